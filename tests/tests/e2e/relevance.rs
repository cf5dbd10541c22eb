//! The relevance suite against the real server, through the public API: every query in
//! its UI language, the first results' service ids scored against the expected answers.

use portineria_tests::relevance::{evaluate, heldout, queries, RelevanceQuery, Report};
use portineria_tests::{http, url};
use serde_json::Value;

/// The suite's floors: the targets of issue 19, overall and in each UI language.
const MIN_SUCCESS_AT_5: f64 = 0.98;
const MIN_MRR: f64 = 0.93;
const MIN_LANG_SUCCESS_AT_5: f64 = 0.95;
/// Queries are added, never removed: fewer than this fails.
const MIN_QUERIES: usize = 189;

/// Each query's first results, as service ids.
async fn results(queries: &[RelevanceQuery]) -> Vec<Vec<String>> {
    let mut results = Vec::new();
    for query in queries {
        let response = http()
            .get(url("/api/v1/search"))
            .query(&[("q", query.q.as_str()), ("lang", query.lang.as_str()), ("limit", "20")])
            .send()
            .await
            .expect("server answers");
        assert_eq!(response.status(), 200, "{:?}", query.q);
        let body: Value = response.json().await.expect("JSON");
        let ids = body["hits"].as_array().into_iter().flatten().filter_map(|h| h["id"].as_str().map(str::to_string));
        results.push(ids.collect());
    }
    results
}

/// The full table, then one line to find in the log.
fn print_report(name: &str, report: &Report) {
    println!("{name}:\n{report}");
    println!(
        "{name}: success@5 {:.3}, MRR {:.3} over {} queries",
        report.overall.success_at_5(),
        report.overall.mrr(),
        report.overall.queries
    );
}

#[tokio::test]
async fn relevance_suite_finds_the_right_services() {
    let queries = queries();
    assert!(queries.len() >= MIN_QUERIES, "the suite has {} queries, fewer than {MIN_QUERIES}", queries.len());
    let report = evaluate(&queries, &results(&queries).await);
    print_report("relevance", &report);
    let overall = report.overall;
    assert!(overall.success_at_5() >= MIN_SUCCESS_AT_5, "success@5 {:.3} < {MIN_SUCCESS_AT_5}", overall.success_at_5());
    assert!(overall.mrr() >= MIN_MRR, "MRR {:.3} < {MIN_MRR}", overall.mrr());
    for (lang, score) in &report.by_lang {
        let success = score.success_at_5();
        assert!(success >= MIN_LANG_SUCCESS_AT_5, "{lang}: success@5 {success:.3} < {MIN_LANG_SUCCESS_AT_5}");
    }
}

/// Reported beside the suite, with no floor: a set nobody tunes the search on.
#[tokio::test]
async fn heldout_set_is_reported() {
    let queries = heldout();
    assert!(queries.len() >= 60, "the held-out set has {} queries", queries.len());
    print_report("held-out", &evaluate(&queries, &results(&queries).await));
}
