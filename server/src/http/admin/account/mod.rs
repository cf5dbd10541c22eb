//! Logging in (password, then the second factor where enrolled) and out, the admin area's
//! language, and the one-time links of invitations and password resets. The handlers read
//! the request and its cookies, check the pre-login CSRF token, call [`service`] for the
//! step itself and answer with [`views`] or a redirect that sets the cookies.

pub(super) mod service;
mod views;

use super::forms::Form;
use super::page;
use super::session::{self, Admin, ClientAddress, CHALLENGE_COOKIE, LOGIN_COOKIE, SESSION_COOKIE};
use super::urls;
use super::{request_lang, AdminError, LANG_COOKIE};
use crate::accounts::{random_token, same_secret};
use crate::db::{AuditAction, User};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use portineria_app::lang::Lang;
use service::{CodeStep, LinkPassword, PasswordStep};

fn with_cookies(mut response: Response, cookies: Vec<HeaderValue>) -> Response {
    for cookie in cookies {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
}

/// A fresh double-submit token for a form shown before login.
fn pre_login_token(state: &AppState) -> (String, HeaderValue) {
    let token = random_token();
    let cookie = session::set_cookie(&state.admin, LOGIN_COOKIE, Some(&token), "Strict");
    (token, cookie)
}

/// A pre-login page answered with `status`, with a fresh token for its form.
fn pre_login_page(state: &AppState, status: StatusCode, page: impl FnOnce(&str) -> String) -> Response {
    let (token, cookie) = pre_login_token(state);
    with_cookies(page::respond(status, page(&token)), vec![cookie])
}

/// The pre-login forms' CSRF check: the field must match the cookie set with the form.
fn check_pre_login(state: &AppState, headers: &HeaderMap, form: &Form) -> Result<(), AdminError> {
    let cookie = session::read_cookie(&state.admin, headers, LOGIN_COOKIE).unwrap_or("");
    if cookie.is_empty() || !same_secret(cookie, form.get("csrf")) {
        return Err(AdminError::Csrf);
    }
    Ok(())
}

pub async fn login_form(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let lang = request_lang(&headers);
    pre_login_page(&state, StatusCode::OK, |token| views::login_page(lang, token, "", None))
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
    match service::check_password_login(&state, &address, form.get("email"), form.get("password")).await? {
        PasswordStep::Refused { email } => Ok(pre_login_page(&state, StatusCode::UNAUTHORIZED, |token| {
            views::login_page(lang, token, &email, Some("admin-login-failed"))
        })),
        PasswordStep::Passed(user) if user.has_totp => second_step(&state, user.id).await,
        PasswordStep::Passed(user) => log_in(&state, &user, AuditAction::Login).await,
    }
}

/// Starts a session for `user` after every factor was checked, and goes to the dashboard.
async fn log_in(state: &AppState, user: &User, action: AuditAction) -> Result<Response, AdminError> {
    let token = service::start_session(state, user, action).await?;
    let cookies = vec![
        session::set_cookie(&state.admin, SESSION_COOKIE, Some(&token), "Lax"),
        session::set_cookie(&state.admin, LOGIN_COOKIE, None, "Strict"),
        session::set_cookie(&state.admin, CHALLENGE_COOKIE, None, "Strict"),
        session::set_cookie(&state.admin, LANG_COOKIE, Some(&user.lang), "Lax"),
    ];
    Ok(with_cookies(Redirect::to(urls::DASHBOARD).into_response(), cookies))
}

/// The password was right and the account has a second factor: the challenge goes into a
/// cookie, and the browser to the code's form.
async fn second_step(state: &AppState, user_id: i64) -> Result<Response, AdminError> {
    let token = service::open_challenge(state, user_id).await?;
    let cookie = session::set_cookie(&state.admin, CHALLENGE_COOKIE, Some(&token), "Strict");
    Ok(with_cookies(Redirect::to(urls::LOGIN_CODE).into_response(), vec![cookie]))
}

/// The login challenge's token from its cookie, if any.
fn challenge_token<'a>(state: &AppState, headers: &'a HeaderMap) -> Option<&'a str> {
    session::read_cookie(&state.admin, headers, CHALLENGE_COOKIE).filter(|t| !t.is_empty())
}

pub async fn code_form(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, AdminError> {
    if service::challenge(&state, challenge_token(&state, &headers)).await?.is_none() {
        return Ok(Redirect::to(urls::LOGIN).into_response());
    }
    let lang = request_lang(&headers);
    Ok(pre_login_page(&state, StatusCode::OK, |token| views::code_page(lang, token, None)))
}

/// The second step: a TOTP code or a recovery code for the challenge in the cookie.
pub async fn code(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    form: Form,
) -> Result<Response, AdminError> {
    check_pre_login(&state, &headers, &form)?;
    let lang = request_lang(&headers);
    match service::check_code(&state, &address, challenge_token(&state, &headers), form.get("code")).await? {
        CodeStep::Expired => Ok(pre_login_page(&state, StatusCode::UNAUTHORIZED, |token| {
            views::login_page(lang, token, "", Some("admin-login-code-expired"))
        })),
        CodeStep::Wrong => Ok(pre_login_page(&state, StatusCode::UNAUTHORIZED, |token| {
            views::code_page(lang, token, Some("admin-login-code-wrong"))
        })),
        CodeStep::Passed { user, action } => log_in(&state, &user, action).await,
    }
}

/// Goes back to the login form without the session cookie.
fn logged_out(state: &AppState) -> Response {
    let cookie = session::set_cookie(&state.admin, SESSION_COOKIE, None, "Lax");
    with_cookies(Redirect::to(urls::LOGIN).into_response(), vec![cookie])
}

pub async fn logout(State(state): State<AppState>, admin: Admin, form: Form) -> Result<Response, AdminError> {
    form.checked(&admin)?;
    service::end_session(&state, &admin).await?;
    Ok(logged_out(&state))
}

/// Ends every session of the account, this one included (a lost phone, a shared computer).
pub async fn logout_everywhere(
    State(state): State<AppState>,
    admin: Admin,
    form: Form,
) -> Result<Response, AdminError> {
    form.checked(&admin)?;
    service::end_every_session(&state, &admin).await?;
    Ok(logged_out(&state))
}

pub async fn language(State(state): State<AppState>, admin: Admin, form: Form) -> Result<Response, AdminError> {
    let form = form.checked(&admin)?;
    let lang = Lang::from_code(crate::content::editor::form::first(&form, "lang"))
        .ok_or(AdminError::BadRequest("admin-error-malformed"))?;
    state.db.set_user_lang(admin.user.id, lang.code()).await?;
    let cookie = session::set_cookie(&state.admin, LANG_COOKIE, Some(lang.code()), "Lax");
    Ok(with_cookies(Redirect::to(urls::DASHBOARD).into_response(), vec![cookie]))
}

pub async fn invitation_form(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
) -> Result<Response, AdminError> {
    let (user, purpose) = service::link_holder(&state, &token).await?;
    let lang = request_lang(&headers);
    let link = urls::invitation(&token);
    Ok(pre_login_page(&state, StatusCode::OK, |csrf| {
        views::invitation_page(lang, csrf, (&link, purpose), &user.email, None)
    }))
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
    let (user, purpose) = service::link_holder(&state, &token).await?;
    let lang = request_lang(&headers);
    let typed = (form.get("password"), form.get("confirm"));
    match service::set_link_password(&state, &token, (&user, purpose), typed).await? {
        LinkPassword::Refused(problem) => {
            let link = urls::invitation(&token);
            Ok(pre_login_page(&state, StatusCode::UNPROCESSABLE_ENTITY, |csrf| {
                views::invitation_page(lang, csrf, (&link, purpose), &user.email, Some(problem.message_key()))
            }))
        }
        LinkPassword::Set(user_id) if user.has_totp => second_step(&state, user_id).await,
        LinkPassword::Set(_) => log_in(&state, &user, AuditAction::Login).await,
    }
}
