//! The restore drill, on the suite's backend: a backup taken while edits are being
//! published, restored into a fresh data directory and database, holds every edit
//! acknowledged before it started; nobody is logged in afterwards; the rebuilt index answers
//! as the original did.

use crate::durability::{command, started};
use portineria_tests::admin::{account, form_fields, set, summary_edition, Agent};
use portineria_tests::{fresh_database_url, search_api};
use std::process::Stdio;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

const COORDINATOR: (&str, &str) = ("copia@rete.example", "una copia al giorno toglie");
const SERVICE: &str = "/admin/orgs/coop-pid/services/pid-segretariato-sociale-intra-extra-murario";
/// Queries whose answers must be the same before and after the restore.
const QUERIES: [&str; 5] = ["casa", "lavoro", "permesso di soggiorno", "scuola", "mediazione"];

/// The services each query finds (as a sorted list: services with equal scores may come in
/// either order from two builds of the index).
async fn answers(base: &str) -> Vec<Vec<String>> {
    let mut all = Vec::new();
    for query in QUERIES {
        let answer = search_api(base, "it", query).await;
        let mut ids: Vec<String> = answer["hits"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|hit| hit["id"].as_str().map(String::from))
            .collect();
        ids.sort();
        all.push(ids);
    }
    all
}

/// Runs the release binary's `args` on `data` and `database`, which must succeed.
fn run(data: &std::path::Path, database: &str, args: &[&str]) -> String {
    let output = command(data, database, 0)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .expect("the release binary");
    assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[tokio::test]
async fn a_backup_taken_while_publishing_restores_every_acknowledged_edit() {
    let data = tempfile::tempdir().expect("data dir");
    let database = fresh_database_url(data.path()).await;
    account(&database, COORDINATOR.0, "coordinator", COORDINATOR.1, &[]).await;
    let port = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("port").port();
    let mut server = started(data.path(), &database, port).await;
    let base = format!("http://127.0.0.1:{port}");
    let agent = Arc::new(Agent::logged_in(&base, COORDINATOR).await);
    let acknowledged = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writer = {
        let (agent, acknowledged, stop) = (agent.clone(), acknowledged.clone(), stop.clone());
        tokio::spawn(async move {
            let mut n = 0;
            while !stop.load(Ordering::SeqCst) {
                n += 1;
                let mut fields = form_fields(&agent.get(SERVICE).await.body, SERVICE);
                set(&mut fields, "summary.it", &format!("Edizione {n} salvata"));
                set(&mut fields, "action", "publish");
                assert_eq!(agent.post(SERVICE, &fields).await.status.as_u16(), 303, "edition {n} published");
                acknowledged.store(n, Ordering::SeqCst);
            }
        })
    };
    let began = Instant::now();
    while acknowledged.load(Ordering::SeqCst) < 5 && began.elapsed() < Duration::from_secs(60) {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let before_backup = acknowledged.load(Ordering::SeqCst);
    let file = data.path().join("copia.backup");
    let written = {
        let (data, database, file) = (data.path().to_path_buf(), database.clone(), file.clone());
        tokio::task::spawn_blocking(move || run(&data, &database, &["backup", "--out", file.to_str().expect("path")]))
            .await
            .expect("backup")
    };
    assert!(written.contains("backup written"), "{written}");
    let during_backup = acknowledged.load(Ordering::SeqCst) - before_backup;
    stop.store(true, Ordering::SeqCst);
    writer.await.expect("writer");
    let original = answers(&base).await;
    println!("{before_backup} editions before the backup, {during_backup} while it ran");

    // Restore into a new data directory and database.
    let restored_data = tempfile::tempdir().expect("data dir");
    let restored_database = fresh_database_url(restored_data.path()).await;
    let said = run(restored_data.path(), &restored_database, &["restore", file.to_str().expect("path")]);
    assert!(said.contains("restored from"), "{said}");
    server.kill().expect("stop the original");
    let _ = server.wait();
    let mut restored = started(restored_data.path(), &restored_database, port).await;

    let old_session = agent.get("/admin").await;
    assert_eq!(old_session.status.as_u16(), 303, "a session open at the backup is over after the restore");
    let agent = Agent::logged_in(&base, COORDINATOR).await;
    let (kept, summary) = summary_edition(&agent, SERVICE).await;
    assert!(
        kept >= before_backup,
        "every edition acknowledged before the backup is there ({before_backup}): {summary}"
    );
    assert_eq!(answers(&base).await, original, "the rebuilt index answers as before");
    restored.kill().expect("stop");
    let _ = restored.wait();
}
