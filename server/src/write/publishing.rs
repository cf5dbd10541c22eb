//! The one way an organisation's document changes: validate the whole document, save it as
//! the draft or publish it (a revision either way, with its audit line in the same
//! transaction), and, when published, bring the search index up to date before answering,
//! so the change can be found at once.
//!
//! Partners of one organisation share its draft, so two of them may save at the same
//! instant. Every write names the version of the documents it was based on; when another
//! write landed in between, this person's change is merged into the newer draft entry by
//! entry ([`crate::content::merge`]) and tried again, so both acknowledged changes are kept; an entry
//! both changed, or a merge that breaks a rule, is a conflict shown to the person, never a
//! silent overwrite.

use crate::content::editor::Kind;
use crate::content::merge::{merge, MergeError};
use crate::content::Taxonomy;
use crate::content::{self, OrganizationFile};
use crate::db::Database;
use crate::db::{AuditAction, AuditLine, Author, DbError, DocumentRow, RevisionKind};
use crate::search::indexer;
use crate::search::SearchIndex;

/// What the write path works with: the database it writes, the index it keeps current
/// and the taxonomy documents are checked against.
#[derive(Clone, Copy)]
pub struct Publisher<'a> {
    pub db: &'a Database,
    pub index: &'a std::sync::Arc<SearchIndex>,
    pub taxonomy: &'a Taxonomy,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Draft,
    Publish,
    /// An old revision made the draft again.
    Restore,
    /// Published by an Open Referral import: the document's dates are the source's.
    Import,
}

#[derive(Debug, thiserror::Error)]
pub enum CommitError {
    /// The document breaks a rule that spans entries (a service at a location that was
    /// removed…): each problem as a line.
    #[error("document is not valid: {0:?}")]
    Invalid(Vec<String>),
    /// Someone else changed the same entries since this person's version (or their change
    /// and this one break a rule together): nothing was written.
    #[error("conflict with a newer version: {entries:?} {problems:?}")]
    Conflict { entries: Vec<String>, problems: Vec<String> },
    #[error(transparent)]
    Db(#[from] DbError),
}

/// How many times a write is merged and tried again before the person is asked: each try
/// only fails when yet another write landed in the few milliseconds between.
pub const TRIES: usize = 20;

/// Whether another organisation uses `slug` for an entry of `kind`, published or in its
/// draft: slugs are public URLs, unique across the directory.
pub async fn slug_taken(state: &Publisher<'_>, kind: Kind, slug: &str, org_id: i64) -> Result<bool, CommitError> {
    let drafts = state.db.other_drafts(org_id).await?;
    taken_in(state, &drafts, (kind, slug), org_id).await
}

/// [`slug_taken`], with the other organisations' drafts already read.
async fn taken_in(
    state: &Publisher<'_>,
    drafts: &[OrganizationFile],
    (kind, slug): (Kind, &str),
    org_id: i64,
) -> Result<bool, CommitError> {
    for draft in drafts {
        if draft.ids(kind).contains(&slug) {
            return Ok(true);
        }
    }
    Ok(state.db.slug_taken_elsewhere(kind.segment(), slug, org_id).await?)
}

/// The document's problems that span entries, if any, and the slugs another organisation
/// uses.
async fn problems(
    state: &Publisher<'_>,
    (org_id, slug): (i64, &str),
    doc: &OrganizationFile,
) -> Result<Vec<String>, CommitError> {
    let mut problems = content::check_organization(state.taxonomy, std::path::Path::new(slug), doc);
    let message = portineria_app::i18n::t(portineria_app::lang::Lang::It, "admin-slug-in-draft");
    let drafts = state.db.other_drafts(org_id).await?;
    for kind in [Kind::Service, Kind::Programme, Kind::Event] {
        for id in doc.ids(kind) {
            if taken_in(state, &drafts, (kind, id), org_id).await? {
                problems.push(format!("{message} ({id})"));
            }
        }
    }
    Ok(problems)
}

/// What a commit starts from: the documents as the person saw them, and the document they
/// made of them.
pub struct Edit<'a> {
    pub base: &'a DocumentRow,
    pub doc: &'a OrganizationFile,
    pub mode: Mode,
    pub summary: &'a str,
}

/// Saves `change` for the organisation `slug`; merges it into a newer draft when there is
/// one.
pub async fn commit(
    state: &Publisher<'_>,
    slug: &str,
    change: Edit<'_>,
    author: Author<'_>,
) -> Result<(), CommitError> {
    let org_id = change.base.id;
    check(state, (org_id, slug), change.doc).await?;
    let mut base = change.base.clone();
    let mut doc = change.doc.clone();
    for _ in 0..TRIES {
        if write_once(state, slug, Edit { base: &base, doc: &doc, ..change }, author).await? {
            return Ok(());
        }
        // Someone wrote in between: replay this change on what they wrote.
        let newer = state.db.document(slug).await?.ok_or(DbError::Inconsistent(format!("{slug} vanished")))?;
        let working = |row: &DocumentRow| row.draft.clone().unwrap_or_else(|| row.published.clone());
        doc = match merge(&working(&base), &doc, &working(&newer)) {
            Ok(merged) => merged,
            Err(MergeError::Conflict(entries)) => return Err(CommitError::Conflict { entries, problems: Vec::new() }),
        };
        let problems_merged = problems(state, (org_id, slug), &doc).await?;
        if !problems_merged.is_empty() {
            return Err(CommitError::Conflict { entries: Vec::new(), problems: problems_merged });
        }
        base = newer;
    }
    Err(CommitError::Conflict { entries: Vec::new(), problems: Vec::new() })
}

/// Writes `change` exactly over `change.base`, or nothing when the organisation moved on
/// since it was read (`false`). For writers that must decide again on what is there now
/// rather than merge into it: an import must not publish an admin's newer draft.
pub async fn commit_exactly(
    state: &Publisher<'_>,
    slug: &str,
    change: Edit<'_>,
    author: Author<'_>,
) -> Result<bool, CommitError> {
    check(state, (change.base.id, slug), change.doc).await?;
    write_once(state, slug, change, author).await
}

/// [`CommitError::Invalid`] when the document breaks a rule that spans entries.
async fn check(state: &Publisher<'_>, org: (i64, &str), doc: &OrganizationFile) -> Result<(), CommitError> {
    let problems_now = problems(state, org, doc).await?;
    if problems_now.is_empty() {
        Ok(())
    } else {
        Err(CommitError::Invalid(problems_now))
    }
}

/// One try at writing `change` over the version it is based on; `false` when that version
/// is no longer the newest.
async fn write_once(
    state: &Publisher<'_>,
    slug: &str,
    change: Edit<'_>,
    author: Author<'_>,
) -> Result<bool, CommitError> {
    let target = format!("organization:{slug}");
    let action = match change.mode {
        Mode::Draft => AuditAction::SaveDraft,
        Mode::Restore => AuditAction::Restore,
        Mode::Publish => AuditAction::Publish,
        Mode::Import => AuditAction::ImportHsds,
    };
    let line = AuditLine { action, target: &target, detail: change.summary };
    let (base, doc) = (change.base, change.doc);
    let revision = |kind| (kind, author, change.summary);
    Ok(match change.mode {
        Mode::Draft | Mode::Restore => {
            let kind = if change.mode == Mode::Draft { RevisionKind::Draft } else { RevisionKind::Restore };
            state.db.save_draft((base.id, base.version), doc, revision(kind), line).await?.is_some()
        }
        Mode::Publish | Mode::Import => {
            let mut dated = doc.clone();
            let kind = if change.mode == Mode::Import {
                RevisionKind::Import
            } else {
                dated.forget_changed_dates(&base.published);
                RevisionKind::Publish
            };
            let published = state.db.publish(Some((base.id, base.version)), &dated, revision(kind), line).await?;
            if published.is_some() {
                update_index(state).await;
            }
            published.is_some()
        }
    })
}

/// Publishes exactly the draft `base` holds, or nothing when the documents moved on since
/// it was read (the person must look at the newer draft first). `false` when nothing was
/// published.
pub async fn publish_draft(
    state: &Publisher<'_>,
    slug: &str,
    base: &DocumentRow,
    summary: &str,
    author: Author<'_>,
) -> Result<bool, CommitError> {
    let Some(draft) = &base.draft else { return Ok(false) };
    check(state, (base.id, slug), draft).await?;
    let target = format!("organization:{slug}");
    let line = AuditLine { action: AuditAction::Publish, target: &target, detail: summary };
    let mut dated = draft.clone();
    dated.forget_changed_dates(&base.published);
    let published =
        state.db.publish(Some((base.id, base.version)), &dated, (RevisionKind::Publish, author, summary), line).await?;
    if published.is_some() {
        update_index(state).await;
    }
    Ok(published.is_some())
}

/// Brings the index up to date after a publication, before answering.
async fn update_index(state: &Publisher<'_>) {
    if let Err(e) = indexer::catch_up(state.db, state.index).await {
        // The index follows the database on its own a moment later.
        tracing::error!("index update after publishing: {e}");
    }
}

/// Creates a new, published organisation (from the admin area, with just its name and
/// description; from an import, whole), its audit line saying which.
pub async fn create_organization(
    state: &Publisher<'_>,
    doc: &OrganizationFile,
    author: Author<'_>,
    action: AuditAction,
) -> Result<i64, CommitError> {
    let slug = &doc.organization.slug;
    let problems_now = content::check_organization(state.taxonomy, std::path::Path::new(slug), doc);
    if !problems_now.is_empty() {
        return Err(CommitError::Invalid(problems_now));
    }
    let target = format!("organization:{slug}");
    let line = AuditLine { action, target: &target, detail: "" };
    let kind = if action == AuditAction::ImportHsds { RevisionKind::Import } else { RevisionKind::Publish };
    let id = state.db.publish(None, doc, (kind, author, "created"), line).await?;
    update_index(state).await;
    id.ok_or_else(|| CommitError::Db(DbError::Inconsistent("a new organisation has no version".into())))
}
