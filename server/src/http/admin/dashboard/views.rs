//! The dashboard page: the person's organisations, what needs attention, creating an
//! organisation (coordinators) and ending every session.

use super::super::feedback::service::ServiceFeedback;
use super::super::page::{csrf_field, document, post_button, when};
use super::super::session::Admin;
use super::super::urls;
use super::service::{Attention, Listed, STALE_DAYS};
use crate::db::OrganizationEntry;
use leptos::prelude::*;
use portineria_app::i18n::{t, t_args};

/// The form a coordinator creates an organisation with.
fn create_form(admin: &Admin) -> AnyView {
    let lang = admin.lang;
    view! {
        <section class="admin-section">
            <h2>{t(lang, "admin-create-organization")}</h2>
            <form method="post" action=urls::ORGANIZATIONS class="admin-form narrow">
                {csrf_field(admin)}
                <p class="form-row">
                    <label for="new-slug">{t(lang, "admin-field-slug")}</label>
                    <input id="new-slug" name="slug" required aria-describedby="new-slug-hint"/>
                    <span class="hint" id="new-slug-hint">{t(lang, "admin-slug-hint")}</span>
                </p>
                <p class="form-row">
                    <label for="new-name">{t(lang, "admin-field-name")}" (italiano)"</label>
                    <input id="new-name" name="name" required/>
                </p>
                <p class="form-row">
                    <label for="new-description">{t(lang, "admin-field-description")}" (italiano)"</label>
                    <textarea id="new-description" name="description" required></textarea>
                </p>
                <p><button type="submit">{t(lang, "admin-create")}</button></p>
            </form>
        </section>
    }
    .into_any()
}

/// A row of a dashboard list: the organisation, the entry (linked to its form) and `last`.
fn row(listed: &Listed, last: String) -> AnyView {
    let link = urls::org(&listed.slug).entry(listed.kind, &listed.id);
    view! { <tr><td>{listed.organization.clone()}</td><td><a href=link>{listed.title.clone()}</a></td><td>{last}</td></tr> }
        .into_any()
}

/// The dashboard: `notice` is what a redirect brought back.
/// The services with open reports from visitors, each linked to its place in the queue.
fn reported_section(admin: &Admin, reported: &[ServiceFeedback]) -> AnyView {
    let lang = admin.lang;
    let rows = reported
        .iter()
        .map(|s| {
            let link = format!("{}#service-{}", urls::FEEDBACK, s.service);
            view! { <tr><td>{s.organization.clone()}</td><td><a href=link>{s.title.clone()}</a></td><td>{s.open.len()}</td></tr> }
        })
        .collect_view();
    view! {
        <section class="admin-section">
            <h2>{t_args(lang, "admin-feedback-open", &[("count", reported.len().into())])}</h2>
            <table class="admin-table" hidden=reported.is_empty()>
                <thead><tr><th scope="col">{t(lang, "admin-organization")}</th><th scope="col">{t(lang, "admin-entry")}</th><th scope="col">{t(lang, "admin-feedback-open-reports")}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
    .into_any()
}

pub fn dashboard(
    admin: &Admin,
    notice: AnyView,
    organizations: &[OrganizationEntry],
    attention: &Attention,
    reported: &[ServiceFeedback],
) -> String {
    let lang = admin.lang;
    let org_list = organizations
        .iter()
        .map(|o| {
            let draft = o.has_draft.then(|| view! { <span class="badge">{t(lang, "admin-has-draft")}</span> });
            view! { <li><a href=urls::org(&o.slug).page()>{o.name.clone()}</a>" "{draft}</li> }
        })
        .collect_view();
    let stale_count = attention.stale.len();
    let ending_count = attention.ending.len();
    let stale_rows = attention
        .stale
        .iter()
        .map(|(listed, at)| row(listed, at.map(when).unwrap_or_else(|| t(lang, "admin-never-verified"))))
        .collect_view();
    let ending_rows = attention.ending.iter().map(|(listed, end)| row(listed, end.to_string())).collect_view();
    let body = view! {
        {notice}
        <section class="admin-section">
            <h2>{t(lang, "admin-your-organizations")}</h2>
            <ul class="admin-list">{org_list}</ul>
        </section>
        {reported_section(admin, reported)}
        <section class="admin-section">
            <h2>{t(lang, "admin-ending-soon")}</h2>
            {(ending_count == 0).then(|| view! { <p class="hint">{t(lang, "admin-nothing")}</p> })}
            <table class="admin-table" hidden=ending_count == 0>
                <thead><tr><th scope="col">{t(lang, "admin-organization")}</th><th scope="col">{t(lang, "admin-entry")}</th><th scope="col">{t(lang, "admin-field-end")}</th></tr></thead>
                <tbody>{ending_rows}</tbody>
            </table>
        </section>
        <section class="admin-section">
            <h2>{t_args(lang, "admin-stale", &[("days", (STALE_DAYS as usize).into()), ("count", stale_count.into())])}</h2>
            <table class="admin-table" hidden=stale_count == 0>
                <thead><tr><th scope="col">{t(lang, "admin-organization")}</th><th scope="col">{t(lang, "admin-entry")}</th><th scope="col">{t(lang, "admin-last-verified")}</th></tr></thead>
                <tbody>{stale_rows}</tbody>
            </table>
        </section>
        {admin.is_coordinator().then(|| create_form(admin))}
        <section class="admin-section">
            <h2>{t(lang, "admin-security")}</h2>
            {post_button(admin, urls::LOGOUT_EVERYWHERE.into(), t(lang, "admin-logout-everywhere"), "secondary")}
        </section>
    };
    document(lang, &t(lang, "admin-nav-dashboard"), Some(admin), body.into_any())
}
