//! `/{lang}/search?q=&category=&municipality=&target_group=&situation=&language=&open_now=&offset=`:
//! results with counts, facets, paging, and never a dead end ("did you mean", topics).

use crate::components::frame::{use_lang, use_links};
use crate::components::requirements::WhoCanGo;
use crate::components::search_box::{KioskFields, SearchBox};
use crate::components::tiles::CategoryTiles;
use crate::directory::run_search;
use crate::i18n::{facet_count, format_distance, join, results_count, t, t_args};
use crate::lang::Lang;
use crate::model::{CategoryTile, FacetValue, Facets, RawSearch, SearchPage as Page, SearchParams};
use crate::pages::not_found::{set_status, ServerError};
use crate::pages::summaries::ServiceStatusBadge;
use crate::requirements::Situation;
use crate::url::Links;
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
            situation: q.get("situation"),
            open_now: q.get("open_now"),
            limit: None,
            offset: q.get("offset"),
            desk: q.get("desk"),
        })
    };
    let results = Resource::new(raw, move |raw| run_search(lang, raw));
    #[cfg(feature = "ssr")]
    crate::directory::render_stage("search page started");
    view! {
        <Title text=t(lang, "results-title")/>
        <Suspense fallback=move || view! { <p class="loading">{t(lang, "loading")}</p> }>
            {move || Suspend::new(async move {
                let results = results.await;
                #[cfg(feature = "ssr")]
                crate::directory::render_stage("results in hand");
                match results {
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
    let count = results_count(lang, page.total, page.total_relation);
    let empty = page.hits.is_empty();
    let situation = params.situation;
    let did_you_mean = page.did_you_mean.clone().map(|better| {
        let href = page_url(use_links(), &SearchParams { q: better.clone(), offset: 0, ..params.clone() });
        view! {
            <p class="did-you-mean">
                {t(lang, "did-you-mean")} " " <a href=href><bdi>{better}</bdi></a>
            </p>
        }
    });
    view! {
        <SearchBox lang query=params.q.clone()/>
        <h1><bdi>{heading}</bdi></h1>
        <p class="results-count" role="status">{count}</p>
        {did_you_mean}
        <div class="results-layout">
            <Filters lang params=params.clone() facets=page.facets.clone()/>
            <div class="results">
                {if empty {
                    view! { <NoResults lang topics=page.topics/> }.into_any()
                } else {
                    view! {
                        <ol class="cards hits">
                            {page
                                .hits
                                .into_iter()
                                .map(|hit| {
                                    view! {
                                        <li class="card hit">
                                            <h2><a href=use_links().service(&hit.id)>{hit.name}</a></h2>
                                            <ServiceStatusBadge lang status=hit.status/>
                                            <p class="hit-org">
                                                {t_args(lang, "result-at", &[("organization", hit.organization.as_str().into())])}
                                            </p>
                                            <p>{hit.summary}</p>
                                            <p class="hit-meta">
                                                {hit.categories.join(" · ")}
                                                {(!hit.municipalities.is_empty()).then(|| format!(" — {}", join(lang, &hit.municipalities)))}
                                            </p>
                                            {hit.distance.map(|d| view! { <p class="hit-distance"><bdi>{format_distance(lang, d)}</bdi></p> })}
                                            {situation.map(|_| view! { <WhoCanGo lang stated=hit.who_can_go/> })}
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

/// Never a dead end: with no results, the topics to browse instead.
#[component]
fn NoResults(lang: Lang, topics: Vec<CategoryTile>) -> impl IntoView {
    view! {
        <div class="no-results">
            <h2>{t(lang, "no-results-title")}</h2>
            <p>{t(lang, "no-results-text")}</p>
            <CategoryTiles categories=topics heading=t(lang, "categories-heading")/>
        </div>
    }
}

/// The search page for `params`, in a fixed parameter order.
fn page_url(links: Links, params: &SearchParams) -> String {
    let kept = page_params(params);
    let pairs: Vec<(&str, &str)> = kept.iter().map(|(name, value)| (*name, value.as_str())).collect();
    links.search(&pairs)
}

/// The URL parameters of `params`, in a fixed order (empty ones too: links leave them out).
fn page_params(params: &SearchParams) -> [(&'static str, String); 8] {
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    [
        ("q", params.q.clone()),
        ("category", text(&params.category)),
        ("municipality", text(&params.municipality)),
        ("target_group", text(&params.target_group)),
        ("language", text(&params.language)),
        ("situation", params.situation.map_or("", Situation::as_str).to_string()),
        ("open_now", if params.open_now { "1" } else { "" }.to_string()),
        ("offset", if params.offset == 0 { String::new() } else { params.offset.to_string() }),
    ]
}

/// The facets a person can filter by, in the order the page shows them.
#[derive(Clone, Copy, PartialEq)]
enum Facet {
    Category,
    Municipality,
    TargetGroup,
    Situation,
    Language,
}

impl Facet {
    const ALL: [Facet; 5] =
        [Facet::Category, Facet::Municipality, Facet::TargetGroup, Facet::Situation, Facet::Language];

    /// Its URL parameter (and CSS class suffix).
    fn param(self) -> &'static str {
        match self {
            Facet::Category => "category",
            Facet::Municipality => "municipality",
            Facet::TargetGroup => "target_group",
            Facet::Situation => "situation",
            Facet::Language => "language",
        }
    }

    fn heading(self) -> &'static str {
        match self {
            Facet::Category => "facet-category",
            Facet::Municipality => "facet-municipality",
            Facet::TargetGroup => "facet-target-group",
            Facet::Situation => "who-can-go",
            Facet::Language => "facet-language",
        }
    }

    /// The value chosen, as its URL parameter says it.
    fn chosen(self, params: &SearchParams) -> Option<String> {
        match self {
            Facet::Category => params.category.clone(),
            Facet::Municipality => params.municipality.clone(),
            Facet::TargetGroup => params.target_group.clone(),
            Facet::Situation => params.situation.map(|s| s.as_str().to_string()),
            Facet::Language => params.language.clone(),
        }
    }

    fn choose(self, params: &mut SearchParams, value: Option<&str>) {
        let value = value.map(str::to_string);
        match self {
            Facet::Category => params.category = value,
            Facet::Municipality => params.municipality = value,
            Facet::TargetGroup => params.target_group = value,
            Facet::Situation => params.situation = value.as_deref().and_then(Situation::parse),
            Facet::Language => params.language = value,
        }
    }

    fn values(self, facets: &Facets) -> Vec<FacetValue> {
        match self {
            Facet::Category => facets.category.clone(),
            Facet::Municipality => facets.municipality.clone(),
            Facet::TargetGroup => facets.target_group.clone(),
            Facet::Situation => facets.situation.clone(),
            Facet::Language => facets.language.clone(),
        }
    }

    /// The page with this facet set to `value` (or cleared), on the first page of results.
    fn link(self, links: Links, params: &SearchParams, value: Option<&str>) -> String {
        let mut changed = SearchParams { offset: 0, ..params.clone() };
        self.choose(&mut changed, value);
        page_url(links, &changed)
    }
}

/// Facet links: each keeps the query and the other filters; the active value links to its
/// removal. Facets with no values are left out.
#[component]
fn Filters(lang: Lang, params: SearchParams, facets: Facets) -> impl IntoView {
    let open_now = {
        let toggled = SearchParams { open_now: !params.open_now, offset: 0, ..params.clone() };
        let label = if params.open_now {
            t_args(lang, "filter-remove", &[("name", t(lang, "facet-open-now").into())])
        } else {
            t(lang, "facet-open-now")
        };
        view! {
            <ul class="facet facet-open_now">
                <li>
                    <a href=page_url(use_links(), &toggled) aria-current=params.open_now.then_some("page")>
                        <span>{label}</span>
                        <span class="count">{facet_count(lang, facets.open_now, facets.estimated)}</span>
                    </a>
                </li>
            </ul>
        }
    };
    let sections = Facet::ALL
        .into_iter()
        .filter_map(|facet| {
            let values = facet.values(&facets);
            let active = facet.chosen(&params);
            // Services that do not say who can go stay listed, after the others: say so.
            let hint =
                (facet == Facet::Situation).then(|| view! { <p class="hint">{t(lang, "situation-filter-hint")}</p> });
            (!values.is_empty() || active.is_some()).then(|| {
                let (links, others) = split_places(facet, values, active.as_deref());
                let others = (!others.is_empty())
                    .then(|| view! { <OtherPlaces lang params=params.clone() others estimated=facets.estimated/> });
                view! {
                    <h3>{t(lang, facet.heading())}</h3>
                    {hint}
                    {facet_links(lang, &params, facet, (links, facets.estimated), active)}
                    {others}
                }
            })
        })
        .collect_view();
    view! {
        <nav class="filters" aria-labelledby="filters-heading">
            <h2 id="filters-heading">{t(lang, "filters-heading")}</h2>
            {open_now}
            {sections}
        </nav>
    }
}

/// The comuni shown as links: the most frequent (facet values come by count), and the one
/// chosen.
const PLACE_LINKS: usize = 8;

/// Splits a facet's values into its links and, for the comuni past [`PLACE_LINKS`], the
/// others to pick from a list, by name. A national search finds services in 150 comuni:
/// as links they would be a wall on a kiosk screen, and a third of the page's weight.
fn split_places(facet: Facet, values: Vec<FacetValue>, active: Option<&str>) -> (Vec<FacetValue>, Vec<FacetValue>) {
    if facet != Facet::Municipality || values.len() <= PLACE_LINKS {
        return (values, Vec::new());
    }
    let (mut links, mut others) = (Vec::new(), Vec::new());
    for (rank, value) in values.into_iter().enumerate() {
        if rank < PLACE_LINKS || active == Some(value.value.as_str()) {
            links.push(value);
        } else {
            others.push(value);
        }
    }
    others.sort_by_cached_key(|v| v.label.to_lowercase());
    (links, others)
}

/// The other comuni as one list and a button: a plain GET form, so it works without
/// JavaScript and keeps the query and the other filters in hidden fields.
#[component]
fn OtherPlaces(lang: Lang, params: SearchParams, others: Vec<FacetValue>, estimated: bool) -> impl IntoView {
    let hidden = page_params(&params)
        .into_iter()
        .filter(|(name, value)| !value.is_empty() && !matches!(*name, "municipality" | "offset"))
        .map(|(name, value)| view! { <input type="hidden" name=name value=value/> })
        .collect_view();
    let options = others
        .into_iter()
        .map(|v| {
            let label = format!("{} ({})", v.label, facet_count(lang, v.count, estimated));
            view! { <option value=v.value>{label}</option> }
        })
        .collect_view();
    let links = use_links();
    view! {
        <div class="facet-more">
            <form method="GET" action=links.search_action()>
                {hidden}
                <KioskFields links/>
                <label for="other-places">{t(lang, "facet-municipality-other")}</label>
                <select id="other-places" name="municipality">{options}</select>
                <button type="submit">{t(lang, "filter-apply")}</button>
            </form>
        </div>
    }
}

fn facet_links(
    lang: Lang,
    params: &SearchParams,
    facet: Facet,
    (values, estimated): (Vec<FacetValue>, bool),
    active: Option<String>,
) -> impl IntoView {
    let all_current = active.is_none().then_some("page");
    view! {
        <ul class=format!("facet facet-{}", facet.param())>
            <li><a href=facet.link(use_links(), params, None) aria-current=all_current>{t(lang, "facet-all")}</a></li>
            {values
                .into_iter()
                .map(|v| {
                    let is_active = active.as_deref() == Some(v.value.as_str());
                    let href = facet.link(use_links(), params, (!is_active).then_some(v.value.as_str()));
                    let label = if is_active {
                        t_args(lang, "filter-remove", &[("name", v.label.as_str().into())])
                    } else {
                        v.label.clone()
                    };
                    view! {
                        <li>
                            <a href=href aria-current=is_active.then_some("page")>
                                <span>{label}</span>
                                <span class="count">{facet_count(lang, v.count, estimated)}</span>
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
    let links = use_links();
    let at = |offset: usize| page_url(links, &SearchParams { offset, ..params.clone() });
    (pages > 1).then(|| {
        let prev = (params.offset > 0).then(|| {
            view! { <a rel="prev" href=at(params.offset.saturating_sub(params.limit))>{t(lang, "pagination-previous")}</a> }
        });
        let next = (params.offset + params.limit < total).then(|| {
            view! { <a rel="next" href=at(params.offset + params.limit)>{t(lang, "pagination-next")}</a> }
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
