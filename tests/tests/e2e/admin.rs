//! The partner admin area over HTTP, as a browser without JavaScript uses it: access
//! control, CSRF, sessions, brute force, validation, drafts and publication, conflicts,
//! revisions, translations, freshness, the unmet-needs report and the audit log.
//!
//! Tests share one server; each works on its own organisation, so drafts do not cross.

use portineria_app::i18n::t;
use portineria_app::lang::Lang;
use portineria_tests::admin::{
    account, entry_form_of, field, form_fields, hidden, injected_elements, pairs, set, Agent,
};
use portineria_tests::{escaped, http, repo_root, TestServer};
use std::sync::LazyLock;
use std::time::{Duration, Instant};

pub const COORDINATOR: (&str, &str) = ("coordinamento@rete.example", "una frase lunga come password");
pub const EDITOR_A: (&str, &str) = ("redazione@sandonato.example", "il gatto dorme sul divano rosso");
const EDITOR_B: (&str, &str) = ("redazione@renken.example", "piove forte sulla pianura padana");
/// Only for the test that logs out everywhere (it would end the others' sessions).
const EDITOR_C: (&str, &str) = ("seconda@sandonato.example", "la nebbia copre i campi di riso");

/// The shared server, with a coordinator and two editors: A of San Donato, B of Renken.
static ADMIN: LazyLock<TestServer> = LazyLock::new(|| {
    let server = TestServer::start(repo_root().join("content"));
    let url = server.database_url.clone();
    std::thread::spawn(move || {
        tokio::runtime::Runtime::new().expect("runtime").block_on(async {
            account(&url, COORDINATOR.0, "coordinator", COORDINATOR.1, &[]).await;
            account(&url, EDITOR_A.0, "editor", EDITOR_A.1, &["cooperativa-san-donato"]).await;
            account(&url, EDITOR_B.0, "editor", EDITOR_B.1, &["renken-onlus"]).await;
            account(&url, EDITOR_C.0, "editor", EDITOR_C.1, &["cooperativa-san-donato"]).await;
        })
    })
    .join()
    .expect("accounts created");
    server
});

fn base() -> &'static str {
    &ADMIN.base
}

pub async fn api_hits(base: &str, query: &str) -> Vec<String> {
    let url = format!(
        "{base}/api/v1/search?lang=it&limit=50&q={}",
        url::form_urlencoded::byte_serialize(query.as_bytes()).collect::<String>()
    );
    let json: serde_json::Value = http().get(url).send().await.expect("api").json().await.expect("json");
    json["hits"].as_array().expect("hits").iter().map(|h| h["id"].as_str().unwrap_or_default().to_string()).collect()
}

#[tokio::test]
async fn strangers_get_the_login_page_and_wrong_logins_never_get_in() {
    let stranger = Agent::new(base());
    for path in
        ["/admin", "/admin/orgs/renken-onlus", "/admin/people", "/admin/orgs/renken-onlus/services/x", "/admin/nope"]
    {
        let answer = stranger.get(path).await;
        assert_eq!((answer.status.as_u16(), answer.location()), (303, "/admin/login"), "{path}");
    }
    let answer = stranger.post("/admin/orgs/renken-onlus/publish", &pairs(&[("csrf", "x")])).await;
    assert_eq!(answer.status.as_u16(), 401);
    assert!(answer.body.contains(&escaped(&t(Lang::It, "admin-error-login"))));
    // (The login page's form is pinned by the `admin_pages::login` snapshot.)

    let wrong = stranger.login(COORDINATOR.0, "not the password at all").await;
    let unknown = stranger.login("nobody@nowhere.example", "not the password at all").await;
    for answer in [&wrong, &unknown] {
        assert_eq!(answer.status.as_u16(), 401);
        assert!(answer.body.contains(&escaped(&t(Lang::It, "admin-login-failed"))), "same message either way");
        assert!(stranger.cookie("portineria_admin").is_none());
    }
    // Without the form's token, or with another one: refused before the password is checked.
    let no_token =
        stranger.post("/admin/login", &pairs(&[("email", COORDINATOR.0), ("password", COORDINATOR.1)])).await;
    assert_eq!(no_token.status.as_u16(), 403);
}

#[tokio::test]
async fn a_login_starts_a_new_session_with_safe_cookies_and_logout_ends_it() {
    let agent = Agent::new(base());
    // Session fixation: an id planted before login is never the one used after it.
    agent.set_cookie("portineria_admin", "planted-by-an-attacker");
    let answer = agent.login(EDITOR_C.0, EDITOR_C.1).await;
    assert_eq!((answer.status.as_u16(), answer.location()), (303, "/admin"));
    let set_cookie: Vec<&str> = answer.headers.get_all("set-cookie").iter().filter_map(|v| v.to_str().ok()).collect();
    let session = set_cookie.iter().find(|c| c.starts_with("portineria_admin=")).expect("session cookie");
    assert!(session.contains("HttpOnly") && session.contains("SameSite=Lax") && session.contains("Path=/admin"));
    let id = agent.cookie("portineria_admin").expect("session id");
    assert_ne!(id, "planted-by-an-attacker");
    assert_eq!(id.len(), 64);
    assert_eq!(agent.get("/admin").await.status.as_u16(), 200);

    // A second login gets another id; logging out everywhere ends both.
    let other = Agent::logged_in(base(), EDITOR_C).await;
    assert_ne!(other.cookie("portineria_admin"), Some(id.clone()));
    let csrf = agent.csrf().await;
    let out = agent.post("/admin/logout-everywhere", &pairs(&[("csrf", &csrf)])).await;
    assert_eq!((out.status.as_u16(), out.location()), (303, "/admin/login"));
    assert_eq!(other.get("/admin").await.status.as_u16(), 303, "the other session ended too");
    let replay = Agent::new(base());
    replay.set_cookie("portineria_admin", &id);
    assert_eq!(replay.get("/admin").await.status.as_u16(), 303, "an ended session id is useless");
}

#[tokio::test]
async fn an_idle_session_ends() {
    let agent = Agent::logged_in(base(), EDITOR_B).await;
    let hash = portineria::accounts::token_hash(&agent.cookie("portineria_admin").expect("id"));
    assert_eq!(agent.get("/admin").await.status.as_u16(), 200);
    // The test stands in for the clock: the session was last used 31 minutes ago.
    let old = (chrono::Utc::now() - chrono::Duration::minutes(31)).to_rfc3339();
    sql(&format!("UPDATE sessions SET last_seen_at = '{old}' WHERE token_hash = '{hash}'")).await;
    assert_eq!(agent.get("/admin").await.status.as_u16(), 303, "31 idle minutes end the session");
}

/// Runs a statement on the shared server's database, standing in for time passing.
async fn sql(statement: &str) {
    portineria_tests::sql_execute(&ADMIN.database_url, statement).await;
}

#[tokio::test]
async fn forms_without_the_right_token_or_from_another_site_are_refused() {
    let agent = Agent::logged_in(base(), EDITOR_A).await;
    let service = "/admin/orgs/cooperativa-san-donato/services/san-donato-accompagnamento-sociale-rom";
    let mut fields = entry_form_of(&agent, service).await;
    set(&mut fields, "name.it", "Cambiato senza token");
    let csrf = field(&fields, "csrf").to_string();
    for token in ["", "0000", &"a".repeat(64)] {
        let mut forged = fields.clone();
        set(&mut forged, "csrf", token);
        for path in [
            service.to_string(),
            format!("{service}/delete"),
            format!("{service}/verify"),
            "/admin/orgs/cooperativa-san-donato/publish".into(),
            "/admin/orgs/cooperativa-san-donato/discard".into(),
            "/admin/logout".into(),
            "/admin/language".into(),
        ] {
            let answer = agent.post(&path, &forged).await;
            assert_eq!(answer.status.as_u16(), 403, "{path} with token {token:?}");
            assert!(answer.body.contains(&escaped(&t(Lang::It, "admin-error-csrf"))));
        }
    }
    // The right token, but the browser says the form came from another site.
    let response = http()
        .post(format!("{}{service}", base()))
        .header("cookie", format!("portineria_admin={}", agent.cookie("portineria_admin").expect("session")))
        .header("origin", "https://evil.example")
        .form(&fields)
        .send()
        .await
        .expect("answer");
    assert_eq!(response.status().as_u16(), 403);
    let page = agent.get(service).await;
    assert!(!page.body.contains("Cambiato senza token"), "nothing was saved");
    assert_eq!(hidden(&page.body, "csrf"), csrf, "the session is still valid");
}

/// Every page and form of the admin area an editor could aim at another organisation's
/// entries, by changing names in URLs and ids in forms. The suite cannot pass by accident:
/// every forbidden read is paired with the same read by the coordinator (who may, and sees
/// the entry), every forbidden write carries a real CSRF token (so it is refused for access,
/// not for the token) and is answered with the translated refusal, the same writes succeed on
/// the editor's own organisation, and the database is checked afterwards for every
/// organisation aimed at.
#[tokio::test]
async fn an_editor_cannot_read_or_change_another_organisations_entries() {
    let editor = Agent::logged_in(base(), EDITOR_A).await;
    let coordinator = Agent::logged_in(base(), COORDINATOR).await;
    let db = portineria::db::Database::open(&ADMIN.database_url).await.expect("db");
    let targets = ["renken-onlus", "roma-capitale", "ambito-visconteo-sud-milano"];
    let mut before = Vec::new();
    for org in targets {
        before.push(db.document(org).await.expect("read").expect("exists"));
    }
    // A revision of another organisation, to be aimed at through the editor's own one.
    let foreign_revision = db.revisions(before[0].id, 1).await.expect("revisions")[0].id;
    let csrf = editor.csrf().await;
    assert_eq!(csrf.len(), 64, "the editor's own CSRF token: a refusal below is about access, not the token");
    let refusal = |body: &str| {
        body.contains(&escaped(&t(Lang::It, "admin-error-not-found")))
            || body.contains(&escaped(&t(Lang::It, "admin-error-forbidden")))
    };
    let entries = [
        ("renken-onlus", "services", "femminili-plurali-orientamento-lavoro"),
        ("renken-onlus", "programmes", "femminili-plurali-fase-2"),
        ("renken-onlus", "organization", "renken-onlus"),
        ("roma-capitale", "locations", "via-assisi"),
        ("ambito-visconteo-sud-milano", "events", "visconteo-equipe-mediatori-2019-06-20"),
    ];
    for (org, kind, id) in entries {
        let entry = format!("/admin/orgs/{org}/{kind}/{id}");
        // The coordinator's form, so the fields are exactly those of a real save.
        let mut fields = entry_form_of(&coordinator, &entry).await;
        set(&mut fields, "csrf", &csrf);
        set(&mut fields, "action", "publish");
        let mut reads = vec![
            (entry.clone(), id.to_string()),
            (format!("/admin/orgs/{org}"), id.to_string()),
            (format!("/admin/orgs/{org}/changes"), format!("/admin/orgs/{org}")),
            (format!("/admin/orgs/{org}/revisions"), format!("/admin/orgs/{org}/revisions/")),
        ];
        // (An organisation has no "new organisation" page inside it: 404 for everyone.)
        if kind != "organization" {
            reads.push((format!("/admin/orgs/{org}/{kind}/new"), format!("/admin/orgs/{org}/{kind}/new")));
        }
        if org == "renken-onlus" {
            let revision = format!("/admin/orgs/{org}/revisions/{foreign_revision}");
            reads.push((revision.clone(), format!("{revision}/restore")));
        }
        if kind != "locations" && kind != "events" {
            reads.push((format!("/admin/orgs/{org}/preview/it/{kind}/{id}"), "Renken".into()));
        }
        for (path, shown) in reads {
            let control = coordinator.get(&path).await;
            assert_eq!(control.status.as_u16(), 200, "control: the coordinator reads {path}");
            assert!(control.body.contains(&shown), "control: {path} shows {shown}");
            let answer = editor.get(&path).await;
            assert_eq!(answer.status.as_u16(), 404, "GET {path}");
            assert!(
                refusal(&answer.body) && !answer.body.contains(&shown),
                "GET {path} shows the refusal, nothing else"
            );
        }
        let own = format!("/admin/orgs/cooperativa-san-donato/revisions/{foreign_revision}");
        let answer = editor.get(&own).await;
        assert_eq!(answer.status.as_u16(), 404, "GET {own}");
        assert!(refusal(&answer.body));
        let writes = [
            entry.clone(),
            format!("/admin/orgs/{org}/{kind}/new"),
            format!("{entry}/delete"),
            format!("{entry}/verify"),
            format!("/admin/orgs/{org}/publish"),
            format!("/admin/orgs/{org}/discard"),
            format!("/admin/orgs/{org}/revisions/{foreign_revision}/restore"),
            format!("/admin/orgs/cooperativa-san-donato/revisions/{foreign_revision}/restore"),
        ];
        for path in writes {
            assert_eq!(field(&fields, "csrf"), csrf, "POST {path} carries a valid token");
            let answer = editor.post(&path, &fields).await;
            assert_eq!(answer.status.as_u16(), 404, "POST {path}: {}", answer.status);
            assert!(refusal(&answer.body), "POST {path} answers the translated refusal");
        }
    }
    // Control writes: the same kinds of request on the editor's own organisation succeed.
    let own_service = "/admin/orgs/cooperativa-san-donato/services/san-donato-orientamento-lavoro";
    let mut own = entry_form_of(&editor, own_service).await;
    set(&mut own, "action", "draft");
    assert_eq!(editor.post(own_service, &own).await.status.as_u16(), 303, "control: saving their own entry");
    let verify = editor.post(&format!("{own_service}/verify"), &pairs(&[("csrf", &csrf)])).await;
    assert_eq!(verify.status.as_u16(), 303, "control: stamping their own entry");
    // (Other tests may save San Donato's draft meanwhile: a discard based on an older draft
    // is refused with the newer one shown, so the control reads the form again.)
    let mut discarded = 0;
    for _ in 0..5 {
        let org_page = editor.get("/admin/orgs/cooperativa-san-donato").await;
        let discard = form_fields(&org_page.body, "/admin/orgs/cooperativa-san-donato/discard");
        discarded = editor.post("/admin/orgs/cooperativa-san-donato/discard", &discard).await.status.as_u16();
        if discarded == 303 {
            break;
        }
    }
    assert_eq!(discarded, 303, "control: discarding their own draft");
    // Coordinator pages and forms.
    for path in ["/admin/people", "/admin/audit", "/admin/needs"] {
        assert_eq!(coordinator.get(path).await.status.as_u16(), 200, "control: the coordinator reads {path}");
        let answer = editor.get(path).await;
        assert_eq!(answer.status.as_u16(), 403, "GET {path}");
        assert!(answer.body.contains(&escaped(&t(Lang::It, "admin-error-forbidden"))));
    }
    let me = db.user_by_email(EDITOR_A.0).await.expect("read").expect("exists");
    for (path, form) in [
        ("/admin/people".to_string(), pairs(&[("csrf", &csrf), ("email", "x@y.example"), ("role", "coordinator")])),
        (format!("/admin/people/{}", me.0.id), pairs(&[("csrf", &csrf), ("role", "coordinator"), ("active", "on")])),
        (format!("/admin/people/{}/reset", me.0.id), pairs(&[("csrf", &csrf)])),
        (format!("/admin/people/{}/mfa-reset", me.0.id), pairs(&[("csrf", &csrf)])),
        (
            "/admin/organizations".to_string(),
            pairs(&[("csrf", &csrf), ("slug", "nuova"), ("name", "N"), ("description", "D")]),
        ),
    ] {
        let answer = editor.post(&path, &form).await;
        assert_eq!(answer.status.as_u16(), 403, "POST {path}");
        assert!(answer.body.contains(&escaped(&t(Lang::It, "admin-error-forbidden"))), "POST {path}");
    }
    for (org, earlier) in targets.iter().zip(before) {
        let after = db.document(org).await.expect("read").expect("exists");
        assert_eq!(earlier.published, after.published, "{org}: published document unchanged");
        assert_eq!(after.draft, None, "{org}: no draft appeared");
        assert_eq!(earlier.version, after.version, "{org}: not written at all");
    }
    assert_eq!(db.user_by_email(EDITOR_A.0).await.expect("read").expect("exists").0.role, portineria::db::Role::Editor);
    assert!(db.user_by_email("x@y.example").await.expect("read").is_none());
    assert!(db.organization_entries().await.expect("read").iter().all(|o| o.slug != "nuova"));
    // Ids that are not numbers name nothing: a translated 404, not a parse error.
    let answer = editor.get("/admin/orgs/cooperativa-san-donato/revisions/abc").await;
    assert_eq!(answer.status.as_u16(), 404);
    assert!(answer.body.contains(&escaped(&t(Lang::It, "admin-error-not-found"))));
    // Their own organisation, on the other hand, is theirs.
    assert_eq!(editor.get("/admin/orgs/cooperativa-san-donato").await.status.as_u16(), 200);
}

#[tokio::test]
async fn pages_carry_the_security_headers() {
    let agent = Agent::logged_in(base(), COORDINATOR).await;
    let admin = agent.get("/admin").await;
    let public = http().get(format!("{}/it/", base())).send().await.expect("home");
    let public_headers = public.headers().clone();
    let public_html = public.text().await.expect("body");
    for headers in [&admin.headers, &public_headers] {
        let csp = headers.get("content-security-policy").and_then(|v| v.to_str().ok()).expect("CSP");
        assert!(
            csp.contains("frame-ancestors 'none'")
                && csp.contains("object-src 'none'")
                && !csp.contains("unsafe-inline")
        );
        assert_eq!(headers.get("x-content-type-options").map(|v| v.to_str().unwrap_or("")), Some("nosniff"));
        assert!(headers.get("referrer-policy").is_some());
    }
    // The public page allows exactly its own inline hydration scripts, by nonce.
    let csp = public_headers.get("content-security-policy").and_then(|v| v.to_str().ok()).unwrap_or("");
    let nonce = csp.split("'nonce-").nth(1).and_then(|n| n.split('\'').next()).expect("a nonce");
    let inline: Vec<&str> = public_html
        .match_indices("<script")
        .map(|(i, _)| &public_html[i..i + public_html[i..].find('>').unwrap_or(0)])
        .filter(|tag| !tag.contains(" src="))
        .collect();
    assert!(!inline.is_empty(), "hydration scripts");
    for tag in inline {
        assert!(tag.contains(&format!("nonce=\"{nonce}\"")), "{tag} carries the nonce");
    }
    assert!(!admin.body.contains("<script"), "the admin area runs no script");
    assert_eq!(admin.headers.get("cache-control").map(|v| v.to_str().unwrap_or("")), Some("no-store"));
}

#[tokio::test]
async fn oversized_and_malformed_forms_get_a_clear_4xx() {
    let agent = Agent::logged_in(base(), EDITOR_A).await;
    let csrf = agent.csrf().await;
    let service = "/admin/orgs/cooperativa-san-donato/services/san-donato-regolarizzazione-giuridica";
    let big = format!("csrf={csrf}&name.it={}", "a".repeat(1 << 20));
    let answer = agent.post_raw(service, big.into_bytes()).await;
    assert_eq!(answer.status.as_u16(), 413);
    assert!(answer.body.contains(&escaped(&t(Lang::It, "admin-error-too-large"))));
    let answer = agent.post_raw(service, format!("csrf={csrf}&name.it=%FF%FE%C3").into_bytes()).await;
    assert_eq!(answer.status.as_u16(), 400);
    assert!(answer.body.contains(&escaped(&t(Lang::It, "admin-error-malformed"))));
    // A long text below the form limit is a message on its field, with the text kept.
    let mut fields = entry_form_of(&agent, service).await;
    set(&mut fields, "summary.it", &"x".repeat(10_001));
    let answer = agent.post(service, &fields).await;
    assert_eq!(answer.status.as_u16(), 422);
    assert!(answer.body.contains(&escaped(&t(Lang::It, "admin-error-too-long"))));
}

#[tokio::test]
async fn bad_fields_get_their_own_message_and_keep_what_was_typed() {
    let agent = Agent::logged_in(base(), COORDINATOR).await;
    let service = "/admin/orgs/ambito-visconteo-sud-milano/services/visconteo-mediazione-centri-aggregazione";
    let mut fields = entry_form_of(&agent, service).await;
    set(&mut fields, "email", "non è un indirizzo");
    set(&mut fields, "website", "www.senza-schema.it");
    set(&mut fields, "name.it", "");
    set(&mut fields, "summary.ro", "Rezumat scris de mână");
    let answer = agent.post(service, &fields).await;
    assert_eq!(answer.status.as_u16(), 422);
    for key in ["admin-error-email", "admin-error-url", "admin-error-required-italian", "admin-form-has-errors"] {
        assert!(answer.body.contains(&escaped(&t(Lang::It, key))), "{key}");
    }
    let kept = form_fields(&answer.body, service);
    assert_eq!(field(&kept, "email"), "non è un indirizzo");
    assert_eq!(field(&kept, "summary.ro"), "Rezumat scris de mână");
    assert!(answer.body.contains("aria-invalid=\"true\""));
}

#[tokio::test]
async fn a_draft_stays_private_until_published_then_is_searchable_at_once() {
    let agent = Agent::logged_in(base(), COORDINATOR).await;
    let service = "/admin/orgs/coop-pid/services/pid-segretariato-sociale-intra-extra-murario";
    let mut fields = entry_form_of(&agent, service).await;
    set(&mut fields, "summary.it", "Sportello con parola rarissima zanzibarotto");
    set(&mut fields, "name.ar", "أمانة اجتماعية زنجبار");
    set(&mut fields, "action", "draft");
    let answer = agent.post(service, &fields).await;
    assert_eq!(answer.status.as_u16(), 303, "{}", answer.body);
    assert!(api_hits(base(), "zanzibarotto").await.is_empty(), "a draft is not searchable");
    let public = http()
        .get(format!("{}/it/services/pid-segretariato-sociale-intra-extra-murario", base()))
        .send()
        .await
        .expect("page");
    assert!(!public.text().await.expect("body").contains("zanzibarotto"), "nor public");
    // The preview shows the draft as the public page will.
    let preview =
        agent.get("/admin/orgs/coop-pid/preview/ar/services/pid-segretariato-sociale-intra-extra-murario").await;
    assert_eq!(preview.status.as_u16(), 200);
    assert!(preview.body.contains("أمانة اجتماعية زنجبار") && preview.body.contains("dir=\"rtl\""));
    assert!(preview
        .headers
        .get("content-security-policy")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|c| c.contains("script-src 'none'")));
    let changes = agent.get("/admin/orgs/coop-pid/changes").await;
    assert!(changes.body.contains("services[pid-segretariato-sociale-intra-extra-murario].summary.it"));

    let publish = form_fields(&agent.get("/admin/orgs/coop-pid").await.body, "/admin/orgs/coop-pid/publish");
    let published = agent.post("/admin/orgs/coop-pid/publish", &publish).await;
    assert_eq!(published.status.as_u16(), 303);
    let started = Instant::now();
    let mut hits = Vec::new();
    while started.elapsed() < Duration::from_secs(1) && hits.is_empty() {
        hits = api_hits(base(), "zanzibarotto").await;
    }
    assert_eq!(hits, vec!["pid-segretariato-sociale-intra-extra-murario"], "searchable within 1 s");
    let public = http()
        .get(format!("{}/ar/services/pid-segretariato-sociale-intra-extra-murario", base()))
        .send()
        .await
        .expect("page");
    assert!(public.text().await.expect("body").contains("أمانة اجتماعية زنجبار"));

    // An index rebuilt from the database finds the same.
    let db = portineria::db::Database::open(&ADMIN.database_url).await.expect("db");
    let dir = tempfile::tempdir().expect("dir");
    let thesaurus = portineria::search::Thesaurus::load(&repo_root().join("content")).expect("thesaurus");
    let index = std::sync::Arc::new(
        portineria::search::SearchIndex::open(dir.path(), thesaurus, Default::default()).expect("index"),
    );
    portineria::search::indexer::rebuild(&db, &index).await.expect("rebuild");
    let query = portineria::search::SearchQuery { text: "zanzibarotto".into(), limit: 10, ..Default::default() };
    let found = index.search(&query).expect("search");
    let rebuilt: Vec<String> = found.hits.iter().map(|h| h.card.slug.clone()).collect();
    assert_eq!(rebuilt, api_hits(base(), "zanzibarotto").await);
}

/// Markup typed into every text field stays text on every page that shows it.
#[tokio::test]
async fn stored_markup_shows_as_text_on_public_kiosk_and_print_pages() {
    let agent = Agent::logged_in(base(), COORDINATOR).await;
    let slug = "cremasca-mediazione-culturale";
    let service = format!("/admin/orgs/comunita-sociale-cremasca/services/{slug}");
    let attack = "</title></textarea><script>alert('xss')</script>\"><img src=x onerror=alert(1)>";
    let mut fields = entry_form_of(&agent, &service).await;
    for name in ["name", "summary", "description", "eligibility", "how_to_access", "cost", "documents"] {
        for lang in ["it", "ar"] {
            set(&mut fields, &format!("{name}.{lang}"), &format!("{name} {lang} {attack}"));
        }
    }
    set(&mut fields, "phones.0.number", "+39 0373 000000");
    set(&mut fields, "phones.0.label.it", attack);
    set(&mut fields, "action", "publish");
    let answer = agent.post(&service, &fields).await;
    assert_eq!(answer.status.as_u16(), 303, "{}", answer.body);
    let pages = [
        format!("/it/services/{slug}"),
        format!("/ar/services/{slug}"),
        format!("/it/services/{slug}/print"),
        format!("/kiosk/ar/services/{slug}/print?format=receipt"),
        format!("/kiosk/ar/services/{slug}"),
        format!("/mediator/services/{slug}?lang=ar&ids="),
        "/it/search?q=eligibility".to_string(),
        "/it/organizations/comunita-sociale-cremasca".to_string(),
    ];
    for path in pages.iter().chain(std::iter::once(&service)) {
        let html = if path.starts_with("/admin") {
            agent.get(path).await.body
        } else {
            portineria_tests::page_at(base(), path).await.1
        };
        assert_eq!(injected_elements(&html), Vec::<String>::new(), "{path} runs no stored markup");
        if !path.contains("search") {
            assert!(html.contains("&lt;script&gt;alert"), "{path} shows it as text");
        }
    }
}

#[tokio::test]
async fn the_second_of_two_conflicting_saves_sees_both_versions_and_loses_nothing() {
    let first = Agent::logged_in(base(), COORDINATOR).await;
    let second = Agent::logged_in(base(), COORDINATOR).await;
    let service = "/admin/orgs/roma-capitale/services/roma-ufficio-immigrazione";
    let mut mine = entry_form_of(&first, service).await;
    let mut theirs = entry_form_of(&second, service).await;
    set(&mut theirs, "summary.it", "Versione salvata per prima");
    set(&mut theirs, "action", "draft");
    assert_eq!(second.post(service, &theirs).await.status.as_u16(), 303);
    set(&mut mine, "summary.it", "Versione scritta nel frattempo");
    set(&mut mine, "action", "draft");
    let conflict = first.post(service, &mine).await;
    assert_eq!(conflict.status.as_u16(), 409);
    assert!(conflict.body.contains(&escaped(&t(Lang::It, "admin-conflict-title"))));
    assert!(
        conflict.body.contains("Versione salvata per prima")
            && conflict.body.contains("Versione scritta nel frattempo")
    );
    // The form holds what was typed, based on the newer version: saving it again wins.
    let again = form_fields(&conflict.body, service);
    assert_eq!(field(&again, "summary.it"), "Versione scritta nel frattempo");
    let mut again = again;
    set(&mut again, "action", "draft");
    assert_eq!(first.post(service, &again).await.status.as_u16(), 303);
    let page = first.get(service).await;
    assert!(page.body.contains("Versione scritta nel frattempo"));
    // And the first version is kept in the history.
    let revisions = first.get("/admin/orgs/roma-capitale/revisions").await;
    assert!(revisions.body.matches("services[roma-ufficio-immigrazione]").count() >= 2);
}

#[tokio::test]
async fn any_revision_can_be_restored() {
    let agent = Agent::logged_in(base(), COORDINATOR).await;
    let org = "/admin/orgs/programma-integra";
    let service = format!("{org}/services/fabbrica-dei-mestieri-formazione-inserimento-lavorativo");
    let original = field(&entry_form_of(&agent, &service).await, "name.it").to_string();
    let mut fields = entry_form_of(&agent, &service).await;
    set(&mut fields, "name.it", "Nome sbagliato da annullare");
    set(&mut fields, "action", "publish");
    assert_eq!(agent.post(&service, &fields).await.status.as_u16(), 303);
    let history = agent.get(&format!("{org}/revisions")).await;
    assert!(history.body.contains(COORDINATOR.0), "who");
    // The oldest revision is the import from the content file.
    let ids: Vec<String> = history
        .body
        .match_indices(&format!("{org}/revisions/"))
        .map(|(i, m)| history.body[i + m.len()..].chars().take_while(char::is_ascii_digit).collect())
        .collect();
    let newest = agent.get(&format!("{org}/revisions/{}", ids[0])).await;
    assert!(
        newest.body.contains("Nome sbagliato da annullare") && newest.body.contains(&escaped(&original)),
        "a readable diff"
    );
    let oldest = ids.last().expect("an import revision");
    let csrf = agent.csrf().await;
    let restored = agent.post(&format!("{org}/revisions/{oldest}/restore"), &pairs(&[("csrf", &csrf)])).await;
    assert_eq!(restored.status.as_u16(), 303);
    assert_eq!(field(&entry_form_of(&agent, &service).await, "name.it"), original, "the draft is the old version");
    let publish = form_fields(&agent.get(org).await.body, &format!("{org}/publish"));
    assert_eq!(agent.post(&format!("{org}/publish"), &publish).await.status.as_u16(), 303);
    let public = http()
        .get(format!("{}/it/services/fabbrica-dei-mestieri-formazione-inserimento-lavorativo", base()))
        .send()
        .await
        .expect("page");
    let html = public.text().await.expect("body");
    assert!(html.contains(&escaped(&original)) && !html.contains("Nome sbagliato"));
}

#[tokio::test]
async fn translations_show_their_status_and_can_be_confirmed_in_one_click() {
    let agent = Agent::logged_in(base(), COORDINATOR).await;
    let service =
        "/admin/orgs/ambito-visconteo-sud-milano/services/visconteo-mediazione-linguistico-culturale-servizi-sociali";
    let page = agent.get(service).await;
    assert!(page.body.contains(&escaped(&t(Lang::It, "admin-status-machine"))));
    let mut fields = form_fields(&page.body, service);
    set(&mut fields, "confirm", "service:visconteo-mediazione-linguistico-culturale-servizi-sociali/name/ar");
    let answer = agent.post(service, &fields).await;
    assert_eq!(answer.status.as_u16(), 303);
    assert!(answer.location().ends_with("?done=confirmed"));
    let page = agent.get(answer.location()).await;
    let name_ar = page.body.find("name=\"name.ar\"").expect("arabic name field");
    let after = &page.body[name_ar..name_ar + 600];
    assert!(after.contains("status-confirmed"), "the Arabic name is now confirmed");
    let org = agent.get("/admin/orgs/ambito-visconteo-sud-milano").await;
    assert!(org.body.contains("<meter"), "completeness bars");
}

#[tokio::test]
async fn coordinators_invite_people_with_a_one_time_link() {
    let coordinator = Agent::logged_in(base(), COORDINATOR).await;
    let csrf = coordinator.csrf().await;
    let db = portineria::db::Database::open(&ADMIN.database_url).await.expect("db");
    let pid = db.document("coop-pid").await.expect("read").expect("exists").id;
    let invite = coordinator
        .post(
            "/admin/people",
            &pairs(&[
                ("csrf", &csrf),
                ("email", "Nuova@Persona.example"),
                ("role", "editor"),
                ("organizations", &pid.to_string()),
            ]),
        )
        .await;
    assert_eq!(invite.status.as_u16(), 200);
    let start = invite.body.find("/admin/invitation/").expect("a link");
    let link: String = invite.body[start..].chars().take_while(|c| *c != '<').collect();
    let person = Agent::new(base());
    let form = person.get(&link).await;
    assert_eq!(form.status.as_u16(), 200);
    let csrf = hidden(&form.body, "csrf");
    let weak =
        person.post(&link, &pairs(&[("csrf", &csrf), ("password", "password1234"), ("confirm", "password1234")])).await;
    assert_eq!(weak.status.as_u16(), 422);
    assert!(weak.body.contains(&escaped(&t(Lang::It, "admin-password-common"))));
    let csrf = hidden(&weak.body, "csrf");
    let good = "una passphrase lunga e mia";
    let accepted = person.post(&link, &pairs(&[("csrf", &csrf), ("password", good), ("confirm", good)])).await;
    assert_eq!((accepted.status.as_u16(), accepted.location()), (303, "/admin"));
    let dashboard = person.get("/admin").await;
    assert!(dashboard.body.contains("/admin/orgs/coop-pid") && !dashboard.body.contains("/admin/orgs/renken-onlus"));
    assert_eq!(Agent::new(base()).get(&link).await.status.as_u16(), 400, "a link works once");
    assert_eq!(Agent::new(base()).login("nuova@persona.example", good).await.status.as_u16(), 303);
    let audit = coordinator.get("/admin/audit").await;
    for action in ["admin-audit-invite", "admin-audit-invitation-accepted", "admin-audit-login"] {
        assert!(audit.body.contains(&escaped(&t(Lang::It, action))), "{action} in the audit log");
    }
}

#[tokio::test]
async fn the_dashboard_lists_stale_entries_until_they_are_confirmed() {
    let agent = Agent::logged_in(base(), EDITOR_A).await;
    let dashboard = agent.get("/admin").await;
    let entry = "/admin/orgs/cooperativa-san-donato/services/san-donato-accompagnamento-sociale-rom";
    // Imported today, never confirmed: not stale yet; aged by the test, it is.
    assert!(!dashboard.body.contains(&format!("href=\"{entry}\"")));
    let aged = (chrono::Utc::now() - chrono::Duration::days(200)).to_rfc3339();
    sql(&format!(
        "UPDATE revisions SET created_at = '{aged}' WHERE organization_id = (SELECT id FROM organizations WHERE slug = 'cooperativa-san-donato')"
    ))
    .await;
    let dashboard = agent.get("/admin").await;
    assert!(dashboard.body.contains(&format!("href=\"{entry}\"")), "listed as not confirmed for 180 days");
    let csrf = hidden(&dashboard.body, "csrf");
    let stamped = agent.post(&format!("{entry}/verify"), &pairs(&[("csrf", &csrf)])).await;
    assert_eq!(stamped.status.as_u16(), 303);
    assert!(!agent.get("/admin").await.body.contains(&format!("href=\"{entry}\"")));
    let api: serde_json::Value = http()
        .get(format!("{}/api/v1/services/san-donato-accompagnamento-sociale-rom?lang=it", base()))
        .send()
        .await
        .expect("api")
        .json()
        .await
        .expect("json");
    let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
    assert!(api.to_string().contains(&today), "last verified today: {api}");
    // Open Referral's `assured_date` is the same stamp; who stamped it is not published.
    let hsds: serde_json::Value = http()
        .get(format!("{}/api/hsds/v3/services?per_page=1000", base()))
        .send()
        .await
        .expect("hsds")
        .json()
        .await
        .expect("json");
    let services = hsds["contents"].as_array().expect("services");
    let stamped = services.iter().find(|s| s["slug"] == "san-donato-accompagnamento-sociale-rom").expect("listed");
    assert_eq!(stamped["assured_date"], today.as_str(), "{stamped}");
    assert!(!hsds.to_string().contains(EDITOR_A.0), "the stamper's address stays in the admin area");
}

#[tokio::test]
async fn the_unmet_needs_report_counts_searches_without_personal_data() {
    for _ in 0..3 {
        http().get(format!("{}/ro/search?q=Cercetare+Inexistentă+Qwz", base())).send().await.expect("search");
    }
    http().get(format!("{}/ro/search?q=Mario+Rossi+Qwz", base())).send().await.expect("search");
    let coordinator = Agent::logged_in(base(), COORDINATOR).await;
    let started = Instant::now();
    let mut report = coordinator.get("/admin/needs").await;
    while !report.body.contains("cercetare inexistentă qwz") && started.elapsed() < Duration::from_secs(5) {
        tokio::time::sleep(Duration::from_millis(100)).await;
        report = coordinator.get("/admin/needs").await;
    }
    assert!(report.body.contains("cercetare inexistentă qwz"), "a query searched 3 times with no result");
    assert!(!report.body.contains("mario rossi"), "a query searched once is never shown");
    let columns = portineria_tests::table_columns(&ADMIN.database_url, "search_log").await;
    assert_eq!(columns, ["day", "lang", "query", "searches", "zero_results"], "nothing else is kept");
}

#[tokio::test]
async fn the_admin_area_speaks_each_language_arabic_right_to_left() {
    let agent = Agent::logged_in(base(), EDITOR_B).await;
    for lang in Lang::ALL {
        let csrf = agent.csrf().await;
        let answer = agent.post("/admin/language", &pairs(&[("csrf", &csrf), ("lang", lang.code())])).await;
        assert_eq!(answer.status.as_u16(), 303);
        let page = agent.get("/admin/orgs/renken-onlus").await;
        assert!(page.body.contains(&format!("<html lang=\"{lang}\" dir=\"{}\"", lang.dir())), "{lang}");
        for key in ["admin-nav-dashboard", "admin-kind-services", "admin-completeness"] {
            assert!(page.body.contains(&escaped(&t(lang, key))), "{lang}: {key}");
        }
        let edit = agent.get("/admin/orgs/renken-onlus/services/femminili-plurali-orientamento-lavoro").await;
        assert!(edit.body.contains(&escaped(&t(lang, "admin-save-publish"))), "{lang}: the editor");
    }
    let csrf = agent.csrf().await;
    agent.post("/admin/language", &pairs(&[("csrf", &csrf), ("lang", "it")])).await;
}

/// Brute force is slowed down: after five failures, every attempt (even the right password)
/// must wait, and says so with 429. Its own server, so the other tests' logins are not slowed.
#[tokio::test]
async fn repeated_failures_are_throttled() {
    let server = TestServer::start(repo_root().join("content"));
    let url = server.database_url.clone();
    account(&url, "bersaglio@rete.example", "editor", "la password giusta e lunga", &[]).await;
    let agent = Agent::new(&server.base);
    for attempt in 1..=5 {
        let answer = agent.login("bersaglio@rete.example", &format!("tentativo sbagliato {attempt}")).await;
        assert_eq!(answer.status.as_u16(), 401, "attempt {attempt}");
    }
    let blocked = agent.login("bersaglio@rete.example", "la password giusta e lunga").await;
    assert_eq!(blocked.status.as_u16(), 429);
    assert!(blocked.headers.get("retry-after").is_some());
    assert!(blocked.body.contains(&escaped(&t(Lang::It, "admin-login-throttled"))));
    // The same address trying another account is slowed down as well.
    assert_eq!(agent.login("altro@rete.example", "qualsiasi cosa lunga").await.status.as_u16(), 429);
}

/// The messages the admin area names from data (field names, statuses, kinds, actions) exist
/// in every language.
#[test]
fn every_message_named_from_data_exists_in_every_language() {
    use portineria::content::editor::Kind;
    let mut keys: Vec<String> = Vec::new();
    for kind in Kind::ALL {
        keys.extend(kind.field_names().into_iter().map(|name| format!("admin-field-{}", name.replace('_', "-"))));
    }
    for kind in Kind::LISTED {
        keys.push(format!("admin-kind-{}", kind.segment()));
        keys.push(format!("admin-new-{}", kind.segment()));
    }
    let lists: [(&str, &[&str]); 8] = [
        ("admin-status", &["source", "machine", "confirmed", "missing", "outdated"]),
        ("xliff-filter", &["missing", "machine", "outdated", "all"]),
        (
            "xliff-error",
            &["no-file", "filter", "too-large", "too-many", "malformed", "not-xliff", "entities", "language"],
        ),
        ("admin-revision", &["import", "draft", "publish", "restore", "discard"]),
        (
            "admin-done",
            &["saved", "published", "discarded", "verified", "restored", "deleted", "created", "confirmed", "nothing"],
        ),
        ("admin-role", &["editor", "coordinator"]),
        ("admin-audience", &["public", "professionals"]),
        (
            "admin-audit",
            &[
                "login",
                "login-failed",
                "login-throttled",
                "logout",
                "logout-everywhere",
                "invitation-accepted",
                "invite",
                "update-account",
                "create-organization",
                "create-account",
                "save-draft",
                "publish",
                "restore",
                "discard-draft",
                "verify",
                "password-changed",
                "reset-link",
                "password-reset",
                "password-reset-cli",
                "mfa-enabled",
                "mfa-reset",
                "mfa-reset-cli",
                "login-code-failed",
                "recovery-code-used",
            ],
        ),
    ];
    for (prefix, values) in lists {
        keys.extend(values.iter().map(|v| format!("{prefix}-{v}")));
    }
    for lang in Lang::ALL {
        for key in &keys {
            let text = portineria_app::i18n::try_t(lang, key);
            assert!(text.is_some_and(|t| !t.is_empty()), "{lang}: {key}");
        }
    }
}
