//! The full-text index: derived data, built from the database and kept in step with it
//! (ARCHITECTURE.md §6). The commit payload records the schema, the data version and the day it
//! was built for (programmes end with the calendar), so a stale index is rebuilt.

mod albanian;
pub mod analyzers;
mod arabic;
mod collect;
pub mod counting;
pub mod indexer;
pub mod opening;
mod query;
pub mod schema;
mod spelling;
mod thesaurus;
mod topk;

pub use collect::Filters;
pub use schema::{in_lang, Card};
pub use thesaurus::{Thesaurus, ThesaurusError};
pub use topk::DEFAULT_EXACT_COUNT;

use crate::content::holidays::Holidays;
use crate::db::IndexDocument;
use collect::{text_score, FacetCache, FacetCollect, SegmentFacets, FACET_COUNT};
use opening::Calendar;
use portineria_app::geo::Coordinates;
use portineria_app::model::TotalRelation;
use query::{Places, QueryBuilder, Search};
use schema::Fields;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use tantivy::query::AllQuery;
use tantivy::{Index, IndexReader, IndexSettings, IndexWriter, ReloadPolicy, Searcher, TantivyDocument, Term};

/// When fewer services than a first screen match both words of a two-word query, the
/// services matching either follow them.
const WIDEN_BELOW: usize = 5;
const WRITER_HEAP_BYTES: usize = 64_000_000;
/// How long taking the writer waits for its lock file to come free (see [`SearchIndex::new_writer`]).
const WRITER_LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(10);
/// Stored cards are read twenty at a time from random places: a small compressed block
/// decompresses in a fraction of the default 16 KB's time.
const STORE_BLOCK_BYTES: usize = 4096;

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("search index: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    #[error("search index directory: {0}")]
    Io(#[from] std::io::Error),
    #[error("search index: {0}")]
    OpenDirectory(#[from] tantivy::directory::error::OpenDirectoryError),
}

/// What the index was built from: compared with the database and the calendar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stamp {
    pub data_version: i64,
    pub day: String,
}

impl Stamp {
    fn payload(&self) -> String {
        format!("schema={};data={};day={}", schema::SCHEMA_VERSION, self.data_version, self.day)
    }

    fn parse(payload: &str) -> Option<Self> {
        let mut parts = payload.split(';');
        let schema = parts.next()?.strip_prefix("schema=")?;
        let data_version = parts.next()?.strip_prefix("data=")?.parse().ok()?;
        let day = parts.next()?.strip_prefix("day=")?.to_string();
        (schema == schema::SCHEMA_VERSION).then_some(Self { data_version, day })
    }
}

/// One search: free text (any language, any script), filters, a page.
#[derive(Clone, Debug, Default)]
pub struct SearchQuery {
    pub text: String,
    pub filters: Filters,
    pub limit: usize,
    pub offset: usize,
    /// The moment "open now" refers to; `None` = now.
    pub at: Option<chrono::DateTime<chrono::Utc>>,
    /// Comuni whose services come first (a kiosk's district); empty = none.
    pub prefer: Vec<String>,
    /// Where the kiosk's desk is, when known: nearer services rank a little higher.
    pub near: Option<Coordinates>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FoundHit {
    pub id: i64,
    pub score: f32,
    pub card: Card,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Found {
    /// Every match, or at least this many (`relation`, see `topk`).
    pub total: u64,
    pub relation: TotalRelation,
    pub hits: Vec<FoundHit>,
    /// Counts per value for each facet (in the order of `collect::FACETS`), largest first.
    pub facets: [Vec<(String, u64)>; FACET_COUNT],
    pub open_now: u64,
    /// When nothing was found: the query with its unknown words replaced by the closest
    /// words the index has.
    pub did_you_mean: Option<String>,
}

/// Counts of the ways an index was brought up to date, for `/healthz?deep=1`: with
/// several instances on one database, each should mostly apply changes one by one from the
/// shared change log, and rebuild only at start-up and when the day changes.
#[derive(Debug, Default)]
pub struct UpdateCounts {
    incremental: AtomicU64,
    rebuilds: AtomicU64,
}

impl UpdateCounts {
    pub fn count_incremental(&self) {
        self.incremental.fetch_add(1, Ordering::Relaxed);
    }

    pub fn count_rebuild(&self) {
        self.rebuilds.fetch_add(1, Ordering::Relaxed);
    }

    /// Changes applied from the change log.
    pub fn incremental(&self) -> u64 {
        self.incremental.load(Ordering::Relaxed)
    }

    /// Full rebuilds from the database.
    pub fn rebuilds(&self) -> u64 {
        self.rebuilds.load(Ordering::Relaxed)
    }
}

pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    fields: Fields,
    thesaurus: Thesaurus,
    /// Closes today's opening slots on holidays (see [`schema::document`]).
    holidays: Arc<Holidays>,
    places: RwLock<Places>,
    facets: RwLock<Arc<FacetCache>>,
    /// One writer per index: rebuilds and updates take turns.
    writer: Mutex<Option<IndexWriter>>,
    /// Counts commits, so caches derived from the data know when to reload.
    generation: AtomicU64,
    /// How this instance's index followed the database since it started.
    updates: UpdateCounts,
    /// How long each search took, for `/metrics`.
    latency: crate::metrics::Histogram,
    /// How many matches a search counts exactly (see `topk`).
    exact_count: u64,
    /// Held by whoever brings the index up to date (a publication, the follower, the daily
    /// rebuild) for the whole update: the one writer path, so no document is added twice
    /// and no half-built index is committed.
    updating: tokio::sync::Mutex<()>,
}

impl SearchIndex {
    /// Opens the index in `dir`, creating it (empty) when missing or built with another schema.
    pub fn open(dir: &Path, thesaurus: Thesaurus, holidays: Arc<Holidays>) -> Result<Self, SearchError> {
        std::fs::create_dir_all(dir)?;
        let (schema, fields) = schema::build();
        let settings = IndexSettings { docstore_blocksize: STORE_BLOCK_BYTES, ..IndexSettings::default() };
        let index = match Index::open_in_dir(dir) {
            Ok(index) if index.schema() == schema && *index.settings() == settings => index,
            _ => {
                std::fs::remove_dir_all(dir)?;
                std::fs::create_dir_all(dir)?;
                Index::builder().schema(schema).settings(settings).create_in_dir(dir)?
            }
        };
        analyzers::register(&index);
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        let search = Self {
            index,
            reader,
            fields,
            thesaurus,
            holidays,
            places: RwLock::new(Places::default()),
            facets: RwLock::default(),
            writer: Mutex::new(None),
            generation: AtomicU64::new(0),
            updates: UpdateCounts::default(),
            latency: crate::metrics::Histogram::default(),
            exact_count: DEFAULT_EXACT_COUNT,
            updating: tokio::sync::Mutex::new(()),
        };
        search.refresh()?;
        Ok(search)
    }

    /// The index counting `count` matches exactly (`PORTINERIA_SEARCH_EXACT_COUNT`).
    pub fn counting_exactly(self, count: u64) -> Self {
        Self { exact_count: count.max(1), ..self }
    }

    /// Waits for, then holds, the right to update the index.
    pub async fn begin_update(&self) -> tokio::sync::MutexGuard<'_, ()> {
        self.updating.lock().await
    }

    /// What the last commit was built from (`None` for an empty or foreign index).
    pub fn stamp(&self) -> Option<Stamp> {
        self.index.load_metas().ok().and_then(|m| m.payload).as_deref().and_then(Stamp::parse)
    }

    fn with_writer<T>(&self, work: impl FnOnce(&mut IndexWriter) -> Result<T, SearchError>) -> Result<T, SearchError> {
        let mut slot = self.writer.lock().unwrap_or_else(|e| e.into_inner());
        if slot.is_none() {
            *slot = Some(self.new_writer()?);
        }
        let writer = slot.as_mut().expect("the writer was just created");
        let result = work(writer);
        if result.is_err() {
            // A failed writer may hold half a batch: drop it, the next turn starts clean.
            if let Some(mut writer) = slot.take() {
                let _ = writer.rollback();
            }
        }
        result
    }

    fn commit(&self, writer: &mut IndexWriter, stamp: &Stamp) -> Result<(), SearchError> {
        let mut commit = writer.prepare_commit()?;
        commit.set_payload(&stamp.payload());
        commit.commit()?;
        self.reader.reload()?;
        self.refresh()?;
        self.generation.fetch_add(1, Ordering::Release);
        Ok(())
    }

    /// Starts a full rebuild: every document is removed; add the new ones with
    /// [`Self::add`] and finish with [`Self::commit_stamp`] and [`Self::merge_segments`].
    /// Until then searches see the old contents. The writer stops merging in the
    /// background, so the rebuild's segments are merged once, at the end.
    pub fn clear(&self) -> Result<(), SearchError> {
        self.with_writer(|w| {
            w.set_merge_policy(Box::new(tantivy::indexer::NoMergePolicy));
            Ok(w.delete_all_documents().map(|_| ())?)
        })
    }

    /// Adds services to the pending batch (an updated service is removed first, see
    /// [`Self::remove`]).
    pub fn add(&self, documents: &[IndexDocument]) -> Result<(), SearchError> {
        let f = self.fields;
        let calendar = Calendar { holidays: &self.holidays, today: crate::period::today() };
        self.with_writer(|w| {
            for d in documents {
                w.add_document(schema::document(&f, d, calendar, &self.thesaurus))?;
            }
            Ok(())
        })
    }

    /// Removes services (deleted from the database) in the pending batch.
    pub fn remove(&self, ids: &[i64]) -> Result<(), SearchError> {
        let f = self.fields;
        self.with_writer(|w| {
            for id in ids {
                w.delete_term(Term::from_field_u64(f.id, *id as u64));
            }
            Ok(())
        })
    }

    /// Makes the pending batch visible to searches at once, stamped with what it reflects.
    pub fn commit_stamp(&self, stamp: &Stamp) -> Result<(), SearchError> {
        self.with_writer(|w| self.commit(w, stamp))
    }

    /// Changes with every commit.
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::Acquire)
    }

    /// How the index has followed the database since this process opened it.
    pub fn updates(&self) -> &UpdateCounts {
        &self.updates
    }

    /// The searches' latency histogram.
    pub fn latency(&self) -> &crate::metrics::Histogram {
        &self.latency
    }

    /// A writer, waiting up to [`WRITER_LOCK_WAIT`] for its lock. This process has one
    /// writer at a time, but the lock is an `flock` on a file, and a child process that
    /// another thread is starting (speech, a backup) holds a copy of every open descriptor
    /// until it runs its program: for that moment a lock just let go still looks taken.
    fn new_writer(&self) -> Result<IndexWriter, SearchError> {
        use tantivy::{directory::error::LockError, TantivyError};
        let started = std::time::Instant::now();
        loop {
            match self.index.writer(WRITER_HEAP_BYTES) {
                Err(TantivyError::LockFailure(LockError::LockBusy, _)) if started.elapsed() < WRITER_LOCK_WAIT => {
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                taken => return Ok(taken?),
            }
        }
    }

    /// Merges the index into one segment: after a full rebuild, so every search walks one
    /// term dictionary per field instead of one per segment. The rebuild's writer (which
    /// merges nothing in the background, see [`Self::clear`]) does it and keeps its lock;
    /// then it goes back to merging small segments in the background, as the updates that
    /// follow need. A merge still running from before the rebuild only touches segments
    /// the rebuild deleted, and tantivy drops its result.
    pub fn merge_segments(&self) -> Result<(), SearchError> {
        self.with_writer(|w| {
            let segments = self.index.searchable_segment_ids()?;
            if segments.len() > 1 {
                w.merge(&segments).wait()?;
            }
            w.set_merge_policy(Box::new(tantivy::indexer::DefaultMergePolicy::default()));
            Ok(())
        })?;
        self.reader.reload()?;
        self.refresh()
    }

    pub fn document_count(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// Derived lookups after the reader moved: flat facet arrays for new segments, comune names.
    fn refresh(&self) -> Result<(), SearchError> {
        let previous = self.facets.read().unwrap_or_else(|e| e.into_inner()).clone();
        let mut cache = FacetCache::new();
        for segment in self.reader.searcher().segment_readers() {
            let id = segment.segment_id();
            let facets = match previous.get(&id) {
                Some(facets) => facets.clone(),
                None => Arc::new(SegmentFacets::read(segment)?),
            };
            cache.insert(id, facets);
        }
        *self.facets.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(cache);
        self.refresh_places();
        Ok(())
    }

    /// The comune names in the index, so a query naming one can prefer services there.
    fn refresh_places(&self) {
        let searcher = self.reader.searcher();
        let mut names: Vec<String> = Vec::new();
        for segment in searcher.segment_readers() {
            let Ok(reader) = segment.facet_reader(schema::MUNICIPALITY) else {
                continue;
            };
            let mut facet = tantivy::schema::Facet::root();
            for ord in 0..reader.num_facets() as u64 {
                if reader.facet_from_ord(ord, &mut facet).is_ok() {
                    if let Some(name) = facet.to_path().last() {
                        names.push(name.to_string());
                    }
                }
            }
        }
        names.sort();
        names.dedup();
        *self.places.write().unwrap_or_else(|e| e.into_inner()) = Places::new(names);
    }

    fn searcher(&self) -> Searcher {
        self.reader.searcher()
    }

    /// Searches. Empty text lists every service (with filters); text that has nothing
    /// searchable in it finds nothing.
    pub fn search(&self, q: &SearchQuery) -> Result<Found, SearchError> {
        let started = std::time::Instant::now();
        let found = self.search_now(q);
        self.latency.observe(started.elapsed());
        found
    }

    fn search_now(&self, q: &SearchQuery) -> Result<Found, SearchError> {
        let searcher = self.searcher();
        let at = q.at.unwrap_or_else(chrono::Utc::now);
        let collector = FacetCollect {
            cache: self.facets.read().unwrap_or_else(|e| e.into_inner()).clone(),
            filters: q.filters.clone(),
            open_slot: (self.fields.open_slot, opening::current_slot(at)),
            // At least a first screen, so whether a query finds that many is known whatever
            // the page asked for.
            keep: (q.offset + q.limit.max(1)).max(WIDEN_BELOW),
            prefer: q.prefer.clone(),
            near: q.near,
        };
        let collected = if q.text.trim().is_empty() {
            let everything = Search { full: Box::new(AllQuery), pruned: None };
            topk::run(&searcher, &everything, &collector, self.exact_count)?
        } else {
            let places = self.places.read().unwrap_or_else(|e| e.into_inner());
            let builder =
                QueryBuilder { fields: &self.fields, searcher: &searcher, thesaurus: &self.thesaurus, places: &places };
            let Some(plan) = builder.build(&q.text) else {
                return Ok(Found::default());
            };
            let strict = topk::run(&searcher, &plan.all_words, &collector, self.exact_count)?;
            // A second word that matches little ("lavoro urgente", "avocat urgent") must not
            // hide what the first finds; a longer query that finds few is specific on purpose.
            let few = plan.words == 2 && strict.top.len() < WIDEN_BELOW;
            match plan.any_word {
                Some(loose) if strict.total == 0 || few => {
                    strict.followed_by(topk::run(&searcher, &loose, &collector, self.exact_count)?, collector.keep)
                }
                _ => strict,
            }
        };
        let mut hits = Vec::new();
        for hit in collected.top.into_iter().skip(q.offset).take(q.limit.max(1)) {
            let doc: TantivyDocument = searcher.doc(hit.address)?;
            if let Some(card) = schema::card_of(&self.fields, &doc) {
                hits.push(FoundHit { id: hit.service as i64, score: text_score(hit.score), card });
            }
        }
        let facets = collected.facets.map(|counts| {
            let mut values: Vec<(String, u64)> = counts.into_iter().collect();
            values.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            values
        });
        let did_you_mean = if collected.total == 0 && !q.text.trim().is_empty() {
            spelling::did_you_mean(&searcher, self.fields.spell, &q.text)
        } else {
            None
        };
        Ok(Found {
            total: collected.total,
            relation: collected.relation,
            hits,
            facets,
            open_now: collected.open_now,
            did_you_mean,
        })
    }

    /// Up to `limit` service names in `lang` completing `text` as typed so far (every word
    /// complete but the last, which may be a prefix).
    pub fn complete_names(&self, lang: portineria_app::lang::Lang, text: &str, limit: usize) -> Vec<String> {
        let searcher = self.searcher();
        spelling::complete_names(&searcher, &self.fields, lang, text, limit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::ServiceTexts;
    use portineria_app::lang::Lang;

    fn service(id: i64) -> IndexDocument {
        IndexDocument {
            id,
            slug: format!("servizio-{id}"),
            status: Default::default(),
            programme_ended: false,
            texts: vec![ServiceTexts {
                lang: Lang::It,
                name: format!("Sportello casa {id}"),
                organization: "Cooperativa".into(),
                summary: "Aiuto per trovare casa e lavoro".into(),
                tags: "casa".into(),
                body: "Portare il documento di identità.".into(),
            }],
            categories: vec![],
            target_groups: vec![],
            municipalities: vec![],
            languages: vec![],
            who_can_go: vec![],
            locations: vec![],
        }
    }

    /// The server starts processes (speech, backups) while it rebuilds: a child holds a
    /// copy of the writer's lock until it runs its program, which once made a rebuild
    /// fail with "LockBusy" when it let go of its writer and took a new one to merge.
    #[test]
    fn rebuilds_hold_while_other_threads_start_processes() {
        let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let spawning = {
            let stop = stop.clone();
            std::thread::spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    let _ = std::process::Command::new("true").status();
                }
            })
        };
        let documents: Vec<IndexDocument> = (1..=300).map(service).collect();
        let stamp = Stamp { data_version: 1, day: crate::period::today().to_string() };
        let rebuilt = (0..30).try_for_each(|_| {
            let dir = tempfile::tempdir()?;
            let index = SearchIndex::open(dir.path(), Thesaurus::default(), Default::default())?;
            for _ in 0..2 {
                index.clear()?;
                for batch in documents.chunks(10) {
                    index.add(batch)?;
                }
                index.commit_stamp(&stamp)?;
                index.merge_segments()?;
            }
            assert_eq!(index.document_count(), 300);
            assert_eq!(index.index.searchable_segment_ids()?.len(), 1, "merged into one segment");
            Ok::<_, SearchError>(())
        });
        stop.store(true, Ordering::Relaxed);
        spawning.join().expect("spawning thread");
        rebuilt.expect("every rebuild succeeds");
    }
}
