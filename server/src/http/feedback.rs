//! `POST /{lang}/services/{slug}/feedback`: the feedback forms of a service's pages. The
//! report is stored under [`crate::feedback`]'s rules and the browser goes back to the page
//! it came from with `?feedback=<status>#feedback`, which the page says in its language.
//! No cookie is set and no address kept (only the throttle's one-way hash, for an hour).

use super::admin::session::same_origin;
use super::client::Client;
use super::plain::plain;
use super::query::with_param;
use crate::feedback::{self, Report};
use crate::state::AppState;
use axum::extract::rejection::FormRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use portineria_app::components::feedback::FEEDBACK_ID;
use portineria_app::feedback::FeedbackStatus;
use portineria_app::lang::Lang;
use portineria_app::url;

/// The form's fields; all optional so a form sent wrong gets a page, not a parse error.
#[derive(serde::Deserialize, Default)]
pub struct FeedbackForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    back: String,
    #[serde(default)]
    visit: Option<String>,
}

pub async fn send(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    client: Option<Extension<Client>>,
    headers: HeaderMap,
    form: Result<Form<FeedbackForm>, FormRejection>,
) -> Response {
    let Some(lang) = Lang::from_path_segment(&lang) else {
        return plain(StatusCode::NOT_FOUND, Lang::It, "error-not-found");
    };
    // Another site's page may not send reports in a visitor's name.
    if !same_origin(&Method::POST, &headers) {
        return plain(StatusCode::FORBIDDEN, lang, "feedback-status-invalid");
    }
    let Ok(Form(form)) = form else {
        return plain(StatusCode::BAD_REQUEST, lang, "feedback-status-invalid");
    };
    let report =
        Report { lang, service: &slug, kind: &form.kind, note: form.note.trim(), visit: form.visit.as_deref() };
    let status = match feedback::record(&state.db, client.map(|c| c.address), report).await {
        Ok(status) => status,
        Err(e) => {
            tracing::error!(error = %e, "storing feedback");
            FeedbackStatus::Unavailable
        }
    };
    let back = same_page(&form.back, lang).unwrap_or_else(|| url::service(lang, &slug));
    Redirect::to(&with_status(&back, status)).into_response()
}

/// `GET` of the form's address (a reload after sending): the service's page.
pub async fn page(Path((lang, slug)): Path<(String, String)>) -> Response {
    match Lang::from_path_segment(&lang) {
        Some(lang) => Redirect::to(&url::service(lang, &slug)).into_response(),
        None => plain(StatusCode::NOT_FOUND, Lang::It, "error-not-found"),
    }
}

/// `back` if it is one of this site's service pages (public, kiosk or mediator), so the
/// form cannot send anyone elsewhere.
fn same_page(back: &str, lang: Lang) -> Option<String> {
    let path = back.split(['?', '#']).next().unwrap_or("");
    let ours = path.starts_with(&format!("/{lang}/services/"))
        || path.starts_with("/kiosk/") && path.contains("/services/")
        || path.starts_with("/mediator/services/");
    let safe = !back.contains(['\\', '\r', '\n']) && !back.starts_with("//");
    (ours && safe).then(|| back.split('#').next().unwrap_or(back).to_string())
}

/// `page` with `feedback=<status>` in place of any earlier one, and the block's anchor.
fn with_status(page: &str, status: FeedbackStatus) -> String {
    let (path, query) = page.split_once('?').unwrap_or((page, ""));
    format!("{path}?{}#{FEEDBACK_ID}", with_param(query, "feedback", status.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn goes_back_only_to_service_pages_of_this_site() {
        let kiosk = "/kiosk/ar/services/x?desk=d&visit=v";
        assert_eq!(same_page(kiosk, Lang::Ar).as_deref(), Some(kiosk));
        assert!(same_page("/mediator/services/x?lang=ro&ids=x", Lang::Ro).is_some());
        assert!(same_page("/it/services/x", Lang::It).is_some());
        assert!(same_page("https://evil.example/it/services/x", Lang::It).is_none());
        assert!(same_page("//evil.example/it/services/", Lang::It).is_none());
        assert!(same_page("/it/search?q=x", Lang::It).is_none());
    }

    #[test]
    fn the_status_replaces_an_earlier_one() {
        assert_eq!(
            with_status("/it/services/x?feedback=wait&a=1", FeedbackStatus::Thanks),
            "/it/services/x?a=1&feedback=thanks#feedback"
        );
        assert_eq!(with_status("/it/services/x", FeedbackStatus::Already), "/it/services/x?feedback=already#feedback");
    }
}
