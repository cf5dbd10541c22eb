//! The Open Referral HSDS 3.0 API, read-only, under `/api/hsds/v3/` (README "Open Referral
//! HSDS"): the endpoints and query parameters of HSDS's OpenAPI file, its paging envelope,
//! `format=ndjson` streaming everything, texts in any of the five languages, and the
//! profile's files. Lists page through the database's published rows; `search` goes through
//! the tantivy index like the pages' search.

use super::api::ApiError;
use crate::content::OrganizationFile;
use crate::db::{HsdsFilter, HsdsRow, HsdsTaxonomy};
use crate::hsds::compile::{postcode, ByService, Compiler, Depth, Source, Stamps, TaxonomyKind};
use crate::hsds::profile;
use crate::hsds::wire::{self, Page};
use crate::search::SearchQuery;
use crate::state::AppState;
use axum::body::Body;
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use chrono::{DateTime, NaiveDate, Utc};
use futures_util::StreamExt;
use portineria_app::directory::Directory;
use portineria_app::lang::Lang;
use portineria_app::model::InputError;
use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};
use uuid::Uuid;

/// The most items a page may hold, and how many when `per_page` is not given.
const MAX_PER_PAGE: usize = 1000;
const PER_PAGE: usize = 50;

/// The `/api/hsds/v3` routes.
pub fn router<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    AppState: axum::extract::FromRef<S>,
{
    Router::new()
        .route("/", get(root))
        .route("/openapi.json", get(openapi))
        .route("/profile/", get(profile_index))
        .route("/profile/{file}", get(profile_file))
        .route("/schema/{*file}", get(schema_file))
        .route("/services", get(services))
        .route("/services/{id}", get(service))
        .route("/service_at_locations", get(at_locations))
        .route("/service_at_locations/{id}", get(at_location))
        .route("/organizations", get(organizations))
        .route("/organizations/{id}", get(organization))
        .route("/taxonomies", get(taxonomies))
        .route("/taxonomies/{id}", get(taxonomy))
        .route("/taxonomy_terms", get(terms))
        .route("/taxonomy_terms/{id}", get(term))
}

/// The query parameters, each checked; a name the endpoint does not know is refused.
#[derive(Debug, Default)]
struct Params {
    lang: Lang,
    search: Option<String>,
    page: usize,
    per_page: Option<usize>,
    ndjson: bool,
    taxonomy_term_id: Option<Uuid>,
    taxonomy_id: Option<Uuid>,
    organization_id: Option<Uuid>,
    modified_after: Option<DateTime<Utc>>,
    minimal: bool,
    full: bool,
    full_service: bool,
    parent_id: Option<Uuid>,
    postcode: Option<String>,
    proximity: Option<f64>,
}

/// The parameters every list takes.
const PAGING: [&str; 5] = ["lang", "search", "page", "per_page", "format"];

impl Params {
    fn parse(query: Option<&str>, headers: &HeaderMap, allowed: &[&str]) -> Result<Self, ApiError> {
        let header_lang = headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .and_then(Lang::negotiate)
            .unwrap_or(Lang::It);
        let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query.unwrap_or(""))
            .map_err(|_| ApiError::input(InputError::InvalidParameter { name: "query string".into() }, header_lang))?;
        let mut given = BTreeMap::new();
        for (name, value) in pairs {
            if !allowed.contains(&name.as_str()) || given.insert(name.clone(), value).is_some() {
                return Err(bad(&name, header_lang));
            }
        }
        let lang = match given.get("lang").map(String::as_str) {
            None => header_lang,
            Some(code) => {
                Lang::from_code(code).ok_or_else(|| ApiError::input(InputError::UnknownLanguage, header_lang))?
            }
        };
        let get = |name: &str| given.get(name).map(|v| v.trim()).filter(|v| !v.is_empty());
        let number = |name: &str, range: std::ops::RangeInclusive<usize>| -> Result<Option<usize>, ApiError> {
            get(name)
                .map(|v| v.parse::<usize>().ok().filter(|n| range.contains(n)).ok_or_else(|| bad(name, lang)))
                .transpose()
        };
        let flag = |name: &str| -> Result<bool, ApiError> {
            match get(name) {
                None | Some("false") | Some("0") => Ok(false),
                Some("true") | Some("1") => Ok(true),
                Some(_) => Err(bad(name, lang)),
            }
        };
        let id = |name: &str| -> Result<Option<Uuid>, ApiError> {
            get(name).map(|v| Uuid::parse_str(v).map_err(|_| bad(name, lang))).transpose()
        };
        let search = get("search").map(str::to_string);
        if search.as_ref().is_some_and(|s| s.chars().count() > portineria_app::model::MAX_QUERY_CHARS) {
            return Err(bad("search", lang));
        }
        let modified_after =
            get("modified_after").map(|v| moment(v).ok_or_else(|| bad("modified_after", lang))).transpose()?;
        let proximity = get("proximity")
            .map(|v| {
                v.parse::<f64>()
                    .ok()
                    .filter(|m| m.is_finite() && *m > 0.0 && *m <= 1_000_000.0)
                    .ok_or_else(|| bad("proximity", lang))
            })
            .transpose()?;
        // Our terms have no children: every one is "top only", so the flag is only checked.
        flag("top_only")?;
        let postcode = get("postcode").map(str::to_string);
        if postcode.as_ref().is_some_and(|p| p.len() > 10) || (proximity.is_some() && postcode.is_none()) {
            return Err(bad("postcode", lang));
        }
        Ok(Self {
            lang,
            search,
            page: number("page", 1..=1_000_000)?.unwrap_or(1),
            per_page: number("per_page", 1..=MAX_PER_PAGE)?,
            ndjson: match get("format") {
                None | Some("json") => false,
                Some("ndjson") => true,
                Some(_) => return Err(bad("format", lang)),
            },
            taxonomy_term_id: id("taxonomy_term_id")?,
            taxonomy_id: id("taxonomy_id")?,
            organization_id: id("organization_id")?,
            modified_after,
            minimal: flag("minimal")?,
            full: flag("full")?,
            full_service: flag("full_service")?,
            parent_id: id("parent_id")?,
            postcode,
            proximity,
        })
    }

    /// How many items a page holds: `per_page`, else all of a minimal list, else 50.
    fn per_page(&self) -> usize {
        self.per_page.unwrap_or(if self.minimal { MAX_PER_PAGE } else { PER_PAGE })
    }

    /// The part of `items` the asked page holds.
    fn page_of<T>(&self, items: Vec<T>) -> Vec<T> {
        let per_page = self.per_page();
        items.into_iter().skip((self.page - 1).saturating_mul(per_page)).take(per_page).collect()
    }

    fn compiler<'s>(&self, state: &'s AppState) -> Compiler<'s> {
        Compiler { lang: self.lang, taxonomy: &state.taxonomy }
    }
}

/// `2024-01-31T10:00:00Z` (RFC 3339) or a day, `2024-01-31` (from its start, in UTC).
fn moment(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .ok()
        .or_else(|| NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()?.and_hms_opt(0, 0, 0).map(|t| t.and_utc()))
}

fn bad(name: &str, lang: Lang) -> ApiError {
    ApiError::input(InputError::InvalidParameter { name: name.to_string() }, lang)
}

/// The address this API is reached at, for the links it gives.
fn origin(state: &AppState, headers: &HeaderMap) -> String {
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    portineria_app::url::site_origin(state.directory.public_url().as_deref(), host, None) + "/api/hsds/v3"
}

#[derive(Serialize)]
pub(super) struct About {
    version: &'static str,
    profile: String,
    openapi_url: String,
}

/// `GET /`: the HSDS version, the profile's address and the OpenAPI file's.
pub(super) async fn root(
    State(state): State<AppState>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Json<About>, ApiError> {
    Params::parse(query.as_deref(), &headers, &["lang"])?;
    let base = origin(&state, &headers);
    Ok(Json(About { version: "3.0", profile: format!("{base}/profile/"), openapi_url: format!("{base}/openapi.json") }))
}

fn json_file(text: &'static str) -> Response {
    ([(header::CONTENT_TYPE, "application/json")], text).into_response()
}

async fn openapi() -> Result<Response, ApiError> {
    profile::file("openapi.json").map(json_file).ok_or_else(|| ApiError::not_found(Lang::It))
}

#[derive(Serialize)]
struct ProfileIndex {
    name: &'static str,
    version: &'static str,
    based_on: &'static str,
    modifications: Vec<String>,
    schemas: String,
    openapi_url: String,
}

/// `GET /profile/`: what the profile is, and where its files are.
async fn profile_index(State(state): State<AppState>, headers: HeaderMap) -> Json<ProfileIndex> {
    let base = origin(&state, &headers);
    Json(ProfileIndex {
        name: "Portineria profile of HSDS",
        version: profile::PROFILE_VERSION,
        based_on: "https://github.com/openreferral/specification/tree/3.0/schema",
        modifications: profile::patched_files().map(|f| format!("{base}/profile/{f}")).collect(),
        schemas: format!("{base}/schema/"),
        openapi_url: format!("{base}/openapi.json"),
    })
}

async fn profile_file(Path(file): Path<String>) -> Result<Response, ApiError> {
    profile::file(&format!("profile/{file}")).map(json_file).ok_or_else(|| ApiError::not_found(Lang::It))
}

async fn schema_file(Path(file): Path<String>) -> Result<Response, ApiError> {
    profile::file(&format!("schema/{file}")).map(json_file).ok_or_else(|| ApiError::not_found(Lang::It))
}

/// The published documents a request needs, each read once.
struct Documents<'s> {
    state: &'s AppState,
    read: HashMap<String, Option<OrganizationFile>>,
}

impl<'s> Documents<'s> {
    fn new(state: &'s AppState) -> Self {
        Self { state, read: HashMap::new() }
    }

    async fn get(&mut self, slug: &str) -> Result<Option<&OrganizationFile>, ApiError> {
        if !self.read.contains_key(slug) {
            let row = self.state.db.document(slug).await.map_err(ApiError::internal)?;
            self.read.insert(slug.to_string(), row.map(|r| r.published));
        }
        Ok(self.read.get(slug).and_then(Option::as_ref))
    }
}

/// The database filter the parameters ask for; `None` when they name a term or an
/// organisation that does not exist (nothing can match).
fn filter(state: &AppState, params: &Params) -> Option<HsdsFilter> {
    let kind_of = |id: Uuid| TaxonomyKind::ALL.into_iter().find(|k| k.id() == id);
    let term = match (params.taxonomy_term_id, params.taxonomy_id) {
        (Some(term), taxonomy) => {
            let within = taxonomy.map(|t| kind_of(t).ok_or(())).transpose().ok()?;
            let (kind, slug) = params.compiler(state).term_by_id(term, within)?;
            Some((taxonomy_of(kind), Some(slug.to_string())))
        }
        (None, Some(taxonomy)) => Some((taxonomy_of(kind_of(taxonomy)?), None)),
        (None, None) => None,
    };
    Some(HsdsFilter {
        organization: params.organization_id.map(|id| id.to_string()),
        service: None,
        modified_after: params.modified_after,
        term,
    })
}

fn taxonomy_of(kind: TaxonomyKind) -> HsdsTaxonomy {
    match kind {
        TaxonomyKind::Categories => HsdsTaxonomy::Categories,
        TaxonomyKind::TargetGroups => HsdsTaxonomy::TargetGroups,
        TaxonomyKind::Situations => HsdsTaxonomy::Situations,
    }
}

/// The rows that pass the filter, in the order of `search`'s ranking when there is one
/// (its matches only), else by slug.
async fn rows(state: &AppState, params: &Params) -> Result<Vec<HsdsRow>, ApiError> {
    let Some(filter) = filter(state, params) else { return Ok(Vec::new()) };
    let rows = state.db.hsds_rows(&filter).await.map_err(ApiError::internal)?;
    let Some(text) = &params.search else { return Ok(rows) };
    let services: HashSet<i64> = rows.iter().map(|r| r.service_id).collect();
    let query = SearchQuery { text: text.clone(), limit: services.len().max(1), ..Default::default() };
    let index = state.index.clone();
    let found = tokio::task::spawn_blocking(move || index.search(&query))
        .await
        .map_err(ApiError::internal)?
        .map_err(ApiError::internal)?;
    let rank: HashMap<i64, usize> = found.hits.iter().enumerate().map(|(i, h)| (h.id, i)).collect();
    let mut ranked: Vec<HsdsRow> = rows.into_iter().filter(|r| rank.contains_key(&r.service_id)).collect();
    ranked.sort_by_key(|r| rank[&r.service_id]);
    Ok(ranked)
}

/// One row per service (the rows come once per location).
fn per_service(rows: Vec<HsdsRow>) -> Vec<HsdsRow> {
    let mut seen = HashSet::new();
    rows.into_iter().filter(|r| seen.insert(r.service_id)).collect()
}

/// How many items of a streamed list are built at a time (so memory stays bounded).
const STREAM_CHUNK: usize = 100;

/// What a list item is built from: a database row, or an organisation's slug.
trait Entry: Clone + Send + Sync + 'static {
    fn organization(&self) -> &str;
}

impl Entry for HsdsRow {
    fn organization(&self) -> &str {
        &self.organization
    }
}

impl Entry for String {
    fn organization(&self) -> &str {
        self
    }
}

/// Builds the item of one entry from its organisation's published document (`None`: the
/// document no longer has it).
trait Build<K>: Fn(&Compiler, &OrganizationFile, &K) -> Option<Value> + Clone + Send + Sync + 'static {}
impl<K, F: Fn(&Compiler, &OrganizationFile, &K) -> Option<Value> + Clone + Send + Sync + 'static> Build<K> for F {}

/// The items of `entries`, each organisation's document read once.
async fn build_items<K: Entry>(
    state: &AppState,
    lang: Lang,
    entries: &[K],
    build: &impl Build<K>,
) -> Result<Vec<Value>, ApiError> {
    let compiler = Compiler { lang, taxonomy: &state.taxonomy };
    let mut documents = Documents::new(state);
    let mut items = Vec::with_capacity(entries.len());
    for entry in entries {
        if let Some(file) = documents.get(entry.organization()).await? {
            items.extend(build(&compiler, file, entry));
        }
    }
    Ok(items)
}

/// A list of `entries`: the asked page's items in HSDS's envelope, or with
/// `format=ndjson` every item, one JSON per line, built and sent a chunk at a time.
async fn list<K: Entry>(
    state: &AppState,
    params: &Params,
    entries: Vec<K>,
    build: impl Build<K>,
) -> Result<Response, ApiError> {
    if !params.ndjson {
        let total = entries.len();
        let items = build_items(state, params.lang, &params.page_of(entries), &build).await?;
        return Ok(Json(Page::new(total, params.page, params.per_page(), items)).into_response());
    }
    let (state, lang) = (state.clone(), params.lang);
    let mut entries = entries.into_iter();
    let chunks = std::iter::from_fn(move || {
        let chunk: Vec<K> = entries.by_ref().take(STREAM_CHUNK).collect();
        (!chunk.is_empty()).then_some(chunk)
    });
    let lines = futures_util::stream::iter(chunks).then(move |chunk| {
        let (state, build) = (state.clone(), build.clone());
        async move {
            // A failed read is logged by `ApiError::internal`; the stream then ends short.
            let items = build_items(&state, lang, &chunk, &build).await.map_err(|_| std::io::Error::other("read"))?;
            Ok::<_, std::io::Error>(items.iter().map(|item| format!("{item}\n")).collect::<String>())
        }
    });
    Ok(ndjson(Body::from_stream(lines)))
}

fn ndjson(body: Body) -> Response {
    ([(header::CONTENT_TYPE, "application/x-ndjson")], body).into_response()
}

/// A list built whole (taxonomies and terms, a few dozen): paged, or every item as ndjson.
fn answer(params: &Params, items: Vec<Value>) -> Response {
    if params.ndjson {
        return ndjson(Body::from(items.iter().map(|item| format!("{item}\n")).collect::<String>()));
    }
    let total = items.len();
    Json(Page::new(total, params.page, params.per_page(), params.page_of(items))).into_response()
}

/// `item` as JSON; our types always serialise, a failure is logged and the item left out.
fn value(item: impl Serialize) -> Option<Value> {
    serde_json::to_value(item).map_err(|e| tracing::error!("an HSDS item: {e}")).ok()
}

/// The stamps of the services of `organization` (all when `None`).
async fn stamps(state: &AppState, organization: Option<Uuid>) -> Result<ByService, ApiError> {
    let filter = HsdsFilter { organization: organization.map(|id| id.to_string()), ..Default::default() };
    let rows = state.db.hsds_rows(&filter).await.map_err(ApiError::internal)?;
    Ok(rows.iter().map(|r| (r.service.clone(), Stamps::from(r))).collect())
}

/// `GET /services`: every published service, paged; `full` nests everything, `minimal`
/// gives ids, names, statuses and dates only (and all of them in one page).
async fn services(
    State(state): State<AppState>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    let allowed =
        [&PAGING[..], &["taxonomy_term_id", "taxonomy_id", "organization_id", "modified_after", "minimal", "full"]]
            .concat();
    let params = Params::parse(query.as_deref(), &headers, &allowed)?;
    let rows = per_service(rows(&state, &params).await?);
    let (depth, minimal) = (if params.full { Depth::Full } else { Depth::List }, params.minimal);
    let build = move |compiler: &Compiler, file: &OrganizationFile, row: &HsdsRow| {
        let s = file.services.iter().find(|s| s.slug == row.service)?;
        let item = compiler.service(Source { file }, s, depth, Some(Stamps::from(row)));
        if !minimal {
            return value(item);
        }
        value(wire::Service {
            id: item.id,
            name: item.name,
            status: item.status,
            last_modified: item.last_modified,
            ..Default::default()
        })
    };
    list(&state, &params, rows, build).await
}

/// `GET /services/{id}`: one service, everything nested.
async fn service(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    let params = Params::parse(query.as_deref(), &headers, &["lang"])?;
    let Ok(id) = Uuid::parse_str(&id) else { return Err(ApiError::not_found(params.lang)) };
    let filter = HsdsFilter { service: Some(id.to_string()), ..Default::default() };
    let rows = state.db.hsds_rows(&filter).await.map_err(ApiError::internal)?;
    let Some(row) = rows.first() else { return Err(ApiError::not_found(params.lang)) };
    let mut documents = Documents::new(&state);
    let file = documents.get(&row.organization).await?.ok_or_else(|| ApiError::not_found(params.lang))?;
    let s = file.services.iter().find(|s| s.slug == row.service).ok_or_else(|| ApiError::not_found(params.lang))?;
    Ok(Json(params.compiler(&state).service(Source { file }, s, Depth::Full, Some(Stamps::from(row)))).into_response())
}

/// The service-at-location of a row, with its place and its service (list form; `full`:
/// the service in full).
fn at_location_of(
    compiler: &Compiler,
    file: &OrganizationFile,
    row: &HsdsRow,
    full: bool,
) -> Option<wire::ServiceAtLocation> {
    let s = file.services.iter().find(|s| s.slug == row.service)?;
    let l = file.locations.iter().find(|l| Some(&l.key) == row.location.as_ref())?;
    let mut item = compiler.at_location(Source { file }, s, l);
    let depth = if full { Depth::Full } else { Depth::List };
    item.service = Some(Box::new(compiler.service(Source { file }, s, depth, Some(Stamps::from(row)))));
    Some(item)
}

/// `GET /service_at_locations`: every service at each of its places, paged; `postcode`
/// keeps the places with that postcode, and with `proximity` (metres) those that near the
/// postcode's places.
async fn at_locations(
    State(state): State<AppState>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    let allowed = [
        &PAGING[..],
        &["taxonomy_term_id", "taxonomy_id", "organization_id", "modified_after", "full", "postcode", "proximity"],
    ]
    .concat();
    let params = Params::parse(query.as_deref(), &headers, &allowed)?;
    let mut documents = Documents::new(&state);
    let rows: Vec<HsdsRow> = rows(&state, &params).await?.into_iter().filter(|r| r.location.is_some()).collect();
    let rows = match &params.postcode {
        None => rows,
        Some(code) => {
            near(&mut documents, rows, code, params.proximity).await?.ok_or_else(|| bad("postcode", params.lang))?
        }
    };
    let full = params.full;
    list(&state, &params, rows, move |compiler: &Compiler, file: &OrganizationFile, row: &HsdsRow| {
        value(at_location_of(compiler, file, row, full)?)
    })
    .await
}

/// The rows whose place has the postcode `code` or, with `metres`, lies that near the middle
/// of the places that have it; `None` when `metres` is given and no place with
/// coordinates has the postcode (nothing to measure from).
async fn near(
    documents: &mut Documents<'_>,
    rows: Vec<HsdsRow>,
    code: &str,
    metres: Option<f64>,
) -> Result<Option<Vec<HsdsRow>>, ApiError> {
    let mut places = Vec::new();
    for row in rows {
        let place = match documents.get(&row.organization).await? {
            Some(file) => file.locations.iter().find(|l| Some(&l.key) == row.location.as_ref()).cloned(),
            None => None,
        };
        if let Some(place) = place {
            places.push((row, place));
        }
    }
    let has_code = |l: &crate::content::Location| l.address.as_deref().and_then(postcode) == Some(code);
    let Some(metres) = metres else {
        return Ok(Some(places.into_iter().filter(|(_, l)| has_code(l)).map(|(r, _)| r).collect()));
    };
    let points: Vec<_> = places.iter().filter(|(_, l)| has_code(l)).filter_map(|(_, l)| l.coordinates).collect();
    if points.is_empty() {
        return Ok(None);
    }
    let n = points.len() as f64;
    let centre = portineria_app::geo::Coordinates {
        lat: points.iter().map(|p| p.lat).sum::<f64>() / n,
        lon: points.iter().map(|p| p.lon).sum::<f64>() / n,
    };
    Ok(Some(
        places
            .into_iter()
            .filter(|(_, l)| l.coordinates.is_some_and(|c| c.distance_m(&centre) <= metres))
            .map(|(r, _)| r)
            .collect(),
    ))
}

/// `GET /service_at_locations/{id}`.
async fn at_location(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    let params = Params::parse(query.as_deref(), &headers, &["lang"])?;
    let Ok(id) = Uuid::parse_str(&id) else { return Err(ApiError::not_found(params.lang)) };
    let rows = state.db.hsds_rows(&HsdsFilter::default()).await.map_err(ApiError::internal)?;
    let row = rows.into_iter().find(|r| {
        let ids =
            Uuid::parse_str(&r.service_uuid).ok().zip(r.location_uuid.as_deref().and_then(|l| Uuid::parse_str(l).ok()));
        ids.is_some_and(|(s, l)| Uuid::new_v5(&s, l.as_bytes()) == id)
    });
    let Some(row) = row else { return Err(ApiError::not_found(params.lang)) };
    let mut documents = Documents::new(&state);
    let file = documents.get(&row.organization).await?.ok_or_else(|| ApiError::not_found(params.lang))?;
    let item =
        at_location_of(&params.compiler(&state), file, &row, true).ok_or_else(|| ApiError::not_found(params.lang))?;
    Ok(Json(item).into_response())
}

/// How much of an organisation a request asks for.
fn organization_depth(params: &Params, single: bool) -> Option<Depth> {
    match (single || params.full, params.full_service) {
        (_, true) => Some(Depth::Full),
        (true, false) => Some(Depth::List),
        (false, false) => None,
    }
}

/// Whether `text` appears (ignoring case) in any language of the organisation's name.
fn names_match(file: &OrganizationFile, text: &str) -> bool {
    let text = text.to_lowercase();
    file.organization.name.0.values().any(|name| name.to_lowercase().contains(&text))
}

/// `GET /organizations`: every organisation, paged; `search` finds them by name or by
/// their services; `full` nests their places, programmes and services.
async fn organizations(
    State(state): State<AppState>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    let allowed = [&PAGING[..], &["full", "full_service"]].concat();
    let params = Params::parse(query.as_deref(), &headers, &allowed)?;
    let mut slugs: Vec<String> =
        state.db.organization_entries().await.map_err(ApiError::internal)?.into_iter().map(|e| e.slug).collect();
    slugs.sort();
    let mut documents = Documents::new(&state);
    if let Some(text) = &params.search {
        let by_services: HashSet<String> = rows(&state, &params).await?.into_iter().map(|r| r.organization).collect();
        let mut kept = Vec::new();
        for slug in slugs {
            let named = documents.get(&slug).await?.is_some_and(|f| names_match(f, text));
            if named || by_services.contains(&slug) {
                kept.push(slug);
            }
        }
        slugs = kept;
    }
    let depth = organization_depth(&params, false);
    let stamps = std::sync::Arc::new(if depth.is_some() { stamps(&state, None).await? } else { ByService::new() });
    list(&state, &params, slugs, move |compiler: &Compiler, file: &OrganizationFile, _: &String| {
        value(compiler.organization(Source { file }, depth.map(|d| (d, &*stamps))))
    })
    .await
}

/// `GET /organizations/{id}`: one organisation with its places, programmes and services.
async fn organization(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    let params = Params::parse(query.as_deref(), &headers, &["lang", "full_service"])?;
    let Ok(id) = Uuid::parse_str(&id) else { return Err(ApiError::not_found(params.lang)) };
    let slug = state.db.hsds_organization(&id.to_string()).await.map_err(ApiError::internal)?;
    let Some(slug) = slug else { return Err(ApiError::not_found(params.lang)) };
    let mut documents = Documents::new(&state);
    let file = documents.get(&slug).await?.ok_or_else(|| ApiError::not_found(params.lang))?;
    let stamps = stamps(&state, Some(id)).await?;
    let depth = organization_depth(&params, true).map(|d| (d, &stamps));
    Ok(Json(params.compiler(&state).organization(Source { file }, depth)).into_response())
}

/// Whether `text` appears (ignoring case) in any language of a term's name or description.
fn term_matches(term: &wire::TaxonomyTerm, text: &str) -> bool {
    let text = text.to_lowercase();
    term.translations.iter().any(|t| t.text.to_lowercase().contains(&text))
}

/// `GET /taxonomies`: categories, target groups and legal situations.
async fn taxonomies(
    State(state): State<AppState>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    let params = Params::parse(query.as_deref(), &headers, &PAGING)?;
    let compiler = params.compiler(&state);
    let mut items = Vec::new();
    for kind in TaxonomyKind::ALL {
        let taxonomy = compiler.taxonomy(kind);
        let found = params.search.as_ref().is_none_or(|text| {
            let text = text.to_lowercase();
            Lang::ALL
                .iter()
                .any(|l| Compiler { lang: *l, ..compiler }.taxonomy(kind).name.to_lowercase().contains(&text))
        });
        if found {
            items.extend(value(taxonomy));
        }
    }
    Ok(answer(&params, items))
}

async fn taxonomy(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    let params = Params::parse(query.as_deref(), &headers, &["lang"])?;
    let kind = Uuid::parse_str(&id).ok().and_then(|id| TaxonomyKind::ALL.into_iter().find(|k| k.id() == id));
    let kind = kind.ok_or_else(|| ApiError::not_found(params.lang))?;
    Ok(Json(params.compiler(&state).taxonomy(kind)).into_response())
}

/// `GET /taxonomy_terms`: every term; ours have no parents, so `parent_id` finds none and
/// `top_only` keeps them all.
async fn terms(
    State(state): State<AppState>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    let allowed = [&PAGING[..], &["taxonomy_id", "top_only", "parent_id"]].concat();
    let params = Params::parse(query.as_deref(), &headers, &allowed)?;
    let compiler = params.compiler(&state);
    let mut items = Vec::new();
    for kind in TaxonomyKind::ALL.into_iter().filter(|k| params.taxonomy_id.is_none_or(|t| k.id() == t)) {
        for term in compiler.terms(kind) {
            let wanted = params.parent_id.is_none() && params.search.as_ref().is_none_or(|s| term_matches(&term, s));
            if wanted {
                items.extend(value(term));
            }
        }
    }
    Ok(answer(&params, items))
}

async fn term(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    let params = Params::parse(query.as_deref(), &headers, &["lang"])?;
    let compiler = params.compiler(&state);
    let id = Uuid::parse_str(&id).map_err(|_| ApiError::not_found(params.lang))?;
    let term = compiler.term_by_id(id, None).and_then(|(kind, slug)| compiler.term(kind, slug));
    Ok(Json(term.ok_or_else(|| ApiError::not_found(params.lang))?).into_response())
}
