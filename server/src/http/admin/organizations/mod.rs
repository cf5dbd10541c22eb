//! An organisation's page, its draft (changes, publish, discard) and its revisions
//! (history, diff, restore): the handlers. The documents and the writes on them are in
//! [`service`], the pages in [`views`].

pub mod service;
pub mod translations;
pub mod views;

use super::forms::Form;
use super::page::{self, Done};
use super::session::Admin;
use super::urls;
use super::AdminError;
use crate::content::editor::completeness::{completeness, outdated};
use crate::content::editor::diff::{diff, touched, Change};
use crate::content::editor::form::first;
use crate::state::AppState;
use crate::write::publishing::Mode;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use service::{load, OrgDoc, Outcome};
use std::collections::HashMap;

/// The words a redirect may bring back to the dashboard or an organisation's page.
pub const DONE: [&str; 9] =
    ["saved", "published", "discarded", "verified", "restored", "deleted", "created", "confirmed", "nothing"];

/// What the draft changes against the published document (nothing without a draft).
fn draft_changes(org: &OrgDoc) -> Vec<Change> {
    org.draft.as_ref().map(|draft| diff(Some(&org.published), draft)).unwrap_or_default()
}

/// The answer to a write: on to `then` when it happened, otherwise the page saying why not
/// (the rules the document breaks, or the draft as someone else left it).
pub fn answer(admin: &Admin, org: &OrgDoc, outcome: Outcome, then: &str) -> Response {
    match outcome {
        Outcome::Done => Redirect::to(then).into_response(),
        Outcome::Nothing => Redirect::to(&urls::done(&org.url(), "nothing")).into_response(),
        Outcome::Invalid(problems) => {
            page::respond(StatusCode::UNPROCESSABLE_ENTITY, views::problems(admin, org, &problems))
        }
        Outcome::Moved { newer, clashes } => draft_moved(admin, &newer, &clashes),
    }
}

/// The draft changed since the person's page was read: nothing was written.
pub fn draft_moved(admin: &Admin, newer: &OrgDoc, clashes: &[String]) -> Response {
    page::respond(StatusCode::CONFLICT, views::draft_moved(admin, newer, &draft_changes(newer), clashes))
}

/// A numeric id from a URL; anything else names nothing (a translated 404, not a parse error).
pub fn number(id: &str) -> Result<i64, AdminError> {
    id.parse().map_err(|_| AdminError::NotFound)
}

pub async fn show(
    State(state): State<AppState>,
    admin: Admin,
    Path(slug): Path<String>,
    Query(done): Query<Done>,
) -> Result<Response, AdminError> {
    let org = load(&state, &admin, &slug).await?;
    let stamps: HashMap<_, _> =
        state.db.verifications(org.id).await?.into_iter().map(|v| (v.entry.clone(), v)).collect();
    let counts = completeness(org.working());
    let outdated = outdated(org.working());
    let page = views::OrgPage {
        notice: done.notice(admin.lang, &DONE),
        draft_changes: org.draft.is_some().then(|| draft_changes(&org).len()),
        completeness: &counts,
        outdated: &outdated,
        stamps: &stamps,
    };
    Ok(page::ok(views::organization(&admin, &org, page)))
}

pub async fn changes(
    State(state): State<AppState>,
    admin: Admin,
    Path(slug): Path<String>,
) -> Result<Response, AdminError> {
    let org = load(&state, &admin, &slug).await?;
    let changes = draft_changes(&org);
    let changed = touched(&changes);
    // The public pages the draft changes, to preview.
    let previews: Vec<_> = org
        .draft
        .iter()
        .flat_map(|draft| draft.all_entries())
        .filter(|entry| {
            entry.kind().public_segment().is_some() && changed.contains(&entry.kind().entry_key(entry.id()))
        })
        .map(|entry| (entry.kind(), entry.id().to_string(), entry.title().to_string()))
        .collect();
    Ok(page::ok(views::changes(&admin, &org, &changes, &previews)))
}

/// Publishes the draft the person looked at (its version came with the form); when it
/// changed since, nothing is published and the newer draft is shown.
pub async fn publish(
    State(state): State<AppState>,
    admin: Admin,
    Path(slug): Path<String>,
    form: Form,
) -> Result<Response, AdminError> {
    let form = form.checked(&admin)?;
    let org = load(&state, &admin, &slug).await?;
    let outcome = service::publish(&state, &admin, &org, first(&form, "version")).await?;
    Ok(answer(&admin, &org, outcome, &urls::done(&org.url(), "published")))
}

/// Drops the draft the person looked at; a draft saved since is kept and shown.
pub async fn discard(
    State(state): State<AppState>,
    admin: Admin,
    Path(slug): Path<String>,
    form: Form,
) -> Result<Response, AdminError> {
    let form = form.checked(&admin)?;
    let org = load(&state, &admin, &slug).await?;
    let outcome = service::discard(&state, &admin, &org, first(&form, "version")).await?;
    Ok(answer(&admin, &org, outcome, &urls::done(&org.url(), "discarded")))
}

pub async fn revisions(
    State(state): State<AppState>,
    admin: Admin,
    Path(slug): Path<String>,
) -> Result<Response, AdminError> {
    let org = load(&state, &admin, &slug).await?;
    let revisions = state.db.revisions(org.id, 200).await?;
    Ok(page::ok(views::revisions(&admin, &org, revisions)))
}

pub async fn revision(
    State(state): State<AppState>,
    admin: Admin,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, AdminError> {
    let org = load(&state, &admin, &slug).await?;
    let (entry, doc, before) = state.db.revision(org.id, number(&id)?).await?.ok_or(AdminError::NotFound)?;
    Ok(page::ok(views::revision(&admin, &org, &entry, &diff(before.as_ref(), &doc))))
}

/// Makes an old revision the draft again: it can be previewed, then published.
pub async fn restore(
    State(state): State<AppState>,
    admin: Admin,
    Path((slug, id)): Path<(String, String)>,
    form: Form,
) -> Result<Response, AdminError> {
    form.checked(&admin)?;
    let org = load(&state, &admin, &slug).await?;
    let (_, doc, _) = state.db.revision(org.id, number(&id)?).await?.ok_or(AdminError::NotFound)?;
    let outcome = service::save(&state, &admin, &org, (&doc, Mode::Restore, &format!("#{id}"))).await?;
    Ok(answer(&admin, &org, outcome, &urls::done(&org.url(), "restored")))
}
