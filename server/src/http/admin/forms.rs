//! Reading a posted form: bounded in size, UTF-8 checked, every value kept (a multiple
//! choice sends a name several times), and the CSRF token checked before anything else.

use super::session::Admin;
use super::AdminError;
use crate::content::editor::form::{first, FormValues};
use axum::body::Body;
use axum::extract::{FromRequest, Request};

/// The largest form accepted: a whole service in five languages is far below it.
pub const MAX_FORM_BYTES: usize = 512 * 1024;
/// A larger body is still read up to this size before it is refused, so that the browser
/// gets the 413 page instead of a broken connection; beyond it the connection is dropped.
pub const DRAIN_BYTES: usize = 4 * 1024 * 1024;

/// A posted `application/x-www-form-urlencoded` form.
pub struct Form(pub FormValues);

impl<S: Send + Sync> FromRequest<S> for Form {
    type Rejection = AdminError;

    async fn from_request(request: Request<Body>, _: &S) -> Result<Self, Self::Rejection> {
        let bytes = axum::body::to_bytes(request.into_body(), DRAIN_BYTES).await.map_err(|_| AdminError::TooLarge)?;
        if bytes.len() > MAX_FORM_BYTES {
            return Err(AdminError::TooLarge);
        }
        // The decoder would quietly replace bytes that are not UTF-8; refuse them instead.
        let malformed = AdminError::BadRequest("admin-error-malformed");
        let text = std::str::from_utf8(&bytes).map_err(|_| malformed.clone())?;
        if crate::http::query::malformed_query(text) {
            return Err(malformed);
        }
        let pairs: Vec<(String, String)> = serde_urlencoded::from_str(text).map_err(|_| malformed)?;
        let mut values = FormValues::new();
        for (name, value) in pairs {
            values.entry(name).or_default().push(value);
        }
        Ok(Form(values))
    }
}

impl Form {
    pub fn get(&self, name: &str) -> &str {
        first(&self.0, name)
    }

    /// Checks the form's CSRF token against the session's (ASVS 3.5.1).
    pub fn checked(self, admin: &Admin) -> Result<FormValues, AdminError> {
        admin.check_csrf(self.get("csrf"))?;
        Ok(self.0)
    }
}
