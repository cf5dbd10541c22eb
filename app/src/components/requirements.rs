//! What to bring and who can go, as a service's page, its kiosk page, the mediator's side by
//! side and the slip show them: a checklist with a pictogram per document (inline SVG,
//! nothing fetched: the kiosk may be offline, the slip is printed), then the documents the
//! list has no picture for, in words; and one line saying who can go, or that the service
//! does not say.

use crate::components::icons::Pictogram;
use crate::components::text::{text_dir, text_lang};
use crate::i18n::{join, t};
use crate::lang::Lang;
use crate::model::Text;
use crate::requirements::{DocumentKind, Situation};
use leptos::prelude::*;

/// Line drawings on a 24×24 grid, one per document.
fn pictogram(kind: DocumentKind) -> &'static str {
    match kind {
        // A booklet with a face.
        DocumentKind::PassportOrId => "M6 3h12v18H6z M12 7.5a2.5 2.5 0 1 1 0 5a2.5 2.5 0 1 1 0-5z M9 16.5h6",
        // A card with a photo and lines.
        DocumentKind::ResidencePermit => "M2 5h20v14H2z M5 9h5v6H5z M13 9h6 M13 12h6 M13 15h4",
        // A receipt with a torn edge and a tick.
        DocumentKind::PermitReceipt => "M6 3h12v18l-2-1.5-2 1.5-2-1.5-2 1.5-2-1.5-2 1.5z M9 7h6 M9 13l2 2 4-4",
        // A card with a bar code.
        DocumentKind::TaxCode => "M2 6h20v12H2z M6 9v6 M8 9v6 M11 9v6 M13 9v6 M16 9v6 M18 9v6",
        // A card with a cross.
        DocumentKind::HealthCard => "M2 5h20v14H2z M12 8v8 M8 12h8",
        // A sheet with a euro sign.
        DocumentKind::Isee => "M6 3h9l3 3v15H6z M15 10.5a3.5 3.5 0 1 0 0 5 M8.5 12h5 M8.5 14h5",
        // A house with a letter.
        DocumentKind::ProofOfAddress => "M3 11l9-8 9 8 M5 9.5V21h14V9.5 M8.5 13h7v5h-7z M8.5 13l3.5 2.5 3.5-2.5",
        // A sheet with a coin.
        DocumentKind::Payslip => "M5 3h14v18H5z M8 7h8 M8 10h8 M12 13a2.5 2.5 0 1 1 0 5a2.5 2.5 0 1 1 0-5z",
        // A certificate with a seal.
        DocumentKind::SchoolCertificate => {
            "M3 4h18v12H3z M7 8h10 M7 11h5 M16 12a2 2 0 1 1 0 4a2 2 0 1 1 0-4z M15 16l-1 5 2-1 2 1-1-5"
        }
        // A photo of a person.
        DocumentKind::Photos => "M4 3h16v18H4z M12 7a3 3 0 1 1 0 6a3 3 0 1 1 0-6z M7 21c0-3.5 2.2-5.5 5-5.5s5 2 5 5.5",
        // A tick in a circle.
        DocumentKind::NothingNeeded => "M12 2a10 10 0 1 1 0 20a10 10 0 1 1 0-20z M7 12l3.5 3.5L17 9",
    }
}

#[component]
pub fn DocumentIcon(kind: DocumentKind) -> impl IntoView {
    view! { <Pictogram path=pictogram(kind) size=40 class="document-icon"/> }
}

/// The documents to bring: the pictures first, then the rest in words. Nothing when the
/// service names none.
#[component]
pub fn Checklist(lang: Lang, kinds: Vec<DocumentKind>, others: Vec<Text>) -> impl IntoView {
    (!kinds.is_empty() || !others.is_empty()).then(|| {
        view! {
            <ul class="checklist">
                {kinds.into_iter().map(|kind| view! {
                    <li class=format!("checklist-item document-{}", kind.as_str())>
                        <DocumentIcon kind/>
                        <span>{t(lang, &kind.message())}</span>
                    </li>
                }).collect_view()}
                {others.into_iter().map(|d| view! {
                    <li class="checklist-item checklist-text" lang=text_lang(&d, lang) dir=text_dir(&d, lang)>
                        <span>{d.text.clone()}</span>
                    </li>
                }).collect_view()}
            </ul>
        }
    })
}

/// "Who can go: …", or that the service does not say (never left out: a mediator must know
/// to ask).
#[component]
pub fn WhoCanGo(lang: Lang, stated: Vec<Situation>) -> impl IntoView {
    let (class, said) = if stated.is_empty() {
        ("who-can-go not-stated", t(lang, "who-can-go-not-stated"))
    } else {
        let names: Vec<String> = stated.iter().map(|s| t(lang, &s.message())).collect();
        ("who-can-go", join(lang, &names))
    };
    view! {
        <p class=class>
            <strong>{t(lang, "who-can-go")}": "</strong>
            {said}
        </p>
    }
}
