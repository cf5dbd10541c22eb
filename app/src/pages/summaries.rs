//! Lists of services and programmes, and the status labels they carry.

use crate::components::frame::use_links;
use crate::components::text::{text_dir, text_lang};
use crate::i18n::t;
use crate::lang::Lang;
use crate::model::{ProgrammeStatus, ProgrammeSummary, ServiceStatus, ServiceSummary};
use leptos::prelude::*;

pub fn programme_status_key(status: ProgrammeStatus) -> &'static str {
    match status {
        ProgrammeStatus::Active => "programme-status-active",
        ProgrammeStatus::Ended => "programme-status-ended",
        ProgrammeStatus::Upcoming => "programme-status-upcoming",
        ProgrammeStatus::Unknown => "programme-status-unknown",
    }
}

pub fn service_status_key(status: ServiceStatus) -> &'static str {
    match status {
        ServiceStatus::Active => "service-status-active",
        ServiceStatus::Suspended => "service-status-suspended",
        ServiceStatus::Ended => "service-status-ended",
    }
}

/// A status badge; active services carry none, to keep the lists quiet.
#[component]
pub fn ServiceStatusBadge(lang: Lang, status: ServiceStatus) -> impl IntoView {
    (status != ServiceStatus::Active)
        .then(|| view! { <span class=format!("badge badge-{}", status.as_str())>{t(lang, service_status_key(status))}</span> })
}

#[component]
pub fn ProgrammeStatusBadge(lang: Lang, status: ProgrammeStatus) -> impl IntoView {
    let class =
        format!("badge badge-programme-{}", programme_status_key(status).trim_start_matches("programme-status-"));
    view! { <span class=class>{t(lang, programme_status_key(status))}</span> }
}

#[component]
pub fn ServiceList(lang: Lang, services: Vec<ServiceSummary>) -> impl IntoView {
    view! {
        <ul class="cards">
            {services
                .into_iter()
                .map(|s| {
                    view! {
                        <li class="card">
                            <h3 lang=text_lang(&s.name, lang) dir=text_dir(&s.name, lang)>
                                <a href=use_links().service(&s.id)>{s.name.text.clone()}</a>
                            </h3>
                            <ServiceStatusBadge lang status=s.status/>
                            <p lang=text_lang(&s.summary, lang) dir=text_dir(&s.summary, lang)>{s.summary.text.clone()}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

#[component]
pub fn ProgrammeList(lang: Lang, programmes: Vec<ProgrammeSummary>) -> impl IntoView {
    view! {
        <ul class="cards">
            {programmes
                .into_iter()
                .map(|p| {
                    view! {
                        <li class="card">
                            <h3 lang=text_lang(&p.name, lang) dir=text_dir(&p.name, lang)>
                                <a href=use_links().programme(&p.slug)>{p.name.text.clone()}</a>
                            </h3>
                            <ProgrammeStatusBadge lang status=p.status/>
                            <p lang=text_lang(&p.summary, lang) dir=text_dir(&p.summary, lang)>{p.summary.text.clone()}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
