//! Shared helpers for the end-to-end tests: the real server on a temporary SQLite file,
//! an HTTP client, and headless Chromium driven over WebDriver.

use portineria::config::Config;
use std::path::PathBuf;
use std::sync::LazyLock;

pub mod browser;
pub mod relevance;

/// The repository root (tests run from `tests/`).
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().expect("tests/ has a parent").to_path_buf()
}

/// A running server: the real router, database and index (following the database as the
/// real server does), on a temporary data directory.
pub struct TestServer {
    pub base: String,
    /// The server's SQLite file, for tests that write to it from outside.
    pub database_url: String,
    _data: tempfile::TempDir,
}

impl TestServer {
    /// Starts a server on its own runtime thread over the content in `content_dir`.
    pub fn start(content_dir: PathBuf) -> TestServer {
        let data = tempfile::tempdir().expect("temporary data dir");
        let data_path = data.path().to_path_buf();
        let database_url = format!("sqlite://{}", data_path.join("portineria.db").display());
        let config = Config {
            site_addr: "127.0.0.1:0".parse().expect("address"),
            database_url: database_url.clone(),
            data_dir: data_path,
            content_dir,
            site_root: repo_root().join("target/site"),
            public_url: None,
        };
        let (sender, receiver) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let runtime =
                tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
            runtime.block_on(async move {
                let state = portineria::serve::prepare(&config).await.expect("server starts on a fresh data dir");
                tokio::spawn(portineria::indexer::follow(state.db.clone(), state.index.clone()));
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("free port");
                let address = listener.local_addr().expect("bound address");
                let app = portineria::web::router(state, portineria::serve::leptos_options(&config));
                sender.send(address).expect("test is waiting");
                axum::serve(listener, app).await.expect("server runs");
            });
        });
        let address = receiver.recv().expect("server reported its address");
        TestServer { base: format!("http://{address}"), database_url, _data: data }
    }
}

/// One server over the seed content per test binary, shared by every test.
static SERVER: LazyLock<TestServer> = LazyLock::new(|| TestServer::start(repo_root().join("content")));

pub fn server() -> &'static TestServer {
    &SERVER
}

/// An HTTP client that does not follow redirects, so tests see them.
pub fn http() -> reqwest::Client {
    reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("client")
}

pub fn url(path: &str) -> String {
    format!("{}{}", server().base, path)
}

/// The content as the import sees it.
pub fn content() -> portineria::content::ContentSet {
    portineria::content::load_dir(&repo_root().join("content")).expect("content/ is valid")
}
