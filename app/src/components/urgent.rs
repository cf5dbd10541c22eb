//! Urgent help, one tap away: the emergency number and the two national helplines for
//! violence and trafficking, at the foot of every page (and one tap from the kiosk's home).
//! The numbers are national and fixed, not partners' data, so they live here rather than in
//! the database; each says in one line what it is for.

use crate::i18n::t;
use crate::lang::Lang;
use crate::url::Links;
use leptos::prelude::*;

/// A national helpline: the number as people read it, the digits to dial, and its message.
struct Helpline {
    shown: &'static str,
    dial: &'static str,
    message: &'static str,
}

const HELPLINES: [Helpline; 3] = [
    Helpline { shown: "112", dial: "112", message: "urgent-emergency" },
    Helpline { shown: "1522", dial: "1522", message: "urgent-violence" },
    Helpline { shown: "800 290 290", dial: "800290290", message: "urgent-trafficking" },
];

/// The section's anchor: the kiosk's "urgent help" button jumps here.
pub const URGENT_HELP_ID: &str = "urgent-help";

/// The three numbers, each a `tel:` link as large as a touch target, the number kept
/// left-to-right inside Arabic text.
#[component]
pub fn UrgentHelp(lang: Lang) -> impl IntoView {
    view! {
        <section id=URGENT_HELP_ID class="urgent-help" aria-labelledby="urgent-help-heading">
            <h2 id="urgent-help-heading">{t(lang, "urgent-heading")}</h2>
            <ul>
                {HELPLINES
                    .iter()
                    .map(|line| view! {
                        <li>
                            <a href=format!("tel:{}", line.dial)>
                                <bdi class="urgent-number" dir="ltr">{line.shown}</bdi>
                                <span>{t(lang, line.message)}</span>
                            </a>
                        </li>
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

/// The links every footer carries: the privacy notice and the accessibility statement.
#[component]
pub fn LegalLinks(lang: Lang, links: Links) -> impl IntoView {
    view! {
        <nav class="legal-links" aria-label=t(lang, "legal-links")>
            <a href=links.privacy()>{t(lang, "privacy-title")}</a>
            <a href=links.accessibility()>{t(lang, "accessibility-title")}</a>
        </nav>
    }
}
