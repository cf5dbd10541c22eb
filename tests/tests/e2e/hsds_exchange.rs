//! `portineria hsds export` and `portineria hsds import` (the release binary), on the
//! suite's backend: the round trip gives identical files and the same pages, importing twice
//! changes nothing, the specification's own examples import and show, and hostile files are
//! reported with file, row and field while the database stays as it was; an import never
//! publishes over an editor's work, even when both write at the same instant.

use crate::durability::{command, spawned};
use portineria::content::OrganizationFile;
use portineria::db::DocumentRow;
use portineria::hsds::import;
use portineria::write::publishing::{self, Edit, Mode};
use portineria_tests::admin::{account, entry_form_of, set, Agent};
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
    // In Arabic its texts (in Italian only) read left to right, each marked as Italian.
    let arabic = http().get(format!("{base}/ar/services/{slug}")).send().await.unwrap().text().await.unwrap();
    let marked: Vec<&str> =
        arabic.match_indices(" lang=\"it\"").map(|(i, _)| &arabic[i..arabic.len().min(i + 30)]).collect();
    assert!(marked.len() >= 5, "name, summary, description, eligibility, documents…: {marked:?}");
    for mark in &marked {
        assert!(mark.contains("dir=\"ltr\""), "an Italian text in the Arabic page runs left to right: {mark}");
    }
    server.kill().ok();

    // The example compiled service (JSON) imports too.
    let json = repo_root().join("tests/fixtures/hsds/service_full.json");
    let fresh = Place::new().await;
    let said = fresh.ok(empty.path(), &["hsds", "import", json.to_str().unwrap(), "--publish"]);
    assert!(said.contains("1 organisations published"), "{said}");
    assert!(said.contains("is not mapped"), "an unmapped taxonomy term is reported: {said}");
    assert!(said.contains("is not a place name: left out"), "a sentence is no comune: {said}");
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

/// The organisation the import tests write into, the service its editor changes, and the
/// one the import changes.
const ORG: &str = "cooperativa-san-donato";
const EDITED: &str = "san-donato-accompagnamento-sociale-rom";
const IMPORTED: &str = "san-donato-sostegno-abitativo";
const EDITOR: (&str, &str) = ("elena@sandonato.example", "la barca scivola sul lago calmo");

/// A server over the seed content (published by its content import) with San Donato's
/// editor logged in.
async fn server_with_editor() -> (TestServer, Agent) {
    let server = TestServer::start(repo_root().join("content"));
    account(&server.database_url, EDITOR.0, "editor", EDITOR.1, &[ORG]).await;
    let agent = Agent::logged_in(&server.base, EDITOR).await;
    (server, agent)
}

async fn documents(server: &TestServer) -> DocumentRow {
    server.state.db.document(ORG).await.expect("read").expect("organisation")
}

fn italian_name(doc: &OrganizationFile, slug: &str) -> String {
    doc.services.iter().find(|s| s.slug == slug).map(|s| s.name.italian().to_string()).unwrap_or_default()
}

/// `doc` with the imported service named `name` in Italian: what an HSDS file made from
/// the directory before the editor's change would bring.
fn imported(doc: &OrganizationFile, name: &str) -> OrganizationFile {
    let mut doc = doc.clone();
    let service = doc.services.iter_mut().find(|s| s.slug == IMPORTED).expect("the imported service");
    service.name.0.insert("it".into(), name.into());
    doc
}

/// The editor's form for the edited service with its Italian name set to `name`, ready to
/// send with `action` (`draft` or `publish`).
async fn editor_form(agent: &Agent, name: &str, action: &str) -> (String, Vec<(String, String)>) {
    let path = format!("/admin/orgs/{ORG}/services/{EDITED}");
    let mut fields = entry_form_of(agent, &path).await;
    set(&mut fields, "name.it", name);
    set(&mut fields, "action", action);
    (path, fields)
}

/// Once an editor has published, an import only proposes a draft; while a draft waits for
/// review, an import leaves the organisation alone; what the content import published is
/// replaced by an import at once.
#[tokio::test]
async fn an_import_publishes_only_over_imports_and_never_over_an_editors_work() {
    let (server, agent) = server_with_editor().await;
    let publisher = server.state.publisher();
    let original = documents(&server).await.published;

    let outcome = import::write(&publisher, &[imported(&original, "Casa, primo arrivo")], true).await.expect("import");
    assert_eq!((outcome.published, outcome.drafts), (1, 0), "{outcome:?}");
    assert_eq!(italian_name(&documents(&server).await.published, IMPORTED), "Casa, primo arrivo");

    let (path, fields) = editor_form(&agent, "Accompagnamento scritto dall'editrice", "publish").await;
    assert_eq!(agent.post(&path, &fields).await.status.as_u16(), 303);
    let outcome =
        import::write(&publisher, &[imported(&original, "Casa, secondo arrivo")], true).await.expect("import");
    assert_eq!((outcome.published, outcome.drafts), (0, 1), "an import over an editor's publication: {outcome:?}");
    let row = documents(&server).await;
    assert_eq!(italian_name(&row.published, EDITED), "Accompagnamento scritto dall'editrice");
    assert_eq!(italian_name(&row.published, IMPORTED), "Casa, primo arrivo");
    assert_eq!(italian_name(row.draft.as_ref().expect("the import's draft"), IMPORTED), "Casa, secondo arrivo");

    let outcome = import::write(&publisher, &[imported(&original, "Casa, terzo arrivo")], true).await.expect("import");
    assert_eq!(outcome.waiting, vec![ORG.to_string()], "{outcome:?}");
    assert_eq!(documents(&server).await.version, row.version, "a waiting organisation is left as it was");
}

/// An import and an editor's save or publication of the same organisation at the same
/// instant, 16 times: the editor's acknowledged change stays where she put it (her draft
/// is never published by the import), the import's is published, drafted or reported as
/// waiting, and a later import never takes back her publication.
#[tokio::test]
async fn an_import_racing_an_editors_save_or_publication_loses_neither() {
    let (server, agent) = server_with_editor().await;
    let publisher = server.state.publisher();
    let original = documents(&server).await.published;
    let mut orders = std::collections::BTreeSet::new();
    for round in 0..16 {
        // As the content import left it: published by an import, no draft.
        let row = documents(&server).await;
        let reset = Edit { base: &row, doc: &original, mode: Mode::Import, summary: "reset" };
        assert!(publishing::commit_exactly(&publisher, ORG, reset, (None, import::AUTHOR)).await.expect("reset"));

        let action = if round % 2 == 0 { "publish" } else { "draft" };
        let (edited, arrived) = (format!("Scritto dall'editrice {round}"), format!("Arrivato dall'import {round}"));
        let (path, fields) = editor_form(&agent, &edited, action).await;
        let incoming = [imported(&original, &arrived)];
        let (answer, outcome) = tokio::join!(agent.post(&path, &fields), import::write(&publisher, &incoming, true));
        assert_eq!(answer.status.as_u16(), 303, "round {round}: the editor's {action} is acknowledged");
        let outcome = outcome.unwrap_or_else(|e| panic!("round {round}: the import failed: {e}"));
        let row = documents(&server).await;
        let draft = row.draft.as_ref();
        if action == "publish" {
            assert_eq!(italian_name(&row.published, EDITED), edited, "round {round}: her publication stays");
        } else {
            assert_eq!(draft.map(|d| italian_name(d, EDITED)), Some(edited.clone()), "round {round}: her draft stays");
            assert_ne!(italian_name(&row.published, EDITED), edited, "round {round}: her draft is not published");
        }
        let import_kept = match (outcome.published, outcome.drafts, outcome.waiting.len()) {
            (1, 0, 0) => italian_name(&row.published, IMPORTED) == arrived,
            (0, 1, 0) => draft.is_some_and(|d| italian_name(d, IMPORTED) == arrived),
            (0, 0, 1) => action == "draft",
            _ => false,
        };
        assert!(import_kept, "round {round}: the import's change is where it says ({outcome:?})");
        orders.insert((action, outcome.published, outcome.drafts));

        let later = [imported(&original, &format!("Arrivato dopo {round}"))];
        import::write(&publisher, &later, true).await.expect("a later import");
        let row = documents(&server).await;
        if action == "publish" {
            assert_eq!(italian_name(&row.published, EDITED), edited, "round {round}: a later import keeps her work");
        } else {
            assert_ne!(italian_name(&row.published, EDITED), edited, "round {round}: her draft is still not public");
        }
    }
    eprintln!("orders seen (action, import published, import drafted): {orders:?}");
}
