//! Several server processes over one PostgreSQL database, as behind a load balancer (the
//! PostgreSQL server is the one the README's test command starts, whichever backend the
//! rest of the suite runs on): one schema from either migration set, one import when two
//! instances start at once, edits visible everywhere within a second, sessions and the
//! login throttle shared, and no acknowledged publication lost when an instance is killed.

use crate::durability::{command, spawned};
use portineria::db::Database;
use portineria_tests::admin::{account, entry_form_of, field, set, summary_edition, Agent};
use portineria_tests::{http, postgres_database, repo_root, search_api, sql_number};
use std::process::Child;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// A server process with its own data directory (its search index).
struct Instance {
    process: Child,
    base: String,
    _data: tempfile::TempDir,
}

impl Instance {
    async fn start(database: &str) -> Instance {
        let data = tempfile::tempdir().expect("data dir");
        let port = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("port").port();
        let process = spawned(command(data.path(), database, port), port).await;
        Instance { process, base: format!("http://127.0.0.1:{port}"), _data: data }
    }

    fn kill(&mut self) {
        self.process.kill().expect("SIGKILL");
        self.process.wait().expect("killed");
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

/// The slugs the search API of `base` finds for `query`.
async fn search(base: &str, query: &str) -> Vec<String> {
    let answer = search_api(base, "it", query).await;
    answer["hits"].as_array().into_iter().flatten().filter_map(|h| h["id"].as_str().map(String::from)).collect()
}

/// Publishes `summary` as the Italian summary of the entry at `path`; whether it was
/// acknowledged (a 303), `None` when the instance did not answer.
async fn publish_summary(agent: &Agent, path: &str, summary: &str) -> Option<bool> {
    let page = tokio::time::timeout(Duration::from_secs(5), agent.try_get(path)).await.ok()??;
    let mut fields = portineria_tests::admin::form_fields(&page.body, path);
    set(&mut fields, "summary.it", summary);
    set(&mut fields, "action", "publish");
    let answer = tokio::time::timeout(Duration::from_secs(5), agent.try_post(path, &fields)).await.ok()??;
    Some(answer.status.as_u16() == 303)
}

/// Tables, columns (with a type family and whether they take NULL) and indexes, as SQLite
/// and PostgreSQL describe the schema their own migration sets made.
#[tokio::test]
async fn both_migration_sets_give_one_schema() {
    let dir = tempfile::tempdir().expect("dir");
    let sqlite = format!("sqlite://{}", dir.path().join("schema.db").display());
    let postgres = postgres_database().await;
    for url in [&sqlite, &postgres] {
        Database::open(url).await.expect("migrated");
    }
    let sqlite_schema = schema(&sqlite).await;
    assert!(sqlite_schema.len() > 100, "the whole schema is read: {} lines", sqlite_schema.len());
    assert_eq!(sqlite_schema, schema(&postgres).await);
}

/// One line per table column (`table.column family null|not-null`) and per index made by
/// `CREATE [UNIQUE] INDEX` (`index name on table`; the ones behind primary keys and
/// UNIQUE constraints are named differently by each engine), sorted. Type families: integer (SQLite INTEGER, PostgreSQL
/// bigint or boolean), real, text (SQLite TEXT, PostgreSQL text or timestamptz).
async fn schema(url: &str) -> Vec<String> {
    use sqlx::{Connection, Row};
    sqlx::any::install_default_drivers();
    let mut connection = sqlx::AnyConnection::connect(url).await.expect("database");
    let (columns, indexes) = if url.starts_with("sqlite:") {
        (
            "SELECT m.name, p.name, lower(p.type), CASE WHEN p.\"notnull\" = 1 OR p.pk > 0 THEN 0 ELSE 1 END
             FROM sqlite_master m JOIN pragma_table_info(m.name) p
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '_sqlx%'",
            "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL",
        )
    } else {
        (
            "SELECT CAST(table_name AS TEXT), CAST(column_name AS TEXT), CAST(data_type AS TEXT),
                    CASE WHEN is_nullable = 'YES' THEN 1 ELSE 0 END
             FROM information_schema.columns WHERE table_schema = current_schema() AND table_name NOT LIKE '_sqlx%'",
            "SELECT CAST(i.relname AS TEXT), CAST(t.relname AS TEXT) FROM pg_index x
             JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
             JOIN pg_namespace n ON n.oid = t.relnamespace
             WHERE n.nspname = current_schema()
               AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
               AND t.relname NOT LIKE '_sqlx%'",
        )
    };
    let family = |kind: &str| match kind {
        "integer" | "bigint" | "boolean" => "integer",
        "real" | "double precision" => "real",
        "text" | "timestamp with time zone" => "text",
        other => panic!("a column type neither family knows: {other}"),
    };
    let mut lines: Vec<String> = sqlx::query(columns)
        .fetch_all(&mut connection)
        .await
        .expect("columns")
        .iter()
        .map(|row| {
            let null = if row.get::<i64, _>(3) == 1 { "null" } else { "not-null" };
            format!(
                "{}.{} {} {null}",
                row.get::<String, _>(0),
                row.get::<String, _>(1),
                family(&row.get::<String, _>(2))
            )
        })
        .collect();
    for row in sqlx::query(indexes).fetch_all(&mut connection).await.expect("indexes") {
        lines.push(format!("index {} on {}", row.get::<String, _>(0), row.get::<String, _>(1)));
    }
    lines.sort();
    lines
}

/// Two instances started at the same instant on an empty database: both serve, the
/// migrations ran once, and the content was imported once (one import revision per
/// organisation, every service once).
#[tokio::test]
async fn two_instances_starting_at_once_import_the_content_once() {
    let database = postgres_database().await;
    let (a, b) = tokio::join!(Instance::start(&database), Instance::start(&database));
    for instance in [&a, &b] {
        let health = http().get(format!("{}/healthz", instance.base)).send().await.expect("health");
        assert_eq!(health.status().as_u16(), 200);
    }
    let content = portineria::content::load_dir(&repo_root().join("content")).expect("content");
    let organizations = content.organizations.len() as i64;
    let services: i64 = content.organizations.iter().map(|(_, _, file)| file.services.len() as i64).sum();
    let migrations = std::fs::read_dir(repo_root().join("server/migrations/postgres")).expect("migrations").count();
    assert_eq!(sql_number(&database, "SELECT COUNT(*) FROM _sqlx_migrations").await, migrations as i64);
    assert_eq!(sql_number(&database, "SELECT COUNT(*) FROM revisions WHERE kind = 'import'").await, organizations);
    assert_eq!(sql_number(&database, "SELECT COUNT(*) FROM organizations").await, organizations);
    assert_eq!(sql_number(&database, "SELECT COUNT(*) FROM services").await, services);
}

const COORDINATOR: (&str, &str) = ("rete@cluster.example", "due istanze una sola base");
const SERVICE_A: &str = "/admin/orgs/coop-pid/services/pid-segretariato-sociale-intra-extra-murario";
const SERVICE_B: &str = "/admin/orgs/cooperativa-san-donato/services/san-donato-sostegno-abitativo";

/// Publish on A, find it on B within a second; log in on A, carry on on B; wrong logins
/// spread over A and B are throttled as one count.
#[tokio::test]
async fn two_instances_share_edits_sessions_and_the_login_throttle() {
    let database = postgres_database().await;
    account(&database, COORDINATOR.0, "coordinator", COORDINATOR.1, &[]).await;
    let a = Instance::start(&database).await;
    let b = Instance::start(&database).await;

    let mut agent = Agent::logged_in(&a.base, COORDINATOR).await;
    for round in 0..3 {
        let word = format!("vetroresina{round}");
        assert_eq!(publish_summary(&agent, SERVICE_A, &format!("Sportello {word}")).await, Some(true));
        let published = Instant::now();
        while search(&b.base, &word).await.is_empty() {
            assert!(published.elapsed() < Duration::from_secs(1), "B finds {word} within a second");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        println!("round {round}: B found the edit published on A after {:?}", published.elapsed());
    }
    // B counts an update just after the update shows in its searches: give it a moment.
    let began = Instant::now();
    loop {
        let health: serde_json::Value =
            http().get(format!("{}/healthz?deep=1", b.base)).send().await.expect("health").json().await.expect("json");
        if health["index"]["incremental_updates"].as_u64() >= Some(3) {
            assert_eq!(health["index"]["full_rebuilds"], 1, "B rebuilt only at start: {health}");
            break;
        }
        assert!(began.elapsed() < Duration::from_secs(2), "B applied the edits one by one: {health}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }

    agent.base = b.base.clone();
    let dashboard = agent.get("/admin").await;
    assert_eq!(dashboard.status.as_u16(), 200, "the session opened on A works on B");
    let form = entry_form_of(&agent, SERVICE_A).await;
    assert_eq!(field(&form, "summary.it"), "Sportello vetroresina2", "B shows what A published");

    // 40 wrong passwords at once, half through each instance: together they get no more
    // attempts than the throttle's five free ones.
    let token_of = |base: String| async move {
        let page = Agent::new(&base).get("/admin/login").await;
        portineria_tests::admin::hidden(&page.body, "csrf")
    };
    let tokens = [token_of(a.base.clone()).await, token_of(b.base.clone()).await];
    let attempts = (0..40).map(|n| {
        let (base, token) =
            if n % 2 == 0 { (a.base.clone(), tokens[0].clone()) } else { (b.base.clone(), tokens[1].clone()) };
        tokio::spawn(async move {
            http()
                .post(format!("{base}/admin/login"))
                .header("cookie", format!("portineria_login={token}"))
                .form(&[("csrf", token.as_str()), ("email", COORDINATOR.0), ("password", "sbagliata davvero")])
                .send()
                .await
                .expect("answer")
                .status()
                .as_u16()
        })
    });
    let mut statuses = Vec::new();
    for attempt in attempts {
        statuses.push(attempt.await.expect("attempt"));
    }
    assert!(statuses.iter().all(|s| [401, 429, 503].contains(s)), "{statuses:?}");
    let checked = statuses.iter().filter(|s| **s == 401).count();
    assert!((1..=5).contains(&checked), "at most 5 passwords checked across both instances: {statuses:?}");
    for base in [&a.base, &b.base] {
        assert_eq!(Agent::new(base).login(COORDINATOR.0, COORDINATOR.1).await.status.as_u16(), 429, "{base} waits too");
    }
}

/// Two coordinators publish in a loop, one through each instance; A is killed with SIGKILL
/// half-way. B never stops answering, and every publication acknowledged by either is in the
/// database afterwards.
#[tokio::test]
async fn killing_one_instance_loses_no_acknowledged_publication() {
    const OTHER: (&str, &str) = ("seconda@cluster.example", "la seconda rete resiste");
    let database = postgres_database().await;
    account(&database, COORDINATOR.0, "coordinator", COORDINATOR.1, &[]).await;
    account(&database, OTHER.0, "coordinator", OTHER.1, &[]).await;
    let mut a = Instance::start(&database).await;
    let b = Instance::start(&database).await;
    let on_a = Arc::new(Agent::logged_in(&a.base, COORDINATOR).await);
    let on_b = Arc::new(Agent::logged_in(&b.base, OTHER).await);
    let acknowledged = [Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0))];
    let writers = [(on_a.clone(), SERVICE_A), (on_b.clone(), SERVICE_B)].into_iter().zip(acknowledged.clone()).map(
        |((agent, path), acknowledged)| {
            tokio::spawn(async move {
                let mut failures_after_ack = 0;
                for n in 1..=200 {
                    match publish_summary(&agent, path, &format!("Edizione {n} in rete")).await {
                        Some(true) => acknowledged.store(n, Ordering::SeqCst),
                        Some(false) => panic!("{path}: edition {n} refused"),
                        None => {
                            failures_after_ack += 1;
                            break;
                        }
                    }
                }
                failures_after_ack
            })
        },
    );
    let writers: Vec<_> = writers.collect();
    let began = Instant::now();
    while acknowledged[0].load(Ordering::SeqCst) < 5 && began.elapsed() < Duration::from_secs(60) {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    a.kill();
    let mut results = Vec::new();
    for writer in writers {
        results.push(writer.await.expect("writer"));
    }
    assert_eq!(results[1], 0, "B answered every publication while A was killed");
    assert!(acknowledged[1].load(Ordering::SeqCst) == 200, "B's writer ran to the end");
    let last_a = acknowledged[0].load(Ordering::SeqCst);
    assert!(last_a >= 5, "A acknowledged publications before the kill");

    let on_b_a = Agent::logged_in(&b.base, COORDINATOR).await;
    for (agent, path, last) in [(&on_b_a, SERVICE_A, last_a), (&*on_b, SERVICE_B, 200)] {
        let (kept, summary) = summary_edition(agent, path).await;
        assert!(kept >= last, "{path}: the last acknowledged edition ({last}) is there: {summary}");
    }
}
