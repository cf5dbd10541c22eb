//! JSON API v1 against the real server: the contract of ARCHITECTURE.md §4 and bad input.
//!
//! Every endpoint's JSON is pinned in full by an insta snapshot (`snapshots/e2e__api__*`):
//! a change to one is a breaking change of v1. The other tests check what a snapshot cannot:
//! agreement with the content files and between responses, and status codes over many inputs.

use portineria_tests::{content, http, url};
use serde_json::Value;

async fn get(path: &str) -> (u16, Value) {
    let response = http().get(url(path)).send().await.expect("server answers");
    let status = response.status().as_u16();
    let body = response.json::<Value>().await.unwrap_or_else(|e| panic!("{path}: JSON body expected: {e}"));
    (status, body)
}

/// Pins the whole JSON answer to `path` as snapshot `name`, after checking its status. A
/// location's closures follow the calendar (closed today on a holiday, the coming
/// holidays), so they are left out; `hours.rs` checks them.
async fn pin(name: &str, path: &str, status: u16) {
    let (actual, body) = get(path).await;
    assert_eq!(actual, status, "{path}: {body}");
    insta::assert_json_snapshot!(name, body, {
        ".locations[].closures" => "[as of today]",
        ".locations[].closed_today" => "[as of today]",
    });
}

/// Pins the search answer to `path` as snapshot `name`, and returns it. Scores move with
/// tuning, and what is open depends on the time of day. Hits with equal scores come in index
/// order, which changes from one server start to the next: pinned searches rank their hits
/// by distinct scores.
async fn pin_search(name: &str, path: &str) -> Value {
    let (status, search) = get(path).await;
    assert_eq!(status, 200, "{path}: {search}");
    insta::assert_json_snapshot!(name, search, { ".hits[].score" => "[score]", ".open_now" => "[count]" });
    search
}

fn service_count() -> usize {
    content().organizations.iter().map(|(_, _, f)| f.services.len()).sum()
}

/// The Romanian name a content file gives a service.
fn romanian_name(slug: &str) -> String {
    content()
        .organizations
        .iter()
        .flat_map(|(_, _, f)| f.services.iter())
        .find(|s| s.slug == slug)
        .and_then(|s| s.name.get(portineria_app::lang::Lang::Ro).map(str::to_string))
        .unwrap_or_else(|| panic!("{slug} has a Romanian name"))
}

#[tokio::test]
async fn health_reports_every_seed_service_indexed() {
    let (status, body) = get("/healthz").await;
    assert_eq!(status, 200);
    assert_eq!(body["status"], "ok");
    assert_eq!(body["services"].as_u64(), Some(service_count() as u64));
    assert_eq!(body["indexed"], body["services"]);
    insta::assert_json_snapshot!("healthz", body, { ".services" => "[count]", ".indexed" => "[count]" });
}

#[tokio::test]
async fn residence_permit_search_answers_in_romanian() {
    let body = pin_search("search_ro", "/api/v1/search?q=permesso&lang=ro").await;
    for hit in body["hits"].as_array().expect("hits") {
        let id = hit["id"].as_str().expect("id");
        assert_eq!(hit["name"].as_str(), Some(romanian_name(id).as_str()), "hit names are in Romanian");
    }
}

#[tokio::test]
async fn searches_are_pinned() {
    for (name, path) in [
        // Right to left: an Arabic query ("housing"), the answer in Arabic.
        ("search_ar", "/api/v1/search?q=%D8%A7%D9%84%D8%B3%D9%83%D9%86&lang=ar&limit=3"),
        // No query, a category filter: the one health service.
        ("search_zh_category_without_query", "/api/v1/search?lang=zh&category=health"),
        // Nothing found: the only kind of answer with `did_you_mean`.
        ("search_did_you_mean", "/api/v1/search?q=csaa&lang=ar"),
    ] {
        pin_search(name, path).await;
    }
}

#[tokio::test]
async fn suggestions_are_pinned() {
    // One category and one service name: more names would come in index order (all tie).
    pin("suggest_ro", "/api/v1/suggest?q=s%C4%83n%C4%83t&lang=ro", 200).await;
}

#[tokio::test]
async fn any_language_finds_services_written_in_another() {
    for (query, expected) in [
        ("locuință", "san-donato-sostegno-abitativo"),
        ("السكن", "san-donato-sostegno-abitativo"),
        ("住房", "san-donato-sostegno-abitativo"),
        ("banesë", "san-donato-sostegno-abitativo"),
        ("MEDIAZIONE", "roma-mediazione-interculturale"),
    ] {
        let (status, body) =
            get(&format!("/api/v1/search?q={}&lang=it&limit=50", portineria_app::url::encode(query))).await;
        assert_eq!(status, 200, "{query}");
        let ids: Vec<&str> = body["hits"].as_array().expect("hits").iter().filter_map(|h| h["id"].as_str()).collect();
        assert!(ids.contains(&expected), "{query}: {ids:?}");
    }
}

#[tokio::test]
async fn filters_narrow_and_facets_count() {
    let (_, all) = get("/api/v1/search?lang=it&limit=100").await;
    assert_eq!(all["total"].as_u64(), Some(service_count() as u64), "an empty query lists every service");
    let (_, roma) = get("/api/v1/search?lang=it&municipality=Roma&limit=100").await;
    let roma_total = roma["total"].as_u64().expect("total");
    assert!(roma_total > 0 && roma_total < service_count() as u64);
    assert_eq!(all["facets"]["municipality"]["Roma"].as_u64(), Some(roma_total));
    for hit in roma["hits"].as_array().expect("hits") {
        assert!(hit["municipalities"].as_array().expect("list").iter().any(|m| m == "Roma"));
    }
    let (_, legal) = get("/api/v1/search?lang=it&category=legal&limit=100").await;
    assert_eq!(legal["total"], all["facets"]["category"]["legal"]);
}

/// Italian is pinned in `api_v1_responses_are_pinned`; the other languages show other
/// services, so that between them most optional fields are pinned with a value (the seed
/// content gives no cost, documents or verification date).
#[tokio::test]
async fn service_details_are_pinned_in_every_language() {
    for (name, path) in [
        // The Italian service of `service_detail_it`, machine-translated.
        ("service_detail_ar", "/api/v1/services/roma-ufficio-immigrazione?lang=ar"),
        // Phones, eligibility, an office with hours.
        ("service_detail_ro", "/api/v1/services/roma-ufficio-detenuti-ex-detenuti?lang=ro"),
        // An ended service of an ended programme.
        ("service_detail_sq", "/api/v1/services/san-donato-collegno-interventi-socio-educativi?lang=sq"),
        // E-mail, website, a programme.
        ("service_detail_zh", "/api/v1/services/retis-inserimento-lavorativo-persone-vulnerabili?lang=zh"),
    ] {
        pin(name, path, 200).await;
    }
}

#[tokio::test]
async fn services_list_pages_through_everything() {
    let (status, first) = get("/api/v1/services?lang=sq&limit=10").await;
    assert_eq!(status, 200);
    assert_eq!(first["total"].as_u64(), Some(service_count() as u64));
    assert_eq!(first["items"].as_array().map(Vec::len), Some(10));
    let (_, last) = get(&format!("/api/v1/services?lang=sq&limit=10&offset={}", service_count() - 3)).await;
    assert_eq!(last["items"].as_array().map(Vec::len), Some(3));
    // Ordered by id: spoken languages, an access mode and a programme.
    pin("services_page_sq", "/api/v1/services?lang=sq&limit=2&offset=30", 200).await;
}

#[tokio::test]
async fn bad_input_gets_a_clear_4xx_never_a_500() {
    let long = "a".repeat(10_000);
    let cases: Vec<(String, u16)> = vec![
        ("/api/v1/search?q=%22permesso".into(), 200),
        ("/api/v1/search?q=a%3Ab%20(c)%20%5Bd%5D%20*".into(), 200),
        ("/api/v1/search?q=OR%201%3D1%20--".into(), 200),
        ("/api/v1/search?q=%F0%9F%99%82%F0%9F%8F%A0".into(), 200),
        ("/api/v1/search?q=%E2%80%8F%D8%B3%D9%83%D9%86%E2%80%8E".into(), 200),
        ("/api/v1/search?q=%00%07".into(), 200),
        (format!("/api/v1/search?q={long}"), 400),
        ("/api/v1/search?q=%zz".into(), 400),
        ("/api/v1/search?q=%C3".into(), 400),
        ("/api/v1/search?limit=abc".into(), 400),
        ("/api/v1/search?limit=-5".into(), 400),
        ("/api/v1/search?limit=100000&offset=99999999".into(), 200),
        ("/api/v1/search?lang=xx".into(), 400),
        ("/api/v1/services?offset=x".into(), 400),
        ("/api/v1/services/does-not-exist".into(), 404),
        ("/api/v1/services/%2e%2e%2fetc".into(), 404),
        ("/api/v1/nothing-here".into(), 404),
    ];
    for (path, expected) in cases {
        let (status, body) = get(&path).await;
        let short: String = path.chars().take(60).collect();
        assert_eq!(status, expected, "{short}: {body}");
        if status >= 400 {
            assert!(body["error"]["code"].is_string() && body["error"]["message"].is_string(), "{short}: {body}");
        }
    }
}

/// Each kind of error, in the request's language where the request names one that exists.
#[tokio::test]
async fn errors_are_pinned() {
    let long = format!("/api/v1/search?lang=ro&q={}", "a".repeat(10_000));
    for (name, path, status) in [
        ("error_query_too_long_ro", long.as_str(), 400),
        ("error_unknown_language", "/api/v1/search?q=casa&lang=xx", 400),
        ("error_unknown_service_zh", "/api/v1/services/does-not-exist?lang=zh", 404),
        ("error_unknown_route", "/api/v1/nothing-here", 404),
    ] {
        pin(name, path, status).await;
    }
}

/// The v1 contract, pinned: a change to these shapes is a breaking change (v2).
#[tokio::test]
async fn api_v1_responses_are_pinned() {
    pin("service_detail_it", "/api/v1/services/roma-ufficio-immigrazione?lang=it", 200).await;
    pin_search("search_sq", "/api/v1/search?q=mediazione&lang=sq&limit=3").await;
    pin("error_ar", "/api/v1/search?q=x&limit=abc&lang=ar", 400).await;
}
