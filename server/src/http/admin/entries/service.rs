//! The rules of editing one entry: a posted form becomes the organisation's next document
//! (the entry put in, translation statuses updated, a confirmed translation marked), or the
//! reason it cannot (field errors, or someone saved the entry since the form was opened).
//! No HTML here.

use super::super::organizations::service::OrgDoc;
use super::super::session::Admin;
use super::super::AdminError;
use crate::content::editor::completeness::{self, update_statuses};
use crate::content::editor::form::{first, from_form, to_form, Choices, FieldErrors, FormValues};
use crate::content::editor::{Entry, Kind};
use crate::content::OrganizationFile;
use crate::db::AuditAction;
use crate::state::AppState;
use crate::write::publishing::{slug_taken, Mode};

/// The form's own fields, which are not values of the entry.
const FORM_FIELDS: [&str; 4] = ["csrf", "base", "action", "confirm"];

/// The organisation's document with an entry as typed, to commit.
pub struct Typed {
    pub doc: OrganizationFile,
    /// The entry's id.
    pub id: String,
    /// The revision's summary (the entry's key).
    pub summary: String,
    /// Whether the person confirmed a translation (rather than saving or publishing).
    pub confirmed: bool,
}

/// What a posted form for an existing entry came to.
pub enum Edited {
    Document(Box<Typed>),
    /// Fields that cannot be saved, each with its message.
    Errors(FieldErrors),
    /// Someone saved the entry since the form was opened: nothing was made of the form.
    Moved,
}

/// How the person asked to save: as the draft, or published at once.
pub fn mode_of(form: &FormValues) -> Mode {
    if first(form, "action") == "publish" {
        Mode::Publish
    } else {
        Mode::Draft
    }
}

/// A new entry of `kind` from its form; its id must be free in this organisation and in
/// every other organisation's published document and draft.
pub async fn create(
    state: &AppState,
    org: &OrgDoc,
    kind: Kind,
    form: &FormValues,
) -> Result<Result<Typed, FieldErrors>, AdminError> {
    let choices = Choices::new(&state.taxonomy, org.working());
    let mut taken: Vec<String> = org.working().ids(kind).into_iter().map(String::from).collect();
    let wanted = first(form, kind.id_name()).trim().to_string();
    if slug_taken(&state.publisher(), kind, &wanted, org.id).await.map_err(|e| AdminError::Internal(e.to_string()))? {
        taken.push(wanted);
    }
    let entry = match from_form(kind, form, &choices, None, &taken) {
        Ok(entry) => entry,
        Err(errors) => return Ok(Err(errors)),
    };
    let id = entry.id().to_string();
    let mut doc = org.working().clone();
    update_statuses(&mut doc, None, &entry);
    doc.put_entry(None, entry);
    Ok(Ok(Typed { doc, summary: kind.entry_key(&id), id, confirmed: false }))
}

/// The entry `id` as edited in `form`, based on the version the form was filled from
/// (its `base` fingerprint). A `confirm` button names the translation it confirms.
pub fn update(
    state: &AppState,
    org: &OrgDoc,
    (kind, id): (Kind, &str),
    form: &FormValues,
) -> Result<Edited, AdminError> {
    let current = org.working().entry(kind, id).ok_or(AdminError::NotFound)?;
    if first(form, "base") != current.fingerprint() {
        return Ok(Edited::Moved);
    }
    let choices = Choices::new(&state.taxonomy, org.working());
    let entry = match from_form(kind, form, &choices, Some(id), &[]) {
        Ok(entry) => entry,
        Err(errors) => return Ok(Edited::Errors(errors)),
    };
    let mut doc = org.working().clone();
    update_statuses(&mut doc, Some(&current), &entry);
    let confirm = first(form, "confirm");
    let confirmed = !confirm.is_empty();
    if confirm.starts_with(&format!("{}/", kind.owner(id))) {
        completeness::confirm(&mut doc, confirm);
    }
    doc.put_entry(Some(id), entry);
    Ok(Edited::Document(Box::new(Typed { doc, id: id.to_string(), summary: kind.entry_key(id), confirmed })))
}

/// The organisation's document without the entry `id`, and the revision's summary.
pub fn without(org: &OrgDoc, kind: Kind, id: &str) -> Result<(OrganizationFile, String), AdminError> {
    if kind == Kind::Organization || !org.working().ids(kind).contains(&id) {
        return Err(AdminError::NotFound);
    }
    let mut doc = org.working().clone();
    doc.remove_entry(kind, id);
    Ok((doc, format!("-{}", kind.entry_key(id))))
}

/// Where the person's typed form differs from the entry as someone else saved it: each
/// form field's name with their value and the typed one. Ids (fixed once chosen) and the
/// form's own fields are left out.
pub fn typed_differences(current: &Entry, form: &FormValues) -> Vec<(String, String, String)> {
    let theirs = to_form(current);
    let ids = Kind::ALL.map(Kind::id_name);
    let skip = |name: &str| FORM_FIELDS.contains(&name) || ids.contains(&name);
    let mut names: Vec<&String> = theirs.keys().chain(form.keys()).filter(|k| !skip(k)).collect();
    names.sort();
    names.dedup();
    // Browsers send line breaks as CRLF; compare texts as the editor reads them.
    let value = |values: Option<&Vec<String>>| {
        values.map(|v| v.join("\n")).unwrap_or_default().replace("\r\n", "\n").trim().to_string()
    };
    names
        .into_iter()
        .filter_map(|name| {
            let (a, b) = (value(theirs.get(name)), value(form.get(name)));
            (a != b).then(|| (name.clone(), a, b))
        })
        .collect()
}

/// Stamps a published service or programme "still accurate", with its audit line.
pub async fn verify(state: &AppState, admin: &Admin, org: &OrgDoc, (kind, id): (Kind, &str)) -> Result<(), AdminError> {
    if !matches!(kind, Kind::Service | Kind::Programme) || !org.published.ids(kind).contains(&id) {
        return Err(AdminError::NotFound);
    }
    let owner = kind.owner(id);
    state.db.verify(org.id, &owner, &admin.user.email).await?;
    state.db.audit(admin.actor(), AuditAction::Verify, &format!("organization:{}/{owner}", org.slug), "").await?;
    Ok(())
}
