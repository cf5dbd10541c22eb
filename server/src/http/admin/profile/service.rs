//! The rules of a person's own account: changing the password (the current one asked and
//! throttled like a login, the new one checked, the other sessions ended) and enrolling a
//! second factor (a new pending secret per visit, confirmed by a first code, then ten
//! recovery codes).

use super::super::account::service::{check_new_password, NewPasswordProblem};
use super::super::session::Admin;
use super::super::AdminError;
use crate::accounts::totp;
use crate::accounts::{throttle_key, THROTTLE};
use crate::db::{AuditAction, AuditLine, Reservation};
use crate::state::AppState;

/// The size the QR code is drawn at, at least (pixels).
const QR_PIXELS: u32 = 220;

/// What became of a password change.
pub enum PasswordChange {
    Changed,
    /// The new password (or its confirmation) is not taken.
    Refused(NewPasswordProblem),
    /// The current password was wrong (audited as a failed login).
    WrongCurrent,
}

/// Changes `admin`'s password from `current` to `password` (typed twice, `confirm`),
/// throttled per account and per client `address`; every other session of the account ends.
pub async fn change_password(
    state: &AppState,
    admin: &Admin,
    address: &str,
    (current, password, confirm): (&str, &str, &str),
) -> Result<PasswordChange, AdminError> {
    if let Err(problem) = check_new_password(password, confirm, &admin.user.email) {
        return Ok(PasswordChange::Refused(problem));
    }
    let keys = [throttle_key("account", &admin.user.email), throttle_key("address", address)];
    if let Reservation::Wait(seconds) =
        state.db.reserve_attempt(&keys, &THROTTLE, chrono::Utc::now().timestamp()).await?
    {
        state.metrics.count_throttled_login();
        return Err(AdminError::Throttled(seconds));
    }
    let stored = state.db.password_hash(admin.user.id).await?;
    if !state.admin.hashing.verify(current.to_string(), stored).await? {
        state.db.audit(admin.actor(), AuditAction::LoginFailed, &admin.user.email, "").await?;
        return Ok(PasswordChange::WrongCurrent);
    }
    state.db.settle_success(&keys[0], &keys[1..]).await?;
    let hash =
        state.admin.hashing.hash(password.to_string()).await?.map_err(|e| AdminError::Internal(e.to_string()))?;
    let line = AuditLine { action: AuditAction::PasswordChanged, target: &admin.user.email, detail: "" };
    state.db.set_password(admin.user.id, &hash, Some(admin.session_hash()), (admin.actor(), line)).await?;
    Ok(PasswordChange::Changed)
}

/// A second factor being enrolled: its secret, and the same as a QR code to scan.
pub struct Enrolment {
    /// The secret in base 32, to type in by hand.
    pub secret: String,
    /// The `otpauth:` URI of the secret as inline SVG.
    pub qr: String,
}

/// Makes a new secret for `admin` and keeps it as pending; only a confirmed one counts, so
/// each visit of the enrolment page makes a new one.
pub async fn new_enrolment(state: &AppState, admin: &Admin) -> Result<Enrolment, AdminError> {
    let secret = totp::new_secret();
    state.db.set_totp_pending(admin.user.id, &secret).await?;
    let qr = qr_svg(&totp::otpauth_uri("Portineria", &admin.user.email, &secret))?;
    Ok(Enrolment { secret, qr })
}

/// A QR code of `text` as inline SVG (no XML declaration, so it can sit inside HTML).
fn qr_svg(text: &str) -> Result<String, AdminError> {
    use qrcode::render::svg;
    let code = qrcode::QrCode::new(text.as_bytes()).map_err(|e| AdminError::Internal(format!("QR code: {e}")))?;
    let svg = code.render::<svg::Color>().min_dimensions(QR_PIXELS, QR_PIXELS).quiet_zone(true).build();
    Ok(svg.split_once("?>").map_or(svg.clone(), |(_, rest)| rest.to_string()))
}

/// What became of a first code sent to confirm an enrolment.
pub enum Confirmation {
    /// The second factor is on; these recovery codes are to be shown once.
    Enabled(Vec<String>),
    /// No pending secret, or the code does not match it.
    WrongCode,
    /// The code matched but the enrolment could not be saved (another request changed the
    /// pending secret meanwhile).
    Conflict,
}

/// Confirms `admin`'s pending secret with the first `code`; audited.
pub async fn confirm_enrolment(state: &AppState, admin: &Admin, code: &str) -> Result<Confirmation, AdminError> {
    let (_, pending, _) = state.db.totp(admin.user.id).await?;
    let now = chrono::Utc::now().timestamp();
    let step = pending.as_deref().and_then(|secret| totp::verify(secret, code, now, None));
    let (Some(secret), Some(step)) = (pending, step) else {
        return Ok(Confirmation::WrongCode);
    };
    let codes = totp::new_recovery_codes();
    let hashes: Vec<String> = codes.iter().map(|c| totp::recovery_code_hash(c)).collect();
    let line = AuditLine { action: AuditAction::MfaEnabled, target: &admin.user.email, detail: "" };
    if !state.db.enable_totp(admin.user.id, (&secret, step), &hashes, (admin.actor(), line)).await? {
        return Ok(Confirmation::Conflict);
    }
    Ok(Confirmation::Enabled(codes))
}
