//! One entry of an organisation (its details, a service, programme, location or event):
//! the handlers of its form, creating, saving (as draft or published, with optimistic
//! versioning), deleting and stamping it "still accurate". The rules are in [`service`],
//! the page in [`views`] and the form in [`editor`].

mod editor;
mod service;
mod views;

use super::forms::Form;
use super::organizations::service::{load, save, OrgDoc, Outcome};
use super::organizations::{answer, draft_moved};
use super::page::{self, Done};
use super::session::Admin;
use super::urls;
use super::AdminError;
use crate::content::editor::form::{to_form, Choices, FieldErrors, FormValues};
use crate::content::editor::Kind;
use crate::state::AppState;
use crate::write::publishing::Mode;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use editor::EditorContext;
use leptos::prelude::*;
use service::{Edited, Typed};

fn kind_of(segment: &str) -> Result<Kind, AdminError> {
    Kind::from_segment(segment).ok_or(AdminError::NotFound)
}

/// What a form page shows besides the document: the entry (`None` while creating), the
/// values and errors of the form, the fingerprint it is based on, and what comes first.
struct FormState<'a> {
    entry: (Kind, Option<&'a str>),
    form: &'a FormValues,
    errors: &'a FieldErrors,
    base: String,
    top: AnyView,
}

/// The form page of an entry, answered with `status`.
fn form_page(state: &AppState, admin: &Admin, org: &OrgDoc, shown: FormState, status: StatusCode) -> Response {
    let (kind, id) = shown.entry;
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
        action,
        base: shown.base,
    };
    page::respond(status, views::form_page(&ctx, org, shown.form, shown.errors, shown.top))
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
    let (form, errors) = (FormValues::new(), FieldErrors::new());
    let shown = FormState { entry: (kind, None), form: &form, errors: &errors, base: "new".into(), top: ().into_any() };
    Ok(form_page(&state, &admin, &org, shown, StatusCode::OK))
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
    let (form, errors) = (to_form(&entry), FieldErrors::new());
    let top = done.notice(admin.lang, &["confirmed", "saved"]);
    let shown = FormState { entry: (kind, Some(&id)), form: &form, errors: &errors, base: entry.fingerprint(), top };
    Ok(form_page(&state, &admin, &org, shown, StatusCode::OK))
}

/// The notice word a redirect carries after a save in `mode`.
fn done_word(mode: Mode) -> &'static str {
    if mode == Mode::Publish {
        "published"
    } else {
        "saved"
    }
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
    match service::create(&state, &org, kind, &form).await? {
        Ok(Typed { doc, id, summary, .. }) => {
            let mode = service::mode_of(&form);
            let outcome = save(&state, &admin, &org, (&doc, mode, &summary)).await?;
            Ok(answer(&admin, &org, outcome, &urls::done(&org.links().entry(kind, &id), done_word(mode))))
        }
        Err(errors) => {
            let shown =
                FormState { entry: (kind, None), form: &form, errors: &errors, base: "new".into(), top: ().into_any() };
            Ok(form_page(&state, &admin, &org, shown, StatusCode::UNPROCESSABLE_ENTITY))
        }
    }
}

/// Someone saved the entry since this form was opened: both versions side by side, and the
/// form again with what this person typed, based on the newer version, so that saving it
/// replaces the other knowingly and nothing typed is lost.
fn conflict_page(
    state: &AppState,
    admin: &Admin,
    org: &OrgDoc,
    (kind, id): (Kind, &str),
    form: &FormValues,
) -> Response {
    let Some(current) = org.working().entry(kind, id) else {
        return draft_moved(admin, org, &[]);
    };
    let top = views::conflict(admin.lang, org, (kind, id), service::typed_differences(&current, form));
    let errors = FieldErrors::new();
    let shown = FormState { entry: (kind, Some(id)), form, errors: &errors, base: current.fingerprint(), top };
    form_page(state, admin, org, shown, StatusCode::CONFLICT)
}

pub async fn save_entry(
    State(state): State<AppState>,
    admin: Admin,
    Path((slug, segment, id)): Path<(String, String, String)>,
    form: Form,
) -> Result<Response, AdminError> {
    let form = form.checked(&admin)?;
    let kind = kind_of(&segment)?;
    let org = load(&state, &admin, &slug).await?;
    let (doc, summary, confirmed) = match service::update(&state, &org, (kind, &id), &form)? {
        Edited::Document(typed) => (typed.doc, typed.summary, typed.confirmed),
        Edited::Moved => return Ok(conflict_page(&state, &admin, &org, (kind, &id), &form)),
        Edited::Errors(errors) => {
            let base = org.working().entry(kind, &id).map(|e| e.fingerprint()).unwrap_or_default();
            let shown = FormState { entry: (kind, Some(&id)), form: &form, errors: &errors, base, top: ().into_any() };
            return Ok(form_page(&state, &admin, &org, shown, StatusCode::UNPROCESSABLE_ENTITY));
        }
    };
    // Confirming a translation saves the draft and stays on the form; a publication goes
    // back to the organisation's page.
    let mode = if confirmed { Mode::Draft } else { service::mode_of(&form) };
    let then = match (confirmed, mode) {
        (true, _) => urls::done(&org.links().entry(kind, &id), "confirmed"),
        (false, Mode::Publish) => urls::done(&org.url(), done_word(mode)),
        (false, _) => urls::done(&org.links().entry(kind, &id), done_word(mode)),
    };
    match save(&state, &admin, &org, (&doc, mode, &summary)).await? {
        // Someone changed the document meanwhile: the entry's own conflict page when the
        // entry is still there, keeping what was typed.
        Outcome::Moved { newer, clashes } if newer.working().entry(kind, &id).is_none() => {
            Ok(draft_moved(&admin, &newer, &clashes))
        }
        Outcome::Moved { newer, .. } => Ok(conflict_page(&state, &admin, &newer, (kind, &id), &form)),
        outcome => Ok(answer(&admin, &org, outcome, &then)),
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
    let (doc, summary) = service::without(&org, kind, &id)?;
    let outcome = save(&state, &admin, &org, (&doc, Mode::Draft, &summary)).await?;
    Ok(answer(&admin, &org, outcome, &urls::done(&org.url(), "deleted")))
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
    service::verify(&state, &admin, &org, (kind, &id)).await?;
    Ok(Redirect::to(&urls::done(&org.url(), "verified")).into_response())
}
