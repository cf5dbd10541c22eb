//! Logging in (password, then the second factor where enrolled) and out, the admin area's
//! language, and the one-time links of invitations and password resets.

use super::forms::Form;
use super::page::{self, document};
use super::session::{self, Admin, ClientAddress, CHALLENGE_COOKIE, LOGIN_COOKIE, SESSION_COOKIE};
use super::urls;
use super::{request_lang, AdminError, LANG_COOKIE};
use crate::accounts::totp;
use crate::accounts::{check_password, random_token, same_secret, throttle_key, token_hash, THROTTLE};
use crate::db::{AuditAction, LinkPurpose, Reservation};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use portineria_app::i18n::t;
use portineria_app::lang::Lang;

fn with_cookies(mut response: Response, cookies: Vec<HeaderValue>) -> Response {
    for cookie in cookies {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
}

/// The login form's fields; `error` is a message shown above them.
fn login_page(lang: Lang, token: &str, email: &str, error: Option<String>) -> String {
    let body = view! {
        {error.map(|e| view! { <p class="field-error" role="alert" id="login-error">{e}</p> })}
        <form method="post" action=urls::LOGIN class="admin-form narrow">
            <input type="hidden" name="csrf" value=token.to_string()/>
            <p class="form-row">
                <label for="email">{t(lang, "admin-email")}</label>
                <input id="email" name="email" type="email" autocomplete="username" required value=email.to_string()/>
            </p>
            <p class="form-row">
                <label for="password">{t(lang, "admin-password")}</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required/>
            </p>
            <p><button type="submit">{t(lang, "admin-login")}</button></p>
        </form>
        <p class="hint">{t(lang, "admin-login-hint")}</p>
    };
    document(lang, &t(lang, "admin-login-title"), None, body.into_any())
}

/// A fresh double-submit token for a form shown before login.
fn pre_login_token(state: &AppState) -> (String, HeaderValue) {
    let token = random_token();
    let cookie = session::set_cookie(&state.admin, LOGIN_COOKIE, Some(&token), "Strict");
    (token, cookie)
}

pub async fn login_form(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let lang = request_lang(&headers);
    let (token, cookie) = pre_login_token(&state);
    with_cookies(page::ok(login_page(lang, &token, "", None)), vec![cookie])
}

/// The pre-login forms' CSRF check: the field must match the cookie set with the form.
fn check_pre_login(state: &AppState, headers: &HeaderMap, form: &Form) -> Result<(), AdminError> {
    let cookie = session::read_cookie(&state.admin, headers, LOGIN_COOKIE).unwrap_or("");
    if cookie.is_empty() || !same_secret(cookie, form.get("csrf")) {
        return Err(AdminError::Csrf);
    }
    Ok(())
}

/// The longest e-mail address there can be (RFC 5321's path limit less its brackets).
pub const MAX_EMAIL_CHARS: usize = 254;

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
            state.db.audit((None, who), AuditAction::LoginThrottled, "", "").await?;
            Err(AdminError::Throttled(seconds))
        }
    }
}

pub async fn login(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    form: Form,
) -> Result<Response, AdminError> {
    if !session::same_origin(&axum::http::Method::POST, &headers) {
        return Err(AdminError::Csrf);
    }
    check_pre_login(&state, &headers, &form)?;
    let lang = request_lang(&headers);
    let typed = form.get("email").trim();
    if typed.chars().count() > MAX_EMAIL_CHARS {
        return Err(AdminError::BadRequest("admin-email-too-long"));
    }
    let email = typed.to_lowercase();
    let keys = [throttle_key("account", &email), throttle_key("address", &address)];
    let found = state.db.user_by_email(&email).await?;
    reserve(&state, &keys, &attempted(&email, found.is_some())).await?;
    let hash = found.as_ref().and_then(|(_, hash)| hash.clone());
    let matches = state.admin.hashing.verify(form.get("password").to_string(), hash).await?;
    let Some(user) = found.as_ref().map(|(user, _)| user).filter(|u| matches && u.active) else {
        state.db.audit((None, &attempted(&email, found.is_some())), AuditAction::LoginFailed, "", "").await?;
        let (token, cookie) = pre_login_token(&state);
        let page = login_page(lang, &token, &email, Some(t(lang, "admin-login-failed")));
        return Ok(with_cookies(page::respond(StatusCode::UNAUTHORIZED, page), vec![cookie]));
    };
    state.db.settle_success(&keys[0], &keys[1..]).await?;
    if user.has_totp {
        return second_step(&state, user.id).await;
    }
    log_in(&state, user, AuditAction::Login).await
}

/// Starts a session for `user` after every factor was checked, and goes to the dashboard.
async fn log_in(state: &AppState, user: &crate::db::User, action: AuditAction) -> Result<Response, AdminError> {
    let token = session::start(state, user.id).await?;
    state.db.audit((Some(user.id), &user.email), action, &user.email, "").await?;
    let cookies = vec![
        session::set_cookie(&state.admin, SESSION_COOKIE, Some(&token), "Lax"),
        session::set_cookie(&state.admin, LOGIN_COOKIE, None, "Strict"),
        session::set_cookie(&state.admin, CHALLENGE_COOKIE, None, "Strict"),
        session::set_cookie(&state.admin, LANG_COOKIE, Some(&user.lang), "Lax"),
    ];
    Ok(with_cookies(Redirect::to(urls::DASHBOARD).into_response(), cookies))
}

/// How long the second step may take after a right password.
const CHALLENGE_MINUTES: i64 = 5;

/// The password was right and the account has a second factor: remember that for a few
/// minutes (a challenge in a cookie) and ask for the code.
async fn second_step(state: &AppState, user_id: i64) -> Result<Response, AdminError> {
    let token = random_token();
    let expires = chrono::Utc::now() + chrono::Duration::minutes(CHALLENGE_MINUTES);
    state.db.create_challenge(&token_hash(&token), user_id, expires).await?;
    let cookie = session::set_cookie(&state.admin, CHALLENGE_COOKIE, Some(&token), "Strict");
    Ok(with_cookies(Redirect::to(urls::LOGIN_CODE).into_response(), vec![cookie]))
}

fn code_page(lang: Lang, token: &str, error: Option<String>) -> String {
    let body = view! {
        <p>{t(lang, "admin-login-code-text")}</p>
        {error.map(|e| view! { <p class="field-error" role="alert" id="code-error">{e}</p> })}
        <form method="post" action=urls::LOGIN_CODE class="admin-form narrow">
            <input type="hidden" name="csrf" value=token.to_string()/>
            {page::code_field(lang, ("admin-login-code", "admin-login-code-hint"), false)}
            <p><button type="submit">{t(lang, "admin-login-code-submit")}</button></p>
        </form>
    };
    document(lang, &t(lang, "admin-login-code-title"), None, body.into_any())
}

/// The account a login challenge cookie is for, while it lasts.
async fn challenged(state: &AppState, headers: &HeaderMap) -> Result<Option<(String, i64)>, AdminError> {
    let Some(token) = session::read_cookie(&state.admin, headers, CHALLENGE_COOKIE).filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    let hash = token_hash(token);
    Ok(state.db.challenge(&hash).await?.map(|user_id| (hash, user_id)))
}

pub async fn code_form(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, AdminError> {
    if challenged(&state, &headers).await?.is_none() {
        return Ok(Redirect::to(urls::LOGIN).into_response());
    }
    let lang = request_lang(&headers);
    let (token, cookie) = pre_login_token(&state);
    Ok(with_cookies(page::ok(code_page(lang, &token, None)), vec![cookie]))
}

/// The second step: a TOTP code (each accepted once) or a recovery code (each used once),
/// throttled like the password, per account and per address.
pub async fn code(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    form: Form,
) -> Result<Response, AdminError> {
    check_pre_login(&state, &headers, &form)?;
    let lang = request_lang(&headers);
    let Some((challenge, user_id)) = challenged(&state, &headers).await? else {
        let (token, cookie) = pre_login_token(&state);
        let page = login_page(lang, &token, "", Some(t(lang, "admin-login-code-expired")));
        return Ok(with_cookies(page::respond(StatusCode::UNAUTHORIZED, page), vec![cookie]));
    };
    let user = state.db.user_by_id(user_id).await?.ok_or(AdminError::NotLoggedIn)?;
    let keys = [throttle_key("second-factor", &user_id.to_string()), throttle_key("address", &address)];
    reserve(&state, &keys, &user.email).await?;
    let typed = form.get("code");
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
    if !accepted || !user.active || !state.db.end_challenge(&challenge).await? {
        state.db.audit((Some(user.id), &user.email), AuditAction::LoginCodeFailed, &user.email, "").await?;
        let (token, cookie) = pre_login_token(&state);
        let page = code_page(lang, &token, Some(t(lang, "admin-login-code-wrong")));
        return Ok(with_cookies(page::respond(StatusCode::UNAUTHORIZED, page), vec![cookie]));
    }
    state.db.settle_success(&keys[0], &keys[1..]).await?;
    log_in(&state, &user, action).await
}

pub async fn logout(State(state): State<AppState>, admin: Admin, form: Form) -> Result<Response, AdminError> {
    form.checked(&admin)?;
    state.db.delete_session(admin.session_hash()).await?;
    state.db.audit(admin.actor(), AuditAction::Logout, &admin.user.email, "").await?;
    let cookie = session::set_cookie(&state.admin, SESSION_COOKIE, None, "Lax");
    Ok(with_cookies(Redirect::to(urls::LOGIN).into_response(), vec![cookie]))
}

/// Ends every session of the account, this one included (a lost phone, a shared computer).
pub async fn logout_everywhere(
    State(state): State<AppState>,
    admin: Admin,
    form: Form,
) -> Result<Response, AdminError> {
    form.checked(&admin)?;
    let ended = state.db.delete_user_sessions(admin.user.id).await?;
    state
        .db
        .audit(admin.actor(), AuditAction::LogoutEverywhere, &admin.user.email, &format!("{ended} sessions"))
        .await?;
    let cookie = session::set_cookie(&state.admin, SESSION_COOKIE, None, "Lax");
    Ok(with_cookies(Redirect::to(urls::LOGIN).into_response(), vec![cookie]))
}

pub async fn language(State(state): State<AppState>, admin: Admin, form: Form) -> Result<Response, AdminError> {
    let form = form.checked(&admin)?;
    let lang = Lang::from_code(crate::content::editor::form::first(&form, "lang"))
        .ok_or(AdminError::BadRequest("admin-error-malformed"))?;
    state.db.set_user_lang(admin.user.id, lang.code()).await?;
    let cookie = session::set_cookie(&state.admin, LANG_COOKIE, Some(lang.code()), "Lax");
    Ok(with_cookies(Redirect::to(urls::DASHBOARD).into_response(), vec![cookie]))
}

/// The account a one-time link is for and what for, while the link is valid.
async fn invited(state: &AppState, token: &str) -> Result<(crate::db::User, LinkPurpose), AdminError> {
    let invalid = AdminError::BadRequest("admin-invitation-invalid");
    let (user_id, purpose) = state.db.invitation(&token_hash(token)).await?.ok_or(invalid.clone())?;
    let user = state.db.user_by_id(user_id).await?.ok_or(invalid)?;
    Ok((user, purpose))
}

/// The messages of the one-time link's page: an invitation or a password reset.
fn link_texts(purpose: LinkPurpose) -> [&'static str; 3] {
    match purpose {
        LinkPurpose::Invitation => ["admin-invitation-title", "admin-invitation-intro", "admin-invitation-accept"],
        LinkPurpose::Reset => ["admin-reset-title", "admin-reset-intro", "admin-reset-accept"],
    }
}

fn invitation_page(
    lang: Lang,
    token: &str,
    (link, purpose): (&str, LinkPurpose),
    email: &str,
    error: Option<String>,
) -> String {
    let [title, intro, accept] = link_texts(purpose);
    let body = view! {
        <p>{t(lang, intro)}" "<strong>{email.to_string()}</strong></p>
        {error.map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
        <form method="post" action=link.to_string() class="admin-form narrow">
            <input type="hidden" name="csrf" value=token.to_string()/>
            {page::new_password_fields(lang)}
            <p><button type="submit">{t(lang, accept)}</button></p>
        </form>
    };
    document(lang, &t(lang, title), None, body.into_any())
}

pub async fn invitation_form(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
) -> Result<Response, AdminError> {
    let (user, purpose) = invited(&state, &token).await?;
    let lang = request_lang(&headers);
    let (csrf, cookie) = pre_login_token(&state);
    let link = urls::invitation(&token);
    Ok(with_cookies(page::ok(invitation_page(lang, &csrf, (&link, purpose), &user.email, None)), vec![cookie]))
}

/// Sets the password of an invitation or a reset link; the link is spent and the account's
/// older sessions end. An account with a second factor still has to give its code.
pub async fn accept_invitation(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
    form: Form,
) -> Result<Response, AdminError> {
    check_pre_login(&state, &headers, &form)?;
    let (user, purpose) = invited(&state, &token).await?;
    let lang = request_lang(&headers);
    let password = form.get("password").to_string();
    let problem = if password != form.get("confirm") {
        Some("admin-password-mismatch")
    } else {
        check_password(&password, &user.email).err().map(|p| p.message_key())
    };
    if let Some(problem) = problem {
        let (csrf, cookie) = pre_login_token(&state);
        let link = urls::invitation(&token);
        let page = invitation_page(lang, &csrf, (&link, purpose), &user.email, Some(t(lang, problem)));
        return Ok(with_cookies(page::respond(StatusCode::UNPROCESSABLE_ENTITY, page), vec![cookie]));
    }
    let hash = state.admin.hashing.hash(password).await?.map_err(|e| AdminError::Internal(e.to_string()))?;
    let Some(user_id) = state.db.accept_invitation(&token_hash(&token), &hash).await? else {
        return Err(AdminError::BadRequest("admin-invitation-invalid"));
    };
    let action = match purpose {
        LinkPurpose::Invitation => AuditAction::InvitationAccepted,
        LinkPurpose::Reset => AuditAction::PasswordReset,
    };
    state.db.audit((Some(user_id), &user.email), action, &user.email, "").await?;
    if user.has_totp {
        return second_step(&state, user_id).await;
    }
    log_in(&state, &user, AuditAction::Login).await
}
