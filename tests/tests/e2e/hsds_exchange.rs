//! `portineria hsds export` and `portineria hsds import` (the release binary), on the
//! suite's backend: the round trip gives identical files and the same pages, importing twice
//! changes nothing, the specification's own examples import and show, and hostile files are
//! reported with file, row and field while the database stays as it was.

use crate::durability::{command, spawned};
use portineria_tests::{content_copy, fresh_database_url, http, repo_root, sql_number, TestServer};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Stdio;

/// A directory of its own and a fresh database on the suite's backend.
struct Place {
    data: tempfile::TempDir,
    database: String,
}

impl Place {
    async fn new() -> Self {
        let data = tempfile::tempdir().expect("data dir");
        let database = fresh_database_url(data.path()).await;
        Self { data, database }
    }

    /// Runs the binary's `args` here with the content in `content`: its success and output.
    fn run(&self, content: &Path, args: &[&str]) -> (bool, String) {
        let output = command(self.data.path(), &self.database, 0)
            .env("PORTINERIA_CONTENT_DIR", content)
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .output()
            .expect("the release binary");
        let text = String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr);
        (output.status.success(), text)
    }

    fn ok(&self, content: &Path, args: &[&str]) -> String {
        let (success, text) = self.run(content, args);
        assert!(success, "{args:?}: {text}");
        text
    }

    async fn count(&self, table: &str) -> i64 {
        sql_number(&self.database, &format!("SELECT COUNT(*) FROM {table}")).await
    }
}

/// The seed's taxonomy and settings without its organisations: an empty directory.
fn empty_content() -> tempfile::TempDir {
    let dir = content_copy();
    for entry in std::fs::read_dir(dir.path().join("organizations")).expect("organizations") {
        std::fs::remove_file(entry.expect("entry").path()).expect("remove");
    }
    dir
}

/// Every file of `dir`, by name, with its bytes.
fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .expect("export dir")
        .map(|e| {
            let path = e.expect("entry").path();
            (path.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&path).expect("file"))
        })
        .collect();
    out.sort();
    out
}

/// The server command over the content in `content`.
fn with_content(mut command: std::process::Command, content: &Path) -> std::process::Command {
    command.env("PORTINERIA_CONTENT_DIR", content);
    command
}

fn seed_content() -> PathBuf {
    repo_root().join("content")
}

#[tokio::test]
async fn export_import_export_gives_the_same_files_and_the_same_pages() {
    let seeded = Place::new().await;
    seeded.ok(&seed_content(), &["import"]);
    let out = tempfile::tempdir().expect("out");
    let (first, second) = (out.path().join("first"), out.path().join("second"));
    let said = seeded.ok(&seed_content(), &["hsds", "export", "--out", first.to_str().unwrap()]);
    assert!(said.contains("exported"), "{said}");
    let names: Vec<String> = files(&first).into_iter().map(|(n, _)| n).collect();
    for table in
        ["datapackage.json", "organizations.csv", "services.csv", "locations.csv", "schedules.csv", "translations.csv"]
    {
        assert!(names.iter().any(|n| n == table), "{table} in {names:?}");
    }
    // Nothing from the admin area.
    for (name, bytes) in files(&first) {
        let text = String::from_utf8(bytes).expect("UTF-8");
        for secret in ["argon2", "password", "draft", "audit"] {
            assert!(!text.contains(secret), "{name} mentions {secret}");
        }
    }

    let empty = empty_content();
    let imported = Place::new().await;
    let said = imported.ok(empty.path(), &["hsds", "import", first.to_str().unwrap(), "--publish"]);
    assert!(said.contains("organisations published"), "{said}");
    imported.ok(empty.path(), &["hsds", "export", "--out", second.to_str().unwrap()]);
    let (a, b) = (files(&first), files(&second));
    assert_eq!(a.len(), b.len());
    for ((name, left), (_, right)) in a.iter().zip(&b) {
        assert!(left == right, "{name} differs after the round trip");
    }

    // Importing the same files again changes nothing: no revision, no audit line.
    let revisions = imported.count("revisions").await;
    let said = imported.ok(empty.path(), &["hsds", "import", first.to_str().unwrap(), "--publish"]);
    assert!(said.contains("0 organisations published, 0 as drafts to review"), "{said}");
    assert_eq!(imported.count("revisions").await, revisions);

    // The same round trip for compiled services, one per line.
    let (json_a, json_b) = (out.path().join("json-a"), out.path().join("json-b"));
    seeded.ok(&seed_content(), &["hsds", "export", "--format", "json", "--out", json_a.to_str().unwrap()]);
    let from_json = Place::new().await;
    from_json.ok(empty.path(), &["hsds", "import", json_a.join("services.ndjson").to_str().unwrap(), "--publish"]);
    from_json.ok(empty.path(), &["hsds", "export", "--format", "json", "--out", json_b.to_str().unwrap()]);
    assert!(files(&json_a) == files(&json_b), "services.ndjson differs after the round trip");

    // The public pages show the same services.
    let port = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("port").port();
    let mut server =
        spawned(with_content(command(imported.data.path(), &imported.database, port), empty.path()), port).await;
    let original = TestServer::start(seed_content());
    let list = |base: String| async move {
        let body: Value =
            http().get(format!("{base}/api/v1/services?limit=100&lang=ar")).send().await.unwrap().json().await.unwrap();
        let mut names: Vec<(String, String)> = body["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                (s["id"].as_str().unwrap().to_string(), s["name"]["text"].as_str().unwrap_or_default().to_string())
            })
            .collect();
        names.sort();
        names
    };
    let (before, after) = (list(original.base.clone()).await, list(format!("http://127.0.0.1:{port}")).await);
    assert_eq!(before, after, "the same services, named the same in Arabic");
    for (slug, name) in after.iter().take(5) {
        let page = http().get(format!("http://127.0.0.1:{port}/ar/services/{slug}")).send().await.unwrap();
        assert_eq!(page.status().as_u16(), 200);
        let html = page.text().await.unwrap();
        assert!(html.contains(&portineria_tests::escaped(name)), "{slug}: its Arabic name on its page");
    }
    server.kill().ok();
}

#[tokio::test]
async fn the_specification_examples_import_and_show_on_the_pages() {
    let empty = empty_content();
    let place = Place::new().await;
    let package = repo_root().join("tests/fixtures/hsds/csv");
    let said = place.ok(empty.path(), &["hsds", "import", package.to_str().unwrap(), "--publish"]);
    // The example's schedule is not a plain week (days of the month, a validity): kept as
    // text and said so; its unknown terms are reported too.
    assert!(said.contains("is kept as text"), "{said}");
    assert!(said.contains("1 organisations published"), "{said}");
    let port = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("port").port();
    let mut server = spawned(with_content(command(place.data.path(), &place.database, port), empty.path()), port).await;
    let base = format!("http://127.0.0.1:{port}");
    let services: Value =
        http().get(format!("{base}/api/hsds/v3/services?full=true")).send().await.unwrap().json().await.unwrap();
    let service = &services["contents"][0];
    assert_eq!(service["id"], "ac148810-d857-441c-9679-408f346de14b", "the example's own id is kept");
    let slug = service["slug"].as_str().unwrap();
    let html = http().get(format!("{base}/it/services/{slug}")).send().await.unwrap().text().await.unwrap();
    assert!(html.contains(&portineria_tests::escaped(service["name"].as_str().unwrap())), "its name on the page");
    assert!(html.contains("The service is available from 10 am to 6pm weekdays"), "its schedule, as text, on the page");
    let place_name = service["service_at_locations"][0]["location"]["addresses"][0]["address_1"].as_str().unwrap();
    assert!(html.contains(&portineria_tests::escaped(place_name)), "its address on the page");
    server.kill().ok();

    // The example compiled service (JSON) imports too.
    let json = repo_root().join("tests/fixtures/hsds/service_full.json");
    let fresh = Place::new().await;
    let said = fresh.ok(empty.path(), &["hsds", "import", json.to_str().unwrap(), "--publish"]);
    assert!(said.contains("1 organisations published"), "{said}");
    assert!(said.contains("is not mapped"), "an unmapped taxonomy term is reported: {said}");
}

/// A copy of the example package with `file` changed by `change`.
fn broken_package(file: &str, change: impl FnOnce(Vec<u8>) -> Vec<u8>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("package");
    for entry in std::fs::read_dir(repo_root().join("tests/fixtures/hsds/csv")).expect("examples") {
        let path = entry.expect("entry").path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).expect("copy");
    }
    let target = dir.path().join(file);
    let bytes = std::fs::read(&target).expect("file");
    std::fs::write(&target, change(bytes)).expect("write");
    dir
}

/// Replaces the first occurrence of `from` in the file's second line (its first row).
fn in_first_row(from: &str, to: &str) -> impl FnOnce(Vec<u8>) -> Vec<u8> {
    let (from, to) = (from.to_string(), to.to_string());
    move |bytes| {
        let text = String::from_utf8(bytes).unwrap();
        let (header, rest) = text.split_once('\n').unwrap();
        format!("{header}\n{}", rest.replacen(&from, &to, 1)).into_bytes()
    }
}

#[tokio::test]
async fn hostile_files_are_reported_with_file_row_and_field_and_change_nothing() {
    let empty = empty_content();
    let place = Place::new().await;
    place.ok(&seed_content(), &["import"]);
    let before = (place.count("organizations").await, place.count("services").await, place.count("revisions").await);
    let huge = "x".repeat(10 << 20);
    let cases: Vec<(&str, tempfile::TempDir, &str)> = vec![
        (
            "a latitude that is no number",
            broken_package("locations.csv", in_first_row("100", "north")),
            "locations.csv, row 1, latitude",
        ),
        (
            "a service without its id",
            broken_package("services.csv", in_first_row("ac148810-d857-441c-9679-408f346de14b", "")),
            "services.csv, row 1, id",
        ),
        (
            "a 10 MB field",
            broken_package("services.csv", in_first_row("Community Counselling", &huge)),
            "services.csv, row 1, name",
        ),
        (
            "broken UTF-8",
            broken_package("organizations.csv", |mut b| {
                let at = b.iter().position(|c| *c == b'\n').unwrap() + 5;
                b[at] = 0xff;
                b
            }),
            "organizations.csv, row 1",
        ),
        (
            "an id given twice",
            broken_package("phones.csv", |b| {
                let text = String::from_utf8(b).unwrap();
                let row = text.lines().nth(1).unwrap().to_string();
                format!("{}{row}\n", if text.ends_with('\n') { text.clone() } else { text.clone() + "\n" }).into_bytes()
            }),
            "phones.csv, row 2, id",
        ),
        (
            "taxonomy parents in a circle",
            broken_package("taxonomy_terms.csv", |b| {
                let text = String::from_utf8(b).unwrap();
                let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
                let id = lines[1].split(',').next().unwrap().to_string();
                let parent = lines[1].split(',').nth(4).unwrap().to_string();
                // The parent becomes a term whose parent is the first term.
                lines.push(format!("{parent},code,name,description,{id},taxonomy,en,,"));
                (lines.join("\n") + "\n").into_bytes()
            }),
            "taxonomy_terms.csv",
        ),
    ];
    for (what, package, expected) in cases {
        let (success, said) =
            place.run(empty.path(), &["hsds", "import", package.path().to_str().unwrap(), "--publish"]);
        assert!(!success, "{what}: the import must fail");
        assert!(said.contains(expected), "{what}: the report names {expected:?}: {}", &said[..said.len().min(2000)]);
        assert!(said.contains("nothing was imported"), "{what}");
        let now = (place.count("organizations").await, place.count("services").await, place.count("revisions").await);
        assert_eq!(now, before, "{what}: the database is as it was");
    }
    // A compiled service with a field of the wrong type names its path.
    let dir = tempfile::tempdir().unwrap();
    let mut service: Value = serde_json::from_str(
        &std::fs::read_to_string(repo_root().join("tests/fixtures/hsds/service_full.json")).unwrap(),
    )
    .unwrap();
    service["service_at_locations"][0]["location"]["latitude"] = "north".into();
    let file = dir.path().join("services.json");
    std::fs::write(&file, serde_json::to_string(&vec![service]).unwrap()).unwrap();
    let (success, said) = place.run(empty.path(), &["hsds", "import", file.to_str().unwrap()]);
    assert!(!success && said.contains("latitude"), "{said}");
    assert_eq!(place.count("revisions").await, before.2);
}
