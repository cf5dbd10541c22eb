//! The kiosk and the mediator's desk in real headless Chromium: the flows people follow at a
//! portineria, the idle reset, keyboard use, text at 200 %, touch targets, and axe-core on
//! every page type of the site in every language.

use fantoccini::key::Key;
use fantoccini::{Client, Locator};
use portineria_app::i18n::t;
use portineria_app::lang::Lang;
use portineria_tests::browser::{
    axe_violations, browser, console_errors, emulate_print, press, read_qr, screenshot, script, text, wait_hydrated,
    wait_until,
};
use portineria_tests::{content, repo_root, url, TestServer};
use std::time::Duration;

async fn click(client: &Client, css: &str) {
    client.find(Locator::Css(css)).await.unwrap_or_else(|e| panic!("{css}: {e}")).click().await.expect("click");
}

async fn path_is(client: &Client, path: &str) {
    wait_until(client, &format!("return location.pathname === {path:?} && document.readyState === 'complete'")).await;
}

async fn loaded(client: &Client, address: &str) {
    client.goto(address).await.expect("page");
    wait_until(client, "return document.readyState === 'complete'").await;
}

/// Loaded, and hydrated: the wasm module fetched and given a moment to run.
async fn hydrated(client: &Client, address: &str) {
    client.goto(address).await.expect("page");
    wait_hydrated(client).await;
}

#[tokio::test]
async fn kiosk_flow_without_typing_from_the_language_screen_to_a_slip() {
    let client = browser(true).await;
    for lang in Lang::ALL {
        loaded(&client, &url("/kiosk")).await;
        let history = script(&client, "return history.length").await;
        if matches!(lang, Lang::Ar | Lang::Zh) {
            screenshot(&client, &format!("{lang}-kiosk-start")).await;
        }
        click(&client, &format!(".kiosk-languages a[href=\"/kiosk/{lang}/\"]")).await;
        path_is(&client, &format!("/kiosk/{lang}/")).await;
        assert_eq!(script(&client, "return document.documentElement.dir").await, lang.dir());
        assert_eq!(text(&client, "main h1").await, t(lang, "kiosk-welcome"));
        screenshot(&client, &format!("{lang}-kiosk-home")).await;

        click(&client, ".tiles a[href*=\"category=legal\"]").await;
        wait_until(&client, "return document.querySelectorAll('.hit').length > 0").await;
        click(&client, ".hit h2 a").await;
        wait_until(&client, "return !!document.querySelector('.take-home a')").await;
        let slug = script(&client, "return location.pathname.split('/')[4]").await;
        let slug = slug.as_str().expect("a service").to_string();
        click(&client, ".take-home a").await;
        wait_until(&client, "return !!document.querySelector('.slip .qr svg')").await;
        assert_eq!(
            script(&client, "return location.pathname").await,
            format!("/kiosk/{lang}/services/{slug}/print"),
            "{lang}: the slip is in the kiosk"
        );
        screenshot(&client, &format!("{lang}-kiosk-slip")).await;
        let decoded = read_qr(&client, ".slip .qr").await;
        assert_eq!(decoded, url(&format!("/{lang}/services/{slug}")), "{lang}: the QR code opens the public page");
        assert_eq!(script(&client, "return history.length").await, history, "{lang}: the kiosk adds no history");
        let errors = console_errors(&client).await;
        assert!(errors.is_empty(), "{lang}: console errors {errors:?}");
    }
    client.close().await.expect("close");
}

#[tokio::test]
async fn an_idle_kiosk_asks_then_forgets_and_back_shows_nothing_of_it() {
    let server = TestServer::start_with(repo_root().join("content"), |config| {
        config.kiosk_idle_seconds = 2;
        config.kiosk_reset_seconds = 5;
    });
    let client = browser(true).await;
    loaded(&client, &format!("{}/kiosk?desk=piossasco", server.base)).await;
    click(&client, ".kiosk-languages a[href=\"/kiosk/ar/?desk=piossasco\"]").await;
    path_is(&client, "/kiosk/ar/").await;
    click(&client, ".tiles a[href*=\"category=housing\"]").await;
    wait_until(&client, "return document.querySelectorAll('.hit').length > 0").await;

    // Untouched, it asks "still there?" in the page's language; a touch keeps the page.
    wait_until(&client, "return document.getElementById('kiosk-idle').open").await;
    assert_eq!(text(&client, "#kiosk-idle h2").await, t(Lang::Ar, "kiosk-idle-title"));
    screenshot(&client, "ar-kiosk-still-there").await;
    click(&client, "#kiosk-idle button").await;
    assert_eq!(script(&client, "return document.getElementById('kiosk-idle').open").await, false);
    assert!(script(&client, "return location.pathname").await == "/kiosk/ar/search");

    // Left alone again, it goes back to the language screen of its desk, forgetting all.
    wait_until(&client, "return document.getElementById('kiosk-idle').open").await;
    wait_until(&client, "return location.pathname === '/kiosk' && document.readyState === 'complete'").await;
    assert_eq!(script(&client, "return location.search").await, "?desk=piossasco");
    client.back().await.expect("back");
    tokio::time::sleep(Duration::from_millis(700)).await;
    let after_back = client.current_url().await.expect("url").to_string();
    assert!(!after_back.contains("/kiosk/"), "Back shows nothing of the previous person: {after_back}");
    assert_eq!(script(&client, "return document.querySelectorAll('.hit').length").await, 0);
    client.close().await.expect("close");
}

#[tokio::test]
async fn mediator_flow_to_a_printed_shortlist_whose_qr_code_opens_it() {
    let client = browser(true).await;
    loaded(&client, &url("/mediator")).await;
    click(&client, "a[href=\"/mediator?lang=ar\"]").await;
    wait_until(&client, "return location.search === '?lang=ar' && !!document.getElementById('mq')").await;
    let search = client.find(Locator::Css("#mq")).await.expect("search box");
    search.send_keys("permesso").await.expect("type");
    press(&client, Key::Enter).await;
    wait_until(&client, "return document.querySelectorAll('.pair a.button:not(.secondary)').length > 0").await;
    click(&client, ".pair a.button:not(.secondary)").await;
    wait_until(&client, "return location.pathname === '/mediator/shortlist' && document.querySelectorAll('.shortlist > li').length === 1").await;

    click(&client, ".mediator-nav a").await;
    wait_until(&client, "return location.pathname === '/mediator' && !!document.querySelector('.tiles')").await;
    click(&client, ".tiles a[href*=\"category=housing\"]").await;
    wait_until(&client, "return document.querySelectorAll('.pair a.button:not(.secondary)').length > 0").await;
    click(&client, ".pair a.button:not(.secondary)").await;
    wait_until(&client, "return document.querySelectorAll('.shortlist > li').length === 2").await;

    let arabic = "return getComputedStyle(document.querySelector('.shortlist .column[lang=ar]')).direction";
    assert_eq!(script(&client, arabic).await, "rtl", "the family's column is right to left");
    assert_eq!(
        script(&client, "return getComputedStyle(document.querySelector('.shortlist .column[lang=it]')).direction")
            .await,
        "ltr"
    );
    let names = "return [...document.querySelectorAll('.shortlist > li .column[lang=it] h2')].map(h => h.textContent)";
    let before = script(&client, names).await;
    click(&client, ".shortlist-actions a[href*=\"ids=\"]").await;
    wait_until(&client, "return document.querySelectorAll('.shortlist > li').length === 2").await;
    let after = script(&client, names).await;
    assert_eq!(after[0], before[1], "moved down");
    screenshot(&client, "ar-mediator-shortlist").await;

    emulate_print(&client, true).await;
    assert_eq!(
        script(&client, "return getComputedStyle(document.querySelector('.mediator-header')).display").await,
        "none"
    );
    screenshot(&client, "ar-mediator-shortlist-print").await;
    let decoded = read_qr(&client, ".shortlist-qr .qr").await;
    emulate_print(&client, false).await;
    assert!(decoded.starts_with(&url("/mediator/shortlist?lang=ar&ids=")), "QR code: {decoded}");
    assert_eq!(decoded, text(&client, ".qr-url").await);

    // On the family's phone: the same list, both languages, in the same order.
    loaded(&client, &decoded).await;
    assert_eq!(script(&client, names).await, after);
    click(&client, ".end-meeting").await;
    path_is(&client, "/mediator").await;
    assert_eq!(script(&client, "return location.search").await, "");
    client.back().await.expect("back");
    tokio::time::sleep(Duration::from_millis(700)).await;
    let after_back = client.current_url().await.expect("url").to_string();
    assert!(!after_back.contains("ids="), "Back shows nothing of the meeting: {after_back}");
    client.close().await.expect("close");
}

#[tokio::test]
async fn the_screening_in_chinese_suggests_services_for_the_shortlist() {
    let client = browser(true).await;
    loaded(&client, &url("/mediator/screening?lang=zh")).await;
    click(&client, "label[for=\"permit-expiring\"]").await;
    click(&client, "label[for=\"housing-need-must-leave\"]").await;
    click(&client, ".screening button[type=submit]").await;
    wait_until(&client, "return !!document.getElementById('suggested-heading')").await;
    assert_eq!(script(&client, "return document.getElementById('permit-expiring').checked").await, true);
    screenshot(&client, "zh-mediator-screening").await;
    let suggested = script(&client, "return document.querySelectorAll('.suggestions-found .pair').length").await;
    assert!(suggested.as_u64().unwrap_or(0) > 0, "services suggested");
    click(&client, ".suggestions-found > p a.button").await;
    wait_until(&client, "return location.pathname === '/mediator/shortlist'").await;
    let listed = script(&client, "return document.querySelectorAll('.shortlist > li').length").await;
    assert_eq!(listed, suggested, "every suggestion on the shortlist");
    client.close().await.expect("close");
}

/// Tabs until the focused element matches `css` (at most 40 presses), checking focus shows.
async fn tab_to(client: &Client, css: &str) {
    for _ in 0..40 {
        press(client, Key::Tab).await;
        let there = script(client, &format!("return document.activeElement.matches({css:?})")).await;
        if there == true {
            let outline = script(client, "return getComputedStyle(document.activeElement).outlineStyle").await;
            assert_ne!(outline, "none", "{css}: focus is visible");
            return;
        }
    }
    panic!("{css} not reached with Tab");
}

#[tokio::test]
async fn the_kiosk_and_the_mediator_work_from_the_keyboard() {
    let client = browser(true).await;
    loaded(&client, &url("/kiosk")).await;
    tab_to(&client, "a[href=\"/kiosk/sq/\"]").await;
    press(&client, Key::Enter).await;
    path_is(&client, "/kiosk/sq/").await;
    tab_to(&client, ".tile").await;
    press(&client, Key::Enter).await;
    wait_until(&client, "return document.querySelectorAll('.hit').length > 0").await;

    loaded(&client, &url("/mediator/screening?lang=ro")).await;
    tab_to(&client, "#permit-expiring").await;
    press(&client, Key::Space).await;
    tab_to(&client, ".screening button[type=submit]").await;
    press(&client, Key::Enter).await;
    wait_until(&client, "return !!document.getElementById('suggested-heading')").await;
    client.close().await.expect("close");
}

/// The page types of the public site, the kiosk and the mediator's desk, in `lang`.
fn page_types(lang: Lang) -> Vec<String> {
    let set = content();
    let programme =
        &set.organizations.iter().flat_map(|(_, _, f)| f.programmes.iter()).next().expect("a programme").slug;
    let service = "roma-ufficio-immigrazione";
    let two = "roma-ufficio-immigrazione,san-donato-regolarizzazione-giuridica";
    vec![
        format!("/{lang}/"),
        format!("/{lang}/search?q=permesso"),
        format!("/{lang}/search?q=zzqqxx"),
        format!("/{lang}/services/{service}"),
        format!("/{lang}/services/{service}/print"),
        format!("/{lang}/organizations/roma-capitale"),
        format!("/{lang}/programmes/{programme}"),
        format!("/{lang}/events"),
        format!("/{lang}/privacy"),
        format!("/{lang}/accessibility"),
        format!("/{lang}/no-such-page"),
        "/kiosk?desk=piossasco".to_string(),
        format!("/kiosk/{lang}/?desk=piossasco"),
        format!("/kiosk/{lang}/search?category=legal&desk=piossasco"),
        format!("/kiosk/{lang}/services/{service}"),
        format!("/kiosk/{lang}/services/{service}/print?format=receipt"),
        format!("/kiosk/{lang}/events"),
        "/mediator".to_string(),
        format!("/mediator?lang={lang}&ids={two}"),
        format!("/mediator/search?lang={lang}&q=casa&ids={two}"),
        format!("/mediator/shortlist?lang={lang}&ids={two}"),
        format!("/mediator/screening?lang={lang}&permit=expiring&italian=from-zero"),
    ]
}

#[tokio::test]
async fn no_serious_accessibility_violations_on_any_page_type_in_any_language() {
    let client = browser(true).await;
    let mut checked = 0;
    let mut failures = Vec::new();
    for lang in Lang::ALL {
        for path in page_types(lang) {
            hydrated(&client, &url(&path)).await;
            let violations = axe_violations(&client).await;
            checked += 1;
            if !violations.is_empty() {
                failures.push(format!("{path}: {violations:?}"));
            }
            // Each mode in Italian, Arabic and Chinese, for docs/screenshots.
            let mode =
                [("kiosk-home", format!("/kiosk/{lang}/?")), ("mediator-shortlist", "/mediator/shortlist".into())]
                    .into_iter()
                    .find(|(_, start)| path.starts_with(start.as_str()));
            if let (Some((name, _)), Lang::It | Lang::Ar | Lang::Zh) = (mode, lang) {
                screenshot(&client, &format!("{lang}-{name}-desk")).await;
            }
            // The same pass proves every page type hydrates without an error.
            let mut errors = console_errors(&client).await;
            // The browser logs the 404 of a page that is meant to be missing.
            errors.retain(|e| !(path.contains("no-such-page") && e.contains("status of 404")));
            if !errors.is_empty() {
                failures.push(format!("{path}: console errors {errors:?}"));
            }
        }
    }
    println!("axe-core: {checked} pages, {} with serious or critical WCAG 2.2 A/AA violations", failures.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    client.close().await.expect("close");
}

#[tokio::test]
async fn text_at_200_percent_keeps_the_layout_and_kiosk_targets_stay_large() {
    let client = browser(true).await;
    for lang in [Lang::Ar, Lang::Zh, Lang::Ro] {
        for path in page_types(lang) {
            loaded(&client, &url(&path)).await;
            // The root size is 112.5 %: twice that is text at 200 %.
            script(&client, "document.documentElement.style.fontSize = '225%'; return true").await;
            let overflow = script(&client, "return document.documentElement.scrollWidth - window.innerWidth").await;
            assert!(overflow.as_i64().unwrap_or(1) <= 0, "{path}: {overflow}px sideways at 200 %");
            if path.starts_with("/kiosk") {
                script(&client, "document.documentElement.style.fontSize = ''; return true").await;
                let small = script(
                    &client,
                    "return [...document.querySelectorAll('.kiosk a, .kiosk button, .kiosk input:not([type=hidden])')]
                       .filter(e => e.offsetParent !== null && !e.closest('dialog') && !e.classList.contains('skip-link'))
                       .map(e => [e, e.getBoundingClientRect()])
                       .filter(([, r]) => r.width < 48 || r.height < 48)
                       .map(([e, r]) => e.outerHTML.slice(0, 80) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height))",
                )
                .await;
                assert_eq!(small, serde_json::json!([]), "{path}: touch targets under 48×48 px");
            }
        }
    }
    loaded(&client, &url("/kiosk/ar/")).await;
    script(&client, "document.documentElement.style.fontSize = '225%'; return true").await;
    screenshot(&client, "ar-kiosk-home-200").await;

    // A 1080p screen either way up: nothing sideways, and screenshots to look at.
    for (lang, width, height) in [(Lang::Ar, 1080, 1920), (Lang::Zh, 1920, 1080)] {
        client.set_window_size(width, height).await.expect("window size");
        loaded(&client, &url(&format!("/kiosk/{lang}/?desk=piossasco"))).await;
        let overflow = script(&client, "return document.documentElement.scrollWidth - window.innerWidth").await;
        assert!(overflow.as_i64().unwrap_or(1) <= 0, "{lang} {width}x{height}: {overflow}px sideways");
        screenshot(&client, &format!("{lang}-kiosk-{width}x{height}")).await;
    }
    client.close().await.expect("close");
}
