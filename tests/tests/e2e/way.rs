//! The way there: coordinates become "open in maps" links (a `geo:` link and OpenStreetMap)
//! on the pages and a directions QR code on the slip; at a desk with coordinates results
//! show their distance and nearer ones rank a little higher, never above a clearly more
//! relevant one; the admin edits coordinates, two editors at once included.

use portineria_app::geo::{Coordinates, Distance};
use portineria_app::i18n::{format_distance, t};
use portineria_app::lang::Lang;
use portineria_tests::admin::{account, entry_form_of, field, form_fields, publish_then_page_at, set, Agent};
use portineria_tests::{
    content_with_places, escaped, http, page_at, repo_root, TestServer, DESK_POINT, FAR, FAR_BUT_NAMED, FAR_POINT,
    MAPPED_DESK, NEAR, NEAR_POINT,
};
use std::sync::LazyLock;

static FIXTURE: LazyLock<(TestServer, tempfile::TempDir)> = LazyLock::new(|| {
    let content = content_with_places();
    (TestServer::start(content.path().to_path_buf()), content)
});

fn base() -> &'static str {
    &FIXTURE.0.base
}

fn point(text: &str) -> Coordinates {
    Coordinates::try_from(text.to_string()).expect("coordinates")
}

/// The kiosk results' service slugs, in order, for `q` at the mapped desk.
async fn kiosk_order(lang: Lang, q: &str) -> (Vec<String>, String) {
    let (status, html) = page_at(base(), &format!("/kiosk/{lang}/search?q={q}&desk={MAPPED_DESK}")).await;
    assert_eq!(status, 200);
    let prefix = format!("href=\"/kiosk/{lang}/services/");
    let mut order: Vec<String> = Vec::new();
    for (i, _) in html.match_indices(&prefix) {
        let slug: String = html[i + prefix.len()..].chars().take_while(|c| *c != '"' && *c != '?').collect();
        if !order.contains(&slug) {
            order.push(slug);
        }
    }
    (order, html)
}

#[tokio::test]
async fn a_location_with_coordinates_opens_in_maps_in_every_language() {
    let near = point(NEAR_POINT);
    for lang in Lang::ALL {
        for path in [format!("/{lang}/services/{NEAR}"), format!("/kiosk/{lang}/services/{NEAR}")] {
            let (status, html) = page_at(base(), &path).await;
            assert_eq!(status, 200, "{path}");
            assert!(html.contains(&format!("href=\"{}\"", near.geo_uri())), "{path}: geo link");
            assert!(html.contains(&format!("href=\"{}\"", escaped(&near.osm_url()))), "{path}: OpenStreetMap");
            assert!(html.contains(&escaped(&t(lang, "map-open"))), "{path}: in its language");
        }
        let (_, slip) = page_at(base(), &format!("/{lang}/services/{NEAR}/print")).await;
        assert_eq!(slip.matches("class=\"qr\"").count(), 2, "{lang}: the page's QR code and the directions'");
        assert!(slip.contains(&escaped(&t(lang, "slip-directions"))));
        // A service without coordinates has neither.
        let (_, plain) = page_at(base(), &format!("/{lang}/services/san-donato-sostegno-abitativo/print")).await;
        assert_eq!(plain.matches("class=\"qr\"").count(), 1, "{lang}: one QR code only");
        assert!(!plain.contains("geo:"));
    }
    let api: serde_json::Value = http()
        .get(format!("{}/api/v1/services/{NEAR}", base()))
        .send()
        .await
        .expect("answer")
        .json()
        .await
        .expect("json");
    assert_eq!(api["locations"][0]["latitude"], near.lat);
    assert_eq!(api["locations"][0]["longitude"], near.lon);
}

#[tokio::test]
async fn at_a_desk_results_show_their_distance_and_nearer_ones_rank_higher() {
    let desk = point(DESK_POINT);
    for lang in Lang::ALL {
        let (order, html) = kiosk_order(lang, "sportello%20prova%20mappa").await;
        let (near, far) = (order.iter().position(|s| s == NEAR), order.iter().position(|s| s == FAR));
        assert!(near.is_some() && far.is_some() && near < far, "{lang}: the nearer first: {order:?}");
        let near_distance = format_distance(lang, Distance::from_metres(desk.distance_m(&point(NEAR_POINT))));
        let far_distance = format_distance(lang, Distance::from_metres(desk.distance_m(&point(FAR_POINT))));
        assert!(html.contains(&escaped(&near_distance)), "{lang}: {near_distance}");
        assert!(html.contains(&escaped(&far_distance)), "{lang}: {far_distance}");
    }
    assert_eq!(
        format_distance(Lang::It, Distance::from_metres(desk.distance_m(&point(NEAR_POINT)))),
        "a \u{2068}100\u{2069} m da qui"
    );
    // Distance never outranks a clearly better match: the far service named "Cartografia"
    // stays above the near one that only mentions it.
    let (order, _) = kiosk_order(Lang::It, "cartografia").await;
    assert_eq!(order.first().map(String::as_str), Some(FAR_BUT_NAMED), "{order:?}");
    assert!(order.iter().any(|s| s == NEAR));
    // Without a desk (the public site) there is no distance and no nearness.
    let (_, public) = page_at(base(), "/it/search?q=sportello%20prova%20mappa").await;
    assert!(!public.contains("hit-distance"));
}

const ORG: &str = "roma-capitale";
const ANNA: (&str, &str) = ("anna@roma.example", "le fontane di piazza navona cantano");
const BRUNO: (&str, &str) = ("bruno@roma.example", "il tevere scorre lento verso il mare");

async fn drafted(server: &TestServer, key: &str) -> Option<String> {
    let row = server.state.db.document(ORG).await.expect("read").expect("organisation");
    let doc = row.draft.unwrap_or(row.published);
    doc.locations.iter().find(|l| l.key == key).expect("location").coordinates.map(|c| c.to_string())
}

#[tokio::test]
async fn editors_set_coordinates_and_a_wrong_one_loses_nothing_even_two_at_once() {
    let server = TestServer::start(repo_root().join("content"));
    account(&server.database_url, ANNA.0, "editor", ANNA.1, &[ORG]).await;
    account(&server.database_url, BRUNO.0, "editor", BRUNO.1, &[ORG]).await;
    let (anna, bruno) = (Agent::logged_in(&server.base, ANNA).await, Agent::logged_in(&server.base, BRUNO).await);
    let (a_path, b_path) =
        (format!("/admin/orgs/{ORG}/locations/via-assisi"), format!("/admin/orgs/{ORG}/locations/ufficio-detenuti"));

    let mut fields = entry_form_of(&anna, &a_path).await;
    set(&mut fields, "coordinates", "Via Assisi 39");
    let refused = anna.post(&a_path, &fields).await;
    assert_eq!(refused.status.as_u16(), 422);
    assert!(refused.body.contains(&escaped(&t(Lang::It, "admin-error-coordinates"))));
    assert_eq!(field(&form_fields(&refused.body, &a_path), "coordinates"), "Via Assisi 39", "what was typed stays");
    assert_eq!(drafted(&server, "via-assisi").await, None);

    for round in 0..20 {
        let (a_point, b_point) = (format!("41.8{round:02}, 12.5"), format!("41.9{round:02}, 12.4"));
        let (mut a_form, mut b_form) = tokio::join!(entry_form_of(&anna, &a_path), entry_form_of(&bruno, &b_path));
        set(&mut a_form, "coordinates", &a_point);
        set(&mut b_form, "coordinates", &b_point);
        let (a, b) = tokio::join!(anna.post(&a_path, &a_form), bruno.post(&b_path, &b_form));
        assert_eq!((a.status.as_u16(), b.status.as_u16()), (303, 303), "round {round}: both acknowledged");
        assert_eq!(drafted(&server, "via-assisi").await, Some(point(&a_point).to_string()), "round {round}: Anna's");
        assert_eq!(
            drafted(&server, "ufficio-detenuti").await,
            Some(point(&b_point).to_string()),
            "round {round}: Bruno's"
        );
    }
    let html = publish_then_page_at(&server, &anna, ORG, "via-assisi").await;
    assert!(html.contains(&format!("href=\"{}\"", point("41.819, 12.5").geo_uri())), "published: the map link");
}
