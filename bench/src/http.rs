//! Both engines behind a real HTTP server in a child process, under load from c tasks
//! sharing one keep-alive client; Portineria's server-rendered search page with one client;
//! the servers' peak RSS afterwards.

use crate::dataset::tail;
use crate::queries::BenchQuery;
use crate::report::{HttpFigures, LoadRun};
use crate::{log, Paths};
use anyhow::{bail, Context};
use reqwest::Url;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// A child server, stopped (killed and reaped) when dropped, also on errors and Ctrl-C.
pub struct ChildGuard {
    child: Child,
    name: &'static str,
    log: PathBuf,
}

impl ChildGuard {
    pub fn spawn(command: &mut Command, name: &'static str, log: PathBuf) -> anyhow::Result<Self> {
        let file = std::fs::File::create(&log)?;
        let child = command
            .stdin(Stdio::null())
            .stdout(file.try_clone()?)
            .stderr(file)
            .spawn()
            .with_context(|| format!("starting {name}"))?;
        Ok(Self { child, name, log })
    }

    /// Fails when the child has exited.
    fn check_alive(&mut self) -> anyhow::Result<()> {
        if let Some(status) = self.child.try_wait()? {
            bail!("{} exited ({status}); last lines of {}:\n{}", self.name, self.log.display(), tail(&self.log, 20));
        }
        Ok(())
    }

    /// The most memory the child has had resident (VmHWM), in bytes.
    fn peak_rss(&self) -> anyhow::Result<u64> {
        match crate::dataset::peak_rss_of(self.child.id()) {
            0 => bail!("no VmHWM for {}", self.name),
            bytes => Ok(bytes),
        }
    }
}

impl Drop for ChildGuard {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn free_port() -> anyhow::Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

pub fn client() -> anyhow::Result<reqwest::Client> {
    Ok(reqwest::Client::builder().timeout(Duration::from_secs(60)).pool_max_idle_per_host(1024).build()?)
}

/// Polls `url` until it answers 200; returns how long that took.
pub async fn wait_ready(child: &mut ChildGuard, client: &reqwest::Client, url: &Url) -> anyhow::Result<Duration> {
    let started = Instant::now();
    loop {
        child.check_alive()?;
        if let Ok(response) = client.get(url.clone()).send().await {
            if response.status().is_success() {
                return Ok(started.elapsed());
            }
        }
        if started.elapsed() > Duration::from_secs(600) {
            bail!("{} did not answer {url} within 10 minutes", child.name);
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// `concurrency` tasks, one client, each looping over `urls` (from its own starting point)
/// until `duration` has passed; every request's latency, body read included.
async fn load(client: &reqwest::Client, urls: &Arc<Vec<Url>>, concurrency: usize, duration: Duration) -> LoadRun {
    let started = Instant::now();
    let deadline = started + duration;
    let mut tasks = Vec::with_capacity(concurrency);
    for task in 0..concurrency {
        let client = client.clone();
        let urls = urls.clone();
        tasks.push(tokio::spawn(async move {
            let mut samples = Vec::new();
            let mut errors = 0usize;
            let mut i = task * urls.len() / concurrency;
            while Instant::now() < deadline {
                let url = urls[i % urls.len()].clone();
                i += 1;
                let sent = Instant::now();
                let ok = match client.get(url).send().await {
                    Ok(response) => response.status().is_success() && response.bytes().await.is_ok(),
                    Err(_) => false,
                };
                if ok {
                    samples.push(sent.elapsed());
                } else {
                    errors += 1;
                }
            }
            (samples, errors)
        }));
    }
    let mut run = LoadRun { concurrency, ..Default::default() };
    for task in tasks {
        match task.await {
            Ok((samples, errors)) => {
                run.latency.samples.extend(samples);
                run.errors += errors;
            }
            Err(_) => run.errors += 1,
        }
    }
    run.elapsed = started.elapsed();
    run
}

/// Asks for each of `urls` once (which warms the server up) and fails unless each answers
/// 200, with an HTML page when `html`.
async fn check_all(client: &reqwest::Client, urls: &[Url], html: bool) -> anyhow::Result<()> {
    for url in urls {
        let response = client.get(url.clone()).send().await?;
        if response.status() != reqwest::StatusCode::OK {
            bail!("{url} answered {}", response.status());
        }
        let content_type = response.headers().get(reqwest::header::CONTENT_TYPE).and_then(|v| v.to_str().ok());
        if html && !content_type.is_some_and(|t| t.starts_with("text/html")) {
            bail!("{url} answered {content_type:?}, not an HTML page");
        }
        let body = response.bytes().await?;
        if html && !body.windows(5).any(|w| w.eq_ignore_ascii_case(b"<html")) {
            bail!("{url} answered a body without <html>");
        }
    }
    Ok(())
}

/// Warms the server up with one pass over the queries, then loads it at each concurrency;
/// then the search pages `pages` (if any) with one client, after a pass that checks they are
/// One load run's figures, as the progress log shows them.
fn log_run(what: &str, run: &LoadRun) {
    log(format!(
        "  {what}: {:.0} req/s, p50 {:.2} ms, p99 {:.2} ms, {} errors",
        run.rps(),
        run.latency.percentile_ms(50.0),
        run.latency.percentile_ms(99.0),
        run.errors
    ));
}

/// HTML; then `/healthz` at the highest concurrency; reads the peak RSS at the end.
async fn measure(
    child: &mut ChildGuard,
    base: &str,
    (search_urls, pages): (Vec<Url>, Vec<Url>),
    concurrency: &[usize],
    duration: Duration,
) -> anyhow::Result<HttpFigures> {
    let client = client()?;
    let healthz = Url::parse(&format!("{base}/healthz"))?;
    let startup = wait_ready(child, &client, &healthz).await?;
    let urls = Arc::new(search_urls);
    check_all(&client, &urls, false).await?;
    let mut figures = HttpFigures { startup, ..Default::default() };
    for &c in concurrency {
        let run = load(&client, &urls, c, duration).await;
        log_run(&format!("{} c={c}", child.name), &run);
        figures.search.push(run);
        child.check_alive()?;
    }
    if !pages.is_empty() {
        check_all(&client, &pages, true).await?;
        let run = load(&client, &Arc::new(pages), 1, duration).await;
        log_run(&format!("{} search page c=1", child.name), &run);
        figures.page = Some(run);
        child.check_alive()?;
    }
    let top = concurrency.iter().copied().max().unwrap_or(1);
    figures.healthz = load(&client, &Arc::new(vec![healthz]), top, duration).await;
    log(format!("  {} healthz c={top}: {:.0} req/s", child.name, figures.healthz.rps()));
    child.check_alive()?;
    figures.peak_rss_bytes = child.peak_rss()?;
    Ok(figures)
}

/// `portineria serve` on `port` over `content`, keeping its database and index in `data_dir`.
pub fn serve_command(paths: &Paths, port: u16, content: &Path, data_dir: &Path) -> Command {
    let mut command = Command::new(&paths.server);
    command
        .arg("serve")
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .env("PORTINERIA_DATA_DIR", data_dir)
        .env("PORTINERIA_CONTENT_DIR", content)
        .env("LEPTOS_SITE_ROOT", paths.root.join("target/site"))
        .env_remove("DATABASE_URL")
        .current_dir(&paths.root);
    command
}

/// The real server binary on the data dir of `portineria import` (index already built).
pub async fn measure_portineria(
    paths: &Paths,
    content: &Path,
    data_dir: &Path,
    work: &Path,
    set: &[BenchQuery],
    concurrency: &[usize],
    duration: Duration,
) -> anyhow::Result<HttpFigures> {
    let port = free_port()?;
    let mut child =
        ChildGuard::spawn(&mut serve_command(paths, port, content, data_dir), "portineria", work.join("server.log"))?;
    let base = format!("http://127.0.0.1:{port}");
    let urls = set
        .iter()
        .map(|q| {
            Url::parse_with_params(
                &format!("{base}/api/v1/search"),
                [("q", q.text.as_str()), ("lang", "it"), ("limit", "20")],
            )
        })
        .collect::<Result<Vec<_>, _>>()?;
    // The page a family gets from the search box (app/src/lib.rs: `/:lang` + `search`).
    let pages = set
        .iter()
        .map(|q| Url::parse_with_params(&format!("{base}/it/search"), [("q", q.text.as_str())]))
        .collect::<Result<Vec<_>, _>>()?;
    measure(&mut child, &base, (urls, pages), concurrency, duration).await
}

/// `portineria-bench fts5-serve` on the FTS5 file.
pub async fn measure_fts5(
    paths: &Paths,
    fts_path: &Path,
    set: &[BenchQuery],
    concurrency: &[usize],
    duration: Duration,
) -> anyhow::Result<HttpFigures> {
    let port = free_port()?;
    let mut command = Command::new(&paths.bench);
    command.arg("fts5-serve").arg("--db").arg(fts_path).args(["--port", &port.to_string()]);
    let log_path = fts_path.with_file_name("fts5-server.log");
    let mut child = ChildGuard::spawn(&mut command, "fts5-serve", log_path)?;
    let base = format!("http://127.0.0.1:{port}");
    let urls = set
        .iter()
        .map(|q| Url::parse_with_params(&format!("{base}/search"), [("q", q.text.as_str())]))
        .collect::<Result<Vec<_>, _>>()?;
    measure(&mut child, &base, (urls, Vec::new()), concurrency, duration).await
}
