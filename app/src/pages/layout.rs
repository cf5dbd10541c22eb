//! The `/{lang}/…` layout: checks the language in the URL and frames every page in it.

use crate::components::frame::Frame;
use crate::lang::Lang;
use crate::pages::not_found::NotFound;
use crate::url::Links;
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::components::Outlet;
use leptos_router::hooks::use_params_map;

#[component]
pub fn LangLayout() -> impl IntoView {
    // The language cannot change inside one document: the switcher loads a full page.
    let code = use_params_map().with_untracked(|p| p.get("lang"));
    match code.as_deref().and_then(Lang::from_path_segment) {
        Some(lang) => {
            provide_context(lang);
            provide_context(Links::public(lang));
            Either::Left(view! { <Frame lang><Outlet/></Frame> })
        }
        None => Either::Right(view! { <Frame lang=Lang::It><NotFound/></Frame> }),
    }
}
