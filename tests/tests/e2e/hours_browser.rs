//! Hours as a person sees them in real headless Chromium: "open now" tapped with no words
//! typed lists what is open and leaves out what is closed today; a closed service and a
//! closed desk say so at the top of their hours, on screen and on the printed slip, in
//! every language (Arabic right to left); axe-core finds nothing serious.

use fantoccini::{Client, Locator};
use portineria_app::i18n::{t, t_args};
use portineria_app::lang::Lang;
use portineria_tests::browser::{axe_violations, browser, emulate_print, screenshot, script, text, wait_until};
use portineria_tests::{
    content_with_hours_exceptions, TestServer, ALWAYS_OPEN, CLOSED_DESK, CLOSED_TODAY, PATRON_TODAY,
};

async fn open(client: &Client, address: &str) {
    client.goto(address).await.expect("page");
    wait_until(client, "return document.readyState === 'complete'").await;
}

/// The service slugs the results list links, on this page and every next one (services
/// equal in rank come in index order, so a test's own may be on any page); the browser is
/// left on the last page.
async fn listed(client: &Client) -> Vec<String> {
    let mut all = Vec::new();
    loop {
        let slugs = script(
            client,
            "return [...document.querySelectorAll('.hit h2 a')].map(a => a.pathname.split('/').filter(Boolean).pop())",
        )
        .await;
        all.extend(slugs.as_array().into_iter().flatten().filter_map(|s| s.as_str().map(String::from)));
        let next = script(client, "const a = document.querySelector('a[rel=next]'); return a ? a.href : null").await;
        match next.as_str() {
            Some(next) => open(client, next).await,
            None => return all,
        }
    }
}

#[tokio::test]
async fn open_now_without_words_and_closed_today_in_every_language() {
    let content = content_with_hours_exceptions();
    let server = TestServer::start(content.path().to_path_buf());
    let client = browser(true).await;
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        // The search page with nothing typed, then one tap on "open now".
        open(&client, &format!("{}/{lang}/search", server.base)).await;
        let before = listed(&client).await;
        assert!(before.iter().any(|s| s == CLOSED_TODAY), "{lang}: everything is listed first");
        open(&client, &format!("{}/{lang}/search", server.base)).await;
        client.find(Locator::Css(".facet-open_now a")).await.expect("open now").click().await.expect("tap");
        wait_until(&client, "return location.search.includes('open_now=1') && document.readyState === 'complete'")
            .await;
        wait_until(&client, "return document.querySelectorAll('.hit').length > 0").await;
        if matches!(lang, Lang::It | Lang::Ar) {
            screenshot(&client, &format!("{lang}-search-open-now-no-words")).await;
        }
        let open_now = listed(&client).await;
        assert!(open_now.iter().any(|s| s == ALWAYS_OPEN), "{lang}: open now lists {open_now:?}");
        assert!(!open_now.iter().any(|s| s == CLOSED_TODAY || s == PATRON_TODAY), "{lang}: {open_now:?}");

        // A service closed today says so above its hours, with the door pictogram.
        open(&client, &format!("{}/{lang}/services/{CLOSED_TODAY}", server.base)).await;
        let closure = t(lang, "hours-closure");
        let expected =
            t_args(lang, "hours-closed-today", &[("reason", closure.into())]).replace(['\u{2068}', '\u{2069}'], "");
        assert_eq!(text(&client, ".closed-today").await.replace(['\u{2068}', '\u{2069}'], ""), expected, "{lang}");
        let icon =
            script(&client, "return document.querySelector('.closed-today svg').getBoundingClientRect().width").await;
        assert!(icon.as_f64().unwrap_or(0.0) >= 24.0, "{lang}: the pictogram is drawn");
        assert_eq!(script(&client, "return document.documentElement.dir").await.as_str(), Some(lang.dir()));
        problems.extend(axe_violations(&client).await.into_iter().map(|v| format!("service {lang}: {v}")));
        script(&client, "document.querySelector('.closed-today').scrollIntoView({block: 'center'}); return true").await;
        screenshot(&client, &format!("{lang}-service-closed-today")).await;

        // The printed slip carries it too.
        open(&client, &format!("{}/{lang}/services/{PATRON_TODAY}/print", server.base)).await;
        emulate_print(&client, true).await;
        let shown =
            script(&client, "const e = document.querySelector('.closed-today'); return !!e && e.offsetHeight > 0")
                .await;
        assert_eq!(shown.as_bool(), Some(true), "{lang}: the slip prints today's closure");
        emulate_print(&client, false).await;

        // The kiosk's desk, closed today.
        open(&client, &format!("{}/kiosk/{lang}/?desk={CLOSED_DESK}", server.base)).await;
        let desk = text(&client, ".desk-hours .closed-today").await.replace(['\u{2068}', '\u{2069}'], "");
        assert_eq!(desk, expected, "{lang}: the desk's own hours");
        problems.extend(axe_violations(&client).await.into_iter().map(|v| format!("kiosk {lang}: {v}")));
        if matches!(lang, Lang::Ar) {
            script(&client, "document.querySelector('.desk-hours').scrollIntoView(); return true").await;
            screenshot(&client, "ar-kiosk-desk-closed-today").await;
        }
    }
    client.close().await.expect("close");
    assert!(problems.is_empty(), "axe-core: {problems:#?}");
}
