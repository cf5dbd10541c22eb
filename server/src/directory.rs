//! The server's side of the pages' data: [`Directory`] over the database and the index.

use crate::db::{Database, DbError};
use crate::search::{SearchError, SearchIndex, SearchQuery};
use async_trait::async_trait;
use portineria_app::directory::{Directory, DirectoryError};
use portineria_app::lang::Lang;
use portineria_app::model::*;
use std::collections::HashMap;
use std::sync::Arc;

/// Everything a request needs: the database and the search index.
#[derive(Clone)]
pub struct AppState {
    pub db: Database,
    pub index: Arc<SearchIndex>,
}

impl From<DbError> for DirectoryError {
    fn from(e: DbError) -> Self {
        DirectoryError(e.to_string())
    }
}

impl From<SearchError> for DirectoryError {
    fn from(e: SearchError) -> Self {
        DirectoryError(e.to_string())
    }
}

impl AppState {
    /// Runs a validated search: the index finds and counts, the database supplies the texts.
    pub async fn search(&self, lang: Lang, params: &SearchParams) -> Result<SearchPage, DirectoryError> {
        let index = self.index.clone();
        let query_params = params.clone();
        let found = tokio::task::spawn_blocking(move || {
            index.search(&SearchQuery {
                text: &query_params.q,
                category: query_params.category.as_deref(),
                municipality: query_params.municipality.as_deref(),
                limit: query_params.limit,
                offset: query_params.offset,
            })
        })
        .await
        .map_err(|e| DirectoryError(e.to_string()))??;
        let ids: Vec<i64> = found.hits.iter().map(|(id, _)| *id).collect();
        let mut cards = self.db.hit_cards(lang, &ids).await?;
        let hits = found
            .hits
            .iter()
            .filter_map(|(id, score)| cards.remove(id).map(|card| SearchHit { score: *score, ..card }))
            .collect();
        let category_names: HashMap<String, String> =
            self.db.categories(lang).await?.into_iter().map(|(slug, name, _)| (slug, name)).collect();
        let facets = Facets {
            category: found
                .categories
                .into_iter()
                .map(|(value, count)| FacetValue {
                    label: category_names.get(&value).cloned().unwrap_or_else(|| value.clone()),
                    value,
                    count,
                })
                .collect(),
            municipality: found
                .municipalities
                .into_iter()
                .map(|(value, count)| FacetValue { label: value.clone(), value, count })
                .collect(),
        };
        Ok(SearchPage { query: params.q.clone(), lang, total: found.total, hits, facets, params: params.clone() })
    }
}

#[async_trait]
impl Directory for AppState {
    async fn home(&self, lang: Lang) -> Result<HomeData, DirectoryError> {
        let everything = SearchParams { limit: 1, ..Default::default() };
        let page = self.search(lang, &everything).await?;
        let counts: HashMap<String, u64> = page.facets.category.into_iter().map(|f| (f.value, f.count)).collect();
        let categories = self
            .db
            .categories(lang)
            .await?
            .into_iter()
            .filter_map(|(slug, name, description)| {
                let services = counts.get(&slug).copied().filter(|n| *n > 0)?;
                Some(CategoryTile { slug, name, description, services })
            })
            .collect();
        Ok(HomeData { categories, services: page.total })
    }

    async fn search(&self, lang: Lang, params: SearchParams) -> Result<SearchPage, DirectoryError> {
        AppState::search(self, lang, &params).await
    }

    async fn service(&self, lang: Lang, id: &str) -> Result<Option<ServiceDetail>, DirectoryError> {
        Ok(self.db.service_detail(lang, id).await?)
    }

    async fn organization(&self, lang: Lang, slug: &str) -> Result<Option<OrganizationDetail>, DirectoryError> {
        Ok(self.db.organization_detail(lang, slug).await?)
    }

    async fn programme(&self, lang: Lang, slug: &str) -> Result<Option<ProgrammeDetail>, DirectoryError> {
        Ok(self.db.programme_detail(lang, slug).await?)
    }
}
