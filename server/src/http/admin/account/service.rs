//! The steps of getting in, apart from their cookies and pages: the password check with its
//! throttle and audit, the second factor (a TOTP code or a recovery code) against a login
//! challenge, starting and ending sessions, and setting a password through a one-time link.
//! Each step answers a typed outcome; the handlers turn it into a page or a redirect.

use super::super::session::{self, Admin};
use super::super::AdminError;
use crate::accounts::totp;
use crate::accounts::{check_password, random_token, throttle_key, token_hash, PasswordProblem, THROTTLE};
use crate::db::{AuditAction, LinkPurpose, Reservation, User};
use crate::state::AppState;

/// The longest e-mail address there can be (RFC 5321's path limit less its brackets).
pub const MAX_EMAIL_CHARS: usize = 254;

/// How long the second step may take after a right password.
const CHALLENGE_MINUTES: i64 = 5;

/// Why a new password (typed twice) is not taken.
#[derive(Clone, Copy, Debug)]
pub enum NewPasswordProblem {
    /// The two copies differ.
    Mismatch,
    /// It breaks one of the password rules.
    Rules(PasswordProblem),
}

impl NewPasswordProblem {
    /// The message id that explains the problem.
    pub fn message_key(self) -> &'static str {
        match self {
            Self::Mismatch => "admin-password-mismatch",
            Self::Rules(problem) => problem.message_key(),
        }
    }
}

/// Checks a new password and its confirmation for the account `email` (the password rules
/// keep the address out of it).
pub fn check_new_password(password: &str, confirm: &str, email: &str) -> Result<(), NewPasswordProblem> {
    if password != confirm {
        return Err(NewPasswordProblem::Mismatch);
    }
    check_password(password, email).map_err(NewPasswordProblem::Rules)
}

/// How an attempt on `email` is named in the audit log: the account's address when it
/// exists, otherwise a short hash, so a stranger's typing (however long, whatever it holds)
/// is not stored, while repeated attempts on one name can still be told apart.
fn attempted(email: &str, exists: bool) -> String {
    if exists {
        email.to_string()
    } else {
        format!("unknown:{}", &token_hash(email)[..12])
    }
}

/// Reserves a login attempt under `keys` before any hashing; a refusal is audited once.
async fn reserve(state: &AppState, keys: &[String], who: &str) -> Result<(), AdminError> {
    match state.db.reserve_attempt(keys, &THROTTLE, chrono::Utc::now().timestamp()).await? {
        Reservation::Granted => Ok(()),
        Reservation::Wait(seconds) => {
            state.metrics.count_throttled_login();
            state.db.audit((None, who), AuditAction::LoginThrottled, "", "").await?;
            Err(AdminError::Throttled(seconds))
        }
    }
}

/// What the first step of a login found.
pub enum PasswordStep {
    /// No active account with that password; `email` is the address as read (lower case),
    /// to fill the form again.
    Refused { email: String },
    /// The password was right: the account goes on to its second factor, if it has one.
    Passed(User),
}

/// The first step: the e-mail address and password, throttled per account and per address
/// (`address` is the client's) before any hashing, every failure audited.
pub async fn check_password_login(
    state: &AppState,
    address: &str,
    typed: &str,
    password: &str,
) -> Result<PasswordStep, AdminError> {
    let typed = typed.trim();
    if typed.chars().count() > MAX_EMAIL_CHARS {
        return Err(AdminError::BadRequest("admin-email-too-long"));
    }
    let email = typed.to_lowercase();
    let keys = [throttle_key("account", &email), throttle_key("address", address)];
    let found = state.db.user_by_email(&email).await?;
    let exists = found.is_some();
    reserve(state, &keys, &attempted(&email, exists)).await?;
    let hash = found.as_ref().and_then(|(_, hash)| hash.clone());
    let matches = state.admin.hashing.verify(password.to_string(), hash).await?;
    let Some((user, _)) = found.filter(|(u, _)| matches && u.active) else {
        state.db.audit((None, &attempted(&email, exists)), AuditAction::LoginFailed, "", "").await?;
        return Ok(PasswordStep::Refused { email });
    };
    state.db.settle_success(&keys[0], &keys[1..]).await?;
    Ok(PasswordStep::Passed(user))
}

/// Starts a session for `user` after every factor was checked, audited as `action`; the
/// session's token, for its cookie.
pub async fn start_session(state: &AppState, user: &User, action: AuditAction) -> Result<String, AdminError> {
    let token = session::start(state, user.id).await?;
    state.db.audit((Some(user.id), &user.email), action, &user.email, "").await?;
    Ok(token)
}

/// The password was right and the account has a second factor: a challenge that remembers
/// that for a few minutes; its token, for the challenge cookie.
pub async fn open_challenge(state: &AppState, user_id: i64) -> Result<String, AdminError> {
    let token = random_token();
    let expires = chrono::Utc::now() + chrono::Duration::minutes(CHALLENGE_MINUTES);
    state.db.create_challenge(&token_hash(&token), user_id, expires).await?;
    Ok(token)
}

/// A login challenge that still lasts.
pub struct Challenge {
    hash: String,
    user_id: i64,
}

/// The challenge the cookie's `token` names, while it lasts.
pub async fn challenge(state: &AppState, token: Option<&str>) -> Result<Option<Challenge>, AdminError> {
    let Some(token) = token else {
        return Ok(None);
    };
    let hash = token_hash(token);
    Ok(state.db.challenge(&hash).await?.map(|user_id| Challenge { hash, user_id }))
}

/// What the second step found.
pub enum CodeStep {
    /// No challenge (none, or it lasted too long): start again with the password.
    Expired,
    /// A wrong or spent code, or an account that may no longer log in.
    Wrong,
    /// The code was right; `action` is how the login is audited (a recovery code is told).
    Passed { user: User, action: AuditAction },
}

/// The second step: a TOTP code (each accepted once) or a recovery code (each used once)
/// for the challenge `token` names, throttled like the password, per account and per
/// `address`. A right code ends the challenge.
pub async fn check_code(
    state: &AppState,
    address: &str,
    token: Option<&str>,
    typed: &str,
) -> Result<CodeStep, AdminError> {
    let Some(Challenge { hash, user_id }) = challenge(state, token).await? else {
        return Ok(CodeStep::Expired);
    };
    let user = state.db.user_by_id(user_id).await?.ok_or(AdminError::NotLoggedIn)?;
    let keys = [throttle_key("second-factor", &user_id.to_string()), throttle_key("address", address)];
    reserve(state, &keys, &user.email).await?;
    let (accepted, action) = if totp::looks_like_recovery_code(typed) {
        (state.db.use_recovery_code(user_id, &totp::recovery_code_hash(typed)).await?, AuditAction::RecoveryCodeUsed)
    } else {
        let (secret, _, last) = state.db.totp(user_id).await?;
        let step = secret.and_then(|s| totp::verify(&s, typed, chrono::Utc::now().timestamp(), last));
        let used = match step {
            Some(step) => state.db.use_totp_step(user_id, step).await?,
            None => false,
        };
        (used, AuditAction::Login)
    };
    if !accepted || !user.active || !state.db.end_challenge(&hash).await? {
        state.db.audit((Some(user.id), &user.email), AuditAction::LoginCodeFailed, &user.email, "").await?;
        return Ok(CodeStep::Wrong);
    }
    state.db.settle_success(&keys[0], &keys[1..]).await?;
    Ok(CodeStep::Passed { user, action })
}

/// Ends the session `admin` came with; audited.
pub async fn end_session(state: &AppState, admin: &Admin) -> Result<(), AdminError> {
    state.db.delete_session(admin.session_hash()).await?;
    state.db.audit(admin.actor(), AuditAction::Logout, &admin.user.email, "").await?;
    Ok(())
}

/// Ends every session of `admin`'s account, this one included; audited with their number.
pub async fn end_every_session(state: &AppState, admin: &Admin) -> Result<(), AdminError> {
    let ended = state.db.delete_user_sessions(admin.user.id).await?;
    state
        .db
        .audit(admin.actor(), AuditAction::LogoutEverywhere, &admin.user.email, &format!("{ended} sessions"))
        .await?;
    Ok(())
}

/// The account a one-time link's `token` is for and what for, while the link is valid.
pub async fn link_holder(state: &AppState, token: &str) -> Result<(User, LinkPurpose), AdminError> {
    let invalid = AdminError::BadRequest("admin-invitation-invalid");
    let (user_id, purpose) = state.db.invitation(&token_hash(token)).await?.ok_or(invalid.clone())?;
    let user = state.db.user_by_id(user_id).await?.ok_or(invalid)?;
    Ok((user, purpose))
}

/// What became of a password chosen through a one-time link.
pub enum LinkPassword {
    Refused(NewPasswordProblem),
    /// The password is set for the account of that id, the link spent and the account's
    /// older sessions ended.
    Set(i64),
}

/// Sets the password of `user` through the link `token` (an invitation or a reset, the
/// link's `purpose`); audited.
pub async fn set_link_password(
    state: &AppState,
    token: &str,
    (user, purpose): (&User, LinkPurpose),
    (password, confirm): (&str, &str),
) -> Result<LinkPassword, AdminError> {
    if let Err(problem) = check_new_password(password, confirm, &user.email) {
        return Ok(LinkPassword::Refused(problem));
    }
    let hash =
        state.admin.hashing.hash(password.to_string()).await?.map_err(|e| AdminError::Internal(e.to_string()))?;
    let Some(user_id) = state.db.accept_invitation(&token_hash(token), &hash).await? else {
        return Err(AdminError::BadRequest("admin-invitation-invalid"));
    };
    let action = match purpose {
        LinkPurpose::Invitation => AuditAction::InvitationAccepted,
        LinkPurpose::Reset => AuditAction::PasswordReset,
    };
    state.db.audit((Some(user_id), &user.email), action, &user.email, "").await?;
    Ok(LinkPassword::Set(user_id))
}
