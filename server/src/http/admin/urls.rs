//! Every link, form action and redirect of the admin area is built here, as
//! `portineria_app::url` does for the public side, so a page can only point at a route
//! the router in `admin/mod.rs` serves (a test greps the other modules for `"/admin`
//! literals). ARCHITECTURE.md §3.

use crate::content::editor::xliff::Filter;
use crate::content::editor::Kind;
use portineria_app::lang::Lang;

/// The dashboard, where a login ends.
pub const DASHBOARD: &str = "/admin";
pub const LOGIN: &str = "/admin/login";
/// The second step of a login, for accounts with a second factor.
pub const LOGIN_CODE: &str = "/admin/login/code";
pub const LOGOUT: &str = "/admin/logout";
pub const LOGOUT_EVERYWHERE: &str = "/admin/logout-everywhere";
/// Where the admin area's language is chosen.
pub const LANGUAGE: &str = "/admin/language";
/// A person's own account page.
pub const ACCOUNT: &str = "/admin/account";
pub const ACCOUNT_PASSWORD: &str = "/admin/account/password";
/// Enrolling a second factor.
pub const ACCOUNT_MFA: &str = "/admin/account/mfa";
/// The coordinator's list of people (and where invitations are posted).
pub const PEOPLE: &str = "/admin/people";
/// Where a coordinator posts a new organisation.
pub const ORGANIZATIONS: &str = "/admin/organizations";
pub const AUDIT: &str = "/admin/audit";
/// What people search for and do not find.
pub const NEEDS: &str = "/admin/needs";
/// The verification queue: what the pages' visitors reported.
pub const FEEDBACK: &str = "/admin/feedback";

/// `path` with the word a redirect brings back (`?done=saved`), shown as a notice.
pub fn done(path: &str, word: &str) -> String {
    format!("{path}?done={word}")
}

/// Marks a feedback report handled.
pub fn feedback_handled(id: i64) -> String {
    format!("{FEEDBACK}/{id}/handled")
}

/// A page of the audit log, the newest first.
pub fn audit_page(page: i64) -> String {
    format!("{AUDIT}?page={page}")
}

/// An invitation's or password reset's one-time link (the path; the caller adds the origin).
pub fn invitation(token: &str) -> String {
    format!("/admin/invitation/{token}")
}

/// The invitation path up to its secret, for logs that must not record the token.
pub const INVITATION_PREFIX: &str = "/admin/invitation/";

/// One person's account form (roles and organisations).
pub fn person(id: i64) -> String {
    format!("{PEOPLE}/{id}")
}

pub fn person_reset(id: i64) -> String {
    format!("{PEOPLE}/{id}/reset")
}

pub fn person_mfa_reset(id: i64) -> String {
    format!("{PEOPLE}/{id}/mfa-reset")
}

/// The links of one organisation's pages.
#[derive(Clone, Copy, Debug)]
pub struct Org<'a> {
    slug: &'a str,
}

/// The links of the organisation `slug`.
pub fn org(slug: &str) -> Org<'_> {
    Org { slug }
}

impl Org<'_> {
    /// The organisation's page: its entries, draft and completeness.
    pub fn page(&self) -> String {
        format!("/admin/orgs/{}", self.slug)
    }

    pub fn publish(&self) -> String {
        format!("{}/publish", self.page())
    }

    pub fn discard(&self) -> String {
        format!("{}/discard", self.page())
    }

    /// What the draft changes.
    pub fn changes(&self) -> String {
        format!("{}/changes", self.page())
    }

    pub fn revisions(&self) -> String {
        format!("{}/revisions", self.page())
    }

    /// Where an XLIFF file is uploaded.
    pub fn translations(&self) -> String {
        format!("{}/translations", self.page())
    }

    /// The XLIFF file of one language holding the texts `filter` picks.
    pub fn translations_file(&self, lang: Lang, filter: Filter) -> String {
        format!("{}/{}.xlf?filter={}", self.translations(), lang.code(), filter.as_str())
    }

    pub fn revision(&self, id: i64) -> String {
        format!("{}/revisions/{id}", self.page())
    }

    pub fn restore(&self, id: i64) -> String {
        format!("{}/revisions/{id}/restore", self.page())
    }

    /// The form for a new entry of `kind`.
    pub fn new_entry(&self, kind: Kind) -> String {
        format!("{}/{}/new", self.page(), kind.segment())
    }

    /// One entry's form (where it is also saved).
    pub fn entry(&self, kind: Kind, id: &str) -> String {
        format!("{}/{}/{id}", self.page(), kind.segment())
    }

    pub fn delete(&self, kind: Kind, id: &str) -> String {
        format!("{}/delete", self.entry(kind, id))
    }

    /// Stamps an entry "still accurate".
    pub fn verify(&self, kind: Kind, id: &str) -> String {
        format!("{}/verify", self.entry(kind, id))
    }

    /// The public page of an entry as the draft would show it, in `lang`.
    pub fn preview(&self, lang: Lang, kind: Kind, id: &str) -> String {
        format!("{}/preview/{}/{}/{id}", self.page(), lang.code(), kind.segment())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_match_the_route_table() {
        let org = org("acme");
        assert_eq!(org.entry(Kind::Service, "help"), "/admin/orgs/acme/services/help");
        assert_eq!(org.verify(Kind::Programme, "p"), "/admin/orgs/acme/programmes/p/verify");
        assert_eq!(org.preview(Lang::Ar, Kind::Service, "s"), "/admin/orgs/acme/preview/ar/services/s");
        assert_eq!(done(&org.page(), "saved"), "/admin/orgs/acme?done=saved");
        assert!(invitation("x").starts_with(INVITATION_PREFIX));
    }

    /// Admin paths are spelt in two places only: the route table (`mod.rs`) and here. A
    /// path typed into a handler or a view could point at a route that moved.
    #[test]
    fn admin_paths_are_spelt_only_in_the_route_table_and_here() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/http");
        let mut files = Vec::new();
        let mut stack = vec![dir];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    files.push(path);
                }
            }
        }
        let exempt = ["admin/mod.rs", "admin/urls.rs"];
        let mut read = 0;
        let mut spelt = Vec::new();
        for path in files.iter().filter(|p| !exempt.iter().any(|e| p.ends_with(e))) {
            let source = std::fs::read_to_string(path).unwrap();
            let code = source.split("#[cfg(test)]").next().unwrap_or_default();
            let literals = crate::content::editor::tests::string_literals(code);
            read += literals.len();
            spelt
                .extend(literals.iter().filter(|l| l.contains("/admin")).map(|l| format!("{}: {l:?}", path.display())));
        }
        assert!(files.len() >= 15 && read > 200, "read {read} literals in {} files", files.len());
        assert!(spelt.is_empty(), "admin paths outside urls.rs:\n{}", spelt.join("\n"));
    }
}
