//! The HTTP surface: one router for the pages (Leptos SSR with server functions), the JSON
//! API, the admin area and static files, with the headers every response carries.

pub mod admin;
pub mod api;
mod caching;
mod calendar;
pub mod client;
pub mod cookies;
mod feedback;
mod guards;
mod hsds;
mod listen;
pub mod listener;
mod plain;
pub mod query;

use crate::metrics::{Metrics, Readings, RouteGroup};
use crate::state::AppState;
use axum::body::Body;
use axum::extract::{FromRef, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware;
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get};
use axum::Router;
use leptos::prelude::*;
use leptos_axum::{file_and_error_handler_with_context, generate_route_list, LeptosRoutes};
use portineria_app::directory::SharedDirectory;
use portineria_app::{shell, App};
use std::sync::Arc;
use tower_http::compression::CompressionLayer;
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

/// The router's state: Leptos' options and ours.
#[derive(Clone)]
pub struct ServerState {
    pub leptos: LeptosOptions,
    pub app: AppState,
}

impl FromRef<ServerState> for LeptosOptions {
    fn from_ref(state: &ServerState) -> Self {
        state.leptos.clone()
    }
}

impl FromRef<ServerState> for AppState {
    fn from_ref(state: &ServerState) -> Self {
        state.app.clone()
    }
}

/// The Content Security Policy of responses that are not Leptos pages.
const STRICT_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
     object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

pub fn router(state: AppState, leptos: LeptosOptions) -> Router {
    let directory: SharedDirectory = Arc::new(state.directory.clone());
    let context = move || provide_context(directory.clone());
    let routes = generate_route_list(App);
    let proxies = state.trusted_proxies.clone();
    let metrics = state.metrics.clone();
    let hsts = state.admin.secure_cookies.then(|| HeaderValue::from_static("max-age=31536000; includeSubDomains"));
    let server_state = ServerState { leptos: leptos.clone(), app: state };
    // Static files get their own routes: the pages' catch-all `/{lang}/{*any}` (for translated
    // 404s) would otherwise take `/pkg/…` for a page in a language called "pkg".
    let site_root = std::path::PathBuf::from(leptos.site_root.as_ref());
    let pkg_dir = site_root.join(leptos.site_pkg_dir.as_ref());
    let hashed = portineria_app::assets::load(&site_root).hashed;
    let built_files = tower::ServiceBuilder::new()
        .layer(middleware::from_fn_with_state(hashed, caching::built_files))
        .service(ServeDir::new(pkg_dir));
    let app_fn = move || shell(leptos.clone());
    // The route list knows `/{lang}`; the home page's canonical URL is `/{lang}/`.
    let home = leptos_axum::render_app_async_with_context(context.clone(), app_fn.clone());
    Router::<ServerState>::new()
        .nest_service("/pkg", built_files)
        .nest_service("/assets", ServeDir::new(site_root.join("assets")))
        .route_service("/favicon.svg", ServeFile::new(site_root.join("favicon.svg")))
        .route_service("/robots.txt", ServeFile::new(site_root.join("robots.txt")))
        .route("/{lang}/", get({
            let home = home.clone();
            move |request: Request| home(request)
        }))
        .route("/kiosk/{lang}/", get(move |request: Request| home(request)))
        .route("/{lang}/events.ics", get(calendar::all_events))
        .route("/{lang}/services/{slug}/listen", get(listen::service_audio))
        .route("/{lang}/services/{slug}/feedback", get(feedback::page).post(feedback::send))
        .route("/{lang}/events/{file}", get(calendar::one_event))
        .route("/healthz", get(api::healthz))
        .nest("/api/v1", api::router())
        .nest("/api/hsds/v3", hsds::router())
        .route("/api/hsds/v3/", get(hsds::root))
        .merge(admin::router())
        .route("/api", any(api::not_found))
        .route("/api/{*rest}", any(api::not_found))
        .leptos_routes_with_context(&server_state, routes, context.clone(), app_fn)
        .fallback(file_and_error_handler_with_context::<ServerState, _>(context, shell))
        .with_state(server_state)
        .layer(middleware::from_fn(guards::language_guard))
        .layer(middleware::from_fn(guards::kiosk_visit))
        .layer(middleware::from_fn(guards::reject_malformed_query))
        .layer(middleware::from_fn(guards::server_fn_bad_arguments))
        .layer(middleware::from_fn(caching::check_again))
        .layer(CompressionLayer::new())
        .layer(SetResponseHeaderLayer::if_not_present(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
        .layer(SetResponseHeaderLayer::if_not_present(header::REFERRER_POLICY, HeaderValue::from_static("same-origin")))
        .layer(SetResponseHeaderLayer::if_not_present(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")))
        // Pages set their own policy with the nonce of their hydration scripts (see the app's
        // `content_security_policy`); everything else, the admin area included, runs no
        // inline script at all.
        .layer(SetResponseHeaderLayer::if_not_present(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(STRICT_POLICY)))
        // Over TLS, browsers must never try plain HTTP again.
        .layer(SetResponseHeaderLayer::if_not_present(header::STRICT_TRANSPORT_SECURITY, hsts))
        // One span per request with the method and path only: queries never reach the logs,
        // nor do the one-time tokens of invitation and reset links.
        .layer(TraceLayer::new_for_http().make_span_with(|request: &Request<Body>| {
            tracing::info_span!("request", method = %request.method(), path = %loggable_path(request.uri().path()))
        }))
        .layer(middleware::from_fn_with_state(proxies, client::resolve))
        .layer(middleware::from_fn_with_state(guards::DEADLINE, guards::deadline))
        .layer(middleware::from_fn_with_state(metrics, count_request))
}

/// Counts every answer by route group and status, for `/metrics`.
async fn count_request(State(metrics): State<Arc<Metrics>>, request: Request, next: middleware::Next) -> Response {
    let group = RouteGroup::of(request.uri().path());
    let response = next.run(request).await;
    metrics.count_request(group, response.status().as_u16());
    response
}

/// The router of the metrics address (`PORTINERIA_METRICS_ADDR`): `GET /metrics` only.
pub fn metrics_router(state: AppState) -> Router {
    Router::new().route("/metrics", get(metrics)).with_state(state)
}

/// `GET /metrics`: the counters, and the readings of the database and the index now.
async fn metrics(State(state): State<AppState>) -> Response {
    let data_version = match state.db.data_version().await {
        Ok(version) => version,
        Err(e) => {
            tracing::error!("metrics: {e}");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    };
    let updates = state.index.updates();
    let readings = Readings {
        data_version,
        index_version: state.index.stamp().map_or(0, |s| s.data_version),
        incremental_updates: updates.incremental(),
        full_rebuilds: updates.rebuilds(),
        pool: state.db.pool_use(),
        searches_not_counted: state.directory.search_counter().left_out(),
    };
    let body = state.metrics.render(&readings, state.index.latency());
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")], body).into_response()
}

/// Paths that carry a secret (a one-time link's token) cut before it, for the logs.
fn loggable_path(path: &str) -> &str {
    const SECRET_AFTER: [&str; 1] = [admin::urls::INVITATION_PREFIX];
    SECRET_AFTER.iter().find(|p| path.starts_with(*p)).map_or(path, |p| &p[..p.len() - 1])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_time_tokens_stay_out_of_logs() {
        assert_eq!(loggable_path("/admin/invitation/0123abcd"), "/admin/invitation");
        assert_eq!(loggable_path("/it/search"), "/it/search");
    }
}
