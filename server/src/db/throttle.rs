//! The login throttle's table. An attempt is reserved before any password is hashed, in one
//! transaction whose first statement writes (so SQLite takes its write lock there): parallel
//! attempts queue on that lock, and no more than the free attempts ever get through together.
//! Being in the database, the throttle survives restarts (and later serves every instance).

use super::{Database, DbError};

/// The throttle's rules, in seconds.
#[derive(Clone, Copy, Debug)]
pub struct ThrottleLimits {
    /// Attempts allowed before waiting starts.
    pub free_attempts: i64,
    /// The first wait, doubling with every further attempt…
    pub first_delay: i64,
    /// …up to this.
    pub max_delay: i64,
    /// A key not tried for this long starts again from zero.
    pub forget_after: i64,
    /// The most keys kept: the oldest go first, so the table stays small under any flood.
    pub max_keys: i64,
}

impl ThrottleLimits {
    /// How long a key waits after its `attempts`-th attempt.
    pub fn delay(&self, attempts: i64) -> i64 {
        if attempts < self.free_attempts {
            return 0;
        }
        let doublings = (attempts - self.free_attempts).min(20) as u32;
        self.first_delay.saturating_mul(1 << doublings).min(self.max_delay)
    }
}

/// What reserving an attempt answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reservation {
    /// The attempt may go ahead; it counts as a failure until it is settled as a success.
    Granted,
    /// Every key is not blocked: wait this many seconds (at least one).
    Wait(u64),
}

impl Database {
    /// Reserves one attempt under every key (an account, an address), all or none, at Unix
    /// time `now`.
    pub async fn reserve_attempt(
        &self,
        keys: &[String],
        limits: &ThrottleLimits,
        now: i64,
    ) -> Result<Reservation, DbError> {
        let mut tx = self.pool.begin().await?;
        let mut counts = Vec::with_capacity(keys.len());
        for key in keys {
            // A write first: the transaction holds the write lock from here on.
            sqlx::query("DELETE FROM login_throttle WHERE key = ? AND last_at < ? AND blocked_until <= ?")
                .bind(key)
                .bind(now - limits.forget_after)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            let row: Option<(i64, i64)> =
                sqlx::query_as("SELECT failures, blocked_until FROM login_throttle WHERE key = ?")
                    .bind(key)
                    .fetch_optional(&mut *tx)
                    .await?;
            let (failures, blocked_until) = row.unwrap_or((0, 0));
            if blocked_until > now {
                let wait = keys_wait(&mut tx, keys, now).await?.max(blocked_until - now);
                return Ok(Reservation::Wait(wait.max(1) as u64));
            }
            counts.push(failures + 1);
        }
        for (key, attempts) in keys.iter().zip(counts) {
            sqlx::query(
                "INSERT INTO login_throttle (key, failures, blocked_until, last_at) VALUES (?, ?, ?, ?)
                 ON CONFLICT (key) DO UPDATE SET failures = excluded.failures,
                     blocked_until = excluded.blocked_until, last_at = excluded.last_at",
            )
            .bind(key)
            .bind(attempts)
            .bind(now + limits.delay(attempts))
            .bind(now)
            .execute(&mut *tx)
            .await?;
        }
        cap_keys(&mut tx, limits.max_keys).await?;
        tx.commit().await?;
        Ok(Reservation::Granted)
    }

    /// A reserved attempt succeeded: its account starts again from zero, and the attempt is
    /// given back to the other keys (an address).
    pub async fn settle_success(&self, account: &str, others: &[String]) -> Result<(), DbError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("DELETE FROM login_throttle WHERE key = ?").bind(account).execute(&mut *tx).await?;
        for key in others {
            sqlx::query(
                "UPDATE login_throttle SET failures = MAX(failures - 1, 0), blocked_until = MIN(blocked_until, last_at)
                 WHERE key = ? AND failures > 0",
            )
            .bind(key)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Forgets keys not tried for `limits.forget_after` and no longer blocked, and keeps at
    /// most `limits.max_keys`.
    pub async fn prune_throttle(&self, limits: &ThrottleLimits, now: i64) -> Result<u64, DbError> {
        let mut tx = self.pool.begin().await?;
        let forgotten = sqlx::query("DELETE FROM login_throttle WHERE last_at < ? AND blocked_until <= ?")
            .bind(now - limits.forget_after)
            .bind(now)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        let capped = cap_keys(&mut tx, limits.max_keys).await?;
        tx.commit().await?;
        Ok(forgotten + capped)
    }
}

/// The longest wait of any of `keys` that is blocked.
async fn keys_wait(tx: &mut super::write::Tx<'_>, keys: &[String], now: i64) -> Result<i64, DbError> {
    let mut wait = 0;
    for key in keys {
        let until: Option<i64> = sqlx::query_scalar("SELECT blocked_until FROM login_throttle WHERE key = ?")
            .bind(key)
            .fetch_optional(&mut **tx)
            .await?;
        wait = wait.max(until.unwrap_or(0) - now);
    }
    Ok(wait)
}

/// Deletes the keys beyond `max_keys`, those blocked for longest last.
async fn cap_keys(tx: &mut super::write::Tx<'_>, max_keys: i64) -> Result<u64, DbError> {
    Ok(sqlx::query(
        "DELETE FROM login_throttle WHERE key IN (
             SELECT key FROM login_throttle ORDER BY blocked_until, last_at LIMIT MAX((SELECT COUNT(*) FROM login_throttle) - ?, 0))",
    )
    .bind(max_keys)
    .execute(&mut **tx)
    .await?
    .rows_affected())
}
