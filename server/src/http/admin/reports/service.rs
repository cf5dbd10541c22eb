//! What the coordinator's reports read: a page of the audit log, and the searches of a
//! period with the queries made often enough to be shown. The rules (page size, the period's
//! bounds, the threshold that keeps one person's query out) live here, apart from the HTML.

use crate::db::{AuditEntry, Count};
use crate::state::AppState;
use portineria_app::lang::Lang;

/// Lines on one page of the audit log.
const AUDIT_PAGE: i64 = 100;
/// The furthest page that can be asked for.
const LAST_AUDIT_PAGE: i64 = 10_000;
/// A query is shown only once this many searches made it, so that one person's query (which
/// might hold a name) never appears.
pub const MIN_REPORTED_SEARCHES: i64 = 3;
/// Queries listed per language and list.
const TOP: i64 = 20;
/// The period shown when none is asked for.
const DEFAULT_DAYS: i64 = 30;

/// One page of the audit log, the newest line first.
pub struct AuditPage {
    /// The page's number, from 0.
    pub number: i64,
    pub lines: Vec<AuditEntry>,
    /// Whether an older page may follow.
    pub more: bool,
}

/// The audit log's page `requested` (`?page=`; anything unreadable is the first page).
pub async fn audit_page(state: &AppState, requested: Option<String>) -> Result<AuditPage, crate::db::DbError> {
    let number = requested.and_then(|p| p.parse::<i64>().ok()).unwrap_or(0).clamp(0, LAST_AUDIT_PAGE);
    let lines = state.db.audit_log(AUDIT_PAGE, number * AUDIT_PAGE).await?;
    let more = lines.len() as i64 == AUDIT_PAGE;
    Ok(AuditPage { number, lines, more })
}

/// The queries of one language: those that found nothing, and the most made.
pub struct LanguageQueries {
    pub lang: Lang,
    pub zero: Vec<Count>,
    pub top: Vec<Count>,
}

/// What people searched for over the last `days` days.
pub struct Needs {
    /// The period, within what the search log keeps.
    pub days: i64,
    /// How many days the search log keeps.
    pub retention: u32,
    /// Searches and empty results per day and language.
    pub per_day: Vec<Count>,
    /// One per language, in [`Lang::ALL`]'s order.
    pub per_language: Vec<LanguageQueries>,
}

/// The needs report for the period `requested` (`?days=`), bounded by what the log keeps.
pub async fn needs(state: &AppState, requested: Option<String>) -> Result<Needs, crate::db::DbError> {
    let retention = state.admin.search_log_days;
    let days = requested.and_then(|d| d.parse::<i64>().ok()).unwrap_or(DEFAULT_DAYS).clamp(1, i64::from(retention));
    let since = (crate::period::today() - chrono::Duration::days(days - 1)).to_string();
    let per_day = state.db.searches_per_day(&since).await?;
    let mut per_language = Vec::new();
    for lang in Lang::ALL {
        let zero = state.db.top_queries(lang.code(), &since, MIN_REPORTED_SEARCHES, true, TOP).await?;
        let top = state.db.top_queries(lang.code(), &since, MIN_REPORTED_SEARCHES, false, TOP).await?;
        per_language.push(LanguageQueries { lang, zero, top });
    }
    Ok(Needs { days, retention, per_day, per_language })
}
