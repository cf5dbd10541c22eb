//! The page of one entry's form: the way back, links to preview it, the form itself
//! ([`super::editor`]) and the buttons to stamp or delete it; and the box shown above the
//! form when someone else saved the entry meanwhile.

use super::super::organizations::service::OrgDoc;
use super::super::organizations::views::{changes_table, preview_links};
use super::super::page::{document, post_button};
use super::editor::{editor, EditorContext};
use crate::content::editor::diff::Change;
use crate::content::editor::form::{FieldErrors, FormValues};
use crate::content::editor::Kind;
use leptos::prelude::*;
use portineria_app::i18n::t;
use portineria_app::lang::Lang;

/// The entry's form page; `top` comes first (a notice, or the conflict box).
pub fn form_page(ctx: &EditorContext, org: &OrgDoc, form: &FormValues, errors: &FieldErrors, top: AnyView) -> String {
    let (admin, kind, lang) = (ctx.admin, ctx.kind, ctx.admin.lang);
    let title = match ctx.id {
        Some(id) => org.working().entry(kind, id).map_or_else(|| id.to_string(), |e| e.title().to_string()),
        None => t(lang, &format!("admin-new-{}", kind.segment())),
    };
    let previews = ctx.id.filter(|_| kind.public_segment().is_some()).map(|id| {
        view! { <p class="admin-links">{t(lang, "admin-preview")}": "{preview_links(org, kind, id)}</p> }
    });
    let actions = ctx.id.filter(|_| kind != Kind::Organization).map(|id| {
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
        {editor(ctx, form, errors)}
        {actions}
    };
    document(lang, &title, Some(admin), body.into_any())
}

/// Someone saved the entry since this form was opened: where their version and what this
/// person typed differ (form field, theirs, typed), and the way to take theirs.
pub fn conflict(
    lang: Lang,
    org: &OrgDoc,
    (kind, id): (Kind, &str),
    differences: Vec<(String, String, String)>,
) -> AnyView {
    let changes: Vec<Change> = differences
        .into_iter()
        .map(|(name, theirs, typed)| Change {
            path: field_label(lang, &name),
            before: Some(theirs),
            after: Some(typed),
        })
        .collect();
    view! {
        <section class="admin-conflict" role="alert">
            <h2>{t(lang, "admin-conflict-title")}</h2>
            <p>{t(lang, "admin-conflict-text")}</p>
            <p class="hint">{t(lang, "admin-conflict-columns")}</p>
            {changes_table(lang, &changes)}
            <p><a href=org.links().entry(kind, id)>{t(lang, "admin-conflict-take-theirs")}</a></p>
        </section>
    }
    .into_any()
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
