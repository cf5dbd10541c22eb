//! One pass over the documents a text matches gives everything a results page needs: the
//! total, the best hits (score × rank factor, so ended programmes sink), and the count of
//! every facet value. At a kiosk whose desk has coordinates, distance is a gentle ranking
//! term ([`nearness`]). Filtering by who can go ranks the services that say yes before
//! those that do not say, and hides only those that say no. Facet counts are disjunctive: a facet's counts ignore that facet's
//! own filter, so a person can see and switch to the other values.

use super::schema::{place_of, CATEGORY, ID, LANGUAGE, MUNICIPALITY, PLACE, RANK, SITUATION, TARGET_GROUP};
use portineria_app::geo::{nearness, Coordinates};
use portineria_app::model::TotalRelation;
use portineria_app::requirements::NOT_STATED;
use std::cmp::Ordering;
use std::collections::{BTreeMap, BinaryHeap, HashMap, HashSet};
use std::sync::{Arc, Mutex};
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::index::SegmentId;
use tantivy::schema::{Facet, Field, IndexRecordOption};
use tantivy::{DocAddress, DocId, DocSet, Score, SegmentOrdinal, SegmentReader, Term, TERMINATED};

/// The facet fields, in the order of [`Filters::values`] and [`Collected::facets`].
pub const FACETS: [&str; FACET_COUNT] = [CATEGORY, MUNICIPALITY, TARGET_GROUP, LANGUAGE, SITUATION];
pub const FACET_COUNT: usize = 5;

/// Where "who can go" sits in [`FACETS`]: its filter also lets through the services that do
/// not say (after the ones that say yes), and never hides them.
pub const SITUATION_FACET: usize = 4;

#[derive(Clone, Debug, Default)]
pub struct Filters {
    /// One optional value per facet of [`FACETS`].
    pub values: [Option<String>; FACET_COUNT],
    pub open_now: bool,
}

/// A segment's facet values and rank factors in flat arrays, read once per segment: the
/// per-document lookups of the column readers cost more than the search itself when a
/// query matches most of the directory.
pub struct SegmentFacets {
    /// Per facet: document → its value ordinals are `values[offsets[doc]..offsets[doc + 1]]`.
    offsets: [Vec<u32>; FACET_COUNT],
    values: [Vec<u32>; FACET_COUNT],
    /// Per facet: ordinal → value, so results never decode the facet dictionary.
    names: [Vec<String>; FACET_COUNT],
    rank: Vec<f32>,
    /// Document → the service's id.
    ids: Vec<u64>,
    /// Document → its locations' coordinates are `places[place_offsets[doc]..place_offsets[doc + 1]]`.
    place_offsets: Vec<u32>,
    places: Vec<Coordinates>,
    /// Which documents are open in the last 15-minute slot asked for (it changes four times
    /// an hour, searches come far more often).
    open: Mutex<Option<(u64, Arc<Vec<bool>>)>>,
}

impl SegmentFacets {
    pub fn read(reader: &SegmentReader) -> tantivy::Result<Self> {
        let max_doc = reader.max_doc();
        let mut offsets: [Vec<u32>; FACET_COUNT] = Default::default();
        let mut values: [Vec<u32>; FACET_COUNT] = Default::default();
        let mut names: [Vec<String>; FACET_COUNT] = Default::default();
        for (i, name) in FACETS.iter().enumerate() {
            let facets = reader.facet_reader(name)?;
            let mut facet = Facet::root();
            for ord in 0..facets.num_facets() as u64 {
                facets.facet_from_ord(ord, &mut facet)?;
                names[i].push(facet.to_path().last().map(|v| v.to_string()).unwrap_or_default());
            }
            offsets[i].reserve(max_doc as usize + 1);
            for doc in 0..max_doc {
                offsets[i].push(values[i].len() as u32);
                values[i].extend(facets.facet_ords(doc).map(|o| o as u32));
            }
            offsets[i].push(values[i].len() as u32);
        }
        let column = reader.fast_fields().f64(RANK)?;
        let rank = (0..max_doc).map(|doc| column.first(doc).unwrap_or(1.0) as f32).collect();
        let column = reader.fast_fields().u64(ID)?;
        let ids = (0..max_doc).map(|doc| column.first(doc).unwrap_or(0)).collect();
        let column = reader.fast_fields().u64(PLACE)?;
        let mut place_offsets = Vec::with_capacity(max_doc as usize + 1);
        let mut places = Vec::new();
        for doc in 0..max_doc {
            place_offsets.push(places.len() as u32);
            places.extend(column.values_for_doc(doc).map(place_of));
        }
        place_offsets.push(places.len() as u32);
        Ok(Self { offsets, values, names, rank, ids, place_offsets, places, open: Mutex::new(None) })
    }

    fn open_at(&self, reader: &SegmentReader, field: Field, slot: u64) -> tantivy::Result<Arc<Vec<bool>>> {
        let mut memo = self.open.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, open)) = memo.as_ref().filter(|(cached, _)| *cached == slot) {
            return Ok(open.clone());
        }
        let mut open = vec![false; reader.max_doc() as usize];
        let term = Term::from_field_u64(field, slot);
        if let Some(mut postings) = reader.inverted_index(field)?.read_postings(&term, IndexRecordOption::Basic)? {
            let mut doc = postings.doc();
            while doc != TERMINATED {
                open[doc as usize] = true;
                doc = postings.advance();
            }
        }
        let open = Arc::new(open);
        *memo = Some((slot, open.clone()));
        Ok(open)
    }

    /// The ranking factor of `doc`'s distance from `desk`: its nearest location counts.
    fn nearness(&self, doc: DocId, desk: &Coordinates) -> f32 {
        let (start, end) = (self.place_offsets[doc as usize], self.place_offsets[doc as usize + 1]);
        let nearest = self.places[start as usize..end as usize].iter().map(|p| desk.distance_m(p)).reduce(f64::min);
        nearness(nearest) as f32
    }

    fn ords(&self, facet: usize, doc: DocId) -> &[u32] {
        let (start, end) = (self.offsets[facet][doc as usize], self.offsets[facet][doc as usize + 1]);
        &self.values[facet][start as usize..end as usize]
    }
}

/// The flat facet arrays of every segment of the current index.
pub type FacetCache = HashMap<SegmentId, Arc<SegmentFacets>>;

pub struct FacetCollect {
    pub cache: Arc<FacetCache>,
    pub filters: Filters,
    /// The `open_slot` field and the slot it is now.
    pub open_slot: (Field, u64),
    /// How many of the best hits to keep (offset + limit).
    pub keep: usize,
    /// Comuni whose services rank before all others (a kiosk's district).
    pub prefer: Vec<String>,
    /// Where the kiosk's desk is: nearer services rank a little higher ([`nearness`]).
    pub near: Option<Coordinates>,
}

/// Added to the score of a service in a preferred comune: more than any text score, so
/// local services come first and keep their order among themselves.
pub const LOCAL_FIRST: Score = 10_000.0;

/// Added to the score of a service that says yes to the situation filtered by: more than
/// [`LOCAL_FIRST`] and any text score, so the ones that do not say come after all of them.
const STATED_FIRST: Score = 2.0 * LOCAL_FIRST;

/// A hit's own score, without the [`LOCAL_FIRST`] and [`STATED_FIRST`] tiers.
pub fn text_score(ranked: Score) -> Score {
    ranked.rem_euclid(LOCAL_FIRST)
}

#[derive(Debug, Default)]
pub struct Collected {
    /// Matches passing the filters: all of them, or at least this many (`relation`).
    pub total: u64,
    pub relation: TotalRelation,
    /// The best hits, best first.
    pub top: Vec<Ranked>,
    pub facets: [BTreeMap<String, u64>; FACET_COUNT],
    /// How many matches (with the other filters) are open now.
    pub open_now: u64,
}

impl Collected {
    /// These matches of every word first, in their order, then those of `looser` (matches
    /// of any word) that are not among them, up to `keep`; the totals and facets are the
    /// looser search's, which lists all of them.
    pub fn followed_by(self, looser: Collected, keep: usize) -> Collected {
        let mut top = self.top;
        let first: HashSet<DocAddress> = top.iter().map(|r| r.address).collect();
        top.extend(looser.top.into_iter().filter(|r| !first.contains(&r.address)));
        top.truncate(keep);
        Collected { top, ..looser }
    }
}

/// A hit: where it ranks, which service it is, where it is in the index. Ties are broken by
/// the service's id (the older first), never by the place in the index, which differs from
/// one instance to another: instances behind one address must page the same list.
#[derive(Clone, Copy, Debug)]
pub struct Ranked {
    pub score: Score,
    pub service: u64,
    pub address: DocAddress,
}

impl PartialEq for Ranked {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Ranked {}
impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Ranked {
    /// Greater = worse, so a max-heap keeps the worst kept hit on top.
    fn cmp(&self, other: &Self) -> Ordering {
        other.score.total_cmp(&self.score).then_with(|| self.service.cmp(&other.service))
    }
}

pub fn push_top(heap: &mut BinaryHeap<Ranked>, keep: usize, hit: Ranked) {
    if heap.len() < keep {
        heap.push(hit);
    } else if heap.peek().is_some_and(|worst| hit < *worst) {
        heap.pop();
        heap.push(hit);
    }
}

pub struct SegmentFacetCollect {
    segment: SegmentOrdinal,
    keep: usize,
    facets: Arc<SegmentFacets>,
    /// Per facet: no filter, or the filter value's ordinal in this segment (`None` when the
    /// segment does not have the value: nothing here passes).
    filters: [Option<Option<u32>>; FACET_COUNT],
    /// This segment's ordinal of [`NOT_STATED`] in the situation facet.
    not_stated: Option<u32>,
    open_filter: bool,
    /// Whether any filter is set (most searches have none: then nothing is checked per document).
    any_filter: bool,
    open: Arc<Vec<bool>>,
    /// This segment's ordinals of the preferred comuni.
    prefer: Vec<u32>,
    near: Option<Coordinates>,
    heap: BinaryHeap<Ranked>,
    /// The documents passing every filter. Facets are counted from these lists when the
    /// segment is done, one facet at a time: a tight loop per facet runs several times
    /// faster than counting four facets per document as the documents arrive.
    passing: Vec<DocId>,
    /// Per filter ([`FACETS`], then open now): the documents failing that filter alone,
    /// which count for its values (disjunctive facets).
    failing_only: [Vec<DocId>; FACET_COUNT + 1],
}

/// Where the comune sits in [`FACETS`].
const MUNICIPALITY_FACET: usize = 1;

/// Where the open-now filter sits in [`SegmentFacetCollect::failing_only`].
const OPEN: usize = FACET_COUNT;

impl SegmentFacetCollect {
    /// The filters `doc` fails, one bit each ([`FACETS`] order, then open now).
    fn failed(&self, doc: DocId) -> u32 {
        let mut failed = 0;
        for (i, filter) in self.filters.iter().enumerate() {
            if let Some(wanted) = filter {
                let ords = self.facets.ords(i, doc);
                let passes = wanted.is_some_and(|w| ords.contains(&w))
                    || (i == SITUATION_FACET && self.not_stated.is_some_and(|n| ords.contains(&n)));
                if !passes {
                    failed |= 1 << i;
                }
            }
        }
        if self.open_filter && !self.open[doc as usize] {
            failed |= 1 << OPEN;
        }
        failed
    }
}

impl Collector for FacetCollect {
    type Fruit = Collected;
    type Child = SegmentFacetCollect;

    fn for_segment(&self, segment: SegmentOrdinal, reader: &SegmentReader) -> tantivy::Result<Self::Child> {
        let facets = match self.cache.get(&reader.segment_id()) {
            Some(facets) => facets.clone(),
            None => Arc::new(SegmentFacets::read(reader)?),
        };
        let filters: [Option<Option<u32>>; FACET_COUNT] = std::array::from_fn(|i| {
            let wanted = self.filters.values[i].as_deref()?;
            Some(facets.names[i].iter().position(|n| n == wanted).map(|o| o as u32))
        });
        let (field, slot) = self.open_slot;
        let open = facets.open_at(reader, field, slot)?;
        let any_filter = self.filters.open_now || filters.iter().any(Option::is_some);
        let prefer = facets.names[MUNICIPALITY_FACET]
            .iter()
            .enumerate()
            .filter(|(_, name)| self.prefer.contains(name))
            .map(|(ord, _)| ord as u32)
            .collect();
        let not_stated = facets.names[SITUATION_FACET].iter().position(|n| n == NOT_STATED).map(|o| o as u32);
        Ok(SegmentFacetCollect {
            segment,
            keep: self.keep,
            facets,
            filters,
            not_stated,
            open_filter: self.filters.open_now,
            any_filter,
            open,
            prefer,
            near: self.near,
            heap: BinaryHeap::new(),
            passing: Vec::new(),
            failing_only: Default::default(),
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(&self, fruits: Vec<Collected>) -> tantivy::Result<Collected> {
        let mut merged = Collected::default();
        for fruit in fruits {
            merged.total += fruit.total;
            merged.open_now += fruit.open_now;
            merged.top.extend(fruit.top);
            for (into, from) in merged.facets.iter_mut().zip(fruit.facets) {
                for (value, count) in from {
                    *into.entry(value).or_default() += count;
                }
            }
        }
        merged.top.sort_unstable();
        merged.top.truncate(self.keep);
        Ok(merged)
    }
}

impl SegmentFacetCollect {
    /// How many documents passing every filter this segment has collected.
    pub fn passing(&self) -> usize {
        self.passing.len()
    }

    /// Where `doc`, scored `score` by the text, ranks: `None` when it fails a filter.
    pub fn rank(&self, doc: DocId, score: Score) -> Option<Ranked> {
        if self.any_filter && self.failed(doc) != 0 {
            return None;
        }
        let mut ranked = score * self.facets.rank[doc as usize];
        if let Some(desk) = &self.near {
            ranked *= self.facets.nearness(doc, desk);
        }
        if !self.prefer.is_empty() && self.facets.ords(MUNICIPALITY_FACET, doc).iter().any(|o| self.prefer.contains(o))
        {
            ranked += LOCAL_FIRST;
        }
        if let Some(Some(wanted)) = self.filters[SITUATION_FACET] {
            if self.facets.ords(SITUATION_FACET, doc).contains(&wanted) {
                ranked += STATED_FIRST;
            }
        }
        let address = DocAddress::new(self.segment, doc);
        Some(Ranked { score: ranked, service: self.facets.ids[doc as usize], address })
    }
}

impl FacetCollect {
    /// The text score a document must pass to rank above `worst`: a document's rank is its
    /// text score times factors of at most 1 ([`SegmentFacetCollect::rank`]), plus the
    /// tiers, so only the tiers it may still get let it pass with a lower one.
    pub fn score_to_beat(&self, worst: Score) -> Score {
        let stated = if self.filters.values[SITUATION_FACET].is_some() { STATED_FIRST } else { 0.0 };
        let local = if self.prefer.is_empty() { 0.0 } else { LOCAL_FIRST };
        (worst - stated - local).max(0.0)
    }
}

impl SegmentCollector for SegmentFacetCollect {
    type Fruit = Collected;

    fn collect(&mut self, doc: DocId, score: Score) {
        match self.rank(doc, score) {
            Some(ranked) => {
                self.passing.push(doc);
                push_top(&mut self.heap, self.keep, ranked);
            }
            None => {
                let failed = self.failed(doc);
                if failed.count_ones() == 1 {
                    self.failing_only[failed.trailing_zeros() as usize].push(doc);
                }
            }
        }
    }

    fn harvest(self) -> Collected {
        let facets = &self.facets;
        let counted = |i: usize| self.passing.iter().chain(&self.failing_only[i]);
        let counts: [BTreeMap<String, u64>; FACET_COUNT] = std::array::from_fn(|i| {
            let mut counts = vec![0u64; facets.names[i].len()];
            for &doc in counted(i) {
                for &ord in facets.ords(i, doc) {
                    counts[ord as usize] += 1;
                }
            }
            counts
                .iter()
                .enumerate()
                .filter(|(_, c)| **c > 0)
                .map(|(ord, c)| (facets.names[i][ord].clone(), *c))
                .collect()
        });
        let open_now = counted(OPEN).filter(|&&doc| self.open[doc as usize]).count() as u64;
        let top = self.heap.into_sorted_vec();
        Collected { total: self.passing.len() as u64, relation: TotalRelation::Exact, top, facets: counts, open_now }
    }
}
