//! The search relevance suite (`tests/relevance/queries.toml`): queries a person would type,
//! with the services that are right answers, scored as success@5 and mean reciprocal rank.
//! The end-to-end test runs it against the real server; the benchmark runs it against
//! Portineria and the SQLite FTS5 baseline side by side.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;

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
    let path = crate::repo_root().join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    toml::from_str::<Suite>(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display())).queries
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
}

/// Scores ranked results (service slugs, best first), one list per query in suite order.
pub fn evaluate(queries: &[RelevanceQuery], results: &[Vec<String>]) -> Report {
    let mut report = Report::default();
    for (query, found) in queries.iter().zip(results) {
        let rank = found.iter().position(|slug| query.expect.contains(slug)).map(|i| i + 1);
        report.overall.add(rank);
        report.by_lang.entry(query.lang.clone()).or_default().add(rank);
        report.by_kind.entry(query.kind.clone()).or_default().add(rank);
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
