//! What the search index reads of the directory: each service with its texts in every
//! language, its facets and opening hours, in one ordered pass over the database (a rebuild
//! of 100,000 services streams them and never holds them all in memory), or by id (an
//! update after a write). Also the change log the index follows to stay within a second of
//! the database.
//!
//! The pass is one query: an arm per table, each read in service-id order (by its primary
//! key or an index), and the engine merges them (SQLite's "MERGE (UNION ALL)", PostgreSQL's
//! Merge Append). Rows arrive grouped by service; a service's document is complete when
//! the next service's first row comes. The service's texts and its documents' texts, two
//! thirds of the rows, come instead from two more queries that read alongside, each with a
//! row per service holding all of them ([`Beside`]): a row handed from the database's thread
//! to the task costs more than its text. It used to be a query per table for every thousand
//! services, with their ids listed: reading took longer than indexing.

use super::{begin_write, SqlStore};
use crate::content::holidays::Closure;
use crate::db::capabilities::ChangeLog;
use crate::db::model::{Changes, IndexDocument, IndexedLocation, ServiceTexts};
use crate::db::DbError;
use crate::period::{programme_status, today};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use futures_util::TryStreamExt;
use portineria_app::geo::Coordinates;
use portineria_app::lang::Lang;
use portineria_app::model::{ProgrammeStatus, ServiceStatus};
use portineria_app::requirements::Situation;
use std::collections::HashMap;
use tokio::sync::mpsc;

/// How many services an update reads in one pass.
const UPDATE_CHUNK: usize = 500;

/// A location's stored coordinates, when both are there.
pub(super) fn coordinates(latitude: Option<f64>, longitude: Option<f64>) -> Option<Coordinates> {
    Some(Coordinates { lat: latitude?, lon: longitude? })
}

/// What a row of the merged pass carries; its number is the row's `part` column and its
/// order among a service's rows (the service's own row first).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Part {
    /// organization id, programme id, slug, status, district
    Service = 0,
    /// lang, the organisation's name
    Organization,
    /// lang, the programme's name
    Programme,
    /// the programme's start and end dates
    Period,
    /// category id
    Category,
    /// target group id
    Group,
    /// a language spoken
    Language,
    /// position, situation
    Situation,
    /// a comune served
    Municipality,
    /// location id, open on holidays (1/0), comune, latitude, longitude
    Location,
    /// location id, weekday, opens, closes, valid to
    Hours,
    /// location id, starts, ends
    Closure,
}

const PARTS: [Part; 12] = [
    Part::Service,
    Part::Organization,
    Part::Programme,
    Part::Period,
    Part::Category,
    Part::Group,
    Part::Language,
    Part::Situation,
    Part::Municipality,
    Part::Location,
    Part::Hours,
    Part::Closure,
];

impl Part {
    /// The arm of the merged query: the column holding the service id (also the one an
    /// update's `IN` list filters), the seven columns `n1, n2, s1, s2, s3, f1, f2`, and the
    /// `FROM … WHERE …` they come from. `CROSS JOIN` keeps SQLite reading the
    /// service-ordered table first, so no arm sorts. The first arm types `f1` and `f2`.
    fn arm(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Part::Service => (
                "id",
                "organization_id, programme_id, slug, status, district, CAST(NULL AS DOUBLE PRECISION), \
                 CAST(NULL AS DOUBLE PRECISION)",
                "services WHERE 1 = 1",
            ),
            Part::Organization => (
                "s.id",
                "NULL, NULL, t.lang, t.text, NULL, NULL, NULL",
                "services s CROSS JOIN translations t \
                 WHERE t.entity = 'organization' AND t.entity_id = s.organization_id AND t.field = 'name'",
            ),
            Part::Programme => (
                "s.id",
                "NULL, NULL, t.lang, t.text, NULL, NULL, NULL",
                "services s CROSS JOIN translations t \
                 WHERE t.entity = 'programme' AND t.entity_id = s.programme_id AND t.field = 'name'",
            ),
            Part::Period => (
                "s.id",
                "NULL, NULL, p.start_date, p.end_date, NULL, NULL, NULL",
                "services s CROSS JOIN programmes p WHERE p.id = s.programme_id",
            ),
            Part::Category => {
                ("service_id", "category_id, NULL, NULL, NULL, NULL, NULL, NULL", "service_categories WHERE 1 = 1")
            }
            Part::Group => (
                "service_id",
                "target_group_id, NULL, NULL, NULL, NULL, NULL, NULL",
                "service_target_groups WHERE 1 = 1",
            ),
            Part::Language => {
                ("service_id", "NULL, NULL, lang, NULL, NULL, NULL, NULL", "service_languages WHERE 1 = 1")
            }
            Part::Situation => {
                ("service_id", "position, NULL, situation, NULL, NULL, NULL, NULL", "service_situations WHERE 1 = 1")
            }
            Part::Municipality => {
                ("service_id", "NULL, NULL, municipality, NULL, NULL, NULL, NULL", "service_municipalities WHERE 1 = 1")
            }
            Part::Location => (
                "sl.service_id",
                "l.id, CASE WHEN l.open_on_holidays THEN 1 ELSE 0 END, l.municipality, NULL, NULL, l.latitude, \
                 l.longitude",
                "service_locations sl CROSS JOIN locations l WHERE l.id = sl.location_id",
            ),
            Part::Hours => (
                "sl.service_id",
                "h.location_id, h.weekday, h.opens, h.closes, h.valid_to, NULL, NULL",
                "service_locations sl CROSS JOIN schedules h WHERE h.location_id = sl.location_id",
            ),
            Part::Closure => (
                "sl.service_id",
                "c.location_id, NULL, c.starts, c.ends, NULL, NULL, NULL",
                "service_locations sl CROSS JOIN location_closures c WHERE c.location_id = sl.location_id",
            ),
        }
    }

    fn of(number: i32) -> Option<Self> {
        PARTS.get(usize::try_from(number).ok()?).copied()
    }
}

/// The condition limiting `column` to the ids in `only` (numbers written into the
/// statement: they are integers, and one list serves every arm), or none.
fn filter(only: Option<&[i64]>, column: &str) -> String {
    match only {
        None => String::new(),
        Some(ids) => {
            let list: Vec<String> = ids.iter().map(i64::to_string).collect();
            format!(" AND {column} IN ({})", list.join(", "))
        }
    }
}

/// The merged query, for every service or for the ids in `only`.
fn merged_query(only: Option<&[i64]>) -> String {
    let filter = |column: &str| filter(only, column);
    let arms: Vec<String> = PARTS
        .iter()
        .map(|part| {
            let (service, columns, from) = part.arm();
            format!("SELECT {service}, {}, {columns} FROM {from}{}", *part as i32, filter(service))
        })
        .collect();
    format!("{} ORDER BY 1, 2, 3, 4, 5, 6", arms.join(" UNION ALL "))
}

/// One row of the merged pass (see [`Part`] for what each column holds).
struct MergedRow {
    service: i64,
    part: i32,
    n1: Option<i64>,
    n2: Option<i64>,
    s1: Option<String>,
    s2: Option<String>,
    s3: Option<String>,
    f1: Option<f64>,
    f2: Option<f64>,
}

/// [`MergedRow`] as sqlx decodes it: by column position, not by name (six million rows).
type MergedColumns =
    (i64, i32, Option<i64>, Option<i64>, Option<String>, Option<String>, Option<String>, Option<f64>, Option<f64>);

impl From<MergedColumns> for MergedRow {
    fn from((service, part, n1, n2, s1, s2, s3, f1, f2): MergedColumns) -> Self {
        Self { service, part, n1, n2, s1, s2, s3, f1, f2 }
    }
}

/// What a query read alongside the merged pass gathers: a row per service, its records
/// joined into one text. Each record is its keys, each followed by a colon, then the text's
/// length in characters, a colon and the text (any text, colons included, reads back whole).
#[derive(Clone, Copy)]
enum Aside {
    /// Keys: field, lang.
    Texts,
    /// Keys: lang; in document order.
    Documents,
}

impl Aside {
    fn query(self, only: Option<&[i64]>) -> String {
        match self {
            Aside::Texts => format!(
                "SELECT entity_id, string_agg(field || ':' || lang || ':' || length(text) || ':' || text, '') \
                 FROM translations WHERE entity = 'service'{} GROUP BY entity_id ORDER BY entity_id",
                filter(only, "entity_id")
            ),
            Aside::Documents => format!(
                "SELECT d.service_id, string_agg(t.lang || ':' || length(t.text) || ':' || t.text, '' ORDER BY d.id) \
                 FROM documents d CROSS JOIN translations t \
                 WHERE t.entity = 'document' AND t.entity_id = d.id AND t.field = 'text'{} \
                 GROUP BY d.service_id ORDER BY d.service_id",
                filter(only, "d.service_id")
            ),
        }
    }
}

/// The records of an [`Aside`] row, each as its `N` keys and its text; stops at anything
/// malformed.
struct Records<'a, const N: usize>(&'a str);

impl<'a, const N: usize> Iterator for Records<'a, N> {
    type Item = ([&'a str; N], &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        let mut keys = [""; N];
        let mut rest = self.0;
        for key in &mut keys {
            (*key, rest) = rest.split_once(':')?;
        }
        let (length, rest) = rest.split_once(':')?;
        let chars: usize = length.parse().ok()?;
        let end = rest.char_indices().nth(chars).map_or(rest.len(), |(i, _)| i);
        let (text, rest) = rest.split_at(end);
        self.0 = rest;
        Some((keys, text))
    }
}

/// An [`Aside`] query's rows, read in step with the merged pass.
struct Beside<'a> {
    rows: futures_util::stream::BoxStream<'a, Result<(i64, String), sqlx::Error>>,
    next: Option<(i64, String)>,
    ended: bool,
}

impl<'a> Beside<'a> {
    fn open(store: &'a SqlStore, sql: &'a str) -> Self {
        Self { rows: sqlx::query_as::<_, (i64, String)>(sql).fetch(&store.pool), next: None, ended: false }
    }

    /// The row of `service`, if it has one. Both queries run in service order, so a row of
    /// a smaller id belongs to no service of the pass (texts left by a deleted one): it is
    /// passed over.
    async fn take(&mut self, service: i64) -> Result<Option<String>, DbError> {
        loop {
            match &self.next {
                Some((id, _)) if *id == service => return Ok(self.next.take().map(|(_, records)| records)),
                Some((id, _)) if *id > service => return Ok(None),
                _ if self.ended => return Ok(None),
                _ => {
                    self.next = self.rows.try_next().await?;
                    self.ended = self.next.is_none();
                }
            }
        }
    }
}

/// The categories' and target groups' slugs and texts: few, read once before the pass.
struct Taxonomy {
    category_slugs: HashMap<i64, String>,
    group_slugs: HashMap<i64, String>,
    /// (category or group id, lang) → its name, then its keywords.
    category_texts: HashMap<(i64, Lang), Vec<String>>,
    group_texts: HashMap<(i64, Lang), Vec<String>>,
}

/// One service's rows as they arrive, until its document is complete.
struct Gathered {
    id: i64,
    slug: String,
    status: ServiceStatus,
    district: Option<String>,
    has_programme: bool,
    /// By language, then field (see [`TEXT_FIELDS`]).
    texts: [[Option<String>; TEXT_FIELDS.len()]; 5],
    organization: HashMap<Lang, String>,
    programme: HashMap<Lang, String>,
    period: Option<(Option<String>, Option<String>)>,
    categories: Vec<i64>,
    groups: Vec<i64>,
    languages: Vec<String>,
    situations: Vec<Situation>,
    /// In document order.
    documents: Vec<(Lang, String)>,
    municipalities: Vec<String>,
    /// (location id, location).
    locations: Vec<(i64, IndexedLocation)>,
}

/// The service's texts the index takes: its name, its summary, then those that go into
/// `body`, in this order.
const TEXT_FIELDS: [&str; 7] = ["name", "summary", "in_short", "description", "eligibility", "how_to_access", "cost"];

impl Gathered {
    fn start(row: MergedRow) -> Self {
        Self {
            id: row.service,
            slug: row.s1.unwrap_or_default(),
            status: row.s2.as_deref().and_then(ServiceStatus::parse).unwrap_or_default(),
            district: row.s3,
            has_programme: row.n2.is_some(),
            texts: Default::default(),
            organization: HashMap::new(),
            programme: HashMap::new(),
            period: None,
            categories: Vec::new(),
            groups: Vec::new(),
            languages: Vec::new(),
            situations: Vec::new(),
            documents: Vec::new(),
            municipalities: Vec::new(),
            locations: Vec::new(),
        }
    }

    fn take(&mut self, part: Part, row: MergedRow, today: &str) -> Result<(), DbError> {
        let lang = |code: &Option<String>| code.as_deref().and_then(Lang::from_code);
        match part {
            Part::Service => {}
            Part::Organization | Part::Programme => {
                if let (Some(lang), Some(text)) = (lang(&row.s1), row.s2) {
                    let names = if part == Part::Organization { &mut self.organization } else { &mut self.programme };
                    names.insert(lang, text);
                }
            }
            Part::Period => self.period = Some((row.s1, row.s2)),
            Part::Category => self.categories.extend(row.n1),
            Part::Group => self.groups.extend(row.n1),
            Part::Language => self.languages.extend(row.s1),
            Part::Situation => self.situations.extend(row.s1.as_deref().and_then(Situation::parse)),
            Part::Municipality => self.municipalities.extend(row.s1),
            Part::Location => self.locations.push((
                row.n1.unwrap_or_default(),
                IndexedLocation {
                    municipality: row.s1.unwrap_or_default(),
                    coordinates: coordinates(row.f1, row.f2),
                    open_on_holidays: row.n2 == Some(1),
                    closures: Vec::new(),
                    hours: Vec::new(),
                },
            )),
            Part::Hours => {
                let current = row.s3.as_deref().is_none_or(|to| to >= today);
                if let (true, Some(location), Some(opens), Some(closes)) =
                    (current, located(&mut self.locations, row.n1), row.s1, row.s2)
                {
                    location.hours.push((row.n2.unwrap_or_default() as u8, opens, closes));
                }
            }
            Part::Closure => {
                if let (Some(location), Some(starts), Some(ends)) =
                    (located(&mut self.locations, row.n1), row.s1, row.s2)
                {
                    let closure = Closure::try_from(format!("{starts}/{ends}"))
                        .map_err(|e| DbError::Inconsistent(format!("service {}: closure {e}", self.id)))?;
                    location.closures.push(closure);
                }
            }
        }
        Ok(())
    }

    /// Takes the service's texts and its documents' texts from their [`Aside`] rows.
    fn take_aside(&mut self, texts: Option<String>, documents: Option<String>) {
        for ([field, lang], text) in Records::<2>(texts.as_deref().unwrap_or_default()) {
            let field = TEXT_FIELDS.iter().position(|known| *known == field);
            if let (Some(field), Some(lang)) = (field, Lang::from_code(lang)) {
                self.texts[lang.index()][field] = Some(text.to_string());
            }
        }
        for ([lang], text) in Records::<1>(documents.as_deref().unwrap_or_default()) {
            if let Some(lang) = Lang::from_code(lang) {
                self.documents.push((lang, text.to_string()));
            }
        }
    }

    fn document(mut self, taxonomy: &Taxonomy) -> IndexDocument {
        let texts = Lang::ALL
            .into_iter()
            .map(|lang| {
                let mut tags: Vec<&str> = Vec::new();
                for c in &self.categories {
                    tags.extend(taxonomy.category_texts.get(&(*c, lang)).into_iter().flatten().map(String::as_str));
                }
                for g in &self.groups {
                    tags.extend(taxonomy.group_texts.get(&(*g, lang)).into_iter().flatten().map(String::as_str));
                }
                let [name, summary, body_fields @ ..] = &self.texts[lang.index()];
                let organization = self.organization.get(&lang).map(String::as_str).unwrap_or_default();
                let mut body: Vec<&str> = body_fields.iter().flatten().map(String::as_str).collect();
                body.push(organization);
                body.extend(self.programme.get(&lang).map(String::as_str));
                body.extend(self.documents.iter().filter(|(l, _)| *l == lang).map(|(_, text)| text.as_str()));
                ServiceTexts {
                    lang,
                    name: name.clone().unwrap_or_default(),
                    organization: organization.to_string(),
                    summary: summary.clone().unwrap_or_default(),
                    tags: tags.join("\n"),
                    body: body.join("\n"),
                }
            })
            .collect();
        let programme_ended = self.has_programme
            && self
                .period
                .as_ref()
                .is_some_and(|(s, e)| programme_status(s.as_deref(), e.as_deref(), today()) == ProgrammeStatus::Ended);
        let mut municipalities = self.municipalities;
        municipalities.extend(self.locations.iter().map(|(_, l)| l.municipality.clone()));
        municipalities.extend(self.district);
        municipalities.sort();
        municipalities.dedup();
        IndexDocument {
            id: self.id,
            slug: self.slug,
            status: self.status,
            programme_ended,
            texts,
            categories: self.categories.iter().filter_map(|c| taxonomy.category_slugs.get(c).cloned()).collect(),
            target_groups: self.groups.iter().filter_map(|g| taxonomy.group_slugs.get(g).cloned()).collect(),
            municipalities,
            languages: std::mem::take(&mut self.languages),
            who_can_go: self.situations,
            locations: self.locations.into_iter().map(|(_, l)| l).collect(),
        }
    }
}

/// The location `id` of those gathered.
fn located(locations: &mut [(i64, IndexedLocation)], id: Option<i64>) -> Option<&mut IndexedLocation> {
    locations.iter_mut().find(|(l, _)| Some(*l) == id).map(|(_, location)| location)
}

/// Where the documents of a pass go: a rebuild's channel, or an update's list.
enum Sink<'a> {
    /// Documents go in batches of [`HAND_ON`]: the indexer's thread wakes once per batch.
    Channel(&'a mpsc::Sender<Vec<IndexDocument>>, Vec<IndexDocument>),
    List(&'a mut Vec<IndexDocument>),
}

/// How many documents a rebuild's reader hands on at once.
const HAND_ON: usize = 64;

impl Sink<'_> {
    /// Hands a document on; false when a rebuild's indexer has stopped (it reports why).
    async fn put(&mut self, document: IndexDocument) -> bool {
        match self {
            Sink::Channel(out, batch) => {
                batch.push(document);
                batch.len() < HAND_ON || out.send(std::mem::take(batch)).await.is_ok()
            }
            Sink::List(list) => {
                list.push(document);
                true
            }
        }
    }

    /// Hands on what is left.
    async fn finish(self) {
        if let Sink::Channel(out, batch) = self {
            if !batch.is_empty() {
                let _ = out.send(batch).await;
            }
        }
    }
}

impl SqlStore {
    /// Runs the merged pass (over `only`, or every service) into `sink`; returns how many
    /// documents it handed on.
    async fn merged_pass(
        &self,
        only: Option<&[i64]>,
        taxonomy: &Taxonomy,
        mut sink: Sink<'_>,
    ) -> Result<usize, DbError> {
        let now = today().format("%Y-%m-%d").to_string();
        let sql = merged_query(only);
        let mut rows = sqlx::query_as::<_, MergedColumns>(&sql).fetch(&self.pool).map_ok(MergedRow::from);
        let (texts_sql, documents_sql) = (Aside::Texts.query(only), Aside::Documents.query(only));
        let mut texts = Beside::open(self, &texts_sql);
        let mut documents = Beside::open(self, &documents_sql);
        let mut current: Option<Gathered> = None;
        let mut count = 0;
        loop {
            let row = rows.try_next().await?;
            // The service gathered so far is complete at the next one's first row, or at the end.
            if row.as_ref().is_none_or(|row| Part::of(row.part) == Some(Part::Service)) {
                if let Some(mut done) = current.take() {
                    done.take_aside(texts.take(done.id).await?, documents.take(done.id).await?);
                    count += 1;
                    if !sink.put(done.document(taxonomy)).await {
                        return Ok(count);
                    }
                }
            }
            let Some(row) = row else { break };
            match Part::of(row.part) {
                Some(Part::Service) => current = Some(Gathered::start(row)),
                Some(part) => {
                    if let Some(service) = current.as_mut().filter(|s| s.id == row.service) {
                        service.take(part, row, &now)?;
                    }
                }
                None => {}
            }
        }
        sink.finish().await;
        Ok(count)
    }

    async fn taxonomy(&self) -> Result<Taxonomy, DbError> {
        let slugs = |sql: &'static str| async move {
            Ok::<HashMap<i64, String>, DbError>(
                sqlx::query_as::<_, (i64, String)>(sql).fetch_all(&self.pool).await?.into_iter().collect(),
            )
        };
        let texts = |entity: &'static str, fields: &'static str| async move {
            let sql = format!(
                "SELECT entity_id, lang, text FROM translations WHERE entity = '{entity}' AND field IN ({fields}) \
                 ORDER BY entity_id, lang, CASE WHEN field = 'name' THEN 0 ELSE 1 END"
            );
            let mut texts: HashMap<(i64, Lang), Vec<String>> = HashMap::new();
            for (id, lang, text) in sqlx::query_as::<_, (i64, String, String)>(&sql).fetch_all(&self.pool).await? {
                if let Some(lang) = Lang::from_code(&lang) {
                    texts.entry((id, lang)).or_default().push(text);
                }
            }
            Ok::<_, DbError>(texts)
        };
        Ok(Taxonomy {
            category_slugs: slugs("SELECT id, slug FROM categories").await?,
            group_slugs: slugs("SELECT id, slug FROM target_groups").await?,
            category_texts: texts("category", "'keywords', 'name'").await?,
            group_texts: texts("target_group", "'name'").await?,
        })
    }
}

#[async_trait]
impl ChangeLog for SqlStore {
    async fn data_version(&self) -> Result<i64, DbError> {
        Ok(sqlx::query_scalar("SELECT version FROM data_version WHERE id = 1").fetch_one(&self.pool).await?)
    }

    async fn index_all(&self, out: mpsc::Sender<Vec<IndexDocument>>) -> Result<usize, DbError> {
        let taxonomy = self.taxonomy().await?;
        self.merged_pass(None, &taxonomy, Sink::Channel(&out, Vec::with_capacity(HAND_ON))).await
    }

    async fn index_documents_for(&self, ids: &[i64]) -> Result<Vec<IndexDocument>, DbError> {
        let taxonomy = self.taxonomy().await?;
        let mut documents = Vec::with_capacity(ids.len());
        for chunk in ids.chunks(UPDATE_CHUNK) {
            self.merged_pass(Some(chunk), &taxonomy, Sink::List(&mut documents)).await?;
        }
        Ok(documents)
    }

    async fn changes_since(&self, since: i64) -> Result<(i64, Changes), DbError> {
        let version = self.data_version().await?;
        if version == since {
            return Ok((version, Changes::None));
        }
        // An index ahead of the database is from before a restore: it rebuilds.
        if version < since {
            return Ok((version, Changes::Everything));
        }
        // Older rows are pruned: an index from before them cannot catch up from the log.
        let pruned: i64 =
            sqlx::query_scalar("SELECT pruned_upto FROM change_log WHERE id = 1").fetch_one(&self.pool).await?;
        if since < pruned {
            return Ok((version, Changes::Everything));
        }
        let rows: Vec<(Option<i64>,)> = sqlx::query_as("SELECT service_id FROM search_changes WHERE version > $1")
            .bind(since)
            .fetch_all(&self.pool)
            .await?;
        if rows.is_empty() || rows.iter().any(|(id,)| id.is_none()) {
            return Ok((version, Changes::Everything));
        }
        let mut ids: Vec<i64> = rows.into_iter().filter_map(|(id,)| id).collect();
        ids.sort_unstable();
        ids.dedup();
        Ok((version, Changes::Services(ids)))
    }

    async fn prune_changes(&self, before: DateTime<Utc>) -> Result<u64, DbError> {
        let mut tx = begin_write(&self.pool).await?;
        // Rows from before the retention log have no time: they go with the first pruning.
        let upto: Option<i64> =
            sqlx::query_scalar("SELECT MAX(version) FROM search_changes WHERE recorded_at IS NULL OR recorded_at < $1")
                .bind(before)
                .fetch_one(&mut *tx)
                .await?;
        let Some(upto) = upto else { return Ok(0) };
        let deleted =
            sqlx::query("DELETE FROM search_changes WHERE version <= $1").bind(upto).execute(&mut *tx).await?;
        sqlx::query(
            "UPDATE change_log SET pruned_upto = CASE WHEN pruned_upto > $1 THEN pruned_upto ELSE $1 END WHERE id = 1",
        )
        .bind(upto)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(deleted.rows_affected())
    }
}

#[cfg(test)]
mod tests {
    use super::Records;

    /// A record as the [`super::Aside`] queries write it.
    fn record(keys: &[&str], text: &str) -> String {
        keys.iter().map(|k| format!("{k}:")).collect::<String>() + &format!("{}:{text}", text.chars().count())
    }

    #[test]
    fn aggregated_records_read_back_whole_whatever_their_text() {
        let texts = [("name", "it", "Casa: aiuto 1:2"), ("summary", "zh", "住房:帮助"), ("cost", "ar", "")];
        let joined: String = texts.iter().map(|(field, lang, text)| record(&[field, lang], text)).collect();
        let read: Vec<([&str; 2], &str)> = Records::<2>(&joined).collect();
        assert_eq!(read, texts.map(|(field, lang, text)| ([field, lang], text)));
        assert_eq!(Records::<1>("").count(), 0);
        // Malformed: it stops rather than reading a wrong text.
        assert_eq!(Records::<1>("it:x:abc").count(), 0);
    }
}
