//! Previews of a draft, exactly as the public will see them: the public page, rendered by
//! the same Leptos app, over a throwaway database holding only the draft.

use super::organizations::service::load;
use super::session::Admin;
use super::AdminError;
use crate::content::editor::Kind;
use crate::db::{AuditAction, AuditLine, Database, RevisionKind};
use crate::state::AppState;
use axum::body::Body;
use axum::extract::{Path, Request, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use leptos::prelude::provide_context;
use leptos::prelude::LeptosOptions;
use portineria_app::directory::SharedDirectory;
use portineria_app::lang::Lang;
use std::sync::Arc;

/// Removes the `previews/` folder where earlier versions built previews as files.
pub fn remove_leftovers(data_dir: &std::path::Path) -> std::io::Result<bool> {
    let dir = data_dir.join("previews");
    if !dir.exists() {
        return Ok(false);
    }
    std::fs::remove_dir_all(dir)?;
    Ok(true)
}

/// The draft in a database of its own (in memory), for one request.
async fn scratch(state: &AppState, doc: &crate::content::OrganizationFile) -> Result<Database, AdminError> {
    let db = Database::open_scratch().await?;
    let filled = async {
        db.import_taxonomy(&state.taxonomy, "taxonomy.toml", "preview").await?;
        let line = AuditLine { action: AuditAction::Preview, target: "", detail: "" };
        db.publish(None, doc, (RevisionKind::Publish, (None, "preview"), ""), line).await
    }
    .await;
    if let Err(e) = filled {
        db.close().await;
        return Err(e.into());
    }
    Ok(db)
}

pub async fn show(
    State(state): State<AppState>,
    State(leptos): State<LeptosOptions>,
    admin: Admin,
    Path((slug, lang, segment, id)): Path<(String, String, String, String)>,
) -> Result<Response, AdminError> {
    let lang = Lang::from_code(&lang).ok_or(AdminError::NotFound)?;
    let kind = Kind::from_segment(&segment).ok_or(AdminError::NotFound)?;
    let public = kind.public_segment().ok_or(AdminError::NotFound)?;
    let org = load(&state, &admin, &slug).await?;
    let doc = org.working().clone();
    if !doc.ids(kind).contains(&id.as_str()) {
        return Err(AdminError::NotFound);
    }
    // Each preview builds a database: only a few at once.
    let _slot = state.admin.previews.clone().try_acquire_owned().map_err(|_| AdminError::Busy)?;
    let db = scratch(&state, &doc).await?;
    let rendered = async {
        let preview = state.with_database(db.clone()).await.map_err(|e| AdminError::Internal(e.to_string()))?;
        let directory: SharedDirectory = Arc::new(preview.directory);
        let render = leptos_axum::render_app_async_with_context(
            move || provide_context(directory.clone()),
            move || portineria_app::shell(leptos.clone()),
        );
        let request = Request::builder()
            .uri(format!("/{}/{public}/{id}", lang.code()))
            .body(Body::empty())
            .map_err(|e| AdminError::Internal(e.to_string()))?;
        Ok::<_, AdminError>(render(request).await)
    }
    .await;
    db.close().await;
    let mut response = rendered?.into_response();
    // The preview is read, not used: no script runs (the app would hydrate against the
    // public data), and it is never cached or indexed.
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'self'; script-src 'none'; img-src 'self' data:; frame-ancestors 'none'"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert("x-robots-tag", HeaderValue::from_static("noindex"));
    Ok(response)
}
