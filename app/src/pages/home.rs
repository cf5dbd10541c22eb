//! `/{lang}/`: the search box and the category tiles.

use crate::components::frame::{use_lang, use_links};
use crate::components::search_box::SearchBox;
use crate::components::tiles::CategoryTiles;
use crate::directory::{load_events, load_home};
use crate::i18n::t;
use crate::pages::events::EventList;
use crate::pages::not_found::ServerError;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn HomePage() -> impl IntoView {
    let lang = use_lang();
    let home = Resource::new(move || lang, load_home);
    let events = Resource::new(move || lang, |lang| load_events(lang, false, None));
    let links = use_links();
    view! {
        <Title text=format!("{} — {}", t(lang, "site-name"), t(lang, "site-tagline"))/>
        <section class="hero">
            <h1>{t(lang, "site-tagline")}</h1>
            <SearchBox lang large=true/>
        </section>
        <Suspense fallback=move || view! { <p class="loading">{t(lang, "loading")}</p> }>
            {move || Suspend::new(async move {
                match (home.await, events.await) {
                    (Ok(data), Ok(events)) => view! {
                        <CategoryTiles categories=data.categories heading=t(lang, "categories-heading")/>
                        <section class="whats-on" aria-labelledby="whats-on-heading">
                            <h2 id="whats-on-heading">{t(lang, "events-title")}</h2>
                            <EventList
                                lang
                                events=events.today_events.into_iter().chain(events.upcoming).take(3).collect()
                                empty=t(lang, "events-none-upcoming")
                            />
                            <p><a class="button secondary" href=links.events()>{t(lang, "events-all")}</a></p>
                        </section>
                    }
                        .into_any(),
                    _ => view! { <ServerError/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
