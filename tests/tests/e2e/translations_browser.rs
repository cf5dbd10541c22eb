//! Translations as a person sees them in real headless Chromium: a service whose Italian
//! changed shows, on its Arabic page, that the translation may be old, with today's Italian
//! beside it, and the editor lists it and leads to it; "in short" comes first on the page,
//! the kiosk, the mediator's side by side and the slip in five languages; numbers inside
//! Arabic running text (a phone, a span of years) keep their order on screen.

use super::admin_browser::{loaded, log_in};
use fantoccini::{Client, Locator};
use portineria_app::i18n::t;
use portineria_app::lang::Lang;
use portineria_app::url;
use portineria_tests::admin::{account, entry_form_of, set, Agent};
use portineria_tests::browser::{axe_violations, browser, screenshot, script, text, wait_until};
use portineria_tests::{repo_root, TestServer};

const COORDINATOR: (&str, &str) = ("lingue@rete.example", "ogni lingua merita la verità");

#[tokio::test]
async fn an_outdated_translation_is_marked_in_arabic_and_leads_the_editor_to_it() {
    let server = TestServer::start(repo_root().join("content"));
    let base = server.base.clone();
    account(&server.database_url, COORDINATOR.0, "coordinator", COORDINATOR.1, &[]).await;
    let slug = "roma-assistenza-economica-italiani-rimpatriati";
    let path = format!("/admin/orgs/roma-capitale/services/{slug}");
    let agent = Agent::logged_in(&base, COORDINATOR).await;
    let mut fields = entry_form_of(&agent, &path).await;
    let renamed = "Aiuto in denaro per chi torna in Italia dall'estero";
    set(&mut fields, "name.it", renamed);
    set(&mut fields, "action", "publish");
    assert_eq!(agent.post(&path, &fields).await.status.as_u16(), 303);

    let client = browser(true).await;
    loaded(&client, &format!("{base}/ar/services/{slug}")).await;
    assert_eq!(script(&client, "return document.documentElement.dir").await.as_str(), Some("rtl"));
    let mark = text(&client, ".detail-header .translation-outdated .outdated-mark").await;
    assert_eq!(mark, t(Lang::Ar, "translation-outdated"));
    let italian = text(&client, ".detail-header .translation-outdated [lang=it]").await;
    assert_eq!(italian, renamed, "today's Italian beside the old Arabic");
    let shown =
        script(&client, "const e = document.querySelector('.translation-outdated'); return e.offsetHeight > 0").await;
    assert_eq!(shown.as_bool(), Some(true));
    assert!(axe_violations(&client).await.is_empty(), "the marked page passes axe");
    screenshot(&client, "ar-service-translation-outdated").await;

    // The editor: the organisation's page lists the Arabic name; the link opens the form
    // at that row, with the Italian before and after beside the translation.
    log_in(&client, &base, COORDINATOR).await;
    loaded(&client, &format!("{base}/admin/orgs/roma-capitale")).await;
    let link = format!("#outdated a[href$='#outdated-service:{slug}/name/ar']");
    client.find(Locator::Css(&link)).await.expect("listed").click().await.expect("follow");
    wait_until(&client, &format!("return location.pathname === '{path}' && document.readyState === 'complete'")).await;
    let row = format!("[id='outdated-service:{slug}/name/ar']");
    let before = text(&client, &format!("{row} .translation-before del")).await;
    assert!(!before.is_empty() && before != renamed, "the Italian the translation was made from");
    assert_eq!(text(&client, &format!("{row} .translation-source p")).await, renamed);
    let visible = script(
        &client,
        &format!("const r = document.querySelector(\"{row}\").getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight"),
    )
    .await;
    assert_eq!(visible.as_bool(), Some(true), "the link scrolls to the row");
    screenshot(&client, "admin-outdated-translation-it").await;
}

/// Where on screen a piece of the element (among `css`) whose text is `whole` is drawn: its
/// left edge.
async fn left_of(client: &Client, (css, whole): (&str, &str), piece: &str) -> f64 {
    let code = format!(
        "const e = [...document.querySelectorAll({css:?})].find(e => e.textContent === {whole:?});
         const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
         for (let n = walker.nextNode(); n; n = walker.nextNode()) {{
           const i = n.textContent.indexOf({piece:?});
           if (i >= 0) {{ const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + {len});
             return r.getBoundingClientRect().left; }}
         }}
         return null;",
        len = piece.chars().count()
    );
    script(client, &code).await.as_f64().unwrap_or_else(|| panic!("{piece} in {css}"))
}

#[tokio::test]
async fn numbers_in_arabic_running_text_keep_their_order() {
    let server = TestServer::start(repo_root().join("content"));
    let client = browser(true).await;
    // A phone number written as the source writes it, inside an Arabic sentence.
    loaded(&client, &format!("{}/ar/services/roma-ufficio-detenuti-ex-detenuti", server.base)).await;
    let phone = (".prose bdi", "06 67105360 – 5278");
    let (first, last) = (left_of(&client, phone, "06 ").await, left_of(&client, phone, "5278").await);
    assert!(first < last, "06 … 5278 reads left to right: {first} < {last}");
    // A span of years inside an Arabic paragraph.
    loaded(&client, &format!("{}/ar/organizations/ambito-visconteo-sud-milano", server.base)).await;
    let years = (".prose bdi", "2018-2020");
    let (from, to) = (left_of(&client, years, "2018").await, left_of(&client, years, "2020").await);
    assert!(from < to, "2018-2020 reads left to right: {from} < {to}");
    screenshot(&client, "ar-organization-years-in-order").await;
}

#[tokio::test]
async fn in_short_comes_first_everywhere_in_every_language() {
    let server = TestServer::start(repo_root().join("content"));
    let slug = "san-donato-dispersione-scolastica";
    let content = portineria_tests::content();
    let service = content
        .organizations
        .iter()
        .flat_map(|(_, _, f)| f.services.iter())
        .find(|s| s.slug == slug)
        .expect("service")
        .clone();
    let in_short = service.in_short.expect("an in_short line");
    let client = browser(true).await;
    for lang in Lang::ALL {
        let expected = in_short.get(lang).expect("every language").to_string();
        let pages = [
            url::Links::public(lang).service(slug),
            url::Links::kiosk(lang, None).service(slug),
            url::Links::public(lang).service_slip(slug, false),
        ];
        for page in pages {
            loaded(&client, &format!("{}{page}", server.base)).await;
            assert_eq!(text(&client, ".in-short").await, expected, "{page}");
            // Right under the name, before the summary and everything else.
            let order = script(
                &client,
                "const h = document.querySelector('h1').getBoundingClientRect().bottom;
                 const s = document.querySelector('.in-short').getBoundingClientRect().top;
                 const next = [...document.querySelectorAll('.lead, .detail-section, .location, .slip-italian')]
                   .map(e => e.getBoundingClientRect().top);
                 return s >= h && next.every(t => t >= s);",
            )
            .await;
            assert_eq!(order.as_bool(), Some(true), "{page}: in short comes first");
        }
        if matches!(lang, Lang::Ar | Lang::Zh) {
            screenshot(&client, &format!("{lang}-slip-in-short")).await;
        }
        if lang != Lang::It {
            // The mediator's side by side: Italian and the family's language, each first.
            loaded(&client, &format!("{}{}", server.base, url::shortlist(lang, &[slug]))).await;
            let both =
                script(&client, "return [...document.querySelectorAll('.pair .in-short')].map(e => e.textContent)")
                    .await;
            let both: Vec<&str> = both.as_array().into_iter().flatten().filter_map(|v| v.as_str()).collect();
            assert_eq!(both, [in_short.get(Lang::It).expect("it"), expected.as_str()], "{lang}: side by side");
            if lang == Lang::Ar {
                screenshot(&client, "ar-mediator-in-short").await;
            }
        }
    }
}
