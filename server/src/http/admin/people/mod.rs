//! The coordinator's pages for people and organisations: accounts with their roles and
//! organisations, invitations by one-time link, and new organisations.

use super::forms::Form;
use super::page::{self, csrf_field, document, Done};
use super::session::Admin;
use super::urls;
use super::AdminError;
use crate::accounts::{random_token, token_hash};
use crate::content::editor::form::{first, FormValues};
use crate::content::{FileTranslationStatus, Organization, OrganizationFile, Texts};
use crate::db::{AuditAction, AuditLine, LinkPurpose, Role};
use crate::state::AppState;
use crate::write::publishing::{create_organization as create, CommitError};
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use portineria_app::i18n::t;
use std::collections::BTreeMap;

/// The people page, with an optional message or a new invitation link on top.
async fn people_page(
    state: &AppState,
    admin: &Admin,
    top: AnyView,
    status: StatusCode,
) -> Result<Response, AdminError> {
    let lang = admin.lang;
    let orgs = state.db.organization_entries().await?;
    let mut rows = Vec::new();
    for user in state.db.users().await? {
        let member = state.db.memberships(user.id).await?;
        let org_checks = orgs
            .iter()
            .map(|o| {
                let id = format!("m-{}-{}", user.id, o.id);
                view! {
                    <label class="check" for=id.clone()>
                        <input type="checkbox" id=id.clone() name="organizations" value=o.id.to_string() checked=member.contains(&o.id)/>
                        {o.name.clone()}
                    </label>
                }
            })
            .collect_view();
        let roles = Role::ALL
            .iter()
            .map(|r| view! { <option value=r.as_str() selected=user.role == *r>{t(lang, &format!("admin-role-{r}"))}</option> })
            .collect_view();
        let state_label = if !user.has_password { t(lang, "admin-invited") } else { String::new() };
        let id = user.id;
        let mfa = if user.has_totp { t(lang, "admin-mfa-on") } else { t(lang, "admin-mfa-off") };
        let mfa_reset = user.has_totp.then(|| {
            super::page::post_button(admin, urls::person_mfa_reset(id), t(lang, "admin-mfa-reset"), "secondary")
        });
        rows.push(view! {
            <section class="admin-person">
                <h2>{user.email.clone()}" "<span class="hint">{state_label}</span></h2>
                <form method="post" action=urls::person(id) class="admin-form">
                    {csrf_field(admin)}
                    <p class="form-row inline">
                        <label for=format!("role-{id}")>{t(lang, "admin-role")}</label>
                        <select id=format!("role-{id}") name="role">{roles}</select>
                        <label class="check" for=format!("active-{id}")>
                            <input type="checkbox" id=format!("active-{id}") name="active" value="on" checked=user.active/>
                            {t(lang, "admin-active")}
                        </label>
                    </p>
                    <fieldset class="multi-field"><legend>{t(lang, "admin-memberships")}</legend><div class="checks">{org_checks}</div></fieldset>
                    <p><button type="submit">{t(lang, "admin-save")}</button></p>
                </form>
                <p>{t(lang, "admin-people-mfa")}": "{mfa}</p>
                <p class="admin-links">
                    {super::page::post_button(admin, urls::person_reset(id), t(lang, "admin-reset-link"), "secondary")}
                    {mfa_reset}
                </p>
            </section>
        });
    }
    let org_checks = orgs
        .iter()
        .map(|o| {
            let id = format!("invite-{}", o.id);
            view! {
                <label class="check" for=id.clone()>
                    <input type="checkbox" id=id.clone() name="organizations" value=o.id.to_string()/>
                    {o.name.clone()}
                </label>
            }
        })
        .collect_view();
    let roles = Role::ALL
        .iter()
        .map(|r| view! { <option value=r.as_str()>{t(lang, &format!("admin-role-{r}"))}</option> })
        .collect_view();
    let body = view! {
        {top}
        <section class="admin-section">
            <h2>{t(lang, "admin-invite")}</h2>
            <form method="post" action=urls::PEOPLE class="admin-form">
                {csrf_field(admin)}
                <p class="form-row">
                    <label for="invite-email">{t(lang, "admin-email")}</label>
                    <input id="invite-email" name="email" type="email" required/>
                </p>
                <p class="form-row">
                    <label for="invite-role">{t(lang, "admin-role")}</label>
                    <select id="invite-role" name="role">{roles}</select>
                </p>
                <fieldset class="multi-field"><legend>{t(lang, "admin-memberships")}</legend><div class="checks">{org_checks}</div></fieldset>
                <p><button type="submit">{t(lang, "admin-invite-send")}</button></p>
            </form>
        </section>
        {rows}
    };
    Ok(page::respond(status, document(lang, &t(lang, "admin-nav-people"), Some(admin), body.into_any())))
}

pub async fn list(
    State(state): State<AppState>,
    admin: Admin,
    Query(done): Query<Done>,
) -> Result<Response, AdminError> {
    admin.require_coordinator()?;
    let top = done.notice(admin.lang, &["saved"]);
    people_page(&state, &admin, top, StatusCode::OK).await
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

/// Creates the account and shows its one-time link (to be sent by the coordinator).
pub async fn invite(
    State(state): State<AppState>,
    admin: Admin,
    headers: HeaderMap,
    form: Form,
) -> Result<Response, AdminError> {
    admin.require_coordinator()?;
    let form = form.checked(&admin)?;
    let lang = admin.lang;
    let email = first(&form, "email").trim().to_lowercase();
    let role = first(&form, "role").parse::<Role>();
    let problem = if !crate::content::editor::form::is_email(&email) || email.len() > 254 {
        Some("admin-error-email")
    } else if role.is_err() {
        Some("admin-error-choice")
    } else if state.db.user_by_email(&email).await?.is_some() {
        Some("admin-error-email-taken")
    } else {
        None
    };
    let (None, Ok(role)) = (problem, role) else {
        let top = view! { <p class="field-error" role="alert">{t(lang, problem.unwrap_or("admin-error-choice"))}</p> }
            .into_any();
        return people_page(&state, &admin, top, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let user_id = state.db.create_user(&email, role, None).await?;
    for org in ticked(&state, &form).await? {
        state.db.set_membership(user_id, org, true).await?;
    }
    state.db.audit(admin.actor(), AuditAction::Invite, &email, role.as_str()).await?;
    let link = one_time_link(&state, &headers, user_id, LinkPurpose::Invitation).await?;
    let hours = state.admin.invitation_lifetime.num_hours() as usize;
    let top = view! {
        <section class="admin-notice" role="status">
            <p>{t(lang, "admin-invite-created")}</p>
            <p><code class="invitation-link">{link}</code></p>
            <p class="hint">{portineria_app::i18n::t_args(lang, "admin-invite-expires", &[("hours", hours.into())])}</p>
        </section>
    }
    .into_any();
    people_page(&state, &admin, top, StatusCode::OK).await
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

/// A fresh link for an existing account to choose a new password (a forgotten password, an
/// invitation that expired): shown on screen like invitations.
pub async fn reset_link(
    State(state): State<AppState>,
    admin: Admin,
    Path(id): Path<String>,
    headers: HeaderMap,
    form: Form,
) -> Result<Response, AdminError> {
    let (user, _) = account_form(&state, &admin, &id, form).await?;
    let lang = admin.lang;
    let link = one_time_link(&state, &headers, user.id, LinkPurpose::Reset).await?;
    state.db.audit(admin.actor(), AuditAction::ResetLink, &user.email, "").await?;
    let top = view! {
        <section class="admin-notice" role="status">
            <p>{portineria_app::i18n::t_args(lang, "admin-reset-link-created", &[("email", user.email.clone().into())])}</p>
            <p><code class="invitation-link">{link}</code></p>
        </section>
    }
    .into_any();
    people_page(&state, &admin, top, StatusCode::OK).await
}

/// A coordinator's form about the account `id` (from the URL): the account and the form's
/// values, once the person and the token are checked.
async fn account_form(
    state: &AppState,
    admin: &Admin,
    id: &str,
    form: Form,
) -> Result<(crate::db::User, FormValues), AdminError> {
    admin.require_coordinator()?;
    let form = form.checked(admin)?;
    let user = state.db.user_by_id(super::organizations::number(id)?).await?.ok_or(AdminError::NotFound)?;
    Ok((user, form))
}

/// Removes another account's second factor (a lost phone); audited.
pub async fn reset_mfa(
    State(state): State<AppState>,
    admin: Admin,
    Path(id): Path<String>,
    form: Form,
) -> Result<Response, AdminError> {
    let (user, _) = account_form(&state, &admin, &id, form).await?;
    let line = AuditLine { action: AuditAction::MfaReset, target: &user.email, detail: "" };
    state.db.reset_mfa(user.id, (admin.actor(), line)).await?;
    let text =
        portineria_app::i18n::t_args(admin.lang, "admin-mfa-reset-done", &[("email", user.email.clone().into())]);
    people_page(&state, &admin, super::page::notice(Some(text)), StatusCode::OK).await
}

/// Changes an account's role, whether it may log in, and its organisations.
pub async fn update(
    State(state): State<AppState>,
    admin: Admin,
    Path(id): Path<String>,
    form: Form,
) -> Result<Response, AdminError> {
    let (user, form) = account_form(&state, &admin, &id, form).await?;
    let id = user.id;
    let role: Role = first(&form, "role").parse().map_err(|_| AdminError::BadRequest("admin-error-choice"))?;
    let active = !first(&form, "active").is_empty();
    if user.id == admin.user.id && (role != user.role || !active) {
        return Err(AdminError::BadRequest("admin-error-self"));
    }
    state.db.set_user_access(id, role, active).await?;
    let wanted = ticked(&state, &form).await?;
    for org in state.db.organization_entries().await? {
        state.db.set_membership(id, org.id, wanted.contains(&org.id)).await?;
    }
    let detail = format!("role={role} active={active} organizations={wanted:?}");
    state.db.audit(admin.actor(), AuditAction::UpdateAccount, &user.email, &detail).await?;
    Ok(Redirect::to(&urls::done(urls::PEOPLE, "saved")).into_response())
}

/// A new organisation, published at once with its name and description in Italian.
pub async fn create_organization(
    State(state): State<AppState>,
    admin: Admin,
    form: Form,
) -> Result<Response, AdminError> {
    admin.require_coordinator()?;
    let form = form.checked(&admin)?;
    let slug = first(&form, "slug").trim().to_string();
    let name = first(&form, "name").trim().to_string();
    let description = first(&form, "description").trim().to_string();
    let problem = if !crate::content::is_slug(&slug) {
        Some("admin-error-slug")
    } else if state.db.slug_taken_elsewhere("organization", &slug, 0).await? {
        Some("admin-error-slug-taken")
    } else if name.is_empty() || description.is_empty() {
        Some("admin-error-required-italian")
    } else if name.chars().count() > crate::content::editor::form::MAX_LINE_CHARS
        || description.chars().count() > crate::content::editor::form::MAX_TEXT_CHARS
    {
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
        source: None,
        organization: Organization {
            slug: slug.clone(),
            website: None,
            email: None,
            phones: Vec::new(),
            name: italian(name),
            description: italian(description),
        },
        locations: Vec::new(),
        programmes: Vec::new(),
        services: Vec::new(),
        events: Vec::new(),
        statuses: BTreeMap::new(),
    };
    match create(&state.publisher(), &doc, admin.actor()).await {
        Ok(_) => Ok(Redirect::to(&urls::done(&urls::org(&slug).page(), "created")).into_response()),
        Err(CommitError::Invalid(_) | CommitError::Conflict { .. }) => {
            Err(AdminError::BadRequest("admin-error-document"))
        }
        Err(CommitError::Db(e)) => Err(e.into()),
    }
}
