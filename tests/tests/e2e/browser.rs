//! What a person sees in real headless Chromium: every language, Arabic right to left,
//! the language switcher, hydration without console errors, and the site without JavaScript.

use fantoccini::key::Key;
use fantoccini::Locator;
use portineria_app::i18n::t;
use portineria_app::lang::Lang;
use portineria_tests::browser::{
    axe_violations, browser, console_errors, press, read_qr, screenshot, script, text, wait_hydrated, wait_until,
};
use portineria_tests::{content, url};

/// The start of a word that has completions, in the order of [`Lang::ALL`].
const TYPED: [&str; 5] = ["medi", "medi", "وسا", "ndërm", "中介"];

#[tokio::test]
async fn search_and_detail_in_every_language_hydrated() {
    let client = browser(true).await;
    for lang in Lang::ALL {
        client.goto(&url(&format!("/{lang}/"))).await.expect("home");
        wait_hydrated(&client).await;
        assert_eq!(script(&client, "return document.documentElement.lang").await, lang.code());
        assert_eq!(script(&client, "return document.documentElement.dir").await, lang.dir());
        assert_eq!(text(&client, "main h1").await, t(lang, "site-tagline"));
        screenshot(&client, &format!("{lang}-home")).await;

        // Only the islands hydrate: the search box takes the query and completes it as the
        // person types (the server's HTML has no completions), the form loads the results.
        let input = client.find(Locator::Css("#q")).await.expect("search box");
        input.send_keys(TYPED[lang.index()]).await.expect("type");
        wait_until(&client, "return !!document.querySelector('#q-suggestions:not([hidden]) [role=option]')").await;
        input.clear().await.expect("clear");
        input.send_keys("permesso").await.expect("type");
        client
            .find(Locator::Css(".search-box button[type=submit]"))
            .await
            .expect("button")
            .click()
            .await
            .expect("submit");
        wait_until(&client, "return document.querySelectorAll('.hit').length > 0").await;
        assert!(client.current_url().await.expect("url").as_str().contains(&format!("/{lang}/search?q=permesso")));
        screenshot(&client, &format!("{lang}-results")).await;

        client.find(Locator::Css(".hit h2 a")).await.expect("first hit").click().await.expect("open");
        wait_until(&client, "return !!document.querySelector('.service-detail h1')").await;
        assert_eq!(script(&client, "return document.documentElement.lang").await, lang.code());
        assert!(!text(&client, ".service-detail h1").await.is_empty());
        screenshot(&client, &format!("{lang}-detail")).await;

        let errors = console_errors(&client).await;
        assert!(errors.is_empty(), "{lang}: console errors {errors:?}");
    }
    client.close().await.expect("close");
}

#[tokio::test]
async fn arabic_is_laid_out_right_to_left() {
    let client = browser(true).await;
    client.goto(&url("/ar/search?q=%D8%B3%D9%83%D9%86")).await.expect("results");
    wait_hydrated(&client).await;
    assert_eq!(script(&client, "return getComputedStyle(document.body).direction").await, "rtl");
    let brand_right_of_switcher = script(
        &client,
        "const b = document.querySelector('.brand').getBoundingClientRect();
         const s = document.querySelector('.language-switcher').getBoundingClientRect();
         return b.left > s.left",
    )
    .await;
    assert_eq!(brand_right_of_switcher, true, "the brand starts on the right");
    let card_border = script(
        &client,
        "const c = getComputedStyle(document.querySelector('.card')); return [c.borderRightWidth, c.borderLeftWidth]",
    )
    .await;
    assert_eq!(
        card_border,
        serde_json::json!(["6px", "1px"]),
        "the accent border is at the inline start, on the right"
    );
    let input_align = script(&client, "return getComputedStyle(document.querySelector('#q')).direction").await;
    assert_eq!(input_align, "rtl");
    screenshot(&client, "ar-rtl-results").await;
    client.close().await.expect("close");
}

/// The comuni past the eight most frequent are one list: picked and sent with the keyboard,
/// hydrated in Arabic (right to left) and without JavaScript in Chinese; the query and the
/// topic stay, and the comune picked becomes the chosen filter.
#[tokio::test]
async fn a_comune_is_picked_from_the_list_with_the_keyboard() {
    for (lang, javascript) in [(Lang::Ar, true), (Lang::Zh, false)] {
        let client = browser(javascript).await;
        client.goto(&url(&format!("/{lang}/search?q=mediazione&category=mediation"))).await.expect("results");
        if javascript {
            // axe-core runs as a script: only where scripts run.
            wait_hydrated(&client).await;
            let problems = axe_violations(&client).await;
            assert!(problems.is_empty(), "{lang}: {problems:?}");
        }
        script(
            &client,
            "const l = document.querySelector('#other-places'); l.scrollIntoView(); l.focus(); return true",
        )
        .await;
        screenshot(&client, &format!("{lang}-other-comuni-list")).await;
        press(&client, Key::Down).await;
        let picked = script(&client, "return document.querySelector('#other-places').value").await;
        let picked = picked.as_str().expect("a comune").to_string();
        let first = script(&client, "return document.querySelector('#other-places option').value").await;
        assert_ne!(first.as_str(), Some(picked.as_str()), "{lang}: the arrow key moved down the list");
        press(&client, Key::Tab).await;
        assert_eq!(script(&client, "return document.activeElement.type").await, "submit", "{lang}");
        press(&client, Key::Enter).await;
        let sent = format!(
            "const p = new URLSearchParams(location.search); return p.get('municipality') === {picked:?} \
             && p.get('q') === 'mediazione' && p.get('category') === 'mediation' && !!document.querySelector('.hit')"
        );
        wait_until(&client, &sent).await;
        let chosen = text(&client, "ul.facet-municipality a[aria-current=page]").await;
        assert!(chosen.contains(&picked), "{lang}: {chosen:?} is the chosen comune {picked}");
        assert_eq!(script(&client, "return getComputedStyle(document.body).direction").await, lang.dir());
        screenshot(&client, &format!("{lang}-other-comuni")).await;
        if javascript {
            let errors = console_errors(&client).await;
            assert!(errors.is_empty(), "{lang}: console errors {errors:?}");
        }
        client.close().await.expect("close");
    }
}

#[tokio::test]
async fn language_switcher_keeps_the_page() {
    let client = browser(true).await;
    client.goto(&url("/it/services/roma-ufficio-immigrazione")).await.expect("detail");
    wait_hydrated(&client).await;
    let chinese_name = content()
        .organizations
        .iter()
        .flat_map(|(_, _, f)| f.services.iter())
        .find(|s| s.slug == "roma-ufficio-immigrazione")
        .and_then(|s| s.name.get(Lang::Zh).map(str::to_string))
        .expect("Chinese name");
    client.find(Locator::Css("a[hreflang=zh]")).await.expect("switcher link").click().await.expect("switch");
    wait_until(&client, "return document.documentElement.lang === 'zh'").await;
    assert!(client.current_url().await.expect("url").path().ends_with("/zh/services/roma-ufficio-immigrazione"));
    assert_eq!(text(&client, ".service-detail h1").await, chinese_name);
    assert_eq!(text(&client, "a[aria-current=page][hreflang]").await, "中文");
    client.close().await.expect("close");
}

#[tokio::test]
async fn everything_works_without_javascript() {
    let client = browser(false).await;
    client.goto(&url("/sq/")).await.expect("home");
    assert_eq!(text(&client, "main h1").await, t(Lang::Sq, "site-tagline"));
    let form = client.form(Locator::Css("form[action='/sq/search']")).await.expect("search form");
    form.set_by_name("q", "strehim").await.expect("type");
    form.submit().await.expect("submit");
    wait_until(&client, "return document.querySelectorAll('.hit').length > 0").await;
    assert!(client.current_url().await.expect("url").as_str().contains("/sq/search?q=strehim"));
    client
        .find(Locator::Css(".facet a[href*='municipality=']"))
        .await
        .expect("a comune filter")
        .click()
        .await
        .expect("filter");
    wait_until(&client, "return location.search.includes('municipality=')").await;
    assert!(client.find(Locator::Css(".facet a[aria-current=page][href*='strehim']")).await.is_ok());
    client.find(Locator::Css(".hit h2 a")).await.expect("hit").click().await.expect("open");
    wait_until(&client, "return !!document.querySelector('.service-detail h1')").await;
    assert_eq!(script(&client, "return document.documentElement.lang").await, "sq");
    screenshot(&client, "sq-detail-no-js").await;
    client.close().await.expect("close");
}

/// Typing offers completions in the page's language; the keyboard picks one; the facets
/// then narrow the results. In every language, Arabic right to left included.
#[tokio::test]
async fn completions_and_facets_in_every_language() {
    let client = browser(true).await;
    for (lang, typing) in Lang::ALL.into_iter().zip(TYPED) {
        client.goto(&url(&format!("/{lang}/"))).await.expect("home");
        wait_hydrated(&client).await;
        let input = client.find(Locator::Css("#q")).await.expect("search box");
        input.send_keys(typing).await.expect("type");
        wait_until(&client, "return !!document.querySelector('#q-suggestions:not([hidden]) [role=option]')").await;
        assert_eq!(script(&client, "return document.querySelector('#q').getAttribute('aria-expanded')").await, "true");
        let first = text_of_first_option(&client).await;
        assert!(!first.is_empty(), "{lang}: a completion");
        screenshot(&client, &format!("{lang}-suggestions")).await;
        // Arrow down selects the first completion, Enter opens it (a category: its filter).
        input.send_keys("\u{E015}").await.expect("arrow down");
        wait_until(
            &client,
            "return document.querySelector('#q-suggestion-0').getAttribute('aria-selected') === 'true'",
        )
        .await;
        input.send_keys("\u{E007}").await.expect("enter");
        wait_until(
            &client,
            "return location.search.includes('category=') && document.querySelectorAll('.hit').length > 0",
        )
        .await;
        let before = text(&client, ".results-count").await;
        // The first target group narrows the results and is marked as the active filter.
        client
            .find(Locator::Css(".facet-target_group li:nth-child(2) a"))
            .await
            .expect("a target group value")
            .click()
            .await
            .expect("filter");
        wait_until(&client, "return location.search.includes('target_group=')").await;
        wait_until(&client, "return !!document.querySelector('.facet-target_group a[aria-current=page] .count')").await;
        let after = text(&client, ".results-count").await;
        assert!(!after.is_empty() && !before.is_empty(), "{lang}: counts shown");
        screenshot(&client, &format!("{lang}-facets")).await;
        let errors = console_errors(&client).await;
        assert!(errors.is_empty(), "{lang}: console errors {errors:?}");
    }
    client.close().await.expect("close");
}

async fn text_of_first_option(client: &fantoccini::Client) -> String {
    script(client, "return document.querySelector('#q-suggestion-0').innerText")
        .await
        .as_str()
        .unwrap_or("")
        .to_string()
}

/// Without results the page offers a corrected query and the topics, never a dead end.
#[tokio::test]
async fn no_results_offer_a_correction_and_the_topics() {
    let client = browser(false).await;
    client.goto(&url("/it/search?q=csaa")).await.expect("results");
    assert_eq!(text(&client, ".did-you-mean a").await, "casa");
    assert!(script(&client, "return document.querySelectorAll('.no-results .tile').length").await.as_u64() > Some(3));
    client.find(Locator::Css(".did-you-mean a")).await.expect("link").click().await.expect("follow");
    wait_until(&client, "return document.querySelectorAll('.hit').length > 0").await;
    client.close().await.expect("close");
}

#[tokio::test]
async fn a_slip_to_take_home_whose_qr_code_opens_the_service() {
    let client = browser(true).await;
    for lang in Lang::ALL {
        client.goto(&url(&format!("/{lang}/services/roma-ufficio-immigrazione"))).await.expect("service");
        client.find(Locator::Css(".take-home a")).await.expect("take-home link").click().await.expect("open slip");
        wait_until(&client, "return !!document.querySelector('.slip .qr svg')").await;
        assert_eq!(script(&client, "return document.documentElement.dir").await, lang.dir());
        screenshot(&client, &format!("{lang}-slip")).await;
        let decoded = read_qr(&client, ".slip .qr").await;
        assert_eq!(decoded, url(&format!("/{lang}/services/roma-ufficio-immigrazione")), "{lang}: QR code");
        if lang != Lang::It {
            let italian = text(&client, ".slip-italian strong").await;
            assert_eq!(italian, "Ufficio Immigrazione", "{lang}: the Italian name for the office");
        }
    }
    client.close().await.expect("close");
}
