//! Every page type of the admin area pinned by a snapshot of its outline (title, headings,
//! messages, forms with their fields, links: see [`portineria_tests::outline`]), so that a
//! refactoring that changes what a page offers shows up as a snapshot diff. Pages are reached
//! as people reach them (an editor for entries and drafts, a coordinator for people and
//! reports, strangers for login pages and refusals), after the requests that lead to them;
//! the page answers of important form posts (validation errors, conflicts) are pinned too.
//! Three servers, one per area; pages are in Italian, three of them in Arabic.

use super::admin_trust::{code_now, shown_secret};
use portineria::config::{Config, MfaPolicy};
use portineria::db::Database;
use portineria::http::admin::LANG_COOKIE;
use portineria_tests::admin::{account, entry_form_of, form_fields, hidden, pairs, set, Agent, Answer};
use portineria_tests::outline::outline_with;
use portineria_tests::{repo_root, TestServer};

const CARLA: (&str, &str) = ("carla@rete.example", "una coordinatrice con la frase lunga");
const ANNA: (&str, &str) = ("anna@renken.example", "la barca scivola sul lago calmo");
const ELENA: (&str, &str) = ("elena@roma.example", "il fiume scorre lento verso il mare");
const FRANCO: (&str, &str) = ("franco@roma.example", "le rondini tornano ogni primavera");

/// The organisation whose entries are edited: services, a programme and two locations.
const ORG: &str = "/admin/orgs/roma-capitale";
const SERVICE: &str = "/admin/orgs/roma-capitale/services/roma-ufficio-immigrazione";
const LOCATION: &str = "/admin/orgs/roma-capitale/locations/via-assisi";

/// A server over the seed content with the accounts given: (who, role, organisations).
async fn server_with(adjust: impl FnOnce(&mut Config), people: &[((&str, &str), &str, &[&str])]) -> TestServer {
    let server = TestServer::start_with(repo_root().join("content"), adjust);
    for ((email, password), role, organizations) in people {
        account(&server.database_url, email, role, password, organizations).await;
    }
    server
}

async fn user_id(server: &TestServer, email: &str) -> i64 {
    let db = Database::open(&server.database_url).await.expect("database");
    let id = db.user_by_email(email).await.expect("read").expect("account").0.id;
    db.close().await;
    id
}

/// Checks the status of an answer and pins the outline of its page.
fn pin(name: &str, answer: &Answer, status: u16) {
    pin_with(name, answer, status, &[]);
}

/// Like [`pin`], with values of this run replaced (see [`outline_with`]).
fn pin_with(name: &str, answer: &Answer, status: u16, known: &[(&str, &str)]) {
    assert_eq!(answer.status.as_u16(), status, "{name}: {}", answer.body);
    insta::with_settings!({ description => format!("HTTP {status}"), omit_expression => true }, {
        insta::assert_snapshot!(name, outline_with(&answer.body, known));
    });
}

/// The one-time link a page shows (an invitation or a password reset), as a path.
fn one_time_link(html: &str) -> String {
    let start = html.find("/admin/invitation/").expect("a one-time link on the page");
    html[start..].chars().take_while(|c| *c != '<').collect()
}

/// Login (in Italian and Arabic), the second factor (enrolment, recovery codes, the code
/// page), the account page and its password form, a second factor reset by a coordinator,
/// and the throttled login.
#[tokio::test]
async fn login_second_factor_and_account_pages() {
    let server = server_with(
        |c| c.require_mfa = MfaPolicy::Coordinators,
        &[(CARLA, "coordinator", &[]), (ANNA, "editor", &["renken-onlus"])],
    )
    .await;
    let base = server.base.as_str();
    let stranger = Agent::new(base);
    pin("login", &stranger.get("/admin/login").await, 200);
    let arabic = Agent::new(base);
    arabic.set_cookie(LANG_COOKIE, "ar");
    pin("login_ar", &arabic.get("/admin/login").await, 200);
    pin("login_failed", &stranger.login(ANNA.0, "non è la password giusta").await, 401);

    // A coordinator must enrol a second factor first.
    let carla = Agent::new(base);
    assert_eq!(carla.login(CARLA.0, CARLA.1).await.status.as_u16(), 303);
    assert_eq!(carla.get("/admin").await.location(), "/admin/account/mfa");
    let enrol = carla.get("/admin/account/mfa").await;
    pin("mfa_enrol_required", &enrol, 200);
    let csrf = hidden(&enrol.body, "csrf");
    let wrong = carla.post("/admin/account/mfa", &pairs(&[("csrf", &csrf), ("code", "000000")])).await;
    pin("mfa_enrol_wrong_code", &wrong, 422);
    let code = code_now(&shown_secret(&wrong.body), 0);
    pin(
        "mfa_recovery_codes",
        &carla.post("/admin/account/mfa", &pairs(&[("csrf", &csrf), ("code", &code)])).await,
        200,
    );
    pin("account_mfa_on", &carla.get("/admin/account").await, 200);

    // The next login asks for a code.
    let again = Agent::new(base);
    assert_eq!(again.login(CARLA.0, CARLA.1).await.location(), "/admin/login/code");
    let code_page = again.get("/admin/login/code").await;
    pin("login_code", &code_page, 200);
    let wrong_code = pairs(&[("csrf", &hidden(&code_page.body, "csrf")), ("code", "123456")]);
    pin("login_code_wrong", &again.post("/admin/login/code", &wrong_code).await, 401);
    // A code sent when no password was checked (or the five minutes are over).
    let late = Agent::new(base);
    let login = late.get("/admin/login").await;
    let late_code = pairs(&[("csrf", &hidden(&login.body, "csrf")), ("code", "123456")]);
    pin("login_code_expired", &late.post("/admin/login/code", &late_code).await, 401);

    // An editor's account: no second factor asked, one may be enrolled.
    let anna = Agent::logged_in(base, ANNA).await;
    pin("account", &anna.get("/admin/account").await, 200);
    let csrf = anna.csrf().await;
    let new_password = "un'altra frase lunga per anna";
    let change = |current: &str| {
        pairs(&[("csrf", &csrf), ("current", current), ("password", new_password), ("confirm", new_password)])
    };
    pin("account_password_wrong", &anna.post("/admin/account/password", &change("non è quella giusta")).await, 422);
    pin("account_password_changed", &anna.post("/admin/account/password", &change(ANNA.1)).await, 200);
    let enrol = anna.get("/admin/account/mfa").await;
    pin("mfa_enrol", &enrol, 200);
    let code = code_now(&shown_secret(&enrol.body), 0);
    let enrolled = anna.post("/admin/account/mfa", &pairs(&[("csrf", &csrf), ("code", &code)])).await;
    assert_eq!(enrolled.status.as_u16(), 200, "{}", enrolled.body);

    // The coordinator removes the editor's second factor (a lost phone).
    let anna_id = user_id(&server, ANNA.0).await;
    let csrf = carla.csrf().await;
    let reset = carla.post(&format!("/admin/people/{anna_id}/mfa-reset"), &pairs(&[("csrf", &csrf)])).await;
    pin("people_mfa_reset", &reset, 200);

    // Wrong logins from one address end up waiting (last: it blocks this address's logins).
    let mut answer = stranger.login("nessuno@rete.example", "un tentativo sbagliato").await;
    for _ in 0..10 {
        if answer.status.as_u16() == 429 {
            break;
        }
        answer = stranger.login("nessuno@rete.example", "un tentativo sbagliato").await;
    }
    pin("error_throttled", &answer, 429);
}

/// An editor's pages: dashboard, organisation, the form of each kind of entry, a new entry,
/// validation errors, a save, a conflict, the draft (changes, preview, a publish based on
/// an older draft, the publication), revisions, a document-wide problem, and the
/// organisation in Arabic.
#[tokio::test]
async fn organisation_entry_and_draft_pages() {
    let server = server_with(
        |_| {},
        &[(ELENA, "editor", &["roma-capitale", "ambito-visconteo-sud-milano"]), (FRANCO, "editor", &["roma-capitale"])],
    )
    .await;
    let base = server.base.as_str();
    let (elena, franco) = (Agent::logged_in(base, ELENA).await, Agent::logged_in(base, FRANCO).await);
    pin("dashboard_editor", &elena.get("/admin").await, 200);
    pin("organization", &elena.get(ORG).await, 200);
    let new_service = format!("{ORG}/services/new");
    let entries = [
        ("entry_organization", format!("{ORG}/organization/roma-capitale")),
        ("entry_service", SERVICE.to_string()),
        ("entry_programme", format!("{ORG}/programmes/programma-retis")),
        ("entry_location", LOCATION.to_string()),
        (
            "entry_event",
            "/admin/orgs/ambito-visconteo-sud-milano/events/visconteo-equipe-mediatori-2019-06-20".to_string(),
        ),
        ("entry_new_service", new_service.clone()),
    ];
    for (name, path) in entries {
        pin(name, &elena.get(&path).await, 200);
    }

    // Forms that cannot be saved come back with their messages.
    let mut fields = form_fields(&elena.get(&new_service).await.body, &new_service);
    set(&mut fields, "slug", "Non Valido!");
    set(&mut fields, "action", "draft");
    pin("entry_new_invalid", &elena.post(&new_service, &fields).await, 422);
    let mut fields = entry_form_of(&elena, SERVICE).await;
    set(&mut fields, "email", "non è un indirizzo");
    set(&mut fields, "website", "www.senza-schema.it");
    set(&mut fields, "name.it", "");
    set(&mut fields, "action", "draft");
    pin("entry_invalid", &elena.post(SERVICE, &fields).await, 422);

    // A save lands on the entry with a notice.
    let mut fields = entry_form_of(&elena, LOCATION).await;
    set(&mut fields, "address", "Via Assisi 41, piano terra");
    set(&mut fields, "action", "draft");
    let saved = elena.post(LOCATION, &fields).await;
    assert_eq!(saved.status.as_u16(), 303, "{}", saved.body);
    pin("entry_saved", &elena.get(saved.location()).await, 200);

    // Two people save the same entry: the second sees the conflict.
    let mut theirs = entry_form_of(&franco, SERVICE).await;
    let mut mine = entry_form_of(&elena, SERVICE).await;
    set(&mut mine, "summary.it", "Versione salvata per prima");
    set(&mut mine, "action", "draft");
    assert_eq!(elena.post(SERVICE, &mine).await.status.as_u16(), 303);
    set(&mut theirs, "summary.it", "Versione scritta nel frattempo");
    set(&mut theirs, "action", "draft");
    pin("entry_conflict", &franco.post(SERVICE, &theirs).await, 409);

    // The draft: the organisation's page, its changes, a preview.
    let org_page = elena.get(ORG).await;
    pin("organization_draft", &org_page, 200);
    pin("changes", &elena.get(&format!("{ORG}/changes")).await, 200);
    pin("preview", &elena.get(&format!("{ORG}/preview/it/services/roma-ufficio-immigrazione")).await, 200);
    // A publish based on the draft as it was before someone else's save publishes nothing.
    let publish = format!("{ORG}/publish");
    let older = form_fields(&org_page.body, &publish);
    let other = format!("{ORG}/services/roma-mediazione-interculturale");
    let mut fields = entry_form_of(&franco, &other).await;
    set(&mut fields, "summary.it", "Aggiunta di Franco");
    set(&mut fields, "action", "draft");
    assert_eq!(franco.post(&other, &fields).await.status.as_u16(), 303);
    pin("draft_moved", &elena.post(&publish, &older).await, 409);
    let current = form_fields(&elena.get(ORG).await.body, &publish);
    let published = elena.post(&publish, &current).await;
    assert_eq!(published.status.as_u16(), 303, "{}", published.body);
    pin("organization_published", &elena.get(published.location()).await, 200);

    // The history and one revision's changes.
    let revisions = elena.get(&format!("{ORG}/revisions")).await;
    pin("revisions", &revisions, 200);
    let marker = format!("{ORG}/revisions/");
    let start = revisions.body.find(&marker).expect("a revision") + marker.len();
    let id: String = revisions.body[start..].chars().take_while(char::is_ascii_digit).collect();
    pin_with("revision", &elena.get(&format!("{marker}{id}")).await, 200, &[(&id, "{revision}")]);

    // Deleting a location a service still names breaks the document: nothing is saved.
    let csrf = elena.csrf().await;
    let delete = format!("{ORG}/locations/ufficio-detenuti/delete");
    pin("document_problems", &elena.post(&delete, &pairs(&[("csrf", &csrf)])).await, 422);

    // The same organisation in Arabic, right to left.
    let language = elena.post("/admin/language", &pairs(&[("csrf", &csrf), ("lang", "ar")])).await;
    assert_eq!(language.status.as_u16(), 303);
    pin("organization_ar", &elena.get(ORG).await, 200);
}

/// A coordinator's pages (dashboard, people, invitations and reset links and the pages they
/// open, a new organisation, the audit log, the unmet-needs report) and the error pages.
#[tokio::test]
async fn people_report_and_error_pages() {
    let server = server_with(|_| {}, &[(CARLA, "coordinator", &[]), (ANNA, "editor", &["renken-onlus"])]).await;
    let base = server.base.as_str();
    let (carla, anna) = (Agent::logged_in(base, CARLA).await, Agent::logged_in(base, ANNA).await);
    pin("dashboard_coordinator", &carla.get("/admin").await, 200);
    let people = carla.get("/admin/people").await;
    pin("people", &people, 200);

    // An invitation, refused then made; its page, a weak password, the spent link.
    let csrf = hidden(&people.body, "csrf");
    let db = Database::open(&server.database_url).await.expect("database");
    let renken = db.document("renken-onlus").await.expect("read").expect("organisation").id.to_string();
    db.close().await;
    let invite =
        |email: &str| pairs(&[("csrf", &csrf), ("email", email), ("role", "editor"), ("organizations", &renken)]);
    pin("people_invite_invalid", &carla.post("/admin/people", &invite("non è un indirizzo")).await, 422);
    let invited = carla.post("/admin/people", &invite("nuova@persona.example")).await;
    pin("people_invited", &invited, 200);
    let link = one_time_link(&invited.body);
    let person = Agent::new(base);
    let form = person.get(&link).await;
    pin("invitation", &form, 200);
    let password =
        |password: &str| pairs(&[("csrf", &hidden(&form.body, "csrf")), ("password", password), ("confirm", password)]);
    let weak = person.post(&link, &password("password1234")).await;
    pin("invitation_invalid", &weak, 422);
    let good = "una passphrase lunga e mia";
    let accept = pairs(&[("csrf", &hidden(&weak.body, "csrf")), ("password", good), ("confirm", good)]);
    assert_eq!(person.post(&link, &accept).await.status.as_u16(), 303);
    pin("error_link_invalid", &Agent::new(base).get(&link).await, 400);

    // A reset link for the editor, and the page it opens.
    let anna_id = user_id(&server, ANNA.0).await;
    let reset = carla.post(&format!("/admin/people/{anna_id}/reset"), &pairs(&[("csrf", &csrf)])).await;
    pin("people_reset_link", &reset, 200);
    pin("password_reset", &Agent::new(base).get(&one_time_link(&reset.body)).await, 200);

    // An account's role and organisations saved.
    let account = format!("/admin/people/{anna_id}");
    let fields = form_fields(&carla.get("/admin/people").await.body, &account);
    let saved = carla.post(&account, &fields).await;
    assert_eq!(saved.status.as_u16(), 303, "{}", saved.body);
    pin("people_saved", &carla.get(saved.location()).await, 200);

    // A new organisation: refused with a bad name, then created.
    let organization = |slug: &str| {
        pairs(&[("csrf", &csrf), ("slug", slug), ("name", "Nuova associazione"), ("description", "Appena nata.")])
    };
    pin("error_bad_request", &carla.post("/admin/organizations", &organization("Non Valido")).await, 400);
    let created = carla.post("/admin/organizations", &organization("nuova-associazione")).await;
    assert_eq!(created.status.as_u16(), 303, "{}", created.body);
    pin("organization_created", &carla.get(created.location()).await, 200);

    pin("audit", &carla.get("/admin/audit").await, 200);
    pin("needs", &carla.get("/admin/needs").await, 200);
    pin("feedback_queue_empty", &carla.get("/admin/feedback").await, 200);

    // Refusals.
    pin("error_forbidden", &anna.get("/admin/people").await, 403);
    pin("error_not_found", &anna.get("/admin/orgs/roma-capitale").await, 404);
    pin("error_csrf", &anna.post("/admin/language", &pairs(&[("csrf", "0000"), ("lang", "it")])).await, 403);
    pin("error_login_required", &Agent::new(base).post("/admin/logout", &pairs(&[("csrf", "x")])).await, 401);
    let csrf = anna.csrf().await;
    let service = "/admin/orgs/renken-onlus/services/femminili-plurali-orientamento-lavoro";
    let big = format!("csrf={csrf}&name.it={}", "a".repeat(1 << 20));
    pin("error_too_large", &anna.post_raw(service, big.into_bytes()).await, 413);
    let malformed = format!("csrf={csrf}&name.it=%FF%FE%C3");
    pin("error_malformed", &anna.post_raw(service, malformed.into_bytes()).await, 400);
    anna.set_cookie(LANG_COOKIE, "ar");
    pin("error_not_found_ar", &anna.get("/admin/nope").await, 404);
}
