//! From what a person typed to a tantivy query. The text is never parsed as query syntax:
//! it is analysed for every language at once (a Romanian word finds a service however the
//! family's language is spelt) and becomes weighted optional clauses:
//!
//! - terms in the name (heaviest), categories and target groups, summary, rest;
//! - the whole text as a phrase in names and summaries;
//! - thesaurus concepts ("badante" → home-care work) and comune names (Rozzano → services
//!   there) as constant boosts;
//! - for words not in the index, their spelling neighbours (edit distance 1 from 5 letters,
//!   2 from 9), and the last word as a prefix (search as you type): both below exact terms.

use super::analyzers::{analyze, Mode};
use super::schema::{lang_index, Fields};
use super::thesaurus::Thesaurus;
use portineria_app::lang::Lang;
use tantivy::query::{BooleanQuery, BoostQuery, ConstScoreQuery, FuzzyTermQuery, Occur, PhraseQuery, Query, TermQuery};
use tantivy::schema::{Facet, Field, IndexRecordOption};
use tantivy::{Searcher, Term};

const NAME_BOOST: f32 = 4.0;
const TAGS_BOOST: f32 = 2.5;
const SUMMARY_BOOST: f32 = 1.5;
const BODY_BOOST: f32 = 1.0;
const PHRASE_BOOST: f32 = 3.0;
/// A single Chinese character is a weak clue next to a word.
const CHARACTER_WEIGHT: f32 = 0.3;
const THESAURUS_SCORE: f32 = 3.0;
const PLACE_SCORE: f32 = 2.5;
const TYPO_SCORE: f32 = 1.2;
const PREFIX_SCORE: f32 = 1.0;
/// Shorter prefixes would match half the dictionary.
const MIN_PREFIX_CHARS: usize = 3;

/// Comune names as the index knows them, with their folded words for matching queries.
#[derive(Debug, Default)]
pub struct Places(Vec<(Vec<String>, String)>);

impl Places {
    pub fn new(names: impl IntoIterator<Item = String>) -> Self {
        Self(
            names
                .into_iter()
                .map(|name| (analyze(Lang::It, Mode::Fold, &name).into_iter().map(|t| t.text).collect(), name))
                .filter(|(words, _): &(Vec<String>, String)| !words.is_empty())
                .collect(),
        )
    }

    /// The comuni whose every word is among `words`.
    fn in_query<'a>(&'a self, words: &'a [String]) -> impl Iterator<Item = &'a str> {
        self.0.iter().filter(|(w, _)| w.iter().all(|x| words.contains(x))).map(|(_, name)| name.as_str())
    }
}

fn term_clause(field: Field, text: &str, boost: f32) -> (Occur, Box<dyn Query>) {
    let term = TermQuery::new(Term::from_field_text(field, text), IndexRecordOption::WithFreqs);
    (Occur::Should, Box::new(BoostQuery::new(Box::new(term), boost)))
}

fn facet_term(field: Field, value: &str) -> Term {
    Term::from_facet(field, &Facet::from_path([value]))
}

/// Any of `values` in a facet field, or `None` when there are none.
fn any_of(field: Field, values: &[String]) -> Option<Box<dyn Query>> {
    (!values.is_empty()).then(|| {
        let terms = values.iter().map(|v| facet_term(field, v)).collect();
        Box::new(BooleanQuery::new_multiterms_query(terms)) as Box<dyn Query>
    })
}

fn constant(query: Box<dyn Query>, score: f32) -> (Occur, Box<dyn Query>) {
    (Occur::Should, Box::new(ConstScoreQuery::new(query, score)))
}

/// The edit distance a word of `chars` characters may be off by.
fn typo_distance(chars: usize) -> u8 {
    match chars {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

pub struct QueryBuilder<'a> {
    pub fields: &'a Fields,
    pub searcher: &'a Searcher,
    pub thesaurus: &'a Thesaurus,
    pub places: &'a Places,
}

impl QueryBuilder<'_> {
    fn doc_freq(&self, term: &Term) -> u64 {
        self.searcher.doc_freq(term).unwrap_or(0)
    }

    /// The query for `text`, or `None` when nothing in it can be searched (only punctuation
    /// or function words).
    pub fn build(&self, text: &str) -> Option<Box<dyn Query>> {
        let f = self.fields;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let mut per_lang: Vec<(Lang, Vec<String>)> = Vec::new();
        for lang in Lang::ALL {
            let i = lang_index(lang);
            let analyzed = analyze(lang, Mode::Stem, text);
            let mut seen: Vec<String> = Vec::new();
            for term in &analyzed {
                if seen.contains(&term.text) {
                    continue;
                }
                seen.push(term.text.clone());
                let weight = if lang == Lang::Zh && term.text.chars().count() == 1 { CHARACTER_WEIGHT } else { 1.0 };
                for (field, boost) in [
                    (f.name[i], NAME_BOOST),
                    (f.tags[i], TAGS_BOOST),
                    (f.summary[i], SUMMARY_BOOST),
                    (f.body[i], BODY_BOOST),
                ] {
                    clauses.push(term_clause(field, &term.text, boost * weight));
                }
            }
            if lang != Lang::Zh && analyzed.len() >= 2 {
                for (field, boost) in [(f.name[i], PHRASE_BOOST), (f.summary[i], PHRASE_BOOST / 2.0)] {
                    let terms = analyzed.iter().map(|t| (t.position, Term::from_field_text(field, &t.text))).collect();
                    let phrase = PhraseQuery::new_with_offset(terms);
                    clauses.push((Occur::Should, Box::new(BoostQuery::new(Box::new(phrase), boost))));
                }
            }
            per_lang.push((lang, seen));
        }
        for concept in self.thesaurus.matches(&per_lang) {
            let parts: Vec<(Occur, Box<dyn Query>)> =
                [any_of(f.category, &concept.categories), any_of(f.target_group, &concept.target_groups)]
                    .into_iter()
                    .flatten()
                    .map(|q| (Occur::Must, q))
                    .collect();
            if !parts.is_empty() {
                clauses.push(constant(Box::new(BooleanQuery::new(parts)), THESAURUS_SCORE));
            }
        }
        let words: Vec<String> = analyze(Lang::It, Mode::Fold, text).into_iter().map(|t| t.text).collect();
        for place in self.places.in_query(&words) {
            let term = TermQuery::new(facet_term(f.municipality, place), IndexRecordOption::Basic);
            clauses.push(constant(Box::new(term), PLACE_SCORE));
        }
        clauses.extend(self.spelling_clauses(&words, text));
        (!clauses.is_empty()).then(|| Box::new(BooleanQuery::new(clauses)) as Box<dyn Query>)
    }

    /// Typo tolerance for words the index does not know, and the last word as a prefix
    /// unless the text ends with a space (the word is finished).
    fn spelling_clauses(&self, words: &[String], text: &str) -> Vec<(Occur, Box<dyn Query>)> {
        let spell = self.fields.spell;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for word in words {
            let distance = typo_distance(word.chars().count());
            let term = Term::from_field_text(spell, word);
            if distance > 0 && self.doc_freq(&term) == 0 {
                clauses.push(constant(Box::new(FuzzyTermQuery::new(term, distance, true)), TYPO_SCORE));
            }
        }
        let finished = text.ends_with(char::is_whitespace);
        if let Some(last) = words.last().filter(|w| w.chars().count() >= MIN_PREFIX_CHARS && !finished) {
            let term = Term::from_field_text(spell, last);
            clauses.push(constant(Box::new(FuzzyTermQuery::new_prefix(term, 0, true)), PREFIX_SCORE));
        }
        clauses
    }
}
