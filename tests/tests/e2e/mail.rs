//! E-mail, against a local SMTP server the test starts: the daily digest reaches each
//! organisation's editors once a day in their language (two instances sending at the same
//! instant included), only on days with something to say and not before its hour; one-time
//! links go by e-mail too when the coordinator chooses, and work; a mail server that does not
//! answer loses nothing; and without `PORTINERIA_SMTP_URL` nothing is ever sent.

use chrono::{DateTime, Duration, TimeZone, Utc};
use portineria::config::{Config, MailSettings};
use portineria::http::admin::digest::{send_due, Round};
use portineria_app::i18n::{t, t_args};
use portineria_app::lang::Lang;
use portineria_tests::admin::{account, pairs, Agent};
use portineria_tests::smtp::SmtpSink;
use portineria_tests::{escaped, repo_root, TestServer};

const SITE: &str = "https://portineria.example";
const ANNA: (&str, &str) = ("anna@roma.example", "le fontane di piazza navona cantano");
const BRUNO: (&str, &str) = ("bruno@renken.example", "il tevere scorre lento verso il mare");
const CARLA: (&str, &str) = ("carla@rete.example", "una coordinatrice con la frase lunga");
/// A service of Roma Capitale, and a programme of Renken ending on 31 October 2025.
const SERVICE: &str = "roma-ufficio-immigrazione";
const PROGRAMME: &str = "femminili-plurali-fase-2";

fn mail_to(smtp_url: String) -> impl FnOnce(&mut Config) {
    move |c| {
        c.mail = Some(MailSettings { smtp_url, from: "Portineria <portineria@rete.example>".into() });
        c.public_url = Some(SITE.into());
    }
}

/// A server with Anna editing Roma Capitale (Italian), Bruno editing Renken (Romanian) and
/// Carla coordinating (no organisation of her own).
async fn server(adjust: impl FnOnce(&mut Config)) -> TestServer {
    let server = TestServer::start_with(repo_root().join("content"), adjust);
    account(&server.database_url, ANNA.0, "editor", ANNA.1, &["roma-capitale"]).await;
    account(&server.database_url, BRUNO.0, "editor", BRUNO.1, &["renken-onlus"]).await;
    account(&server.database_url, CARLA.0, "coordinator", CARLA.1, &[]).await;
    let bruno = server.state.db.user_by_email(BRUNO.0).await.expect("read").expect("Bruno").0;
    server.state.db.set_user_lang(bruno.id, "ro").await.expect("language");
    server
}

/// Carla, logged in, invites `email` as an editor, ticking "send the link by e-mail too" if
/// `by_email`: her session and the page she gets.
async fn invited(server: &TestServer, email: &str, by_email: bool) -> (Agent, portineria_tests::admin::Answer) {
    let carla = Agent::logged_in(&server.base, CARLA).await;
    let csrf = carla.csrf().await;
    let mut form = pairs(&[("csrf", &csrf), ("email", email), ("role", "editor")]);
    if by_email {
        form.push(("email_link".into(), "on".into()));
    }
    let page = carla.post("/admin/people", &form).await;
    assert_eq!(page.status.as_u16(), 200, "{email} invited");
    (carla, page)
}

/// Two visitors report the service closed.
async fn two_reports(server: &TestServer) {
    for visit in ["0123456789abcdef0123456789abcdef", "fedcba9876543210fedcba9876543210"] {
        let back = format!("/kiosk/it/services/{SERVICE}?visit={visit}");
        let form = pairs(&[("kind", "closed"), ("note", ""), ("back", &back), ("visit", visit)]);
        let answer = Agent::new(&server.base).post(&format!("/it/services/{SERVICE}/feedback"), &form).await;
        assert_eq!(answer.status.as_u16(), 303);
    }
}

/// A message as plain-text mail carries it: without Fluent's isolation marks.
fn plain(message: &str) -> String {
    message.replace(['\u{2068}', '\u{2069}'], "")
}

/// 8:00 in Rome on 15 September 2025 plus `days`.
fn morning(days: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, 9, 15, 6, 0, 0).unwrap() + Duration::days(days)
}

#[tokio::test]
async fn the_digest_reaches_each_organisations_editors_once_a_day_even_from_two_instances() {
    let sink = SmtpSink::start();
    let server = server(mail_to(sink.url())).await;
    two_reports(&server).await;
    let state = &server.state;
    // Before the digest hour (6:00 in Rome) nothing goes.
    assert_eq!(send_due(state, morning(0) - Duration::hours(2)).await.expect("round"), Round::default());
    for day in 0..3 {
        // Two instances at the same instant: each organisation's digest goes once.
        let (a, b) = tokio::join!(send_due(state, morning(day)), send_due(state, morning(day)));
        let (a, b) = (a.expect("round"), b.expect("round"));
        assert_eq!((a.sent + b.sent, a.failed + b.failed), (2, 0), "day {day}: Roma Capitale and Renken");
        assert_eq!(send_due(state, morning(day) + Duration::hours(5)).await.expect("round").sent, 0, "once a day");
        let mails = sink.wait_for(2 * (day as usize + 1)).await;
        assert_eq!(mails.len(), 2 * (day as usize + 1), "day {day}");
    }
    assert!(sink.to(CARLA.0).is_empty(), "a coordinator of no organisation gets none");
    let anna = sink.to(ANNA.0);
    assert_eq!(anna.len(), 3);
    let roma = state.db.document("roma-capitale").await.expect("read").expect("Roma Capitale");
    let name = roma.published.organization.name.italian().to_string();
    let subject = plain(&t_args(Lang::It, "digest-subject", &[("organization", name.as_str().into())]));
    assert_eq!(anna[0].header("Subject").as_deref(), Some(subject.as_str()));
    let text = anna[0].text();
    let line = t_args(Lang::It, "digest-report-line", &[("service", "x".into()), ("count", 2.into())]);
    let count_words = plain(&line).replace("x: ", "");
    assert!(text.contains(&count_words), "two open reports: {text}");
    assert!(text.contains(&format!("{SITE}/admin/feedback")), "the link to the queue: {text}");
    assert!(!text.contains('\u{2068}'), "no isolation marks in plain text");
    // Bruno reads his in Romanian: the programme ending on 31 October.
    let bruno = sink.to(BRUNO.0);
    assert_eq!(bruno.len(), 3);
    let text = bruno[0].text();
    assert!(text.contains(&plain(&t(Lang::Ro, "digest-ending"))), "{text}");
    assert!(text.contains("2025"), "its last day: {text}");
    let programme_name = state
        .db
        .document("renken-onlus")
        .await
        .expect("read")
        .expect("Renken")
        .published
        .programmes
        .iter()
        .find(|p| p.slug == PROGRAMME)
        .map(|p| p.name.italian().to_string())
        .expect("programme");
    assert!(text.contains(&programme_name), "{text}");

    // Half a year on, every entry wants confirming again: the list and its link.
    let later = (Utc::now() + Duration::days(200)).date_naive().and_hms_opt(9, 0, 0).expect("9:00").and_utc();
    let round = send_due(state, later).await.expect("round");
    assert_eq!(round, Round { sent: 2, failed: 0 }, "the two organisations with editors");
    let anna = sink.wait_for(8).await.into_iter().filter(|m| m.to == [ANNA.0]).collect::<Vec<_>>();
    let text = anna.last().expect("a digest").text();
    assert!(text.contains(&format!("{SITE}/admin/orgs/roma-capitale")), "{text}");
    assert!(text.contains("Ufficio Immigrazione"), "a stale service by name: {text}");
}

#[tokio::test]
async fn one_time_links_go_by_email_and_a_silent_mail_server_loses_nothing() {
    let sink = SmtpSink::start();
    let server = server(mail_to(sink.url())).await;
    let people = Agent::logged_in(&server.base, CARLA).await.get("/admin/people").await;
    assert!(people.body.contains("name=\"email_link\" value=\"on\" checked"), "offered, ticked");
    let (carla, invite) = invited(&server, "nuova@persona.example", true).await;
    let emailed = t_args(Lang::It, "admin-link-emailed", &[("email", "nuova@persona.example".into())]);
    assert!(invite.body.contains(&escaped(&emailed)), "the page says it went by e-mail");
    let start = invite.body.find(&format!("{SITE}/admin/invitation/")).expect("the link on screen");
    let link: String = invite.body[start..].chars().take_while(|c| *c != '<').collect();
    let mails = sink.wait_for(1).await;
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].to, ["nuova@persona.example"]);
    assert_eq!(mails[0].header("Subject").as_deref(), Some(plain(&t(Lang::It, "mail-invitation-subject")).as_str()));
    assert!(mails[0].text().contains(&link), "the same link: {}", mails[0].text());
    let opened = Agent::new(&server.base).get(&link.replace(SITE, "")).await;
    assert_eq!(opened.status.as_u16(), 200, "the e-mailed link works");

    // A reset link for Bruno, in his language.
    let bruno = server.state.db.user_by_email(BRUNO.0).await.expect("read").expect("Bruno").0;
    let csrf = carla.csrf().await;
    let reset = carla
        .post(&format!("/admin/people/{}/reset", bruno.id), &pairs(&[("csrf", &csrf), ("email_link", "on")]))
        .await;
    assert_eq!(reset.status.as_u16(), 200);
    let mails = sink.wait_for(2).await;
    let to_bruno = mails.iter().find(|m| m.to == [BRUNO.0]).expect("Bruno's e-mail");
    assert_eq!(to_bruno.header("Subject").as_deref(), Some(plain(&t(Lang::Ro, "mail-reset-subject")).as_str()));
    // The coordinator may choose not to: then only the screen has it.
    let (_, unticked) = invited(&server, "terza@persona.example", false).await;
    assert!(unticked.body.contains(&format!("{SITE}/admin/invitation/")));
    assert!(!unticked.body.contains("link-emailed"));
    let csrf = carla.csrf().await;
    carla.post(&format!("/admin/people/{}/reset", bruno.id), &pairs(&[("csrf", &csrf)])).await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(sink.to("terza@persona.example").is_empty());
    assert_eq!(sink.to(BRUNO.0).len(), 1, "no second e-mail to Bruno");

    // A mail server that does not answer: the link is still shown, the account made.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("port").local_addr().expect("address").port();
    let silent = server_with_closed_port(closed).await;
    let (_, invite) = invited(&silent, "altra@persona.example", true).await;
    let failed = t_args(Lang::It, "admin-link-email-failed", &[("email", "altra@persona.example".into())]);
    assert!(invite.body.contains(&escaped(&failed)), "the page says to hand the link over");
    assert!(invite.body.contains(&format!("{SITE}/admin/invitation/")), "and shows it");
    assert!(silent.state.db.user_by_email("altra@persona.example").await.expect("read").is_some());
}

async fn server_with_closed_port(port: u16) -> TestServer {
    server(mail_to(format!("smtp://127.0.0.1:{port}"))).await
}

#[tokio::test]
async fn without_an_smtp_server_nothing_is_ever_sent() {
    let sink = SmtpSink::start();
    let server = server(|_| {}).await;
    two_reports(&server).await;
    for day in [0, 200] {
        assert_eq!(send_due(&server.state, morning(day)).await.expect("round"), Round::default());
    }
    let (_, invite) = invited(&server, "nuova@persona.example", true).await;
    assert!(invite.body.contains("/admin/invitation/"), "the link is shown to hand over");
    assert!(!invite.body.contains("name=\"email_link\""), "and no e-mail is offered");
    assert!(!invite.body.contains("link-emailed"), "and nothing claims it went by e-mail");
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(sink.mails().is_empty());
}
