//! The coordinator's reports: the audit log, and what people search for and do not find.

use super::page::{self, document, when};
use super::session::Admin;
use super::urls;
use super::AdminError;
use crate::db::{AuditEntry, Count};
use crate::state::AppState;
use axum::extract::{Query, State};
use axum::response::Response;
use leptos::prelude::*;
use portineria_app::i18n::{t, t_args};
use portineria_app::lang::Lang;

const AUDIT_PAGE: i64 = 100;
/// A query is shown only once this many searches made it, so that one person's query (which
/// might hold a name) never appears.
pub const MIN_REPORTED_SEARCHES: i64 = 3;
const TOP: i64 = 20;

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
    let lang = admin.lang;
    let page_number = query.page.and_then(|p| p.parse::<i64>().ok()).unwrap_or(0).clamp(0, 10_000);
    let lines = state.db.audit_log(AUDIT_PAGE, page_number * AUDIT_PAGE).await?;
    let more = lines.len() as i64 == AUDIT_PAGE;
    let rows = lines
        .into_iter()
        .map(|AuditEntry { at, actor, action, target, detail }| {
            view! { <tr><td>{when(at)}</td><td>{actor}</td><td>{t(lang, &format!("admin-audit-{action}"))}</td><td>{target}</td><td>{detail}</td></tr> }
        })
        .collect_view();
    let body = view! {
        <table class="admin-table">
            <thead><tr>
                <th scope="col">{t(lang, "admin-when")}</th><th scope="col">{t(lang, "admin-who")}</th>
                <th scope="col">{t(lang, "admin-what")}</th><th scope="col">{t(lang, "admin-entry")}</th><th scope="col">{t(lang, "admin-detail")}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
        {more.then(|| view! { <p><a href=urls::audit_page(page_number + 1)>{t(lang, "admin-older")}</a></p> })}
    };
    Ok(page::ok(document(lang, &t(lang, "admin-nav-audit"), Some(&admin), body.into_any())))
}

#[derive(serde::Deserialize, Default)]
pub struct NeedsQuery {
    days: Option<String>,
}

fn counts_table(lang: Lang, first: String, counts: Vec<Count>) -> AnyView {
    let rows = counts
        .into_iter()
        .map(|c| view! { <tr><td lang=c.lang.clone()>{c.key}</td><td>{c.searches}</td><td>{c.zero_results}</td></tr> })
        .collect_view();
    view! {
        <table class="admin-table">
            <thead><tr><th scope="col">{first}</th><th scope="col">{t(lang, "admin-searches")}</th><th scope="col">{t(lang, "admin-zero-results")}</th></tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

pub async fn needs(
    State(state): State<AppState>,
    admin: Admin,
    Query(query): Query<NeedsQuery>,
) -> Result<Response, AdminError> {
    admin.require_coordinator()?;
    let lang = admin.lang;
    let days =
        query.days.and_then(|d| d.parse::<i64>().ok()).unwrap_or(30).clamp(1, i64::from(state.admin.search_log_days));
    let since = (crate::period::today() - chrono::Duration::days(days - 1)).to_string();
    let per_day = state.db.searches_per_day(&since).await?;
    let day_rows = per_day
        .into_iter()
        .map(|c| {
            let language = t(lang, &format!("language-name-{}", c.lang));
            view! { <tr><td>{c.key}</td><td>{language}</td><td>{c.searches}</td><td>{c.zero_results}</td></tr> }
        })
        .collect_view();
    let mut per_language = Vec::new();
    for l in Lang::ALL {
        let zero = state.db.top_queries(l.code(), &since, MIN_REPORTED_SEARCHES, true, TOP).await?;
        let top = state.db.top_queries(l.code(), &since, MIN_REPORTED_SEARCHES, false, TOP).await?;
        let name = t(lang, &format!("language-name-{}", l.code()));
        per_language.push(view! {
            <section class="admin-section">
                <h2>{name}</h2>
                <h3>{t(lang, "admin-top-zero")}</h3>
                {counts_table(lang, t(lang, "admin-query"), zero)}
                <h3>{t(lang, "admin-top-queries")}</h3>
                {counts_table(lang, t(lang, "admin-query"), top)}
            </section>
        });
    }
    let body = view! {
        <p>{t_args(lang, "admin-needs-intro", &[("days", (days as usize).into()), ("min", (MIN_REPORTED_SEARCHES as usize).into()), ("retention", (state.admin.search_log_days as usize).into())])}</p>
        <form method="get" action=urls::NEEDS class="inline-form">
            <label for="days">{t(lang, "admin-days")}</label>
            <input id="days" name="days" inputmode="numeric" value=days.to_string() size="4"/>
            <button type="submit" class="secondary">{t(lang, "admin-show")}</button>
        </form>
        <h2>{t(lang, "admin-per-day")}</h2>
        <table class="admin-table">
            <thead><tr>
                <th scope="col">{t(lang, "admin-day")}</th><th scope="col">{t(lang, "admin-language")}</th>
                <th scope="col">{t(lang, "admin-searches")}</th><th scope="col">{t(lang, "admin-zero-results")}</th>
            </tr></thead>
            <tbody>{day_rows}</tbody>
        </table>
        {per_language}
    };
    Ok(page::ok(document(lang, &t(lang, "admin-nav-needs"), Some(&admin), body.into_any())))
}
