//! Translated plain-text answers for the routes that serve files rather than pages (audio,
//! calendars) and for forms sent wrong: one sentence in the page's language.

use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use portineria_app::i18n::t;
use portineria_app::lang::Lang;

/// `status` with the message `key` in `lang`.
pub fn plain(status: StatusCode, lang: Lang, key: &str) -> Response {
    (status, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], t(lang, key)).into_response()
}

/// A 503 for a failure already logged as `what`.
pub fn unavailable(lang: Lang, what: &str, error: &dyn std::fmt::Display) -> Response {
    tracing::error!(error = %error, "{what}");
    plain(StatusCode::SERVICE_UNAVAILABLE, lang, "error-internal")
}
