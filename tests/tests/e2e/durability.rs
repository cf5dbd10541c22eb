//! Acknowledged edits survive the server being killed (SIGKILL) while a script keeps saving:
//! after a restart every publication answered with a redirect is there, and the search
//! index agrees with the database.

use portineria_tests::admin::{set, summary_edition, Agent};
use portineria_tests::{http, repo_root, search_api};
use std::io::Write;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

const EMAIL: &str = "durata@rete.example";
const PASSWORD: &str = "resiste anche al kill nove";
const SLUG: &str = "pid-segretariato-sociale-intra-extra-murario";

/// The release binary on data directory `data` and database `database` (a SQLite file in
/// `data`, or a PostgreSQL database), listening on `port`.
pub fn command(data: &std::path::Path, database: &str, port: u16) -> Command {
    let mut command = Command::new(repo_root().join("target/release/portineria"));
    command
        .current_dir(repo_root())
        .env("PORTINERIA_DATA_DIR", data)
        .env("DATABASE_URL", database)
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .env("RUST_LOG", "warn")
        // This coordinator is a script: the second factor has its own tests.
        .env("PORTINERIA_REQUIRE_MFA", "none")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    command
}

pub async fn started(data: &std::path::Path, database: &str, port: u16) -> Child {
    spawned(command(data, database, port), port).await
}

/// Starts `command` (the release binary) and waits until it answers on `port`.
pub async fn spawned(mut command: Command, port: u16) -> Child {
    let child = command.spawn().expect("the release binary (cargo leptos build --release)");
    let began = Instant::now();
    while http().get(format!("http://127.0.0.1:{port}/healthz")).send().await.is_err() {
        assert!(began.elapsed() < Duration::from_secs(60), "server starts");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    child
}

#[tokio::test]
async fn acknowledged_edits_survive_a_kill_and_the_index_matches_after_restart() {
    let data = tempfile::tempdir().expect("data dir");
    let port = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("port").port();
    let database = portineria_tests::fresh_database_url(data.path()).await;
    let mut add = command(data.path(), &database, port)
        .args(["user", "add", "--email", EMAIL, "--role", "coordinator"])
        .stdin(Stdio::piped())
        .spawn()
        .expect("user add");
    writeln!(add.stdin.take().expect("stdin"), "{PASSWORD}").expect("password");
    assert!(add.wait().expect("user add ends").success());

    let mut server = started(data.path(), &database, port).await;
    let base = format!("http://127.0.0.1:{port}");
    let agent = Arc::new(Agent::new(&base));
    assert_eq!(agent.login(EMAIL, PASSWORD).await.status.as_u16(), 303);
    let acknowledged = Arc::new(AtomicUsize::new(0));
    let service = format!("/admin/orgs/coop-pid/services/{SLUG}");
    let writer = {
        let (agent, acknowledged, service) = (agent.clone(), acknowledged.clone(), service.clone());
        tokio::spawn(async move {
            for n in 1.. {
                let Ok(page) = tokio::time::timeout(Duration::from_secs(5), agent.try_get(&service)).await else {
                    break;
                };
                let Some(mut fields) = page.map(|p| portineria_tests::admin::form_fields(&p.body, &service)) else {
                    break;
                };
                set(&mut fields, "summary.it", &format!("Edizione {n} durevole parolaprova{n}"));
                set(&mut fields, "action", "publish");
                match agent.try_post(&service, &fields).await {
                    Some(answer) if answer.status.as_u16() == 303 => acknowledged.store(n, Ordering::SeqCst),
                    _ => break,
                }
            }
        })
    };
    // Kill the server in the middle of the saves.
    let began = Instant::now();
    while acknowledged.load(Ordering::SeqCst) < 8 && began.elapsed() < Duration::from_secs(60) {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    server.kill().expect("SIGKILL");
    server.wait().expect("killed");
    let _ = writer.await;
    let last = acknowledged.load(Ordering::SeqCst);
    assert!(last >= 8, "saves were acknowledged before the kill");

    let mut server = started(data.path(), &database, port).await;
    let agent = Agent::new(&base);
    assert_eq!(agent.login(EMAIL, PASSWORD).await.status.as_u16(), 303);
    let (kept, summary) = summary_edition(&agent, &service).await;
    assert!(kept >= last, "the last acknowledged edit ({last}) is there: {summary}");
    let history = agent.get("/admin/orgs/coop-pid/revisions").await.body;
    assert!(history.matches(&format!("services[{SLUG}]")).count() >= last, "every acknowledged save is a revision");
    let api = search_api(&base, "it", &format!("parolaprova{kept}")).await;
    assert_eq!(api["hits"][0]["id"], SLUG, "the index matches the database after the restart");
    let summary = api["hits"][0]["summary"].as_str().unwrap_or_default();
    assert!(summary.starts_with(&format!("Edizione {kept} ")), "the index holds the current text: {summary}");
    server.kill().expect("stop");
    let _ = server.wait();
}
