//! Category tiles: a person can reach a service without typing.

use crate::components::frame::use_links;
use crate::components::icons::CategoryIcon;
use crate::model::CategoryTile;
use leptos::prelude::*;

#[component]
pub fn CategoryTiles(categories: Vec<CategoryTile>, heading: String) -> impl IntoView {
    let links = use_links();
    view! {
        <section class="categories" aria-labelledby="categories-heading">
            <h2 id="categories-heading">{heading}</h2>
            <ul class="tiles">
                {categories
                    .into_iter()
                    .map(|c| {
                        let href = links.search(&[("category", &c.slug)]);
                        view! {
                            <li>
                                <a class="tile" href=href>
                                    <CategoryIcon slug=c.slug.clone()/>
                                    <span class="tile-name">{c.name}</span>
                                    <span class="tile-count">{c.services}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
