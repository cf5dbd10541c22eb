//! The HTTP surface: the API, the pages (Leptos SSR with server functions), static files,
//! language negotiation, and the headers every response carries.

use crate::api;
use crate::directory::AppState;
use axum::body::Body;
use axum::extract::{FromRef, Request};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{any, get};
use axum::Router;
use leptos::prelude::*;
use leptos_axum::{file_and_error_handler_with_context, generate_route_list, LeptosRoutes};
use portineria_app::directory::SharedDirectory;
use portineria_app::lang::Lang;
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

/// First path segments that are not public pages in a language (the kiosk and the
/// mediator's pages carry their languages elsewhere, and set no cookie).
const NOT_PAGES: [&str; 10] =
    ["api", "_sf", "pkg", "assets", "healthz", "favicon.svg", "robots.txt", "kiosk", "mediator", "admin"];
const LANG_COOKIE: &str = "portineria_lang";

/// The Content Security Policy of responses that are not Leptos pages.
const STRICT_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
     object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// The language for a request without one in its path: the cookie set by an earlier visit,
/// then the browser's preferences, then Italian.
pub fn negotiate(headers: &HeaderMap) -> Lang {
    cookie(headers, LANG_COOKIE)
        .and_then(Lang::from_path_segment)
        .or_else(|| headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).and_then(Lang::negotiate))
        .unwrap_or(Lang::It)
}

/// The value of the cookie `name` the request carries.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| pair.trim().strip_prefix(name)?.strip_prefix('='))
}

/// Looks like a language code (`en`, `fr`, `pt-BR`) rather than a page name.
fn looks_like_language(segment: &str) -> bool {
    let primary = segment.split('-').next().unwrap_or("");
    (2..=3).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_alphabetic()) && segment.len() <= 8
}

/// Sends paths without a supported language to the negotiated one (`/` → `/it/`,
/// `/en/search?q=x` → `/it/search?q=x`), and remembers the language of pages visited.
async fn language_guard(request: Request, next: Next) -> Response {
    let path = request.uri().path().to_string();
    let first = path.trim_start_matches('/').split('/').next().unwrap_or("").to_string();
    if NOT_PAGES.contains(&first.as_str()) {
        return next.run(request).await;
    }
    if let Some(lang) = Lang::from_path_segment(&first) {
        let mut response = next.run(request).await;
        let cookie = format!("{LANG_COOKIE}={lang}; Path=/; Max-Age=31536000; SameSite=Lax");
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
        return response;
    }
    let lang = negotiate(request.headers());
    let rest = if looks_like_language(&first) {
        path.trim_start_matches('/').split_once('/').map_or("", |(_, rest)| rest).to_string()
    } else {
        path.trim_start_matches('/').to_string()
    };
    let query = request.uri().query().map(|q| format!("?{q}")).unwrap_or_default();
    let mut response = Redirect::to(&format!("/{lang}/{rest}{query}")).into_response();
    response.headers_mut().insert(header::VARY, HeaderValue::from_static("Accept-Language, Cookie"));
    response
}

/// Whether a query string (or a form body) cannot be decoded: a `%` not followed by two hex digits, or bytes
/// that are not UTF-8 once decoded.
pub fn malformed_query(query: &str) -> bool {
    let raw = query.as_bytes();
    let mut decoded = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        if raw[i] == b'%' {
            let hex = raw.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
            match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                Some(byte) => decoded.push(byte),
                None => return true,
            }
            i += 3;
        } else {
            decoded.push(raw[i]);
            i += 1;
        }
    }
    String::from_utf8(decoded).is_err()
}

/// A broken query string gets a clear 400 (JSON for the API, a translated page otherwise)
/// before any router tries to parse it.
async fn reject_malformed_query(request: Request, next: Next) -> Response {
    if !request.uri().query().is_some_and(malformed_query) {
        return next.run(request).await;
    }
    let path = request.uri().path();
    let lang =
        Lang::from_path_segment(path.trim_start_matches('/').split('/').next().unwrap_or("")).unwrap_or(Lang::It);
    let error = portineria_app::model::InputError::InvalidParameter { name: "query string".into() };
    if path.starts_with("/api/") {
        let body = serde_json::json!({ "error": { "code": error.code(), "message": error.message(lang) } });
        return (StatusCode::BAD_REQUEST, axum::Json(body)).into_response();
    }
    bad_request_page(lang, &error.message(lang))
}

/// Leptos answers a server-function call whose arguments do not parse with a 500, prefixed
/// `Args|` or `Deserialization|`: that is the caller's mistake, so it becomes a 400.
async fn server_fn_bad_arguments(request: Request, next: Next) -> Response {
    let is_server_fn = request.uri().path().starts_with("/_sf/");
    let response = next.run(request).await;
    if !is_server_fn || response.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 1 << 20).await else {
        return Response::from_parts(parts, Body::empty());
    };
    if bytes.starts_with(b"Args|") || bytes.starts_with(b"Deserialization|") {
        parts.status = StatusCode::BAD_REQUEST;
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// A small, complete, translated page for a request too broken to reach the app.
fn bad_request_page(lang: Lang, message: &str) -> Response {
    use portineria_app::i18n::t;
    let title = t(lang, "bad-request-title");
    let home = t(lang, "not-found-home");
    let html = format!(
        "<!DOCTYPE html><html lang=\"{code}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title><link rel=\"stylesheet\" href=\"/pkg/portineria.css\"></head><body><main id=\"main\" class=\"notice\"><h1>{title}</h1><p role=\"alert\">{message}</p><p><a class=\"button\" href=\"/{code}/\">{home}</a></p></main></body></html>",
        code = lang.code(),
        dir = lang.dir(),
    );
    (StatusCode::BAD_REQUEST, [(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response()
}

pub fn router(state: AppState, leptos: LeptosOptions) -> Router {
    let directory: SharedDirectory = Arc::new(state.clone());
    let context = move || provide_context(directory.clone());
    let routes = generate_route_list(App);
    let proxies = state.trusted_proxies.clone();
    let hsts = state.admin.secure_cookies.then(|| HeaderValue::from_static("max-age=31536000; includeSubDomains"));
    let server_state = ServerState { leptos: leptos.clone(), app: state };
    // Static files get their own routes: the pages' catch-all `/{lang}/{*any}` (for translated
    // 404s) would otherwise take `/pkg/…` for a page in a language called "pkg".
    let site_root = std::path::PathBuf::from(leptos.site_root.as_ref());
    let pkg_dir = site_root.join(leptos.site_pkg_dir.as_ref());
    let app_fn = move || shell(leptos.clone());
    // The route list knows `/{lang}`; the home page's canonical URL is `/{lang}/`.
    let home = leptos_axum::render_app_async_with_context(context.clone(), app_fn.clone());
    Router::<ServerState>::new()
        .nest_service("/pkg", ServeDir::new(pkg_dir))
        .nest_service("/assets", ServeDir::new(site_root.join("assets")))
        .route_service("/favicon.svg", ServeFile::new(site_root.join("favicon.svg")))
        .route_service("/robots.txt", ServeFile::new(site_root.join("robots.txt")))
        .route("/{lang}/", get({
            let home = home.clone();
            move |request: Request| home(request)
        }))
        .route("/kiosk/{lang}/", get(move |request: Request| home(request)))
        .route("/healthz", get(api::healthz))
        .nest("/api/v1", api::router())
        .merge(crate::admin::router())
        .route("/api", any(api::not_found))
        .route("/api/{*rest}", any(api::not_found))
        .leptos_routes_with_context(&server_state, routes, context.clone(), app_fn)
        .fallback(file_and_error_handler_with_context::<ServerState, _>(context, shell))
        .with_state(server_state)
        .layer(middleware::from_fn(language_guard))
        .layer(middleware::from_fn(reject_malformed_query))
        .layer(middleware::from_fn(server_fn_bad_arguments))
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
        .layer(middleware::from_fn_with_state(proxies, crate::client::resolve))
}

/// Paths that carry a secret (a one-time link's token) cut before it, for the logs.
fn loggable_path(path: &str) -> &str {
    const SECRET_AFTER: [&str; 1] = ["/admin/invitation/"];
    SECRET_AFTER.iter().find(|p| path.starts_with(*p)).map_or(path, |p| &p[..p.len() - 1])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_queries_are_recognised() {
        assert!(!malformed_query("q=casa%20e%20lavoro&lang=ro"));
        assert!(!malformed_query("q=%C8%99"));
        assert!(malformed_query("q=%"));
        assert!(malformed_query("q=%zz"));
        assert!(malformed_query("q=%C8"));
        assert!(malformed_query("q=%ff%fe"));
    }

    #[test]
    fn one_time_tokens_stay_out_of_logs() {
        assert_eq!(loggable_path("/admin/invitation/0123abcd"), "/admin/invitation");
        assert_eq!(loggable_path("/it/search"), "/it/search");
    }

    #[test]
    fn language_like_segments() {
        assert!(looks_like_language("en") && looks_like_language("pt-BR") && looks_like_language("xyz"));
        assert!(!looks_like_language("services") && !looks_like_language("e1"));
    }
}
