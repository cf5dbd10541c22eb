//! Past the exact count (`PORTINERIA_SEARCH_EXACT_COUNT`), a search stops counting and finds
//! its best results by pruning (`server/src/search/topk.rs`). A server counting only 3
//! exactly must rank every query of the relevance suite as the exact one does (on the seed
//! every match is a candidate, so any difference is a bug of the pruned path), and say
//! "more than" in the API and on the pages in every language.

use portineria_app::i18n::{results_count, t_args};
use portineria_app::lang::Lang;
use portineria_app::model::TotalRelation;
use portineria_tests::relevance::queries;
use portineria_tests::{escaped, http, page_at, repo_root, TestServer};
use serde_json::Value;
use std::sync::LazyLock;

/// Counts three results exactly.
const EXACT: u64 = 3;

static COUNTING: LazyLock<TestServer> =
    LazyLock::new(|| TestServer::start_with(repo_root().join("content"), |c| c.search_exact_count = EXACT));

/// The same content counted exactly, on a server no other test writes to.
static EXACT_SERVER: LazyLock<TestServer> = LazyLock::new(|| TestServer::start(repo_root().join("content")));

/// The counting server's address, for the browser tests.
pub fn counting_base() -> &'static str {
    &COUNTING.base
}

async fn search(base: &str, params: &[(&str, &str)]) -> Value {
    let response = http().get(format!("{base}/api/v1/search")).query(params).send().await.expect("server answers");
    assert_eq!(response.status(), 200, "{params:?}");
    response.json().await.expect("JSON")
}

fn ids(body: &Value) -> Vec<String> {
    body["hits"].as_array().into_iter().flatten().filter_map(|h| h["id"].as_str().map(str::to_string)).collect()
}

#[tokio::test]
async fn past_the_exact_count_the_best_results_are_the_same() {
    let mut stopped = 0;
    let filters = [None, Some(("category", "work")), Some(("open_now", "1")), Some(("situation", "undocumented"))];
    for query in queries() {
        for filter in filters {
            let mut params = vec![("q", query.q.as_str()), ("lang", query.lang.as_str()), ("limit", "20")];
            params.extend(filter);
            let exact = search(&EXACT_SERVER.base, &params).await;
            let pruned = search(&COUNTING.base, &params).await;
            assert_eq!(exact["total_relation"], "eq", "{params:?}");
            assert_eq!(ids(&pruned), ids(&exact), "{params:?}: the same results in the same order");
            let total = exact["total"].as_u64().expect("total");
            if total > EXACT {
                stopped += 1;
                assert_eq!(pruned["total_relation"], "gte", "{params:?}");
                assert_eq!(pruned["total"], EXACT, "{params:?}");
            } else {
                assert_eq!(pruned["total_relation"], "eq", "{params:?}");
                assert_eq!(pruned["total"], total, "{params:?}");
                assert_eq!(pruned["facets"], exact["facets"], "{params:?}: exact counts stay exact");
            }
        }
    }
    assert!(stopped >= 100, "only {stopped} searches went past the exact count");
}

#[tokio::test]
async fn pages_say_more_than_in_every_language() {
    for lang in Lang::ALL {
        let (status, html) = page_at(&COUNTING.base, &format!("/{lang}/search?q=lavoro")).await;
        assert_eq!(status, 200);
        let more = results_count(lang, EXACT, TotalRelation::AtLeast);
        assert!(html.contains(&escaped(&more)), "{lang}: {more:?} on the page");
        // Facet counts are estimates: each says "about".
        let about = t_args(lang, "facet-count-about", &[("count", 0.into())]);
        let about_word = about.split('\u{2068}').next().unwrap_or_default().trim();
        let estimate = format!("<span class=\"count\">{}", escaped(about_word));
        assert!(!about_word.is_empty() && html.contains(&estimate), "{lang}: {about_word:?} by the counts");

        let (_, exact) = page_at(&EXACT_SERVER.base, &format!("/{lang}/search?q=lavoro")).await;
        assert!(!exact.contains(&escaped(&more)), "{lang}: the exact server counts exactly");
        assert!(!exact.contains(&estimate), "{lang}: exact counts are not estimates");
    }
}
