//! The partner admin area at `/admin`: plain HTML forms (GET and POST, no JavaScript
//! needed), rendered on the server with Leptos views. Each handler is thin: it checks who
//! asks ([`session::Admin`]), reads the form, calls the database or [`crate::content::editor`],
//! and answers a page or a redirect.

mod account;
mod dashboard;
pub mod digest;
mod entries;
mod feedback;
mod forms;
mod organizations;
mod page;
mod people;
mod preview;
mod profile;
mod reports;
pub mod session;
pub mod urls;

pub use preview::remove_leftovers as remove_preview_leftovers;

use crate::accounts::Busy;
use crate::db::DbError;
use crate::state::AppState;
use axum::extract::Request;
use axum::extract::{DefaultBodyLimit, FromRef};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use leptos::prelude::LeptosOptions;
use portineria_app::i18n::t;
use portineria_app::lang::Lang;

/// Why an admin request did not succeed. Turned into a translated page by [`error_pages`].
#[derive(Debug, Clone)]
pub enum AdminError {
    /// A page asked for without a session: go and log in.
    LoginFirst,
    /// The account must enrol a second factor first.
    EnrolFirst,
    /// A form sent without a session.
    NotLoggedIn,
    Forbidden,
    NotFound,
    Csrf,
    /// A request that cannot be read (message id).
    BadRequest(&'static str),
    TooLarge,
    Throttled(u64),
    /// Every password-hashing slot (or preview slot) is busy: try again in a moment.
    Busy,
    Internal(String),
}

impl From<Busy> for AdminError {
    fn from(_: Busy) -> Self {
        AdminError::Busy
    }
}

impl From<DbError> for AdminError {
    fn from(e: DbError) -> Self {
        match e {
            DbError::Duplicate(_) => AdminError::BadRequest("admin-slug-in-draft"),
            e => AdminError::Internal(e.to_string()),
        }
    }
}

impl IntoResponse for AdminError {
    fn into_response(self) -> Response {
        let status = match &self {
            AdminError::LoginFirst => {
                return (StatusCode::SEE_OTHER, [(header::LOCATION, urls::LOGIN)]).into_response();
            }
            AdminError::EnrolFirst => {
                return (StatusCode::SEE_OTHER, [(header::LOCATION, urls::ACCOUNT_MFA)]).into_response();
            }
            AdminError::NotLoggedIn => StatusCode::UNAUTHORIZED,
            AdminError::Forbidden | AdminError::Csrf => StatusCode::FORBIDDEN,
            AdminError::NotFound => StatusCode::NOT_FOUND,
            AdminError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AdminError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AdminError::Throttled(_) => StatusCode::TOO_MANY_REQUESTS,
            AdminError::Busy => StatusCode::SERVICE_UNAVAILABLE,
            AdminError::Internal(e) => {
                tracing::error!("admin: {e}");
                StatusCode::INTERNAL_SERVER_ERROR
            }
        };
        let mut response = status.into_response();
        let retry_after = match &self {
            AdminError::Throttled(seconds) => Some(*seconds),
            AdminError::Busy => Some(BUSY_RETRY_SECONDS),
            _ => None,
        };
        if let Some(v) = retry_after.and_then(|s| HeaderValue::from_str(&s.to_string()).ok()) {
            response.headers_mut().insert(header::RETRY_AFTER, v);
        }
        response.extensions_mut().insert(self);
        response
    }
}

/// What a "busy" answer asks the client to wait.
const BUSY_RETRY_SECONDS: u64 = 2;

/// The admin area's language cookie, so that even an error page before login is in the
/// person's language.
pub const LANG_COOKIE: &str = "portineria_admin_lang";

fn request_lang(headers: &axum::http::HeaderMap) -> Lang {
    crate::http::cookies::cookie(headers, LANG_COOKIE)
        .or_else(|| crate::http::cookies::cookie(headers, &format!("__Host-{LANG_COOKIE}")))
        .and_then(Lang::from_code)
        .unwrap_or_else(|| crate::http::cookies::negotiate(headers))
}

/// Renders every [`AdminError`] as a small translated page, and keeps admin pages out of
/// caches.
async fn error_pages(request: Request, next: Next) -> Response {
    let lang = request_lang(request.headers());
    let mut response = next.run(request).await;
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    let Some(error) = response.extensions().get::<AdminError>().cloned() else {
        return response;
    };
    let (title, message) = match &error {
        AdminError::NotLoggedIn | AdminError::LoginFirst => ("admin-error-login-title", t(lang, "admin-error-login")),
        AdminError::EnrolFirst => ("admin-mfa-title", t(lang, "admin-mfa-required")),
        AdminError::Forbidden => ("admin-error-forbidden-title", t(lang, "admin-error-forbidden")),
        AdminError::NotFound => ("not-found-title", t(lang, "admin-error-not-found")),
        AdminError::Csrf => ("admin-error-forbidden-title", t(lang, "admin-error-csrf")),
        AdminError::BadRequest(key) => ("bad-request-title", t(lang, key)),
        AdminError::TooLarge => ("bad-request-title", t(lang, "admin-error-too-large")),
        AdminError::Throttled(_) => ("admin-error-throttled-title", t(lang, "admin-login-throttled")),
        AdminError::Busy => ("admin-error-busy-title", t(lang, "admin-error-busy")),
        AdminError::Internal(_) => ("admin-error-internal-title", t(lang, "admin-error-internal")),
    };
    let body = page::message_page(lang, &t(lang, title), &message);
    let (mut parts, _) = response.into_parts();
    parts.headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, axum::body::Body::from(body))
}

/// The `/admin` routes, for any router state that holds an [`AppState`] and Leptos' options
/// (previews render the public pages).
pub fn router<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    AppState: FromRef<S>,
    LeptosOptions: FromRef<S>,
{
    Router::new()
        .route("/admin", get(dashboard::dashboard))
        .route("/admin/", get(dashboard::dashboard))
        .route("/admin/login", get(account::login_form).post(account::login))
        .route("/admin/login/code", get(account::code_form).post(account::code))
        .route("/admin/account", get(profile::show))
        .route("/admin/account/password", post(profile::change_password))
        .route("/admin/account/mfa", get(profile::enrol_form).post(profile::enrol))
        .route("/admin/logout", post(account::logout))
        .route("/admin/logout-everywhere", post(account::logout_everywhere))
        .route("/admin/language", post(account::language))
        .route("/admin/invitation/{token}", get(account::invitation_form).post(account::accept_invitation))
        .route("/admin/people", get(people::list).post(people::invite))
        .route("/admin/people/{id}", post(people::update))
        .route("/admin/people/{id}/reset", post(people::reset_link))
        .route("/admin/people/{id}/mfa-reset", post(people::reset_mfa))
        .route("/admin/organizations", post(people::create_organization))
        .route("/admin/audit", get(reports::audit))
        .route("/admin/needs", get(reports::needs))
        .route("/admin/feedback", get(feedback::queue))
        .route("/admin/feedback/{id}/handled", post(feedback::handled))
        .route("/admin/orgs/{org}", get(organizations::show))
        .route("/admin/orgs/{org}/publish", post(organizations::publish))
        .route("/admin/orgs/{org}/discard", post(organizations::discard))
        .route("/admin/orgs/{org}/changes", get(organizations::changes))
        .route("/admin/orgs/{org}/revisions", get(organizations::revisions))
        .route("/admin/orgs/{org}/revisions/{id}", get(organizations::revision))
        .route("/admin/orgs/{org}/revisions/{id}/restore", post(organizations::restore))
        .route("/admin/orgs/{org}/preview/{lang}/{kind}/{id}", get(preview::show))
        .route(
            "/admin/orgs/{org}/translations",
            post(organizations::translations::import).layer(DefaultBodyLimit::max(forms::DRAIN_BYTES)),
        )
        .route("/admin/orgs/{org}/translations/{file}", get(organizations::translations::export))
        .route("/admin/orgs/{org}/{kind}/new", get(entries::new_form).post(entries::create))
        .route("/admin/orgs/{org}/{kind}/{id}", get(entries::edit_form).post(entries::save_entry))
        .route("/admin/orgs/{org}/{kind}/{id}/delete", post(entries::delete))
        .route("/admin/orgs/{org}/{kind}/{id}/verify", post(entries::verify))
        .route("/admin/{*rest}", get(not_found).post(not_found))
        .layer(middleware::from_fn(error_pages))
}

/// Unknown admin paths: the login page for strangers, a 404 for people logged in.
async fn not_found(_admin: session::Admin) -> AdminError {
    AdminError::NotFound
}
