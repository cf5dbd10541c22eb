//! `/{lang}/services/{slug}/print`: a slip to take home, on an 80 mm receipt roll or an A6
//! sheet. In the family's language, with the service's Italian name to show at the office,
//! who can go, where and when, the phone, the documents to bring (with pictograms), a QR code of the service's page and,
//! where the location has coordinates, one with directions on foot.
//! On screen it is big enough to photograph with a phone.

use crate::components::frame::use_links;
use crate::components::listen::Listen;
use crate::components::print_button::PrintButton;
use crate::components::requirements::{Checklist, WhoCanGo};
use crate::components::text::{text_dir, text_lang, title_text, Line};
use crate::directory::load_slip;
use crate::i18n::t;
use crate::lang::Lang;
use crate::model::ServiceSlip;
use crate::pages::loaded::detail_page;
use crate::pages::service::LocationCard;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn SlipPage() -> impl IntoView {
    detail_page(load_slip, |lang, slip| view! { <Slip lang slip/> })
}

#[component]
fn Slip(lang: Lang, slip: ServiceSlip) -> impl IntoView {
    let query = use_query_map();
    let receipt = query.with_untracked(|q| q.get("format").as_deref() == Some("receipt"));
    let s = slip.service;
    let links = use_links();
    let documents = (!s.required_documents.is_empty() || !s.documents.is_empty()).then(|| {
        view! {
            <section>
                <h2>{t(lang, "service-documents")}</h2>
                <Checklist lang kinds=s.required_documents.clone() others=s.documents.clone()/>
            </section>
        }
    });
    let phones = (!s.phones.is_empty()).then(|| {
        view! {
            <p class="slip-phones">
                {t(lang, "service-phone")}": "
                {s.phones.iter().map(|p| view! { <bdi class="slip-phone">{p.number.clone()}</bdi>" " }).collect_view()}
            </p>
        }
    });
    view! {
        <Title text=title_text(format!("{} — {}", t(lang, "slip-title"), s.name.text))/>
        <nav class="slip-actions" aria-label=t(lang, "slip-actions")>
            <a class="button" href=links.service(&s.id)>{t(lang, "slip-back")}</a>
            <a class="button secondary" href=links.service_slip(&s.id, !receipt)>
                {t(lang, if receipt { "slip-format-a6" } else { "slip-format-receipt" })}
            </a>
            <PrintButton>{t(lang, "slip-print")}</PrintButton>
        </nav>
        <article class=if receipt { "slip receipt" } else { "slip" }>
            <header>
                <p class="slip-brand">"Portineria"</p>
                <h1 lang=text_lang(&s.name, lang) dir=text_dir(&s.name, lang)>{s.name.text.clone()}</h1>
                {s.in_short.clone().map(|text| view! { <Line text lang class="in-short"/> })}
                {slip.italian_name.map(|name| view! {
                    <p class="slip-italian"><span>{t(lang, "slip-italian-name")}": "</span><strong lang="it" dir="ltr">{name}</strong></p>
                })}
                <p class="slip-organization">{s.organization.name.clone()}</p>
                <WhoCanGo lang stated=s.who_can_go.clone()/>
            </header>
            {s.locations.iter().cloned().map(|l| view! { <LocationCard lang location=l/> }).collect_view()}
            {phones}
            {documents}
            {s.read_aloud.then(|| view! { <Listen lang id=s.id.clone()/> })}
            <div class="slip-codes">
                <figure class="slip-qr">
                    <div class="qr" role="img" aria-label=t(lang, "slip-qr-label") inner_html=slip.qr_svg></div>
                    <figcaption><bdi>{slip.page_url}</bdi></figcaption>
                </figure>
                {slip.directions_qr_svg.map(|svg| view! {
                    <figure class="slip-qr slip-directions">
                        <div class="qr" role="img" aria-label=t(lang, "slip-directions-qr-label") inner_html=svg></div>
                        <figcaption>{t(lang, "slip-directions")}</figcaption>
                    </figure>
                })}
            </div>
            <p class="slip-hint">{t(lang, "slip-hint")}</p>
        </article>
    }
}
