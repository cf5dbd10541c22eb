//! `/{lang}/organizations/{slug}`: an organisation with its services and programmes.

use crate::components::text::{text_dir, text_lang, title_text, Contact, Paragraphs, TranslationNotice};
use crate::directory::load_organization;
use crate::i18n::t;
use crate::lang::Lang;
use crate::model::OrganizationDetail;
use crate::pages::loaded::detail_page;
use crate::pages::summaries::{ProgrammeList, ServiceList};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn OrganizationPage() -> impl IntoView {
    detail_page(load_organization, |lang, organization| view! { <OrganizationView lang organization/> })
}

#[component]
fn OrganizationView(lang: Lang, organization: OrganizationDetail) -> impl IntoView {
    let o = organization;
    let contacts = (o.website.is_some() || o.email.is_some()).then(|| {
        view! {
            <ul class="contacts">
                {o.website.clone().map(|w| view! { <li>{t(lang, "service-website")}": "<Contact href=w.clone() text=w.clone()/></li> })}
                {o.email.clone().map(|e| view! { <li>{t(lang, "service-email")}": "<Contact href=format!("mailto:{e}") text=e.clone()/></li> })}
            </ul>
        }
    });
    let services = if o.services.is_empty() {
        view! { <p>{t(lang, "organization-none")}</p> }.into_any()
    } else {
        view! { <ServiceList lang services=o.services.clone()/> }.into_any()
    };
    view! {
        <Title text=title_text(o.name.text.clone())/>
        <article class="organization-detail">
            <header class="detail-header">
                <h1 lang=text_lang(&o.name, lang) dir=text_dir(&o.name, lang)>{o.name.text.clone()}</h1>
                <TranslationNotice status=o.description.status lang/>
            </header>
            <Paragraphs text=o.description.clone() lang/>
            {contacts}
            <section class="detail-section">
                <h2>{t(lang, "organization-services")}</h2>
                {services}
            </section>
            {(!o.programmes.is_empty()).then(|| view! {
                <section class="detail-section">
                    <h2>{t(lang, "organization-programmes")}</h2>
                    <ProgrammeList lang programmes=o.programmes.clone()/>
                </section>
            })}
        </article>
    }
}
