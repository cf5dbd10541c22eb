//! `/{lang}/privacy` and `/{lang}/accessibility` (and their kiosk twins): the privacy notice
//! (GDPR art. 13) and the accessibility statement (AgID's model). The wording is in the Fluent
//! files; what differs per deployment (who the controller is) comes from `content/legal.toml`,
//! and what the server does (cookies, retention) from its running settings, so the notice
//! says what the code does.

use crate::components::frame::use_lang;
use crate::directory::load_legal;
use crate::i18n::{format_partial_date, t, t_args};
use crate::lang::Lang;
use crate::model::{Conformance, CookiePurpose, CookieUse, LegalNotice, Retention};
use crate::pages::not_found::ServerError;
use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::Title;

/// Loads the deployment's legal facts and renders them with `body`.
fn legal_page(title: &'static str, body: fn(Lang, LegalNotice) -> AnyView) -> impl IntoView {
    let lang = use_lang();
    let notice = Resource::new(|| (), |_| load_legal());
    view! {
        <Title text=t(lang, title)/>
        <article class="legal">
            <h1>{t(lang, title)}</h1>
            <Suspense fallback=move || view! { <p class="loading">{t(lang, "loading")}</p> }>
                {move || Suspend::new(async move {
                    match notice.await {
                        Ok(notice) => Either::Left(body(lang, notice)),
                        Err(_) => Either::Right(view! { <ServerError/> }),
                    }
                })}
            </Suspense>
        </article>
    }
}

#[component]
pub fn PrivacyPage() -> impl IntoView {
    legal_page("privacy-title", |lang, notice| view! { <PrivacyNotice lang notice/> }.into_any())
}

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    legal_page("accessibility-title", |lang, notice| view! { <AccessibilityText lang notice/> }.into_any())
}

/// `key` with the address people write to, or `key`-desk (ask at the desk) when the
/// deployment has named none yet.
fn write_to(lang: Lang, key: &str, email: Option<String>) -> String {
    match email {
        Some(email) => {
            let args = [("email", email.into())];
            t_args(lang, key, &args)
        }
        None => t(lang, &format!("{key}-desk")),
    }
}

#[component]
fn PrivacyNotice(lang: Lang, notice: LegalNotice) -> impl IntoView {
    let r = notice.retention;
    let controller = match &notice.controller {
        Some(c) => Either::Left(view! {
            <p>{t_args(lang, "privacy-controller", &[("name", c.name.as_str().into()), ("address", c.address.as_str().into()), ("email", c.email.as_str().into())])}</p>
            {c.dpo_email.clone().map(|dpo| view! { <p>{t_args(lang, "privacy-dpo", &[("email", dpo.into())])}</p> })}
        }),
        None => Either::Right(view! { <p class="notice-missing">{t(lang, "legal-controller-missing")}</p> }),
    };
    let email = notice.controller.as_ref().map(|c| c.email.clone());
    view! {
        <p>{t(lang, "privacy-intro")}</p>
        <h2>{t(lang, "privacy-controller-heading")}</h2>
        {controller}
        <h2>{t(lang, "privacy-public-heading")}</h2>
        <p>{t(lang, "privacy-public")}</p>
        <p>{t_args(lang, "privacy-search-counts", &[("days", (r.search_log_days as usize).into())])}</p>
        <p>{t_args(lang, "privacy-feedback", &[("days", (r.search_log_days as usize).into())])}</p>
        <p>{t_args(lang, "privacy-kiosk", &[("seconds", (r.kiosk_reset_seconds as usize).into())])}</p>
        <h2>{t(lang, "privacy-cookies-heading")}</h2>
        <p>{t(lang, "privacy-cookies-intro")}</p>
        <ul class="cookies">
            {notice.cookies.into_iter().map(|cookie| view! { <CookieLine lang cookie retention=r/> }).collect_view()}
        </ul>
        <h2>{t(lang, "privacy-partners-heading")}</h2>
        <p>{t(lang, "privacy-partners")}</p>
        <p>{t_args(lang, "privacy-audit", &[("days", (r.audit_log_days as usize).into())])}</p>
        <h2>{t(lang, "privacy-purposes-heading")}</h2>
        <p>{t(lang, "privacy-purposes")}</p>
        <h2>{t(lang, "privacy-recipients-heading")}</h2>
        <p>{t(lang, "privacy-recipients")}</p>
        <h2>{t(lang, "privacy-rights-heading")}</h2>
        <p>{write_to(lang, "privacy-rights", email)}</p>
        <p>{t(lang, "privacy-complaint")}</p>
        <p class="legal-updated">{t_args(lang, "legal-updated", &[("date", format_partial_date(lang, &notice.privacy_updated).into())])}</p>
    }
}

/// One cookie: its name as the browser shows it, and what it is for and for how long.
#[component]
fn CookieLine(lang: Lang, cookie: CookieUse, retention: Retention) -> impl IntoView {
    let (key, args): (&str, Vec<(&'static str, crate::i18n::Arg)>) = match cookie.purpose {
        CookiePurpose::Language => ("privacy-cookie-language", vec![]),
        CookiePurpose::AdminSession => (
            "privacy-cookie-session",
            vec![
                ("minutes", (retention.session_idle_minutes as usize).into()),
                ("hours", (retention.session_hours as usize).into()),
            ],
        ),
        CookiePurpose::AdminLanguage => ("privacy-cookie-admin-language", vec![]),
        CookiePurpose::LoginForm => ("privacy-cookie-login", vec![]),
        CookiePurpose::SecondFactor => ("privacy-cookie-second-factor", vec![]),
    };
    view! {
        <li><code dir="ltr">{cookie.name}</code>": "{t_args(lang, key, &args)}</li>
    }
}

#[component]
fn AccessibilityText(lang: Lang, notice: LegalNotice) -> impl IntoView {
    let a = notice.accessibility;
    let who = notice.controller.as_ref().map_or_else(|| t(lang, "site-name"), |c| c.name.clone());
    let email = a.feedback_email.clone().or_else(|| notice.controller.as_ref().map(|c| c.email.clone()));
    let status = match a.conformance {
        Conformance::Full => "accessibility-status-full",
        Conformance::Partial => "accessibility-status-partial",
        Conformance::None => "accessibility-status-none",
    };
    view! {
        <p>{t_args(lang, "accessibility-intro", &[("name", who.into())])}</p>
        <h2>{t(lang, "accessibility-status-heading")}</h2>
        <p>{t(lang, status)}</p>
        <h2>{t(lang, "accessibility-limits-heading")}</h2>
        <ul>
            <li>{t(lang, "accessibility-limit-translations")}</li>
            <li>{t(lang, "accessibility-limit-partner-texts")}</li>
            <li>{t(lang, "accessibility-limit-qr")}</li>
        </ul>
        <h2>{t(lang, "accessibility-method-heading")}</h2>
        <p>{t_args(lang, "accessibility-method", &[("date", format_partial_date(lang, &a.assessed).into())])}</p>
        <h2>{t(lang, "accessibility-feedback-heading")}</h2>
        <p>{write_to(lang, "accessibility-feedback", email)}</p>
        <h2>{t(lang, "accessibility-enforcement-heading")}</h2>
        <p>{t(lang, "accessibility-enforcement")}</p>
    }
}
