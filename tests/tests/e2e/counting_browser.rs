//! "More than N" as a person sees it in headless Chromium, after hydration, in Arabic (right
//! to left) and Chinese, on the server that counts only a few results exactly.

use crate::counting::counting_base;
use portineria_app::i18n::results_count;
use portineria_app::lang::Lang;
use portineria_app::model::TotalRelation;
use portineria_tests::browser::{browser, console_errors, screenshot, script, text, wait_hydrated};

#[tokio::test]
async fn more_than_n_in_arabic_and_chinese() {
    let client = browser(true).await;
    for (lang, query) in [(Lang::Ar, "%D8%B9%D9%85%D9%84"), (Lang::Zh, "%E5%B7%A5%E4%BD%9C")] {
        client.goto(&format!("{}/{lang}/search?q={query}", counting_base())).await.expect("results");
        wait_hydrated(&client).await;
        let shown = text(&client, ".results-count").await;
        let expected = results_count(lang, 3, TotalRelation::AtLeast).replace(['\u{2068}', '\u{2069}'], "");
        assert_eq!(shown.replace(['\u{2068}', '\u{2069}'], ""), expected, "{lang}");
        assert_eq!(script(&client, "return getComputedStyle(document.body).direction").await, lang.dir());
        let hits = script(&client, "return document.querySelectorAll('.hit').length").await;
        assert!(hits.as_u64().is_some_and(|n| n > 3), "{lang}: more results listed than counted exactly ({hits})");
        screenshot(&client, &format!("{lang}-more-than")).await;
        let errors = console_errors(&client).await;
        assert!(errors.is_empty(), "{lang}: console errors {errors:?}");
    }
    client.close().await.expect("close");
}
