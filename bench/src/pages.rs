//! What a family's phone downloads (issue 20): each public page type opened in headless
//! Chromium on the real server over the seed content. Every request the page makes is
//! counted from the browser's Resource Timing (`transferSize`: the bytes on the wire,
//! compressed as served, headers included), for a first visit with an empty cache and a
//! second visit of the same page right after, in the same browser (so files without
//! `Cache-Control` may still come from Chrome's caches: a visit days later would at least
//! revalidate them); then the time until the page can be used, with the network emulated
//! as DevTools' "Slow 3G".

use crate::http::{client, free_port, serve_command, wait_ready, ChildGuard};
use crate::{log, Paths};
use portineria_app::lang::Lang;
use portineria_tests::browser::{browser, emulate_network, script, wait_until, wait_until_within};
use reqwest::Url;
use std::time::Duration;

/// DevTools' "Slow 3G" preset: 2 s of latency, 50,000 bytes per second each way.
const SLOW_3G_LATENCY_MS: u64 = 2_000;
const SLOW_3G_BYTES_PER_SECOND: u64 = 50_000;

/// One page of each public type, on the seed content, with `{lang}` for each language
/// (the mediator's pages are in Italian and the family's language).
const PAGES: [(&str, &str); 6] = [
    ("home", "/{lang}/"),
    ("results", "/{lang}/search?q=casa"),
    ("service", "/{lang}/services/roma-ufficio-immigrazione"),
    ("slip", "/{lang}/services/roma-ufficio-immigrazione/print"),
    ("kiosk", "/kiosk/{lang}/?desk=orbassano"),
    ("mediator", "/mediator?family={lang}"),
];

/// The page has loaded and its wasm module has arrived (pages without it: loaded).
const SETTLED: &str = "return document.readyState === 'complete' \
    && performance.getEntriesByType('navigation')[0].loadEventEnd > 0 \
    && (!document.querySelector('link[href$=\".wasm\"]') \
        || performance.getEntriesByType('resource').some(e => e.name.endsWith('.wasm') && e.responseEnd > 0))";

/// Bytes and requests of the page shown, all of them.
const TRANSFERRED: &str = "const all = performance.getEntriesByType('navigation') \
    .concat(performance.getEntriesByType('resource')); \
    return [all.reduce((sum, e) => sum + e.transferSize, 0), all.length]";

/// When the page could be used, in ms from the start of its navigation: loaded, and its
/// wasm downloaded (compiling and running it come on top).
const INTERACTIVE: &str = "const nav = performance.getEntriesByType('navigation')[0]; \
    const wasm = performance.getEntriesByType('resource').filter(e => e.name.endsWith('.wasm')); \
    return Math.max(nav.loadEventEnd, ...wasm.map(e => e.responseEnd))";

pub struct PageWeight {
    pub name: &'static str,
    pub path: String,
    pub first_bytes: u64,
    pub first_requests: u64,
    pub second_bytes: u64,
    pub slow_3g_interactive_ms: f64,
}

/// Starts the server on the seed content in a fresh data directory and weighs every page.
pub async fn measure(paths: &Paths) -> anyhow::Result<Vec<PageWeight>> {
    let work = paths.work.join("pages");
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work)?;
    let port = free_port()?;
    let mut command = serve_command(paths, port, &paths.root.join("content"), &work.join("data"));
    let mut child = ChildGuard::spawn(&mut command, "portineria", work.join("server.log"))?;
    let base = format!("http://127.0.0.1:{port}");
    wait_ready(&mut child, &client()?, &Url::parse(&format!("{base}/healthz"))?).await?;
    let mut weights = Vec::new();
    for (name, path) in PAGES
        .into_iter()
        .flat_map(|(name, path)| Lang::ALL.into_iter().map(move |lang| (name, path.replace("{lang}", lang.code()))))
    {
        log(format!("pages: {name} ({path})"));
        let url = format!("{base}{path}");
        // A new session has an empty cache.
        let session = browser(true).await;
        session.goto(&url).await?;
        wait_until(&session, SETTLED).await;
        let [first_bytes, first_requests] = numbers(&script(&session, TRANSFERRED).await);
        session.goto(&url).await?;
        wait_until(&session, SETTLED).await;
        let [second_bytes, _] = numbers(&script(&session, TRANSFERRED).await);
        session.close().await?;

        let slow = browser(true).await;
        emulate_network(&slow, SLOW_3G_LATENCY_MS, SLOW_3G_BYTES_PER_SECOND).await;
        slow.goto(&url).await?;
        // A megabyte takes 20 s at Slow 3G.
        wait_until_within(&slow, SETTLED, Duration::from_secs(120)).await;
        let slow_3g_interactive_ms = script(&slow, INTERACTIVE).await.as_f64().unwrap_or(f64::NAN);
        slow.close().await?;
        weights.push(PageWeight { name, path, first_bytes, first_requests, second_bytes, slow_3g_interactive_ms });
    }
    Ok(weights)
}

fn numbers(value: &serde_json::Value) -> [u64; 2] {
    let at = |i: usize| value.get(i).and_then(serde_json::Value::as_f64).unwrap_or(0.0) as u64;
    [at(0), at(1)]
}

/// The figures as a Markdown table.
pub fn table(weights: &[PageWeight]) -> String {
    let mut out = String::from(
        "| page | path | first visit KB | requests | second visit KB | interactive on Slow 3G s |\n|---|---|---:|---:|---:|---:|\n",
    );
    for w in weights {
        out.push_str(&format!(
            "| {} | `{}` | {:.1} | {} | {:.1} | {:.1} |\n",
            w.name,
            w.path,
            w.first_bytes as f64 / 1000.0,
            w.first_requests,
            w.second_bytes as f64 / 1000.0,
            w.slow_3g_interactive_ms / 1000.0
        ));
    }
    let most = |f: fn(&PageWeight) -> f64| weights.iter().map(f).fold(0.0, f64::max);
    out.push_str(&format!(
        "\nLargest of {} pages: first visit {:.1} KB, second visit {:.1} KB, interactive on Slow 3G {:.1} s.\n",
        weights.len(),
        most(|w| w.first_bytes as f64) / 1000.0,
        most(|w| w.second_bytes as f64) / 1000.0,
        most(|w| w.slow_3g_interactive_ms) / 1000.0
    ));
    out
}
