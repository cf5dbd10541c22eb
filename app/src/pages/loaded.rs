//! Shared loading logic of the detail pages: wait for the data, then show it, a 404 page
//! when it does not exist, or an error notice when the server failed.

use crate::components::frame::use_lang;
use crate::i18n::t;
use crate::lang::Lang;
use crate::pages::not_found::{NotFound, ServerError};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use serde::{de::DeserializeOwned, Serialize};
use std::future::Future;

/// A page showing one entry named by the `slug` in its URL: loads it with `load`, then shows
/// it with `render` (or the 404 / error page).
pub fn detail_page<T, V, L, Fut, F>(load: L, render: F) -> impl IntoView
where
    T: Clone + Send + Sync + Serialize + DeserializeOwned + 'static,
    V: IntoView + 'static,
    L: Fn(Lang, String) -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<Option<T>, ServerFnError>> + Send + 'static,
    F: Fn(Lang, T) -> V + Clone + Send + Sync + 'static,
{
    let lang = use_lang();
    let params = use_params_map();
    let slug = move || params.with(|p| p.get("slug").unwrap_or_default());
    let resource = Resource::new(slug, move |slug| load(lang, slug));
    loaded(resource, move |data| render(lang, data))
}

fn loaded<T, V, F>(resource: Resource<Result<Option<T>, ServerFnError>>, render: F) -> impl IntoView
where
    T: Clone + Send + Sync + Serialize + DeserializeOwned + 'static,
    V: IntoView + 'static,
    F: Fn(T) -> V + Clone + Send + Sync + 'static,
{
    let lang = use_lang();
    view! {
        <Suspense fallback=move || view! { <p class="loading">{t(lang, "loading")}</p> }>
            {move || {
                let render = render.clone();
                Suspend::new(async move {
                    match resource.await {
                        Ok(Some(data)) => render(data).into_any(),
                        Ok(None) => view! { <NotFound/> }.into_any(),
                        Err(_) => view! { <ServerError/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}
