//! Accounts, memberships, invitations and sessions of the admin area. Tokens are stored
//! only as SHA-256 hashes; the caller hashes them.

use super::documents::{insert_audit, AuditLine, Author};
use super::{Database, DbError};

/// An admin account as the access checks need it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub role: String,
    pub lang: String,
    pub active: bool,
    /// Whether a password has been chosen (an invited person has none yet).
    pub has_password: bool,
    /// Whether a second factor (TOTP) is enrolled.
    pub has_totp: bool,
}

type UserRow = (i64, String, String, String, bool, Option<String>, bool);

fn user((id, email, role, lang, active, hash, has_totp): UserRow) -> User {
    User { id, email, role, lang, active, has_password: hash.is_some(), has_totp }
}

const USER_COLUMNS: &str = "id, email, role, lang, active, password_hash, totp_secret IS NOT NULL";

/// What a one-time link is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkPurpose {
    /// A new account chooses its first password.
    Invitation,
    /// An existing account chooses a new one (its sessions end).
    Reset,
}

impl LinkPurpose {
    fn as_str(self) -> &'static str {
        match self {
            Self::Invitation => "invitation",
            Self::Reset => "reset",
        }
    }

    fn parse(value: &str) -> Self {
        if value == "reset" {
            Self::Reset
        } else {
            Self::Invitation
        }
    }
}

/// A live session: who, and the token its forms must carry.
#[derive(Clone, Debug)]
pub struct SessionRow {
    pub user: User,
    pub csrf_token: String,
    pub created_at: String,
    pub last_seen_at: String,
}

impl Database {
    /// Creates an account (no password yet for an invitation) and returns its id.
    pub async fn create_user(&self, email: &str, role: &str, password_hash: Option<&str>) -> Result<i64, DbError> {
        Ok(sqlx::query_scalar(
            "INSERT INTO users (email, role, password_hash, created_at) VALUES (?, ?, ?, ?) RETURNING id",
        )
        .bind(email)
        .bind(role)
        .bind(password_hash)
        .bind(super::now())
        .fetch_one(&self.pool)
        .await?)
    }

    pub async fn user_by_email(&self, email: &str) -> Result<Option<(User, Option<String>)>, DbError> {
        let row: Option<UserRow> = sqlx::query_as(&format!("SELECT {USER_COLUMNS} FROM users WHERE email = ?"))
            .bind(email)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|row| {
            let hash = row.5.clone();
            (user(row), hash)
        }))
    }

    /// An account's password hash.
    pub async fn password_hash(&self, user_id: i64) -> Result<Option<String>, DbError> {
        Ok(sqlx::query_scalar("SELECT password_hash FROM users WHERE id = ?")
            .bind(user_id)
            .fetch_optional(&self.pool)
            .await?
            .flatten())
    }

    pub async fn user_by_id(&self, id: i64) -> Result<Option<User>, DbError> {
        let row: Option<UserRow> = sqlx::query_as(&format!("SELECT {USER_COLUMNS} FROM users WHERE id = ?"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(user))
    }

    pub async fn users(&self) -> Result<Vec<User>, DbError> {
        let rows: Vec<UserRow> =
            sqlx::query_as(&format!("SELECT {USER_COLUMNS} FROM users ORDER BY email")).fetch_all(&self.pool).await?;
        Ok(rows.into_iter().map(user).collect())
    }

    /// Sets an account's password and ends its sessions but `keep` (the session of the
    /// person changing it, if any), with the audit line, in one transaction.
    pub async fn set_password(
        &self,
        user_id: i64,
        hash: &str,
        keep: Option<&str>,
        (author, line): (Author<'_>, AuditLine<'_>),
    ) -> Result<(), DbError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("UPDATE users SET password_hash = ? WHERE id = ?")
            .bind(hash)
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM sessions WHERE user_id = ? AND token_hash <> ?")
            .bind(user_id)
            .bind(keep.unwrap_or(""))
            .execute(&mut *tx)
            .await?;
        insert_audit(&mut tx, author, line).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn set_user_lang(&self, user_id: i64, lang: &str) -> Result<(), DbError> {
        sqlx::query("UPDATE users SET lang = ? WHERE id = ?").bind(lang).bind(user_id).execute(&self.pool).await?;
        Ok(())
    }

    /// Changes an account's role and whether it may log in; a suspended account loses its
    /// sessions at once.
    pub async fn set_user_access(&self, user_id: i64, role: &str, active: bool) -> Result<(), DbError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("UPDATE users SET role = ?, active = ? WHERE id = ?")
            .bind(role)
            .bind(active)
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        if !active {
            sqlx::query("DELETE FROM sessions WHERE user_id = ?").bind(user_id).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The organisations (ids) an account may edit as an editor.
    pub async fn memberships(&self, user_id: i64) -> Result<Vec<i64>, DbError> {
        Ok(sqlx::query_scalar("SELECT organization_id FROM memberships WHERE user_id = ? ORDER BY organization_id")
            .bind(user_id)
            .fetch_all(&self.pool)
            .await?)
    }

    pub async fn set_membership(&self, user_id: i64, org_id: i64, member: bool) -> Result<(), DbError> {
        let sql = if member {
            "INSERT INTO memberships (user_id, organization_id) VALUES (?, ?) ON CONFLICT DO NOTHING"
        } else {
            "DELETE FROM memberships WHERE user_id = ? AND organization_id = ?"
        };
        sqlx::query(sql).bind(user_id).bind(org_id).execute(&self.pool).await?;
        Ok(())
    }

    /// Stores a one-time link; a new one replaces the account's earlier links.
    pub async fn create_invitation(
        &self,
        user_id: i64,
        token_hash: &str,
        expires_at: &str,
        purpose: LinkPurpose,
    ) -> Result<(), DbError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("DELETE FROM invitations WHERE user_id = ?").bind(user_id).execute(&mut *tx).await?;
        sqlx::query("INSERT INTO invitations (token_hash, user_id, expires_at, purpose) VALUES (?, ?, ?, ?)")
            .bind(token_hash)
            .bind(user_id)
            .bind(expires_at)
            .bind(purpose.as_str())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The account a one-time link is for and what for, while it has not expired.
    pub async fn invitation(&self, token_hash: &str) -> Result<Option<(i64, LinkPurpose)>, DbError> {
        let row: Option<(i64, String)> =
            sqlx::query_as("SELECT user_id, purpose FROM invitations WHERE token_hash = ? AND expires_at > ?")
                .bind(token_hash)
                .bind(super::now())
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.map(|(id, purpose)| (id, LinkPurpose::parse(&purpose))))
    }

    /// Sets the person's password, spends every link of the account and ends its older
    /// sessions, in one transaction: a link works once, and whoever had the account before
    /// is out.
    pub async fn accept_invitation(&self, token_hash: &str, password_hash: &str) -> Result<Option<i64>, DbError> {
        let mut tx = self.pool.begin().await?;
        let user_id: Option<i64> =
            sqlx::query_scalar("DELETE FROM invitations WHERE token_hash = ? AND expires_at > ? RETURNING user_id")
                .bind(token_hash)
                .bind(super::now())
                .fetch_optional(&mut *tx)
                .await?;
        if let Some(id) = user_id {
            sqlx::query("UPDATE users SET password_hash = ? WHERE id = ?")
                .bind(password_hash)
                .bind(id)
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM invitations WHERE user_id = ?").bind(id).execute(&mut *tx).await?;
            sqlx::query("DELETE FROM sessions WHERE user_id = ?").bind(id).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(user_id)
    }

    pub async fn create_session(&self, token_hash: &str, user_id: i64, csrf_token: &str) -> Result<(), DbError> {
        let now = super::now();
        sqlx::query(
            "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)",
        )
        .bind(token_hash)
        .bind(user_id)
        .bind(csrf_token)
        .bind(&now)
        .bind(&now)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub async fn session(&self, token_hash: &str) -> Result<Option<SessionRow>, DbError> {
        type Row = (i64, String, String, String, bool, Option<String>, bool, String, String, String);
        let row: Option<Row> = sqlx::query_as(
            "SELECT u.id, u.email, u.role, u.lang, u.active, u.password_hash, u.totp_secret IS NOT NULL,
                    s.csrf_token, s.created_at, s.last_seen_at
             FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?",
        )
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|(id, email, role, lang, active, hash, totp, csrf_token, created_at, last_seen_at)| SessionRow {
            user: user((id, email, role, lang, active, hash, totp)),
            csrf_token,
            created_at,
            last_seen_at,
        }))
    }

    pub async fn touch_session(&self, token_hash: &str) -> Result<(), DbError> {
        sqlx::query("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?")
            .bind(super::now())
            .bind(token_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn delete_session(&self, token_hash: &str) -> Result<(), DbError> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = ?").bind(token_hash).execute(&self.pool).await?;
        Ok(())
    }

    /// Logs an account out everywhere.
    pub async fn delete_user_sessions(&self, user_id: i64) -> Result<u64, DbError> {
        Ok(sqlx::query("DELETE FROM sessions WHERE user_id = ?")
            .bind(user_id)
            .execute(&self.pool)
            .await?
            .rows_affected())
    }

    /// Forgets sessions idle since before `idle_before` or started before `started_before`.
    pub async fn purge_sessions(&self, idle_before: &str, started_before: &str) -> Result<(), DbError> {
        sqlx::query("DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?")
            .bind(idle_before)
            .bind(started_before)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Writes one line of the audit log.
    pub async fn audit(
        &self,
        (actor_id, actor): (Option<i64>, &str),
        action: &str,
        target: &str,
        detail: &str,
    ) -> Result<(), DbError> {
        let mut tx = self.pool.begin().await?;
        insert_audit(&mut tx, (actor_id, actor), AuditLine { action, target, detail }).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Forgets audit lines older than `before` and keeps at most `max_lines`.
    pub async fn prune_audit(&self, before: &str, max_lines: i64) -> Result<u64, DbError> {
        let old = sqlx::query("DELETE FROM audit_log WHERE at < ?").bind(before).execute(&self.pool).await?;
        let over = sqlx::query("DELETE FROM audit_log WHERE id <= (SELECT MAX(id) FROM audit_log) - ?")
            .bind(max_lines)
            .execute(&self.pool)
            .await?;
        Ok(old.rows_affected() + over.rows_affected())
    }

    /// Forgets login challenges past their time.
    pub async fn purge_challenges(&self) -> Result<(), DbError> {
        sqlx::query("DELETE FROM login_challenges WHERE expires_at < ?").bind(super::now()).execute(&self.pool).await?;
        Ok(())
    }

    /// The newest lines of the audit log: (at, actor, action, target, detail).
    pub async fn audit_log(
        &self,
        limit: i64,
        offset: i64,
    ) -> Result<Vec<(String, String, String, String, String)>, DbError> {
        Ok(sqlx::query_as("SELECT at, actor, action, target, detail FROM audit_log ORDER BY id DESC LIMIT ? OFFSET ?")
            .bind(limit)
            .bind(offset)
            .fetch_all(&self.pool)
            .await?)
    }
}
