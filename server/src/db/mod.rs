//! The database: the only source of truth. Every SQL statement of the server lives in this
//! module (`read` for the pages and API, `write` for imports and publications, `documents`,
//! `accounts` and `report` for the admin area), so a PostgreSQL backend later
//! means changing one place.

mod accounts;
mod documents;
mod index_source;
mod mfa;
mod read;
mod report;
mod texts;
mod throttle;
mod write;

pub use accounts::{LinkPurpose, SessionRow, User};
pub use documents::{AuditLine, Author, DocumentRow, OrganizationEntry, RevisionEntry};
pub use index_source::{Changes, IndexDocument, ServiceTexts};
pub use report::{Count, MAX_QUERIES_PER_DAY};
pub use throttle::{Reservation, ThrottleLimits};
pub use write::ImportOutcome;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};
use std::str::FromStr;
use std::time::Duration;

/// Timestamps are RFC 3339 in UTC, which sort as text.
fn now() -> String {
    chrono::Utc::now().to_rfc3339()
}

/// The longest text an audit line keeps of a value someone sent (an e-mail typed at the
/// login, say): anonymous requests must not grow the database by what they send.
pub const AUDIT_TEXT_CHARS: usize = 254;

/// `text` cut to [`AUDIT_TEXT_CHARS`] characters.
fn bounded(text: &str) -> &str {
    match text.char_indices().nth(AUDIT_TEXT_CHARS) {
        Some((end, _)) => &text[..end],
        None => text,
    }
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
    /// A write would break a uniqueness rule (a slug another organisation published
    /// meanwhile): the caller's mistake or a race, never a server error.
    #[error("already taken: {0}")]
    Duplicate(String),
}

impl DbError {
    /// Turns a unique-constraint violation into [`DbError::Duplicate`].
    fn from_write(e: sqlx::Error) -> Self {
        match &e {
            sqlx::Error::Database(d) if d.is_unique_violation() => DbError::Duplicate(d.message().to_string()),
            _ => DbError::Sql(e),
        }
    }
}

/// The directory's repository: typed reads and writes over a connection pool.
#[derive(Clone)]
pub struct Database {
    pool: SqlitePool,
}

impl Database {
    /// Opens (creating if needed) the database at `url`, in WAL mode, and runs the migrations.
    /// `synchronous=FULL` on every connection: an acknowledged publication survives a power
    /// loss, not only a killed process (WAL with NORMAL may lose the last transactions).
    pub async fn open(url: &str) -> Result<Self, DbError> {
        if !url.starts_with("sqlite:") {
            return Err(DbError::Unsupported(url.to_string()));
        }
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

    /// Bumped by every write; compared with the version the search index was built from.
    pub async fn data_version(&self) -> Result<i64, DbError> {
        Ok(sqlx::query_scalar("SELECT version FROM data_version WHERE id = 1").fetch_one(&self.pool).await?)
    }

    /// Opens a one-off preview's database: in memory (no file to clean up, however the
    /// request ends), migrated, empty, on one connection kept for the pool's life.
    pub async fn open_scratch() -> Result<Self, DbError> {
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

    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// The `synchronous` setting of a pooled connection (2 is FULL), for the durability test.
    pub async fn synchronous_setting(&self) -> Result<i64, DbError> {
        Ok(sqlx::query_scalar("PRAGMA synchronous").fetch_one(&self.pool).await?)
    }

    /// The database's size in bytes (pages in use times page size, after the WAL is
    /// checkpointed): what the storage-growth tests measure.
    pub async fn size_bytes(&self) -> Result<i64, DbError> {
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(&self.pool).await?;
        let pages: i64 = sqlx::query_scalar("PRAGMA page_count").fetch_one(&self.pool).await?;
        let free: i64 = sqlx::query_scalar("PRAGMA freelist_count").fetch_one(&self.pool).await?;
        let size: i64 = sqlx::query_scalar("PRAGMA page_size").fetch_one(&self.pool).await?;
        Ok((pages - free) * size)
    }

    pub async fn count_services(&self) -> Result<i64, DbError> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM services").fetch_one(&self.pool).await?)
    }
}
