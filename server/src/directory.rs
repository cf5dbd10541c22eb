//! The server's side of the pages' data: [`Directory`] over the database and the index.
//! Searches are answered from the index alone (result cards are stored in it); the names
//! of categories and target groups come from a small cache, reloaded when the index moves.

use crate::content::desks::Desks;
use crate::content::holidays::Holidays;
use crate::content::screening::Questionnaire;
use crate::db::{Database, DbError};
use crate::period::{event_time, EventTime};
use crate::search::analyzers::{analyze, Mode};
use crate::search::counting::SearchCounter;
use crate::search::{in_lang, Filters, Found, SearchError, SearchIndex, SearchQuery};
use crate::speech::Speech;
use async_trait::async_trait;
use portineria_app::directory::{Directory, DirectoryError};
use portineria_app::geo::Distance;
use portineria_app::i18n::{t, try_t};
use portineria_app::lang::Lang;
use portineria_app::model::*;
use portineria_app::requirements::Situation;
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

/// Names of the taxonomy in every language, as of one index generation.
#[derive(Default)]
struct Labels {
    generation: u64,
    /// Per language: categories in order (slug, name, description).
    categories: HashMap<Lang, Vec<(String, String, String)>>,
    target_groups: HashMap<Lang, HashMap<String, String>>,
}

/// The read side the pages see: searches from the index, entries from the database, the
/// desks and the screening from `content/`. Cheap to clone (handles only).
#[derive(Clone)]
pub struct ServerDirectory {
    db: Database,
    index: Arc<SearchIndex>,
    searches: SearchCounter,
    labels: Arc<RwLock<Arc<Labels>>>,
    settings: ReadSettings,
}

/// What the read side knows beyond the database and the index; a preview over a throwaway
/// database keeps them.
#[derive(Clone)]
pub struct ReadSettings {
    /// See [`crate::config::Config::public_url`].
    pub public_url: Option<String>,
    /// Where kiosks stand (`content/desks.toml`).
    pub desks: Arc<Desks>,
    /// The mediators' needs screening (`content/screening.toml`).
    pub screening: Arc<Questionnaire>,
    /// See [`crate::config::Config::kiosk_idle_seconds`].
    pub kiosk_timeouts: KioskTimeouts,
    /// The privacy notice's and accessibility statement's facts, settings included.
    pub legal: Arc<LegalNotice>,
    /// Reads services aloud.
    pub speech: Speech,
    /// Public holidays and the comuni's patron-saint days (`content/holidays.toml`).
    pub holidays: Arc<Holidays>,
}

/// How long a kiosk waits without a touch before asking "still there?", and before
/// forgetting everything and going back to its language screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KioskTimeouts {
    pub idle_seconds: u32,
    pub reset_seconds: u32,
}

impl Default for KioskTimeouts {
    fn default() -> Self {
        Self { idle_seconds: 60, reset_seconds: 90 }
    }
}

/// A query as the unmet-needs report counts it: lowercased, spaces collapsed, at most 100
/// characters; `None` for an empty one.
fn report_query(q: &str) -> Option<String> {
    let words: Vec<String> = q.split_whitespace().map(str::to_lowercase).collect();
    let query: String = words.join(" ").chars().take(100).collect();
    (!query.is_empty()).then_some(query)
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

impl ServerDirectory {
    /// The read side over `db` and `index`; fails early if the taxonomy cannot be read.
    pub async fn new(db: Database, index: Arc<SearchIndex>, settings: ReadSettings) -> Result<Self, DirectoryError> {
        let searches = SearchCounter::start(db.clone());
        let directory = Self { db, index, searches, labels: Arc::default(), settings };
        directory.labels().await?;
        Ok(directory)
    }

    /// One service in `lang`, its locations' exceptions to their hours as of today.
    pub async fn service_detail(&self, lang: Lang, slug: &str) -> Result<Option<ServiceDetail>, DirectoryError> {
        Ok(self.db.service_detail(lang, slug, &self.settings.holidays).await?)
    }

    /// How people's searches are counted for the unmet-needs report.
    pub fn search_counter(&self) -> &SearchCounter {
        &self.searches
    }

    /// What it knows beyond the database and the index.
    pub fn settings(&self) -> &ReadSettings {
        &self.settings
    }

    /// The taxonomy's names, reloaded after the index changed (a taxonomy import changes
    /// the index too).
    async fn labels(&self) -> Result<Arc<Labels>, DirectoryError> {
        let generation = self.index.generation();
        let current = self.labels.read().unwrap_or_else(|e| e.into_inner()).clone();
        if current.generation == generation && !current.categories.is_empty() {
            return Ok(current);
        }
        let mut labels = Labels { generation, ..Labels::default() };
        for lang in Lang::ALL {
            labels.categories.insert(lang, self.db.categories(lang).await?);
            labels.target_groups.insert(lang, self.db.target_groups(lang).await?.into_iter().collect());
        }
        let labels = Arc::new(labels);
        *self.labels.write().unwrap_or_else(|e| e.into_inner()) = labels.clone();
        Ok(labels)
    }

    async fn run(&self, query: SearchQuery) -> Result<Found, DirectoryError> {
        let index = self.index.clone();
        Ok(tokio::task::spawn_blocking(move || index.search(&query))
            .await
            .map_err(|e| DirectoryError(e.to_string()))??)
    }

    /// Runs a validated search; texts are in `lang` (Italian where a translation is missing).
    pub async fn search(&self, lang: Lang, params: &SearchParams) -> Result<SearchPage, DirectoryError> {
        let near = params.desk.as_deref().and_then(|desk| self.settings.desks.coordinates(desk));
        let query = SearchQuery {
            text: params.q.clone(),
            filters: Filters {
                values: [
                    params.category.clone(),
                    params.municipality.clone(),
                    params.target_group.clone(),
                    params.language.clone(),
                    params.situation.map(|s| s.as_str().to_string()),
                ],
                open_now: params.open_now,
            },
            limit: params.limit,
            offset: params.offset,
            at: None,
            prefer: params.desk.as_deref().map(|desk| self.settings.desks.district(desk)).unwrap_or_default(),
            near,
        };
        let found = self.run(query).await?;
        let labels = self.labels().await?;
        let category_names: HashMap<&str, &str> =
            labels.categories[&lang].iter().map(|(slug, name, _)| (slug.as_str(), name.as_str())).collect();
        let hits = found
            .hits
            .into_iter()
            .map(|hit| SearchHit {
                id: hit.card.slug.clone(),
                name: in_lang(&hit.card.names, lang),
                organization: in_lang(&hit.card.organizations, lang),
                summary: in_lang(&hit.card.summaries, lang),
                categories: hit
                    .card
                    .categories
                    .iter()
                    .map(|c| category_names.get(c.as_str()).map_or_else(|| c.clone(), |n| n.to_string()))
                    .collect(),
                distance: near.and_then(|desk| {
                    let nearest = hit.card.places.iter().map(|p| desk.distance_m(p)).reduce(f64::min)?;
                    Some(Distance::from_metres(nearest))
                }),
                municipalities: hit.card.municipalities,
                score: hit.score,
                status: hit.card.status,
                who_can_go: hit.card.who_can_go,
            })
            .collect();
        let [category, municipality, target_group, language, situation] = found.facets;
        let labelled = |values: Vec<(String, u64)>, label: &dyn Fn(&str) -> String| {
            values.into_iter().map(|(value, count)| FacetValue { label: label(&value), value, count }).collect()
        };
        let facets = Facets {
            category: labelled(category, &|v| category_names.get(v).map_or_else(|| v.to_string(), |n| n.to_string())),
            municipality: labelled(municipality, &|v| v.to_string()),
            target_group: labelled(target_group, &|v| {
                labels.target_groups[&lang].get(v).cloned().unwrap_or_else(|| v.to_string())
            }),
            language: labelled(language, &|v| language_name(lang, v)),
            // The situations a person can pick, in their fixed order; not "not stated".
            situation: Situation::ALL
                .into_iter()
                .filter_map(|s| {
                    let count = situation.iter().find(|(value, _)| value == s.as_str())?.1;
                    Some(FacetValue { value: s.as_str().to_string(), label: t(lang, &s.message()), count })
                })
                .collect(),
            open_now: found.open_now,
            estimated: found.relation == TotalRelation::AtLeast,
        };
        Ok(SearchPage {
            query: params.q.clone(),
            lang,
            total: found.total,
            total_relation: found.relation,
            hits,
            facets,
            params: params.clone(),
            did_you_mean: found.did_you_mean,
            topics: Vec::new(),
        })
    }

    /// Completions for what has been typed so far: matching categories first, then
    /// service names, all in `lang`.
    pub async fn suggest(&self, lang: Lang, text: &str) -> Result<Vec<Suggestion>, DirectoryError> {
        let words: Vec<String> = fold_words(lang, text);
        if words.is_empty() {
            return Ok(Vec::new());
        }
        let labels = self.labels().await?;
        let mut out: Vec<Suggestion> = labels.categories[&lang]
            .iter()
            .filter(|(_, name, _)| completes(&fold_words(lang, name), &words))
            .take(3)
            .map(|(slug, name, _)| Suggestion { text: name.clone(), category: Some(slug.clone()) })
            .collect();
        let index = self.index.clone();
        let typed = text.to_string();
        let room = MAX_SUGGESTIONS - out.len();
        let names = tokio::task::spawn_blocking(move || index.complete_names(lang, &typed, room))
            .await
            .map_err(|e| DirectoryError(e.to_string()))?;
        out.extend(names.into_iter().map(|text| Suggestion { text, category: None }));
        Ok(out)
    }
}

/// Whole folded words, as the index's completion fields hold them.
fn fold_words(lang: Lang, text: &str) -> Vec<String> {
    analyze(lang, Mode::Fold, text).into_iter().map(|t| t.text).collect()
}

/// Whether every typed word starts some word of the name (the name's words in any order).
fn completes(name_words: &[String], typed: &[String]) -> bool {
    typed.iter().all(|t| name_words.iter().any(|w| w.starts_with(t.as_str())))
}

/// A language spoken at a desk, named in the page's language (the code if unknown).
fn language_name(lang: Lang, code: &str) -> String {
    try_t(lang, &format!("language-name-{code}")).unwrap_or_else(|| code.to_string())
}

#[async_trait]
impl Directory for ServerDirectory {
    async fn home(&self, lang: Lang) -> Result<HomeData, DirectoryError> {
        let everything = SearchParams { limit: 1, ..Default::default() };
        let page = self.search(lang, &everything).await?;
        let counts: HashMap<String, u64> = page.facets.category.into_iter().map(|f| (f.value, f.count)).collect();
        let labels = self.labels().await?;
        let categories = labels.categories[&lang]
            .iter()
            .filter_map(|(slug, name, description)| {
                let services = counts.get(slug).copied().filter(|n| *n > 0)?;
                Some(CategoryTile {
                    slug: slug.clone(),
                    name: name.clone(),
                    description: description.clone(),
                    services,
                })
            })
            .collect();
        Ok(HomeData { categories, services: page.total })
    }

    /// A person's search (public site, kiosk, mediator) is also counted for the unmet-needs
    /// report; the API's are not (other sites and the benchmark would drown it).
    /// A page without results carries the topics to browse instead.
    async fn search(&self, lang: Lang, params: SearchParams) -> Result<SearchPage, DirectoryError> {
        let mut page = ServerDirectory::search(self, lang, &params).await?;
        if page.hits.is_empty() {
            page.topics = self.home(lang).await?.categories;
        }
        if params.offset == 0 {
            if let Some(query) = report_query(&params.q) {
                self.searches.count(lang, query, page.total == 0);
            }
        }
        Ok(page)
    }

    async fn suggest(&self, lang: Lang, text: String) -> Result<Vec<Suggestion>, DirectoryError> {
        ServerDirectory::suggest(self, lang, &text).await
    }

    async fn service(&self, lang: Lang, id: &str) -> Result<Option<ServiceDetail>, DirectoryError> {
        let read_aloud = self.settings.speech.available();
        Ok(self.service_detail(lang, id).await?.map(|s| ServiceDetail { read_aloud, ..s }))
    }

    async fn organization(&self, lang: Lang, slug: &str) -> Result<Option<OrganizationDetail>, DirectoryError> {
        Ok(self.db.organization_detail(lang, slug).await?)
    }

    async fn programme(&self, lang: Lang, slug: &str) -> Result<Option<ProgrammeDetail>, DirectoryError> {
        Ok(self.db.programme_detail(lang, slug).await?)
    }

    async fn events(&self, lang: Lang, district: Option<Vec<String>>) -> Result<EventsPage, DirectoryError> {
        let today = crate::period::today();
        let mut page = EventsPage::default();
        let kiosk = district.is_some();
        let district = district.unwrap_or_default();
        for event in self.db.events(lang, &|code| language_name(lang, code)).await? {
            // A kiosk shows public events; at a desk, those in its district only.
            if kiosk && event.audience != Audience::Public {
                continue;
            }
            if !district.is_empty() && !event.municipality.as_ref().is_some_and(|m| district.contains(m)) {
                continue;
            }
            match event_time(&event.date, event.end_date.as_deref(), today) {
                EventTime::Past if !kiosk => page.past.push(event),
                EventTime::Past => {}
                EventTime::Today => page.today_events.push(event),
                EventTime::Upcoming => page.upcoming.push(event),
            }
        }
        page.past.reverse();
        Ok(page)
    }

    async fn screening(&self, lang: Lang, answers: Vec<(String, String)>) -> Result<Screening, DirectoryError> {
        /// Suggestions shown: enough for a meeting, few enough to read together.
        const SUGGESTIONS: usize = 10;
        let areas = self.settings.screening.form(lang);
        let (chosen, ignored) = self.settings.screening.understand(&answers);
        let needs = self.settings.screening.needs(&chosen);
        let wanted: Vec<String> = needs.categories.keys().cloned().collect();
        let mut ranked: Vec<(u32, Vec<usize>, String)> = self
            .db
            .services_in_categories(&wanted)
            .await?
            .into_iter()
            .map(|(slug, categories, groups)| {
                let (score, areas) = needs.score(&categories, &groups);
                (score, areas, slug)
            })
            .filter(|(score, ..)| *score > 0)
            .collect();
        ranked.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.2.cmp(&b.2)));
        let mut suggestions = Vec::new();
        for (score, needs, slug) in ranked.into_iter().take(SUGGESTIONS) {
            let (Some(family), Some(italian)) =
                (self.service_detail(lang, &slug).await?, self.service_detail(Lang::It, &slug).await?)
            else {
                continue;
            };
            suggestions.push(SuggestedService {
                id: slug,
                italian_name: italian.name.text,
                name: family.name,
                organization: family.organization.name,
                score,
                needs: needs.iter().filter_map(|i| areas.get(*i)).map(|a| a.title.text.clone()).collect(),
            });
        }
        Ok(Screening { areas, chosen, ignored, suggestions })
    }

    fn kiosk_frame(&self, lang: Lang, desk: Option<&str>) -> KioskFrame {
        let (holidays, today) = (&self.settings.holidays, crate::period::today());
        let found = desk.and_then(|slug| self.settings.desks.get(slug, lang, holidays, today));
        KioskFrame {
            unknown_desk: desk.filter(|_| found.is_none()).map(|d| d.chars().take(60).collect()),
            desk: found,
            idle_seconds: self.settings.kiosk_timeouts.idle_seconds,
            reset_seconds: self.settings.kiosk_timeouts.reset_seconds,
        }
    }

    fn public_url(&self) -> Option<String> {
        self.settings.public_url.clone()
    }

    fn legal(&self) -> LegalNotice {
        (*self.settings.legal).clone()
    }
}
