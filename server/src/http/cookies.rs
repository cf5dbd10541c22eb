//! Cookies a request carries, and the language cookie the public pages remember.

use axum::http::{header, HeaderMap};
use portineria_app::lang::Lang;

/// The cookie that remembers the language of the public pages last visited.
pub const LANG_COOKIE: &str = "portineria_lang";

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
