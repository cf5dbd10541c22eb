//! `/{lang}/events.ics` (every event today and to come) and `/{lang}/events/{slug}.ics` (one
//! event, past ones too): the events in the phone's calendar. A kiosk shows the second as a
//! QR code, so it lives at the public address.

use crate::ics;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use portineria_app::directory::Directory;
use portineria_app::i18n::t;
use portineria_app::lang::Lang;
use portineria_app::model::Event;

/// `GET /{lang}/events.ics`.
pub async fn all_events(State(state): State<AppState>, Path(lang): Path<String>, headers: HeaderMap) -> Response {
    let Some(lang) = Lang::from_path_segment(&lang) else { return not_found(Lang::It) };
    match state.directory.events(lang, None).await {
        Ok(page) => {
            let events: Vec<Event> = page.today_events.into_iter().chain(page.upcoming).collect();
            respond(lang, &events, "portineria.ics", &state, &headers)
        }
        Err(e) => unavailable(lang, &e.to_string()),
    }
}

/// `GET /{lang}/events/{slug}.ics`.
pub async fn one_event(
    State(state): State<AppState>,
    Path((lang, file)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let Some(lang) = Lang::from_path_segment(&lang) else { return not_found(Lang::It) };
    let Some(slug) = file.strip_suffix(".ics") else { return not_found(lang) };
    match state.directory.events(lang, None).await {
        Ok(page) => {
            let mut all = page.today_events.into_iter().chain(page.upcoming).chain(page.past);
            match all.find(|e| e.slug == slug) {
                Some(event) => respond(lang, &[event], &file, &state, &headers),
                None => not_found(lang),
            }
        }
        Err(e) => unavailable(lang, &e.to_string()),
    }
}

fn respond(lang: Lang, events: &[Event], file: &str, state: &AppState, headers: &HeaderMap) -> Response {
    let body = ics::calendar(lang, events, &host(state, headers), chrono::Utc::now());
    (
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, format!("inline; filename=\"{file}\"")),
            (header::CACHE_CONTROL, "max-age=300".to_string()),
        ],
        body,
    )
        .into_response()
}

/// The site's host name, which makes event UIDs unique: from `PORTINERIA_PUBLIC_URL`, else
/// the request's `Host` if it holds only host-name characters.
fn host(state: &AppState, headers: &HeaderMap) -> String {
    let configured = state.directory.public_url().and_then(|url| {
        let rest = url.split_once("://").map_or(url.as_str(), |(_, rest)| rest);
        rest.split(['/', ':']).next().map(str::to_string)
    });
    configured
        .or_else(|| {
            headers
                .get(header::HOST)
                .and_then(|h| h.to_str().ok())
                .map(|h| h.split(':').next().unwrap_or(h).to_string())
        })
        .filter(|h| !h.is_empty() && h.chars().all(|c| c.is_ascii_alphanumeric() || ".-".contains(c)))
        .unwrap_or_else(|| "portineria".to_string())
}

fn not_found(lang: Lang) -> Response {
    (StatusCode::NOT_FOUND, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], t(lang, "error-not-found"))
        .into_response()
}

fn unavailable(lang: Lang, error: &str) -> Response {
    tracing::error!(error, "events for a calendar");
    (StatusCode::SERVICE_UNAVAILABLE, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], t(lang, "error-internal"))
        .into_response()
}
