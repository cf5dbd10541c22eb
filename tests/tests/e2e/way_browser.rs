//! The way there in real headless Chromium: at a kiosk desk with coordinates each result
//! shows how far it is; the slip prints a second QR code that a phone reads as walking
//! directions on OpenStreetMap; in every language, axe-core finding nothing serious.

use fantoccini::Client;
use portineria_app::geo::Coordinates;
use portineria_app::lang::Lang;
use portineria_tests::browser::{
    axe_violations, browser, emulate_print, read_qr, screenshot, script, text, wait_until,
};
use portineria_tests::{content_with_places, TestServer, MAPPED_DESK, NEAR, NEAR_POINT};

async fn open(client: &Client, address: &str) {
    client.goto(address).await.expect("page");
    wait_until(client, "return document.readyState === 'complete'").await;
}

#[tokio::test]
async fn distances_at_the_desk_and_directions_on_the_slip_in_every_language() {
    let content = content_with_places();
    let server = TestServer::start(content.path().to_path_buf());
    let directions = Coordinates::try_from(NEAR_POINT.to_string()).expect("point").directions_url();
    let client = browser(true).await;
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        open(&client, &format!("{}/kiosk/{lang}/search?q=sportello%20prova%20mappa&desk={MAPPED_DESK}", server.base))
            .await;
        let first = text(&client, ".hit .hit-distance").await;
        assert!(first.chars().any(|c| c.is_ascii_digit()), "{lang}: the first result says how far: {first:?}");
        problems.extend(axe_violations(&client).await.into_iter().map(|v| format!("kiosk results {lang}: {v}")));
        if matches!(lang, Lang::Ar | Lang::It) {
            screenshot(&client, &format!("{lang}-kiosk-results-distance")).await;
        }

        open(&client, &format!("{}/{lang}/services/{NEAR}/print", server.base)).await;
        emulate_print(&client, true).await;
        let shown = script(
            &client,
            "return [...document.querySelectorAll('.slip .qr')].filter(q => q.getBoundingClientRect().width > 40).length",
        )
        .await;
        assert_eq!(shown.as_u64(), Some(2), "{lang}: both QR codes print");
        let links =
            script(&client, "const m = document.querySelector('.map-links'); return !!m && m.offsetHeight > 0").await;
        assert_eq!(links.as_bool(), Some(false), "{lang}: links are not printed, the QR code is");
        if matches!(lang, Lang::Ar | Lang::Zh) {
            screenshot(&client, &format!("{lang}-slip-directions-print")).await;
        }
        emulate_print(&client, false).await;
        assert_eq!(read_qr(&client, ".slip-directions .qr").await, directions, "{lang}: a phone reads the directions");
        problems.extend(axe_violations(&client).await.into_iter().map(|v| format!("slip {lang}: {v}")));
    }
    client.close().await.expect("close");
    assert!(problems.is_empty(), "axe-core: {problems:#?}");
}
