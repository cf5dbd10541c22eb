//! Shared helpers for the end-to-end tests: the real server on a temporary SQLite file (or,
//! with `PORTINERIA_TEST_DATABASE=postgres`, on a fresh database of its own on the
//! PostgreSQL server `PORTINERIA_TEST_POSTGRES` names), an HTTP client, headless Chromium
//! driven over WebDriver, and page outlines for snapshots.

use portineria::config::Config;
use std::path::PathBuf;
use std::sync::LazyLock;

pub mod admin;
pub mod browser;
pub mod ftl;
pub mod hsds;
pub mod logs;
pub mod modules;
pub mod outline;
pub mod relevance;
pub mod rng;
pub mod smtp;

/// The repository root (tests run from `tests/`).
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().expect("tests/ has a parent").to_path_buf()
}

/// A running server: the real router, listener, database and index (following the database
/// as the real server does), on a temporary data directory.
pub struct TestServer {
    pub base: String,
    /// The server's database, for tests that write to it from outside.
    pub database_url: String,
    /// The server's state, for tests that count what happened inside (password hashes) or
    /// run its hourly housekeeping.
    pub state: portineria::state::AppState,
    data: tempfile::TempDir,
    /// Stops the server when the test drops it: a finished test's server would otherwise
    /// keep its database connections and its index follower's polling for the rest of the
    /// run (hundreds of them by the end of the PostgreSQL leg).
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

impl TestServer {
    /// The server's data directory (its search index; its SQLite file on the default).
    pub fn data_dir(&self) -> &std::path::Path {
        self.data.path()
    }

    /// Starts a server on its own runtime thread over the content in `content_dir`.
    pub fn start(content_dir: PathBuf) -> TestServer {
        Self::start_with(content_dir, |_| {})
    }

    /// Like [`Self::start`], with settings changed by `adjust` (short kiosk timeouts…).
    /// The second factor is not required by default here: the tests that are about it ask
    /// for the product's default (`MfaPolicy::Coordinators`) themselves.
    pub fn start_with(content_dir: PathBuf, adjust: impl FnOnce(&mut Config)) -> TestServer {
        logs::keep_errors();
        let data = tempfile::tempdir().expect("temporary data dir");
        let data_path = data.path().to_path_buf();
        let mut config = Config {
            site_addr: "127.0.0.1:0".parse().expect("address"),
            database_url: String::new(),
            data_dir: data_path,
            content_dir,
            metrics_addr: None,
            site_root: repo_root().join("target/site"),
            public_url: None,
            kiosk_idle_seconds: 60,
            kiosk_reset_seconds: 90,
            search_log_days: 180,
            search_exact_count: portineria::search::DEFAULT_EXACT_COUNT,
            audit_log_days: 730,
            trusted_proxies: Default::default(),
            require_mfa: portineria::config::MfaPolicy::None,
            speech_cache_bytes: 64 << 20,
            mail: None,
            digest_hour: 7,
        };
        adjust(&mut config);
        let (sender, receiver) = std::sync::mpsc::channel();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        std::thread::spawn(move || {
            let runtime =
                tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
            runtime.block_on(async move {
                config.database_url = fresh_database_url(&config.data_dir).await;
                let state = portineria::serve::prepare(&config).await.expect("server starts on a fresh data dir");
                tokio::spawn(portineria::search::indexer::follow(state.db.clone(), state.index.clone()));
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("free port");
                let address = listener.local_addr().expect("bound address");
                let app = portineria::http::router(state.clone(), portineria::serve::leptos_options(&config));
                sender.send((address, state, config.database_url.clone())).expect("test is waiting");
                let stopped = async {
                    let _ = stopped.await;
                };
                portineria::http::listener::serve(listener, app, stopped).await.expect("server runs");
            });
        });
        let (address, state, database_url) = receiver.recv().expect("server reported its address");
        TestServer { base: format!("http://{address}"), database_url, state, data, stop: Some(stop) }
    }
}

/// Whether the suite runs on PostgreSQL (`PORTINERIA_TEST_DATABASE=postgres`) rather than
/// the embedded SQLite default.
pub fn on_postgres() -> bool {
    std::env::var("PORTINERIA_TEST_DATABASE").is_ok_and(|backend| backend == "postgres")
}

/// A database nobody has used, on the suite's backend: a new PostgreSQL database, or a
/// SQLite file in `dir`.
pub async fn fresh_database_url(dir: &std::path::Path) -> String {
    if on_postgres() {
        postgres_database().await
    } else {
        format!("sqlite://{}", dir.join("portineria.db").display())
    }
}

/// A new database on the PostgreSQL server the README's test command starts
/// (`PORTINERIA_TEST_POSTGRES=postgres://user@host:port`), whichever backend the suite runs on.
pub async fn postgres_database() -> String {
    use sqlx::Connection;
    static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let server = std::env::var("PORTINERIA_TEST_POSTGRES")
        .expect("PORTINERIA_TEST_POSTGRES names a PostgreSQL server (scripts/test.sh starts one)");
    let name = format!("test_{}_{}", std::process::id(), NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed));
    let mut admin = sqlx::PgConnection::connect(&format!("{server}/postgres")).await.expect("PostgreSQL server");
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut admin).await.expect("new database");
    format!("{server}/{name}")
}

/// A number the database at `url` gives for `sql` (a count), read over a connection of the
/// test's own, whichever the backend.
pub async fn sql_number(url: &str, sql: &str) -> i64 {
    use sqlx::Connection;
    sqlx::any::install_default_drivers();
    let mut connection = sqlx::AnyConnection::connect(url).await.expect("database");
    sqlx::query_scalar(sql).fetch_one(&mut connection).await.expect("number")
}

/// Runs `sql` on the database at `url` from outside the server, as an operator would.
pub async fn sql_execute(url: &str, sql: &str) {
    use sqlx::Connection;
    sqlx::any::install_default_drivers();
    let mut connection = sqlx::AnyConnection::connect(url).await.expect("database");
    sqlx::query(sql).execute(&mut connection).await.expect("statement");
}

/// A table's columns in order, as the database at `url` describes them.
pub async fn table_columns(url: &str, table: &str) -> Vec<String> {
    use sqlx::Connection;
    sqlx::any::install_default_drivers();
    let sql = if url.starts_with("sqlite:") {
        format!("SELECT name FROM pragma_table_info('{table}') ORDER BY cid")
    } else {
        format!(
            "SELECT CAST(column_name AS TEXT) FROM information_schema.columns
             WHERE table_schema = current_schema() AND table_name = '{table}' ORDER BY ordinal_position"
        )
    };
    let mut connection = sqlx::AnyConnection::connect(url).await.expect("database");
    sqlx::query_scalar(&sql).fetch_all(&mut connection).await.expect("columns")
}

/// The built site's file of `kind` (`css`, `js` or `wasm`) under its hashed name, from the
/// `hash.txt` cargo-leptos writes (`cargo leptos build --release` must have run).
pub fn built_file(kind: &str) -> PathBuf {
    let site = repo_root().join("target/site");
    let hash = portineria_app::assets::listed_hash(&site, kind).unwrap_or_else(|| {
        panic!("no {kind} in target/site/hash.txt: build the site first (cargo leptos build --release)")
    });
    site.join(format!("pkg/portineria.{hash}.{kind}"))
}

/// One server over the seed content per test binary, shared by every test.
static SERVER: LazyLock<TestServer> = LazyLock::new(|| TestServer::start(repo_root().join("content")));

pub fn server() -> &'static TestServer {
    &SERVER
}

/// An HTTP client that does not follow redirects, so tests see them. A request unanswered for
/// two minutes fails (as an error) rather than holding the whole suite until CI's limit.
pub fn http() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(std::time::Duration::from_secs(120))
        .build()
        .expect("client")
}

pub fn url(path: &str) -> String {
    format!("{}{}", server().base, path)
}

/// What the JSON search API of the server at `base` answers for `query` in `lang`.
pub async fn search_api(base: &str, lang: &str, query: &str) -> serde_json::Value {
    let url = reqwest::Url::parse_with_params(&format!("{base}/api/v1/search"), [("lang", lang), ("q", query)])
        .expect("search URL");
    http().get(url).send().await.expect("search").json().await.expect("json")
}

/// The content as the import sees it.
pub fn content() -> portineria::content::ContentSet {
    portineria::content::load_dir(&repo_root().join("content")).expect("content/ is valid")
}

pub async fn page(path: &str) -> (u16, String) {
    page_at(&server().base, path).await
}

/// A page of the server at `base`, as a browser without JavaScript gets it: a kiosk page
/// asked for without a visit is sent on to itself with one, as a browser follows.
pub async fn page_at(base: &str, path: &str) -> (u16, String) {
    let mut response = http().get(format!("{base}{path}")).send().await.expect("server answers");
    let location = response.headers().get("location").and_then(|l| l.to_str().ok()).map(str::to_string);
    if let Some(visit) = location.filter(|l| l.starts_with("/kiosk/") && l.contains("visit=")) {
        response = http().get(format!("{base}{visit}")).send().await.expect("server answers");
    }
    (response.status().as_u16(), response.text().await.expect("body"))
}

/// Text as it appears in HTML (the few characters the renderer escapes).
pub fn escaped(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The seed content plus what the seeds cannot give a test: a desk ("prova", in Piossasco)
/// with opening hours, and a public event there today. Today is Rome's day, as the server's.
pub fn content_with_desk_and_event_today() -> tempfile::TempDir {
    let dir = content_copy();
    let desks = format!(
        "\n[[desks]]\nslug = \"prova\"\nmunicipality = \"Piossasco\"\naddress = \"Via di Prova 1\"\ndistrict = [\"Orbassano\"]\nname = {}\n[[desks.hours]]\ndays = [\"tue\", \"thu\"]\nopens = \"09:30\"\ncloses = \"12:30\"\n",
        texts("Portineria di prova")
    );
    append(&dir.path().join("desks.toml"), &desks);
    let today = portineria::period::today().format("%Y-%m-%d").to_string();
    let event = format!(
        "\n[[events]]\nslug = \"prova-evento-oggi\"\naudience = \"public\"\ndate = \"{today}\"\ntime = \"15:00\"\nend_time = \"17:00\"\nmunicipality = \"Piossasco\"\nlanguages = [\"ar\", \"it\"]\nname = {}\ndescription = {}\n",
        texts("Corso di prova di oggi"),
        texts("Un incontro aperto a tutte le famiglie.")
    );
    append(&organization_file(dir.path(), "cooperativa-san-donato"), &event);
    dir
}

/// A TOML text in the five languages: the Italian, and the same marked with each language.
fn texts(it: &str) -> String {
    format!("{{ it = \"{it}\", ro = \"{it} (ro)\", ar = \"{it} (ar)\", sq = \"{it} (sq)\", zh = \"{it} (zh)\" }}")
}

/// Slugs of the services of [`content_with_hours_exceptions`].
pub const ALWAYS_OPEN: &str = "prova-sempre-aperto";
pub const CLOSED_TODAY: &str = "prova-chiusura-oggi";
pub const PATRON_TODAY: &str = "prova-festa-patronale";
/// The desk of [`content_with_hours_exceptions`], closed today.
pub const CLOSED_DESK: &str = "prova-chiusa";

/// The seed content plus three services open every day from 00:00 to 23:59: one that opens
/// on holidays too, one whose location the partner closed from today for three days, and
/// one in a comune ("Provalandia") whose patron saint is today; and a desk closed today.
/// Between 23:44 and 00:02 in Rome (when nothing can be open until 23:59, and then the day
/// changes under the index) it waits for the next day first, so "open now" has something
/// to find and "today" is one day for the whole test.
pub fn content_with_hours_exceptions() -> tempfile::TempDir {
    let near_midnight = || {
        let now = portineria::period::rome_now().format("%H:%M").to_string();
        now.as_str() >= "23:44" || now.as_str() < "00:02"
    };
    while near_midnight() {
        std::thread::sleep(std::time::Duration::from_secs(20));
    }
    let dir = content_copy();
    let today = portineria::period::today();
    let day = |d: chrono::NaiveDate| d.format("%Y-%m-%d").to_string();
    let closure = format!("{}/{}", day(today), day(today + chrono::Duration::days(2)));
    let week = "  [[locations.hours]]\n  days = [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\", \"sat\", \"sun\"]\n  opens = \"00:00\"\n  closes = \"23:59\"\n";
    let location = |key: &str, comune: &str, extra: &str| {
        format!("[[locations]]\nkey = \"{key}\"\naddress = \"Via di Prova 1\"\nmunicipality = \"{comune}\"\n{extra}\n{week}\n")
    };
    let service = |slug: &str, key: &str, name: &str| {
        format!(
            "[[services]]\nslug = \"{slug}\"\nstatus = \"active\"\ncategories = [\"information\"]\nlocations = [\"{key}\"]\nname = {}\nsummary = {}\ndescription = {}\n\n",
            texts(name),
            texts("Uno sportello di prova degli orari."),
            texts("Uno sportello di prova per le eccezioni agli orari.")
        )
    };
    let file = format!(
        "translations = \"machine\"\nsource = \"tests\"\n\n[organization]\nslug = \"prova-orari\"\nname = {}\ndescription = {}\n\n{}{}{}{}{}{}",
        texts("Ente di prova degli orari"),
        texts("Un ente che esiste solo nei test."),
        location("sempre", "Piossasco", "open_on_holidays = true"),
        location("chiusa", "Piossasco", &format!("closures = [\"{closure}\"]")),
        location("patrono", "Provalandia", ""),
        service(ALWAYS_OPEN, "sempre", "Sportello sempre aperto"),
        service(CLOSED_TODAY, "chiusa", "Sportello chiuso per ferie"),
        service(PATRON_TODAY, "patrono", "Sportello del santo patrono"),
    );
    std::fs::write(dir.path().join("organizations/prova-orari.toml"), file).expect("organisation file");
    append(&dir.path().join("holidays.toml"), &format!("Provalandia = \"{}\"\n", today.format("%m-%d")));
    let desk = format!(
        "\n[[desks]]\nslug = \"{CLOSED_DESK}\"\nmunicipality = \"Piossasco\"\naddress = \"Via di Prova 2\"\nname = {}\nclosures = [\"{closure}\"]\n{}",
        texts("Portineria chiusa oggi"),
        week.replace("locations.hours", "desks.hours")
    );
    append(&dir.path().join("desks.toml"), &desk);
    dir
}

/// Slugs of the services of [`content_with_places`].
pub const NEAR: &str = "prova-vicino";
pub const FAR: &str = "prova-lontano";
pub const FAR_BUT_NAMED: &str = "prova-lontano-col-nome";
/// The desk of [`content_with_places`], with coordinates.
pub const MAPPED_DESK: &str = "prova-mappa";
/// Where [`MAPPED_DESK`] is, and the locations of [`NEAR`] (about 100 m away) and [`FAR`]
/// (about 17 km away).
pub const DESK_POINT: &str = "44.9902, 7.4617";
pub const NEAR_POINT: &str = "44.9911, 7.4617";
pub const FAR_POINT: &str = "45.0600, 7.6500";
/// The postcodes in the addresses of the near and the far place (about 16 km apart).
pub const NEAR_POSTCODE: &str = "10045";
pub const FAR_POSTCODE: &str = "10090";

/// The seed content plus three services in Piossasco with coordinates and a desk there: two
/// alike but for their distance from the desk ("Sportello di prova della mappa"), and a far
/// one whose name is the word searched ("cartografia") that the near one only mentions.
pub fn content_with_places() -> tempfile::TempDir {
    let dir = content_copy();
    let location = |key: &str, point: &str, postcode: &str| {
        format!("[[locations]]\nkey = \"{key}\"\naddress = \"Via della Mappa 1, {postcode} Piossasco\"\nmunicipality = \"Piossasco\"\ncoordinates = \"{point}\"\n\n")
    };
    let service = |slug: &str, key: &str, name: &str, description: &str| {
        format!(
            "[[services]]\nslug = \"{slug}\"\nstatus = \"active\"\ncategories = [\"information\"]\nlocations = [\"{key}\"]\nname = {}\nsummary = {}\ndescription = {}\n\n",
            texts(name),
            texts("Uno sportello di prova della mappa."),
            texts(description)
        )
    };
    let body = "Sportello di prova per la distanza.";
    let file = format!(
        "translations = \"machine\"\nsource = \"tests\"\n\n[organization]\nslug = \"prova-mappa\"\nname = {}\ndescription = {}\n\n{}{}{}{}{}",
        texts("Ente di prova della mappa"),
        texts("Un ente che esiste solo nei test."),
        location("vicina", NEAR_POINT, NEAR_POSTCODE),
        location("lontana", FAR_POINT, FAR_POSTCODE),
        service(NEAR, "vicina", "Sportello di prova della mappa", "Qui si parla anche di cartografia."),
        service(FAR, "lontana", "Sportello di prova della mappa", body),
        service(FAR_BUT_NAMED, "lontana", "Cartografia", body),
    );
    std::fs::write(dir.path().join("organizations/prova-mappa.toml"), file).expect("organisation file");
    let desk = format!(
        "\n[[desks]]\nslug = \"{MAPPED_DESK}\"\nmunicipality = \"Piossasco\"\ncoordinates = \"{DESK_POINT}\"\nname = {}\n",
        texts("Portineria della mappa")
    );
    append(&dir.path().join("desks.toml"), &desk);
    dir
}

/// Slugs of the services of [`content_with_requirements`].
pub const TAKES_UNDOCUMENTED: &str = "prova-senza-documenti";
pub const TAKES_ANYONE: &str = "prova-per-tutti";
pub const PERMIT_ONLY: &str = "prova-solo-permesso";
pub const NOT_STATED: &str = "prova-non-indicato";

/// The seed content plus four services all named "Sportello di prova dei requisiti": one
/// that takes people without documents and asylum seekers (passport or ID, tax code and a
/// document in words to bring), one for anyone (nothing to bring), one for permit holders
/// only (permit, health card, ISEE) and one that says nothing.
pub fn content_with_requirements() -> tempfile::TempDir {
    let dir = content_copy();
    let service = |slug: &str, who: &str, documents: &str, extra: &str| {
        format!(
            "[[services]]\nslug = \"{slug}\"\nstatus = \"active\"\ncategories = [\"legal\"]\nwho_can_go = [{who}]\nrequired_documents = [{documents}]\n{extra}name = {}\nsummary = {}\ndescription = {}\n\n",
            texts("Sportello di prova dei requisiti"),
            texts("Uno sportello di prova dei requisiti."),
            texts("Qui si prova chi può andare e cosa portare."),
        )
    };
    let file = format!(
        "translations = \"machine\"\nsource = \"tests\"\n\n[organization]\nslug = \"prova-requisiti\"\nname = {}\ndescription = {}\n\n{}{}{}{}",
        texts("Ente di prova dei requisiti"),
        texts("Un ente che esiste solo nei test."),
        service(
            TAKES_UNDOCUMENTED,
            "\"undocumented\", \"asylum-seekers\"",
            "\"passport-or-id\", \"tax-code\"",
            &format!("documents = [{}]\n", texts("Una lettera del comune")),
        ),
        service(TAKES_ANYONE, "\"anyone\"", "\"nothing-needed\"", ""),
        service(PERMIT_ONLY, "\"permit-holders\"", "\"residence-permit\", \"health-card\", \"isee\"", ""),
        service(NOT_STATED, "", "", ""),
    );
    std::fs::write(dir.path().join("organizations/prova-requisiti.toml"), file).expect("organisation file");
    dir
}

/// A copy of the seed content (its `.toml` files and the organisations' folder) in a
/// temporary directory, for tests that change files.
pub fn content_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temporary content dir");
    copy_toml_files(&repo_root().join("content"), dir.path());
    dir
}

fn copy_toml_files(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).expect("content dir");
    for entry in std::fs::read_dir(from).expect("content/") {
        let path = entry.expect("entry").path();
        let name = path.file_name().expect("name");
        if path.is_dir() {
            copy_toml_files(&path, &to.join(name));
        } else if path.extension().is_some_and(|e| e == "toml") {
            std::fs::copy(&path, to.join(name)).expect("copy");
        }
    }
}

/// The file of organisation `slug` in the content directory `dir`.
pub fn organization_file(dir: &std::path::Path, slug: &str) -> std::path::PathBuf {
    dir.join(portineria::content::ORGANIZATIONS_DIR).join(format!("{slug}.toml"))
}

pub fn append(path: &std::path::Path, text: &str) {
    let mut current = std::fs::read_to_string(path).unwrap_or_default();
    current.push_str(text);
    std::fs::write(path, current).expect("write fixture");
}
