//! The mediator's desk (`/mediator…`): searching together with a family, Italian beside the
//! family's language, and a shortlist to print or open on a phone. The family's language
//! (`lang`) and the shortlist (`ids`) live in the URL only: the server keeps nothing of a
//! meeting, and "end of meeting" (`/assets/desk.js`) leaves no history behind.
//! The mediator's own controls are in Italian; what the family reads is in both languages.

use crate::components::feedback::Feedback;
use crate::components::print_button::PrintButton;
use crate::components::requirements::{Checklist, WhoCanGo};
use crate::components::text::{text_dir, text_lang, title_text, Line};
use crate::components::urgent::{LegalLinks, UrgentHelp};
use crate::directory::{load_home, load_screening, load_service, load_shortlist, run_search};
use crate::i18n::{results_count, t, t_args};
use crate::lang::Lang;
use crate::model::{RawSearch, Screening, SearchHit, ServiceDetail, Shortlist, MAX_SHORTLIST};
use crate::pages::not_found::{NotFound, ServerError};
use crate::pages::service::LocationCard;
use crate::requirements::Situation;
use crate::url::{self, Links};
use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::{Html, Title};
use leptos_router::hooks::{use_location, use_query_map};

/// The mediator's controls are in Italian, the language of the services' offices.
const DESK: Lang = Lang::It;

/// The meeting as the URL holds it: the family's language (if valid) and the shortlist.
#[derive(Clone, Debug, PartialEq)]
struct Meeting {
    family: Option<Lang>,
    /// `lang` was given but is not one of ours.
    bad_lang: bool,
    ids: Vec<String>,
}

impl Meeting {
    fn from_url() -> Self {
        let (lang, ids) = use_query_map().with_untracked(|q| (q.get("lang"), q.get("ids")));
        let family = lang.as_deref().and_then(Lang::from_path_segment);
        let ids = crate::model::parse_shortlist_ids(ids.as_deref().unwrap_or("")).0;
        Self { family, bad_lang: lang.is_some_and(|l| !l.is_empty()) && family.is_none(), ids }
    }

    fn id_refs(&self) -> Vec<&str> {
        self.ids.iter().map(String::as_str).collect()
    }

    fn link(&self, page: &str, family: Lang, extra: &[(&str, &str)]) -> String {
        url::mediator(page, family, &self.id_refs(), extra)
    }

    /// The same page with the shortlist changed by `change`.
    fn with_ids(&self, page: &str, family: Lang, change: impl FnOnce(&mut Vec<String>)) -> String {
        let mut ids = self.ids.clone();
        change(&mut ids);
        let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
        url::mediator(page, family, &refs, &[])
    }
}

/// The frame of every mediator page: navigation, "end of meeting", and the script that keeps
/// the browser's history empty.
#[component]
fn MediatorFrame(meeting: Meeting, children: Children) -> impl IntoView {
    let nav = meeting.family.map(|family| {
        let count = meeting.ids.len();
        view! {
            <nav class="mediator-nav" aria-label=t(DESK, "mediator-nav")>
                <a class="button secondary" href=meeting.link("", family, &[])>{t(DESK, "mediator-search")}</a>
                <a class="button secondary" href=meeting.link("screening", family, &[])>{t(DESK, "mediator-screening")}</a>
                <a class="button secondary" href=meeting.link("shortlist", family, &[])>
                    {t_args(DESK, "mediator-shortlist-count", &[("count", count.into())])}
                </a>
            </nav>
        }
    });
    view! {
        <Html {..} lang="it" dir="ltr"/>
        <div class="mediator" data-desk="">
            <a class="skip-link" href="#main">{t(DESK, "skip-to-content")}</a>
            <header class="site-header mediator-header">
                <a class="brand" href="/mediator">
                    <span class="brand-mark" aria-hidden="true">"P"</span>
                    <span class="brand-text">
                        <span class="brand-name">{t(DESK, "site-name")}</span>
                        <span class="brand-tagline">{t(DESK, "mediator-title")}</span>
                    </span>
                </a>
                {nav}
                <a class="button end-meeting" href="/mediator" data-forget="">{t(DESK, "mediator-end")}</a>
            </header>
            <main id="main" tabindex="-1">{children()}</main>
            <footer class="site-footer">
                <UrgentHelp lang=DESK/>
                <p>{t(DESK, "mediator-privacy")}</p>
                <LegalLinks lang=DESK links=Links::public(DESK)/>
            </footer>
            <script src="/assets/desk.js" defer></script>
        </div>
    }
}

/// A message in Italian and, after a slash, in the family's language (unless that is
/// Italian too). One span, so a flex container (a button) keeps the spaces around the slash.
#[component]
fn Both(family: Lang, key: &'static str) -> impl IntoView {
    let translated = (family != DESK).then(|| {
        view! { " / "<span lang=family.code() dir=family.dir()>{t(family, key)}</span> }
    });
    view! { <span>{t(DESK, key)}{translated}</span> }
}

/// A mediator page before the family's language is known: the frame and the choice.
fn language_first(meeting: Meeting, page: &'static str) -> impl IntoView {
    view! { <MediatorFrame meeting=meeting.clone()><ChooseLanguage meeting page/></MediatorFrame> }
}

/// The five languages to choose the family's from.
#[component]
fn ChooseLanguage(meeting: Meeting, page: &'static str) -> impl IntoView {
    let notice =
        meeting.bad_lang.then(|| view! { <p class="error" role="alert">{t(DESK, "mediator-bad-language")}</p> });
    view! {
        <Title text=t(DESK, "mediator-choose-language")/>
        <h1>{t(DESK, "mediator-choose-language")}</h1>
        {notice}
        <ul class="kiosk-languages">
            {Lang::ALL.into_iter().map(|lang| view! {
                <li lang=lang.code() dir=lang.dir()>
                    <a class="kiosk-language" href=meeting.link(page, lang, &[])>
                        <span class="kiosk-language-name">{t(lang, "language-name")}</span>
                    </a>
                </li>
            }).collect_view()}
        </ul>
    }
}

/// Two columns, Italian and the family's language, laid out alike (the second one right to
/// left for Arabic).
#[component]
fn SideBySide(family: Lang, italian: AnyView, translated: AnyView) -> impl IntoView {
    // An Italian-speaking family needs the Italian column only.
    let translated =
        (family != DESK).then(|| view! { <div class="column" lang=family.code() dir=family.dir()>{translated}</div> });
    view! {
        <div class="side-by-side" class:single=family == DESK>
            <div class="column" lang="it" dir="ltr">{italian}</div>
            {translated}
        </div>
    }
}

/// `/mediator?lang=&ids=`: search and categories, once the family's language is chosen.
#[component]
pub fn MediatorHome() -> impl IntoView {
    let meeting = Meeting::from_url();
    let Some(family) = meeting.family else {
        return Either::Left(language_first(meeting, ""));
    };
    let home = Resource::new(move || family, load_home);
    let ids = meeting.ids.join(",");
    Either::Right(view! {
        <Title text=t(DESK, "mediator-title")/>
        <MediatorFrame meeting=meeting.clone()>
            <h1>{t(DESK, "mediator-title")}" — "<span lang=family.code()>{t(family, "language-name")}</span></h1>
            <MediatorSearchForm family ids=ids.clone() query=String::new() situation=None/>
            <Suspense fallback=|| ()>
                {move || {
                    let meeting = meeting.clone();
                    Suspend::new(async move {
                        let Ok(home) = home.await else { return Either::Right(view! { <ServerError/> }) };
                        Either::Left(view! {
                            <h2>{t(DESK, "categories-heading")}</h2>
                            <ul class="tiles">
                                {home.categories.into_iter().map(|c| view! {
                                    <li><a class="tile" href=meeting.link("search", family, &[("category", &c.slug)])>
                                        <span class="tile-name" lang=family.code() dir=family.dir()>{c.name}</span>
                                    </a></li>
                                }).collect_view()}
                            </ul>
                        })
                    })
                }}
            </Suspense>
        </MediatorFrame>
    })
}

/// The search, with the family's legal situation: services that take people in it come
/// first, then those that do not say (marked), never hidden.
#[component]
fn MediatorSearchForm(family: Lang, ids: String, query: String, situation: Option<Situation>) -> impl IntoView {
    view! {
        <form method="get" action="/mediator/search" class="search-box" role="search">
            <input type="hidden" name="lang" value=family.code()/>
            <input type="hidden" name="ids" value=ids/>
            <label for="mq">{t(DESK, "search-label")}</label>
            <div class="search-row">
                <input id="mq" name="q" type="search" value=query maxlength="500" autocomplete="off"/>
                <button type="submit">{t(DESK, "search-button")}</button>
            </div>
            <p class="form-row situation-row">
                <label for="msituation">{t(DESK, "who-can-go")}</label>
                <select id="msituation" name="situation" aria-describedby="msituation-hint">
                    <option value="" selected=situation.is_none()>{t(DESK, "situation-filter-any")}</option>
                    {Situation::ALL.into_iter().map(|s| view! {
                        <option value=s.as_str() selected=situation == Some(s)>{t(DESK, &s.message())}</option>
                    }).collect_view()}
                </select>
                <span class="hint" id="msituation-hint">{t(DESK, "situation-filter-hint")}</span>
            </p>
        </form>
    }
}

/// `/mediator/search?lang=&ids=&q=&category=&situation=`: results side by side, each with "add".
#[component]
pub fn MediatorSearch() -> impl IntoView {
    let meeting = Meeting::from_url();
    let Some(family) = meeting.family else {
        return Either::Left(language_first(meeting, "search"));
    };
    let raw = use_query_map().with_untracked(|q| RawSearch {
        q: q.get("q"),
        category: q.get("category"),
        situation: q.get("situation"),
        offset: q.get("offset"),
        ..RawSearch::default()
    });
    let query = raw.q.clone().unwrap_or_default();
    let situation = raw.situation.as_deref().and_then(Situation::parse);
    let italian = Resource::new(
        {
            let raw = raw.clone();
            move || raw.clone()
        },
        |raw| run_search(Lang::It, raw),
    );
    let translated = Resource::new(move || raw.clone(), move |raw| run_search(family, raw));
    let ids = meeting.ids.join(",");
    Either::Right(view! {
        <Title text=t(DESK, "results-title")/>
        <MediatorFrame meeting=meeting.clone()>
            <h1>{t(DESK, "results-title")}</h1>
            <MediatorSearchForm family ids query situation/>
            <Suspense fallback=|| ()>
                {move || {
                    let meeting = meeting.clone();
                    Suspend::new(async move {
                        match (italian.await, translated.await) {
                            (Ok(Ok(it)), Ok(Ok(tr))) => Either::Left(view! {
                                <p role="status">{results_count(DESK, it.total, it.total_relation)}</p>
                                <ol class="results mediator-results">
                                    {it.hits.into_iter().filter_map(|hit_it| {
                                        // Both searches rank alike (a query matches every language); pair by id anyway.
                                        let hit_tr = tr.hits.iter().find(|h| h.id == hit_it.id)?.clone();
                                        Some(view! { <li><HitPair meeting=meeting.clone() family hit_it hit_tr/></li> })
                                    }).collect_view()}
                                </ol>
                            }),
                            (Ok(Err(error)), _) | (_, Ok(Err(error))) => Either::Right(Either::Left(view! {
                                <p class="error" role="alert">{error.message(DESK)}</p>
                            })),
                            _ => Either::Right(Either::Right(view! { <ServerError/> })),
                        }
                    })
                }}
            </Suspense>
        </MediatorFrame>
    })
}

/// One result in both languages, with the link that adds it to (or shows it on) the shortlist.
#[component]
fn HitPair(meeting: Meeting, family: Lang, hit_it: SearchHit, hit_tr: SearchHit) -> impl IntoView {
    let card = |lang: Lang, hit: SearchHit| {
        view! {
            <h2>{hit.name}</h2>
            <p class="result-meta">{hit.organization}{(!hit.municipalities.is_empty()).then(|| format!(" — {}", hit.municipalities.join(", ")))}</p>
            <p>{hit.summary}</p>
            <WhoCanGo lang stated=hit.who_can_go/>
        }
        .into_any()
    };
    let details = meeting.link(&format!("services/{}", url::encode(&hit_it.id)), family, &[]);
    let add = add_or_listed(&meeting, family, &hit_it.id);
    view! {
        <article class="pair">
            <SideBySide family italian=card(Lang::It, hit_it) translated=card(family, hit_tr)/>
            <p class="shortlist-actions">
                <a class="button secondary" href=details>{t(DESK, "mediator-details")}</a>
                {add}
            </p>
        </article>
    }
}

/// "Add to the shortlist", or why not: already on it, or the list is full.
fn add_or_listed(meeting: &Meeting, family: Lang, id: &str) -> AnyView {
    if meeting.ids.iter().any(|listed| listed == id) {
        view! { <span class="listed">{t(DESK, "mediator-on-shortlist")}</span> }.into_any()
    } else if meeting.ids.len() >= MAX_SHORTLIST {
        view! { <span class="listed">{t(DESK, "mediator-shortlist-full")}</span> }.into_any()
    } else {
        let href = meeting.with_ids("shortlist", family, |ids| ids.push(id.to_string()));
        view! { <a class="button" href=href>{t(DESK, "mediator-add")}</a> }.into_any()
    }
}

/// `/mediator/services/{slug}?lang=&ids=`: one service side by side, to read together
/// before adding it.
#[component]
pub fn MediatorService() -> impl IntoView {
    let meeting = Meeting::from_url();
    let slug = leptos_router::hooks::use_params_map().with_untracked(|p| p.get("slug").unwrap_or_default());
    let Some(family) = meeting.family else {
        return Either::Left(language_first(meeting, "search"));
    };
    let italian = Resource::new(
        {
            let slug = slug.clone();
            move || slug.clone()
        },
        |slug| load_service(Lang::It, slug),
    );
    let translated = Resource::new(move || slug.clone(), move |slug| load_service(family, slug));
    Either::Right(view! {
        <MediatorFrame meeting=meeting.clone()>
            <Suspense fallback=|| ()>
                {move || {
                    let meeting = meeting.clone();
                    Suspend::new(async move {
                        match (italian.await, translated.await) {
                            (Ok(Some(it)), Ok(Some(tr))) => {
                                let add = add_or_listed(&meeting, family, &it.id);
                                let id = it.id.clone();
                                Either::Left(view! {
                                    <Title text=title_text(it.name.text.clone())/>
                                    <article class="pair">
                                        <SideBySide family italian=details(Lang::It, it) translated=details(family, tr)/>
                                        <p class="shortlist-actions">{add}</p>
                                        <Feedback lang=DESK id about=family/>
                                    </article>
                                })
                            }
                            (Ok(None), _) | (_, Ok(None)) => Either::Right(Either::Left(view! { <NotFound/> })),
                            _ => Either::Right(Either::Right(view! { <ServerError/> })),
                        }
                    })
                }}
            </Suspense>
        </MediatorFrame>
    })
}

/// `/mediator/shortlist?lang=&ids=`: the chosen services side by side, to reorder, print,
/// or open on a phone from the QR code.
#[component]
pub fn MediatorShortlist() -> impl IntoView {
    let meeting = Meeting::from_url();
    let raw_ids = use_query_map().with_untracked(|q| q.get("ids").unwrap_or_default());
    let Some(family) = meeting.family else {
        return Either::Left(language_first(meeting, "shortlist"));
    };
    let list = Resource::new(move || raw_ids.clone(), move |ids| load_shortlist(family, ids));
    Either::Right(view! {
        <Title text=t(DESK, "mediator-shortlist")/>
        <MediatorFrame meeting=meeting.clone()>
            <div class="shortlist-head">
                <h1><Both family key="mediator-shortlist"/></h1>
                <PrintButton class="button"><Both family key="slip-print"/></PrintButton>
            </div>
            <Suspense fallback=|| ()>
                {move || {
                    let meeting = meeting.clone();
                    Suspend::new(async move {
                        match list.await {
                            Ok(list) => Either::Left(view! { <ShortlistView meeting family list/> }),
                            Err(_) => Either::Right(view! { <ServerError/> }),
                        }
                    })
                }}
            </Suspense>
        </MediatorFrame>
    })
}

#[component]
fn ShortlistView(meeting: Meeting, family: Lang, list: Shortlist) -> impl IntoView {
    let said = |count: u32, message: String| (count > 0).then_some(message);
    let args = |count: u32| [("count", (count as usize).into()), ("max", MAX_SHORTLIST.into())];
    let problems: Vec<String> = [
        said(list.unknown, t_args(DESK, "shortlist-unknown", &args(list.unknown))),
        said(list.repeated, t_args(DESK, "shortlist-repeated", &args(list.repeated))),
        said(list.over_limit, t_args(DESK, "shortlist-over-limit", &args(list.over_limit))),
    ]
    .into_iter()
    .flatten()
    .collect();
    let problems = (!problems.is_empty()).then(|| view! {
        <div class="notice-ended" role="status">{problems.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}</div>
    });
    if list.entries.is_empty() {
        return Either::Left(view! {
            {problems}
            <p class="events-empty"><Both family key="shortlist-empty"/></p>
        });
    }
    // Reorder and remove act on the ids the page shows, so a bad id in the URL is dropped.
    let shown: Vec<String> = list.entries.iter().map(|e| e.italian.id.clone()).collect();
    let meeting = Meeting { ids: shown.clone(), ..meeting };
    let last = shown.len() - 1;
    Either::Right(view! {
        {problems}
        <ol class="shortlist">
            {list.entries.into_iter().enumerate().map(|(i, entry)| {
                let up = (i > 0).then(|| meeting.with_ids("shortlist", family, |ids| ids.swap(i, i - 1)));
                let down = (i < last).then(|| meeting.with_ids("shortlist", family, |ids| ids.swap(i, i + 1)));
                let remove = meeting.with_ids("shortlist", family, |ids| { ids.remove(i); });
                let name = entry.italian.name.text.clone();
                view! {
                    <li class="pair">
                        <SideBySide family italian=details(Lang::It, entry.italian) translated=details(family, entry.family)/>
                        <p class="shortlist-actions no-print">
                            {up.map(|href| view! { <a class="button secondary" href=href aria-label=t_args(DESK, "shortlist-up", &[("name", name.as_str().into())])>"↑"</a> })}
                            {down.map(|href| view! { <a class="button secondary" href=href aria-label=t_args(DESK, "shortlist-down", &[("name", name.as_str().into())])>"↓"</a> })}
                            <a class="button secondary" href=remove>{t_args(DESK, "shortlist-remove", &[("name", name.as_str().into())])}</a>
                        </p>
                    </li>
                }
            }).collect_view()}
        </ol>
        <figure class="slip-qr shortlist-qr">
            <div class="qr" role="img" aria-label=t(family, "shortlist-qr-label") inner_html=list.qr_svg></div>
            <figcaption>
                <Both family key="shortlist-qr-label"/>
                <br/><bdi class="qr-url">{list.page_url}</bdi>
            </figcaption>
        </figure>
    })
}

/// A service's essentials for the family, in one language: the same layout in each column.
fn details(lang: Lang, s: ServiceDetail) -> AnyView {
    view! {
        <h2 lang=text_lang(&s.name, lang) dir=text_dir(&s.name, lang)>{s.name.text.clone()}</h2>
        {s.in_short.clone().map(|text| view! { <Line text lang class="in-short"/> })}
        <p class="result-meta">{s.organization.name.clone()}</p>
        <Line text=s.summary.clone() lang/>
        {s.how_to_access.clone().map(|h| view! { <h3>{t(lang, "service-how")}</h3><Line text=h lang/> })}
        <WhoCanGo lang stated=s.who_can_go.clone()/>
        {(!s.required_documents.is_empty() || !s.documents.is_empty()).then(|| view! {
            <h3>{t(lang, "service-documents")}</h3>
            <Checklist lang kinds=s.required_documents.clone() others=s.documents.clone()/>
        })}
        {s.locations.iter().cloned().map(|l| view! { <LocationCard lang location=l/> }).collect_view()}
        {(!s.phones.is_empty()).then(|| view! {
            <p>{t(lang, "service-phone")}": "{s.phones.iter().map(|p| view! { <bdi>{p.number.clone()}</bdi>" " }).collect_view()}</p>
        })}
    }
    .into_any()
}

/// `/mediator/screening?lang=&ids=&question=answer…`: the questionnaire, both languages, and
/// the services the answers suggest.
#[component]
pub fn MediatorScreening() -> impl IntoView {
    let meeting = Meeting::from_url();
    let Some(family) = meeting.family else {
        return Either::Left(language_first(meeting, "screening"));
    };
    let query = use_location().search.get_untracked();
    let screening = Resource::new(move || query.clone(), move |query| load_screening(family, query));
    Either::Right(view! {
        <Title text=t(DESK, "mediator-screening")/>
        <MediatorFrame meeting=meeting.clone()>
            <h1><Both family key="mediator-screening"/></h1>
            <p>{t(DESK, "screening-intro")}</p>
            <Suspense fallback=|| ()>
                {move || {
                    let meeting = meeting.clone();
                    Suspend::new(async move {
                        match screening.await {
                            Ok(screening) => Either::Left(view! { <ScreeningView meeting family screening/> }),
                            Err(_) => Either::Right(view! { <ServerError/> }),
                        }
                    })
                }}
            </Suspense>
        </MediatorFrame>
    })
}

#[component]
fn ScreeningView(meeting: Meeting, family: Lang, screening: Screening) -> impl IntoView {
    let chosen = screening.chosen.clone();
    let is_chosen = move |q: &str, a: &str| chosen.iter().any(|(cq, ca)| cq == q && ca == a);
    let ignored = (screening.ignored > 0).then(|| view! {
        <p class="error" role="alert">{t_args(DESK, "screening-ignored", &[("count", (screening.ignored as usize).into())])}</p>
    });
    let answered = !screening.chosen.is_empty();
    let suggestions = answered.then(|| {
        let all: Vec<String> = screening.suggestions.iter().map(|s| s.id.clone()).collect();
        let add_all = meeting.with_ids("shortlist", family, |ids| {
            for id in all {
                if !ids.contains(&id) && ids.len() < MAX_SHORTLIST {
                    ids.push(id);
                }
            }
        });
        view! {
            <section class="suggestions-found" aria-labelledby="suggested-heading">
                <h2 id="suggested-heading">{t(DESK, "screening-suggestions")}</h2>
                {if screening.suggestions.is_empty() {
                    Either::Left(view! { <p>{t(DESK, "screening-no-suggestions")}</p> })
                } else {
                    Either::Right(view! {
                        <ol class="results">
                            {screening.suggestions.into_iter().map(|s| {
                                let add = add_or_listed(&meeting, family, &s.id);
                                view! {
                                    <li class="pair">
                                        <SideBySide family
                                            italian=view! { <h3>{s.italian_name.clone()}</h3><p class="result-meta">{s.organization.clone()}</p> }.into_any()
                                            translated=view! { <h3 lang=text_lang(&s.name, family) dir=text_dir(&s.name, family)>{s.name.text.clone()}</h3><p>{s.needs.join(" · ")}</p> }.into_any()
                                        />
                                        <p class="shortlist-actions">{add}</p>
                                    </li>
                                }
                            }).collect_view()}
                        </ol>
                        <p><a class="button" href=add_all>{t(DESK, "screening-add-all")}</a></p>
                    })
                }}
            </section>
        }
    });
    view! {
        {ignored}
        {suggestions}
        <form method="get" action="/mediator/screening" class="screening">
            <input type="hidden" name="lang" value=family.code()/>
            <input type="hidden" name="ids" value=meeting.ids.join(",")/>
            {screening.areas.into_iter().map(|area| view! {
                <fieldset class="screening-area">
                    <legend>{area.italian.clone()}" / "<span lang=text_lang(&area.title, family) dir=text_dir(&area.title, family)>{area.title.text.clone()}</span></legend>
                    {area.questions.into_iter().map(|q| {
                        let kind = if q.multiple { "checkbox" } else { "radio" };
                        let is_chosen = is_chosen.clone();
                        view! {
                            <fieldset class="screening-question">
                                <legend>
                                    <span>{q.italian.clone()}</span>
                                    <span class="translated" lang=text_lang(&q.text, family) dir=text_dir(&q.text, family)>{q.text.text.clone()}</span>
                                </legend>
                                {q.answers.into_iter().map(|a| {
                                    let id = format!("{}-{}", q.slug, a.slug);
                                    view! {
                                        <div class="choice">
                                            <input type=kind id=id.clone() name=q.slug.clone() value=a.slug.clone() checked=is_chosen(&q.slug, &a.slug)/>
                                            <label for=id>
                                                <span>{a.italian.clone()}</span>
                                                <span class="translated" lang=text_lang(&a.text, family) dir=text_dir(&a.text, family)>{a.text.text.clone()}</span>
                                            </label>
                                        </div>
                                    }
                                }).collect_view()}
                            </fieldset>
                        }
                    }).collect_view()}
                </fieldset>
            }).collect_view()}
            <p><button type="submit" class="button">{t(DESK, "screening-submit")}</button></p>
        </form>
    }
}
