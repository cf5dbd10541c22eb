//! The public pages as a browser without JavaScript gets them: every page in every language,
//! right status codes, translated errors.

use portineria_app::i18n::t;
use portineria_app::lang::Lang;
use portineria_tests::{content, escaped, http, page, url};

#[tokio::test]
async fn root_redirects_to_the_negotiated_language() {
    for (accept, cookie, expected) in [
        (Some("ar,en;q=0.5"), None, "/ar/"),
        (Some("en-GB,zh-CN;q=0.8"), None, "/zh/"),
        (None, None, "/it/"),
        (Some("ro"), Some("portineria_lang=sq"), "/sq/"),
    ] {
        let mut request = http().get(url("/"));
        if let Some(a) = accept {
            request = request.header("accept-language", a);
        }
        if let Some(c) = cookie {
            request = request.header("cookie", c);
        }
        let response = request.send().await.expect("answer");
        assert!(response.status().is_redirection());
        assert_eq!(response.headers()["location"], expected);
    }
    let response = http().get(url("/en/search?q=casa")).header("accept-language", "ro").send().await.expect("answer");
    assert_eq!(response.headers()["location"], "/ro/search?q=casa", "an unknown language goes to the negotiated one");
}

#[tokio::test]
async fn home_and_search_in_every_language() {
    for lang in Lang::ALL {
        let (status, html) = page(&format!("/{lang}/")).await;
        assert_eq!(status, 200);
        assert!(html.contains(&format!("<html lang=\"{lang}\" dir=\"{}\"", lang.dir())), "{lang}: html lang/dir");
        assert!(html.contains(&escaped(&t(lang, "site-tagline"))), "{lang}: tagline");
        assert!(html.contains(&format!("action=\"/{lang}/search\"")), "{lang}: the search is a plain form");
        assert!(html.contains(&format!("href=\"/{lang}/search?category=legal\"")), "{lang}: category tiles");
        for other in Lang::ALL {
            assert!(html.contains(&t(other, "language-name")), "{lang}: switcher names {other}");
        }
        let (status, html) = page(&format!("/{lang}/search?q=permesso")).await;
        assert_eq!(status, 200);
        assert!(
            html.contains(&format!("href=\"/{lang}/services/san-donato-regolarizzazione-giuridica\"")),
            "{lang}: result link"
        );
        assert!(html.contains(&escaped(&t(lang, "facet-municipality"))), "{lang}: facets");
    }
}

#[tokio::test]
async fn every_service_organisation_and_programme_in_every_language() {
    for (_, _, file) in content().organizations {
        for lang in Lang::ALL {
            for service in &file.services {
                let (status, html) = page(&format!("/{lang}/services/{}", service.slug)).await;
                assert_eq!(status, 200, "{lang} {}", service.slug);
                let name = service.name.get(lang).expect("translated");
                assert!(html.contains(&escaped(name)), "{lang} {}: name shown", service.slug);
            }
            let (status, html) = page(&format!("/{lang}/organizations/{}", file.organization.slug)).await;
            assert_eq!(status, 200);
            assert!(html.contains(&escaped(file.organization.name.get(lang).expect("translated"))));
            for programme in &file.programmes {
                let (status, html) = page(&format!("/{lang}/programmes/{}", programme.slug)).await;
                assert_eq!(status, 200, "{lang} {}", programme.slug);
                assert!(html.contains(&escaped(programme.name.get(lang).expect("translated"))));
            }
        }
    }
}

#[tokio::test]
async fn ended_programmes_say_so() {
    for lang in Lang::ALL {
        for slug in ["femminili-plurali-fase-2", "la-fabbrica-dei-mestieri", "collegno-interventi-socio-educativi-rom"]
        {
            let (status, html) = page(&format!("/{lang}/programmes/{slug}")).await;
            assert_eq!(status, 200);
            assert!(html.contains(&escaped(&t(lang, "programme-ended-notice"))), "{lang} {slug}");
        }
        let (_, html) = page(&format!("/{lang}/programmes/integrazioni-possibili")).await;
        assert!(html.contains(&escaped(&t(lang, "programme-status-active"))));
        assert!(!html.contains(&escaped(&t(lang, "programme-ended-notice"))));
    }
}

#[tokio::test]
async fn unknown_pages_are_translated_404s() {
    for lang in Lang::ALL {
        for path in ["services/no-such-service", "organizations/nobody", "programmes/none", "no/such/page"] {
            let (status, html) = page(&format!("/{lang}/{path}")).await;
            assert_eq!(status, 404, "/{lang}/{path}");
            assert!(html.contains(&escaped(&t(lang, "not-found-title"))), "/{lang}/{path}");
            assert!(html.contains(&format!("<html lang=\"{lang}\"")));
        }
    }
}

#[tokio::test]
async fn hostile_search_input_never_breaks_a_page() {
    let long = "x".repeat(10_000);
    let cases = [
        ("q=%22virgolette", 200),
        ("q=a%3Ab%20(c)%20%5Bd%5D%20*", 200),
        ("q=OR%201%3D1%20--", 200),
        ("q=%F0%9F%99%82", 200),
        ("q=%E2%80%8F%D8%B3%D9%83%D9%86", 200),
        ("q=casa&offset=abc", 400),
        ("q=casa&offset=99999999", 200),
        ("category=nonexistent&municipality=%3Cscript%3E", 200),
        ("q=%zz", 400),
        ("q=%C3%28", 400),
    ];
    for lang in Lang::ALL {
        for (query, expected) in cases {
            let (status, html) = page(&format!("/{lang}/search?{query}")).await;
            assert_eq!(status, expected, "/{lang}/search?{query}");
            assert!(html.contains(&format!("lang=\"{lang}\"")), "translated page for {query}");
            assert!(!html.contains("<script>"), "{query}: input is escaped");
        }
        let (status, html) = page(&format!("/{lang}/search?q={long}")).await;
        assert_eq!(status, 400);
        assert!(html.contains(&escaped(&t(lang, "bad-request-title"))));
    }
}

/// The server-function endpoints the server registers (`/_sf/<name><hash>`): the islands
/// call some of them, and anyone can call any of them.
fn server_function_paths() -> Vec<String> {
    let mut paths: Vec<String> = leptos::server_fn::axum::server_fn_paths().map(|(path, _)| path.to_string()).collect();
    paths.sort();
    paths
}

/// The browser's code carries no message catalogue (about 170 KB of Fluent in five
/// languages): the islands get their words as properties. Any compiled-in `.ftl` file would
/// bring its `id = value` lines along.
#[test]
fn the_browser_code_carries_no_messages() {
    let wasm = std::fs::read(portineria_tests::built_file("wasm")).expect("site built");
    let wasm = String::from_utf8_lossy(&wasm);
    let mut checked = 0;
    for lang in Lang::ALL {
        for message in portineria_tests::ftl::messages(lang.code()) {
            let line = format!("{} =", message.id);
            assert!(!wasm.contains(&line), "{lang}/{}: {line:?}", message.file);
            checked += 1;
        }
    }
    assert!(checked > 1000, "{checked} messages");
}

#[tokio::test]
async fn server_functions_refuse_garbage_with_400() {
    let paths = server_function_paths();
    assert!(paths.len() >= 5, "found {paths:?}");
    for path in paths {
        // The privacy notice's facts take no argument: any body is as good as none.
        if path.starts_with("/_sf/load_legal") {
            let response = http().post(url(&path)).body("garbage").send().await.expect("answer");
            assert_eq!(response.status().as_u16(), 200, "{path}");
            continue;
        }
        for body in ["", "garbage", "lang=xx&id=a&slug=a"] {
            let response = http()
                .post(url(&path))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(body)
                .send()
                .await
                .expect("answer");
            assert_eq!(response.status().as_u16(), 400, "{path} with {body:?}");
        }
        let response = http()
            .post(url(&path))
            .header("content-type", "application/x-www-form-urlencoded")
            .body("lang=ro&id=roma-ufficio-immigrazione&slug=roma-capitale&raw%5Bq%5D=casa&text=casa&kiosk=false&ids=roma-ufficio-immigrazione&query=housing%3Dnone")
            .send()
            .await
            .expect("answer");
        assert_eq!(response.status().as_u16(), 200, "{path} answers a well-formed call");
    }
}

#[tokio::test]
async fn every_service_has_a_slip_to_take_home_in_every_language() {
    for (_, _, file) in content().organizations {
        for service in &file.services {
            for lang in Lang::ALL {
                let path = format!("/{lang}/services/{}/print", service.slug);
                let (status, html) = page(&path).await;
                assert_eq!(status, 200, "{path}");
                let name = service.name.get(lang).expect("translated");
                assert!(html.contains(&escaped(name)), "{path}: name");
                let italian = service.name.get(Lang::It).expect("source");
                assert!(
                    html.contains(&format!("<strong lang=\"it\" dir=\"ltr\">{}</strong>", escaped(italian)))
                        || name == italian
                );
                for phone in &service.phones {
                    assert!(html.contains(&escaped(&phone.number)), "{path}: phone {}", phone.number);
                }
                for document in &service.documents {
                    assert!(html.contains(&escaped(document.get(lang).expect("translated"))), "{path}: documents");
                }
                let qr = html.find("<svg").map(|at| &html[at..]).expect("QR code");
                assert!(qr.contains("<path") || qr.contains("<rect"), "{path}: QR drawn");
                assert!(html.contains(&format!("/{lang}/services/{}</bdi>", service.slug)), "{path}: page address");
                assert!(html.contains(&escaped(&t(lang, "slip-hint"))), "{path}: translated");
            }
        }
    }
    let (status, html) = page("/ro/services/san-donato-regolarizzazione-giuridica/print?format=receipt").await;
    assert_eq!(status, 200);
    assert!(html.contains("class=\"slip receipt\""), "the receipt format");
    let (status, html) = page("/ro/services/no-such-service/print").await;
    assert_eq!(status, 404);
    assert!(html.contains(&escaped(&t(Lang::Ro, "not-found-title"))));
    let (status, _) = page("/ro/services/san-donato-regolarizzazione-giuridica/print?format=%00%ff").await;
    assert!(status == 200 || status == 400, "odd query: {status}");
}

/// A page is checked again on every visit; the CSS, JS and wasm it links have hashed names
/// and are kept for good, so a second visit downloads only the page. A missing file is not
/// kept (it may exist on the next instance of a rolling update).
#[tokio::test]
async fn built_files_are_kept_for_good_and_pages_checked_again() {
    let cache_control = |response: &reqwest::Response| {
        response.headers().get("cache-control").and_then(|v| v.to_str().ok()).unwrap_or("").to_string()
    };
    let linked = regex::Regex::new(r#"href="(/pkg/[^"]+)""#).expect("regex");
    for path in ["/it/", "/ar/search?q=casa", "/zh/services/roma-ufficio-immigrazione/print", "/mediator?family=sq"] {
        let response = http().get(url(path)).send().await.expect("page");
        assert_eq!(response.status().as_u16(), 200, "{path}");
        assert_eq!(cache_control(&response), "no-cache", "{path}");
        let html = response.text().await.expect("html");
        let files: Vec<&str> = linked.captures_iter(&html).map(|c| c.get(1).expect("path").as_str()).collect();
        let kinds = ["css", "js", "wasm"];
        for kind in kinds {
            let expected = portineria_tests::built_file(kind);
            let name = expected.file_name().expect("name").to_string_lossy();
            assert!(files.contains(&format!("/pkg/{name}").as_str()), "{path} links {name}: {files:?}");
        }
        for file in files {
            let response = http().get(url(file)).send().await.expect("file");
            assert_eq!(response.status().as_u16(), 200, "{file}");
            assert_eq!(cache_control(&response), "public, max-age=31536000, immutable", "{file}");
        }
    }
    for (path, status) in [("/pkg/portineria.AAAAAAAAAAAAAAAAAAAAAA.wasm", 404), ("/assets/desk.js", 200)] {
        let response = http().get(url(path)).send().await.expect("answer");
        assert_eq!(response.status().as_u16(), status, "{path}");
        assert_eq!(cache_control(&response), "no-cache", "{path}");
    }
}
