//! Organisations as documents: the published one, the shared draft, their revisions, and
//! "still accurate" stamps, and content imports. Publishing writes the document into the
//! directory's tables through the same code as a content import (`write`).

use super::audit::insert_audit;
use super::write::{
    bump_version, mark_changed, parse, put_texts, record_file, record_revision, store_published, to_json,
    write_organization, Statuses,
};
use super::{begin_write, now, SqlStore, Tx, DASHBOARD};
use crate::content::{OrganizationFile, Taxonomy};
use crate::db::capabilities::Documents;
use crate::db::model::{
    AuditLine, Author, DashboardOrganization, DocumentRow, ImportOutcome, OrganizationEntry, Origin, RevisionEntry,
    RevisionKind, Verification,
};
use crate::db::DbError;
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;

/// Claims the next version of an organisation's documents if it is still `expected`: the
/// first statement of a writing transaction, so SQLite takes its write lock here and two
/// writers based on the same version cannot both succeed. `false` when it moved on.
async fn claim(tx: &mut Tx<'_>, org_id: i64, expected: i64) -> Result<bool, DbError> {
    let updated = sqlx::query(
        "UPDATE organization_documents SET version = version + 1, updated_at = $1 WHERE organization_id = $2 AND version = $3",
    )
    .bind(now())
    .bind(org_id)
    .bind(expected)
    .execute(&mut **tx)
    .await?;
    Ok(updated.rows_affected() == 1)
}

/// A dashboard row as stored: the document and the stamps as JSON.
#[derive(sqlx::FromRow)]
struct StoredDashboard {
    id: i64,
    slug: String,
    name: String,
    has_draft: bool,
    published: Option<String>,
    verified: Option<String>,
    since: Option<DateTime<Utc>>,
}

/// An organisation's documents as stored (JSON), before [`parse`].
#[derive(sqlx::FromRow)]
struct StoredDocuments {
    id: i64,
    version: i64,
    published: String,
    draft: Option<String>,
}

/// A revision with the document it keeps.
#[derive(sqlx::FromRow)]
struct StoredRevision {
    #[sqlx(flatten)]
    entry: RevisionEntry,
    document: String,
}

#[async_trait]
impl Documents for SqlStore {
    async fn content_file_hash(&self, path: &str) -> Result<Option<String>, DbError> {
        Ok(sqlx::query_scalar("SELECT sha256 FROM content_files WHERE path = $1")
            .bind(path)
            .fetch_optional(&self.pool)
            .await?)
    }

    async fn import_taxonomy(&self, taxonomy: &Taxonomy, path: &str, sha256: &str) -> Result<bool, DbError> {
        if self.content_file_hash(path).await?.as_deref() == Some(sha256) {
            return Ok(false);
        }
        let mut tx = begin_write(&self.pool).await?;
        let status = Statuses { file: taxonomy.translations, marked: &BTreeMap::new() };
        for (position, c) in taxonomy.categories.iter().enumerate() {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO categories (slug, icon, position) VALUES ($1, $2, $3)
                 ON CONFLICT (slug) DO UPDATE SET icon = excluded.icon, position = excluded.position RETURNING id",
            )
            .bind(&c.slug)
            .bind(&c.icon)
            .bind(position as i64)
            .fetch_one(&mut *tx)
            .await?;
            for (field, texts) in [("name", &c.name), ("description", &c.description), ("keywords", &c.keywords)] {
                put_texts(&mut tx, ("category", id, field), texts, status, "").await?;
            }
        }
        for (position, g) in taxonomy.target_groups.iter().enumerate() {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO target_groups (slug, position) VALUES ($1, $2)
                 ON CONFLICT (slug) DO UPDATE SET position = excluded.position RETURNING id",
            )
            .bind(&g.slug)
            .bind(position as i64)
            .fetch_one(&mut *tx)
            .await?;
            put_texts(&mut tx, ("target_group", id, "name"), &g.name, status, "").await?;
        }
        record_file(&mut tx, path, sha256).await?;
        mark_changed(&mut tx, None).await?;
        bump_version(&mut tx).await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn import_organization(
        &self,
        file: &OrganizationFile,
        path: &str,
        sha256: &str,
    ) -> Result<ImportOutcome, DbError> {
        if self.content_file_hash(path).await?.as_deref() == Some(sha256) {
            return Ok(ImportOutcome::Unchanged);
        }
        let mut tx = begin_write(&self.pool).await?;
        let existing: Option<(i64, String)> = sqlx::query_as("SELECT id, origin FROM organizations WHERE slug = $1")
            .bind(&file.organization.slug)
            .fetch_optional(&mut *tx)
            .await?;
        let existing = existing.map(|(id, origin)| Ok::<_, DbError>((id, origin.parse::<Origin>()?))).transpose()?;
        if existing.is_some_and(|(_, origin)| origin == Origin::Admin) {
            return Ok(ImportOutcome::KeptAdminEdits);
        }
        let documents: Option<(String, Option<String>)> = match &existing {
            Some((id, _)) => {
                sqlx::query_as("SELECT published, draft FROM organization_documents WHERE organization_id = $1")
                    .bind(id)
                    .fetch_optional(&mut *tx)
                    .await?
            }
            None => None,
        };
        // A draft prepared on the previous file is replayed on the new one.
        let rebased = match documents {
            Some((published, Some(draft))) => {
                let (published, draft) = (parse(&published)?, parse(&draft)?);
                match crate::content::merge::merge(&published, &draft, file) {
                    Ok(merged) => Some(merged),
                    Err(crate::content::merge::MergeError::Conflict(entries)) => {
                        return Ok(ImportOutcome::DraftConflict(entries))
                    }
                }
            }
            _ => None,
        };
        let org_id = write_organization(&mut tx, existing.map(|(id, _)| id), file, Origin::Content).await?;
        store_published(&mut tx, org_id, file).await?;
        if let Some(draft) = &rebased {
            sqlx::query("UPDATE organization_documents SET draft = $1 WHERE organization_id = $2")
                .bind(to_json(draft)?)
                .bind(org_id)
                .execute(&mut *tx)
                .await?;
        }
        let author = format!("content/{path}");
        record_revision(&mut tx, org_id, (RevisionKind::Import, (None, &author)), "", file).await?;
        record_file(&mut tx, path, sha256).await?;
        bump_version(&mut tx).await?;
        tx.commit().await?;
        Ok(ImportOutcome::Imported { programmes: file.programmes.len(), services: file.services.len() })
    }

    async fn organization_entries(&self) -> Result<Vec<OrganizationEntry>, DbError> {
        Ok(sqlx::query_as(
            "SELECT o.id, o.slug, COALESCE(t.text, o.slug) AS name, d.draft IS NOT NULL AS has_draft FROM organizations o
             LEFT JOIN translations t ON t.entity = 'organization' AND t.entity_id = o.id AND t.field = 'name' AND t.lang = 'it'
             LEFT JOIN organization_documents d ON d.organization_id = o.id
             ORDER BY t.text, o.slug",
        )
        .fetch_all(&self.pool)
        .await?)
    }

    async fn dashboard(&self, only: Option<&[i64]>) -> Result<Vec<DashboardOrganization>, DbError> {
        // The stamps come as one JSON object per organisation, their times normalised to
        // RFC 3339 so serde reads them whatever type the column has; `only` is bound as a
        // JSON array of ids.
        let only = only.map(serde_json::to_string).transpose().map_err(|e| DbError::Inconsistent(e.to_string()))?;
        let rows: Vec<StoredDashboard> = sqlx::query_as(DASHBOARD).bind(only).fetch_all(&self.pool).await?;
        rows.into_iter()
            .map(|row| {
                let verified = match row.verified.as_deref() {
                    Some(json) => serde_json::from_str(json).map_err(|e| DbError::Inconsistent(e.to_string()))?,
                    None => BTreeMap::new(),
                };
                Ok(DashboardOrganization {
                    organization: OrganizationEntry {
                        id: row.id,
                        slug: row.slug,
                        name: row.name,
                        has_draft: row.has_draft,
                    },
                    published: row.published.as_deref().map(parse).transpose()?,
                    verified,
                    since: row.since,
                })
            })
            .collect()
    }

    async fn fill_hsds_ids(&self) -> Result<u64, DbError> {
        let mut tx = begin_write(&self.pool).await?;
        let rows: Vec<(i64, String)> = sqlx::query_as(
            "SELECT d.organization_id, d.published FROM organization_documents d
             JOIN organizations o ON o.id = d.organization_id WHERE o.uuid IS NULL",
        )
        .fetch_all(&mut *tx)
        .await?;
        for (org_id, published) in &rows {
            let file = parse(published)?;
            let org = &file.organization;
            let entries = std::iter::once((
                "UPDATE organizations SET uuid = $1 WHERE id = $2 AND slug = $3",
                org.slug.clone(),
                org.hsds_id(),
            ))
            .chain(file.services.iter().map(|s| {
                ("UPDATE services SET uuid = $1 WHERE organization_id = $2 AND slug = $3", s.slug.clone(), s.hsds_id())
            }))
            .chain(file.programmes.iter().map(|p| {
                (
                    "UPDATE programmes SET uuid = $1 WHERE organization_id = $2 AND slug = $3",
                    p.slug.clone(),
                    p.hsds_id(),
                )
            }))
            .chain(file.locations.iter().map(|l| {
                (
                    "UPDATE locations SET uuid = $1 WHERE organization_id = $2 AND key = $3",
                    l.key.clone(),
                    l.hsds_id(org),
                )
            }));
            for (sql, name, uuid) in entries {
                sqlx::query(sql).bind(uuid.to_string()).bind(org_id).bind(name).execute(&mut *tx).await?;
            }
        }
        tx.commit().await?;
        Ok(rows.len() as u64)
    }

    async fn document(&self, slug: &str) -> Result<Option<DocumentRow>, DbError> {
        let row: Option<StoredDocuments> = sqlx::query_as(
            "SELECT o.id, d.version, d.published, d.draft FROM organizations o
             JOIN organization_documents d ON d.organization_id = o.id WHERE o.slug = $1",
        )
        .bind(slug)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|row| {
            Ok(DocumentRow {
                id: row.id,
                version: row.version,
                published: parse(&row.published)?,
                draft: row.draft.as_deref().map(parse).transpose()?,
            })
        })
        .transpose()
    }

    async fn other_drafts(&self, org_id: i64) -> Result<Vec<OrganizationFile>, DbError> {
        let drafts: Vec<String> = sqlx::query_scalar(
            "SELECT draft FROM organization_documents WHERE organization_id <> $1 AND draft IS NOT NULL",
        )
        .bind(org_id)
        .fetch_all(&self.pool)
        .await?;
        drafts.iter().map(|d| parse(d)).collect()
    }

    async fn save_draft(
        &self,
        (org_id, expected): (i64, i64),
        draft: &OrganizationFile,
        (kind, author, summary): (RevisionKind, Author<'_>, &str),
        audit: AuditLine<'_>,
    ) -> Result<Option<i64>, DbError> {
        let mut tx = begin_write(&self.pool).await?;
        if !claim(&mut tx, org_id, expected).await? {
            return Ok(None);
        }
        sqlx::query("UPDATE organization_documents SET draft = $1 WHERE organization_id = $2")
            .bind(to_json(draft)?)
            .bind(org_id)
            .execute(&mut *tx)
            .await?;
        let id = record_revision(&mut tx, org_id, (kind, author), summary, draft).await?;
        insert_audit(&mut tx, author, audit).await?;
        tx.commit().await?;
        Ok(Some(id))
    }

    async fn discard_draft(
        &self,
        (org_id, expected): (i64, i64),
        author: Author<'_>,
        published: &OrganizationFile,
        audit: AuditLine<'_>,
    ) -> Result<bool, DbError> {
        let mut tx = begin_write(&self.pool).await?;
        if !claim(&mut tx, org_id, expected).await? {
            return Ok(false);
        }
        sqlx::query("UPDATE organization_documents SET draft = NULL WHERE organization_id = $1")
            .bind(org_id)
            .execute(&mut *tx)
            .await?;
        record_revision(&mut tx, org_id, (RevisionKind::Discard, author), "", published).await?;
        insert_audit(&mut tx, author, audit).await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn publish(
        &self,
        existing: Option<(i64, i64)>,
        file: &OrganizationFile,
        (kind, author, summary): (RevisionKind, Author<'_>, &str),
        audit: AuditLine<'_>,
    ) -> Result<Option<i64>, DbError> {
        let mut tx = begin_write(&self.pool).await?;
        if let Some((org_id, expected)) = existing {
            if !claim(&mut tx, org_id, expected).await? {
                return Ok(None);
            }
        }
        let org_id = write_organization(&mut tx, existing.map(|(id, _)| id), file, Origin::Admin)
            .await
            .map_err(DbError::from_write)?;
        store_published(&mut tx, org_id, file).await?;
        sqlx::query("UPDATE organization_documents SET draft = NULL WHERE organization_id = $1")
            .bind(org_id)
            .execute(&mut *tx)
            .await?;
        record_revision(&mut tx, org_id, (kind, author), summary, file).await?;
        insert_audit(&mut tx, author, audit).await?;
        bump_version(&mut tx).await?;
        tx.commit().await?;
        Ok(Some(org_id))
    }

    async fn revisions(&self, org_id: i64, limit: i64) -> Result<Vec<RevisionEntry>, DbError> {
        Ok(sqlx::query_as(
            "SELECT id, kind, author, summary, created_at FROM revisions WHERE organization_id = $1 ORDER BY id DESC LIMIT $2",
        )
        .bind(org_id)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?)
    }

    async fn revision(
        &self,
        org_id: i64,
        id: i64,
    ) -> Result<Option<(RevisionEntry, OrganizationFile, Option<OrganizationFile>)>, DbError> {
        let row: Option<StoredRevision> = sqlx::query_as(
            "SELECT id, kind, author, summary, created_at, document FROM revisions WHERE organization_id = $1 AND id = $2",
        )
        .bind(org_id)
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        let Some(StoredRevision { entry, document }) = row else {
            return Ok(None);
        };
        let before: Option<String> = sqlx::query_scalar(
            "SELECT document FROM revisions WHERE organization_id = $1 AND id < $2 ORDER BY id DESC LIMIT 1",
        )
        .bind(org_id)
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(Some((entry, parse(&document)?, before.as_deref().map(parse).transpose()?)))
    }

    async fn verify(&self, org_id: i64, entry: &str, by: &str) -> Result<(), DbError> {
        let now = now();
        let mut tx = begin_write(&self.pool).await?;
        sqlx::query(
            "INSERT INTO verifications (organization_id, entry, verified_at, verified_by) VALUES ($1, $2, $3, $4)
             ON CONFLICT (organization_id, entry) DO UPDATE SET verified_at = excluded.verified_at, verified_by = excluded.verified_by",
        )
        .bind(org_id)
        .bind(entry)
        .bind(now)
        .bind(by)
        .execute(&mut *tx)
        .await?;
        if let Some(slug) = entry.strip_prefix("service:") {
            sqlx::query(
                "UPDATE services SET last_verified_at = $1, last_verified_by = $2 WHERE organization_id = $3 AND slug = $4",
            )
            .bind(now)
            .bind(by)
            .bind(org_id)
            .bind(slug)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn slug_taken_elsewhere(&self, table: &str, slug: &str, org_id: i64) -> Result<bool, DbError> {
        let sql = match table {
            "services" => "SELECT COUNT(*) FROM services WHERE slug = $1 AND organization_id <> $2",
            "programmes" => "SELECT COUNT(*) FROM programmes WHERE slug = $1 AND organization_id <> $2",
            "events" => "SELECT COUNT(*) FROM events WHERE slug = $1 AND organization_id <> $2",
            "organization" => "SELECT COUNT(*) FROM organizations WHERE slug = $1 AND id <> $2",
            _ => return Ok(false),
        };
        let count: i64 = sqlx::query_scalar(sql).bind(slug).bind(org_id).fetch_one(&self.pool).await?;
        Ok(count > 0)
    }

    async fn verifications(&self, org_id: i64) -> Result<Vec<Verification>, DbError> {
        Ok(sqlx::query_as("SELECT entry, verified_at, verified_by FROM verifications WHERE organization_id = $1")
            .bind(org_id)
            .fetch_all(&self.pool)
            .await?)
    }
}
