//! The database: the only source of truth. Every SQL statement of the server lives in this
//! module (`read` for the pages and API, `write` for imports and publications, `documents`,
//! `accounts` and `report` for the admin area), so a PostgreSQL backend later
//! means changing one place.

mod accounts;
mod documents;
mod index_source;
mod read;
mod report;
mod texts;
mod write;

pub use accounts::{SessionRow, User};
pub use documents::{Author, OrganizationEntry, RevisionEntry};
pub use index_source::{Changes, IndexDocument, ServiceTexts};
pub use report::Count;
pub use write::ImportOutcome;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};
use std::str::FromStr;
use std::time::Duration;

/// Timestamps are RFC 3339 in UTC, which sort as text.
fn now() -> String {
    chrono::Utc::now().to_rfc3339()
}

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("database error: {0}")]
    Sql(#[from] sqlx::Error),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("unsupported database URL {0:?} (only sqlite: is built in)")]
    Unsupported(String),
    #[error("inconsistent data: {0}")]
    Inconsistent(String),
}

/// The directory's repository: typed reads and writes over a connection pool.
#[derive(Clone)]
pub struct Database {
    pool: SqlitePool,
}

impl Database {
    /// Opens (creating if needed) the database at `url`, in WAL mode, and runs the migrations.
    pub async fn open(url: &str) -> Result<Self, DbError> {
        if !url.starts_with("sqlite:") {
            return Err(DbError::Unsupported(url.to_string()));
        }
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5));
        let pool = SqlitePoolOptions::new().max_connections(8).connect_with(options).await?;
        sqlx::migrate!("./migrations").run(&pool).await?;
        Ok(Self { pool })
    }

    /// Bumped by every write; compared with the version the search index was built from.
    pub async fn data_version(&self) -> Result<i64, DbError> {
        Ok(sqlx::query_scalar("SELECT version FROM data_version WHERE id = 1").fetch_one(&self.pool).await?)
    }

    /// Opens the database file of a one-off preview: migrated, empty, one connection.
    pub async fn open_scratch(path: &std::path::Path) -> Result<Self, DbError> {
        let options = SqliteConnectOptions::new().filename(path).create_if_missing(true).foreign_keys(true);
        let pool = SqlitePoolOptions::new().max_connections(1).connect_with(options).await?;
        sqlx::migrate!("./migrations").run(&pool).await?;
        Ok(Self { pool })
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }

    pub async fn count_services(&self) -> Result<i64, DbError> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM services").fetch_one(&self.pool).await?)
    }
}
