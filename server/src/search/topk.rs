//! Counting and ranking a large result set without visiting every match, as the big
//! engines do (Elasticsearch's `track_total_hits`, block-max WAND).
//!
//! A search first walks its matches with the full query, scoring and counting as
//! [`FacetCollect`] does, and stops when so many matches pass the filters (by default
//! [`DEFAULT_EXACT_COUNT`]). When it
//! did not have to stop, everything is exact. When it did, the total is "at least"
//! that many, the facet counts are estimates scaled from the part walked (services are
//! in import order, which has nothing to do with the query), and the best results come from
//! the [`Pruned`] query: a union of plain terms that tantivy walks with block-max WAND,
//! skipping every block whose best possible score cannot reach the worst kept candidate.
//! The candidates are then scored with the full query (field weights, phrases), and the
//! best of them and of the first walk are the results.

use super::collect::{push_top, Collected, FacetCollect, Ranked, SegmentFacetCollect};
use super::query::{Pruned, Search};
use portineria_app::model::TotalRelation;
use std::collections::{BinaryHeap, HashMap, HashSet};
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::query::{EnableScoring, Query, Scorer, Weight};
use tantivy::{DocAddress, DocId, DocSet, Score, Searcher, SegmentOrdinal, TERMINATED};

/// How many matches are counted exactly, unless configured otherwise. Measured on 100,000
/// services (docs/BENCHMARKS.md): walking this many costs about as much as finding the best
/// results with pruning, and a person at a kiosk reads "more than 1000" as well as an exact
/// number.
pub const DEFAULT_EXACT_COUNT: u64 = 1000;

/// Candidates scored with the full query beyond the results asked for: the pruned query
/// weighs fields alike, the full one does not, so the best by one are near the best by the other.
const RESCORED_MARGIN: usize = 30;

/// Runs `search` over `searcher`, exact up to `exact` passing matches.
pub fn run(searcher: &Searcher, search: &Search, collector: &FacetCollect, exact: u64) -> tantivy::Result<Collected> {
    let full = search.full.weight(EnableScoring::enabled_from_searcher(searcher))?;
    // Without a pruned query there is no other way to the best results, and when every
    // match is asked for (the HSDS list) pruning has nothing to skip: walk everything.
    let prune = search.pruned.is_some() && (collector.keep as u64) < searcher.num_docs();
    let limit = if prune { exact } else { u64::MAX };
    let (mut collected, walked) = walk(searcher, &*full, collector, limit)?;
    let Some(pruned) = search.pruned.as_ref().filter(|_| walked.stopped) else {
        return Ok(collected);
    };
    let scale = walked.scale();
    for counts in &mut collected.facets {
        for count in counts.values_mut() {
            *count = estimate(*count, scale);
        }
    }
    collected.open_now = estimate(collected.open_now, scale);
    collected.relation = TotalRelation::AtLeast;
    // "More than `exact`": it went one past.
    collected.total = exact;
    let candidates = best_candidates(searcher, pruned, collector, collector.keep + RESCORED_MARGIN)?;
    let mut top: Vec<Ranked> = rescore(searcher, &pruned.leaves, collector, candidates)?;
    let rescored: HashSet<DocAddress> = top.iter().map(|r| r.address).collect();
    top.extend(collected.top.iter().copied().filter(|r| !rescored.contains(&r.address)));
    top.sort_unstable();
    top.truncate(collector.keep);
    collected.top = top;
    Ok(collected)
}

fn estimate(count: u64, scale: f64) -> u64 {
    (count as f64 * scale).round() as u64
}

/// How far the first walk went.
#[derive(Default)]
struct Walked {
    /// Whether it stopped before the end.
    stopped: bool,
    /// Documents it went past, of all of them.
    past: u64,
    of: u64,
}

impl Walked {
    /// What the counts of the part walked are multiplied by to estimate the whole.
    fn scale(&self) -> f64 {
        self.of as f64 / self.past.max(1) as f64
    }
}

/// Walks the matches of `weight` in document order, as a collector would, until more than
/// `limit` of them pass the filters.
fn walk(
    searcher: &Searcher,
    weight: &dyn Weight,
    collector: &FacetCollect,
    limit: u64,
) -> tantivy::Result<(Collected, Walked)> {
    let mut fruits = Vec::new();
    let mut walked = Walked::default();
    let mut passing = 0u64;
    for (ord, reader) in searcher.segment_readers().iter().enumerate() {
        walked.of += u64::from(reader.max_doc());
        if walked.stopped {
            continue;
        }
        let mut child = collector.for_segment(ord as SegmentOrdinal, reader)?;
        let mut scorer = weight.scorer(reader, 1.0)?;
        let alive = reader.alive_bitset();
        let mut doc = scorer.doc();
        while doc != TERMINATED {
            if alive.is_none_or(|a| a.is_alive(doc)) {
                child.collect(doc, scorer.score());
                if passing + child.passing() as u64 > limit {
                    walked.stopped = true;
                    break;
                }
            }
            doc = scorer.advance();
        }
        walked.past += if walked.stopped { u64::from(doc) + 1 } else { u64::from(reader.max_doc()) };
        passing += child.passing() as u64;
        fruits.push(child.harvest());
    }
    Ok((collector.merge_fruits(fruits)?, walked))
}

/// The `keep` best documents by the pruned query's score (times the rank factors, within
/// the tiers), that match every word and pass the filters.
fn best_candidates(
    searcher: &Searcher,
    pruned: &Pruned,
    collector: &FacetCollect,
    keep: usize,
) -> tantivy::Result<Vec<DocAddress>> {
    let weight = pruned.any_term.weight(EnableScoring::enabled_from_searcher(searcher))?;
    let words: Vec<Box<dyn Weight>> = pruned
        .every_word
        .iter()
        .map(|q| q.weight(EnableScoring::disabled_from_searcher(searcher)))
        .collect::<tantivy::Result<_>>()?;
    let mut heap: BinaryHeap<Ranked> = BinaryHeap::new();
    let mut to_beat: Score = 0.0;
    for (ord, reader) in searcher.segment_readers().iter().enumerate() {
        let segment = ord as SegmentOrdinal;
        let child = collector.for_segment(segment, reader)?;
        let mut every_word: Vec<Box<dyn Scorer>> =
            words.iter().map(|w| w.scorer(reader, 1.0)).collect::<tantivy::Result<_>>()?;
        let alive = reader.alive_bitset();
        weight.for_each_pruning(to_beat, reader, &mut |doc, score| {
            let wanted = alive.is_none_or(|a| a.is_alive(doc)) && has_every_word(&mut every_word, doc);
            if let Some(ranked) = child.rank(doc, score).filter(|_| wanted) {
                push_top(&mut heap, keep, ranked);
                if heap.len() >= keep {
                    to_beat = heap.peek().map_or(0.0, |worst| collector.score_to_beat(worst.score));
                }
            }
            to_beat
        })?;
    }
    Ok(heap.into_iter().map(|r| r.address).collect())
}

/// Whether each word's documents include `doc`; documents come in increasing order.
fn has_every_word(words: &mut [Box<dyn Scorer>], doc: DocId) -> bool {
    words.iter_mut().all(|word| {
        if word.doc() < doc {
            word.seek(doc);
        }
        word.doc() == doc
    })
}

/// The candidates ranked by the full query, summing the scores of its `leaves`.
fn rescore(
    searcher: &Searcher,
    leaves: &[Box<dyn Query>],
    collector: &FacetCollect,
    candidates: Vec<DocAddress>,
) -> tantivy::Result<Vec<Ranked>> {
    let leaves: Vec<Box<dyn Weight>> = leaves
        .iter()
        .map(|q| q.weight(EnableScoring::enabled_from_searcher(searcher)))
        .collect::<tantivy::Result<_>>()?;
    let mut by_segment: HashMap<SegmentOrdinal, Vec<DocId>> = HashMap::new();
    for address in candidates {
        by_segment.entry(address.segment_ord).or_default().push(address.doc_id);
    }
    let mut out = Vec::new();
    for (segment, mut docs) in by_segment {
        docs.sort_unstable();
        let reader = searcher.segment_reader(segment);
        let child: SegmentFacetCollect = collector.for_segment(segment, reader)?;
        let mut scorers: Vec<Box<dyn Scorer>> =
            leaves.iter().map(|w| w.scorer(reader, 1.0)).collect::<tantivy::Result<_>>()?;
        for doc in docs {
            let mut score = 0.0;
            for scorer in &mut scorers {
                if scorer.doc() < doc {
                    scorer.seek(doc);
                }
                if scorer.doc() == doc {
                    score += scorer.score();
                }
            }
            out.extend(child.rank(doc, score));
        }
    }
    Ok(out)
}
