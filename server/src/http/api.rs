//! JSON API v1 (ARCHITECTURE.md §4). Handlers are thin: parse, call one domain function, map its
//! error to a JSON error with a 4xx status for bad input.

use crate::state::AppState;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use portineria_app::lang::Lang;
use portineria_app::model::{InputError, RawSearch, SearchHit, ServiceDetail, Suggestion, MAX_LIMIT};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// An API error: `{"error":{"code","message"}}` with its status.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    code: &'static str,
    message: String,
}

impl ApiError {
    fn input(error: InputError, lang: Lang) -> Self {
        Self { status: StatusCode::BAD_REQUEST, code: error.code(), message: error.message(lang) }
    }

    fn not_found(lang: Lang) -> Self {
        Self {
            status: StatusCode::NOT_FOUND,
            code: "not_found",
            message: portineria_app::i18n::t(lang, "error-not-found"),
        }
    }

    fn internal(error: impl std::fmt::Display) -> Self {
        tracing::error!("api: {error}");
        Self {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            code: "internal",
            message: portineria_app::i18n::t(Lang::It, "error-internal"),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = serde_json::json!({ "error": { "code": self.code, "message": self.message } });
        (self.status, Json(body)).into_response()
    }
}

/// Query parameters as text: numbers and languages are checked by us, so a wrong value gets
/// our own message instead of the extractor's.
#[derive(Debug, Default, Deserialize)]
pub struct ApiQuery {
    q: Option<String>,
    lang: Option<String>,
    category: Option<String>,
    municipality: Option<String>,
    target_group: Option<String>,
    language: Option<String>,
    open_now: Option<String>,
    limit: Option<String>,
    offset: Option<String>,
}

impl ApiQuery {
    fn parse(query: Result<Query<ApiQuery>, QueryRejection>) -> Result<Self, ApiError> {
        query
            .map(|Query(q)| q)
            .map_err(|_| ApiError::input(InputError::InvalidParameter { name: "query string".into() }, Lang::It))
    }

    fn lang(&self) -> Result<Lang, ApiError> {
        match self.lang.as_deref() {
            None | Some("") => Ok(Lang::It),
            Some(code) => {
                Lang::from_path_segment(code).ok_or_else(|| ApiError::input(InputError::UnknownLanguage, Lang::It))
            }
        }
    }

    fn raw(&self) -> RawSearch {
        RawSearch {
            q: self.q.clone(),
            category: self.category.clone(),
            municipality: self.municipality.clone(),
            target_group: self.target_group.clone(),
            language: self.language.clone(),
            open_now: self.open_now.clone(),
            limit: self.limit.clone(),
            offset: self.offset.clone(),
            desk: None,
        }
    }
}

/// The `/api/v1` routes, for any router state that holds an [`AppState`].
pub fn router<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    AppState: axum::extract::FromRef<S>,
{
    Router::new()
        .route("/search", get(search))
        .route("/suggest", get(suggest))
        .route("/services", get(services))
        .route("/services/{id}", get(service))
}

/// Any other path under `/api`: a JSON 404, like every API error.
pub async fn not_found() -> ApiError {
    ApiError::not_found(Lang::It)
}

#[derive(Serialize)]
struct SearchResponse {
    query: String,
    lang: Lang,
    total: u64,
    hits: Vec<SearchHit>,
    facets: BTreeMap<&'static str, BTreeMap<String, u64>>,
    /// How many results (with the other filters) are open now.
    open_now: u64,
    /// When nothing was found: a corrected query to try.
    #[serde(skip_serializing_if = "Option::is_none")]
    did_you_mean: Option<String>,
}

async fn search(
    State(state): State<AppState>,
    query: Result<Query<ApiQuery>, QueryRejection>,
) -> Result<Json<SearchResponse>, ApiError> {
    let query = ApiQuery::parse(query)?;
    let lang = query.lang()?;
    let params = query.raw().validate(20).map_err(|e| ApiError::input(e, lang))?;
    let page = state.directory.search(lang, &params).await.map_err(ApiError::internal)?;
    let counts =
        |values: Vec<portineria_app::model::FacetValue>| values.into_iter().map(|v| (v.value, v.count)).collect();
    let facets = BTreeMap::from([
        ("category", counts(page.facets.category)),
        ("municipality", counts(page.facets.municipality)),
        ("target_group", counts(page.facets.target_group)),
        ("language", counts(page.facets.language)),
    ]);
    Ok(Json(SearchResponse {
        query: page.query,
        lang,
        total: page.total,
        hits: page.hits,
        facets,
        open_now: page.facets.open_now,
        did_you_mean: page.did_you_mean,
    }))
}

#[derive(Serialize)]
struct SuggestResponse {
    query: String,
    lang: Lang,
    suggestions: Vec<Suggestion>,
}

/// `GET /api/v1/suggest?q=&lang=`: up to 8 completions (category and service names in
/// `lang`) for what has been typed so far.
async fn suggest(
    State(state): State<AppState>,
    query: Result<Query<ApiQuery>, QueryRejection>,
) -> Result<Json<SuggestResponse>, ApiError> {
    let query = ApiQuery::parse(query)?;
    let lang = query.lang()?;
    let params =
        RawSearch { q: query.q.clone(), ..Default::default() }.validate(1).map_err(|e| ApiError::input(e, lang))?;
    let suggestions = state.directory.suggest(lang, &params.q).await.map_err(ApiError::internal)?;
    Ok(Json(SuggestResponse { query: params.q, lang, suggestions }))
}

#[derive(Serialize)]
struct ServicesResponse {
    total: i64,
    items: Vec<ServiceDetail>,
}

async fn services(
    State(state): State<AppState>,
    query: Result<Query<ApiQuery>, QueryRejection>,
) -> Result<Json<ServicesResponse>, ApiError> {
    let query = ApiQuery::parse(query)?;
    let lang = query.lang()?;
    let params = RawSearch { limit: query.limit.clone(), offset: query.offset.clone(), ..Default::default() }
        .validate(MAX_LIMIT)
        .map_err(|e| ApiError::input(e, lang))?;
    let (total, items) = state.db.services_page(lang, params.limit, params.offset).await.map_err(ApiError::internal)?;
    Ok(Json(ServicesResponse { total, items }))
}

async fn service(
    State(state): State<AppState>,
    Path(id): Path<String>,
    query: Result<Query<ApiQuery>, QueryRejection>,
) -> Result<Json<ServiceDetail>, ApiError> {
    let lang = ApiQuery::parse(query)?.lang()?;
    match state.db.service_detail(lang, &id).await.map_err(ApiError::internal)? {
        Some(detail) => Ok(Json(detail)),
        None => Err(ApiError::not_found(lang)),
    }
}

#[derive(Serialize)]
pub struct Health {
    status: &'static str,
    services: i64,
    indexed: u64,
}

pub async fn healthz(State(state): State<AppState>) -> Result<Json<Health>, ApiError> {
    let services = state.db.count_services().await.map_err(ApiError::internal)?;
    Ok(Json(Health { status: "ok", services, indexed: state.index.document_count() }))
}
