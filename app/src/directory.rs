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
