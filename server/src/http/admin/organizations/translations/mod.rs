//! Translators' files: an organisation's texts in one language as XLIFF 2.0 to download,
//! and a translated file uploaded back into the draft (through the same compare-and-swap
//! as any save, so a partner's edit made meanwhile is merged, never lost).

pub mod views;

use super::super::page;
use super::super::session::Admin;
use super::super::AdminError;
use super::service::{load, save, Outcome};
use super::{answer, draft_moved};
use crate::content::editor::xliff::{self, Filter, Problem};
use crate::state::AppState;
use crate::write::publishing::Mode;
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use portineria_app::lang::Lang;
use serde::Deserialize;

/// The largest upload accepted: the file and the form's other field. A larger one is still
/// read up to the forms' drain size before it is refused, so the browser gets the 413 page
/// instead of a connection cut while it is still sending.
const MAX_UPLOAD_BYTES: usize = xliff::MAX_BYTES + 64 * 1024;

#[derive(Deserialize)]
pub struct ExportQuery {
    filter: Option<String>,
}

/// `GET /admin/orgs/{org}/translations/{lang}.xlf?filter=missing|machine|outdated|all`.
pub async fn export(
    State(state): State<AppState>,
    admin: Admin,
    Path((slug, file)): Path<(String, String)>,
    Query(query): Query<ExportQuery>,
) -> Result<Response, AdminError> {
    let org = load(&state, &admin, &slug).await?;
    let lang =
        file.strip_suffix(".xlf").and_then(Lang::from_code).filter(|l| *l != Lang::It).ok_or(AdminError::NotFound)?;
    let filter = match query.filter.as_deref() {
        None | Some("") => Filter::All,
        Some(f) => Filter::parse(f).ok_or(AdminError::BadRequest("xliff-error-filter"))?,
    };
    let body = xliff::export(org.working(), lang, filter);
    let name = format!("attachment; filename=\"{slug}-{}-{}.xlf\"", lang.code(), filter.as_str());
    Ok((
        [
            (header::CONTENT_TYPE, "application/xliff+xml; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, name),
        ],
        body,
    )
        .into_response())
}

/// The uploaded form's fields: the CSRF token and the file.
async fn read_upload(multipart: Result<Multipart, MultipartRejection>) -> Result<(String, Vec<u8>), AdminError> {
    let mut multipart = multipart.map_err(|_| AdminError::BadRequest("admin-error-malformed"))?;
    let (mut csrf, mut file) = (String::new(), Vec::new());
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => return Err(AdminError::TooLarge),
            Err(_) => return Err(AdminError::BadRequest("admin-error-malformed")),
        };
        let name = field.name().unwrap_or_default().to_string();
        let bytes = field.bytes().await.map_err(|e| {
            if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                AdminError::TooLarge
            } else {
                AdminError::BadRequest("admin-error-malformed")
            }
        })?;
        match name.as_str() {
            "csrf" => csrf = String::from_utf8_lossy(&bytes).into_owned(),
            "file" => file = bytes.to_vec(),
            _ => {}
        }
    }
    if csrf.len() + file.len() > MAX_UPLOAD_BYTES {
        return Err(AdminError::TooLarge);
    }
    Ok((csrf, file))
}

/// `POST /admin/orgs/{org}/translations`: a translated XLIFF file into the draft. A file with
/// any problem changes nothing; the page lists every problem, or what the file changed.
pub async fn import(
    State(state): State<AppState>,
    admin: Admin,
    Path(slug): Path<String>,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, AdminError> {
    let (csrf, file) = read_upload(multipart).await?;
    admin.check_csrf(&csrf)?;
    let org = load(&state, &admin, &slug).await?;
    let refused = |problems: Vec<Problem>| {
        page::respond(StatusCode::UNPROCESSABLE_ENTITY, views::refused(&admin, &org, &problems))
    };
    if file.is_empty() {
        return Ok(refused(vec![Problem { key: "xliff-error-no-file", unit: None, detail: None }]));
    }
    let Ok(text) = std::str::from_utf8(&file) else {
        return Ok(refused(vec![Problem { key: "xliff-error-not-xliff", unit: None, detail: None }]));
    };
    let parsed = match xliff::parse(text) {
        Ok(parsed) => parsed,
        Err(problems) => return Ok(refused(problems)),
    };
    let mut doc = org.working().clone();
    let applied = match xliff::apply(&mut doc, &parsed) {
        Ok(applied) => applied,
        Err(problems) => return Ok(refused(problems)),
    };
    if applied.confirmed.is_empty() && applied.outdated.is_empty() {
        return Ok(page::ok(views::imported(&admin, &org, parsed.lang, &applied)));
    }
    let summary = format!("translations/{}.xlf", parsed.lang.code());
    match save(&state, &admin, &org, (&doc, Mode::Draft, &summary)).await? {
        Outcome::Done => Ok(page::ok(views::imported(&admin, &org, parsed.lang, &applied))),
        Outcome::Moved { newer, clashes } => Ok(draft_moved(&admin, &newer, &clashes)),
        other => Ok(answer(&admin, &org, other, &org.url())),
    }
}
