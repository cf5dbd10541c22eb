//! What the law asks of a public site, and urgent help: the urgent numbers at the foot of every
//! page (and one tap from the kiosk's home), the privacy notice naming every cookie the code
//! sets and the retention this server runs with, the accessibility statement, and events as
//! calendar files a parser reads.

use portineria::config::Config;
use portineria_app::i18n::{t, t_args};
use portineria_app::lang::Lang;
use portineria_tests::admin::Agent;
use portineria_tests::{
    append, content_copy, content_with_desk_and_event_today, escaped, http, page, page_at, repo_root, TestServer,
};
use std::sync::LazyLock;

fn shown(lang: Lang, key: &str) -> String {
    escaped(&t(lang, key))
}

#[tokio::test]
async fn urgent_numbers_are_at_the_foot_of_every_page_in_every_language() {
    for lang in Lang::ALL {
        let pages = [
            format!("/{lang}/"),
            format!("/{lang}/search?q=casa"),
            format!("/{lang}/services/san-donato-regolarizzazione-giuridica"),
            format!("/{lang}/events"),
            format!("/{lang}/privacy"),
            format!("/{lang}/accessibility"),
            format!("/{lang}/no/such/page"),
            format!("/kiosk/{lang}/"),
            format!("/kiosk/{lang}/services/san-donato-regolarizzazione-giuridica"),
            format!("/mediator/search?family={lang}&q=casa"),
        ];
        for path in pages {
            let (_, html) = page(&path).await;
            // The mediator's frame speaks Italian, the desk's language.
            let shown_in = if path.starts_with("/mediator") { Lang::It } else { lang };
            for (dial, key) in
                [("112", "urgent-emergency"), ("1522", "urgent-violence"), ("800290290", "urgent-trafficking")]
            {
                assert!(html.contains(&format!("href=\"tel:{dial}\"")), "{path}: {dial}");
                assert!(html.contains(&shown(shown_in, key)), "{path}: what {dial} is for, in {shown_in}");
            }
            assert!(
                html.contains("<bdi dir=\"ltr\" class=\"urgent-number\">800 290 290</bdi>"),
                "{path}: kept left to right"
            );
            assert!(html.contains(&format!("href=\"/{}privacy", path_base(&path, shown_in))), "{path}: privacy link");
        }
        // The kiosk's header jumps to them from its home: one tap.
        let (_, home) = page(&format!("/kiosk/{lang}/")).await;
        let header = &home[home.find("kiosk-header").expect("header")..home.find("</header>").expect("header end")];
        assert!(header.contains("href=\"#urgent-help\""), "{lang}: urgent help in the kiosk's header");
        assert!(home.contains("id=\"urgent-help\""));
    }
}

/// Where a page's footer links lead: the kiosk's own pages, else the public ones.
fn path_base(path: &str, lang: Lang) -> String {
    if path.starts_with("/kiosk") {
        format!("kiosk/{lang}/")
    } else {
        format!("{lang}/")
    }
}

/// A deployment that has filled in `content/legal.toml`, behind TLS (`__Host-` cookies), with
/// retention settings other than the defaults.
static DEPLOYED: LazyLock<(TestServer, tempfile::TempDir)> = LazyLock::new(|| {
    let content = content_copy();
    std::fs::write(
        content.path().join("legal.toml"),
        "privacy_updated = \"2026-11-20\"\n\
         [controller]\nname = \"Comune di Prova\"\naddress = \"Piazza Prova 1, 10043 Orbassano (TO)\"\n\
         email = \"privacy@comune.prova.it\"\ndpo_email = \"dpo@comune.prova.it\"\n\
         [accessibility]\nconformance = \"partial\"\nassessed = \"2026-11-25\"\nfeedback_email = \"accessibile@comune.prova.it\"\n",
    )
    .expect("legal.toml");
    let server = TestServer::start_with(content.path().to_path_buf(), |c: &mut Config| {
        c.public_url = Some("https://portineria.prova.it".into());
        c.search_log_days = 91;
        c.audit_log_days = 400;
        c.kiosk_idle_seconds = 45;
        c.kiosk_reset_seconds = 75;
    });
    (server, content)
});

#[tokio::test]
async fn the_privacy_notice_names_the_controller_every_cookie_and_the_retention_in_use() {
    let base = &DEPLOYED.0.base;
    // Every cookie constant in the code…
    let mut names: Vec<String> = Vec::new();
    for file in ["server/src/http/cookies.rs", "server/src/http/admin/mod.rs", "server/src/http/admin/session.rs"] {
        let source = std::fs::read_to_string(repo_root().join(file)).expect("source");
        for line in source.lines().filter(|l| l.contains("_COOKIE: &str = \"")) {
            names.push(line.split('"').nth(1).expect("a name").to_string());
        }
    }
    assert_eq!(names.len(), 5, "{names:?}");
    let all_sources = walk_sources();
    assert_eq!(all_sources.matches("_COOKIE: &str = \"").count(), 5, "every cookie constant is in the files read here");
    // …and every cookie a visit actually gets.
    let lang_cookie = http().get(format!("{base}/")).header("accept-language", "ro").send().await.expect("answer");
    let login = Agent::new(base);
    login.get("/admin/login").await;
    let mut observed: Vec<String> = lang_cookie
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok()?.split('=').next().map(str::to_string))
        .collect();
    let answer = http().get(format!("{base}/admin/login")).send().await.expect("login page");
    observed.extend(
        answer
            .headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok()?.split('=').next().map(str::to_string)),
    );
    assert!(observed.iter().any(|n| n == "__Host-portineria_login"), "{observed:?}");
    for lang in Lang::ALL {
        let (status, html) = page_at(base, &format!("/{lang}/privacy")).await;
        assert_eq!(status, 200);
        assert!(html.contains(&format!("lang=\"{lang}\"")));
        for name in &names {
            let sent = if name == "portineria_lang" { name.clone() } else { format!("__Host-{name}") };
            assert!(html.contains(&format!("<code dir=\"ltr\">{sent}</code>")), "{lang}: cookie {sent} named");
        }
        for name in &observed {
            assert!(html.contains(&format!(">{name}</code>")), "{lang}: cookie {name} set by a visit is named");
        }
        let said = |key: &str, name: &'static str, n: usize| escaped(&t_args(lang, key, &[(name, n.into())]));
        assert!(html.contains(&said("privacy-search-counts", "days", 91)), "{lang}: search counts kept 91 days");
        assert!(html.contains(&said("privacy-audit", "days", 400)), "{lang}: audit lines kept 400 days");
        assert!(html.contains(&said("privacy-kiosk", "seconds", 75)), "{lang}: the kiosk forgets after 75 s");
        assert!(html.contains(&escaped(&t_args(
            lang,
            "privacy-cookie-session",
            &[("minutes", 30.into()), ("hours", 12.into())]
        ))));
        assert!(
            html.contains("Comune di Prova")
                && html.contains("privacy@comune.prova.it")
                && html.contains("dpo@comune.prova.it")
        );
        assert!(!html.contains(&shown(lang, "legal-controller-missing")));
        let (status, statement) = page_at(base, &format!("/{lang}/accessibility")).await;
        assert_eq!(status, 200);
        assert!(statement.contains(&shown(lang, "accessibility-status-partial")), "{lang}: conformance stated");
        assert!(statement.contains("accessibile@comune.prova.it"), "{lang}: where to report a barrier");
        assert!(statement.contains(&shown(lang, "accessibility-enforcement")));
    }
}

/// Every `.rs` file of the server and the app, concatenated.
fn walk_sources() -> String {
    fn walk(dir: &std::path::Path, out: &mut String) {
        for entry in std::fs::read_dir(dir).expect("dir") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push_str(&std::fs::read_to_string(&path).expect("source"));
            }
        }
    }
    let mut out = String::new();
    walk(&repo_root().join("server/src"), &mut out);
    walk(&repo_root().join("app/src"), &mut out);
    out
}

#[tokio::test]
async fn without_a_controller_the_pages_say_so_and_send_people_to_the_desk() {
    for lang in Lang::ALL {
        let (status, html) = page(&format!("/{lang}/privacy")).await;
        assert_eq!(status, 200);
        assert!(html.contains(&shown(lang, "legal-controller-missing")), "{lang}");
        assert!(html.contains(&shown(lang, "privacy-rights-desk")), "{lang}");
        let (_, statement) = page(&format!("/{lang}/accessibility")).await;
        assert!(statement.contains(&shown(lang, "accessibility-feedback-desk")), "{lang}");
        let (_, kiosk) = page(&format!("/kiosk/{lang}/privacy")).await;
        assert!(kiosk.contains(&shown(lang, "privacy-cookies-intro")), "{lang}: in the kiosk's frame too");
    }
}

/// Events today, later this year on a known day, and next year known only by month.
static EVENTS: LazyLock<(TestServer, tempfile::TempDir)> = LazyLock::new(|| {
    let content = content_with_desk_and_event_today();
    let next_year = portineria::period::today().format("%Y").to_string().parse::<i32>().expect("year") + 1;
    let texts = |it: &str| {
        format!("{{ it = \"{it}\", ro = \"{it} ro\", ar = \"{it} ar\", sq = \"{it} sq\", zh = \"{it} zh\" }}")
    };
    append(
        &portineria_tests::organization_file(content.path(), "cooperativa-san-donato"),
        &format!(
            "\n[[events]]\nslug = \"prova-mese\"\naudience = \"public\"\ndate = \"{next_year}-03\"\nmunicipality = \"Orbassano\"\nname = {}\ndescription = {}\n\
             \n[[events]]\nslug = \"prova-giorni\"\naudience = \"public\"\ndate = \"{next_year}-04-10\"\nend_date = \"{next_year}-04-12\"\nmunicipality = \"Rivalta\"\nname = {}\ndescription = {}\n",
            texts("Festa, musica; e cibo"),
            texts("Tutto il giorno"),
            texts("Tre giorni di corso"),
            texts("Dalle 9")
        ),
    );
    (TestServer::start(content.path().to_path_buf()), content)
});

fn property<'a>(
    event: &'a ical::parser::ical::component::IcalEvent,
    name: &str,
) -> Option<&'a ical::property::Property> {
    event.properties.iter().find(|p| p.name == name)
}

#[tokio::test]
async fn events_are_calendar_files_a_parser_reads_in_every_language() {
    let base = &EVENTS.0.base;
    for lang in Lang::ALL {
        let response = http().get(format!("{base}/{lang}/events.ics")).send().await.expect("answer");
        assert_eq!(response.status().as_u16(), 200);
        assert_eq!(response.headers()["content-type"], "text/calendar; charset=utf-8");
        let body = response.text().await.expect("body");
        assert!(body.lines().all(|l| l.len() <= 76), "lines folded at 75 octets (+CR)");
        let calendar = ical::IcalParser::new(body.as_bytes()).next().expect("a calendar").expect("parses");
        assert_eq!(calendar.timezones.len(), 1, "a VTIMEZONE");
        let tz = &calendar.timezones[0];
        assert!(tz.properties.iter().any(|p| p.name == "TZID" && p.value.as_deref() == Some("Europe/Rome")));
        let slugs: Vec<String> =
            calendar.events.iter().map(|e| property(e, "UID").and_then(|p| p.value.clone()).expect("UID")).collect();
        assert!(slugs.iter().any(|s| s.starts_with("prova-evento-oggi@")), "{slugs:?}");
        assert!(!slugs.iter().any(|s| s.starts_with("visconteo-")), "past events are not offered: {slugs:?}");
        for event in &calendar.events {
            assert!(property(event, "DTSTAMP").is_some() && property(event, "DTSTART").is_some());
        }
        let find = |slug: &str| {
            calendar
                .events
                .iter()
                .find(|e| property(e, "UID").and_then(|p| p.value.as_deref()).is_some_and(|u| u.starts_with(slug)))
                .expect(slug)
        };
        let today = find("prova-evento-oggi@");
        let start = property(today, "DTSTART").expect("start");
        assert_eq!(start.params.as_ref().expect("params")[0], ("TZID".to_string(), vec!["Europe/Rome".to_string()]));
        assert!(start.value.as_deref().expect("value").ends_with("T150000"));
        assert!(property(today, "DTEND").and_then(|p| p.value.as_deref()).expect("end").ends_with("T170000"));
        let month = find("prova-mese@");
        let summary = property(month, "SUMMARY").and_then(|p| p.value.clone()).expect("summary");
        assert!(
            summary.contains(&t(lang, "calendar-date-to-confirm").replace(['\u{2068}', '\u{2069}'], "")),
            "{lang}: {summary}"
        );
        assert!(summary.contains("Festa\\, musica\\; e cibo"), "escaped: {summary}");
        assert!(
            property(month, "DTSTART").and_then(|p| p.value.as_deref()).expect("start").ends_with("0301"),
            "first of the month"
        );
        assert_eq!(property(month, "DTSTART").and_then(|p| p.params.clone()).expect("params")[0].0, "VALUE");
        let days = find("prova-giorni@");
        let (from, to) = (
            property(days, "DTSTART").and_then(|p| p.value.clone()).unwrap(),
            property(days, "DTEND").and_then(|p| p.value.clone()).unwrap(),
        );
        assert!(from.ends_with("0410") && to.ends_with("0413"), "three whole days: {from}–{to}");
        // One event alone, past ones included.
        let one = http().get(format!("{base}/{lang}/events/prova-mese.ics")).send().await.expect("answer");
        assert_eq!(one.status().as_u16(), 200);
        let one = ical::IcalParser::new(one.text().await.expect("body").as_bytes())
            .next()
            .expect("calendar")
            .expect("parses");
        assert_eq!(one.events.len(), 1);
        let past = http()
            .get(format!("{base}/{lang}/events/visconteo-equipe-mediatori-2019-06-20.ics"))
            .send()
            .await
            .expect("answer");
        assert_eq!(past.status().as_u16(), 200);
        for missing in ["nessuno.ics", "prova-mese", "prova-mese.ics.txt"] {
            let answer = http().get(format!("{base}/{lang}/events/{missing}")).send().await.expect("answer");
            assert_eq!(answer.status().as_u16(), 404, "{missing}");
        }
        // The pages link them; the kiosk shows a QR code of each instead.
        let (_, events) = page_at(base, &format!("/{lang}/events")).await;
        assert!(
            events.contains(&format!("href=\"/{lang}/events.ics\""))
                && events.contains(&format!("href=\"/{lang}/events/prova-mese.ics\""))
        );
        let (_, kiosk) = page_at(base, &format!("/kiosk/{lang}/events")).await;
        assert_eq!(kiosk.matches("class=\"event-qr\"").count(), 3, "{lang}: a code for each event to come");
        assert!(!kiosk.contains(".ics\""), "{lang}: no file link on a kiosk");
    }
    // An unknown language goes where the language guard sends every such path.
    let unknown = http().get(format!("{base}/xx/events.ics")).send().await.expect("answer");
    assert_ne!(unknown.status().as_u16(), 200);
}
