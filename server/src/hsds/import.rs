//! `portineria hsds import PATH`: another directory's Open Referral HSDS 3.0 data into
//! Portineria — a tabular data package (a folder of CSV files, with or without
//! `datapackage.json`), a JSON array of compiled services, or one compiled service per line.
//!
//! Everything is read and checked before anything is written: a bad row is reported with its
//! file, row and field, and then nothing is imported. Each organisation is written through
//! the one write path (its checks, a revision, the audit line "import HSDS", the index): as
//! a draft to review, or published with `--publish`. An organisation edited in the admin
//! area since it was last imported is never overwritten: the import becomes its draft. An
//! organisation whose document would not change is left alone, so importing the same file
//! twice changes nothing.

use crate::content::holidays::Closure;
use crate::content::{self, FileTranslationStatus, Hours, OrganizationFile, Taxonomy, Texts};
use crate::db::{AuditAction, RevisionKind};
use crate::hsds::compile::TaxonomyKind;
use crate::hsds::wire;
use crate::write::publishing::{self, CommitError, Mode, Publisher};
use portineria_app::geo::Coordinates;
use portineria_app::i18n::t;
use portineria_app::lang::Lang;
use portineria_app::requirements::{DocumentKind, Situation};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;
use uuid::Uuid;

/// The longest text a cell may hold: a field of megabytes is a broken or hostile file.
pub const MAX_CELL_BYTES: usize = 100_000;

/// One thing the import could not take as it is, with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    /// The row (1 = the first after the header) or the item of a JSON list; 0 = the file.
    pub row: usize,
    pub field: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}, row {}, {}: {}", self.file, self.row, self.field, self.message)
    }
}

/// What reading and mapping found: errors stop the import; notes (a schedule kept as text,
/// an unmapped taxonomy term) are reported and the import goes on.
#[derive(Debug, Default)]
pub struct Report {
    pub errors: Vec<Problem>,
    pub notes: Vec<Problem>,
}

/// How HSDS taxonomy terms become Portineria's categories and target groups: by a term's id,
/// code or name (`--mapping FILE`, TOML). Portineria's own terms map by themselves.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    #[serde(default)]
    pub categories: BTreeMap<String, String>,
    #[serde(default)]
    pub target_groups: BTreeMap<String, String>,
}

/// One table row as read: column → value (empty cells left out).
type Row = Map<String, Value>;

/// The tables of a package by HSDS object name (`service`), each row with its number.
#[derive(Default)]
struct Tables(HashMap<String, Vec<(usize, Row)>>);

impl Tables {
    fn rows(&self, table: &str) -> impl Iterator<Item = &(usize, Row)> {
        self.0.get(table).into_iter().flatten()
    }

    fn with<'a>(&'a self, table: &str, column: &'a str, id: &'a Value) -> impl Iterator<Item = &'a Row> + 'a {
        self.rows(table).map(|(_, r)| r).filter(move |r| r.get(column) == Some(id))
    }
}

/// The columns whose text is a number, a flag or JSON, by the profile's and HSDS's fields.
fn typed(value: &str, kind: &str) -> Option<Value> {
    match kind {
        "number" => value.parse::<f64>().ok().and_then(|n| serde_json::Number::from_f64(n).map(Value::Number)),
        "integer" => value.parse::<i64>().ok().map(Value::from),
        "boolean" => match value {
            "true" | "1" => Some(Value::Bool(true)),
            "false" | "0" => Some(Value::Bool(false)),
            _ => None,
        },
        "array" | "object" => serde_json::from_str(value).ok(),
        _ => Some(Value::String(value.to_string())),
    }
}

/// Reads a tabular package: the tables HSDS and the profile define, each from its file when
/// the folder has it.
fn read_tabular(dir: &Path, report: &mut Report) -> Tables {
    let mut tables = Tables::default();
    let package = match crate::hsds::export::datapackage() {
        Ok(p) => p,
        Err(e) => {
            report.errors.push(Problem {
                file: "datapackage.json".into(),
                row: 0,
                field: String::new(),
                message: e.to_string(),
            });
            return tables;
        }
    };
    for resource in package["resources"].as_array().into_iter().flatten() {
        let (Some(name), Some(path)) = (resource["name"].as_str(), resource["path"].as_str()) else { continue };
        let file = dir.join(path);
        if !file.is_file() {
            continue;
        }
        let kinds: HashMap<&str, &str> = resource["schema"]["fields"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|f| Some((f["name"].as_str()?, f["type"].as_str().unwrap_or("string"))))
            .collect();
        let mut reader = match csv::ReaderBuilder::new().flexible(false).from_path(&file) {
            Ok(r) => r,
            Err(e) => {
                report.errors.push(Problem { file: path.into(), row: 0, field: String::new(), message: e.to_string() });
                continue;
            }
        };
        let headers = match reader.headers() {
            Ok(h) => h.clone(),
            Err(e) => {
                report.errors.push(Problem {
                    file: path.into(),
                    row: 0,
                    field: "header".into(),
                    message: e.to_string(),
                });
                continue;
            }
        };
        let mut rows = Vec::new();
        for (i, record) in reader.records().enumerate() {
            let number = i + 1;
            let record = match record {
                Ok(r) => r,
                Err(e) => {
                    let message = if matches!(e.kind(), csv::ErrorKind::Utf8 { .. }) {
                        "not UTF-8 text".to_string()
                    } else {
                        e.to_string()
                    };
                    report.errors.push(Problem { file: path.into(), row: number, field: String::new(), message });
                    continue;
                }
            };
            let mut row = Row::new();
            for (column, cell) in headers.iter().zip(record.iter()) {
                if cell.is_empty() {
                    continue;
                }
                if cell.len() > MAX_CELL_BYTES {
                    report.errors.push(Problem {
                        file: path.into(),
                        row: number,
                        field: column.into(),
                        message: format!("longer than {MAX_CELL_BYTES} bytes"),
                    });
                    continue;
                }
                let kind = kinds.get(column).copied().unwrap_or("string");
                match typed(cell, kind) {
                    Some(value) => {
                        row.insert(column.to_string(), value);
                    }
                    None => report.errors.push(Problem {
                        file: path.into(),
                        row: number,
                        field: column.into(),
                        message: format!("{cell:?} is not a {kind}"),
                    }),
                }
            }
            rows.push((number, row));
        }
        tables.0.insert(name.to_string(), rows);
    }
    check_tables(&tables, &package, report);
    tables
}

/// Ids are UUIDs and unique in their table; references are UUIDs; taxonomy parents form no
/// cycle.
fn check_tables(tables: &Tables, package: &Value, report: &mut Report) {
    for resource in package["resources"].as_array().into_iter().flatten() {
        let (Some(name), Some(path)) = (resource["name"].as_str(), resource["path"].as_str()) else { continue };
        let uuid_columns: Vec<&str> = resource["schema"]["fields"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|f| f["format"] == "uuid")
            .filter_map(|f| f["name"].as_str())
            .collect();
        let mut seen = HashSet::new();
        for (number, row) in tables.rows(name) {
            let mut problem = |field: &str, message: &str| {
                report.errors.push(Problem {
                    file: path.into(),
                    row: *number,
                    field: field.into(),
                    message: message.into(),
                })
            };
            for column in &uuid_columns {
                if let Some(value) = row.get(*column) {
                    if value.as_str().and_then(|v| Uuid::parse_str(v).ok()).is_none() {
                        problem(column, "not a UUID");
                    }
                }
            }
            match row.get("id") {
                None if name != "translation" => problem("id", "missing"),
                Some(id) if !seen.insert(id.clone()) => problem("id", "given twice"),
                _ => {}
            }
        }
    }
    // Cyclic taxonomy parents.
    let parents: HashMap<&Value, (&usize, &Value)> =
        tables.rows("taxonomy_term").filter_map(|(n, r)| Some((r.get("id")?, (n, r.get("parent_id")?)))).collect();
    for (id, (number, _)) in &parents {
        let mut at = *id;
        let mut steps = 0;
        while let Some((_, parent)) = parents.get(at) {
            at = parent;
            steps += 1;
            if at == *id || steps > parents.len() {
                report.errors.push(Problem {
                    file: "taxonomy_terms.csv".into(),
                    row: **number,
                    field: "parent_id".into(),
                    message: "its parents lead back to it".into(),
                });
                break;
            }
        }
    }
}

/// Nests the tables' rows into organisations with their places, programmes and services (in
/// full), the shape of the API's `/organizations/{id}?full_service=true`.
fn nest_tables(tables: &Tables) -> Vec<(usize, Value)> {
    let nested = |table: &str, column: &str, id: &Value| -> Vec<Value> {
        tables.with(table, column, id).cloned().map(Value::Object).collect()
    };
    let terms: HashMap<&Value, &Row> =
        tables.rows("taxonomy_term").filter_map(|(_, r)| Some((r.get("id")?, r))).collect();
    let mut organizations = Vec::new();
    for (number, org) in tables.rows("organization") {
        let Some(org_id) = org.get("id") else { continue };
        let mut org = org.clone();
        let mut locations = Vec::new();
        let mut location_ids = HashSet::new();
        // Places of the organisation, and places its services are at.
        let services: Vec<&Row> = tables.with("service", "organization_id", org_id).collect();
        let at: Vec<&Row> = services
            .iter()
            .filter_map(|s| s.get("id"))
            .flat_map(|sid| tables.with("service_at_location", "service_id", sid))
            .collect();
        let place_rows = tables.with("location", "organization_id", org_id).chain(
            at.iter().filter_map(|sal| sal.get("location_id")).flat_map(|lid| tables.with("location", "id", lid)),
        );
        for location in place_rows {
            let Some(lid) = location.get("id") else { continue };
            if !location_ids.insert(lid.clone()) {
                continue;
            }
            let mut location = location.clone();
            location.insert("addresses".into(), Value::Array(nested("address", "location_id", lid)));
            let mut schedules = nested("schedule", "location_id", lid);
            for sal in at.iter().filter(|sal| sal.get("location_id") == Some(lid)) {
                if let Some(sal_id) = sal.get("id") {
                    schedules.extend(nested("schedule", "service_at_location_id", sal_id));
                }
            }
            // A schedule may name both its place and its service at the place.
            let mut seen = HashSet::new();
            schedules.retain(|s| seen.insert(s.get("id").cloned()));
            location.insert("schedules".into(), Value::Array(schedules));
            locations.push(Value::Object(location));
        }
        let services: Vec<Value> = services
            .into_iter()
            .map(|s| {
                let mut s = s.clone();
                if let Some(sid) = s.get("id").cloned() {
                    for (field, table, column) in [
                        ("phones", "phone", "service_id"),
                        ("service_areas", "service_area", "service_id"),
                        ("languages", "language", "service_id"),
                        ("required_documents", "required_document", "service_id"),
                        ("funding", "funding", "service_id"),
                        ("service_at_locations", "service_at_location", "service_id"),
                        ("schedules", "schedule", "service_id"),
                    ] {
                        s.insert(field.into(), Value::Array(nested(table, column, &sid)));
                    }
                    let attributes: Vec<Value> = tables
                        .with("attribute", "link_id", &sid)
                        .map(|a| {
                            let mut a = a.clone();
                            if let Some(term) = a.get("taxonomy_term_id").and_then(|t| terms.get(t)) {
                                a.insert("taxonomy_term".into(), Value::Object((*term).clone()));
                            }
                            Value::Object(a)
                        })
                        .collect();
                    s.insert("attributes".into(), Value::Array(attributes));
                }
                Value::Object(s)
            })
            .collect();
        let org_phones: Vec<Value> = tables
            .with("phone", "organization_id", org_id)
            .filter(|p| !p.contains_key("service_id"))
            .cloned()
            .map(Value::Object)
            .collect();
        org.insert("phones".into(), Value::Array(org_phones));
        org.insert("programs".into(), Value::Array(nested("program", "organization_id", org_id)));
        org.insert("locations".into(), Value::Array(locations));
        org.insert("services".into(), Value::Array(services));
        organizations.push((*number, Value::Object(org)));
    }
    organizations
}

/// Compiled services (JSON) grouped into organisations of the same nested shape.
fn nest_services(services: Vec<Value>, file: &str, report: &mut Report) -> Vec<(usize, Value)> {
    let mut organizations: Vec<(usize, Value)> = Vec::new();
    for (i, mut service) in services.into_iter().enumerate() {
        let Some(object) = service.as_object_mut() else {
            report.errors.push(Problem {
                file: file.into(),
                row: i + 1,
                field: String::new(),
                message: "not an object".into(),
            });
            continue;
        };
        let Some(Value::Object(org)) = object.remove("organization") else {
            report.errors.push(Problem {
                file: file.into(),
                row: i + 1,
                field: "organization".into(),
                message: "missing: a compiled service names its organisation".into(),
            });
            continue;
        };
        let program = object.remove("program");
        let places: Vec<Value> = object
            .get_mut("service_at_locations")
            .and_then(Value::as_array_mut)
            .into_iter()
            .flatten()
            .filter_map(|sal| {
                let sal = sal.as_object_mut()?;
                let place = sal.remove("location")?;
                // The place nested in it names it.
                sal.entry("location_id").or_insert_with(|| place["id"].clone());
                Some(place)
            })
            .collect();
        let entry = match organizations.iter().position(|(_, o)| o["id"] == org["id"]) {
            Some(at) => at,
            None => {
                let mut org = org.clone();
                for list in ["services", "locations", "programs"] {
                    org.insert(list.into(), Value::Array(Vec::new()));
                }
                organizations.push((i + 1, Value::Object(org)));
                organizations.len() - 1
            }
        };
        let org = &mut organizations[entry].1;
        for place in places {
            let list = org["locations"].as_array_mut().expect("made above");
            if !list.iter().any(|l| l["id"] == place["id"]) {
                list.push(place);
            }
        }
        if let Some(program) = program.filter(Value::is_object) {
            let list = org["programs"].as_array_mut().expect("made above");
            if !list.iter().any(|p| p["id"] == program["id"]) {
                list.push(program);
            }
        }
        org["services"].as_array_mut().expect("made above").push(service);
    }
    organizations
}

/// Reads `path` into organisations in the nested shape, with the profile's translations.
fn read(path: &Path, report: &mut Report) -> (Vec<(usize, Value)>, Vec<wire::Translation>) {
    if path.is_dir() {
        let tables = read_tabular(path, report);
        let translations = tables
            .rows("translation")
            .filter_map(|(n, r)| match serde_json::from_value(Value::Object(r.clone())) {
                Ok(t) => Some(t),
                Err(e) => {
                    report.errors.push(Problem {
                        file: "translations.csv".into(),
                        row: *n,
                        field: String::new(),
                        message: e.to_string(),
                    });
                    None
                }
            })
            .collect();
        return (nest_tables(&tables), translations);
    }
    let file = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            report.errors.push(Problem { file, row: 0, field: String::new(), message: e.to_string() });
            return (Vec::new(), Vec::new());
        }
    };
    let Ok(text) = String::from_utf8(bytes) else {
        report.errors.push(Problem { file, row: 0, field: String::new(), message: "not UTF-8 text".into() });
        return (Vec::new(), Vec::new());
    };
    let services: Vec<Value> = match serde_json::from_str::<Value>(&text) {
        Ok(Value::Array(items)) => items,
        Ok(single @ Value::Object(_)) => vec![single],
        _ => {
            let mut items = Vec::new();
            for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
                match serde_json::from_str(line) {
                    Ok(item) => items.push(item),
                    Err(e) => report.errors.push(Problem {
                        file: file.clone(),
                        row: i + 1,
                        field: String::new(),
                        message: e.to_string(),
                    }),
                }
            }
            items
        }
    };
    let mut translations = Vec::new();
    for (i, service) in services.iter().enumerate() {
        nested_translations(service, &mut translations).unwrap_or_else(|e| {
            report.errors.push(Problem {
                file: file.clone(),
                row: i + 1,
                field: "translations".into(),
                message: e.to_string(),
            })
        });
    }
    (nest_services(services, &file, report), translations)
}

/// The profile's `translations` of a compiled object and of everything nested in it.
fn nested_translations(value: &Value, out: &mut Vec<wire::Translation>) -> Result<(), serde_json::Error> {
    match value {
        Value::Object(map) => {
            for (key, inner) in map {
                if key == "translations" {
                    out.extend(serde_json::from_value::<Vec<wire::Translation>>(inner.clone())?);
                } else {
                    nested_translations(inner, out)?;
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                nested_translations(item, out)?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// Makes a slug from a name (lowercase ASCII letters and digits joined by '-').
fn slugify(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let plain: String = name.nfkd().filter(|c| c.is_ascii()).collect::<String>().to_lowercase();
    let words: Vec<&str> = plain.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let slug = words.join("-");
    let slug: String = slug.chars().take(80).collect();
    let slug = slug.trim_matches('-').to_string();
    if slug.is_empty() {
        "hsds".into()
    } else {
        slug
    }
}

/// Turns nested HSDS organisations into Portineria's documents.
struct Mapper<'a> {
    lang: Lang,
    taxonomy: &'a Taxonomy,
    mapping: &'a Mapping,
    translations: HashMap<(Uuid, String), Vec<&'a wire::Translation>>,
    /// Slugs in use, by kind (`service`): other organisations' and this import's.
    slugs: HashSet<(&'static str, String)>,
    report: &'a mut Report,
}

impl Mapper<'_> {
    /// The texts of a field: the HSDS field's text in the import's language, and every
    /// language the translations table gives, with their statuses noted in `file`.
    fn texts(
        &self,
        (id, field): (Uuid, &str),
        text: Option<&str>,
        path: &str,
        file: &mut OrganizationFile,
    ) -> Option<Texts> {
        let mut texts = Texts::default();
        if let Some(text) = text.filter(|t| !t.trim().is_empty()) {
            texts.0.insert(self.lang.code().into(), text.to_string());
        }
        for t in self.translations.get(&(id, field.to_string())).into_iter().flatten() {
            let Some(lang) = Lang::from_code(&t.language) else { continue };
            texts.0.insert(lang.code().into(), t.text.clone());
            let status = match t.status.as_str() {
                "confirmed" => Some(FileTranslationStatus::Confirmed),
                "outdated" => Some(FileTranslationStatus::Outdated),
                "machine" => Some(FileTranslationStatus::Machine),
                _ => None,
            };
            if let Some(status) = status.filter(|s| lang != Lang::It && *s != file.translations) {
                file.statuses.insert(content::status_key(path, lang), status);
            }
        }
        (!texts.0.is_empty()).then_some(texts)
    }

    fn note(&mut self, file: &str, field: &str, message: String) {
        self.report.notes.push(Problem { file: file.into(), row: 0, field: field.into(), message });
    }

    fn unique_slug(&mut self, kind: &'static str, wanted: Option<&str>, name: &str) -> String {
        let base = wanted.filter(|s| content::is_slug(s)).map(str::to_string).unwrap_or_else(|| slugify(name));
        let mut slug = base.clone();
        let mut n = 2;
        while !self.slugs.insert((kind, slug.clone())) {
            slug = format!("{base}-{n}");
            n += 1;
        }
        slug
    }

    /// The category or target group an HSDS term stands for.
    fn term(&mut self, term: &wire::TaxonomyTerm) -> Option<(TaxonomyKind, String)> {
        for kind in TaxonomyKind::ALL {
            if term.taxonomy_id == kind.id() && kind.term_id(&term.code) == term.id {
                return Some((kind, term.code.clone()));
            }
        }
        let keys = [term.id.to_string(), term.code.clone(), term.name.clone()];
        let mapped = |table: &BTreeMap<String, String>| keys.iter().find_map(|k| table.get(k).cloned());
        if let Some(slug) =
            mapped(&self.mapping.categories).filter(|s| self.taxonomy.categories.iter().any(|c| c.slug == *s))
        {
            return Some((TaxonomyKind::Categories, slug));
        }
        if let Some(slug) =
            mapped(&self.mapping.target_groups).filter(|s| self.taxonomy.target_groups.iter().any(|g| g.slug == *s))
        {
            return Some((TaxonomyKind::TargetGroups, slug));
        }
        self.note(
            "taxonomy_terms",
            "taxonomy_term_id",
            format!("term {:?} ({}) is not mapped: add it to the mapping file", term.name, term.id),
        );
        None
    }

    fn organization(&mut self, org: wire::Organization, existing: Option<&OrganizationFile>) -> OrganizationFile {
        let mut file = OrganizationFile { translations: FileTranslationStatus::Machine, ..Default::default() };
        let slug = match existing {
            Some(current) => current.organization.slug.clone(),
            None => self.unique_slug("organization", org.slug.as_deref(), &org.name),
        };
        file.source = Some("Open Referral HSDS".into());
        let name = self.texts((org.id, "name"), Some(&org.name), "organization/name", &mut file).unwrap_or_default();
        let description = self
            .texts((org.id, "description"), Some(&org.description), "organization/description", &mut file)
            .unwrap_or_default();
        file.organization = content::Organization {
            id: Some(org.id),
            slug,
            website: org.website.clone(),
            email: org.email.clone(),
            phones: Vec::new(),
            name,
            description,
            editor_note: None,
        };
        file.organization.phones = self.phones(&org.phones, "organization", &mut file);
        let mut keys = HashMap::new();
        for (i, l) in org.locations.iter().enumerate() {
            let key = l.key.clone().filter(|k| content::is_slug(k)).unwrap_or_else(|| format!("place-{}", i + 1));
            keys.insert(l.id, key.clone());
            let location = self.location(l, key, &mut file);
            file.locations.push(location);
        }
        let mut programmes = HashMap::new();
        for p in &org.programs {
            let slug = self.unique_slug("programme", p.slug.as_deref(), &p.name);
            programmes.insert(p.id, slug.clone());
            let programme = self.programme(p, slug, &mut file);
            file.programmes.push(programme);
        }
        for s in &org.services {
            let service = self.service(s, (&keys, &programmes), &mut file);
            file.services.push(service);
        }
        if let Some(current) = existing {
            // HSDS has no events: an organisation's own stay.
            file.events = current.events.clone();
        }
        file
    }

    fn phones(&self, phones: &[wire::Phone], owner: &str, file: &mut OrganizationFile) -> Vec<content::Phone> {
        phones
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let label =
                    self.texts((p.id, "description"), p.description.as_deref(), &format!("{owner}/phones.{i}"), file);
                content::Phone { number: p.number.clone(), label }
            })
            .collect()
    }

    fn location(&mut self, l: &wire::Location, key: String, file: &mut OrganizationFile) -> content::Location {
        let owner = format!("location:{key}");
        let address = l.addresses.first();
        let mut hours = Vec::new();
        let mut note: Option<String> = None;
        for s in &l.schedules {
            match weekly(s) {
                Some(h) => hours.push(h),
                None => {
                    let text = schedule_text(s);
                    self.note(
                        "schedules",
                        "freq",
                        format!("place {key}: a schedule HSDS gives as {text:?} is kept as text"),
                    );
                    note = Some(note.map_or(text.clone(), |n| format!("{n}; {text}")));
                }
            }
            if let Some(d) = s.description.as_ref().filter(|_| note.is_none()) {
                note = Some(d.clone());
            }
        }
        let hours_note = self.texts((l.id, "hours_note"), note.as_deref(), &format!("{owner}/hours_note"), file);
        let name = self.texts((l.id, "name"), l.name.as_deref(), &format!("{owner}/name"), file);
        let mut closures = Vec::new();
        for c in &l.closures {
            match Closure::try_from(format!("{}/{}", c.from, c.to)) {
                Ok(closure) => closures.push(closure),
                Err(e) => self.note("locations", "closures", format!("place {key}: {e}")),
            }
        }
        let coordinates = match l.latitude.zip(l.longitude) {
            Some((lat, lon)) => match Coordinates::try_from(format!("{lat}, {lon}")) {
                Ok(point) => Some(point),
                Err(_) => {
                    self.note(
                        "locations",
                        "latitude",
                        format!("place {key}: {lat}, {lon} is not a point on the earth: left out"),
                    );
                    None
                }
            },
            None => None,
        };
        content::Location {
            id: Some(l.id),
            key,
            address: address.map(|a| a.address_1.clone()).filter(|a| !a.trim().is_empty()),
            municipality: address.map(|a| a.city.clone()).unwrap_or_default(),
            coordinates,
            name,
            hours_note,
            hours,
            open_on_holidays: l.open_on_holidays,
            closures,
            editor_note: None,
        }
    }

    fn programme(&self, p: &wire::Program, slug: String, file: &mut OrganizationFile) -> content::Programme {
        let owner = format!("programme:{slug}");
        let mut text =
            |field: &str, value: Option<&str>| self.texts((p.id, field), value, &format!("{owner}/{field}"), file);
        let name = text("name", Some(&p.name)).unwrap_or_default();
        let description = text("description", Some(&p.description)).unwrap_or_default();
        let summary = text("summary", p.summary.as_deref()).unwrap_or_else(|| description.clone());
        let funder = text("funder", p.funder.as_deref());
        let beneficiaries = text("beneficiaries", p.beneficiaries.as_deref());
        content::Programme {
            id: Some(p.id),
            slug,
            start: p.start_date.clone(),
            end: p.end_date.clone(),
            website: None,
            email: None,
            partners: p.partners.clone(),
            municipalities: p.municipalities.clone(),
            district: p.district.clone(),
            name,
            summary,
            description,
            funder,
            beneficiaries,
            editor_note: None,
        }
    }

    fn service(
        &mut self,
        s: &wire::Service,
        (keys, programmes): (&HashMap<Uuid, String>, &HashMap<Uuid, String>),
        file: &mut OrganizationFile,
    ) -> content::Service {
        let slug = self.unique_slug("service", s.slug.as_deref(), &s.name);
        let owner = format!("service:{slug}");
        let description = s.description.clone().unwrap_or_default();
        let texts = |this: &Self, field: &str, path: &str, value: Option<&str>, file: &mut OrganizationFile| {
            this.texts((s.id, field), value, &format!("{owner}/{path}"), file)
        };
        let name = texts(self, "name", "name", Some(&s.name), file).unwrap_or_default();
        let description = texts(self, "description", "description", Some(&description), file).unwrap_or_default();
        let summary =
            texts(self, "summary", "summary", s.summary.as_deref(), file).unwrap_or_else(|| description.clone());
        let in_short = texts(self, "in_short", "in_short", s.in_short.as_deref(), file);
        let eligibility =
            texts(self, "eligibility_description", "eligibility", s.eligibility_description.as_deref(), file);
        let how_to_access = texts(self, "application_process", "how_to_access", s.application_process.as_deref(), file);
        let cost = texts(self, "fees_description", "cost", s.fees_description.as_deref(), file);
        let status = match s.status.as_str() {
            "temporarily closed" => "suspended",
            "inactive" | "defunct" => "ended",
            _ => "active",
        };
        let mut service = content::Service {
            id: Some(s.id),
            slug,
            programme: s.program_id.and_then(|p| programmes.get(&p).cloned()),
            status: status.into(),
            access: s.access_mode.clone().filter(|a| portineria_app::model::AccessMode::parse(a).is_some()),
            website: s.url.clone(),
            email: s.email.clone(),
            in_short,
            name,
            summary,
            description,
            eligibility,
            how_to_access,
            cost,
            last_modified: s.last_modified,
            ..Default::default()
        };
        service.phones = self.phones(&s.phones, &owner, file);
        service.locations =
            s.service_at_locations.iter().filter_map(|sal| keys.get(&sal.location_id).cloned()).collect();
        service.languages = s.languages.iter().map(|l| l.code.clone()).filter(|c| c.len() == 2).collect();
        for area in &s.service_areas {
            match area_kind(area) {
                Area::District if service.district.is_none() => service.district = Some(area.name.clone()),
                Area::District | Area::Comune => service.municipalities.push(area.name.clone()),
                Area::Words => self.note(
                    "service_areas",
                    "name",
                    format!("service {}: the area \"{}\" is not a place name: left out", service.slug, area.name),
                ),
            }
        }
        for d in &s.required_documents {
            match d.kind.as_deref().and_then(DocumentKind::parse) {
                Some(kind) => service.required_documents.push(kind.as_str().into()),
                None => {
                    let path = format!("documents.{}", service.documents.len());
                    if let Some(texts) = texts(self, "document", &path, Some(&d.document), file) {
                        service.documents.push(texts);
                    }
                }
            }
        }
        for a in &s.attributes {
            let Some(term) = &a.taxonomy_term else {
                self.note(
                    "attributes",
                    "taxonomy_term_id",
                    format!("service {}: term {} is not in the file", service.slug, a.taxonomy_term_id),
                );
                continue;
            };
            match self.term(term) {
                Some((TaxonomyKind::Categories, slug)) => service.categories.push(slug),
                Some((TaxonomyKind::TargetGroups, slug)) => service.target_groups.push(slug),
                Some((TaxonomyKind::Situations, word)) if Situation::parse(&word).is_some() => {
                    service.who_can_go.push(word)
                }
                _ => {}
            }
        }
        service
    }
}

/// A weekly schedule as Portineria's hours (`MO,TU` 09:00–12:00), if it is one.
fn weekly(s: &wire::Schedule) -> Option<Hours> {
    let plain = s.freq.as_deref().is_none_or(|f| f == "WEEKLY")
        && s.bymonthday.is_none()
        && s.valid_from.is_none()
        && s.valid_to.is_none();
    let (byday, opens, closes) = (s.byday.as_deref()?, s.opens_at.as_deref()?, s.closes_at.as_deref()?);
    let time = |t: &str| t.get(..5).filter(|t| content::is_time(t)).map(str::to_string);
    let days: Option<Vec<String>> = byday
        .split(',')
        .map(|d| {
            let d = d.trim().to_uppercase();
            content::WEEKDAYS.iter().find(|w| w[..2].eq_ignore_ascii_case(&d)).map(|w| w.to_string())
        })
        .collect();
    let (opens, closes) = (time(opens)?, time(closes)?);
    let days = days?;
    (plain && opens < closes).then_some(Hours { days, opens, closes, appointment_only: s.appointment_only })
}

/// A schedule Portineria's hours cannot hold, said in words.
fn schedule_text(s: &wire::Schedule) -> String {
    let parts = [
        s.description.clone(),
        s.freq.clone(),
        s.byday.clone().map(|d| format!("BYDAY={d}")),
        s.bymonthday.clone().map(|d| format!("BYMONTHDAY={d}")),
        s.opens_at.clone().zip(s.closes_at.clone()).map(|(o, c)| format!("{o}–{c}")),
        s.valid_from.clone().map(|d| format!("from {d}")),
        s.valid_to.clone().map(|d| format!("to {d}")),
    ];
    parts.into_iter().flatten().collect::<Vec<_>>().join(" ")
}

/// The documents an import would write, by organisation, after reading and checking all of
/// `path`. `current` holds every published document: an organisation already there (by its
/// HSDS id) keeps its slug and its events; the others' slugs are not taken again.
pub fn prepare(
    path: &Path,
    (lang, taxonomy, mapping): (Lang, &Taxonomy, &Mapping),
    current: &[OrganizationFile],
) -> (Vec<OrganizationFile>, Report) {
    let mut report = Report::default();
    let (organizations, translations) = read(path, &mut report);
    let mut by_entity: HashMap<(Uuid, String), Vec<&wire::Translation>> = HashMap::new();
    for t in &translations {
        by_entity.entry((t.entity_id, t.field.clone())).or_default().push(t);
    }
    let mut parsed = Vec::new();
    for (row, value) in organizations {
        match serde_path_to_error::deserialize::<_, wire::Organization>(value) {
            Ok(org) => parsed.push(org),
            Err(e) => report.errors.push(Problem {
                file: path.display().to_string(),
                row,
                field: e.path().to_string(),
                message: e.inner().to_string(),
            }),
        }
    }
    let ids: HashSet<Uuid> = parsed.iter().map(|o| o.id).collect();
    let existing: HashMap<Uuid, &OrganizationFile> = current.iter().map(|f| (f.organization.hsds_id(), f)).collect();
    let mut taken = HashSet::new();
    for file in current.iter().filter(|f| !ids.contains(&f.organization.hsds_id())) {
        taken.insert(("organization", file.organization.slug.clone()));
        taken.extend(file.services.iter().map(|s| ("service", s.slug.clone())));
        taken.extend(file.programmes.iter().map(|p| ("programme", p.slug.clone())));
    }
    let mut mapper = Mapper { lang, taxonomy, mapping, translations: by_entity, slugs: taken, report: &mut report };
    let mut documents = Vec::new();
    for org in parsed {
        let here = existing.get(&org.id).copied();
        documents.push(mapper.organization(org, here));
    }
    for file in &documents {
        for problem in content::check_organization(taxonomy, Path::new(&file.organization.slug), file) {
            report.errors.push(Problem {
                file: "organizations".into(),
                row: 0,
                field: file.organization.slug.clone(),
                message: problem,
            });
        }
    }
    (documents, report)
}

/// What writing an import did.
#[derive(Debug, Default)]
pub struct Outcome {
    pub published: usize,
    pub drafts: usize,
    pub unchanged: usize,
    /// Organisations left as they are because an unpublished draft is waiting for review.
    pub waiting: Vec<String>,
}

/// What an HSDS service area is to Portineria.
enum Area {
    /// A social-service district: our export describes it with the "district" label.
    District,
    /// A comune: a place's name.
    Comune,
    /// A sentence about the area, not a place's name: a comune list cannot hold it.
    Words,
}

/// Whether `name` reads as a place's name rather than a sentence: short (Italy's longest
/// comune names have 34 letters and 5 words; "S. Donato Milanese" keeps its full stop).
fn is_place_name(name: &str) -> bool {
    let name = name.trim();
    name.chars().count() <= 60
        && name.split_whitespace().count() <= 8
        && !name.ends_with('.')
        && !name.contains(['\n', ';'])
}

fn area_kind(area: &wire::ServiceArea) -> Area {
    let district_label = |d: &str| Lang::ALL.iter().any(|l| t(*l, "district-label") == d);
    if area.description.as_deref().is_some_and(district_label) {
        Area::District
    } else if is_place_name(&area.name) {
        Area::Comune
    } else {
        Area::Words
    }
}

/// Who the revisions and audit lines of an import name.
pub const AUTHOR: &str = "hsds-import";

/// Writes prepared documents through the write path: published (`publish`) unless the
/// organisation was published from the admin area since its last import, else as its draft.
/// An organisation with a draft waiting for review is left as it is.
pub async fn write(
    publisher: &Publisher<'_>,
    documents: &[OrganizationFile],
    publish: bool,
) -> Result<Outcome, CommitError> {
    let mut outcome = Outcome::default();
    for doc in documents {
        match write_one(publisher, doc, publish).await? {
            Written::Published => outcome.published += 1,
            Written::Draft => outcome.drafts += 1,
            Written::Unchanged => outcome.unchanged += 1,
            Written::Waiting => outcome.waiting.push(doc.organization.slug.clone()),
        }
    }
    Ok(outcome)
}

/// What became of one imported document.
enum Written {
    Published,
    Draft,
    Unchanged,
    Waiting,
}

/// Writes one document. The decision (publish, draft, wait) is taken on the organisation as
/// it is at that moment; when an admin writes between reading it and writing, nothing is
/// merged: it is read again and decided again, so an import never publishes an admin's
/// draft, nor counts as the last publication over an admin's newer one.
async fn write_one(publisher: &Publisher<'_>, doc: &OrganizationFile, publish: bool) -> Result<Written, CommitError> {
    let author = (None, AUTHOR);
    let summary = "import HSDS";
    let slug = &doc.organization.slug;
    for _ in 0..publishing::TRIES {
        let Some(row) = publisher.db.document(slug).await? else {
            if publish {
                publishing::create_organization(publisher, doc, author, AuditAction::ImportHsds).await?;
                return Ok(Written::Published);
            }
            let shell = OrganizationFile { organization: doc.organization.clone(), ..Default::default() };
            publishing::create_organization(publisher, &shell, author, AuditAction::ImportHsds).await?;
            continue;
        };
        if row.published == *doc || row.draft.as_ref() == Some(doc) {
            return Ok(Written::Unchanged);
        }
        if row.draft.is_some() {
            return Ok(Written::Waiting);
        }
        let revisions = publisher.db.revisions(row.id, 50).await?;
        let last = revisions
            .iter()
            .find(|r| matches!(r.kind, RevisionKind::Publish | RevisionKind::Import | RevisionKind::Restore));
        let edited_in_admin = last.is_some_and(|r| r.kind != RevisionKind::Import);
        let mode = if publish && !edited_in_admin { Mode::Import } else { Mode::Draft };
        let edit = publishing::Edit { base: &row, doc, mode, summary };
        if publishing::commit_exactly(publisher, slug, edit, author).await? {
            return Ok(if mode == Mode::Import { Written::Published } else { Written::Draft });
        }
    }
    Err(CommitError::Conflict { entries: vec![slug.clone()], problems: Vec::new() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn place_names_are_told_from_sentences() {
        for name in ["Milano", "S. Donato Milanese", "San Valentino in Abruzzo Citeriore", "Reggio nell'Emilia"] {
            assert!(is_place_name(name), "{name}");
        }
        let sentence = "The service is available to all residents of the MyCity area. We provide the service.";
        for name in [sentence, "Tutta la provincia.", "Milano; Monza"] {
            assert!(!is_place_name(name), "{name}");
        }
    }
}
