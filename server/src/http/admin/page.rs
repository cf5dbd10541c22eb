//! The admin area's page frame and small shared pieces, as Leptos views rendered to HTML
//! on the server (the admin pages are plain forms; nothing hydrates).

use super::session::Admin;
use super::urls;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;
use portineria_app::i18n::t;
use portineria_app::lang::Lang;

/// A whole page: the frame (with the navigation when someone is logged in) around `body`.
pub fn document(lang: Lang, title: &str, admin: Option<&Admin>, body: AnyView) -> String {
    let header = admin.map(|a| header_bar(a).into_any());
    let title_tag = format!("{title} · {}", t(lang, "admin-site-name"));
    let html = view! {
        <html lang=lang.code() dir=lang.dir()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="robots" content="noindex"/>
                <title>{title_tag}</title>
                <link rel="stylesheet" href=portineria_app::assets::built().stylesheet()/>
            </head>
            <body class="admin">
                <a class="skip-link" href="#main">{t(lang, "skip-to-content")}</a>
                {header}
                <main id="main" class="admin-main">
                    <h1>{title.to_string()}</h1>
                    {body}
                </main>
            </body>
        </html>
    }
    .to_html();
    format!("<!DOCTYPE html>{html}")
}

fn header_bar(admin: &Admin) -> impl IntoView {
    let lang = admin.lang;
    let coordinator = admin.is_coordinator().then(|| {
        view! {
            <li><a href=urls::PEOPLE>{t(lang, "admin-nav-people")}</a></li>
            <li><a href=urls::AUDIT>{t(lang, "admin-nav-audit")}</a></li>
            <li><a href=urls::NEEDS>{t(lang, "admin-nav-needs")}</a></li>
        }
    });
    let languages = Lang::ALL
        .into_iter()
        .map(|l| view! { <option value=l.code() selected=l == lang lang=l.code()>{t(l, "language-name")}</option> })
        .collect_view();
    view! {
        <header class="admin-header">
            <a class="admin-brand" href=urls::DASHBOARD>{t(lang, "admin-site-name")}</a>
            <nav aria-label=t(lang, "admin-nav-label")>
                <ul>
                    <li><a href=urls::DASHBOARD>{t(lang, "admin-nav-dashboard")}</a></li>
                    <li><a href=urls::FEEDBACK>{t(lang, "admin-nav-feedback")}</a></li>
                    {coordinator}
                </ul>
            </nav>
            <div class="admin-account">
                <a class="admin-who" href=urls::ACCOUNT title=t(lang, "admin-nav-account")>{admin.user.email.clone()}</a>
                <form method="post" action=urls::LANGUAGE class="inline-form">
                    <input type="hidden" name="csrf" value=admin.csrf.clone()/>
                    <label for="admin-language">{t(lang, "language-switcher-label")}</label>
                    <select id="admin-language" name="lang">{languages}</select>
                    <button type="submit" class="secondary">{t(lang, "admin-language-apply")}</button>
                </form>
                <form method="post" action=urls::LOGOUT class="inline-form">
                    <input type="hidden" name="csrf" value=admin.csrf.clone()/>
                    <button type="submit" class="secondary">{t(lang, "admin-logout")}</button>
                </form>
            </div>
        </header>
    }
}

/// A page answered with `status`.
pub fn respond(status: StatusCode, html: String) -> Response {
    (status, [(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response()
}

pub fn ok(html: String) -> Response {
    respond(StatusCode::OK, html)
}

/// A small page saying one thing, with a way back (error pages).
pub fn message_page(lang: Lang, title: &str, message: &str) -> String {
    let body = view! {
        <p role="alert">{message.to_string()}</p>
        <p><a class="button" href=urls::DASHBOARD>{t(lang, "admin-back")}</a></p>
    };
    document(lang, title, None, body.into_any())
}

/// The hidden field every admin form carries.
pub fn csrf_field(admin: &Admin) -> impl IntoView {
    view! { <input type="hidden" name="csrf" value=admin.csrf.clone()/> }
}

/// The two fields of a new password (typed twice), with the rules as their hint.
pub fn new_password_fields(lang: Lang) -> impl IntoView {
    view! {
        <p class="form-row">
            <label for="password">{t(lang, "admin-new-password")}</label>
            <input id="password" name="password" type="password" autocomplete="new-password" required aria-describedby="password-hint"/>
            <span class="hint" id="password-hint">{t(lang, "admin-password-rules")}</span>
        </p>
        <p class="form-row">
            <label for="confirm">{t(lang, "admin-confirm-password")}</label>
            <input id="confirm" name="confirm" type="password" autocomplete="new-password" required/>
        </p>
    }
}

/// The field of a one-time code (`label` and `hint` are message ids; `numeric` for six
/// digits only, otherwise a recovery code fits too).
pub fn code_field(lang: Lang, (label, hint): (&str, &str), numeric: bool) -> impl IntoView {
    let (mode, length) = if numeric { ("numeric", "16") } else { ("text", "32") };
    view! {
        <p class="form-row">
            <label for="code">{t(lang, label)}</label>
            <input id="code" name="code" autocomplete="one-time-code" inputmode=mode required
                aria-describedby="code-hint" maxlength=length/>
            <span class="hint" id="code-hint">{t(lang, hint)}</span>
        </p>
    }
}

/// A one-button form that posts to `action` (publish, delete, "still accurate"…).
pub fn post_button(admin: &Admin, action: String, label: String, class: &'static str) -> AnyView {
    view! {
        <form method="post" action=action class="inline-form">
            {csrf_field(admin)}
            <button type="submit" class=class>{label}</button>
        </form>
    }
    .into_any()
}

/// A notice at the top of a page (saved, published…), announced to screen readers.
pub fn notice(text: Option<String>) -> AnyView {
    text.map(|text| view! { <p class="admin-notice" role="status">{text}</p> }).into_any()
}

/// `?done=…`, the word a redirect after a save carries to the page it lands on.
#[derive(serde::Deserialize, Default)]
pub struct Done {
    done: Option<String>,
}

impl Done {
    /// The notice for the word, when it is one of `shown` (anything else in the URL is ignored).
    pub fn notice(&self, lang: Lang, shown: &[&str]) -> AnyView {
        notice(self.done.as_deref().filter(|d| shown.contains(d)).map(|d| t(lang, &format!("admin-done-{d}"))))
    }
}

/// A percentage bar with its number written out (the bar alone says nothing to everyone).
pub fn bar(label: String, percent: usize) -> impl IntoView {
    view! {
        <div class="admin-bar">
            <span class="admin-bar-label">{label}</span>
            <meter min="0" max="100" value=percent.to_string()>{format!("{percent}%")}</meter>
            <span class="admin-bar-value">{format!("{percent}%")}</span>
        </div>
    }
}

/// A date-time stored as RFC 3339, shown as `YYYY-MM-DD HH:MM` (UTC).
pub fn when(at: chrono::DateTime<chrono::Utc>) -> String {
    at.format("%Y-%m-%d %H:%M").to_string()
}
