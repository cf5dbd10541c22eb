//! A person's own account: changing the password (the other sessions end) and enrolling a
//! second factor (TOTP), with ten one-time recovery codes shown once. The handlers check
//! the form, call [`service`] and answer with [`views`].

mod service;
mod views;

use super::forms::Form;
use super::page::{self, notice};
use super::session::{Admin, ClientAddress};
use super::urls;
use super::AdminError;
use crate::content::editor::form::first;
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use portineria_app::i18n::t;
use service::{Confirmation, PasswordChange};

/// The account page with `top` above it, answered with `status`.
async fn account_page(
    state: &AppState,
    admin: &Admin,
    top: AnyView,
    status: StatusCode,
) -> Result<Response, AdminError> {
    let recovery_left =
        if admin.user.has_totp { Some(state.db.recovery_codes_left(admin.user.id).await?) } else { None };
    Ok(page::respond(status, views::account_page(admin, recovery_left, top)))
}

pub async fn show(State(state): State<AppState>, admin: Admin) -> Result<Response, AdminError> {
    if admin.must_enrol {
        return Ok(Redirect::to(urls::ACCOUNT_MFA).into_response());
    }
    account_page(&state, &admin, ().into_any(), StatusCode::OK).await
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
    let typed = (first(&form, "current"), first(&form, "password"), first(&form, "confirm"));
    let (top, status) = match service::change_password(&state, &admin, &address, typed).await? {
        PasswordChange::Changed => (notice(Some(t(lang, "admin-password-changed"))), StatusCode::OK),
        PasswordChange::Refused(problem) => {
            (views::problem(lang, problem.message_key()), StatusCode::UNPROCESSABLE_ENTITY)
        }
        PasswordChange::WrongCurrent => {
            (views::problem(lang, "admin-current-password-wrong"), StatusCode::UNPROCESSABLE_ENTITY)
        }
    };
    account_page(&state, &admin, top, status).await
}

/// The enrolment page with a new secret and `top` above it, answered with `status`.
async fn enrol_page(state: &AppState, admin: &Admin, top: AnyView, status: StatusCode) -> Result<Response, AdminError> {
    let enrolment = service::new_enrolment(state, admin).await?;
    Ok(page::respond(status, views::enrol_page(admin, enrolment, top)))
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
    if admin.user.has_totp {
        return Ok(Redirect::to(urls::ACCOUNT).into_response());
    }
    let status = match service::confirm_enrolment(&state, &admin, first(&form, "code")).await? {
        Confirmation::Enabled(codes) => return Ok(page::ok(views::recovery_codes_page(&admin, codes))),
        Confirmation::WrongCode => StatusCode::UNPROCESSABLE_ENTITY,
        Confirmation::Conflict => StatusCode::CONFLICT,
    };
    enrol_page(&state, &admin, views::problem(admin.lang, "admin-mfa-wrong-code"), status).await
}
