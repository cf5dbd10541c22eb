//! Several instances over one database, as behind a load balancer: each keeps its own
//! search index and follows the shared change log from its own index's version, so every
//! instance applies every change one by one instead of rebuilding.

use portineria::db::Database;
use portineria::search::indexer::catch_up;
use portineria::search::{SearchIndex, SearchQuery, Thesaurus};
use portineria_tests::admin::{account, entry_form_of, set, Agent};
use portineria_tests::{http, repo_root, TestServer};
use std::sync::Arc;

const ORG: &str = "cooperativa-san-donato";
const SERVICE: &str = "san-donato-sostegno-abitativo";
const EDITOR: (&str, &str) = ("dora@sandonato.example", "la nebbia sale piano dal fiume");
/// Words no seed text holds, one per publication.
const WORDS: [&str; 5] = ["quarzite", "basaltico", "granitello", "ossidiana", "porfirello"];

/// Publishes the service under a name holding `word`.
async fn publish_name(agent: &Agent, word: &str) {
    let path = format!("/admin/orgs/{ORG}/services/{SERVICE}");
    let mut fields = entry_form_of(agent, &path).await;
    set(&mut fields, "name.it", &format!("Sostegno abitativo {word}"));
    set(&mut fields, "action", "publish");
    let answer = agent.post(&path, &fields).await;
    assert_eq!(answer.status.as_u16(), 303, "published: {}", answer.body);
}

fn found(index: &SearchIndex, word: &str) -> Vec<String> {
    let query = SearchQuery { text: word.into(), limit: 10, ..Default::default() };
    index.search(&query).expect("search").hits.iter().map(|h| h.card.slug.clone()).collect()
}

#[tokio::test]
async fn a_second_instance_applies_every_publication_from_the_shared_log() {
    let server = TestServer::start_with(repo_root().join("content"), |_| {});
    account(&server.database_url, EDITOR.0, "editor", EDITOR.1, &[ORG]).await;
    let editor = Agent::logged_in(&server.base, EDITOR).await;
    // Instance B: its own index over the same database.
    let db = Database::open(&server.database_url).await.expect("database");
    let dir = tempfile::tempdir().expect("dir");
    let thesaurus = Thesaurus::load(&repo_root().join("content")).expect("thesaurus");
    let index = Arc::new(SearchIndex::open(dir.path(), thesaurus, Default::default()).expect("index"));
    assert!(catch_up(&db, &index).await.expect("first catch-up"), "an empty index is built");
    assert_eq!((index.updates().rebuilds(), index.updates().incremental()), (1, 0));
    for (round, word) in WORDS.iter().enumerate() {
        // Instance A publishes and brings its own index up to date before answering.
        publish_name(&editor, word).await;
        assert!(catch_up(&db, &index).await.expect("catch up"), "round {round}: B sees a change");
        assert_eq!(found(&index, word), [SERVICE], "round {round}: B finds {word}");
        assert_eq!(index.updates().rebuilds(), 1, "round {round}: B applied the change without rebuilding");
    }
    assert_eq!(index.updates().incremental(), WORDS.len() as u64);

    // A reports how its own index follows the database.
    let health: serde_json::Value = http()
        .get(format!("{}/healthz?deep=1", server.base))
        .send()
        .await
        .expect("healthz")
        .json()
        .await
        .expect("json");
    let deep = &health["index"];
    assert_eq!(deep["index_version"], deep["data_version"], "{health}");
    assert!(deep["incremental_updates"].as_u64().unwrap_or(0) >= WORDS.len() as u64, "{health}");
    assert!(deep["full_rebuilds"].as_u64().unwrap_or(0) >= 1, "{health}");
    let plain: serde_json::Value =
        http().get(format!("{}/healthz", server.base)).send().await.expect("healthz").json().await.expect("json");
    assert!(plain.get("index").is_none(), "the plain health check stays small: {plain}");

    // Once the log is pruned past B's version, B cannot catch up from it and rebuilds.
    publish_name(&editor, "calcedonio").await;
    let pruned = db.prune_changes(chrono::Utc::now() + chrono::Duration::minutes(1)).await.expect("prune");
    assert!(pruned > 0, "the log held the changes");
    assert!(catch_up(&db, &index).await.expect("catch up"));
    assert_eq!(index.updates().rebuilds(), 2, "behind the pruned log: a rebuild");
    assert_eq!(found(&index, "calcedonio"), [SERVICE]);
    // An index that is current is not disturbed by pruning.
    assert!(!catch_up(&db, &index).await.expect("catch up"), "nothing new");
}
