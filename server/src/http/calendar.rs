//! `/{lang}/events.ics` (every event today and to come) and `/{lang}/events/{slug}.ics` (one
//! event, past ones too): the events in the phone's calendar. A kiosk shows the second as a
//! QR code, so it lives at the public address.

use super::plain::{plain, unavailable};
use crate::ics;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use portineria_app::directory::Directory;
use portineria_app::lang::Lang;
use portineria_app::model::Event;
use portineria_app::url;

/// `GET /{lang}/events.ics`.
pub async fn all_events(State(state): State<AppState>, Path(lang): Path<String>, headers: HeaderMap) -> Response {
    let Some(lang) = Lang::from_path_segment(&lang) else { return not_found(Lang::It) };
    match state.directory.events(lang, None).await {
        Ok(page) => {
            let events: Vec<Event> = page.today_events.into_iter().chain(page.upcoming).collect();
            respond(lang, &events, "portineria.ics", &state, &headers)
        }
        Err(e) => unavailable(lang, "events for a calendar", &e),
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
        Err(e) => unavailable(lang, "events for a calendar", &e),
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

/// The site's host name, which makes event UIDs unique: from the site's origin (the
/// configured public address, else a clean `Host`), without scheme or port.
fn host(state: &AppState, headers: &HeaderMap) -> String {
    let request_host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    let origin = url::site_origin(state.directory.public_url().as_deref(), request_host, None);
    let rest = origin.split_once("://").map_or(origin.as_str(), |(_, rest)| rest);
    Some(rest.split(['/', ':']).next().unwrap_or(""))
        .filter(|h| !h.is_empty() && h.chars().all(|c| c.is_ascii_alphanumeric() || ".-".contains(c)))
        .unwrap_or("portineria")
        .to_string()
}

fn not_found(lang: Lang) -> Response {
    plain(StatusCode::NOT_FOUND, lang, "error-not-found")
}
