//! The pages of an organisation (its entries, its draft's changes, its revisions) and the
//! pieces other admin pages show about a draft: the table of changes, the publish button,
//! preview links, and the pages saying why a write did not happen.

use super::super::page::{bar, csrf_field, document, post_button, when};
use super::super::session::Admin;
use super::service::OrgDoc;
use super::translations::views as translations;
use crate::content::editor::completeness::{Completeness, Outdated};
use crate::content::editor::diff::Change;
use crate::content::editor::{Entry, Kind};
use crate::db::{RevisionEntry, Verification};
use leptos::prelude::*;
use portineria_app::i18n::{t, t_args};
use portineria_app::lang::Lang;
use std::collections::HashMap;

/// A table of changes, each field with its value before and after.
pub fn changes_table(lang: Lang, changes: &[Change]) -> AnyView {
    let rows = changes
        .iter()
        .map(|c| {
            view! {
                <tr>
                    <th scope="row"><code>{c.path.clone()}</code></th>
                    <td class="diff-before">{c.before.clone().unwrap_or_default()}</td>
                    <td class="diff-after">{c.after.clone().unwrap_or_default()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="admin-table diff">
            <thead><tr><th scope="col">{t(lang, "admin-field")}</th><th scope="col">{t(lang, "admin-before")}</th><th scope="col">{t(lang, "admin-after")}</th></tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

/// A form that posts to `action` (publish, discard) with the version of the draft on
/// screen, so exactly what the person looked at is published or discarded.
fn draft_button(admin: &Admin, org: &OrgDoc, action: String, label: String, class: &'static str) -> AnyView {
    view! {
        <form method="post" action=action class="inline-form">
            {csrf_field(admin)}
            <input type="hidden" name="version" value=org.row.version.to_string()/>
            <button type="submit" class=class>{label}</button>
        </form>
    }
    .into_any()
}

pub fn publish_button(admin: &Admin, org: &OrgDoc) -> AnyView {
    draft_button(admin, org, org.links().publish(), t(admin.lang, "admin-publish"), "")
}

/// Links to the public page of one entry as the draft shows it, one per language, each
/// named in its own language.
pub fn preview_links(org: &OrgDoc, kind: Kind, id: &str) -> AnyView {
    Lang::ALL
        .into_iter()
        .map(|l| view! { <a href=org.links().preview(l, kind, id) lang=l.code()>{t(l, "language-name")}</a>" " })
        .collect_view()
        .into_any()
}

/// The draft changed under this person's feet: nothing was written; the draft as it is now
/// (`changes`), what clashed, and the way on.
pub fn draft_moved(admin: &Admin, org: &OrgDoc, changes: &[Change], clashes: &[String]) -> String {
    let lang = admin.lang;
    let items = clashes.iter().map(|c| view! { <li><code>{c.clone()}</code></li> }).collect_view();
    let body = view! {
        <section class="admin-conflict" role="alert">
            <p>{t(lang, "admin-draft-moved")}</p>
            <ul>{items}</ul>
        </section>
        {changes_table(lang, changes)}
        {org.draft.is_some().then(|| publish_button(admin, org))}
        <p><a href=org.url()>{t(lang, "admin-back-to-organization")}</a></p>
    };
    document(lang, &t(lang, "admin-draft-moved-title"), Some(admin), body.into_any())
}

/// The whole document breaks a rule (what no single form could see): listed, with the way
/// back.
pub fn problems(admin: &Admin, org: &OrgDoc, problems: &[String]) -> String {
    let lang = admin.lang;
    let items = problems.iter().map(|p| view! { <li>{p.clone()}</li> }).collect_view();
    let body = view! {
        <p role="alert">{t(lang, "admin-error-document")}</p>
        <ul>{items}</ul>
        <p><a href=org.url()>{t(lang, "admin-back-to-organization")}</a></p>
    };
    document(lang, &t(lang, "admin-error-document-title"), Some(admin), body.into_any())
}

fn completeness_view(lang: Lang, counts: &[(Lang, Completeness)]) -> AnyView {
    let rows = counts
        .iter()
        .filter(|(l, _)| *l != Lang::It)
        .map(|(l, c)| {
            let present = Completeness::percent(c.present, c.total);
            let confirmed = Completeness::percent(c.confirmed, c.total);
            let outdated = Completeness::percent(c.outdated, c.total);
            let name = t(lang, &format!("language-name-{}", l.code()));
            view! {
                <div class="admin-completeness" lang=lang.code()>
                    <h3>{name.clone()}</h3>
                    {bar(t(lang, "admin-translated"), present)}
                    {bar(t(lang, "admin-confirmed"), confirmed)}
                    {bar(t(lang, "admin-outdated"), outdated)}
                </div>
            }
        })
        .collect_view();
    view! { <div class="admin-completeness-grid">{rows}</div> }.into_any()
}

/// The box about the draft on the organisation's page: how many changes, and the ways on.
fn draft_box(admin: &Admin, org: &OrgDoc, changes: Option<usize>) -> AnyView {
    let lang = admin.lang;
    match changes {
        Some(count) => view! {
            <section class="admin-draft" aria-labelledby="draft-title">
                <h2 id="draft-title">{t(lang, "admin-draft-title")}</h2>
                <p>{t_args(lang, "admin-draft-changes", &[("count", count.into())])}" "
                    <a href=org.links().changes()>{t(lang, "admin-see-changes")}</a></p>
                {publish_button(admin, org)}
                {draft_button(admin, org, org.links().discard(), t(lang, "admin-discard"), "secondary")}
            </section>
        }
        .into_any(),
        None => view! { <p class="hint">{t(lang, "admin-no-draft")}</p> }.into_any(),
    }
}

/// One kind's entries on the organisation's page, with their "still accurate" stamps.
fn entries_section(admin: &Admin, org: &OrgDoc, kind: Kind, stamps: &HashMap<String, Verification>) -> AnyView {
    let lang = admin.lang;
    let rows = org
        .working()
        .entries(kind)
        .into_iter()
        .map(|entry| {
            let id = entry.id();
            let status = match &entry {
                Entry::Service(service) => t(lang, &format!("service-status-{}", service.status)),
                _ => String::new(),
            };
            let verified = matches!(kind, Kind::Service | Kind::Programme).then(|| {
                let at =
                    stamps.get(&kind.owner(id)).map(|v| when(v.at)).unwrap_or_else(|| t(lang, "admin-never-verified"));
                let button =
                    post_button(admin, org.links().verify(kind, id), t(lang, "admin-still-accurate"), "secondary");
                view! { {at}" "{button} }
            });
            view! {
                <tr>
                    <td><a href=org.links().entry(kind, id)>{entry.title().to_string()}</a></td>
                    <td><code>{id.to_string()}</code></td>
                    <td>{status}</td>
                    <td>{verified}</td>
                </tr>
            }
        })
        .collect_view();
    let title = t(lang, &format!("admin-kind-{}", kind.segment()));
    view! {
        <section class="admin-section">
            <h2>{title}</h2>
            <p><a class="button secondary" href=org.links().new_entry(kind)>{t(lang, &format!("admin-new-{}", kind.segment()))}</a></p>
            <table class="admin-table">
                <thead><tr>
                    <th scope="col">{t(lang, "admin-field-name")}</th>
                    <th scope="col">{t(lang, "admin-field-slug")}</th>
                    <th scope="col">{t(lang, "admin-field-status")}</th>
                    <th scope="col">{t(lang, "admin-last-verified")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
    .into_any()
}

/// What the organisation's page shows beyond the document itself.
pub struct OrgPage<'a> {
    /// The notice a redirect brought back.
    pub notice: AnyView,
    /// How many fields the draft changes (`None`: no draft).
    pub draft_changes: Option<usize>,
    /// The translations' completeness per language.
    pub completeness: &'a [(Lang, Completeness)],
    /// The translations made from an older Italian, to update.
    pub outdated: &'a [Outdated],
    /// The "still accurate" stamps by entry key.
    pub stamps: &'a HashMap<String, Verification>,
}

/// The organisation's page: its draft, its translations' completeness and its entries.
pub fn organization(admin: &Admin, org: &OrgDoc, page: OrgPage) -> String {
    let lang = admin.lang;
    let sections = Kind::LISTED.into_iter().map(|kind| entries_section(admin, org, kind, page.stamps)).collect_view();
    let name = org.working().organization.name.italian().to_string();
    let body = view! {
        {page.notice}
        {draft_box(admin, org, page.draft_changes)}
        <p class="admin-links">
            <a href=org.links().entry(Kind::Organization, &org.slug)>{t(lang, "admin-edit-organization")}</a>
            " · "<a href=org.links().revisions()>{t(lang, "admin-revisions")}</a>
            " · "<a href=portineria_app::url::Links::public(lang).organization(&org.slug)>{t(lang, "admin-public-page")}</a>
        </p>
        <section class="admin-section">
            <h2>{t(lang, "admin-completeness")}</h2>
            {completeness_view(lang, page.completeness)}
        </section>
        {translations::outdated_list(admin, org, page.outdated)}
        {sections}
        {translations::section(admin, org)}
    };
    document(lang, &name, Some(admin), body.into_any())
}

/// What the draft changes, with links to preview each changed page (`previews`: the
/// changed entries' kind, id and title).
pub fn changes(admin: &Admin, org: &OrgDoc, changes: &[Change], previews: &[(Kind, String, String)]) -> String {
    let lang = admin.lang;
    let previews = org.draft.is_some().then(|| {
        let links = previews
            .iter()
            .map(|(kind, id, title)| view! { <li>{title.clone()}": "{preview_links(org, *kind, id)}</li> })
            .collect_view();
        view! { <h2>{t(lang, "admin-preview")}</h2><ul class="admin-list">{links}</ul> }
    });
    let body = view! {
        <p><a href=org.url()>{t(lang, "admin-back-to-organization")}</a></p>
        {previews}
        {changes_table(lang, changes)}
        {org.draft.is_some().then(|| publish_button(admin, org))}
    };
    document(lang, &t(lang, "admin-draft-title"), Some(admin), body.into_any())
}

/// The organisation's history, newest first.
pub fn revisions(admin: &Admin, org: &OrgDoc, revisions: Vec<RevisionEntry>) -> String {
    let lang = admin.lang;
    let rows = revisions
        .into_iter()
        .map(|r| {
            view! {
                <tr>
                    <td><a href=org.links().revision(r.id)>{format!("#{}", r.id)}</a></td>
                    <td>{when(r.created_at)}</td>
                    <td>{t(lang, &format!("admin-revision-{}", r.kind))}</td>
                    <td>{r.author}</td>
                    <td>{r.summary}</td>
                </tr>
            }
        })
        .collect_view();
    let body = view! {
        <p><a href=org.url()>{t(lang, "admin-back-to-organization")}</a></p>
        <table class="admin-table">
            <thead><tr>
                <th scope="col">{t(lang, "admin-revision")}</th><th scope="col">{t(lang, "admin-when")}</th>
                <th scope="col">{t(lang, "admin-what")}</th><th scope="col">{t(lang, "admin-who")}</th>
                <th scope="col">{t(lang, "admin-entries-changed")}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
    };
    document(lang, &t(lang, "admin-revisions"), Some(admin), body.into_any())
}

/// One revision: what it changed, and the button that makes it the draft again.
pub fn revision(admin: &Admin, org: &OrgDoc, entry: &RevisionEntry, changes: &[Change]) -> String {
    let lang = admin.lang;
    let title = t_args(lang, "admin-revision-title", &[("id", entry.id.to_string().into())]);
    let body = view! {
        <p><a href=org.links().revisions()>{t(lang, "admin-revisions")}</a></p>
        <p>{when(entry.created_at)}" · "{t(lang, &format!("admin-revision-{}", entry.kind))}" · "{entry.author.clone()}</p>
        {changes_table(lang, changes)}
        <p class="hint">{t(lang, "admin-restore-hint")}</p>
        {post_button(admin, org.links().restore(entry.id), t(lang, "admin-restore"), "")}
    };
    document(lang, &title, Some(admin), body.into_any())
}
