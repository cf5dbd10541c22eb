//! Editing organisation documents, without HTTP: which fields each kind of entry has,
//! an entry as form values and back (with a message per field), where entries live in a
//! document, what changed between two versions, and how complete each language is.
//!
//! Entries are handled as JSON values of the content format, so the editor, the stored
//! revisions and the content files share one shape and one validation.

use crate::content::{self, FileTranslationStatus, OrganizationFile};
use portineria_app::lang::Lang;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The kinds of entry of an organisation's document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Organization,
    Location,
    Programme,
    Service,
    Event,
}

/// What a field holds, and so how it is shown and read back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    /// The entry's slug (or a location's key): chosen once, then fixed (URLs and QR codes
    /// point at it).
    Id,
    Line(Check),
    /// A text in the five languages.
    Texts {
        multiline: bool,
    },
    /// A list of texts in the five languages, one per line (documents to bring).
    TextsList,
    Choice(Options),
    Multi(Options),
    /// A list of names, one per line (partners, comuni).
    Lines,
    Phones,
    Hours,
}

/// How a one-line field is checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Check {
    Text,
    Url,
    Email,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    Date,
    /// `YYYY-MM` or `YYYY-MM-DD`.
    DayOrMonth,
    Time,
}

/// Where a choice's options come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Options {
    Status,
    Access,
    Audience,
    Categories,
    TargetGroups,
    Languages,
    /// The document's own locations.
    Locations,
    /// The document's own programmes.
    Programmes,
}

#[derive(Clone, Copy, Debug)]
pub struct Field {
    pub name: &'static str,
    pub kind: FieldKind,
    pub required: bool,
}

const fn field(name: &'static str, kind: FieldKind, required: bool) -> Field {
    Field { name, kind, required }
}

use FieldKind::*;

const ORGANIZATION: &[Field] = &[
    field("slug", Id, true),
    field("name", Texts { multiline: false }, true),
    field("description", Texts { multiline: true }, true),
    field("website", Line(Check::Url), false),
    field("email", Line(Check::Email), false),
    field("phones", Phones, false),
];

const LOCATION: &[Field] = &[
    field("key", Id, true),
    field("name", Texts { multiline: false }, false),
    field("address", Line(Check::Text), false),
    field("municipality", Line(Check::Text), true),
    field("hours", Hours, false),
    field("hours_note", Texts { multiline: true }, false),
];

const PROGRAMME: &[Field] = &[
    field("slug", Id, true),
    field("name", Texts { multiline: false }, true),
    field("summary", Texts { multiline: true }, true),
    field("description", Texts { multiline: true }, true),
    field("start", Line(Check::Date), false),
    field("end", Line(Check::Date), false),
    field("funder", Texts { multiline: false }, false),
    field("partners", Lines, false),
    field("beneficiaries", Texts { multiline: true }, false),
    field("municipalities", Lines, false),
    field("website", Line(Check::Url), false),
    field("email", Line(Check::Email), false),
];

const SERVICE: &[Field] = &[
    field("slug", Id, true),
    field("name", Texts { multiline: false }, true),
    field("summary", Texts { multiline: true }, true),
    field("description", Texts { multiline: true }, true),
    field("status", Choice(Options::Status), true),
    field("access", Choice(Options::Access), false),
    field("programme", Choice(Options::Programmes), false),
    field("categories", Multi(Options::Categories), false),
    field("target_groups", Multi(Options::TargetGroups), false),
    field("eligibility", Texts { multiline: true }, false),
    field("how_to_access", Texts { multiline: true }, false),
    field("documents", TextsList, false),
    field("cost", Texts { multiline: false }, false),
    field("languages", Multi(Options::Languages), false),
    field("locations", Multi(Options::Locations), false),
    field("municipalities", Lines, false),
    field("website", Line(Check::Url), false),
    field("email", Line(Check::Email), false),
    field("phones", Phones, false),
];

const EVENT: &[Field] = &[
    field("slug", Id, true),
    field("name", Texts { multiline: false }, true),
    field("description", Texts { multiline: true }, true),
    field("audience", Choice(Options::Audience), true),
    field("date", Line(Check::DayOrMonth), true),
    field("end_date", Line(Check::DayOrMonth), false),
    field("time", Line(Check::Time), false),
    field("end_time", Line(Check::Time), false),
    field("place", Texts { multiline: false }, false),
    field("location", Choice(Options::Locations), false),
    field("municipality", Line(Check::Text), false),
    field("programme", Choice(Options::Programmes), false),
    field("categories", Multi(Options::Categories), false),
    field("languages", Multi(Options::Languages), false),
];

/// Languages a desk may speak, by ISO 639-1 code (each has a `language-name-…` message).
pub const DESK_LANGUAGES: [&str; 8] = ["it", "ro", "ar", "sq", "zh", "en", "fr", "es"];
/// Rows for new phones and opening hours under the existing ones.
pub const BLANK_ROWS: usize = 2;
/// The longest one-line value and the longest text accepted.
pub const MAX_LINE_CHARS: usize = 500;
pub const MAX_TEXT_CHARS: usize = 10_000;
const MAX_ROWS: usize = 50;

impl Kind {
    /// The kinds listed on an organisation's page, in that order.
    pub const LISTED: [Kind; 4] = [Kind::Service, Kind::Programme, Kind::Location, Kind::Event];

    /// The URL segment, which is also the document's key for the list of such entries.
    pub fn segment(self) -> &'static str {
        match self {
            Kind::Organization => "organization",
            Kind::Location => "locations",
            Kind::Programme => "programmes",
            Kind::Service => "services",
            Kind::Event => "events",
        }
    }

    pub fn from_segment(segment: &str) -> Option<Kind> {
        [Kind::Organization, Kind::Location, Kind::Programme, Kind::Service, Kind::Event]
            .into_iter()
            .find(|k| k.segment() == segment)
    }

    pub fn fields(self) -> &'static [Field] {
        match self {
            Kind::Organization => ORGANIZATION,
            Kind::Location => LOCATION,
            Kind::Programme => PROGRAMME,
            Kind::Service => SERVICE,
            Kind::Event => EVENT,
        }
    }

    /// The field that names an entry: a location's `key`, everyone else's `slug`.
    pub fn id_key(self) -> &'static str {
        if self == Kind::Location {
            "key"
        } else {
            "slug"
        }
    }

    /// The entry's name in text paths and audit lines: `service:slug`, `organization`.
    pub fn owner(self, id: &str) -> String {
        match self {
            Kind::Organization => "organization".into(),
            Kind::Location => format!("location:{id}"),
            Kind::Programme => format!("programme:{id}"),
            Kind::Service => format!("service:{id}"),
            Kind::Event => format!("event:{id}"),
        }
    }

    /// The entry as diffs and revision summaries name it: `services[slug]`, `organization`.
    pub fn entry_key(self, id: &str) -> String {
        match self {
            Kind::Organization => "organization".into(),
            _ => format!("{}[{id}]", self.segment()),
        }
    }

    /// Whether the public site has a page for such an entry (for previews).
    pub fn public_segment(self) -> Option<&'static str> {
        match self {
            Kind::Organization => Some("organizations"),
            Kind::Programme => Some("programmes"),
            Kind::Service => Some("services"),
            Kind::Location | Kind::Event => None,
        }
    }
}

#[derive(Debug, thiserror::Error)]
#[error("document does not fit the content format: {0}")]
pub struct ShapeError(String);

fn to_value(doc: &OrganizationFile) -> Result<Value, ShapeError> {
    serde_json::to_value(doc).map_err(|e| ShapeError(e.to_string()))
}

fn from_value(value: Value) -> Result<OrganizationFile, ShapeError> {
    serde_json::from_value(value).map_err(|e| ShapeError(e.to_string()))
}

/// The entries of one kind: (id, the entry as JSON).
pub fn entries(doc: &OrganizationFile, kind: Kind) -> Result<Vec<(String, Value)>, ShapeError> {
    let value = to_value(doc)?;
    if kind == Kind::Organization {
        let org = value["organization"].clone();
        return Ok(vec![(org["slug"].as_str().unwrap_or_default().to_string(), org)]);
    }
    Ok(value[kind.segment()]
        .as_array()
        .map(|items| {
            items.iter().map(|e| (e[kind.id_key()].as_str().unwrap_or_default().to_string(), e.clone())).collect()
        })
        .unwrap_or_default())
}

pub fn entry(doc: &OrganizationFile, kind: Kind, id: &str) -> Result<Option<Value>, ShapeError> {
    Ok(entries(doc, kind)?.into_iter().find(|(i, _)| i == id).map(|(_, e)| e))
}

/// The document with the entry `id` replaced by `new` (appended when `id` is `None`), or
/// removed when `new` is `None`.
pub fn with_entry(
    doc: &OrganizationFile,
    kind: Kind,
    id: Option<&str>,
    new: Option<Value>,
) -> Result<OrganizationFile, ShapeError> {
    let mut value = to_value(doc)?;
    if kind == Kind::Organization {
        if let Some(new) = new {
            value["organization"] = new;
        }
        return from_value(value);
    }
    let key = kind.id_key();
    let list = value[kind.segment()].as_array_mut().ok_or_else(|| ShapeError("list missing".into()))?;
    let position = id.and_then(|id| list.iter().position(|e| e[key].as_str() == Some(id)));
    match (position, new) {
        (Some(i), Some(new)) => list[i] = new,
        (Some(i), None) => {
            list.remove(i);
        }
        (None, Some(new)) => list.push(new),
        (None, None) => {}
    }
    from_value(value)
}

/// A fingerprint of an entry as it was shown in a form: a save based on another version
/// is a conflict.
pub fn fingerprint(entry: Option<&Value>) -> String {
    match entry {
        None => "new".into(),
        Some(e) => super::sha256(e.to_string().as_bytes()),
    }
}

/// Form values by field name (a multiple choice has several).
pub type FormValues = HashMap<String, Vec<String>>;

pub fn first<'a>(form: &'a FormValues, name: &str) -> &'a str {
    form.get(name).and_then(|v| v.first()).map(String::as_str).unwrap_or("")
}

fn set(form: &mut FormValues, name: String, value: impl Into<String>) {
    form.insert(name, vec![value.into()]);
}

/// The entry's values as its form shows them.
pub fn to_form(kind: Kind, entry: &Value) -> FormValues {
    let mut form = FormValues::new();
    for f in kind.fields() {
        let v = &entry[f.name];
        let name = f.name.to_string();
        match f.kind {
            Id => set(&mut form, name, entry[kind.id_key()].as_str().unwrap_or_default()),
            Line(_) | Choice(_) => set(&mut form, name, v.as_str().unwrap_or_default()),
            Texts { .. } => {
                for lang in Lang::ALL {
                    set(&mut form, format!("{name}.{lang}"), v[lang.code()].as_str().unwrap_or_default());
                }
            }
            TextsList => {
                for lang in Lang::ALL {
                    let lines: Vec<&str> =
                        list(v).iter().map(|t| t[lang.code()].as_str().unwrap_or_default()).collect();
                    set(&mut form, format!("{name}.{lang}"), lines.join("\n"));
                }
            }
            Multi(_) => {
                form.insert(name, list(v).iter().filter_map(|s| s.as_str().map(String::from)).collect());
            }
            Lines => {
                let lines: Vec<&str> = list(v).iter().filter_map(Value::as_str).collect();
                set(&mut form, name, lines.join("\n"));
            }
            Phones => {
                for (i, phone) in list(v).iter().enumerate() {
                    set(&mut form, format!("phones.{i}.number"), phone["number"].as_str().unwrap_or_default());
                    for lang in Lang::ALL {
                        let label = phone["label"][lang.code()].as_str().unwrap_or_default();
                        set(&mut form, format!("phones.{i}.label.{lang}"), label);
                    }
                }
            }
            Hours => {
                for (i, hours) in list(v).iter().enumerate() {
                    let days = list(&hours["days"]).iter().filter_map(|d| d.as_str().map(String::from)).collect();
                    form.insert(format!("hours.{i}.days"), days);
                    set(&mut form, format!("hours.{i}.opens"), hours["opens"].as_str().unwrap_or_default());
                    set(&mut form, format!("hours.{i}.closes"), hours["closes"].as_str().unwrap_or_default());
                    if hours["appointment_only"].as_bool() == Some(true) {
                        set(&mut form, format!("hours.{i}.appointment"), "on");
                    }
                }
            }
        }
    }
    form
}

fn list(v: &Value) -> &[Value] {
    v.as_array().map(Vec::as_slice).unwrap_or_default()
}

/// How many rows of phones or hours a form holds.
pub fn rows(form: &FormValues, prefix: &str) -> usize {
    form.keys()
        .filter_map(|k| k.strip_prefix(prefix)?.strip_prefix('.')?.split('.').next()?.parse::<usize>().ok())
        .map(|i| i + 1)
        .max()
        .unwrap_or(0)
        .min(MAX_ROWS)
}

/// Per-field messages (field name → message id) of a form that cannot be saved.
pub type FieldErrors = BTreeMap<String, &'static str>;

/// What a form's choices may hold, from the taxonomy and the document.
pub struct Choices {
    pub categories: Vec<String>,
    pub target_groups: Vec<String>,
    pub locations: Vec<String>,
    pub programmes: Vec<String>,
}

impl Choices {
    pub fn new(taxonomy: &content::Taxonomy, doc: &OrganizationFile) -> Self {
        Choices {
            categories: taxonomy.categories.iter().map(|c| c.slug.clone()).collect(),
            target_groups: taxonomy.target_groups.iter().map(|g| g.slug.clone()).collect(),
            locations: doc.locations.iter().map(|l| l.key.clone()).collect(),
            programmes: doc.programmes.iter().map(|p| p.slug.clone()).collect(),
        }
    }

    pub fn values(&self, options: Options) -> Vec<String> {
        let fixed = |v: &[&str]| v.iter().map(|s| s.to_string()).collect();
        match options {
            Options::Status => fixed(&["active", "suspended", "ended"]),
            Options::Access => fixed(&["walk-in", "appointment", "referral"]),
            Options::Audience => fixed(&["public", "professionals"]),
            Options::Languages => fixed(&DESK_LANGUAGES),
            Options::Categories => self.categories.clone(),
            Options::TargetGroups => self.target_groups.clone(),
            Options::Locations => self.locations.clone(),
            Options::Programmes => self.programmes.clone(),
        }
    }
}

/// One address, `local@domain.tld`, without spaces.
pub fn is_email(value: &str) -> bool {
    let mut parts = value.split('@');
    let (local, domain) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    parts.next().is_none()
        && !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !value.contains(char::is_whitespace)
}

fn checked_line(value: &str, check: Check) -> Result<(), &'static str> {
    let ok = match check {
        Check::Text => true,
        Check::Url => {
            (value.starts_with("https://") || value.starts_with("http://"))
                && value.len() > 10
                && !value.contains(char::is_whitespace)
        }
        Check::Email => is_email(value),
        Check::Date => content::is_partial_date(value),
        Check::DayOrMonth => content::is_partial_date(value) && value.len() >= 7,
        Check::Time => content::is_time(value),
    };
    if ok {
        Ok(())
    } else {
        Err(match check {
            Check::Text => "admin-error-invalid",
            Check::Url => "admin-error-url",
            Check::Email => "admin-error-email",
            Check::Date => "admin-error-date",
            Check::DayOrMonth => "admin-error-day-or-month",
            Check::Time => "admin-error-time",
        })
    }
}

fn is_phone(number: &str) -> bool {
    number.chars().filter(char::is_ascii_digit).count() >= 3
        && number.chars().all(|c| c.is_ascii_digit() || " +-/().".contains(c))
}

/// A text field's languages, with the length checked; `None` when it is empty.
fn texts(form: &FormValues, name: &str, errors: &mut FieldErrors) -> Option<Value> {
    let mut map = Map::new();
    for lang in Lang::ALL {
        let text = first(form, &format!("{name}.{lang}")).trim();
        if text.chars().count() > MAX_TEXT_CHARS {
            errors.insert(format!("{name}.{lang}"), "admin-error-too-long");
        } else if !text.is_empty() {
            map.insert(lang.code().to_string(), Value::String(text.replace("\r\n", "\n")));
        }
    }
    (!map.is_empty()).then_some(Value::Object(map))
}

/// Reads an entry back from its form: the entry, or every field's message. `taken` holds
/// the ids other entries of the kind already use (a new entry's id must be free).
pub fn from_form(
    kind: Kind,
    form: &FormValues,
    choices: &Choices,
    fixed_id: Option<&str>,
    taken: &[String],
) -> Result<Value, FieldErrors> {
    let mut errors = FieldErrors::new();
    let mut entry = Map::new();
    for f in kind.fields() {
        let name = f.name;
        let value = match f.kind {
            Id => {
                let id = fixed_id.map(str::to_string).unwrap_or_else(|| first(form, name).trim().to_string());
                if !content::is_slug(&id) {
                    errors.insert(name.into(), "admin-error-slug");
                } else if fixed_id.is_none() && taken.contains(&id) {
                    errors.insert(name.into(), "admin-error-slug-taken");
                }
                entry.insert(kind.id_key().into(), Value::String(id));
                continue;
            }
            Line(check) => {
                let v = first(form, name).trim();
                if v.is_empty() {
                    Value::Null
                } else if v.chars().count() > MAX_LINE_CHARS {
                    errors.insert(name.into(), "admin-error-too-long");
                    Value::Null
                } else {
                    if let Err(message) = checked_line(v, check) {
                        errors.insert(name.into(), message);
                    }
                    Value::String(v.into())
                }
            }
            Texts { .. } => {
                let v = texts(form, name, &mut errors);
                let italian = format!("{name}.it");
                if f.required && v.as_ref().is_none_or(|t| t[Lang::It.code()].is_null()) {
                    errors.entry(italian).or_insert("admin-error-required-italian");
                } else if v.as_ref().is_some_and(|t| t[Lang::It.code()].is_null()) {
                    errors.entry(italian).or_insert("admin-error-italian-first");
                }
                v.unwrap_or(Value::Null)
            }
            TextsList => {
                let per_lang: Vec<(Lang, Vec<String>)> = Lang::ALL
                    .into_iter()
                    .map(|lang| {
                        let lines = first(form, &format!("{name}.{lang}"))
                            .lines()
                            .map(str::trim)
                            .filter(|l| !l.is_empty())
                            .map(String::from)
                            .collect();
                        (lang, lines)
                    })
                    .collect();
                let count = per_lang[0].1.len();
                let mut items = vec![Map::new(); count.min(MAX_ROWS)];
                for (lang, lines) in &per_lang {
                    if !lines.is_empty() && lines.len() != count {
                        errors.insert(format!("{name}.{lang}"), "admin-error-lines-mismatch");
                        continue;
                    }
                    for (item, line) in items.iter_mut().zip(lines) {
                        if line.chars().count() > MAX_LINE_CHARS {
                            errors.insert(format!("{name}.{lang}"), "admin-error-too-long");
                        }
                        item.insert(lang.code().into(), Value::String(line.clone()));
                    }
                }
                Value::Array(items.into_iter().map(Value::Object).collect())
            }
            Choice(options) => {
                let v = first(form, name).trim();
                if v.is_empty() {
                    if f.required {
                        errors.insert(name.into(), "admin-error-required");
                    }
                    Value::Null
                } else {
                    if !choices.values(options).iter().any(|o| o == v) {
                        errors.insert(name.into(), "admin-error-choice");
                    }
                    Value::String(v.into())
                }
            }
            Multi(options) => {
                let allowed = choices.values(options);
                let mut picked = BTreeSet::new();
                for v in form.get(name).into_iter().flatten() {
                    if allowed.contains(v) {
                        picked.insert(v.clone());
                    } else {
                        errors.insert(name.into(), "admin-error-choice");
                    }
                }
                // In the options' order, which is the taxonomy's.
                Value::Array(allowed.into_iter().filter(|o| picked.contains(o)).map(Value::String).collect())
            }
            Lines => {
                let lines: Vec<Value> = first(form, name)
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .take(MAX_ROWS)
                    .map(|l| Value::String(l.into()))
                    .collect();
                if lines.iter().any(|l| l.as_str().is_some_and(|l| l.chars().count() > MAX_LINE_CHARS)) {
                    errors.insert(name.into(), "admin-error-too-long");
                }
                Value::Array(lines)
            }
            Phones => {
                let mut phones = Vec::new();
                for i in 0..rows(form, "phones") {
                    let number = first(form, &format!("phones.{i}.number")).trim();
                    let label = texts(form, &format!("phones.{i}.label"), &mut errors);
                    if number.is_empty() && label.is_none() {
                        continue;
                    }
                    if !is_phone(number) {
                        errors.insert(format!("phones.{i}.number"), "admin-error-phone");
                    }
                    phones.push(serde_json::json!({ "number": number, "label": label }));
                }
                Value::Array(phones)
            }
            Hours => {
                let mut all = Vec::new();
                for i in 0..rows(form, "hours") {
                    let days: Vec<String> = form.get(&format!("hours.{i}.days")).cloned().unwrap_or_default();
                    let opens = first(form, &format!("hours.{i}.opens")).trim();
                    let closes = first(form, &format!("hours.{i}.closes")).trim();
                    if days.is_empty() && opens.is_empty() && closes.is_empty() {
                        continue;
                    }
                    let days_ok = !days.is_empty() && days.iter().all(|d| content::weekday_number(d).is_some());
                    if !days_ok || !content::is_time(opens) || !content::is_time(closes) || opens >= closes {
                        errors.insert(format!("hours.{i}"), "admin-error-hours");
                    }
                    let appointment = !first(form, &format!("hours.{i}.appointment")).is_empty();
                    let days: Vec<String> = content::WEEKDAYS
                        .iter()
                        .filter(|d| days.contains(&d.to_string()))
                        .map(|d| d.to_string())
                        .collect();
                    all.push(serde_json::json!({ "days": days, "opens": opens, "closes": closes, "appointment_only": appointment }));
                }
                Value::Array(all)
            }
        };
        if f.required && value.is_null() && !errors.keys().any(|k| k.starts_with(name)) {
            errors.insert(name.into(), "admin-error-required");
        }
        entry.insert(name.into(), value);
    }
    let before = |a: &str, b: &str| {
        let (x, y) = (&entry[a], &entry[b]);
        x.as_str().zip(y.as_str()).is_some_and(|(x, y)| y < x)
    };
    match kind {
        Kind::Programme if before("start", "end") => {
            errors.insert("end".into(), "admin-error-end-before-start");
        }
        Kind::Event if before("date", "end_date") => {
            errors.insert("end_date".into(), "admin-error-end-before-start");
        }
        _ => {}
    }
    if errors.is_empty() {
        Ok(Value::Object(entry))
    } else {
        Err(errors)
    }
}

/// The paths of an entry's texts (`service:slug/name`, `service:slug/documents.0`) with
/// each text.
pub fn text_paths(kind: Kind, entry: &Value) -> Vec<(String, Value)> {
    let owner = kind.owner(entry[kind.id_key()].as_str().unwrap_or_default());
    let mut paths = Vec::new();
    for f in kind.fields() {
        let v = &entry[f.name];
        match f.kind {
            Texts { .. } if !v.is_null() => paths.push((format!("{owner}/{}", f.name), v.clone())),
            TextsList => {
                for (i, t) in list(v).iter().enumerate() {
                    paths.push((format!("{owner}/{}.{i}", f.name), t.clone()));
                }
            }
            Phones => {
                for (i, p) in list(v).iter().enumerate().filter(|(_, p)| !p["label"].is_null()) {
                    paths.push((format!("{owner}/phones.{i}"), p["label"].clone()));
                }
            }
            _ => {}
        }
    }
    paths
}

/// The translation status of a text in a language.
pub fn status(doc: &OrganizationFile, path: &str, lang: Lang) -> &'static str {
    if lang == Lang::It {
        return "source";
    }
    doc.statuses.get(&content::status_key(path, lang)).copied().unwrap_or(doc.translations).as_str()
}

/// After an entry changed from `old` to `new`: a translation a partner wrote (changed or
/// added) counts as confirmed; statuses of texts that are gone are dropped.
pub fn update_statuses(doc: &mut OrganizationFile, kind: Kind, old: Option<&Value>, new: &Value) {
    let before: HashMap<String, Value> = old.map(|o| text_paths(kind, o)).unwrap_or_default().into_iter().collect();
    let after = text_paths(kind, new);
    let owner = kind.owner(new[kind.id_key()].as_str().unwrap_or_default());
    doc.statuses.retain(|key, _| {
        !key.starts_with(&format!("{owner}/")) || after.iter().any(|(p, _)| key.starts_with(&format!("{p}/")))
    });
    for (path, texts) in &after {
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::It) {
            let now = texts[lang.code()].as_str();
            let was = before.get(path).and_then(|t| t[lang.code()].as_str());
            if now.is_some() && now != was {
                doc.statuses.insert(content::status_key(path, lang), FileTranslationStatus::Confirmed);
            }
        }
    }
}

/// Every entry of a document with its kind and id.
pub fn all_entries(doc: &OrganizationFile) -> Result<Vec<(Kind, String, Value)>, ShapeError> {
    let mut all = Vec::new();
    for kind in [Kind::Organization, Kind::Location, Kind::Programme, Kind::Service, Kind::Event] {
        all.extend(entries(doc, kind)?.into_iter().map(|(id, e)| (kind, id, e)));
    }
    Ok(all)
}

/// How far one language is: texts present and texts confirmed (or source), of `total`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Completeness {
    pub present: usize,
    pub confirmed: usize,
    pub total: usize,
}

impl Completeness {
    pub fn percent(part: usize, total: usize) -> usize {
        (part * 100).checked_div(total).unwrap_or(100)
    }
}

/// Per language, how many of the document's texts (those with an Italian source) exist and
/// are confirmed.
pub fn completeness(doc: &OrganizationFile) -> Result<Vec<(Lang, Completeness)>, ShapeError> {
    let mut result: Vec<(Lang, Completeness)> = Lang::ALL.into_iter().map(|l| (l, Completeness::default())).collect();
    for (kind, _, entry) in all_entries(doc)? {
        for (path, texts) in text_paths(kind, &entry) {
            if texts["it"].as_str().is_none_or(str::is_empty) {
                continue;
            }
            for (lang, c) in result.iter_mut() {
                c.total += 1;
                if texts[lang.code()].as_str().is_some_and(|t| !t.is_empty()) {
                    c.present += 1;
                    if status(doc, &path, *lang) != "machine" {
                        c.confirmed += 1;
                    }
                }
            }
        }
    }
    Ok(result)
}

/// One difference between two versions of a document, by readable path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub path: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

fn flatten(prefix: String, value: &Value, out: &mut BTreeMap<String, String>) {
    match value {
        Value::Null => {}
        Value::Object(map) => {
            for (k, v) in map {
                let path = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                flatten(path, v, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                // Entries are named by their id, so inserting one does not shift the rest.
                let id = v.get("slug").or_else(|| v.get("key")).and_then(Value::as_str);
                let path = match id {
                    Some(id) => format!("{prefix}[{id}]"),
                    None => format!("{prefix}[{i}]"),
                };
                flatten(path, v, out);
            }
        }
        Value::String(s) => {
            out.insert(prefix, s.clone());
        }
        other => {
            out.insert(prefix, other.to_string());
        }
    }
}

/// What changed from `before` to `after`, field by field.
pub fn diff(before: Option<&OrganizationFile>, after: &OrganizationFile) -> Result<Vec<Change>, ShapeError> {
    let mut a = BTreeMap::new();
    if let Some(before) = before {
        flatten(String::new(), &to_value(before)?, &mut a);
    }
    let mut b = BTreeMap::new();
    flatten(String::new(), &to_value(after)?, &mut b);
    let paths: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
    Ok(paths
        .into_iter()
        .filter(|p| a.get(*p) != b.get(*p))
        .map(|p| Change { path: p.clone(), before: a.get(p).cloned(), after: b.get(p).cloned() })
        .collect())
}

/// The entries a list of changes touches (`services[x]`, `organization`), for a revision's
/// one-line summary.
pub fn touched(changes: &[Change]) -> Vec<String> {
    let mut entries = BTreeSet::new();
    for c in changes {
        let head = c.path.split('.').next().unwrap_or("");
        let entry = head.split(']').next().map(|h| if h.contains('[') { format!("{h}]") } else { h.to_string() });
        entries.extend(entry);
    }
    entries.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> OrganizationFile {
        toml::from_str(
            r#"
            [organization]
            slug = "org"
            name = { it = "Org" }
            description = { it = "Descrizione", ro = "Descriere" }
            [[locations]]
            key = "sede"
            municipality = "Orbassano"
            [[services]]
            slug = "sportello"
            status = "active"
            name = { it = "Sportello", ar = "شباك" }
            summary = { it = "Aiuto" }
            description = { it = "Aiuto con i documenti" }
            documents = [{ it = "Passaporto", ro = "Pașaport" }]
            "#,
        )
        .unwrap()
    }

    fn choices(doc: &OrganizationFile) -> Choices {
        Choices {
            categories: vec!["work".into(), "health".into()],
            target_groups: vec![],
            locations: doc.locations.iter().map(|l| l.key.clone()).collect(),
            programmes: vec![],
        }
    }

    #[test]
    fn an_entry_survives_its_form() {
        let d = doc();
        let service = entry(&d, Kind::Service, "sportello").unwrap().unwrap();
        let form = to_form(Kind::Service, &service);
        assert_eq!(first(&form, "documents.ro"), "Pașaport");
        let back = from_form(Kind::Service, &form, &choices(&d), Some("sportello"), &[]).unwrap();
        let rebuilt = with_entry(&d, Kind::Service, Some("sportello"), Some(back)).unwrap();
        assert_eq!(rebuilt, d);
    }

    #[test]
    fn each_bad_field_gets_its_message_and_the_rest_is_kept() {
        let d = doc();
        let mut form = to_form(Kind::Service, &entry(&d, Kind::Service, "sportello").unwrap().unwrap());
        form.insert("name.it".into(), vec!["  ".into()]);
        form.insert("email".into(), vec!["not an address".into()]);
        form.insert("categories".into(), vec!["work".into(), "<script>".into()]);
        form.insert("documents.ar".into(), vec!["a\nb".into()]);
        form.insert("phones.0.number".into(), vec!["abc".into()]);
        let errors = from_form(Kind::Service, &form, &choices(&d), Some("sportello"), &[]).unwrap_err();
        assert_eq!(errors.get("name.it"), Some(&"admin-error-required-italian"));
        assert_eq!(errors.get("email"), Some(&"admin-error-email"));
        assert_eq!(errors.get("categories"), Some(&"admin-error-choice"));
        assert_eq!(errors.get("documents.ar"), Some(&"admin-error-lines-mismatch"));
        assert_eq!(errors.get("phones.0.number"), Some(&"admin-error-phone"));
        assert!(!errors.contains_key("summary.it"));
    }

    #[test]
    fn new_entries_need_a_free_slug_and_hours_must_make_sense() {
        let d = doc();
        let mut form = FormValues::new();
        form.insert("key".into(), vec!["sede".into()]);
        form.insert("municipality".into(), vec!["Rivalta".into()]);
        form.insert("hours.0.days".into(), vec!["mon".into()]);
        form.insert("hours.0.opens".into(), vec!["12:00".into()]);
        form.insert("hours.0.closes".into(), vec!["09:00".into()]);
        let errors = from_form(Kind::Location, &form, &choices(&d), None, &["sede".into()]).unwrap_err();
        assert_eq!(errors.get("key"), Some(&"admin-error-slug-taken"));
        assert_eq!(errors.get("hours.0"), Some(&"admin-error-hours"));
    }

    #[test]
    fn written_translations_become_confirmed_and_completeness_counts_them() {
        let mut d = doc();
        let old = entry(&d, Kind::Service, "sportello").unwrap().unwrap();
        let mut new = old.clone();
        new["summary"]["ro"] = Value::String("Ajutor".into());
        update_statuses(&mut d, Kind::Service, Some(&old), &new);
        assert_eq!(status(&d, "service:sportello/summary", Lang::Ro), "confirmed");
        assert_eq!(status(&d, "service:sportello/name", Lang::Ar), "machine");
        let d = with_entry(&d, Kind::Service, Some("sportello"), Some(new)).unwrap();
        let ro = completeness(&d).unwrap().into_iter().find(|(l, _)| *l == Lang::Ro).unwrap().1;
        // Texts: org name, org description, service name, summary, description, document.
        assert_eq!(ro, Completeness { present: 3, confirmed: 1, total: 6 });
    }

    #[test]
    fn diffs_name_entries_by_id() {
        let d = doc();
        let mut e = entry(&d, Kind::Service, "sportello").unwrap().unwrap();
        e["name"]["it"] = Value::String("Sportello unico".into());
        let after = with_entry(&d, Kind::Service, Some("sportello"), Some(e)).unwrap();
        let changes = diff(Some(&d), &after).unwrap();
        assert_eq!(
            changes,
            vec![Change {
                path: "services[sportello].name.it".into(),
                before: Some("Sportello".into()),
                after: Some("Sportello unico".into())
            }]
        );
        assert_eq!(touched(&changes), vec!["services[sportello]".to_string()]);
        let removed = with_entry(&d, Kind::Service, Some("sportello"), None).unwrap();
        assert!(removed.services.is_empty());
    }
}
