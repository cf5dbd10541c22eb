//! `/{lang}/services/{slug}`: everything a family needs to go to a service.

use crate::closed::{ClosedDays, Exceptions};
use crate::components::feedback::Feedback;
use crate::components::frame::use_links;
use crate::components::listen::Listen;
use crate::components::requirements::{Checklist, WhoCanGo};
use crate::components::text::{
    text_dir, text_lang, title_text, Contact, Isolated, Line, OutdatedNote, Paragraphs, TranslationNotice,
};
use crate::directory::load_service;
use crate::i18n::{format_partial_date, join, t, t_args};
use crate::lang::Lang;
use crate::model::{AccessMode, Location, OpeningHours, ServiceDetail, ServiceStatus, Text};
use crate::pages::loaded::detail_page;
use crate::pages::summaries::{ProgrammeStatusBadge, ServiceStatusBadge};
use crate::url;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn ServicePage() -> impl IntoView {
    detail_page(load_service, |lang, service| view! { <ServiceView lang service/> })
}

fn access_key(mode: AccessMode) -> &'static str {
    match mode {
        AccessMode::WalkIn => "access-walk-in",
        AccessMode::Appointment => "access-appointment",
        AccessMode::Referral => "access-referral",
    }
}

/// A titled section, left out entirely when it has nothing to say.
/// Type-erased, so the detail page's view type stays small enough for the compiler.
fn section<V: IntoView + 'static>(title: String, body: Option<V>) -> AnyView {
    body.map(|body| view! { <section class="detail-section"><h2>{title}</h2>{body}</section> }).into_any()
}

#[component]
fn ServiceView(lang: Lang, service: ServiceDetail) -> impl IntoView {
    let s = service;
    let who = {
        let groups = join(lang, &s.target_groups.iter().map(|g| g.name.clone()).collect::<Vec<_>>());
        let eligibility = s.eligibility.clone();
        view! {
            {(!groups.is_empty()).then(|| view! { <p class="target-groups">{groups}</p> })}
            <WhoCanGo lang stated=s.who_can_go.clone()/>
            {eligibility.map(|e| view! { <h3>{t(lang, "service-eligibility")}</h3><Paragraphs text=e lang/> })}
        }
    };
    let how = (s.access.is_some() || s.how_to_access.is_some()).then(|| {
        let access = s.access.map(|a| view! { <p class="access"><strong>{t(lang, access_key(a))}</strong></p> });
        let how = s.how_to_access.clone().map(|h| view! { <Paragraphs text=h lang/> });
        view! { {access}{how} }
    });
    let documents = (!s.required_documents.is_empty() || !s.documents.is_empty()).then(|| {
        view! { <Checklist lang kinds=s.required_documents.clone() others=s.documents.clone()/> }
    });
    let cost = s.cost.clone().map(|c| view! { <Paragraphs text=c lang/> });
    let where_ = (!s.locations.is_empty() || !s.municipalities.is_empty() || s.district.is_some()).then(|| {
        let municipalities = join(lang, &s.municipalities);
        view! {
            {s.locations.iter().cloned().map(|l| view! { <LocationCard lang location=l/> }).collect_view()}
            {(!municipalities.is_empty()).then(|| view! {
                <p><strong>{t(lang, "service-municipalities")}": "</strong>{municipalities}</p>
            })}
            {s.district.clone().map(|district| view! { <District lang district/> })}
        }
    });
    let contacts = (!s.phones.is_empty() || s.email.is_some() || s.website.is_some()).then(|| {
        view! {
            <ul class="contacts">
                {s.phones.iter().map(|p| {
                    let label = p.label.as_ref().map(|l| view! { <Isolated text=l.text.clone()/>" " });
                    view! {
                        <li>
                            {t(lang, "service-phone")}": "{label}
                            <Contact
                                href=url::tel(&p.number)
                                text=p.number.clone()
                                label=t_args(lang, "phone-call", &[("number", p.number.as_str().into())])
                            />
                        </li>
                    }
                }).collect_view()}
                {s.email.clone().map(|e| view! {
                    <li>{t(lang, "service-email")}": "<Contact href=format!("mailto:{e}") text=e.clone()/></li>
                })}
                {s.website.clone().map(|w| view! {
                    <li>{t(lang, "service-website")}": "<Contact href=w.clone() text=w.clone()/></li>
                })}
            </ul>
        }
    });
    let languages = (!s.languages.is_empty()).then(|| {
        let names = s
            .languages
            .iter()
            .map(|code| Lang::from_code(code).map_or_else(|| code.clone(), |l| t(l, "language-name")))
            .collect::<Vec<_>>();
        let names = join(lang, &names);
        view! { <p>{names}</p> }
    });
    let verified = match &s.last_verified {
        Some(date) => t_args(lang, "service-last-verified", &[("date", format_partial_date(lang, date).into())]),
        None => t(lang, "service-not-verified"),
    };
    let categories = s
        .categories
        .iter()
        .map(|c| {
            view! { <li><a href=use_links().search(&[("category", &c.slug)])>{c.name.clone()}</a></li> }
        })
        .collect_view();
    let ended = s.status == ServiceStatus::Ended;
    // On a kiosk the feedback sits above the fold (a button hard to find is never pressed);
    // elsewhere at the end, after what it is about.
    let kiosk = use_links().is_kiosk();
    let feedback = view! { <Feedback lang id=s.id.clone() about=lang/> }.into_any();
    let (feedback_top, feedback_end) = if kiosk { (Some(feedback), None) } else { (None, Some(feedback)) };
    // A kiosk says it once, in the plain words of "in short"; the page gives both.
    let lead = (!kiosk || s.in_short.is_none()).then(|| view! { <Line text=s.summary.clone() lang class="lead"/> });
    view! {
        <Title text=title_text(s.name.text.clone())/>
        <article class="service-detail">
            <header class="detail-header">
                <h1 lang=text_lang(&s.name, lang) dir=text_dir(&s.name, lang)>{s.name.text.clone()}</h1>
                <OutdatedNote text=s.name.clone() lang/>
                {s.in_short.clone().map(|text| view! { <Line text lang class="in-short"/> })}
                <ServiceStatusBadge lang status=s.status/>
                {lead}
                <ul class="chips">{categories}</ul>
                <TranslationNotice status=s.translation lang/>
                {feedback_top}
                {s.read_aloud.then(|| view! { <Listen lang id=s.id.clone()/> })}
                {ended.then(|| view! { <p class="notice-ended" role="note">{t(lang, "service-ended-notice")}</p> })}
            </header>
            {section(t(lang, "service-what"), Some(view! { <Paragraphs text=s.description.clone() lang/> }))}
            {section(t(lang, "service-who"), Some(who))}
            {section(t(lang, "service-how"), how)}
            {section(t(lang, "service-documents"), documents)}
            {section(t(lang, "service-cost"), cost)}
            {section(t(lang, "service-where"), where_)}
            {section(t(lang, "service-contacts"), contacts)}
            {section(t(lang, "service-languages"), languages)}
            <section class="detail-section">
                <h2>{t(lang, "service-organization")}</h2>
                <p><a href=use_links().organization(&s.organization.slug)>{s.organization.name.clone()}</a></p>
                {s.programme.clone().map(|p| view! {
                    <h3>{t(lang, "service-programme")}</h3>
                    <p>
                        <a href=use_links().programme(&p.slug)>{p.name.clone()}</a>" "
                        <ProgrammeStatusBadge lang status=p.status/>
                    </p>
                })}
            </section>
            <p class="verified">{verified}</p>
            <p class="take-home">
                <a class="button" href=use_links().service_slip(&s.id, false)>{t(lang, "slip-take-home")}</a>
            </p>
            {feedback_end}
        </article>
    }
}

/// The district a service or programme covers, with what a district is in plain words.
#[component]
pub fn District(lang: Lang, district: String) -> impl IntoView {
    view! {
        <p class="district">
            <strong>{t(lang, "district-label")}": "</strong><bdi lang="it" dir="ltr">{district}</bdi>
            <br/><span class="hint">{t(lang, "district-hint")}</span>
        </p>
    }
}

/// A location with its address and weekly hours (also on the printed slip).
#[component]
pub fn LocationCard(lang: Lang, location: Location) -> impl IntoView {
    view! {
        <div class="location">
            {location.name.clone().map(|n| view! { <p class="location-name" lang=text_lang(&n, lang) dir=text_dir(&n, lang)><strong>{n.text.clone()}</strong></p> })}
            <p class="address"><bdi>{location.address.clone().map_or_else(|| location.municipality.clone(), |a| format!("{a} — {}", location.municipality))}</bdi></p>
            {location.coordinates.map(|point| view! {
                <p class="map-links">
                    <a class="button secondary" href=point.geo_uri()><MapPin/>{t(lang, "map-open")}</a>
                    <a class="button secondary" href=point.osm_url() rel="noopener">{t(lang, "map-osm")}</a>
                </p>
            })}
            <h3>{t(lang, "service-hours")}</h3>
            <HoursTable lang hours=location.hours.clone() note=location.hours_note.clone() exceptions=location.exceptions.clone()/>
        </div>
    }
}

/// Weekly opening hours, Monday first, with the note the week cannot say and the
/// exceptions: closed today, holidays, the closures to come.
#[component]
pub fn HoursTable(lang: Lang, hours: Vec<OpeningHours>, note: Option<Text>, exceptions: Exceptions) -> impl IntoView {
    let mut hours = hours;
    hours.sort_by(|a, b| (a.weekday, &a.opens).cmp(&(b.weekday, &b.opens)));
    let closures = (!exceptions.upcoming.is_empty()).then(|| {
        view! {
            <p class="closures-heading"><strong>{t(lang, "hours-closures")}</strong></p>
            <ul class="closures">
                {exceptions.upcoming.iter().map(|c| view! {
                    <li><bdi>{closed_days(lang, c)}</bdi>" — "{c.reason.words(lang)}</li>
                }).collect_view()}
            </ul>
        }
    });
    let closed_today = exceptions.today.map(|reason| {
        view! {
            <p class="closed-today" role="note">
                <ClosedIcon/>
                <strong>{reason.closed_today(lang)}</strong>
            </p>
        }
    });
    if hours.is_empty() && note.is_none() {
        return view! { {closed_today}<p>{t(lang, "hours-not-given")}</p>{closures} }.into_any();
    }
    let holidays = (!hours.is_empty()).then(|| {
        let key = if exceptions.open_on_holidays { "hours-holidays-open" } else { "hours-holidays-closed" };
        view! { <p class="hours-holidays">{t(lang, key)}</p> }
    });
    view! {
        {closed_today}
        <table class="hours">
            <tbody>
                {hours.into_iter().map(|h| {
                    let range = t_args(lang, "hours-range", &[("opens", h.opens.as_str().into()), ("closes", h.closes.as_str().into())]);
                    view! {
                        <tr>
                            <th scope="row">{t(lang, &format!("weekday-{}", h.weekday))}</th>
                            <td><bdi>{range}</bdi>{h.appointment_only.then(|| format!(" ({})", t(lang, "hours-appointment")))}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        {holidays}
        {note.map(|n| view! { <p class="hours-note" lang=text_lang(&n, lang) dir=text_dir(&n, lang)>{n.text.clone()}</p> })}
        {closures}
    }
    .into_any()
}

/// "8 dicembre 2026", or "dal 10 agosto 2026 al 21 agosto 2026".
fn closed_days(lang: Lang, days: &ClosedDays) -> String {
    if days.from == days.to {
        format_partial_date(lang, &days.from)
    } else {
        let (from, to) = (format_partial_date(lang, &days.from), format_partial_date(lang, &days.to));
        t_args(lang, "hours-days", &[("from", from.into()), ("to", to.into())])
    }
}

/// A map pin, beside the link that opens the place in the phone's map.
#[component]
fn MapPin() -> impl IntoView {
    view! {
        <svg class="map-pin" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <path d="M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7z" fill="none" stroke="currentColor" stroke-width="2"/>
            <circle cx="12" cy="9" r="2.5" fill="currentColor"/>
        </svg>
    }
}

/// A closed door, drawn beside "closed today" so it reads without words.
#[component]
fn ClosedIcon() -> impl IntoView {
    view! {
        <svg class="closed-icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
            <rect x="5" y="2" width="14" height="20" rx="1" fill="none" stroke="currentColor" stroke-width="2"/>
            <circle cx="15" cy="12" r="1.5" fill="currentColor"/>
            <path d="M3 21 L21 3" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/>
        </svg>
    }
}
