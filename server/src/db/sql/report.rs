//! The unmet-needs report's counts: by day, language and normalised query, nothing about
//! who searched.

use super::{begin_write, SqlStore};
use crate::db::capabilities::SearchLog;
use crate::db::model::{Count, MAX_QUERIES_PER_DAY};
use crate::db::DbError;
use async_trait::async_trait;

#[async_trait]
impl SearchLog for SqlStore {
    async fn count_search(&self, day: &str, lang: &str, query: &str, zero: bool) -> Result<(), DbError> {
        let mut tx = begin_write(&self.pool).await?;
        let counted = sqlx::query(
            "UPDATE search_log SET searches = searches + 1, zero_results = zero_results + $1
             WHERE day = $2 AND lang = $3 AND query = $4",
        )
        .bind(i64::from(zero))
        .bind(day)
        .bind(lang)
        .bind(query)
        .execute(&mut *tx)
        .await?;
        if counted.rows_affected() == 0 {
            let distinct: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM search_log WHERE day = $1 AND lang = $2")
                .bind(day)
                .bind(lang)
                .fetch_one(&mut *tx)
                .await?;
            let query = if distinct < MAX_QUERIES_PER_DAY { query } else { "" };
            sqlx::query(
                "INSERT INTO search_log (day, lang, query, searches, zero_results) VALUES ($1, $2, $3, 1, $4)
                 ON CONFLICT (day, lang, query) DO UPDATE SET searches = search_log.searches + 1,
                     zero_results = search_log.zero_results + excluded.zero_results",
            )
            .bind(day)
            .bind(lang)
            .bind(query)
            .bind(i64::from(zero))
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn forget_searches_before(&self, first_day: &str) -> Result<u64, DbError> {
        Ok(sqlx::query("DELETE FROM search_log WHERE day < $1")
            .bind(first_day)
            .execute(&self.pool)
            .await?
            .rows_affected())
    }

    async fn searches_per_day(&self, since: &str) -> Result<Vec<Count>, DbError> {
        Ok(sqlx::query_as(
            "SELECT day AS key, lang, CAST(SUM(searches) AS BIGINT) AS searches, CAST(SUM(zero_results) AS BIGINT) AS zero_results FROM search_log
             WHERE day >= $1 GROUP BY day, lang ORDER BY day DESC, lang",
        )
        .bind(since)
        .fetch_all(&self.pool)
        .await?)
    }

    async fn top_queries(
        &self,
        lang: &str,
        since: &str,
        min_searches: i64,
        zero_only: bool,
        limit: i64,
    ) -> Result<Vec<Count>, DbError> {
        let order = if zero_only { "SUM(zero_results)" } else { "SUM(searches)" };
        Ok(sqlx::query_as(&format!(
            "SELECT query AS key, lang, CAST(SUM(searches) AS BIGINT) AS searches, CAST(SUM(zero_results) AS BIGINT) AS zero_results FROM search_log
             WHERE lang = $1 AND day >= $2 AND query <> ''
             GROUP BY query, lang HAVING SUM(searches) >= $3 AND ($4 = 0 OR SUM(zero_results) > 0)
             ORDER BY {order} DESC, query LIMIT $5"
        ))
        .bind(lang)
        .bind(since)
        .bind(min_searches)
        .bind(i64::from(zero_only))
        .bind(limit)
        .fetch_all(&self.pool)
        .await?)
    }
}
