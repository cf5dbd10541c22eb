//! The coordinator's rules about people and organisations: the people list with each one's
//! organisations, an invitation (the form checked, the account made, its one-time link),
//! a reset link, a change of role and organisations (never of one's own access), and a new
//! organisation (its slug and Italian texts checked, then published). No HTML: each answers
//! data or a typed outcome.

use super::super::digest::strip_isolation;
use super::super::session::Admin;
use super::super::urls;
use super::super::AdminError;
use crate::accounts::{random_token, token_hash};
use crate::content::editor::form::{first, is_email, FormValues, MAX_LINE_CHARS, MAX_TEXT_CHARS};
use crate::content::{FileTranslationStatus, Organization, OrganizationFile, Texts};
use crate::db::{AuditAction, LinkPurpose, OrganizationEntry, Role, User};
use crate::state::AppState;
use crate::write::publishing::{create_organization as create, CommitError};
use axum::http::{header, HeaderMap};
use portineria_app::i18n::{t, t_args};
use portineria_app::lang::Lang;
use std::collections::BTreeMap;

/// The longest e-mail address an invitation takes, in bytes.
const MAX_INVITED_EMAIL_BYTES: usize = 254;

/// One account on the people page.
pub struct Person {
    pub user: User,
    /// The ids of the organisations it belongs to.
    pub memberships: Vec<i64>,
}

/// Everything the people page lists.
pub struct People {
    pub organizations: Vec<OrganizationEntry>,
    pub people: Vec<Person>,
}

/// Every account with its organisations, and every organisation (to tick).
pub async fn people(state: &AppState) -> Result<People, AdminError> {
    let organizations = state.db.organization_entries().await?;
    let mut people = Vec::new();
    for user in state.db.users().await? {
        let memberships = state.db.memberships(user.id).await?;
        people.push(Person { user, memberships });
    }
    Ok(People { organizations, people })
}

/// The organisation ids ticked in a form, each one that exists.
async fn ticked(state: &AppState, form: &FormValues) -> Result<Vec<i64>, AdminError> {
    let known: Vec<i64> = state.db.organization_entries().await?.into_iter().map(|o| o.id).collect();
    Ok(form
        .get("organizations")
        .into_iter()
        .flatten()
        .filter_map(|v| v.parse().ok())
        .filter(|id| known.contains(id))
        .collect())
}

/// Why an invitation form is not taken.
#[derive(Clone, Copy, Debug)]
pub enum InviteProblem {
    /// Not an e-mail address (or too long for one).
    Email,
    /// Not one of the roles.
    Role,
    /// An account with that address exists.
    EmailTaken,
}

impl InviteProblem {
    /// The message id that explains the problem.
    pub fn message_key(self) -> &'static str {
        match self {
            Self::Email => "admin-error-email",
            Self::Role => "admin-error-choice",
            Self::EmailTaken => "admin-error-email-taken",
        }
    }
}

/// What became of an invitation.
pub enum Invitation {
    Refused(InviteProblem),
    /// The account of `email` exists; `link` is its one-time link, valid for `hours`.
    Created {
        email: String,
        link: String,
        hours: usize,
        delivery: Delivery,
    },
}

/// Whether a one-time link also went to the person by e-mail (it is shown on screen
/// anyway, for the coordinator to hand over).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Delivery {
    /// No SMTP server is configured.
    NoMail,
    Sent,
    Failed,
}

/// The form field of "send the link by e-mail too".
pub const EMAIL_LINK: &str = "email_link";

/// E-mails `link` to `email` in `lang` when the coordinator ticked [`EMAIL_LINK`] in `form`
/// and the deployment has an SMTP server.
async fn email_link(
    state: &AppState,
    form: &FormValues,
    (email, lang): (&str, &str),
    purpose: LinkPurpose,
    link: &str,
) -> Delivery {
    let Some(mailer) = state.admin.mailer.as_ref().filter(|_| !first(form, EMAIL_LINK).is_empty()) else {
        return Delivery::NoMail;
    };
    let lang = Lang::from_code(lang).unwrap_or(Lang::It);
    let hours = [("hours", (state.admin.invitation_lifetime.num_hours() as usize).into())];
    let (subject, body) = match purpose {
        LinkPurpose::Invitation => ("mail-invitation-subject", "mail-invitation-body"),
        LinkPurpose::Reset => ("mail-reset-subject", "mail-reset-body"),
    };
    let body = format!("{}\n\n{link}\n\n{}", t_args(lang, body, &hours), t(lang, "mail-ignore"));
    match mailer.send(email, &strip_isolation(&t(lang, subject)), strip_isolation(&body)).await {
        Ok(()) => Delivery::Sent,
        Err(e) => {
            tracing::error!("one-time link not e-mailed: {e}");
            Delivery::Failed
        }
    }
}

/// Checks the invitation `form` (e-mail address, role, organisations), then makes the
/// account, its memberships and its one-time link; audited. `headers` give the site's
/// address when none is configured.
pub async fn invite(
    state: &AppState,
    admin: &Admin,
    headers: &HeaderMap,
    form: &FormValues,
) -> Result<Invitation, AdminError> {
    let email = first(form, "email").trim().to_lowercase();
    let refused = |problem| Ok(Invitation::Refused(problem));
    let role = match first(form, "role").parse::<Role>() {
        _ if !is_email(&email) || email.len() > MAX_INVITED_EMAIL_BYTES => return refused(InviteProblem::Email),
        Err(_) => return refused(InviteProblem::Role),
        Ok(role) => role,
    };
    if state.db.user_by_email(&email).await?.is_some() {
        return refused(InviteProblem::EmailTaken);
    }
    let user_id = state.db.create_user(&email, role, None).await?;
    for org in ticked(state, form).await? {
        state.db.set_membership(user_id, org, true).await?;
    }
    state.db.audit(admin.actor(), AuditAction::Invite, &email, role.as_str()).await?;
    let link = one_time_link(state, headers, user_id, LinkPurpose::Invitation).await?;
    let lang = state.db.user_by_id(user_id).await?.map(|u| u.lang).unwrap_or_default();
    let delivery = email_link(state, form, (&email, &lang), LinkPurpose::Invitation, &link).await;
    let hours = state.admin.invitation_lifetime.num_hours() as usize;
    Ok(Invitation::Created { email, link, hours, delivery })
}

/// Makes a one-time link for an account (replacing its earlier ones) and returns it whole,
/// to be handed over by the coordinator. The site's address comes from
/// `PORTINERIA_PUBLIC_URL`, else from the request (whose `Host` only a trusted proxy may
/// have set).
async fn one_time_link(
    state: &AppState,
    headers: &HeaderMap,
    user_id: i64,
    purpose: LinkPurpose,
) -> Result<String, AdminError> {
    let token = random_token();
    let expires = chrono::Utc::now() + state.admin.invitation_lifetime;
    state.db.create_invitation(user_id, &token_hash(&token), expires, purpose).await?;
    let base = match &state.directory.settings().public_url {
        Some(url) => url.trim_end_matches('/').to_string(),
        None => {
            let host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("localhost");
            let scheme = match headers.get("x-forwarded-proto").and_then(|h| h.to_str().ok()) {
                Some("https") => "https",
                _ => "http",
            };
            format!("{scheme}://{host}")
        }
    };
    Ok(format!("{base}{}", urls::invitation(&token)))
}

/// A fresh link for `user` to choose a new password, e-mailed too when the `form` asks;
/// audited. Returns the link and whether it went by e-mail.
pub async fn reset_link(
    state: &AppState,
    admin: &Admin,
    headers: &HeaderMap,
    (user, form): (&User, &FormValues),
) -> Result<(String, Delivery), AdminError> {
    let link = one_time_link(state, headers, user.id, LinkPurpose::Reset).await?;
    state.db.audit(admin.actor(), AuditAction::ResetLink, &user.email, "").await?;
    let delivery = email_link(state, form, (&user.email, &user.lang), LinkPurpose::Reset, &link).await;
    Ok((link, delivery))
}

/// Sets `user`'s role, whether it may log in, and its organisations from the `form`;
/// audited. Nobody changes their own role or locks themselves out.
pub async fn update_access(state: &AppState, admin: &Admin, user: &User, form: &FormValues) -> Result<(), AdminError> {
    let role: Role = first(form, "role").parse().map_err(|_| AdminError::BadRequest("admin-error-choice"))?;
    let active = !first(form, "active").is_empty();
    if user.id == admin.user.id && (role != user.role || !active) {
        return Err(AdminError::BadRequest("admin-error-self"));
    }
    state.db.set_user_access(user.id, role, active).await?;
    let wanted = ticked(state, form).await?;
    for org in state.db.organization_entries().await? {
        state.db.set_membership(user.id, org.id, wanted.contains(&org.id)).await?;
    }
    let detail = format!("role={role} active={active} organizations={wanted:?}");
    state.db.audit(admin.actor(), AuditAction::UpdateAccount, &user.email, &detail).await?;
    Ok(())
}

/// Checks the new organisation's `form` (slug, name and description in Italian) and
/// publishes it at once. Returns its slug.
pub async fn create_organization(state: &AppState, admin: &Admin, form: &FormValues) -> Result<String, AdminError> {
    let slug = first(form, "slug").trim().to_string();
    let name = first(form, "name").trim().to_string();
    let description = first(form, "description").trim().to_string();
    let problem = if !crate::content::is_slug(&slug) {
        Some("admin-error-slug")
    } else if state.db.slug_taken_elsewhere("organization", &slug, 0).await? {
        Some("admin-error-slug-taken")
    } else if name.is_empty() || description.is_empty() {
        Some("admin-error-required-italian")
    } else if name.chars().count() > MAX_LINE_CHARS || description.chars().count() > MAX_TEXT_CHARS {
        Some("admin-error-too-long")
    } else {
        None
    };
    if let Some(problem) = problem {
        return Err(AdminError::BadRequest(problem));
    }
    let italian = |text: String| Texts(BTreeMap::from([("it".to_string(), text)]));
    let doc = OrganizationFile {
        translations: FileTranslationStatus::Machine,
        organization: Organization {
            slug: slug.clone(),
            name: italian(name),
            description: italian(description),
            ..Organization::default()
        },
        ..OrganizationFile::default()
    };
    match create(&state.publisher(), &doc, admin.actor(), AuditAction::CreateOrganization).await {
        Ok(_) => Ok(slug),
        Err(CommitError::Invalid(_) | CommitError::Conflict { .. }) => {
            Err(AdminError::BadRequest("admin-error-document"))
        }
        Err(CommitError::Db(e)) => Err(e.into()),
    }
}
