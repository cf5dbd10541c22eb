//! The one way an organisation's document changes: validate the whole document, save it as
//! the draft or publish it (a revision either way), write the audit line, and, when
//! published, bring the search index up to date before answering, so the change can be
//! found at once.

use crate::content::{self, OrganizationFile};
use crate::db::{Author, DbError};
use crate::directory::AppState;
use crate::indexer;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Draft,
    Publish,
    /// An old revision made the draft again.
    Restore,
}

#[derive(Debug, thiserror::Error)]
pub enum CommitError {
    /// The document breaks a rule that spans entries (a service at a location that was
    /// removed…): each problem as a line.
    #[error("document is not valid: {0:?}")]
    Invalid(Vec<String>),
    #[error(transparent)]
    Db(#[from] DbError),
}

/// The document's problems that span entries, if any.
fn check(state: &AppState, slug: &str, doc: &OrganizationFile) -> Result<(), CommitError> {
    let problems = content::check_organization(&state.taxonomy, std::path::Path::new(slug), doc);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(CommitError::Invalid(problems))
    }
}

/// Publishes `doc` (a new organisation when `org_id` is `None`) and brings the index up to
/// date before returning; the organisation's id.
async fn publish(
    state: &AppState,
    org_id: Option<i64>,
    doc: &OrganizationFile,
    author: Author<'_>,
    summary: &str,
) -> Result<i64, CommitError> {
    let id = state.db.publish(org_id, doc, "publish", author, summary).await?;
    if let Err(e) = indexer::catch_up(&state.db, &state.index).await {
        // The index follows the database on its own a moment later.
        tracing::error!("index update after publishing: {e}");
    }
    Ok(id)
}

/// Saves `doc` for the organisation `org_id` (`slug` names it in messages).
pub async fn commit(
    state: &AppState,
    (org_id, slug): (i64, &str),
    doc: &OrganizationFile,
    mode: Mode,
    author: Author<'_>,
    summary: &str,
) -> Result<(), CommitError> {
    check(state, slug, doc)?;
    let action = match mode {
        Mode::Draft => {
            state.db.save_draft(org_id, doc, "draft", author, summary).await?;
            "save-draft"
        }
        Mode::Restore => {
            state.db.save_draft(org_id, doc, "restore", author, summary).await?;
            "restore"
        }
        Mode::Publish => {
            publish(state, Some(org_id), doc, author, summary).await?;
            "publish"
        }
    };
    state.db.audit(author, action, &format!("organization:{slug}"), summary).await?;
    Ok(())
}

/// Creates a new, published organisation with just its name and description.
pub async fn create_organization(
    state: &AppState,
    doc: &OrganizationFile,
    author: Author<'_>,
) -> Result<i64, CommitError> {
    let slug = &doc.organization.slug;
    check(state, slug, doc)?;
    let id = publish(state, None, doc, author, "created").await?;
    state.db.audit(author, "create-organization", &format!("organization:{slug}"), "").await?;
    Ok(id)
}
