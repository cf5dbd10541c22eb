//! Starting up: open the database, import content, make sure the index is current, build
//! the state once, serve; and the hourly housekeeping.

use crate::config::Config;
use crate::content::desks::Desks;
use crate::content::holidays::Holidays;
use crate::content::legal::Legal;
use crate::content::screening::Questionnaire;
use crate::db::Database;
use crate::directory::{KioskTimeouts, ReadSettings};
use crate::search::indexer;
use crate::search::{SearchIndex, Thesaurus};
use crate::speech::Speech;
use crate::state::{AdminState, AppState};
use crate::write::import::import_dir;
use leptos::prelude::LeptosOptions;
use portineria_app::model::{LegalNotice, Retention};
use std::sync::Arc;

/// Opens the database and the index, imports `content/` (skipping unchanged files) and
/// brings the index up to date with the database.
pub async fn prepare(config: &Config) -> anyhow::Result<AppState> {
    std::fs::create_dir_all(&config.data_dir)?;
    let db = Database::open(&config.database_url).await?;
    let startup = db.startup_lock().await?;
    let report = import_dir(&db, &config.content_dir).await?;
    let filled = db.fill_hsds_ids().await?;
    if filled > 0 {
        tracing::info!(organizations = filled, "Open Referral ids written for rows from before they existed");
    }
    drop(startup);
    tracing::info!(?report, "content import");
    let thesaurus = Thesaurus::load(&config.content_dir)?;
    let holidays = Arc::new(Holidays::load(&config.content_dir)?);
    let index = Arc::new(
        SearchIndex::open(&config.index_dir(), thesaurus, holidays.clone())?
            .counting_exactly(config.search_exact_count),
    );
    let started = std::time::Instant::now();
    if indexer::catch_up(&db, &index).await? {
        tracing::info!(
            services = index.document_count(),
            ms = started.elapsed().as_millis() as u64,
            "search index brought up to date"
        );
    }
    let (taxonomy, _) = crate::content::read_taxonomy(&config.content_dir)?;
    if crate::http::admin::remove_preview_leftovers(&config.data_dir)? {
        tracing::info!("removed the preview files an earlier version left");
    }
    let admin = AdminState {
        secure_cookies: config.public_url.as_deref().is_some_and(|u| u.starts_with("https://")),
        search_log_days: config.search_log_days,
        audit_log_days: config.audit_log_days,
        require_mfa: config.require_mfa,
        mailer: match &config.mail {
            Some(mail) => Some(Arc::new(crate::mail::Mailer::new(&mail.smtp_url, &mail.from)?)),
            None => None,
        },
        digest_hour: config.digest_hour,
        ..AdminState::default()
    };
    let legal = Legal::load(&config.content_dir)?;
    if legal.controller.is_none() {
        tracing::warn!("content/legal.toml names no data controller: the privacy notice says so until it does");
    }
    let notice = LegalNotice {
        controller: legal.controller,
        privacy_updated: legal.privacy_updated.to_string(),
        accessibility: legal.accessibility,
        retention: Retention {
            search_log_days: config.search_log_days,
            audit_log_days: config.audit_log_days,
            session_idle_minutes: admin.idle_timeout.num_minutes() as u32,
            session_hours: admin.absolute_timeout.num_hours() as u32,
            kiosk_reset_seconds: config.kiosk_reset_seconds,
        },
        cookies: crate::http::admin::session::cookies_set(&admin),
    };
    let read = ReadSettings {
        public_url: config.public_url.clone(),
        desks: Arc::new(Desks::load(&config.content_dir)?),
        screening: Arc::new(Questionnaire::load(&config.content_dir, &taxonomy)?),
        kiosk_timeouts: KioskTimeouts {
            idle_seconds: config.kiosk_idle_seconds,
            reset_seconds: config.kiosk_reset_seconds,
        },
        legal: Arc::new(notice),
        speech: Speech::new(config.data_dir.join("speech"), config.speech_cache_bytes).await,
        holidays,
    };
    let state = AppState::builder(db, index, read)
        .taxonomy(taxonomy)
        .admin(admin)
        .trusted_proxies(config.trusted_proxies.clone())
        .build()
        .await?;
    Ok(state)
}

pub fn leptos_options(config: &Config) -> LeptosOptions {
    // The script and wasm names Leptos puts in each page come from the site's hash file
    // (see `portineria_app::assets`); a site built without one keeps plain names.
    let hash_file = portineria_app::assets::hash_file(&config.site_root);
    LeptosOptions::builder()
        .output_name("portineria")
        .site_root(config.site_root.to_string_lossy().into_owned())
        .site_pkg_dir("pkg")
        .site_addr(config.site_addr)
        .hash_files(hash_file.exists())
        .hash_file(std::sync::Arc::from(hash_file.to_string_lossy().as_ref()))
        .build()
}

/// Serves until Ctrl-C or SIGTERM, then finishes the requests in flight. The index follows
/// the database in the background meanwhile.
pub async fn serve(config: Config) -> anyhow::Result<()> {
    let state = prepare(&config).await?;
    tokio::spawn(indexer::follow(state.db.clone(), state.index.clone()));
    tokio::spawn(housekeeping(state.clone()));
    if let Some(address) = config.metrics_addr {
        let listener = tokio::net::TcpListener::bind(address).await?;
        tracing::info!("metrics at http://{}/metrics", listener.local_addr()?);
        let metrics = crate::http::metrics_router(state.clone());
        tokio::spawn(async move {
            if let Err(e) = axum::serve(listener, metrics).await {
                tracing::error!("metrics listener: {e}");
            }
        });
    }
    let app = crate::http::router(state, leptos_options(&config));
    let listener = tokio::net::TcpListener::bind(config.site_addr).await?;
    tracing::info!("Portineria is listening on http://{}", listener.local_addr()?);
    crate::http::listener::serve(listener, app, shutdown_signal()).await?;
    Ok(())
}

/// Audit lines kept at most, whatever the retention: the newest stay.
pub const MAX_AUDIT_LINES: i64 = 500_000;

/// Every hour: sends the day's digests when they are due ([`crate::http::admin::digest`]);
/// forgets search counts, votes and handled feedback, and audit lines older than their retention (and audit
/// lines beyond [`MAX_AUDIT_LINES`]), sessions past their timeouts, spent login challenges
/// and login-throttle keys no longer needed.
pub async fn housekeeping(state: AppState) {
    let mut ticker = tokio::time::interval(std::time::Duration::from_secs(3600));
    loop {
        ticker.tick().await;
        if let Err(e) = tidy(&state).await {
            tracing::error!("hourly housekeeping: {e}");
        }
        match crate::http::admin::digest::send_due(&state, chrono::Utc::now()).await {
            Ok(round) if round.sent + round.failed > 0 => tracing::info!(?round, "daily digests"),
            Ok(_) => {}
            Err(e) => tracing::error!("daily digests: {e:?}"),
        }
    }
}

/// One round of [`housekeeping`].
pub async fn tidy(state: &AppState) -> Result<(), crate::db::DbError> {
    let now = chrono::Utc::now();
    let settings = &state.admin;
    let first_day = crate::period::today() - chrono::Duration::days(i64::from(settings.search_log_days));
    state.db.forget_searches_before(&first_day.to_string()).await?;
    // Feedback is anonymous like the search counts, and kept as long; open reports stay
    // until someone handles them.
    state.db.forget_feedback_before(now - chrono::Duration::days(i64::from(settings.search_log_days))).await?;
    let audit_since = now - chrono::Duration::days(i64::from(settings.audit_log_days));
    state.db.prune_audit(audit_since, MAX_AUDIT_LINES).await?;
    state.db.purge_sessions(now - settings.idle_timeout, now - settings.absolute_timeout).await?;
    state.db.purge_challenges().await?;
    state.db.prune_throttle(&crate::accounts::THROTTLE, now.timestamp()).await?;
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
