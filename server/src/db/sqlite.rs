//! The SQLite engine, the embedded default: one file in WAL mode, one instance. The
//! statements are those of [`sql`](self::sql), shared with PostgreSQL; this module opens
//! the file and says what SQLite says its own way.

use super::capabilities::Store;
use super::model::PoolUse;
use super::{with_suffix, DbError, StartupLock};
use async_trait::async_trait;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

/// The shared statements, compiled for this engine (`postgres.rs` compiles
/// them too: one text, checked against both drivers, on purpose).
#[allow(clippy::duplicate_mod)]
#[path = "sql/mod.rs"]
mod sql;

type Db = sqlx::Sqlite;
type Pool = sqlx::SqlitePool;

/// The SQLite database: a connection pool over one file (or, for a preview, memory).
pub(super) struct SqlStore {
    pool: Pool,
    /// The database file, `None` in memory.
    file: Option<PathBuf>,
}

/// Starts a writing transaction. `BEGIN IMMEDIATE` takes SQLite's one write lock at once, so
/// a transaction that reads before it writes (a version check, a throttle count) sees what
/// no other writer can change before it commits.
async fn begin_write(pool: &Pool) -> Result<sqlx::Transaction<'static, Db>, DbError> {
    Ok(pool.begin_with("BEGIN IMMEDIATE").await?)
}

/// Nothing to announce: one instance, whose search index follows the change log itself.
async fn announce_change(_tx: &mut sqlx::Transaction<'_, Db>) -> Result<(), DbError> {
    Ok(())
}

/// The dashboard's one query: each organisation with its stamps as a JSON object, times in
/// RFC 3339; `$1` is NULL (everyone) or a JSON array of organisation ids.
const DASHBOARD: &str =
    "SELECT o.id, o.slug, COALESCE(t.text, o.slug) AS name, d.draft IS NOT NULL AS has_draft, d.published,
        (SELECT json_group_object(v.entry, strftime('%Y-%m-%dT%H:%M:%fZ', v.verified_at))
           FROM verifications v WHERE v.organization_id = o.id) AS verified,
        (SELECT MIN(r.created_at) FROM revisions r WHERE r.organization_id = o.id) AS since
 FROM organizations o
 LEFT JOIN translations t ON t.entity = 'organization' AND t.entity_id = o.id AND t.field = 'name' AND t.lang = 'it'
 LEFT JOIN organization_documents d ON d.organization_id = o.id
 WHERE $1 IS NULL OR o.id IN (SELECT value FROM json_each($1))
 ORDER BY t.text, o.slug";

/// Puts the backup `file` in place of the database file of `url`: copied beside it, synced,
/// then renamed over it, with the old write-ahead log removed (it belongs to the old file).
pub(super) async fn restore(url: &str, file: &std::path::Path) -> Result<(), DbError> {
    let options = SqliteConnectOptions::from_str(url)?;
    let target = options.get_filename().to_path_buf();
    let partial = with_suffix(&target, ".restoring");
    tokio::fs::copy(file, &partial).await?;
    tokio::fs::File::open(&partial).await?.sync_all().await?;
    for stale in ["-wal", "-shm"] {
        match tokio::fs::remove_file(with_suffix(&target, stale)).await {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e.into()),
            _ => {}
        }
    }
    tokio::fs::rename(&partial, &target).await?;
    Ok(())
}

impl SqlStore {
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
        let file = Some(options.get_filename().to_path_buf());
        let pool = SqlitePoolOptions::new().max_connections(8).connect_with(options).await?;
        sqlx::migrate!("./migrations/sqlite").run(&pool).await?;
        Ok(Self { pool, file })
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
        sqlx::migrate!("./migrations/sqlite").run(&pool).await?;
        Ok(Self { pool, file: None })
    }
}

#[async_trait]
impl Store for SqlStore {
    async fn close(&self) {
        self.pool.close().await;
    }

    /// `synchronous` is FULL (2) or EXTRA (3) on the connection asked.
    async fn durable_commits(&self) -> Result<bool, DbError> {
        let level: i64 = sqlx::query_scalar("PRAGMA synchronous").fetch_one(&self.pool).await?;
        Ok(level >= 2)
    }

    /// Pages in use times page size, after the WAL is checkpointed.
    fn pool_use(&self) -> PoolUse {
        PoolUse { open: self.pool.size(), idle: self.pool.num_idle(), max: self.pool.options().get_max_connections() }
    }

    async fn size_bytes(&self) -> Result<i64, DbError> {
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(&self.pool).await?;
        let pages: i64 = sqlx::query_scalar("PRAGMA page_count").fetch_one(&self.pool).await?;
        let free: i64 = sqlx::query_scalar("PRAGMA freelist_count").fetch_one(&self.pool).await?;
        let size: i64 = sqlx::query_scalar("PRAGMA page_size").fetch_one(&self.pool).await?;
        Ok((pages - free) * size)
    }

    /// An exclusive lock on a file beside the database (`<file>.startup-lock`), released
    /// when the lock is dropped or the process ends.
    async fn startup_lock(&self) -> Result<StartupLock, DbError> {
        let Some(file) = &self.file else { return Ok(StartupLock::none()) };
        let mut path = file.clone().into_os_string();
        path.push(".startup-lock");
        let lock = tokio::task::spawn_blocking(move || -> std::io::Result<std::fs::File> {
            let lock = std::fs::OpenOptions::new().create(true).truncate(false).write(true).open(path)?;
            lock.lock()?;
            Ok(lock)
        })
        .await
        .map_err(|e| DbError::Inconsistent(format!("start-up lock: {e}")))??;
        Ok(StartupLock::holding(lock))
    }

    /// `VACUUM INTO` a file beside `out`, renamed to `out` once complete: one read
    /// transaction, so the copy is consistent while others go on writing.
    async fn backup(&self, out: &std::path::Path) -> Result<(), DbError> {
        let partial = with_suffix(out, ".partial");
        let _ = tokio::fs::remove_file(&partial).await;
        sqlx::query("VACUUM INTO $1").bind(partial.to_string_lossy().into_owned()).execute(&self.pool).await?;
        tokio::fs::rename(&partial, out).await?;
        Ok(())
    }

    /// One instance: nothing announces changes, so this only waits.
    async fn wait_for_change(&self, at_most: Duration) {
        tokio::time::sleep(at_most).await;
    }
}
