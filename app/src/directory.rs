//! Server functions the pages load their data with. They run on the server (during SSR
//! directly, after hydration over HTTP) and ask the server crate's [`Directory`] for data,
//! which the server provides through Leptos context.

use crate::lang::Lang;
use crate::model::*;
use leptos::prelude::*;

/// What the pages need from the server. Implemented by the server crate on top of the
/// database and the search index; the app crate knows nothing of either.
#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait Directory: Send + Sync + 'static {
    async fn home(&self, lang: Lang) -> Result<HomeData, DirectoryError>;
    async fn search(&self, lang: Lang, params: SearchParams) -> Result<SearchPage, DirectoryError>;
    async fn suggest(&self, lang: Lang, text: String) -> Result<Vec<Suggestion>, DirectoryError>;
    async fn service(&self, lang: Lang, id: &str) -> Result<Option<ServiceDetail>, DirectoryError>;
    async fn organization(&self, lang: Lang, slug: &str) -> Result<Option<OrganizationDetail>, DirectoryError>;
    async fn programme(&self, lang: Lang, slug: &str) -> Result<Option<ProgrammeDetail>, DirectoryError>;
    /// Events around today: every event, or (with a `district`, for a kiosk) the public
    /// ones there.
    async fn events(&self, lang: Lang, district: Option<Vec<String>>) -> Result<EventsPage, DirectoryError>;
    /// The needs screening in `lang` with the services the `answers` (question, answer) suggest.
    async fn screening(&self, lang: Lang, answers: Vec<(String, String)>) -> Result<Screening, DirectoryError>;
    /// What every kiosk page needs for its desk setting (`None`: no desk set).
    fn kiosk_frame(&self, lang: Lang, desk: Option<&str>) -> KioskFrame;
    /// The site's public address (`PORTINERIA_PUBLIC_URL`), when set: links that leave the
    /// screen (QR codes) use it instead of the address the request came to.
    fn public_url(&self) -> Option<String>;
    /// What the privacy notice and the accessibility statement name for this deployment.
    fn legal(&self) -> LegalNotice;
}

/// The directory as the server shares it with every request.
#[cfg(feature = "ssr")]
pub type SharedDirectory = std::sync::Arc<dyn Directory>;

/// A failure inside the server (database or index), never caused by user input.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct DirectoryError(pub String);

#[cfg(feature = "ssr")]
fn directory() -> Result<SharedDirectory, ServerFnError> {
    use_context::<SharedDirectory>().ok_or_else(|| ServerFnError::new("directory missing from context"))
}

#[cfg(feature = "ssr")]
fn internal(error: DirectoryError) -> ServerFnError {
    tracing::error!(%error, "directory error");
    ServerFnError::new("internal error")
}

#[server(prefix = "/_sf")]
pub async fn load_home(lang: Lang) -> Result<HomeData, ServerFnError> {
    directory()?.home(lang).await.map_err(internal)
}

/// Notes how far a page's render has got, as a debug event naming the request's host, so a
/// page that misses its deadline (`guards::deadline` in the server) can be placed: before
/// its data came, or after. Nothing about the person is in it.
#[cfg(feature = "ssr")]
pub fn render_stage(stage: &'static str) {
    let host = use_context::<http::request::Parts>()
        .and_then(|parts| parts.headers.get(http::header::HOST).and_then(|h| h.to_str().ok()).map(str::to_string))
        .unwrap_or_default();
    tracing::debug!(target: "portineria::render", %host, stage);
}

/// Validates the raw query (so bad input is a translated message, not an error) and searches.
#[server(prefix = "/_sf")]
pub async fn run_search(lang: Lang, raw: RawSearch) -> Result<Result<SearchPage, InputError>, ServerFnError> {
    let params = match raw.validate(PAGE_SIZE) {
        Ok(params) => params,
        Err(error) => return Ok(Err(error)),
    };
    render_stage("search asked");
    let page = directory()?.search(lang, params).await.map(Ok).map_err(internal);
    render_stage("search answered");
    page
}

/// Completions for the search box as a person types (over-long input gets none).
#[server(prefix = "/_sf")]
pub async fn suggest(lang: Lang, text: String) -> Result<Vec<Suggestion>, ServerFnError> {
    if text.chars().count() > MAX_QUERY_CHARS {
        return Ok(Vec::new());
    }
    directory()?.suggest(lang, text).await.map_err(internal)
}

#[server(prefix = "/_sf")]
pub async fn load_service(lang: Lang, id: String) -> Result<Option<ServiceDetail>, ServerFnError> {
    directory()?.service(lang, &id).await.map_err(internal)
}

#[server(prefix = "/_sf")]
pub async fn load_organization(lang: Lang, slug: String) -> Result<Option<OrganizationDetail>, ServerFnError> {
    directory()?.organization(lang, &slug).await.map_err(internal)
}

#[server(prefix = "/_sf")]
pub async fn load_programme(lang: Lang, slug: String) -> Result<Option<ProgrammeDetail>, ServerFnError> {
    directory()?.programme(lang, &slug).await.map_err(internal)
}

/// The origin links that leave the screen point to ([`crate::url::site_origin`]).
#[cfg(feature = "ssr")]
async fn site_origin() -> Result<String, ServerFnError> {
    let public_url = directory()?.public_url();
    let parts: http::request::Parts = leptos_axum::extract().await?;
    let header = |name: &str| parts.headers.get(name).and_then(|v| v.to_str().ok());
    Ok(crate::url::site_origin(public_url.as_deref(), header("host"), header("x-forwarded-proto")))
}

/// A QR code of `text` as inline SVG (no XML declaration, so it can sit inside HTML).
#[cfg(feature = "ssr")]
fn qr_svg(text: &str) -> Result<String, ServerFnError> {
    use qrcode::render::svg;
    let code = qrcode::QrCode::new(text.as_bytes()).map_err(|e| ServerFnError::new(format!("QR code: {e}")))?;
    let svg = code.render::<svg::Color>().min_dimensions(200, 200).quiet_zone(true).build();
    Ok(match svg.split_once("?>") {
        Some((_, rest)) => rest.to_string(),
        None => svg,
    })
}

/// A service's slip in `lang`, with its Italian name and a QR code of its page.
#[server(prefix = "/_sf")]
pub async fn load_slip(lang: Lang, id: String) -> Result<Option<ServiceSlip>, ServerFnError> {
    let directory = directory()?;
    let Some(service) = directory.service(lang, &id).await.map_err(internal)? else {
        return Ok(None);
    };
    let italian_name = match lang {
        Lang::It => None,
        _ => directory.service(Lang::It, &id).await.map_err(internal)?.map(|s| s.name.text),
    }
    .filter(|name| *name != service.name.text);
    let page_url = format!("{}{}", site_origin().await?, crate::url::service(lang, &service.id));
    let directions = service.locations.iter().find_map(|l| l.coordinates).map(|point| point.directions_url());
    let directions_qr_svg = directions.as_deref().map(qr_svg).transpose()?;
    let qr_svg = qr_svg(&page_url)?;
    Ok(Some(ServiceSlip { service, italian_name, page_url, qr_svg, directions_qr_svg }))
}

/// Events for the public site (all of them), or for a kiosk (public ones to come, in the
/// district of its `desk` if it has one, each with a QR code of its calendar file).
#[server(prefix = "/_sf")]
pub async fn load_events(lang: Lang, kiosk: bool, desk: Option<String>) -> Result<EventsPage, ServerFnError> {
    let directory = directory()?;
    let district =
        kiosk.then(|| directory.kiosk_frame(lang, desk.as_deref()).desk.map(|d| d.district).unwrap_or_default());
    let mut page = directory.events(lang, district).await.map_err(internal)?;
    if kiosk {
        let origin = site_origin().await?;
        for event in page.today_events.iter_mut().chain(page.upcoming.iter_mut()) {
            event.calendar_qr = Some(qr_svg(&format!("{origin}{}", crate::url::event_calendar(lang, &event.slug)))?);
        }
    }
    Ok(page)
}

#[server(prefix = "/_sf")]
pub async fn load_legal() -> Result<LegalNotice, ServerFnError> {
    Ok(directory()?.legal())
}

#[server(prefix = "/_sf")]
pub async fn load_kiosk_frame(lang: Lang, desk: Option<String>) -> Result<KioskFrame, ServerFnError> {
    Ok(directory()?.kiosk_frame(lang, desk.as_deref()))
}

/// The kiosk's home: the category tiles, and the public events of the desk's district (or
/// of everywhere, for a kiosk with no desk set).
#[server(prefix = "/_sf")]
pub async fn load_kiosk_home(lang: Lang, desk: Option<String>) -> Result<KioskHome, ServerFnError> {
    let directory = directory()?;
    let desk = directory.kiosk_frame(lang, desk.as_deref()).desk;
    let district = desk.as_ref().map(|d| d.district.clone()).unwrap_or_default();
    let home = directory.home(lang).await.map_err(internal)?;
    let events = directory.events(lang, Some(district)).await.map_err(internal)?;
    Ok(KioskHome { desk, categories: home.categories, events })
}

/// The shortlist of `ids` (`a,b,c`) in Italian and `lang`, with a QR code of its address.
#[server(prefix = "/_sf")]
pub async fn load_shortlist(lang: Lang, ids: String) -> Result<Shortlist, ServerFnError> {
    let directory = directory()?;
    let (ids, malformed, repeated, over_limit) = parse_shortlist_ids(&ids);
    let mut entries = Vec::new();
    let mut unknown = malformed;
    for id in &ids {
        let italian = directory.service(Lang::It, id).await.map_err(internal)?;
        let family = directory.service(lang, id).await.map_err(internal)?;
        match (italian, family) {
            (Some(italian), Some(family)) => entries.push(ShortlistEntry { italian, family }),
            _ => unknown += 1,
        }
    }
    let kept: Vec<&str> = entries.iter().map(|e| e.italian.id.as_str()).collect();
    let page_url = format!("{}{}", site_origin().await?, crate::url::shortlist(lang, &kept));
    let qr_svg = qr_svg(&page_url)?;
    Ok(Shortlist { entries, unknown, repeated, over_limit, page_url, qr_svg })
}

/// The needs screening in Italian and `lang`, with the services the answers of `query` (the
/// page's query string) suggest; nothing of them is kept.
#[server(prefix = "/_sf")]
pub async fn load_screening(lang: Lang, query: String) -> Result<Screening, ServerFnError> {
    directory()?.screening(lang, screening_answers(&query)).await.map_err(internal)
}
