//! The reports' pages: the audit log as a table with a link to older lines, and the needs
//! report (searches per day, then per language the queries that found nothing and the most
//! made). Plain data in, HTML out.

use super::super::page::{document, when};
use super::super::session::Admin;
use super::super::urls;
use super::service::{AuditPage, LanguageQueries, Needs, MIN_REPORTED_SEARCHES};
use crate::db::{AuditEntry, Count};
use leptos::prelude::*;
use portineria_app::i18n::{t, t_args};
use portineria_app::lang::Lang;

pub fn audit(admin: &Admin, AuditPage { number, lines, more }: AuditPage) -> String {
    let lang = admin.lang;
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
        {more.then(|| view! { <p><a href=urls::audit_page(number + 1)>{t(lang, "admin-older")}</a></p> })}
    };
    document(lang, &t(lang, "admin-nav-audit"), Some(admin), body.into_any())
}

/// A table of counted queries (or days) whose first column is headed `first`.
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

pub fn needs(admin: &Admin, Needs { days, retention, per_day, per_language }: Needs) -> String {
    let lang = admin.lang;
    let day_rows = per_day
        .into_iter()
        .map(|c| {
            let language = t(lang, &format!("language-name-{}", c.lang));
            view! { <tr><td>{c.key}</td><td>{language}</td><td>{c.searches}</td><td>{c.zero_results}</td></tr> }
        })
        .collect_view();
    let per_language: Vec<_> = per_language
        .into_iter()
        .map(|LanguageQueries { lang: l, zero, top }| {
            let name = t(lang, &format!("language-name-{}", l.code()));
            view! {
                <section class="admin-section">
                    <h2>{name}</h2>
                    <h3>{t(lang, "admin-top-zero")}</h3>
                    {counts_table(lang, t(lang, "admin-query"), zero)}
                    <h3>{t(lang, "admin-top-queries")}</h3>
                    {counts_table(lang, t(lang, "admin-query"), top)}
                </section>
            }
        })
        .collect();
    let body = view! {
        <p>{t_args(lang, "admin-needs-intro", &[("days", (days as usize).into()), ("min", (MIN_REPORTED_SEARCHES as usize).into()), ("retention", (retention as usize).into())])}</p>
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
    document(lang, &t(lang, "admin-nav-needs"), Some(admin), body.into_any())
}
