//! A person's own account: changing the password (the other sessions end) and enrolling a
//! second factor (TOTP), with ten one-time recovery codes shown once.

use super::forms::Form;
use super::page::{self, csrf_field, document, notice};
use super::session::{Admin, ClientAddress};
use super::urls;
use super::AdminError;
use crate::accounts::totp;
use crate::accounts::{check_password, throttle_key, THROTTLE};
use crate::content::editor::form::first;
use crate::db::{AuditAction, AuditLine, Reservation};
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use portineria_app::i18n::{t, t_args};

/// The account page, with a message on top.
async fn account_page(
    state: &AppState,
    admin: &Admin,
    top: AnyView,
    status: StatusCode,
) -> Result<Response, AdminError> {
    let lang = admin.lang;
    let mfa = if admin.user.has_totp {
        let left = state.db.recovery_codes_left(admin.user.id).await?;
        view! {
            <p><strong>{t(lang, "admin-mfa-on")}</strong></p>
            <p>{t_args(lang, "admin-recovery-left", &[("count", (left as usize).into())])}</p>
        }
        .into_any()
    } else {
        view! {
            <p><strong>{t(lang, "admin-mfa-off")}</strong></p>
            <p><a class="button" href=urls::ACCOUNT_MFA>{t(lang, "admin-mfa-start")}</a></p>
        }
        .into_any()
    };
    let body = view! {
        {top}
        <p>{t_args(lang, "admin-account-email", &[("email", admin.user.email.clone().into())])}</p>
        <section class="admin-section">
            <h2>{t(lang, "admin-change-password")}</h2>
            <form method="post" action=urls::ACCOUNT_PASSWORD class="admin-form narrow">
                {csrf_field(admin)}
                <p class="form-row">
                    <label for="current">{t(lang, "admin-current-password")}</label>
                    <input id="current" name="current" type="password" autocomplete="current-password" required/>
                </p>
                {page::new_password_fields(lang)}
                <p><button type="submit">{t(lang, "admin-change-password")}</button></p>
            </form>
        </section>
        <section class="admin-section">
            <h2>{t(lang, "admin-mfa-title")}</h2>
            <p class="hint">{t(lang, "admin-mfa-intro")}</p>
            {mfa}
        </section>
    };
    Ok(page::respond(status, document(lang, &t(lang, "admin-account-title"), Some(admin), body.into_any())))
}

pub async fn show(State(state): State<AppState>, admin: Admin) -> Result<Response, AdminError> {
    if admin.must_enrol {
        return Ok(Redirect::to(urls::ACCOUNT_MFA).into_response());
    }
    account_page(&state, &admin, ().into_any(), StatusCode::OK).await
}

fn error(text: String) -> AnyView {
    view! { <p class="field-error" role="alert">{text}</p> }.into_any()
}

/// Changes the password: the current one is asked (and throttled like a login), the new one
/// follows the rules, and every other session of the account ends.
pub async fn change_password(
    State(state): State<AppState>,
    admin: Admin,
    ClientAddress(address): ClientAddress,
    form: Form,
) -> Result<Response, AdminError> {
    let form = form.checked(&admin)?;
    let lang = admin.lang;
    let (current, password) = (first(&form, "current").to_string(), first(&form, "password").to_string());
    let problem = if password != first(&form, "confirm") {
        Some("admin-password-mismatch")
    } else {
        check_password(&password, &admin.user.email).err().map(|p| p.message_key())
    };
    if let Some(problem) = problem {
        return account_page(&state, &admin, error(t(lang, problem)), StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let keys = [throttle_key("account", &admin.user.email), throttle_key("address", &address)];
    if let Reservation::Wait(seconds) =
        state.db.reserve_attempt(&keys, &THROTTLE, chrono::Utc::now().timestamp()).await?
    {
        return Err(AdminError::Throttled(seconds));
    }
    let stored = state.db.password_hash(admin.user.id).await?;
    if !state.admin.hashing.verify(current, stored).await? {
        state.db.audit(admin.actor(), AuditAction::LoginFailed, &admin.user.email, "").await?;
        let top = error(t(lang, "admin-current-password-wrong"));
        return account_page(&state, &admin, top, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    state.db.settle_success(&keys[0], &keys[1..]).await?;
    let hash = state.admin.hashing.hash(password).await?.map_err(|e| AdminError::Internal(e.to_string()))?;
    let line = AuditLine { action: AuditAction::PasswordChanged, target: &admin.user.email, detail: "" };
    state.db.set_password(admin.user.id, &hash, Some(admin.session_hash()), (admin.actor(), line)).await?;
    account_page(&state, &admin, notice(Some(t(lang, "admin-password-changed"))), StatusCode::OK).await
}

/// The enrolment page: a new secret as a QR code and as text, and the field for the first
/// code. Each visit makes a new secret; only a confirmed one counts.
async fn enrol_page(state: &AppState, admin: &Admin, top: AnyView, status: StatusCode) -> Result<Response, AdminError> {
    let lang = admin.lang;
    let secret = totp::new_secret();
    state.db.set_totp_pending(admin.user.id, &secret).await?;
    let uri = totp::otpauth_uri("Portineria", &admin.user.email, &secret);
    let qr = qr_svg(&uri)?;
    let grouped: Vec<String> = secret.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect();
    let required =
        admin.must_enrol.then(|| view! { <p class="admin-notice" role="status">{t(lang, "admin-mfa-required")}</p> });
    let body = view! {
        {required}
        {top}
        <p>{t(lang, "admin-mfa-intro")}</p>
        <p>{t(lang, "admin-mfa-scan")}</p>
        <figure class="mfa-qr" role="img" aria-label=t(lang, "admin-mfa-qr-label") inner_html=qr></figure>
        <p>{t(lang, "admin-mfa-key")}</p>
        <p><code class="mfa-secret" dir="ltr">{grouped.join(" ")}</code></p>
        <form method="post" action=urls::ACCOUNT_MFA class="admin-form narrow">
            {csrf_field(admin)}
            {page::code_field(lang, ("admin-mfa-code", "admin-mfa-code-hint"), true)}
            <p><button type="submit">{t(lang, "admin-mfa-confirm")}</button></p>
        </form>
    };
    Ok(page::respond(status, document(lang, &t(lang, "admin-mfa-title"), Some(admin), body.into_any())))
}

/// A QR code of `text` as inline SVG (no XML declaration, so it can sit inside HTML).
fn qr_svg(text: &str) -> Result<String, AdminError> {
    use qrcode::render::svg;
    let code = qrcode::QrCode::new(text.as_bytes()).map_err(|e| AdminError::Internal(format!("QR code: {e}")))?;
    let svg = code.render::<svg::Color>().min_dimensions(220, 220).quiet_zone(true).build();
    Ok(svg.split_once("?>").map_or(svg.clone(), |(_, rest)| rest.to_string()))
}

pub async fn enrol_form(State(state): State<AppState>, admin: Admin) -> Result<Response, AdminError> {
    if admin.user.has_totp {
        return Ok(Redirect::to(urls::ACCOUNT).into_response());
    }
    enrol_page(&state, &admin, ().into_any(), StatusCode::OK).await
}

/// Confirms the enrolment with a first code, then shows the recovery codes, once.
pub async fn enrol(State(state): State<AppState>, admin: Admin, form: Form) -> Result<Response, AdminError> {
    let form = form.checked(&admin)?;
    let lang = admin.lang;
    if admin.user.has_totp {
        return Ok(Redirect::to(urls::ACCOUNT).into_response());
    }
    let (_, pending, _) = state.db.totp(admin.user.id).await?;
    let now = chrono::Utc::now().timestamp();
    let step = pending.as_deref().and_then(|secret| totp::verify(secret, first(&form, "code"), now, None));
    let (Some(secret), Some(step)) = (pending, step) else {
        let top = error(t(lang, "admin-mfa-wrong-code"));
        return enrol_page(&state, &admin, top, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let codes = totp::new_recovery_codes();
    let hashes: Vec<String> = codes.iter().map(|c| totp::recovery_code_hash(c)).collect();
    let line = AuditLine { action: AuditAction::MfaEnabled, target: &admin.user.email, detail: "" };
    if !state.db.enable_totp(admin.user.id, (&secret, step), &hashes, (admin.actor(), line)).await? {
        let top = error(t(lang, "admin-mfa-wrong-code"));
        return enrol_page(&state, &admin, top, StatusCode::CONFLICT).await;
    }
    let items = codes.into_iter().map(|c| view! { <li><code dir="ltr">{c}</code></li> }).collect_view();
    let body = view! {
        {notice(Some(t(lang, "admin-mfa-enabled")))}
        <h2>{t(lang, "admin-recovery-title")}</h2>
        <p>{t(lang, "admin-recovery-text")}</p>
        <ol class="recovery-codes">{items}</ol>
        <p><a class="button" href=urls::DASHBOARD>{t(lang, "admin-recovery-saved")}</a></p>
    };
    Ok(page::ok(document(lang, &t(lang, "admin-recovery-title"), Some(&admin), body.into_any())))
}
