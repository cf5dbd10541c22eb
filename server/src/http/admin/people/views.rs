//! The people page: the invitation form, then one form per account (role, whether it may
//! log in, organisations) with its reset-link and second-factor buttons; and the notices a
//! coordinator's action puts on top of it (a new link to hand over, a problem, a reset).

use super::super::page::{csrf_field, document, notice, post_button};
use super::super::session::Admin;
use super::super::urls;
use super::service::{Delivery, InviteProblem, People, Person, EMAIL_LINK};
use crate::db::{OrganizationEntry, Role};
use leptos::prelude::*;
use portineria_app::i18n::{t, t_args};
use portineria_app::lang::Lang;

/// The people page, with `top` (a notice, a problem or a new link) above it.
/// The people page; with `can_email` (an SMTP server is set) the invitation and reset forms
/// offer to send the link by e-mail too.
pub fn people_page(admin: &Admin, People { organizations, people }: &People, top: AnyView, can_email: bool) -> String {
    let lang = admin.lang;
    let rows: Vec<_> = people.iter().map(|person| person_section(admin, organizations, person, can_email)).collect();
    let org_checks = organizations
        .iter()
        .map(|o| {
            let id = format!("invite-{}", o.id);
            view! {
                <label class="check" for=id.clone()>
                    <input type="checkbox" id=id.clone() name="organizations" value=o.id.to_string()/>
                    {o.name.clone()}
                </label>
            }
        })
        .collect_view();
    let roles = Role::ALL
        .iter()
        .map(|r| view! { <option value=r.as_str()>{t(lang, &format!("admin-role-{r}"))}</option> })
        .collect_view();
    let body = view! {
        {top}
        <section class="admin-section">
            <h2>{t(lang, "admin-invite")}</h2>
            <form method="post" action=urls::PEOPLE class="admin-form">
                {csrf_field(admin)}
                <p class="form-row">
                    <label for="invite-email">{t(lang, "admin-email")}</label>
                    <input id="invite-email" name="email" type="email" required/>
                </p>
                <p class="form-row">
                    <label for="invite-role">{t(lang, "admin-role")}</label>
                    <select id="invite-role" name="role">{roles}</select>
                </p>
                <fieldset class="multi-field"><legend>{t(lang, "admin-memberships")}</legend><div class="checks">{org_checks}</div></fieldset>
                {email_choice(lang, can_email, "invite-email-link")}
                <p><button type="submit">{t(lang, "admin-invite-send")}</button></p>
            </form>
        </section>
        {rows}
    };
    document(lang, &t(lang, "admin-nav-people"), Some(admin), body.into_any())
}

/// "Send the link by e-mail too", ticked, when an SMTP server is set: the coordinator
/// chooses each time.
fn email_choice(lang: Lang, can_email: bool, id: &str) -> Option<AnyView> {
    can_email.then(|| {
        view! {
            <label class="check" for=id.to_string()>
                <input type="checkbox" id=id.to_string() name=EMAIL_LINK value="on" checked=true/>
                {t(lang, "admin-email-link")}
            </label>
        }
        .into_any()
    })
}

/// One account's section: its form and buttons.
fn person_section(
    admin: &Admin,
    organizations: &[OrganizationEntry],
    Person { user, memberships }: &Person,
    can_email: bool,
) -> impl IntoView {
    let lang = admin.lang;
    let org_checks = organizations
        .iter()
        .map(|o| {
            let id = format!("m-{}-{}", user.id, o.id);
            view! {
                <label class="check" for=id.clone()>
                    <input type="checkbox" id=id.clone() name="organizations" value=o.id.to_string() checked=memberships.contains(&o.id)/>
                    {o.name.clone()}
                </label>
            }
        })
        .collect_view();
    let roles = Role::ALL
        .iter()
        .map(|r| view! { <option value=r.as_str() selected=user.role == *r>{t(lang, &format!("admin-role-{r}"))}</option> })
        .collect_view();
    let state_label = if !user.has_password { t(lang, "admin-invited") } else { String::new() };
    let id = user.id;
    let mfa = if user.has_totp { t(lang, "admin-mfa-on") } else { t(lang, "admin-mfa-off") };
    let mfa_reset =
        user.has_totp.then(|| post_button(admin, urls::person_mfa_reset(id), t(lang, "admin-mfa-reset"), "secondary"));
    view! {
        <section class="admin-person">
            <h2>{user.email.clone()}" "<span class="hint">{state_label}</span></h2>
            <form method="post" action=urls::person(id) class="admin-form">
                {csrf_field(admin)}
                <p class="form-row inline">
                    <label for=format!("role-{id}")>{t(lang, "admin-role")}</label>
                    <select id=format!("role-{id}") name="role">{roles}</select>
                    <label class="check" for=format!("active-{id}")>
                        <input type="checkbox" id=format!("active-{id}") name="active" value="on" checked=user.active/>
                        {t(lang, "admin-active")}
                    </label>
                </p>
                <fieldset class="multi-field"><legend>{t(lang, "admin-memberships")}</legend><div class="checks">{org_checks}</div></fieldset>
                <p><button type="submit">{t(lang, "admin-save")}</button></p>
            </form>
            <p>{t(lang, "admin-people-mfa")}": "{mfa}</p>
            <p class="admin-links">
                <form method="post" action=urls::person_reset(id) class="inline-form">
                    {csrf_field(admin)}
                    {email_choice(lang, can_email, &format!("email-link-{id}"))}
                    <button type="submit" class="secondary">{t(lang, "admin-reset-link")}</button>
                </form>
                {mfa_reset}
            </p>
        </section>
    }
}

/// Why the invitation form was not taken.
pub fn invitation_refused(lang: Lang, problem: InviteProblem) -> AnyView {
    view! { <p class="field-error" role="alert">{t(lang, problem.message_key())}</p> }.into_any()
}

/// A new invitation's link to hand over, valid for `hours`.
pub fn invitation_created(lang: Lang, link: String, hours: usize, (email, delivery): (&str, Delivery)) -> AnyView {
    view! {
        <section class="admin-notice" role="status">
            <p>{t(lang, "admin-invite-created")}</p>
            <p><code class="invitation-link">{link}</code></p>
            <p class="hint">{t_args(lang, "admin-invite-expires", &[("hours", hours.into())])}</p>
            {delivered(lang, email, delivery)}
        </section>
    }
    .into_any()
}

/// Whether the link also went by e-mail (nothing is said when no SMTP server is set).
fn delivered(lang: Lang, email: &str, delivery: Delivery) -> Option<AnyView> {
    let args = [("email", email.to_string().into())];
    match delivery {
        Delivery::NoMail => None,
        Delivery::Sent => {
            Some(view! { <p class="link-emailed">{t_args(lang, "admin-link-emailed", &args)}</p> }.into_any())
        }
        Delivery::Failed => Some(
            view! { <p class="field-error" role="alert">{t_args(lang, "admin-link-email-failed", &args)}</p> }
                .into_any(),
        ),
    }
}

/// A new password-reset link of `email`'s account, to hand over.
pub fn reset_link_created(lang: Lang, email: &str, link: String, delivery: Delivery) -> AnyView {
    view! {
        <section class="admin-notice" role="status">
            <p>{t_args(lang, "admin-reset-link-created", &[("email", email.to_string().into())])}</p>
            <p><code class="invitation-link">{link}</code></p>
            {delivered(lang, email, delivery)}
        </section>
    }
    .into_any()
}

/// The second factor of `email`'s account was removed.
pub fn mfa_reset_done(lang: Lang, email: &str) -> AnyView {
    notice(Some(t_args(lang, "admin-mfa-reset-done", &[("email", email.to_string().into())])))
}
