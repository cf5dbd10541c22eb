//! The coordinator's reports: the audit log, and what people search for and do not find.
//! The handlers check that a coordinator asks, read through [`service`] and answer with
//! [`views`].

mod service;
mod views;

use super::page;
use super::session::Admin;
use super::AdminError;
use crate::state::AppState;
use axum::extract::{Query, State};
use axum::response::Response;

/// `?page=` of the audit log (read leniently: anything else is the first page).
#[derive(serde::Deserialize, Default)]
pub struct AuditQuery {
    page: Option<String>,
}

pub async fn audit(
    State(state): State<AppState>,
    admin: Admin,
    Query(query): Query<AuditQuery>,
) -> Result<Response, AdminError> {
    admin.require_coordinator()?;
    let lines = service::audit_page(&state, query.page).await?;
    Ok(page::ok(views::audit(&admin, lines)))
}

/// `?days=` of the needs report (read leniently, like the audit log's page).
#[derive(serde::Deserialize, Default)]
pub struct NeedsQuery {
    days: Option<String>,
}

pub async fn needs(
    State(state): State<AppState>,
    admin: Admin,
    Query(query): Query<NeedsQuery>,
) -> Result<Response, AdminError> {
    admin.require_coordinator()?;
    let report = service::needs(&state, query.days).await?;
    Ok(page::ok(views::needs(&admin, report)))
}
