//! `/{lang}/search?q=&category=&municipality=&offset=`: results with counts, facets and paging.

use crate::components::frame::use_lang;
use crate::components::search_box::SearchBox;
use crate::directory::run_search;
use crate::i18n::{join, t, t_args};
use crate::lang::Lang;
use crate::model::{FacetValue, RawSearch, SearchPage as Page, SearchParams};
use crate::pages::not_found::{set_status, ServerError};
use crate::pages::summaries::ServiceStatusBadge;
use crate::url;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn SearchPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let raw = move || {
        query.with(|q| RawSearch {
            q: q.get("q"),
            category: q.get("category"),
            municipality: q.get("municipality"),
            target_group: q.get("target_group"),
            language: q.get("language"),
            open_now: q.get("open_now"),
            limit: None,
            offset: q.get("offset"),
        })
    };
    let results = Resource::new(raw, move |raw| run_search(lang, raw));
    view! {
        <Title text=t(lang, "results-title")/>
        <Suspense fallback=move || view! { <p class="loading">{t(lang, "loading")}</p> }>
            {move || Suspend::new(async move {
                match results.await {
                    Ok(Ok(page)) => view! { <Results lang page/> }.into_any(),
                    Ok(Err(error)) => {
                        set_status(400);
                        view! {
                            <h1>{t(lang, "bad-request-title")}</h1>
                            <p class="error" role="alert">{error.message(lang)}</p>
                            <SearchBox lang/>
                        }
                            .into_any()
                    }
                    Err(_) => view! { <ServerError/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Results(lang: Lang, page: Page) -> impl IntoView {
    let params = page.params.clone();
    let heading = if params.q.is_empty() {
        t(lang, "results-heading-all")
    } else {
        t_args(lang, "results-heading", &[("query", params.q.as_str().into())])
    };
    let count = t_args(lang, "results-count", &[("count", (page.total as usize).into())]);
    let empty = page.hits.is_empty();
    view! {
        <SearchBox lang query=params.q.clone()/>
        <h1><bdi>{heading}</bdi></h1>
        <p class="results-count" role="status">{count}</p>
        <div class="results-layout">
            <Filters lang params=params.clone() facets=page.facets.clone()/>
            <div class="results">
                {if empty {
                    view! {
                        <div class="no-results">
                            <h2>{t(lang, "no-results-title")}</h2>
                            <p>{t(lang, "no-results-text")}</p>
                            <p><a class="button" href=url::home(lang)>{t(lang, "nav-home")}</a></p>
                        </div>
                    }
                        .into_any()
                } else {
                    view! {
                        <ol class="cards hits">
                            {page
                                .hits
                                .into_iter()
                                .map(|hit| {
                                    view! {
                                        <li class="card hit">
                                            <h2><a href=url::service(lang, &hit.id)>{hit.name}</a></h2>
                                            <ServiceStatusBadge lang status=hit.status/>
                                            <p class="hit-org">
                                                {t_args(lang, "result-at", &[("organization", hit.organization.as_str().into())])}
                                            </p>
                                            <p>{hit.summary}</p>
                                            <p class="hit-meta">
                                                {hit.categories.join(" · ")}
                                                {(!hit.municipalities.is_empty()).then(|| format!(" — {}", join(lang, &hit.municipalities)))}
                                            </p>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ol>
                    }
                        .into_any()
                }}
                <Pagination lang params total=page.total/>
            </div>
        </div>
    }
}

fn search_url(
    lang: Lang,
    params: &SearchParams,
    category: Option<&str>,
    municipality: Option<&str>,
    offset: usize,
) -> String {
    let offset = if offset == 0 { String::new() } else { offset.to_string() };
    url::search(
        lang,
        &[
            ("q", params.q.as_str()),
            ("category", category.unwrap_or("")),
            ("municipality", municipality.unwrap_or("")),
            ("offset", offset.as_str()),
        ],
    )
}

/// Facet links: each keeps the query and the other filter; the active value links to its removal.
#[component]
fn Filters(lang: Lang, params: SearchParams, facets: crate::model::Facets) -> impl IntoView {
    let category_links = facet_links(lang, &params, facets.category, true);
    let municipality_links = facet_links(lang, &params, facets.municipality, false);
    view! {
        <nav class="filters" aria-labelledby="filters-heading">
            <h2 id="filters-heading">{t(lang, "filters-heading")}</h2>
            <h3>{t(lang, "facet-category")}</h3>
            {category_links}
            <h3>{t(lang, "facet-municipality")}</h3>
            {municipality_links}
        </nav>
    }
}

fn facet_links(lang: Lang, params: &SearchParams, values: Vec<FacetValue>, is_category: bool) -> impl IntoView {
    let active = if is_category { params.category.clone() } else { params.municipality.clone() };
    let link = |value: Option<&str>| {
        if is_category {
            search_url(lang, params, value, params.municipality.as_deref(), 0)
        } else {
            search_url(lang, params, params.category.as_deref(), value, 0)
        }
    };
    let all_href = link(None);
    let all_current = active.is_none().then_some("page");
    view! {
        <ul class="facet">
            <li><a href=all_href aria-current=all_current>{t(lang, "facet-all")}</a></li>
            {values
                .into_iter()
                .map(|v| {
                    let is_active = active.as_deref() == Some(v.value.as_str());
                    let href = if is_active { link(None) } else { link(Some(&v.value)) };
                    let label = if is_active {
                        t_args(lang, "filter-remove", &[("name", v.label.as_str().into())])
                    } else {
                        v.label.clone()
                    };
                    view! {
                        <li>
                            <a href=href aria-current=is_active.then_some("page")>
                                <span>{label}</span>
                                <span class="count">{v.count}</span>
                            </a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

#[component]
fn Pagination(lang: Lang, params: SearchParams, total: u64) -> impl IntoView {
    let total = total as usize;
    let pages = total.div_ceil(params.limit).max(1);
    let page = params.offset / params.limit + 1;
    (pages > 1).then(|| {
        let prev = (params.offset > 0).then(|| {
            let href = search_url(
                lang,
                &params,
                params.category.as_deref(),
                params.municipality.as_deref(),
                params.offset.saturating_sub(params.limit),
            );
            view! { <a rel="prev" href=href>{t(lang, "pagination-previous")}</a> }
        });
        let next = (params.offset + params.limit < total).then(|| {
            let href = search_url(
                lang,
                &params,
                params.category.as_deref(),
                params.municipality.as_deref(),
                params.offset + params.limit,
            );
            view! { <a rel="next" href=href>{t(lang, "pagination-next")}</a> }
        });
        view! {
            <nav class="pagination" aria-label=t(lang, "pagination-label")>
                {prev}
                <span>{t_args(lang, "pagination-status", &[("page", page.into()), ("pages", pages.into())])}</span>
                {next}
            </nav>
        }
    })
}
