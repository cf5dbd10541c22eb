//! Shared loading logic of the detail pages: wait for the data, then show it, a 404 page
//! when it does not exist, or an error notice when the server failed.

use crate::components::frame::use_lang;
use crate::i18n::t;
use crate::pages::not_found::{NotFound, ServerError};
use leptos::prelude::*;
use serde::{de::DeserializeOwned, Serialize};

pub fn loaded<T, V, F>(resource: Resource<Result<Option<T>, ServerFnError>>, render: F) -> impl IntoView
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
