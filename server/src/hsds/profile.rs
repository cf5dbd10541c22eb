//! The Open Referral HSDS 3.0 schemas (vendored in `server/hsds/spec/`, CC BY-SA 4.0) and
//! Portineria's profile (`server/hsds/profile/`): JSON Merge Patches (RFC 7386) over them,
//! as HSDS's profile mechanism asks. The server publishes the patches at
//! `/api/hsds/v3/profile/<file>`, and the patched ("merged") schemas and OpenAPI file at
//! `/api/hsds/v3/schema/<file>` and `/api/hsds/v3/openapi.json`, so a validator following
//! only the API finds everything.
//!
//! HSDS's compiled schemas (`compiled/service.json`: a service with everything nested)
//! repeat each object wherever it is nested; the profile's patch of an object is applied at
//! every nested copy (each carries the object's `name`).

use serde_json::{Map, Value};
use std::collections::HashMap;
use std::sync::OnceLock;

/// HSDS 3.0's own object schemas and OpenAPI file.
const BASE: &[(&str, &str)] = &[
    ("accessibility.json", include_str!("../../hsds/spec/accessibility.json")),
    ("address.json", include_str!("../../hsds/spec/address.json")),
    ("attribute.json", include_str!("../../hsds/spec/attribute.json")),
    ("contact.json", include_str!("../../hsds/spec/contact.json")),
    ("cost_option.json", include_str!("../../hsds/spec/cost_option.json")),
    ("funding.json", include_str!("../../hsds/spec/funding.json")),
    ("language.json", include_str!("../../hsds/spec/language.json")),
    ("location.json", include_str!("../../hsds/spec/location.json")),
    ("meta_table_description.json", include_str!("../../hsds/spec/meta_table_description.json")),
    ("metadata.json", include_str!("../../hsds/spec/metadata.json")),
    ("openapi.json", include_str!("../../hsds/spec/openapi.json")),
    ("organization.json", include_str!("../../hsds/spec/organization.json")),
    ("organization_identifier.json", include_str!("../../hsds/spec/organization_identifier.json")),
    ("phone.json", include_str!("../../hsds/spec/phone.json")),
    ("program.json", include_str!("../../hsds/spec/program.json")),
    ("required_document.json", include_str!("../../hsds/spec/required_document.json")),
    ("schedule.json", include_str!("../../hsds/spec/schedule.json")),
    ("service.json", include_str!("../../hsds/spec/service.json")),
    ("service_area.json", include_str!("../../hsds/spec/service_area.json")),
    ("service_at_location.json", include_str!("../../hsds/spec/service_at_location.json")),
    ("taxonomy.json", include_str!("../../hsds/spec/taxonomy.json")),
    ("taxonomy_term.json", include_str!("../../hsds/spec/taxonomy_term.json")),
];
/// The compiled schemas the API's answers are described by.
const COMPILED: &[(&str, &str)] = &[
    ("compiled/organization.json", include_str!("../../hsds/spec/compiled/organization.json")),
    ("compiled/organization_list.json", include_str!("../../hsds/spec/compiled/organization_list.json")),
    ("compiled/service.json", include_str!("../../hsds/spec/compiled/service.json")),
    ("compiled/service_list.json", include_str!("../../hsds/spec/compiled/service_list.json")),
    ("compiled/service_at_location.json", include_str!("../../hsds/spec/compiled/service_at_location.json")),
    ("compiled/service_at_location_list.json", include_str!("../../hsds/spec/compiled/service_at_location_list.json")),
];
/// The profile's modifications, by the HSDS file each modifies (`translation.json` is new).
const PATCHES: &[(&str, &str)] = &[
    ("location.json", include_str!("../../hsds/profile/location.json")),
    ("openapi.json", include_str!("../../hsds/profile/openapi.json")),
    ("organization.json", include_str!("../../hsds/profile/organization.json")),
    ("phone.json", include_str!("../../hsds/profile/phone.json")),
    ("program.json", include_str!("../../hsds/profile/program.json")),
    ("required_document.json", include_str!("../../hsds/profile/required_document.json")),
    ("schedule.json", include_str!("../../hsds/profile/schedule.json")),
    ("service.json", include_str!("../../hsds/profile/service.json")),
    ("taxonomy.json", include_str!("../../hsds/profile/taxonomy.json")),
    ("taxonomy_term.json", include_str!("../../hsds/profile/taxonomy_term.json")),
    ("translation.json", include_str!("../../hsds/profile/translation.json")),
];

/// HSDS's description of its tabular data package (tables, their files and fields).
pub const SPEC_DATAPACKAGE: &str = include_str!("../../hsds/spec/datapackage.json");

/// The profile's version (semantic, independent of HSDS's).
pub const PROFILE_VERSION: &str = "1.0.0";

/// RFC 7386: `patch` merged into `target` (`null` removes, objects merge, the rest replaces).
pub fn merge(target: &mut Value, patch: &Value) {
    let Value::Object(patch) = patch else {
        *target = patch.clone();
        return;
    };
    if !target.is_object() {
        *target = Value::Object(Map::new());
    }
    let Value::Object(target) = target else { return };
    for (key, value) in patch {
        if value.is_null() {
            target.remove(key);
        } else {
            merge(target.entry(key.clone()).or_insert(Value::Null), value);
        }
    }
}

fn parse(file: &str, text: &str) -> Value {
    // The files are part of the build; a broken one is caught by the unit test below.
    serde_json::from_str(text).unwrap_or_else(|e| {
        tracing::error!("HSDS file {file} is not JSON: {e}");
        Value::Null
    })
}

/// Applies each object's patch at every copy of the object nested in `schema`.
fn patch_nested(schema: &mut Value, patches: &HashMap<String, Value>) {
    match schema {
        Value::Object(map) => {
            let name = map.get("name").and_then(Value::as_str).map(str::to_string);
            if let Some(patch) = name.filter(|_| map.contains_key("properties")).and_then(|n| patches.get(&n)) {
                let mut merged = Value::Object(std::mem::take(map));
                merge(&mut merged, patch);
                if let Value::Object(m) = merged {
                    *map = m;
                }
            }
            for value in map.values_mut() {
                patch_nested(value, patches);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| patch_nested(v, patches)),
        _ => {}
    }
}

/// The profile's modifications, parsed once, by file name.
fn patches() -> &'static HashMap<&'static str, Value> {
    static PARSED: OnceLock<HashMap<&'static str, Value>> = OnceLock::new();
    PARSED.get_or_init(|| PATCHES.iter().map(|(f, t)| (*f, parse(f, t))).collect())
}

/// Every file of the profile as served: `profile/<file>` (the patches) and `schema/<file>`
/// (merged), and `openapi.json`.
fn files() -> &'static HashMap<String, String> {
    static FILES: OnceLock<HashMap<String, String>> = OnceLock::new();
    FILES.get_or_init(|| {
        let patches = patches();
        let mut out = HashMap::new();
        let mut by_object = HashMap::new();
        for (file, text) in PATCHES {
            out.insert(format!("profile/{file}"), text.to_string());
        }
        for (file, text) in BASE {
            let mut schema = parse(file, text);
            if let Some(patch) = patches.get(file) {
                if let Some(name) = schema.get("name").and_then(Value::as_str) {
                    by_object.insert(name.to_string(), patch.clone());
                }
                merge(&mut schema, patch);
            }
            let key = if *file == "openapi.json" { file.to_string() } else { format!("schema/{file}") };
            out.insert(key, schema.to_string());
        }
        let translation = patches.get("translation.json").map(Value::to_string).unwrap_or_default();
        out.insert("schema/translation.json".into(), translation.clone());
        // Compiled schemas name it relative to their own folder.
        out.insert("schema/compiled/translation.json".into(), translation);
        for (file, text) in COMPILED {
            let mut schema = parse(file, text);
            patch_nested(&mut schema, &by_object);
            out.insert(format!("schema/{file}"), schema.to_string());
        }
        out
    })
}

/// The patch of the HSDS object `name` (`service`): each is in the file of that name.
fn patch_of(name: &str) -> Option<&'static Value> {
    patches().get(format!("{name}.json").as_str())
}

/// A data package field (Frictionless Table Schema) for a schema property.
fn field(name: &str, property: &Value) -> Value {
    let mut field = serde_json::json!({
        "name": name,
        "type": property.get("type").cloned().unwrap_or_else(|| "string".into()),
        "title": property.get("title").cloned().unwrap_or_else(|| name.into()),
        "description": property.get("description").cloned().unwrap_or_default(),
    });
    if let Some(format) = property.get("format") {
        field["format"] = format.clone();
    }
    field
}

/// The columns the profile adds to the table of the HSDS object `name` (its lists of
/// translations go to their own table).
pub fn added_fields(name: &str) -> Vec<Value> {
    let Some(patch) = patch_of(name) else { return Vec::new() };
    let Some(properties) = patch.get("properties").and_then(Value::as_object) else { return Vec::new() };
    properties.iter().filter(|(n, _)| *n != "translations").map(|(n, p)| field(n, p)).collect()
}

/// The profile's `translations` table, as a data package resource.
pub fn translation_resource() -> Value {
    let schema = patch_of("translation").cloned().unwrap_or_default();
    let order = ["entity", "entity_id", "field", "language", "text", "status"];
    let fields: Vec<Value> = order.iter().filter_map(|n| schema["properties"].get(*n).map(|p| field(n, p))).collect();
    serde_json::json!({
        "name": "translation",
        "path": "translations.csv",
        "description": schema.get("description").cloned().unwrap_or_default(),
        "format": "csv",
        "mediatype": "text/csv",
        "profile": "tabular-data-resource",
        "schema": { "fields": fields },
    })
}

/// The profile's modification files, by name.
pub fn patched_files() -> impl Iterator<Item = &'static str> {
    PATCHES.iter().map(|(file, _)| *file)
}

/// A served file by its path under `/api/hsds/v3/` (`schema/compiled/service.json`).
pub fn file(path: &str) -> Option<&'static str> {
    files().get(path).map(String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merge_follows_rfc_7386() {
        let mut target: Value = serde_json::json!({"a": "b", "c": {"d": "e", "f": "g"}});
        merge(&mut target, &serde_json::json!({"a": "z", "c": {"f": null}}));
        assert_eq!(target, serde_json::json!({"a": "z", "c": {"d": "e"}}));
    }

    #[test]
    fn every_file_parses_and_nested_copies_are_patched() {
        let service = file("schema/compiled/service.json").expect("compiled service");
        let service: Value = serde_json::from_str(service).unwrap();
        assert!(service["properties"]["translations"].is_object());
        // The organisation nested in a service got the organisation's patch.
        assert!(service["properties"]["organization"]["properties"]["slug"].is_object());
        assert!(file("openapi.json").is_some() && file("profile/service.json").is_some());
        assert!(file("schema/compiled/translation.json").is_some());
    }
}
