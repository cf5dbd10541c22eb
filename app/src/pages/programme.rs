//! `/{lang}/programmes/{slug}`: a funded project, its period and status (ended ones say so).

use crate::components::frame::use_links;
use crate::components::text::{
    text_dir, text_lang, title_text, Contact, Line, OutdatedNote, Paragraphs, TranslationNotice,
};
use crate::directory::load_programme;
use crate::i18n::{format_partial_date, join, t, t_args};
use crate::lang::Lang;
use crate::model::{ProgrammeDetail, ProgrammeStatus};
use crate::pages::loaded::detail_page;
use crate::pages::summaries::{ProgrammeStatusBadge, ServiceList};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn ProgrammePage() -> impl IntoView {
    detail_page(load_programme, |lang, programme| view! { <ProgrammeView lang programme/> })
}

fn period(lang: Lang, start: Option<&str>, end: Option<&str>) -> Option<String> {
    let date = |d: &str| format_partial_date(lang, d);
    match (start, end) {
        (Some(s), Some(e)) => {
            Some(t_args(lang, "period-from-to", &[("start", date(s).into()), ("end", date(e).into())]))
        }
        (Some(s), None) => Some(t_args(lang, "period-from", &[("start", date(s).into())])),
        (None, Some(e)) => Some(t_args(lang, "period-until", &[("end", date(e).into())])),
        (None, None) => None,
    }
}

#[component]
fn ProgrammeView(lang: Lang, programme: ProgrammeDetail) -> impl IntoView {
    let p = programme;
    let period = period(lang, p.start.as_deref(), p.end.as_deref());
    let ended = p.status == ProgrammeStatus::Ended;
    let row = |label: String, value: AnyView| view! { <div><dt>{label}</dt><dd>{value}</dd></div> };
    view! {
        <Title text=title_text(p.name.text.clone())/>
        <article class="programme-detail">
            <header class="detail-header">
                <h1 lang=text_lang(&p.name, lang) dir=text_dir(&p.name, lang)>{p.name.text.clone()}</h1>
                <OutdatedNote text=p.name.clone() lang/>
                <ProgrammeStatusBadge lang status=p.status/>
                <Line text=p.summary.clone() lang class="lead"/>
                <TranslationNotice status=p.summary.status.max(p.name.status) lang/>
                {ended.then(|| view! { <p class="notice-ended" role="note">{t(lang, "programme-ended-notice")}</p> })}
            </header>
            <dl class="facts">
                {row(t(lang, "programme-status"), view! { <ProgrammeStatusBadge lang status=p.status/> }.into_any())}
                {period.map(|period| row(t(lang, "programme-period"), view! { {period} }.into_any()))}
                {p.funder.clone().map(|f| row(t(lang, "programme-funder"), view! { <Line text=f lang/> }.into_any()))}
                {(!p.partners.is_empty()).then(|| row(t(lang, "programme-partners"), view! { {join(lang, &p.partners)} }.into_any()))}
                {(!p.municipalities.is_empty()).then(|| row(t(lang, "programme-municipalities"), view! { {join(lang, &p.municipalities)} }.into_any()))}
                {p.district.clone().map(|district| row(t(lang, "district-label"), view! { <bdi lang="it" dir="ltr">{district}</bdi><br/><span class="hint">{t(lang, "district-hint")}</span> }.into_any()))}
                {p.beneficiaries.clone().map(|b| row(t(lang, "programme-beneficiaries"), view! { <Paragraphs text=b lang/> }.into_any()))}
                {row(t(lang, "service-organization"), view! { <a href=use_links().organization(&p.organization.slug)>{p.organization.name.clone()}</a> }.into_any())}
                {p.website.clone().map(|w| row(t(lang, "service-website"), view! { <Contact href=w.clone() text=w.clone()/> }.into_any()))}
                {p.email.clone().map(|e| row(t(lang, "service-email"), view! { <Contact href=format!("mailto:{e}") text=e.clone()/> }.into_any()))}
            </dl>
            <Paragraphs text=p.description.clone() lang/>
            {(!p.services.is_empty()).then(|| view! {
                <section class="detail-section">
                    <h2>{t(lang, "programme-services")}</h2>
                    <ServiceList lang services=p.services.clone()/>
                </section>
            })}
        </article>
    }
}
