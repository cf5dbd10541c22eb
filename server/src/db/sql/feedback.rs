//! Feedback from the pages: one row per vote or report, nothing about who sent it.

use super::audit::insert_audit;
use super::{begin_write, now, SqlStore};
use crate::db::capabilities::FeedbackLog;
use crate::db::model::{
    AuditAction, AuditLine, Author, FeedbackCount, FeedbackReport, NewFeedback, Recorded, MAX_FEEDBACK_PER_DAY,
};
use crate::db::DbError;
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use portineria_app::feedback::FeedbackKind;

/// The stored words of the problem kinds, as an SQL list.
fn problem_words() -> String {
    FeedbackKind::PROBLEMS.iter().map(|k| format!("'{}'", k.as_str())).collect::<Vec<_>>().join(", ")
}

#[async_trait]
impl FeedbackLog for SqlStore {
    async fn record_feedback(&self, report: NewFeedback<'_>, day_start: DateTime<Utc>) -> Result<Recorded, DbError> {
        let mut tx = begin_write(&self.pool).await?;
        let organization: Option<i64> = sqlx::query_scalar("SELECT organization_id FROM services WHERE slug = $1")
            .bind(report.service)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(organization) = organization else {
            return Ok(Recorded::UnknownService);
        };
        let today: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM feedback WHERE created_at >= $1")
            .bind(day_start)
            .fetch_one(&mut *tx)
            .await?;
        if today >= MAX_FEEDBACK_PER_DAY {
            return Ok(Recorded::Full);
        }
        let stored = sqlx::query(
            "INSERT INTO feedback (organization_id, service, kind, lang, note, visit, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (visit) DO NOTHING",
        )
        .bind(organization)
        .bind(report.service)
        .bind(report.kind.as_str())
        .bind(report.lang.code())
        .bind(report.note)
        .bind(report.visit)
        .bind(now())
        .execute(&mut *tx)
        .await?
        .rows_affected();
        tx.commit().await?;
        Ok(if stored == 1 { Recorded::Saved } else { Recorded::Already })
    }

    async fn open_feedback(&self) -> Result<Vec<FeedbackReport>, DbError> {
        Ok(sqlx::query_as(&format!(
            "SELECT id, organization_id, service, kind, lang, note, created_at FROM feedback
             WHERE handled_at IS NULL AND kind IN ({}) ORDER BY created_at DESC, id DESC",
            problem_words()
        ))
        .fetch_all(&self.pool)
        .await?)
    }

    async fn feedback_counts(&self, since: DateTime<Utc>) -> Result<Vec<FeedbackCount>, DbError> {
        Ok(sqlx::query_as(&format!(
            "SELECT organization_id, service, kind, COUNT(*) AS count FROM feedback
             WHERE (kind IN ({}) AND handled_at IS NULL) OR (kind IN ('useful', 'not-useful') AND created_at >= $1)
             GROUP BY organization_id, service, kind ORDER BY service, kind",
            problem_words()
        ))
        .bind(since)
        .fetch_all(&self.pool)
        .await?)
    }

    async fn feedback_organization(&self, id: i64) -> Result<Option<i64>, DbError> {
        Ok(sqlx::query_scalar("SELECT organization_id FROM feedback WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?)
    }

    async fn handle_feedback(&self, id: i64, author: Author<'_>) -> Result<bool, DbError> {
        let mut tx = begin_write(&self.pool).await?;
        let handled: Option<(String, String)> = sqlx::query_as(
            "UPDATE feedback SET handled_at = $1, handled_by = $2 WHERE id = $3 AND handled_at IS NULL
             RETURNING service, kind",
        )
        .bind(now())
        .bind(author.1)
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((service, kind)) = handled else {
            return Ok(false);
        };
        let line = AuditLine { action: AuditAction::FeedbackHandled, target: &service, detail: &kind };
        insert_audit(&mut tx, author, line).await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn forget_feedback_before(&self, before: DateTime<Utc>) -> Result<u64, DbError> {
        let mut tx = begin_write(&self.pool).await?;
        let forgotten = sqlx::query(&format!(
            "DELETE FROM feedback WHERE created_at < $1 AND (handled_at IS NOT NULL OR kind NOT IN ({}))",
            problem_words()
        ))
        .bind(before)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        tx.commit().await?;
        Ok(forgotten)
    }
}
