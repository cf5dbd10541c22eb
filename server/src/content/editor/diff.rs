//! What changed between two versions of an organisation's document, value by value, for the
//! draft's changes page, a revision's page and revision summaries. Values are named by
//! readable paths (`services[slug].name.it`, `locations[key].hours[0].opens`): entries by
//! their id, so adding one does not shift the others, and everything else by the names
//! [`super::fields`] declares.

use super::fields::{Access, EntryType, DOCUMENT, HOURS, PHONE};
use super::on_entry;
use crate::content::{OrganizationFile, Texts};
use std::collections::{BTreeMap, BTreeSet};

/// One difference between two versions of a document, by readable path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub path: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// What changed from `before` to `after`, value by value, in path order.
pub fn diff(before: Option<&OrganizationFile>, after: &OrganizationFile) -> Vec<Change> {
    let a = before.map(flatten).unwrap_or_default();
    let b = flatten(after);
    let paths: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
    paths
        .into_iter()
        .filter(|p| a.get(*p) != b.get(*p))
        .map(|p| Change { path: p.clone(), before: a.get(p).cloned(), after: b.get(p).cloned() })
        .collect()
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

/// Every value of a document by path; a value left out has no path.
fn flatten(doc: &OrganizationFile) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    out.insert(DOCUMENT.translations.to_string(), doc.translations.as_str().to_string());
    if let Some(source) = &doc.source {
        out.insert(DOCUMENT.source.to_string(), source.clone());
    }
    for (key, status) in &doc.statuses {
        out.insert(format!("{}.{key}", DOCUMENT.statuses), status.as_str().to_string());
    }
    for entry in doc.all_entries() {
        on_entry!(&entry, e => flatten_entry(e, &mut out));
    }
    out
}

fn flatten_entry<T: EntryType>(entry: &T, out: &mut BTreeMap<String, String>) {
    let prefix = T::KIND.entry_key(entry.id());
    for f in T::FIELDS {
        let path = format!("{prefix}.{}", f.name);
        match &f.access {
            Access::Id(lens) => {
                out.insert(path, (lens.get)(entry).clone());
            }
            Access::Line(_, slot) | Access::Choice(_, slot) => {
                if let Some(value) = slot.get(entry) {
                    out.insert(path, value.clone());
                }
            }
            Access::Texts(_, slot) => {
                if let Some(texts) = slot.get(entry) {
                    flatten_texts(&path, texts, out);
                }
            }
            Access::TextsList(lens) => {
                for (i, texts) in (lens.get)(entry).iter().enumerate() {
                    flatten_texts(&format!("{path}[{i}]"), texts, out);
                }
            }
            Access::Multi(_, lens) | Access::Lines(lens) => {
                for (i, value) in (lens.get)(entry).iter().enumerate() {
                    out.insert(format!("{path}[{i}]"), value.clone());
                }
            }
            Access::Phones(lens) => {
                for (i, phone) in (lens.get)(entry).iter().enumerate() {
                    out.insert(format!("{path}[{i}].{}", PHONE.number), phone.number.clone());
                    if let Some(label) = &phone.label {
                        flatten_texts(&format!("{path}[{i}].{}", PHONE.label), label, out);
                    }
                }
            }
            Access::Flag(lens) => {
                out.insert(path, (lens.get)(entry).to_string());
            }
            Access::Note(lens) => {
                if let Some(note) = (lens.get)(entry) {
                    out.insert(path, note.clone());
                }
            }
            Access::Coordinates(lens) => {
                if let Some(point) = (lens.get)(entry) {
                    out.insert(path, point.to_string());
                }
            }
            Access::Closures(lens) => {
                for (i, closure) in (lens.get)(entry).iter().enumerate() {
                    out.insert(format!("{path}[{i}]"), closure.to_string());
                }
            }
            Access::Hours(lens) => {
                for (i, hours) in (lens.get)(entry).iter().enumerate() {
                    let row = format!("{path}[{i}]");
                    for (j, day) in hours.days.iter().enumerate() {
                        out.insert(format!("{row}.{}[{j}]", HOURS.days), day.clone());
                    }
                    out.insert(format!("{row}.{}", HOURS.opens), hours.opens.clone());
                    out.insert(format!("{row}.{}", HOURS.closes), hours.closes.clone());
                    out.insert(format!("{row}.{}", HOURS.appointment_only), hours.appointment_only.to_string());
                }
            }
        }
    }
}

/// Each language of a text, `path.ar`, as stored (any language key the file has).
fn flatten_texts(path: &str, texts: &Texts, out: &mut BTreeMap<String, String>) {
    for (lang, text) in &texts.0 {
        out.insert(format!("{path}.{lang}"), text.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::editor::tests::doc;
    use crate::content::editor::Kind;

    #[test]
    fn diffs_name_entries_by_id() {
        let d = doc();
        let mut after = d.clone();
        after.services[0].name.0.insert("it".into(), "Sportello unico".into());
        after.locations[0].hours[0].opens = "08:30".into();
        after.services[0].phones[0].label = None;
        after.remove_entry(Kind::Organization, "org");
        let changes = diff(Some(&d), &after);
        let change = |path: &str, before: Option<&str>, after: Option<&str>| Change {
            path: path.into(),
            before: before.map(String::from),
            after: after.map(String::from),
        };
        assert_eq!(
            changes,
            [
                change("locations[sede].hours[0].opens", Some("09:00"), Some("08:30")),
                change("services[sportello].name.it", Some("Sportello"), Some("Sportello unico")),
                change("services[sportello].phones[0].label.it", Some("Segreteria"), None),
            ]
        );
        assert_eq!(touched(&changes), ["locations[sede]", "services[sportello]"]);
    }

    #[test]
    fn a_new_document_is_all_additions() {
        let d = doc();
        let changes = diff(None, &d);
        assert!(changes.iter().all(|c| c.before.is_none() && c.after.is_some()));
        let paths: Vec<&str> = changes.iter().map(|c| c.path.as_str()).collect();
        for path in [
            "translations",
            "organization.slug",
            "locations[sede].hours[0].days[1]",
            "locations[sede].hours[0].appointment_only",
            "services[sportello].documents[0].ro",
            "services[sportello].categories[0]",
        ] {
            assert!(paths.contains(&path), "{path} in {paths:?}");
        }
    }
}
