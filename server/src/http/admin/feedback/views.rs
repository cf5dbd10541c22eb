//! The verification queue's page: per service the counts (open problems, votes), then each
//! open report with its pictogram, when, in which language, the words, and "handled".
//! Plain data in, HTML out.

use super::super::page::{document, post_button, when};
use super::super::session::Admin;
use super::super::urls;
use super::service::{ServiceFeedback, VOTE_DAYS};
use crate::content::editor::Kind;
use leptos::prelude::*;
use portineria_app::components::feedback::FeedbackIcon;
use portineria_app::feedback::FeedbackKind;
use portineria_app::i18n::{t, t_args};
use portineria_app::lang::Lang;

/// The counts of one service: a cell per kind.
fn counts_row(lang: Lang, service: &ServiceFeedback) -> AnyView {
    let cells = FeedbackKind::ALL
        .into_iter()
        .map(|kind| {
            let count = service.count(kind);
            view! { <li><FeedbackIcon kind/>" "{t(lang, &kind.message())}": "<strong>{count}</strong></li> }
        })
        .collect_view();
    view! { <ul class="feedback-counts">{cells}</ul> }.into_any()
}

fn service_section(admin: &Admin, service: ServiceFeedback) -> AnyView {
    let lang = admin.lang;
    let edit = urls::org(&service.org_slug).entry(Kind::Service, &service.service);
    let counts = counts_row(lang, &service);
    let reports = service
        .open
        .iter()
        .map(|report| {
            let language = t(lang, &format!("language-name-{}", report.lang));
            let note = (!report.note.is_empty()).then(|| view! { <p class="feedback-note" lang=report.lang.clone()>{report.note.clone()}</p> });
            view! {
                <li class="feedback-item">
                    <p>
                        <FeedbackIcon kind=report.kind/>" "<strong>{t(lang, &report.kind.message())}</strong>
                        " · "{when(report.created_at)}" · "{language}
                    </p>
                    {note}
                    {post_button(admin, urls::feedback_handled(report.id), t(lang, "admin-feedback-handled"), "secondary")}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="admin-section" id=format!("service-{}", service.service)>
            <h2><a href=edit>{service.title.clone()}</a></h2>
            <p class="hint">{service.organization.clone()}</p>
            {counts}
            <ol class="feedback-list">{reports}</ol>
        </section>
    }
    .into_any()
}

pub fn queue(admin: &Admin, notice: AnyView, services: Vec<ServiceFeedback>) -> String {
    let lang = admin.lang;
    let open: usize = services.iter().map(|s| s.open.len()).sum();
    let empty = services.is_empty().then(|| view! { <p class="hint">{t(lang, "admin-nothing")}</p> });
    let body = view! {
        {notice}
        <p>{t_args(lang, "admin-feedback-intro", &[("open", open.into()), ("days", (VOTE_DAYS as usize).into())])}</p>
        {empty}
        {services.into_iter().map(|s| service_section(admin, s)).collect_view()}
    };
    document(lang, &t(lang, "admin-nav-feedback"), Some(admin), body.into_any())
}
