//! The files in `content/`: their format (see `content/README.md`) and its validation.
//! Import and the content test both read them through here, so they agree on what is valid.

use holidays::Closure;
use portineria_app::geo::Coordinates;
use portineria_app::lang::Lang;
use portineria_app::requirements::{DocumentKind, Situation};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

pub mod desks;
pub mod editor;
pub mod holidays;
pub mod ids;
pub mod legal;
pub mod merge;
pub mod screening;

/// A human text in several languages, keyed by language code; Italian is required.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
pub struct Texts(pub BTreeMap<String, String>);

impl Texts {
    pub fn get(&self, lang: Lang) -> Option<&str> {
        self.0.get(lang.code()).map(String::as_str).filter(|t| !t.trim().is_empty())
    }

    pub fn italian(&self) -> &str {
        self.get(Lang::It).unwrap_or("")
    }

    /// The text in `lang` for a page, with its status in a file whose other languages have
    /// `status`; Italian, marked as a fallback, where `lang` is missing.
    pub fn shown(&self, lang: Lang, status: FileTranslationStatus) -> portineria_app::model::Text {
        use portineria_app::model::{Text, TranslationStatus};
        match self.get(lang) {
            Some(text) if lang == Lang::It => Text::new(text, TranslationStatus::Source),
            Some(text) if status == FileTranslationStatus::Outdated => Text::outdated(text, self.italian()),
            Some(text) => Text::new(text, status.shown()),
            None => Text::new(self.italian(), TranslationStatus::Fallback),
        }
    }

    /// The languages of the five this text lacks.
    pub fn missing(&self) -> Vec<Lang> {
        Lang::ALL.into_iter().filter(|l| self.get(*l).is_none()).collect()
    }
}

/// The most words an "in short" line should have (a warning above, not a refusal: a partner
/// may need one more word).
pub const IN_SHORT_WORDS: usize = 20;
/// The same for Chinese, which has no spaces between words: characters.
pub const IN_SHORT_CHARS_ZH: usize = 40;

/// How long an "in short" line is in `lang` and how long it may be: words, or for Chinese
/// characters (Han, letters and digits; punctuation does not count).
pub fn in_short_length(text: &str, lang: Lang) -> (usize, usize) {
    if lang == Lang::Zh {
        (text.chars().filter(|c| c.is_alphanumeric()).count(), IN_SHORT_CHARS_ZH)
    } else {
        (text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count(), IN_SHORT_WORDS)
    }
}

/// The key of a text's translation status in [`OrganizationFile::statuses`]: the text's
/// path (`service:slug/name`) and the language.
pub fn status_key(path: &str, lang: Lang) -> String {
    format!("{path}/{}", lang.code())
}

#[derive(Clone, Copy, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum FileTranslationStatus {
    #[default]
    Machine,
    Confirmed,
    /// The Italian changed since this translation was made or confirmed: it may state old
    /// facts (hours, phones) until a partner confirms or rewrites it.
    Outdated,
}

impl FileTranslationStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Machine => "machine",
            Self::Confirmed => "confirmed",
            Self::Outdated => "outdated",
        }
    }

    pub(crate) fn shown(self) -> portineria_app::model::TranslationStatus {
        use portineria_app::model::TranslationStatus;
        match self {
            Self::Machine => TranslationStatus::Machine,
            Self::Confirmed => TranslationStatus::Confirmed,
            Self::Outdated => TranslationStatus::Outdated,
        }
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Taxonomy {
    #[serde(default)]
    pub translations: FileTranslationStatus,
    pub categories: Vec<Category>,
    pub target_groups: Vec<TargetGroup>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub slug: String,
    pub icon: String,
    pub name: Texts,
    pub description: Texts,
    #[serde(default)]
    pub keywords: Texts,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TargetGroup {
    pub slug: String,
    pub name: Texts,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct OrganizationFile {
    #[serde(default)]
    pub translations: FileTranslationStatus,
    pub source: Option<String>,
    pub organization: Organization,
    #[serde(default)]
    pub locations: Vec<Location>,
    #[serde(default)]
    pub programmes: Vec<Programme>,
    #[serde(default)]
    pub services: Vec<Service>,
    #[serde(default)]
    pub events: Vec<Event>,
    /// Translation statuses that differ from `translations`, by text path and language
    /// (`service:slug/name/ar` → `confirmed`): set in the admin area when a partner writes
    /// or confirms a translation.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub statuses: BTreeMap<String, FileTranslationStatus>,
    /// For a text with outdated translations, by text path: the Italian they were made from,
    /// so the editor shows the Italian before and after beside the translation.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub outdated_from: BTreeMap<String, String>,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Organization {
    /// The entry's Open Referral (HSDS) id, when it came with one (an HSDS import keeps the
    /// source's); otherwise [`crate::hsds::ids`] derives it from the slug, the same on every
    /// instance and after every restart.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<uuid::Uuid>,
    pub slug: String,
    pub website: Option<String>,
    pub email: Option<String>,
    #[serde(default)]
    pub phones: Vec<Phone>,
    pub name: Texts,
    pub description: Texts,
    /// A remark for the partner's editors (where a fact comes from, what the source leaves
    /// open): shown in the admin area only, never to families.
    pub editor_note: Option<String>,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Location {
    /// The entry's Open Referral (HSDS) id, when it came with one (an HSDS import keeps the
    /// source's); otherwise [`crate::hsds::ids`] derives it from the slug, the same on every
    /// instance and after every restart.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<uuid::Uuid>,
    pub key: String,
    pub address: Option<String>,
    pub municipality: String,
    /// Where it is on the map (`"45.0703, 7.5211"`): "open in maps", directions, distance.
    pub coordinates: Option<Coordinates>,
    pub name: Option<Texts>,
    pub hours_note: Option<Texts>,
    #[serde(default)]
    pub hours: Vec<Hours>,
    /// Opens on public holidays and the patron-saint day too (most offices close).
    #[serde(default)]
    pub open_on_holidays: bool,
    /// Days it is closed although its hours say open.
    #[serde(default)]
    pub closures: Vec<Closure>,
    /// For editors only (see [`Organization::editor_note`]).
    pub editor_note: Option<String>,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Hours {
    pub days: Vec<String>,
    pub opens: String,
    pub closes: String,
    #[serde(default)]
    pub appointment_only: bool,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Programme {
    /// The entry's Open Referral (HSDS) id, when it came with one (an HSDS import keeps the
    /// source's); otherwise [`crate::hsds::ids`] derives it from the slug, the same on every
    /// instance and after every restart.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<uuid::Uuid>,
    pub slug: String,
    pub start: Option<String>,
    pub end: Option<String>,
    pub website: Option<String>,
    pub email: Option<String>,
    #[serde(default)]
    pub partners: Vec<String>,
    #[serde(default)]
    pub municipalities: Vec<String>,
    /// The social-services district (ambito territoriale) it covers, where the source names
    /// the district but not its comuni.
    pub district: Option<String>,
    pub name: Texts,
    pub summary: Texts,
    pub description: Texts,
    pub funder: Option<Texts>,
    pub beneficiaries: Option<Texts>,
    /// For editors only (see [`Organization::editor_note`]).
    pub editor_note: Option<String>,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Phone {
    pub number: String,
    pub label: Option<Texts>,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Service {
    /// The entry's Open Referral (HSDS) id, when it came with one (an HSDS import keeps the
    /// source's); otherwise [`crate::hsds::ids`] derives it from the slug, the same on every
    /// instance and after every restart.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<uuid::Uuid>,
    pub slug: String,
    pub programme: Option<String>,
    pub status: String,
    pub access: Option<String>,
    #[serde(default)]
    pub categories: Vec<String>,
    #[serde(default)]
    pub target_groups: Vec<String>,
    #[serde(default)]
    pub municipalities: Vec<String>,
    #[serde(default)]
    pub locations: Vec<String>,
    #[serde(default)]
    pub languages: Vec<String>,
    pub website: Option<String>,
    pub email: Option<String>,
    #[serde(default)]
    pub phones: Vec<Phone>,
    /// What the service does, in one line of everyday words (at most
    /// [`IN_SHORT_WORDS`] words): shown first, before everything else.
    pub in_short: Option<Texts>,
    pub name: Texts,
    pub summary: Texts,
    pub description: Texts,
    pub eligibility: Option<Texts>,
    pub how_to_access: Option<Texts>,
    pub cost: Option<Texts>,
    /// Documents to bring from the pictogram list (`DocumentKind` words); `documents` says
    /// the rest in words.
    #[serde(default)]
    pub required_documents: Vec<String>,
    #[serde(default)]
    pub documents: Vec<Texts>,
    /// Who can go by legal situation (`Situation` words); empty when the source does not say.
    #[serde(default)]
    pub who_can_go: Vec<String>,
    /// The district it covers (see [`Programme::district`]).
    pub district: Option<String>,
    /// For editors only (see [`Organization::editor_note`]).
    pub editor_note: Option<String>,
    /// When the service last changed, as an HSDS import gave it; a publication that changes
    /// the service forgets it (then the time of that publication counts). Kept so an export
    /// imported elsewhere exports the same dates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<chrono::DateTime<chrono::Utc>>,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub slug: String,
    pub programme: Option<String>,
    pub audience: String,
    /// `YYYY-MM` (the source gives only the month) or `YYYY-MM-DD`.
    pub date: String,
    pub end_date: Option<String>,
    pub time: Option<String>,
    pub end_time: Option<String>,
    pub municipality: Option<String>,
    /// Key of one of the file's `[[locations]]`, when the event is at that place.
    pub location: Option<String>,
    #[serde(default)]
    pub categories: Vec<String>,
    #[serde(default)]
    pub languages: Vec<String>,
    pub name: Texts,
    pub place: Option<Texts>,
    pub description: Texts,
    /// For editors only (see [`Organization::editor_note`]).
    pub editor_note: Option<String>,
}

impl OrganizationFile {
    /// Forgets the HSDS modification time of every service that a publication changes (the
    /// service itself or a place it is at), so its new time is the publication's; services
    /// it leaves alone keep the time their import gave them.
    pub fn forget_changed_dates(&mut self, before: &OrganizationFile) {
        let undated = |s: &Service| Service { last_modified: None, ..s.clone() };
        let places = |file: &OrganizationFile, s: &Service| -> Vec<Location> {
            file.locations.iter().filter(|l| s.locations.contains(&l.key)).cloned().collect()
        };
        let changed: Vec<bool> = self
            .services
            .iter()
            .map(|s| {
                let old = before.services.iter().find(|b| b.slug == s.slug);
                old.is_none_or(|old| undated(old) != undated(s) || places(before, old) != places(self, s))
            })
            .collect();
        for (service, changed) in self.services.iter_mut().zip(changed) {
            if changed {
                service.last_modified = None;
            }
        }
    }
}

/// Everything in `content/`, parsed.
#[derive(Clone, Debug)]
pub struct ContentSet {
    pub taxonomy: Taxonomy,
    pub taxonomy_sha256: String,
    /// Each organisation file with its path and raw bytes' SHA-256 (to skip unchanged files).
    pub organizations: Vec<(PathBuf, String, OrganizationFile)>,
}

#[derive(Debug, thiserror::Error)]
pub enum ContentError {
    #[error("cannot read {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{path} is not valid: {message}")]
    Parse { path: PathBuf, message: String },
    #[error("content is inconsistent:\n{}", .0.join("\n"))]
    Invalid(Vec<String>),
}

pub const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// 1 = Monday … 7 = Sunday.
pub fn weekday_number(day: &str) -> Option<u8> {
    WEEKDAYS.iter().position(|d| *d == day).map(|i| i as u8 + 1)
}

fn read(path: &Path) -> Result<(Vec<u8>, String), ContentError> {
    let bytes = std::fs::read(path).map_err(|source| ContentError::Read { path: path.to_path_buf(), source })?;
    let text = String::from_utf8(bytes.clone())
        .map_err(|_| ContentError::Parse { path: path.to_path_buf(), message: "not UTF-8".into() })?;
    Ok((bytes, text))
}

/// Reads and parses one TOML file of `content/`.
pub fn read_toml<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, ContentError> {
    let (_, text) = read(path)?;
    parse(path, &text)
}

fn parse<T: serde::de::DeserializeOwned>(path: &Path, text: &str) -> Result<T, ContentError> {
    toml::from_str(text).map_err(|e| ContentError::Parse { path: path.to_path_buf(), message: e.to_string() })
}

/// The search thesaurus's file name in `content/` (read by [`crate::search::Thesaurus`]).
pub const THESAURUS_FILE: &str = "thesaurus.toml";

/// Reads `taxonomy.toml`: the taxonomy and its raw bytes' SHA-256.
pub fn read_taxonomy(dir: &Path) -> Result<(Taxonomy, String), ContentError> {
    let path = dir.join("taxonomy.toml");
    let (bytes, text) = read(&path)?;
    let taxonomy: Taxonomy = parse(&path, &text)?;
    let problems = check_taxonomy(&taxonomy);
    if !problems.is_empty() {
        return Err(ContentError::Invalid(problems));
    }
    Ok((taxonomy, sha256(&bytes)))
}

/// The folder of `content/` that holds one file per organisation: nothing else lives there,
/// so the reader needs to know no other file of `content/`.
pub const ORGANIZATIONS_DIR: &str = "organizations";

/// The organisation files: every `*.toml` in [`ORGANIZATIONS_DIR`], in name order.
pub fn organization_paths(dir: &Path) -> Result<Vec<PathBuf>, ContentError> {
    let dir = dir.join(ORGANIZATIONS_DIR);
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|source| ContentError::Read { path: dir.clone(), source })?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    Ok(paths)
}

/// A file's raw bytes' SHA-256, to skip unchanged files before parsing them.
pub fn file_hash(path: &Path) -> Result<String, ContentError> {
    Ok(sha256(&read(path)?.0))
}

/// Reads and parses one organisation file (not yet checked).
pub fn read_organization(path: &Path) -> Result<OrganizationFile, ContentError> {
    let (_, text) = read(path)?;
    parse(path, &text)
}

/// Reads, parses and checks the whole of `content/` at once: for the content test and
/// tools. The importer goes file by file instead (see [`crate::write::import`]), so a directory of
/// 100,000 services is never held in memory. It does not require every translation (see
/// [`missing_translations`]), because a missing one falls back to Italian.
pub fn load_dir(dir: &Path) -> Result<ContentSet, ContentError> {
    let (taxonomy, taxonomy_sha256) = read_taxonomy(dir)?;
    let mut organizations = Vec::new();
    for path in organization_paths(dir)? {
        let hash = file_hash(&path)?;
        let file = read_organization(&path)?;
        organizations.push((path, hash, file));
    }
    let set = ContentSet { taxonomy, taxonomy_sha256, organizations };
    let problems = check(&set);
    if problems.is_empty() {
        Ok(set)
    } else {
        Err(ContentError::Invalid(problems))
    }
}

pub(crate) fn sha256(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(bytes))
}

pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 100
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

pub fn is_time(s: &str) -> bool {
    let Some((h, m)) = s.split_once(':') else {
        return false;
    };
    h.len() == 2 && m.len() == 2 && h.parse::<u8>().is_ok_and(|h| h < 24) && m.parse::<u8>().is_ok_and(|m| m < 60)
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
pub fn is_partial_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let year_ok = parts.first().is_some_and(|y| y.len() == 4 && y.parse::<u16>().is_ok());
    let month_ok = parts.get(1).is_none_or(|m| m.len() == 2 && m.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m)));
    let day_ok = parts.get(2).is_none_or(|d| d.len() == 2 && d.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d)));
    parts.len() <= 3 && year_ok && month_ok && day_ok
}

/// Every structural problem in the content, as readable lines: each file's own problems
/// and slugs used twice across files.
fn check(set: &ContentSet) -> Vec<String> {
    let mut problems = Vec::new();
    let mut seen = HashSet::new();
    for (path, _, file) in &set.organizations {
        problems.extend(check_organization(&set.taxonomy, path, file));
        let slugs = std::iter::once(("organization", &file.organization.slug))
            .chain(file.programmes.iter().map(|p| ("programme", &p.slug)))
            .chain(file.services.iter().map(|s| ("service", &s.slug)))
            .chain(file.events.iter().map(|e| ("event", &e.slug)));
        for (kind, slug) in slugs {
            if !seen.insert((kind, slug.as_str())) {
                problems.push(format!("{kind} {slug:?} appears twice"));
            }
        }
    }
    problems
}

/// The words of a list of choices that are not among them, or given twice.
fn check_choices(here: &str, what: &str, words: &[String], known: impl Fn(&str) -> bool) -> Vec<String> {
    let mut seen = HashSet::new();
    words
        .iter()
        .filter_map(|w| {
            if !known(w) {
                Some(format!("{here}: unknown {what} {w:?}"))
            } else if !seen.insert(w) {
                Some(format!("{here}: {what} {w:?} given twice"))
            } else {
                None
            }
        })
        .collect()
}

fn check_taxonomy(taxonomy: &Taxonomy) -> Vec<String> {
    let categories = taxonomy.categories.iter().map(|c| c.slug.as_str());
    let groups = taxonomy.target_groups.iter().map(|g| g.slug.as_str());
    categories.chain(groups).filter(|slug| !is_slug(slug)).map(|slug| format!("taxonomy: bad slug {slug:?}")).collect()
}

/// The problems of one organisation file on its own (the importer checks each file it
/// imports; the database refuses a slug another file already uses).
pub fn check_organization(taxonomy: &Taxonomy, path: &Path, file: &OrganizationFile) -> Vec<String> {
    let mut problems = Vec::new();
    let categories: HashSet<&str> = taxonomy.categories.iter().map(|c| c.slug.as_str()).collect();
    let groups: HashSet<&str> = taxonomy.target_groups.iter().map(|g| g.slug.as_str()).collect();
    let mut seen = HashSet::new();
    let mut unique = |kind: &str, slug: &str, problems: &mut Vec<String>| {
        if !is_slug(slug) {
            problems.push(format!("{kind} {slug:?}: slug must be lowercase a-z, 0-9 and '-'"));
        }
        if !seen.insert((kind.to_string(), slug.to_string())) {
            problems.push(format!("{kind} {slug:?} appears twice"));
        }
    };
    let at = path.display();
    let org = &file.organization;
    unique("organization", &org.slug, &mut problems);
    for t in [&org.name, &org.description] {
        if t.get(Lang::It).is_none() {
            problems.push(format!("{at}: organization text without Italian"));
        }
    }
    let location_keys: HashSet<&str> = file.locations.iter().map(|l| l.key.as_str()).collect();
    for location in &file.locations {
        for h in &location.hours {
            if !is_time(&h.opens) || !is_time(&h.closes) || h.opens >= h.closes {
                problems.push(format!("{at}: location {}: bad hours {}-{}", location.key, h.opens, h.closes));
            }
            for day in &h.days {
                if weekday_number(day).is_none() {
                    problems.push(format!("{at}: location {}: unknown day {day:?}", location.key));
                }
            }
        }
    }
    let programme_slugs: HashSet<&str> = file.programmes.iter().map(|p| p.slug.as_str()).collect();
    for p in &file.programmes {
        unique("programme", &p.slug, &mut problems);
        for date in p.start.iter().chain(p.end.iter()) {
            if !is_partial_date(date) {
                problems.push(format!("{at}: programme {}: bad date {date:?}", p.slug));
            }
        }
    }
    for s in &file.services {
        unique("service", &s.slug, &mut problems);
        let here = format!("{at}: service {}", s.slug);
        if portineria_app::model::ServiceStatus::parse(&s.status).is_none() {
            problems.push(format!("{here}: unknown status {:?}", s.status));
        }
        if let Some(access) = &s.access {
            if portineria_app::model::AccessMode::parse(access).is_none() {
                problems.push(format!("{here}: unknown access {access:?}"));
            }
        }
        if let Some(p) = &s.programme {
            if !programme_slugs.contains(p.as_str()) {
                problems.push(format!("{here}: unknown programme {p:?}"));
            }
        }
        for c in &s.categories {
            if !categories.contains(c.as_str()) {
                problems.push(format!("{here}: unknown category {c:?}"));
            }
        }
        for g in &s.target_groups {
            if !groups.contains(g.as_str()) {
                problems.push(format!("{here}: unknown target group {g:?}"));
            }
        }
        for l in &s.locations {
            if !location_keys.contains(l.as_str()) {
                problems.push(format!("{here}: unknown location {l:?}"));
            }
        }
        problems.extend(check_choices(&here, "document", &s.required_documents, |w| DocumentKind::parse(w).is_some()));
        problems.extend(check_choices(&here, "situation", &s.who_can_go, |w| Situation::parse(w).is_some()));
        for (list, alone) in
            [(&s.required_documents, DocumentKind::NothingNeeded.as_str()), (&s.who_can_go, Situation::Anyone.as_str())]
        {
            if list.len() > 1 && list.iter().any(|w| w == alone) {
                problems.push(format!("{here}: {alone:?} goes with no other choice"));
            }
        }
        for t in [&s.name, &s.summary, &s.description] {
            if t.get(Lang::It).is_none() {
                problems.push(format!("{here}: text without Italian"));
            }
        }
    }
    for e in &file.events {
        unique("event", &e.slug, &mut problems);
        let here = format!("{at}: event {}", e.slug);
        if portineria_app::model::Audience::parse(&e.audience).is_none() {
            problems.push(format!("{here}: unknown audience {:?}", e.audience));
        }
        let day_or_month = |d: &str| is_partial_date(d) && d.len() >= 7;
        for date in std::iter::once(&e.date).chain(e.end_date.iter()) {
            if !day_or_month(date) {
                problems.push(format!("{here}: date {date:?} must be YYYY-MM or YYYY-MM-DD"));
            }
        }
        if e.end_date.as_ref().is_some_and(|end| *end < e.date) {
            problems.push(format!("{here}: ends before it starts"));
        }
        for time in e.time.iter().chain(e.end_time.iter()) {
            if !is_time(time) {
                problems.push(format!("{here}: bad time {time:?}"));
            }
        }
        if e.programme.as_ref().is_some_and(|p| !programme_slugs.contains(p.as_str())) {
            problems.push(format!("{here}: unknown programme"));
        }
        if e.location.as_ref().is_some_and(|l| !location_keys.contains(l.as_str())) {
            problems.push(format!("{here}: unknown location"));
        }
        for c in e.categories.iter().filter(|c| !categories.contains(c.as_str())) {
            problems.push(format!("{here}: unknown category {c:?}"));
        }
        for l in e.languages.iter().filter(|l| !is_language_code(l)) {
            problems.push(format!("{here}: bad language code {l:?}"));
        }
        if e.name.get(Lang::It).is_none() || e.description.get(Lang::It).is_none() {
            problems.push(format!("{here}: text without Italian"));
        }
    }
    problems
}

/// An ISO 639-1 code (two lowercase letters).
fn is_language_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase())
}

/// Every text of the content that lacks one of the five languages, as readable lines.
pub fn missing_translations(set: &ContentSet) -> Vec<String> {
    let mut missing = Vec::new();
    let mut need = |place: String, texts: &Texts| {
        for lang in Lang::ALL {
            if texts.get(lang).is_none() {
                missing.push(format!("{place}: missing {lang}"));
            }
        }
    };
    for c in &set.taxonomy.categories {
        need(format!("category {}", c.slug), &c.name);
        need(format!("category {} description", c.slug), &c.description);
    }
    for g in &set.taxonomy.target_groups {
        need(format!("target group {}", g.slug), &g.name);
    }
    for (path, _, file) in &set.organizations {
        let at = path.display().to_string();
        need(format!("{at}: organization name"), &file.organization.name);
        need(format!("{at}: organization description"), &file.organization.description);
        for l in &file.locations {
            for t in l.name.iter().chain(l.hours_note.iter()) {
                need(format!("{at}: location {}", l.key), t);
            }
        }
        for p in &file.programmes {
            for t in
                [&p.name, &p.summary, &p.description].into_iter().chain(p.funder.iter()).chain(p.beneficiaries.iter())
            {
                need(format!("{at}: programme {}", p.slug), t);
            }
        }
        for s in &file.services {
            let texts = [&s.name, &s.summary, &s.description]
                .into_iter()
                .chain(s.eligibility.iter())
                .chain(s.how_to_access.iter())
                .chain(s.cost.iter())
                .chain(s.documents.iter())
                .chain(s.phones.iter().filter_map(|p| p.label.as_ref()));
            for t in texts {
                need(format!("{at}: service {}", s.slug), t);
            }
        }
        for e in &file.events {
            for t in [&e.name, &e.description].into_iter().chain(e.place.iter()) {
                need(format!("{at}: event {}", e.slug), t);
            }
        }
    }
    missing
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_times_and_dates() {
        assert!(is_slug("roma-ufficio-immigrazione"));
        assert!(!is_slug("Roma") && !is_slug("a b") && !is_slug("-a") && !is_slug(""));
        assert!(is_time("09:00") && !is_time("9:00") && !is_time("24:00"));
        assert!(is_partial_date("2025") && is_partial_date("2025-05") && is_partial_date("2009-11-06"));
        assert!(!is_partial_date("2025-13") && !is_partial_date("25-05") && !is_partial_date("2025-05-06-07"));
    }
}
