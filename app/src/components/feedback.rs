//! "Was this useful?" and one-tap problem reports on a service's page (public, kiosk,
//! mediator). Plain POST forms to `/{lang}/services/{id}/feedback`: the server stores the
//! report for the organisation's editors and sends the browser back to this page with
//! `?feedback=<status>#feedback`, which this component then says. No cookie, no script.

use crate::components::frame::use_links;
use crate::components::icons::Pictogram;
use crate::feedback::{FeedbackKind, FeedbackStatus, NOTE_MAX_CHARS};
use crate::i18n::{t, t_args};
use crate::lang::Lang;
use crate::url;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_query_map};

/// The anchor the form returns to.
pub const FEEDBACK_ID: &str = "feedback";

/// A line drawing on a 24×24 grid for each kind of feedback.
fn pictogram(kind: FeedbackKind) -> &'static str {
    match kind {
        FeedbackKind::Useful => "M7 10v11H3V10z M7 10l4-8c1.7 0 3 1.3 3 3v4h5.2a2 2 0 0 1 2 2.4l-1.4 7.2A2 2 0 0 1 17.8 21H7",
        FeedbackKind::NotUseful => "M7 14V3H3v11z M7 14l4 8c1.7 0 3-1.3 3-3v-4h5.2a2 2 0 0 0 2-2.4l-1.4-7.2A2 2 0 0 0 17.8 3H7",
        FeedbackKind::Closed => "M4 21V3h10v18 M2 21h14 M11 12v.5 M16 8l5 5 M21 8l-5 5",
        FeedbackKind::NoAnswer => {
            "M5 3h3.5l2 5-2.5 1.5a11 11 0 0 0 6 6l1.5-2.5 5 2V19a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2z M15 3l6 6 M21 3l-6 6"
        }
        FeedbackKind::NoHelp => "M12 2a10 10 0 1 1 0 20a10 10 0 1 1 0-20z M8 16.5c2.2-2 5.8-2 8 0 M9 9v1 M15 9v1",
        FeedbackKind::Language => "M3 4h18v12H10l-5 4v-4H3z M10 8.2a2 2 0 1 1 3 1.7c-.7.4-1 .8-1 1.6 M12 13.5v.2",
        FeedbackKind::Wrong => "M12 3l10 18H2z M12 10v5 M12 18v.2",
    }
}

#[component]
pub fn FeedbackIcon(kind: FeedbackKind) -> impl IntoView {
    view! { <Pictogram path=pictogram(kind) size=32/> }
}

/// The page the form was sent from, for the server to send the browser back to.
fn this_page() -> String {
    let location = use_location();
    let (path, search) = (location.pathname.get_untracked(), location.search.get_untracked());
    if search.is_empty() {
        path
    } else {
        format!("{path}?{search}")
    }
}

/// One kind's submit button: a pictogram and its name.
fn kind_button(lang: Lang, kind: FeedbackKind) -> impl IntoView {
    view! {
        <button type="submit" name="kind" value=kind.as_str() class="feedback-button">
            <FeedbackIcon kind/>
            <span>{t(lang, &kind.message())}</span>
        </button>
    }
}

/// The feedback block of service `id`; `about` is the language the report is recorded in
/// (the family's, on the mediator's page), `lang` the block's own.
#[component]
pub fn Feedback(lang: Lang, id: String, about: Lang) -> impl IntoView {
    let action = url::service_feedback(about, &id);
    let back = this_page();
    let visit = use_links().visit().map(|v| v.as_str().to_string());
    let hidden = move || {
        view! {
            <input type="hidden" name="back" value=back.clone()/>
            {visit.clone().map(|v| view! { <input type="hidden" name="visit" value=v/> })}
        }
    };
    let status = use_query_map().with_untracked(|q| q.get("feedback")).as_deref().and_then(FeedbackStatus::parse);
    let status = status.map(|s| {
        let text = t(lang, &format!("feedback-status-{}", s.as_str()));
        if s.is_success() {
            view! { <p class="feedback-status" role="status">{text}</p> }.into_any()
        } else {
            view! { <p class="feedback-status feedback-problem" role="alert">{text}</p> }.into_any()
        }
    });
    let note_hint = t_args(lang, "feedback-note-hint", &[("max", NOTE_MAX_CHARS.into())]);
    view! {
        <section class="feedback" id=FEEDBACK_ID aria-labelledby="feedback-heading">
            {status}
            <div class="feedback-row">
                <h2 id="feedback-heading">{t(lang, "feedback-heading")}</h2>
                <form method="post" action=action.clone() class="feedback-vote">
                    {hidden.clone()}
                    {kind_button(lang, FeedbackKind::Useful)}
                    {kind_button(lang, FeedbackKind::NotUseful)}
                </form>
            </div>
            <form method="post" action=action class="feedback-report">
                {hidden}
                <div class="feedback-row">
                <h3>{t(lang, "feedback-report")}</h3>
                <details>
                    <summary>{t(lang, "feedback-note-add")}</summary>
                    <p class="form-row">
                        <label for="feedback-note">{t(lang, "feedback-note-label")}</label>
                        <span class="hint" id="feedback-note-hint">{note_hint}</span>
                        <textarea
                            id="feedback-note"
                            name="note"
                            rows="3"
                            maxlength=NOTE_MAX_CHARS.to_string()
                            aria-describedby="feedback-note-hint"
                        ></textarea>
                    </p>
                </details>
                </div>
                <div class="feedback-kinds">
                    {FeedbackKind::PROBLEMS.into_iter().map(|kind| kind_button(lang, kind)).collect_view()}
                </div>
            </form>
        </section>
    }
}
