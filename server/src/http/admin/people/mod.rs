//! The coordinator's pages for people and organisations: accounts with their roles and
//! organisations, invitations by one-time link, and new organisations. The handlers check
//! that a coordinator asks (and the form's token), call [`service`] and answer the people
//! page of [`views`] or a redirect.

mod service;
mod views;

use super::forms::Form;
use super::page::{self, Done};
use super::session::Admin;
use super::urls;
use super::AdminError;
use crate::content::editor::form::FormValues;
use crate::db::{AuditAction, AuditLine, User};
use crate::state::AppState;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use service::Invitation;

/// The people page, with `top` (a notice, a problem or a new link) on it, answered with
/// `status`.
async fn people_page(
    state: &AppState,
    admin: &Admin,
    top: AnyView,
    status: StatusCode,
) -> Result<Response, AdminError> {
    let people = service::people(state).await?;
    Ok(page::respond(status, views::people_page(admin, &people, top, state.admin.mailer.is_some())))
}

pub async fn list(
    State(state): State<AppState>,
    admin: Admin,
    Query(done): Query<Done>,
) -> Result<Response, AdminError> {
    admin.require_coordinator()?;
    let top = done.notice(admin.lang, &["saved"]);
    people_page(&state, &admin, top, StatusCode::OK).await
}

/// Creates the account and shows its one-time link (to be sent by the coordinator).
pub async fn invite(
    State(state): State<AppState>,
    admin: Admin,
    headers: HeaderMap,
    form: Form,
) -> Result<Response, AdminError> {
    admin.require_coordinator()?;
    let form = form.checked(&admin)?;
    let lang = admin.lang;
    let (top, status) = match service::invite(&state, &admin, &headers, &form).await? {
        Invitation::Refused(problem) => (views::invitation_refused(lang, problem), StatusCode::UNPROCESSABLE_ENTITY),
        Invitation::Created { email, link, hours, delivery } => {
            (views::invitation_created(lang, link, hours, (&email, delivery)), StatusCode::OK)
        }
    };
    people_page(&state, &admin, top, status).await
}

/// A fresh link for an existing account to choose a new password (a forgotten password, an
/// invitation that expired): shown on screen like invitations.
pub async fn reset_link(
    State(state): State<AppState>,
    admin: Admin,
    Path(id): Path<String>,
    headers: HeaderMap,
    form: Form,
) -> Result<Response, AdminError> {
    let (user, form) = account_form(&state, &admin, &id, form).await?;
    let (link, delivery) = service::reset_link(&state, &admin, &headers, (&user, &form)).await?;
    let top = views::reset_link_created(admin.lang, &user.email, link, delivery);
    people_page(&state, &admin, top, StatusCode::OK).await
}

/// A coordinator's form about the account `id` (from the URL): the account and the form's
/// values, once the person and the token are checked.
async fn account_form(state: &AppState, admin: &Admin, id: &str, form: Form) -> Result<(User, FormValues), AdminError> {
    admin.require_coordinator()?;
    let form = form.checked(admin)?;
    let user = state.db.user_by_id(super::organizations::number(id)?).await?.ok_or(AdminError::NotFound)?;
    Ok((user, form))
}

/// Removes another account's second factor (a lost phone); audited.
pub async fn reset_mfa(
    State(state): State<AppState>,
    admin: Admin,
    Path(id): Path<String>,
    form: Form,
) -> Result<Response, AdminError> {
    let (user, _) = account_form(&state, &admin, &id, form).await?;
    let line = AuditLine { action: AuditAction::MfaReset, target: &user.email, detail: "" };
    state.db.reset_mfa(user.id, (admin.actor(), line)).await?;
    people_page(&state, &admin, views::mfa_reset_done(admin.lang, &user.email), StatusCode::OK).await
}

/// Changes an account's role, whether it may log in, and its organisations.
pub async fn update(
    State(state): State<AppState>,
    admin: Admin,
    Path(id): Path<String>,
    form: Form,
) -> Result<Response, AdminError> {
    let (user, form) = account_form(&state, &admin, &id, form).await?;
    service::update_access(&state, &admin, &user, &form).await?;
    Ok(Redirect::to(&urls::done(urls::PEOPLE, "saved")).into_response())
}

/// A new organisation, published at once with its name and description in Italian.
pub async fn create_organization(
    State(state): State<AppState>,
    admin: Admin,
    form: Form,
) -> Result<Response, AdminError> {
    admin.require_coordinator()?;
    let form = form.checked(&admin)?;
    let slug = service::create_organization(&state, &admin, &form).await?;
    Ok(Redirect::to(&urls::done(&urls::org(&slug).page(), "created")).into_response())
}
