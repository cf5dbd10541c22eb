//! `/{lang}/services/{slug}/listen`: a service's essentials read aloud, as Ogg Opus. Served
//! from the speech cache with ranges (so a player can seek); a busy synthesiser says "come
//! back", never an error.

use super::plain::{plain, unavailable};
use crate::speech::{spoken, SpeechError};
use crate::state::AppState;
use axum::extract::{Path, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use portineria_app::directory::Directory;
use portineria_app::lang::Lang;
use tower::ServiceExt;
use tower_http::services::ServeFile;

/// Seconds a busy answer asks the player to wait.
const BUSY_RETRY_SECONDS: &str = "5";

pub async fn service_audio(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    request: Request,
) -> Response {
    let Some(lang) = Lang::from_path_segment(&lang) else {
        return plain(StatusCode::NOT_FOUND, Lang::It, "error-not-found");
    };
    let service = match state.directory.service(lang, &slug).await {
        Ok(Some(service)) => service,
        Ok(None) => return plain(StatusCode::NOT_FOUND, lang, "error-not-found"),
        Err(e) => return unavailable(lang, "a service to read aloud", &e),
    };
    let file = match state.directory.settings().speech.audio(lang, &spoken::service_script(lang, &service)).await {
        Ok(file) => file,
        Err(SpeechError::Busy) => {
            let mut busy = plain(StatusCode::SERVICE_UNAVAILABLE, lang, "error-internal");
            busy.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static(BUSY_RETRY_SECONDS));
            return busy;
        }
        Err(SpeechError::Unavailable) => return plain(StatusCode::NOT_FOUND, lang, "error-not-found"),
        Err(e) => return unavailable(lang, "reading a service aloud", &e),
    };
    let served = ServeFile::new_with_mime(file, &"audio/ogg".parse().expect("a mime type")).oneshot(request).await;
    match served {
        Ok(mut response) => {
            response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=3600"));
            response.into_response()
        }
        Err(e) => match e {},
    }
}
