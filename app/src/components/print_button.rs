//! A "print" button. Printing needs JavaScript, so the server renders the button hidden and
//! the browser shows it once the page is hydrated; without JavaScript the browser's own Print
//! menu does the same. Only the `hidden` attribute changes, so hydration finds exactly the
//! markup the server sent, even inside nested suspense (a kiosk's slip).

use leptos::html::Button;
use leptos::prelude::*;

#[component]
pub fn PrintButton(#[prop(optional)] class: &'static str, children: Children) -> impl IntoView {
    let button = NodeRef::<Button>::new();
    Effect::new(move || {
        if let Some(button) = button.get() {
            button.set_hidden(false);
        }
    });
    view! {
        <button type="button" class=class hidden=true node_ref=button on:click=|_| { let _ = window().print(); }>
            {children()}
        </button>
    }
}
