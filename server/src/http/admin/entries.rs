//! One entry of an organisation (its details, a service, programme, location or event):
//! the form, creating, saving (as draft or published, with optimistic versioning),
//! deleting and stamping it "still accurate".

use super::editor::{editor, EditorContext};
use super::forms::Form;
use super::organizations::{changes_table, commit_then, draft_moved_page, load, problems_page, OrgDoc};
use super::page::{self, document, post_button, Done};
use super::session::Admin;
use super::urls;
use super::AdminError;
use crate::content::editor::completeness::update_statuses;
use crate::content::editor::diff::Change;
use crate::content::editor::form::{first, from_form, to_form, Choices, FieldErrors, FormValues};
use crate::content::editor::{Entry, Kind};
use crate::content::{self, FileTranslationStatus};
use crate::state::AppState;
use crate::write::publishing::{commit, CommitError, Edit, Mode};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use portineria_app::i18n::t;
use portineria_app::lang::Lang;

fn kind_of(segment: &str) -> Result<Kind, AdminError> {
    Kind::from_segment(segment).ok_or(AdminError::NotFound)
}

/// The form page of an entry, answered with `status`.
#[allow(clippy::too_many_arguments)]
fn form_page(
    state: &AppState,
    admin: &Admin,
    org: &OrgDoc,
    (kind, id): (Kind, Option<&str>),
    form: &FormValues,
    errors: &FieldErrors,
    base: String,
    (status, top): (StatusCode, AnyView),
) -> Response {
    let lang = admin.lang;
    let action = match id {
        Some(id) => org.links().entry(kind, id),
        None => org.links().new_entry(kind),
    };
    let choices = Choices::new(&state.taxonomy, org.working());
    let ctx = EditorContext {
        admin,
        kind,
        id,
        doc: org.working(),
        taxonomy: &state.taxonomy,
        choices: &choices,
        action: action.clone(),
        base,
    };
    let title = match id {
        Some(id) => org.working().entry(kind, id).map_or_else(|| id.to_string(), |e| e.title().to_string()),
        None => t(lang, &format!("admin-new-{}", kind.segment())),
    };
    let previews = id.zip(kind.public_segment()).map(|(id, _)| {
        let links = Lang::ALL
            .into_iter()
            .map(|l| {
                let href = org.links().preview(l, kind, id);
                view! { <a href=href lang=l.code()>{t(l, "language-name")}</a>" " }
            })
            .collect_view();
        view! { <p class="admin-links">{t(lang, "admin-preview")}": "{links}</p> }
    });
    let actions = id.filter(|_| kind != Kind::Organization).map(|id| {
        let verify = matches!(kind, Kind::Service | Kind::Programme)
            .then(|| post_button(admin, org.links().verify(kind, id), t(lang, "admin-still-accurate"), "secondary"));
        view! {
            <section class="admin-section danger">
                {verify}
                {post_button(admin, org.links().delete(kind, id), t(lang, "admin-delete"), "danger")}
                <p class="hint">{t(lang, "admin-delete-hint")}</p>
            </section>
        }
    });
    let body = view! {
        <p><a href=org.url()>{t(lang, "admin-back-to-organization")}</a></p>
        {top}
        {previews}
        {editor(&ctx, form, errors)}
        {actions}
    };
    page::respond(status, document(lang, &title, Some(admin), body.into_any()))
}

pub async fn new_form(
    State(state): State<AppState>,
    admin: Admin,
    Path((slug, segment)): Path<(String, String)>,
) -> Result<Response, AdminError> {
    let kind = kind_of(&segment)?;
    let org = load(&state, &admin, &slug).await?;
    if kind == Kind::Organization {
        return Err(AdminError::NotFound);
    }
    let form = FormValues::new();
    let top = ().into_any();
    Ok(form_page(&state, &admin, &org, (kind, None), &form, &FieldErrors::new(), "new".into(), (StatusCode::OK, top)))
}

pub async fn edit_form(
    State(state): State<AppState>,
    admin: Admin,
    Path((slug, segment, id)): Path<(String, String, String)>,
    Query(done): Query<Done>,
) -> Result<Response, AdminError> {
    let kind = kind_of(&segment)?;
    let org = load(&state, &admin, &slug).await?;
    let entry = org.working().entry(kind, &id).ok_or(AdminError::NotFound)?;
    let form = to_form(&entry);
    let top = done.notice(admin.lang, &["confirmed", "saved"]);
    let base = entry.fingerprint();
    Ok(form_page(&state, &admin, &org, (kind, Some(&id)), &form, &FieldErrors::new(), base, (StatusCode::OK, top)))
}

pub async fn create(
    State(state): State<AppState>,
    admin: Admin,
    Path((slug, segment)): Path<(String, String)>,
    form: Form,
) -> Result<Response, AdminError> {
    let form = form.checked(&admin)?;
    let kind = kind_of(&segment)?;
    let org = load(&state, &admin, &slug).await?;
    if kind == Kind::Organization {
        return Err(AdminError::NotFound);
    }
    let choices = Choices::new(&state.taxonomy, org.working());
    let mut taken: Vec<String> = org.working().ids(kind).into_iter().map(String::from).collect();
    let wanted = first(&form, kind.id_name()).trim().to_string();
    if crate::write::publishing::slug_taken(&state.publisher(), kind, &wanted, org.id).await.map_err(commit_error)? {
        taken.push(wanted);
    }
    match from_form(kind, &form, &choices, None, &taken) {
        Err(errors) => {
            let top = ().into_any();
            Ok(form_page(
                &state,
                &admin,
                &org,
                (kind, None),
                &form,
                &errors,
                "new".into(),
                (StatusCode::UNPROCESSABLE_ENTITY, top),
            ))
        }
        Ok(entry) => {
            let id = entry.id().to_string();
            let mut doc = org.working().clone();
            update_statuses(&mut doc, None, &entry);
            doc.put_entry(None, entry);
            let back = org.links().entry(kind, &id);
            let mode = mode_of(&form);
            finish(&state, &admin, &org, (doc, mode, &kind.entry_key(&id)), (back, done_word(mode)), None).await
        }
    }
}

/// A failed lookup while checking a form.
fn commit_error(e: CommitError) -> AdminError {
    AdminError::Internal(e.to_string())
}

fn mode_of(form: &FormValues) -> Mode {
    if first(form, "action") == "publish" {
        Mode::Publish
    } else {
        Mode::Draft
    }
}

/// Commits the document and goes back to `back` (the organisation's page when empty). When
/// the person typed an existing entry's form (`typed`) and someone changed the same entry
/// meanwhile, the conflict page shows both versions and keeps what they typed.
async fn finish(
    state: &AppState,
    admin: &Admin,
    org: &OrgDoc,
    (doc, mode, summary): (content::OrganizationFile, Mode, &str),
    (back, done): (String, &str),
    typed: Option<(Kind, &str, &FormValues)>,
) -> Result<Response, AdminError> {
    let target = if back.is_empty() { org.url() } else { back };
    let then = format!("{target}?done={done}");
    let Some((kind, id, form)) = typed else {
        return commit_then(state, admin, org, (&doc, mode, summary), &then).await;
    };
    match commit(&state.publisher(), &org.slug, Edit { base: &org.row, doc: &doc, mode, summary }, admin.actor()).await
    {
        Ok(()) => Ok(Redirect::to(&then).into_response()),
        Err(CommitError::Invalid(problems)) => Ok(problems_page(admin, org, &problems)),
        Err(CommitError::Conflict { entries, problems }) => {
            let newer = load(state, admin, &org.slug).await?;
            match newer.working().entry(kind, id) {
                Some(current) => {
                    let base = current.fingerprint();
                    Ok(conflict_page(state, admin, &newer, (kind, id), &current, form, base))
                }
                None => {
                    let lines: Vec<String> = entries.into_iter().chain(problems).collect();
                    Ok(draft_moved_page(admin, &newer, &lines))
                }
            }
        }
        Err(CommitError::Db(e)) => Err(e.into()),
    }
}

/// The notice word a redirect carries after a save in `mode`.
fn done_word(mode: Mode) -> &'static str {
    if mode == Mode::Publish {
        "published"
    } else {
        "saved"
    }
}

pub async fn save_entry(
    state: &AppState,
    admin: &Admin,
    org: &OrgDoc,
    (kind, id): (Kind, &str),
    form: FormValues,
) -> Result<Response, AdminError> {
    let current = org.working().entry(kind, id).ok_or(AdminError::NotFound)?;
    let choices = Choices::new(&state.taxonomy, org.working());
    let current_base = current.fingerprint();
    let sent_base = first(&form, "base").to_string();
    if sent_base != current_base {
        return Ok(conflict_page(state, admin, org, (kind, id), &current, &form, current_base));
    }
    let entry = match from_form(kind, &form, &choices, Some(id), &[]) {
        Ok(entry) => entry,
        Err(errors) => {
            let top = ().into_any();
            return Ok(form_page(
                state,
                admin,
                org,
                (kind, Some(id)),
                &form,
                &errors,
                current_base,
                (StatusCode::UNPROCESSABLE_ENTITY, top),
            ));
        }
    };
    let mut doc = org.working().clone();
    update_statuses(&mut doc, Some(&current), &entry);
    let confirm = first(&form, "confirm").to_string();
    let owner = kind.owner(id);
    let summary = kind.entry_key(id);
    if confirm.starts_with(&format!("{owner}/")) {
        doc.statuses.insert(confirm.clone(), FileTranslationStatus::Confirmed);
    }
    doc.put_entry(Some(id), entry);
    let back = org.links().entry(kind, id);
    let typed = Some((kind, id, &form));
    if !confirm.is_empty() {
        return finish(state, admin, org, (doc, Mode::Draft, &summary), (back, "confirmed"), typed).await;
    }
    let mode = mode_of(&form);
    let back = if mode == Mode::Publish { String::new() } else { back };
    finish(state, admin, org, (doc, mode, &summary), (back, done_word(mode)), typed).await
}

pub async fn save(
    State(state): State<AppState>,
    admin: Admin,
    Path((slug, segment, id)): Path<(String, String, String)>,
    form: Form,
) -> Result<Response, AdminError> {
    let form = form.checked(&admin)?;
    let kind = kind_of(&segment)?;
    let org = load(&state, &admin, &slug).await?;
    save_entry(&state, &admin, &org, (kind, &id), form).await
}

/// Someone saved the entry since this form was opened: both versions side by side, and the
/// form again with what this person typed, based on the newer version, so that saving it
/// replaces the other knowingly and nothing typed is lost.
fn conflict_page(
    state: &AppState,
    admin: &Admin,
    org: &OrgDoc,
    (kind, id): (Kind, &str),
    current: &Entry,
    form: &FormValues,
    current_base: String,
) -> Response {
    let lang = admin.lang;
    let theirs = to_form(current);
    // The form's own fields, and the ids (fixed once chosen), are not the entry's values.
    let ids = Kind::ALL.map(Kind::id_name);
    let skip = |name: &str| ["csrf", "base", "action", "confirm"].contains(&name) || ids.contains(&name);
    let mut names: Vec<&String> = theirs.keys().chain(form.keys()).filter(|k| !skip(k)).collect();
    names.sort();
    names.dedup();
    // Browsers send line breaks as CRLF; compare texts as the editor reads them.
    let value = |values: Option<&Vec<String>>| {
        values.map(|v| v.join("\n")).unwrap_or_default().replace("\r\n", "\n").trim().to_string()
    };
    let changes: Vec<Change> = names
        .into_iter()
        .filter_map(|name| {
            let (a, b) = (value(theirs.get(name)), value(form.get(name)));
            (a != b).then(|| Change { path: field_label(lang, name), before: Some(a), after: Some(b) })
        })
        .collect();
    let top = view! {
        <section class="admin-conflict" role="alert">
            <h2>{t(lang, "admin-conflict-title")}</h2>
            <p>{t(lang, "admin-conflict-text")}</p>
            <p class="hint">{t(lang, "admin-conflict-columns")}</p>
            {changes_table(lang, &changes)}
            <p><a href=org.links().entry(kind, id)>{t(lang, "admin-conflict-take-theirs")}</a></p>
        </section>
    }
    .into_any();
    form_page(state, admin, org, (kind, Some(id)), form, &FieldErrors::new(), current_base, (StatusCode::CONFLICT, top))
}

/// A form field's name as people read it: `summary.ar` → "In breve (arabo)".
fn field_label(lang: Lang, name: &str) -> String {
    let mut parts = name.split('.');
    let field = parts.next().unwrap_or(name);
    let label = t(lang, &format!("admin-field-{}", field.replace('_', "-")));
    let rest: Vec<String> = parts
        .map(|p| match Lang::from_code(p) {
            Some(l) => t(lang, &format!("language-name-{}", l.code())),
            None => p.parse::<usize>().map(|n| (n + 1).to_string()).unwrap_or_else(|_| p.to_string()),
        })
        .collect();
    if rest.is_empty() {
        label
    } else {
        format!("{label} ({})", rest.join(", "))
    }
}

pub async fn delete(
    State(state): State<AppState>,
    admin: Admin,
    Path((slug, segment, id)): Path<(String, String, String)>,
    form: Form,
) -> Result<Response, AdminError> {
    form.checked(&admin)?;
    let kind = kind_of(&segment)?;
    let org = load(&state, &admin, &slug).await?;
    if kind == Kind::Organization || !org.working().ids(kind).contains(&id.as_str()) {
        return Err(AdminError::NotFound);
    }
    let mut doc = org.working().clone();
    doc.remove_entry(kind, &id);
    let summary = format!("-{}", kind.entry_key(&id));
    commit_then(&state, &admin, &org, (&doc, Mode::Draft, &summary), &urls::done(&org.url(), "deleted")).await
}

pub async fn verify(
    State(state): State<AppState>,
    admin: Admin,
    Path((slug, segment, id)): Path<(String, String, String)>,
    form: Form,
) -> Result<Response, AdminError> {
    form.checked(&admin)?;
    let kind = kind_of(&segment)?;
    let org = load(&state, &admin, &slug).await?;
    if !matches!(kind, Kind::Service | Kind::Programme) || !org.published.ids(kind).contains(&id.as_str()) {
        return Err(AdminError::NotFound);
    }
    let owner = kind.owner(&id);
    state.db.verify(org.id, &owner, &admin.user.email).await?;
    state
        .db
        .audit(admin.actor(), crate::db::AuditAction::Verify, &format!("organization:{}/{owner}", org.slug), "")
        .await?;
    Ok(Redirect::to(&urls::done(&org.url(), "verified")).into_response())
}
