//! The dashboard at `/admin`: the person's organisations and what needs their attention,
//! read in one query however many organisations they see.

pub mod service;
mod views;

use super::feedback;
use super::organizations::DONE;
use super::page::{self, Done};
use super::session::Admin;
use super::AdminError;
use crate::state::AppState;
use axum::extract::{Query, State};
use axum::response::Response;

pub async fn dashboard(
    State(state): State<AppState>,
    admin: Admin,
    Query(done): Query<Done>,
) -> Result<Response, AdminError> {
    let only = (!admin.is_coordinator()).then(|| admin.organizations.clone());
    let rows = state.db.dashboard(only.as_deref()).await?;
    let attention = service::attention(&rows, chrono::Utc::now(), crate::period::today());
    let reported: Vec<_> =
        feedback::of_organizations(&state, &rows).await?.into_iter().filter(|s| !s.open.is_empty()).collect();
    let organizations: Vec<_> = rows.into_iter().map(|row| row.organization).collect();
    Ok(page::ok(views::dashboard(&admin, done.notice(admin.lang, &DONE), &organizations, &attention, &reported)))
}
