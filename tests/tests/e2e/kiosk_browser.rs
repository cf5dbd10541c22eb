//! What the kiosk's idle reset promises, in real headless Chromium: every kind of activity
//! (keys, scrolling, typing, as a touch) postpones it; answering "still there?" restarts the
//! count; and from any page (a service, a slip), with or without a desk, in every language, it
//! goes back to the language screen with the browser's storage cleared. Also: urgent help is
//! one tap from the kiosk's home.

use fantoccini::key::Key;
use fantoccini::{Client, Locator};
use portineria_app::lang::Lang;
use portineria_tests::browser::{browser, press, screenshot, script, wait_until};
use portineria_tests::{repo_root, TestServer};
use std::time::{Duration, Instant};

const SERVICE: &str = "san-donato-regolarizzazione-giuridica";

async fn open(client: &Client, address: &str) {
    client.goto(address).await.expect("page");
    wait_until(client, "return document.readyState === 'complete'").await;
}

async fn dialog_open(client: &Client) -> bool {
    script(client, "return document.getElementById('kiosk-idle').open").await == true
}

async fn path(client: &Client) -> String {
    script(client, "return location.pathname + location.search").await.as_str().unwrap_or_default().to_string()
}

/// Does `act` once a second for five seconds (idle is three): the kiosk must neither ask
/// nor reset.
async fn keeps_the_page(client: &Client, what: &str, act: impl AsyncFn(&Client)) {
    let here = path(client).await;
    for _ in 0..5 {
        tokio::time::sleep(Duration::from_secs(1)).await;
        act(client).await;
    }
    assert!(!dialog_open(client).await, "{what}: no \"still there?\" while someone is using it");
    assert_eq!(path(client).await, here, "{what}: the page stays");
}

#[tokio::test]
async fn keys_scrolling_and_typing_postpone_the_reset_and_answering_restarts_it() {
    let server = TestServer::start_with(repo_root().join("content"), |config| {
        config.kiosk_idle_seconds = 3;
        config.kiosk_reset_seconds = 6;
    });
    let client = browser(true).await;
    open(&client, &format!("{}/kiosk/ro/search?q=casa", server.base)).await;
    script(&client, "document.documentElement.style.minHeight = '400vh'; return true").await;
    keeps_the_page(&client, "keys", async |c| press(c, Key::Tab).await).await;
    keeps_the_page(&client, "scrolling", async |c| {
        script(c, "window.scrollBy(0, 120); return true").await;
    })
    .await;
    let input = client.find(Locator::Css("input[name=q]")).await.expect("search box");
    input.click().await.expect("focus");
    keeps_the_page(&client, "typing", async |c| {
        c.active_element().await.expect("focused").send_keys("a").await.expect("type");
    })
    .await;

    // Left alone, it asks; answered, the count starts again from the answer.
    wait_until(&client, "return document.getElementById('kiosk-idle').open").await;
    client.find(Locator::Css("#kiosk-idle button")).await.expect("button").click().await.expect("answer");
    let answered = Instant::now();
    assert!(!dialog_open(&client).await);
    // Past the moment the first count would have reset (3 s after it asked)…
    tokio::time::sleep(Duration::from_millis(4_000)).await;
    assert!(path(&client).await.starts_with("/kiosk/ro/search"), "the answer restarted the count");
    assert!(dialog_open(&client).await, "…and it asks again after the idle time");
    wait_until(&client, "return location.pathname === '/kiosk' && document.readyState === 'complete'").await;
    let reset_after = answered.elapsed();
    assert!(reset_after >= Duration::from_millis(5_500), "reset {reset_after:?} after the answer, not before");
    client.close().await.expect("close");
}

#[tokio::test]
async fn from_a_service_or_a_slip_with_or_without_a_desk_it_forgets_in_every_language() {
    let server = TestServer::start_with(repo_root().join("content"), |config| {
        config.kiosk_idle_seconds = 1;
        config.kiosk_reset_seconds = 2;
    });
    let client = browser(true).await;
    for lang in Lang::ALL {
        for (page, desk) in
            [(format!("services/{SERVICE}"), ""), (format!("services/{SERVICE}/print"), "?desk=piossasco")]
        {
            open(&client, &format!("{}/kiosk/{lang}/{page}{desk}", server.base)).await;
            script(&client, "sessionStorage.setItem('visit', 'x'); localStorage.setItem('visit', 'x'); return true")
                .await;
            let start = if desk.is_empty() { String::new() } else { desk.to_string() };
            wait_until(
                &client,
                &format!("return location.pathname === '/kiosk' && location.search === {start:?} && document.readyState === 'complete'"),
            )
            .await;
            let stored = script(&client, "return sessionStorage.length + localStorage.length").await;
            assert_eq!(stored, 0, "{lang} {page}: storage cleared");
        }
    }
    client.close().await.expect("close");
}

#[tokio::test]
async fn urgent_help_is_one_tap_from_the_kiosk_home() {
    let server = TestServer::start(repo_root().join("content"));
    let client = browser(true).await;
    for lang in Lang::ALL {
        open(&client, &format!("{}/kiosk/{lang}/", server.base)).await;
        client
            .find(Locator::Css(".kiosk-header a[href=\"#urgent-help\"]"))
            .await
            .expect("button")
            .click()
            .await
            .expect("tap");
        wait_until(
            &client,
            "const r = document.getElementById('urgent-help').getBoundingClientRect(); \
             return r.top >= 0 && r.top < innerHeight && r.height > 0",
        )
        .await;
        let numbers = script(
            &client,
            "return [...document.querySelectorAll('#urgent-help a')].map(a => a.getAttribute('href')).join(' ')",
        )
        .await;
        assert_eq!(numbers, "tel:112 tel:1522 tel:800290290", "{lang}");
        let target = script(&client, "return Math.min(...[...document.querySelectorAll('#urgent-help a')].map(a => a.getBoundingClientRect().height))").await;
        assert!(target.as_f64().expect("height") >= 64.0, "{lang}: kiosk-sized targets ({target})");
        if lang == Lang::Ar {
            screenshot(&client, "ar-kiosk-urgent-help").await;
        }
    }
    client.close().await.expect("close");
}

/// The "listen" player plays the server's audio in Chromium, on the public page, the
/// kiosk's page and the slip, in every language.
#[tokio::test]
async fn the_listen_player_plays_the_read_aloud_audio() {
    let server = TestServer::start(repo_root().join("content"));
    let client = browser(true).await;
    for lang in Lang::ALL {
        let pages = [
            format!("/{lang}/services/{SERVICE}"),
            format!("/kiosk/{lang}/services/{SERVICE}"),
            format!("/{lang}/services/{SERVICE}/print"),
        ];
        for page in pages {
            open(&client, &format!("{}{page}", server.base)).await;
            // A person's tap first (a page may not play before one); muted, since the sound
            // itself is not the point here, the decoding and the clock moving are.
            client.find(Locator::Css(".listen h2")).await.expect("the player's heading").click().await.expect("tap");
            script(
                &client,
                "const a = document.querySelector('.listen audio'); a.muted = true; window.played = 'waiting'; \
                 a.play().then(() => window.played = 'yes', e => window.played = String(e)); return true",
            )
            .await;
            let playing = "const a = document.querySelector('.listen audio'); \
                 return window.played === 'yes' && a.currentTime > 0.2 && a.duration > 5";
            let started = std::time::Instant::now();
            while script(&client, playing).await != true {
                let state = script(
                    &client,
                    "const a = document.querySelector('.listen audio'); \
                     return [window.played, a.readyState, a.networkState, a.duration, a.currentTime, a.error && a.error.message].join(' ')",
                )
                .await;
                assert!(started.elapsed() < Duration::from_secs(20), "{page}: not playing: {state}");
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            if lang == Lang::Zh && page.starts_with("/kiosk") {
                screenshot(&client, "zh-kiosk-listen").await;
            }
        }
    }
    client.close().await.expect("close");
}
