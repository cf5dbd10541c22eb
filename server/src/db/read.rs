//! Reads for the pages, the API and the search index. Texts come back in the requested
//! language, falling back to Italian visibly.

use super::texts::TextBag;
use super::{Database, DbError};
use crate::period::{programme_status, today};
use portineria_app::lang::Lang;
use portineria_app::model::*;
use std::collections::HashMap;

/// What the search index needs of one service, in every language.
#[derive(Clone, Debug)]
pub struct IndexDocument {
    pub id: i64,
    pub slug: String,
    pub status: ServiceStatus,
    pub programme_ended: bool,
    /// The service name per language (only languages that have one).
    pub names: Vec<(Lang, String)>,
    /// Everything else searchable per language: summary, description, eligibility, documents,
    /// category names and keywords, target groups, organisation and programme names.
    pub bodies: Vec<(Lang, String)>,
    pub categories: Vec<String>,
    pub municipalities: Vec<String>,
}

/// A translation row as the index rebuild reads it.
struct FieldText {
    field: String,
    lang: String,
    text: String,
}

type ServiceRow = (
    i64,
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    i64,
    String,
    Option<i64>,
    Option<String>,
    Option<String>,
    Option<String>,
);

const SERVICE_FIELDS: [&str; 6] = ["name", "summary", "description", "eligibility", "how_to_access", "cost"];

impl Database {
    pub async fn service_detail(&self, lang: Lang, slug: &str) -> Result<Option<ServiceDetail>, DbError> {
        let row: Option<ServiceRow> = sqlx::query_as(
            "SELECT s.id, s.slug, s.status, s.access_mode, s.website, s.email, s.last_verified_at,
                    o.id, o.slug, p.id, p.slug, p.start_date, p.end_date
             FROM services s
             JOIN organizations o ON o.id = s.organization_id
             LEFT JOIN programmes p ON p.id = s.programme_id
             WHERE s.slug = ?",
        )
        .bind(slug)
        .fetch_optional(&self.pool)
        .await?;
        let Some((
            id,
            slug,
            status,
            access,
            website,
            email,
            verified,
            org_id,
            org_slug,
            prog_id,
            prog_slug,
            start,
            end,
        )) = row
        else {
            return Ok(None);
        };
        let pool = &self.pool;
        let texts = TextBag::load(pool, "service", &[id], lang).await?;
        let org_texts = TextBag::load(pool, "organization", &[org_id], lang).await?;
        let [name, summary, description, eligibility, how_to_access, cost] = SERVICE_FIELDS.map(|f| texts.get(id, f));
        let name = name.unwrap_or(Text { text: slug.clone(), status: TranslationStatus::Fallback });
        let summary = summary.unwrap_or_else(|| texts.required(id, "summary"));
        let description = description.unwrap_or_else(|| texts.required(id, "description"));
        let translation = [&name.status, &summary.status, &description.status]
            .into_iter()
            .copied()
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
            sqlx::query_scalar("SELECT id FROM documents WHERE service_id = ? ORDER BY position")
                .bind(id)
                .fetch_all(pool)
                .await?;
        let doc_texts = TextBag::load(pool, "document", &document_ids, lang).await?;
        let documents = document_ids.iter().filter_map(|d| doc_texts.get(*d, "text")).collect();
        let municipalities: Vec<String> = sqlx::query_scalar(
            "SELECT municipality FROM service_municipalities WHERE service_id = ? ORDER BY position",
        )
        .bind(id)
        .fetch_all(pool)
        .await?;
        let languages: Vec<String> =
            sqlx::query_scalar("SELECT lang FROM service_languages WHERE service_id = ? ORDER BY lang")
                .bind(id)
                .fetch_all(pool)
                .await?;

        Ok(Some(ServiceDetail {
            id: slug,
            lang,
            translation,
            name,
            summary,
            description,
            eligibility,
            how_to_access,
            cost,
            documents,
            categories: self.service_terms("category", id, lang).await?,
            target_groups: self.service_terms("target_group", id, lang).await?,
            access: access.as_deref().and_then(AccessMode::parse),
            status: ServiceStatus::parse(&status).unwrap_or(ServiceStatus::Active),
            municipalities,
            locations: self.service_locations(id, lang).await?,
            phones: self.phones("service", id, lang).await?,
            email,
            website,
            languages,
            organization: OrganizationRef { slug: org_slug, name: org_texts.plain(org_id, "name") },
            programme,
            last_verified: verified,
        }))
    }

    /// Categories or target groups of a service, named in `lang`, in taxonomy order.
    async fn service_terms(&self, entity: &str, service_id: i64, lang: Lang) -> Result<Vec<Term>, DbError> {
        let sql = if entity == "category" {
            "SELECT c.id, c.slug FROM service_categories sc JOIN categories c ON c.id = sc.category_id
             WHERE sc.service_id = ? ORDER BY c.position"
        } else {
            "SELECT g.id, g.slug FROM service_target_groups sg JOIN target_groups g ON g.id = sg.target_group_id
             WHERE sg.service_id = ? ORDER BY g.position"
        };
        let rows: Vec<(i64, String)> = sqlx::query_as(sql).bind(service_id).fetch_all(&self.pool).await?;
        let ids: Vec<i64> = rows.iter().map(|(id, _)| *id).collect();
        let texts = TextBag::load(&self.pool, entity, &ids, lang).await?;
        Ok(rows.into_iter().map(|(id, slug)| Term { name: texts.plain(id, "name"), slug }).collect())
    }

    async fn service_locations(&self, service_id: i64, lang: Lang) -> Result<Vec<Location>, DbError> {
        let rows: Vec<(i64, Option<String>, String)> = sqlx::query_as(
            "SELECT l.id, l.address, l.municipality FROM service_locations sl JOIN locations l ON l.id = sl.location_id
             WHERE sl.service_id = ? ORDER BY l.id",
        )
        .bind(service_id)
        .fetch_all(&self.pool)
        .await?;
        let ids: Vec<i64> = rows.iter().map(|(id, ..)| *id).collect();
        let texts = TextBag::load(&self.pool, "location", &ids, lang).await?;
        let mut locations = Vec::new();
        for (id, address, municipality) in rows {
            let hours: Vec<(i64, String, String, bool)> = sqlx::query_as(
                "SELECT weekday, opens, closes, appointment_only FROM schedules WHERE location_id = ? ORDER BY weekday, opens",
            )
            .bind(id)
            .fetch_all(&self.pool)
            .await?;
            locations.push(Location {
                name: texts.get(id, "name"),
                address,
                municipality,
                hours: hours
                    .into_iter()
                    .map(|(weekday, opens, closes, appointment_only)| OpeningHours {
                        weekday: weekday as u8,
                        opens,
                        closes,
                        appointment_only,
                    })
                    .collect(),
                hours_note: texts.get(id, "hours_note"),
            });
        }
        Ok(locations)
    }

    async fn phones(&self, owner_kind: &str, owner_id: i64, lang: Lang) -> Result<Vec<Phone>, DbError> {
        let rows: Vec<(i64, String)> =
            sqlx::query_as("SELECT id, number FROM phones WHERE owner_kind = ? AND owner_id = ? ORDER BY position")
                .bind(owner_kind)
                .bind(owner_id)
                .fetch_all(&self.pool)
                .await?;
        let ids: Vec<i64> = rows.iter().map(|(id, _)| *id).collect();
        let texts = TextBag::load(&self.pool, "phone", &ids, lang).await?;
        Ok(rows.into_iter().map(|(id, number)| Phone { number, label: texts.get(id, "label") }).collect())
    }

    /// Every service in `lang`, paged, with the total.
    pub async fn services_page(
        &self,
        lang: Lang,
        limit: usize,
        offset: usize,
    ) -> Result<(i64, Vec<ServiceDetail>), DbError> {
        let total = self.count_services().await?;
        let slugs: Vec<String> = sqlx::query_scalar("SELECT slug FROM services ORDER BY slug LIMIT ? OFFSET ?")
            .bind(limit as i64)
            .bind(offset as i64)
            .fetch_all(&self.pool)
            .await?;
        let mut items = Vec::with_capacity(slugs.len());
        for slug in slugs {
            if let Some(detail) = self.service_detail(lang, &slug).await? {
                items.push(detail);
            }
        }
        Ok((total, items))
    }

    async fn service_summaries(&self, column: &str, owner_id: i64, lang: Lang) -> Result<Vec<ServiceSummary>, DbError> {
        let sql = match column {
            "programme_id" => "SELECT id, slug, status FROM services WHERE programme_id = ? ORDER BY id",
            _ => "SELECT id, slug, status FROM services WHERE organization_id = ? ORDER BY id",
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

    pub async fn organization_detail(&self, lang: Lang, slug: &str) -> Result<Option<OrganizationDetail>, DbError> {
        let row: Option<(i64, String, Option<String>, Option<String>)> =
            sqlx::query_as("SELECT id, slug, website, email FROM organizations WHERE slug = ?")
                .bind(slug)
                .fetch_optional(&self.pool)
                .await?;
        let Some((id, slug, website, email)) = row else {
            return Ok(None);
        };
        let texts = TextBag::load(&self.pool, "organization", &[id], lang).await?;
        let programmes: Vec<(i64, String, Option<String>, Option<String>)> = sqlx::query_as(
            "SELECT id, slug, start_date, end_date FROM programmes WHERE organization_id = ? ORDER BY id",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        let ids: Vec<i64> = programmes.iter().map(|(id, ..)| *id).collect();
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
                .map(|(pid, pslug, start, end)| ProgrammeSummary {
                    slug: pslug,
                    name: p_texts.required(pid, "name"),
                    summary: p_texts.required(pid, "summary"),
                    status: programme_status(start.as_deref(), end.as_deref(), now),
                })
                .collect(),
            slug,
        }))
    }

    pub async fn programme_detail(&self, lang: Lang, slug: &str) -> Result<Option<ProgrammeDetail>, DbError> {
        type Row = (i64, String, Option<String>, Option<String>, Option<String>, Option<String>, i64, String);
        let row: Option<Row> = sqlx::query_as(
            "SELECT p.id, p.slug, p.start_date, p.end_date, p.website, p.email, o.id, o.slug
             FROM programmes p JOIN organizations o ON o.id = p.organization_id WHERE p.slug = ?",
        )
        .bind(slug)
        .fetch_optional(&self.pool)
        .await?;
        let Some((id, slug, start, end, website, email, org_id, org_slug)) = row else {
            return Ok(None);
        };
        let texts = TextBag::load(&self.pool, "programme", &[id], lang).await?;
        let org_texts = TextBag::load(&self.pool, "organization", &[org_id], lang).await?;
        let partners: Vec<String> =
            sqlx::query_scalar("SELECT name FROM programme_partners WHERE programme_id = ? ORDER BY position")
                .bind(id)
                .fetch_all(&self.pool)
                .await?;
        let municipalities: Vec<String> = sqlx::query_scalar(
            "SELECT municipality FROM programme_municipalities WHERE programme_id = ? ORDER BY position",
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

    /// The taxonomy's categories in order: (slug, name, description) in `lang`.
    pub async fn categories(&self, lang: Lang) -> Result<Vec<(String, String, String)>, DbError> {
        let rows: Vec<(i64, String)> =
            sqlx::query_as("SELECT id, slug FROM categories ORDER BY position").fetch_all(&self.pool).await?;
        let ids: Vec<i64> = rows.iter().map(|(id, _)| *id).collect();
        let texts = TextBag::load(&self.pool, "category", &ids, lang).await?;
        Ok(rows.into_iter().map(|(id, slug)| (slug, texts.plain(id, "name"), texts.plain(id, "description"))).collect())
    }

    /// Result cards for services found by the index, keyed by database id (score left at 0).
    pub async fn hit_cards(&self, lang: Lang, ids: &[i64]) -> Result<HashMap<i64, SearchHit>, DbError> {
        let mut cards = HashMap::new();
        let texts = TextBag::load(&self.pool, "service", ids, lang).await?;
        for id in ids {
            let row: Option<(String, String, i64)> =
                sqlx::query_as("SELECT slug, status, organization_id FROM services WHERE id = ?")
                    .bind(id)
                    .fetch_optional(&self.pool)
                    .await?;
            let Some((slug, status, org_id)) = row else {
                continue;
            };
            let org = TextBag::load(&self.pool, "organization", &[org_id], lang).await?;
            let municipalities: Vec<String> = sqlx::query_scalar(
                "SELECT municipality FROM service_municipalities WHERE service_id = ? ORDER BY position",
            )
            .bind(id)
            .fetch_all(&self.pool)
            .await?;
            let categories = self.service_terms("category", *id, lang).await?.into_iter().map(|t| t.name).collect();
            cards.insert(
                *id,
                SearchHit {
                    id: slug,
                    name: texts.plain(*id, "name"),
                    organization: org.plain(org_id, "name"),
                    summary: texts.plain(*id, "summary"),
                    categories,
                    municipalities,
                    score: 0.0,
                    status: ServiceStatus::parse(&status).unwrap_or(ServiceStatus::Active),
                },
            );
        }
        Ok(cards)
    }

    /// Every service as the search index needs it. Reads whole tables once instead of
    /// querying per service, so a rebuild stays fast as the directory grows.
    pub async fn index_documents(&self) -> Result<Vec<IndexDocument>, DbError> {
        let pool = &self.pool;
        let services: Vec<(i64, String, String, i64, Option<i64>)> =
            sqlx::query_as("SELECT id, slug, status, organization_id, programme_id FROM services ORDER BY id")
                .fetch_all(pool)
                .await?;
        let programmes: HashMap<i64, (Option<String>, Option<String>)> =
            sqlx::query_as::<_, (i64, Option<String>, Option<String>)>(
                "SELECT id, start_date, end_date FROM programmes",
            )
            .fetch_all(pool)
            .await?
            .into_iter()
            .map(|(id, s, e)| (id, (s, e)))
            .collect();
        let mut texts: HashMap<(String, i64), Vec<FieldText>> = HashMap::new();
        let rows: Vec<(String, i64, String, String, String)> =
            sqlx::query_as("SELECT entity, entity_id, field, lang, text FROM translations").fetch_all(pool).await?;
        for (entity, id, field, lang, text) in rows {
            texts.entry((entity, id)).or_default().push(FieldText { field, lang, text });
        }
        let pairs = |sql: &'static str| async move {
            let rows: Vec<(i64, i64)> = sqlx::query_as(sql).fetch_all(pool).await?;
            let mut map: HashMap<i64, Vec<i64>> = HashMap::new();
            for (a, b) in rows {
                map.entry(a).or_default().push(b);
            }
            Ok::<_, DbError>(map)
        };
        let service_categories = pairs("SELECT service_id, category_id FROM service_categories").await?;
        let service_groups = pairs("SELECT service_id, target_group_id FROM service_target_groups").await?;
        let service_documents = pairs("SELECT service_id, id FROM documents ORDER BY position").await?;
        let category_slugs: HashMap<i64, String> =
            sqlx::query_as::<_, (i64, String)>("SELECT id, slug FROM categories")
                .fetch_all(pool)
                .await?
                .into_iter()
                .collect();
        let mut municipalities: HashMap<i64, Vec<String>> = HashMap::new();
        let rows: Vec<(i64, String)> = sqlx::query_as(
            "SELECT service_id, municipality FROM service_municipalities
             UNION SELECT sl.service_id, l.municipality FROM service_locations sl JOIN locations l ON l.id = sl.location_id",
        )
        .fetch_all(pool)
        .await?;
        for (id, m) in rows {
            municipalities.entry(id).or_default().push(m);
        }

        let now = today();
        let text_of = |entity: &str, id: i64, lang: Lang, fields: &[&str]| -> Vec<String> {
            texts
                .get(&(entity.to_string(), id))
                .map(|rows| {
                    rows.iter()
                        .filter(|r| r.lang == lang.code() && (fields.is_empty() || fields.contains(&r.field.as_str())))
                        .map(|r| r.text.clone())
                        .collect()
                })
                .unwrap_or_default()
        };
        let mut documents = Vec::with_capacity(services.len());
        for (id, slug, status, org_id, programme_id) in services {
            let mut names = Vec::new();
            let mut bodies = Vec::new();
            for lang in Lang::ALL {
                if let Some(name) = text_of("service", id, lang, &["name"]).into_iter().next() {
                    names.push((lang, name));
                }
                let mut body =
                    text_of("service", id, lang, &["summary", "description", "eligibility", "how_to_access", "cost"]);
                body.extend(text_of("organization", org_id, lang, &["name"]));
                if let Some(pid) = programme_id {
                    body.extend(text_of("programme", pid, lang, &["name"]));
                }
                for cid in service_categories.get(&id).into_iter().flatten() {
                    body.extend(text_of("category", *cid, lang, &["name", "keywords"]));
                }
                for gid in service_groups.get(&id).into_iter().flatten() {
                    body.extend(text_of("target_group", *gid, lang, &["name"]));
                }
                for did in service_documents.get(&id).into_iter().flatten() {
                    body.extend(text_of("document", *did, lang, &[]));
                }
                bodies.push((lang, body.join("\n")));
            }
            let programme_ended = programme_id
                .and_then(|pid| programmes.get(&pid))
                .is_some_and(|(s, e)| programme_status(s.as_deref(), e.as_deref(), now) == ProgrammeStatus::Ended);
            let mut places = municipalities.remove(&id).unwrap_or_default();
            places.sort();
            places.dedup();
            documents.push(IndexDocument {
                id,
                slug,
                status: ServiceStatus::parse(&status).unwrap_or(ServiceStatus::Active),
                programme_ended,
                names,
                bodies,
                categories: service_categories
                    .get(&id)
                    .into_iter()
                    .flatten()
                    .filter_map(|cid| category_slugs.get(cid).cloned())
                    .collect(),
                municipalities: places,
            });
        }
        Ok(documents)
    }
}
