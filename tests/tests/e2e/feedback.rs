//! Feedback from a service's page to its organisation's verification queue, over HTTP as a
//! browser without JavaScript sends it: anonymous and masked, once per kiosk visit,
//! throttled and capped under parallel floods, visible only to the organisation's editors
//! and the coordinator, and handled once with an audit line even when two people press at
//! the same instant or a publication runs meanwhile.

use portineria::db::{Database, NewFeedback};
use portineria::feedback::FEEDBACK_THROTTLE;
use portineria_app::feedback::{FeedbackKind, FeedbackStatus};
use portineria_app::i18n::t;
use portineria_app::lang::Lang;
use portineria_tests::admin::{account, entry_form_of, hidden, pairs, set, Agent, Answer};
use portineria_tests::{escaped, repo_root, sql_number, TestServer};
use std::sync::Arc;

const ORG: &str = "cooperativa-san-donato";
const SERVICE: &str = "san-donato-regolarizzazione-giuridica";
const OTHER_SERVICE: &str = "san-donato-sostegno-abitativo";
const ANNA: (&str, &str) = ("anna@sandonato.example", "la barca scivola sul lago calmo");
const BRUNO: (&str, &str) = ("bruno@sandonato.example", "il treno arriva sempre in ritardo");
const OUTSIDER: (&str, &str) = ("olga@renken.example", "un altro ente con la sua frase");
const CARLA: (&str, &str) = ("carla@rete.example", "una coordinatrice con la frase lunga");
const VISIT: &str = "0123456789abcdef0123456789abcdef";

async fn server() -> TestServer {
    let server = TestServer::start(repo_root().join("content"));
    account(&server.database_url, ANNA.0, "editor", ANNA.1, &[ORG]).await;
    account(&server.database_url, BRUNO.0, "editor", BRUNO.1, &[ORG]).await;
    account(&server.database_url, OUTSIDER.0, "editor", OUTSIDER.1, &["renken-onlus"]).await;
    account(&server.database_url, CARLA.0, "coordinator", CARLA.1, &[]).await;
    server
}

/// What a service page's form sends, from the kiosk page of `visit` (or the public page).
async fn report(visitor: &Agent, lang: Lang, service: &str, kind: &str, note: &str, visit: Option<&str>) -> Answer {
    let back = match visit {
        Some(visit) => format!("/kiosk/{lang}/services/{service}?visit={visit}"),
        None => format!("/{lang}/services/{service}"),
    };
    let mut form = pairs(&[("kind", kind), ("note", note), ("back", &back)]);
    if let Some(visit) = visit {
        form.push(("visit".into(), visit.into()));
    }
    visitor.post(&format!("/{lang}/services/{service}/feedback"), &form).await
}

/// The status the answer sends the page back with.
fn status(answer: &Answer) -> FeedbackStatus {
    assert_eq!(answer.status.as_u16(), 303, "a redirect back to the page: {}", answer.body);
    let location = answer.location();
    assert!(location.ends_with("#feedback"), "back to the feedback block: {location}");
    let word = location.split("feedback=").nth(1).and_then(|rest| rest.split(['&', '#']).next()).unwrap_or("");
    FeedbackStatus::parse(word).unwrap_or_else(|| panic!("a status in {location}"))
}

async fn rows(server: &TestServer) -> i64 {
    sql_number(&server.database_url, "SELECT COUNT(*) FROM feedback").await
}

#[tokio::test]
async fn a_report_reaches_its_organisations_queue_masked_and_is_handled_once() {
    let server = server().await;
    let visitor = Agent::new(&server.base);
    let note = "مغلق. اتصلوا بي ٠١١٩٨٧٦٥٤٣ أو ali@example.it";
    let answer = report(&visitor, Lang::Ar, SERVICE, "closed", note, Some(VISIT)).await;
    assert_eq!(status(&answer), FeedbackStatus::Thanks);
    assert!(answer.location().starts_with(&format!("/kiosk/ar/services/{SERVICE}?visit={VISIT}&feedback=thanks")));
    assert!(answer.headers.get("set-cookie").is_none(), "no cookie for feedback");
    // The page it lands on says thanks, in Arabic.
    let page = visitor.get(answer.location().split('#').next().unwrap()).await;
    assert!(page.body.contains(&escaped(&t(Lang::Ar, "feedback-status-thanks"))), "the kiosk page says thanks");

    // The editors of the organisation see it, masked; an editor of another one does not.
    let anna = Agent::logged_in(&server.base, ANNA).await;
    let queue = anna.get("/admin/feedback").await;
    assert!(queue.body.contains("مغلق. اتصلوا بي […] أو […]"), "masked note in the queue: {}", queue.body);
    assert!(!queue.body.contains("٠١١٩٨٧٦٥٤٣") && !queue.body.contains("ali@example.it"), "nothing unmasked stored");
    let stored = sql_number(&server.database_url, "SELECT COUNT(*) FROM feedback WHERE note LIKE '%example%'").await;
    assert_eq!(stored, 0, "the database never had the e-mail");
    let dashboard = anna.get("/admin").await;
    assert!(dashboard.body.contains(&format!("/admin/feedback#service-{SERVICE}")), "the dashboard lists the service");
    let outsider = Agent::logged_in(&server.base, OUTSIDER).await;
    assert!(!outsider.get("/admin/feedback").await.body.contains(SERVICE), "not in another organisation's queue");
    let carla = Agent::logged_in(&server.base, CARLA).await;
    assert!(carla.get("/admin/feedback").await.body.contains(SERVICE), "the coordinator sees every queue");

    let handle =
        format!("/admin/feedback/{}/handled", sql_number(&server.database_url, "SELECT MAX(id) FROM feedback").await);
    let csrf = hidden(&outsider.get("/admin/feedback").await.body, "csrf");
    assert_eq!(
        outsider.post(&handle, &pairs(&[("csrf", &csrf)])).await.status.as_u16(),
        404,
        "not theirs: it does not exist for them"
    );

    // Two editors press "handled" at the same instant: one handles it, the other is told.
    let bruno = Agent::logged_in(&server.base, BRUNO).await;
    let (anna_csrf, bruno_csrf) = (hidden(&queue.body, "csrf"), bruno.csrf().await);
    let (anna_form, bruno_form) = (pairs(&[("csrf", &anna_csrf)]), pairs(&[("csrf", &bruno_csrf)]));
    let (a, b) = tokio::join!(anna.post(&handle, &anna_form), bruno.post(&handle, &bruno_form));
    let mut words = [a.location().to_string(), b.location().to_string()];
    words.sort();
    assert_eq!(words, ["/admin/feedback?done=already-handled", "/admin/feedback?done=handled"]);
    let audit =
        sql_number(&server.database_url, "SELECT COUNT(*) FROM audit_log WHERE action = 'feedback-handled'").await;
    assert_eq!(audit, 1, "one audit line");
    assert!(!anna.get("/admin/feedback").await.body.contains("مغلق"), "handled reports leave the queue");
    assert!(carla.get("/admin/audit").await.body.contains(SERVICE), "the audit log names the service");
}

#[tokio::test]
async fn a_kiosk_visit_votes_once_and_reports_once_per_service_even_at_the_same_instant() {
    let server = server().await;
    let visitor = Arc::new(Agent::new(&server.base));
    let sends = (0..10).map(|i| {
        let visitor = visitor.clone();
        async move {
            let kind = if i % 2 == 0 { "no-answer" } else { "wrong" };
            status(&report(&visitor, Lang::Zh, SERVICE, kind, "", Some(VISIT)).await)
        }
    });
    let answers = futures::future::join_all(sends).await;
    let thanks = answers.iter().filter(|s| **s == FeedbackStatus::Thanks).count();
    assert_eq!(thanks, 1, "one report per visit and service: {answers:?}");
    assert!(answers.iter().all(|s| matches!(s, FeedbackStatus::Thanks | FeedbackStatus::Already)));
    // A vote is apart from a report, another service apart from this one, a new visit anew.
    assert_eq!(status(&report(&visitor, Lang::Zh, SERVICE, "useful", "", Some(VISIT)).await), FeedbackStatus::Thanks);
    assert_eq!(
        status(&report(&visitor, Lang::Zh, SERVICE, "not-useful", "", Some(VISIT)).await),
        FeedbackStatus::Already
    );
    assert_eq!(
        status(&report(&visitor, Lang::Zh, OTHER_SERVICE, "closed", "", Some(VISIT)).await),
        FeedbackStatus::Thanks
    );
    let next = "fedcba9876543210fedcba9876543210";
    assert_eq!(status(&report(&visitor, Lang::Zh, SERVICE, "closed", "", Some(next)).await), FeedbackStatus::Thanks);
    assert_eq!(rows(&server).await, 4);
}

#[tokio::test]
async fn one_address_is_throttled_exactly_at_its_limit_under_a_parallel_flood() {
    let server = server().await;
    let visitor = Arc::new(Agent::new(&server.base));
    let flood = (0..50).map(|_| {
        let visitor = visitor.clone();
        async move { status(&report(&visitor, Lang::Ro, SERVICE, "useful", "", None).await) }
    });
    let answers = futures::future::join_all(flood).await;
    let thanks = answers.iter().filter(|s| **s == FeedbackStatus::Thanks).count();
    let waits = answers.iter().filter(|s| **s == FeedbackStatus::Wait).count();
    assert_eq!(thanks as i64, FEEDBACK_THROTTLE.free_attempts, "{answers:?}");
    assert_eq!(thanks + waits, 50);
    assert_eq!(rows(&server).await, FEEDBACK_THROTTLE.free_attempts, "what was refused was not stored");
    let page = visitor.get(&format!("/ro/services/{SERVICE}?feedback=wait")).await;
    assert!(page.body.contains(&escaped(&t(Lang::Ro, "feedback-status-wait"))), "the page says to wait, in Romanian");
}

#[tokio::test]
async fn the_days_cap_holds_when_the_last_places_are_taken_in_parallel() {
    let server = server().await;
    let db = Database::open(&server.database_url).await.expect("database");
    let cap = portineria::db::MAX_FEEDBACK_PER_DAY;
    let today = chrono::Utc::now() - chrono::Duration::minutes(1);
    for i in 0..cap - 5 {
        let visit = format!("prefill-{i}");
        let new =
            NewFeedback { service: SERVICE, kind: FeedbackKind::Useful, lang: Lang::It, note: "", visit: Some(&visit) };
        db.record_feedback(new, today).await.expect("prefill");
    }
    db.close().await;
    // Twenty visits at once (each its own, from the kiosk's one address) for the last five places.
    let visitor = Arc::new(Agent::new(&server.base));
    let last = (0..20).map(|i| {
        let visitor = visitor.clone();
        async move {
            let visit = format!("{i:032x}");
            status(&report(&visitor, Lang::Sq, SERVICE, "closed", "", Some(&visit)).await)
        }
    });
    let answers = futures::future::join_all(last).await;
    let thanks = answers.iter().filter(|s| **s == FeedbackStatus::Thanks).count();
    let full = answers.iter().filter(|s| **s == FeedbackStatus::Full).count();
    assert_eq!((thanks, full), (5, 15), "{answers:?}");
    assert_eq!(rows(&server).await, cap);
}

#[tokio::test]
async fn bad_feedback_gets_a_translated_answer_and_stores_nothing() {
    let server = server().await;
    let visitor = Agent::new(&server.base);
    for (kind, note, service) in
        [("praise", "", SERVICE), ("closed", &"x".repeat(501) as &str, SERVICE), ("closed", "", "no-such-service")]
    {
        assert_eq!(status(&report(&visitor, Lang::Sq, service, kind, note, None).await), FeedbackStatus::Invalid);
    }
    // A `back` elsewhere lands on the service's own page.
    let answer = visitor
        .post(
            &format!("/it/services/{SERVICE}/feedback"),
            &pairs(&[("kind", "useful"), ("back", "https://evil.example/")]),
        )
        .await;
    assert!(answer.location().starts_with(&format!("/it/services/{SERVICE}?feedback=thanks")), "{}", answer.location());
    // Another site's form, and a body that is no form at all: a translated refusal.
    let http = portineria_tests::http();
    let foreign = http
        .post(format!("{}/ar/services/{SERVICE}/feedback", server.base))
        .header("origin", "https://evil.example")
        .form(&[("kind", "closed")])
        .send()
        .await
        .expect("answer");
    assert_eq!(foreign.status().as_u16(), 403);
    assert_eq!(foreign.text().await.expect("text"), t(Lang::Ar, "feedback-status-invalid"));
    let garbage = http
        .post(format!("{}/zh/services/{SERVICE}/feedback", server.base))
        .header("content-type", "application/json")
        .body("{}")
        .send()
        .await
        .expect("answer");
    assert_eq!(garbage.status().as_u16(), 400);
    assert_eq!(garbage.text().await.expect("text"), t(Lang::Zh, "feedback-status-invalid"));
    // Reloading the form's address shows the page.
    let reload = visitor.get(&format!("/ro/services/{SERVICE}/feedback")).await;
    assert_eq!(reload.location(), format!("/ro/services/{SERVICE}"));
    assert_eq!(rows(&server).await, 1, "only the one good vote");
}

#[tokio::test]
async fn reports_sent_while_the_organisation_publishes_all_survive() {
    let server = server().await;
    let anna = Arc::new(Agent::logged_in(&server.base, ANNA).await);
    for round in 0..3 {
        let path = format!("/admin/orgs/{ORG}/services/{SERVICE}");
        let mut fields = entry_form_of(&anna, &path).await;
        set(&mut fields, "name.it", &format!("Regolarizzazione giuridica {round}"));
        set(&mut fields, "action", "publish");
        let visitor = Arc::new(Agent::new(&server.base));
        let reports = (0..6).map(|i| {
            let visitor = visitor.clone();
            async move {
                let visit = format!("{round:016x}{i:016x}");
                status(&report(&visitor, Lang::It, SERVICE, "no-help", "", Some(&visit)).await)
            }
        });
        let (published, answers) = tokio::join!(anna.post(&path, &fields), futures::future::join_all(reports));
        assert_eq!(published.status.as_u16(), 303, "published: {}", published.body);
        assert!(answers.iter().all(|s| *s == FeedbackStatus::Thanks), "{answers:?}");
    }
    assert_eq!(rows(&server).await, 18, "every acknowledged report is stored");
    let queue = anna.get("/admin/feedback").await;
    assert_eq!(
        queue.body.matches(&escaped(&t(Lang::It, "feedback-kind-no-help"))).count(),
        18 + 1,
        "listed, plus the count"
    );
    assert!(queue.body.contains("Regolarizzazione giuridica 2"), "under the service's published name");
}

#[tokio::test]
async fn kiosk_pages_get_a_visit_that_their_links_carry_and_the_reset_drops() {
    let server = server().await;
    let visitor = Agent::new(&server.base);
    let first = visitor.get("/kiosk/ar/?desk=piossasco").await;
    assert_eq!(first.status.as_u16(), 303);
    let location = first.location().to_string();
    let visit = location.split("visit=").nth(1).expect("a visit").to_string();
    assert!(location.starts_with("/kiosk/ar/?desk=piossasco&visit=") && visit.len() == 32, "{location}");
    let page = visitor.get(&location).await;
    assert_eq!(page.status.as_u16(), 200);
    assert!(page.body.contains(&format!("desk=piossasco&amp;visit={visit}")), "links carry the visit");
    assert!(page.body.contains("href=\"/kiosk?desk=piossasco\""), "the language screen starts a new one");
    let another = visitor.get("/kiosk/ar/?desk=piossasco").await.location().to_string();
    assert_ne!(another, location, "each arrival is a new visit");
    // The service page's forms carry it too.
    let service = visitor.get(&format!("/kiosk/zh/services/{SERVICE}?visit={visit}")).await;
    assert!(service.body.contains(&format!("name=\"visit\" value=\"{visit}\"")));
    assert!(service.body.contains(&format!("action=\"/zh/services/{SERVICE}/feedback\"")));
}
