//! An organisation's documents as one admin request sees them, and the writes on them
//! (save, publish, discard) with their outcomes as types, for the handlers of this area
//! and of `entries` and `preview` to answer. No HTML here.

use super::super::session::Admin;
use super::super::urls;
use super::super::AdminError;
use crate::content::editor::diff::{diff, touched};
use crate::content::OrganizationFile;
use crate::db::{AuditAction, AuditLine, DocumentRow};
use crate::state::AppState;
use crate::write::publishing::{commit, publish_draft, CommitError, Edit, Mode};

/// An organisation the person asking may edit, with its documents as this request read
/// them.
pub struct OrgDoc {
    pub id: i64,
    pub slug: String,
    pub row: DocumentRow,
    pub published: OrganizationFile,
    pub draft: Option<OrganizationFile>,
}

impl OrgDoc {
    /// What editors work on: the draft, or the published document when there is none.
    pub fn working(&self) -> &OrganizationFile {
        self.draft.as_ref().unwrap_or(&self.published)
    }

    /// The links of the organisation's pages.
    pub fn links(&self) -> urls::Org<'_> {
        urls::org(&self.slug)
    }

    pub fn url(&self) -> String {
        self.links().page()
    }

    /// Whether `sent` (the version a form came with) is the version this request read.
    fn is_version(&self, sent: &str) -> bool {
        sent == self.row.version.to_string()
    }
}

/// Loads an organisation for `admin`, or 404 when it does not exist or is not theirs.
pub async fn load(state: &AppState, admin: &Admin, slug: &str) -> Result<OrgDoc, AdminError> {
    let row = state.db.document(slug).await?.ok_or(AdminError::NotFound)?;
    admin.may_edit(row.id)?;
    Ok(OrgDoc { id: row.id, slug: slug.to_string(), published: row.published.clone(), draft: row.draft.clone(), row })
}

/// What a write on an organisation's documents came to.
pub enum Outcome {
    /// Written.
    Done,
    /// There was nothing to write (no draft to publish).
    Nothing,
    /// The whole document breaks a rule no single form could see: nothing was written.
    Invalid(Vec<String>),
    /// Someone changed the documents since this request read them: nothing was written.
    /// `newer` is what they are now; `clashes` names what both changed, where known.
    Moved { newer: Box<OrgDoc>, clashes: Vec<String> },
}

impl Outcome {
    /// The outcome of a [`CommitError`], re-reading the documents when they moved.
    async fn of_error(state: &AppState, admin: &Admin, org: &OrgDoc, error: CommitError) -> Result<Self, AdminError> {
        match error {
            CommitError::Invalid(problems) => Ok(Outcome::Invalid(problems)),
            CommitError::Conflict { entries, problems } => Ok(Outcome::Moved {
                newer: Box::new(load(state, admin, &org.slug).await?),
                clashes: entries.into_iter().chain(problems).collect(),
            }),
            CommitError::Db(e) => Err(e.into()),
        }
    }

    async fn moved(state: &AppState, admin: &Admin, org: &OrgDoc) -> Result<Self, AdminError> {
        Ok(Outcome::Moved { newer: Box::new(load(state, admin, &org.slug).await?), clashes: Vec::new() })
    }
}

/// Saves `doc` as the organisation's draft, or publishes it (`mode`), based on the
/// version `org` was read at.
pub async fn save(
    state: &AppState,
    admin: &Admin,
    org: &OrgDoc,
    (doc, mode, summary): (&OrganizationFile, Mode, &str),
) -> Result<Outcome, AdminError> {
    let change = Edit { base: &org.row, doc, mode, summary };
    match commit(&state.publisher(), &org.slug, change, admin.actor()).await {
        Ok(()) => Ok(Outcome::Done),
        Err(e) => Outcome::of_error(state, admin, org, e).await,
    }
}

/// Publishes the draft the person looked at (`sent`: the version its form came with).
pub async fn publish(state: &AppState, admin: &Admin, org: &OrgDoc, sent: &str) -> Result<Outcome, AdminError> {
    let Some(draft) = &org.draft else { return Ok(Outcome::Nothing) };
    if !org.is_version(sent) {
        return Outcome::moved(state, admin, org).await;
    }
    let summary = touched(&diff(Some(&org.published), draft)).join(", ");
    match publish_draft(&state.publisher(), &org.slug, &org.row, &summary, admin.actor()).await {
        Ok(true) => Ok(Outcome::Done),
        Ok(false) => Outcome::moved(state, admin, org).await,
        Err(e) => Outcome::of_error(state, admin, org, e).await,
    }
}

/// Drops the draft the person looked at (`sent`: its version); a draft saved since is kept.
pub async fn discard(state: &AppState, admin: &Admin, org: &OrgDoc, sent: &str) -> Result<Outcome, AdminError> {
    if org.draft.is_none() {
        return Ok(Outcome::Done);
    }
    let target = format!("organization:{}", org.slug);
    let line = AuditLine { action: AuditAction::DiscardDraft, target: &target, detail: "" };
    let discarded = org.is_version(sent)
        && state.db.discard_draft((org.id, org.row.version), admin.actor(), &org.published, line).await?;
    if discarded {
        Ok(Outcome::Done)
    } else {
        Outcome::moved(state, admin, org).await
    }
}
