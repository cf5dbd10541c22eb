//! Portineria's web app: Leptos components rendered on the server. Every page works as plain
//! HTML without JavaScript; only its islands (the search box's completions, the print
//! button) hydrate in the browser, so a phone downloads their code and nothing else.

#![recursion_limit = "256"]

#[cfg(feature = "ssr")]
pub mod assets;
pub mod closed;
pub mod components;
pub mod directory;
pub mod feedback;
pub mod geo;
pub mod i18n;
pub mod lang;
pub mod model;
pub mod pages;
pub mod requirements;
pub mod url;

use leptos::prelude::*;
use leptos_meta::provide_meta_context;
#[cfg(feature = "ssr")]
use leptos_meta::MetaTags;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::{path, MatchNestedRoutes, SsrMode};
use pages::{
    events::EventsPage,
    home::HomePage,
    kiosk::{KioskHome, KioskLayout, KioskStart},
    layout::LangLayout,
    legal::{AccessibilityPage, PrivacyPage},
    mediator::{MediatorHome, MediatorScreening, MediatorSearch, MediatorService, MediatorShortlist},
    not_found::NotFound,
    organization::OrganizationPage,
    programme::ProgrammePage,
    search::SearchPage,
    service::ServicePage,
    slip::SlipPage,
};

/// The HTML document around the app; `<html lang dir>` is filled in per page by the layout.
#[cfg(feature = "ssr")]
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let stylesheet = assets::built().stylesheet().to_string();
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light"/>
                <link rel="stylesheet" id="leptos" href=stylesheet/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <AutoReload options=options.clone()/>
                <HydrationScripts options islands=true/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The page's Content Security Policy: scripts from the site, plus the inline hydration
/// scripts carrying this response's nonce (Leptos adds it to each); wasm may compile.
#[cfg(feature = "ssr")]
fn content_security_policy() {
    let (Some(nonce), Some(response)) = (leptos::nonce::use_nonce(), use_context::<leptos_axum::ResponseOptions>())
    else {
        return;
    };
    let policy = format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; \
         frame-ancestors 'none'"
    );
    if let Ok(value) = http::HeaderValue::from_str(&policy) {
        response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    #[cfg(feature = "ssr")]
    content_security_policy();
    // Async rendering (`SsrMode::Async`): the whole page, status code included, is ready before
    // the first byte, so it is complete without JavaScript and a missing entry answers 404.
    view! {
        <Router>
            <Routes fallback=|| view! { <LangLayout/> }>
                <Route path=path!("/kiosk") view=KioskStart ssr=SsrMode::Async/>
                // The kiosk shows the directory's own pages in its frame, with links that stay in it.
                <ParentRoute path=path!("/kiosk/:lang") view=KioskLayout ssr=SsrMode::Async>
                    <Route path=path!("") view=KioskHome ssr=SsrMode::Async/>
                    <DirectoryPages/>
                </ParentRoute>
                <Route path=path!("/mediator") view=MediatorHome ssr=SsrMode::Async/>
                <Route path=path!("/mediator/search") view=MediatorSearch ssr=SsrMode::Async/>
                <Route path=path!("/mediator/services/:slug") view=MediatorService ssr=SsrMode::Async/>
                <Route path=path!("/mediator/shortlist") view=MediatorShortlist ssr=SsrMode::Async/>
                <Route path=path!("/mediator/screening") view=MediatorScreening ssr=SsrMode::Async/>
                <ParentRoute path=path!("/:lang") view=LangLayout ssr=SsrMode::Async>
                    <Route path=path!("") view=HomePage ssr=SsrMode::Async/>
                    <DirectoryPages/>
                </ParentRoute>
            </Routes>
        </Router>
    }
}

/// The directory's pages below a language, on the public site and in the kiosk alike
/// (each layout gives them its own frame and links).
#[component(transparent)]
fn DirectoryPages() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("search") view=SearchPage ssr=SsrMode::Async/>
        <Route path=path!("services/:slug") view=ServicePage ssr=SsrMode::Async/>
        <Route path=path!("services/:slug/print") view=SlipPage ssr=SsrMode::Async/>
        <Route path=path!("organizations/:slug") view=OrganizationPage ssr=SsrMode::Async/>
        <Route path=path!("programmes/:slug") view=ProgrammePage ssr=SsrMode::Async/>
        <Route path=path!("events") view=EventsPage ssr=SsrMode::Async/>
        <Route path=path!("privacy") view=PrivacyPage ssr=SsrMode::Async/>
        <Route path=path!("accessibility") view=AccessibilityPage ssr=SsrMode::Async/>
        <Route path=path!("*any") view=NotFound ssr=SsrMode::Async/>
    }
    .into_inner()
}

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
