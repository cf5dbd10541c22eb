//! What to bring and who can go: the pictogram checklist and the "who can go" line on the
//! service page, the kiosk, the mediator's desk and the slip in every language; filtering by
//! legal situation lists the services that say yes first, then those that do not say
//! (marked), and hides only those that say no, on the public search, the mediator's search
//! and the API; the admin edits both, two editors at once included.

use portineria_app::i18n::t;
use portineria_app::lang::Lang;
use portineria_app::requirements::{DocumentKind, Situation};
use portineria_tests::admin::{account, entry_form_of, form_fields, publish_then_page_at, set, Agent};
use portineria_tests::{
    content_with_requirements, escaped, http, page_at, repo_root, TestServer, NOT_STATED, PERMIT_ONLY, TAKES_ANYONE,
    TAKES_UNDOCUMENTED,
};
use std::sync::LazyLock;

static FIXTURE: LazyLock<(TestServer, tempfile::TempDir)> = LazyLock::new(|| {
    let content = content_with_requirements();
    (TestServer::start(content.path().to_path_buf()), content)
});

fn base() -> &'static str {
    &FIXTURE.0.base
}

/// The service slugs a results page links to, in order, once each.
fn order(html: &str, prefix: &str) -> Vec<String> {
    let mut order: Vec<String> = Vec::new();
    for (i, _) in html.match_indices(prefix) {
        let slug: String = html[i + prefix.len()..].chars().take_while(|c| *c != '"' && *c != '?').collect();
        if slug.starts_with("prova-") && !order.contains(&slug) {
            order.push(slug);
        }
    }
    order
}

async fn json(path: &str) -> (u16, serde_json::Value) {
    let response = http().get(format!("{}{path}", base())).send().await.expect("answer");
    (response.status().as_u16(), response.json().await.expect("json"))
}

#[tokio::test]
async fn what_to_bring_and_who_can_go_show_everywhere_in_every_language() {
    for lang in Lang::ALL {
        let word = |key: &str| escaped(&t(lang, key));
        let pages = [
            format!("/{lang}/services/{TAKES_UNDOCUMENTED}"),
            format!("/kiosk/{lang}/services/{TAKES_UNDOCUMENTED}"),
            format!("/{lang}/services/{TAKES_UNDOCUMENTED}/print"),
            format!("/mediator/services/{TAKES_UNDOCUMENTED}?lang={lang}"),
        ];
        for path in pages {
            let (status, html) = page_at(base(), &path).await;
            assert_eq!(status, 200, "{path}");
            for kind in [DocumentKind::PassportOrId, DocumentKind::TaxCode] {
                assert!(html.contains(&format!("document-{}\"", kind.as_str())), "{path}: {kind:?} listed");
                assert!(html.contains(&word(&kind.message())), "{path}: {kind:?} named in its language");
            }
            assert!(html.contains("class=\"icon document-icon\""), "{path}: pictograms");
            assert!(html.contains("Una lettera del comune"), "{path}: the document in words too");
            assert!(html.contains(&word("who-can-go")), "{path}: who can go");
            for situation in [Situation::Undocumented, Situation::AsylumSeekers] {
                assert!(html.contains(&word(&situation.message())), "{path}: {situation:?}");
            }
            assert!(!html.contains(&word(&DocumentKind::NothingNeeded.message())), "{path}");
        }
        // A service that does not say who can go says so, on its page and its slip.
        for path in [format!("/{lang}/services/{NOT_STATED}"), format!("/{lang}/services/{NOT_STATED}/print")] {
            let (_, html) = page_at(base(), &path).await;
            assert!(html.contains("who-can-go not-stated"), "{path}");
            assert!(html.contains(&word("who-can-go-not-stated")), "{path}");
            assert!(!html.contains("checklist-item"), "{path}: nothing to bring is listed");
        }
        let (_, html) = page_at(base(), &format!("/{lang}/services/{TAKES_ANYONE}")).await;
        assert!(html.contains(&word(&DocumentKind::NothingNeeded.message())));
        assert!(html.contains(&word(&Situation::Anyone.message())));
    }
    // The mediator sees both languages side by side.
    let (_, html) = page_at(base(), &format!("/mediator/services/{TAKES_UNDOCUMENTED}?lang=ar")).await;
    for lang in [Lang::It, Lang::Ar] {
        assert!(html.contains(&escaped(&t(lang, &Situation::Undocumented.message()))), "{lang}");
    }
    // Every seed service starts as "not stated": nothing is guessed.
    let (_, seed) = page_at(base(), "/it/services/roma-ufficio-immigrazione").await;
    assert!(seed.contains("who-can-go not-stated"));
    let (_, api) = json(&format!("/api/v1/services/{TAKES_UNDOCUMENTED}?lang=ro")).await;
    assert_eq!(api["who_can_go"], serde_json::json!(["undocumented", "asylum-seekers"]));
    assert_eq!(api["required_documents"], serde_json::json!(["passport-or-id", "tax-code"]));
    let (_, api) = json(&format!("/api/v1/services/{NOT_STATED}")).await;
    assert_eq!(api["who_can_go"], serde_json::json!([]));
}

#[tokio::test]
async fn the_situation_filter_lists_yes_first_then_not_stated_and_hides_only_no() {
    let q = "sportello%20prova%20requisiti";
    for lang in Lang::ALL {
        let (status, html) = page_at(base(), &format!("/{lang}/search?q={q}&situation=undocumented")).await;
        assert_eq!(status, 200);
        let found = order(&html, &format!("href=\"/{lang}/services/"));
        assert_eq!(found.len(), 3, "{lang}: {found:?}");
        assert!(!found.iter().any(|s| s == PERMIT_ONLY), "{lang}: a service that says no is left out");
        assert_eq!(found.last().map(String::as_str), Some(NOT_STATED), "{lang}: not stated comes last: {found:?}");
        assert!(html.contains(&escaped(&t(lang, "who-can-go-not-stated"))), "{lang}: and is marked");
        assert!(html.contains(&escaped(&t(lang, "situation-filter-hint"))), "{lang}: the filter says how it works");
        // Without the filter all four are there, and the facet offers each situation.
        let (_, all) = page_at(base(), &format!("/{lang}/search?q={q}")).await;
        assert_eq!(order(&all, &format!("href=\"/{lang}/services/")).len(), 4, "{lang}");
        assert!(all.contains("facet facet-situation"), "{lang}: the facet");
        assert!(all.contains(&escaped(&t(lang, &Situation::Undocumented.message()))), "{lang}");
    }
    // The mediator's search: the same order, in both languages, each marked.
    let (status, html) = page_at(base(), &format!("/mediator/search?lang=zh&q={q}&situation=undocumented")).await;
    assert_eq!(status, 200);
    let found = order(&html, "href=\"/mediator/services/");
    assert_eq!(found.len(), 3, "{found:?}");
    assert_eq!(found.last().map(String::as_str), Some(NOT_STATED), "{found:?}");
    assert!(html.contains("<option value=\"undocumented\" selected"), "the form keeps the situation");
    // The API: order, facet counts (the services that say yes), a bad value refused.
    let (status, body) = json(&format!("/api/v1/search?q={q}&situation=undocumented")).await;
    assert_eq!(status, 200);
    let ids: Vec<&str> = body["hits"].as_array().expect("hits").iter().filter_map(|h| h["id"].as_str()).collect();
    assert_eq!(ids.len(), 3, "{ids:?}");
    assert_eq!(ids[2], NOT_STATED, "{ids:?}");
    assert!(body["hits"][2]["who_can_go"].as_array().is_some_and(Vec::is_empty));
    let (_, all) = json(&format!("/api/v1/search?q={q}")).await;
    assert_eq!(all["facets"]["situation"]["undocumented"], 2, "{}", all["facets"]);
    assert_eq!(all["facets"]["situation"]["permit-holders"], 2, "anyone counts for each: {}", all["facets"]);
    let (status, body) = json("/api/v1/search?q=&situation=martians").await;
    assert_eq!(status, 400);
    assert_eq!(body["error"]["code"], "invalid_parameter");
    let (status, html) = page_at(base(), "/ar/search?situation=martians").await;
    assert_eq!(status, 400);
    assert!(html.contains(&escaped(&t(Lang::Ar, "bad-request-title"))));
    // Over the whole directory the filter hides only the one service that says no.
    let (_, everything) = json("/api/v1/search?q=&limit=1").await;
    let (_, filtered) = json("/api/v1/search?q=&limit=1&situation=undocumented").await;
    assert_eq!(filtered["total"].as_u64(), everything["total"].as_u64().map(|n| n - 1));
}

const ORG: &str = "roma-capitale";
const ANNA: (&str, &str) = ("anna@roma.example", "le fontane di piazza navona cantano");
const BRUNO: (&str, &str) = ("bruno@roma.example", "il tevere scorre lento verso il mare");
const FIRST: &str = "roma-ufficio-immigrazione";
const SECOND: &str = "roma-mediazione-interculturale";

/// The draft's (or published) lists of a service: documents from the list, who can go.
async fn drafted(server: &TestServer, slug: &str) -> (Vec<String>, Vec<String>) {
    let row = server.state.db.document(ORG).await.expect("read").expect("organisation");
    let doc = row.draft.unwrap_or(row.published);
    let service = doc.services.iter().find(|s| s.slug == slug).expect("service");
    (service.required_documents.clone(), service.who_can_go.clone())
}

/// A filled form with `name` ticked for exactly `values`.
fn tick(fields: &mut Vec<(String, String)>, name: &str, values: &[&str]) {
    fields.retain(|(k, _)| k != name);
    fields.extend(values.iter().map(|v| (name.to_string(), v.to_string())));
}

#[tokio::test]
async fn editors_pick_documents_and_who_can_go_and_a_wrong_pick_loses_nothing_even_two_at_once() {
    let server = TestServer::start(repo_root().join("content"));
    account(&server.database_url, ANNA.0, "editor", ANNA.1, &[ORG]).await;
    account(&server.database_url, BRUNO.0, "editor", BRUNO.1, &[ORG]).await;
    let (anna, bruno) = (Agent::logged_in(&server.base, ANNA).await, Agent::logged_in(&server.base, BRUNO).await);
    let (a_path, b_path) =
        (format!("/admin/orgs/{ORG}/services/{FIRST}"), format!("/admin/orgs/{ORG}/services/{SECOND}"));

    // "Nothing needed" with a document, "anyone" with a situation: refused, ticks kept.
    let mut fields = entry_form_of(&anna, &a_path).await;
    tick(&mut fields, "required_documents", &["passport-or-id", "nothing-needed"]);
    tick(&mut fields, "who_can_go", &["anyone", "undocumented"]);
    set(&mut fields, "summary.it", "Un riassunto nuovo che non va perso.");
    let refused = anna.post(&a_path, &fields).await;
    assert_eq!(refused.status.as_u16(), 422);
    for key in ["admin-error-nothing-needed-alone", "admin-error-anyone-alone"] {
        assert!(refused.body.contains(&escaped(&t(Lang::It, key))), "{key}");
    }
    let kept = form_fields(&refused.body, &a_path);
    assert!(kept.contains(&("required_documents".into(), "nothing-needed".into())), "what was ticked stays");
    assert!(kept.contains(&("summary.it".into(), "Un riassunto nuovo che non va perso.".into())));
    assert_eq!(drafted(&server, FIRST).await, (vec![], vec![]), "nothing saved");

    let documents = DocumentKind::ALL.map(DocumentKind::as_str);
    let situations = Situation::ALL.map(Situation::as_str);
    for round in 0..20usize {
        let a_pick = [situations[1 + round % 5]];
        let b_pick = [documents[round % 10], documents[(round + 3) % 10]];
        let (mut a_form, mut b_form) = tokio::join!(entry_form_of(&anna, &a_path), entry_form_of(&bruno, &b_path));
        tick(&mut a_form, "who_can_go", &a_pick);
        tick(&mut b_form, "required_documents", &b_pick);
        let (a, b) = tokio::join!(anna.post(&a_path, &a_form), bruno.post(&b_path, &b_form));
        assert_eq!((a.status.as_u16(), b.status.as_u16()), (303, 303), "round {round}: both acknowledged");
        assert_eq!(drafted(&server, FIRST).await.1, a_pick, "round {round}: Anna's");
        let mut b_expected = b_pick.map(str::to_string).to_vec();
        b_expected.sort_by_key(|d| documents.iter().position(|k| k == d));
        assert_eq!(drafted(&server, SECOND).await.0, b_expected, "round {round}: Bruno's, in the list's order");
    }
    let html = publish_then_page_at(&server, &anna, ORG, "via-assisi").await;
    let last = Situation::ALL[1 + 19 % 5];
    assert!(html.contains(&escaped(&t(Lang::It, &last.message()))), "published: who can go on the page");
    let (_, api) = page_at(&server.base, &format!("/api/v1/search?q=&situation={}&limit=100", last.as_str())).await;
    let body: serde_json::Value = serde_json::from_str(&api).expect("json");
    assert_eq!(body["hits"][0]["id"], FIRST, "the index knows at once: it comes first");
}
