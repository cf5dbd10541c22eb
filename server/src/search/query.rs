//! From what a person typed to a tantivy query. The text is never parsed as query syntax.
//! Each word of the query becomes a group of alternatives, any of which finds it:
//!
//! - its terms in every language's fields at once (a Romanian word finds a service however
//!   the family's language is spelt), weighted name > categories and target groups >
//!   summary > all the texts;
//! - thesaurus concepts it belongs to ("badante" → home-care work) and comune names it is
//!   part of (Rozzano → services there), as constant scores;
//! - for a word the index does not know (no term, concept or comune), its spelling
//!   neighbours (edit distance 1 from 5 letters, 2 from 9), and for the last word, its
//!   completions (search as you type), the most frequent of each spelt out as terms: both
//!   score below exact terms.
//!
//! A service must match every word group (function words need not match). When none does,
//! or a two-word query finds fewer than a first screen, the services matching any word
//! follow. The whole text as a phrase adds to the score.
//!
//! Beside that full query, the plan holds a [`Pruned`] one for large result sets: every
//! alternative of every word as one plain term (the `all` field per language, concepts and
//! comuni indexed as terms, typos and prefixes spelt out as the dictionary's words), so
//! tantivy can skip whatever cannot reach the best scores (see `topk`).

use super::analyzers::{analyze, is_function_word, query_words, Mode};
use super::schema::Fields;
use super::spelling;
use super::thesaurus::{Concept, Thesaurus};
use portineria_app::lang::Lang;
use tantivy::query::{BooleanQuery, BoostQuery, ConstScoreQuery, FuzzyTermQuery, Occur, PhraseQuery, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{Searcher, Term};

const NAME_BOOST: f32 = 4.0;
const TAGS_BOOST: f32 = 2.5;
const SUMMARY_BOOST: f32 = 1.5;
const ALL_BOOST: f32 = 1.0;
const PHRASE_BOOST: f32 = 3.0;
/// A single Chinese character is a weak clue next to a word.
const CHARACTER_WEIGHT: f32 = 0.3;
const THESAURUS_SCORE: f32 = 3.0;
const PLACE_SCORE: f32 = 2.5;
const TYPO_SCORE: f32 = 1.2;
const PREFIX_SCORE: f32 = 1.0;
/// Shorter prefixes would match half the dictionary.
const MIN_PREFIX_CHARS: usize = 3;
/// A prefix or a misspelt word stands for at most this many of the dictionary's words (the
/// most frequent), spelt out as terms: matching them is far cheaper than running an
/// automaton over the dictionary for every scorer, and they are the ones people mean.
const SPELT_OUT: usize = 24;
/// Weights of a concept's, a comune's and a spelt-out word's term in the pruned query, next
/// to the `all` field's terms (weight 1).
const PRUNED_CONCEPT: f32 = 1.0;
const PRUNED_PLACE: f32 = 1.0;
const PRUNED_SPELT: f32 = 0.5;

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

fn term_clause(term: Term, boost: f32) -> (Occur, Box<dyn Query>) {
    let term = TermQuery::new(term, IndexRecordOption::WithFreqs);
    (Occur::Should, Box::new(BoostQuery::new(Box::new(term), boost)))
}

fn whole_term(field: Field, value: &str) -> TermQuery {
    TermQuery::new(Term::from_field_text(field, value), IndexRecordOption::WithFreqs)
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

/// The query for a text: every word required, and the looser any-word query whose matches
/// follow when that finds few (only when there are several words).
pub struct Plan {
    pub all_words: Search,
    pub any_word: Option<Search>,
    /// How many words are searched (function words left out).
    pub words: usize,
}

/// One way of searching a text: the full query, which scores, and the pruned one that finds
/// the best candidates of a large result set for it to score. Both find the same services:
/// every alternative of the full query is a plain term of the pruned one.
pub struct Search {
    pub full: Box<dyn Query>,
    /// `None` for a search with nothing to prune (every service).
    pub pruned: Option<Pruned>,
}

/// A union of plain terms (prunable by block-max WAND), and one query per word that a
/// candidate must also match when every word is required (empty: any word will do).
pub struct Pruned {
    pub any_term: Box<dyn Query>,
    pub every_word: Vec<Box<dyn Query>>,
    /// The full query's clauses, whose scores add up to its score: a candidate is scored
    /// clause by clause, because seeking the full query's unions to a few far-apart
    /// documents refills their buffers at every step.
    pub leaves: Vec<Box<dyn Query>>,
}

/// Terms with their weights: the alternatives of one word in the pruned query.
type Alternatives = Vec<(Term, f32)>;

fn union_of(terms: &[(Term, f32)]) -> Box<dyn Query> {
    let clauses = terms.iter().map(|(term, weight)| term_clause(term.clone(), *weight)).collect();
    Box::new(BooleanQuery::new(clauses))
}

impl Pruned {
    fn new(words: &[Alternatives], every_word: bool, leaves: Vec<Box<dyn Query>>) -> Self {
        let mut all: Alternatives = Vec::new();
        for (term, weight) in words.iter().flatten() {
            match all.iter_mut().find(|(t, _)| t == term) {
                Some((_, w)) => *w = w.max(*weight),
                None => all.push((term.clone(), *weight)),
            }
        }
        let every_word =
            if every_word && words.len() > 1 { words.iter().map(|w| union_of(w)).collect() } else { Vec::new() };
        Self { any_term: union_of(&all), every_word, leaves }
    }
}

impl QueryBuilder<'_> {
    fn doc_freq(&self, term: &Term) -> u64 {
        self.searcher.doc_freq(term).unwrap_or(0)
    }

    fn relevance_fields(&self, lang: Lang) -> [(Field, f32); 4] {
        let (f, i) = (self.fields, lang.index());
        [(f.name[i], NAME_BOOST), (f.tags[i], TAGS_BOOST), (f.summary[i], SUMMARY_BOOST), (f.all[i], ALL_BOOST)]
    }

    /// Whether any text in `lang` has the term.
    fn known(&self, lang: Lang, text: &str) -> bool {
        self.doc_freq(&Term::from_field_text(self.fields.all[lang.index()], text)) > 0
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
        let mut groups: Vec<Box<dyn Query>> = Vec::new();
        let mut leaves: Vec<Box<dyn Query>> = Vec::new();
        let mut alternatives: Vec<Alternatives> = Vec::new();
        for (i, word) in words.iter().enumerate() {
            let last = i + 1 == words.len() && !finished;
            let word = Word::new(self, word, last, &concepts, &places);
            let clauses = word.clauses(self);
            if clauses.is_empty() {
                continue;
            }
            leaves.extend(clauses.iter().map(|(_, q)| q.box_clone()));
            groups.push(Box::new(BooleanQuery::new(clauses)));
            alternatives.push(word.pruned_terms(self));
        }
        if groups.is_empty() {
            return None;
        }
        let phrases = self.phrase_clauses(text);
        leaves.extend(phrases.iter().map(|p| p.box_clone()));
        let combine = |occur: Occur| -> Box<dyn Query> {
            let mut clauses: Vec<(Occur, Box<dyn Query>)> = groups.iter().map(|g| (occur, g.box_clone())).collect();
            clauses.extend(phrases.iter().map(|p| (Occur::Should, p.box_clone())));
            Box::new(BooleanQuery::new(clauses))
        };
        let pruned = |every_word: bool| {
            Some(Pruned::new(&alternatives, every_word, leaves.iter().map(|q| q.box_clone()).collect()))
        };
        let any_word = (groups.len() > 1).then(|| Search { full: combine(Occur::Should), pruned: pruned(false) });
        let words = groups.len();
        Some(Plan { all_words: Search { full: combine(Occur::Must), pruned: pruned(true) }, any_word, words })
    }

    /// The most frequent words of the spelling dictionary that `query` accepts.
    fn spelt_out(&self, query: FuzzyTermQuery) -> Vec<Term> {
        let words = spelling::matching_words(self.searcher, self.fields.spell, &query);
        let mut words: Vec<(String, u64)> = words.into_iter().collect();
        words.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        words.into_iter().take(SPELT_OUT).map(|(w, _)| Term::from_field_text(self.fields.spell, &w)).collect()
    }
}

/// A stemmed term of a typed word in one language.
struct Stem {
    lang: Lang,
    text: String,
    weight: f32,
    /// Whether any text in the language has it (looked up once, used twice).
    known: bool,
}

/// One typed word and what it stands for.
struct Word<'q> {
    /// Its stemmed terms per language (single Chinese characters left out when the
    /// language has a longer word of it).
    terms: Vec<Stem>,
    /// Ids of the thesaurus concepts it is part of.
    concepts: Vec<&'q str>,
    /// Comuni whose name it is part of.
    places: Vec<&'q str>,
    /// The dictionary's words it may be a misspelling of, when the index does not know it.
    typos: Vec<Term>,
    /// The dictionary's words it may be the beginning of, when it is the last and unfinished.
    completions: Vec<Term>,
}

impl<'q> Word<'q> {
    fn new(
        builder: &QueryBuilder,
        word: &str,
        last: bool,
        concepts: &[(&'q Concept, Lang, &[String])],
        places: &[&'q (Vec<String>, String)],
    ) -> Self {
        let mut terms = Vec::new();
        let mut ids: Vec<&str> = Vec::new();
        for lang in Lang::ALL {
            let stems: Vec<String> = analyze(lang, Mode::Stem, word).into_iter().map(|t| t.text).collect();
            // Single Chinese characters only stand in for a word the index does not have.
            let words_known = lang == Lang::Zh && stems.iter().any(|t| t.chars().count() > 1 && builder.known(lang, t));
            for term in &stems {
                let character = lang == Lang::Zh && term.chars().count() == 1;
                if !(words_known && character) {
                    let weight = if character { CHARACTER_WEIGHT } else { 1.0 };
                    terms.push(Stem { lang, text: term.clone(), weight, known: builder.known(lang, term) });
                }
            }
            for (concept, _, _) in
                concepts.iter().filter(|(_, l, entry)| *l == lang && stems.iter().any(|t| entry.contains(t)))
            {
                if !ids.contains(&concept.id.as_str()) {
                    ids.push(&concept.id);
                }
            }
        }
        let folded: Vec<String> = analyze(Lang::It, Mode::Fold, word).into_iter().map(|t| t.text).collect();
        let places: Vec<&str> = places
            .iter()
            .filter(|(place_words, _)| folded.iter().any(|w| place_words.contains(w)))
            .map(|(_, place)| place.as_str())
            .collect();
        // Typos only stand in for a word the index does not know, so a known word keeps
        // its meaning; the last word, still being typed, may be the beginning of another.
        let known = !ids.is_empty() || !places.is_empty() || terms.iter().any(|t| t.known);
        let spell = builder.fields.spell;
        let mut typos = Vec::new();
        let mut completions = Vec::new();
        for w in &folded {
            let term = Term::from_field_text(spell, w);
            let chars = w.chars().count();
            let distance = typo_distance(chars);
            if !known && distance > 0 && builder.doc_freq(&term) == 0 {
                typos.extend(builder.spelt_out(FuzzyTermQuery::new(term.clone(), distance, true)));
            }
            if last && chars >= MIN_PREFIX_CHARS {
                completions.extend(builder.spelt_out(FuzzyTermQuery::new_prefix(term, 0, true)));
            }
        }
        Self { terms, concepts: ids, places, typos, completions }
    }

    /// The alternatives that find the word in the full query; none if nothing could.
    fn clauses(&self, builder: &QueryBuilder) -> Vec<(Occur, Box<dyn Query>)> {
        let f = builder.fields;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for stem in &self.terms {
            for (field, boost) in builder.relevance_fields(stem.lang) {
                clauses.push(term_clause(Term::from_field_text(field, &stem.text), boost * stem.weight));
            }
        }
        for concept in &self.concepts {
            clauses.push(constant(Box::new(whole_term(f.concept, concept)), THESAURUS_SCORE));
        }
        for place in &self.places {
            clauses.push(constant(Box::new(whole_term(f.comune, place)), PLACE_SCORE));
        }
        for (words, score) in [(&self.typos, TYPO_SCORE), (&self.completions, PREFIX_SCORE)] {
            if !words.is_empty() {
                let any: Alternatives = words.iter().map(|t| (t.clone(), 1.0)).collect();
                clauses.push(constant(union_of(&any), score));
            }
        }
        clauses
    }

    /// The word's alternatives as plain terms: its known terms in the `all` fields, its
    /// concepts and comuni, the dictionary's words it may be a misspelling or (last word)
    /// the beginning of. Empty when it has none.
    fn pruned_terms(&self, builder: &QueryBuilder) -> Alternatives {
        let f = builder.fields;
        // A term no text has would make tantivy's union unprunable (an empty scorer).
        let mut out: Alternatives = self
            .terms
            .iter()
            .filter(|t| t.known)
            .map(|t| (Term::from_field_text(f.all[t.lang.index()], &t.text), t.weight))
            .collect();
        out.extend(self.concepts.iter().map(|c| (Term::from_field_text(f.concept, c), PRUNED_CONCEPT)));
        out.extend(self.places.iter().map(|p| (Term::from_field_text(f.comune, p), PRUNED_PLACE)));
        out.extend(self.completions.iter().chain(&self.typos).map(|t| (t.clone(), PRUNED_SPELT)));
        out
    }
}

impl QueryBuilder<'_> {
    /// The whole text as a phrase in names and summaries, per language.
    fn phrase_clauses(&self, text: &str) -> Vec<Box<dyn Query>> {
        let f = self.fields;
        let mut out: Vec<Box<dyn Query>> = Vec::new();
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::Zh) {
            let analyzed = analyze(lang, Mode::Stem, text);
            if analyzed.len() < 2 {
                continue;
            }
            let i = lang.index();
            for (field, boost) in [(f.name[i], PHRASE_BOOST), (f.summary[i], PHRASE_BOOST / 2.0)] {
                let terms = analyzed.iter().map(|t| (t.position, Term::from_field_text(field, &t.text))).collect();
                out.push(Box::new(BoostQuery::new(Box::new(PhraseQuery::new_with_offset(terms)), boost)));
            }
        }
        out
    }
}
