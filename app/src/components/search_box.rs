//! The search form: a plain GET form (works without JavaScript) that the router enhances.

use crate::i18n::t;
use crate::lang::Lang;
use leptos::prelude::*;
use leptos_router::components::Form;

#[component]
pub fn SearchBox(lang: Lang, #[prop(into, optional)] query: String, #[prop(optional)] large: bool) -> impl IntoView {
    let action = format!("/{lang}/search");
    let class = if large { "search-box search-box-large" } else { "search-box" };
    view! {
        <Form method="GET" action=action>
            <div class=class role="search">
                <label for="q">{t(lang, "search-label")}</label>
                <div class="search-row">
                    <input
                        id="q"
                        name="q"
                        type="search"
                        value=query
                        maxlength="500"
                        autocomplete="off"
                        placeholder=t(lang, "search-placeholder")
                        aria-describedby="search-hint"
                    />
                    <button type="submit">{t(lang, "search-button")}</button>
                </div>
                <p id="search-hint" class="hint">{t(lang, "search-hint")}</p>
            </div>
        </Form>
    }
}
