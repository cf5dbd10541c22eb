//! How far each translation of a document is: every text of an entry by its path
//! (`service:slug/name`), its status in each language (the file's, unless a partner wrote or
//! confirmed it), and per language how many texts exist and are confirmed.

use super::fields::{Access, EntryType, Slot};
use super::{on_entry, Entry};
use crate::content::{self, FileTranslationStatus, OrganizationFile, Texts};
use portineria_app::lang::Lang;
use portineria_app::model::TranslationStatus;
use std::collections::HashMap;

/// The paths of an entry's texts (`service:slug/name`, `service:slug/documents.0`,
/// `service:slug/phones.1`) with each text.
pub fn text_paths(entry: &Entry) -> Vec<(String, &Texts)> {
    on_entry!(entry, e => texts_of(e))
}

fn texts_of<T: EntryType>(entry: &T) -> Vec<(String, &Texts)> {
    let owner = T::KIND.owner(entry.id());
    let mut paths = Vec::new();
    for f in T::FIELDS {
        let name = f.name;
        match &f.access {
            Access::Texts(_, slot) => paths.extend(slot.get(entry).map(|t| (format!("{owner}/{name}"), t))),
            Access::TextsList(lens) => {
                for (i, t) in (lens.get)(entry).iter().enumerate() {
                    paths.push((format!("{owner}/{name}.{i}"), t));
                }
            }
            Access::Phones(lens) => {
                for (i, phone) in (lens.get)(entry).iter().enumerate() {
                    paths.extend(phone.label.as_ref().map(|t| (format!("{owner}/{name}.{i}"), t)));
                }
            }
            _ => {}
        }
    }
    paths
}

/// The text of an entry at `field` (`name`, `documents.0`, `phones.1`: a path without its
/// owner), to change one language of it; `None` when the entry has no such text.
pub fn text_mut<'a>(entry: &'a mut Entry, field: &str) -> Option<&'a mut Texts> {
    on_entry!(entry, e => text_of_mut(e, field))
}

fn text_of_mut<'a, T: EntryType>(entry: &'a mut T, field: &str) -> Option<&'a mut Texts> {
    let (name, index) = match field.split_once('.') {
        Some((name, i)) => (name, Some(i.parse::<usize>().ok()?)),
        None => (field, None),
    };
    let f = T::FIELDS.iter().find(|f| f.name == name)?;
    match (&f.access, index) {
        (Access::Texts(_, Slot::Required(lens)), None) => Some((lens.get_mut)(entry)),
        (Access::Texts(_, Slot::Optional(lens)), None) => (lens.get_mut)(entry).as_mut(),
        (Access::TextsList(lens), Some(i)) => (lens.get_mut)(entry).get_mut(i),
        (Access::Phones(lens), Some(i)) => (lens.get_mut)(entry).get_mut(i)?.label.as_mut(),
        _ => None,
    }
}

/// A language of a text as stored, when it is there and not empty.
pub fn written(texts: &Texts, lang: Lang) -> Option<&str> {
    texts.0.get(lang.code()).map(String::as_str).filter(|t| !t.is_empty())
}

/// The translation status of a text in a language.
pub fn status(doc: &OrganizationFile, path: &str, lang: Lang) -> TranslationStatus {
    if lang == Lang::It {
        return TranslationStatus::Source;
    }
    doc.statuses.get(&content::status_key(path, lang)).copied().unwrap_or(doc.translations).shown()
}

/// After an entry changed from `old` to `new`: a translation a partner wrote (changed or
/// added) counts as confirmed; where the Italian changed, every translation left as it was
/// becomes outdated, and the Italian it was made from is kept for the editor; statuses of
/// texts that are gone are dropped.
pub fn update_statuses(doc: &mut OrganizationFile, old: Option<&Entry>, new: &Entry) {
    let before: HashMap<String, &Texts> = old.map(text_paths).unwrap_or_default().into_iter().collect();
    let after = text_paths(new);
    let owner = format!("{}/", new.kind().owner(new.id()));
    let kept = |key: &str| !key.starts_with(&owner) || after.iter().any(|(p, _)| key.starts_with(&format!("{p}/")));
    doc.statuses.retain(|key, _| kept(key));
    doc.outdated_from.retain(|path, _| kept(&format!("{path}/")));
    for (path, texts) in &after {
        let was = before.get(path);
        let italian_before = was.and_then(|t| written(t, Lang::It));
        let italian_changed = italian_before.is_some_and(|b| Some(b) != written(texts, Lang::It));
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::It) {
            let now = written(texts, lang);
            let key = content::status_key(path, lang);
            if now.is_some() && now != was.and_then(|t| written(t, lang)) {
                doc.statuses.insert(key, FileTranslationStatus::Confirmed);
            } else if italian_changed && now.is_some() {
                doc.statuses.insert(key, FileTranslationStatus::Outdated);
            }
        }
        if let Some(italian_before) = italian_before.filter(|_| italian_changed) {
            doc.outdated_from.entry(path.clone()).or_insert_with(|| italian_before.to_string());
        }
    }
    forget_settled(doc);
}

/// Marks one translation as confirmed (a partner read it and it says what the Italian says).
pub fn confirm(doc: &mut OrganizationFile, key: &str) {
    doc.statuses.insert(key.to_string(), FileTranslationStatus::Confirmed);
    forget_settled(doc);
}

/// Drops the Italian kept for texts none of whose translations is outdated any more.
pub fn forget_settled(doc: &mut OrganizationFile) {
    let statuses = &doc.statuses;
    doc.outdated_from.retain(|path, _| {
        Lang::ALL
            .into_iter()
            .any(|l| statuses.get(&content::status_key(path, l)) == Some(&FileTranslationStatus::Outdated))
    });
}

/// One outdated translation: the text's path, its language, the entry it belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outdated {
    pub kind: super::Kind,
    pub id: String,
    pub title: String,
    pub path: String,
    pub lang: Lang,
}

/// Every outdated translation of the document, entry by entry, to list for its editors.
pub fn outdated(doc: &OrganizationFile) -> Vec<Outdated> {
    let mut found = Vec::new();
    for entry in doc.all_entries() {
        for (path, texts) in text_paths(&entry) {
            for lang in Lang::ALL.into_iter().filter(|l| written(texts, *l).is_some()) {
                if status(doc, &path, lang) == TranslationStatus::Outdated {
                    let (kind, id, title) = (entry.kind(), entry.id().to_string(), entry.title().to_string());
                    found.push(Outdated { kind, id, title, path: path.clone(), lang });
                }
            }
        }
    }
    found
}

/// How far one language is: texts present, confirmed (or source) and outdated, of `total`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Completeness {
    pub present: usize,
    pub confirmed: usize,
    pub outdated: usize,
    pub total: usize,
}

impl Completeness {
    pub fn percent(part: usize, total: usize) -> usize {
        (part * 100).checked_div(total).unwrap_or(100)
    }
}

/// Per language, how many of the document's texts (those with an Italian source) exist,
/// are confirmed and are outdated.
pub fn completeness(doc: &OrganizationFile) -> Vec<(Lang, Completeness)> {
    let mut result: Vec<(Lang, Completeness)> = Lang::ALL.into_iter().map(|l| (l, Completeness::default())).collect();
    for entry in doc.all_entries() {
        for (path, texts) in text_paths(&entry) {
            if written(texts, Lang::It).is_none() {
                continue;
            }
            for (lang, c) in result.iter_mut() {
                c.total += 1;
                if written(texts, *lang).is_some() {
                    c.present += 1;
                    match status(doc, &path, *lang) {
                        TranslationStatus::Machine => {}
                        TranslationStatus::Outdated => c.outdated += 1,
                        _ => c.confirmed += 1,
                    }
                }
            }
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::editor::tests::doc;
    use crate::content::editor::Kind;

    #[test]
    fn texts_are_named_by_path() {
        let d = doc();
        let paths: Vec<String> =
            text_paths(&d.entry(Kind::Service, "sportello").unwrap()).into_iter().map(|(p, _)| p).collect();
        let expected =
            ["name", "summary", "description", "documents.0", "phones.0"].map(|p| format!("service:sportello/{p}"));
        assert_eq!(paths, expected);
    }

    #[test]
    fn written_translations_become_confirmed_and_completeness_counts_them() {
        let mut d = doc();
        let old = d.entry(Kind::Service, "sportello").unwrap();
        let Entry::Service(mut service) = old.clone() else { panic!("a service") };
        service.summary.0.insert("ro".into(), "Ajutor".into());
        let new = Entry::Service(service);
        update_statuses(&mut d, Some(&old), &new);
        assert_eq!(status(&d, "service:sportello/summary", Lang::Ro), TranslationStatus::Confirmed);
        assert_eq!(status(&d, "service:sportello/name", Lang::Ar), TranslationStatus::Machine);
        assert_eq!(status(&d, "service:sportello/name", Lang::It), TranslationStatus::Source);
        d.put_entry(Some("sportello"), new);
        let ro = completeness(&d).into_iter().find(|(l, _)| *l == Lang::Ro).unwrap().1;
        // Texts: org name, org description, service name, summary, description, document, phone label.
        assert_eq!(ro, Completeness { present: 3, confirmed: 1, outdated: 0, total: 7 });
    }

    /// The service of the test document with its Italian name changed, and maybe Romanian.
    fn renamed(d: &OrganizationFile, italian: &str, romanian: Option<&str>) -> (Entry, Entry) {
        let old = d.entry(Kind::Service, "sportello").unwrap();
        let Entry::Service(mut service) = old.clone() else { panic!("a service") };
        service.name.0.insert("it".into(), italian.into());
        for lang in ["ro", "ar"] {
            service.name.0.entry(lang.into()).or_insert_with(|| format!("{lang} name"));
        }
        if let Some(ro) = romanian {
            service.name.0.insert("ro".into(), ro.into());
        }
        (old, Entry::Service(service))
    }

    #[test]
    fn a_changed_italian_makes_the_translations_left_as_they_were_outdated() {
        let mut d = doc();
        // Translations first, so the rename below leaves them as they were.
        let (old, with_translations) = renamed(&d, "Sportello", None);
        update_statuses(&mut d, Some(&old), &with_translations);
        d.put_entry(Some("sportello"), with_translations.clone());
        let was = d.entry(Kind::Service, "sportello").unwrap().title().to_string();
        let (old, new) = renamed(&d, "Sportello nuovo", Some("Ghișeu nou"));
        update_statuses(&mut d, Some(&old), &new);
        d.put_entry(Some("sportello"), new);
        let path = "service:sportello/name";
        assert_eq!(status(&d, path, Lang::Ar), TranslationStatus::Outdated, "left as it was");
        assert_eq!(status(&d, path, Lang::Ro), TranslationStatus::Confirmed, "rewritten with it");
        assert_eq!(d.outdated_from.get(path).map(String::as_str), Some(was.as_str()));
        assert_eq!(outdated(&d).len(), 1);
        let ar = completeness(&d).into_iter().find(|(l, _)| *l == Lang::Ar).unwrap().1;
        assert_eq!(ar.outdated, 1);
        // A second change keeps the Italian the translation was made from.
        let (old, new) = renamed(&d, "Sportello più nuovo", None);
        update_statuses(&mut d, Some(&old), &new);
        d.put_entry(Some("sportello"), new);
        assert_eq!(d.outdated_from.get(path).map(String::as_str), Some(was.as_str()));
        // The Romanian left as it was this time is outdated too. Confirming clears each; the
        // Italian kept for them goes with the last.
        assert_eq!(status(&d, path, Lang::Ro), TranslationStatus::Outdated);
        confirm(&mut d, &content::status_key(path, Lang::Ar));
        assert_eq!(status(&d, path, Lang::Ar), TranslationStatus::Confirmed);
        assert!(d.outdated_from.contains_key(path));
        confirm(&mut d, &content::status_key(path, Lang::Ro));
        assert!(d.outdated_from.is_empty() && outdated(&d).is_empty());
    }
}
