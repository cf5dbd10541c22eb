//! The kiosk (`/kiosk…`): the same directory on a touch screen at a portineria. A language
//! screen, then large category tiles, search and slips to take home; links stay in the
//! kiosk, and an idle kiosk forgets everything (`/assets/desk.js`). The desk setting
//! (`?desk=`) puts the desk's district first and shows its hours and today's events.

use crate::components::frame::{use_lang, use_links};
use crate::components::search_box::SearchBox;
use crate::components::tiles::CategoryTiles;
use crate::components::urgent::{LegalLinks, UrgentHelp, URGENT_HELP_ID};
use crate::directory::{load_kiosk_frame, load_kiosk_home};
use crate::i18n::{t, t_args};
use crate::lang::Lang;
use crate::model::{Desk, KioskFrame};
use crate::pages::events::EventList;
use crate::pages::not_found::{NotFound, ServerError};
use crate::pages::service::HoursTable;
use crate::url::{DeskSlug, Links, Visit};
use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::{Html, Title};
use leptos_router::components::Outlet;
use leptos_router::hooks::{use_params_map, use_query_map};

/// The desk setting of the URL: a well-formed slug, or nothing (a malformed one is shown
/// as unknown by the frame, and not carried on).
fn desk_setting() -> (Option<DeskSlug>, Option<String>) {
    let raw = use_query_map().with_untracked(|q| q.get("desk")).filter(|d| !d.is_empty());
    (raw.as_deref().and_then(DeskSlug::new), raw)
}

/// `/kiosk`: the five languages as large buttons, each named in its own language and script.
#[component]
pub fn KioskStart() -> impl IntoView {
    let (desk, raw) = desk_setting();
    view! {
        <Html {..} lang="it" dir="ltr"/>
        <Title text="Portineria"/>
        <KioskShell links=Links::kiosk(Lang::It, desk) setting=raw start=true>
            <h1 class="kiosk-start-title">"Portineria"</h1>
            <ul class="kiosk-languages">
                {Lang::ALL.into_iter().map(|lang| view! {
                    <li lang=lang.code() dir=lang.dir()>
                        <a class="kiosk-language" href=Links::kiosk(lang, desk).home()>
                            <span class="kiosk-language-name">{t(lang, "language-name")}</span>
                            <span class="kiosk-language-hint">{t(lang, "kiosk-choose-language")}</span>
                        </a>
                    </li>
                }).collect_view()}
            </ul>
        </KioskShell>
    }
}

/// `/kiosk/{lang}/…`: the kiosk's frame around the directory's pages.
#[component]
pub fn KioskLayout() -> impl IntoView {
    let code = use_params_map().with_untracked(|p| p.get("lang"));
    let Some(lang) = code.as_deref().and_then(Lang::from_path_segment) else {
        return Either::Right(view! { <Html {..} lang="it" dir="ltr"/><NotFound/> });
    };
    let (desk, raw) = desk_setting();
    let visit = use_query_map().with_untracked(|q| q.get("visit")).as_deref().and_then(Visit::new);
    let links = Links::kiosk(lang, desk).in_visit(visit);
    provide_context(lang);
    provide_context(links);
    Either::Left(view! {
        <Html {..} lang=lang.code() dir=lang.dir()/>
        <KioskShell links setting=raw><Outlet/></KioskShell>
    })
}

/// The kiosk's chrome: home and language buttons, the desk's name, the "still there?"
/// dialog with the kiosk's timeouts, and the script that forgets an idle session. What
/// depends on the desk setting loads in its own suspense; the page itself (`children`) is
/// rendered once, outside any.
#[component]
fn KioskShell(
    links: Links,
    setting: Option<String>,
    /// The language screen: no home or language buttons, it is both.
    #[prop(optional)]
    start: bool,
    children: Children,
) -> impl IntoView {
    let lang = links.lang;
    let frame = Resource::new(move || setting.clone(), move |setting| load_kiosk_frame(lang, setting));
    let with_frame = move |show: fn(Lang, Links, KioskFrame) -> AnyView| {
        view! {
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move { frame.await.ok().map(|frame| show(lang, links, frame)) })}
            </Suspense>
        }
    };
    view! {
        <div class="kiosk" data-desk="" data-kiosk-start=links.kiosk_start()>
            <a class="skip-link" href="#main">{t(lang, "skip-to-content")}</a>
            <header class="kiosk-header">
                {(!start).then(|| view! {
                    <a class="kiosk-button" href=links.home()>
                        <span aria-hidden="true">"⌂"</span>" "{t(lang, "kiosk-home")}
                    </a>
                })}
                {with_frame(desk_name)}
                <a class="kiosk-button urgent" href=format!("#{URGENT_HELP_ID}")>
                    <span aria-hidden="true">"☎"</span>" "{t(lang, "urgent-heading")}
                </a>
                {(!start).then(|| view! {
                    <a class="kiosk-button" href=links.kiosk_start() hreflang="mul">
                        <span aria-hidden="true">"文A"</span>" "{t(lang, "kiosk-change-language")}
                    </a>
                })}
            </header>
            {with_frame(setting_notice)}
            <main id="main" tabindex="-1">{children()}</main>
            <footer class="kiosk-footer">
                <UrgentHelp lang/>
                <p>{t(lang, "kiosk-privacy")}</p>
                <LegalLinks lang links/>
            </footer>
            {with_frame(idle_dialog)}
            <script src="/assets/desk.js" defer></script>
        </div>
    }
}

fn desk_name(lang: Lang, _: Links, frame: KioskFrame) -> AnyView {
    frame
        .desk
        .map(|d| {
            let text_lang = crate::components::text::text_lang(&d.name, lang);
            let dir = crate::components::text::text_dir(&d.name, lang);
            view! { <span class="kiosk-desk" lang=text_lang dir=dir>{d.name.text}</span> }
        })
        .into_any()
}

/// A desk setting that names no desk, said for the staff (the kiosk shows every comune).
fn setting_notice(lang: Lang, _: Links, frame: KioskFrame) -> AnyView {
    frame
        .unknown_desk
        .map(|desk| {
            view! { <p class="kiosk-setting-notice" role="status">{t_args(lang, "kiosk-unknown-desk", &[("desk", desk.into())])}</p> }
        })
        .into_any()
}

/// "Still there?", shown by `/assets/desk.js` after the idle time; it reads the timeouts here.
fn idle_dialog(lang: Lang, links: Links, frame: KioskFrame) -> AnyView {
    let remaining = (frame.reset_seconds - frame.idle_seconds) as usize;
    view! {
        <dialog
            id="kiosk-idle"
            class="kiosk-dialog"
            aria-labelledby="kiosk-idle-title"
            data-kiosk-idle=frame.idle_seconds
            data-kiosk-reset=frame.reset_seconds
        >
            <h2 id="kiosk-idle-title">{t(lang, "kiosk-idle-title")}</h2>
            <p>{t_args(lang, "kiosk-idle-text", &[("seconds", remaining.into())])}</p>
            <form method="dialog">
                <button type="submit" class="kiosk-button" autofocus>{t(lang, "kiosk-idle-stay")}</button>
            </form>
            <a class="kiosk-button secondary" href=links.kiosk_start() data-forget="">{t(lang, "kiosk-idle-leave")}</a>
        </dialog>
    }
    .into_any()
}

/// `/kiosk/{lang}/`: search, the category tiles, the desk's hours and what is on.
#[component]
pub fn KioskHome() -> impl IntoView {
    let lang = use_lang();
    let links = use_links();
    let desk = links.desk().map(|d| d.as_str().to_string());
    let home = Resource::new(move || (lang, desk.clone()), |(lang, desk)| load_kiosk_home(lang, desk));
    view! {
        <Title text=format!("{} — {}", t(lang, "site-name"), t(lang, "kiosk-title"))/>
        <section class="hero kiosk-hero">
            <h1>{t(lang, "kiosk-welcome")}</h1>
            <SearchBox lang large=true/>
        </section>
        <Suspense fallback=move || view! { <p class="loading">{t(lang, "loading")}</p> }>
            {move || Suspend::new(async move {
                match home.await {
                    Ok(home) => Either::Left(view! {
                        <CategoryTiles categories=home.categories heading=t(lang, "kiosk-categories-heading")/>
                        <div class="kiosk-today">
                            {home.desk.map(|desk| view! { <DeskHours lang desk/> })}
                            <section aria-labelledby="today-heading">
                                <h2 id="today-heading">{t(lang, "events-today")}</h2>
                                <EventList lang events=home.events.today_events empty=t(lang, "events-none-today")/>
                                {(!home.events.upcoming.is_empty()).then(|| view! {
                                    <h3>{t(lang, "events-upcoming")}</h3>
                                    <EventList lang events=home.events.upcoming.into_iter().take(5).collect() empty=String::new()/>
                                })}
                                <p><a class="kiosk-button secondary" href=links.events()>{t(lang, "events-all")}</a></p>
                            </section>
                        </div>
                    }),
                    Err(_) => Either::Right(view! { <ServerError/> }),
                }
            })}
        </Suspense>
    }
}

/// The desk's own opening hours, when its deployment has set them.
#[component]
fn DeskHours(lang: Lang, desk: Desk) -> impl IntoView {
    view! {
        <section class="desk-hours" aria-labelledby="desk-hours-heading">
            <h2 id="desk-hours-heading">{t(lang, "kiosk-desk-hours")}</h2>
            <p><strong>{desk.name.text.clone()}</strong></p>
            {desk.address.clone().map(|a| view! { <p class="address"><bdi>{format!("{a} — {}", desk.municipality)}</bdi></p> })}
            <HoursTable lang hours=desk.hours.clone() note=desk.hours_note.clone() exceptions=desk.exceptions.clone()/>
        </section>
    }
}
