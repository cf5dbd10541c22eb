//! The database's capabilities: one trait per part of the server that uses the database,
//! each in the words of [`super::model`] and [`DbError`], with no engine type in sight. A
//! backend implements every trait (and [`Store`], which gathers them); a caller names the
//! capabilities it uses, so what a module may do to the data is visible in its imports.
//!
//! The traits are object-safe (`async_trait`, no generic methods): [`super::Database`]
//! holds any backend behind one `Arc<dyn Store>`.

use super::model::*;
use super::{DbError, StartupLock};
use crate::content::holidays::Holidays;
use crate::content::{OrganizationFile, Taxonomy};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use portineria_app::lang::Lang;
use portineria_app::model::{Event, OrganizationDetail, ProgrammeDetail, ServiceDetail};

/// The public directory's reads (pages and API), texts in the requested language with the
/// Italian fallback made visible.
#[async_trait]
pub trait DirectoryRead {
    /// One service in `lang`; its locations' exceptions to their hours as of today, with
    /// `holidays`.
    async fn service_detail(
        &self,
        lang: Lang,
        slug: &str,
        holidays: &Holidays,
    ) -> Result<Option<ServiceDetail>, DbError>;

    /// Every service in `lang`, paged, with the total.
    async fn services_page(
        &self,
        lang: Lang,
        holidays: &Holidays,
        limit: usize,
        offset: usize,
    ) -> Result<(i64, Vec<ServiceDetail>), DbError>;

    async fn organization_detail(&self, lang: Lang, slug: &str) -> Result<Option<OrganizationDetail>, DbError>;

    async fn programme_detail(&self, lang: Lang, slug: &str) -> Result<Option<ProgrammeDetail>, DbError>;

    /// The taxonomy's categories in order: (slug, name, description) in `lang`.
    async fn categories(&self, lang: Lang) -> Result<Vec<(String, String, String)>, DbError>;

    /// The taxonomy's target groups in order: (slug, name) in `lang`.
    async fn target_groups(&self, lang: Lang) -> Result<Vec<(String, String)>, DbError>;

    /// Every event, in `lang`, in date order; `language_name` names the languages spoken.
    /// (The explicit `for<'s>` keeps `async_trait` from tying the argument's lifetime to
    /// the call's.)
    async fn events(
        &self,
        lang: Lang,
        language_name: &(dyn for<'s> Fn(&'s str) -> String + Send + Sync),
    ) -> Result<Vec<Event>, DbError>;

    /// Active services in any of `categories`, with all their categories and target groups
    /// (for ranking by needs): (slug, categories, target groups).
    async fn services_in_categories(
        &self,
        categories: &[String],
    ) -> Result<Vec<(String, Vec<String>, Vec<String>)>, DbError>;

    async fn count_services(&self) -> Result<i64, DbError>;

    /// Every published service that passes `filter`, once per location it is at (once with
    /// no location when it has none), by slug and location key: what the Open Referral
    /// lists page through.
    async fn hsds_rows(&self, filter: &HsdsFilter) -> Result<Vec<HsdsRow>, DbError>;

    /// The slug of the organisation with the HSDS id `uuid`.
    async fn hsds_organization(&self, uuid: &str) -> Result<Option<String>, DbError>;
}

/// The write side: content imports, organisations' documents (published, shared draft,
/// revisions) and publishing them into the directory, "still accurate" stamps. Every write
/// that changes the directory moves the [`ChangeLog`] on.
#[async_trait]
pub trait Documents {
    /// The hash recorded for a content file when it was last imported.
    async fn content_file_hash(&self, path: &str) -> Result<Option<String>, DbError>;

    /// Creates or updates the categories and target groups (by slug) with their names;
    /// `false` when the file (by hash) was imported before.
    async fn import_taxonomy(&self, taxonomy: &Taxonomy, path: &str, sha256: &str) -> Result<bool, DbError>;

    /// Imports one organisation file: replaces what an earlier version of the file wrote,
    /// unless the organisation has since been edited in the admin area. The file becomes the
    /// organisation's published document, with a revision saying where it came from.
    async fn import_organization(
        &self,
        file: &OrganizationFile,
        path: &str,
        sha256: &str,
    ) -> Result<ImportOutcome, DbError>;

    /// Every organisation with its Italian name, by name.
    async fn organization_entries(&self) -> Result<Vec<OrganizationEntry>, DbError>;

    /// The organisations of the dashboard (all of them, or those of `only`), by name, each
    /// with its published document, stamps and first revision: one query, however many
    /// organisations a coordinator sees.
    async fn dashboard(&self, only: Option<&[i64]>) -> Result<Vec<DashboardOrganization>, DbError>;

    /// Writes the HSDS id of every row that lacks one (rows written before ids existed),
    /// from the organisation's published document; how many organisations it filled.
    async fn fill_hsds_ids(&self) -> Result<u64, DbError>;

    /// An organisation's published document, its draft and their version, by slug.
    async fn document(&self, slug: &str) -> Result<Option<DocumentRow>, DbError>;

    /// Every other organisation's draft, to keep slugs unique across drafts too.
    async fn other_drafts(&self, org_id: i64) -> Result<Vec<OrganizationFile>, DbError>;

    /// Saves the shared draft of an organisation (nothing public changes) as a revision of
    /// `kind` ([`RevisionKind::Draft`], or [`RevisionKind::Restore`] for an old revision
    /// made the draft again), with its audit line, if the documents are still at version
    /// `expected`. `None` when someone changed them since: nothing was written.
    async fn save_draft(
        &self,
        (org_id, expected): (i64, i64),
        draft: &OrganizationFile,
        revision: (RevisionKind, Author<'_>, &str),
        audit: AuditLine<'_>,
    ) -> Result<Option<i64>, DbError>;

    /// Drops the draft if the documents are still at version `expected` (`false` when
    /// someone saved since: their save is kept); the published document stays as it is.
    async fn discard_draft(
        &self,
        (org_id, expected): (i64, i64),
        author: Author<'_>,
        published: &OrganizationFile,
        audit: AuditLine<'_>,
    ) -> Result<bool, DbError>;

    /// Publishes `file`: writes it into the directory's tables, makes it the published
    /// document, drops the draft, records the revision and the audit line, in one
    /// transaction. An existing organisation is `(id, expected version)`: when its documents
    /// moved on since, nothing is written and the answer is `None`. A content file never
    /// replaces the organisation afterwards. A slug another organisation took meanwhile is
    /// [`DbError::Duplicate`].
    async fn publish(
        &self,
        existing: Option<(i64, i64)>,
        file: &OrganizationFile,
        revision: (RevisionKind, Author<'_>, &str),
        audit: AuditLine<'_>,
    ) -> Result<Option<i64>, DbError>;

    /// The newest revisions of an organisation, at most `limit`.
    async fn revisions(&self, org_id: i64, limit: i64) -> Result<Vec<RevisionEntry>, DbError>;

    /// A revision of the organisation, with the one before it (for the diff).
    async fn revision(
        &self,
        org_id: i64,
        id: i64,
    ) -> Result<Option<(RevisionEntry, OrganizationFile, Option<OrganizationFile>)>, DbError>;

    /// Stamps an entry (`service:slug`, `programme:slug`) as still accurate, now.
    async fn verify(&self, org_id: i64, entry: &str, by: &str) -> Result<(), DbError>;

    /// Whether another organisation already uses `slug` for a service, programme or event
    /// (slugs are unique across the directory: they are the public URLs).
    async fn slug_taken_elsewhere(&self, table: &str, slug: &str, org_id: i64) -> Result<bool, DbError>;

    /// When each entry of an organisation was last stamped.
    async fn verifications(&self, org_id: i64) -> Result<Vec<Verification>, DbError>;
}

/// Accounts of the admin area: who they are, their organisations, one-time links and the
/// second factor. Tokens and codes arrive hashed (SHA-256); the caller hashes them.
#[async_trait]
pub trait Accounts {
    /// Creates an account (no password yet for an invitation) and returns its id.
    async fn create_user(&self, email: &str, role: Role, password_hash: Option<&str>) -> Result<i64, DbError>;

    /// An account and its password hash.
    async fn user_by_email(&self, email: &str) -> Result<Option<(User, Option<String>)>, DbError>;

    /// An account's password hash.
    async fn password_hash(&self, user_id: i64) -> Result<Option<String>, DbError>;

    async fn user_by_id(&self, id: i64) -> Result<Option<User>, DbError>;

    /// Every account, by e-mail.
    async fn users(&self) -> Result<Vec<User>, DbError>;

    /// Sets an account's password and ends its sessions but `keep` (the session of the
    /// person changing it, if any), with the audit line, in one transaction.
    async fn set_password(
        &self,
        user_id: i64,
        hash: &str,
        keep: Option<&str>,
        audit: (Author<'_>, AuditLine<'_>),
    ) -> Result<(), DbError>;

    async fn set_user_lang(&self, user_id: i64, lang: &str) -> Result<(), DbError>;

    /// Changes an account's role and whether it may log in; a suspended account loses its
    /// sessions at once.
    async fn set_user_access(&self, user_id: i64, role: Role, active: bool) -> Result<(), DbError>;

    /// The organisations (ids) an account may edit as an editor.
    async fn memberships(&self, user_id: i64) -> Result<Vec<i64>, DbError>;

    /// The accounts that may edit an organisation: its members, active, with a password
    /// chosen (an invitation not yet accepted is nobody to write to).
    async fn editors_of(&self, org_id: i64) -> Result<Vec<User>, DbError>;

    async fn set_membership(&self, user_id: i64, org_id: i64, member: bool) -> Result<(), DbError>;

    /// Stores a one-time link; a new one replaces the account's earlier links.
    async fn create_invitation(
        &self,
        user_id: i64,
        token_hash: &str,
        expires_at: DateTime<Utc>,
        purpose: LinkPurpose,
    ) -> Result<(), DbError>;

    /// The account a one-time link is for and what for, while it has not expired.
    async fn invitation(&self, token_hash: &str) -> Result<Option<(i64, LinkPurpose)>, DbError>;

    /// Sets the person's password, spends every link of the account and ends its older
    /// sessions, in one transaction: a link works once, and whoever had the account before
    /// is out.
    async fn accept_invitation(&self, token_hash: &str, password_hash: &str) -> Result<Option<i64>, DbError>;

    /// The secret shown during enrolment, kept until the first code confirms it.
    async fn set_totp_pending(&self, user_id: i64, secret: &str) -> Result<(), DbError>;

    /// (confirmed secret, secret being enrolled, last step used).
    async fn totp(&self, user_id: i64) -> Result<(Option<String>, Option<String>, Option<i64>), DbError>;

    /// Confirms the enrolment: the pending secret becomes the account's, with `step` used
    /// and the recovery codes' hashes, if the pending secret is still `secret`.
    async fn enable_totp(
        &self,
        user_id: i64,
        secret_step: (&str, i64),
        code_hashes: &[String],
        audit: (Author<'_>, AuditLine<'_>),
    ) -> Result<bool, DbError>;

    /// Spends time step `step` of the account: `false` when it (or a later one) was already
    /// used, so a code is accepted once even by two parallel requests.
    async fn use_totp_step(&self, user_id: i64, step: i64) -> Result<bool, DbError>;

    /// Spends a recovery code (by hash): `false` when the account has no such code.
    async fn use_recovery_code(&self, user_id: i64, code_hash: &str) -> Result<bool, DbError>;

    async fn recovery_codes_left(&self, user_id: i64) -> Result<i64, DbError>;

    /// Removes the account's second factor (lost phone): it enrols again at its next login
    /// where one is required.
    async fn reset_mfa(&self, user_id: i64, audit: (Author<'_>, AuditLine<'_>)) -> Result<(), DbError>;
}

/// Being logged in: sessions, the short-lived challenge between a right password and a
/// right code, and the login throttle. The throttle lives in the database so that it
/// survives restarts (and later serves every instance): reserving an attempt is atomic, so
/// parallel attempts never get through more than the free ones together.
#[async_trait]
pub trait Sessions {
    async fn create_session(&self, token_hash: &str, user_id: i64, csrf_token: &str) -> Result<(), DbError>;

    async fn session(&self, token_hash: &str) -> Result<Option<SessionRow>, DbError>;

    async fn touch_session(&self, token_hash: &str) -> Result<(), DbError>;

    async fn delete_session(&self, token_hash: &str) -> Result<(), DbError>;

    /// Logs an account out everywhere; the number of sessions ended.
    async fn delete_user_sessions(&self, user_id: i64) -> Result<u64, DbError>;

    /// Forgets sessions idle since before `idle_before` or started before `started_before`.
    async fn purge_sessions(&self, idle_before: DateTime<Utc>, started_before: DateTime<Utc>) -> Result<(), DbError>;

    async fn create_challenge(&self, token_hash: &str, user_id: i64, expires_at: DateTime<Utc>) -> Result<(), DbError>;

    /// The account a login challenge is for, while it has not expired.
    async fn challenge(&self, token_hash: &str) -> Result<Option<i64>, DbError>;

    /// Spends a challenge: `false` when it was already spent (two parallel right codes make
    /// one session).
    async fn end_challenge(&self, token_hash: &str) -> Result<bool, DbError>;

    /// Forgets every way in that was open when a backup was taken: sessions, login
    /// challenges, one-time links and throttle counts (after a restore, nobody is logged in
    /// and no old link works). Returns how many rows went.
    async fn forget_sign_ins(&self) -> Result<u64, DbError>;

    /// Forgets login challenges past their time.
    async fn purge_challenges(&self) -> Result<(), DbError>;

    /// Reserves one attempt under every key (an account, an address), all or none, at Unix
    /// time `now`.
    async fn reserve_attempt(&self, keys: &[String], limits: &ThrottleLimits, now: i64)
        -> Result<Reservation, DbError>;

    /// A reserved attempt succeeded: its account starts again from zero, and the attempt is
    /// given back to the other keys (an address).
    async fn settle_success(&self, account: &str, others: &[String]) -> Result<(), DbError>;

    /// Forgets keys not tried for `limits.forget_after` and no longer blocked, and keeps at
    /// most `limits.max_keys`.
    async fn prune_throttle(&self, limits: &ThrottleLimits, now: i64) -> Result<u64, DbError>;
}

/// The audit log. Lines about a change are written in the change's own transaction (see
/// the methods taking an [`AuditLine`]); this writes the others and reads them back.
#[async_trait]
pub trait AuditLog {
    /// Writes one line of the audit log.
    async fn audit(&self, author: Author<'_>, action: AuditAction, target: &str, detail: &str) -> Result<(), DbError>;

    /// The newest lines of the audit log.
    async fn audit_log(&self, limit: i64, offset: i64) -> Result<Vec<AuditEntry>, DbError>;

    /// Forgets audit lines older than `before` and keeps at most `max_lines`.
    async fn prune_audit(&self, before: DateTime<Utc>, max_lines: i64) -> Result<u64, DbError>;
}

/// The unmet-needs report: searches counted by day, language and normalised query, nothing
/// about who searched.
#[async_trait]
pub trait SearchLog {
    /// Counts one search. A day keeps at most [`MAX_QUERIES_PER_DAY`] distinct queries per
    /// language (anonymous visitors must not grow the database without bound); the searches
    /// beyond are counted together under the empty query, which the report never lists.
    async fn count_search(&self, day: &str, lang: &str, query: &str, zero: bool) -> Result<(), DbError>;

    /// Deletes counts of days before `first_day` (the retention).
    async fn forget_searches_before(&self, first_day: &str) -> Result<u64, DbError>;

    /// Searches per day and language since `since`, newest day first.
    async fn searches_per_day(&self, since: &str) -> Result<Vec<Count>, DbError>;

    /// The most frequent queries of a language since `since` (only those searched at least
    /// `min_searches` times, so a lone query, which might carry a name, is never shown);
    /// with `zero_only`, those that found nothing.
    async fn top_queries(
        &self,
        lang: &str,
        since: &str,
        min_searches: i64,
        zero_only: bool,
        limit: i64,
    ) -> Result<Vec<Count>, DbError>;
}

/// What the search index follows: the data version every write bumps, which services
/// changed after a version, and the services themselves as the index reads them (in
/// batches for a rebuild, by id for an update).
#[async_trait]
pub trait ChangeLog {
    /// Bumped by every write; compared with the version the search index was built from.
    async fn data_version(&self) -> Result<i64, DbError>;

    /// The data version now and what changed after `since` (everything when `since` is ahead
    /// of the database, which was then restored from a backup).
    async fn changes_since(&self, since: i64) -> Result<(i64, Changes), DbError>;

    /// Deletes the changes recorded before `before`, however many indexes follow the log
    /// (each from its own version): an index stamped before the newest pruned change then
    /// rebuilds instead of catching up. Returns how many rows went.
    async fn prune_changes(&self, before: DateTime<Utc>) -> Result<u64, DbError>;

    /// Every service, in id order, into `out` in small batches as they are read (a
    /// rebuild's indexer takes them as they come). Stops early when `out` is closed.
    /// Returns how many were read.
    async fn index_all(&self, out: tokio::sync::mpsc::Sender<Vec<IndexDocument>>) -> Result<usize, DbError>;

    /// The given services; ids that no longer exist are left out.
    async fn index_documents_for(&self, ids: &[i64]) -> Result<Vec<IndexDocument>, DbError>;
}

/// Feedback from the pages: stored anonymously, listed for the organisation's editors,
/// marked handled with an audit line, forgotten after the retention.
#[async_trait]
pub trait FeedbackLog {
    /// Stores `report` for the organisation of its service, unless the visit already sent
    /// it or the day (`day_start`, midnight in Rome) holds [`MAX_FEEDBACK_PER_DAY`] reports.
    async fn record_feedback(&self, report: NewFeedback<'_>, day_start: DateTime<Utc>) -> Result<Recorded, DbError>;

    /// Every open problem report, newest first.
    async fn open_feedback(&self) -> Result<Vec<FeedbackReport>, DbError>;

    /// Per service and kind: the open problems, and the votes since `since`.
    async fn feedback_counts(&self, since: DateTime<Utc>) -> Result<Vec<FeedbackCount>, DbError>;

    /// The organisation a report belongs to, whether handled or not.
    async fn feedback_organization(&self, id: i64) -> Result<Option<i64>, DbError>;

    /// Marks an open report handled by `author`, with its audit line in the same
    /// transaction; `false` when it was handled already (or is gone).
    async fn handle_feedback(&self, id: i64, author: Author<'_>) -> Result<bool, DbError>;

    /// Deletes votes and handled reports from before `before`; open reports stay until
    /// someone handles them.
    async fn forget_feedback_before(&self, before: DateTime<Utc>) -> Result<u64, DbError>;
}

/// A whole backend: every capability, plus what belongs to the store itself.
/// The daily digests sent, so that several instances send each one once.
#[async_trait]
pub trait DigestLog {
    /// Claims the digest of organisation `org_id` for `day` (Rome, `YYYY-MM-DD`): `true` for
    /// the one caller that gets it, `false` when it was claimed before.
    async fn claim_digest(&self, org_id: i64, day: &str) -> Result<bool, DbError>;

    /// Gives a claim back (the digest could not be sent): the next round tries again.
    async fn release_digest(&self, org_id: i64, day: &str) -> Result<(), DbError>;

    /// Forgets the claims of days before `day`.
    async fn forget_digests_before(&self, day: &str) -> Result<u64, DbError>;
}

#[async_trait]
pub trait Store:
    DirectoryRead
    + Documents
    + Accounts
    + Sessions
    + AuditLog
    + SearchLog
    + FeedbackLog
    + DigestLog
    + ChangeLog
    + Send
    + Sync
{
    /// Closes the connections (waiting for the ones in use).
    async fn close(&self);

    /// Whether a commit is on disk before it is acknowledged (SQLite: `synchronous` FULL;
    /// PostgreSQL: `fsync` and `synchronous_commit` on), for the durability test.
    async fn durable_commits(&self) -> Result<bool, DbError>;

    /// The connection pool's use, for `/metrics`.
    fn pool_use(&self) -> PoolUse;

    /// The data's size in bytes, what the storage-growth tests measure.
    async fn size_bytes(&self) -> Result<i64, DbError>;

    /// Waits until no other instance is importing content at start-up, and keeps them out
    /// until the lock is dropped: of several instances starting at once on an empty
    /// database, one imports and the others then find nothing to do.
    async fn startup_lock(&self) -> Result<StartupLock, DbError>;

    /// Writes a consistent copy of the whole database to `out` while the server goes on
    /// serving (SQLite: `VACUUM INTO`; PostgreSQL: `pg_dump`'s custom format). The file
    /// appears only once complete.
    async fn backup(&self, out: &std::path::Path) -> Result<(), DbError>;

    /// Returns when another instance (or this one) announces a change, or after `at_most`:
    /// the search index's follower sleeps here between looks at the change log.
    async fn wait_for_change(&self, at_most: std::time::Duration);
}
