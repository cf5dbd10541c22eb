//! The second factor: TOTP secrets, the last time step each account used (a code is
//! accepted once), hashed recovery codes, and the short-lived challenge between a right
//! password and a right code.

use super::documents::{insert_audit, AuditLine, Author};
use super::{Database, DbError};

impl Database {
    /// The secret shown during enrolment, kept until the first code confirms it.
    pub async fn set_totp_pending(&self, user_id: i64, secret: &str) -> Result<(), DbError> {
        sqlx::query("UPDATE users SET totp_pending = ? WHERE id = ?")
            .bind(secret)
            .bind(user_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// (confirmed secret, secret being enrolled, last step used).
    pub async fn totp(&self, user_id: i64) -> Result<(Option<String>, Option<String>, Option<i64>), DbError> {
        Ok(sqlx::query_as("SELECT totp_secret, totp_pending, totp_last_step FROM users WHERE id = ?")
            .bind(user_id)
            .fetch_optional(&self.pool)
            .await?
            .unwrap_or((None, None, None)))
    }

    /// Confirms the enrolment: the pending secret becomes the account's, with `step` used
    /// and the recovery codes' hashes, if the pending secret is still `secret`.
    pub async fn enable_totp(
        &self,
        user_id: i64,
        (secret, step): (&str, i64),
        code_hashes: &[String],
        (author, line): (Author<'_>, AuditLine<'_>),
    ) -> Result<bool, DbError> {
        let mut tx = self.pool.begin().await?;
        let updated = sqlx::query(
            "UPDATE users SET totp_secret = totp_pending, totp_pending = NULL, totp_last_step = ?
             WHERE id = ? AND totp_pending = ?",
        )
        .bind(step)
        .bind(user_id)
        .bind(secret)
        .execute(&mut *tx)
        .await?;
        if updated.rows_affected() != 1 {
            return Ok(false);
        }
        sqlx::query("DELETE FROM recovery_codes WHERE user_id = ?").bind(user_id).execute(&mut *tx).await?;
        for hash in code_hashes {
            sqlx::query("INSERT INTO recovery_codes (user_id, code_hash) VALUES (?, ?)")
                .bind(user_id)
                .bind(hash)
                .execute(&mut *tx)
                .await?;
        }
        insert_audit(&mut tx, author, line).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Spends time step `step` of the account: `false` when it (or a later one) was already
    /// used, so a code is accepted once even by two parallel requests.
    pub async fn use_totp_step(&self, user_id: i64, step: i64) -> Result<bool, DbError> {
        let updated = sqlx::query(
            "UPDATE users SET totp_last_step = ? WHERE id = ? AND totp_secret IS NOT NULL
             AND (totp_last_step IS NULL OR totp_last_step < ?)",
        )
        .bind(step)
        .bind(user_id)
        .bind(step)
        .execute(&self.pool)
        .await?;
        Ok(updated.rows_affected() == 1)
    }

    /// Spends a recovery code (by hash): `false` when the account has no such code.
    pub async fn use_recovery_code(&self, user_id: i64, code_hash: &str) -> Result<bool, DbError> {
        let deleted = sqlx::query("DELETE FROM recovery_codes WHERE user_id = ? AND code_hash = ?")
            .bind(user_id)
            .bind(code_hash)
            .execute(&self.pool)
            .await?;
        Ok(deleted.rows_affected() == 1)
    }

    pub async fn recovery_codes_left(&self, user_id: i64) -> Result<i64, DbError> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM recovery_codes WHERE user_id = ?")
            .bind(user_id)
            .fetch_one(&self.pool)
            .await?)
    }

    /// Removes the account's second factor (lost phone): it enrols again at its next login
    /// where one is required.
    pub async fn reset_mfa(&self, user_id: i64, (author, line): (Author<'_>, AuditLine<'_>)) -> Result<(), DbError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("UPDATE users SET totp_secret = NULL, totp_pending = NULL, totp_last_step = NULL WHERE id = ?")
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM recovery_codes WHERE user_id = ?").bind(user_id).execute(&mut *tx).await?;
        insert_audit(&mut tx, author, line).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn create_challenge(&self, token_hash: &str, user_id: i64, expires_at: &str) -> Result<(), DbError> {
        sqlx::query("INSERT INTO login_challenges (token_hash, user_id, expires_at) VALUES (?, ?, ?)")
            .bind(token_hash)
            .bind(user_id)
            .bind(expires_at)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The account a login challenge is for, while it has not expired.
    pub async fn challenge(&self, token_hash: &str) -> Result<Option<i64>, DbError> {
        Ok(sqlx::query_scalar("SELECT user_id FROM login_challenges WHERE token_hash = ? AND expires_at > ?")
            .bind(token_hash)
            .bind(super::now())
            .fetch_optional(&self.pool)
            .await?)
    }

    /// Spends a challenge: `false` when it was already spent (two parallel right codes make
    /// one session).
    pub async fn end_challenge(&self, token_hash: &str) -> Result<bool, DbError> {
        let deleted = sqlx::query("DELETE FROM login_challenges WHERE token_hash = ?")
            .bind(token_hash)
            .execute(&self.pool)
            .await?;
        Ok(deleted.rows_affected() == 1)
    }
}
