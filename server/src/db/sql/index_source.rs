//! What the search index reads of the directory: each service with its texts in every
//! language, its facets and opening hours, in batches (a rebuild of 100,000 services never
//! holds them all in memory) or by id (an update after a write). Also the change log the
//! index follows to stay within a second of the database.

use super::texts::{TranslationRow, TRANSLATION_COLUMNS};
use super::{begin_write, Db, SqlStore};
use crate::content::holidays::Closure;
use crate::db::capabilities::ChangeLog;
use crate::db::model::{Changes, IndexDocument, IndexedLocation, ServiceTexts};
use crate::db::DbError;
use crate::period::{programme_status, today};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use portineria_app::geo::Coordinates;
use portineria_app::lang::Lang;
use portineria_app::model::{ProgrammeStatus, ServiceStatus};
use portineria_app::requirements::Situation;
use sqlx::QueryBuilder;
use std::collections::HashMap;

/// A service's own columns the index needs.
#[derive(sqlx::FromRow)]
struct ServiceRow {
    id: i64,
    slug: String,
    status: String,
    organization_id: i64,
    programme_id: Option<i64>,
    /// Found by place like a comune (the district's name is a place a family knows).
    district: Option<String>,
}

/// The columns of [`ServiceRow`], for `SELECT {SERVICE_COLUMNS} FROM services`.
const SERVICE_COLUMNS: &str = "id, slug, status, organization_id, programme_id, district";

/// One weekly opening of a location; `valid_to` ends a temporary one.
#[derive(sqlx::FromRow)]
struct HoursRow {
    location_id: i64,
    weekday: i64,
    opens: String,
    closes: String,
    valid_to: Option<String>,
}

/// A location of a service, with what its exceptions depend on.
#[derive(sqlx::FromRow)]
struct LocatedRow {
    service_id: i64,
    location_id: i64,
    municipality: String,
    open_on_holidays: bool,
    latitude: Option<f64>,
    longitude: Option<f64>,
}

/// `SELECT … WHERE <column> IN (ids) ORDER BY 1, 2` with bound ids; callers chunk long
/// lists. The order is explicit: PostgreSQL returns rows in the order they were stored, and
/// the index must list a service's categories (say) the same way on both engines.
fn with_ids<'a>(sql: &str, column: &str, ids: &'a [i64]) -> QueryBuilder<'a, Db> {
    let mut query: QueryBuilder<Db> = QueryBuilder::new(sql);
    query.push(if sql.contains(" WHERE ") { " AND " } else { " WHERE " }).push(column).push(" IN (");
    let mut list = query.separated(", ");
    for id in ids {
        list.push_bind(*id);
    }
    query.push(") ORDER BY 1, 2");
    query
}

/// A location's stored coordinates, when both are there.
pub(super) fn coordinates(latitude: Option<f64>, longitude: Option<f64>) -> Option<Coordinates> {
    Some(Coordinates { lat: latitude?, lon: longitude? })
}

/// Groups rows by their first column.
fn grouped<T>(rows: Vec<(i64, T)>) -> HashMap<i64, Vec<T>> {
    let mut map: HashMap<i64, Vec<T>> = HashMap::new();
    for (key, value) in rows {
        map.entry(key).or_default().push(value);
    }
    map
}

/// Texts of some entities: (entity id, field, language) → text.
#[derive(Default)]
struct Texts(HashMap<(i64, String, String), String>);

impl Texts {
    fn get(&self, id: i64, field: &str, lang: Lang) -> Option<&str> {
        self.0.get(&(id, field.to_string(), lang.code().to_string())).map(String::as_str)
    }

    fn all(&self, id: i64, fields: &[&str], lang: Lang) -> Vec<&str> {
        fields.iter().filter_map(|f| self.get(id, f, lang)).collect()
    }
}

const BATCH: usize = 500;

impl SqlStore {
    async fn texts_of(&self, entity: &str, ids: &[i64]) -> Result<Texts, DbError> {
        let mut texts = Texts::default();
        for chunk in ids.chunks(BATCH) {
            let sql = format!("SELECT {TRANSLATION_COLUMNS} FROM translations WHERE entity = '{entity}'");
            let rows: Vec<TranslationRow> =
                with_ids(&sql, "entity_id", chunk).build_query_as().fetch_all(&self.pool).await?;
            texts.0.extend(rows.into_iter().map(|row| ((row.entity_id, row.field, row.lang), row.text)));
        }
        Ok(texts)
    }

    /// Rows of `sql` for the given ids, fetched in chunks.
    async fn rows_for<R>(&self, sql: &str, column: &str, ids: &[i64]) -> Result<Vec<R>, DbError>
    where
        R: Send + Unpin + for<'r> sqlx::FromRow<'r, <Db as sqlx::Database>::Row>,
    {
        let mut rows = Vec::new();
        for chunk in ids.chunks(BATCH) {
            rows.extend(with_ids(sql, column, chunk).build_query_as::<R>().fetch_all(&self.pool).await?);
        }
        Ok(rows)
    }

    /// The partners' closures of the given locations, by location.
    pub(super) async fn closures(&self, location_ids: &[i64]) -> Result<HashMap<i64, Vec<Closure>>, DbError> {
        let rows: Vec<(i64, String, String)> = self
            .rows_for("SELECT location_id, starts, ends FROM location_closures", "location_id", location_ids)
            .await?;
        let mut closures: HashMap<i64, Vec<Closure>> = HashMap::new();
        for (location, starts, ends) in rows {
            let closure = Closure::try_from(format!("{starts}/{ends}"))
                .map_err(|e| DbError::Inconsistent(format!("location {location}: closure {e}")))?;
            closures.entry(location).or_default().push(closure);
        }
        Ok(closures)
    }

    /// Two-column rows for the given ids, grouped by the first column.
    async fn pairs<T>(&self, sql: &str, column: &str, ids: &[i64]) -> Result<HashMap<i64, Vec<T>>, DbError>
    where
        (i64, T): Send + Unpin + for<'r> sqlx::FromRow<'r, <Db as sqlx::Database>::Row>,
    {
        Ok(grouped(self.rows_for::<(i64, T)>(sql, column, ids).await?))
    }

    async fn index_documents(&self, rows: Vec<ServiceRow>) -> Result<Vec<IndexDocument>, DbError> {
        let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
        let mut org_ids: Vec<i64> = rows.iter().map(|r| r.organization_id).collect();
        org_ids.sort_unstable();
        org_ids.dedup();
        let mut programme_ids: Vec<i64> = rows.iter().filter_map(|r| r.programme_id).collect();
        programme_ids.sort_unstable();
        programme_ids.dedup();

        let services = self.texts_of("service", &ids).await?;
        let organizations = self.texts_of("organization", &org_ids).await?;
        let programme_names = self.texts_of("programme", &programme_ids).await?;
        let periods: HashMap<i64, (Option<String>, Option<String>)> = self
            .rows_for::<(i64, Option<String>, Option<String>)>(
                "SELECT id, start_date, end_date FROM programmes",
                "id",
                &programme_ids,
            )
            .await?
            .into_iter()
            .map(|(id, start, end)| (id, (start, end)))
            .collect();
        let categories: HashMap<i64, Vec<i64>> =
            self.pairs("SELECT service_id, category_id FROM service_categories", "service_id", &ids).await?;
        let groups: HashMap<i64, Vec<i64>> =
            self.pairs("SELECT service_id, target_group_id FROM service_target_groups", "service_id", &ids).await?;
        let languages: HashMap<i64, Vec<String>> =
            self.pairs("SELECT service_id, lang FROM service_languages", "service_id", &ids).await?;
        let mut who_can_go: HashMap<i64, Vec<(i64, Situation)>> = HashMap::new();
        let situations: Vec<(i64, i64, String)> =
            self.rows_for("SELECT service_id, position, situation FROM service_situations", "service_id", &ids).await?;
        for (service, position, word) in situations {
            if let Some(situation) = Situation::parse(&word) {
                who_can_go.entry(service).or_default().push((position, situation));
            }
        }
        let documents: HashMap<i64, Vec<i64>> =
            self.pairs("SELECT service_id, id FROM documents", "service_id", &ids).await?;
        let document_ids: Vec<i64> = documents.values().flatten().copied().collect();
        let document_texts = self.texts_of("document", &document_ids).await?;
        let mut places: HashMap<i64, Vec<String>> =
            self.pairs("SELECT service_id, municipality FROM service_municipalities", "service_id", &ids).await?;
        let located: Vec<LocatedRow> = self
            .rows_for(
                "SELECT sl.service_id, l.id AS location_id, l.municipality, l.open_on_holidays, l.latitude, l.longitude
                 FROM service_locations sl JOIN locations l ON l.id = sl.location_id",
                "sl.service_id",
                &ids,
            )
            .await?;
        let location_ids: Vec<i64> = located.iter().map(|l| l.location_id).collect();
        let now = today().format("%Y-%m-%d").to_string();
        let mut hours: HashMap<i64, Vec<(u8, String, String)>> = grouped(
            self.rows_for::<HoursRow>(
                "SELECT location_id, weekday, opens, closes, valid_to FROM schedules",
                "location_id",
                &location_ids,
            )
            .await?
            .into_iter()
            .filter(|h| h.valid_to.as_deref().is_none_or(|to| to >= now.as_str()))
            .map(|h| (h.location_id, (h.weekday as u8, h.opens, h.closes)))
            .collect(),
        );
        let mut closures = self.closures(&location_ids).await?;
        let mut locations: HashMap<i64, Vec<IndexedLocation>> = HashMap::new();
        for row in located {
            places.entry(row.service_id).or_default().push(row.municipality.clone());
            locations.entry(row.service_id).or_default().push(IndexedLocation {
                coordinates: coordinates(row.latitude, row.longitude),
                municipality: row.municipality,
                open_on_holidays: row.open_on_holidays,
                closures: closures.remove(&row.location_id).unwrap_or_default(),
                hours: hours.remove(&row.location_id).unwrap_or_default(),
            });
        }
        let taxonomy = self.taxonomy_terms().await?;

        let mut out = Vec::with_capacity(rows.len());
        for ServiceRow { id, slug, status, organization_id: org_id, programme_id, district } in rows {
            let service_categories = categories.get(&id).cloned().unwrap_or_default();
            let service_groups = groups.get(&id).cloned().unwrap_or_default();
            let texts = Lang::ALL
                .into_iter()
                .map(|lang| {
                    let mut tags: Vec<&str> = Vec::new();
                    for c in &service_categories {
                        tags.extend(taxonomy.texts.all(*c, &["name", "keywords"], lang));
                    }
                    for g in &service_groups {
                        tags.extend(taxonomy.group_texts.all(*g, &["name"], lang));
                    }
                    let organization = organizations.get(org_id, "name", lang).unwrap_or_default();
                    let mut body =
                        services.all(id, &["in_short", "description", "eligibility", "how_to_access", "cost"], lang);
                    body.push(organization);
                    if let Some(p) = programme_id {
                        body.extend(programme_names.get(p, "name", lang));
                    }
                    for d in documents.get(&id).into_iter().flatten() {
                        body.extend(document_texts.get(*d, "text", lang));
                    }
                    ServiceTexts {
                        lang,
                        name: services.get(id, "name", lang).unwrap_or_default().to_string(),
                        organization: organization.to_string(),
                        summary: services.get(id, "summary", lang).unwrap_or_default().to_string(),
                        tags: tags.join("\n"),
                        body: body.join("\n"),
                    }
                })
                .collect();
            let programme_ended = programme_id
                .and_then(|p| periods.get(&p))
                .is_some_and(|(s, e)| programme_status(s.as_deref(), e.as_deref(), today()) == ProgrammeStatus::Ended);
            let mut municipalities = places.remove(&id).unwrap_or_default();
            municipalities.extend(district);
            municipalities.sort();
            municipalities.dedup();
            out.push(IndexDocument {
                id,
                slug,
                status: ServiceStatus::parse(&status).unwrap_or_default(),
                programme_ended,
                texts,
                categories: service_categories.iter().filter_map(|c| taxonomy.category_slugs.get(c).cloned()).collect(),
                target_groups: service_groups.iter().filter_map(|g| taxonomy.group_slugs.get(g).cloned()).collect(),
                municipalities,
                languages: languages.get(&id).cloned().unwrap_or_default(),
                who_can_go: {
                    let mut stated = who_can_go.remove(&id).unwrap_or_default();
                    stated.sort_unstable();
                    stated.into_iter().map(|(_, situation)| situation).collect()
                },
                locations: locations.remove(&id).unwrap_or_default(),
            });
        }
        Ok(out)
    }

    async fn taxonomy_terms(&self) -> Result<TaxonomyTerms, DbError> {
        let category_slugs: HashMap<i64, String> =
            sqlx::query_as::<_, (i64, String)>("SELECT id, slug FROM categories")
                .fetch_all(&self.pool)
                .await?
                .into_iter()
                .collect();
        let group_slugs: HashMap<i64, String> =
            sqlx::query_as::<_, (i64, String)>("SELECT id, slug FROM target_groups")
                .fetch_all(&self.pool)
                .await?
                .into_iter()
                .collect();
        let category_ids: Vec<i64> = category_slugs.keys().copied().collect();
        let group_ids: Vec<i64> = group_slugs.keys().copied().collect();
        Ok(TaxonomyTerms {
            texts: self.texts_of("category", &category_ids).await?,
            group_texts: self.texts_of("target_group", &group_ids).await?,
            category_slugs,
            group_slugs,
        })
    }
}

#[async_trait]
impl ChangeLog for SqlStore {
    async fn data_version(&self) -> Result<i64, DbError> {
        Ok(sqlx::query_scalar("SELECT version FROM data_version WHERE id = 1").fetch_one(&self.pool).await?)
    }

    async fn index_batch(&self, after_id: i64, limit: i64) -> Result<Vec<IndexDocument>, DbError> {
        let rows: Vec<ServiceRow> =
            sqlx::query_as(&format!("SELECT {SERVICE_COLUMNS} FROM services WHERE id > $1 ORDER BY id LIMIT $2"))
                .bind(after_id)
                .bind(limit)
                .fetch_all(&self.pool)
                .await?;
        self.index_documents(rows).await
    }

    async fn index_documents_for(&self, ids: &[i64]) -> Result<Vec<IndexDocument>, DbError> {
        let rows = self.rows_for::<ServiceRow>(&format!("SELECT {SERVICE_COLUMNS} FROM services"), "id", ids).await?;
        self.index_documents(rows).await
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

struct TaxonomyTerms {
    texts: Texts,
    group_texts: Texts,
    category_slugs: HashMap<i64, String>,
    group_slugs: HashMap<i64, String>,
}
