//! The dashboard, an organisation's page, its draft (changes, publish, discard) and its
//! revisions (history, diff, restore).

use super::forms::Form;
use super::page::{self, bar, csrf_field, document, post_button, when, Done};
use super::session::Admin;
use super::urls;
use super::AdminError;
use crate::content::editor::completeness::{completeness, Completeness};
use crate::content::editor::diff::{diff, touched, Change};
use crate::content::editor::form::first;
use crate::content::editor::{Entry, Kind};
use crate::content::OrganizationFile;
use crate::db::{AuditAction, AuditLine, DocumentRow};
use crate::state::AppState;
use crate::write::publishing::{commit, publish_draft, CommitError, Edit, Mode};
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use portineria_app::i18n::{t, t_args};
use portineria_app::lang::Lang;
use std::collections::HashMap;

/// Entries not stamped "still accurate" for this long are listed on the dashboard.
pub const STALE_DAYS: i64 = 180;
/// Programmes ending within this many days are listed on the dashboard.
pub const ENDING_SOON_DAYS: i64 = 60;

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
}

/// Loads an organisation for `admin`, or 404 when it does not exist or is not theirs.
pub async fn load(state: &AppState, admin: &Admin, slug: &str) -> Result<OrgDoc, AdminError> {
    let row = state.db.document(slug).await?.ok_or(AdminError::NotFound)?;
    admin.may_edit(row.id)?;
    Ok(OrgDoc { id: row.id, slug: slug.to_string(), published: row.published.clone(), draft: row.draft.clone(), row })
}

/// Saves a document through [`commit`], then sends the person on to `then`; when the
/// whole document breaks a rule, or conflicts with what someone saved meanwhile, shows what
/// instead.
pub async fn commit_then(
    state: &AppState,
    admin: &Admin,
    org: &OrgDoc,
    (doc, mode, summary): (&OrganizationFile, Mode, &str),
    then: &str,
) -> Result<Response, AdminError> {
    let change = Edit { base: &org.row, doc, mode, summary };
    match commit(&state.publisher(), &org.slug, change, admin.actor()).await {
        Ok(()) => Ok(Redirect::to(then).into_response()),
        Err(CommitError::Invalid(problems)) => Ok(problems_page(admin, org, &problems)),
        Err(CommitError::Conflict { entries, problems }) => {
            let newer = load(state, admin, &org.slug).await?;
            let lines: Vec<String> = entries.into_iter().chain(problems).collect();
            Ok(draft_moved_page(admin, &newer, &lines))
        }
        Err(CommitError::Db(e)) => Err(e.into()),
    }
}

/// The draft changed under this person's feet: nothing was written; the draft as it is now,
/// what clashed, and the way on.
pub fn draft_moved_page(admin: &Admin, org: &OrgDoc, clashes: &[String]) -> Response {
    let lang = admin.lang;
    let changes = match &org.draft {
        Some(draft) => diff(Some(&org.published), draft),
        None => Vec::new(),
    };
    let items = clashes.iter().map(|c| view! { <li><code>{c.clone()}</code></li> }).collect_view();
    let body = view! {
        <section class="admin-conflict" role="alert">
            <p>{t(lang, "admin-draft-moved")}</p>
            <ul>{items}</ul>
        </section>
        {changes_table(lang, &changes)}
        {org.draft.is_some().then(|| publish_button(admin, org))}
        <p><a href=org.url()>{t(lang, "admin-back-to-organization")}</a></p>
    };
    page::respond(
        axum::http::StatusCode::CONFLICT,
        document(lang, &t(lang, "admin-draft-moved-title"), Some(admin), body.into_any()),
    )
}

/// A form that posts to the organisation's `action` (publish, discard) with the version of
/// the draft on screen, so exactly what the person looked at is published or discarded.
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

fn publish_button(admin: &Admin, org: &OrgDoc) -> AnyView {
    draft_button(admin, org, org.links().publish(), t(admin.lang, "admin-publish"), "")
}

/// The words a redirect may bring back to the dashboard or an organisation's page.
const DONE: [&str; 9] =
    ["saved", "published", "discarded", "verified", "restored", "deleted", "created", "confirmed", "nothing"];

pub async fn dashboard(
    State(state): State<AppState>,
    admin: Admin,
    Query(done): Query<Done>,
) -> Result<Response, AdminError> {
    let lang = admin.lang;
    let orgs: Vec<_> = state
        .db
        .organization_entries()
        .await?
        .into_iter()
        .filter(|o| admin.is_coordinator() || admin.organizations.contains(&o.id))
        .collect();
    let today = crate::period::today();
    let mut stale = Vec::new();
    let mut ending = Vec::new();
    for org in &orgs {
        let Some(row) = state.db.document(&org.slug).await? else { continue };
        let published = row.published;
        let stamps: HashMap<String, DateTime<Utc>> =
            state.db.verifications(org.id).await?.into_iter().map(|v| (v.entry, v.at)).collect();
        let since = state.db.first_revision_at(org.id).await?;
        for kind in [Kind::Service, Kind::Programme] {
            for entry in published.entries(kind) {
                let id = entry.id();
                let owner = kind.owner(id);
                let at = stamps.get(&owner).or(since.as_ref());
                let age = at.map_or(i64::MAX, |at| (Utc::now() - *at).num_days());
                let link = urls::org(&org.slug).entry(kind, id);
                if age >= STALE_DAYS {
                    stale.push((
                        org.name.clone(),
                        entry.title().to_string(),
                        link.clone(),
                        stamps.get(&owner).cloned(),
                    ));
                }
                let end = match &entry {
                    Entry::Programme(programme) => programme.end.as_deref().and_then(crate::period::last_day),
                    _ => None,
                };
                if let Some(end) = end {
                    let days = (end - today).num_days();
                    if (0..=ENDING_SOON_DAYS).contains(&days) {
                        ending.push((org.name.clone(), entry.title().to_string(), link, end.to_string()));
                    }
                }
            }
        }
    }
    let org_list = orgs
        .iter()
        .map(|o| {
            let draft = o.has_draft.then(|| view! { <span class="badge">{t(lang, "admin-has-draft")}</span> });
            view! { <li><a href=urls::org(&o.slug).page()>{o.name.clone()}</a>" "{draft}</li> }
        })
        .collect_view();
    let create = admin.is_coordinator().then(|| {
        view! {
            <section class="admin-section">
                <h2>{t(lang, "admin-create-organization")}</h2>
                <form method="post" action=urls::ORGANIZATIONS class="admin-form narrow">
                    {csrf_field(&admin)}
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
    });
    let stale_count = stale.len();
    let ending_count = ending.len();
    let stale_rows = stale
        .into_iter()
        .map(|(org, name, link, at)| {
            let at = at.map(when).unwrap_or_else(|| t(lang, "admin-never-verified"));
            view! { <tr><td>{org}</td><td><a href=link>{name}</a></td><td>{at}</td></tr> }
        })
        .collect_view();
    let ending_rows = ending
        .into_iter()
        .map(|(org, name, link, end)| view! { <tr><td>{org}</td><td><a href=link>{name}</a></td><td>{end}</td></tr> })
        .collect_view();
    let body = view! {
        {done.notice(lang, &DONE)}
        <section class="admin-section">
            <h2>{t(lang, "admin-your-organizations")}</h2>
            <ul class="admin-list">{org_list}</ul>
        </section>
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
        {create}
        <section class="admin-section">
            <h2>{t(lang, "admin-security")}</h2>
            {post_button(&admin, urls::LOGOUT_EVERYWHERE.into(), t(lang, "admin-logout-everywhere"), "secondary")}
        </section>
    };
    Ok(page::ok(document(lang, &t(lang, "admin-nav-dashboard"), Some(&admin), body.into_any())))
}

fn completeness_view(lang: Lang, doc: &OrganizationFile) -> AnyView {
    let rows = completeness(doc)
        .into_iter()
        .filter(|(l, _)| *l != Lang::It)
        .map(|(l, c)| {
            let present = Completeness::percent(c.present, c.total);
            let confirmed = Completeness::percent(c.confirmed, c.total);
            let name = t(lang, &format!("language-name-{}", l.code()));
            view! {
                <div class="admin-completeness" lang=lang.code()>
                    <h3>{name.clone()}</h3>
                    {bar(t(lang, "admin-translated"), present)}
                    {bar(t(lang, "admin-confirmed"), confirmed)}
                </div>
            }
        })
        .collect_view();
    view! { <div class="admin-completeness-grid">{rows}</div> }.into_any()
}

pub async fn show(
    State(state): State<AppState>,
    admin: Admin,
    Path(slug): Path<String>,
    Query(done): Query<Done>,
) -> Result<Response, AdminError> {
    let lang = admin.lang;
    let org = load(&state, &admin, &slug).await?;
    let working = org.working();
    let stamps: HashMap<String, DateTime<Utc>> =
        state.db.verifications(org.id).await?.into_iter().map(|v| (v.entry, v.at)).collect();
    let draft_box = match &org.draft {
        Some(draft) => {
            let changes = diff(Some(&org.published), draft).len();
            view! {
                <section class="admin-draft" aria-labelledby="draft-title">
                    <h2 id="draft-title">{t(lang, "admin-draft-title")}</h2>
                    <p>{t_args(lang, "admin-draft-changes", &[("count", changes.into())])}" "
                        <a href=org.links().changes()>{t(lang, "admin-see-changes")}</a></p>
                    {publish_button(&admin, &org)}
                    {draft_button(&admin, &org, org.links().discard(), t(lang, "admin-discard"), "secondary")}
                </section>
            }
            .into_any()
        }
        None => view! { <p class="hint">{t(lang, "admin-no-draft")}</p> }.into_any(),
    };
    let mut sections = Vec::new();
    for kind in Kind::LISTED {
        let rows = working
            .entries(kind)
            .into_iter()
            .map(|entry| {
                let id = entry.id();
                let edit = org.links().entry(kind, id);
                let status = match &entry {
                    Entry::Service(service) => t(lang, &format!("service-status-{}", service.status)),
                    _ => String::new(),
                };
                let verified = matches!(kind, Kind::Service | Kind::Programme).then(|| {
                    let at = stamps
                        .get(&kind.owner(id))
                        .map(|a| when(*a))
                        .unwrap_or_else(|| t(lang, "admin-never-verified"));
                    let button =
                        post_button(&admin, org.links().verify(kind, id), t(lang, "admin-still-accurate"), "secondary");
                    view! { {at}" "{button} }
                });
                view! {
                    <tr>
                        <td><a href=edit>{entry.title().to_string()}</a></td>
                        <td><code>{id.to_string()}</code></td>
                        <td>{status}</td>
                        <td>{verified}</td>
                    </tr>
                }
            })
            .collect_view();
        let title = t(lang, &format!("admin-kind-{}", kind.segment()));
        sections.push(view! {
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
        });
    }
    let name = working.organization.name.italian().to_string();
    let body = view! {
        {done.notice(lang, &DONE)}
        {draft_box}
        <p class="admin-links">
            <a href=org.links().entry(Kind::Organization, &org.slug)>{t(lang, "admin-edit-organization")}</a>
            " · "<a href=org.links().revisions()>{t(lang, "admin-revisions")}</a>
            " · "<a href=format!("/{}/organizations/{}", lang.code(), org.slug)>{t(lang, "admin-public-page")}</a>
        </p>
        <section class="admin-section">
            <h2>{t(lang, "admin-completeness")}</h2>
            {completeness_view(lang, working)}
        </section>
        {sections}
    };
    Ok(page::ok(document(lang, &name, Some(&admin), body.into_any())))
}

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

pub async fn changes(
    State(state): State<AppState>,
    admin: Admin,
    Path(slug): Path<String>,
) -> Result<Response, AdminError> {
    let lang = admin.lang;
    let org = load(&state, &admin, &slug).await?;
    let changes = match &org.draft {
        Some(draft) => diff(Some(&org.published), draft),
        None => Vec::new(),
    };
    let previews = org.draft.as_ref().map(|draft| preview_links(lang, &org, draft));
    let body = view! {
        <p><a href=org.url()>{t(lang, "admin-back-to-organization")}</a></p>
        {previews}
        {changes_table(lang, &changes)}
        {org.draft.is_some().then(|| publish_button(&admin, &org))}
    };
    Ok(page::ok(document(lang, &t(lang, "admin-draft-title"), Some(&admin), body.into_any())))
}

/// Links to preview each page the draft changes, in every language.
fn preview_links(lang: Lang, org: &OrgDoc, draft: &OrganizationFile) -> AnyView {
    let changed = touched(&diff(Some(&org.published), draft));
    let mut links = Vec::new();
    for entry in draft.all_entries() {
        let (kind, id) = (entry.kind(), entry.id());
        let Some(_) = kind.public_segment() else { continue };
        if !changed.contains(&kind.entry_key(id)) {
            continue;
        }
        let langs = Lang::ALL
            .into_iter()
            .map(|l| {
                let href = org.links().preview(l, kind, id);
                view! { <a href=href lang=l.code()>{t(l, "language-name")}</a>" " }
            })
            .collect_view();
        links.push(view! { <li>{entry.title().to_string()}": "{langs}</li> });
    }
    view! { <h2>{t(lang, "admin-preview")}</h2><ul class="admin-list">{links}</ul> }.into_any()
}

/// Publishes the draft the person looked at (its version came with the form); when it
/// changed since, nothing is published and the newer draft is shown.
pub async fn publish(
    State(state): State<AppState>,
    admin: Admin,
    Path(slug): Path<String>,
    form: Form,
) -> Result<Response, AdminError> {
    let form = form.checked(&admin)?;
    let org = load(&state, &admin, &slug).await?;
    let Some(draft) = &org.draft else {
        return Ok(Redirect::to(&urls::done(&org.url(), "nothing")).into_response());
    };
    if first(&form, "version") != org.row.version.to_string() {
        return Ok(draft_moved_page(&admin, &org, &[]));
    }
    let summary = touched(&diff(Some(&org.published), draft)).join(", ");
    match publish_draft(&state.publisher(), &org.slug, &org.row, &summary, admin.actor()).await {
        Ok(true) => Ok(Redirect::to(&urls::done(&org.url(), "published")).into_response()),
        Ok(false) => Ok(draft_moved_page(&admin, &load(&state, &admin, &slug).await?, &[])),
        Err(CommitError::Invalid(problems)) => Ok(problems_page(&admin, &org, &problems)),
        Err(CommitError::Conflict { entries, problems }) => {
            let lines: Vec<String> = entries.into_iter().chain(problems).collect();
            Ok(draft_moved_page(&admin, &load(&state, &admin, &slug).await?, &lines))
        }
        Err(CommitError::Db(e)) => Err(e.into()),
    }
}

/// The whole document breaks a rule (what no single form could see): listed, with the way
/// back.
pub fn problems_page(admin: &Admin, org: &OrgDoc, problems: &[String]) -> Response {
    let lang = admin.lang;
    let items = problems.iter().map(|p| view! { <li>{p.clone()}</li> }).collect_view();
    let body = view! {
        <p role="alert">{t(lang, "admin-error-document")}</p>
        <ul>{items}</ul>
        <p><a href=org.url()>{t(lang, "admin-back-to-organization")}</a></p>
    };
    page::respond(
        axum::http::StatusCode::UNPROCESSABLE_ENTITY,
        document(lang, &t(lang, "admin-error-document-title"), Some(admin), body.into_any()),
    )
}

/// Drops the draft the person looked at; a draft saved since is kept and shown.
pub async fn discard(
    State(state): State<AppState>,
    admin: Admin,
    Path(slug): Path<String>,
    form: Form,
) -> Result<Response, AdminError> {
    let form = form.checked(&admin)?;
    let org = load(&state, &admin, &slug).await?;
    if org.draft.is_some() {
        let target = format!("organization:{}", org.slug);
        let line = AuditLine { action: AuditAction::DiscardDraft, target: &target, detail: "" };
        let sent = first(&form, "version");
        let discarded = sent == org.row.version.to_string()
            && state.db.discard_draft((org.id, org.row.version), admin.actor(), &org.published, line).await?;
        if !discarded {
            return Ok(draft_moved_page(&admin, &load(&state, &admin, &slug).await?, &[]));
        }
    }
    Ok(Redirect::to(&urls::done(&org.url(), "discarded")).into_response())
}

/// A numeric id from a URL; anything else names nothing (a translated 404, not a parse error).
pub fn number(id: &str) -> Result<i64, AdminError> {
    id.parse().map_err(|_| AdminError::NotFound)
}

pub async fn revisions(
    State(state): State<AppState>,
    admin: Admin,
    Path(slug): Path<String>,
) -> Result<Response, AdminError> {
    let lang = admin.lang;
    let org = load(&state, &admin, &slug).await?;
    let rows = state
        .db
        .revisions(org.id, 200)
        .await?
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
    Ok(page::ok(document(lang, &t(lang, "admin-revisions"), Some(&admin), body.into_any())))
}

pub async fn revision(
    State(state): State<AppState>,
    admin: Admin,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, AdminError> {
    let lang = admin.lang;
    let org = load(&state, &admin, &slug).await?;
    let (entry, doc, before) = state.db.revision(org.id, number(&id)?).await?.ok_or(AdminError::NotFound)?;
    let changes = diff(before.as_ref(), &doc);
    let title = t_args(lang, "admin-revision-title", &[("id", entry.id.to_string().into())]);
    let body = view! {
        <p><a href=org.links().revisions()>{t(lang, "admin-revisions")}</a></p>
        <p>{when(entry.created_at)}" · "{t(lang, &format!("admin-revision-{}", entry.kind))}" · "{entry.author}</p>
        {changes_table(lang, &changes)}
        <p class="hint">{t(lang, "admin-restore-hint")}</p>
        {post_button(&admin, org.links().restore(entry.id), t(lang, "admin-restore"), "")}
    };
    Ok(page::ok(document(lang, &title, Some(&admin), body.into_any())))
}

/// Makes an old revision the draft again: it can be previewed, then published.
pub async fn restore(
    State(state): State<AppState>,
    admin: Admin,
    Path((slug, id)): Path<(String, String)>,
    form: Form,
) -> Result<Response, AdminError> {
    form.checked(&admin)?;
    let org = load(&state, &admin, &slug).await?;
    let (_, doc, _) = state.db.revision(org.id, number(&id)?).await?.ok_or(AdminError::NotFound)?;
    let summary = format!("#{id}");
    commit_then(&state, &admin, &org, (&doc, Mode::Restore, &summary), &urls::done(&org.url(), "restored")).await
}
