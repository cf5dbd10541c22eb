//! The pages of a person's own account: the account page (password form, second-factor
//! state), the enrolment page (QR code, secret, first code) and the recovery codes shown
//! once. `top` is what a page says above its content (a problem or a notice).

use super::super::page::{self, csrf_field, document, notice};
use super::super::session::Admin;
use super::super::urls;
use super::service::Enrolment;
use leptos::prelude::*;
use portineria_app::i18n::{t, t_args};
use portineria_app::lang::Lang;

/// A problem with what was sent, above the form.
pub fn problem(lang: Lang, key: &str) -> AnyView {
    view! { <p class="field-error" role="alert">{t(lang, key)}</p> }.into_any()
}

/// The account page; `recovery_left` is the number of unused recovery codes when a second
/// factor is on (`None`: it is off).
pub fn account_page(admin: &Admin, recovery_left: Option<i64>, top: AnyView) -> String {
    let lang = admin.lang;
    let mfa = match recovery_left {
        Some(left) => view! {
            <p><strong>{t(lang, "admin-mfa-on")}</strong></p>
            <p>{t_args(lang, "admin-recovery-left", &[("count", (left as usize).into())])}</p>
        }
        .into_any(),
        None => view! {
            <p><strong>{t(lang, "admin-mfa-off")}</strong></p>
            <p><a class="button" href=urls::ACCOUNT_MFA>{t(lang, "admin-mfa-start")}</a></p>
        }
        .into_any(),
    };
    let body = view! {
        {top}
        <p>{t_args(lang, "admin-account-email", &[("email", admin.user.email.clone().into())])}</p>
        <section class="admin-section">
            <h2>{t(lang, "admin-change-password")}</h2>
            <form method="post" action=urls::ACCOUNT_PASSWORD class="admin-form narrow">
                {csrf_field(admin)}
                <p class="form-row">
                    <label for="current">{t(lang, "admin-current-password")}</label>
                    <input id="current" name="current" type="password" autocomplete="current-password" required/>
                </p>
                {page::new_password_fields(lang)}
                <p><button type="submit">{t(lang, "admin-change-password")}</button></p>
            </form>
        </section>
        <section class="admin-section">
            <h2>{t(lang, "admin-mfa-title")}</h2>
            <p class="hint">{t(lang, "admin-mfa-intro")}</p>
            {mfa}
        </section>
    };
    document(lang, &t(lang, "admin-account-title"), Some(admin), body.into_any())
}

/// The enrolment page: the secret as a QR code and as text (in groups of four), and the
/// field for the first code.
pub fn enrol_page(admin: &Admin, Enrolment { secret, qr }: Enrolment, top: AnyView) -> String {
    let lang = admin.lang;
    let grouped: Vec<String> = secret.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect();
    let required =
        admin.must_enrol.then(|| view! { <p class="admin-notice" role="status">{t(lang, "admin-mfa-required")}</p> });
    let body = view! {
        {required}
        {top}
        <p>{t(lang, "admin-mfa-intro")}</p>
        <p>{t(lang, "admin-mfa-scan")}</p>
        <figure class="mfa-qr" role="img" aria-label=t(lang, "admin-mfa-qr-label") inner_html=qr></figure>
        <p>{t(lang, "admin-mfa-key")}</p>
        <p><code class="mfa-secret" dir="ltr">{grouped.join(" ")}</code></p>
        <form method="post" action=urls::ACCOUNT_MFA class="admin-form narrow">
            {csrf_field(admin)}
            {page::code_field(lang, ("admin-mfa-code", "admin-mfa-code-hint"), true)}
            <p><button type="submit">{t(lang, "admin-mfa-confirm")}</button></p>
        </form>
    };
    document(lang, &t(lang, "admin-mfa-title"), Some(admin), body.into_any())
}

/// The recovery codes of a second factor just enrolled, shown this once.
pub fn recovery_codes_page(admin: &Admin, codes: Vec<String>) -> String {
    let lang = admin.lang;
    let items = codes.into_iter().map(|c| view! { <li><code dir="ltr">{c}</code></li> }).collect_view();
    let body = view! {
        {notice(Some(t(lang, "admin-mfa-enabled")))}
        <h2>{t(lang, "admin-recovery-title")}</h2>
        <p>{t(lang, "admin-recovery-text")}</p>
        <ol class="recovery-codes">{items}</ol>
        <p><a class="button" href=urls::DASHBOARD>{t(lang, "admin-recovery-saved")}</a></p>
    };
    document(lang, &t(lang, "admin-recovery-title"), Some(admin), body.into_any())
}
