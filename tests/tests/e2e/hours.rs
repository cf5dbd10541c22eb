//! Hours as they really are: a partner's closure, a public holiday or the patron saint close
//! a place for the day on every page (public, kiosk, slip, the desk's own hours), in the API
//! and in "open now", which works without words; the admin edits the exceptions, two
//! editors at once included.

use portineria::content::holidays::national;
use portineria_app::closed::Holiday;
use portineria_app::i18n::{format_partial_date, t, t_args};
use portineria_app::lang::Lang;
use portineria_tests::admin::{account, entry_form_of, field, form_fields, publish_then_page_at, set, Agent};
use portineria_tests::{
    content_with_hours_exceptions, escaped, http, page_at, repo_root, TestServer, ALWAYS_OPEN, CLOSED_DESK,
    CLOSED_TODAY, PATRON_TODAY,
};
use std::sync::LazyLock;

static FIXTURE: LazyLock<(TestServer, tempfile::TempDir)> = LazyLock::new(|| {
    let content = content_with_hours_exceptions();
    (TestServer::start(content.path().to_path_buf()), content)
});

fn base() -> &'static str {
    &FIXTURE.0.base
}

/// Today's holiday in Provalandia: its patron saint, unless today is a national holiday.
fn patron_or_national() -> Holiday {
    national(portineria::period::today()).unwrap_or(Holiday::PatronSaint)
}

fn closed_today(lang: Lang, reason: &str) -> String {
    escaped(&t_args(lang, "hours-closed-today", &[("reason", reason.into())]))
}

async fn json(path: &str) -> serde_json::Value {
    let response = http().get(format!("{}{path}", base())).send().await.expect("answer");
    assert_eq!(response.status().as_u16(), 200, "{path}");
    response.json().await.expect("json")
}

/// The slugs of the services a results page links, in order.
fn linked_services(html: &str, lang: Lang) -> Vec<String> {
    let prefix = format!("href=\"/{lang}/services/");
    html.match_indices(&prefix)
        .map(|(i, _)| html[i + prefix.len()..].chars().take_while(|c| *c != '"' && *c != '?').collect())
        .collect()
}

#[tokio::test]
async fn a_closure_or_a_holiday_today_shows_on_every_page_in_every_language() {
    base(); // the fixture first: it may wait for midnight
    let today = portineria::period::today().format("%Y-%m-%d").to_string();
    for lang in Lang::ALL {
        let closure = t(lang, "hours-closure");
        let holiday = t(lang, &patron_or_national().message());
        for path in [
            format!("/{lang}/services/{CLOSED_TODAY}"),
            format!("/{lang}/services/{CLOSED_TODAY}/print"),
            format!("/kiosk/{lang}/services/{CLOSED_TODAY}"),
        ] {
            let (status, html) = page_at(base(), &path).await;
            assert_eq!(status, 200, "{path}");
            assert!(html.contains(&closed_today(lang, &closure)), "{path}: closed today");
            assert!(html.contains(&escaped(&t(lang, "hours-closures"))), "{path}: the closures to come");
            let from = format_partial_date(lang, &today);
            assert!(html.contains(&escaped(&from)), "{path}: the closure's first day, {from}");
        }
        let (_, html) = page_at(base(), &format!("/{lang}/services/{PATRON_TODAY}")).await;
        assert!(html.contains(&closed_today(lang, &holiday)), "{lang}: the holiday named");
        assert!(html.contains(&escaped(&t(lang, "hours-holidays-closed"))), "{lang}: closed on holidays");
        let (_, html) = page_at(base(), &format!("/{lang}/services/{ALWAYS_OPEN}")).await;
        assert!(html.contains(&escaped(&t(lang, "hours-holidays-open"))), "{lang}: open on holidays");
        assert!(!html.contains("closed-today"), "{lang}: no closure today");
        if lang == Lang::Ar {
            assert!(html.contains("dir=\"rtl\""));
        }
    }
}

#[tokio::test]
async fn the_api_says_why_a_location_is_closed_today() {
    base(); // the fixture first: it may wait for midnight
    let today = portineria::period::today().format("%Y-%m-%d").to_string();
    let closed = json(&format!("/api/v1/services/{CLOSED_TODAY}?lang=it")).await;
    let location = &closed["locations"][0];
    assert_eq!(location["closed_today"]["reason"], "closure");
    assert_eq!(location["closures"][0]["from"], today.as_str());
    assert_eq!(location["closures"][0]["reason"], "closure");
    assert_eq!(location["open_on_holidays"], false);
    let patron = json(&format!("/api/v1/services/{PATRON_TODAY}?lang=ar")).await;
    assert_eq!(patron["locations"][0]["closed_today"]["reason"], "holiday");
    assert_eq!(patron["locations"][0]["closed_today"]["holiday"], patron_or_national().as_str());
    let open = json(&format!("/api/v1/services/{ALWAYS_OPEN}?lang=zh")).await;
    assert!(open["locations"][0]["closed_today"].is_null());
    assert_eq!(open["locations"][0]["open_on_holidays"], true);
}

#[tokio::test]
async fn open_now_without_words_lists_what_is_open_and_nothing_closed_today() {
    let found = json("/api/v1/search?q=&lang=it&open_now=1&limit=100").await;
    let slugs: Vec<&str> = found["hits"].as_array().expect("hits").iter().filter_map(|h| h["id"].as_str()).collect();
    assert!(slugs.contains(&ALWAYS_OPEN), "open every day, holidays too: {slugs:?}");
    assert!(!slugs.contains(&CLOSED_TODAY) && !slugs.contains(&PATRON_TODAY), "closed today: {slugs:?}");
    assert_eq!(found["total"].as_u64(), Some(slugs.len() as u64));
    let everything = json("/api/v1/search?q=&lang=it").await;
    assert_eq!(everything["open_now"], found["total"], "the count beside the filter is what it finds");
    for lang in Lang::ALL {
        let (status, html) = page_at(base(), &format!("/{lang}/search?open_now=1")).await;
        assert_eq!(status, 200);
        let linked = linked_services(&html, lang);
        assert!(linked.iter().any(|s| s == ALWAYS_OPEN), "{lang}: {linked:?}");
        assert!(!linked.iter().any(|s| s == CLOSED_TODAY || s == PATRON_TODAY), "{lang}: {linked:?}");
        let (_, kiosk) = page_at(base(), &format!("/kiosk/{lang}/search?open_now=1")).await;
        assert!(kiosk.contains(&format!("/kiosk/{lang}/services/{ALWAYS_OPEN}")), "{lang}: the kiosk too");
        assert!(!kiosk.contains(&format!("/kiosk/{lang}/services/{CLOSED_TODAY}")), "{lang}: kiosk");
    }
}

#[tokio::test]
async fn the_kiosk_shows_its_desk_closed_today() {
    for lang in Lang::ALL {
        let (status, html) = page_at(base(), &format!("/kiosk/{lang}/?desk={CLOSED_DESK}")).await;
        assert_eq!(status, 200);
        assert!(html.contains(&escaped(&t(lang, "kiosk-desk-hours"))), "{lang}: the desk's hours");
        assert!(html.contains(&closed_today(lang, &t(lang, "hours-closure"))), "{lang}: closed today");
    }
}

const ORG: &str = "roma-capitale";
const ANNA: (&str, &str) = ("anna@roma.example", "le fontane di piazza navona cantano");
const BRUNO: (&str, &str) = ("bruno@roma.example", "il tevere scorre lento verso il mare");

fn location_path(key: &str) -> String {
    format!("/admin/orgs/{ORG}/locations/{key}")
}

/// The closures and the holiday flag of a location in the organisation's draft.
async fn drafted(server: &TestServer, key: &str) -> (Vec<String>, bool) {
    let db = portineria::db::Database::open(&server.database_url).await.expect("database");
    let row = db.document(ORG).await.expect("read").expect("organisation");
    db.close().await;
    let doc = row.draft.unwrap_or(row.published);
    let location = doc.locations.iter().find(|l| l.key == key).expect("location");
    (location.closures.iter().map(|c| c.to_string()).collect(), location.open_on_holidays)
}

#[tokio::test]
async fn an_editor_sets_closures_and_holidays_and_a_bad_line_loses_nothing() {
    let server = TestServer::start(repo_root().join("content"));
    account(&server.database_url, ANNA.0, "editor", ANNA.1, &[ORG]).await;
    let anna = Agent::logged_in(&server.base, ANNA).await;
    let path = location_path("via-assisi");
    let today = portineria::period::today();
    let span = format!("{}/{}", today.format("%Y-%m-%d"), (today + chrono::Duration::days(4)).format("%Y-%m-%d"));

    let mut fields = entry_form_of(&anna, &path).await;
    set(&mut fields, "closures", &format!("{span}\n31 agosto"));
    set(&mut fields, "open_on_holidays", "on");
    let refused = anna.post(&path, &fields).await;
    assert_eq!(refused.status.as_u16(), 422);
    assert!(refused.body.contains(&escaped(&t(Lang::It, "admin-error-closure"))));
    let kept = form_fields(&refused.body, &path);
    assert_eq!(field(&kept, "closures"), format!("{span}\n31 agosto"), "what was typed stays");
    assert_eq!(field(&kept, "open_on_holidays"), "on");
    assert_eq!(drafted(&server, "via-assisi").await, (vec![], false), "nothing saved");

    set(&mut fields, "closures", &format!("{span}\n2030-12-24"));
    set(&mut fields, "action", "draft");
    let saved = anna.post(&path, &fields).await;
    assert_eq!(saved.status.as_u16(), 303, "{}", saved.body);
    assert_eq!(drafted(&server, "via-assisi").await, (vec![span.clone(), "2030-12-24".into()], true));
    let form = entry_form_of(&anna, &path).await;
    assert_eq!(field(&form, "closures"), format!("{span}\n2030-12-24"), "the form shows what was saved");

    let html = publish_then_page_at(&server, &anna, ORG, "via-assisi").await;
    assert!(html.contains(&closed_today(Lang::It, &t(Lang::It, "hours-closure"))), "published: closed today");
    assert!(html.contains(&escaped(&t(Lang::It, "hours-holidays-open"))), "published: opens on holidays");
    assert!(!html.contains("2030"), "a closure years away is not listed yet");
}

/// Two editors of one organisation save the closures of two different locations at the
/// same instant, 20 times: both saves are acknowledged and both are in the draft.
#[tokio::test]
async fn two_editors_saving_closures_of_two_locations_at_once_keep_both() {
    let server = TestServer::start(repo_root().join("content"));
    account(&server.database_url, ANNA.0, "editor", ANNA.1, &[ORG]).await;
    account(&server.database_url, BRUNO.0, "editor", BRUNO.1, &[ORG]).await;
    let (anna, bruno) = (Agent::logged_in(&server.base, ANNA).await, Agent::logged_in(&server.base, BRUNO).await);
    let (a_path, b_path) = (location_path("via-assisi"), location_path("ufficio-detenuti"));
    for round in 0..20 {
        let (a_day, b_day) = (format!("2031-01-{:02}", round + 1), format!("2031-02-{:02}", round + 1));
        let (mut a_form, mut b_form) = tokio::join!(entry_form_of(&anna, &a_path), entry_form_of(&bruno, &b_path));
        set(&mut a_form, "closures", &a_day);
        set(&mut b_form, "closures", &b_day);
        set(&mut b_form, "open_on_holidays", if round % 2 == 0 { "on" } else { "" });
        let (a, b) = tokio::join!(anna.post(&a_path, &a_form), bruno.post(&b_path, &b_form));
        assert_eq!((a.status.as_u16(), b.status.as_u16()), (303, 303), "round {round}: both acknowledged");
        assert_eq!(drafted(&server, "via-assisi").await.0, vec![a_day], "round {round}: Anna's closure kept");
        assert_eq!(drafted(&server, "ufficio-detenuti").await, (vec![b_day], round % 2 == 0), "round {round}: Bruno's");
    }
}
