//! Importing `content/` into the database: idempotent (unchanged files are skipped by hash)
//! and never overwriting entries edited in the admin area.

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
    pub programmes: usize,
    pub services: usize,
}

/// A content file's key in the database: its name, so moving the checkout does not re-import.
fn file_key(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

pub async fn import_dir(db: &Database, dir: &Path) -> Result<ImportReport, ImportError> {
    let set = content::load_dir(dir)?;
    let mut report = ImportReport::default();
    if db.import_taxonomy(&set.taxonomy, "taxonomy.toml", &set.taxonomy_sha256).await? {
        report.files_imported += 1;
    } else {
        report.files_unchanged += 1;
    }
    for (path, hash, file) in &set.organizations {
        match db.import_organization(file, &file_key(path), hash).await? {
            ImportOutcome::Imported { programmes, services } => {
                report.files_imported += 1;
                report.programmes += programmes;
                report.services += services;
            }
            ImportOutcome::Unchanged => report.files_unchanged += 1,
            ImportOutcome::KeptAdminEdits => report.files_kept_admin_edits += 1,
        }
    }
    Ok(report)
}
