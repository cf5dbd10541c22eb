//! JSON API v1 against the real server: the contract of ARCHITECTURE.md §4 and bad input.

use portineria_tests::{content, http, url};
use serde_json::Value;

async fn get(path: &str) -> (u16, Value) {
    let response = http().get(url(path)).send().await.expect("server answers");
    let status = response.status().as_u16();
    let body = response.json::<Value>().await.unwrap_or_else(|e| panic!("{path}: JSON body expected: {e}"));
    (status, body)
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
}

#[tokio::test]
async fn residence_permit_search_answers_in_romanian() {
    let (status, body) = get("/api/v1/search?q=permesso&lang=ro").await;
    assert_eq!(status, 200);
    assert_eq!(body["lang"], "ro");
    assert_eq!(body["query"], "permesso");
    let hits = body["hits"].as_array().expect("hits");
    assert!(!hits.is_empty());
    let ids: Vec<&str> = hits.iter().filter_map(|h| h["id"].as_str()).collect();
    assert!(ids.contains(&"san-donato-regolarizzazione-giuridica"), "{ids:?}");
    assert!(ids.contains(&"roma-accoglienza-immigrati-richiedenti-asilo-rifugiati"), "{ids:?}");
    for hit in hits {
        let id = hit["id"].as_str().expect("id");
        assert_eq!(hit["name"].as_str(), Some(romanian_name(id).as_str()), "hit names are in Romanian");
        for key in ["organization", "summary", "categories", "municipalities", "score"] {
            assert!(!hit[key].is_null(), "{key} present");
        }
    }
    assert_eq!(body["total"].as_u64(), Some(hits.len() as u64));
    assert!(body["facets"]["category"]["legal"].as_u64().unwrap_or(0) >= 1);
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

#[tokio::test]
async fn service_detail_in_arabic_is_marked_machine_translated() {
    let (status, body) = get("/api/v1/services/roma-ufficio-immigrazione?lang=ar").await;
    assert_eq!(status, 200);
    assert_eq!(body["id"], "roma-ufficio-immigrazione");
    assert_eq!(body["lang"], "ar");
    assert_eq!(body["translation"], "machine");
    let location = &body["locations"][0];
    assert_eq!(location["address"], "Via Assisi, 39A");
    let hours: Vec<(u64, &str, &str)> = location["hours"]
        .as_array()
        .expect("hours")
        .iter()
        .map(|h| {
            (h["weekday"].as_u64().unwrap_or(0), h["opens"].as_str().unwrap_or(""), h["closes"].as_str().unwrap_or(""))
        })
        .collect();
    assert_eq!(hours, [(1, "09:00", "11:00"), (3, "15:00", "17:00"), (4, "09:00", "11:00")]);
    let (status, italian) = get("/api/v1/services/roma-ufficio-immigrazione").await;
    assert_eq!(status, 200);
    assert_eq!(italian["translation"], "source");
}

#[tokio::test]
async fn services_list_pages_through_everything() {
    let (status, first) = get("/api/v1/services?lang=sq&limit=10").await;
    assert_eq!(status, 200);
    assert_eq!(first["total"].as_u64(), Some(service_count() as u64));
    assert_eq!(first["items"].as_array().map(Vec::len), Some(10));
    let (_, last) = get(&format!("/api/v1/services?lang=sq&limit=10&offset={}", service_count() - 3)).await;
    assert_eq!(last["items"].as_array().map(Vec::len), Some(3));
    assert_eq!(last["items"][0]["lang"], "sq");
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
    let (_, long_error) = get(&format!("/api/v1/search?lang=ro&q={long}")).await;
    assert_eq!(long_error["error"]["code"], "query_too_long");
    assert!(long_error["error"]["message"].as_str().unwrap_or("").contains("500"), "{long_error}");
}

/// The v1 contract, pinned: a change to these shapes is a breaking change (v2).
#[tokio::test]
async fn api_v1_responses_are_pinned() {
    let (_, detail) = get("/api/v1/services/roma-ufficio-immigrazione?lang=it").await;
    insta::assert_json_snapshot!("service_detail_it", detail);
    let (_, search) = get("/api/v1/search?q=mediazione&lang=sq&limit=3").await;
    // Scores move with tuning, and what is open depends on the time of day.
    insta::assert_json_snapshot!("search_sq", search, { ".hits[].score" => "[score]", ".open_now" => "[count]" });
    let (_, error) = get("/api/v1/search?q=x&limit=abc&lang=ar").await;
    insta::assert_json_snapshot!("error_ar", error);
}
