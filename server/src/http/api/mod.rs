//! JSON API v1 (ARCHITECTURE.md §4). Handlers are thin: parse, call one domain function, map its
//! error to a JSON error with a 4xx status for bad input, and answer with the API's own wire
//! types ([`types`]), never the pages' DTOs.

pub mod types;

use crate::state::AppState;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use portineria_app::lang::Lang;
use portineria_app::model::{InputError, RawSearch, MAX_LIMIT};
use serde::Deserialize;
use types::{
    ErrorBody, ErrorCode, Health, IndexHealth, SearchResponse, ServiceDetail, ServicesResponse, SuggestResponse,
};

/// An API error: an [`ErrorBody`] with its status.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    body: ErrorBody,
}

impl ApiError {
    /// Bad input, answered with a 400 and the error's message in `lang`.
    pub fn input(error: InputError, lang: Lang) -> Self {
        Self { status: StatusCode::BAD_REQUEST, body: ErrorBody::new((&error).into(), error.message(lang)) }
    }

    pub(crate) fn not_found(lang: Lang) -> Self {
        Self {
            status: StatusCode::NOT_FOUND,
            body: ErrorBody::new(ErrorCode::NotFound, portineria_app::i18n::t(lang, "error-not-found")),
        }
    }

    pub(crate) fn internal(error: impl std::fmt::Display) -> Self {
        tracing::error!("api: {error}");
        Self {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            body: ErrorBody::new(ErrorCode::Internal, portineria_app::i18n::t(Lang::It, "error-internal")),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, Json(self.body)).into_response()
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
    situation: Option<String>,
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
            situation: self.situation.clone(),
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

/// `GET /api/v1/search?q=&lang=&category=&municipality=&target_group=&language=&open_now=&limit=&offset=`:
/// one page of results (20 unless `limit` says otherwise) with the facets of all of them.
async fn search(
    State(state): State<AppState>,
    query: Result<Query<ApiQuery>, QueryRejection>,
) -> Result<Json<SearchResponse>, ApiError> {
    let query = ApiQuery::parse(query)?;
    let lang = query.lang()?;
    let params = query.raw().validate(20).map_err(|e| ApiError::input(e, lang))?;
    let page = state.directory.search(lang, &params).await.map_err(ApiError::internal)?;
    Ok(Json(page.into()))
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
    Ok(Json(SuggestResponse::new(params.q, lang, suggestions)))
}

/// `GET /api/v1/services?lang=&limit=&offset=`: every service in full, a page at a time, for
/// clients that mirror the directory.
async fn services(
    State(state): State<AppState>,
    query: Result<Query<ApiQuery>, QueryRejection>,
) -> Result<Json<ServicesResponse>, ApiError> {
    let query = ApiQuery::parse(query)?;
    let lang = query.lang()?;
    let params = RawSearch { limit: query.limit.clone(), offset: query.offset.clone(), ..Default::default() }
        .validate(MAX_LIMIT)
        .map_err(|e| ApiError::input(e, lang))?;
    let (total, items) = state
        .db
        .services_page(lang, &state.directory.settings().holidays, params.limit, params.offset)
        .await
        .map_err(ApiError::internal)?;
    Ok(Json(ServicesResponse::new(total, items)))
}

/// `GET /api/v1/services/{id}?lang=`: one service in full; a JSON 404 for an unknown id.
async fn service(
    State(state): State<AppState>,
    Path(id): Path<String>,
    query: Result<Query<ApiQuery>, QueryRejection>,
) -> Result<Json<ServiceDetail>, ApiError> {
    let lang = ApiQuery::parse(query)?.lang()?;
    match state.db.service_detail(lang, &id, &state.directory.settings().holidays).await.map_err(ApiError::internal)? {
        Some(detail) => Ok(Json(detail.into())),
        None => Err(ApiError::not_found(lang)),
    }
}

/// `GET /healthz`: the service count of the database and of the search index; with
/// `?deep=1`, also how this instance's index follows the database (versions, incremental
/// updates and rebuilds), to compare instances behind a load balancer.
pub async fn healthz(State(state): State<AppState>, RawQuery(query): RawQuery) -> Result<Json<Health>, ApiError> {
    let services = state.db.count_services().await.map_err(ApiError::internal)?;
    let health = Health::ok(services, state.index.document_count());
    if !query.as_deref().is_some_and(|q| q.split('&').any(|p| p == "deep=1")) {
        return Ok(Json(health));
    }
    let updates = state.index.updates();
    let index = IndexHealth {
        data_version: state.db.data_version().await.map_err(ApiError::internal)?,
        index_version: state.index.stamp().map(|s| s.data_version),
        incremental_updates: updates.incremental(),
        full_rebuilds: updates.rebuilds(),
    };
    Ok(Json(health.with_index(index)))
}
