//! How far each translation of a document is: every text of an entry by its path
//! (`service:slug/name`), its status in each language (the file's, unless a partner wrote or
//! confirmed it), and per language how many texts exist and are confirmed.

use super::fields::{Access, EntryType};
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

/// A language of a text as stored, when it is there and not empty.
fn written(texts: &Texts, lang: Lang) -> Option<&str> {
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
/// added) counts as confirmed; statuses of texts that are gone are dropped.
pub fn update_statuses(doc: &mut OrganizationFile, old: Option<&Entry>, new: &Entry) {
    let before: HashMap<String, &Texts> = old.map(text_paths).unwrap_or_default().into_iter().collect();
    let after = text_paths(new);
    let owner = new.kind().owner(new.id());
    doc.statuses.retain(|key, _| {
        !key.starts_with(&format!("{owner}/")) || after.iter().any(|(p, _)| key.starts_with(&format!("{p}/")))
    });
    for (path, texts) in &after {
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::It) {
            let now = texts.0.get(lang.code());
            let was = before.get(path).and_then(|t| t.0.get(lang.code()));
            if now.is_some() && now != was {
                doc.statuses.insert(content::status_key(path, lang), FileTranslationStatus::Confirmed);
            }
        }
    }
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
                    if status(doc, &path, *lang) != TranslationStatus::Machine {
                        c.confirmed += 1;
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
        assert_eq!(ro, Completeness { present: 3, confirmed: 1, total: 7 });
    }
}
