//! The entry form, built from the fields [`crate::content::editor::fields`] declares for each kind. Every
//! text shows Italian beside each other language, with the translation's status and a
//! button to confirm it; every field shows its own message when it cannot be saved.

use super::super::page::csrf_field;
use super::super::session::Admin;
use crate::content::editor::completeness;
use crate::content::editor::fields::{label_key, Access, Check, EntryType, Height, Options, HOURS, PHONE};
use crate::content::editor::form::{first, in_lang, row, row_part, rows, Choices, FieldErrors, FormValues, BLANK_ROWS};
use crate::content::editor::{for_kind, Kind};
use crate::content::{self, OrganizationFile, Taxonomy};
use leptos::prelude::*;
// Leptos writes a `<textarea>`'s children as they are when rendering on the server, so a
// stored `</textarea>` would end the field and inject markup: its text is escaped by hand.
use portineria_app::components::requirements::DocumentIcon;
use portineria_app::components::text::escape_text;
use portineria_app::i18n::{t, t_args};
use portineria_app::lang::Lang;
use portineria_app::model::TranslationStatus;
use portineria_app::requirements::DocumentKind;

/// What the form needs besides its values.
pub struct EditorContext<'a> {
    pub admin: &'a Admin,
    pub kind: Kind,
    /// The entry's id; `None` while creating it.
    pub id: Option<&'a str>,
    /// The document the entry is in (statuses, location and programme names).
    pub doc: &'a OrganizationFile,
    pub taxonomy: &'a Taxonomy,
    /// What the choices may hold, from the taxonomy and the document.
    pub choices: &'a Choices,
    pub action: String,
    /// The fingerprint of the version the form was filled from.
    pub base: String,
}

/// The `id` of a field's input: `phones.0.number` → `f-phones-0-number`.
fn input_id(name: &str) -> String {
    format!("f-{}", name.replace('.', "-"))
}

fn error_view(lang: Lang, errors: &FieldErrors, name: &str) -> AnyView {
    errors
        .get(name)
        .map(|key| view! { <p class="field-error" id=format!("error-{name}")>{t(lang, key)}</p> })
        .into_any()
}

/// `aria-describedby` and `aria-invalid` for a field with a message.
fn described(errors: &FieldErrors, name: &str) -> (Option<String>, Option<&'static str>) {
    if errors.contains_key(name) {
        (Some(format!("error-{name}")), Some("true"))
    } else {
        (None, None)
    }
}

fn option_label(lang: Lang, ctx: &EditorContext, options: Options, value: &str) -> String {
    let named = |list: &[crate::content::Category]| {
        list.iter().find(|c| c.slug == value).map(|c| c.name.get(lang).unwrap_or(c.name.italian()).to_string())
    };
    let label = match options {
        Options::Status => Some(t(lang, &format!("service-status-{value}"))),
        Options::Access => Some(t(lang, &format!("access-{value}"))),
        Options::Audience => Some(t(lang, &format!("admin-audience-{value}"))),
        Options::Languages => Some(t(lang, &format!("language-name-{value}"))),
        Options::Documents => Some(t(lang, &format!("document-{value}"))),
        Options::Situations => Some(t(lang, &format!("situation-{value}"))),
        Options::Categories => named(&ctx.taxonomy.categories),
        Options::TargetGroups => ctx
            .taxonomy
            .target_groups
            .iter()
            .find(|g| g.slug == value)
            .map(|g| g.name.get(lang).unwrap_or(g.name.italian()).to_string()),
        Options::Locations => ctx.doc.locations.iter().find(|l| l.key == value).map(|l| {
            let name = l.name.as_ref().map(|n| n.italian().to_string()).or_else(|| l.address.clone());
            format!("{} ({})", name.unwrap_or_else(|| value.to_string()), l.municipality)
        }),
        Options::Programmes => {
            ctx.doc.programmes.iter().find(|p| p.slug == value).map(|p| p.name.italian().to_string())
        }
    };
    label.unwrap_or_else(|| value.to_string())
}

/// One language's box of a text field.
fn text_input(
    name: String,
    lang: Lang,
    value: String,
    multiline: bool,
    errors: &FieldErrors,
    label: String,
) -> AnyView {
    let (describedby, invalid) = described(errors, &name);
    let id = input_id(&name);
    let input = if multiline {
        view! { <textarea id=id.clone() name=name.clone() lang=lang.code() dir=lang.dir() rows="4" aria-describedby=describedby aria-invalid=invalid inner_html=escape_text(&value)></textarea> }.into_any()
    } else {
        view! { <input id=id.clone() name=name.clone() value=value lang=lang.code() dir=lang.dir() aria-describedby=describedby aria-invalid=invalid/> }.into_any()
    };
    view! { <label for=id>{label}</label>{input} }.into_any()
}

/// For a short line, how long it is in `lang` against its limit, with a warning above it.
fn length_view(ui: Lang, height: Height, lang: Lang, value: &str) -> Option<AnyView> {
    if height != Height::Short || value.is_empty() {
        return None;
    }
    let (count, limit) = content::in_short_length(value, lang);
    let args = [("count", count.into()), ("limit", limit.into())];
    let length = if lang == Lang::Zh {
        t_args(ui, "admin-length-chars", &args)
    } else {
        t_args(ui, "admin-length-words", &args)
    };
    Some(if count > limit {
        view! { <span class="length too-long" role="status">{length}" — "{t(ui, "admin-length-too-long")}</span> }
            .into_any()
    } else {
        view! { <span class="length">{length}</span> }.into_any()
    })
}

/// A text in five languages: Italian first, then each language beside the Italian. An
/// outdated translation is highlighted with the Italian it was made from beside today's.
fn texts_field(
    ctx: &EditorContext,
    form: &FormValues,
    errors: &FieldErrors,
    (field, required): (&str, bool),
    height: Height,
) -> AnyView {
    let lang = ctx.admin.lang;
    let multiline = height == Height::Paragraph;
    let owner = ctx.kind.owner(ctx.id.unwrap_or(""));
    let path = format!("{owner}/{field}");
    let italian_name = in_lang(field, Lang::It);
    let italian = first(form, &italian_name).to_string();
    let before = ctx.doc.outdated_from.get(&path);
    let required = required.then(|| view! { " "<span class="required">{t(lang, "admin-required")}</span> });
    let others = Lang::ALL
        .into_iter()
        .filter(|l| *l != Lang::It)
        .map(|l| {
            let name = in_lang(field, l);
            let value = first(form, &name).to_string();
            let status =
                if value.is_empty() { "missing" } else { completeness::status(ctx.doc, &path, l).as_str() };
            let outdated = status == TranslationStatus::Outdated.as_str();
            let confirm = ((status == "machine" || outdated) && ctx.id.is_some()).then(|| {
                view! {
                    <button type="submit" name="confirm" value=format!("{path}/{}", l.code()) class="secondary small">
                        {t(lang, "admin-confirm-translation")}
                    </button>
                }
            });
            let was = before.filter(|_| outdated).map(|was| {
                view! {
                    <div class="translation-before" lang="it">
                        <span class="hint">{t(lang, "admin-italian-before")}</span><p><del>{was.clone()}</del></p>
                    </div>
                }
            });
            let now_label = if outdated { t(lang, "admin-italian-now") } else { t(lang, "language-name-it") };
            let label = t(lang, &format!("language-name-{}", l.code()));
            let length = length_view(lang, height, l, &value);
            view! {
                <div class=if outdated { "translation-row outdated" } else { "translation-row" } id=outdated.then(|| format!("outdated-{path}/{}", l.code()))>
                    {was}
                    <div class="translation-source" lang="it"><span class="hint">{now_label}</span><p>{italian.clone()}</p></div>
                    <div class="translation-target">
                        {text_input(name.clone(), l, value, multiline, errors, label)}
                        <span class=format!("status status-{status}")>{t(lang, &format!("admin-status-{status}"))}</span>
                        {length}
                        {confirm}
                        {error_view(lang, errors, &name)}
                    </div>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="texts-field">
            <legend>{t(lang, &label_key(field))}{required}</legend>
            <div class="translation-italian">
                {text_input(italian_name.clone(), Lang::It, italian.clone(), multiline, errors, format!("{} ({})", t(lang, "language-name-it"), t(lang, "admin-status-source")))}
                {length_view(lang, height, Lang::It, &italian)}
                {error_view(lang, errors, &italian_name)}
            </div>
            {others}
        </fieldset>
    }
    .into_any()
}

fn line_field(
    ctx: &EditorContext,
    form: &FormValues,
    errors: &FieldErrors,
    (name, required): (&str, bool),
    check: Check,
) -> AnyView {
    let lang = ctx.admin.lang;
    let (describedby, invalid) = described(errors, name);
    let hint = match check {
        Check::Date => Some(t(lang, "admin-hint-date")),
        Check::DayOrMonth => Some(t(lang, "admin-hint-day-or-month")),
        Check::Time => Some(t(lang, "admin-hint-time")),
        Check::Coordinates => Some(t(lang, "admin-hint-coordinates")),
        _ => None,
    };
    let input_mode = match check {
        Check::Url => "url",
        Check::Email => "email",
        _ => "text",
    };
    view! {
        <p class="form-row">
            <label for=format!("f-{name}")>{t(lang, &label_key(name))}{required.then(|| view! { " "<span class="required">{t(lang, "admin-required")}</span> })}</label>
            <input id=format!("f-{name}") name=name.to_string() value=first(form, name).to_string() inputmode=input_mode aria-describedby=describedby aria-invalid=invalid/>
            {hint.map(|h| view! { <span class="hint">{h}</span> })}
            {error_view(lang, errors, name)}
        </p>
    }
    .into_any()
}

fn choice_field(
    ctx: &EditorContext,
    form: &FormValues,
    errors: &FieldErrors,
    (name, required): (&str, bool),
    options: Options,
) -> AnyView {
    let lang = ctx.admin.lang;
    let current = first(form, name).to_string();
    let items = ctx
        .choices
        .values(options)
        .into_iter()
        .map(|v| {
            let label = option_label(lang, ctx, options, &v);
            view! { <option value=v.clone() selected=v == current>{label}</option> }
        })
        .collect_view();
    let (describedby, invalid) = described(errors, name);
    view! {
        <p class="form-row">
            <label for=format!("f-{name}")>{t(lang, &label_key(name))}</label>
            <select id=format!("f-{name}") name=name.to_string() aria-describedby=describedby aria-invalid=invalid>
                {(!required).then(|| view! { <option value="">{t(lang, "admin-none")}</option> })}
                {items}
            </select>
            {error_view(lang, errors, name)}
        </p>
    }
    .into_any()
}

fn multi_field(ctx: &EditorContext, form: &FormValues, errors: &FieldErrors, name: &str, options: Options) -> AnyView {
    let lang = ctx.admin.lang;
    let picked = form.get(name).cloned().unwrap_or_default();
    let items = ctx
        .choices
        .values(options)
        .into_iter()
        .map(|v| {
            let id = format!("f-{name}-{v}");
            let label = option_label(lang, ctx, options, &v);
            let pictogram = DocumentKind::parse(&v).filter(|_| options == Options::Documents);
            view! {
                <label class="check" for=id.clone()>
                    <input type="checkbox" id=id.clone() name=name.to_string() value=v.clone() checked=picked.contains(&v)/>
                    {pictogram.map(|kind| view! { <DocumentIcon kind/> })}
                    {label}
                </label>
            }
        })
        .collect_view();
    let hint = match options {
        Options::Documents => Some("admin-hint-required-documents"),
        Options::Situations => Some("admin-hint-who-can-go"),
        _ => None,
    };
    let hint_id = format!("f-{name}-hint");
    let (error_id, _) = described(errors, name);
    let describedby = [hint.map(|_| hint_id.clone()), error_id].into_iter().flatten().collect::<Vec<_>>().join(" ");
    view! {
        <fieldset class="multi-field" aria-describedby=(!describedby.is_empty()).then_some(describedby)>
            <legend>{t(lang, &label_key(name))}</legend>
            {hint.map(|key| view! { <p class="hint" id=hint_id.clone()>{t(lang, key)}</p> })}
            <div class="checks">{items}</div>
            {error_view(lang, errors, name)}
        </fieldset>
    }
    .into_any()
}

/// A list written one item per line, with `hint` saying how.
fn lines_field(ctx: &EditorContext, form: &FormValues, errors: &FieldErrors, name: &str, hint: &str) -> AnyView {
    let lang = ctx.admin.lang;
    let hint_id = format!("f-{name}-hint");
    let (describedby, invalid) = described(errors, name);
    let describedby = Some(describedby.map_or_else(|| hint_id.clone(), |d| format!("{hint_id} {d}")));
    view! {
        <p class="form-row">
            <label for=format!("f-{name}")>{t(lang, &label_key(name))}</label>
            <textarea id=format!("f-{name}") name=name.to_string() rows="3" aria-describedby=describedby aria-invalid=invalid inner_html=escape_text(first(form, name))></textarea>
            <span class="hint" id=hint_id>{t(lang, hint)}</span>
            {error_view(lang, errors, name)}
        </p>
    }
    .into_any()
}

/// A yes-or-no box, its label beside it.
fn flag_field(ctx: &EditorContext, form: &FormValues, name: &str) -> AnyView {
    let lang = ctx.admin.lang;
    view! {
        <p class="form-row">
            <label class="check" for=input_id(name)>
                <input type="checkbox" id=input_id(name) name=name.to_string() value="on" checked=!first(form, name).is_empty()/>
                {t(lang, &label_key(name))}
            </label>
        </p>
    }
    .into_any()
}

fn phones_field(ctx: &EditorContext, form: &FormValues, errors: &FieldErrors, field: &str) -> AnyView {
    let lang = ctx.admin.lang;
    let rows = rows(form, field) + BLANK_ROWS;
    let items = (0..rows)
        .map(|i| {
            let number = row_part(field, i, PHONE.number);
            let labels = Lang::ALL
                .into_iter()
                .map(|l| {
                    let name = in_lang(&row_part(field, i, PHONE.label), l);
                    let label = format!("{} ({})", t(lang, "admin-field-phone-label"), t(lang, &format!("language-name-{}", l.code())));
                    view! { <div class="phone-label">{text_input(name.clone(), l, first(form, &name).to_string(), false, errors, label)}</div> }
                })
                .collect_view();
            let (describedby, invalid) = described(errors, &number);
            view! {
                <div class="phone-row">
                    <p class="form-row">
                        <label for=input_id(&number)>{format!("{} {}", t(lang, "admin-field-phone"), i + 1)}</label>
                        <input id=input_id(&number) name=number.clone() value=first(form, &number).to_string() inputmode="tel" aria-describedby=describedby aria-invalid=invalid/>
                        {error_view(lang, errors, &number)}
                    </p>
                    {labels}
                </div>
            }
        })
        .collect_view();
    view! { <fieldset class="rows-field"><legend>{t(lang, &label_key(field))}</legend>{items}</fieldset> }.into_any()
}

fn hours_field(ctx: &EditorContext, form: &FormValues, errors: &FieldErrors, field: &str) -> AnyView {
    let lang = ctx.admin.lang;
    let rows = rows(form, field) + BLANK_ROWS;
    let items = (0..rows)
        .map(|i| {
            let days_name = row_part(field, i, HOURS.days);
            let picked = form.get(&days_name).cloned().unwrap_or_default();
            let days = crate::content::WEEKDAYS
                .iter()
                .enumerate()
                .map(|(n, d)| {
                    let id = format!("{}-{d}", input_id(&row(field, i)));
                    view! {
                        <label class="check" for=id.clone()>
                            <input type="checkbox" id=id.clone() name=days_name.clone() value=*d checked=picked.iter().any(|p| p == d)/>
                            {t(lang, &format!("weekday-{}", n + 1))}
                        </label>
                    }
                })
                .collect_view();
            let opens = row_part(field, i, HOURS.opens);
            let closes = row_part(field, i, HOURS.closes);
            let appointment = row_part(field, i, HOURS.appointment);
            view! {
                <fieldset class="hours-row">
                    <legend>{format!("{} {}", t(lang, "admin-field-hours-row"), i + 1)}</legend>
                    <div class="checks">{days}</div>
                    <p class="form-row inline">
                        <label for=input_id(&opens)>{t(lang, "admin-field-opens")}</label>
                        <input id=input_id(&opens) name=opens.clone() value=first(form, &opens).to_string() placeholder="09:00" size="6"/>
                        <label for=input_id(&closes)>{t(lang, "admin-field-closes")}</label>
                        <input id=input_id(&closes) name=closes.clone() value=first(form, &closes).to_string() placeholder="12:30" size="6"/>
                        <label class="check" for=input_id(&appointment)>
                            <input type="checkbox" id=input_id(&appointment) name=appointment.clone() value="on" checked=!first(form, &appointment).is_empty()/>
                            {t(lang, "admin-field-appointment-only")}
                        </label>
                    </p>
                    {error_view(lang, errors, &row(field, i))}
                </fieldset>
            }
        })
        .collect_view();
    view! { <fieldset class="rows-field"><legend>{t(lang, &label_key(field))}</legend>{items}</fieldset> }.into_any()
}

fn id_field(ctx: &EditorContext, form: &FormValues, errors: &FieldErrors, name: &str) -> AnyView {
    let lang = ctx.admin.lang;
    match ctx.id {
        Some(id) => view! { <p class="form-row"><span class="label">{t(lang, "admin-field-slug")}</span><code>{id.to_string()}</code></p> }.into_any(),
        None => {
            let (describedby, invalid) = described(errors, name);
            view! {
                <p class="form-row">
                    <label for="f-id">{t(lang, "admin-field-slug")}" "<span class="required">{t(lang, "admin-required")}</span></label>
                    <input id="f-id" name=name.to_string() value=first(form, name).to_string() aria-describedby=describedby aria-invalid=invalid/>
                    <span class="hint">{t(lang, "admin-slug-hint")}</span>
                    {error_view(lang, errors, name)}
                </p>
            }
            .into_any()
        }
    }
}

/// Every field of the entry type, in the order its declaration gives.
fn fields<T: EntryType>(ctx: &EditorContext, form: &FormValues, errors: &FieldErrors) -> AnyView {
    T::FIELDS
        .iter()
        .map(|f| {
            let (name, required) = (f.name, f.required());
            match &f.access {
                Access::Id(_) => id_field(ctx, form, errors, name),
                Access::Line(check, _) => line_field(ctx, form, errors, (name, required), *check),
                Access::Texts(height, _) => texts_field(ctx, form, errors, (name, required), *height),
                Access::TextsList(_) => texts_list_field(ctx, form, errors, name),
                Access::Choice(options, _) => choice_field(ctx, form, errors, (name, required), *options),
                Access::Multi(options, _) => multi_field(ctx, form, errors, name, *options),
                Access::Lines(_) => lines_field(ctx, form, errors, name, "admin-hint-one-per-line"),
                Access::Closures(_) => lines_field(ctx, form, errors, name, "admin-hint-closures"),
                Access::Phones(_) => phones_field(ctx, form, errors, name),
                Access::Hours(_) => hours_field(ctx, form, errors, name),
                Access::Flag(_) => flag_field(ctx, form, name),
                Access::Coordinates(_) => line_field(ctx, form, errors, (name, false), Check::Coordinates),
                Access::Note(_) => lines_field(ctx, form, errors, name, "admin-hint-editor-note"),
            }
        })
        .collect_view()
        .into_any()
}

/// The whole form: every field, the version it is based on, and the save buttons.
pub fn editor(ctx: &EditorContext, form: &FormValues, errors: &FieldErrors) -> AnyView {
    let lang = ctx.admin.lang;
    let fields = for_kind!(ctx.kind, T => fields::<T>(ctx, form, errors));
    let summary = (!errors.is_empty()).then(|| {
        view! { <p class="field-error" role="alert" id="form-errors">{t(lang, "admin-form-has-errors")}</p> }
    });
    view! {
        {summary}
        <form method="post" action=ctx.action.clone() class="admin-form" accept-charset="utf-8">
            {csrf_field(ctx.admin)}
            <input type="hidden" name="base" value=ctx.base.clone()/>
            {fields}
            <div class="form-actions">
                <button type="submit" name="action" value="draft">{t(lang, "admin-save-draft")}</button>
                <button type="submit" name="action" value="publish">{t(lang, "admin-save-publish")}</button>
            </div>
        </form>
    }
    .into_any()
}

/// A list of texts (documents to bring): one per line, Italian beside each language.
fn texts_list_field(ctx: &EditorContext, form: &FormValues, errors: &FieldErrors, field: &str) -> AnyView {
    let lang = ctx.admin.lang;
    let italian_name = in_lang(field, Lang::It);
    let italian = first(form, &italian_name).to_string();
    let others = Lang::ALL
        .into_iter()
        .filter(|l| *l != Lang::It)
        .map(|l| {
            let name = in_lang(field, l);
            let label = t(lang, &format!("language-name-{}", l.code()));
            view! {
                <div class="translation-row">
                    <div class="translation-source" lang="it"><span class="hint">{t(lang, "language-name-it")}</span><pre>{italian.clone()}</pre></div>
                    <div class="translation-target">
                        {text_input(name.clone(), l, first(form, &name).to_string(), true, errors, label)}
                        {error_view(lang, errors, &name)}
                    </div>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="texts-field">
            <legend>{t(lang, &label_key(field))}</legend>
            <p class="hint">{t(lang, "admin-hint-one-per-line")}</p>
            <div class="translation-italian">
                {text_input(italian_name.clone(), Lang::It, italian.clone(), true, errors, t(lang, "language-name-it"))}
                {error_view(lang, errors, &italian_name)}
            </div>
            {others}
        </fieldset>
    }
    .into_any()
}
