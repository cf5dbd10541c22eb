//! Building the site's own URLs, so every link and form agrees on them (DESIGN.md §3).

use crate::lang::Lang;

/// Percent-encodes a query-string component (RFC 3986 unreserved characters stay as they are).
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(byte as char),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

pub fn home(lang: Lang) -> String {
    format!("/{lang}/")
}

pub fn service(lang: Lang, id: &str) -> String {
    format!("/{lang}/services/{}", encode(id))
}

/// The printable slip of a service (`format` "receipt" for an 80 mm roll, else A6).
pub fn service_slip(lang: Lang, id: &str, receipt: bool) -> String {
    let base = format!("/{lang}/services/{}/print", encode(id));
    if receipt {
        format!("{base}?format=receipt")
    } else {
        base
    }
}

pub fn organization(lang: Lang, slug: &str) -> String {
    format!("/{lang}/organizations/{}", encode(slug))
}

pub fn programme(lang: Lang, slug: &str) -> String {
    format!("/{lang}/programmes/{}", encode(slug))
}

/// The search page with the given non-empty parameters, in a fixed order.
pub fn search(lang: Lang, params: &[(&str, &str)]) -> String {
    let query: Vec<String> =
        params.iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| format!("{k}={}", encode(v))).collect();
    if query.is_empty() {
        format!("/{lang}/search")
    } else {
        format!("/{lang}/search?{}", query.join("&"))
    }
}

/// The same page in another language: swaps the first path segment, keeps the query.
pub fn switch_language(path_and_query: &str, to: Lang) -> String {
    let rest = path_and_query.strip_prefix('/').and_then(|p| p.split_once('/').map(|(_, rest)| rest)).unwrap_or("");
    format!("/{to}/{rest}")
}

/// A `tel:` link for an Italian number as written in the sources ("06 669190417").
pub fn tel(number: &str) -> String {
    let digits: String = number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    if digits.starts_with('+') {
        format!("tel:{digits}")
    } else {
        format!("tel:+39{digits}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_everything_but_unreserved() {
        assert_eq!(encode("casa & lavoro/ș"), "casa%20%26%20lavoro%2F%C8%99");
    }

    #[test]
    fn switches_language_keeping_the_rest() {
        assert_eq!(switch_language("/it/search?q=casa", Lang::Ar), "/ar/search?q=casa");
        assert_eq!(switch_language("/it/", Lang::Zh), "/zh/");
        assert_eq!(switch_language("/it", Lang::Ro), "/ro/");
    }

    #[test]
    fn builds_search_urls_and_phone_links() {
        assert_eq!(search(Lang::It, &[("q", "a b"), ("category", "")]), "/it/search?q=a%20b");
        assert_eq!(tel("06 669190417"), "tel:+3906669190417");
        assert_eq!(tel("+39 06 1"), "tel:+39061");
    }
}
