//! The admin area in real headless Chromium, as partners use it: a coordinator creates an
//! organisation and invites an editor; the editor sets a password, edits a service in
//! Italian and Arabic, publishes, and finds the change in public search; a conflicting
//! edit shows the conflict page. Then axe-core on the admin pages in Italian and Arabic.

use super::admin::{COORDINATOR, EDITOR_A};
use fantoccini::{Client, Locator};
use portineria_app::i18n::t;
use portineria_app::lang::Lang;
use portineria_tests::admin::{account, entry_form_of, set, Agent};
use portineria_tests::browser::{axe_violations, browser, screenshot, wait_until};
use portineria_tests::{repo_root, TestServer};

pub async fn loaded(client: &Client, address: &str) {
    client.goto(address).await.expect("page");
    wait_until(client, "return document.readyState === 'complete'").await;
}

async fn fill(client: &Client, css: &str, value: &str) {
    let field = client.find(Locator::Css(css)).await.unwrap_or_else(|e| panic!("{css}: {e}"));
    field.clear().await.expect("clear");
    field.send_keys(value).await.expect("type");
}

/// Clicks a submit button and waits for the page it leads to.
async fn click(client: &Client, css: &str) {
    let element = client.find(Locator::Css(css)).await.unwrap_or_else(|e| panic!("{css}: {e}"));
    click_element(client, element).await;
}

/// Clicks `element` (a submit button) and waits for the page it leads to.
async fn click_element(client: &Client, element: fantoccini::elements::Element) {
    let arg = vec![serde_json::to_value(&element).expect("element")];
    client
        .execute("arguments[0].scrollIntoView({block: 'center'}); window.beforeClick = true", arg)
        .await
        .expect("scroll");
    element.click().await.expect("click");
    wait_until(client, "return !window.beforeClick && document.readyState === 'complete'").await;
}

/// The page's text, once the page a click led to has loaded.
async fn body(client: &Client) -> String {
    for _ in 0..50 {
        if let Ok(element) = client.find(Locator::Css("body")).await {
            if let Ok(text) = element.text().await {
                return text;
            }
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("no page body");
}

pub async fn log_in(client: &Client, base: &str, (email, password): (&str, &str)) {
    loaded(client, &format!("{base}/admin/login")).await;
    fill(client, "#email", email).await;
    fill(client, "#password", password).await;
    click(client, "form[action='/admin/login'] button[type=submit]").await;
    wait_until(client, "return location.pathname === '/admin'").await;
}

#[tokio::test]
async fn a_coordinator_brings_in_an_editor_who_publishes_a_change_found_in_search() {
    let server = TestServer::start(repo_root().join("content"));
    let base = server.base.clone();
    account(&server.database_url, COORDINATOR.0, "coordinator", COORDINATOR.1, &[]).await;

    // The coordinator creates an organisation and invites an editor for it and San Donato.
    let coordinator = browser(true).await;
    log_in(&coordinator, &base, COORDINATOR).await;
    screenshot(&coordinator, "admin-dashboard-it").await;
    fill(&coordinator, "#new-slug", "associazione-prova").await;
    fill(&coordinator, "#new-name", "Associazione di prova").await;
    fill(&coordinator, "#new-description", "Una nuova associazione della rete.").await;
    click(&coordinator, "form[action='/admin/organizations'] button[type=submit]").await;
    wait_until(&coordinator, "return location.pathname === '/admin/orgs/associazione-prova'").await;
    assert!(body(&coordinator).await.contains(&t(Lang::It, "admin-done-created")));
    loaded(&coordinator, &format!("{base}/admin/people")).await;
    fill(&coordinator, "#invite-email", EDITOR_A.0).await;
    for label in ["Associazione di prova", "Cooperativa San Donato"] {
        let boxes =
            coordinator.find_all(Locator::Css("form[action='/admin/people'] label.check")).await.expect("boxes");
        for b in boxes {
            if b.text().await.expect("label").contains(label) {
                b.click().await.expect("tick");
            }
        }
    }
    click(&coordinator, "form[action='/admin/people'] button[type=submit]").await;
    let link = coordinator.find(Locator::Css(".invitation-link")).await.expect("link").text().await.expect("text");
    assert!(link.contains("/admin/invitation/"), "{link}");

    // The editor opens the link in their own browser, and chooses a password.
    let editor = browser(true).await;
    loaded(&editor, &link).await;
    fill(&editor, "#password", EDITOR_A.1).await;
    fill(&editor, "#confirm", EDITOR_A.1).await;
    click(&editor, "button[type=submit]").await;
    wait_until(&editor, "return location.pathname === '/admin'").await;
    let dashboard = body(&editor).await;
    assert!(dashboard.contains("Associazione di prova") && dashboard.contains("Cooperativa San Donato"));
    assert!(!dashboard.contains("Renken"), "only their organisations");

    // They edit a service in Italian and Arabic, and publish.
    let service = "/admin/orgs/cooperativa-san-donato/services/san-donato-regolarizzazione-giuridica";
    loaded(&editor, &format!("{base}{service}")).await;
    screenshot(&editor, "admin-editor-it").await;
    fill(&editor, "#f-name-it", "Regolarizzazione giuridica e documenti Zefirino").await;
    fill(&editor, "#f-name-ar", "تسوية الوضع القانوني زفيرينو").await;
    click(&editor, "button[name=action][value=publish]").await;
    assert!(body(&editor).await.contains(&t(Lang::It, "admin-done-published")));
    let public = browser(true).await;
    loaded(&public, &format!("{base}/it/search?q=Zefirino")).await;
    assert!(body(&public).await.contains("Regolarizzazione giuridica e documenti Zefirino"), "found in public search");
    loaded(&public, &format!("{base}/ar/services/san-donato-regolarizzazione-giuridica")).await;
    assert!(body(&public).await.contains("تسوية الوضع القانوني زفيرينو"));

    // While the editor has the form open, the coordinator saves the same service.
    loaded(&editor, &format!("{base}{service}")).await;
    fill(&editor, "#f-summary-it", "Riassunto dell'editor").await;
    let agent = Agent::new(&base);
    agent.login(COORDINATOR.0, COORDINATOR.1).await;
    let mut theirs = entry_form_of(&agent, service).await;
    set(&mut theirs, "summary.it", "Riassunto del coordinamento");
    set(&mut theirs, "action", "draft");
    assert_eq!(agent.post(service, &theirs).await.status.as_u16(), 303);
    click(&editor, "button[name=action][value=draft]").await;
    let conflict = body(&editor).await;
    assert!(conflict.contains(&t(Lang::It, "admin-conflict-title")), "the conflict page");
    assert!(conflict.contains("Riassunto del coordinamento"), "their version");
    let kept = editor.find(Locator::Css("#f-summary-it")).await.expect("field").prop("value").await.expect("value");
    assert_eq!(kept.as_deref(), Some("Riassunto dell'editor"), "what was typed is kept");
    screenshot(&editor, "admin-conflict-it").await;
}

#[tokio::test]
async fn admin_pages_pass_axe_in_italian_and_arabic() {
    let server = TestServer::start(repo_root().join("content"));
    let base = server.base.clone();
    account(&server.database_url, COORDINATOR.0, "coordinator", COORDINATOR.1, &[]).await;
    let client = browser(true).await;
    loaded(&client, &format!("{base}/admin/login")).await;
    let mut problems = Vec::new();
    problems.extend(axe_violations(&client).await.into_iter().map(|v| format!("login: {v}")));
    log_in(&client, &base, COORDINATOR).await;
    for lang in [Lang::It, Lang::Ar] {
        loaded(&client, &format!("{base}/admin")).await;
        let select = client.find(Locator::Css("#admin-language")).await.expect("language");
        select.select_by_value(lang.code()).await.expect("choose");
        click(&client, "form[action='/admin/language'] button").await;
        let pages = [
            "/admin",
            "/admin/orgs/roma-capitale",
            "/admin/orgs/roma-capitale/services/roma-ufficio-immigrazione",
            "/admin/orgs/roma-capitale/locations/via-assisi",
            "/admin/orgs/roma-capitale/revisions",
            "/admin/people",
            "/admin/needs",
            "/admin/feedback",
            "/admin/audit",
            "/admin/account",
            "/admin/account/mfa",
        ];
        for path in pages {
            loaded(&client, &format!("{base}{path}")).await;
            let html_dir = client.execute("return document.documentElement.dir", vec![]).await.expect("dir");
            assert_eq!(html_dir.as_str(), Some(lang.dir()), "{lang} {path}");
            problems.extend(axe_violations(&client).await.into_iter().map(|v| format!("{lang} {path}: {v}")));
        }
        loaded(&client, &format!("{base}/admin/orgs/roma-capitale/services/roma-ufficio-immigrazione")).await;
        screenshot(&client, &format!("admin-editor-{lang}")).await;
        loaded(&client, &format!("{base}/admin/account/mfa")).await;
        screenshot(&client, &format!("admin-mfa-enrol-{lang}")).await;
    }
    assert!(problems.is_empty(), "axe-core: {problems:#?}");
}

/// A coordinator (who must have a second factor) enrols TOTP by reading the key off the
/// page, logs out, logs in with a code, and makes a reset link for an editor who forgot
/// their password; the editor uses it in their own browser.
#[tokio::test]
async fn a_coordinator_enrols_a_second_factor_and_resets_an_editors_password() {
    let server = TestServer::start_with(repo_root().join("content"), |c| {
        c.require_mfa = portineria::config::MfaPolicy::Coordinators;
    });
    let base = server.base.clone();
    account(&server.database_url, COORDINATOR.0, "coordinator", COORDINATOR.1, &[]).await;
    account(&server.database_url, EDITOR_A.0, "editor", EDITOR_A.1, &["cooperativa-san-donato"]).await;
    let coordinator = browser(true).await;
    loaded(&coordinator, &format!("{base}/admin/login")).await;
    fill(&coordinator, "#email", COORDINATOR.0).await;
    fill(&coordinator, "#password", COORDINATOR.1).await;
    click(&coordinator, "form[action='/admin/login'] button[type=submit]").await;
    // Sent to enrol before anything else.
    wait_until(&coordinator, "return location.pathname === '/admin/account/mfa'").await;
    assert!(body(&coordinator).await.contains(&t(Lang::It, "admin-mfa-required")));
    assert!(coordinator.find(Locator::Css("figure.mfa-qr svg")).await.is_ok(), "a QR code to scan");
    screenshot(&coordinator, "admin-mfa-enrol-it").await;
    let secret = coordinator.find(Locator::Css(".mfa-secret")).await.expect("key").text().await.expect("text");
    let secret = secret.replace(' ', "");
    let code = |offset: i64| {
        let step = portineria::accounts::totp::step_of(chrono::Utc::now().timestamp()) + offset;
        portineria::accounts::totp::code_at(&secret, step).expect("a valid key")
    };
    fill(&coordinator, "#code", &code(0)).await;
    click(&coordinator, "form[action='/admin/account/mfa'] button[type=submit]").await;
    let page = body(&coordinator).await;
    assert!(page.contains(&t(Lang::It, "admin-recovery-title")), "{page}");
    assert_eq!(coordinator.find_all(Locator::Css(".recovery-codes li")).await.expect("codes").len(), 10);
    // Log out, and in again: password, then a code.
    click(&coordinator, "form[action='/admin/logout'] button[type=submit]").await;
    wait_until(&coordinator, "return location.pathname === '/admin/login'").await;
    fill(&coordinator, "#email", COORDINATOR.0).await;
    fill(&coordinator, "#password", COORDINATOR.1).await;
    click(&coordinator, "form[action='/admin/login'] button[type=submit]").await;
    wait_until(&coordinator, "return location.pathname === '/admin/login/code'").await;
    screenshot(&coordinator, "admin-login-code-it").await;
    fill(&coordinator, "#code", &code(1)).await;
    click(&coordinator, "form[action='/admin/login/code'] button[type=submit]").await;
    wait_until(&coordinator, "return location.pathname === '/admin'").await;

    // The editor forgot their password: a reset link, handed over by hand.
    loaded(&coordinator, &format!("{base}/admin/people")).await;
    let person = coordinator.find_all(Locator::Css("section.admin-person")).await.expect("people");
    let mut reset = None;
    for section in person {
        if section.text().await.expect("text").contains(EDITOR_A.0) {
            reset = Some(section.find(Locator::Css("form[action$='/reset'] button")).await.expect("reset button"));
        }
    }
    click_element(&coordinator, reset.expect("the editor's row")).await;
    let link = coordinator.find(Locator::Css(".invitation-link")).await.expect("link").text().await.expect("text");
    assert!(body(&coordinator).await.contains(EDITOR_A.0));
    let editor = browser(true).await;
    loaded(&editor, &link).await;
    assert!(body(&editor).await.contains(&t(Lang::It, "admin-reset-title")));
    let new_password = "una password nuova dopo il reset";
    fill(&editor, "#password", new_password).await;
    fill(&editor, "#confirm", new_password).await;
    click(&editor, "button[type=submit]").await;
    wait_until(&editor, "return location.pathname === '/admin'").await;
    assert!(body(&editor).await.contains("Cooperativa San Donato"));
    // The old password no longer works; the new one does.
    assert_eq!(Agent::new(&base).login(EDITOR_A.0, EDITOR_A.1).await.status.as_u16(), 401);
    assert_eq!(Agent::new(&base).login(EDITOR_A.0, new_password).await.status.as_u16(), 303);
}
