//! Feedback as a person at the kiosk gives it, in real headless Chromium: the block is on
//! screen without scrolling, a problem is one tap (with a few words if wanted), the page
//! says thanks in its language, and the report is in the editors' queue with the phone
//! number masked. Also without JavaScript, and axe-core on the pages involved.

use fantoccini::{Client, Locator};
use portineria_app::i18n::t;
use portineria_app::lang::Lang;
use portineria_tests::admin::{account, Agent};
use portineria_tests::browser::{axe_violations, browser, screenshot, script, text, wait_until};
use portineria_tests::{repo_root, TestServer};

const ORG: &str = "cooperativa-san-donato";
const SERVICE: &str = "san-donato-regolarizzazione-giuridica";
const ANNA: (&str, &str) = ("anna@sandonato.example", "la barca scivola sul lago calmo");

async fn open(client: &Client, address: &str) {
    client.goto(address).await.expect("page");
    wait_until(client, "return document.readyState === 'complete'").await;
}

async fn tap(client: &Client, css: &str) {
    client.find(Locator::Css(css)).await.unwrap_or_else(|e| panic!("{css}: {e}")).click().await.expect("tap");
}

/// Reports "something is wrong" with a note from the kiosk's service page in `lang`.
async fn report_from_the_kiosk(client: &Client, base: &str, lang: Lang, javascript: bool) {
    open(client, &format!("{base}/kiosk/{lang}/services/{SERVICE}?desk=piossasco")).await;
    let visit = script(client, "return new URLSearchParams(location.search).get('visit')").await;
    assert_eq!(visit.as_str().map(str::len), Some(32), "{lang}: the kiosk gave this visit an id");
    let below = script(
        client,
        "return [...document.querySelectorAll('.feedback button, .feedback summary')]\
             .filter(b => b.getBoundingClientRect().bottom > innerHeight).length",
    )
    .await;
    assert_eq!(below, 0, "{lang}: every feedback button is on screen without scrolling");
    tap(client, ".feedback details summary").await;
    let note = client.find(Locator::Css("#feedback-note")).await.expect("note");
    note.send_keys(&format!("{lang} js={javascript}: 011 9876543")).await.expect("type");
    script(client, "window.beforeSend = true; return true").await;
    tap(client, ".feedback-kinds button[value=wrong]").await;
    wait_until(
        client,
        "return !window.beforeSend && document.readyState === 'complete' && location.search.includes('feedback=thanks')",
    )
    .await;
    assert_eq!(
        text(client, ".feedback-status").await,
        t(lang, "feedback-status-thanks"),
        "{lang}: thanks, in its language"
    );
    let same_visit = script(client, "return new URLSearchParams(location.search).get('visit')").await;
    assert_eq!(same_visit, visit, "{lang}: still the same visit");
    let dir = script(client, "return document.documentElement.dir").await;
    assert_eq!(dir.as_str(), Some(lang.dir()), "{lang}");
}

#[tokio::test]
async fn a_problem_sent_from_the_kiosk_in_each_language_reaches_the_editors_queue() {
    let server = TestServer::start(repo_root().join("content"));
    account(&server.database_url, ANNA.0, "editor", ANNA.1, &[ORG]).await;
    let client = browser(true).await;
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        report_from_the_kiosk(&client, &server.base, lang, true).await;
        problems.extend(axe_violations(&client).await.into_iter().map(|v| format!("kiosk {lang}: {v}")));
        if lang == Lang::Ar {
            screenshot(&client, "ar-kiosk-feedback-sent").await;
        }
    }
    open(&client, &format!("{}/it/services/{SERVICE}", server.base)).await;
    problems.extend(axe_violations(&client).await.into_iter().map(|v| format!("public: {v}")));
    client.close().await.expect("close");
    // Without JavaScript the forms are plain POSTs and work the same.
    let plain = browser(false).await;
    report_from_the_kiosk(&plain, &server.base, Lang::Ar, false).await;
    plain.close().await.expect("close");

    let anna = Agent::logged_in(&server.base, ANNA).await;
    let queue = anna.get("/admin/feedback").await.body;
    for lang in Lang::ALL {
        assert!(queue.contains(&format!("{lang} js=true: […]")), "{lang}: in the queue, number masked");
    }
    assert!(queue.contains("ar js=false: […]"), "sent without JavaScript");
    assert!(!queue.contains("9876543"), "no number stored");

    // The editor's queue in Chromium.
    let editor = browser(true).await;
    open(&editor, &format!("{}/admin/login", server.base)).await;
    editor.find(Locator::Css("#email")).await.expect("email").send_keys(ANNA.0).await.expect("type");
    editor.find(Locator::Css("#password")).await.expect("password").send_keys(ANNA.1).await.expect("type");
    tap(&editor, "form[action='/admin/login'] button[type=submit]").await;
    wait_until(&editor, "return location.pathname === '/admin' && document.readyState === 'complete'").await;
    open(&editor, &format!("{}/admin/feedback", server.base)).await;
    problems.extend(axe_violations(&editor).await.into_iter().map(|v| format!("queue: {v}")));
    screenshot(&editor, "admin-feedback-queue-it").await;
    editor.close().await.expect("close");
    assert!(problems.is_empty(), "axe-core: {problems:#?}");
}
