//! The audit log: lines written inside the transaction of the change they record
//! ([`insert_audit`]), the others, reading it back, and its retention.

use super::{begin_write, now, SqlStore, Tx};
use crate::db::capabilities::AuditLog;
use crate::db::model::{AuditAction, AuditEntry, AuditLine, Author};
use crate::db::{bounded, DbError};
use async_trait::async_trait;
use chrono::{DateTime, Utc};

/// Writes `line` for `author` inside `tx`.
pub(super) async fn insert_audit(tx: &mut Tx<'_>, author: Author<'_>, line: AuditLine<'_>) -> Result<(), DbError> {
    sqlx::query("INSERT INTO audit_log (at, actor_id, actor, action, target, detail) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(now())
        .bind(author.0)
        .bind(bounded(author.1))
        .bind(line.action.as_str())
        .bind(bounded(line.target))
        .bind(bounded(line.detail))
        .execute(&mut **tx)
        .await?;
    Ok(())
}

#[async_trait]
impl AuditLog for SqlStore {
    async fn audit(&self, author: Author<'_>, action: AuditAction, target: &str, detail: &str) -> Result<(), DbError> {
        let mut tx = begin_write(&self.pool).await?;
        insert_audit(&mut tx, author, AuditLine { action, target, detail }).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn audit_log(&self, limit: i64, offset: i64) -> Result<Vec<AuditEntry>, DbError> {
        Ok(sqlx::query_as(
            "SELECT at, actor, action, target, detail FROM audit_log ORDER BY id DESC LIMIT $1 OFFSET $2",
        )
        .bind(limit)
        .bind(offset)
        .fetch_all(&self.pool)
        .await?)
    }

    async fn prune_audit(&self, before: DateTime<Utc>, max_lines: i64) -> Result<u64, DbError> {
        let old = sqlx::query("DELETE FROM audit_log WHERE at < $1").bind(before).execute(&self.pool).await?;
        let over = sqlx::query("DELETE FROM audit_log WHERE id <= (SELECT MAX(id) FROM audit_log) - $1")
            .bind(max_lines)
            .execute(&self.pool)
            .await?;
        Ok(old.rows_affected() + over.rows_affected())
    }
}
