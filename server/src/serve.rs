//! Starting up: open the database, import content, make sure the index is current, serve.

use crate::config::Config;
use crate::db::Database;
use crate::directory::AppState;
use crate::import::import_dir;
use crate::search::SearchIndex;
use leptos::prelude::LeptosOptions;
use std::sync::Arc;

/// Opens the database and the index, imports `content/` (skipping unchanged files) and
/// rebuilds the index when it is missing or older than the data.
pub async fn prepare(config: &Config) -> anyhow::Result<AppState> {
    std::fs::create_dir_all(&config.data_dir)?;
    let db = Database::open(&config.database_url).await?;
    let report = import_dir(&db, &config.content_dir).await?;
    tracing::info!(?report, "content import");
    let index = Arc::new(SearchIndex::open(&config.index_dir())?);
    let state = AppState { db, index };
    ensure_index(&state).await?;
    Ok(state)
}

/// Rebuilds the index from the database unless it already matches the data version.
pub async fn ensure_index(state: &AppState) -> anyhow::Result<()> {
    let version = state.db.data_version().await?;
    if state.index.is_current(version) {
        return Ok(());
    }
    rebuild_index(state).await
}

pub async fn rebuild_index(state: &AppState) -> anyhow::Result<()> {
    let version = state.db.data_version().await?;
    let documents = state.db.index_documents().await?;
    let index = state.index.clone();
    let started = std::time::Instant::now();
    let count = documents.len();
    tokio::task::spawn_blocking(move || index.rebuild(&documents, version)).await??;
    tracing::info!(services = count, ms = started.elapsed().as_millis() as u64, "search index rebuilt");
    Ok(())
}

pub fn leptos_options(config: &Config) -> LeptosOptions {
    LeptosOptions::builder()
        .output_name("portineria")
        .site_root(config.site_root.to_string_lossy().into_owned())
        .site_pkg_dir("pkg")
        .site_addr(config.site_addr)
        .build()
}

/// Serves until Ctrl-C or SIGTERM, then finishes the requests in flight.
pub async fn serve(config: Config) -> anyhow::Result<()> {
    let state = prepare(&config).await?;
    let app = crate::web::router(state, leptos_options(&config));
    let listener = tokio::net::TcpListener::bind(config.site_addr).await?;
    tracing::info!("Portineria is listening on http://{}", listener.local_addr()?);
    axum::serve(listener, app).with_graceful_shutdown(shutdown_signal()).await?;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}
