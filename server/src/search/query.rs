//! From what a person typed to a tantivy query. The text is never parsed as query syntax.
//! Each word of the query becomes a group of alternatives, any of which finds it:
//!
//! - its terms in every language's fields at once (a Romanian word finds a service however
//!   the family's language is spelt), weighted name > categories and target groups >
//!   summary > the rest;
//! - thesaurus concepts it belongs to ("badante" → home-care work) and comune names it is
//!   part of (Rozzano → services there), as constant scores;
//! - for a word the index does not know, its spelling neighbours (edit distance 1 from 5
//!   letters, 2 from 9), and for the last word, its completions (search as you type): both
//!   score below exact terms.
//!
//! A service must match every word group (function words need not match); when none does,
//! the search falls back to any word. The whole text as a phrase adds to the score.

use super::analyzers::{analyze, is_function_word, query_words, Mode};
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

    /// The comuni whose every word is among `words`, with their words.
    fn in_query<'a>(&'a self, words: &'a [String]) -> impl Iterator<Item = &'a (Vec<String>, String)> {
        self.0.iter().filter(|(w, _)| w.iter().all(|x| words.contains(x)))
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

/// The query for a text: every word required, and the looser any-word query to fall back
/// on when that finds nothing (only when there are several words).
pub struct Plan {
    pub all_words: Box<dyn Query>,
    pub any_word: Option<Box<dyn Query>>,
}

impl QueryBuilder<'_> {
    fn doc_freq(&self, term: &Term) -> u64 {
        self.searcher.doc_freq(term).unwrap_or(0)
    }

    fn relevance_fields(&self, lang: Lang) -> [(Field, f32); 4] {
        let (f, i) = (self.fields, lang_index(lang));
        [(f.name[i], NAME_BOOST), (f.tags[i], TAGS_BOOST), (f.summary[i], SUMMARY_BOOST), (f.body[i], BODY_BOOST)]
    }

    /// Whether any of a language's relevance fields has the term.
    fn known(&self, lang: Lang, text: &str) -> bool {
        self.relevance_fields(lang).iter().any(|(field, _)| self.doc_freq(&Term::from_field_text(*field, text)) > 0)
    }

    /// The plan for `text`, or `None` when nothing in it can be searched (only punctuation
    /// or function words).
    pub fn build(&self, text: &str) -> Option<Plan> {
        let words: Vec<String> = query_words(text).into_iter().filter(|w| !is_function_word(w)).collect();
        let per_lang: Vec<(Lang, Vec<String>)> = Lang::ALL
            .into_iter()
            .map(|lang| (lang, analyze(lang, Mode::Stem, text).into_iter().map(|t| t.text).collect()))
            .collect();
        let concepts = self.thesaurus.matches(&per_lang);
        let folded_words: Vec<String> = analyze(Lang::It, Mode::Fold, text).into_iter().map(|t| t.text).collect();
        let places: Vec<&(Vec<String>, String)> = self.places.in_query(&folded_words).collect();
        let finished = text.ends_with(char::is_whitespace);
        let groups: Vec<Box<dyn Query>> = words
            .iter()
            .enumerate()
            .filter_map(|(i, word)| {
                let last = i + 1 == words.len() && !finished;
                self.word_group(word, last, &concepts, &places)
            })
            .collect();
        if groups.is_empty() {
            return None;
        }
        let phrases = self.phrase_clauses(text);
        let combine = |occur: Occur| -> Box<dyn Query> {
            let mut clauses: Vec<(Occur, Box<dyn Query>)> = groups.iter().map(|g| (occur, g.box_clone())).collect();
            clauses.extend(phrases.iter().map(|p| (Occur::Should, p.box_clone())));
            Box::new(BooleanQuery::new(clauses))
        };
        let any_word = (groups.len() > 1).then(|| combine(Occur::Should));
        Some(Plan { all_words: combine(Occur::Must), any_word })
    }

    /// The alternatives that find one word; `None` if nothing could.
    fn word_group(
        &self,
        word: &str,
        last: bool,
        concepts: &[(&super::thesaurus::Concept, Lang, &[String])],
        places: &[&(Vec<String>, String)],
    ) -> Option<Box<dyn Query>> {
        let f = self.fields;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for lang in Lang::ALL {
            let terms: Vec<String> = analyze(lang, Mode::Stem, word).into_iter().map(|t| t.text).collect();
            // Single Chinese characters only stand in for a word the index does not have.
            let words_known = lang == Lang::Zh && terms.iter().any(|t| t.chars().count() > 1 && self.known(lang, t));
            for term in &terms {
                if words_known && term.chars().count() == 1 {
                    continue;
                }
                let weight = if lang == Lang::Zh && term.chars().count() == 1 { CHARACTER_WEIGHT } else { 1.0 };
                for (field, boost) in self.relevance_fields(lang) {
                    clauses.push(term_clause(field, term, boost * weight));
                }
            }
            let concepts_here =
                concepts.iter().filter(|(_, l, entry)| *l == lang && terms.iter().any(|t| entry.contains(t)));
            for (concept, _, _) in concepts_here {
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
        }
        let folded: Vec<String> = analyze(Lang::It, Mode::Fold, word).into_iter().map(|t| t.text).collect();
        for (_, place) in places.iter().filter(|(place_words, _)| folded.iter().any(|w| place_words.contains(w))) {
            let term = TermQuery::new(facet_term(f.municipality, place), IndexRecordOption::Basic);
            clauses.push(constant(Box::new(term), PLACE_SCORE));
        }
        for w in &folded {
            let chars = w.chars().count();
            let term = Term::from_field_text(f.spell, w);
            let distance = typo_distance(chars);
            if distance > 0 && self.doc_freq(&term) == 0 {
                clauses.push(constant(Box::new(FuzzyTermQuery::new(term.clone(), distance, true)), TYPO_SCORE));
            }
            if last && chars >= MIN_PREFIX_CHARS {
                clauses.push(constant(Box::new(FuzzyTermQuery::new_prefix(term, 0, true)), PREFIX_SCORE));
            }
        }
        (!clauses.is_empty()).then(|| Box::new(BooleanQuery::new(clauses)) as Box<dyn Query>)
    }

    /// The whole text as a phrase in names and summaries, per language.
    fn phrase_clauses(&self, text: &str) -> Vec<Box<dyn Query>> {
        let f = self.fields;
        let mut out: Vec<Box<dyn Query>> = Vec::new();
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::Zh) {
            let analyzed = analyze(lang, Mode::Stem, text);
            if analyzed.len() < 2 {
                continue;
            }
            let i = lang_index(lang);
            for (field, boost) in [(f.name[i], PHRASE_BOOST), (f.summary[i], PHRASE_BOOST / 2.0)] {
                let terms = analyzed.iter().map(|t| (t.position, Term::from_field_text(field, &t.text))).collect();
                out.push(Box::new(BoostQuery::new(Box::new(PhraseQuery::new_with_offset(terms)), boost)));
            }
        }
        out
    }
}
