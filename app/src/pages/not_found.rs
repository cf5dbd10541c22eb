//! The translated "page not found" and "something went wrong" pages, with the right HTTP status.

use crate::components::frame::use_lang;
use crate::components::frame::use_links;
use crate::i18n::t;
use leptos::prelude::*;
use leptos_meta::Title;

/// Sets the HTTP status of the page being rendered on the server (no-op in the browser).
pub fn set_status(code: u16) {
    #[cfg(feature = "ssr")]
    if let (Some(options), Ok(status)) =
        (use_context::<leptos_axum::ResponseOptions>(), http::StatusCode::from_u16(code))
    {
        options.set_status(status);
    }
    #[cfg(not(feature = "ssr"))]
    let _ = code;
}

#[component]
pub fn NotFound() -> impl IntoView {
    let lang = use_lang();
    set_status(404);
    view! {
        <Title text=t(lang, "not-found-title")/>
        <section class="notice">
            <h1>{t(lang, "not-found-title")}</h1>
            <p>{t(lang, "not-found-text")}</p>
            <p><a class="button" href=use_links().home()>{t(lang, "not-found-home")}</a></p>
        </section>
    }
}

#[component]
pub fn ServerError() -> impl IntoView {
    let lang = use_lang();
    set_status(503);
    view! {
        <section class="notice" role="alert">
            <h1>{t(lang, "error-internal")}</h1>
            <p><a class="button" href=use_links().home()>{t(lang, "not-found-home")}</a></p>
        </section>
    }
}
