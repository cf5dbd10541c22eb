//! Logging in and out, the admin area's language, and accepting an invitation.

use super::forms::Form;
use super::page::{self, document};
use super::session::{self, Admin, ClientAddress, LOGIN_COOKIE, SESSION_COOKIE};
use super::{request_lang, AdminError, LANG_COOKIE};
use crate::accounts::{check_password, hash_password, random_token, same_secret, token_hash, verify_password};
use crate::directory::AppState;
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
        <form method="post" action="/admin/login" class="admin-form narrow">
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
fn check_pre_login(headers: &HeaderMap, form: &Form) -> Result<(), AdminError> {
    let cookie = crate::web::cookie(headers, LOGIN_COOKIE).unwrap_or("");
    if cookie.is_empty() || !same_secret(cookie, form.get("csrf")) {
        return Err(AdminError::Csrf);
    }
    Ok(())
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
    check_pre_login(&headers, &form)?;
    let lang = request_lang(&headers);
    let email = form.get("email").trim().to_lowercase();
    let password = form.get("password").to_string();
    let keys = [format!("account:{email}"), format!("address:{address}")];
    let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
    if let Some(wait) = state.admin.throttle.wait(&keys) {
        state.db.audit((None, &email), "login-throttled", &email, "").await?;
        return Err(AdminError::Throttled(wait.as_secs().max(1)));
    }
    let found = state.db.user_by_email(&email).await?;
    let hash = found.as_ref().and_then(|(_, hash)| hash.clone());
    let matches = tokio::task::spawn_blocking(move || verify_password(&password, hash.as_deref()))
        .await
        .map_err(|e| AdminError::Internal(e.to_string()))?;
    let user = found.map(|(user, _)| user).filter(|u| matches && u.active);
    let Some(user) = user else {
        state.admin.throttle.fail(&keys);
        state.db.audit((None, &email), "login-failed", &email, "").await?;
        let (token, cookie) = pre_login_token(&state);
        let page = login_page(lang, &token, &email, Some(t(lang, "admin-login-failed")));
        return Ok(with_cookies(page::respond(StatusCode::UNAUTHORIZED, page), vec![cookie]));
    };
    state.admin.throttle.succeed(keys[0]);
    let token = session::start(&state, user.id).await?;
    state.db.audit((Some(user.id), &user.email), "login", &user.email, "").await?;
    let cookies = vec![
        session::set_cookie(&state.admin, SESSION_COOKIE, Some(&token), "Lax"),
        session::set_cookie(&state.admin, LOGIN_COOKIE, None, "Strict"),
        session::set_cookie(&state.admin, LANG_COOKIE, Some(&user.lang), "Lax"),
    ];
    Ok(with_cookies(Redirect::to("/admin").into_response(), cookies))
}

pub async fn logout(State(state): State<AppState>, admin: Admin, form: Form) -> Result<Response, AdminError> {
    form.checked(&admin)?;
    state.db.delete_session(admin.session_hash()).await?;
    state.db.audit(admin.actor(), "logout", &admin.user.email, "").await?;
    let cookie = session::set_cookie(&state.admin, SESSION_COOKIE, None, "Lax");
    Ok(with_cookies(Redirect::to("/admin/login").into_response(), vec![cookie]))
}

/// Ends every session of the account, this one included (a lost phone, a shared computer).
pub async fn logout_everywhere(
    State(state): State<AppState>,
    admin: Admin,
    form: Form,
) -> Result<Response, AdminError> {
    form.checked(&admin)?;
    let ended = state.db.delete_user_sessions(admin.user.id).await?;
    state.db.audit(admin.actor(), "logout-everywhere", &admin.user.email, &format!("{ended} sessions")).await?;
    let cookie = session::set_cookie(&state.admin, SESSION_COOKIE, None, "Lax");
    Ok(with_cookies(Redirect::to("/admin/login").into_response(), vec![cookie]))
}

pub async fn language(State(state): State<AppState>, admin: Admin, form: Form) -> Result<Response, AdminError> {
    let form = form.checked(&admin)?;
    let lang = Lang::from_code(crate::editorial::first(&form, "lang"))
        .ok_or(AdminError::BadRequest("admin-error-malformed"))?;
    state.db.set_user_lang(admin.user.id, lang.code()).await?;
    let cookie = session::set_cookie(&state.admin, LANG_COOKIE, Some(lang.code()), "Lax");
    Ok(with_cookies(Redirect::to("/admin").into_response(), vec![cookie]))
}

/// The invited person's account, while the link is valid.
async fn invited(state: &AppState, token: &str) -> Result<crate::db::User, AdminError> {
    let user_id =
        state.db.invitation(&token_hash(token)).await?.ok_or(AdminError::BadRequest("admin-invitation-invalid"))?;
    state.db.user_by_id(user_id).await?.ok_or(AdminError::BadRequest("admin-invitation-invalid"))
}

fn invitation_page(lang: Lang, token: &str, link: &str, email: &str, error: Option<String>) -> String {
    let body = view! {
        <p>{t(lang, "admin-invitation-intro")}" "<strong>{email.to_string()}</strong></p>
        {error.map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
        <form method="post" action=link.to_string() class="admin-form narrow">
            <input type="hidden" name="csrf" value=token.to_string()/>
            <p class="form-row">
                <label for="password">{t(lang, "admin-new-password")}</label>
                <input id="password" name="password" type="password" autocomplete="new-password" required aria-describedby="password-hint"/>
                <span class="hint" id="password-hint">{t(lang, "admin-password-rules")}</span>
            </p>
            <p class="form-row">
                <label for="confirm">{t(lang, "admin-confirm-password")}</label>
                <input id="confirm" name="confirm" type="password" autocomplete="new-password" required/>
            </p>
            <p><button type="submit">{t(lang, "admin-invitation-accept")}</button></p>
        </form>
    };
    document(lang, &t(lang, "admin-invitation-title"), None, body.into_any())
}

pub async fn invitation_form(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
) -> Result<Response, AdminError> {
    let user = invited(&state, &token).await?;
    let lang = request_lang(&headers);
    let (csrf, cookie) = pre_login_token(&state);
    let link = format!("/admin/invitation/{token}");
    Ok(with_cookies(page::ok(invitation_page(lang, &csrf, &link, &user.email, None)), vec![cookie]))
}

pub async fn accept_invitation(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
    form: Form,
) -> Result<Response, AdminError> {
    check_pre_login(&headers, &form)?;
    let user = invited(&state, &token).await?;
    let lang = request_lang(&headers);
    let password = form.get("password").to_string();
    let problem = if password != form.get("confirm") {
        Some("admin-password-mismatch")
    } else {
        check_password(&password, &user.email).err().map(|p| p.message_key())
    };
    if let Some(problem) = problem {
        let (csrf, cookie) = pre_login_token(&state);
        let link = format!("/admin/invitation/{token}");
        let page = invitation_page(lang, &csrf, &link, &user.email, Some(t(lang, problem)));
        return Ok(with_cookies(page::respond(StatusCode::UNPROCESSABLE_ENTITY, page), vec![cookie]));
    }
    let hash = tokio::task::spawn_blocking(move || hash_password(&password))
        .await
        .map_err(|e| AdminError::Internal(e.to_string()))?
        .map_err(|e| AdminError::Internal(e.to_string()))?;
    let Some(user_id) = state.db.accept_invitation(&token_hash(&token), &hash).await? else {
        return Err(AdminError::BadRequest("admin-invitation-invalid"));
    };
    state.db.audit((Some(user_id), &user.email), "invitation-accepted", &user.email, "").await?;
    let session = session::start(&state, user_id).await?;
    let cookies = vec![
        session::set_cookie(&state.admin, SESSION_COOKIE, Some(&session), "Lax"),
        session::set_cookie(&state.admin, LOGIN_COOKIE, None, "Strict"),
    ];
    Ok(with_cookies(Redirect::to("/admin").into_response(), cookies))
}
