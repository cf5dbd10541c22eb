//! Building the site's own URLs, so every link and form agrees on them (ARCHITECTURE.md §3).

use crate::lang::Lang;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

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

/// A kiosk's desk setting (`content/desks.toml` slug), small enough to copy into every
/// link builder: slugs are short ASCII.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DeskSlug {
    bytes: [u8; DeskSlug::MAX],
    len: u8,
}

impl DeskSlug {
    pub const MAX: usize = 40;

    /// A desk slug: lowercase a-z, 0-9 and '-', at most [`Self::MAX`] bytes.
    pub fn new(slug: &str) -> Option<Self> {
        let valid = !slug.is_empty()
            && slug.len() <= Self::MAX
            && slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !valid {
            return None;
        }
        let mut bytes = [0; Self::MAX];
        bytes[..slug.len()].copy_from_slice(slug.as_bytes());
        Some(Self { bytes, len: slug.len() as u8 })
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..self.len as usize]).unwrap_or_default()
    }
}

/// Serialises a type as its string form and reads it back only through its checking
/// constructor (a search box island gets its links as properties in the page).
macro_rules! serde_as_str {
    ($type:ty, $what:literal) => {
        impl Serialize for $type {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $type {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = String::deserialize(deserializer)?;
                Self::new(&text).ok_or_else(|| serde::de::Error::custom(concat!("not ", $what)))
            }
        }
    };
}

serde_as_str!(DeskSlug, "a desk slug");

/// One person's turn at a kiosk: a random id the server gives the first kiosk page that
/// lacks one, carried in the kiosk's links (as the mediator's shortlist is) and gone when
/// the idle kiosk returns to its language screen. It lets a visit report a problem once per
/// service; it names nobody.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Visit([u8; Visit::LEN]);

impl Visit {
    /// Lowercase hex digits of 128 random bits.
    pub const LEN: usize = 32;

    pub fn new(id: &str) -> Option<Self> {
        let valid = id.len() == Self::LEN && id.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        valid.then(|| {
            let mut bytes = [0; Self::LEN];
            bytes.copy_from_slice(id.as_bytes());
            Self(bytes)
        })
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

serde_as_str!(Visit, "a visit id");

/// Which site a page belongs to: the public one, or a kiosk at a desk (or at no desk).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Mode {
    #[default]
    Public,
    Kiosk {
        desk: Option<DeskSlug>,
        visit: Option<Visit>,
    },
}

/// Builds the links of a page so they stay in its site: `/{lang}/…` on the public site,
/// `/kiosk/{lang}/…?desk=…&visit=…` on a kiosk (the desk rides along, so a reset keeps it;
/// the visit too, until the reset).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Links {
    pub lang: Lang,
    pub mode: Mode,
}

impl Links {
    pub fn public(lang: Lang) -> Self {
        Self { lang, mode: Mode::Public }
    }

    pub fn kiosk(lang: Lang, desk: Option<DeskSlug>) -> Self {
        Self { lang, mode: Mode::Kiosk { desk, visit: None } }
    }

    /// The same links, inside the kiosk visit `visit`.
    pub fn in_visit(self, visit: Option<Visit>) -> Self {
        match self.mode {
            Mode::Kiosk { desk, .. } => Self { mode: Mode::Kiosk { desk, visit }, ..self },
            Mode::Public => self,
        }
    }

    pub fn is_kiosk(&self) -> bool {
        matches!(self.mode, Mode::Kiosk { .. })
    }

    pub fn desk(&self) -> Option<DeskSlug> {
        match self.mode {
            Mode::Kiosk { desk, .. } => desk,
            Mode::Public => None,
        }
    }

    pub fn visit(&self) -> Option<Visit> {
        match self.mode {
            Mode::Kiosk { visit, .. } => visit,
            Mode::Public => None,
        }
    }

    /// `path` (relative, no leading slash) in this site and language, with the non-empty
    /// `params` (and the desk and the visit) as its query string.
    fn page(&self, path: &str, params: &[(&str, &str)]) -> String {
        let base = format!("{}{path}", self.base());
        let (desk, visit) = (self.desk(), self.visit());
        let desk = desk.as_ref().map(|d| ("desk", d.as_str()));
        let visit = visit.as_ref().map(|v| ("visit", v.as_str()));
        with_query(base, params.iter().copied().chain(desk).chain(visit))
    }

    pub fn home(&self) -> String {
        self.page("", &[])
    }

    /// The search page with the given non-empty parameters, in a fixed order.
    pub fn search(&self, params: &[(&str, &str)]) -> String {
        self.page("search", params)
    }

    /// Where the search form sends its query (the desk travels in a hidden field).
    pub fn search_action(&self) -> String {
        format!("{}search", self.base())
    }

    /// The home of this site and language, to which page paths are added.
    fn base(&self) -> String {
        match self.mode {
            Mode::Public => format!("/{}/", self.lang),
            Mode::Kiosk { .. } => format!("/kiosk/{}/", self.lang),
        }
    }

    pub fn service(&self, id: &str) -> String {
        self.page(&format!("services/{}", encode(id)), &[])
    }

    /// The printable slip of a service (`format` "receipt" for an 80 mm roll, else A6).
    pub fn service_slip(&self, id: &str, receipt: bool) -> String {
        self.page(&format!("services/{}/print", encode(id)), &[("format", if receipt { "receipt" } else { "" })])
    }

    pub fn organization(&self, slug: &str) -> String {
        self.page(&format!("organizations/{}", encode(slug)), &[])
    }

    pub fn programme(&self, slug: &str) -> String {
        self.page(&format!("programmes/{}", encode(slug)), &[])
    }

    pub fn events(&self) -> String {
        self.page("events", &[])
    }

    /// The privacy notice (GDPR art. 13).
    pub fn privacy(&self) -> String {
        self.page("privacy", &[])
    }

    /// The accessibility statement.
    pub fn accessibility(&self) -> String {
        self.page("accessibility", &[])
    }

    /// The kiosk's language screen, where an idle kiosk goes back to: the desk stays, the
    /// visit ends.
    pub fn kiosk_start(&self) -> String {
        with_query("/kiosk".to_string(), self.desk().as_ref().map(|d| ("desk", d.as_str())))
    }
}

/// `base` with the non-empty parameters as its query string.
fn with_query<'a>(base: String, params: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let query: Vec<String> =
        params.into_iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| format!("{k}={}", encode(v))).collect();
    if query.is_empty() {
        base
    } else {
        format!("{base}?{}", query.join("&"))
    }
}

/// A service's page on the public site: printed QR codes point there, whatever site
/// printed them.
pub fn service(lang: Lang, id: &str) -> String {
    Links::public(lang).service(id)
}

/// The mediator's pages (`/mediator/…`): the family's language and the shortlist's ids ride
/// along in the query string, so nothing about the meeting is kept anywhere else.
pub fn mediator(page: &str, family: Lang, ids: &[&str], extra: &[(&str, &str)]) -> String {
    let ids = ids.join(",");
    let params = [("lang", family.code()), ("ids", ids.as_str())].into_iter().chain(extra.iter().copied());
    with_query(if page.is_empty() { "/mediator".to_string() } else { format!("/mediator/{page}") }, params)
}

/// The shortlist page, the address its QR code carries.
pub fn shortlist(family: Lang, ids: &[&str]) -> String {
    mediator("shortlist", family, ids, &[])
}

/// The same page in another language: swaps the first path segment, keeps the query.
pub fn switch_language(path_and_query: &str, to: Lang) -> String {
    let rest = path_and_query.strip_prefix('/').and_then(|p| p.split_once('/').map(|(_, rest)| rest)).unwrap_or("");
    format!("/{to}/{rest}")
}

/// Where a service's feedback form posts (the page it came from rides in the form).
pub fn service_feedback(lang: Lang, id: &str) -> String {
    format!("/{lang}/services/{}/feedback", encode(id))
}

/// A service's essentials read aloud (Ogg Opus), at the public address.
pub fn service_audio(lang: Lang, id: &str) -> String {
    format!("/{lang}/services/{}/listen", encode(id))
}

/// Every event today and to come, as a calendar file (always the public address: a phone
/// opens it).
pub fn events_calendar(lang: Lang) -> String {
    format!("/{lang}/events.ics")
}

/// One event as a calendar file.
pub fn event_calendar(lang: Lang, slug: &str) -> String {
    format!("/{lang}/events/{}.ics", encode(slug))
}

/// The origin links that leave the screen point to (QR codes, calendar ids): the configured
/// public address, else the request's scheme (`X-Forwarded-Proto`, which only a trusted
/// proxy's request still carries) and its `Host`, if that holds only host-name characters.
pub fn site_origin(public_url: Option<&str>, host: Option<&str>, forwarded_proto: Option<&str>) -> String {
    if let Some(url) = public_url {
        return url.trim_end_matches('/').to_string();
    }
    let scheme = if forwarded_proto == Some("https") { "https" } else { "http" };
    let host = host
        .filter(|h| !h.is_empty() && h.chars().all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c)))
        .unwrap_or("localhost");
    format!("{scheme}://{host}")
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
    fn kiosk_links_stay_in_the_kiosk_with_their_desk() {
        let desk = DeskSlug::new("piossasco");
        let kiosk = Links::kiosk(Lang::Ar, desk);
        assert_eq!(kiosk.home(), "/kiosk/ar/?desk=piossasco");
        assert_eq!(kiosk.search(&[("q", "casa")]), "/kiosk/ar/search?q=casa&desk=piossasco");
        assert_eq!(kiosk.service_slip("a-b", true), "/kiosk/ar/services/a-b/print?format=receipt&desk=piossasco");
        assert_eq!(kiosk.kiosk_start(), "/kiosk?desk=piossasco");
        assert_eq!(Links::kiosk(Lang::It, None).service("x"), "/kiosk/it/services/x");
        assert_eq!(Links::public(Lang::Ro).service_slip("x", false), "/ro/services/x/print");
        assert!(DeskSlug::new("Piossasco").is_none() && DeskSlug::new(&"a".repeat(41)).is_none());
    }

    #[test]
    fn a_visit_rides_in_kiosk_links_until_the_language_screen() {
        let visit = Visit::new("0123456789abcdef0123456789abcdef");
        let kiosk = Links::kiosk(Lang::Zh, DeskSlug::new("nichelino")).in_visit(visit);
        assert_eq!(kiosk.service("x"), "/kiosk/zh/services/x?desk=nichelino&visit=0123456789abcdef0123456789abcdef");
        assert_eq!(kiosk.kiosk_start(), "/kiosk?desk=nichelino");
        assert_eq!(Links::public(Lang::It).in_visit(visit).service("x"), "/it/services/x");
        assert!(Visit::new("0123456789ABCDEF0123456789abcdef").is_none() && Visit::new("abc").is_none());
    }

    /// The search box island gets its links as JSON: they come back the same, and a forged
    /// desk or visit in the page's properties is refused rather than put into links.
    #[test]
    fn links_travel_to_an_island_and_back() {
        let visit = Visit::new("0123456789abcdef0123456789abcdef");
        for links in [Links::public(Lang::Ar), Links::kiosk(Lang::Zh, DeskSlug::new("nichelino")).in_visit(visit)] {
            let json = serde_json::to_string(&links).expect("serialise");
            assert_eq!(serde_json::from_str::<Links>(&json).expect("deserialise"), links, "{json}");
        }
        let forged = r#"{"lang":"it","mode":{"Kiosk":{"desk":"a\"b","visit":null}}}"#;
        assert!(serde_json::from_str::<Links>(forged).is_err());
        let forged = r#"{"lang":"it","mode":{"Kiosk":{"desk":null,"visit":"x"}}}"#;
        assert!(serde_json::from_str::<Links>(forged).is_err());
    }

    #[test]
    fn switches_language_keeping_the_rest() {
        assert_eq!(switch_language("/it/search?q=casa", Lang::Ar), "/ar/search?q=casa");
        assert_eq!(switch_language("/it/", Lang::Zh), "/zh/");
        assert_eq!(switch_language("/it", Lang::Ro), "/ro/");
    }

    #[test]
    fn the_site_origin_is_configured_or_a_clean_host() {
        assert_eq!(site_origin(Some("https://portineria.example/"), Some("evil"), None), "https://portineria.example");
        assert_eq!(site_origin(None, Some("kiosk.local:3000"), Some("https")), "https://kiosk.local:3000");
        assert_eq!(site_origin(None, Some("a\"b"), None), "http://localhost");
    }

    #[test]
    fn builds_search_urls_and_phone_links() {
        assert_eq!(Links::public(Lang::It).search(&[("q", "a b"), ("category", "")]), "/it/search?q=a%20b");
        assert_eq!(tel("06 669190417"), "tel:+3906669190417");
        assert_eq!(tel("+39 06 1"), "tel:+39061");
    }
}
