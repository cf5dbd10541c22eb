//! The Open Referral HSDS 3.0 API as a new client would use it: curl and a JSON Schema
//! validator, following only `/api/hsds/v3/`. Every answer is checked against HSDS's own
//! schemas (vendored) and against the profile's merged schemas (fetched from the server, as
//! the `/` answer points to them); a broken answer is shown to fail both.

use portineria::content::Texts;
use portineria_app::lang::Lang;
use portineria_tests::hsds::{assert_valid, plain, profile};
use portineria_tests::{content, content_with_places, http, url, TestServer, FAR_POSTCODE, NEAR_POSTCODE};
use serde_json::Value;
use std::collections::BTreeSet;

async fn get(path: &str) -> (u16, Value) {
    let response = http().get(url(path)).send().await.expect("server answers");
    let status = response.status().as_u16();
    let text = response.text().await.expect("body");
    let body = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: JSON expected ({e}): {text}"));
    (status, body)
}

async fn ok(path: &str) -> Value {
    let (status, body) = get(path).await;
    assert_eq!(status, 200, "{path}: {body}");
    body
}

/// The paging envelope of HSDS's OpenAPI file, with its numbers agreeing.
fn check_page(page: &Value, path: &str) {
    for field in ["total_items", "total_pages", "page_number", "size"] {
        assert!(page[field].is_u64(), "{path}: {field} missing: {page}");
    }
    for field in ["first_page", "last_page", "empty"] {
        assert!(page[field].is_boolean(), "{path}: {field} missing");
    }
    let contents = page["contents"].as_array().expect("contents");
    assert_eq!(page["size"].as_u64(), Some(contents.len() as u64), "{path}");
}

fn seed_services() -> Vec<portineria::content::Service> {
    content().organizations.into_iter().flat_map(|(_, _, f)| f.services).collect()
}

fn shown(texts: &Texts, lang: Lang) -> String {
    texts.get(lang).unwrap_or(texts.italian()).to_string()
}

/// The profile's schema `file` as the API publishes it (from the `/` answer's links).
async fn profile_schema(file: &str) -> jsonschema::Validator {
    let about = ok("/api/hsds/v3/").await;
    let openapi_url = about["openapi_url"].as_str().expect("openapi_url");
    let base = openapi_url.trim_end_matches("openapi.json");
    profile(&format!("{base}schema/{file}")).await
}

#[tokio::test]
async fn the_root_names_hsds_3_and_links_to_a_profile_and_openapi_that_resolve() {
    let about = ok("/api/hsds/v3/").await;
    assert_eq!(about["version"], "3.0");
    for link in ["profile", "openapi_url"] {
        let target = about[link].as_str().unwrap_or_else(|| panic!("{link}: {about}"));
        let response = http().get(target).send().await.expect("link answers");
        assert_eq!(response.status().as_u16(), 200, "{target}");
        let body: Value = response.json().await.expect("JSON");
        assert!(body.is_object(), "{target}");
    }
    let openapi = ok("/api/hsds/v3/openapi.json").await;
    assert_eq!(openapi["openapi"], "3.1.0");
    // Every path of HSDS's OpenAPI is served, with the language parameter added.
    for path in openapi["paths"].as_object().expect("paths").keys() {
        assert!(path.starts_with('/'), "{path}");
    }
    let patch = ok("/api/hsds/v3/profile/service.json").await;
    assert!(patch["properties"]["translations"].is_object());
    assert_eq!(ok("/api/hsds/v3").await["version"], "3.0");
}

#[tokio::test]
async fn every_service_pages_through_in_every_language_and_validates() {
    let plain_list = plain("compiled/service_list.json").await;
    let plain_full = plain("compiled/service.json").await;
    let profile_list = profile_schema("compiled/service_list.json").await;
    let profile_full = profile_schema("compiled/service.json").await;
    let services = seed_services();
    for lang in Lang::ALL {
        let mut ids = BTreeSet::new();
        let mut page = 1;
        loop {
            let path = format!("/api/hsds/v3/services?lang={}&per_page=7&page={page}", lang.code());
            let body = ok(&path).await;
            check_page(&body, &path);
            assert_eq!(body["total_items"].as_u64(), Some(services.len() as u64), "{path}");
            assert_eq!(body["page_number"].as_u64(), Some(page));
            for item in body["contents"].as_array().unwrap() {
                assert_valid(&plain_list, item, &path);
                assert_valid(&profile_list, item, &path);
                assert!(ids.insert(item["id"].as_str().unwrap().to_string()), "{path}: an id twice");
            }
            if body["last_page"] == true {
                break;
            }
            page += 1;
        }
        assert_eq!(ids.len(), services.len(), "{lang:?}: every service once");
        // Each service in full, its name in the asked language.
        for id in &ids {
            let path = format!("/api/hsds/v3/services/{id}?lang={}", lang.code());
            let service = ok(&path).await;
            assert_valid(&plain_full, &service, &path);
            assert_valid(&profile_full, &service, &path);
            let slug = service["slug"].as_str().expect("slug");
            let seed = services.iter().find(|s| s.slug == slug).expect("a seed service");
            assert_eq!(service["name"].as_str(), Some(shown(&seed.name, lang).as_str()), "{path}");
            let names: Vec<&Value> =
                service["translations"].as_array().unwrap().iter().filter(|t| t["field"] == "name").collect();
            assert_eq!(names.len(), Lang::ALL.iter().filter(|l| seed.name.get(**l).is_some()).count(), "{path}");
            assert!(names.iter().any(|t| t["language"] == "it" && t["status"] == "source"));
        }
    }
}

#[tokio::test]
async fn a_broken_answer_fails_both_schemas() {
    let plain_full = plain("compiled/service.json").await;
    let profile_full = profile_schema("compiled/service.json").await;
    let list = ok("/api/hsds/v3/services?per_page=1").await;
    let id = list["contents"][0]["id"].as_str().unwrap().to_string();
    let good = ok(&format!("/api/hsds/v3/services/{id}")).await;
    for (what, broken) in [
        ("no name", {
            let mut b = good.clone();
            b.as_object_mut().unwrap().remove("name");
            b
        }),
        ("an id that is no UUID", {
            let mut b = good.clone();
            b["id"] = "service-1".into();
            b
        }),
        ("a status HSDS does not know", {
            let mut b = good.clone();
            b["status"] = "open".into();
            b
        }),
    ] {
        assert!(!plain_full.is_valid(&broken), "HSDS's schema accepts {what}");
        assert!(!profile_full.is_valid(&broken), "the profile's schema accepts {what}");
    }
    // The profile's own additions are checked too: a translation status it does not know.
    let mut broken = good.clone();
    broken["translations"][0]["status"] = "guessed".into();
    assert!(plain_full.is_valid(&broken), "HSDS itself knows nothing of translations");
    assert!(!profile_full.is_valid(&broken), "the profile's schema accepts an unknown status");
}

#[tokio::test]
async fn organizations_locations_and_taxonomies_validate() {
    let checks = [
        ("/api/hsds/v3/organizations?per_page=100", "compiled/organization_list.json"),
        ("/api/hsds/v3/organizations?full=true&per_page=100&lang=zh", "compiled/organization.json"),
        ("/api/hsds/v3/service_at_locations?per_page=100&lang=ar", "compiled/service_at_location_list.json"),
        ("/api/hsds/v3/service_at_locations?full=true&per_page=100", "compiled/service_at_location.json"),
        ("/api/hsds/v3/taxonomies?lang=ro", "taxonomy.json"),
        ("/api/hsds/v3/taxonomy_terms?per_page=100&lang=sq", "taxonomy_term.json"),
    ];
    for (path, file) in checks {
        let (plain_schema, profile_schema) = (plain(file).await, profile_schema(file).await);
        let body = ok(path).await;
        check_page(&body, path);
        let contents = body["contents"].as_array().unwrap();
        assert!(!contents.is_empty(), "{path}");
        assert_eq!(body["total_items"].as_u64(), Some(contents.len() as u64), "{path}: one page holds all");
        for item in contents {
            assert_valid(&plain_schema, item, path);
            assert_valid(&profile_schema, item, path);
        }
        // Each one again by its id.
        let single = path.split('?').next().unwrap();
        for item in contents.iter().take(5) {
            let one = ok(&format!("{single}/{}", item["id"].as_str().unwrap())).await;
            assert_eq!(one["id"], item["id"]);
        }
    }
    let organizations = content().organizations.len() as u64;
    assert_eq!(ok("/api/hsds/v3/organizations").await["total_items"].as_u64(), Some(organizations));
    let full = ok("/api/hsds/v3/organizations?full_service=true&per_page=100").await;
    let services: usize =
        full["contents"].as_array().unwrap().iter().map(|o| o["services"].as_array().map_or(0, Vec::len)).sum();
    assert_eq!(services, seed_services().len(), "full_service nests every service");
}

#[tokio::test]
async fn filters_narrow_the_lists() {
    let all = ok("/api/hsds/v3/services?per_page=1000&full=true").await;
    let contents = all["contents"].as_array().unwrap().clone();
    // By organisation.
    let org = contents[0]["organization_id"].as_str().unwrap();
    let of_org = contents.iter().filter(|s| s["organization_id"] == org).count() as u64;
    let body = ok(&format!("/api/hsds/v3/services?organization_id={org}")).await;
    assert_eq!(body["total_items"].as_u64(), Some(of_org));
    // By taxonomy term, and by taxonomy.
    let term = contents
        .iter()
        .flat_map(|s| s["attributes"].as_array().cloned().unwrap_or_default())
        .find(|a| a["taxonomy_term"]["taxonomy"].is_string())
        .expect("a service with a term");
    let term_id = term["taxonomy_term_id"].as_str().unwrap();
    let with_term = contents
        .iter()
        .filter(|s| s["attributes"].as_array().is_some_and(|a| a.iter().any(|a| a["taxonomy_term_id"] == term_id)))
        .count() as u64;
    assert_eq!(
        ok(&format!("/api/hsds/v3/services?taxonomy_term_id={term_id}")).await["total_items"].as_u64(),
        Some(with_term)
    );
    let taxonomy = term["taxonomy_term"]["taxonomy_id"].as_str().unwrap();
    let in_taxonomy =
        ok(&format!("/api/hsds/v3/services?taxonomy_id={taxonomy}")).await["total_items"].as_u64().unwrap();
    assert!(in_taxonomy >= with_term);
    // Search goes through the real index: an Italian word finds services, in any language.
    let found = ok("/api/hsds/v3/services?search=mediazione&lang=ar").await;
    let total = found["total_items"].as_u64().unwrap();
    assert!(total > 0 && total < contents.len() as u64, "search narrows: {total}");
    assert_eq!(ok("/api/hsds/v3/services?search=zzzqqqxxx").await["empty"], true);
    // Nothing changed after tomorrow; everything after 2000.
    let tomorrow = (chrono::Utc::now() + chrono::Duration::days(1)).format("%Y-%m-%d");
    assert_eq!(ok(&format!("/api/hsds/v3/services?modified_after={tomorrow}")).await["total_items"], 0);
    let since = ok("/api/hsds/v3/services?modified_after=2000-01-01T00:00:00Z").await;
    assert_eq!(since["total_items"].as_u64(), Some(contents.len() as u64));
    // Minimal: ids, names, statuses and dates, all in one page.
    let minimal = ok("/api/hsds/v3/services?minimal=true").await;
    assert_eq!(minimal["size"].as_u64(), Some(contents.len() as u64));
    assert!(minimal["contents"][0]["description"].is_null() && minimal["contents"][0]["last_modified"].is_string());
    // ndjson: every service, one per line, no paging.
    let text =
        http().get(url("/api/hsds/v3/services?format=ndjson&per_page=1")).send().await.unwrap().text().await.unwrap();
    let lines: Vec<Value> = text.lines().map(|l| serde_json::from_str(l).expect("a JSON line")).collect();
    assert_eq!(lines.len(), contents.len());
    // Terms: parent_id finds none (ours are flat), taxonomy_id keeps one taxonomy.
    let terms = ok(&format!("/api/hsds/v3/taxonomy_terms?taxonomy_id={taxonomy}&per_page=1000")).await;
    assert!(terms["contents"].as_array().unwrap().iter().all(|t| t["taxonomy_id"] == taxonomy));
    let parent = terms["contents"][0]["id"].as_str().unwrap();
    assert_eq!(ok(&format!("/api/hsds/v3/taxonomy_terms?parent_id={parent}")).await["empty"], true);
}

#[tokio::test]
async fn postcode_and_proximity_find_the_places_near_a_postcode() {
    let content = content_with_places();
    let server = TestServer::start(content.path().to_path_buf());
    let count = |path: String| {
        let url = format!("{}{path}", server.base);
        async move {
            let body: Value = http().get(&url).send().await.unwrap().json().await.unwrap();
            let places: Vec<String> = body["contents"]
                .as_array()
                .unwrap_or_else(|| panic!("{url}: {body}"))
                .iter()
                .map(|p| p["location"]["key"].as_str().unwrap().to_string())
                .collect();
            places
        }
    };
    let near = count(format!("/api/hsds/v3/service_at_locations?postcode={NEAR_POSTCODE}")).await;
    assert_eq!(near, vec!["vicina"], "the postcode's place only");
    let within_1km = count(format!("/api/hsds/v3/service_at_locations?postcode={NEAR_POSTCODE}&proximity=1000")).await;
    assert_eq!(within_1km, vec!["vicina"]);
    let within_30km =
        count(format!("/api/hsds/v3/service_at_locations?postcode={NEAR_POSTCODE}&proximity=30000")).await;
    assert_eq!(within_30km.len(), 3, "both places, three services: {within_30km:?}");
    let far = count(format!("/api/hsds/v3/service_at_locations?postcode={FAR_POSTCODE}")).await;
    assert_eq!(far, vec!["lontana", "lontana"]);
}

#[tokio::test]
async fn the_language_comes_from_lang_then_accept_language_then_italian() {
    let id = ok("/api/hsds/v3/services?per_page=1").await["contents"][0]["id"].as_str().unwrap().to_string();
    let path = format!("/api/hsds/v3/services/{id}");
    let italian = ok(&path).await["name"].clone();
    let arabic = ok(&format!("{path}?lang=ar")).await["name"].clone();
    assert_ne!(italian, arabic);
    let negotiated: Value =
        http().get(url(&path)).header("Accept-Language", "ar-MA, fr;q=0.5").send().await.unwrap().json().await.unwrap();
    assert_eq!(negotiated["name"], arabic);
}

#[tokio::test]
async fn bad_parameters_get_a_clear_json_400_never_a_5xx() {
    let bad = [
        "/api/hsds/v3/services?page=0",
        "/api/hsds/v3/services?page=abc",
        "/api/hsds/v3/services?per_page=100000",
        "/api/hsds/v3/services?format=xml",
        "/api/hsds/v3/services?organization_id=not-a-uuid",
        "/api/hsds/v3/services?taxonomy_term_id=42",
        "/api/hsds/v3/services?modified_after=yesterday",
        "/api/hsds/v3/services?full=maybe",
        "/api/hsds/v3/services?lang=xx",
        "/api/hsds/v3/services?colour=red",
        "/api/hsds/v3/services?page=1&page=2",
        "/api/hsds/v3/service_at_locations?proximity=1000",
        "/api/hsds/v3/service_at_locations?postcode=00000&proximity=1000",
        "/api/hsds/v3/service_at_locations?postcode=10121&proximity=-5",
        "/api/hsds/v3/taxonomy_terms?top_only=perhaps",
        "/api/hsds/v3/organizations?full_service=2",
    ];
    for path in bad {
        let (status, body) = get(path).await;
        assert_eq!(status, 400, "{path}: {body}");
        assert!(body["error"]["code"].is_string() && body["error"]["message"].is_string(), "{path}: {body}");
    }
    // The message is in the asked language.
    let (_, arabic) = get("/api/hsds/v3/services?page=0&lang=ar").await;
    let (_, italian) = get("/api/hsds/v3/services?page=0").await;
    assert_ne!(arabic["error"]["message"], italian["error"]["message"]);
    for path in [
        "/api/hsds/v3/services/00000000-0000-0000-0000-000000000000",
        "/api/hsds/v3/services/nonsense",
        "/api/hsds/v3/organizations/00000000-0000-0000-0000-000000000000",
        "/api/hsds/v3/taxonomies/x",
        "/api/hsds/v3/taxonomy_terms/00000000-0000-0000-0000-000000000000",
        "/api/hsds/v3/service_at_locations/00000000-0000-0000-0000-000000000000",
        "/api/hsds/v3/schema/nothing.json",
        "/api/hsds/v3/profile/nothing.json",
    ] {
        let (status, body) = get(path).await;
        assert_eq!(status, 404, "{path}: {body}");
    }
}

#[tokio::test]
async fn ids_are_stable_and_name_the_same_entities_everywhere() {
    let list = ok("/api/hsds/v3/services?per_page=1000&full=true").await;
    for service in list["contents"].as_array().unwrap() {
        let org = service["organization"]["id"].as_str().unwrap();
        assert_eq!(service["organization_id"].as_str(), Some(org));
        for at in service["service_at_locations"].as_array().into_iter().flatten() {
            assert_eq!(at["service_id"], service["id"]);
            let one = ok(&format!("/api/hsds/v3/service_at_locations/{}", at["id"].as_str().unwrap())).await;
            assert_eq!(one["location_id"], at["location_id"]);
        }
        let organization = ok(&format!("/api/hsds/v3/organizations/{org}")).await;
        assert!(organization["services"].as_array().unwrap().iter().any(|s| s["id"] == service["id"]));
    }
}
