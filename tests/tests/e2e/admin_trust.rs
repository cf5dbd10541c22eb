//! The admin area under the conditions real partners and real attackers make: two people
//! saving at the same instant, floods of logins, a reverse proxy in front, anonymous
//! visitors writing what they like, slow clients. Each test starts its own server, so what
//! it counts (hashes, bytes, revisions) is its own.

use super::admin::api_hits;
use portineria::config::MfaPolicy;
use portineria::content::OrganizationFile;
use portineria::db::Database;
use portineria_app::i18n::t;
use portineria_app::lang::Lang;
use portineria_tests::admin::{account, entry_form_of, field, form_fields, hidden, pairs, set, Agent, Answer};
use portineria_tests::{escaped, http, repo_root, sql_number, TestServer};
use std::sync::Arc;
use std::time::{Duration, Instant};

const ORG: &str = "cooperativa-san-donato";
const SERVICES: [&str; 3] = [
    "san-donato-accompagnamento-sociale-rom",
    "san-donato-regolarizzazione-giuridica",
    "san-donato-sostegno-abitativo",
];
const ANNA: (&str, &str) = ("anna@sandonato.example", "la barca scivola sul lago calmo");
const BRUNO: (&str, &str) = ("bruno@sandonato.example", "il treno arriva sempre in ritardo");
const CARLA: (&str, &str) = ("carla@rete.example", "una coordinatrice con la frase lunga");

fn service_path(slug: &str) -> String {
    format!("/admin/orgs/{ORG}/services/{slug}")
}

/// A server over the seed content with two editors of San Donato and a coordinator.
async fn server_with(adjust: impl FnOnce(&mut portineria::config::Config)) -> TestServer {
    let server = TestServer::start_with(repo_root().join("content"), adjust);
    account(&server.database_url, ANNA.0, "editor", ANNA.1, &[ORG]).await;
    account(&server.database_url, BRUNO.0, "editor", BRUNO.1, &[ORG]).await;
    account(&server.database_url, CARLA.0, "coordinator", CARLA.1, &[]).await;
    server
}

/// The organisation's documents as the database holds them now.
async fn documents(server: &TestServer) -> portineria::db::DocumentRow {
    let db = Database::open(&server.database_url).await.expect("database");
    let row = db.document(ORG).await.expect("read").expect("organisation");
    db.close().await;
    row
}

fn italian_name(doc: &OrganizationFile, slug: &str) -> String {
    doc.services.iter().find(|s| s.slug == slug).map(|s| s.name.italian().to_string()).unwrap_or_default()
}

/// A save of the service's Italian name, as its form sends it (`draft` or `publish`).
async fn save_name(agent: &Agent, slug: &str, name: &str, action: &str) -> Answer {
    let path = service_path(slug);
    let mut fields = entry_form_of(agent, &path).await;
    set(&mut fields, "name.it", name);
    set(&mut fields, "action", action);
    agent.post(&path, &fields).await
}

/// Two editors of one organisation each save a different service at the same instant, 50
/// times in a row: every save is acknowledged and every acknowledged save is in the draft.
#[tokio::test]
async fn two_partners_saving_different_entries_at_once_both_keep_their_changes() {
    let server = server_with(|_| {}).await;
    let (anna, bruno) = (Agent::logged_in(&server.base, ANNA).await, Agent::logged_in(&server.base, BRUNO).await);
    let (a_path, b_path) = (service_path(SERVICES[0]), service_path(SERVICES[1]));
    for round in 0..50 {
        let (a_name, b_name) = (format!("Anna giro {round}"), format!("Bruno giro {round}"));
        // Both forms are read first, so both saves are based on the same version.
        let (mut a_form, mut b_form) = tokio::join!(entry_form_of(&anna, &a_path), entry_form_of(&bruno, &b_path));
        set(&mut a_form, "name.it", &a_name);
        set(&mut b_form, "name.it", &b_name);
        let (a, b) = tokio::join!(anna.post(&a_path, &a_form), bruno.post(&b_path, &b_form));
        assert_eq!((a.status.as_u16(), b.status.as_u16()), (303, 303), "round {round}: both acknowledged");
        let row = documents(&server).await;
        let draft = row.draft.expect("a draft");
        assert_eq!(italian_name(&draft, SERVICES[0]), a_name, "round {round}: Anna's save kept");
        assert_eq!(italian_name(&draft, SERVICES[1]), b_name, "round {round}: Bruno's save kept");
    }
    // 100 acknowledged saves, 100 revisions (plus the import).
    let db = Database::open(&server.database_url).await.expect("database");
    let row = db.document(ORG).await.expect("read").expect("organisation");
    assert_eq!(db.revisions(row.id, 500).await.expect("revisions").len(), 101);
}

/// A save races a publication of the same organisation, 20 times: each acknowledged save is
/// in the draft or published, and what was published is found by search.
#[tokio::test]
async fn a_save_racing_a_publish_loses_nothing() {
    let server = server_with(|_| {}).await;
    let (anna, bruno) = (Agent::logged_in(&server.base, ANNA).await, Agent::logged_in(&server.base, BRUNO).await);
    let org = format!("/admin/orgs/{ORG}");
    for round in 0..20 {
        // Bruno has a change pending and the organisation's page open with its publish form.
        let pending = format!("Bruno pubblica {round}");
        assert_eq!(save_name(&bruno, SERVICES[1], &pending, "draft").await.status.as_u16(), 303);
        let page = bruno.get(&org).await;
        let publish = form_fields(&page.body, &format!("{org}/publish"));
        assert!(!field(&publish, "version").is_empty(), "the publish form names the draft's version");
        let mut a_form = entry_form_of(&anna, &service_path(SERVICES[0])).await;
        let saved = format!("Anna salva {round}");
        set(&mut a_form, "name.it", &saved);
        let (a_path, publish_path) = (service_path(SERVICES[0]), format!("{org}/publish"));
        let (a, b) = tokio::join!(anna.post(&a_path, &a_form), bruno.post(&publish_path, &publish));
        assert_eq!(a.status.as_u16(), 303, "round {round}: the save is acknowledged");
        assert!([303, 409].contains(&b.status.as_u16()), "round {round}: publish answered {}", b.status);
        let row = documents(&server).await;
        let kept = row.draft.as_ref().is_some_and(|d| italian_name(d, SERVICES[0]) == saved)
            || italian_name(&row.published, SERVICES[0]) == saved;
        assert!(kept, "round {round}: Anna's acknowledged save survived the publication");
        if b.status.as_u16() == 303 {
            assert_eq!(italian_name(&row.published, SERVICES[1]), pending, "round {round}: what Bruno saw is public");
        } else {
            assert!(
                b.body.contains(&escaped(&t(Lang::It, "admin-draft-moved"))),
                "round {round}: the newer draft is shown"
            );
        }
    }
    // Publishing what is left puts the last names in search.
    let page = bruno.get(&org).await;
    let publish = form_fields(&page.body, &format!("{org}/publish"));
    assert_eq!(bruno.post(&format!("{org}/publish"), &publish).await.status.as_u16(), 303);
    let row = documents(&server).await;
    assert!(row.draft.is_none());
    assert_eq!(italian_name(&row.published, SERVICES[0]), "Anna salva 19");
    assert_eq!(italian_name(&row.published, SERVICES[1]), "Bruno pubblica 19");
    let hits = api_hits(&server.base, "Anna salva 19").await;
    assert_eq!(hits.first().map(String::as_str), Some(SERVICES[0]), "found by search at once");
}

/// Two people save the same service at the same instant: one is saved, the other sees the
/// conflict page with both versions and what they typed; nothing is silently overwritten.
#[tokio::test]
async fn the_same_entry_saved_at_once_is_a_conflict_not_an_overwrite() {
    let server = server_with(|_| {}).await;
    let (anna, bruno) = (Agent::logged_in(&server.base, ANNA).await, Agent::logged_in(&server.base, BRUNO).await);
    let path = service_path(SERVICES[2]);
    for round in 0..10 {
        let (mut a_form, mut b_form) = tokio::join!(entry_form_of(&anna, &path), entry_form_of(&bruno, &path));
        let (a_name, b_name) = (format!("Anna stesso {round}"), format!("Bruno stesso {round}"));
        set(&mut a_form, "name.it", &a_name);
        set(&mut b_form, "name.it", &b_name);
        let (a, b) = tokio::join!(anna.post(&path, &a_form), bruno.post(&path, &b_form));
        let mut statuses = [a.status.as_u16(), b.status.as_u16()];
        statuses.sort();
        assert_eq!(statuses, [303, 409], "round {round}: one saved, one conflict");
        let (winner, loser, loser_typed) =
            if a.status.as_u16() == 303 { (a_name, b, b_name) } else { (b_name, a, a_name) };
        assert!(loser.body.contains(&escaped(&t(Lang::It, "admin-conflict-title"))));
        assert_eq!(field(&form_fields(&loser.body, &path), "name.it"), loser_typed, "what they typed is kept");
        assert_eq!(italian_name(documents(&server).await.draft.as_ref().expect("draft"), SERVICES[2]), winner);
    }
}

/// The publish button publishes the draft that was on screen: when it changed since, the
/// newer draft is shown and nothing is published.
#[tokio::test]
async fn a_publish_based_on_an_older_draft_publishes_nothing() {
    let server = server_with(|_| {}).await;
    let (anna, bruno) = (Agent::logged_in(&server.base, ANNA).await, Agent::logged_in(&server.base, BRUNO).await);
    let org = format!("/admin/orgs/{ORG}");
    assert_eq!(save_name(&anna, SERVICES[0], "Prima bozza", "draft").await.status.as_u16(), 303);
    let publish = form_fields(&anna.get(&org).await.body, &format!("{org}/publish"));
    assert_eq!(save_name(&bruno, SERVICES[1], "Aggiunta di Bruno", "draft").await.status.as_u16(), 303);
    let answer = anna.post(&format!("{org}/publish"), &publish).await;
    assert_eq!(answer.status.as_u16(), 409);
    assert!(answer.body.contains("Aggiunta di Bruno"), "the newer draft's changes are listed");
    let row = documents(&server).await;
    assert_ne!(italian_name(&row.published, SERVICES[0]), "Prima bozza", "nothing was published");
    // The page's new form publishes both.
    let publish = form_fields(&answer.body, &format!("{org}/publish"));
    assert_eq!(anna.post(&format!("{org}/publish"), &publish).await.status.as_u16(), 303);
    let row = documents(&server).await;
    assert_eq!(italian_name(&row.published, SERVICES[1]), "Aggiunta di Bruno");
    // A discard based on an older draft keeps the newer save.
    assert_eq!(save_name(&anna, SERVICES[0], "Da scartare", "draft").await.status.as_u16(), 303);
    let discard = form_fields(&anna.get(&org).await.body, &format!("{org}/discard"));
    assert_eq!(save_name(&bruno, SERVICES[1], "Da non perdere", "draft").await.status.as_u16(), 303);
    assert_eq!(anna.post(&format!("{org}/discard"), &discard).await.status.as_u16(), 409);
    let draft = documents(&server).await.draft.expect("the draft is kept");
    assert_eq!(italian_name(&draft, SERVICES[1]), "Da non perdere");
}

/// A slug another organisation holds in its unpublished draft cannot be taken.
#[tokio::test]
async fn slugs_are_unique_across_drafts_too() {
    let server = server_with(|_| {}).await;
    let carla = Agent::logged_in(&server.base, CARLA).await;
    let new_service = |org: &str| format!("/admin/orgs/{org}/services/new");
    let mut fields = form_fields(&carla.get(&new_service("renken-onlus")).await.body, &new_service("renken-onlus"));
    let template =
        entry_form_of(&carla, "/admin/orgs/renken-onlus/services/femminili-plurali-orientamento-lavoro").await;
    for (name, value) in &template {
        if !["csrf", "base", "slug", "action"].contains(&name.as_str()) {
            set(&mut fields, name, value);
        }
    }
    set(&mut fields, "slug", "servizio-conteso");
    set(&mut fields, "action", "draft");
    let created = carla.post(&new_service("renken-onlus"), &fields).await;
    assert_eq!(created.status.as_u16(), 303, "{}", created.body);
    // The same slug for San Donato, while Renken's draft holds it.
    let mut other = form_fields(&carla.get(&new_service(ORG)).await.body, &new_service(ORG));
    for (name, value) in &fields {
        if name != "csrf" && name != "base" {
            set(&mut other, name, value);
        }
    }
    set(&mut other, "action", "publish");
    let refused = carla.post(&new_service(ORG), &other).await;
    assert_eq!(refused.status.as_u16(), 422, "refused, not a 500");
    assert!(italian_name(&documents(&server).await.published, "servizio-conteso").is_empty());
    // Renken publishes its draft without trouble.
    let page = carla.get("/admin/orgs/renken-onlus").await;
    let publish = form_fields(&page.body, "/admin/orgs/renken-onlus/publish");
    assert_eq!(carla.post("/admin/orgs/renken-onlus/publish", &publish).await.status.as_u16(), 303);
}

/// The login address of a test request, as a trusted proxy would forward it.
fn forwarded(address: &str) -> (&'static str, String) {
    ("x-forwarded-for", address.to_string())
}

/// Posts a login form with one pre-login token (the double-submit cookie), through the
/// test's own client (its connections are reused: a flood does not run out of ports).
async fn login_post(
    client: &reqwest::Client,
    base: &str,
    token: &str,
    (email, password): (&str, &str),
    headers: &[(&str, String)],
) -> u16 {
    let mut request = client
        .post(format!("{base}/admin/login"))
        .header("cookie", format!("portineria_login={token}"))
        .form(&[("csrf", token), ("email", email), ("password", password)]);
    for (name, value) in headers {
        request = request.header(*name, value);
    }
    request.send().await.map(|r| r.status().as_u16()).unwrap_or(0)
}

/// A pre-login token from the login form.
async fn login_token(base: &str) -> String {
    let agent = Agent::new(base);
    let page = agent.get("/admin/login").await;
    hidden(&page.body, "csrf")
}

/// 300 wrong logins at once against one account hash at most the 5 the throttle allows
/// (counted inside the server, around the hash), and so do 300 against an unknown one; the
/// right password is refused while the account waits, and accepted after.
#[tokio::test]
async fn three_hundred_parallel_wrong_logins_hash_only_the_allowed_five() {
    let server = server_with(|_| {}).await;
    let client = http();
    let token = login_token(&server.base).await;
    let hashes_before = server.state.admin.hashing.hashes();
    let attempts = (0..300).map(|_| {
        let (client, base, token) = (client.clone(), server.base.clone(), token.clone());
        tokio::spawn(
            async move { login_post(&client, &base, &token, (ANNA.0, "sbagliata ma lunga abbastanza"), &[]).await },
        )
    });
    let statuses: Vec<u16> = futures_all(attempts).await;
    let hashed = server.state.admin.hashing.hashes() - hashes_before;
    assert!(hashed <= 5, "{hashed} hashes for 300 parallel attempts");
    assert_eq!(statuses.iter().filter(|s| **s == 401).count() as u64, hashed, "each hash a refused login");
    assert!(statuses.iter().all(|s| [401, 429, 503].contains(s)), "{statuses:?}");
    // The right password, while the account waits: refused, no hash.
    let before = server.state.admin.hashing.hashes();
    assert_eq!(login_post(&client, &server.base, &token, ANNA, &[]).await, 429);
    assert_eq!(server.state.admin.hashing.hashes(), before);
    // Unknown accounts cost the decoy hash, under the same limit.
    let attempts = (0..300).map(|_| {
        let (client, base, token) = (client.clone(), server.base.clone(), token.clone());
        tokio::spawn(async move {
            login_post(&client, &base, &token, ("nessuno@nowhere.example", "qualunque cosa lunga"), &[]).await
        })
    });
    futures_all(attempts).await;
    assert!(server.state.admin.hashing.hashes() - before <= 5, "the address is throttled too");
    // After the wait (30 s from the fifth failure) the right password works again.
    tokio::time::sleep(Duration::from_secs(31)).await;
    assert_eq!(login_post(&client, &server.base, &token, ANNA, &[]).await, 303, "accepted after the wait");
}

async fn futures_all<T: std::fmt::Debug>(tasks: impl Iterator<Item = tokio::task::JoinHandle<T>>) -> Vec<T> {
    let mut results = Vec::new();
    for task in tasks.collect::<Vec<_>>() {
        results.push(task.await.expect("task"));
    }
    results
}

/// An e-mail over 254 characters is refused before anything else: no hash, no throttle row,
/// no audit line holding it.
#[tokio::test]
async fn an_overlong_email_is_refused_before_anything_else() {
    let server = server_with(|_| {}).await;
    let token = login_token(&server.base).await;
    let before = server.state.admin.hashing.hashes();
    let long = format!("{}@example.it", "a".repeat(300));
    let answer = http()
        .post(format!("{}/admin/login", server.base))
        .header("cookie", format!("portineria_login={token}"))
        .form(&[("csrf", token.as_str()), ("email", &long), ("password", "qualcosa di lungo")])
        .send()
        .await
        .expect("answer");
    assert_eq!(answer.status().as_u16(), 400);
    assert!(answer.text().await.expect("body").contains(&escaped(&t(Lang::It, "admin-email-too-long"))));
    assert_eq!(server.state.admin.hashing.hashes(), before);
    let db = Database::open(&server.database_url).await.expect("database");
    let stored: i64 = sql_number(&server.database_url, "SELECT COUNT(*) FROM login_throttle").await;
    assert_eq!(stored, 0);
    assert!(db.audit_log(50, 0).await.expect("audit").iter().all(|l| !l.actor.contains("aaaa")));
}

/// Behind a trusted proxy the client's address is the forwarded one: failures from one
/// client block that client, not everyone behind the proxy, and failures against one account
/// never block another. From anyone else the header is ignored.
#[tokio::test]
async fn behind_a_trusted_proxy_one_client_cannot_lock_out_the_others() {
    let proxied =
        server_with(|c| c.trusted_proxies = portineria::config::TrustedProxies::parse("127.0.0.1").unwrap()).await;
    let client = http();
    let token = login_token(&proxied.base).await;
    let attacker = forwarded("203.0.113.66");
    for _ in 0..5 {
        assert_eq!(
            login_post(
                &client,
                &proxied.base,
                &token,
                (CARLA.0, "tentativo sbagliato numero"),
                std::slice::from_ref(&attacker)
            )
            .await,
            401
        );
    }
    assert_eq!(
        login_post(
            &client,
            &proxied.base,
            &token,
            (ANNA.0, "tentativo sbagliato numero"),
            std::slice::from_ref(&attacker)
        )
        .await,
        429,
        "the attacker's address waits"
    );
    // Another client behind the same proxy logs in to another account at once…
    assert_eq!(login_post(&client, &proxied.base, &token, ANNA, &[forwarded("198.51.100.20")]).await, 303);
    // …and the client's own left-most entries do not fool the proxy's list.
    let spoofed = ("x-forwarded-for", "198.51.100.20, 203.0.113.66".to_string());
    assert_eq!(
        login_post(&client, &proxied.base, &token, (BRUNO.0, "tentativo sbagliato numero"), &[spoofed]).await,
        429
    );
    // The attacked account waits, from any address; the others do not.
    assert_eq!(login_post(&client, &proxied.base, &token, CARLA, &[forwarded("198.51.100.21")]).await, 429);
    assert_eq!(login_post(&client, &proxied.base, &token, BRUNO, &[forwarded("198.51.100.21")]).await, 303);

    // Without the setting, a forwarded address means nothing: the real address waits.
    let direct = server_with(|_| {}).await;
    let token = login_token(&direct.base).await;
    for n in 0..5 {
        let header = forwarded(&format!("192.0.2.{n}"));
        assert_eq!(
            login_post(&client, &direct.base, &token, (CARLA.0, "tentativo sbagliato numero"), &[header]).await,
            401
        );
    }
    assert_eq!(login_post(&client, &direct.base, &token, ANNA, &[forwarded("192.0.2.99")]).await, 429);
}

/// Only a trusted proxy may set the scheme and host that end up in one-time links.
#[tokio::test]
async fn forwarded_host_and_scheme_count_only_from_a_trusted_proxy() {
    for trusted in [false, true] {
        let server = server_with(|c| {
            if trusted {
                c.trusted_proxies = portineria::config::TrustedProxies::parse("127.0.0.0/8").unwrap();
            }
        })
        .await;
        let carla = Agent::logged_in(&server.base, CARLA).await;
        let csrf = carla.csrf().await;
        let db = Database::open(&server.database_url).await.expect("database");
        let anna = db.user_by_email(ANNA.0).await.expect("read").expect("Anna").0;
        let response = http()
            .post(format!("{}/admin/people/{}/reset", server.base, anna.id))
            .header("cookie", format!("portineria_admin={}", carla.cookie("portineria_admin").expect("session")))
            .header("x-forwarded-host", "portineria.example")
            .header("x-forwarded-proto", "https")
            .form(&[("csrf", csrf.as_str())])
            .send()
            .await
            .expect("answer");
        assert_eq!(response.status().as_u16(), 200);
        let body = response.text().await.expect("body");
        let expected = if trusted {
            "https://portineria.example/admin/invitation/".to_string()
        } else {
            format!("{}/admin/invitation/", server.base)
        };
        assert!(body.contains(&expected), "trusted={trusted}: the link starts with {expected}");
    }
}

/// Anonymous floods cannot grow the database without bound: 10,000 failed logins with
/// distinct 254-character e-mails from distinct forwarded addresses, and 10,000 distinct
/// searches, add less than 5 MB (audit, throttle and search tables together; 6 MB on
/// PostgreSQL).
#[tokio::test]
async fn anonymous_floods_grow_the_database_by_less_than_five_megabytes() {
    let server =
        server_with(|c| c.trusted_proxies = portineria::config::TrustedProxies::parse("127.0.0.1").unwrap()).await;
    let db = Database::open(&server.database_url).await.expect("database");
    let before = db.size_bytes().await.expect("size");
    let token = login_token(&server.base).await;
    let client = http();
    let semaphore = Arc::new(tokio::sync::Semaphore::new(64));
    let mut tasks = Vec::new();
    for n in 0..10_000u32 {
        let (client, base, token) = (client.clone(), server.base.clone(), token.clone());
        let permit = semaphore.clone().acquire_owned().await.expect("slot");
        tasks.push(tokio::spawn(async move {
            let local = format!("{n:05}{}", "x".repeat(254 - 5 - "@flood.example".len()));
            let email = format!("{local}@flood.example");
            assert_eq!(email.chars().count(), 254);
            let address = format!("10.{}.{}.{}", n / 65536, (n / 256) % 256, n % 256);
            let status =
                login_post(&client, &base, &token, (&email, "password sbagliata e lunga"), &[forwarded(&address)])
                    .await;
            drop(permit);
            status
        }));
    }
    let statuses = futures_all(tasks.into_iter()).await;
    let refused = statuses.iter().filter(|s| **s == 401).count();
    let busy = statuses.iter().filter(|s| **s == 503).count();
    let mut others = std::collections::BTreeMap::new();
    for s in statuses.iter().filter(|s| ![401, 503].contains(*s)) {
        *others.entry(*s).or_insert(0) += 1;
    }
    assert_eq!(
        refused + busy,
        10_000,
        "every attempt refused (401) or told to come back (503), not {others:?} (0: no answer)"
    );
    let mut tasks = Vec::new();
    for n in 0..10_000u32 {
        let (client, base) = (client.clone(), server.base.clone());
        let permit = semaphore.clone().acquire_owned().await.expect("slot");
        tasks.push(tokio::spawn(async move {
            let query = format!("ricerca{n}qualsiasi{}", n.wrapping_mul(2_654_435_761));
            let status = client.get(format!("{base}/it/search?q={query}")).send().await.map(|r| r.status().as_u16());
            drop(permit);
            status.map_err(|e| format!("search {n}: {e}"))
        }));
    }
    // A search the overloaded server cannot answer in time is told to come back (503), as
    // logins are; anything else is a failure, and nearly all must be answered.
    let answers = futures_all(tasks.into_iter()).await;
    let failed: Vec<&String> = answers.iter().filter_map(|s| s.as_ref().err()).collect();
    assert!(failed.is_empty(), "every search got an answer: {failed:?}");
    let answered = answers.iter().filter(|s| matches!(s, Ok(200))).count();
    let searches_busy = answers.iter().filter(|s| matches!(s, Ok(503))).count();
    assert_eq!(answered + searches_busy, 10_000, "every search answered (200) or told to come back (503)");
    assert!(answered >= 9_900, "nearly every search answered: {answered} of 10,000");
    // Searches are counted in the background: wait until the counts stop moving.
    let mut counted = -1;
    loop {
        tokio::time::sleep(Duration::from_millis(500)).await;
        let now =
            sql_number(&server.database_url, "SELECT CAST(COALESCE(SUM(searches), 0) AS BIGINT) FROM search_log").await;
        if now == counted {
            break;
        }
        counted = now;
    }
    let grown = db.size_bytes().await.expect("size") - before;
    let lines = sql_number(&server.database_url, "SELECT COUNT(*) FROM audit_log").await;
    let keys = sql_number(&server.database_url, "SELECT COUNT(*) FROM login_throttle").await;
    let queries = sql_number(&server.database_url, "SELECT COUNT(*) FROM search_log").await;
    println!(
        "flood: {refused} logins refused (401), {busy} busy (503); {lines} audit lines, {keys} throttle keys, \
         {queries} search rows ({counted} searches, {searches_busy} busy); database grew by {grown} bytes"
    );
    // PostgreSQL keeps a 24-byte header with every row and the old versions of updated
    // throttle rows until autovacuum: the same rows take about a fifth more room there.
    let limit = if portineria_tests::on_postgres() { 6 } else { 5 } * 1024 * 1024;
    assert!(grown < limit, "the database grew by {grown} bytes");
    assert!(queries <= portineria::db::MAX_QUERIES_PER_DAY + 1);
}

/// Changing the password asks for the current one and ends the other sessions; a reset link
/// made by a coordinator works once and ends the account's sessions.
#[tokio::test]
async fn passwords_change_and_reset_and_old_sessions_end() {
    let server = server_with(|_| {}).await;
    let (anna, anna_elsewhere) =
        (Agent::logged_in(&server.base, ANNA).await, Agent::logged_in(&server.base, ANNA).await);
    let csrf = anna.csrf().await;
    let new_password = "un'altra frase lunga per anna";
    let change = |current: &str| {
        pairs(&[("csrf", &csrf), ("current", current), ("password", new_password), ("confirm", new_password)])
    };
    let wrong = anna.post("/admin/account/password", &change("non è quella giusta")).await;
    assert_eq!(wrong.status.as_u16(), 422);
    assert!(wrong.body.contains(&escaped(&t(Lang::It, "admin-current-password-wrong"))));
    let changed = anna.post("/admin/account/password", &change(ANNA.1)).await;
    assert_eq!(changed.status.as_u16(), 200);
    assert!(changed.body.contains(&escaped(&t(Lang::It, "admin-password-changed"))));
    assert_eq!(anna.get("/admin").await.status.as_u16(), 200, "this session goes on");
    assert_eq!(anna_elsewhere.get("/admin").await.status.as_u16(), 303, "the other one ended");
    assert_eq!(Agent::new(&server.base).login(ANNA.0, ANNA.1).await.status.as_u16(), 401, "the old password is gone");

    // A coordinator makes a reset link; using it ends Anna's sessions and works once.
    let carla = Agent::logged_in(&server.base, CARLA).await;
    let db = Database::open(&server.database_url).await.expect("database");
    let anna_id = db.user_by_email(ANNA.0).await.expect("read").expect("Anna").0.id;
    let page = carla.post(&format!("/admin/people/{anna_id}/reset"), &pairs(&[("csrf", &carla.csrf().await)])).await;
    let link =
        page.body.split("class=\"invitation-link\">").nth(1).and_then(|r| r.split('<').next()).expect("link shown");
    let path = link.trim_start_matches(&server.base).to_string();
    let stranger = Agent::new(&server.base);
    let form = stranger.get(&path).await;
    assert_eq!(form.status.as_u16(), 200);
    assert!(form.body.contains(&escaped(&t(Lang::It, "admin-reset-title"))));
    let reset_password = "la terza frase di anna funziona";
    let fields =
        pairs(&[("csrf", &hidden(&form.body, "csrf")), ("password", reset_password), ("confirm", reset_password)]);
    assert_eq!(stranger.post(&path, &fields).await.status.as_u16(), 303);
    assert_eq!(anna.get("/admin").await.status.as_u16(), 303, "the reset ended the older session");
    assert_eq!(stranger.get("/admin").await.status.as_u16(), 200, "the link's user is in");
    assert_eq!(Agent::new(&server.base).get(&path).await.status.as_u16(), 400, "the link works once");
    let audit: Vec<String> =
        db.audit_log(50, 0).await.expect("audit").into_iter().map(|l| l.action.to_string()).collect();
    for action in ["password-changed", "reset-link", "password-reset"] {
        assert!(audit.iter().any(|a| a == action), "audited: {action}");
    }
}

/// The current TOTP code of an enrolment page's secret.
pub fn code_now(secret: &str, offset_steps: i64) -> String {
    let step = portineria::accounts::totp::step_of(chrono::Utc::now().timestamp()) + offset_steps;
    portineria::accounts::totp::code_at(secret, step).expect("valid secret")
}

/// The secret an enrolment page shows (grouped by four, spaces removed).
pub fn shown_secret(html: &str) -> String {
    let start = html.find("class=\"mfa-secret\"").expect("secret shown");
    let text = &html[start..];
    text[text.find('>').expect("tag") + 1..text.find("</code>").expect("end")].replace(' ', "")
}

/// A coordinator must enrol a second factor (the default policy) before anything else; after
/// that, logins need a code, each code works once, and recovery codes work once each.
#[tokio::test]
async fn coordinators_log_in_with_a_second_factor() {
    let server = server_with(|c| c.require_mfa = MfaPolicy::Coordinators).await;
    let carla = Agent::logged_in(&server.base, CARLA).await;
    let dashboard = carla.get("/admin").await;
    assert_eq!((dashboard.status.as_u16(), dashboard.location()), (303, "/admin/account/mfa"), "enrol first");
    assert_eq!(carla.get("/admin/people").await.location(), "/admin/account/mfa");
    let enrol = carla.get("/admin/account/mfa").await;
    assert_eq!(enrol.status.as_u16(), 200);
    assert!(enrol.body.contains("<svg"), "a QR code");
    let secret = shown_secret(&enrol.body);
    let csrf = hidden(&enrol.body, "csrf");
    let wrong = carla.post("/admin/account/mfa", &pairs(&[("csrf", &csrf), ("code", "000000")])).await;
    assert_eq!(wrong.status.as_u16(), 422);
    // The wrong code made a new secret: enrol with the one shown now.
    let secret_now = shown_secret(&wrong.body);
    let done = carla.post("/admin/account/mfa", &pairs(&[("csrf", &csrf), ("code", &code_now(&secret_now, 0))])).await;
    assert_eq!(done.status.as_u16(), 200, "{}", done.body);
    let codes: Vec<String> = done
        .body
        .split("<li><code dir=\"ltr\">")
        .skip(1)
        .map(|c| c.split('<').next().unwrap_or("").to_string())
        .collect();
    assert_eq!(codes.len(), 10, "ten recovery codes, shown once");
    assert_ne!(secret, secret_now);
    assert_eq!(carla.get("/admin").await.status.as_u16(), 200);

    // A new login: the password alone is not enough.
    let agent = Agent::new(&server.base);
    let first = agent.login(CARLA.0, CARLA.1).await;
    assert_eq!((first.status.as_u16(), first.location()), (303, "/admin/login/code"));
    assert_eq!(agent.get("/admin").await.status.as_u16(), 303, "no session yet");
    let page = agent.get("/admin/login/code").await;
    let submit = |code: &str| pairs(&[("csrf", &hidden(&page.body, "csrf")), ("code", code)]);
    assert_eq!(agent.post("/admin/login/code", &submit("123456")).await.status.as_u16(), 401);
    // The code of the step after the one enrolment used (a code is accepted once).
    let next = code_now(&secret_now, 1);
    let page = agent.get("/admin/login/code").await;
    let answer =
        agent.post("/admin/login/code", &pairs(&[("csrf", &hidden(&page.body, "csrf")), ("code", &next)])).await;
    assert_eq!((answer.status.as_u16(), answer.location()), (303, "/admin"), "{}", answer.body);
    assert_eq!(agent.get("/admin").await.status.as_u16(), 200);
    // The same code again, on another login: refused (no replay).
    let again = Agent::new(&server.base);
    assert_eq!(again.login(CARLA.0, CARLA.1).await.location(), "/admin/login/code");
    let page = again.get("/admin/login/code").await;
    assert_eq!(
        again
            .post("/admin/login/code", &pairs(&[("csrf", &hidden(&page.body, "csrf")), ("code", &next)]))
            .await
            .status
            .as_u16(),
        401
    );
    // A recovery code works, once.
    let page = again.get("/admin/login/code").await;
    let with_recovery = pairs(&[("csrf", &hidden(&page.body, "csrf")), ("code", &codes[0])]);
    assert_eq!(again.post("/admin/login/code", &with_recovery).await.status.as_u16(), 303);
    let third = Agent::new(&server.base);
    third.login(CARLA.0, CARLA.1).await;
    let page = third.get("/admin/login/code").await;
    let reused = pairs(&[("csrf", &hidden(&page.body, "csrf")), ("code", &codes[0])]);
    assert_eq!(third.post("/admin/login/code", &reused).await.status.as_u16(), 401, "a recovery code works once");
    // Editors are not asked (the policy is coordinators), but may enrol.
    let anna = Agent::logged_in(&server.base, ANNA).await;
    assert_eq!(anna.get("/admin").await.status.as_u16(), 200);
    // A coordinator resets another account's second factor, audited.
    let db = Database::open(&server.database_url).await.expect("database");
    let carla_id = db.user_by_email(CARLA.0).await.expect("read").expect("Carla").0.id;
    db.reset_mfa(
        carla_id,
        (
            (None, "test"),
            portineria::db::AuditLine { action: portineria::db::AuditAction::MfaReset, target: CARLA.0, detail: "" },
        ),
    )
    .await
    .expect("reset");
    let after = Agent::new(&server.base);
    assert_eq!(after.login(CARLA.0, CARLA.1).await.location(), "/admin", "no second step without a factor");
    assert_eq!(after.get("/admin").await.location(), "/admin/account/mfa", "…and enrolment is asked again");
}

/// Over https, cookies are `__Host-` prefixed, `Secure`, `Path=/`, and responses carry HSTS.
#[tokio::test]
async fn over_https_cookies_are_host_prefixed_and_hsts_is_sent() {
    let server = server_with(|c| c.public_url = Some("https://portineria.example".into())).await;
    let response = http().get(format!("{}/admin/login", server.base)).send().await.expect("answer");
    let cookies: Vec<String> =
        response.headers().get_all("set-cookie").iter().map(|v| v.to_str().unwrap_or("").to_string()).collect();
    assert!(
        cookies
            .iter()
            .any(|c| c.starts_with("__Host-portineria_login=") && c.contains("; Path=/;") && c.contains("Secure")),
        "{cookies:?}"
    );
    assert!(response
        .headers()
        .get("strict-transport-security")
        .is_some_and(|v| v.to_str().unwrap_or("").contains("max-age=")));
    let token =
        cookies[0].split(';').next().and_then(|p| p.split_once('=')).map(|(_, v)| v.to_string()).expect("token");
    let answer = http()
        .post(format!("{}/admin/login", server.base))
        .header("cookie", format!("__Host-portineria_login={token}"))
        .form(&[("csrf", token.as_str()), ("email", ANNA.0), ("password", ANNA.1)])
        .send()
        .await
        .expect("login");
    assert_eq!(answer.status().as_u16(), 303);
    let session = answer
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap_or("").to_string())
        .find(|c| c.starts_with("__Host-portineria_admin="));
    let session = session.expect("a __Host- session cookie");
    assert!(session.contains("Secure") && session.contains("HttpOnly") && session.contains("Path=/;"), "{session}");
    // Without https, plain names (a `__Host-` cookie would be refused by browsers over http).
    let plain = server_with(|_| {}).await;
    let response = http().get(format!("{}/admin/login", plain.base)).send().await.expect("answer");
    assert!(response.headers().get("strict-transport-security").is_none());
    assert!(response.headers().get_all("set-cookie").iter().all(|v| !v.to_str().unwrap_or("").starts_with("__Host-")));
}

/// A client trickling its headers a byte a second is cut off; 500 idle connections do not
/// delay a normal request; 64 clients at once are all served.
#[tokio::test]
async fn slow_and_idle_clients_do_not_hold_the_server() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let server = server_with(|_| {}).await;
    let address = server.base.trim_start_matches("http://").to_string();
    let slow = {
        let address = address.clone();
        tokio::spawn(async move {
            let started = Instant::now();
            let mut stream = tokio::net::TcpStream::connect(&address).await.expect("connect");
            for byte in b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ".iter().chain(std::iter::repeat(&b'a')) {
                if stream.write_all(&[*byte]).await.is_err() || started.elapsed() > Duration::from_secs(40) {
                    break;
                }
                let mut buffer = [0u8; 64];
                if let Ok(Ok(0)) = tokio::time::timeout(Duration::from_secs(1), stream.read(&mut buffer)).await {
                    break;
                }
            }
            started.elapsed()
        })
    };
    let mut idle = Vec::new();
    for _ in 0..500 {
        idle.push(tokio::net::TcpStream::connect(&address).await.expect("idle connection"));
    }
    let started = Instant::now();
    let page = http().get(format!("{}/it/", server.base)).send().await.expect("a normal request");
    assert_eq!(page.status().as_u16(), 200);
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "served in {:?} beside 500 idle connections",
        started.elapsed()
    );
    let clients = (0..64).map(|n| {
        let base = server.base.clone();
        tokio::spawn(async move {
            let path =
                if n % 2 == 0 { "/it/search?q=casa".to_string() } else { format!("/ro/services/{}", SERVICES[n % 3]) };
            http().get(format!("{base}{path}")).send().await.map(|r| r.status().as_u16()).unwrap_or(0)
        })
    });
    assert!(futures_all(clients).await.iter().all(|s| *s == 200), "64 clients at once are all served");
    drop(idle);
    let cut = slow.await.expect("slow client");
    assert!(cut < Duration::from_secs(30), "the slow client was cut off after {cut:?}");
}

/// Every connection of the pool commits to disk before it acknowledges.
#[tokio::test]
async fn the_database_syncs_every_commit() {
    let server = server_with(|_| {}).await;
    let db = Database::open(&server.database_url).await.expect("database");
    for _ in 0..8 {
        assert!(db.durable_commits().await.expect("setting"));
    }
}

/// 50 publications at once and a forced rebuild: the index ends with every service once.
#[tokio::test]
async fn concurrent_publishes_and_a_rebuild_leave_every_service_indexed_once() {
    let server = server_with(|_| {}).await;
    let carla = Arc::new(Agent::logged_in(&server.base, CARLA).await);
    let orgs = ["cooperativa-san-donato", "renken-onlus", "roma-capitale", "coop-pid", "ambito-visconteo-sud-milano"];
    let mut tasks = Vec::new();
    for n in 0..50 {
        let carla = carla.clone();
        let org = orgs[n % orgs.len()].to_string();
        tasks.push(tokio::spawn(async move {
            let page = carla.get(&format!("/admin/orgs/{org}/organization/{org}")).await;
            let path = format!("/admin/orgs/{org}/organization/{org}");
            let mut fields = form_fields(&page.body, &path);
            set(&mut fields, "description.it", &format!("Descrizione aggiornata {n}"));
            set(&mut fields, "action", "publish");
            carla.post(&path, &fields).await.status.as_u16()
        }));
    }
    let rebuild = {
        let state = server.state.clone();
        tokio::spawn(async move { portineria::search::indexer::rebuild(&state.db, &state.index).await.map(|_| ()) })
    };
    let statuses = futures_all(tasks.into_iter()).await;
    rebuild.await.expect("task").expect("rebuild");
    assert!(statuses.iter().all(|s| [303, 409].contains(s)), "{statuses:?}");
    portineria::search::indexer::catch_up(&server.state.db, &server.state.index).await.expect("catch up");
    let health: serde_json::Value =
        http().get(format!("{}/healthz", server.base)).send().await.expect("healthz").json().await.expect("json");
    assert_eq!(health["indexed"], health["services"], "{health}");
    for query in ["casa", "lavoro", "rom", "mediazione"] {
        let hits = api_hits(&server.base, query).await;
        let mut unique = hits.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), hits.len(), "no service twice for {query:?}: {hits:?}");
    }
}

/// Deleting, discarding and creating entries keep search and the API in step.
#[tokio::test]
async fn delete_discard_and_create_keep_search_and_api_consistent() {
    let server = server_with(|_| {}).await;
    let carla = Agent::logged_in(&server.base, CARLA).await;
    let org = format!("/admin/orgs/{ORG}");
    // Delete a service and publish: gone from search and the API.
    let gone = SERVICES[2];
    assert!(api_hits(&server.base, "abitativo").await.contains(&gone.to_string()));
    let csrf = carla.csrf().await;
    assert_eq!(
        carla.post(&format!("{}/delete", service_path(gone)), &pairs(&[("csrf", &csrf)])).await.status.as_u16(),
        303
    );
    let publish = form_fields(&carla.get(&org).await.body, &format!("{org}/publish"));
    assert_eq!(carla.post(&format!("{org}/publish"), &publish).await.status.as_u16(), 303);
    assert!(!api_hits(&server.base, "abitativo").await.contains(&gone.to_string()));
    assert_eq!(
        http().get(format!("{}/api/v1/services/{gone}", server.base)).send().await.expect("api").status().as_u16(),
        404
    );
    // A discarded draft never reaches search.
    assert_eq!(save_name(&carla, SERVICES[0], "Nome mai pubblicato zorglub", "draft").await.status.as_u16(), 303);
    let discard = form_fields(&carla.get(&org).await.body, &format!("{org}/discard"));
    assert_eq!(carla.post(&format!("{org}/discard"), &discard).await.status.as_u16(), 303);
    assert!(api_hits(&server.base, "zorglub").await.is_empty());
    assert!(documents(&server).await.draft.is_none());
    // A created service is found once published.
    let new = format!("{org}/services/new");
    let mut fields = form_fields(&carla.get(&new).await.body, &new);
    for (name, value) in entry_form_of(&carla, &service_path(SERVICES[1])).await {
        if !["csrf", "base", "slug", "action"].contains(&name.as_str()) {
            set(&mut fields, &name, &value);
        }
    }
    set(&mut fields, "slug", "san-donato-servizio-nuovo");
    set(&mut fields, "name.it", "Servizio nuovissimo quxwobble");
    set(&mut fields, "action", "publish");
    assert_eq!(carla.post(&new, &fields).await.status.as_u16(), 303);
    assert_eq!(api_hits(&server.base, "quxwobble").await, vec!["san-donato-servizio-nuovo"]);
    assert_eq!(
        http()
            .get(format!("{}/api/v1/services/san-donato-servizio-nuovo", server.base))
            .send()
            .await
            .expect("api")
            .status()
            .as_u16(),
        200
    );
}

/// A content file that changes while its organisation has an unpublished admin draft: the
/// draft is rebased when they change different entries, and the file waits when they change
/// the same one; neither side is lost.
#[tokio::test]
async fn a_changed_content_file_never_overwrites_an_unpublished_draft() {
    let content = portineria_tests::content_copy();
    let data = tempfile::tempdir().expect("data dir");
    let config = portineria::config::Config::from_env_with(|name| match name {
        "PORTINERIA_DATA_DIR" => Some(data.path().display().to_string()),
        "PORTINERIA_CONTENT_DIR" => Some(content.path().display().to_string()),
        _ => None,
    })
    .expect("config");
    let state = portineria::serve::prepare(&config).await.expect("first start");
    // A partner's unpublished draft renames the first service.
    let row = state.db.document(ORG).await.expect("read").expect("organisation");
    let mut draft = row.published.clone();
    draft.services[0].name.0.insert("it".into(), "Nome della bozza".into());
    let line = portineria::db::AuditLine { action: portineria::db::AuditAction::SaveDraft, target: ORG, detail: "" };
    state
        .db
        .save_draft((row.id, row.version), &draft, (portineria::db::RevisionKind::Draft, (None, "test"), ""), line)
        .await
        .expect("save")
        .expect("saved");
    // The file changes another service: the draft is rebased on it.
    let file = portineria_tests::organization_file(content.path(), ORG);
    let text = std::fs::read_to_string(&file).expect("file");
    let second = row.published.services[1].name.italian().to_string();
    std::fs::write(&file, text.replacen(&format!("it = \"{second}\""), "it = \"Nome dal file\"", 1)).expect("write");
    let report = portineria::write::import::import_dir(&state.db, content.path()).await.expect("import");
    assert!(report.files_waiting_for_drafts.is_empty(), "{report:?}");
    let row = state.db.document(ORG).await.expect("read").expect("organisation");
    assert_eq!(
        italian_name(&row.published, &row.published.services[1].slug),
        "Nome dal file",
        "the file's change is published"
    );
    let rebased = row.draft.clone().expect("the draft is kept");
    assert_eq!(rebased.services[0].name.italian(), "Nome della bozza", "the partner's change is kept");
    assert_eq!(rebased.services[1].name.italian(), "Nome dal file", "and sits on the new file");
    // The file now changes the very service the draft changed: the file waits.
    let text = std::fs::read_to_string(&file).expect("file");
    let first = row.published.services[0].name.italian().to_string();
    std::fs::write(&file, text.replacen(&format!("it = \"{first}\""), "it = \"Conflitto dal file\"", 1))
        .expect("write");
    let report = portineria::write::import::import_dir(&state.db, content.path()).await.expect("import");
    assert_eq!(report.files_waiting_for_drafts, vec![format!("{ORG}.toml")]);
    let after = state.db.document(ORG).await.expect("read").expect("organisation");
    assert_eq!(after.draft.expect("draft kept").services[0].name.italian(), "Nome della bozza");
    assert_ne!(after.published.services[0].name.italian(), "Conflitto dal file", "nothing half-applied");
}

/// Previews render a few at a time (one more is told to come back) in databases of their
/// own that leave nothing on disk, also when the client goes away half-way; files an earlier
/// version left are removed at start-up.
#[tokio::test]
async fn previews_are_bounded_and_leave_nothing_behind() {
    let server = server_with(|_| {}).await;
    let data = server.data_dir();
    let files_before = files_under(data);
    let carla = Arc::new(Agent::logged_in(&server.base, CARLA).await);
    let path = format!("/admin/orgs/{ORG}/preview/it/services/{}", SERVICES[0]);
    let tasks = (0..12).map(|_| {
        let (carla, path) = (carla.clone(), path.clone());
        tokio::spawn(async move { carla.get(&path).await.status.as_u16() })
    });
    let statuses = futures_all(tasks).await;
    assert!(statuses.iter().all(|s| [200, 503].contains(s)), "{statuses:?}");
    assert!(statuses.contains(&200));
    // Clients that give up half-way.
    for _ in 0..5 {
        let client = reqwest::Client::builder().timeout(Duration::from_millis(5)).build().expect("client");
        let _ = client
            .get(format!("{}{path}", server.base))
            .header("cookie", format!("portineria_admin={}", carla.cookie("portineria_admin").expect("session")))
            .send()
            .await;
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(files_under(data), files_before, "no file appeared in the data directory");
    assert_eq!(carla.get(&path).await.status.as_u16(), 200, "every slot came back");

    // A data directory with the preview files of an earlier version.
    let old = tempfile::tempdir().expect("data dir");
    std::fs::create_dir_all(old.path().join("previews")).expect("dir");
    std::fs::write(old.path().join("previews/preview-0123.db"), b"left over").expect("file");
    let config = portineria::config::Config::from_env_with(|name| match name {
        "PORTINERIA_DATA_DIR" => Some(old.path().display().to_string()),
        "PORTINERIA_CONTENT_DIR" => Some(repo_root().join("content").display().to_string()),
        _ => None,
    })
    .expect("config");
    portineria::serve::prepare(&config).await.expect("start");
    assert!(!old.path().join("previews").exists(), "leftovers removed at start-up");
}

/// Every file under `dir` but the database's own (its WAL grows with every write).
fn files_under(dir: &std::path::Path) -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .expect("dir")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|name| !name.starts_with("portineria.db"))
        .collect();
    files.sort();
    files
}

/// A process's resident memory, and its peak since the last reset, in KiB.
fn memory_kib(pid: u32) -> (u64, u64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("/proc status");
    let value = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.split_whitespace().next()?.parse().ok())
            .unwrap_or(0)
    };
    (value("VmRSS:"), value("VmHWM:"))
}

/// The real binary under 300 parallel wrong logins against one account, from 300 forwarded
/// addresses, then against 300 unknown accounts: its peak memory stays within 64 MB of its
/// idle memory (every argon2 hash waits for one of a few slots).
#[tokio::test]
async fn a_login_flood_does_not_grow_the_servers_memory_by_more_than_64_mb() {
    let data = tempfile::tempdir().expect("data dir");
    let port = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("port").port();
    let database = portineria_tests::fresh_database_url(data.path()).await;
    let mut command = crate::durability::command(data.path(), &database, port);
    command.env("PORTINERIA_TRUSTED_PROXIES", "127.0.0.1");
    let mut server = crate::durability::spawned(command, port).await;
    let base = format!("http://127.0.0.1:{port}");
    let client = http();
    let token = login_token(&base).await;
    // Warm up: pages, search and one hash, so what is measured is the flood, not start-up.
    for path in ["/it/", "/it/search?q=casa", "/ar/search?q=lavoro"] {
        client.get(format!("{base}{path}")).send().await.expect("page");
    }
    login_post(
        &client,
        &base,
        &token,
        ("riscaldamento@example.it", "una password sbagliata"),
        &[forwarded("192.0.2.1")],
    )
    .await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let pid = server.id();
    std::fs::write(format!("/proc/{pid}/clear_refs"), "5").expect("reset the peak");
    let (idle, _) = memory_kib(pid);
    for email in [Some("vittima@example.it"), None] {
        let attempts = (0..300).map(|n| {
            let (client, base, token) = (client.clone(), base.clone(), token.clone());
            let email = email.map_or_else(|| format!("sconosciuto{n}@example.it"), str::to_string);
            tokio::spawn(async move {
                let from = forwarded(&format!("198.18.{}.{}", n / 256, n % 256));
                login_post(&client, &base, &token, (&email, "una password sbagliata"), &[from]).await
            })
        });
        let statuses = futures_all(attempts).await;
        assert!(statuses.iter().all(|s| [401, 429, 503].contains(s)), "{statuses:?}");
        if email.is_some() {
            assert!(statuses.iter().filter(|s| **s == 401).count() <= 5, "one account: at most 5 checked");
        }
    }
    let (_, peak) = memory_kib(pid);
    println!("login flood: idle RSS {} MB, peak {} MB", idle / 1024, peak / 1024);
    assert!(peak.saturating_sub(idle) <= 64 * 1024, "peak {peak} KiB over idle {idle} KiB");
    server.kill().expect("stop");
    let _ = server.wait();
}
