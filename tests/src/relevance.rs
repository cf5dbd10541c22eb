//! The search relevance suite (`tests/relevance/queries.toml`): queries a person would type,
//! with the services that are right answers, scored as success@5 and mean reciprocal rank.
//! The end-to-end test runs it against the real server; the benchmark runs it against
//! Portineria and the SQLite FTS5 baseline side by side.

use portineria::content::{organization_paths, read_toml};
use portineria::search::analyzers::{analyze, Mode};
use portineria_app::lang::Lang;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::path::Path;

#[derive(Clone, Debug, Deserialize)]
pub struct RelevanceQuery {
    pub q: String,
    pub lang: String,
    pub kind: String,
    pub expect: Vec<String>,
}

#[derive(Deserialize)]
struct Suite {
    queries: Vec<RelevanceQuery>,
}

/// The suite's queries.
pub fn queries() -> Vec<RelevanceQuery> {
    read("tests/relevance/queries.toml")
}

/// The held-out queries: written apart by a fluent reader, reported beside the suite and
/// never tuned on.
pub fn heldout() -> Vec<RelevanceQuery> {
    read("tests/relevance/heldout.toml")
}

fn read(file: &str) -> Vec<RelevanceQuery> {
    parsed::<Suite>(&crate::repo_root().join(file)).queries
}

/// A TOML file of the repository, read as the server reads its content; panics with the
/// file's name.
fn parsed<T: serde::de::DeserializeOwned>(path: &Path) -> T {
    read_toml(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The stemmed terms of each language's content and of the thesaurus (with the categories'
/// keywords), as the search analyses them. A query labelled "synonym" or "cross-lingual"
/// counts as such only when none of its words is in its language's content or in the
/// thesaurus: otherwise it measures a word the content or the thesaurus was written to have,
/// and it is scored as "exact" or "thesaurus".
pub struct Vocabulary {
    content: HashMap<Lang, HashSet<String>>,
    thesaurus: HashMap<Lang, HashSet<String>>,
}

impl Vocabulary {
    /// The vocabulary of the repository's `content/`.
    pub fn of_content() -> Self {
        let dir = crate::repo_root().join("content");
        let mut vocabulary = Self { content: HashMap::new(), thesaurus: HashMap::new() };
        for path in organization_paths(&dir).expect("content/organizations") {
            vocabulary.add(&parsed(&path), false);
        }
        vocabulary.add(&parsed(&dir.join("taxonomy.toml")), false);
        vocabulary.add(&parsed(&dir.join("thesaurus.toml")), true);
        vocabulary
    }

    /// Every text of `value` under a language key: into the thesaurus's terms when
    /// `thesaurus` or under a `keywords` key, into the content's otherwise.
    fn add(&mut self, value: &toml::Value, thesaurus: bool) {
        let Some(table) = value.as_table() else {
            if let Some(items) = value.as_array() {
                items.iter().for_each(|item| self.add(item, thesaurus));
            }
            return;
        };
        for (key, value) in table {
            match Lang::from_code(key) {
                Some(lang) => {
                    let texts: Vec<&str> = match value {
                        toml::Value::String(text) => vec![text.as_str()],
                        toml::Value::Array(items) => items.iter().filter_map(toml::Value::as_str).collect(),
                        _ => Vec::new(),
                    };
                    let terms = if thesaurus { &mut self.thesaurus } else { &mut self.content };
                    let terms = terms.entry(lang).or_default();
                    for text in texts {
                        terms.extend(analyze(lang, Mode::Stem, text).into_iter().map(|t| t.text));
                    }
                }
                None => self.add(value, thesaurus || key == "keywords"),
            }
        }
    }

    /// The kind `query` is scored under.
    pub fn honest_kind(&self, query: &RelevanceQuery) -> String {
        let kind = query.kind.as_str();
        let Some(lang) = Lang::from_code(&query.lang).filter(|_| matches!(kind, "synonym" | "cross-lingual")) else {
            return query.kind.clone();
        };
        let terms = analyze(lang, Mode::Stem, &query.q);
        let any_in = |set: Option<&HashSet<String>>| set.is_some_and(|set| terms.iter().any(|t| set.contains(&t.text)));
        if any_in(self.content.get(&lang)) {
            "exact".to_string()
        } else if kind == "synonym" && any_in(self.thesaurus.get(&lang)) {
            "thesaurus".to_string()
        } else {
            query.kind.clone()
        }
    }
}

/// Success@5 and MRR over some queries.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Score {
    pub queries: usize,
    pub successes: usize,
    pub reciprocal_ranks: f64,
}

impl Score {
    fn add(&mut self, rank: Option<usize>) {
        self.queries += 1;
        if rank.is_some_and(|r| r <= 5) {
            self.successes += 1;
        }
        self.reciprocal_ranks += rank.map_or(0.0, |r| 1.0 / r as f64);
    }

    pub fn success_at_5(&self) -> f64 {
        self.successes as f64 / self.queries.max(1) as f64
    }

    pub fn mrr(&self) -> f64 {
        self.reciprocal_ranks / self.queries.max(1) as f64
    }
}

#[derive(Debug, Default)]
pub struct Report {
    pub overall: Score,
    pub by_lang: BTreeMap<String, Score>,
    pub by_kind: BTreeMap<String, Score>,
    /// Queries that failed at 5, with the first five results.
    pub failures: Vec<(RelevanceQuery, Vec<String>)>,
    /// Queries scored under another kind than their label: (query, label, kind).
    pub relabelled: Vec<(String, String, String)>,
}

/// Scores ranked results (service slugs, best first), one list per query in suite order,
/// each query under its honest kind (see [`Vocabulary`]).
pub fn evaluate(queries: &[RelevanceQuery], results: &[Vec<String>]) -> Report {
    let vocabulary = Vocabulary::of_content();
    let mut report = Report::default();
    for (query, found) in queries.iter().zip(results) {
        let kind = vocabulary.honest_kind(query);
        if kind != query.kind {
            report.relabelled.push((query.q.clone(), query.kind.clone(), kind.clone()));
        }
        let rank = found.iter().position(|slug| query.expect.contains(slug)).map(|i| i + 1);
        report.overall.add(rank);
        report.by_lang.entry(query.lang.clone()).or_default().add(rank);
        report.by_kind.entry(kind).or_default().add(rank);
        if rank.is_none_or(|r| r > 5) {
            report.failures.push((query.clone(), found.iter().take(5).cloned().collect()));
        }
    }
    report
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let row = |f: &mut fmt::Formatter<'_>, name: &str, s: &Score| {
            writeln!(f, "| {name} | {} | {:.3} | {:.3} |", s.queries, s.success_at_5(), s.mrr())
        };
        writeln!(f, "| queries | n | success@5 | MRR |\n|---|---|---|---|")?;
        row(f, "all", &self.overall)?;
        for (lang, score) in &self.by_lang {
            row(f, &format!("lang {lang}"), score)?;
        }
        for (kind, score) in &self.by_kind {
            row(f, &format!("kind {kind}"), score)?;
        }
        for (q, label, kind) in &self.relabelled {
            writeln!(f, "scored as {kind}, labelled {label}: {q:?}")?;
        }
        for (query, top) in &self.failures {
            writeln!(
                f,
                "missed: {:?} ({}, {}) expected {:?}, got {:?}",
                query.q, query.lang, query.kind, query.expect, top
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(q: &str, lang: &str, kind: &str) -> RelevanceQuery {
        RelevanceQuery { q: q.to_string(), lang: lang.to_string(), kind: kind.to_string(), expect: Vec::new() }
    }

    #[test]
    fn a_synonym_or_cross_lingual_label_counts_only_for_words_the_content_and_thesaurus_lack() {
        let vocabulary = Vocabulary::of_content();
        let kind = |q, lang, kind| vocabulary.honest_kind(&query(q, lang, kind));
        // In the Italian texts: no synonym.
        assert_eq!(kind("festa", "it", "synonym"), "exact");
        // Not in the Italian texts, but in the thesaurus written for it.
        assert_eq!(kind("sfratto", "it", "synonym"), "thesaurus");
        // Romanian typed in the Italian UI, but Italian has the same word.
        assert_eq!(kind("casă", "it", "cross-lingual"), "exact");
        // Arabic in the Italian UI: no Italian text has it.
        assert_eq!(kind("عمل", "it", "cross-lingual"), "cross-lingual");
        // Other kinds are scored as labelled.
        assert_eq!(kind("festa", "it", "phrase"), "phrase");
    }
}
