//! The v1 wire types: everything `/api/v1` and `/healthz` put on the wire, owned by the API.
//!
//! The pages' types (`portineria_app::model`) change whenever a page needs something; the
//! public contract must not change with them. So the API serialises only the types below,
//! each filled from the domain by an explicit `From`, and copies the domain's enums through
//! exhaustive matches: a change to a domain type stops the build here, where someone decides
//! whether v1 changes, instead of silently reaching clients. Fields are declared in the
//! order they are sent, and `tests/tests/e2e/api.rs` pins every response in full.

use portineria_app::closed::ClosedFor;
use portineria_app::requirements::{DocumentKind, Situation};
use portineria_app::{lang, model};
use serde::Serialize;
use std::collections::BTreeMap;

/// A language of the directory, by its ISO 639-1 code.
#[derive(Clone, Copy, Debug, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    It,
    Ro,
    Ar,
    Sq,
    Zh,
}

impl From<lang::Lang> for Lang {
    fn from(lang: lang::Lang) -> Self {
        match lang {
            lang::Lang::It => Self::It,
            lang::Lang::Ro => Self::Ro,
            lang::Lang::Ar => Self::Ar,
            lang::Lang::Sq => Self::Sq,
            lang::Lang::Zh => Self::Zh,
        }
    }
}

/// How a text in the requested language came to be, so a client can flag machine
/// translations and Italian fallbacks to the person reading them.
#[derive(Clone, Copy, Debug, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TranslationStatus {
    /// Written in this language by the partner (Italian is the source language).
    Source,
    /// Translated and confirmed by a partner.
    Confirmed,
    /// Machine-translated, not yet confirmed.
    Machine,
    /// Translated from an older Italian text: it may state old facts. The text carries the
    /// current Italian in `italian`.
    Outdated,
    /// Missing in this language: the Italian text is sent instead.
    Fallback,
}

impl From<model::TranslationStatus> for TranslationStatus {
    fn from(status: model::TranslationStatus) -> Self {
        match status {
            model::TranslationStatus::Source => Self::Source,
            model::TranslationStatus::Confirmed => Self::Confirmed,
            model::TranslationStatus::Machine => Self::Machine,
            model::TranslationStatus::Outdated => Self::Outdated,
            model::TranslationStatus::Fallback => Self::Fallback,
        }
    }
}

/// Whether a service can be used now.
#[derive(Clone, Copy, Debug, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ServiceStatus {
    Active,
    Suspended,
    Ended,
}

impl From<model::ServiceStatus> for ServiceStatus {
    fn from(status: model::ServiceStatus) -> Self {
        match status {
            model::ServiceStatus::Active => Self::Active,
            model::ServiceStatus::Suspended => Self::Suspended,
            model::ServiceStatus::Ended => Self::Ended,
        }
    }
}

/// How a person gets to a service.
#[derive(Clone, Copy, Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AccessMode {
    WalkIn,
    Appointment,
    Referral,
}

impl From<model::AccessMode> for AccessMode {
    fn from(mode: model::AccessMode) -> Self {
        match mode {
            model::AccessMode::WalkIn => Self::WalkIn,
            model::AccessMode::Appointment => Self::Appointment,
            model::AccessMode::Referral => Self::Referral,
        }
    }
}

/// Where a programme stands today, from its period.
#[derive(Clone, Copy, Debug, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ProgrammeStatus {
    Upcoming,
    Active,
    Ended,
    /// The source gives no period.
    Unknown,
}

impl From<model::ProgrammeStatus> for ProgrammeStatus {
    fn from(status: model::ProgrammeStatus) -> Self {
        match status {
            model::ProgrammeStatus::Upcoming => Self::Upcoming,
            model::ProgrammeStatus::Active => Self::Active,
            model::ProgrammeStatus::Ended => Self::Ended,
            model::ProgrammeStatus::Unknown => Self::Unknown,
        }
    }
}

/// A human text in the requested language, with how it was translated.
#[derive(Debug, Serialize)]
pub struct Text {
    text: String,
    status: TranslationStatus,
    /// The Italian text as it is now, only with the status `outdated`.
    #[serde(skip_serializing_if = "Option::is_none")]
    italian: Option<String>,
}

impl From<model::Text> for Text {
    fn from(text: model::Text) -> Self {
        Self { text: text.text, status: text.status.into(), italian: text.italian_now }
    }
}

/// A category or target group: its slug (the value of the search filter) and its name in
/// the requested language.
#[derive(Debug, Serialize)]
pub struct Term {
    slug: String,
    name: String,
}

impl From<model::Term> for Term {
    fn from(term: model::Term) -> Self {
        Self { slug: term.slug, name: term.name }
    }
}

/// One result of `GET /api/v1/search`: enough for a result list; the rest is one
/// `GET /api/v1/services/{id}` away.
#[derive(Debug, Serialize)]
pub struct SearchHit {
    /// The service's stable identifier (its slug), as in its page's URL and printed QR codes.
    id: String,
    name: String,
    /// The organisation's name.
    organization: String,
    summary: String,
    /// Category names in the requested language.
    categories: Vec<String>,
    municipalities: Vec<String>,
    /// Relevance, only to compare the hits of one response: it moves with tuning.
    score: f32,
    status: ServiceStatus,
    /// Who can go by legal situation, as the service states it (`anyone`, `eu-citizens`,
    /// `permit-holders`, `asylum-seekers`, `undocumented`, `unaccompanied-minors`); empty when
    /// it does not say.
    who_can_go: Vec<&'static str>,
}

impl From<model::SearchHit> for SearchHit {
    fn from(hit: model::SearchHit) -> Self {
        Self {
            id: hit.id,
            name: hit.name,
            organization: hit.organization,
            summary: hit.summary,
            categories: hit.categories,
            municipalities: hit.municipalities,
            score: hit.score,
            status: hit.status.into(),
            who_can_go: hit.who_can_go.into_iter().map(Situation::as_str).collect(),
        }
    }
}

/// For each search filter, how many results each of its values would give with the other
/// filters as they are (values without results are left out). Keys are filter values (slugs,
/// municipality names, language codes), not labels, so a client can pass them straight back.
/// The filters are sent in alphabetical order, as v1 always has.
#[derive(Debug, Serialize)]
pub struct Facets {
    category: BTreeMap<String, u64>,
    language: BTreeMap<String, u64>,
    municipality: BTreeMap<String, u64>,
    /// Per situation, the results that say they take people in it.
    situation: BTreeMap<String, u64>,
    target_group: BTreeMap<String, u64>,
}

/// The open-now count of the domain's facets is sent beside them, as `open_now`.
impl From<model::Facets> for Facets {
    fn from(facets: model::Facets) -> Self {
        let counts = |values: Vec<model::FacetValue>| values.into_iter().map(|v| (v.value, v.count)).collect();
        Self {
            category: counts(facets.category),
            language: counts(facets.language),
            municipality: counts(facets.municipality),
            situation: counts(facets.situation),
            target_group: counts(facets.target_group),
        }
    }
}

/// `GET /api/v1/search`: one page of results, with the facets of all of them.
#[derive(Debug, Serialize)]
pub struct SearchResponse {
    /// The query as it was searched (trimmed, control characters removed).
    query: String,
    lang: Lang,
    /// Results over all pages: all of them, or at least this many (`total_relation`).
    total: u64,
    /// `eq`, or `gte` when there were too many to count (facet counts are then estimates).
    total_relation: model::TotalRelation,
    hits: Vec<SearchHit>,
    facets: Facets,
    /// How many results (with the other filters) are open now.
    open_now: u64,
    /// When nothing was found: a corrected query to try. Absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    did_you_mean: Option<String>,
}

impl From<model::SearchPage> for SearchResponse {
    fn from(page: model::SearchPage) -> Self {
        Self {
            query: page.query,
            lang: page.lang.into(),
            total: page.total,
            total_relation: page.total_relation,
            hits: page.hits.into_iter().map(Into::into).collect(),
            open_now: page.facets.open_now,
            facets: page.facets.into(),
            did_you_mean: page.did_you_mean,
        }
    }
}

/// A completion for what has been typed: a category or a service name.
#[derive(Debug, Serialize)]
pub struct Suggestion {
    text: String,
    /// The category's slug when the suggestion is a category (a client offers its filter);
    /// `null` for a service name (a client searches for the text).
    category: Option<String>,
}

impl From<model::Suggestion> for Suggestion {
    fn from(suggestion: model::Suggestion) -> Self {
        Self { text: suggestion.text, category: suggestion.category }
    }
}

/// `GET /api/v1/suggest`: the completions for a partial query.
#[derive(Debug, Serialize)]
pub struct SuggestResponse {
    /// The query as it was completed (trimmed, control characters removed).
    query: String,
    lang: Lang,
    suggestions: Vec<Suggestion>,
}

impl SuggestResponse {
    pub fn new(query: String, lang: lang::Lang, suggestions: Vec<model::Suggestion>) -> Self {
        Self { query, lang: lang.into(), suggestions: suggestions.into_iter().map(Into::into).collect() }
    }
}

/// Opening hours on one weekday.
#[derive(Debug, Serialize)]
pub struct OpeningHours {
    /// 1 = Monday … 7 = Sunday.
    weekday: u8,
    /// Local time, `HH:MM`.
    opens: String,
    closes: String,
    appointment_only: bool,
}

impl From<model::OpeningHours> for OpeningHours {
    fn from(hours: model::OpeningHours) -> Self {
        Self {
            weekday: hours.weekday,
            opens: hours.opens,
            closes: hours.closes,
            appointment_only: hours.appointment_only,
        }
    }
}

/// A place where a service receives people.
#[derive(Debug, Serialize)]
pub struct Location {
    name: Option<Text>,
    /// The street address; some offices are known only by name and hours.
    address: Option<String>,
    municipality: String,
    /// WGS 84 degrees, when the partner has given them.
    latitude: Option<f64>,
    longitude: Option<f64>,
    hours: Vec<OpeningHours>,
    /// What the weekly hours cannot say (holidays, changes…).
    hours_note: Option<Text>,
    /// Opens on public holidays and the comune's patron-saint day (else closed on them).
    open_on_holidays: bool,
    /// Closed today, and why; `null` when the weekly hours apply.
    closed_today: Option<ClosedReason>,
    /// The closures of the coming six weeks, soonest first (holidays on days it would open,
    /// and the partner's closures).
    closures: Vec<ClosedDays>,
}

/// Why a location is closed on a day its hours say open.
#[derive(Debug, Serialize)]
pub struct ClosedReason {
    /// `holiday` or `closure` (the partner's).
    reason: &'static str,
    /// Which holiday (`easter-monday`, `patron-saint`…), for a holiday.
    holiday: Option<&'static str>,
}

impl From<ClosedFor> for ClosedReason {
    fn from(reason: ClosedFor) -> Self {
        match reason {
            ClosedFor::Holiday(h) => Self { reason: "holiday", holiday: Some(h.as_str()) },
            ClosedFor::Closure => Self { reason: "closure", holiday: None },
        }
    }
}

/// Days in a row a location is closed, `from` and `to` (`YYYY-MM-DD`) included.
#[derive(Debug, Serialize)]
pub struct ClosedDays {
    from: String,
    to: String,
    #[serde(flatten)]
    reason: ClosedReason,
}

impl From<model::Location> for Location {
    fn from(location: model::Location) -> Self {
        let exceptions = location.exceptions;
        Self {
            name: location.name.map(Into::into),
            address: location.address,
            municipality: location.municipality,
            latitude: location.coordinates.map(|c| c.lat),
            longitude: location.coordinates.map(|c| c.lon),
            hours: location.hours.into_iter().map(Into::into).collect(),
            hours_note: location.hours_note.map(Into::into),
            open_on_holidays: exceptions.open_on_holidays,
            closed_today: exceptions.today.map(Into::into),
            closures: exceptions
                .upcoming
                .into_iter()
                .map(|c| ClosedDays { from: c.from, to: c.to, reason: c.reason.into() })
                .collect(),
        }
    }
}

/// A telephone number, with what it is for when a service has several.
#[derive(Debug, Serialize)]
pub struct Phone {
    number: String,
    label: Option<Text>,
}

impl From<model::Phone> for Phone {
    fn from(phone: model::Phone) -> Self {
        Self { number: phone.number, label: phone.label.map(Into::into) }
    }
}

/// The organisation running a service.
#[derive(Debug, Serialize)]
pub struct OrganizationRef {
    slug: String,
    name: String,
}

impl From<model::OrganizationRef> for OrganizationRef {
    fn from(organization: model::OrganizationRef) -> Self {
        Self { slug: organization.slug, name: organization.name }
    }
}

/// The funded programme a service belongs to.
#[derive(Debug, Serialize)]
pub struct ProgrammeRef {
    slug: String,
    name: String,
    status: ProgrammeStatus,
}

impl From<model::ProgrammeRef> for ProgrammeRef {
    fn from(programme: model::ProgrammeRef) -> Self {
        Self { slug: programme.slug, name: programme.name, status: programme.status.into() }
    }
}

/// `GET /api/v1/services/{id}`, and each item of `GET /api/v1/services`: a whole service in
/// one language. Optional facts the source does not give are `null`, lists are empty.
#[derive(Debug, Serialize)]
pub struct ServiceDetail {
    /// The stable identifier (slug), as in a search hit.
    id: String,
    lang: Lang,
    /// The least settled status among the texts sent (fallback < outdated < machine <
    /// confirmed/source).
    translation: TranslationStatus,
    name: Text,
    /// What the service does in one line of everyday words (at most 20 words).
    in_short: Option<Text>,
    summary: Text,
    description: Text,
    /// Who the service is for.
    eligibility: Option<Text>,
    how_to_access: Option<Text>,
    cost: Option<Text>,
    /// Documents to bring from the pictogram list (`passport-or-id`, `residence-permit`,
    /// `permit-receipt`, `tax-code`, `health-card`, `isee`, `proof-of-address`, `payslip`,
    /// `school-certificate`, `photos`, `nothing-needed`).
    required_documents: Vec<&'static str>,
    /// Other documents to bring, in words.
    documents: Vec<Text>,
    /// Who can go, as in a search hit; empty when the service does not say.
    who_can_go: Vec<&'static str>,
    categories: Vec<Term>,
    target_groups: Vec<Term>,
    access: Option<AccessMode>,
    status: ServiceStatus,
    municipalities: Vec<String>,
    /// The social-services district it covers, where the source names no comuni.
    district: Option<String>,
    locations: Vec<Location>,
    phones: Vec<Phone>,
    email: Option<String>,
    website: Option<String>,
    /// Languages spoken at the service (ISO 639-1 codes).
    languages: Vec<String>,
    organization: OrganizationRef,
    programme: Option<ProgrammeRef>,
    /// When a partner last confirmed the facts (RFC 3339, UTC).
    last_verified: Option<String>,
}

impl From<model::ServiceDetail> for ServiceDetail {
    fn from(detail: model::ServiceDetail) -> Self {
        Self {
            id: detail.id,
            lang: detail.lang.into(),
            translation: detail.translation.into(),
            name: detail.name.into(),
            in_short: detail.in_short.map(Into::into),
            summary: detail.summary.into(),
            description: detail.description.into(),
            eligibility: detail.eligibility.map(Into::into),
            how_to_access: detail.how_to_access.map(Into::into),
            cost: detail.cost.map(Into::into),
            required_documents: detail.required_documents.into_iter().map(DocumentKind::as_str).collect(),
            documents: detail.documents.into_iter().map(Into::into).collect(),
            who_can_go: detail.who_can_go.into_iter().map(Situation::as_str).collect(),
            categories: detail.categories.into_iter().map(Into::into).collect(),
            target_groups: detail.target_groups.into_iter().map(Into::into).collect(),
            access: detail.access.map(Into::into),
            status: detail.status.into(),
            municipalities: detail.municipalities,
            district: detail.district,
            locations: detail.locations.into_iter().map(Into::into).collect(),
            phones: detail.phones.into_iter().map(Into::into).collect(),
            email: detail.email,
            website: detail.website,
            languages: detail.languages,
            organization: detail.organization.into(),
            programme: detail.programme.map(Into::into),
            last_verified: detail.last_verified,
        }
    }
}

/// `GET /api/v1/services`: one page of every service, ordered by identifier so that paging
/// through them sees each once.
#[derive(Debug, Serialize)]
pub struct ServicesResponse {
    /// Services over all pages.
    total: i64,
    items: Vec<ServiceDetail>,
}

impl ServicesResponse {
    pub fn new(total: i64, items: Vec<model::ServiceDetail>) -> Self {
        Self { total, items: items.into_iter().map(Into::into).collect() }
    }
}

/// `GET /healthz`, for monitors: the database answers and the search index has caught up
/// when `indexed` equals `services`.
#[derive(Debug, Serialize)]
pub struct Health {
    /// Always `ok`: a server that cannot read its database answers with an error instead.
    status: &'static str,
    /// Services in the database.
    services: i64,
    /// Services in the search index.
    indexed: u64,
    /// With `?deep=1`: how this instance's index follows the database.
    #[serde(skip_serializing_if = "Option::is_none")]
    index: Option<IndexHealth>,
}

/// How one instance's search index follows the shared database (`/healthz?deep=1`).
#[derive(Debug, Serialize)]
pub struct IndexHealth {
    /// The database's data version now.
    pub data_version: i64,
    /// The data version the index was built from (it has caught up when they are equal).
    pub index_version: Option<i64>,
    /// Changes this instance applied one by one from the change log since it started.
    pub incremental_updates: u64,
    /// Full rebuilds since it started (at start-up, when the day changes, or when the
    /// change log no longer reached back to the index's version).
    pub full_rebuilds: u64,
}

impl Health {
    pub fn ok(services: i64, indexed: u64) -> Self {
        Self { status: "ok", services, indexed, index: None }
    }

    /// The health with the index's figures.
    pub fn with_index(self, index: IndexHealth) -> Self {
        Self { index: Some(index), ..self }
    }
}

/// What went wrong, as a stable code for programs to branch on.
#[derive(Clone, Copy, Debug, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// A parameter (or the whole query string) could not be read.
    InvalidParameter,
    /// The query is longer than the server searches.
    QueryTooLong,
    /// `lang` is not one of the directory's languages.
    UnknownLanguage,
    /// No such service, or no such API route.
    NotFound,
    /// The server failed; the details are in its log, not in the response.
    Internal,
}

impl From<&model::InputError> for ErrorCode {
    fn from(error: &model::InputError) -> Self {
        match error {
            model::InputError::QueryTooLong { .. } => Self::QueryTooLong,
            model::InputError::InvalidParameter { .. } => Self::InvalidParameter,
            model::InputError::UnknownLanguage => Self::UnknownLanguage,
        }
    }
}

/// The body of every API error, whatever its status: `{"error":{"code","message"}}`.
#[derive(Debug, Serialize)]
pub struct ErrorBody {
    error: ErrorDetail,
}

/// The code and a message for a person, in the request's language when it was understood.
#[derive(Debug, Serialize)]
struct ErrorDetail {
    code: ErrorCode,
    message: String,
}

impl ErrorBody {
    pub fn new(code: ErrorCode, message: String) -> Self {
        Self { error: ErrorDetail { code, message } }
    }
}
