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
    /// The site's public address (`PORTINERIA_PUBLIC_URL`), when set: links that leave the
    /// screen (QR codes) use it instead of the address the request came to.
    fn public_url(&self) -> Option<String>;
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
    tracing_error(&error);
    ServerFnError::new("internal error")
}

#[cfg(feature = "ssr")]
fn tracing_error(error: &DirectoryError) {
    leptos::logging::error!("directory error: {error}");
}

#[server(prefix = "/_sf")]
pub async fn load_home(lang: Lang) -> Result<HomeData, ServerFnError> {
    directory()?.home(lang).await.map_err(internal)
}

/// Validates the raw query (so bad input is a translated message, not an error) and searches.
#[server(prefix = "/_sf")]
pub async fn run_search(lang: Lang, raw: RawSearch) -> Result<Result<SearchPage, InputError>, ServerFnError> {
    let params = match raw.validate(PAGE_SIZE) {
        Ok(params) => params,
        Err(error) => return Ok(Err(error)),
    };
    directory()?.search(lang, params).await.map(Ok).map_err(internal)
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

/// The origin links that leave the screen point to: the configured public address, or the
/// scheme and host of the request (behind a proxy, its `X-Forwarded-Proto`).
#[cfg(feature = "ssr")]
async fn site_origin() -> Result<String, ServerFnError> {
    if let Some(url) = directory()?.public_url() {
        return Ok(url.trim_end_matches('/').to_string());
    }
    let parts: http::request::Parts = leptos_axum::extract().await?;
    let header = |name: &str| parts.headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_string);
    let scheme = match header("x-forwarded-proto").as_deref() {
        Some("https") => "https",
        _ => "http",
    };
    // A Host header with anything but host-name characters is not used for links.
    let host = header("host")
        .filter(|h| !h.is_empty() && h.chars().all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c)))
        .unwrap_or_else(|| "localhost".to_string());
    Ok(format!("{scheme}://{host}"))
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
    let qr_svg = qr_svg(&page_url)?;
    Ok(Some(ServiceSlip { service, italian_name, page_url, qr_svg }))
}
