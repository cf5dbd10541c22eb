//! Search behaviour through the API: completions, facets, "did you mean", freshness after
//! a write, and any input at all answered with a result or a clear 400.

use portineria::db::Database;
use portineria::write::import::import_dir;
use portineria_app::i18n::{facet_count, t, t_args};
use portineria_app::lang::Lang;
use portineria_tests::rng::Rng;
use portineria_tests::{content, http, organization_file, page, repo_root, server, url, TestServer};
use scraper::{Html, Selector};
use serde_json::Value;
use std::time::{Duration, Instant};

async fn get_json(full_url: &str) -> (u16, Value) {
    let response = http().get(full_url).send().await.expect("server answers");
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

fn suggestion_texts(body: &Value) -> Vec<String> {
    body["suggestions"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s["text"].as_str().map(str::to_string))
        .collect()
}

#[tokio::test]
async fn completions_come_in_the_requested_language() {
    // "medi" completes the mediation category and service names, in Romanian.
    let (status, body) = get_json(&url("/api/v1/suggest?q=medi&lang=ro")).await;
    assert_eq!(status, 200);
    let texts = suggestion_texts(&body);
    assert!(!texts.is_empty() && texts.len() <= 8, "{texts:?}");
    assert!(texts.iter().any(|t| t.to_lowercase().starts_with("mediere")), "{texts:?}");
    assert!(body["suggestions"][0]["category"].is_string(), "categories come first: {body}");
    // Arabic completions for the first letters of "وساطة" (mediation).
    let (status, body) = get_json(&url("/api/v1/suggest?q=%D9%88%D8%B3%D8%A7&lang=ar")).await;
    assert_eq!(status, 200);
    assert!(suggestion_texts(&body).iter().any(|t| t.contains("وساطة")), "{body}");
    // Nothing typed, nothing offered; too much typed, a clear error.
    assert_eq!(suggestion_texts(&get_json(&url("/api/v1/suggest?q=&lang=it")).await.1).len(), 0);
    let long = "a".repeat(600);
    let (status, body) = get_json(&url(&format!("/api/v1/suggest?q={long}&lang=it"))).await;
    assert_eq!(status, 400);
    assert_eq!(body["error"]["code"], "query_too_long");
}

#[tokio::test]
async fn facets_count_and_filter_target_groups_and_open_hours() {
    let (status, body) = get_json(&url("/api/v1/search?q=&lang=it&limit=1")).await;
    assert_eq!(status, 200);
    let groups = body["facets"]["target_group"].as_object().expect("target group facet");
    let (group, count) = groups.iter().max_by_key(|(_, c)| c.as_u64()).expect("some target group");
    let (_, filtered) = get_json(&url(&format!("/api/v1/search?q=&lang=it&target_group={group}"))).await;
    assert_eq!(&filtered["total"], count, "filtering by {group} gives its count");
    assert!(body["open_now"].as_u64().is_some());
    let (status, open) = get_json(&url("/api/v1/search?q=&lang=it&open_now=1")).await;
    assert_eq!(status, 200);
    assert_eq!(open["total"], body["open_now"], "the open-now filter gives the open-now count");
    let (status, body) = get_json(&url("/api/v1/search?q=&lang=it&open_now=maybe")).await;
    assert_eq!(status, 400);
    assert_eq!(body["error"]["code"], "invalid_parameter");
}

#[tokio::test]
async fn a_misspelt_search_with_no_results_suggests_a_known_word() {
    let (status, body) = get_json(&url("/api/v1/search?q=csaa&lang=it")).await;
    assert_eq!(status, 200);
    assert_eq!(body["total"], 0);
    assert_eq!(body["did_you_mean"], "casa");
}

/// The names of the topic tiles under `scope` (`.no-results`, or the whole page).
fn tile_names(html: &str, scope: &str) -> Vec<String> {
    let selector = Selector::parse(&format!("{scope} .tile .tile-name")).expect("selector");
    Html::parse_document(html).select(&selector).map(|e| e.text().collect::<String>()).collect()
}

/// Never a dead end: a search that finds nothing offers the topics of the home page, in
/// every language, on the public site and at the kiosk; and 200 such pages asked for 16 at
/// a time are all answered whole. (They come with the search itself: a page that started a
/// second resource for them while rendering could wait for ever, see `model::SearchPage`.)
#[tokio::test]
async fn a_search_with_no_results_offers_the_topics_even_many_at_once() {
    use futures::StreamExt;
    for lang in Lang::ALL {
        let code = lang.code();
        let (status, home) = page(&format!("/{code}/")).await;
        assert_eq!(status, 200);
        let topics = tile_names(&home, ".categories");
        assert!(topics.len() > 3, "{code}: the home page's topics {topics:?}");
        for path in [format!("/{code}/search?q=zqxjkw"), format!("/kiosk/{code}/search?q=zqxjkw")] {
            let (status, body) = page(&path).await;
            assert_eq!(status, 200, "{path}");
            assert!(body.contains(&t(lang, "no-results-title")), "{path}: says nothing was found");
            assert_eq!(tile_names(&body, ".no-results"), topics, "{path}: the home page's topics");
        }
    }
    let answers: Vec<(String, u16, usize)> = futures::stream::iter(0..200)
        .map(|n| async move {
            let path = format!("/{}/search?q=zqxjkw{n}", Lang::ALL[n % 5].code());
            let (status, body) = page(&path).await;
            (path, status, tile_names(&body, ".no-results").len())
        })
        .buffer_unordered(16)
        .collect()
        .await;
    let wrong: Vec<_> = answers.iter().filter(|(_, status, tiles)| *status != 200 || *tiles < 4).collect();
    assert!(wrong.is_empty(), "{wrong:?}; the server logged {:#?}", portineria_tests::logs::recent_errors());
    // Each page noted its render stages, which place a page that stalls (see the fuzz test).
    let stages = portineria_tests::logs::render_stages(&server().base);
    for stage in ["search page started", "search asked", "search answered", "results in hand"] {
        assert!(stages.iter().any(|line| line.contains(stage)), "{stage:?} in {stages:#?}");
    }
}

#[tokio::test]
async fn a_comune_in_the_query_brings_its_services_first() {
    let (_, body) = get_json(&url("/api/v1/search?q=mediazione%20rozzano&lang=it&limit=3")).await;
    let first = &body["hits"][0];
    assert!(
        first["municipalities"].as_array().into_iter().flatten().any(|m| m == "Rozzano"),
        "first hit is in Rozzano: {first}"
    );
}

/// Past the eight comuni with the most services the others are one list, by name, in every
/// language: links and list name every comune once, the list's form keeps the query and
/// the other filters, and a comune picked from it is then shown as the chosen link.
#[tokio::test]
async fn past_the_most_frequent_comuni_the_others_are_one_list() {
    let (_, body) = get_json(&url("/api/v1/search?q=mediazione&lang=it&category=mediation&limit=1")).await;
    let facet = body["facets"]["municipality"].as_object().expect("municipality facet");
    let mut by_count: Vec<(String, u64)> =
        facet.iter().map(|(name, n)| (name.clone(), n.as_u64().unwrap_or(0))).collect();
    by_count.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    assert!(by_count.len() > 8, "more comuni than links: {by_count:?}");
    let linked: Vec<&str> = by_count[..8].iter().map(|(name, _)| name.as_str()).collect();
    let mut listed: Vec<&(String, u64)> = by_count[8..].iter().collect();
    listed.sort_by_key(|(name, _)| name.to_lowercase());
    let css = |s: &str| Selector::parse(s).expect("selector");
    let texts = |doc: &Html, s: &str| -> Vec<String> {
        doc.select(&css(s)).map(|e| e.text().collect::<String>().trim().to_string()).collect()
    };
    for lang in Lang::ALL {
        let (status, html) = page(&format!("/{lang}/search?q=mediazione&category=mediation&offset=10")).await;
        assert_eq!(status, 200, "{lang}");
        let doc = Html::parse_document(&html);
        let links = texts(&doc, "ul.facet-municipality li a span:first-child");
        assert_eq!(links, linked, "{lang}: the most frequent comuni are links, by count");
        let options: Vec<(String, String)> = doc
            .select(&css("select#other-places[name=municipality] option"))
            .map(|o| (o.value().attr("value").unwrap_or_default().to_string(), o.text().collect()))
            .collect();
        let expected: Vec<(String, String)> = listed
            .iter()
            .map(|(name, n)| (name.clone(), format!("{name} ({})", facet_count(lang, *n, false))))
            .collect();
        assert_eq!(options, expected, "{lang}: the other comuni, by name, with their counts");
        assert_eq!(texts(&doc, "label[for=other-places]"), [t(lang, "facet-municipality-other")], "{lang}");
        let form = doc.select(&css(".facet-more form")).next().expect("form");
        assert_eq!(form.value().attr("method").map(str::to_lowercase).as_deref(), Some("get"), "{lang}");
        assert_eq!(form.value().attr("action"), Some(format!("/{lang}/search").as_str()), "{lang}");
        let hidden: Vec<(&str, &str)> = form
            .select(&css("input[type=hidden]"))
            .map(|i| (i.value().attr("name").unwrap_or_default(), i.value().attr("value").unwrap_or_default()))
            .collect();
        assert_eq!(hidden, [("q", "mediazione"), ("category", "mediation")], "{lang}: a new comune starts at page one");
    }
    // At a kiosk the desk and the visit go along too: the kiosk keeps its place and its session.
    let (status, html) =
        portineria_tests::page_at(&server().base, "/kiosk/it/search?q=mediazione&category=mediation&desk=orbassano")
            .await;
    assert_eq!(status, 200);
    let doc = Html::parse_document(&html);
    let form = doc.select(&css(".facet-more form")).next().expect("kiosk form");
    assert_eq!(form.value().attr("action"), Some("/kiosk/it/search"));
    let names: Vec<&str> = form.select(&css("input[type=hidden]")).filter_map(|i| i.value().attr("name")).collect();
    assert_eq!(names, ["q", "category", "desk", "visit"], "kiosk form");
    // What the form sends: a comune from the list becomes the chosen link, the rest stay.
    let (picked, _) = listed[0];
    let (status, html) =
        page(&format!("/it/search?q=mediazione&category=mediation&municipality={}", picked.replace(' ', "+"))).await;
    assert_eq!(status, 200);
    let doc = Html::parse_document(&html);
    let chosen = texts(&doc, "ul.facet-municipality li a[aria-current=page] span:first-child");
    assert_eq!(chosen, [t_args(Lang::It, "filter-remove", &[("name", picked.as_str().into())])]);
    let hits = texts(&doc, ".hit .hit-meta");
    assert!(!hits.is_empty() && hits.iter().all(|meta| meta.contains(picked.as_str())), "{picked}: {hits:?}");
}

fn hit_ids(body: &Value) -> Vec<String> {
    body["hits"].as_array().into_iter().flatten().filter_map(|h| h["id"].as_str().map(str::to_string)).collect()
}

/// "avocat urgent": both words together find a couple of services, none of them a lawyer's;
/// the services "avocat" finds alone follow them, in pages that list each service once.
#[tokio::test]
async fn a_second_word_that_matches_little_does_not_hide_the_first() {
    let search = |q: &str, offset: usize, limit: usize| {
        url(&format!("/api/v1/search?q={q}&lang=ro&offset={offset}&limit={limit}"))
    };
    let (status, both) = get_json(&search("avocat%20urgent", 0, 20)).await;
    assert_eq!(status, 200);
    let listed = hit_ids(&both);
    let (_, alone) = get_json(&search("avocat", 0, 20)).await;
    let lawyers = hit_ids(&alone);
    assert!(!lawyers.is_empty() && lawyers.len() < 20, "{lawyers:?}");
    for lawyer in &lawyers {
        assert!(listed.contains(lawyer), "{lawyer} is listed: {listed:?}");
    }
    assert!(
        listed.iter().take(5).any(|id| id == "san-donato-regolarizzazione-giuridica"),
        "a lawyer's service on the first screen: {listed:?}"
    );
    let total = both["total"].as_u64().expect("a total");
    assert!(total >= listed.len() as u64 && (listed.len() == 20 || total == listed.len() as u64), "{total}");
    let mut paged = Vec::new();
    for offset in (0..listed.len()).step_by(3) {
        paged.extend(hit_ids(&get_json(&search("avocat%20urgent", offset, 3)).await.1));
    }
    assert_eq!(paged, listed, "pages of three list the same services in the same order");
}

/// A written change is searchable within a second, with the real server following the
/// database (here: a new organisation file imported while the server runs).
#[tokio::test]
async fn an_import_is_searchable_within_a_second() {
    let dir = tempfile::tempdir().expect("content dir");
    let source = repo_root().join("content");
    for file in ["taxonomy.toml", "thesaurus.toml", "legal.toml"] {
        std::fs::copy(source.join(file), dir.path().join(file)).expect("copy content");
    }
    std::fs::create_dir(dir.path().join(portineria::content::ORGANIZATIONS_DIR)).expect("organisations dir");
    let only = "renken-onlus";
    std::fs::copy(organization_file(&source, only), organization_file(dir.path(), only)).expect("copy content");
    let server = TestServer::start(dir.path().to_path_buf());
    let search = |q: &str| format!("{}/api/v1/search?q={q}&lang=it", server.base);
    assert_eq!(get_json(&search("pizzicagnolo")).await.1["total"], 0);

    let original = std::fs::read_to_string(organization_file(&source, "cooperativa-san-donato")).expect("read");
    let service = content()
        .organizations
        .iter()
        .find(|(p, _, _)| p.ends_with("cooperativa-san-donato.toml"))
        .and_then(|(_, _, f)| f.services.first().map(|s| s.name.italian().to_string()))
        .expect("a service");
    let changed = original.replacen(&service, &format!("{service} pizzicagnolo"), 1);
    std::fs::write(organization_file(dir.path(), "cooperativa-san-donato"), changed).expect("write");
    let db = Database::open(&server.database_url).await.expect("second connection");
    import_dir(&db, dir.path()).await.expect("import");
    let written = Instant::now();
    loop {
        if get_json(&search("pizzicagnolo")).await.1["total"] == 1 {
            break;
        }
        assert!(written.elapsed() < Duration::from_secs(1), "not searchable 1 s after the import");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    println!("freshness: searchable {} ms after the import", written.elapsed().as_millis());
}

/// Text mixing query syntax, controls, scripts, combining marks, emoji and any scalar,
/// from a seeded generator so a failure can be replayed.
fn random_text(rng: &mut Rng) -> String {
    const PIECES: [&str; 16] = ["\"", "*", ":", "(", ")", "[", "]", "^", "~", "\\", "AND", "OR", "NOT", "%", "&", "+"];
    const WORDS: [&str; 9] = ["casa", "lavoro", "ș", "ë", "ة", "住房", "🙂", "di", "la"];
    /// A character from `base..base + span` (nothing where that is not a scalar value).
    fn scalar(rng: &mut Rng, base: u32, span: usize) -> String {
        char::from_u32(base + rng.below(span) as u32).map(String::from).unwrap_or_default()
    }
    let len = match rng.below(10) {
        0 => 0,
        1 => 400 + rng.below(300),
        _ => rng.below(40),
    };
    (0..len)
        .map(|_| match rng.below(8) {
            0 => PIECES[rng.below(PIECES.len())].to_string(),
            1 => scalar(rng, 0, 0x20),
            2 => scalar(rng, 0x0600, 0x100),
            3 => scalar(rng, 0x4E00, 0x5000),
            4 => scalar(rng, 0x0300, 0x70),
            5 => " ".to_string(),
            6 => scalar(rng, 0, 0x11_0000),
            _ => WORDS[rng.below(WORDS.len())].to_string(),
        })
        .collect()
}

/// The last `n` of `lines`.
fn last(mut lines: Vec<String>, n: usize) -> Vec<String> {
    lines.split_off(lines.len().saturating_sub(n))
}

#[tokio::test]
async fn any_input_gets_results_or_a_clear_400() {
    let mut rng = Rng::new(20261123);
    let mut cases: Vec<String> =
        ["", " ", "\"", "*", "a".repeat(10_000).as_str(), "di la e", "!!!", "\u{0}\u{7}", "\u{202E}casa", "ب"]
            .map(str::to_string)
            .to_vec();
    cases.extend((0..300).map(|_| random_text(&mut rng)));
    let client = http();
    for (i, q) in cases.iter().enumerate() {
        let lang = ["it", "ro", "ar", "sq", "zh"][i % 5];
        for path in ["/api/v1/search", "/api/v1/suggest", &format!("/{lang}/search")] {
            let sent = portineria_tests::logs::elapsed();
            let response =
                client.get(url(path)).query(&[("q", q.as_str()), ("lang", lang)]).send().await.expect("server answers");
            let status = response.status().as_u16();
            assert!(
                status == 200 || status == 400,
                "{path} q={q:?}: status {status} (sent at {sent}, answered at {}); the server logged {:#?}\nits last render stages: {:#?}",
                portineria_tests::logs::elapsed(),
                portineria_tests::logs::recent_errors(),
                last(portineria_tests::logs::render_stages(&server().base), 30),
            );
            if path.starts_with("/api") {
                let body: Value = response.json().await.unwrap_or_else(|e| panic!("{path} q={q:?}: JSON: {e}"));
                assert!(status == 200 || body["error"]["message"].is_string(), "{path} q={q:?}: {body}");
            }
        }
    }
}
