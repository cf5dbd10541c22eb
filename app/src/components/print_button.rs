//! A "print" button. Printing needs JavaScript, so the server renders the button hidden and
//! the island shows it once hydrated; without JavaScript the browser's own Print menu does
//! the same. Its label is rendered on the server (the island's children), so no message
//! catalogue reaches the browser.

use leptos::html::Button;
use leptos::prelude::*;

#[island]
pub fn PrintButton(#[prop(optional, into)] class: Option<String>, children: Children) -> impl IntoView {
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
