//! The database: the only source of truth, and the seam between the server and the engine
//! that keeps it.
//!
//! - [`model`]: what is stored and read, in the engine's absence: rows as structs, closed
//!   sets of stored words (roles, revision kinds, audit actions, origins) as enums,
//!   timestamps as `DateTime<Utc>`.
//! - [`capabilities`]: one trait per use of the database ([`DirectoryRead`] for the pages
//!   and API, [`Documents`] for imports and publishing, [`Accounts`], [`Sessions`] with the
//!   login throttle, [`AuditLog`], [`SearchLog`] for the unmet-needs report, [`ChangeLog`]
//!   for the search index), gathered in [`Store`]. Their signatures carry no engine type,
//!   and [`DbError`] hides the driver's errors.
//! - `sql/`: every SQL statement of the server, written once in the SQL both engines speak,
//!   and compiled once per engine: `sqlite` (the embedded default, one file) and `postgres`
//!   (several instances over one server) each include it next to their driver types and
//!   the little they say differently (how a write transaction starts, the dashboard's JSON
//!   aggregation, announcing a change). The row structs of [`model`] derive `sqlx::FromRow`
//!   generically, so both decode into the same structs.
//! - `migrations/sqlite` and `migrations/postgres` (in `server/`): one migration set per
//!   engine, file for file, which a test checks give the same schema.
//!
//! [`Database`] is the handle the server passes around: a shared `dyn Store`, opened from
//! the database URL, whose scheme picks the engine.

pub mod capabilities;
pub mod model;
mod postgres;
mod sqlite;

pub use capabilities::{
    Accounts, AuditLog, ChangeLog, DirectoryRead, Documents, FeedbackLog, SearchLog, Sessions, Store,
};
pub use model::*;

use std::sync::Arc;

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
    /// The engine failed (connection, statement, migration): a server error.
    #[error(transparent)]
    Backend(#[from] BackendError),
    #[error("unsupported database URL {0:?} (use sqlite: or postgres:)")]
    Unsupported(String),
    /// A file beside the database (start-up lock, backup) could not be used.
    #[error("file: {0}")]
    File(#[from] std::io::Error),
    #[error("inconsistent data: {0}")]
    Inconsistent(String),
    /// A write would break a uniqueness rule (a slug another organisation published
    /// meanwhile): the caller's mistake or a race, never a server error.
    #[error("already taken: {0}")]
    Duplicate(String),
}

/// The driver's error, kept for its message: callers only report it, and only this module
/// (the backends) looks inside.
#[derive(Debug, thiserror::Error)]
#[error(transparent)]
pub struct BackendError(Driver);

/// What the driver said, privately.
#[derive(Debug, thiserror::Error)]
enum Driver {
    #[error("database error: {0}")]
    Sql(sqlx::Error),
    #[error("migration failed: {0}")]
    Migrate(sqlx::migrate::MigrateError),
}

impl From<sqlx::Error> for DbError {
    fn from(e: sqlx::Error) -> Self {
        DbError::Backend(BackendError(Driver::Sql(e)))
    }
}

impl From<sqlx::migrate::MigrateError> for DbError {
    fn from(e: sqlx::migrate::MigrateError) -> Self {
        DbError::Backend(BackendError(Driver::Migrate(e)))
    }
}

impl From<UnknownWord> for DbError {
    fn from(e: UnknownWord) -> Self {
        DbError::Inconsistent(e.to_string())
    }
}

impl DbError {
    /// Turns a unique-constraint violation into [`DbError::Duplicate`].
    fn from_write(e: DbError) -> Self {
        match e {
            DbError::Backend(BackendError(Driver::Sql(sqlx::Error::Database(d)))) if d.is_unique_violation() => {
                DbError::Duplicate(d.message().to_string())
            }
            other => other,
        }
    }
}

/// The directory's repository: every capability of one backend, shared by the whole
/// server (cloning shares the connections). Its methods are those of the
/// [`capabilities`] traits, reached through `Deref`.
#[derive(Clone)]
pub struct Database(Arc<dyn Store>);

impl std::ops::Deref for Database {
    type Target = dyn Store;

    fn deref(&self) -> &Self::Target {
        &*self.0
    }
}

impl Database {
    /// Opens (creating if needed) the database at `url` and brings its schema up to date;
    /// the URL's scheme picks the backend.
    pub async fn open(url: &str) -> Result<Self, DbError> {
        if url.starts_with("sqlite:") {
            return Ok(Self(Arc::new(sqlite::SqlStore::open(url).await?)));
        }
        if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            return Ok(Self(Arc::new(postgres::SqlStore::open(url).await?)));
        }
        Err(DbError::Unsupported(url.to_string()))
    }

    /// Opens a one-off preview's database: in memory (no file to clean up, however the
    /// request ends), migrated, empty.
    pub async fn open_scratch() -> Result<Self, DbError> {
        Ok(Self(Arc::new(sqlite::SqlStore::open_scratch().await?)))
    }
}

/// Replaces the database at `url` with the backup `file` (made by [`Store::backup`] of the
/// same engine), with no server running on it. The caller then forgets the sign-ins the
/// backup held ([`Sessions::forget_sign_ins`]) and rebuilds the search index.
pub async fn restore(url: &str, file: &std::path::Path) -> Result<(), DbError> {
    if !file.is_file() {
        return Err(DbError::File(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            format!("no backup at {}", file.display()),
        )));
    }
    if url.starts_with("sqlite:") {
        return sqlite::restore(url, file).await;
    }
    if url.starts_with("postgres:") || url.starts_with("postgresql:") {
        return postgres::restore(url, file).await;
    }
    Err(DbError::Unsupported(url.to_string()))
}

/// Runs an external tool of the engine (`pg_dump`, `pg_restore`), its error output becoming
/// the error.
async fn run_tool(program: &str, args: &[&std::ffi::OsStr]) -> Result<(), DbError> {
    let output = tokio::process::Command::new(program).args(args).output().await?;
    if output.status.success() {
        return Ok(());
    }
    Err(DbError::File(std::io::Error::other(format!(
        "{program} failed: {}",
        String::from_utf8_lossy(&output.stderr).trim()
    ))))
}

/// `path` with `suffix` added to its name (`x.db` → `x.db.partial`).
fn with_suffix(path: &std::path::Path, suffix: &str) -> std::path::PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    name.into()
}

/// Held by the one instance that imports content at start-up; the others wait for it (see
/// [`Store::startup_lock`]). Dropping it lets the next one in.
pub struct StartupLock {
    _held: Option<Box<dyn Send + Sync>>,
}

impl StartupLock {
    /// A lock whose release is dropping `held` (a locked file, a connection).
    fn holding(held: impl Send + Sync + 'static) -> Self {
        Self { _held: Some(Box::new(held)) }
    }

    /// Nothing to hold: a database no other process can open (in memory).
    fn none() -> Self {
        Self { _held: None }
    }
}
