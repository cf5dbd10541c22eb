//! Counting people's searches for the unmet-needs report without letting a flood of
//! searches hold the database. Each search is handed to one writer task through a bounded
//! queue, so counting uses at most one database connection whatever the traffic; when the
//! queue is full (thousands of searches a second), the count is left out and the omission
//! counted for `/metrics`. The search itself never waits for its count.

use crate::db::Database;
use portineria_app::lang::Lang;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use tokio::sync::mpsc;

/// How many counts may wait for the writer. At a few milliseconds a count, that is a few
/// seconds of searches arriving faster than the database takes them.
const QUEUE: usize = 1024;

/// One search to count.
struct Counted {
    day: String,
    lang: Lang,
    query: String,
    zero: bool,
}

/// The handle searches are counted through. Cheap to clone.
#[derive(Clone)]
pub struct SearchCounter {
    queue: mpsc::Sender<Counted>,
    left_out: Arc<AtomicU64>,
}

impl SearchCounter {
    /// Starts the writer over `db`, on the current tokio runtime; it stops when the last
    /// handle is dropped.
    pub fn start(db: Database) -> Self {
        let (queue, mut waiting) = mpsc::channel::<Counted>(QUEUE);
        tokio::spawn(async move {
            while let Some(c) = waiting.recv().await {
                if let Err(e) = db.count_search(&c.day, c.lang.code(), &c.query, c.zero).await {
                    tracing::error!("counting a search: {e}");
                }
            }
        });
        Self { queue, left_out: Arc::default() }
    }

    /// Counts a search for `query` (already normalised) in `lang`, today; `zero`: it found
    /// nothing.
    pub fn count(&self, lang: Lang, query: String, zero: bool) {
        let counted = Counted { day: crate::period::today().to_string(), lang, query, zero };
        if self.queue.try_send(counted).is_err() {
            self.left_out.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// How many searches were not counted because the queue was full.
    pub fn left_out(&self) -> u64 {
        self.left_out.load(Ordering::Relaxed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A burst far beyond the queue is taken without waiting: what fits is counted, the
    /// rest is reported as left out, and nothing is counted twice.
    #[tokio::test]
    async fn a_burst_beyond_the_queue_is_partly_counted_and_never_waits() {
        let db = Database::open_scratch().await.expect("a database in memory");
        let counter = SearchCounter::start(db.clone());
        let burst = 5 * QUEUE as u64;
        let started = std::time::Instant::now();
        for n in 0..burst {
            counter.count(Lang::It, format!("casa {}", n % 10), false);
        }
        assert!(started.elapsed() < std::time::Duration::from_secs(1), "counting never waits for the database");
        let left_out = counter.left_out();
        assert!(left_out > 0 && left_out < burst, "{left_out} of {burst} left out");
        drop(counter);
        let mut counted = 0;
        for _ in 0..200 {
            let days = db.searches_per_day(&crate::period::today().to_string()).await.expect("counts");
            counted = days.iter().map(|d| d.searches as u64).sum();
            if counted + left_out == burst {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        assert_eq!(counted + left_out, burst, "every search counted once or reported as left out");
    }
}
