//! What the database stores and answers, independent of the engine: the closed sets of
//! words kept in text columns (roles, revision kinds, audit actions, origins, link
//! purposes) as enums, and the rows the rest of the server reads. Every backend reads and
//! writes these, so the stored words are spelled once, here, and stay exactly what
//! existing databases hold.

use crate::content::holidays::Closure;
use crate::content::OrganizationFile;
use chrono::{DateTime, Utc};
use portineria_app::geo::Coordinates;

/// A connection pool's use: connections open, of which idle, and the most it opens.
#[derive(Debug, Clone, Copy)]
pub struct PoolUse {
    pub open: u32,
    pub idle: usize,
    pub max: u32,
}
use portineria_app::feedback::FeedbackKind;
use portineria_app::lang::Lang;
use portineria_app::model::ServiceStatus;
use portineria_app::requirements::Situation;
use std::collections::BTreeMap;

/// The words an enum is stored as: `as_str` writes them, `FromStr` (and `TryFrom<String>`,
/// which row structs decode through) reads them back. A word the enum does not know is an
/// error, never a silent default.
macro_rules! stored_words {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $word:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The word stored in the database (and used in message keys).
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $word,)+
                }
            }
        }

        impl std::str::FromStr for $name {
            type Err = UnknownWord;

            fn from_str(word: &str) -> Result<Self, UnknownWord> {
                match word {
                    $($word => Ok($name::$variant),)+
                    _ => Err(UnknownWord { what: stringify!($name), word: word.to_string() }),
                }
            }
        }

        impl TryFrom<String> for $name {
            type Error = UnknownWord;

            fn try_from(word: String) -> Result<Self, UnknownWord> {
                word.parse()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

/// A stored word that none of an enum's values spells.
#[derive(Debug, thiserror::Error)]
#[error("unknown {what} {word:?}")]
pub struct UnknownWord {
    what: &'static str,
    word: String,
}

stored_words! {
    /// What an account may do: a coordinator edits every organisation and manages people,
    /// an editor edits only the organisations it belongs to.
    Role {
        Editor = "editor",
        Coordinator = "coordinator",
    }
}

stored_words! {
    /// How a revision of an organisation's document came about.
    RevisionKind {
        /// Written by a content file.
        Import = "import",
        /// The shared draft saved.
        Draft = "draft",
        /// Published from the admin area.
        Publish = "publish",
        /// An old revision made the draft again.
        Restore = "restore",
        /// The draft dropped (the revision keeps the published document).
        Discard = "discard",
    }
}

stored_words! {
    /// What an audit line records. The audit page names each through the message
    /// `admin-audit-<word>`.
    AuditAction {
        Login = "login",
        LoginFailed = "login-failed",
        LoginThrottled = "login-throttled",
        LoginCodeFailed = "login-code-failed",
        RecoveryCodeUsed = "recovery-code-used",
        Logout = "logout",
        LogoutEverywhere = "logout-everywhere",
        InvitationAccepted = "invitation-accepted",
        Invite = "invite",
        UpdateAccount = "update-account",
        CreateAccount = "create-account",
        CreateOrganization = "create-organization",
        SaveDraft = "save-draft",
        Publish = "publish",
        /// Organisations written by `portineria hsds import`.
        ImportHsds = "import-hsds",
        Restore = "restore",
        DiscardDraft = "discard-draft",
        Verify = "verify",
        FeedbackHandled = "feedback-handled",
        PasswordChanged = "password-changed",
        ResetLink = "reset-link",
        PasswordReset = "password-reset",
        PasswordResetCli = "password-reset-cli",
        MfaEnabled = "mfa-enabled",
        MfaReset = "mfa-reset",
        MfaResetCli = "mfa-reset-cli",
        /// Only ever written into a preview's throwaway database.
        Preview = "preview",
    }
}

stored_words! {
    /// Where an organisation's rows came from, which decides whether a content file may
    /// replace them.
    Origin {
        /// A content file: the next version of the file replaces it.
        Content = "content",
        /// The admin area: content files never overwrite it.
        Admin = "admin",
    }
}

stored_words! {
    /// What a one-time link is for.
    LinkPurpose {
        /// A new account chooses its first password.
        Invitation = "invitation",
        /// An existing account chooses a new one (its sessions end).
        Reset = "reset",
    }
}

/// An admin account as the access checks need it.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct User {
    pub id: i64,
    pub email: String,
    #[sqlx(try_from = "String")]
    pub role: Role,
    pub lang: String,
    pub active: bool,
    /// Whether a password has been chosen (an invited person has none yet).
    pub has_password: bool,
    /// Whether a second factor (TOTP) is enrolled.
    pub has_totp: bool,
}

impl User {
    pub fn is_coordinator(&self) -> bool {
        self.role == Role::Coordinator
    }
}

/// A live session: who, and the token its forms must carry.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct SessionRow {
    #[sqlx(flatten)]
    pub user: User,
    pub csrf_token: String,
    pub created_at: DateTime<Utc>,
    pub last_seen_at: DateTime<Utc>,
}

/// Who did something: account id (none for the content import or the command line) and
/// how to name them.
pub type Author<'a> = (Option<i64>, &'a str);

/// The audit line written in the same transaction as the change it records.
#[derive(Clone, Copy, Debug)]
pub struct AuditLine<'a> {
    pub action: AuditAction,
    pub target: &'a str,
    pub detail: &'a str,
}

/// One line of the audit log as the audit page lists it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AuditEntry {
    pub at: DateTime<Utc>,
    pub actor: String,
    #[sqlx(try_from = "String")]
    pub action: AuditAction,
    pub target: String,
    pub detail: String,
}

/// An organisation's documents as one request read them: `version` counts every change to
/// either, so a write based on an older version is detected (compare-and-swap).
#[derive(Clone, Debug)]
pub struct DocumentRow {
    pub id: i64,
    pub version: i64,
    pub published: OrganizationFile,
    pub draft: Option<OrganizationFile>,
}

/// An organisation as the admin area lists it (named by its slug until it has an Italian
/// name).
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct OrganizationEntry {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub has_draft: bool,
}

/// An organisation as the dashboard shows it, read with everything the dashboard needs in
/// one query: its published document (absent only for a half-created organisation), when
/// each entry was last stamped "still accurate" (by [`crate::content::editor::Kind::owner`]
/// key), and when the document was first written (entries never stamped count from then).
#[derive(Clone, Debug)]
pub struct DashboardOrganization {
    pub organization: OrganizationEntry,
    pub published: Option<OrganizationFile>,
    pub verified: BTreeMap<String, DateTime<Utc>>,
    pub since: Option<DateTime<Utc>>,
}

/// One revision as the history lists it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct RevisionEntry {
    pub id: i64,
    #[sqlx(try_from = "String")]
    pub kind: RevisionKind,
    pub author: String,
    pub summary: String,
    pub created_at: DateTime<Utc>,
}

/// When an entry (`service:slug`, `programme:slug`) was last stamped as still accurate,
/// and by whom.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Verification {
    pub entry: String,
    #[sqlx(rename = "verified_at")]
    pub at: DateTime<Utc>,
    #[sqlx(rename = "verified_by")]
    pub by: String,
}

/// What importing one organisation file did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportOutcome {
    /// Written: counts of programmes and services.
    Imported { programmes: usize, services: usize },
    /// The same file (by hash) was imported before.
    Unchanged,
    /// The organisation was edited in the admin area; a file never overwrites that.
    KeptAdminEdits,
    /// The organisation has an unpublished admin draft that changes the same entries as
    /// the file: nothing was written (the file is read again at the next start), so neither
    /// the file's change nor the partner's draft is lost. These entries clash.
    DraftConflict(Vec<String>),
}

/// What changed since the index's version.
#[derive(Debug, PartialEq, Eq)]
pub enum Changes {
    None,
    /// These services (some may be gone).
    Services(Vec<i64>),
    /// Something every service depends on (the taxonomy), or an unknown change.
    Everything,
}

/// A feedback report to store, already checked and masked (see `crate::feedback`).
#[derive(Clone, Copy, Debug)]
pub struct NewFeedback<'a> {
    /// The service's slug.
    pub service: &'a str,
    pub kind: FeedbackKind,
    pub lang: Lang,
    pub note: &'a str,
    /// The kiosk visit's key for this service and kind of feedback (a hash), if any.
    pub visit: Option<&'a str>,
}

/// What storing a report came to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Recorded {
    Saved,
    /// The visit already said this about this service.
    Already,
    /// No published service has this slug.
    UnknownService,
    /// The day's reports are full.
    Full,
}

/// An open problem report, as the verification queue lists it.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct FeedbackReport {
    pub id: i64,
    pub organization_id: i64,
    pub service: String,
    #[sqlx(try_from = "String")]
    pub kind: FeedbackKind,
    pub lang: String,
    pub note: String,
    pub created_at: DateTime<Utc>,
}

/// How many of one kind of feedback a service has had (votes since a day; problems open).
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct FeedbackCount {
    pub organization_id: i64,
    pub service: String,
    #[sqlx(try_from = "String")]
    pub kind: FeedbackKind,
    pub count: i64,
}

/// Reports kept a day, all services together: beyond it a flood is refused, not stored.
pub const MAX_FEEDBACK_PER_DAY: i64 = 2000;

/// One line of the unmet-needs report: a query (or a day) and its counts.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct Count {
    pub key: String,
    pub lang: String,
    pub searches: i64,
    pub zero_results: i64,
}

/// Distinct queries a day keeps per language.
pub const MAX_QUERIES_PER_DAY: i64 = 1000;

/// The login throttle's rules, in seconds.
#[derive(Clone, Copy, Debug)]
pub struct ThrottleLimits {
    /// Attempts allowed before waiting starts.
    pub free_attempts: i64,
    /// The first wait, doubling with every further attempt…
    pub first_delay: i64,
    /// …up to this.
    pub max_delay: i64,
    /// A key not tried for this long starts again from zero.
    pub forget_after: i64,
    /// The most keys kept: the oldest go first, so the table stays small under any flood.
    pub max_keys: i64,
}

impl ThrottleLimits {
    /// How long a key waits after its `attempts`-th attempt.
    pub fn delay(&self, attempts: i64) -> i64 {
        if attempts < self.free_attempts {
            return 0;
        }
        let doublings = (attempts - self.free_attempts).min(20) as u32;
        self.first_delay.saturating_mul(1 << doublings).min(self.max_delay)
    }
}

/// What reserving a login attempt answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reservation {
    /// The attempt may go ahead; it counts as a failure until it is settled as a success.
    Granted,
    /// Every key is not blocked: wait this many seconds (at least one).
    Wait(u64),
}

/// A service's searchable texts in one language (empty when missing).
#[derive(Clone, Debug, Default)]
pub struct ServiceTexts {
    pub lang: Lang,
    pub name: String,
    pub organization: String,
    pub summary: String,
    /// Names and keywords of its categories, names of its target groups.
    pub tags: String,
    /// In short, description, eligibility, how to access, cost, documents, organisation,
    /// programme.
    pub body: String,
}

/// What the search index needs of one service.
#[derive(Clone, Debug)]
pub struct IndexDocument {
    pub id: i64,
    pub slug: String,
    pub status: ServiceStatus,
    pub programme_ended: bool,
    pub texts: Vec<ServiceTexts>,
    pub categories: Vec<String>,
    pub target_groups: Vec<String>,
    pub municipalities: Vec<String>,
    pub languages: Vec<String>,
    /// Who can go, as the service states it (empty: not stated).
    pub who_can_go: Vec<Situation>,
    pub locations: Vec<IndexedLocation>,
}

/// A location of a service as "open now" needs it: its weekly hours and their exceptions.
#[derive(Clone, Debug)]
pub struct IndexedLocation {
    pub municipality: String,
    pub coordinates: Option<Coordinates>,
    pub open_on_holidays: bool,
    pub closures: Vec<Closure>,
    /// (weekday 1–7, opens, closes).
    pub hours: Vec<(u8, String, String)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_words_read_back() {
        for action in AuditAction::ALL {
            assert_eq!(action.as_str().parse::<AuditAction>().ok(), Some(*action));
        }
        for kind in RevisionKind::ALL {
            assert_eq!(kind.as_str().parse::<RevisionKind>().ok(), Some(*kind));
        }
        assert!("admin".parse::<Role>().is_err());
        assert_eq!(Origin::Admin.as_str(), "admin");
    }
}

/// Which services an Open Referral (HSDS) list asks for; every part left `None` lets all
/// through.
#[derive(Clone, Debug, Default)]
pub struct HsdsFilter {
    /// The organisation's HSDS id.
    pub organization: Option<String>,
    /// The service's HSDS id (one service).
    pub service: Option<String>,
    /// Changed on or after this moment.
    pub modified_after: Option<DateTime<Utc>>,
    /// Carrying this taxonomy term (or, with no slug, any term of the taxonomy).
    pub term: Option<(HsdsTaxonomy, Option<String>)>,
}

/// The taxonomies a service's terms come from, as HSDS sees them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HsdsTaxonomy {
    Categories,
    TargetGroups,
    /// Who can go by legal situation (`Situation` words).
    Situations,
}

/// One service (at one of its locations, if it has any) as an HSDS list pages through them.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct HsdsRow {
    pub service_id: i64,
    pub service: String,
    pub service_uuid: String,
    pub organization: String,
    /// The location's key in its organisation and its HSDS id; `None` for a service with
    /// no location.
    pub location: Option<String>,
    pub location_uuid: Option<String>,
    /// When the service last changed (its `last_modified`).
    pub updated_at: DateTime<Utc>,
    /// When a partner last confirmed it is still accurate (its `assured_date`).
    pub verified_at: Option<DateTime<Utc>>,
}
