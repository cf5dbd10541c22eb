//! Translations that stay true, over HTTP: a changed Italian makes the other languages'
//! translations *outdated* (marked on the public pages with today's Italian beside them, said
//! by the API, listed in the editor) until a partner confirms or rewrites them; translators'
//! XLIFF 2.0 files go out and come back into the draft, hostile ones change nothing, and an
//! upload racing a partner's save loses neither.

use portineria_app::i18n::{t, t_args};
use portineria_app::lang::Lang;
use portineria_tests::admin::{account, entry_form_of, field, form_fields, pairs, set, Agent};
use portineria_tests::{escaped, http, page_at, repo_root, TestServer};
use std::sync::LazyLock;

const COORDINATOR: (&str, &str) = ("traduzioni@rete.example", "le parole giuste per ogni famiglia");

static SERVER: LazyLock<TestServer> = LazyLock::new(|| {
    let server = TestServer::start(repo_root().join("content"));
    let url = server.database_url.clone();
    std::thread::spawn(move || {
        tokio::runtime::Runtime::new().expect("runtime").block_on(account(
            &url,
            COORDINATOR.0,
            "coordinator",
            COORDINATOR.1,
            &[],
        ))
    })
    .join()
    .expect("account created");
    server
});

fn base() -> &'static str {
    &SERVER.base
}

/// Saves the entry at `path` with `changes` made to its form, as a draft or published.
async fn save(agent: &Agent, path: &str, changes: &[(&str, &str)], action: &str) -> u16 {
    let mut fields = entry_form_of(agent, path).await;
    for (name, value) in changes {
        set(&mut fields, name, value);
    }
    set(&mut fields, "action", action);
    agent.post(path, &fields).await.status.as_u16()
}

async fn publish(agent: &Agent, org: &str) {
    let org_path = format!("/admin/orgs/{org}");
    let form = form_fields(&agent.get(&org_path).await.body, &format!("{org_path}/publish"));
    assert_eq!(agent.post(&format!("{org_path}/publish"), &form).await.status.as_u16(), 303, "published");
}

async fn api_service(slug: &str, lang: &str) -> serde_json::Value {
    let url = format!("{}/api/v1/services/{slug}?lang={lang}", base());
    http().get(url).send().await.expect("api").json().await.expect("json")
}

#[tokio::test]
async fn a_changed_italian_makes_the_translations_outdated_until_confirmed() {
    let agent = Agent::logged_in(base(), COORDINATOR).await;
    let slug = "roma-mediazione-interculturale";
    let path = format!("/admin/orgs/roma-capitale/services/{slug}");
    let before = field(&entry_form_of(&agent, &path).await, "name.it").to_string();
    let arabic = field(&entry_form_of(&agent, &path).await, "name.ar").to_string();
    let renamed = format!("{before} – nuovo orario dal lunedì");
    assert_eq!(save(&agent, &path, &[("name.it", &renamed)], "publish").await, 303);

    // The public Arabic page keeps its translation, marked, with today's Italian beside it.
    let (status, page) = page_at(base(), &format!("/ar/services/{slug}")).await;
    assert_eq!(status, 200);
    assert!(page.contains("translation-outdated") && page.contains(&escaped(&t(Lang::Ar, "translation-outdated"))));
    assert!(page.contains(&escaped(&renamed)), "the Italian of now beside the old translation");
    assert!(page.contains(&escaped(&arabic)), "the translation is still there");
    // The Italian page has nothing to mark.
    assert!(!page_at(base(), &format!("/it/services/{slug}")).await.1.contains("translation-outdated\""));
    // The API says so, text by text and for the whole service.
    let json = api_service(slug, "ar").await;
    assert_eq!(json["name"]["status"], "outdated");
    assert_eq!(json["name"]["italian"], renamed.as_str());
    assert_eq!(json["translation"], "outdated");
    assert!(json["summary"].get("italian").is_none(), "only outdated texts carry the Italian");

    // The editor lists the four translations and shows the Italian before and after.
    let org = agent.get("/admin/orgs/roma-capitale").await.body;
    for lang in ["ro", "ar", "sq", "zh"] {
        assert!(org.contains(&format!("#outdated-service:{slug}/name/{lang}\"")), "{lang} listed");
    }
    let form = agent.get(&path).await.body;
    assert!(form.contains("translation-row outdated") && form.contains(&format!("<del>{}</del>", escaped(&before))));
    assert!(form.contains("status-outdated"));

    // Confirming the Arabic clears it there; rewriting the Romanian clears that one.
    let mut fields = entry_form_of(&agent, &path).await;
    set(&mut fields, "confirm", &format!("service:{slug}/name/ar"));
    assert_eq!(agent.post(&path, &fields).await.status.as_u16(), 303);
    assert_eq!(save(&agent, &path, &[("name.ro", "Mediere interculturală – program nou")], "draft").await, 303);
    publish(&agent, "roma-capitale").await;
    assert_eq!(api_service(slug, "ar").await["name"]["status"], "confirmed");
    assert_eq!(api_service(slug, "ro").await["name"]["status"], "confirmed");
    assert_eq!(api_service(slug, "sq").await["name"]["status"], "outdated");
    let org = agent.get("/admin/orgs/roma-capitale").await.body;
    assert!(
        !org.contains(&format!("#outdated-service:{slug}/name/ar\""))
            && org.contains(&format!("#outdated-service:{slug}/name/sq\""))
    );

    // Restoring the revision before the rename restores the statuses with the texts.
    let history = agent.get("/admin/orgs/roma-capitale/revisions").await.body;
    let prefix = "/admin/orgs/roma-capitale/revisions/";
    let oldest: String = history
        .match_indices(prefix)
        .map(|(i, _)| history[i + prefix.len()..].chars().take_while(char::is_ascii_digit).collect::<String>())
        .last()
        .expect("the import revision");
    let csrf = agent.csrf().await;
    let restored = agent.post(&format!("{prefix}{oldest}/restore"), &pairs(&[("csrf", &csrf)])).await;
    assert_eq!(restored.status.as_u16(), 303);
    publish(&agent, "roma-capitale").await;
    let json = api_service(slug, "sq").await;
    assert_eq!((json["name"]["status"].as_str(), json["name"]["text"].is_string()), (Some("machine"), true));
    assert!(!page_at(base(), &format!("/ar/services/{slug}")).await.1.contains("translation-outdated\""));
}

/// `xml` with the unit `unit`'s target set to `text` (added after its source, or replaced).
fn with_target(xml: &str, unit: &str, text: &str) -> String {
    let start = xml.find(&format!("<unit id=\"{unit}\"")).unwrap_or_else(|| panic!("unit {unit} in the file"));
    let end = start + xml[start..].find("</unit>").expect("unit end");
    let body = &xml[start..end];
    let target = format!("<target>{}</target>", text.replace('&', "&amp;").replace('<', "&lt;"));
    let new_body = match (body.find("<target>"), body.find("</target>")) {
        (Some(a), Some(b)) => format!("{}{target}{}", &body[..a], &body[b + "</target>".len()..]),
        _ => body.replace("</source>", &format!("</source>\n    {target}")),
    };
    format!("{}{new_body}{}", &xml[..start], &xml[end..])
}

async fn upload(agent: &Agent, org: &str, file: &[u8]) -> (u16, String) {
    let csrf = agent.csrf().await;
    let answer = agent
        .post_multipart(
            &format!("/admin/orgs/{org}/translations"),
            &[("csrf", None, csrf.as_bytes()), ("file", Some("traduzione.xlf"), file)],
        )
        .await;
    (answer.status.as_u16(), answer.body)
}

#[tokio::test]
async fn xliff_files_go_out_and_come_back_into_the_draft() {
    let agent = Agent::logged_in(base(), COORDINATOR).await;
    let org = "renken-onlus";
    let service = "femminili-plurali-orientamento-lavoro";
    let path = format!("/admin/orgs/{org}/services/{service}");
    let file = agent.get(&format!("/admin/orgs/{org}/translations/zh.xlf?filter=machine")).await;
    assert_eq!(file.status.as_u16(), 200);
    assert!(file.headers["content-type"].to_str().unwrap_or_default().starts_with("application/xliff+xml"));
    assert!(file.headers["content-disposition"].to_str().unwrap_or_default().contains("renken-onlus-zh-machine.xlf"));
    assert!(file.body.contains("version=\"2.0\"") && file.body.contains("trgLang=\"zh\""));
    assert!(file.body.contains(&format!("<unit id=\"service:{service}/name\"")));
    // Bad filters and languages: a translated 400 and 404s.
    assert_eq!(agent.get(&format!("/admin/orgs/{org}/translations/zh.xlf?filter=tutto")).await.status.as_u16(), 400);
    for bad in ["it.xlf", "xx.xlf", "zh.txt"] {
        assert_eq!(agent.get(&format!("/admin/orgs/{org}/translations/{bad}")).await.status.as_u16(), 404, "{bad}");
    }

    // A translator rewrites the name; the file comes back and the draft has it, confirmed.
    let translated = with_target(&file.body, &format!("service:{service}/name"), "就业指导（已由译员审校）");
    let (status, report) = upload(&agent, org, translated.as_bytes()).await;
    assert_eq!(status, 200, "{report}");
    assert!(report.contains(&format!("service:{service}/name")));
    let form = entry_form_of(&agent, &path).await;
    assert_eq!(field(&form, "name.zh"), "就业指导（已由译员审校）");
    let page = agent.get(&path).await.body;
    let at = page.find("name=\"name.zh\"").expect("zh name");
    assert!(page[at..at + 600].contains("status-confirmed"));

    // A file exported before the Italian changed comes back outdated, not confirmed.
    let old = agent.get(&format!("/admin/orgs/{org}/translations/ar.xlf?filter=all")).await.body;
    assert_eq!(save(&agent, &path, &[("summary.it", "Orientamento al lavoro, riassunto nuovo.")], "draft").await, 303);
    let late = with_target(&old, &format!("service:{service}/summary"), "توجيه نحو العمل (ترجمة قديمة)");
    let (status, report) = upload(&agent, org, late.as_bytes()).await;
    assert_eq!(status, 200, "{report}");
    let page = agent.get(&path).await.body;
    let at = page.find("name=\"summary.ar\"").expect("ar summary");
    assert!(page[at..at + 600].contains("status-outdated"), "made against the older Italian");
    publish(&agent, org).await;
    let json = api_service(service, "ar").await;
    assert_eq!(json["summary"]["status"], "outdated");
    assert_eq!(json["summary"]["text"], "توجيه نحو العمل (ترجمة قديمة)");
}

#[tokio::test]
async fn hostile_uploads_change_nothing_and_say_why() {
    let agent = Agent::logged_in(base(), COORDINATOR).await;
    let org = "coop-pid";
    let file = agent.get(&format!("/admin/orgs/{org}/translations/ar.xlf")).await.body;
    let before = SERVER.state.db.document(org).await.expect("read").expect("org");
    let unit = "organization/name";
    let cases: Vec<(&str, Vec<u8>, u16)> = vec![
        (
            "xliff-error-entities",
            format!(
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>{}",
                &with_target(&file, unit, "x")[file.find("<xliff").expect("root")..]
            )
            .replace("<target>x</target>", "<target>&e;</target>")
            .into_bytes(),
            422,
        ),
        (
            "xliff-error-entities",
            format!(
                "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>{}",
                &file[file.find("<xliff").expect("root")..]
            )
            .into_bytes(),
            422,
        ),
        ("xliff-error-unknown-unit", with_target(&file, unit, "اسم").replace(unit, "service:altrui/name").into_bytes(), 422),
        ("xliff-error-markup", with_target(&file, unit, "x").replace("<target>x", "<target><ph id=\"1\"/>x").into_bytes(), 422),
        ("xliff-error-organization", file.replace("file id=\"coop-pid\"", "file id=\"roma-capitale\"").into_bytes(), 422),
        ("xliff-error-not-xliff", b"\xff\xfe not even text".to_vec(), 422),
        ("xliff-error-not-xliff", b"<html><body>no</body></html>".to_vec(), 422),
        ("xliff-error-no-file", Vec::new(), 422),
        ("admin-error-too-large", vec![b'x'; 3 * 1024 * 1024], 413),
    ];
    for (key, bytes, expected) in cases {
        let (status, body) = upload(&agent, org, &bytes).await;
        assert_eq!(status, expected, "{key}: {body}");
        // The message's longest stretch of words outside its placeholders.
        let message = t_args(Lang::It, key, &[("unit", "\u{1}".into()), ("detail", "\u{1}".into())]);
        let shown =
            message.split(['\u{1}', '\u{2068}', '\u{2069}']).map(str::trim).max_by_key(|s| s.len()).unwrap_or_default();
        assert!(shown.len() > 10 && body.contains(&escaped(shown)), "{key}: the page says why: {shown:?}");
        let now = SERVER.state.db.document(org).await.expect("read").expect("org");
        assert_eq!(
            (now.draft, now.published),
            (before.draft.clone(), before.published.clone()),
            "{key}: nothing changed"
        );
    }
    // Without the form's token: refused before anything is read.
    let answer = agent
        .post_multipart(
            &format!("/admin/orgs/{org}/translations"),
            &[("csrf", None, b"forged"), ("file", Some("a.xlf"), file.as_bytes())],
        )
        .await;
    assert_eq!(answer.status.as_u16(), 403);
}

/// An XLIFF upload and a partner's save of another entry of the same organisation, at the
/// same instant, twenty times: both are acknowledged and both survive every time.
#[tokio::test]
async fn an_upload_racing_a_save_loses_neither() {
    let translator = Agent::logged_in(base(), COORDINATOR).await;
    let partner = Agent::logged_in(base(), COORDINATOR).await;
    let org = "cooperativa-san-donato";
    let uploaded = "service:san-donato-orientamento-lavoro/name";
    let edited = format!("/admin/orgs/{org}/services/san-donato-dispersione-scolastica");
    for round in 0..20 {
        let file = translator.get(&format!("/admin/orgs/{org}/translations/sq.xlf")).await.body;
        let text = format!("Orientim në punë, versioni {round}");
        let translated = with_target(&file, uploaded, &text);
        let summary = format!("Contro l'abbandono scolastico, edizione {round}.");
        let change = [("summary.it", summary.as_str())];
        let (upload, save) =
            tokio::join!(upload(&translator, org, translated.as_bytes()), save(&partner, &edited, &change, "draft"));
        assert_eq!(upload.0, 200, "round {round}: {}", upload.1);
        assert_eq!(save, 303, "round {round}");
        let draft = SERVER.state.db.document(org).await.expect("read").expect("org").draft.expect("a draft");
        let name = draft.services.iter().find(|s| s.slug == "san-donato-orientamento-lavoro").expect("service");
        let other = draft.services.iter().find(|s| s.slug == "san-donato-dispersione-scolastica").expect("service");
        assert_eq!(name.name.0.get("sq"), Some(&text), "round {round}: the upload survived");
        assert_eq!(other.summary.0.get("it"), Some(&summary), "round {round}: the save survived");
    }
}

/// "In short" is searched like the rest of a service, and the editor counts its words.
#[tokio::test]
async fn in_short_is_searched_and_the_editor_counts_its_words() {
    let agent = Agent::logged_in(base(), COORDINATOR).await;
    let path = "/admin/orgs/programma-integra/services/fabbrica-dei-mestieri-formazione-inserimento-lavorativo";
    let short = "Impari a montare pannelli solari con Zanzibarquattro";
    assert_eq!(save(&agent, path, &[("in_short.it", short)], "publish").await, 303);
    let url = format!("{}/api/v1/search?lang=it&q=zanzibarquattro", base());
    let json: serde_json::Value = http().get(url).send().await.expect("api").json().await.expect("json");
    let hits: Vec<&str> = json["hits"].as_array().expect("hits").iter().filter_map(|h| h["id"].as_str()).collect();
    assert_eq!(hits, ["fabbrica-dei-mestieri-formazione-inserimento-lavorativo"]);
    let form = agent.get(path).await.body;
    assert!(form.contains(&escaped(&t_args(
        Lang::It,
        "admin-length-words",
        &[("count", 7.into()), ("limit", 20.into())]
    ))));
    // Above the limit: saved (a partner may need one more word), with a warning.
    let long = "Questa riga dice troppe cose in troppe parole perché una famiglia la possa leggere tutta d'un fiato davanti allo sportello della portineria";
    assert_eq!(save(&agent, path, &[("in_short.it", long)], "draft").await, 303);
    let form = agent.get(path).await.body;
    assert!(form.contains(&escaped(&t(Lang::It, "admin-length-too-long"))), "a warning above 20 words");
}
