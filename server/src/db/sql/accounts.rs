//! Accounts, memberships, one-time links and the second factor (TOTP secrets, the last
//! time step each account used, so a code is accepted once, and hashed recovery codes).
//! Tokens are stored only as SHA-256 hashes; the caller hashes them.

use super::audit::insert_audit;
use super::{begin_write, now, SqlStore};
use crate::db::capabilities::Accounts;
use crate::db::model::{AuditLine, Author, LinkPurpose, Role, User};
use crate::db::DbError;
use async_trait::async_trait;
use chrono::{DateTime, Utc};

/// The columns of [`User`], for `SELECT {USER_COLUMNS} FROM users u`.
pub(super) const USER_COLUMNS: &str = "u.id, u.email, u.role, u.lang, u.active,
    u.password_hash IS NOT NULL AS has_password, u.totp_secret IS NOT NULL AS has_totp";

/// An account with its password hash, as the login reads it.
#[derive(sqlx::FromRow)]
struct Credentials {
    #[sqlx(flatten)]
    user: User,
    password_hash: Option<String>,
}

#[async_trait]
impl Accounts for SqlStore {
    async fn create_user(&self, email: &str, role: Role, password_hash: Option<&str>) -> Result<i64, DbError> {
        Ok(sqlx::query_scalar(
            "INSERT INTO users (email, role, password_hash, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(email)
        .bind(role.as_str())
        .bind(password_hash)
        .bind(now())
        .fetch_one(&self.pool)
        .await?)
    }

    async fn user_by_email(&self, email: &str) -> Result<Option<(User, Option<String>)>, DbError> {
        let row: Option<Credentials> =
            sqlx::query_as(&format!("SELECT {USER_COLUMNS}, u.password_hash FROM users u WHERE u.email = $1"))
                .bind(email)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.map(|row| (row.user, row.password_hash)))
    }

    async fn password_hash(&self, user_id: i64) -> Result<Option<String>, DbError> {
        Ok(sqlx::query_scalar("SELECT password_hash FROM users WHERE id = $1")
            .bind(user_id)
            .fetch_optional(&self.pool)
            .await?
            .flatten())
    }

    async fn user_by_id(&self, id: i64) -> Result<Option<User>, DbError> {
        Ok(sqlx::query_as(&format!("SELECT {USER_COLUMNS} FROM users u WHERE u.id = $1"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?)
    }

    async fn users(&self) -> Result<Vec<User>, DbError> {
        Ok(sqlx::query_as(&format!("SELECT {USER_COLUMNS} FROM users u ORDER BY u.email"))
            .fetch_all(&self.pool)
            .await?)
    }

    async fn set_password(
        &self,
        user_id: i64,
        hash: &str,
        keep: Option<&str>,
        (author, line): (Author<'_>, AuditLine<'_>),
    ) -> Result<(), DbError> {
        let mut tx = begin_write(&self.pool).await?;
        sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
            .bind(hash)
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
            .bind(user_id)
            .bind(keep.unwrap_or(""))
            .execute(&mut *tx)
            .await?;
        insert_audit(&mut tx, author, line).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn set_user_lang(&self, user_id: i64, lang: &str) -> Result<(), DbError> {
        sqlx::query("UPDATE users SET lang = $1 WHERE id = $2").bind(lang).bind(user_id).execute(&self.pool).await?;
        Ok(())
    }

    async fn set_user_access(&self, user_id: i64, role: Role, active: bool) -> Result<(), DbError> {
        let mut tx = begin_write(&self.pool).await?;
        sqlx::query("UPDATE users SET role = $1, active = $2 WHERE id = $3")
            .bind(role.as_str())
            .bind(active)
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        if !active {
            sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn memberships(&self, user_id: i64) -> Result<Vec<i64>, DbError> {
        Ok(sqlx::query_scalar("SELECT organization_id FROM memberships WHERE user_id = $1 ORDER BY organization_id")
            .bind(user_id)
            .fetch_all(&self.pool)
            .await?)
    }

    async fn editors_of(&self, org_id: i64) -> Result<Vec<User>, DbError> {
        Ok(sqlx::query_as(&format!(
            "SELECT {USER_COLUMNS} FROM users u JOIN memberships m ON m.user_id = u.id
             WHERE m.organization_id = $1 AND u.active = TRUE AND u.password_hash IS NOT NULL ORDER BY u.email"
        ))
        .bind(org_id)
        .fetch_all(&self.pool)
        .await?)
    }

    async fn set_membership(&self, user_id: i64, org_id: i64, member: bool) -> Result<(), DbError> {
        let sql = if member {
            "INSERT INTO memberships (user_id, organization_id) VALUES ($1, $2) ON CONFLICT DO NOTHING"
        } else {
            "DELETE FROM memberships WHERE user_id = $1 AND organization_id = $2"
        };
        sqlx::query(sql).bind(user_id).bind(org_id).execute(&self.pool).await?;
        Ok(())
    }

    async fn create_invitation(
        &self,
        user_id: i64,
        token_hash: &str,
        expires_at: DateTime<Utc>,
        purpose: LinkPurpose,
    ) -> Result<(), DbError> {
        let mut tx = begin_write(&self.pool).await?;
        sqlx::query("DELETE FROM invitations WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
        sqlx::query("INSERT INTO invitations (token_hash, user_id, expires_at, purpose) VALUES ($1, $2, $3, $4)")
            .bind(token_hash)
            .bind(user_id)
            .bind(expires_at)
            .bind(purpose.as_str())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn invitation(&self, token_hash: &str) -> Result<Option<(i64, LinkPurpose)>, DbError> {
        let row: Option<(i64, String)> =
            sqlx::query_as("SELECT user_id, purpose FROM invitations WHERE token_hash = $1 AND expires_at > $2")
                .bind(token_hash)
                .bind(now())
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.map(|(id, purpose)| Ok::<_, DbError>((id, purpose.parse()?))).transpose()?)
    }

    async fn accept_invitation(&self, token_hash: &str, password_hash: &str) -> Result<Option<i64>, DbError> {
        let mut tx = begin_write(&self.pool).await?;
        let user_id: Option<i64> =
            sqlx::query_scalar("DELETE FROM invitations WHERE token_hash = $1 AND expires_at > $2 RETURNING user_id")
                .bind(token_hash)
                .bind(now())
                .fetch_optional(&mut *tx)
                .await?;
        if let Some(id) = user_id {
            sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
                .bind(password_hash)
                .bind(id)
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM invitations WHERE user_id = $1").bind(id).execute(&mut *tx).await?;
            sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(id).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(user_id)
    }

    async fn set_totp_pending(&self, user_id: i64, secret: &str) -> Result<(), DbError> {
        sqlx::query("UPDATE users SET totp_pending = $1 WHERE id = $2")
            .bind(secret)
            .bind(user_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn totp(&self, user_id: i64) -> Result<(Option<String>, Option<String>, Option<i64>), DbError> {
        Ok(sqlx::query_as("SELECT totp_secret, totp_pending, totp_last_step FROM users WHERE id = $1")
            .bind(user_id)
            .fetch_optional(&self.pool)
            .await?
            .unwrap_or((None, None, None)))
    }

    async fn enable_totp(
        &self,
        user_id: i64,
        (secret, step): (&str, i64),
        code_hashes: &[String],
        (author, line): (Author<'_>, AuditLine<'_>),
    ) -> Result<bool, DbError> {
        let mut tx = begin_write(&self.pool).await?;
        let updated = sqlx::query(
            "UPDATE users SET totp_secret = totp_pending, totp_pending = NULL, totp_last_step = $1
             WHERE id = $2 AND totp_pending = $3",
        )
        .bind(step)
        .bind(user_id)
        .bind(secret)
        .execute(&mut *tx)
        .await?;
        if updated.rows_affected() != 1 {
            return Ok(false);
        }
        sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
        for hash in code_hashes {
            sqlx::query("INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)")
                .bind(user_id)
                .bind(hash)
                .execute(&mut *tx)
                .await?;
        }
        insert_audit(&mut tx, author, line).await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn use_totp_step(&self, user_id: i64, step: i64) -> Result<bool, DbError> {
        let updated = sqlx::query(
            "UPDATE users SET totp_last_step = $1 WHERE id = $2 AND totp_secret IS NOT NULL
             AND (totp_last_step IS NULL OR totp_last_step < $3)",
        )
        .bind(step)
        .bind(user_id)
        .bind(step)
        .execute(&self.pool)
        .await?;
        Ok(updated.rows_affected() == 1)
    }

    async fn use_recovery_code(&self, user_id: i64, code_hash: &str) -> Result<bool, DbError> {
        let deleted = sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1 AND code_hash = $2")
            .bind(user_id)
            .bind(code_hash)
            .execute(&self.pool)
            .await?;
        Ok(deleted.rows_affected() == 1)
    }

    async fn recovery_codes_left(&self, user_id: i64) -> Result<i64, DbError> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM recovery_codes WHERE user_id = $1")
            .bind(user_id)
            .fetch_one(&self.pool)
            .await?)
    }

    async fn reset_mfa(&self, user_id: i64, (author, line): (Author<'_>, AuditLine<'_>)) -> Result<(), DbError> {
        let mut tx = begin_write(&self.pool).await?;
        sqlx::query("UPDATE users SET totp_secret = NULL, totp_pending = NULL, totp_last_step = NULL WHERE id = $1")
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
        insert_audit(&mut tx, author, line).await?;
        tx.commit().await?;
        Ok(())
    }
}
