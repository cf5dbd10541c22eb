//! Keeping the search index in step with the database. A full rebuild streams the services
//! from one ordered pass over the database; afterwards a background task follows the
//! change log, so whatever is written (an import, an admin edit) is searchable within a
//! second, and the index is rebuilt when the day changes (programmes end and schedules
//! expire with the calendar).

use crate::db::{Changes, Database, DbError, IndexDocument};
use crate::search::{SearchError, SearchIndex, Stamp};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::mpsc;

/// How often the database's version is compared with the index's when no change is
/// announced (PostgreSQL announces each one, and the follower wakes at once).
pub const FOLLOW_INTERVAL: Duration = Duration::from_millis(200);
/// How long the change log keeps a change. Every instance applies changes within a second
/// and rebuilds when the day changes, so a day covers any instance that is running; one
/// that was stopped longer rebuilds when it starts.
pub const CHANGE_RETENTION: Duration = Duration::from_secs(26 * 3600);
/// How often an instance prunes the change log.
const PRUNE_INTERVAL: Duration = Duration::from_secs(3600);
/// How many batches of documents a rebuild reads ahead of the indexer.
const READ_AHEAD: usize = 4;

#[derive(Debug, thiserror::Error)]
pub enum IndexerError {
    #[error(transparent)]
    Db(#[from] DbError),
    #[error(transparent)]
    Search(#[from] SearchError),
    #[error("index task: {0}")]
    Task(#[from] tokio::task::JoinError),
}

fn today() -> String {
    crate::period::today().format("%Y-%m-%d").to_string()
}

/// Runs blocking index work off the async threads.
async fn blocking<T: Send + 'static>(
    index: &Arc<SearchIndex>,
    work: impl FnOnce(&SearchIndex) -> Result<T, SearchError> + Send + 'static,
) -> Result<T, IndexerError> {
    let index = index.clone();
    Ok(tokio::task::spawn_blocking(move || work(&index)).await??)
}

/// Rebuilds the whole index from the database; searches see the old contents until the
/// new ones are committed. Returns the number of services indexed.
pub async fn rebuild(db: &Database, index: &Arc<SearchIndex>) -> Result<usize, IndexerError> {
    let _turn = index.begin_update().await;
    rebuild_now(db, index).await
}

/// [`rebuild`], for a caller that holds the update turn. The database streams the
/// services while a blocking thread hands them to the index writer, whose threads analyse
/// them: reading and indexing overlap, and at most [`READ_AHEAD`] batches wait between.
async fn rebuild_now(db: &Database, index: &Arc<SearchIndex>) -> Result<usize, IndexerError> {
    let version = db.data_version().await?;
    blocking(index, |i| i.clear()).await?;
    let (out, mut batches) = mpsc::channel::<Vec<IndexDocument>>(READ_AHEAD);
    let adding = blocking(index, move |i| {
        let mut count = 0;
        while let Some(batch) = batches.blocking_recv() {
            i.add(&batch)?;
            count += batch.len();
        }
        Ok(count)
    });
    // Both run to their end: a failed indexer closes the channel and the reading stops.
    let (read, added) = tokio::join!(db.index_all(out), adding);
    let count = added?;
    read?;
    let stamp = Stamp { data_version: version, day: today() };
    blocking(index, move |i| {
        i.commit_stamp(&stamp)?;
        i.merge_segments()
    })
    .await?;
    index.updates().count_rebuild();
    Ok(count)
}

/// Brings the index up to date: nothing when it is current, the changed services when the
/// change log names them, a rebuild otherwise. Returns whether anything was done.
pub async fn catch_up(db: &Database, index: &Arc<SearchIndex>) -> Result<bool, IndexerError> {
    let _turn = index.begin_update().await;
    let Some(stamp) = index.stamp().filter(|s| s.day == today()) else {
        rebuild_now(db, index).await?;
        return Ok(true);
    };
    let (version, changes) = db.changes_since(stamp.data_version).await?;
    match changes {
        Changes::None => return Ok(false),
        Changes::Everything => {
            rebuild_now(db, index).await?;
            return Ok(true);
        }
        Changes::Services(ids) => {
            let documents = db.index_documents_for(&ids).await?;
            blocking(index, move |i| {
                i.remove(&ids)?;
                i.add(&documents)?;
                i.commit_stamp(&Stamp { data_version: version, day: today() })
            })
            .await?;
            index.updates().count_incremental();
        }
    }
    Ok(true)
}

/// Deletes the changes older than [`CHANGE_RETENTION`] from the shared change log.
pub async fn prune(db: &Database) -> Result<u64, IndexerError> {
    let retention = chrono::Duration::from_std(CHANGE_RETENTION).unwrap_or(chrono::Duration::days(1));
    Ok(db.prune_changes(chrono::Utc::now() - retention).await?)
}

/// Follows the database for as long as the server runs, and prunes the change log now and
/// then.
pub async fn follow(db: Database, index: Arc<SearchIndex>) {
    let mut pruned = std::time::Instant::now();
    loop {
        db.wait_for_change(FOLLOW_INTERVAL).await;
        if pruned.elapsed() >= PRUNE_INTERVAL {
            pruned = std::time::Instant::now();
            if let Err(e) = prune(&db).await {
                tracing::error!("change log pruning failed: {e}");
            }
        }
        let started = std::time::Instant::now();
        match catch_up(&db, &index).await {
            Ok(true) => tracing::info!(ms = started.elapsed().as_millis() as u64, "search index updated"),
            Ok(false) => {}
            Err(e) => tracing::error!("search index update failed: {e}"),
        }
    }
}
