//! Headless Chromium over WebDriver (Debian's chromium + chromium-driver): one chromedriver
//! per test binary, a fresh browser session per test.

use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::sync::LazyLock;
use std::time::{Duration, Instant};

struct Driver {
    port: u16,
    _process: ChildGuard,
}

struct ChildGuard(Child);

impl Drop for ChildGuard {
    fn drop(&mut self) {
        let _ = self.0.kill();
    }
}

static DRIVER: LazyLock<Driver> = LazyLock::new(|| {
    let site = crate::built_file("wasm");
    assert!(site.exists(), "{} is missing: build the site first (cargo leptos build --release)", site.display());
    let port = TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("free port").port();
    let process = Command::new("chromedriver")
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver is installed (apt-get install chromium-driver)");
    let started = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(started.elapsed() < Duration::from_secs(20), "chromedriver did not start");
        std::thread::sleep(Duration::from_millis(100));
    }
    Driver { port, _process: ChildGuard(process) }
});

/// A browser session; `javascript: false` runs the page with scripts disabled.
pub async fn browser(javascript: bool) -> Client {
    let mut args = vec![
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1000",
    ];
    if !javascript {
        args.push("--blink-settings=scriptEnabled=false");
    }
    let mut capabilities = serde_json::Map::new();
    capabilities.insert("goog:chromeOptions".into(), json!({ "args": args }));
    capabilities.insert("goog:loggingPrefs".into(), json!({ "browser": "ALL" }));
    ClientBuilder::rustls()
        .expect("TLS setup")
        .capabilities(capabilities)
        .connect(&format!("http://127.0.0.1:{}", DRIVER.port))
        .await
        .expect("a browser session")
}

/// The browser console log (chromedriver's log endpoint), to catch broken hydration.
#[derive(Debug)]
struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(&self, base_url: &url::Url, session_id: Option<&str>) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!("session/{}/se/log", session_id.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(r#"{"type":"browser"}"#.to_string()))
    }
}

/// Chromium's network emulation (chromedriver's `chromium/network_conditions`).
#[derive(Debug)]
struct NetworkConditions {
    latency_ms: u64,
    bytes_per_second: u64,
}

impl WebDriverCompatibleCommand for NetworkConditions {
    fn endpoint(&self, base_url: &url::Url, session_id: Option<&str>) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!("session/{}/chromium/network_conditions", session_id.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let throughput = self.bytes_per_second;
        let conditions = json!({ "network_conditions": {
            "offline": false,
            "latency": self.latency_ms,
            "download_throughput": throughput,
            "upload_throughput": throughput,
        }});
        (http::Method::POST, Some(conditions.to_string()))
    }
}

/// Makes every request of `client` wait `latency_ms` and move `bytes_per_second`, as
/// DevTools' network throttling does.
pub async fn emulate_network(client: &Client, latency_ms: u64, bytes_per_second: u64) {
    client
        .issue_cmd(NetworkConditions { latency_ms, bytes_per_second })
        .await
        .expect("chromedriver emulates the network");
}

/// Console messages of level SEVERE since the last call.
pub async fn console_errors(client: &Client) -> Vec<String> {
    let log = client.issue_cmd(BrowserLog).await.expect("browser log");
    log.as_array()
        .into_iter()
        .flatten()
        .filter(|entry| entry["level"] == "SEVERE")
        .map(|entry| entry["message"].as_str().unwrap_or("").to_string())
        .collect()
}

pub async fn script(client: &Client, code: &str) -> Value {
    client.execute(code, vec![]).await.unwrap_or_else(|e| panic!("script {code:?}: {e}"))
}

/// Waits (up to 10 s) until `code` returns true in the page.
pub async fn wait_until(client: &Client, code: &str) {
    wait_until_within(client, code, Duration::from_secs(10)).await
}

/// Waits (up to `limit`) until `code` returns true in the page.
pub async fn wait_until_within(client: &Client, code: &str, limit: Duration) {
    let started = Instant::now();
    loop {
        if client.execute(code, vec![]).await.ok() == Some(Value::Bool(true)) {
            return;
        }
        assert!(started.elapsed() < limit, "timed out waiting for {code:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits until the page has loaded and fetched its wasm module, then gives hydration a
/// moment; the tests themselves prove hydration (client-side navigation keeps `window` state).
pub async fn wait_hydrated(client: &Client) {
    wait_until(
        client,
        "return performance.getEntriesByType('resource').some(e => e.name.endsWith('.wasm') && e.responseEnd > 0) && document.readyState === 'complete'",
    )
    .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
}

pub async fn text(client: &Client, css: &str) -> String {
    client.find(Locator::Css(css)).await.unwrap_or_else(|e| panic!("{css}: {e}")).text().await.expect("text")
}

/// Saves a screenshot under target/screenshots/ (copied into docs/ by hand when it matters).
pub async fn screenshot(client: &Client, name: &str) {
    let dir = crate::repo_root().join("target/screenshots");
    std::fs::create_dir_all(&dir).expect("screenshot dir");
    let png = client.screenshot().await.expect("screenshot");
    std::fs::write(dir.join(format!("{name}.png")), png).expect("write screenshot");
}

/// Reads the QR code shown in the element at `css` as a phone camera would: from a
/// screenshot of what Chromium drew.
pub async fn read_qr(client: &Client, css: &str) -> String {
    let element = client.find(Locator::Css(css)).await.unwrap_or_else(|e| panic!("{css}: {e}"));
    // An element screenshot is cut at the edge of the window.
    client
        .execute(
            "arguments[0].scrollIntoView({block: 'center'})",
            vec![serde_json::to_value(&element).expect("element")],
        )
        .await
        .expect("scroll");
    let png = element.screenshot().await.expect("element screenshot");
    let mut reader = png::Decoder::new(std::io::Cursor::new(png)).read_info().expect("PNG header");
    let mut pixels = vec![0; reader.output_buffer_size()];
    let frame = reader.next_frame(&mut pixels).expect("PNG pixels");
    let channels = frame.color_type.samples();
    let (width, height) = (frame.width as usize, frame.height as usize);
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| {
        let at = (y * width + x) * channels;
        // Channels are 8-bit (Chromium screenshots); the first stands for the luminance of black and white.
        pixels[at]
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "{css}: one QR code");
    grids[0].decode().expect("QR code decodes").1
}

/// A Chrome DevTools Protocol command through chromedriver (`goog/cdp/execute`).
#[derive(Debug)]
struct Cdp(Value);

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(&self, base_url: &url::Url, session_id: Option<&str>) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!("session/{}/goog/cdp/execute", session_id.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.0.to_string()))
    }
}

/// Lays the page out as printed (CSS `@media print`), or back on screen.
pub async fn emulate_print(client: &Client, print: bool) {
    let media = if print { "print" } else { "" };
    client
        .issue_cmd(Cdp(json!({ "cmd": "Emulation.setEmulatedMedia", "params": { "media": media } })))
        .await
        .expect("emulate print media");
}

/// How many sheets of `width` × `height` millimetres (with `margin` all round) Chromium
/// prints the current page on, with the page's print styles.
pub async fn printed_pages(client: &Client, (width, height): (f64, f64), margin: f64) -> usize {
    use base64::Engine;
    let inches = |mm: f64| mm / 25.4;
    let answer = client
        .issue_cmd(Cdp(json!({ "cmd": "Page.printToPDF", "params": {
            "paperWidth": inches(width), "paperHeight": inches(height),
            "marginTop": inches(margin), "marginBottom": inches(margin),
            "marginLeft": inches(margin), "marginRight": inches(margin),
            "printBackground": false,
        } })))
        .await
        .expect("print to PDF");
    let data = answer["data"].as_str().expect("PDF data");
    let pdf = base64::engine::general_purpose::STANDARD.decode(data).expect("base64 PDF");
    // Each page is an object of `/Type /Page` (the page tree is `/Type /Pages`).
    let text = String::from_utf8_lossy(&pdf);
    regex::Regex::new(r"/Type\s*/Page[^s]").expect("pattern").find_iter(&text).count()
}

/// axe-core, as installed from npm by `scripts/setup.sh`.
static AXE: LazyLock<String> = LazyLock::new(|| {
    let path = crate::repo_root().join("tests/axe/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run scripts/setup.sh --browser)", path.display()))
});

/// The serious and critical WCAG 2.2 A/AA violations axe-core finds in the current page,
/// one line each with up to three of the elements concerned.
pub async fn axe_violations(client: &Client) -> Vec<String> {
    client.execute(&format!("{}\nreturn true;", *AXE), vec![]).await.expect("inject axe-core");
    let found = client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
               .then(r => done(r.violations
                   .filter(v => v.impact === 'serious' || v.impact === 'critical')
                   .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))
               .catch(e => done(['axe failed: ' + e]));",
            vec![],
        )
        .await
        .expect("axe-core runs");
    found.as_array().into_iter().flatten().map(|v| v.as_str().unwrap_or("").to_string()).collect()
}

/// Sends one key to the focused element (Tab, Enter…), as a keyboard would.
pub async fn press(client: &Client, key: fantoccini::key::Key) {
    let focused = client.active_element().await.expect("a focused element");
    focused.send_keys(&char::from(key).to_string()).await.expect("key press");
}
