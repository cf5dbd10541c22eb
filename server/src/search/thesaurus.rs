//! The search thesaurus (`content/thesaurus.toml`): everyday words and synonyms in the five
//! languages that lead to categories and target groups. A family types "badante" or "保姆",
//! the texts say "assistente familiare": the thesaurus bridges the two.
//!
//! Entries are analysed like the index's fields, so they match whatever the spelling; an
//! entry of several words matches when all its words are in the query.

use super::analyzers::{analyze, Mode};
use portineria_app::lang::Lang;
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use std::path::Path;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ThesaurusFile {
    /// Machine or confirmed, as in every content file; search does not depend on it.
    #[serde(default, rename = "translations")]
    _translations: Option<String>,
    concepts: Vec<ConceptEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConceptEntry {
    id: String,
    #[serde(default)]
    categories: Vec<String>,
    #[serde(default)]
    target_groups: Vec<String>,
    words: BTreeMap<String, Vec<String>>,
}

/// Where a concept leads: services in any of `categories` (if given) and serving any of
/// `target_groups` (if given).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Concept {
    pub id: String,
    pub categories: Vec<String>,
    pub target_groups: Vec<String>,
}

/// One entry in one language, analysed.
impl Concept {
    /// Whether the concept leads to a service in `categories` serving `target_groups`: each
    /// of its lists that is given shares a value with the service's.
    pub fn leads_to(&self, categories: &[String], target_groups: &[String]) -> bool {
        let meets = |wanted: &[String], has: &[String]| wanted.is_empty() || wanted.iter().any(|w| has.contains(w));
        !(self.categories.is_empty() && self.target_groups.is_empty())
            && meets(&self.categories, categories)
            && meets(&self.target_groups, target_groups)
    }
}

#[derive(Debug)]
struct Entry {
    lang: Lang,
    terms: Vec<String>,
    concept: usize,
}

#[derive(Debug, Default)]
pub struct Thesaurus {
    concepts: Vec<Concept>,
    entries: Vec<Entry>,
}

#[derive(Debug, thiserror::Error)]
pub enum ThesaurusError {
    #[error("cannot read {0}: {1}")]
    Read(String, std::io::Error),
    #[error("{0} is not valid: {1}")]
    Parse(String, String),
}

impl Thesaurus {
    /// Reads `thesaurus.toml` from the content directory; no file means no thesaurus.
    pub fn load(content_dir: &Path) -> Result<Self, ThesaurusError> {
        let path = content_dir.join(crate::content::THESAURUS_FILE);
        let shown = path.display().to_string();
        match std::fs::read_to_string(&path) {
            Ok(text) => Self::parse(&text).map_err(|e| ThesaurusError::Parse(shown, e)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Self::default()),
            Err(e) => Err(ThesaurusError::Read(shown, e)),
        }
    }

    pub fn parse(text: &str) -> Result<Self, String> {
        let file: ThesaurusFile = toml::from_str(text).map_err(|e| e.to_string())?;
        let mut thesaurus = Self::default();
        for entry in file.concepts {
            let concept = thesaurus.concepts.len();
            for (code, words) in &entry.words {
                let lang = Lang::from_code(code).ok_or_else(|| format!("{}: unknown language {code:?}", entry.id))?;
                for word in words {
                    let terms: Vec<String> = analyze(lang, Mode::Stem, word).into_iter().map(|t| t.text).collect();
                    if !terms.is_empty() {
                        thesaurus.entries.push(Entry { lang, terms, concept });
                    }
                }
            }
            thesaurus.concepts.push(Concept {
                id: entry.id,
                categories: entry.categories,
                target_groups: entry.target_groups,
            });
        }
        Ok(thesaurus)
    }

    pub fn concepts(&self) -> &[Concept] {
        &self.concepts
    }

    /// The languages each concept has words in (for the content check).
    pub fn languages_of(&self, concept: usize) -> HashSet<Lang> {
        self.entries.iter().filter(|e| e.concept == concept).map(|e| e.lang).collect()
    }

    /// The concepts whose words appear in a query, given the query's terms per language,
    /// each with the language and terms of the entry that matched (to know which words of
    /// the query the concept stands for).
    pub fn matches(&self, query_terms: &[(Lang, Vec<String>)]) -> Vec<(&Concept, Lang, &[String])> {
        let mut found: Vec<(&Concept, Lang, &[String])> = Vec::new();
        for entry in &self.entries {
            let Some((_, terms)) = query_terms.iter().find(|(l, _)| *l == entry.lang) else {
                continue;
            };
            if entry.terms.iter().all(|t| terms.contains(t)) {
                found.push((&self.concepts[entry.concept], entry.lang, &entry.terms));
            }
        }
        found
    }
}
