//! Who is asking: the session cookie, its idle and absolute timeouts, the CSRF token every
//! form carries, and the one access check every handler calls.

use super::urls;
use super::AdminError;
use crate::accounts::{random_token, same_secret, token_hash};
use crate::config::MfaPolicy;
use crate::db::{Role, User};
use crate::state::AdminState;
use crate::state::AppState;
use axum::extract::{FromRef, FromRequestParts};
use axum::http::header::{HOST, ORIGIN};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method};
use portineria_app::lang::Lang;
use portineria_app::model::{CookiePurpose, CookieUse};

pub const SESSION_COOKIE: &str = "portineria_admin";
/// The login form's own CSRF cookie (double submit): there is no session yet to hold a token.
pub const LOGIN_COOKIE: &str = "portineria_login";
/// Between a right password and a right second-factor code.
pub const CHALLENGE_COOKIE: &str = "portineria_challenge";

/// A cookie's name as sent: over TLS with the `__Host-` prefix, which browsers accept only
/// with `Secure`, `Path=/` and no `Domain`, so no other host or path can set it.
pub fn cookie_name(state: &AdminState, name: &str) -> String {
    if state.secure_cookies {
        format!("__Host-{name}")
    } else {
        name.to_string()
    }
}

/// Every cookie the site sets, by the name browsers see, for the privacy notice: the public
/// pages' language and the admin area's four. A new cookie belongs here, or the notice's
/// test fails.
pub fn cookies_set(state: &AdminState) -> Vec<CookieUse> {
    let use_of = |name: String, purpose| CookieUse { name, purpose };
    vec![
        use_of(crate::http::cookies::LANG_COOKIE.to_string(), CookiePurpose::Language),
        use_of(cookie_name(state, super::LANG_COOKIE), CookiePurpose::AdminLanguage),
        use_of(cookie_name(state, SESSION_COOKIE), CookiePurpose::AdminSession),
        use_of(cookie_name(state, LOGIN_COOKIE), CookiePurpose::LoginForm),
        use_of(cookie_name(state, CHALLENGE_COOKIE), CookiePurpose::SecondFactor),
    ]
}

/// The value of one of the admin area's cookies in a request.
pub fn read_cookie<'a>(state: &AdminState, headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    crate::http::cookies::cookie(headers, &cookie_name(state, name))
}

/// A `Set-Cookie` value for the admin area: never readable by scripts, not sent by other
/// sites' forms, `__Host-` and `Secure` behind TLS. `None` as value deletes it.
pub fn set_cookie(state: &AdminState, name: &str, value: Option<&str>, same_site: &str) -> HeaderValue {
    let attributes =
        if state.secure_cookies { "Path=/; Secure".to_string() } else { format!("Path={}", urls::DASHBOARD) };
    let (value, age) = match value {
        Some(v) => (v, ""),
        None => ("", "; Max-Age=0"),
    };
    let cookie = format!("{}={value}; {attributes}; HttpOnly; SameSite={same_site}{age}", cookie_name(state, name));
    HeaderValue::from_str(&cookie).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// A logged-in person, for the length of one request.
#[derive(Clone, Debug)]
pub struct Admin {
    pub user: User,
    pub lang: Lang,
    pub csrf: String,
    /// The organisations an editor belongs to (a coordinator may edit all).
    pub organizations: Vec<i64>,
    /// The account must enrol a second factor before anything else.
    pub must_enrol: bool,
    token_hash: String,
}

impl Admin {
    pub fn is_coordinator(&self) -> bool {
        self.user.is_coordinator()
    }

    /// The single access rule: a coordinator may edit every organisation, an editor only
    /// their own. Others' organisations do not exist for them (404, not 403: ids are not
    /// confirmed to strangers).
    pub fn may_edit(&self, org_id: i64) -> Result<(), AdminError> {
        if self.is_coordinator() || self.organizations.contains(&org_id) {
            Ok(())
        } else {
            Err(AdminError::NotFound)
        }
    }

    pub fn require_coordinator(&self) -> Result<(), AdminError> {
        if self.is_coordinator() {
            Ok(())
        } else {
            Err(AdminError::Forbidden)
        }
    }

    /// Checks the token a form carried against the session's.
    pub fn check_csrf(&self, sent: &str) -> Result<(), AdminError> {
        if same_secret(sent, &self.csrf) {
            Ok(())
        } else {
            Err(AdminError::Csrf)
        }
    }

    pub fn actor(&self) -> (Option<i64>, &str) {
        (Some(self.user.id), &self.user.email)
    }

    pub fn session_hash(&self) -> &str {
        &self.token_hash
    }
}

/// Starts a session for `user_id`: a new random id every login (no fixation), the CSRF
/// token with it. Returns the cookie's value.
pub async fn start(state: &AppState, user_id: i64) -> Result<String, AdminError> {
    let token = random_token();
    state.db.create_session(&token_hash(&token), user_id, &random_token()).await?;
    Ok(token)
}

/// Whether a state-changing request comes from this site: browsers send `Origin` on POST;
/// when they do, it must name the host the request was sent to.
pub fn same_origin(method: &Method, headers: &HeaderMap) -> bool {
    if method == Method::GET || method == Method::HEAD {
        return true;
    }
    let Some(origin) = headers.get(ORIGIN).and_then(|o| o.to_str().ok()) else {
        return true;
    };
    let host = headers.get(HOST).and_then(|h| h.to_str().ok()).unwrap_or("");
    let origin_host = origin.split("://").nth(1).unwrap_or("");
    !host.is_empty() && origin_host == host
}

impl<S> FromRequestParts<S> for Admin
where
    S: Send + Sync,
    AppState: FromRef<S>,
{
    type Rejection = AdminError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let state = &AppState::from_ref(state);
        if !same_origin(&parts.method, &parts.headers) {
            return Err(AdminError::Csrf);
        }
        let anonymous = if parts.method == Method::GET { AdminError::LoginFirst } else { AdminError::NotLoggedIn };
        let Some(token) = read_cookie(&state.admin, &parts.headers, SESSION_COOKIE).filter(|t| !t.is_empty()) else {
            return Err(anonymous);
        };
        let hash = token_hash(token);
        let Some(session) = state.db.session(&hash).await? else {
            return Err(anonymous);
        };
        let now = chrono::Utc::now();
        let expired =
            |at: chrono::DateTime<chrono::Utc>, limit: chrono::Duration| now.signed_duration_since(at) > limit;
        let settings = &state.admin;
        if expired(session.last_seen_at, settings.idle_timeout)
            || expired(session.created_at, settings.absolute_timeout)
            || !session.user.active
        {
            state.db.delete_session(&hash).await?;
            return Err(anonymous);
        }
        state.db.touch_session(&hash).await?;
        let organizations = state.db.memberships(session.user.id).await?;
        let lang = Lang::from_code(&session.user.lang).unwrap_or(Lang::It);
        let must_enrol = mfa_required(settings.require_mfa, session.user.role) && !session.user.has_totp;
        // Until then, only the account's own pages (to enrol) and logging out work.
        if must_enrol && !ENROLMENT_PATHS.iter().any(|p| parts.uri.path().starts_with(p)) {
            return Err(AdminError::EnrolFirst);
        }
        Ok(Admin { user: session.user, lang, csrf: session.csrf_token, organizations, must_enrol, token_hash: hash })
    }
}

/// What an account that must enrol a second factor may still reach.
const ENROLMENT_PATHS: [&str; 3] = [urls::ACCOUNT, urls::LOGOUT, urls::LANGUAGE];

/// Whether an account of `role` must log in with a second factor.
pub fn mfa_required(policy: MfaPolicy, role: Role) -> bool {
    match policy {
        MfaPolicy::All => true,
        MfaPolicy::Coordinators => role == Role::Coordinator,
        MfaPolicy::None => false,
    }
}

/// The address a request came from, for the login throttle (empty when unknown): the
/// client [`crate::http::client::resolve`] found, behind a trusted proxy too.
pub struct ClientAddress(pub String);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let client = parts.extensions.get::<crate::http::client::Client>();
        Ok(ClientAddress(client.map(|c| c.address.to_string()).unwrap_or_default()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cross_site_posts_are_refused() {
        let mut headers = HeaderMap::new();
        headers.insert(HOST, HeaderValue::from_static("portineria.example"));
        assert!(same_origin(&Method::POST, &headers));
        headers.insert(ORIGIN, HeaderValue::from_static("https://portineria.example"));
        assert!(same_origin(&Method::POST, &headers));
        headers.insert(ORIGIN, HeaderValue::from_static("https://evil.example"));
        assert!(!same_origin(&Method::POST, &headers));
        assert!(same_origin(&Method::GET, &headers));
    }
}
