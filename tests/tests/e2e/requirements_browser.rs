//! What to bring and who can go in real headless Chromium, in every language: the
//! checklist's pictograms beside their words (on the reading side in Arabic), the printed A6
//! slip with its pictograms on one sheet, and the mediator's search filtered by legal
//! situation with the services that do not say marked at the end; axe-core finding nothing
//! serious.

use fantoccini::Client;
use portineria_app::lang::Lang;
use portineria_tests::browser::{
    axe_violations, browser, emulate_print, printed_pages, screenshot, script, wait_until,
};
use portineria_tests::{content_with_requirements, TestServer, NOT_STATED, TAKES_UNDOCUMENTED};

async fn open(client: &Client, address: &str) {
    client.goto(address).await.expect("page");
    wait_until(client, "return document.readyState === 'complete'").await;
}

/// Per checklist row with a pictogram: its drawn width, whether it sits before its words
/// on the reading side, and whether the words show.
const ROWS: &str = "const rtl = getComputedStyle(document.body).direction === 'rtl';
    return [...document.querySelectorAll('.checklist-item')].filter(r => r.querySelector('svg')).map(r => {
        const icon = r.querySelector('svg').getBoundingClientRect();
        const words = r.querySelector('span').getBoundingClientRect();
        return [icon.width, rtl ? icon.left >= words.right - 1 : icon.right <= words.left + 1, words.width > 0];
    });";

#[tokio::test]
async fn checklist_slip_and_situation_filter_in_every_language() {
    let content = content_with_requirements();
    let server = TestServer::start(content.path().to_path_buf());
    let client = browser(true).await;
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        open(&client, &format!("{}/{lang}/services/{TAKES_UNDOCUMENTED}", server.base)).await;
        let rows = script(&client, ROWS).await;
        let rows = rows.as_array().expect("rows");
        assert_eq!(rows.len(), 2, "{lang}: two documents with pictures");
        for row in rows {
            assert!(row[0].as_f64().is_some_and(|w| w >= 32.0), "{lang}: a pictogram a finger's width: {row}");
            assert_eq!((row[1].as_bool(), row[2].as_bool()), (Some(true), Some(true)), "{lang}: picture first: {row}");
        }
        let who = script(&client, "return document.querySelector('.who-can-go').innerText").await;
        assert!(who.as_str().is_some_and(|w| w.len() > 10), "{lang}: who can go is said: {who}");
        problems.extend(axe_violations(&client).await.into_iter().map(|v| format!("service {lang}: {v}")));
        if matches!(lang, Lang::Ar | Lang::Ro) {
            script(&client, "document.querySelector('.who-can-go').scrollIntoView(); return true").await;
            screenshot(&client, &format!("{lang}-service-what-to-bring")).await;
        }

        open(&client, &format!("{}/{lang}/services/{TAKES_UNDOCUMENTED}/print", server.base)).await;
        assert_eq!(printed_pages(&client, (105.0, 148.0), 6.0).await, 1, "{lang}: the A6 slip prints on one sheet");
        emulate_print(&client, true).await;
        let printed = script(
            &client,
            "return [...document.querySelectorAll('.slip .document-icon')].map(i => i.getBoundingClientRect().width)",
        )
        .await;
        let widths = printed.as_array().expect("icons").iter().filter_map(|w| w.as_f64()).collect::<Vec<_>>();
        assert!(widths.len() == 2 && widths.iter().all(|w| *w > 10.0), "{lang}: pictograms are printed: {widths:?}");
        if matches!(lang, Lang::Zh | Lang::Ar) {
            screenshot(&client, &format!("{lang}-slip-what-to-bring-print")).await;
        }
        emulate_print(&client, false).await;
        problems.extend(axe_violations(&client).await.into_iter().map(|v| format!("slip {lang}: {v}")));

        open(&client, &format!("{}/mediator/search?lang={lang}&q=sportello%20prova%20requisiti", server.base)).await;
        // The mediator picks the family's situation and searches again.
        script(&client, "document.querySelector('#msituation').value = 'undocumented'; document.querySelector('form[role=search]').submit(); return true").await;
        wait_until(
            &client,
            "return location.search.includes('situation=undocumented') && document.readyState === 'complete'",
        )
        .await;
        let order = script(
            &client,
            "return [...document.querySelectorAll('.mediator-results > li')].map(li => [
                li.querySelector('a[href*=\"/mediator/services/\"]').getAttribute('href').split('/').pop().split('?')[0],
                !!li.querySelector('.who-can-go.not-stated')])",
        )
        .await;
        let order = order.as_array().expect("results");
        let select =
            script(&client, "return document.querySelector('#msituation').getBoundingClientRect().height").await;
        assert!(select.as_f64().is_some_and(|h| h >= 44.0), "{lang}: the situation menu is a large target: {select}");
        assert_eq!(order.len(), 3, "{lang}: the service that says no is left out: {order:?}");
        let last = &order[2];
        assert_eq!((last[0].as_str(), last[1].as_bool()), (Some(NOT_STATED), Some(true)), "{lang}: {order:?}");
        assert!(order[..2].iter().all(|r| r[1] == false), "{lang}: the others say yes: {order:?}");
        problems.extend(axe_violations(&client).await.into_iter().map(|v| format!("mediator {lang}: {v}")));
        if lang == Lang::Ar {
            screenshot(&client, "ar-mediator-situation-filter").await;
        }
    }
    client.close().await.expect("close");
    assert!(problems.is_empty(), "axe-core: {problems:#?}");
}
