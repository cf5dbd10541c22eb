//! The daily e-mail to each organisation's editors, when the deployment has an SMTP server:
//! open reports from visitors, entries nobody has confirmed for [`STALE_DAYS`] days, and
//! programmes about to end, the dashboard's lists for their organisation. Sent from the
//! hourly housekeeping once Rome's clock passes `PORTINERIA_DIGEST_HOUR`, only on days with
//! something to say, in each editor's admin language. Each organisation's digest of a day
//! is claimed in the database before it is sent, so several instances send it once.

use super::dashboard::service::{attention, Attention, STALE_DAYS};
use super::feedback::{self, service::ServiceFeedback};
use super::{urls, AdminError};
use crate::content::editor::Kind;
use crate::db::DashboardOrganization;
use crate::state::AppState;
use chrono::{DateTime, NaiveDate, Timelike, Utc};
use portineria_app::i18n::{format_partial_date, t, t_args};
use portineria_app::lang::Lang;

/// Claims older than this are forgotten.
pub const CLAIMS_KEPT_DAYS: i64 = 30;

/// What one organisation's editors are told.
#[derive(Debug, Default, PartialEq)]
pub struct Digest {
    pub organization: String,
    pub slug: String,
    /// Services with open reports, with how many.
    pub reports: Vec<(String, usize)>,
    /// Entries to confirm again (services and programmes), by title.
    pub stale: Vec<String>,
    /// Programmes ending soon, with their last day.
    pub ending: Vec<(String, NaiveDate)>,
}

impl Digest {
    pub fn is_empty(&self) -> bool {
        self.reports.is_empty() && self.stale.is_empty() && self.ending.is_empty()
    }

    /// The organisation's part of the dashboard's lists.
    pub fn of(org: &DashboardOrganization, queue: &[ServiceFeedback], attention: &Attention) -> Self {
        let slug = &org.organization.slug;
        Self {
            organization: org.organization.name.clone(),
            slug: slug.clone(),
            reports: queue
                .iter()
                .filter(|s| &s.org_slug == slug && !s.open.is_empty())
                .map(|s| (s.title.clone(), s.open.len()))
                .collect(),
            stale: attention.stale.iter().filter(|(l, _)| &l.slug == slug).map(|(l, _)| l.title.clone()).collect(),
            ending: attention
                .ending
                .iter()
                .filter(|(l, _)| &l.slug == slug && l.kind == Kind::Programme)
                .map(|(l, end)| (l.title.clone(), *end))
                .collect(),
        }
    }

    /// The subject and the plain-text body in `lang`, with links under `site` (the public
    /// address).
    pub fn render(&self, lang: Lang, site: &str) -> (String, String) {
        let org = || [("organization", self.organization.as_str().into())];
        let mut body = vec![t_args(lang, "digest-greeting", &org()), String::new()];
        if !self.reports.is_empty() {
            body.push(t(lang, "digest-reports"));
            for (service, count) in &self.reports {
                body.push(format!(
                    "- {}",
                    t_args(
                        lang,
                        "digest-report-line",
                        &[("service", service.as_str().into()), ("count", (*count).into())]
                    )
                ));
            }
            body.push(t_args(lang, "digest-reports-link", &[("link", format!("{site}{}", urls::FEEDBACK).into())]));
            body.push(String::new());
        }
        if !self.stale.is_empty() {
            body.push(t_args(lang, "digest-stale", &[("days", (STALE_DAYS as usize).into())]));
            body.extend(self.stale.iter().map(|title| format!("- {title}")));
            let link = format!("{site}{}", urls::org(&self.slug).page());
            body.push(t_args(lang, "digest-stale-link", &[("link", link.into())]));
            body.push(String::new());
        }
        if !self.ending.is_empty() {
            body.push(t(lang, "digest-ending"));
            for (programme, end) in &self.ending {
                let date = format_partial_date(lang, &end.to_string());
                body.push(format!(
                    "- {}",
                    t_args(
                        lang,
                        "digest-ending-line",
                        &[("programme", programme.as_str().into()), ("date", date.into())]
                    )
                ));
            }
            body.push(String::new());
        }
        body.push(t_args(lang, "digest-footer", &org()));
        (strip_isolation(&t_args(lang, "digest-subject", &org())), strip_isolation(&body.join("\n")))
    }
}

/// Fluent wraps placeables in Unicode isolation marks, which plain-text mail readers show
/// as boxes and which break links.
pub fn strip_isolation(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

/// What one round did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Round {
    /// Digests sent (each to every editor of its organisation).
    pub sent: usize,
    /// E-mails that could not be sent.
    pub failed: usize,
}

/// Sends the digests due at `now`: nothing without an SMTP server, before the digest hour,
/// or for an organisation whose digest of the day another round (or instance) claimed.
pub async fn send_due(state: &AppState, now: DateTime<Utc>) -> Result<Round, AdminError> {
    let mut round = Round::default();
    let (Some(mailer), Some(site)) = (&state.admin.mailer, &state.directory.settings().public_url) else {
        return Ok(round);
    };
    let rome = now.with_timezone(&chrono_tz::Europe::Rome);
    if rome.hour() < state.admin.digest_hour {
        return Ok(round);
    }
    let (today, site) = (rome.date_naive(), site.trim_end_matches('/'));
    let rows = state.db.dashboard(None).await?;
    let attention = attention(&rows, now, today);
    let queue = feedback::of_organizations(state, &rows).await?;
    let day = today.to_string();
    for org in &rows {
        let digest = Digest::of(org, &queue, &attention);
        let id = org.organization.id;
        if digest.is_empty() || !state.db.claim_digest(id, &day).await? {
            continue;
        }
        let editors = state.db.editors_of(id).await?;
        let mut delivered = 0;
        for editor in &editors {
            let lang = Lang::from_code(&editor.lang).unwrap_or(Lang::It);
            let (subject, body) = digest.render(lang, site);
            match mailer.send(&editor.email, &subject, body).await {
                Ok(()) => delivered += 1,
                Err(e) => {
                    tracing::error!(organization = %digest.slug, "digest not sent: {e}");
                    round.failed += 1;
                }
            }
        }
        if delivered == 0 && !editors.is_empty() {
            // Nobody got it: the next round tries again (who got it is never sent it twice).
            state.db.release_digest(id, &day).await?;
        } else if delivered > 0 {
            round.sent += 1;
        }
    }
    state.db.forget_digests_before(&(today - chrono::Duration::days(CLAIMS_KEPT_DAYS)).to_string()).await?;
    Ok(round)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digest() -> Digest {
        Digest {
            organization: "Cooperativa Prova".into(),
            slug: "prova".into(),
            reports: vec![("Sportello casa".into(), 1), ("Scuola di italiano".into(), 3)],
            stale: vec!["Sportello lavoro".into()],
            ending: vec![("Progetto estate".into(), NaiveDate::from_ymd_opt(2027, 1, 31).expect("date"))],
        }
    }

    /// Every section, its lines and links, in every language, as plain text.
    #[test]
    fn a_digest_reads_as_plain_text_in_every_language() {
        for lang in Lang::ALL {
            let (subject, body) = digest().render(lang, "https://p.example");
            assert!(subject.contains("Cooperativa Prova"), "{lang}: {subject}");
            for expected in [
                "Sportello casa",
                "Scuola di italiano",
                "https://p.example/admin/feedback",
                "Sportello lavoro",
                "https://p.example/admin/orgs/prova",
                "Progetto estate",
                "180",
            ] {
                assert!(body.contains(expected), "{lang}: {expected} in\n{body}");
            }
            assert!(!body.contains(['\u{2068}', '\u{2069}']) && !subject.contains('\u{2068}'), "{lang}");
            assert!(!body.contains("{ $"), "{lang}: every placeable filled");
        }
        let (_, body) = digest().render(Lang::It, "https://p.example");
        assert!(body.contains("- Scuola di italiano: 3 segnalazioni aperte"), "{body}");
        assert!(body.contains("- Sportello casa: una segnalazione aperta"), "{body}");
        assert!(Digest { organization: "x".into(), ..Default::default() }.is_empty());
    }
}
