//! Help with the words themselves: "did you mean" for a search that found nothing, and
//! completions of service names as a person types. Both read the index's own dictionaries,
//! so they only ever propose words and names that exist.

use super::analyzers::{analyze, Mode};
use super::schema::{card_of, in_lang, Fields};
use portineria_app::lang::Lang;
use std::collections::HashMap;
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, FuzzyTermQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{Searcher, TantivyDocument, Term};

/// Words shorter than this get no correction: too many neighbours to choose from.
const MIN_CORRECTED_CHARS: usize = 4;

fn doc_freq(searcher: &Searcher, field: Field, word: &str) -> u64 {
    searcher.doc_freq(&Term::from_field_text(field, word)).unwrap_or(0)
}

/// The indexed words of `field` that `query` (a fuzzy or prefix query) accepts, with how
/// many services have each.
pub fn matching_words(searcher: &Searcher, field: Field, query: &FuzzyTermQuery) -> HashMap<String, u64> {
    let mut found: HashMap<String, u64> = HashMap::new();
    let Ok(automaton) = query.automaton() else {
        return found;
    };
    for segment in searcher.segment_readers() {
        let Ok(inverted) = segment.inverted_index(field) else {
            continue;
        };
        let Ok(mut stream) = inverted.terms().search(&automaton).into_stream() else {
            continue;
        };
        while stream.advance() {
            if let Ok(key) = std::str::from_utf8(stream.key()) {
                *found.entry(key.to_string()).or_default() += u64::from(stream.value().doc_freq);
            }
        }
    }
    found
}

/// The most frequent indexed word within `distance` edits of `word`.
fn nearest(searcher: &Searcher, field: Field, word: &str, distance: u8) -> Option<String> {
    let query = FuzzyTermQuery::new(Term::from_field_text(field, word), distance, true);
    let found = matching_words(searcher, field, &query);
    found.into_iter().max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0))).map(|(w, _)| w)
}

/// The text with each unknown word replaced by its closest known word, if any changed.
pub fn did_you_mean(searcher: &Searcher, spell: Field, text: &str) -> Option<String> {
    let mut changed = false;
    let mut words = Vec::new();
    for word in analyze(Lang::It, Mode::Fold, text).into_iter().map(|t| t.text) {
        let chars = word.chars().count();
        if chars < MIN_CORRECTED_CHARS || doc_freq(searcher, spell, &word) > 0 {
            words.push(word);
            continue;
        }
        let max_distance = if chars >= 7 { 2 } else { 1 };
        match (1..=max_distance).find_map(|d| nearest(searcher, spell, &word, d)) {
            Some(better) => {
                changed = true;
                words.push(better);
            }
            None => words.push(word),
        }
    }
    changed.then(|| words.join(" "))
}

/// Service names in `lang` matching every finished word of `text` and starting a word with
/// the unfinished last one; distinct, best first.
pub fn complete_names(searcher: &Searcher, fields: &Fields, lang: Lang, text: &str, limit: usize) -> Vec<String> {
    let field = fields.fold[lang.index()];
    let words: Vec<String> = analyze(lang, Mode::Fold, text).into_iter().map(|t| t.text).collect();
    let Some((last, finished)) = words.split_last() else {
        return Vec::new();
    };
    let typing = lang != Lang::Zh && !text.ends_with(char::is_whitespace);
    let must = |q: Box<dyn Query>| (Occur::Must, q);
    let term = |w: &str| Term::from_field_text(field, w);
    let mut clauses: Vec<(Occur, Box<dyn Query>)> =
        finished.iter().map(|w| must(Box::new(TermQuery::new(term(w), IndexRecordOption::Basic)))).collect();
    clauses.push(if typing {
        must(Box::new(FuzzyTermQuery::new_prefix(term(last), 0, true)))
    } else {
        must(Box::new(TermQuery::new(term(last), IndexRecordOption::Basic)))
    });
    let query = BooleanQuery::new(clauses);
    let Ok(top) = searcher.search(&query, &TopDocs::with_limit(limit * 8).order_by_score()) else {
        return Vec::new();
    };
    let mut names: Vec<String> = Vec::new();
    for (_, address) in top {
        let Ok(doc) = searcher.doc::<TantivyDocument>(address) else {
            continue;
        };
        if let Some(name) = card_of(fields, &doc).map(|c| in_lang(&c.names, lang)).filter(|n| !n.is_empty()) {
            if !names.contains(&name) {
                names.push(name);
            }
        }
        if names.len() == limit {
            break;
        }
    }
    names
}
