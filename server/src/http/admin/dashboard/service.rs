//! What the dashboard asks attention for: entries nobody has stamped "still accurate" for
//! a long time, and programmes about to end. Worked out from the one query of
//! [`crate::db::Documents::dashboard`]; no HTML here.

use crate::content::editor::{Entry, Kind};
use crate::db::DashboardOrganization;
use chrono::{DateTime, NaiveDate, Utc};

/// Entries not stamped "still accurate" for this long are listed on the dashboard.
pub const STALE_DAYS: i64 = 180;
/// Programmes ending within this many days are listed on the dashboard.
pub const ENDING_SOON_DAYS: i64 = 60;

/// One entry the dashboard lists.
#[derive(Debug, Clone, PartialEq)]
pub struct Listed {
    pub organization: String,
    /// The entry's Italian name.
    pub title: String,
    pub slug: String,
    pub kind: Kind,
    pub id: String,
}

/// The dashboard's two lists.
#[derive(Debug, Default, PartialEq)]
pub struct Attention {
    /// Entries to check again, with when they were last stamped (`None`: never).
    pub stale: Vec<(Listed, Option<DateTime<Utc>>)>,
    /// Programmes ending soon, with their last day.
    pub ending: Vec<(Listed, NaiveDate)>,
}

/// The entries of `organizations` that need attention on `today` (at `now`).
pub fn attention(organizations: &[DashboardOrganization], now: DateTime<Utc>, today: NaiveDate) -> Attention {
    let mut found = Attention::default();
    for org in organizations {
        let Some(published) = &org.published else { continue };
        for kind in [Kind::Service, Kind::Programme] {
            for entry in published.entries(kind) {
                let listed = Listed {
                    organization: org.organization.name.clone(),
                    title: entry.title().to_string(),
                    slug: org.organization.slug.clone(),
                    kind,
                    id: entry.id().to_string(),
                };
                // An entry never stamped counts from the document's first revision.
                let stamp = org.verified.get(&kind.owner(entry.id())).copied();
                let age = stamp.or(org.since).map_or(i64::MAX, |at| (now - at).num_days());
                if age >= STALE_DAYS {
                    found.stale.push((listed.clone(), stamp));
                }
                let end = match &entry {
                    Entry::Programme(programme) => programme.end.as_deref().and_then(crate::period::last_day),
                    _ => None,
                };
                if let Some(end) = end.filter(|end| (0..=ENDING_SOON_DAYS).contains(&(*end - today).num_days())) {
                    found.ending.push((listed, end));
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{OrganizationFile, Programme, Service, Texts};
    use crate::db::OrganizationEntry;
    use chrono::Duration;

    fn italian(text: &str) -> Texts {
        Texts([("it".to_string(), text.to_string())].into())
    }

    fn org(services: &[&str], programmes: &[(&str, &str)]) -> DashboardOrganization {
        let services = services
            .iter()
            .map(|slug| Service { slug: slug.to_string(), name: italian(slug), ..Default::default() })
            .collect();
        let programmes = programmes
            .iter()
            .map(|(slug, end)| Programme {
                slug: slug.to_string(),
                name: italian(slug),
                end: Some(end.to_string()),
                ..Default::default()
            })
            .collect();
        let doc = OrganizationFile { services, programmes, ..Default::default() };
        DashboardOrganization {
            organization: OrganizationEntry { id: 1, slug: "acme".into(), name: "Acme".into(), has_draft: false },
            published: Some(doc),
            verified: Default::default(),
            since: None,
        }
    }

    #[test]
    fn entries_age_from_their_stamp_or_else_from_the_first_revision() {
        let now = Utc::now();
        let today = now.date_naive();
        let mut acme = org(&["old", "fresh", "never"], &[]);
        acme.verified.insert(Kind::Service.owner("old"), now - Duration::days(STALE_DAYS + 1));
        acme.verified.insert(Kind::Service.owner("fresh"), now - Duration::days(STALE_DAYS - 1));
        acme.since = Some(now - Duration::days(10));
        let found = attention(std::slice::from_ref(&acme), now, today);
        let stale: Vec<_> = found.stale.iter().map(|(l, _)| l.id.as_str()).collect();
        assert_eq!(stale, ["old"], "a recent first revision keeps a never-stamped entry off the list");
        acme.since = Some(now - Duration::days(STALE_DAYS));
        let found = attention(&[acme], now, today);
        let stale: Vec<_> = found.stale.iter().map(|(l, at)| (l.id.as_str(), at.is_some())).collect();
        assert_eq!(stale, [("old", true), ("never", false)]);
    }

    #[test]
    fn programmes_ending_within_the_window_are_listed_with_their_last_day() {
        let now = Utc::now();
        let today = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        let acme = org(&[], &[("soon", "2027-01-15"), ("later", "2027-06-30"), ("over", "2026-11-30")]);
        let found = attention(&[acme], now, today);
        let ending: Vec<_> = found.ending.iter().map(|(l, end)| (l.id.as_str(), end.to_string())).collect();
        assert_eq!(ending, [("soon", "2027-01-15".to_string())]);
    }
}
