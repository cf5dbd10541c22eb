//! Three-way merge of an organisation's documents, entry by entry. Two partners of one
//! organisation edit its one shared draft; when a save is based on an older version of the
//! draft than the one now stored, their change is replayed on top of the newer one: entries
//! (keyed by kind and slug) that only one side changed are taken from that side, and an
//! entry both sides changed differently is a conflict, never silently overwritten.

use crate::content::editor::{Entry, Kind};
use crate::content::OrganizationFile;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    /// Entries both sides changed differently (`services[slug]`, `organization`).
    #[error("entries changed on both sides: {0:?}")]
    Conflict(Vec<String>),
}

/// The entries of a document by (kind, id).
fn by_key(doc: &OrganizationFile) -> BTreeMap<(Kind, String), Entry> {
    doc.all_entries().into_iter().map(|entry| ((entry.kind(), entry.id().to_string()), entry)).collect()
}

/// Which side of a three-way merge a value comes from; `None` when both changed it
/// differently.
fn pick<'a, T: PartialEq>(base: Option<&'a T>, ours: Option<&'a T>, theirs: Option<&'a T>) -> Option<Option<&'a T>> {
    if ours == base || ours == theirs {
        Some(theirs)
    } else if theirs == base {
        Some(ours)
    } else {
        None
    }
}

/// `ours` (a change made to `base`) replayed on `theirs` (what `base` became meanwhile).
pub fn merge(
    base: &OrganizationFile,
    ours: &OrganizationFile,
    theirs: &OrganizationFile,
) -> Result<OrganizationFile, MergeError> {
    let (b, o, t) = (by_key(base), by_key(ours), by_key(theirs));
    let keys: BTreeSet<&(Kind, String)> = b.keys().chain(o.keys()).chain(t.keys()).collect();
    let mut merged = theirs.clone();
    let mut conflicts = Vec::new();
    for key in keys {
        let (kind, id) = key;
        match pick(b.get(key), o.get(key), t.get(key)) {
            None => conflicts.push(kind.entry_key(id)),
            // Theirs is already in place.
            Some(chosen) if chosen == t.get(key) => {}
            Some(Some(chosen)) => merged.put_entry(t.contains_key(key).then_some(id.as_str()), chosen.clone()),
            Some(None) => merged.remove_entry(*kind, id),
        }
    }
    if !conflicts.is_empty() {
        return Err(MergeError::Conflict(conflicts));
    }
    // Translation statuses key by entry, so they follow the entries; where both sides set
    // one differently (both confirmed a text, say), this person's choice is kept.
    let status_keys: BTreeSet<&String> =
        base.statuses.keys().chain(ours.statuses.keys()).chain(theirs.statuses.keys()).collect();
    let mut statuses = BTreeMap::new();
    for key in status_keys {
        let (b, o, t) = (base.statuses.get(key), ours.statuses.get(key), theirs.statuses.get(key));
        if let Some(status) = pick(b, o, t).unwrap_or(o) {
            statuses.insert(key.clone(), *status);
        }
    }
    merged.statuses = statuses;
    if ours.translations != base.translations {
        merged.translations = ours.translations;
    }
    if ours.source != base.source {
        merged.source = ours.source.clone();
    }
    Ok(merged)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> OrganizationFile {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
        let set = crate::content::load_dir(&dir).expect("content/ is valid");
        set.organizations.into_iter().map(|(_, _, f)| f).find(|f| f.services.len() >= 2).expect("an organisation")
    }

    fn renamed(doc: &OrganizationFile, index: usize, name: &str) -> OrganizationFile {
        let mut doc = doc.clone();
        doc.services[index].name.0.insert("it".into(), name.into());
        doc
    }

    #[test]
    fn different_entries_are_both_kept() {
        let base = doc();
        let ours = renamed(&base, 0, "Nostro");
        let theirs = renamed(&base, 1, "Loro");
        let merged = merge(&base, &ours, &theirs).unwrap();
        assert_eq!(merged.services[0].name.italian(), "Nostro");
        assert_eq!(merged.services[1].name.italian(), "Loro");
        assert_eq!(merged.services.len(), base.services.len());
    }

    #[test]
    fn the_same_entry_changed_twice_is_a_conflict() {
        let base = doc();
        let ours = renamed(&base, 0, "Nostro");
        let theirs = renamed(&base, 0, "Loro");
        let Err(MergeError::Conflict(entries)) = merge(&base, &ours, &theirs) else { panic!("conflict expected") };
        assert_eq!(entries, vec![Kind::Service.entry_key(&base.services[0].slug)]);
        // The same change on both sides is no conflict.
        assert!(merge(&base, &ours, &ours).is_ok());
    }

    #[test]
    fn additions_and_removals_merge() {
        let base = doc();
        let removed = base.services[1].slug.clone();
        let mut theirs = base.clone();
        theirs.remove_entry(Kind::Service, &removed);
        let mut added = base.services[0].clone();
        added.slug = "nuovo-servizio-di-prova".into();
        let mut ours = base.clone();
        ours.put_entry(None, Entry::Service(added));
        let merged = merge(&base, &ours, &theirs).unwrap();
        let slugs: Vec<&str> = merged.services.iter().map(|s| s.slug.as_str()).collect();
        assert!(slugs.contains(&"nuovo-servizio-di-prova") && !slugs.contains(&removed.as_str()));
        // Removing an entry the other side edited is a conflict.
        let edited = renamed(&base, 1, "Loro");
        assert!(matches!(merge(&base, &theirs, &edited), Err(MergeError::Conflict(_))));
    }
}
