//! Being logged in: sessions, login challenges, and the login throttle's table. An attempt
//! is reserved before any password is hashed, in one transaction whose first statement
//! writes (so SQLite takes its write lock there): parallel attempts queue on that lock, and
//! no more than the free attempts ever get through together.

use super::accounts::USER_COLUMNS;
use super::{begin_write, now, SqlStore, Tx};
use crate::db::capabilities::Sessions;
use crate::db::model::{Reservation, SessionRow, ThrottleLimits};
use crate::db::DbError;
use async_trait::async_trait;
use chrono::{DateTime, Utc};

#[async_trait]
impl Sessions for SqlStore {
    async fn create_session(&self, token_hash: &str, user_id: i64, csrf_token: &str) -> Result<(), DbError> {
        let now = now();
        sqlx::query(
            "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(token_hash)
        .bind(user_id)
        .bind(csrf_token)
        .bind(now)
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn session(&self, token_hash: &str) -> Result<Option<SessionRow>, DbError> {
        Ok(sqlx::query_as(&format!(
            "SELECT {USER_COLUMNS}, s.csrf_token, s.created_at, s.last_seen_at
             FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1"
        ))
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await?)
    }

    async fn touch_session(&self, token_hash: &str) -> Result<(), DbError> {
        sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2")
            .bind(now())
            .bind(token_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn delete_session(&self, token_hash: &str) -> Result<(), DbError> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(token_hash).execute(&self.pool).await?;
        Ok(())
    }

    async fn delete_user_sessions(&self, user_id: i64) -> Result<u64, DbError> {
        Ok(sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(user_id)
            .execute(&self.pool)
            .await?
            .rows_affected())
    }

    async fn purge_sessions(&self, idle_before: DateTime<Utc>, started_before: DateTime<Utc>) -> Result<(), DbError> {
        sqlx::query("DELETE FROM sessions WHERE last_seen_at < $1 OR created_at < $2")
            .bind(idle_before)
            .bind(started_before)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn create_challenge(&self, token_hash: &str, user_id: i64, expires_at: DateTime<Utc>) -> Result<(), DbError> {
        sqlx::query("INSERT INTO login_challenges (token_hash, user_id, expires_at) VALUES ($1, $2, $3)")
            .bind(token_hash)
            .bind(user_id)
            .bind(expires_at)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn challenge(&self, token_hash: &str) -> Result<Option<i64>, DbError> {
        Ok(sqlx::query_scalar("SELECT user_id FROM login_challenges WHERE token_hash = $1 AND expires_at > $2")
            .bind(token_hash)
            .bind(now())
            .fetch_optional(&self.pool)
            .await?)
    }

    async fn end_challenge(&self, token_hash: &str) -> Result<bool, DbError> {
        let deleted = sqlx::query("DELETE FROM login_challenges WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&self.pool)
            .await?;
        Ok(deleted.rows_affected() == 1)
    }

    async fn forget_sign_ins(&self) -> Result<u64, DbError> {
        let mut tx = begin_write(&self.pool).await?;
        let mut forgotten = 0;
        for table in ["sessions", "login_challenges", "invitations", "login_throttle"] {
            forgotten += sqlx::query(&format!("DELETE FROM {table}")).execute(&mut *tx).await?.rows_affected();
        }
        tx.commit().await?;
        Ok(forgotten)
    }

    async fn purge_challenges(&self) -> Result<(), DbError> {
        sqlx::query("DELETE FROM login_challenges WHERE expires_at < $1").bind(now()).execute(&self.pool).await?;
        Ok(())
    }

    /// Reserves one attempt under every key (an account, an address), all or none, at Unix
    async fn reserve_attempt(
        &self,
        keys: &[String],
        limits: &ThrottleLimits,
        now: i64,
    ) -> Result<Reservation, DbError> {
        let mut tx = begin_write(&self.pool).await?;
        let mut counts = Vec::with_capacity(keys.len());
        for key in keys {
            // A write first: the transaction holds the write lock from here on.
            sqlx::query("DELETE FROM login_throttle WHERE key = $1 AND last_at < $2 AND blocked_until <= $3")
                .bind(key)
                .bind(now - limits.forget_after)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            let row: Option<(i64, i64)> =
                sqlx::query_as("SELECT failures, blocked_until FROM login_throttle WHERE key = $1")
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
                "INSERT INTO login_throttle (key, failures, blocked_until, last_at) VALUES ($1, $2, $3, $4)
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

    async fn settle_success(&self, account: &str, others: &[String]) -> Result<(), DbError> {
        let mut tx = begin_write(&self.pool).await?;
        sqlx::query("DELETE FROM login_throttle WHERE key = $1").bind(account).execute(&mut *tx).await?;
        for key in others {
            sqlx::query(
                "UPDATE login_throttle SET failures = failures - 1,
                     blocked_until = CASE WHEN blocked_until < last_at THEN blocked_until ELSE last_at END
                 WHERE key = $1 AND failures > 0",
            )
            .bind(key)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn prune_throttle(&self, limits: &ThrottleLimits, now: i64) -> Result<u64, DbError> {
        let mut tx = begin_write(&self.pool).await?;
        let forgotten = sqlx::query("DELETE FROM login_throttle WHERE last_at < $1 AND blocked_until <= $2")
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
async fn keys_wait(tx: &mut Tx<'_>, keys: &[String], now: i64) -> Result<i64, DbError> {
    let mut wait = 0;
    for key in keys {
        let until: Option<i64> = sqlx::query_scalar("SELECT blocked_until FROM login_throttle WHERE key = $1")
            .bind(key)
            .fetch_optional(&mut **tx)
            .await?;
        wait = wait.max(until.unwrap_or(0) - now);
    }
    Ok(wait)
}

/// Deletes the keys beyond `max_keys`, those blocked for longest last.
async fn cap_keys(tx: &mut Tx<'_>, max_keys: i64) -> Result<u64, DbError> {
    let keys: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM login_throttle").fetch_one(&mut **tx).await?;
    if keys <= max_keys {
        return Ok(0);
    }
    Ok(sqlx::query(
        "DELETE FROM login_throttle WHERE key IN (
             SELECT key FROM login_throttle ORDER BY blocked_until, last_at LIMIT $1)",
    )
    .bind(keys - max_keys)
    .execute(&mut **tx)
    .await?
    .rows_affected())
}
