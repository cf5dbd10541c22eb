//! Importing `content/` into the database: idempotent (unchanged files are skipped by hash)
//! and never overwriting entries edited in the admin area (an unpublished draft is rebased on
//! the new file, or the file waits when both change the same entries).

use crate::content::{self, ContentError};
use crate::db::{Database, DbError, ImportOutcome};
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error(transparent)]
    Content(#[from] ContentError),
    #[error(transparent)]
    Db(#[from] DbError),
}

/// What an import did, for the log and the command line.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ImportReport {
    pub files_imported: usize,
    pub files_unchanged: usize,
    pub files_kept_admin_edits: usize,
    /// Files left for later: their organisation's unpublished admin draft changes the same
    /// entries (publish or discard the draft, then restart).
    pub files_waiting_for_drafts: Vec<String>,
    pub programmes: usize,
    pub services: usize,
}

/// A content file's key in the database: its name, so moving the checkout does not re-import.
fn file_key(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// Imports `dir` file by file: an unchanged file (same hash) is skipped before it is even
/// parsed, a changed one is parsed, checked and written in its own transaction, so memory
/// stays flat however large the directory and a bad file leaves the others imported.
pub async fn import_dir(db: &Database, dir: &Path) -> Result<ImportReport, ImportError> {
    let (taxonomy, taxonomy_hash) = content::read_taxonomy(dir)?;
    let mut report = ImportReport::default();
    if db.import_taxonomy(&taxonomy, "taxonomy.toml", &taxonomy_hash).await? {
        report.files_imported += 1;
    } else {
        report.files_unchanged += 1;
    }
    for path in content::organization_paths(dir)? {
        let key = file_key(&path);
        let hash = content::file_hash(&path)?;
        if db.content_file_hash(&key).await?.as_deref() == Some(hash.as_str()) {
            report.files_unchanged += 1;
            continue;
        }
        let file = content::read_organization(&path)?;
        let problems = content::check_organization(&taxonomy, &path, &file);
        if !problems.is_empty() {
            return Err(ContentError::Invalid(problems).into());
        }
        match db.import_organization(&file, &key, &hash).await? {
            ImportOutcome::Imported { programmes, services } => {
                report.files_imported += 1;
                report.programmes += programmes;
                report.services += services;
            }
            ImportOutcome::Unchanged => report.files_unchanged += 1,
            ImportOutcome::KeptAdminEdits => report.files_kept_admin_edits += 1,
            ImportOutcome::DraftConflict(entries) => {
                tracing::warn!(file = %key, ?entries, "not imported: an unpublished admin draft changes the same entries");
                report.files_waiting_for_drafts.push(key);
            }
        }
    }
    Ok(report)
}
