//! The middleware in front of every route: a language in every public page's path, a clear
//! 400 for query strings and server-function arguments too broken to parse.

use super::cookies::{negotiate, LANG_COOKIE};
use super::query::{malformed_query, with_param};
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use portineria_app::lang::Lang;
use portineria_app::url::Visit;

/// First path segments that are not public pages in a language (the kiosk and the
/// mediator's pages carry their languages elsewhere, and set no cookie).
const NOT_PAGES: [&str; 10] =
    ["api", "_sf", "pkg", "assets", "healthz", "favicon.svg", "robots.txt", "kiosk", "mediator", "admin"];

/// Looks like a language code (`en`, `fr`, `pt-BR`) rather than a page name.
fn looks_like_language(segment: &str) -> bool {
    let primary = segment.split('-').next().unwrap_or("");
    (2..=3).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_alphabetic()) && segment.len() <= 8
}

/// Sends paths without a supported language to the negotiated one (`/` → `/it/`,
/// `/en/search?q=x` → `/it/search?q=x`), and remembers the language of pages visited.
pub async fn language_guard(request: Request, next: Next) -> Response {
    let path = request.uri().path().to_string();
    let first = path.trim_start_matches('/').split('/').next().unwrap_or("").to_string();
    if NOT_PAGES.contains(&first.as_str()) {
        return next.run(request).await;
    }
    if let Some(lang) = Lang::from_path_segment(&first) {
        // Only pages read remember it: a form sent (feedback) leaves nothing behind.
        let page = request.method() == Method::GET;
        let mut response = next.run(request).await;
        if !page {
            return response;
        }
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

/// Gives a kiosk page asked for without a visit (from the language screen, or a kiosk's
/// start-up address) one: the same address with a fresh random `visit=` added, which the
/// kiosk's links then carry until the idle reset returns to the language screen (which has
/// none). A visit may report a problem once per service (`crate::feedback`).
pub async fn kiosk_visit(request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let kiosk_page =
        request.method() == Method::GET && path.strip_prefix("/kiosk/").is_some_and(|rest| !rest.is_empty());
    let query = request.uri().query().unwrap_or("");
    let has_visit = query.split('&').any(|pair| pair.strip_prefix("visit=").and_then(Visit::new).is_some());
    if !kiosk_page || has_visit {
        return next.run(request).await;
    }
    let query = with_param(query, "visit", crate::feedback::new_visit().as_str());
    let mut response = Redirect::to(&format!("{path}?{query}")).into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// A broken query string gets a clear 400 (JSON for the API, a translated page otherwise)
/// before any router tries to parse it.
pub async fn reject_malformed_query(request: Request, next: Next) -> Response {
    if !request.uri().query().is_some_and(malformed_query) {
        return next.run(request).await;
    }
    let path = request.uri().path();
    let lang =
        Lang::from_path_segment(path.trim_start_matches('/').split('/').next().unwrap_or("")).unwrap_or(Lang::It);
    let error = portineria_app::model::InputError::InvalidParameter { name: "query string".into() };
    if path.starts_with("/api/") {
        return super::api::ApiError::input(error, lang).into_response();
    }
    bad_request_page(lang, &error.message(lang))
}

/// Leptos answers a server-function call whose arguments do not parse with a 500, prefixed
/// `Args|` or `Deserialization|`: that is the caller's mistake, so it becomes a 400.
pub async fn server_fn_bad_arguments(request: Request, next: Next) -> Response {
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
        "<!DOCTYPE html><html lang=\"{code}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title><link rel=\"stylesheet\" href=\"{stylesheet}\"></head><body><main id=\"main\" class=\"notice\"><h1>{title}</h1><p role=\"alert\">{message}</p><p><a class=\"button\" href=\"/{code}/\">{home}</a></p></main></body></html>",
        code = lang.code(),
        dir = lang.dir(),
        stylesheet = portineria_app::assets::built().stylesheet(),
    );
    (StatusCode::BAD_REQUEST, [(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response()
}

/// How long any answer may take. A page is rendered whole before its first byte
/// (`SsrMode::Async`), so a render that never finishes would leave the visitor's browser
/// waiting without end; past this, they are told to try again and the path is logged.
pub const DEADLINE: std::time::Duration = std::time::Duration::from_secs(30);

/// Answers 503 (try again, in the page's language) for a request unanswered within `limit`
/// ([`DEADLINE`] in the router).
pub async fn deadline(State(limit): State<std::time::Duration>, request: Request, next: Next) -> Response {
    let path = request.uri().path().to_string();
    // Which site (of several behind one proxy, or of a test's several servers) stalled.
    let host = request.headers().get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("").to_string();
    let lang = path
        .trim_start_matches('/')
        .split('/')
        .find_map(Lang::from_path_segment)
        .unwrap_or_else(|| negotiate(request.headers()));
    match tokio::time::timeout(limit, next.run(request)).await {
        Ok(response) => response,
        Err(_) => {
            tracing::error!(%host, path = %super::loggable_path(&path), "no answer within the deadline");
            let headers = [(header::RETRY_AFTER, "2"), (header::CONTENT_TYPE, "text/plain; charset=utf-8")];
            (StatusCode::SERVICE_UNAVAILABLE, headers, portineria_app::i18n::t(lang, "error-internal")).into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::routing::get;
    use tower::ServiceExt;

    #[test]
    fn language_like_segments() {
        assert!(looks_like_language("en") && looks_like_language("pt-BR") && looks_like_language("xyz"));
        assert!(!looks_like_language("services") && !looks_like_language("e1"));
    }

    #[tokio::test]
    async fn a_request_past_the_deadline_is_told_to_try_again_in_its_language() {
        let app = axum::Router::new()
            .route("/{lang}/slow", get(|| async { tokio::time::sleep(std::time::Duration::from_secs(5)).await }))
            .route("/{lang}/quick", get(|| async { "ok" }))
            .layer(axum::middleware::from_fn_with_state(std::time::Duration::from_millis(50), deadline));
        let ask = |path: &str| Request::builder().uri(path).body(Body::empty()).unwrap();
        let slow = app.clone().oneshot(ask("/ro/slow")).await.unwrap();
        assert_eq!(slow.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(slow.headers()[header::RETRY_AFTER], "2");
        let body = axum::body::to_bytes(slow.into_body(), 1024).await.unwrap();
        assert_eq!(String::from_utf8_lossy(&body), portineria_app::i18n::t(Lang::Ro, "error-internal"));
        assert_eq!(app.oneshot(ask("/ro/quick")).await.unwrap().status(), StatusCode::OK);
    }
}
