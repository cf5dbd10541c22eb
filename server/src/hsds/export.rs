//! `portineria hsds export`: everything public as an Open Referral HSDS 3.0 tabular data
//! package (one CSV per HSDS table, `datapackage.json` with the data's licence, and the
//! profile's `translations.csv`, so no language is lost), or as compiled services, one JSON
//! per line. Nothing from the admin area (accounts, drafts, audit) is in it, and every date
//! comes from the data, so exporting the same data twice gives the same files.

use crate::content::Taxonomy;
use crate::db::{Database, HsdsFilter};
use crate::hsds::compile::{ByService, Compiler, Depth, Source, Stamps, TaxonomyKind};
use crate::hsds::profile;
use portineria_app::lang::Lang;
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;
use std::path::Path;

/// The two shapes an export takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// HSDS's tabular data package: CSV files and `datapackage.json`.
    Tabular,
    /// One compiled service (everything nested) per line: `services.ndjson`.
    Json,
}

/// Which HSDS table the objects of an array field go to.
fn child_table(field: &str) -> Option<&'static str> {
    Some(match field {
        "phones" => "phone",
        "locations" => "location",
        "programs" => "program",
        "services" => "service",
        "addresses" => "address",
        "schedules" => "schedule",
        "service_areas" => "service_area",
        "service_at_locations" => "service_at_location",
        "languages" => "language",
        "required_documents" => "required_document",
        "funding" => "funding",
        "attributes" => "attribute",
        "translations" => "translation",
        _ => return None,
    })
}

/// Every published organisation with its services in full, in slug order, each service
/// dated as the database knows it.
pub async fn organizations(db: &Database, compiler: &Compiler<'_>) -> anyhow::Result<Vec<Value>> {
    let stamps: ByService =
        db.hsds_rows(&HsdsFilter::default()).await?.iter().map(|r| (r.service.clone(), Stamps::from(r))).collect();
    let mut slugs: Vec<String> = db.organization_entries().await?.into_iter().map(|e| e.slug).collect();
    slugs.sort();
    let mut out = Vec::new();
    for slug in slugs {
        let Some(row) = db.document(&slug).await? else { continue };
        let source = Source { file: &row.published };
        out.push(serde_json::to_value(compiler.organization(source, Some((Depth::Full, &stamps))))?);
    }
    Ok(out)
}

/// The rows of every table, by table name, from nested objects.
#[derive(Default)]
struct Tables(BTreeMap<String, Vec<Map<String, Value>>>);

impl Tables {
    /// Adds `object` as a row of `table`, and its nested lists as rows of theirs (a nested
    /// single object — a service's organisation, a term — is written where it belongs).
    fn add(&mut self, table: &str, object: &Value) {
        let Value::Object(fields) = object else { return };
        let mut row = Map::new();
        for (name, value) in fields {
            match (value, child_table(name)) {
                (Value::Array(items), Some(child)) => items.iter().for_each(|item| self.add(child, item)),
                (Value::Object(_), _) => {}
                (value, _) => {
                    row.insert(name.clone(), value.clone());
                }
            }
        }
        self.0.entry(table.to_string()).or_default().push(row);
    }
}

/// A cell as CSV text: strings as they are, other values as JSON.
fn cell(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// Writes the export of `db` into `out` (created if missing).
pub async fn export(
    db: &Database,
    taxonomy: &Taxonomy,
    out: &Path,
    format: Format,
    lang: Lang,
) -> anyhow::Result<usize> {
    std::fs::create_dir_all(out)?;
    let compiler = Compiler { lang, taxonomy };
    let organizations = organizations(db, &compiler).await?;
    let services: Vec<&Value> =
        organizations.iter().flat_map(|o| o["services"].as_array().into_iter().flatten()).collect();
    if format == Format::Json {
        let mut text = String::new();
        for service in &services {
            // A compiled service carries its organisation without the nested lists.
            let mut service = (*service).clone();
            if let Some(org) = organizations.iter().find(|o| o["id"] == service["organization_id"]) {
                let mut org = org.clone();
                for list in ["services", "locations", "programs", "phones"] {
                    org.as_object_mut().map(|o| o.remove(list));
                }
                service["organization"] = org;
            }
            text.push_str(&service.to_string());
            text.push('\n');
        }
        std::fs::write(out.join("services.ndjson"), text)?;
        return Ok(services.len());
    }
    let mut tables = Tables::default();
    for organization in &organizations {
        tables.add("organization", organization);
    }
    for kind in TaxonomyKind::ALL {
        tables.add("taxonomy", &serde_json::to_value(compiler.taxonomy(kind))?);
        for term in compiler.terms(kind) {
            tables.add("taxonomy_term", &serde_json::to_value(term)?);
        }
    }
    let package = datapackage()?;
    for resource in package["resources"].as_array().into_iter().flatten() {
        let (Some(name), Some(path)) = (resource["name"].as_str(), resource["path"].as_str()) else { continue };
        let columns: Vec<&str> =
            resource["schema"]["fields"].as_array().into_iter().flatten().filter_map(|f| f["name"].as_str()).collect();
        let mut writer = csv::Writer::from_path(out.join(path))?;
        writer.write_record(&columns)?;
        for row in tables.0.get(name).into_iter().flatten() {
            writer.write_record(columns.iter().map(|c| cell(row.get(*c))))?;
        }
        writer.flush()?;
    }
    std::fs::write(out.join("datapackage.json"), serde_json::to_string_pretty(&package)? + "\n")?;
    Ok(services.len())
}

/// The licence of the data, set per deployment (`PORTINERIA_DATA_LICENSE`, an SPDX name).
fn license() -> Value {
    let name = std::env::var("PORTINERIA_DATA_LICENSE").unwrap_or_else(|_| "CC-BY-4.0".into());
    let path = match name.as_str() {
        "CC-BY-4.0" => "https://creativecommons.org/licenses/by/4.0/",
        "CC-BY-SA-4.0" => "https://creativecommons.org/licenses/by-sa/4.0/",
        "CC0-1.0" => "https://creativecommons.org/publicdomain/zero/1.0/",
        "ODbL-1.0" => "https://opendatacommons.org/licenses/odbl/1-0/",
        "IODL-2.0" => "https://www.dati.gov.it/content/italian-open-data-license-v20",
        _ => "",
    };
    json!({ "name": name, "path": path })
}

/// HSDS's data package description, with this deployment's licence, each table's fields
/// the profile adds, and the profile's `translations` table.
pub fn datapackage() -> anyhow::Result<Value> {
    let mut package: Value = serde_json::from_str(profile::SPEC_DATAPACKAGE)?;
    package["name"] = "portineria".into();
    package["title"] = "Portineria: territorial services in Open Referral HSDS 3.0".into();
    package["profile"] = "tabular-data-package".into();
    package["version"] = profile::PROFILE_VERSION.into();
    package.as_object_mut().map(|p| p.remove("license"));
    package["licenses"] = json!([license()]);
    let mut resources = package["resources"].as_array().cloned().unwrap_or_default();
    for resource in &mut resources {
        let Some(name) = resource["name"].as_str().map(str::to_string) else { continue };
        if let Some(fields) = resource["schema"]["fields"].as_array_mut() {
            fields.extend(profile::added_fields(&name));
        }
    }
    resources.push(profile::translation_resource());
    package["resources"] = Value::Array(resources);
    Ok(package)
}
