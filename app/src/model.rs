//! Types shared by the pages, the server functions and the JSON API.
//! Texts arrive already resolved to one language, each with its translation status.

use crate::closed::Exceptions;
use crate::geo::{Coordinates, Distance};
use crate::lang::Lang;
use crate::requirements::{DocumentKind, Situation};
use serde::{Deserialize, Serialize};

/// How a text shown in a language came to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, PartialOrd, Ord, Hash)]
#[serde(rename_all = "lowercase")]
pub enum TranslationStatus {
    /// Written in this language by the partner (Italian is the source language).
    Source,
    /// Confirmed by a partner.
    Confirmed,
    /// Machine-made, not yet confirmed.
    Machine,
    /// Made from an older Italian text: it may say old hours or phones, so the current
    /// Italian is shown beside it.
    Outdated,
    /// Missing in this language: the Italian text is shown instead.
    Fallback,
}

impl TranslationStatus {
    pub const ALL: [Self; 5] = [Self::Source, Self::Confirmed, Self::Machine, Self::Outdated, Self::Fallback];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Source => "source",
            Self::Confirmed => "confirmed",
            Self::Machine => "machine",
            Self::Outdated => "outdated",
            Self::Fallback => "fallback",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == value)
    }
}

/// A human text in the requested language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Text {
    pub text: String,
    pub status: TranslationStatus,
    /// The Italian text as it is now, when this translation is outdated.
    pub italian_now: Option<String>,
}

impl Text {
    pub fn new(text: impl Into<String>, status: TranslationStatus) -> Self {
        Text { text: text.into(), status, italian_now: None }
    }

    /// An outdated translation, with the Italian it no longer matches.
    pub fn outdated(text: impl Into<String>, italian_now: impl Into<String>) -> Self {
        Text { text: text.into(), status: TranslationStatus::Outdated, italian_now: Some(italian_now.into()) }
    }
}

/// Whether a service can be used now.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ServiceStatus {
    #[default]
    Active,
    Suspended,
    Ended,
}

impl ServiceStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::Suspended => "suspended",
            Self::Ended => "ended",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        [Self::Active, Self::Suspended, Self::Ended].into_iter().find(|s| s.as_str() == value)
    }
}

/// How a person gets to a service.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AccessMode {
    WalkIn,
    Appointment,
    Referral,
}

impl AccessMode {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::WalkIn => "walk-in",
            Self::Appointment => "appointment",
            Self::Referral => "referral",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        [Self::WalkIn, Self::Appointment, Self::Referral].into_iter().find(|s| s.as_str() == value)
    }
}

/// Where a programme stands today, derived from its period.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ProgrammeStatus {
    Upcoming,
    Active,
    Ended,
    /// The source gives no period.
    Unknown,
}

/// A taxonomy entry (category or target group) named in the requested language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Term {
    pub slug: String,
    pub name: String,
}

/// A category tile on the home page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CategoryTile {
    pub slug: String,
    pub name: String,
    pub description: String,
    pub services: u64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HomeData {
    pub categories: Vec<CategoryTile>,
    pub services: u64,
}

/// Longest query accepted: longer input is refused with a clear message, not truncated silently.
pub const MAX_QUERY_CHARS: usize = 500;
/// Largest page of results.
pub const MAX_LIMIT: usize = 100;
/// Results per page on the public pages.
pub const PAGE_SIZE: usize = 20;
/// Deepest offset served; deeper pages carry no useful results for a directory this size.
pub const MAX_OFFSET: usize = 10_000;

/// A search request, already validated.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchParams {
    pub q: String,
    pub category: Option<String>,
    pub municipality: Option<String>,
    pub target_group: Option<String>,
    /// A language spoken at the desk (ISO 639-1).
    pub language: Option<String>,
    /// Services that take people in this situation first, then those that do not say.
    #[serde(default)]
    pub situation: Option<Situation>,
    /// Only services open at this moment (Rome time).
    pub open_now: bool,
    pub limit: usize,
    pub offset: usize,
    /// The kiosk desk whose comune and district rank first; an unknown desk ranks nothing first.
    #[serde(default)]
    pub desk: Option<String>,
}

/// Why a request was refused; each names a translated message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum InputError {
    #[error("query too long (at most {max} characters)")]
    QueryTooLong { max: usize },
    #[error("invalid value for `{name}`")]
    InvalidParameter { name: String },
    #[error("unknown language")]
    UnknownLanguage,
}

impl InputError {
    /// The message for a person, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        use crate::i18n::{t, t_args};
        match self {
            Self::QueryTooLong { max } => t_args(lang, "error-query-too-long", &[("max", (*max).into())]),
            Self::InvalidParameter { name } => {
                t_args(lang, "error-invalid-parameter", &[("name", name.as_str().into())])
            }
            Self::UnknownLanguage => t(lang, "error-unknown-language"),
        }
    }
}

/// Raw search input as it comes from a URL; every field is optional text.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct RawSearch {
    pub q: Option<String>,
    pub category: Option<String>,
    pub municipality: Option<String>,
    pub target_group: Option<String>,
    pub language: Option<String>,
    #[serde(default)]
    pub situation: Option<String>,
    pub open_now: Option<String>,
    pub limit: Option<String>,
    pub offset: Option<String>,
    /// A kiosk's desk (`content/desks.toml`): its comune and district come first.
    #[serde(default)]
    pub desk: Option<String>,
}

impl RawSearch {
    /// Validates user input: trims, removes control characters, refuses over-long queries and
    /// non-numeric paging, clamps paging into range. Never panics, whatever the input.
    pub fn validate(&self, default_limit: usize) -> Result<SearchParams, InputError> {
        let q: String = self.q.as_deref().unwrap_or("").chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
        let q = q.trim().to_string();
        if q.chars().count() > MAX_QUERY_CHARS {
            return Err(InputError::QueryTooLong { max: MAX_QUERY_CHARS });
        }
        let number = |name: &str, value: &Option<String>, default: usize| -> Result<usize, InputError> {
            match value.as_deref().map(str::trim) {
                None | Some("") => Ok(default),
                Some(v) => v.parse::<usize>().map_err(|_| InputError::InvalidParameter { name: name.to_string() }),
            }
        };
        let limit = number("limit", &self.limit, default_limit)?.clamp(1, MAX_LIMIT);
        let offset = number("offset", &self.offset, 0)?.min(MAX_OFFSET);
        let filter = |v: &Option<String>| {
            v.as_deref().map(str::trim).filter(|v| !v.is_empty() && v.len() <= 200).map(str::to_string)
        };
        let open_now = match self.open_now.as_deref().map(str::trim) {
            None | Some("" | "0" | "false") => false,
            Some("1" | "true" | "on") => true,
            Some(_) => return Err(InputError::InvalidParameter { name: "open_now".to_string() }),
        };
        let situation = match filter(&self.situation) {
            None => None,
            Some(word) => Some(
                Situation::parse(&word)
                    .ok_or_else(|| InputError::InvalidParameter { name: "situation".to_string() })?,
            ),
        };
        Ok(SearchParams {
            q,
            category: filter(&self.category),
            municipality: filter(&self.municipality),
            target_group: filter(&self.target_group),
            language: filter(&self.language),
            situation,
            open_now,
            limit,
            offset,
            desk: filter(&self.desk),
        })
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SearchHit {
    /// The service's stable identifier (its slug), as used in URLs and printed QR codes.
    pub id: String,
    pub name: String,
    pub organization: String,
    pub summary: String,
    pub categories: Vec<String>,
    pub municipalities: Vec<String>,
    pub score: f32,
    pub status: ServiceStatus,
    /// How far its nearest location is from the kiosk's desk (both with coordinates).
    pub distance: Option<Distance>,
    /// Who can go, as it states (empty: not stated).
    pub who_can_go: Vec<Situation>,
}

/// One value of a facet with the number of matching services.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FacetValue {
    pub value: String,
    pub label: String,
    pub count: u64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Facets {
    pub category: Vec<FacetValue>,
    pub municipality: Vec<FacetValue>,
    pub target_group: Vec<FacetValue>,
    pub language: Vec<FacetValue>,
    /// Per situation, how many results say they take people in it.
    #[serde(default)]
    pub situation: Vec<FacetValue>,
    /// How many of the results (with the other filters) are open now.
    pub open_now: u64,
    /// Whether the counts are estimates from part of the results (there were too many to
    /// count exactly).
    #[serde(default)]
    pub estimated: bool,
}

/// A completion offered while typing: a category (leads to its filter) or a service name.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Suggestion {
    pub text: String,
    /// The category's slug when the suggestion is a category.
    pub category: Option<String>,
}

/// Most completions offered at once.
pub const MAX_SUGGESTIONS: usize = 8;

/// Whether a count of results is exact or a floor. Past a thousand matches a search stops
/// counting (the best results are still found), as Elasticsearch's `track_total_hits` does:
/// pages say "more than", the API says `gte`, and facet counts are estimates.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum TotalRelation {
    #[default]
    #[serde(rename = "eq")]
    Exact,
    #[serde(rename = "gte")]
    AtLeast,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SearchPage {
    pub query: String,
    pub lang: Lang,
    /// Every result, or at least this many (`total_relation`).
    pub total: u64,
    pub total_relation: TotalRelation,
    pub hits: Vec<SearchHit>,
    pub facets: Facets,
    pub params: SearchParams,
    /// When nothing was found: a corrected query to try.
    pub did_you_mean: Option<String>,
    /// When nothing was found: the topics to browse instead (a page is never a dead end).
    /// They come with the results, so the page reads them from the one search it waits
    /// for: a second resource started while rendering the results is what Leptos' SSR
    /// can wait on for ever (leptos-rs/leptos#4866).
    pub topics: Vec<CategoryTile>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OpeningHours {
    /// 1 = Monday … 7 = Sunday.
    pub weekday: u8,
    pub opens: String,
    pub closes: String,
    pub appointment_only: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub name: Option<Text>,
    /// The street address; some offices are known only by name and hours.
    pub address: Option<String>,
    pub municipality: String,
    /// Where it is on the map, when the partner has said.
    pub coordinates: Option<Coordinates>,
    pub hours: Vec<OpeningHours>,
    pub hours_note: Option<Text>,
    pub exceptions: Exceptions,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Phone {
    pub number: String,
    pub label: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrganizationRef {
    pub slug: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProgrammeRef {
    pub slug: String,
    pub name: String,
    pub status: ProgrammeStatus,
}

/// A whole service in one language: the detail page and `GET /api/v1/services/{id}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceDetail {
    pub id: String,
    pub lang: Lang,
    /// The least settled status among the texts shown (fallback < machine < confirmed/source).
    pub translation: TranslationStatus,
    pub name: Text,
    /// What it does in one line of everyday words, shown before everything else.
    pub in_short: Option<Text>,
    pub summary: Text,
    pub description: Text,
    pub eligibility: Option<Text>,
    pub how_to_access: Option<Text>,
    pub cost: Option<Text>,
    /// Documents to bring, from the pictogram list; `documents` holds the rest as text.
    pub required_documents: Vec<DocumentKind>,
    pub documents: Vec<Text>,
    /// Who can go by legal situation; empty when the source does not say.
    pub who_can_go: Vec<Situation>,
    pub categories: Vec<Term>,
    pub target_groups: Vec<Term>,
    pub access: Option<AccessMode>,
    pub status: ServiceStatus,
    pub municipalities: Vec<String>,
    /// The social-services district it covers, where the source names no comuni.
    pub district: Option<String>,
    pub locations: Vec<Location>,
    pub phones: Vec<Phone>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub languages: Vec<String>,
    pub organization: OrganizationRef,
    pub programme: Option<ProgrammeRef>,
    pub last_verified: Option<String>,
    /// The server can read it aloud (espeak-ng is installed): the page offers "listen".
    pub read_aloud: bool,
}

/// A service on a slip to take home: the service in the family's language, its Italian
/// name to show at the office, and a QR code of its page for a phone.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceSlip {
    pub service: ServiceDetail,
    /// The Italian name, when the slip is in another language.
    pub italian_name: Option<String>,
    /// The address of the service's page in the slip's language.
    pub page_url: String,
    /// That address as a QR code, an inline SVG drawn on the server.
    pub qr_svg: String,
    /// Directions on foot to its first location with coordinates, as a QR code.
    pub directions_qr_svg: Option<String>,
}

/// A service in a list (organisation and programme pages).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceSummary {
    pub id: String,
    pub name: Text,
    pub summary: Text,
    pub status: ServiceStatus,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProgrammeSummary {
    pub slug: String,
    pub name: Text,
    pub summary: Text,
    pub status: ProgrammeStatus,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrganizationDetail {
    pub slug: String,
    pub name: Text,
    pub description: Text,
    pub website: Option<String>,
    pub email: Option<String>,
    pub services: Vec<ServiceSummary>,
    pub programmes: Vec<ProgrammeSummary>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProgrammeDetail {
    pub slug: String,
    pub name: Text,
    pub summary: Text,
    pub description: Text,
    pub funder: Option<Text>,
    pub beneficiaries: Option<Text>,
    pub partners: Vec<String>,
    pub municipalities: Vec<String>,
    /// The social-services district it covers, where the source names no comuni.
    pub district: Option<String>,
    pub start: Option<String>,
    pub end: Option<String>,
    pub status: ProgrammeStatus,
    pub website: Option<String>,
    pub email: Option<String>,
    pub organization: OrganizationRef,
    pub services: Vec<ServiceSummary>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(q: &str) -> RawSearch {
        RawSearch { q: Some(q.to_string()), ..Default::default() }
    }

    #[test]
    fn hostile_queries_validate_without_panicking() {
        for q in ["\"permesso", "a:b (c) [d] *", "OR 1=1 --", "🙂 casa", "\u{200f}سكن\u{200e}", "\0\u{7}x"] {
            assert!(raw(q).validate(20).is_ok(), "{q}");
        }
        assert_eq!(raw("\0\u{7}x").validate(20).unwrap().q, "x");
    }

    #[test]
    fn long_queries_are_refused() {
        let long = "a".repeat(10_000);
        assert_eq!(raw(&long).validate(20), Err(InputError::QueryTooLong { max: MAX_QUERY_CHARS }));
    }

    #[test]
    fn paging_is_clamped_or_refused() {
        let p = RawSearch { limit: Some("100000".into()), offset: Some("99999999".into()), ..Default::default() };
        let v = p.validate(20).unwrap();
        assert_eq!((v.limit, v.offset), (MAX_LIMIT, MAX_OFFSET));
        let zero = RawSearch { limit: Some("0".into()), ..Default::default() };
        assert_eq!(zero.validate(20).unwrap().limit, 1);
        let bad = RawSearch { limit: Some("-1".into()), ..Default::default() };
        assert!(matches!(bad.validate(20), Err(InputError::InvalidParameter { .. })));
    }
}

/// Who an event is for: families and the public, or the network's professionals.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Audience {
    Public,
    Professionals,
}

impl Audience {
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "public" => Some(Self::Public),
            "professionals" => Some(Self::Professionals),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Public => "public",
            Self::Professionals => "professionals",
        }
    }
}

/// An event (a course, a meeting, a desk day) on a day or, when the source gives only the
/// month, in a month.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub slug: String,
    pub name: Text,
    pub description: Text,
    pub place: Option<Text>,
    /// The location's street address, when the event is at one of the organisation's places.
    pub address: Option<String>,
    pub municipality: Option<String>,
    /// `YYYY-MM` or `YYYY-MM-DD`.
    pub date: String,
    pub end_date: Option<String>,
    /// `HH:MM`, Rome time.
    pub time: Option<String>,
    pub end_time: Option<String>,
    /// Languages spoken at the event (ISO 639-1), named in the page's language.
    pub languages: Vec<String>,
    pub audience: Audience,
    pub organization: OrganizationRef,
    /// On a kiosk, a QR code (inline SVG) of the event's calendar file, to take it away on a
    /// phone.
    pub calendar_qr: Option<String>,
}

/// The events of the directory around today (Rome time).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EventsPage {
    /// Happening today (a one-day event today, or a longer one running today).
    pub today_events: Vec<Event>,
    /// Later this month (month-only dates) and after, soonest first.
    pub upcoming: Vec<Event>,
    /// Over, most recent first.
    pub past: Vec<Event>,
}

/// A kiosk's portineria: where it stands, its own hours, and which comuni are local.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Desk {
    pub slug: String,
    pub name: Text,
    pub municipality: String,
    pub address: Option<String>,
    /// The comuni whose services rank first (the desk's own comune included).
    pub district: Vec<String>,
    /// Where the desk is: results then show how far they are, and nearer ones rank a
    /// little higher.
    pub coordinates: Option<Coordinates>,
    pub hours: Vec<OpeningHours>,
    pub hours_note: Option<Text>,
    pub exceptions: Exceptions,
}

/// What every kiosk page needs: its desk (if the setting names a known one) and how long
/// it waits before asking "still there?" and before forgetting everything.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KioskFrame {
    pub desk: Option<Desk>,
    /// The desk setting was given but names no known desk: the kiosk shows every comune.
    pub unknown_desk: Option<String>,
    pub idle_seconds: u32,
    pub reset_seconds: u32,
}

/// The kiosk's home: its desk (hours), category tiles and what is on today and soon (public
/// events of the desk's district).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KioskHome {
    pub desk: Option<Desk>,
    pub categories: Vec<CategoryTile>,
    pub events: EventsPage,
}

/// One answer of the needs screening, in Italian and in the family's language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScreeningAnswer {
    pub slug: String,
    pub italian: String,
    pub text: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScreeningQuestion {
    pub slug: String,
    /// Several answers may be ticked (check boxes), else one (radio buttons).
    pub multiple: bool,
    pub italian: String,
    pub text: Text,
    pub answers: Vec<ScreeningAnswer>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScreeningArea {
    pub slug: String,
    pub italian: String,
    pub title: Text,
    pub questions: Vec<ScreeningQuestion>,
}

/// A service the answers point to, with the areas of need it answers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SuggestedService {
    pub id: String,
    pub italian_name: String,
    pub name: Text,
    pub organization: String,
    pub score: u32,
    /// Titles (in the family's language) of the areas whose answers point here.
    pub needs: Vec<String>,
}

/// The questionnaire, the answers understood from the request, and the services they suggest.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Screening {
    pub areas: Vec<ScreeningArea>,
    /// (question, answer) pairs understood, in questionnaire order.
    pub chosen: Vec<(String, String)>,
    /// Answers in the request that name no question or answer (or a second answer to a
    /// one-answer question): not used.
    pub ignored: u32,
    pub suggestions: Vec<SuggestedService>,
}

/// A service on the mediator's shortlist, in Italian and in the family's language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ShortlistEntry {
    pub italian: ServiceDetail,
    pub family: ServiceDetail,
}

/// Most services on one shortlist: a meeting's worth, and a QR code a phone can still read.
pub const MAX_SHORTLIST: usize = 20;

/// The shortlist of `/mediator/shortlist?ids=…`, with what was wrong with its ids.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Shortlist {
    pub entries: Vec<ShortlistEntry>,
    /// Ids naming no service (or not ids at all).
    pub unknown: u32,
    /// Ids given more than once (kept once).
    pub repeated: u32,
    /// Ids beyond [`MAX_SHORTLIST`] (left out).
    pub over_limit: u32,
    /// The shortlist's address for a phone, and its QR code (inline SVG).
    pub page_url: String,
    pub qr_svg: String,
}

/// The ids of a shortlist URL (`a,b,c`): well-formed ones once each, in order, at most
/// [`MAX_SHORTLIST`]; with the counts of malformed, repeated and extra ids.
pub fn parse_shortlist_ids(raw: &str) -> (Vec<String>, u32, u32, u32) {
    let (mut ids, mut malformed, mut repeated, mut over) = (Vec::new(), 0, 0, 0);
    for id in raw.split(',').map(str::trim).filter(|id| !id.is_empty()) {
        let well_formed =
            id.len() <= 100 && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !well_formed {
            malformed += 1;
        } else if ids.iter().any(|known: &String| known == id) {
            repeated += 1;
        } else if ids.len() == MAX_SHORTLIST {
            over += 1;
        } else {
            ids.push(id.to_string());
        }
    }
    (ids, malformed, repeated, over)
}

/// The `question=answer` pairs of a screening page's query string (all but `lang` and
/// `ids`). Answers are slugs, which need no decoding; anything else is left for the
/// questionnaire to refuse.
pub fn screening_answers(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .filter(|(key, _)| *key != "lang" && *key != "ids")
        .map(|(key, value)| (key.to_string(), value.to_string()))
        .collect()
}

#[cfg(test)]
mod shortlist_tests {
    use super::*;

    #[test]
    fn shortlist_ids_are_cleaned() {
        let (ids, malformed, repeated, over) = parse_shortlist_ids("a,b,,a, c ,<x>,B");
        assert_eq!(ids, ["a", "b", "c"]);
        assert_eq!((malformed, repeated, over), (2, 1, 0));
        let many: Vec<String> = (0..1000).map(|i| format!("s{i}")).collect();
        let (ids, _, _, over) = parse_shortlist_ids(&many.join(","));
        assert_eq!((ids.len(), over), (MAX_SHORTLIST, 1000 - MAX_SHORTLIST as u32));
    }

    #[test]
    fn screening_answers_leave_out_the_meeting() {
        let pairs = screening_answers("lang=ar&ids=a,b&permit=expired&needs=food&needs=rent&odd");
        let expected: Vec<(String, String)> =
            [("permit", "expired"), ("needs", "food"), ("needs", "rent")].map(|(q, a)| (q.into(), a.into())).to_vec();
        assert_eq!(pairs, expected);
    }
}

/// What the privacy notice and the accessibility statement say that differs per deployment:
/// who answers (`content/legal.toml`) and the settings this server actually runs with, so the
/// notice cannot drift from what the code does.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LegalNotice {
    /// The data controller; `None` until the deployment names one.
    pub controller: Option<Controller>,
    /// When the privacy notice was last revised (`YYYY-MM-DD`).
    pub privacy_updated: String,
    pub accessibility: AccessibilityStatement,
    pub retention: Retention,
    /// Every cookie the site can set, by its name as sent.
    pub cookies: Vec<CookieUse>,
}

/// Who decides why and how personal data is processed (GDPR art. 4(7)), and how to reach them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Controller {
    pub name: String,
    pub address: String,
    pub email: String,
    /// The data protection officer's address, where one is appointed.
    pub dpo_email: Option<String>,
}

/// The accessibility statement's facts (AgID's model for public bodies).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AccessibilityStatement {
    pub conformance: Conformance,
    /// When the site was last assessed (`YYYY-MM-DD`).
    pub assessed: String,
    /// Where to report a barrier; the controller's address when not set.
    pub feedback_email: Option<String>,
}

/// How far the site meets WCAG 2.1 AA (the level EN 301 549 and AgID's guidelines ask for).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Conformance {
    Full,
    Partial,
    None,
}

/// How long what is kept is kept, as configured on this server.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Retention {
    pub search_log_days: u32,
    pub audit_log_days: u32,
    pub session_idle_minutes: u32,
    pub session_hours: u32,
    pub kiosk_reset_seconds: u32,
}

/// A cookie the site sets, and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CookieUse {
    pub name: String,
    pub purpose: CookiePurpose,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CookiePurpose {
    /// The language last chosen on the public pages.
    Language,
    /// The language chosen in the admin area.
    AdminLanguage,
    /// The admin area's session.
    AdminSession,
    /// The login form's anti-forgery token.
    LoginForm,
    /// Between a right password and the second-factor code.
    SecondFactor,
}
