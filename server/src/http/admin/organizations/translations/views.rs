//! The translators' section of an organisation's page (outdated translations to update,
//! XLIFF files to download and upload) and the pages an upload answers.

use super::super::super::page::{csrf_field, document};
use super::super::super::session::Admin;
use super::super::service::OrgDoc;
use crate::content::editor::completeness::Outdated;
use crate::content::editor::fields::label_key;
use crate::content::editor::xliff::{Applied, Filter, Problem};
use crate::content::editor::Kind;
use leptos::prelude::*;
use portineria_app::i18n::{t, t_args};
use portineria_app::lang::Lang;

/// The languages translated from Italian.
fn targets() -> impl Iterator<Item = Lang> {
    Lang::ALL.into_iter().filter(|l| *l != Lang::It)
}

fn language_name(ui: Lang, lang: Lang) -> String {
    t(ui, &format!("language-name-{}", lang.code()))
}

/// A text's field as the editor labels it: `service:slug/documents.0` → "Documents (1)".
fn field_label(ui: Lang, path: &str) -> String {
    let field = path.rsplit_once('/').map_or(path, |(_, f)| f);
    match field.split_once('.') {
        Some((name, i)) => {
            let n = i.parse::<usize>().map_or(0, |i| i + 1);
            format!("{} ({n})", t(ui, &label_key(name)))
        }
        None => t(ui, &label_key(field)),
    }
}

/// The outdated translations, each a link to its place in the entry's form.
pub fn outdated_list(admin: &Admin, org: &OrgDoc, items: &[Outdated]) -> AnyView {
    let ui = admin.lang;
    let body = if items.is_empty() {
        view! { <p>{t(ui, "admin-outdated-none")}</p> }.into_any()
    } else {
        let rows = items
            .iter()
            .map(|o| {
                let href = format!("{}#outdated-{}/{}", org.links().entry(o.kind, &o.id), o.path, o.lang.code());
                let kind = if o.kind == Kind::Organization { String::new() } else { format!("{} · ", o.title) };
                view! {
                    <li class="outdated-item">
                        <a href=href>{kind}{field_label(ui, &o.path)}</a>
                        " — "{language_name(ui, o.lang)}
                    </li>
                }
            })
            .collect_view();
        view! { <p>{t(ui, "admin-outdated-intro")}</p><ul class="admin-list outdated-list">{rows}</ul> }.into_any()
    };
    view! {
        <section class="admin-section" id="outdated">
            <h2>{t_args(ui, "admin-outdated-title", &[("count", items.len().into())])}</h2>
            {body}
        </section>
    }
    .into_any()
}

/// Downloads per language and filter, and the upload form.
pub fn section(admin: &Admin, org: &OrgDoc) -> AnyView {
    let ui = admin.lang;
    let rows = targets()
        .map(|lang| {
            let links = Filter::ALL
                .into_iter()
                .map(|f| {
                    view! { <li><a href=org.links().translations_file(lang, f) download>{t(ui, &format!("xliff-filter-{}", f.as_str()))}</a></li> }
                })
                .collect_view();
            view! { <div class="xliff-language"><h3>{language_name(ui, lang)}</h3><ul class="xliff-links">{links}</ul></div> }
        })
        .collect_view();
    view! {
        <section class="admin-section" id="translators">
            <h2>{t(ui, "xliff-title")}</h2>
            <p>{t(ui, "xliff-intro")}</p>
            <div class="xliff-downloads">{rows}</div>
            <form method="post" action=org.links().translations() enctype="multipart/form-data" class="admin-form xliff-upload">
                {csrf_field(admin)}
                <p class="form-row">
                    <label for="xliff-file">{t(ui, "xliff-import-file")}</label>
                    <input id="xliff-file" name="file" type="file" accept=".xlf,.xliff,application/xliff+xml" required/>
                    <span class="hint">{t(ui, "xliff-import-hint")}</span>
                </p>
                <div class="form-actions"><button type="submit">{t(ui, "xliff-import-button")}</button></div>
            </form>
        </section>
    }
    .into_any()
}

/// A file that was not read: nothing changed, every problem listed.
pub fn refused(admin: &Admin, org: &OrgDoc, problems: &[Problem]) -> String {
    let ui = admin.lang;
    let items = problems
        .iter()
        .map(|p| {
            let args = [
                ("unit", p.unit.clone().unwrap_or_default().into()),
                ("detail", p.detail.clone().unwrap_or_default().into()),
            ];
            view! { <li>{t_args(ui, p.key, &args)}</li> }
        })
        .collect_view();
    let body = view! {
        <p role="alert">{t(ui, "xliff-refused")}</p>
        <ul class="admin-list">{items}</ul>
        <p><a href=format!("{}#translators", org.url())>{t(ui, "admin-back-to-organization")}</a></p>
    };
    document(ui, &t(ui, "xliff-refused-title"), Some(admin), body.into_any())
}

/// What a file changed in the draft.
pub fn imported(admin: &Admin, org: &OrgDoc, lang: Lang, applied: &Applied) -> String {
    let ui = admin.lang;
    let counts = [
        ("confirmed", applied.confirmed.len().into()),
        ("outdated", applied.outdated.len().into()),
        ("unchanged", applied.unchanged.into()),
        ("lang", language_name(ui, lang).into()),
    ];
    let list = |paths: &[String], key: &'static str| {
        (!paths.is_empty()).then(|| {
            let items = paths.iter().map(|p| view! { <li><code>{p.clone()}</code></li> }).collect_view();
            view! { <h2>{t(ui, key)}</h2><ul class="admin-list">{items}</ul> }
        })
    };
    let body = view! {
        <p class="admin-notice" role="status">{t_args(ui, "xliff-imported", &counts)}</p>
        {list(&applied.confirmed, "xliff-imported-confirmed")}
        {list(&applied.outdated, "xliff-imported-outdated")}
        <p>
            <a href=org.links().changes()>{t(ui, "xliff-see-draft")}</a>
            " · "<a href=org.url()>{t(ui, "admin-back-to-organization")}</a>
        </p>
    };
    document(ui, &t(ui, "xliff-imported-title"), Some(admin), body.into_any())
}
