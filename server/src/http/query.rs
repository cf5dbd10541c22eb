//! Query strings and form bodies that cannot be decoded, caught before any extractor tries.

/// Whether a query string (or a form body) cannot be decoded: a `%` not followed by two hex digits, or bytes
/// that are not UTF-8 once decoded.
pub fn malformed_query(query: &str) -> bool {
    let raw = query.as_bytes();
    let mut decoded = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        if raw[i] == b'%' {
            let hex = raw.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
            match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                Some(byte) => decoded.push(byte),
                None => return true,
            }
            i += 3;
        } else {
            decoded.push(raw[i]);
            i += 1;
        }
    }
    String::from_utf8(decoded).is_err()
}

/// `query` with `name` set to `value` (already encoded): any earlier `name=` goes, the new one
/// comes last, the other parameters keep their order.
pub fn with_param(query: &str, name: &str, value: &str) -> String {
    let kept = query.split('&').filter(|pair| !pair.is_empty() && pair.split('=').next() != Some(name));
    let set = format!("{name}={value}");
    kept.chain([set.as_str()]).collect::<Vec<_>>().join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_queries_are_recognised() {
        assert!(!malformed_query("q=casa%20e%20lavoro&lang=ro"));
        assert!(!malformed_query("q=%C8%99"));
        assert!(malformed_query("q=%"));
        assert!(malformed_query("q=%zz"));
        assert!(malformed_query("q=%C8"));
        assert!(malformed_query("q=%ff%fe"));
    }

    #[test]
    fn a_parameter_is_set_once_and_last() {
        assert_eq!(with_param("desk=d&visit=old&q=x", "visit", "new"), "desk=d&q=x&visit=new");
        assert_eq!(with_param("", "feedback", "thanks"), "feedback=thanks");
        assert_eq!(with_param("visitor=1", "visit", "v"), "visitor=1&visit=v");
    }
}
