//! The PostgreSQL engine, for networks that run several instances behind a load balancer
//! over one database. The statements are those of [`sql`](self::sql), shared with SQLite;
//! this module connects, migrates, and says what PostgreSQL says its own way: writers
//! queue on one advisory lock, and every change is announced with `NOTIFY` so the other
//! instances' search indexes follow at once.

use super::capabilities::Store;
use super::model::PoolUse;
use super::{run_tool, with_suffix, DbError, StartupLock};
use async_trait::async_trait;
use sqlx::postgres::{PgListener, PgPoolOptions};
use sqlx::Connection;
use std::time::Duration;
use tokio::sync::watch;

/// The shared statements, compiled for this engine (`sqlite.rs` compiles
/// them too: one text, checked against both drivers, on purpose).
#[allow(clippy::duplicate_mod)]
#[path = "sql/mod.rs"]
mod sql;

type Db = sqlx::Postgres;
type Pool = sqlx::PgPool;

/// The advisory lock every writing transaction takes first (see [`begin_write`]).
const WRITE_LOCK: i64 = 0x506f_7274_696e_0001;
/// The advisory lock an instance holds while it imports content at start-up.
const STARTUP_LOCK: i64 = 0x506f_7274_696e_0002;
/// The channel the data version's moves are announced on.
const CHANNEL: &str = "portineria_changes";

/// The PostgreSQL database: a connection pool, and a listener that counts announced changes.
pub(super) struct SqlStore {
    pool: Pool,
    url: String,
    changes: watch::Receiver<u64>,
    listener: tokio::task::JoinHandle<()>,
}

/// Starts a writing transaction, queued behind every other writer of every instance on one
/// transaction-scoped advisory lock. Writes are few and short, and this gives PostgreSQL
/// SQLite's guarantees: a version check or a throttle count read inside the transaction
/// holds until it commits, and data versions commit in the order they are numbered (an
/// index following the change log never skips a version committed late).
async fn begin_write(pool: &Pool) -> Result<sqlx::Transaction<'static, Db>, DbError> {
    let mut tx = pool.begin().await?;
    sqlx::query("SELECT pg_advisory_xact_lock($1)").bind(WRITE_LOCK).execute(&mut *tx).await?;
    Ok(tx)
}

/// Announces the change when the transaction commits (PostgreSQL holds notifications until
/// then and drops them on rollback).
async fn announce_change(tx: &mut sqlx::Transaction<'_, Db>) -> Result<(), DbError> {
    sqlx::query("SELECT pg_notify($1, '')").bind(CHANNEL).execute(&mut **tx).await?;
    Ok(())
}

/// The dashboard's one query: each organisation with its stamps as a JSON object, times in
/// RFC 3339; `$1` is NULL (everyone) or a JSON array of organisation ids.
const DASHBOARD: &str = "SELECT o.id, o.slug, COALESCE(t.text, o.slug) AS name, d.draft IS NOT NULL AS has_draft, d.published,
        (SELECT json_object_agg(v.entry, to_char(v.verified_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'))::text
           FROM verifications v WHERE v.organization_id = o.id) AS verified,
        (SELECT MIN(r.created_at) FROM revisions r WHERE r.organization_id = o.id) AS since
 FROM organizations o
 LEFT JOIN translations t ON t.entity = 'organization' AND t.entity_id = o.id AND t.field = 'name' AND t.lang = 'it'
 LEFT JOIN organization_documents d ON d.organization_id = o.id
 WHERE $1::text IS NULL OR o.id IN (SELECT value::bigint FROM json_array_elements_text($1::json))
 ORDER BY t.text, o.slug";

/// Restores a `pg_dump` custom-format backup into the database of `url` (an empty one, or
/// the one it came from: what the backup holds is dropped first), in one transaction.
pub(super) async fn restore(url: &str, file: &std::path::Path) -> Result<(), DbError> {
    let args = ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error", "--dbname"];
    let mut args: Vec<&std::ffi::OsStr> = args.iter().map(std::ffi::OsStr::new).collect();
    args.extend([std::ffi::OsStr::new(url), file.as_os_str()]);
    run_tool("pg_restore", &args).await
}

impl SqlStore {
    /// Connects to the database at `url` and brings its schema up to date (sqlx's migrator
    /// takes its own advisory lock: of two instances starting at once, one migrates and the
    /// other then finds nothing to do), then starts listening for changes.
    pub(super) async fn open(url: &str) -> Result<Self, DbError> {
        let pool =
            PgPoolOptions::new().max_connections(16).acquire_timeout(Duration::from_secs(10)).connect(url).await?;
        sqlx::migrate!("./migrations/postgres").run(&pool).await?;
        let mut listener = PgListener::connect_with(&pool).await?;
        listener.listen(CHANNEL).await?;
        let (announce, changes) = watch::channel(0u64);
        let listener = tokio::spawn(async move {
            loop {
                // After a lost connection the listener reconnects on the next call; the
                // indexer's polling covers what was announced meanwhile.
                match listener.recv().await {
                    Ok(_) => announce.send_modify(|n| *n += 1),
                    Err(e) => {
                        tracing::warn!("listening for changes: {e}");
                        tokio::time::sleep(Duration::from_secs(1)).await;
                    }
                }
            }
        });
        Ok(Self { pool, url: url.to_string(), changes, listener })
    }
}

impl Drop for SqlStore {
    fn drop(&mut self) {
        self.listener.abort();
    }
}

#[async_trait]
impl Store for SqlStore {
    async fn close(&self) {
        self.listener.abort();
        self.pool.close().await;
    }

    /// Commits wait for the write-ahead log on disk (`fsync` on and `synchronous_commit`
    /// not `off`).
    async fn durable_commits(&self) -> Result<bool, DbError> {
        let fsync: String = sqlx::query_scalar("SELECT current_setting('fsync')").fetch_one(&self.pool).await?;
        let commit: String =
            sqlx::query_scalar("SELECT current_setting('synchronous_commit')").fetch_one(&self.pool).await?;
        Ok(fsync == "on" && commit != "off")
    }

    fn pool_use(&self) -> PoolUse {
        PoolUse { open: self.pool.size(), idle: self.pool.num_idle(), max: self.pool.options().get_max_connections() }
    }

    async fn size_bytes(&self) -> Result<i64, DbError> {
        Ok(sqlx::query_scalar("SELECT pg_database_size(current_database())").fetch_one(&self.pool).await?)
    }

    /// A session-level advisory lock on a connection of its own, released when the lock is
    /// dropped (the connection closes, and PostgreSQL frees its locks).
    async fn startup_lock(&self) -> Result<StartupLock, DbError> {
        let mut connection = sqlx::PgConnection::connect(&self.url).await?;
        sqlx::query("SELECT pg_advisory_lock($1)").bind(STARTUP_LOCK).execute(&mut connection).await?;
        Ok(StartupLock::holding(connection))
    }

    /// `pg_dump --format=custom` into a file beside `out`, renamed to `out` once complete:
    /// pg_dump reads one snapshot, so the copy is consistent while others go on writing.
    async fn backup(&self, out: &std::path::Path) -> Result<(), DbError> {
        let partial = with_suffix(out, ".partial");
        let args = [std::ffi::OsStr::new("--format=custom"), std::ffi::OsStr::new("--file"), partial.as_os_str()];
        let mut args = args.to_vec();
        args.extend([std::ffi::OsStr::new("--dbname"), std::ffi::OsStr::new(&self.url)]);
        run_tool("pg_dump", &args).await?;
        tokio::fs::rename(&partial, out).await?;
        Ok(())
    }

    async fn wait_for_change(&self, at_most: Duration) {
        let mut changes = self.changes.clone();
        changes.mark_unchanged();
        let _ = tokio::time::timeout(at_most, changes.changed()).await;
    }
}
