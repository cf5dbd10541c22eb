//! Category icons as inline SVG: shipped with the page, nothing fetched (the kiosk may be offline).

use leptos::prelude::*;

/// Line drawings on a 24×24 grid, one per taxonomy category.
fn path_for(slug: &str) -> &'static str {
    match slug {
        "legal" => "M6 3h9l3 3v15H6z M9 9h6 M9 13h6 M9 17h4",
        "housing" => "M3 11l9-8 9 8 M5 9.5V21h14V9.5 M10 21v-6h4v6",
        "work" => "M3 8h18v12H3z M9 8V5h6v3 M3 13h18",
        "training" => "M12 6c-2-1.5-6-2-9-1v14c3-1 7-.5 9 1 2-1.5 6-2 9-1V5c-3-1-7-.5-9 1z M12 6v14",
        "mediation" => "M3 4h11v8H8l-3 3v-3H3z M17 8h4v8h-2v3l-3-3h-5v-2",
        "health" => "M9 3h6v6h6v6h-6v6H9v-6H3V9h6z",
        "school" => "M2 9l10-5 10 5-10 5z M6 11v5c3 2 9 2 12 0v-5 M22 9v6",
        "children-families" => {
            "M8 4a3 3 0 1 1 0 6a3 3 0 1 1 0-6z M17 8a2 2 0 1 1 0 4a2 2 0 1 1 0-4z M2 21v-2a6 6 0 0 1 12 0v2 M14 21v-2a3 3 0 0 1 6 0v2"
        }
        "women" => "M12 2a5 5 0 1 1 0 10a5 5 0 1 1 0-10z M12 12v10 M8.5 18h7",
        "detention" => "M4 3h16v18H4z M9 3v18 M15 3v18 M4 12h16",
        "reception" => "M3 19V6 M3 14h18v5 M21 14v-2a3 3 0 0 0-3-3h-7v5 M7 9a2 2 0 1 1 0 4a2 2 0 1 1 0-4z",
        "information" => "M12 2a10 10 0 1 1 0 20a10 10 0 1 1 0-20z M12 11v6 M12 7v.5",
        "economic-support" => "M12 2a10 10 0 1 1 0 20a10 10 0 1 1 0-20z M15 8.5a4 4 0 1 0 0 7 M7.5 11h6 M7.5 13h6",
        "community" => {
            "M12 3a2.5 2.5 0 1 1 0 5a2.5 2.5 0 1 1 0-5z M5 6a2 2 0 1 1 0 4a2 2 0 1 1 0-4z M19 6a2 2 0 1 1 0 4a2 2 0 1 1 0-4z M8 20v-5a4 4 0 0 1 8 0v5 M2 18v-3a3 3 0 0 1 4-2.8 M22 18v-3a3 3 0 0 0-4-2.8"
        }
        _ => "M12 2a10 10 0 1 1 0 20a10 10 0 1 1 0-20z",
    }
}

#[component]
pub fn CategoryIcon(#[prop(into)] slug: String) -> impl IntoView {
    view! { <Pictogram path=path_for(&slug) size=48/> }
}

/// A line drawing on the 24×24 grid, `size` pixels wide, hidden from screen readers (the
/// words beside it say what it shows).
#[component]
pub fn Pictogram(path: &'static str, size: u32, #[prop(optional)] class: &'static str) -> impl IntoView {
    view! {
        <svg class=format!("icon {class}").trim_end().to_string() viewBox="0 0 24 24" width=size height=size aria-hidden="true" focusable="false">
            <path d=path/>
        </svg>
    }
}
