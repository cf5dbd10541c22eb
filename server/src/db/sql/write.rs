//! Writes: importing content files. One transaction per file, so a failed import leaves
//! the database as it was; every write bumps the data version the index is checked against.

use super::{announce_change, now, Tx};
use crate::content::{self, FileTranslationStatus, OrganizationFile, Texts};
use crate::db::model::{Author, Origin, RevisionKind};
use crate::db::DbError;
use portineria_app::lang::Lang;
use std::collections::{BTreeMap, HashMap};

/// Which status each text gets: Italian is the source; a text the admin area marked (written
/// or confirmed by a partner) has its own; the others have their file's.
#[derive(Clone, Copy)]
pub(super) struct Statuses<'a> {
    pub file: FileTranslationStatus,
    pub marked: &'a BTreeMap<String, FileTranslationStatus>,
}

impl Statuses<'_> {
    fn of(&self, path: &str, lang: Lang) -> &'static str {
        if lang == Lang::It {
            return "source";
        }
        self.marked.get(&content::status_key(path, lang)).copied().unwrap_or(self.file).as_str()
    }
}

/// Writes every language of `texts` for one field, `path` naming it for its statuses.
pub(super) async fn put_texts(
    tx: &mut Tx<'_>,
    (entity, id, field): (&str, i64, &str),
    texts: &Texts,
    statuses: Statuses<'_>,
    path: &str,
) -> Result<(), DbError> {
    for lang in Lang::ALL {
        let Some(text) = texts.get(lang) else {
            continue;
        };
        sqlx::query(
            "INSERT INTO translations (entity, entity_id, field, lang, text, status, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
             ON CONFLICT (entity, entity_id, field, lang) DO UPDATE SET text = excluded.text, status = excluded.status, updated_at = excluded.updated_at",
        )
        .bind(entity)
        .bind(id)
        .bind(field)
        .bind(lang.code())
        .bind(text)
        .bind(statuses.of(path, lang))
        .bind(now())
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// Records that the organisation's services (or, with `None`, everything) change in the
/// version this transaction commits, for the search index to follow.
pub(super) async fn mark_changed(tx: &mut Tx<'_>, org_id: Option<i64>) -> Result<(), DbError> {
    let query = match org_id {
        Some(id) => sqlx::query(
            "INSERT INTO search_changes (service_id, version, recorded_at)
             SELECT id, (SELECT version + 1 FROM data_version WHERE id = 1), $1 FROM services WHERE organization_id = $2",
        )
        .bind(now())
        .bind(id),
        None => sqlx::query(
            "INSERT INTO search_changes (service_id, version, recorded_at) SELECT NULL, version + 1, $1 FROM data_version WHERE id = 1",
        )
        .bind(now()),
    };
    query.execute(&mut **tx).await?;
    Ok(())
}

/// Moves the data version on, and tells the other instances once the transaction commits.
pub(super) async fn bump_version(tx: &mut Tx<'_>) -> Result<(), DbError> {
    sqlx::query("UPDATE data_version SET version = version + 1 WHERE id = 1").execute(&mut **tx).await?;
    announce_change(tx).await
}

/// Writes an organisation's document into the directory's tables (replacing what was there)
/// and returns the organisation's id. `origin` says whether a content file may replace it.
pub(super) async fn write_organization(
    tx: &mut Tx<'_>,
    existing: Option<i64>,
    file: &OrganizationFile,
    origin: Origin,
) -> Result<i64, DbError> {
    let org = &file.organization;
    let org_id = match existing {
        Some(id) => {
            mark_changed(tx, Some(id)).await?;
            remove_organization_content(tx, id).await?;
            sqlx::query(
                "UPDATE organizations SET website = $1, email = $2, origin = $3, updated_at = $4, uuid = $5 WHERE id = $6",
            )
            .bind(&org.website)
            .bind(&org.email)
            .bind(origin.as_str())
            .bind(now())
            .bind(org.hsds_id().to_string())
            .bind(id)
                .execute(&mut **tx)
                .await?;
            id
        }
        None => sqlx::query_scalar(
            "INSERT INTO organizations (slug, website, email, origin, updated_at, uuid) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(&org.slug)
        .bind(&org.website)
        .bind(&org.email)
        .bind(origin.as_str())
        .bind(now())
        .bind(org.hsds_id().to_string())
        .fetch_one(&mut **tx)
        .await?,
    };
    let statuses = Statuses { file: file.translations, marked: &file.statuses };
    put_texts(tx, ("organization", org_id, "name"), &org.name, statuses, "organization/name").await?;
    put_texts(tx, ("organization", org_id, "description"), &org.description, statuses, "organization/description")
        .await?;
    insert_phones(tx, ("organization", org_id), &org.phones, statuses, "organization").await?;

    let mut location_ids = HashMap::new();
    for location in &file.locations {
        let id = insert_location(tx, (org_id, location.hsds_id(org)), location, statuses).await?;
        location_ids.insert(location.key.as_str(), id);
    }
    let mut programme_ids = HashMap::new();
    for p in &file.programmes {
        let id = insert_programme(tx, org_id, p, origin, statuses).await?;
        programme_ids.insert(p.slug.as_str(), id);
    }
    for s in &file.services {
        insert_service(tx, org_id, s, origin, (&programme_ids, &location_ids), statuses).await?;
    }
    for event in &file.events {
        insert_event(tx, org_id, event, origin, (&programme_ids, &location_ids), statuses).await?;
    }
    sqlx::query(
        "UPDATE services SET
            last_verified_at = (SELECT v.verified_at FROM verifications v
                                WHERE v.organization_id = services.organization_id AND v.entry = 'service:' || services.slug),
            last_verified_by = (SELECT v.verified_by FROM verifications v
                                WHERE v.organization_id = services.organization_id AND v.entry = 'service:' || services.slug)
         WHERE organization_id = $1",
    )
    .bind(org_id)
    .execute(&mut **tx)
    .await?;
    mark_changed(tx, Some(org_id)).await?;
    Ok(org_id)
}

/// Makes `file` the organisation's published document (its draft, if any, is kept) and
/// bumps the documents' version.
pub(super) async fn store_published(tx: &mut Tx<'_>, org_id: i64, file: &OrganizationFile) -> Result<(), DbError> {
    let json = to_json(file)?;
    sqlx::query(
        "INSERT INTO organization_documents (organization_id, published, updated_at) VALUES ($1, $2, $3)
         ON CONFLICT (organization_id) DO UPDATE SET published = excluded.published, updated_at = excluded.updated_at,
             version = organization_documents.version + 1",
    )
    .bind(org_id)
    .bind(json)
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Keeps the whole document as it is after a change, with how and by whom.
pub(super) async fn record_revision(
    tx: &mut Tx<'_>,
    org_id: i64,
    (kind, (author_id, author)): (RevisionKind, Author<'_>),
    summary: &str,
    file: &OrganizationFile,
) -> Result<i64, DbError> {
    let json = to_json(file)?;
    Ok(sqlx::query_scalar(
        "INSERT INTO revisions (organization_id, kind, author_id, author, summary, document, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(org_id)
    .bind(kind.as_str())
    .bind(author_id)
    .bind(author)
    .bind(summary)
    .bind(json)
    .bind(now())
    .fetch_one(&mut **tx)
    .await?)
}

async fn insert_location(
    tx: &mut Tx<'_>,
    (org_id, uuid): (i64, uuid::Uuid),
    location: &content::Location,
    statuses: Statuses<'_>,
) -> Result<i64, DbError> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO locations (organization_id, key, address, municipality, open_on_holidays, latitude, longitude, uuid)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(org_id)
    .bind(&location.key)
    .bind(&location.address)
    .bind(&location.municipality)
    .bind(location.open_on_holidays)
    .bind(location.coordinates.map(|c| c.lat))
    .bind(location.coordinates.map(|c| c.lon))
    .bind(uuid.to_string())
    .fetch_one(&mut **tx)
    .await?;
    for closure in &location.closures {
        sqlx::query("INSERT INTO location_closures (location_id, starts, ends) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(closure.from.format("%Y-%m-%d").to_string())
            .bind(closure.to.format("%Y-%m-%d").to_string())
            .execute(&mut **tx)
            .await?;
    }
    let owner = format!("location:{}", location.key);
    for (field, texts) in [("name", location.name.as_ref()), ("hours_note", location.hours_note.as_ref())] {
        if let Some(texts) = texts {
            put_texts(tx, ("location", id, field), texts, statuses, &format!("{owner}/{field}")).await?;
        }
    }
    for hours in &location.hours {
        for day in &hours.days {
            let weekday = content::weekday_number(day).ok_or_else(|| DbError::Inconsistent(format!("day {day:?}")))?;
            sqlx::query(
                "INSERT INTO schedules (location_id, weekday, opens, closes, appointment_only) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(id)
            .bind(weekday as i64)
            .bind(&hours.opens)
            .bind(&hours.closes)
            .bind(hours.appointment_only)
            .execute(&mut **tx)
            .await?;
        }
    }
    Ok(id)
}

async fn insert_programme(
    tx: &mut Tx<'_>,
    org_id: i64,
    p: &content::Programme,
    origin: Origin,
    statuses: Statuses<'_>,
) -> Result<i64, DbError> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO programmes (slug, organization_id, start_date, end_date, website, email, district, origin, updated_at, uuid)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
    )
    .bind(&p.slug)
    .bind(org_id)
    .bind(&p.start)
    .bind(&p.end)
    .bind(&p.website)
    .bind(&p.email)
    .bind(&p.district)
    .bind(origin.as_str())
    .bind(now())
    .bind(p.hsds_id().to_string())
    .fetch_one(&mut **tx)
    .await?;
    let owner = format!("programme:{}", p.slug);
    for (field, texts) in [
        ("name", Some(&p.name)),
        ("summary", Some(&p.summary)),
        ("description", Some(&p.description)),
        ("funder", p.funder.as_ref()),
        ("beneficiaries", p.beneficiaries.as_ref()),
    ] {
        if let Some(texts) = texts {
            put_texts(tx, ("programme", id, field), texts, statuses, &format!("{owner}/{field}")).await?;
        }
    }
    for (position, name) in p.partners.iter().enumerate() {
        sqlx::query("INSERT INTO programme_partners (programme_id, position, name) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(position as i64)
            .bind(name)
            .execute(&mut **tx)
            .await?;
    }
    for (position, m) in p.municipalities.iter().enumerate() {
        sqlx::query("INSERT INTO programme_municipalities (programme_id, position, municipality) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(position as i64)
            .bind(m)
            .execute(&mut **tx)
            .await?;
    }
    Ok(id)
}

/// The ids of the file's programmes and locations, by slug and key.
type Ids<'a, 'b> = (&'b HashMap<&'a str, i64>, &'b HashMap<&'a str, i64>);

async fn insert_service(
    tx: &mut Tx<'_>,
    org_id: i64,
    s: &content::Service,
    origin: Origin,
    (programme_ids, location_ids): Ids<'_, '_>,
    statuses: Statuses<'_>,
) -> Result<(), DbError> {
    let programme_id = s.programme.as_deref().and_then(|p| programme_ids.get(p).copied());
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO services (slug, organization_id, programme_id, status, access_mode, website, email, district, origin, updated_at, uuid)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
    )
    .bind(&s.slug)
    .bind(org_id)
    .bind(programme_id)
    .bind(&s.status)
    .bind(&s.access)
    .bind(&s.website)
    .bind(&s.email)
    .bind(&s.district)
    .bind(origin.as_str())
    // The time an HSDS import gave it, until a publication changes it.
    .bind(s.last_modified.unwrap_or_else(now))
    .bind(s.hsds_id().to_string())
    .fetch_one(&mut **tx)
    .await?;
    let owner = format!("service:{}", s.slug);
    let fields = [
        ("name", Some(&s.name)),
        ("in_short", s.in_short.as_ref()),
        ("summary", Some(&s.summary)),
        ("description", Some(&s.description)),
        ("eligibility", s.eligibility.as_ref()),
        ("how_to_access", s.how_to_access.as_ref()),
        ("cost", s.cost.as_ref()),
    ];
    for (field, texts) in fields {
        if let Some(texts) = texts {
            put_texts(tx, ("service", id, field), texts, statuses, &format!("{owner}/{field}")).await?;
        }
    }
    for slug in &s.categories {
        sqlx::query(
            "INSERT INTO service_categories (service_id, category_id) SELECT $1, id FROM categories WHERE slug = $2",
        )
        .bind(id)
        .bind(slug)
        .execute(&mut **tx)
        .await?;
    }
    for slug in &s.target_groups {
        sqlx::query(
            "INSERT INTO service_target_groups (service_id, target_group_id) SELECT $1, id FROM target_groups WHERE slug = $2",
        )
        .bind(id)
        .bind(slug)
        .execute(&mut **tx)
        .await?;
    }
    for (position, m) in s.municipalities.iter().enumerate() {
        sqlx::query("INSERT INTO service_municipalities (service_id, position, municipality) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(position as i64)
            .bind(m)
            .execute(&mut **tx)
            .await?;
    }
    for (table, column, words) in [
        ("service_required_documents", "kind", &s.required_documents),
        ("service_situations", "situation", &s.who_can_go),
    ] {
        for (position, word) in words.iter().enumerate() {
            sqlx::query(&format!("INSERT INTO {table} (service_id, position, {column}) VALUES ($1, $2, $3)"))
                .bind(id)
                .bind(position as i64)
                .bind(word)
                .execute(&mut **tx)
                .await?;
        }
    }
    for lang in &s.languages {
        sqlx::query("INSERT INTO service_languages (service_id, lang) VALUES ($1, $2) ON CONFLICT DO NOTHING")
            .bind(id)
            .bind(lang)
            .execute(&mut **tx)
            .await?;
    }
    for key in &s.locations {
        let location_id =
            location_ids.get(key.as_str()).ok_or_else(|| DbError::Inconsistent(format!("location {key:?}")))?;
        sqlx::query("INSERT INTO service_locations (service_id, location_id) VALUES ($1, $2)")
            .bind(id)
            .bind(location_id)
            .execute(&mut **tx)
            .await?;
    }
    insert_phones(tx, ("service", id), &s.phones, statuses, &owner).await?;
    for (position, document) in s.documents.iter().enumerate() {
        let doc_id: i64 =
            sqlx::query_scalar("INSERT INTO documents (service_id, position) VALUES ($1, $2) RETURNING id")
                .bind(id)
                .bind(position as i64)
                .fetch_one(&mut **tx)
                .await?;
        put_texts(tx, ("document", doc_id, "text"), document, statuses, &format!("{owner}/documents.{position}"))
            .await?;
    }
    Ok(())
}

async fn insert_phones(
    tx: &mut Tx<'_>,
    (owner_kind, owner_id): (&str, i64),
    phones: &[content::Phone],
    statuses: Statuses<'_>,
    owner: &str,
) -> Result<(), DbError> {
    for (position, phone) in phones.iter().enumerate() {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO phones (owner_kind, owner_id, position, number) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(owner_kind)
        .bind(owner_id)
        .bind(position as i64)
        .bind(&phone.number)
        .fetch_one(&mut **tx)
        .await?;
        if let Some(label) = &phone.label {
            put_texts(tx, ("phone", id, "label"), label, statuses, &format!("{owner}/phones.{position}")).await?;
        }
    }
    Ok(())
}

/// Writes one event of an organisation file, with its texts, categories and languages.
async fn insert_event(
    tx: &mut Tx<'_>,
    org_id: i64,
    e: &content::Event,
    origin: Origin,
    (programme_ids, location_ids): Ids<'_, '_>,
    statuses: Statuses<'_>,
) -> Result<(), DbError> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO events (slug, organization_id, programme_id, location_id, audience, start_date, end_date,
                             start_time, end_time, municipality, origin, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
    )
    .bind(&e.slug)
    .bind(org_id)
    .bind(e.programme.as_deref().and_then(|p| programme_ids.get(p).copied()))
    .bind(e.location.as_deref().and_then(|l| location_ids.get(l).copied()))
    .bind(&e.audience)
    .bind(&e.date)
    .bind(&e.end_date)
    .bind(&e.time)
    .bind(&e.end_time)
    .bind(&e.municipality)
    .bind(origin.as_str())
    .bind(now())
    .fetch_one(&mut **tx)
    .await?;
    let owner = format!("event:{}", e.slug);
    for (field, texts) in [("name", Some(&e.name)), ("description", Some(&e.description)), ("place", e.place.as_ref())]
    {
        if let Some(texts) = texts {
            put_texts(tx, ("event", id, field), texts, statuses, &format!("{owner}/{field}")).await?;
        }
    }
    for slug in &e.categories {
        sqlx::query(
            "INSERT INTO event_categories (event_id, category_id) SELECT $1, id FROM categories WHERE slug = $2",
        )
        .bind(id)
        .bind(slug)
        .execute(&mut **tx)
        .await?;
    }
    for lang in &e.languages {
        sqlx::query("INSERT INTO event_languages (event_id, lang) VALUES ($1, $2) ON CONFLICT DO NOTHING")
            .bind(id)
            .bind(lang)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// Removes everything written for an organisation (texts included) but the organisation's
/// own row, so its document can be written again.
async fn remove_organization_content(tx: &mut Tx<'_>, org_id: i64) -> Result<(), DbError> {
    let statements = [
        "DELETE FROM translations WHERE entity = 'document' AND entity_id IN
            (SELECT d.id FROM documents d JOIN services s ON s.id = d.service_id WHERE s.organization_id = $1)",
        "DELETE FROM translations WHERE entity = 'phone' AND entity_id IN
            (SELECT p.id FROM phones p JOIN services s ON p.owner_kind = 'service' AND s.id = p.owner_id WHERE s.organization_id = $1)",
        "DELETE FROM phones WHERE owner_kind = 'service' AND owner_id IN (SELECT id FROM services WHERE organization_id = $1)",
        "DELETE FROM translations WHERE entity = 'service' AND entity_id IN (SELECT id FROM services WHERE organization_id = $1)",
        "DELETE FROM services WHERE organization_id = $1",
        "DELETE FROM translations WHERE entity = 'programme' AND entity_id IN (SELECT id FROM programmes WHERE organization_id = $1)",
        "DELETE FROM programmes WHERE organization_id = $1",
        "DELETE FROM translations WHERE entity = 'event' AND entity_id IN (SELECT id FROM events WHERE organization_id = $1)",
        "DELETE FROM events WHERE organization_id = $1",
        "DELETE FROM translations WHERE entity = 'location' AND entity_id IN (SELECT id FROM locations WHERE organization_id = $1)",
        "DELETE FROM locations WHERE organization_id = $1",
        "DELETE FROM translations WHERE entity = 'phone' AND entity_id IN (SELECT id FROM phones WHERE owner_kind = 'organization' AND owner_id = $1)",
        "DELETE FROM phones WHERE owner_kind = 'organization' AND owner_id = $1",
    ];
    for sql in statements {
        sqlx::query(sql).bind(org_id).execute(&mut **tx).await?;
    }
    Ok(())
}

pub(super) async fn record_file(tx: &mut Tx<'_>, path: &str, sha256: &str) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO content_files (path, sha256, imported_at) VALUES ($1, $2, $3)
         ON CONFLICT (path) DO UPDATE SET sha256 = excluded.sha256, imported_at = excluded.imported_at",
    )
    .bind(path)
    .bind(sha256)
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(())
}
/// A document as stored (JSON) read back; a row that does not parse is the database's fault.
pub(super) fn parse(json: &str) -> Result<OrganizationFile, DbError> {
    serde_json::from_str(json).map_err(|e| DbError::Inconsistent(format!("stored document: {e}")))
}

pub(super) fn to_json(file: &OrganizationFile) -> Result<String, DbError> {
    serde_json::to_string(file).map_err(|e| DbError::Inconsistent(e.to_string()))
}
