//! How long browsers may keep what the site sends. The built CSS, JS and wasm have
//! content-hashed names (`portineria_app::assets`), so they are kept for good and a second
//! visit downloads only the page; everything else (pages, the kiosk script, the icon) is
//! checked again each time, so a change is seen at once.

use axum::extract::{Request, State};
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

/// For a file whose name changes with its content.
const FOR_GOOD: HeaderValue = HeaderValue::from_static("public, max-age=31536000, immutable");
/// For everything else: stored, but asked for again before each use.
const CHECK_AGAIN: HeaderValue = HeaderValue::from_static("no-cache");

/// `/pkg/…`: kept for good when the names are hashed and the file was found. A miss is not
/// (during a rolling update, an instance still on the old build may not have the new file
/// that the next one serves).
pub async fn built_files(State(hashed): State<bool>, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let policy = if hashed && response.status().is_success() { FOR_GOOD } else { CHECK_AGAIN };
    response.headers_mut().insert(header::CACHE_CONTROL, policy);
    response
}

/// Every other answer that does not say otherwise is checked again before each use.
pub async fn check_again(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    response.headers_mut().entry(header::CACHE_CONTROL).or_insert(CHECK_AGAIN);
    response
}
