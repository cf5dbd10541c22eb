//! What every request handler shares, built once at start-up by [`AppStateBuilder`]: the
//! database, the index, the read side the pages see, the taxonomy, the admin area's
//! settings and the trusted proxies. A preview gets a copy over another database with
//! [`AppState::with_database`].

use crate::accounts::HashLimiter;
use crate::config::{MfaPolicy, TrustedProxies};
use crate::content::Taxonomy;
use crate::db::Database;
use crate::directory::{ReadSettings, ServerDirectory};
use crate::search::SearchIndex;
use crate::write::publishing::Publisher;
use portineria_app::directory::DirectoryError;
use std::sync::Arc;

/// Everything a request needs. Cheap to clone (handles only).
#[derive(Clone)]
pub struct AppState {
    pub db: Database,
    pub index: Arc<SearchIndex>,
    /// The read side: what the pages and the API show.
    pub directory: ServerDirectory,
    /// The taxonomy, for the admin area's choices and checks.
    pub taxonomy: Arc<Taxonomy>,
    /// The admin area's settings, password-hashing limiter and preview slots.
    pub admin: Arc<AdminState>,
    /// The reverse proxies whose forwarding headers are believed.
    pub trusted_proxies: Arc<TrustedProxies>,
    /// Requests and throttled logins counted for `/metrics`.
    pub metrics: Arc<crate::metrics::Metrics>,
}

impl AppState {
    /// Starts building the state over `db`, `index` and the read side's settings; what is
    /// not set keeps its default.
    pub fn builder(db: Database, index: Arc<SearchIndex>, read: ReadSettings) -> AppStateBuilder {
        AppStateBuilder {
            db,
            index,
            read,
            taxonomy: Arc::default(),
            admin: AdminState::default(),
            trusted_proxies: TrustedProxies::default(),
        }
    }

    /// The write path over this state's database, index and taxonomy.
    pub fn publisher(&self) -> Publisher<'_> {
        Publisher { db: &self.db, index: &self.index, taxonomy: &self.taxonomy }
    }

    /// The same state over another database (a preview's, holding only a draft): the
    /// pages render from it with this site's desks, screening and address.
    pub async fn with_database(&self, db: Database) -> Result<AppState, DirectoryError> {
        let directory = ServerDirectory::new(db.clone(), self.index.clone(), self.directory.settings().clone()).await?;
        Ok(AppState { db, directory, ..self.clone() })
    }
}

/// Builds an [`AppState`] once, from the configuration and `content/`.
pub struct AppStateBuilder {
    db: Database,
    index: Arc<SearchIndex>,
    read: ReadSettings,
    taxonomy: Arc<Taxonomy>,
    admin: AdminState,
    trusted_proxies: TrustedProxies,
}

impl AppStateBuilder {
    pub fn taxonomy(mut self, taxonomy: Taxonomy) -> Self {
        self.taxonomy = Arc::new(taxonomy);
        self
    }

    pub fn admin(mut self, admin: AdminState) -> Self {
        self.admin = admin;
        self
    }

    pub fn trusted_proxies(mut self, proxies: TrustedProxies) -> Self {
        self.trusted_proxies = proxies;
        self
    }

    /// The state; fails if the taxonomy's names cannot be read.
    pub async fn build(self) -> Result<AppState, DirectoryError> {
        let directory = ServerDirectory::new(self.db.clone(), self.index.clone(), self.read).await?;
        Ok(AppState {
            db: self.db,
            index: self.index,
            directory,
            taxonomy: self.taxonomy,
            admin: Arc::new(self.admin),
            trusted_proxies: Arc::new(self.trusted_proxies),
            metrics: Arc::default(),
        })
    }
}

/// The admin area's settings, its password-hashing limiter and its preview slots.
pub struct AdminState {
    /// A session unused this long ends (ASVS 7.3.1).
    pub idle_timeout: chrono::Duration,
    /// A session ends this long after login, used or not (ASVS 7.3.2).
    pub absolute_timeout: chrono::Duration,
    /// Invitation links work this long.
    pub invitation_lifetime: chrono::Duration,
    /// The site is reached over TLS (`PORTINERIA_PUBLIC_URL` is https): cookies are
    /// `__Host-` prefixed and `Secure`, and responses carry `Strict-Transport-Security`.
    pub secure_cookies: bool,
    /// Days of search counts kept for the unmet-needs report.
    pub search_log_days: u32,
    /// Days of audit lines kept.
    pub audit_log_days: u32,
    /// Who must log in with a second factor.
    pub require_mfa: MfaPolicy,
    /// Every argon2 computation goes through it.
    pub hashing: Arc<HashLimiter>,
    /// Previews rendering at once (each builds a database of its own).
    pub previews: Arc<tokio::sync::Semaphore>,
    /// Where e-mail goes out; `None`: nothing is ever sent.
    pub mailer: Option<Arc<crate::mail::Mailer>>,
    /// From this hour (Rome time) the day's digests are sent.
    pub digest_hour: u32,
}

/// Previews that may render at once; one more is answered "busy".
pub const MAX_PREVIEWS: usize = 4;

impl Default for AdminState {
    fn default() -> Self {
        Self {
            idle_timeout: chrono::Duration::minutes(30),
            absolute_timeout: chrono::Duration::hours(12),
            invitation_lifetime: chrono::Duration::hours(72),
            secure_cookies: false,
            search_log_days: 180,
            audit_log_days: 730,
            require_mfa: MfaPolicy::Coordinators,
            hashing: Arc::new(HashLimiter::per_core()),
            previews: Arc::new(tokio::sync::Semaphore::new(MAX_PREVIEWS)),
            mailer: None,
            digest_hour: 7,
        }
    }
}
