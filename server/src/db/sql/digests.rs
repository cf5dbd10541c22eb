//! The daily digests' claims: one row per organisation and day.

use super::SqlStore;
use crate::db::capabilities::DigestLog;
use crate::db::DbError;
use async_trait::async_trait;

#[async_trait]
impl DigestLog for SqlStore {
    async fn claim_digest(&self, org_id: i64, day: &str) -> Result<bool, DbError> {
        let claimed =
            sqlx::query("INSERT INTO digests_sent (organization_id, day) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                .bind(org_id)
                .bind(day)
                .execute(&self.pool)
                .await?
                .rows_affected();
        Ok(claimed == 1)
    }

    async fn release_digest(&self, org_id: i64, day: &str) -> Result<(), DbError> {
        sqlx::query("DELETE FROM digests_sent WHERE organization_id = $1 AND day = $2")
            .bind(org_id)
            .bind(day)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn forget_digests_before(&self, day: &str) -> Result<u64, DbError> {
        Ok(sqlx::query("DELETE FROM digests_sent WHERE day < $1").bind(day).execute(&self.pool).await?.rows_affected())
    }
}
