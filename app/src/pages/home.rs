//! `/{lang}/`: the search box and the category tiles.

use crate::components::frame::use_lang;
use crate::components::search_box::SearchBox;
use crate::components::tiles::CategoryTiles;
use crate::directory::load_home;
use crate::i18n::t;
use crate::pages::not_found::ServerError;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn HomePage() -> impl IntoView {
    let lang = use_lang();
    let home = Resource::new(move || lang, load_home);
    view! {
        <Title text=format!("{} — {}", t(lang, "site-name"), t(lang, "site-tagline"))/>
        <section class="hero">
            <h1>{t(lang, "site-tagline")}</h1>
            <SearchBox lang large=true/>
        </section>
        <Suspense fallback=move || view! { <p class="loading">{t(lang, "loading")}</p> }>
            {move || Suspend::new(async move {
                match home.await {
                    Ok(data) => view! {
                        <CategoryTiles lang categories=data.categories heading=t(lang, "categories-heading")/>
                    }
                        .into_any(),
                    Err(_) => view! { <ServerError/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
