//! The SQLite backend: every SQL statement of the server, one file per capability trait
//! (`read`, `documents` with its helpers in `write`, `accounts`, `sessions`, `audit`,
//! `report` for the search log, `index_source` for the change log). Timestamps are stored as RFC 3339 text in UTC, which sorts as text.

mod accounts;
mod audit;
mod documents;
mod index_source;
mod read;
mod report;
mod sessions;
mod texts;
mod write;

use super::capabilities::Store;
use super::DbError;
use async_trait::async_trait;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};
use std::str::FromStr;
use std::time::Duration;

/// A transaction on the pool, which the helpers that write inside one take.
type Tx<'a> = sqlx::Transaction<'a, sqlx::Sqlite>;

/// A timestamp as stored: RFC 3339 in UTC.
fn stamp(at: chrono::DateTime<chrono::Utc>) -> String {
    at.to_rfc3339()
}

/// Now, as stored.
fn now() -> String {
    stamp(chrono::Utc::now())
}

/// The SQLite database: a connection pool over one file (or, for a preview, memory).
pub(super) struct SqliteStore {
    pool: SqlitePool,
}

impl SqliteStore {
    /// Opens (creating if needed) the database at `url`, in WAL mode, and runs the migrations.
    /// `synchronous=FULL` on every connection: an acknowledged publication survives a power
    /// loss, not only a killed process (WAL with NORMAL may lose the last transactions).
    pub(super) async fn open(url: &str) -> Result<Self, DbError> {
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5));
        let pool = SqlitePoolOptions::new().max_connections(8).connect_with(options).await?;
        sqlx::migrate!("./migrations").run(&pool).await?;
        Ok(Self { pool })
    }

    /// An in-memory database, migrated, empty, on one connection kept for the pool's life
    /// (a second connection would see another, empty database).
    pub(super) async fn open_scratch() -> Result<Self, DbError> {
        let options = SqliteConnectOptions::from_str("sqlite::memory:")?.foreign_keys(true);
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            .min_connections(1)
            .idle_timeout(None)
            .max_lifetime(None)
            .connect_with(options)
            .await?;
        sqlx::migrate!("./migrations").run(&pool).await?;
        Ok(Self { pool })
    }
}

#[async_trait]
impl Store for SqliteStore {
    async fn close(&self) {
        self.pool.close().await;
    }

    async fn synchronous_setting(&self) -> Result<i64, DbError> {
        Ok(sqlx::query_scalar("PRAGMA synchronous").fetch_one(&self.pool).await?)
    }

    /// Pages in use times page size, after the WAL is checkpointed.
    async fn size_bytes(&self) -> Result<i64, DbError> {
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(&self.pool).await?;
        let pages: i64 = sqlx::query_scalar("PRAGMA page_count").fetch_one(&self.pool).await?;
        let free: i64 = sqlx::query_scalar("PRAGMA freelist_count").fetch_one(&self.pool).await?;
        let size: i64 = sqlx::query_scalar("PRAGMA page_size").fetch_one(&self.pool).await?;
        Ok((pages - free) * size)
    }
}
