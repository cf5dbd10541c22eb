//! Reads for the pages, the API and the search index. Texts come back in the requested
//! language, falling back to Italian visibly.

use super::texts::TextBag;
use super::SqlStore;
use crate::content::holidays::{Closure, Holidays, Place};
use crate::db::capabilities::DirectoryRead;
use crate::db::model::{HsdsFilter, HsdsRow, HsdsTaxonomy};
use crate::db::DbError;
use crate::period::{programme_status, today};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use portineria_app::lang::Lang;
use portineria_app::model::*;
use portineria_app::requirements::{DocumentKind, Situation};

/// A service with its organisation and programme, as its page needs them.
#[derive(sqlx::FromRow)]
struct ServiceRow {
    id: i64,
    slug: String,
    status: String,
    access_mode: Option<String>,
    website: Option<String>,
    email: Option<String>,
    district: Option<String>,
    last_verified_at: Option<DateTime<Utc>>,
    org_id: i64,
    org_slug: String,
    prog_id: Option<i64>,
    prog_slug: Option<String>,
    start_date: Option<String>,
    end_date: Option<String>,
}

/// An organisation's own columns.
#[derive(sqlx::FromRow)]
struct OrganizationRow {
    id: i64,
    slug: String,
    website: Option<String>,
    email: Option<String>,
}

/// A programme and its period, as its organisation's page lists it.
#[derive(sqlx::FromRow)]
struct ProgrammePeriod {
    id: i64,
    slug: String,
    start_date: Option<String>,
    end_date: Option<String>,
}

/// A programme with its contacts and organisation, for its own page.
#[derive(sqlx::FromRow)]
struct ProgrammeRow {
    #[sqlx(flatten)]
    period: ProgrammePeriod,
    website: Option<String>,
    email: Option<String>,
    district: Option<String>,
    org_id: i64,
    org_slug: String,
}

/// An event with its place and organisation.
#[derive(sqlx::FromRow)]
struct EventRow {
    id: i64,
    slug: String,
    audience: String,
    start_date: String,
    end_date: Option<String>,
    start_time: Option<String>,
    end_time: Option<String>,
    municipality: Option<String>,
    address: Option<String>,
    org_slug: String,
    org_id: i64,
}

/// One weekly opening of a location.
#[derive(sqlx::FromRow)]
struct HoursRow {
    weekday: i64,
    opens: String,
    closes: String,
    appointment_only: bool,
}

/// A location's own columns.
#[derive(sqlx::FromRow)]
struct LocationRow {
    id: i64,
    address: Option<String>,
    municipality: String,
    open_on_holidays: bool,
    latitude: Option<f64>,
    longitude: Option<f64>,
}

/// A service matched by category, with one of its tags: `kind` is `c` (a category) or
/// `g` (a target group).
#[derive(sqlx::FromRow)]
struct TaggedService {
    id: i64,
    slug: String,
    kind: String,
    tag: String,
}

const SERVICE_FIELDS: [&str; 7] =
    ["name", "in_short", "summary", "description", "eligibility", "how_to_access", "cost"];

impl SqlStore {
    /// Categories or target groups of a service, named in `lang`, in taxonomy order.
    async fn service_terms(&self, entity: &str, service_id: i64, lang: Lang) -> Result<Vec<Term>, DbError> {
        let sql = if entity == "category" {
            "SELECT c.id, c.slug FROM service_categories sc JOIN categories c ON c.id = sc.category_id
             WHERE sc.service_id = $1 ORDER BY c.position"
        } else {
            "SELECT g.id, g.slug FROM service_target_groups sg JOIN target_groups g ON g.id = sg.target_group_id
             WHERE sg.service_id = $1 ORDER BY g.position"
        };
        let rows: Vec<(i64, String)> = sqlx::query_as(sql).bind(service_id).fetch_all(&self.pool).await?;
        let ids: Vec<i64> = rows.iter().map(|(id, _)| *id).collect();
        let texts = TextBag::load(&self.pool, entity, &ids, lang).await?;
        Ok(rows.into_iter().map(|(id, slug)| Term { name: texts.plain(id, "name"), slug }).collect())
    }

    async fn service_locations(
        &self,
        service_id: i64,
        lang: Lang,
        holidays: &Holidays,
    ) -> Result<Vec<Location>, DbError> {
        let rows: Vec<LocationRow> = sqlx::query_as(
            "SELECT l.id, l.address, l.municipality, l.open_on_holidays, l.latitude, l.longitude
             FROM service_locations sl JOIN locations l ON l.id = sl.location_id
             WHERE sl.service_id = $1 ORDER BY l.id",
        )
        .bind(service_id)
        .fetch_all(&self.pool)
        .await?;
        let ids: Vec<i64> = rows.iter().map(|row| row.id).collect();
        let texts = TextBag::load(&self.pool, "location", &ids, lang).await?;
        let mut locations = Vec::new();
        for LocationRow { id, address, municipality, open_on_holidays, latitude, longitude } in rows {
            let hours: Vec<HoursRow> = sqlx::query_as(
                "SELECT weekday, opens, closes, appointment_only FROM schedules WHERE location_id = $1 ORDER BY weekday, opens",
            )
            .bind(id)
            .fetch_all(&self.pool)
            .await?;
            let closures = self.closures(id).await?;
            let weekdays: Vec<u8> = hours.iter().map(|h| h.weekday as u8).collect();
            let place =
                Place { municipality: &municipality, weekdays: &weekdays, open_on_holidays, closures: &closures };
            let exceptions = holidays.exceptions(today(), &place);
            locations.push(Location {
                name: texts.get(id, "name"),
                address,
                coordinates: super::index_source::coordinates(latitude, longitude),
                municipality,
                hours: hours
                    .into_iter()
                    .map(|HoursRow { weekday, opens, closes, appointment_only }| OpeningHours {
                        weekday: weekday as u8,
                        opens,
                        closes,
                        appointment_only,
                    })
                    .collect(),
                hours_note: texts.get(id, "hours_note"),
                exceptions,
            });
        }
        Ok(locations)
    }

    async fn phones(&self, owner_kind: &str, owner_id: i64, lang: Lang) -> Result<Vec<Phone>, DbError> {
        let rows: Vec<(i64, String)> =
            sqlx::query_as("SELECT id, number FROM phones WHERE owner_kind = $1 AND owner_id = $2 ORDER BY position")
                .bind(owner_kind)
                .bind(owner_id)
                .fetch_all(&self.pool)
                .await?;
        let ids: Vec<i64> = rows.iter().map(|(id, _)| *id).collect();
        let texts = TextBag::load(&self.pool, "phone", &ids, lang).await?;
        Ok(rows.into_iter().map(|(id, number)| Phone { number, label: texts.get(id, "label") }).collect())
    }

    async fn service_summaries(&self, column: &str, owner_id: i64, lang: Lang) -> Result<Vec<ServiceSummary>, DbError> {
        let sql = match column {
            "programme_id" => "SELECT id, slug, status FROM services WHERE programme_id = $1 ORDER BY id",
            _ => "SELECT id, slug, status FROM services WHERE organization_id = $1 ORDER BY id",
        };
        let rows: Vec<(i64, String, String)> = sqlx::query_as(sql).bind(owner_id).fetch_all(&self.pool).await?;
        let ids: Vec<i64> = rows.iter().map(|(id, ..)| *id).collect();
        let texts = TextBag::load(&self.pool, "service", &ids, lang).await?;
        Ok(rows
            .into_iter()
            .map(|(id, slug, status)| ServiceSummary {
                name: texts.required(id, "name"),
                summary: texts.required(id, "summary"),
                status: ServiceStatus::parse(&status).unwrap_or(ServiceStatus::Active),
                id: slug,
            })
            .collect())
    }
}

#[async_trait]
impl DirectoryRead for SqlStore {
    async fn service_detail(
        &self,
        lang: Lang,
        slug: &str,
        holidays: &Holidays,
    ) -> Result<Option<ServiceDetail>, DbError> {
        let row: Option<ServiceRow> = sqlx::query_as(
            "SELECT s.id, s.slug, s.status, s.access_mode, s.website, s.email, s.district, s.last_verified_at,
                    o.id AS org_id, o.slug AS org_slug, p.id AS prog_id, p.slug AS prog_slug, p.start_date, p.end_date
             FROM services s
             JOIN organizations o ON o.id = s.organization_id
             LEFT JOIN programmes p ON p.id = s.programme_id
             WHERE s.slug = $1",
        )
        .bind(slug)
        .fetch_optional(&self.pool)
        .await?;
        let Some(ServiceRow {
            id,
            slug,
            status,
            access_mode: access,
            website,
            email,
            district,
            last_verified_at: verified,
            org_id,
            org_slug,
            prog_id,
            prog_slug,
            start_date: start,
            end_date: end,
        }) = row
        else {
            return Ok(None);
        };
        let pool = &self.pool;
        let texts = TextBag::load(pool, "service", &[id], lang).await?;
        let org_texts = TextBag::load(pool, "organization", &[org_id], lang).await?;
        let [name, in_short, summary, description, eligibility, how_to_access, cost] =
            SERVICE_FIELDS.map(|f| texts.get(id, f));
        let name = name.unwrap_or(Text::new(slug.clone(), TranslationStatus::Fallback));
        let summary = summary.unwrap_or_else(|| texts.required(id, "summary"));
        let description = description.unwrap_or_else(|| texts.required(id, "description"));
        let translation = [Some(&name), in_short.as_ref(), Some(&summary), Some(&description)]
            .into_iter()
            .flatten()
            .map(|t| t.status)
            .max()
            .unwrap_or(TranslationStatus::Source);

        let programme = match (prog_id, prog_slug) {
            (Some(pid), Some(pslug)) => {
                let p_texts = TextBag::load(pool, "programme", &[pid], lang).await?;
                Some(ProgrammeRef {
                    slug: pslug,
                    name: p_texts.plain(pid, "name"),
                    status: programme_status(start.as_deref(), end.as_deref(), today()),
                })
            }
            _ => None,
        };
        let document_ids: Vec<i64> =
            sqlx::query_scalar("SELECT id FROM documents WHERE service_id = $1 ORDER BY position")
                .bind(id)
                .fetch_all(pool)
                .await?;
        let doc_texts = TextBag::load(pool, "document", &document_ids, lang).await?;
        let documents = document_ids.iter().filter_map(|d| doc_texts.get(*d, "text")).collect();
        let municipalities: Vec<String> = sqlx::query_scalar(
            "SELECT municipality FROM service_municipalities WHERE service_id = $1 ORDER BY position",
        )
        .bind(id)
        .fetch_all(pool)
        .await?;
        let languages: Vec<String> =
            sqlx::query_scalar("SELECT lang FROM service_languages WHERE service_id = $1 ORDER BY lang")
                .bind(id)
                .fetch_all(pool)
                .await?;
        let required_documents: Vec<String> =
            sqlx::query_scalar("SELECT kind FROM service_required_documents WHERE service_id = $1 ORDER BY position")
                .bind(id)
                .fetch_all(pool)
                .await?;
        let who_can_go: Vec<String> =
            sqlx::query_scalar("SELECT situation FROM service_situations WHERE service_id = $1 ORDER BY position")
                .bind(id)
                .fetch_all(pool)
                .await?;

        Ok(Some(ServiceDetail {
            id: slug,
            lang,
            translation,
            name,
            in_short,
            summary,
            description,
            eligibility,
            how_to_access,
            cost,
            required_documents: required_documents.iter().filter_map(|w| DocumentKind::parse(w)).collect(),
            documents,
            who_can_go: who_can_go.iter().filter_map(|w| Situation::parse(w)).collect(),
            categories: self.service_terms("category", id, lang).await?,
            target_groups: self.service_terms("target_group", id, lang).await?,
            access: access.as_deref().and_then(AccessMode::parse),
            status: ServiceStatus::parse(&status).unwrap_or(ServiceStatus::Active),
            municipalities,
            district,
            locations: self.service_locations(id, lang, holidays).await?,
            phones: self.phones("service", id, lang).await?,
            email,
            website,
            languages,
            organization: OrganizationRef { slug: org_slug, name: org_texts.plain(org_id, "name") },
            programme,
            last_verified: verified.map(|at| at.to_rfc3339()),
            read_aloud: false,
        }))
    }

    async fn services_page(
        &self,
        lang: Lang,
        holidays: &Holidays,
        limit: usize,
        offset: usize,
    ) -> Result<(i64, Vec<ServiceDetail>), DbError> {
        let total = self.count_services().await?;
        let slugs: Vec<String> = sqlx::query_scalar("SELECT slug FROM services ORDER BY slug LIMIT $1 OFFSET $2")
            .bind(limit as i64)
            .bind(offset as i64)
            .fetch_all(&self.pool)
            .await?;
        let mut items = Vec::with_capacity(slugs.len());
        for slug in slugs {
            if let Some(detail) = self.service_detail(lang, &slug, holidays).await? {
                items.push(detail);
            }
        }
        Ok((total, items))
    }

    async fn organization_detail(&self, lang: Lang, slug: &str) -> Result<Option<OrganizationDetail>, DbError> {
        let row: Option<OrganizationRow> =
            sqlx::query_as("SELECT id, slug, website, email FROM organizations WHERE slug = $1")
                .bind(slug)
                .fetch_optional(&self.pool)
                .await?;
        let Some(OrganizationRow { id, slug, website, email }) = row else {
            return Ok(None);
        };
        let texts = TextBag::load(&self.pool, "organization", &[id], lang).await?;
        let programmes: Vec<ProgrammePeriod> = sqlx::query_as(
            "SELECT id, slug, start_date, end_date FROM programmes WHERE organization_id = $1 ORDER BY id",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        let ids: Vec<i64> = programmes.iter().map(|p| p.id).collect();
        let p_texts = TextBag::load(&self.pool, "programme", &ids, lang).await?;
        let now = today();
        Ok(Some(OrganizationDetail {
            name: texts.required(id, "name"),
            description: texts.required(id, "description"),
            website,
            email,
            services: self.service_summaries("organization_id", id, lang).await?,
            programmes: programmes
                .into_iter()
                .map(|p| ProgrammeSummary {
                    name: p_texts.required(p.id, "name"),
                    summary: p_texts.required(p.id, "summary"),
                    status: programme_status(p.start_date.as_deref(), p.end_date.as_deref(), now),
                    slug: p.slug,
                })
                .collect(),
            slug,
        }))
    }

    async fn programme_detail(&self, lang: Lang, slug: &str) -> Result<Option<ProgrammeDetail>, DbError> {
        let row: Option<ProgrammeRow> = sqlx::query_as(
            "SELECT p.id, p.slug, p.start_date, p.end_date, p.website, p.email, p.district, o.id AS org_id, o.slug AS org_slug
             FROM programmes p JOIN organizations o ON o.id = p.organization_id WHERE p.slug = $1",
        )
        .bind(slug)
        .fetch_optional(&self.pool)
        .await?;
        let Some(ProgrammeRow {
            period: ProgrammePeriod { id, slug, start_date: start, end_date: end },
            website,
            email,
            district,
            org_id,
            org_slug,
        }) = row
        else {
            return Ok(None);
        };
        let texts = TextBag::load(&self.pool, "programme", &[id], lang).await?;
        let org_texts = TextBag::load(&self.pool, "organization", &[org_id], lang).await?;
        let partners: Vec<String> =
            sqlx::query_scalar("SELECT name FROM programme_partners WHERE programme_id = $1 ORDER BY position")
                .bind(id)
                .fetch_all(&self.pool)
                .await?;
        let municipalities: Vec<String> = sqlx::query_scalar(
            "SELECT municipality FROM programme_municipalities WHERE programme_id = $1 ORDER BY position",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        Ok(Some(ProgrammeDetail {
            name: texts.required(id, "name"),
            summary: texts.required(id, "summary"),
            description: texts.required(id, "description"),
            funder: texts.get(id, "funder"),
            beneficiaries: texts.get(id, "beneficiaries"),
            partners,
            municipalities,
            district,
            status: programme_status(start.as_deref(), end.as_deref(), today()),
            start,
            end,
            website,
            email,
            organization: OrganizationRef { slug: org_slug, name: org_texts.plain(org_id, "name") },
            services: self.service_summaries("programme_id", id, lang).await?,
            slug,
        }))
    }

    async fn categories(&self, lang: Lang) -> Result<Vec<(String, String, String)>, DbError> {
        let rows: Vec<(i64, String)> =
            sqlx::query_as("SELECT id, slug FROM categories ORDER BY position").fetch_all(&self.pool).await?;
        let ids: Vec<i64> = rows.iter().map(|(id, _)| *id).collect();
        let texts = TextBag::load(&self.pool, "category", &ids, lang).await?;
        Ok(rows.into_iter().map(|(id, slug)| (slug, texts.plain(id, "name"), texts.plain(id, "description"))).collect())
    }

    async fn target_groups(&self, lang: Lang) -> Result<Vec<(String, String)>, DbError> {
        let rows: Vec<(i64, String)> =
            sqlx::query_as("SELECT id, slug FROM target_groups ORDER BY position").fetch_all(&self.pool).await?;
        let ids: Vec<i64> = rows.iter().map(|(id, _)| *id).collect();
        let texts = TextBag::load(&self.pool, "target_group", &ids, lang).await?;
        Ok(rows.into_iter().map(|(id, slug)| (slug, texts.plain(id, "name"))).collect())
    }

    async fn events(
        &self,
        lang: Lang,
        language_name: &(dyn for<'s> Fn(&'s str) -> String + Send + Sync),
    ) -> Result<Vec<Event>, DbError> {
        let rows: Vec<EventRow> = sqlx::query_as(
            "SELECT e.id, e.slug, e.audience, e.start_date, e.end_date, e.start_time, e.end_time,
                    COALESCE(e.municipality, l.municipality) AS municipality, l.address, o.slug AS org_slug, o.id AS org_id
             FROM events e JOIN organizations o ON o.id = e.organization_id
             LEFT JOIN locations l ON l.id = e.location_id
             ORDER BY e.start_date, e.start_time, e.id",
        )
        .fetch_all(&self.pool)
        .await?;
        let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
        let org_ids: Vec<i64> = rows.iter().map(|r| r.org_id).collect();
        let texts = TextBag::load(&self.pool, "event", &ids, lang).await?;
        let org_texts = TextBag::load(&self.pool, "organization", &org_ids, lang).await?;
        let languages: Vec<(i64, String)> =
            sqlx::query_as("SELECT event_id, lang FROM event_languages ORDER BY lang").fetch_all(&self.pool).await?;
        Ok(rows
            .into_iter()
            .filter_map(
                |EventRow {
                     id,
                     slug,
                     audience,
                     start_date: date,
                     end_date,
                     start_time: time,
                     end_time,
                     municipality,
                     address,
                     org_slug,
                     org_id,
                 }| {
                    Some(Event {
                        slug,
                        name: texts.required(id, "name"),
                        description: texts.required(id, "description"),
                        place: texts.get(id, "place"),
                        address,
                        municipality,
                        date,
                        end_date,
                        time,
                        end_time,
                        languages: languages
                            .iter()
                            .filter(|(e, _)| *e == id)
                            .map(|(_, code)| language_name(code))
                            .collect(),
                        audience: Audience::parse(&audience)?,
                        organization: OrganizationRef { slug: org_slug, name: org_texts.plain(org_id, "name") },
                        calendar_qr: None,
                    })
                },
            )
            .collect())
    }

    async fn services_in_categories(
        &self,
        categories: &[String],
    ) -> Result<Vec<(String, Vec<String>, Vec<String>)>, DbError> {
        if categories.is_empty() {
            return Ok(Vec::new());
        }
        // Only the services in a wanted category are read, with all their tags.
        let mut query: sqlx::QueryBuilder<super::Db> = sqlx::QueryBuilder::new(
            "WITH wanted AS (
               SELECT DISTINCT s.id, s.slug FROM services s
                 JOIN service_categories sc ON sc.service_id = s.id JOIN categories c ON c.id = sc.category_id
                 WHERE s.status = 'active' AND c.slug IN (",
        );
        let mut list = query.separated(", ");
        for category in categories {
            list.push_bind(category);
        }
        query.push(
            "))
             SELECT w.id, w.slug, 'c' AS kind, c.slug AS tag FROM wanted w
               JOIN service_categories sc ON sc.service_id = w.id JOIN categories c ON c.id = sc.category_id
             UNION ALL
             SELECT w.id, w.slug, 'g', g.slug FROM wanted w
               JOIN service_target_groups sg ON sg.service_id = w.id JOIN target_groups g ON g.id = sg.target_group_id
             ORDER BY 1",
        );
        let rows: Vec<TaggedService> = query.build_query_as().fetch_all(&self.pool).await?;
        let mut out: Vec<(String, Vec<String>, Vec<String>)> = Vec::new();
        let mut last = None;
        for TaggedService { id, slug, kind, tag } in rows {
            if last != Some(id) {
                out.push((slug, Vec::new(), Vec::new()));
                last = Some(id);
            }
            if let Some(entry) = out.last_mut() {
                if kind == "c" {
                    entry.1.push(tag)
                } else {
                    entry.2.push(tag)
                }
            }
        }
        Ok(out)
    }

    async fn count_services(&self) -> Result<i64, DbError> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM services").fetch_one(&self.pool).await?)
    }

    async fn hsds_rows(&self, filter: &HsdsFilter) -> Result<Vec<HsdsRow>, DbError> {
        // '' lets every service through, '*' asks for any term of the taxonomy.
        let term = |taxonomy: HsdsTaxonomy| match &filter.term {
            Some((t, slug)) if *t == taxonomy => slug.clone().unwrap_or_else(|| "*".into()),
            _ => String::new(),
        };
        // Nothing is stored from before 1970, and PostgreSQL's times do not reach chrono's
        // earliest.
        let after = filter.modified_after.map_or(DateTime::UNIX_EPOCH, |t| t.max(DateTime::UNIX_EPOCH));
        Ok(sqlx::query_as(
            "SELECT s.id AS service_id, s.slug AS service, s.uuid AS service_uuid, o.slug AS organization,
                    l.key AS location, l.uuid AS location_uuid, s.updated_at, s.last_verified_at AS verified_at
             FROM services s JOIN organizations o ON o.id = s.organization_id
             LEFT JOIN service_locations sl ON sl.service_id = s.id
             LEFT JOIN locations l ON l.id = sl.location_id
             WHERE ($1 = '' OR o.uuid = $1) AND s.updated_at >= $2 AND ($6 = '' OR s.uuid = $6)
               AND ($3 = '' OR s.id IN (SELECT sc.service_id FROM service_categories sc
                    JOIN categories c ON c.id = sc.category_id WHERE $3 = '*' OR c.slug = $3))
               AND ($4 = '' OR s.id IN (SELECT st.service_id FROM service_target_groups st
                    JOIN target_groups g ON g.id = st.target_group_id WHERE $4 = '*' OR g.slug = $4))
               AND ($5 = '' OR s.id IN (SELECT ss.service_id FROM service_situations ss
                    WHERE $5 = '*' OR ss.situation = $5))
             ORDER BY s.slug, l.key",
        )
        .bind(filter.organization.clone().unwrap_or_default())
        .bind(after)
        .bind(term(HsdsTaxonomy::Categories))
        .bind(term(HsdsTaxonomy::TargetGroups))
        .bind(term(HsdsTaxonomy::Situations))
        .bind(filter.service.clone().unwrap_or_default())
        .fetch_all(&self.pool)
        .await?)
    }

    async fn hsds_organization(&self, uuid: &str) -> Result<Option<String>, DbError> {
        Ok(sqlx::query_scalar("SELECT slug FROM organizations WHERE uuid = $1")
            .bind(uuid)
            .fetch_optional(&self.pool)
            .await?)
    }
}

impl SqlStore {
    /// The partners' closures of a location.
    async fn closures(&self, location_id: i64) -> Result<Vec<Closure>, DbError> {
        let rows: Vec<(String, String)> =
            sqlx::query_as("SELECT starts, ends FROM location_closures WHERE location_id = $1 ORDER BY starts")
                .bind(location_id)
                .fetch_all(&self.pool)
                .await?;
        rows.into_iter()
            .map(|(starts, ends)| {
                Closure::try_from(format!("{starts}/{ends}"))
                    .map_err(|e| DbError::Inconsistent(format!("location {location_id}: closure {e}")))
            })
            .collect()
    }
}
