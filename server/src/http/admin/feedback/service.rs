//! The verification queue's rules: which reports a person sees (their organisations'; a
//! coordinator's, all), grouped by service with counts, the services newest report first.
//! No HTML here.

use crate::content::editor::Kind;
use crate::db::{DashboardOrganization, FeedbackCount, FeedbackReport};
use portineria_app::feedback::FeedbackKind;
use std::collections::BTreeMap;

/// Votes are counted over this many days.
pub const VOTE_DAYS: i64 = 90;

/// One service's feedback as the queue shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceFeedback {
    pub organization: String,
    /// The organisation's slug, for the link to the entry's form.
    pub org_slug: String,
    pub service: String,
    /// The service's Italian name (its slug when no published entry has it any more).
    pub title: String,
    /// Open problem reports, newest first.
    pub open: Vec<FeedbackReport>,
    /// Per kind: open problems, votes over [`VOTE_DAYS`].
    pub counts: BTreeMap<&'static str, i64>,
}

impl ServiceFeedback {
    pub fn count(&self, kind: FeedbackKind) -> i64 {
        self.counts.get(kind.as_str()).copied().unwrap_or(0)
    }
}

/// The queue of the organisations in `organizations` (the ones the person may edit):
/// services with open reports first, newest report first, then those with votes only.
pub fn queue(
    organizations: &[DashboardOrganization],
    reports: Vec<FeedbackReport>,
    counts: Vec<FeedbackCount>,
) -> Vec<ServiceFeedback> {
    let orgs: BTreeMap<i64, &DashboardOrganization> = organizations.iter().map(|o| (o.organization.id, o)).collect();
    let mut services: BTreeMap<(i64, String), ServiceFeedback> = BTreeMap::new();
    let ids = counts
        .iter()
        .map(|c| (c.organization_id, c.service.clone()))
        .chain(reports.iter().map(|r| (r.organization_id, r.service.clone())));
    for (org_id, service) in ids {
        let Some(org) = orgs.get(&org_id) else { continue };
        services.entry((org_id, service.clone())).or_insert_with(|| {
            let title = org
                .published
                .as_ref()
                .and_then(|doc| {
                    doc.entries(Kind::Service).into_iter().find(|e| e.id() == service).map(|e| e.title().to_string())
                })
                .unwrap_or_else(|| service.clone());
            ServiceFeedback {
                organization: org.organization.name.clone(),
                org_slug: org.organization.slug.clone(),
                service,
                title,
                open: Vec::new(),
                counts: BTreeMap::new(),
            }
        });
    }
    for count in counts {
        if let Some(service) = services.get_mut(&(count.organization_id, count.service)) {
            service.counts.insert(count.kind.as_str(), count.count);
        }
    }
    for report in reports {
        if let Some(service) = services.get_mut(&(report.organization_id, report.service.clone())) {
            service.open.push(report);
        }
    }
    let mut list: Vec<ServiceFeedback> = services.into_values().collect();
    // Open reports first, the newest on top; then votes only, by name.
    list.sort_by(|a, b| {
        let newest = |s: &ServiceFeedback| s.open.first().map(|r| r.created_at);
        newest(b).cmp(&newest(a)).then_with(|| a.title.cmp(&b.title))
    });
    list
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{OrganizationFile, Service, Texts};
    use crate::db::OrganizationEntry;
    use chrono::{TimeZone, Utc};

    fn org(id: i64, services: &[(&str, &str)]) -> DashboardOrganization {
        let services = services
            .iter()
            .map(|(slug, name)| Service {
                slug: slug.to_string(),
                name: Texts([("it".to_string(), name.to_string())].into()),
                ..Default::default()
            })
            .collect();
        DashboardOrganization {
            organization: OrganizationEntry {
                id,
                slug: format!("org-{id}"),
                name: format!("Org {id}"),
                has_draft: false,
            },
            published: Some(OrganizationFile { services, ..Default::default() }),
            verified: Default::default(),
            since: None,
        }
    }

    fn report(id: i64, org: i64, service: &str, minute: u32) -> FeedbackReport {
        FeedbackReport {
            id,
            organization_id: org,
            service: service.to_string(),
            kind: FeedbackKind::Closed,
            lang: "ar".to_string(),
            note: String::new(),
            created_at: Utc.with_ymd_and_hms(2026, 12, 1, 10, minute, 0).unwrap(),
        }
    }

    #[test]
    fn the_newest_report_comes_first_and_other_organisations_stay_out() {
        let orgs = [org(1, &[("a", "Sportello A"), ("b", "Sportello B")])];
        let reports = vec![report(3, 1, "b", 30), report(2, 1, "a", 20), report(1, 1, "a", 10), report(4, 2, "x", 40)];
        let counts = vec![
            FeedbackCount { organization_id: 1, service: "a".into(), kind: FeedbackKind::Closed, count: 2 },
            FeedbackCount { organization_id: 1, service: "c".into(), kind: FeedbackKind::Useful, count: 5 },
            FeedbackCount { organization_id: 2, service: "x".into(), kind: FeedbackKind::Closed, count: 1 },
        ];
        let queue = queue(&orgs, reports, counts);
        let titles: Vec<&str> = queue.iter().map(|s| s.title.as_str()).collect();
        // "c" has votes only and no published entry: listed last, by its slug.
        assert_eq!(titles, ["Sportello B", "Sportello A", "c"]);
        assert_eq!(queue[1].open.len(), 2);
        assert_eq!(queue[1].count(FeedbackKind::Closed), 2);
        assert_eq!(queue[2].count(FeedbackKind::Useful), 5);
    }
}
