//! The kiosk, the mediator's pages and "what's on", as a browser without JavaScript gets
//! them: every language, the desk setting, and bad input (unknown desks and languages,
//! forged shortlists and answers) answered with a message, never an error.

use portineria_app::i18n::{t, t_args};
use portineria_app::lang::Lang;
use portineria_app::model::MAX_SHORTLIST;
use portineria_tests::{content, content_with_desk_and_event_today, escaped, http, page, page_at, url, TestServer};
use std::sync::LazyLock;

/// A server whose content has a desk with hours and an event today (the seeds have neither).
static FIXTURE: LazyLock<(TestServer, tempfile::TempDir)> = LazyLock::new(|| {
    let content = content_with_desk_and_event_today();
    (TestServer::start(content.path().to_path_buf()), content)
});

fn fixture() -> &'static str {
    &FIXTURE.0.base
}

/// The service slugs in the order a results page links them.
fn result_order(html: &str, prefix: &str) -> Vec<String> {
    html.match_indices(prefix)
        .map(|(i, _)| html[i + prefix.len()..].chars().take_while(|c| *c != '"' && *c != '?').collect::<String>())
        .filter(|slug| !slug.is_empty() && !slug.contains('/'))
        .fold(Vec::new(), |mut order, slug| {
            if !order.contains(&slug) {
                order.push(slug);
            }
            order
        })
}

#[tokio::test]
async fn kiosk_language_screen_names_each_language_in_its_own_script() {
    let response = http().get(url("/kiosk")).send().await.expect("answer");
    assert_eq!(response.status().as_u16(), 200);
    assert!(response.headers().get("set-cookie").is_none(), "the kiosk sets no cookie");
    let html = response.text().await.expect("body");
    for lang in Lang::ALL {
        assert!(html.contains(&format!("href=\"/kiosk/{lang}/\"")), "{lang}: button");
        assert!(html.contains(&escaped(&t(lang, "language-name"))), "{lang}: its own name");
        assert!(html.contains(&escaped(&t(lang, "kiosk-choose-language"))), "{lang}: its own caption");
        assert!(
            html.contains(&format!("<li lang=\"{lang}\" dir=\"{}\"", lang.dir())),
            "{lang}: marked up in its language"
        );
    }
    assert!(html.contains("data-kiosk-idle=\"60\"") && html.contains("data-kiosk-reset=\"90\""), "default timeouts");
    assert!(html.contains("src=\"/assets/desk.js\""), "the forgetting script");
    let script = http().get(url("/assets/desk.js")).send().await.expect("script");
    assert_eq!(script.status().as_u16(), 200);
}

#[tokio::test]
async fn kiosk_pages_in_every_language_keep_their_links_in_the_kiosk() {
    for lang in Lang::ALL {
        // Arriving without a visit, the kiosk gives one (and no cookie).
        let arrival = http().get(url(&format!("/kiosk/{lang}/"))).send().await.expect("answer");
        assert_eq!(arrival.status().as_u16(), 303, "{lang}: a visit first");
        assert!(arrival.headers().get("set-cookie").is_none(), "{lang}: no cookie");
        let visit = arrival.headers().get("location").and_then(|l| l.to_str().ok()).unwrap_or_default().to_string();
        let response = http().get(url(&visit)).send().await.expect("answer");
        assert_eq!(response.status().as_u16(), 200, "{lang}: kiosk home");
        assert!(response.headers().get("set-cookie").is_none(), "{lang}: no cookie");
        let html = response.text().await.expect("body");
        assert!(html.contains(&format!("<html lang=\"{lang}\" dir=\"{}\"", lang.dir())), "{lang}: html lang/dir");
        assert!(html.contains(&escaped(&t(lang, "kiosk-welcome"))), "{lang}: welcome");
        assert!(html.contains(&format!("action=\"/kiosk/{lang}/search\"")), "{lang}: search stays in the kiosk");
        assert!(html.contains(&format!("href=\"/kiosk/{lang}/search?category=legal&amp;visit=")), "{lang}: tiles");
        assert!(html.contains(&escaped(&t(lang, "kiosk-idle-title"))), "{lang}: the idle question");
        assert!(html.contains(&escaped(&t(lang, "events-none-today"))), "{lang}: nothing on today");

        let (status, html) = page(&format!("/kiosk/{lang}/search?q=permesso")).await;
        assert_eq!(status, 200);
        let services = result_order(&html, &format!("href=\"/kiosk/{lang}/services/"));
        assert!(!services.is_empty(), "{lang}: results link into the kiosk");
        assert!(!html.contains(&format!("href=\"/{lang}/services/")), "{lang}: no link leaves the kiosk");

        let (status, html) = page(&format!("/kiosk/{lang}/services/{}", services[0])).await;
        assert_eq!(status, 200);
        assert!(html.contains(&format!("href=\"/kiosk/{lang}/services/{}/print?visit=", services[0])), "{lang}: slip");
        let (status, html) = page(&format!("/kiosk/{lang}/services/{}/print", services[0])).await;
        assert_eq!(status, 200);
        assert!(
            html.contains(&format!("/{lang}/services/{}</bdi>", services[0])),
            "{lang}: the QR opens the public page"
        );
        let (status, html) = page(&format!("/kiosk/{lang}/events")).await;
        assert_eq!(status, 200);
        assert!(!html.contains(&escaped(&t(lang, "events-past"))), "{lang}: a kiosk shows what is to come");
    }
    let (status, _) = page("/kiosk/xx/").await;
    assert_eq!(status, 404);
    let (status, _) = page("/kiosk/it/no-such-page").await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn a_kiosk_at_a_desk_puts_its_district_first_and_shows_its_hours_and_today() {
    let today = portineria::period::today().format("%Y-%m-%d").to_string();
    let (status, html) = page_at(fixture(), "/kiosk/ar/?desk=prova").await;
    assert_eq!(status, 200);
    assert!(html.contains("Portineria di prova (ar)"), "the desk's name");
    assert!(html.contains("09:30") && html.contains(&escaped(&t(Lang::Ar, "weekday-2"))), "the desk's hours");
    assert!(html.contains("Corso di prova di oggi (ar)"), "today's event");
    assert!(
        html.contains("href=\"/kiosk/ar/search?category=legal&amp;desk=prova&amp;visit="),
        "links keep the desk and the visit"
    );
    assert!(html.contains("data-kiosk-start=\"/kiosk?desk=prova\""), "a reset keeps the desk");
    assert!(html.contains("name=\"desk\" value=\"prova\""), "the search keeps the desk");

    let district = ["Piossasco", "Orbassano"];
    let local: Vec<String> = content()
        .organizations
        .iter()
        .flat_map(|(_, _, f)| f.services.iter())
        .filter(|s| s.municipalities.iter().any(|m| district.contains(&m.as_str())))
        .map(|s| s.slug.clone())
        .collect();
    let (_, plain) = page_at(fixture(), "/kiosk/it/search").await;
    let (_, at_desk) = page_at(fixture(), "/kiosk/it/search?desk=prova").await;
    let plain = result_order(&plain, "href=\"/kiosk/it/services/");
    let at_desk = result_order(&at_desk, "href=\"/kiosk/it/services/");
    assert!(!local.contains(&plain[0]), "without a desk, another comune comes first: {plain:?}");
    let first_other = at_desk.iter().position(|s| !local.contains(s)).expect("other comuni too");
    assert!(first_other > 0 && at_desk[first_other..].iter().all(|s| !local.contains(s)), "local first: {at_desk:?}");

    let (_, events) = page_at(fixture(), "/it/events").await;
    let today_section = &events[..events.find(&escaped(&t(Lang::It, "events-upcoming"))).expect("upcoming")];
    assert!(today_section.contains("Corso di prova di oggi"), "today's event is under today on {today}");
}

#[tokio::test]
async fn an_unknown_desk_setting_is_said_and_every_comune_shown() {
    for path in ["/kiosk?desk=nowhere", "/kiosk/ro/?desk=nowhere", "/kiosk/ro/?desk=%3Cscript%3E"] {
        let (status, html) = page(path).await;
        assert_eq!(status, 200, "{path}");
        let lang = if path.contains("/ro/") { Lang::Ro } else { Lang::It };
        let shown = if path.contains("script") { "<script>" } else { "nowhere" };
        let notice = t_args(lang, "kiosk-unknown-desk", &[("desk", shown.into())]);
        assert!(html.contains(&escaped(&notice)), "{path}: notice");
        // A well-formed setting stays on every page (so the notice does), showing every comune;
        // a malformed one is not carried on at all.
        assert_eq!(html.contains("desk=nowhere"), shown == "nowhere", "{path}: carried as set");
        assert!(shown == "nowhere" || !html.contains(&notice), "{path}: the setting is shown as text");
    }
}

#[tokio::test]
async fn whats_on_in_every_language() {
    for lang in Lang::ALL {
        let (status, html) = page(&format!("/{lang}/events")).await;
        assert_eq!(status, 200);
        assert!(html.contains(&escaped(&t(lang, "events-title"))), "{lang}: title");
        for (_, _, file) in content().organizations {
            for event in &file.events {
                let name = event.name.get(lang).expect("translated");
                assert!(html.contains(&escaped(name)), "{lang}: event {}", event.slug);
            }
        }
        assert!(html.contains(&escaped(&t(lang, "event-for-professionals"))), "{lang}: audience said");
        let (_, home) = page(&format!("/{lang}/")).await;
        assert!(home.contains(&format!("href=\"/{lang}/events\"")), "{lang}: the home page links what's on");
    }
}

#[tokio::test]
async fn mediator_results_side_by_side_in_italian_and_the_family_language() {
    let (status, html) = page("/mediator").await;
    assert_eq!(status, 200);
    for lang in Lang::ALL {
        assert!(html.contains(&format!("href=\"/mediator?lang={lang}\"")), "choose {lang}");
    }
    for lang in Lang::ALL {
        let response =
            http().get(url(&format!("/mediator/search?lang={lang}&q=permesso"))).send().await.expect("answer");
        assert_eq!(response.status().as_u16(), 200);
        assert!(response.headers().get("set-cookie").is_none(), "no cookie");
        let html = response.text().await.expect("body");
        let columns: Vec<&str> =
            html.match_indices("class=\"column\"").map(|(i, _)| &html[html[..i].rfind('<').unwrap_or(0)..i]).collect();
        assert!(columns.len() >= 2, "{lang}: columns");
        assert_eq!(columns[0], "<div lang=\"it\" dir=\"ltr\" ", "{lang}: Italian column first");
        if lang == Lang::It {
            assert!(html.contains("class=\"side-by-side single\""), "an Italian family needs one column");
        } else {
            let family = format!("<div lang=\"{lang}\" dir=\"{}\" ", lang.dir());
            assert_eq!(columns[1], family, "{lang}: family column");
        }
        let added = result_order(&html, &format!("href=\"/mediator/shortlist?lang={lang}&amp;ids="));
        assert!(!added.is_empty(), "{lang}: add links");
    }
}

#[tokio::test]
async fn a_shortlist_in_both_languages_with_a_qr_code_and_safe_ids() {
    let services: Vec<(String, String, String)> = content()
        .organizations
        .iter()
        .flat_map(|(_, _, f)| f.services.iter())
        .take(2)
        .map(|s| (s.slug.clone(), s.name.get(Lang::It).unwrap().to_string(), s.name.get(Lang::Ar).unwrap().to_string()))
        .collect();
    let ids = format!("{},{}", services[0].0, services[1].0);
    let (status, html) = page(&format!("/mediator/shortlist?lang=ar&ids={ids}")).await;
    assert_eq!(status, 200);
    for (_, italian, arabic) in &services {
        assert!(html.contains(&escaped(italian)) && html.contains(&escaped(arabic)), "both languages");
    }
    assert!(html.contains("<svg"), "QR code");
    assert!(
        html.contains(&format!("/mediator/shortlist?lang=ar&amp;ids={}</bdi>", ids.replace(',', "%2C"))),
        "its address"
    );
    let swapped = format!("{}%2C{}", services[1].0, services[0].0);
    assert!(html.contains(&format!("href=\"/mediator/shortlist?lang=ar&amp;ids={swapped}\"")), "reorder");

    let many: Vec<String> = (0..1000).map(|i| format!("no-such-{i}")).collect();
    let bad = format!("{},{},nope,%3Cx%3E,{}", services[0].0, services[0].0, many.join(","));
    let (status, html) = page(&format!("/mediator/shortlist?lang=ar&ids={bad}")).await;
    assert_eq!(status, 200, "a forged shortlist is a page with messages");
    assert!(html.contains(&escaped(&services[0].1)), "the real entry is kept");
    let repeated = t_args(Lang::It, "shortlist-repeated", &[("count", 1.into()), ("max", MAX_SHORTLIST.into())]);
    assert!(html.contains(&escaped(&repeated)), "repeated said");
    assert!(html.contains("shortlist") && html.contains(&escaped(&t(Lang::It, "mediator-shortlist"))));
    let (status, html) = page("/mediator/shortlist?lang=ar&ids=").await;
    assert_eq!(status, 200);
    assert!(html.contains(&escaped(&t(Lang::It, "shortlist-empty"))));
    let (status, html) = page("/mediator/shortlist?lang=xx&ids=a").await;
    assert_eq!(status, 200);
    assert!(html.contains(&escaped(&t(Lang::It, "mediator-bad-language"))), "an unknown language is said");
}

#[tokio::test]
async fn the_screening_suggests_services_and_refuses_forged_answers() {
    for lang in Lang::ALL {
        let (status, html) = page(&format!("/mediator/screening?lang={lang}")).await;
        assert_eq!(status, 200);
        for slug in
            ["documents", "housing", "work", "health", "school", "language", "legal", "reunification", "detention"]
        {
            assert!(
                html.contains(&format!(
                    "id=\"{}",
                    match slug {
                        "documents" => "permit-",
                        "housing" => "housing-need-",
                        "work" => "job-",
                        "health" => "doctor-",
                        "school" => "enrolment-",
                        "language" => "italian-",
                        "legal" => "legal-help-",
                        "reunification" => "family-reunification-",
                        _ => "detention-support-",
                    }
                )),
                "{lang}: area {slug}"
            );
        }
        assert!(!html.contains(&escaped(&t(Lang::It, "screening-suggestions"))), "{lang}: no answers, no suggestions");
    }
    let (status, html) = page("/mediator/screening?lang=ar&permit=expiring&housing-need=must-leave").await;
    assert_eq!(status, 200);
    assert!(html.contains(&escaped(&t(Lang::It, "screening-suggestions"))));
    let suggested = result_order(&html, "href=\"/mediator/shortlist?lang=ar&amp;ids=");
    assert!(!suggested.is_empty(), "services suggested");
    assert!(html.contains("value=\"expiring\" checked"), "answers kept in the form");

    let (status, html) =
        page("/mediator/screening?lang=ar&permit=%3Cscript%3E&nope=1&permit=expiring&permit=how-to-get").await;
    assert_eq!(status, 200);
    let ignored = t_args(Lang::It, "screening-ignored", &[("count", 3.into())]);
    assert!(html.contains(&escaped(&ignored)), "forged answers are said: {ignored}");
}
