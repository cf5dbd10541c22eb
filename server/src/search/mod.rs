//! The full-text index: derived data, rebuilt from the database whenever it is missing or
//! older than the data (the version it was built from is stored in the commit payload).
//! One document per service, with one text field per language, each with its own analyzer.
//! User text is never parsed as query syntax: it is tokenized with each field's analyzer
//! and turned into term queries.

mod analyzers;

use crate::db::IndexDocument;
use portineria_app::lang::Lang;
use std::path::Path;
use std::sync::Mutex;
use tantivy::collector::{Count, FacetCollector, TopDocs};
use tantivy::query::{AllQuery, BooleanQuery, BoostQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    Facet, FacetOptions, Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, FAST, INDEXED,
    STORED, STRING,
};
use tantivy::{Index, IndexReader, ReloadPolicy, TantivyDocument, Term};

/// Changes whenever the schema or analyzers change, so an old index is rebuilt.
const SCHEMA_VERSION: &str = "1";
const WRITER_HEAP_BYTES: usize = 50_000_000;

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("search index: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    #[error("search index directory: {0}")]
    Io(#[from] std::io::Error),
    #[error("search index: {0}")]
    OpenDirectory(#[from] tantivy::directory::error::OpenDirectoryError),
}

/// The fields of the schema, built in one place.
#[derive(Clone, Copy)]
struct Fields {
    id: Field,
    slug: Field,
    names: [Field; 5],
    bodies: [Field; 5],
    category: Field,
    municipality: Field,
}

fn lang_index(lang: Lang) -> usize {
    Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)
}

fn build_schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let id = builder.add_u64_field("id", INDEXED | STORED | FAST);
    let slug = builder.add_text_field("slug", STRING | STORED);
    let text = |lang: Lang| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(analyzers::name(lang))
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
    };
    let names = Lang::ALL.map(|l| builder.add_text_field(&format!("name_{l}"), text(l)));
    let bodies = Lang::ALL.map(|l| builder.add_text_field(&format!("body_{l}"), text(l)));
    let category = builder.add_facet_field("category", FacetOptions::default());
    let municipality = builder.add_facet_field("municipality", FacetOptions::default());
    (builder.build(), Fields { id, slug, names, bodies, category, municipality })
}

/// A search over the index: database ids with scores, the total, and facet counts.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Found {
    pub total: u64,
    pub hits: Vec<(i64, f32)>,
    pub categories: Vec<(String, u64)>,
    pub municipalities: Vec<(String, u64)>,
}

/// What to look for: free text (any language, any script) and optional filters.
#[derive(Debug, Default, Clone)]
pub struct SearchQuery<'a> {
    pub text: &'a str,
    pub category: Option<&'a str>,
    pub municipality: Option<&'a str>,
    pub limit: usize,
    pub offset: usize,
}

pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    fields: Fields,
    /// Only one writer may exist per index; rebuilds take turns.
    writing: Mutex<()>,
}

impl SearchIndex {
    /// Opens the index in `dir`, creating it (empty) when missing or built with another schema.
    pub fn open(dir: &Path) -> Result<Self, SearchError> {
        std::fs::create_dir_all(dir)?;
        let (schema, fields) = build_schema();
        let index = match Index::open_in_dir(dir) {
            Ok(index) if index.schema() == schema => index,
            _ => {
                std::fs::remove_dir_all(dir)?;
                std::fs::create_dir_all(dir)?;
                Index::create_in_dir(dir, schema)?
            }
        };
        analyzers::register(&index);
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        Ok(Self { index, reader, fields, writing: Mutex::new(()) })
    }

    fn payload_for(data_version: i64) -> String {
        format!("schema={SCHEMA_VERSION};data={data_version}")
    }

    /// Whether the index was built from this version of the data with this schema.
    pub fn is_current(&self, data_version: i64) -> bool {
        self.index.load_metas().ok().and_then(|m| m.payload).as_deref()
            == Some(Self::payload_for(data_version).as_str())
    }

    /// Replaces the whole index with `documents`, marks it with `data_version`, and makes the
    /// new contents visible to searches at once.
    pub fn rebuild(&self, documents: &[IndexDocument], data_version: i64) -> Result<(), SearchError> {
        let _turn = self.writing.lock().unwrap_or_else(|e| e.into_inner());
        let mut writer = self.index.writer::<TantivyDocument>(WRITER_HEAP_BYTES)?;
        writer.delete_all_documents()?;
        let f = self.fields;
        for d in documents {
            let mut doc = TantivyDocument::default();
            doc.add_u64(f.id, d.id as u64);
            doc.add_text(f.slug, &d.slug);
            for (lang, name) in &d.names {
                doc.add_text(f.names[lang_index(*lang)], name);
            }
            for (lang, body) in &d.bodies {
                doc.add_text(f.bodies[lang_index(*lang)], body);
            }
            for c in &d.categories {
                doc.add_facet(f.category, Facet::from_path([c.as_str()]));
            }
            for m in &d.municipalities {
                doc.add_facet(f.municipality, Facet::from_path([m.as_str()]));
            }
            writer.add_document(doc)?;
        }
        let mut commit = writer.prepare_commit()?;
        commit.set_payload(&Self::payload_for(data_version));
        commit.commit()?;
        writer.wait_merging_threads()?;
        self.reader.reload()?;
        Ok(())
    }

    pub fn document_count(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// The text part of a query: every token of the text, analysed for each language's
    /// fields, as optional term clauses; names weigh more than the rest.
    fn text_query(&self, text: &str) -> Option<Box<dyn Query>> {
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for lang in Lang::ALL {
            if !analyzers::applies(lang, text) {
                continue;
            }
            let tokens = analyzers::tokens(&self.index, lang, text);
            for (field, boost) in
                [(self.fields.names[lang_index(lang)], 3.0), (self.fields.bodies[lang_index(lang)], 1.0)]
            {
                for token in &tokens {
                    let term = TermQuery::new(Term::from_field_text(field, token), IndexRecordOption::WithFreqs);
                    clauses.push((Occur::Should, Box::new(BoostQuery::new(Box::new(term), boost))));
                }
            }
        }
        (!clauses.is_empty()).then(|| Box::new(BooleanQuery::new(clauses)) as Box<dyn Query>)
    }

    fn facet_filter(field: Field, value: &str) -> Box<dyn Query> {
        Box::new(TermQuery::new(Term::from_facet(field, &Facet::from_path([value])), IndexRecordOption::Basic))
    }

    /// The query with some filters; `None` text means every service.
    fn filtered(&self, text: Option<Box<dyn Query>>, filters: Vec<Box<dyn Query>>) -> Box<dyn Query> {
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = filters.into_iter().map(|f| (Occur::Must, f)).collect();
        clauses.push((Occur::Must, text.unwrap_or_else(|| Box::new(AllQuery))));
        Box::new(BooleanQuery::new(clauses))
    }

    fn facet_counts(&self, query: &dyn Query, field: &str) -> Result<Vec<(String, u64)>, SearchError> {
        let mut collector = FacetCollector::for_field(field);
        collector.add_facet(Facet::root());
        let counts = self.reader.searcher().search(query, &collector)?;
        let mut values: Vec<(String, u64)> = counts
            .get("/")
            .filter_map(|(facet, count)| facet.to_path().last().map(|v| (v.to_string(), count)))
            .collect();
        values.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        Ok(values)
    }

    /// Searches; facet counts for a facet ignore that facet's own filter, so a person can
    /// see (and switch to) the other values.
    pub fn search(&self, query: &SearchQuery<'_>) -> Result<Found, SearchError> {
        let text = self.text_query(query.text);
        let text_given = !query.text.trim().is_empty();
        if text_given && text.is_none() {
            return Ok(Found::default());
        }
        let by_category = || query.category.map(|c| Self::facet_filter(self.fields.category, c));
        let by_municipality = || query.municipality.map(|m| Self::facet_filter(self.fields.municipality, m));
        let searcher = self.reader.searcher();

        let full = self.filtered(
            text.as_ref().map(|q| q.box_clone()),
            by_category().into_iter().chain(by_municipality()).collect(),
        );
        let top = TopDocs::with_limit(query.limit.max(1)).and_offset(query.offset).order_by_score();
        let (top, total) = searcher.search(&*full, &(top, Count))?;
        let mut hits = Vec::with_capacity(top.len());
        for (score, address) in top {
            let doc: TantivyDocument = searcher.doc(address)?;
            if let Some(id) = doc.get_first(self.fields.id).and_then(|v| v.as_u64()) {
                hits.push((id as i64, score));
            }
        }
        let for_categories =
            self.filtered(text.as_ref().map(|q| q.box_clone()), by_municipality().into_iter().collect());
        let for_municipalities = self.filtered(text, by_category().into_iter().collect());
        Ok(Found {
            total: total as u64,
            hits,
            categories: self.facet_counts(&*for_categories, "category")?,
            municipalities: self.facet_counts(&*for_municipalities, "municipality")?,
        })
    }
}
