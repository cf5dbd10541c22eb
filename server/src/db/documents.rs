//! Organisations as documents: the published one, the shared draft, their revisions, and
//! "still accurate" stamps. Publishing writes the document into the directory's tables
//! through the same code as a content import.

use super::write::{bump_version, parse, record_revision, store_published, to_json, write_organization, Tx};
use super::{Database, DbError};
use crate::content::OrganizationFile;

/// An organisation's documents as one request read them: `version` counts every change to
/// either, so a write based on an older version is detected (compare-and-swap).
#[derive(Clone, Debug)]
pub struct DocumentRow {
    pub id: i64,
    pub version: i64,
    pub published: OrganizationFile,
    pub draft: Option<OrganizationFile>,
}

/// The audit line written in the same transaction as the change it records.
#[derive(Clone, Copy, Debug)]
pub struct AuditLine<'a> {
    pub action: &'a str,
    pub target: &'a str,
    pub detail: &'a str,
}

/// Writes `line` for `author` inside `tx`.
pub(super) async fn insert_audit(tx: &mut Tx<'_>, author: Author<'_>, line: AuditLine<'_>) -> Result<(), DbError> {
    sqlx::query("INSERT INTO audit_log (at, actor_id, actor, action, target, detail) VALUES (?, ?, ?, ?, ?, ?)")
        .bind(super::now())
        .bind(author.0)
        .bind(super::bounded(author.1))
        .bind(line.action)
        .bind(super::bounded(line.target))
        .bind(super::bounded(line.detail))
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Claims the next version of an organisation's documents if it is still `expected`: the
/// first statement of a writing transaction, so SQLite takes its write lock here and two
/// writers based on the same version cannot both succeed. `false` when it moved on.
async fn claim(tx: &mut Tx<'_>, org_id: i64, expected: i64) -> Result<bool, DbError> {
    let updated = sqlx::query(
        "UPDATE organization_documents SET version = version + 1, updated_at = ? WHERE organization_id = ? AND version = ?",
    )
    .bind(super::now())
    .bind(org_id)
    .bind(expected)
    .execute(&mut **tx)
    .await?;
    Ok(updated.rows_affected() == 1)
}

/// An organisation as the admin area lists it.
#[derive(Clone, Debug)]
pub struct OrganizationEntry {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub has_draft: bool,
}

/// One revision as the history lists it.
#[derive(Clone, Debug)]
pub struct RevisionEntry {
    pub id: i64,
    pub kind: String,
    pub author: String,
    pub summary: String,
    pub created_at: String,
}

/// Who did something: account id (none for the content import) and how to name them.
pub type Author<'a> = (Option<i64>, &'a str);

impl Database {
    /// Every organisation with its Italian name, by name.
    pub async fn organization_entries(&self) -> Result<Vec<OrganizationEntry>, DbError> {
        let rows: Vec<(i64, String, Option<String>, bool)> = sqlx::query_as(
            "SELECT o.id, o.slug, t.text, d.draft IS NOT NULL FROM organizations o
             LEFT JOIN translations t ON t.entity = 'organization' AND t.entity_id = o.id AND t.field = 'name' AND t.lang = 'it'
             LEFT JOIN organization_documents d ON d.organization_id = o.id
             ORDER BY t.text, o.slug",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, slug, name, has_draft)| OrganizationEntry {
                id,
                name: name.unwrap_or_else(|| slug.clone()),
                slug,
                has_draft,
            })
            .collect())
    }

    /// An organisation's published document, its draft and their version, by slug.
    pub async fn document(&self, slug: &str) -> Result<Option<DocumentRow>, DbError> {
        let row: Option<(i64, i64, String, Option<String>)> = sqlx::query_as(
            "SELECT o.id, d.version, d.published, d.draft FROM organizations o
             JOIN organization_documents d ON d.organization_id = o.id WHERE o.slug = ?",
        )
        .bind(slug)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|(id, version, published, draft)| {
            Ok(DocumentRow {
                id,
                version,
                published: parse(&published)?,
                draft: draft.as_deref().map(parse).transpose()?,
            })
        })
        .transpose()
    }

    /// Every other organisation's draft, to keep slugs unique across drafts too.
    pub async fn other_drafts(&self, org_id: i64) -> Result<Vec<OrganizationFile>, DbError> {
        let drafts: Vec<String> = sqlx::query_scalar(
            "SELECT draft FROM organization_documents WHERE organization_id <> ? AND draft IS NOT NULL",
        )
        .bind(org_id)
        .fetch_all(&self.pool)
        .await?;
        drafts.iter().map(|d| parse(d)).collect()
    }

    /// Saves the shared draft of an organisation (nothing public changes) as a revision of
    /// `kind` (`draft`, or `restore` for an old revision made the draft again), with its
    /// audit line, if the documents are still at version `expected`. `None` when someone
    /// changed them since: nothing was written.
    pub async fn save_draft(
        &self,
        (org_id, expected): (i64, i64),
        draft: &OrganizationFile,
        (kind, author, summary): (&str, Author<'_>, &str),
        audit: AuditLine<'_>,
    ) -> Result<Option<i64>, DbError> {
        let mut tx = self.pool.begin().await?;
        if !claim(&mut tx, org_id, expected).await? {
            return Ok(None);
        }
        sqlx::query("UPDATE organization_documents SET draft = ? WHERE organization_id = ?")
            .bind(to_json(draft)?)
            .bind(org_id)
            .execute(&mut *tx)
            .await?;
        let id = record_revision(&mut tx, org_id, (kind, author.0, author.1), summary, draft).await?;
        insert_audit(&mut tx, author, audit).await?;
        tx.commit().await?;
        Ok(Some(id))
    }

    /// Drops the draft if the documents are still at version `expected` (`false` when
    /// someone saved since: their save is kept); the published document stays as it is.
    pub async fn discard_draft(
        &self,
        (org_id, expected): (i64, i64),
        author: Author<'_>,
        published: &OrganizationFile,
        audit: AuditLine<'_>,
    ) -> Result<bool, DbError> {
        let mut tx = self.pool.begin().await?;
        if !claim(&mut tx, org_id, expected).await? {
            return Ok(false);
        }
        sqlx::query("UPDATE organization_documents SET draft = NULL WHERE organization_id = ?")
            .bind(org_id)
            .execute(&mut *tx)
            .await?;
        record_revision(&mut tx, org_id, ("discard", author.0, author.1), "", published).await?;
        insert_audit(&mut tx, author, audit).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Publishes `file`: writes it into the directory's tables, makes it the published
    /// document, drops the draft, records the revision and the audit line, in one
    /// transaction. An existing organisation is `(id, expected version)`: when its documents
    /// moved on since, nothing is written and the answer is `None`. A content file never
    /// replaces the organisation afterwards.
    pub async fn publish(
        &self,
        existing: Option<(i64, i64)>,
        file: &OrganizationFile,
        (kind, author, summary): (&str, Author<'_>, &str),
        audit: AuditLine<'_>,
    ) -> Result<Option<i64>, DbError> {
        let mut tx = self.pool.begin().await?;
        if let Some((org_id, expected)) = existing {
            if !claim(&mut tx, org_id, expected).await? {
                return Ok(None);
            }
        }
        let org_id = match write_organization(&mut tx, existing.map(|(id, _)| id), file, "admin").await {
            Err(DbError::Sql(e)) => return Err(DbError::from_write(e)),
            written => written?,
        };
        store_published(&mut tx, org_id, file).await?;
        sqlx::query("UPDATE organization_documents SET draft = NULL WHERE organization_id = ?")
            .bind(org_id)
            .execute(&mut *tx)
            .await?;
        record_revision(&mut tx, org_id, (kind, author.0, author.1), summary, file).await?;
        insert_audit(&mut tx, author, audit).await?;
        bump_version(&mut tx).await?;
        tx.commit().await?;
        Ok(Some(org_id))
    }

    pub async fn revisions(&self, org_id: i64, limit: i64) -> Result<Vec<RevisionEntry>, DbError> {
        let rows: Vec<(i64, String, String, String, String)> = sqlx::query_as(
            "SELECT id, kind, author, summary, created_at FROM revisions WHERE organization_id = ? ORDER BY id DESC LIMIT ?",
        )
        .bind(org_id)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, kind, author, summary, created_at)| RevisionEntry { id, kind, author, summary, created_at })
            .collect())
    }

    /// A revision of the organisation, with the one before it (for the diff).
    pub async fn revision(
        &self,
        org_id: i64,
        id: i64,
    ) -> Result<Option<(RevisionEntry, OrganizationFile, Option<OrganizationFile>)>, DbError> {
        let row: Option<(i64, String, String, String, String, String)> = sqlx::query_as(
            "SELECT id, kind, author, summary, created_at, document FROM revisions WHERE organization_id = ? AND id = ?",
        )
        .bind(org_id)
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        let Some((id, kind, author, summary, created_at, document)) = row else {
            return Ok(None);
        };
        let before: Option<String> = sqlx::query_scalar(
            "SELECT document FROM revisions WHERE organization_id = ? AND id < ? ORDER BY id DESC LIMIT 1",
        )
        .bind(org_id)
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(Some((
            RevisionEntry { id, kind, author, summary, created_at },
            parse(&document)?,
            before.as_deref().map(parse).transpose()?,
        )))
    }

    /// Stamps an entry (`service:slug`, `programme:slug`) as still accurate, now.
    pub async fn verify(&self, org_id: i64, entry: &str, by: &str) -> Result<(), DbError> {
        let now = super::now();
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "INSERT INTO verifications (organization_id, entry, verified_at, verified_by) VALUES (?, ?, ?, ?)
             ON CONFLICT (organization_id, entry) DO UPDATE SET verified_at = excluded.verified_at, verified_by = excluded.verified_by",
        )
        .bind(org_id)
        .bind(entry)
        .bind(&now)
        .bind(by)
        .execute(&mut *tx)
        .await?;
        if let Some(slug) = entry.strip_prefix("service:") {
            sqlx::query(
                "UPDATE services SET last_verified_at = ?, last_verified_by = ? WHERE organization_id = ? AND slug = ?",
            )
            .bind(&now)
            .bind(by)
            .bind(org_id)
            .bind(slug)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Whether another organisation already uses `slug` for a service, programme or event
    /// (slugs are unique across the directory: they are the public URLs).
    pub async fn slug_taken_elsewhere(&self, table: &str, slug: &str, org_id: i64) -> Result<bool, DbError> {
        let sql = match table {
            "services" => "SELECT COUNT(*) FROM services WHERE slug = ? AND organization_id <> ?",
            "programmes" => "SELECT COUNT(*) FROM programmes WHERE slug = ? AND organization_id <> ?",
            "events" => "SELECT COUNT(*) FROM events WHERE slug = ? AND organization_id <> ?",
            "organization" => "SELECT COUNT(*) FROM organizations WHERE slug = ? AND id <> ?",
            _ => return Ok(false),
        };
        let count: i64 = sqlx::query_scalar(sql).bind(slug).bind(org_id).fetch_one(&self.pool).await?;
        Ok(count > 0)
    }

    /// When each entry of an organisation was last stamped: (entry, at, by).
    pub async fn verifications(&self, org_id: i64) -> Result<Vec<(String, String, String)>, DbError> {
        Ok(sqlx::query_as("SELECT entry, verified_at, verified_by FROM verifications WHERE organization_id = ?")
            .bind(org_id)
            .fetch_all(&self.pool)
            .await?)
    }

    /// When the organisation's current published document was first written by its import
    /// or its first publication: an entry never stamped counts from there.
    pub async fn first_revision_at(&self, org_id: i64) -> Result<Option<String>, DbError> {
        Ok(sqlx::query_scalar("SELECT MIN(created_at) FROM revisions WHERE organization_id = ?")
            .bind(org_id)
            .fetch_one(&self.pool)
            .await?)
    }
}
