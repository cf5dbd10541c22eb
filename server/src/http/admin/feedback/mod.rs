//! The verification queue (`/admin/feedback`): what families and mediators reported about
//! the services of the person's organisations (every organisation's, for a coordinator),
//! and marking a report handled, which writes an audit line.

pub mod service;
mod views;

use super::page::{self, Done};
use super::session::Admin;
use super::{forms::Form, urls, AdminError};
use crate::db::DashboardOrganization;
use crate::state::AppState;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Duration, Utc};

/// The words a redirect brings back to the queue.
pub const DONE: [&str; 2] = ["handled", "already-handled"];

pub async fn queue(
    State(state): State<AppState>,
    admin: Admin,
    Query(done): Query<Done>,
) -> Result<Response, AdminError> {
    let only = (!admin.is_coordinator()).then(|| admin.organizations.clone());
    let organizations = state.db.dashboard(only.as_deref()).await?;
    let services = of_organizations(&state, &organizations).await?;
    Ok(page::ok(views::queue(&admin, done.notice(admin.lang, &DONE), services)))
}

/// The queue of `organizations` (the ones a person sees), which the dashboard counts too.
pub async fn of_organizations(
    state: &AppState,
    organizations: &[DashboardOrganization],
) -> Result<Vec<service::ServiceFeedback>, AdminError> {
    let reports = state.db.open_feedback().await?;
    let counts = state.db.feedback_counts(Utc::now() - Duration::days(service::VOTE_DAYS)).await?;
    Ok(service::queue(organizations, reports, counts))
}

/// `POST /admin/feedback/{id}/handled`.
pub async fn handled(
    State(state): State<AppState>,
    admin: Admin,
    Path(id): Path<String>,
    form: Form,
) -> Result<Response, AdminError> {
    form.checked(&admin)?;
    let id: i64 = id.parse().map_err(|_| AdminError::NotFound)?;
    let org = state.db.feedback_organization(id).await?.ok_or(AdminError::NotFound)?;
    admin.may_edit(org)?;
    let word = if state.db.handle_feedback(id, admin.actor()).await? { "handled" } else { "already-handled" };
    Ok(Redirect::to(&urls::done(urls::FEEDBACK, word)).into_response())
}
