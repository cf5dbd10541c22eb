//! JSON Schema validation of Open Referral HSDS answers: against HSDS 3.0's own schemas as
//! vendored (`server/hsds/spec/`), and against the profile's merged schemas as the server
//! publishes them, their relative `$ref`s fetched from the server and put in place, as a
//! client following only `/api/hsds/v3/` would.

use crate::{http, repo_root};
use jsonschema::{Draft, Validator};
use serde_json::Value;
use std::collections::HashMap;

/// A validator for draft 2020-12 with formats (uuid, uri, email, date-time) checked.
fn validator(schema: &Value) -> Validator {
    jsonschema::options()
        .with_draft(Draft::Draft202012)
        .should_validate_formats(true)
        .build(schema)
        .unwrap_or_else(|e| panic!("schema does not compile: {e}"))
}

/// HSDS's own schema `file` (`compiled/service.json`), as vendored, its relative `$ref`s
/// read beside it.
pub async fn plain(file: &str) -> Validator {
    let path = repo_root().join("server/hsds/spec").join(file);
    let mut fetched = HashMap::new();
    validator(&resolved(&format!("file://{}", path.display()), &mut fetched).await)
}

/// The profile's schema at `url`, every relative `$ref` in it fetched and inlined.
pub async fn profile(url: &str) -> Validator {
    let mut fetched = HashMap::new();
    let schema = resolved(url, &mut fetched).await;
    validator(&schema)
}

/// A schema by its address: `file://` (the vendored copy) or over HTTP (the server's).
async fn fetch(url: &str) -> Value {
    if let Some(path) = url.strip_prefix("file://") {
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        return serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: not JSON: {e}"));
    }
    let response = http().get(url).send().await.unwrap_or_else(|e| panic!("{url}: {e}"));
    assert_eq!(response.status().as_u16(), 200, "{url}");
    response.json().await.unwrap_or_else(|e| panic!("{url}: not JSON: {e}"))
}

/// The schema at `url` with each `{"$ref": "<relative file>"}` replaced by that file
/// (itself resolved the same way); `#…` references stay.
fn resolved<'a>(
    url: &'a str,
    fetched: &'a mut HashMap<String, Value>,
) -> std::pin::Pin<Box<dyn std::future::Future<Output = Value> + 'a>> {
    Box::pin(async move {
        if let Some(done) = fetched.get(url) {
            return done.clone();
        }
        let mut schema = fetch(url).await;
        let mut refs = Vec::new();
        collect_refs(&schema, &mut refs);
        let folder = &url[..url.rfind('/').map_or(url.len(), |i| i + 1)];
        let mut targets = HashMap::new();
        for reference in refs {
            let target = format!("{folder}{reference}");
            let value = resolved(&target, fetched).await;
            targets.insert(reference, value);
        }
        inline(&mut schema, &targets);
        fetched.insert(url.to_string(), schema.clone());
        schema
    })
}

fn collect_refs(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(r)) = map.get("$ref") {
                if !r.starts_with('#') && !r.contains("://") && !out.contains(r) {
                    out.push(r.clone());
                }
            }
            map.values().for_each(|v| collect_refs(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| collect_refs(v, out)),
        _ => {}
    }
}

fn inline(value: &mut Value, targets: &HashMap<String, Value>) {
    match value {
        Value::Object(map) => {
            let target = map.get("$ref").and_then(Value::as_str).and_then(|r| targets.get(r)).cloned();
            if let Some(target) = target {
                *value = target;
                return;
            }
            map.values_mut().for_each(|v| inline(v, targets));
        }
        Value::Array(items) => items.iter_mut().for_each(|v| inline(v, targets)),
        _ => {}
    }
}

/// Fails with every error when `instance` does not validate.
pub fn assert_valid(validator: &Validator, instance: &Value, what: &str) {
    let errors: Vec<String> =
        validator.iter_errors(instance).take(10).map(|e| format!("{} at {}", e, e.instance_path())).collect();
    assert!(errors.is_empty(), "{what} is not valid:\n{}", errors.join("\n"));
}
