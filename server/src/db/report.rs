//! The unmet-needs report: searches counted by day, language and normalised query, nothing
//! about who searched.

use super::{Database, DbError};

/// One line of the report: a query (or a day) and its counts.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct Count {
    pub key: String,
    pub lang: String,
    pub searches: i64,
    pub zero_results: i64,
}

/// Distinct queries a day keeps per language.
pub const MAX_QUERIES_PER_DAY: i64 = 1000;

impl Database {
    /// Counts one search. A day keeps at most [`MAX_QUERIES_PER_DAY`] distinct queries per
    /// language (anonymous visitors must not grow the database without bound); the searches
    /// beyond are counted together under the empty query, which the report never lists.
    pub async fn count_search(&self, day: &str, lang: &str, query: &str, zero: bool) -> Result<(), DbError> {
        let mut tx = self.pool.begin().await?;
        let counted = sqlx::query(
            "UPDATE search_log SET searches = searches + 1, zero_results = zero_results + ?
             WHERE day = ? AND lang = ? AND query = ?",
        )
        .bind(i64::from(zero))
        .bind(day)
        .bind(lang)
        .bind(query)
        .execute(&mut *tx)
        .await?;
        if counted.rows_affected() == 0 {
            let distinct: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM search_log WHERE day = ? AND lang = ?")
                .bind(day)
                .bind(lang)
                .fetch_one(&mut *tx)
                .await?;
            let query = if distinct < MAX_QUERIES_PER_DAY { query } else { "" };
            sqlx::query(
                "INSERT INTO search_log (day, lang, query, searches, zero_results) VALUES (?, ?, ?, 1, ?)
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

    /// Deletes counts of days before `first_day` (the retention).
    pub async fn forget_searches_before(&self, first_day: &str) -> Result<u64, DbError> {
        Ok(sqlx::query("DELETE FROM search_log WHERE day < ?")
            .bind(first_day)
            .execute(&self.pool)
            .await?
            .rows_affected())
    }

    /// Searches per day and language since `since`, newest day first.
    pub async fn searches_per_day(&self, since: &str) -> Result<Vec<Count>, DbError> {
        Ok(sqlx::query_as(
            "SELECT day AS key, lang, SUM(searches) AS searches, SUM(zero_results) AS zero_results FROM search_log
             WHERE day >= ? GROUP BY day, lang ORDER BY day DESC, lang",
        )
        .bind(since)
        .fetch_all(&self.pool)
        .await?)
    }

    /// The most frequent queries of a language since `since` (only those searched at least
    /// `min_searches` times, so a lone query, which might carry a name, is never shown);
    /// with `zero_only`, those that found nothing.
    pub async fn top_queries(
        &self,
        lang: &str,
        since: &str,
        min_searches: i64,
        zero_only: bool,
        limit: i64,
    ) -> Result<Vec<Count>, DbError> {
        let order = if zero_only { "SUM(zero_results)" } else { "SUM(searches)" };
        Ok(sqlx::query_as(&format!(
            "SELECT query AS key, lang, SUM(searches) AS searches, SUM(zero_results) AS zero_results FROM search_log
             WHERE lang = ? AND day >= ? AND query <> ''
             GROUP BY query, lang HAVING SUM(searches) >= ? AND (? = 0 OR SUM(zero_results) > 0)
             ORDER BY {order} DESC, query LIMIT ?"
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
