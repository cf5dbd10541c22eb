//! The pages shown before a session exists: the login form, the second-factor form, and the
//! form of a one-time link (an invitation or a password reset). Each carries the pre-login
//! CSRF token it is given; an error is a message id, shown above the form.

use super::super::page::{self, document};
use super::super::urls;
use crate::db::LinkPurpose;
use leptos::prelude::*;
use portineria_app::i18n::t;
use portineria_app::lang::Lang;

/// The login form, filled with `email`.
pub fn login_page(lang: Lang, token: &str, email: &str, error: Option<&str>) -> String {
    let body = view! {
        {error.map(|e| view! { <p class="field-error" role="alert" id="login-error">{t(lang, e)}</p> })}
        <form method="post" action=urls::LOGIN class="admin-form narrow">
            <input type="hidden" name="csrf" value=token.to_string()/>
            <p class="form-row">
                <label for="email">{t(lang, "admin-email")}</label>
                <input id="email" name="email" type="email" autocomplete="username" required value=email.to_string()/>
            </p>
            <p class="form-row">
                <label for="password">{t(lang, "admin-password")}</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required/>
            </p>
            <p><button type="submit">{t(lang, "admin-login")}</button></p>
        </form>
        <p class="hint">{t(lang, "admin-login-hint")}</p>
    };
    document(lang, &t(lang, "admin-login-title"), None, body.into_any())
}

/// The second step's form: a code from the app or a recovery code.
pub fn code_page(lang: Lang, token: &str, error: Option<&str>) -> String {
    let body = view! {
        <p>{t(lang, "admin-login-code-text")}</p>
        {error.map(|e| view! { <p class="field-error" role="alert" id="code-error">{t(lang, e)}</p> })}
        <form method="post" action=urls::LOGIN_CODE class="admin-form narrow">
            <input type="hidden" name="csrf" value=token.to_string()/>
            {page::code_field(lang, ("admin-login-code", "admin-login-code-hint"), false)}
            <p><button type="submit">{t(lang, "admin-login-code-submit")}</button></p>
        </form>
    };
    document(lang, &t(lang, "admin-login-code-title"), None, body.into_any())
}

/// The messages of the one-time link's page: an invitation or a password reset.
fn link_texts(purpose: LinkPurpose) -> [&'static str; 3] {
    match purpose {
        LinkPurpose::Invitation => ["admin-invitation-title", "admin-invitation-intro", "admin-invitation-accept"],
        LinkPurpose::Reset => ["admin-reset-title", "admin-reset-intro", "admin-reset-accept"],
    }
}

/// The one-time link's form (posted back to `link`) for choosing the password of `email`.
pub fn invitation_page(
    lang: Lang,
    token: &str,
    (link, purpose): (&str, LinkPurpose),
    email: &str,
    error: Option<&str>,
) -> String {
    let [title, intro, accept] = link_texts(purpose);
    let body = view! {
        <p>{t(lang, intro)}" "<strong>{email.to_string()}</strong></p>
        {error.map(|e| view! { <p class="field-error" role="alert">{t(lang, e)}</p> })}
        <form method="post" action=link.to_string() class="admin-form narrow">
            <input type="hidden" name="csrf" value=token.to_string()/>
            {page::new_password_fields(lang)}
            <p><button type="submit">{t(lang, accept)}</button></p>
        </form>
    };
    document(lang, &t(lang, title), None, body.into_any())
}
