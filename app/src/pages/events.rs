//! `/{lang}/events` (and `/kiosk/{lang}/events`): what's on: courses, meetings and desk
//! days, today and later first, then those already over.

use crate::components::frame::{use_lang, use_links};
use crate::components::text::{text_dir, text_lang};
use crate::directory::load_events;
use crate::i18n::{format_partial_date, join, t, t_args};
use crate::lang::Lang;
use crate::model::{Audience, Event};
use crate::pages::not_found::ServerError;
use crate::url;
use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn EventsPage() -> impl IntoView {
    let lang = use_lang();
    let links = use_links();
    let desk = links.desk().map(|d| d.as_str().to_string());
    let events =
        Resource::new(move || (lang, desk.clone()), move |(lang, desk)| load_events(lang, links.is_kiosk(), desk));
    view! {
        <Title text=t(lang, "events-title")/>
        <h1>{t(lang, "events-title")}</h1>
        {(!links.is_kiosk()).then(|| view! {
            <p><a class="button secondary" href=url::events_calendar(lang) rel="external">{t(lang, "calendar-all")}</a></p>
        })}
        <Suspense fallback=move || view! { <p class="loading">{t(lang, "loading")}</p> }>
            {move || Suspend::new(async move {
                match events.await {
                    Ok(page) => Either::Left(view! {
                        <section aria-labelledby="events-today-heading">
                            <h2 id="events-today-heading">{t(lang, "events-today")}</h2>
                            <EventList lang events=page.today_events empty=t(lang, "events-none-today")/>
                        </section>
                        <section aria-labelledby="events-upcoming-heading">
                            <h2 id="events-upcoming-heading">{t(lang, "events-upcoming")}</h2>
                            <EventList lang events=page.upcoming empty=t(lang, "events-none-upcoming")/>
                        </section>
                        // A kiosk shows what is still to come; the public site keeps the record.
                        {(!links.is_kiosk()).then(|| view! {
                            <section aria-labelledby="events-past-heading">
                                <h2 id="events-past-heading">{t(lang, "events-past")}</h2>
                                <EventList lang events=page.past empty=t(lang, "events-none-past")/>
                            </section>
                        })}
                    }),
                    Err(_) => Either::Right(view! { <ServerError/> }),
                }
            })}
        </Suspense>
    }
}

/// When an event is: its day or month (to its end), and its hours.
fn when(lang: Lang, e: &Event) -> String {
    let mut when = format_partial_date(lang, &e.date);
    if let Some(end) = e.end_date.as_deref().filter(|end| *end != e.date) {
        when = t_args(lang, "event-span", &[("from", when.into()), ("to", format_partial_date(lang, end).into())]);
    }
    match (&e.time, &e.end_time) {
        (Some(from), Some(to)) => {
            let range = t_args(lang, "hours-range", &[("opens", from.as_str().into()), ("closes", to.as_str().into())]);
            format!("{when}, {range}")
        }
        (Some(from), None) => format!("{when}, {from}"),
        _ => when,
    }
}

/// Events as cards, or `empty` (if not empty) when there are none.
#[component]
pub fn EventList(lang: Lang, events: Vec<Event>, empty: String) -> impl IntoView {
    let kiosk = use_links().is_kiosk();
    if events.is_empty() {
        return Either::Left((!empty.is_empty()).then(|| view! { <p class="events-empty">{empty}</p> }));
    }
    Either::Right(view! {
        <ul class="events">
            {events.into_iter().map(|e| {
                let place = [e.place.as_ref().map(|p| p.text.clone()), e.address.clone(), e.municipality.clone()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>();
                view! {
                    <li class="event">
                        <p class="event-when"><bdi>{when(lang, &e)}</bdi></p>
                        <h3 lang=text_lang(&e.name, lang) dir=text_dir(&e.name, lang)>{e.name.text.clone()}</h3>
                        {(e.audience == Audience::Professionals).then(|| view! { <p class="badge">{t(lang, "event-for-professionals")}</p> })}
                        <p lang=text_lang(&e.description, lang) dir=text_dir(&e.description, lang)>{e.description.text.clone()}</p>
                        {(!place.is_empty()).then(|| view! { <p>{t(lang, "event-where")}": "<bdi>{place.join(" — ")}</bdi></p> })}
                        {(!e.languages.is_empty()).then(|| view! { <p>{t(lang, "event-languages")}": "{join(lang, &e.languages)}</p> })}
                        <p class="event-organization">{e.organization.name.clone()}</p>
                        {match e.calendar_qr.clone() {
                            Some(svg) => Either::Left(view! {
                                <figure class="event-qr">
                                    <div class="qr" aria-hidden="true" inner_html=svg></div>
                                    <figcaption>{t(lang, "calendar-qr-label")}</figcaption>
                                </figure>
                            }),
                            // A kiosk cannot keep a file: it shows the code or nothing.
                            None => Either::Right((!kiosk).then(|| view! {
                                <p><a href=url::event_calendar(lang, &e.slug) rel="external">{t(lang, "calendar-add")}</a></p>
                            })),
                        }}
                    </li>
                }
            }).collect_view()}
        </ul>
    })
}
