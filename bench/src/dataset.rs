//! The data of one size: synthetic content (made once and kept), imported by the server
//! binary into a fresh data directory, then the index rebuilt in-process and timed.

use crate::queries::BenchQuery;
use crate::report::Latency;
use crate::{log, Paths};
use anyhow::{bail, Context};
use portineria::db::Database;
use portineria::search::indexer;
use portineria::search::{SearchIndex, SearchQuery, Thesaurus};
use portineria_bench::synth::{self, Corpus};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::Arc;
use std::time::{Duration, Instant};

pub struct Dataset {
    pub content: PathBuf,
    pub data_dir: PathBuf,
    pub db_path: PathBuf,
    /// The in-process index (a directory of its own, rebuilt from the database).
    pub index: Arc<SearchIndex>,
    pub index_dir: PathBuf,
    pub services: i64,
    /// Synthesis time, when the content was made on this run.
    pub synth: Option<Duration>,
    /// `portineria import` as a child process (content → database, and its index).
    pub import: Imported,
    /// `indexer::rebuild` in-process into an empty index.
    pub rebuild: Duration,
}

pub fn sqlite_url(path: &Path) -> String {
    format!("sqlite://{}", path.display())
}

/// Makes the synthetic content of `n` services of `corpus` in `dir/content` unless it is
/// already there.
pub async fn synthesize(dir: &Path, n: usize, seed: u64, corpus: Corpus) -> anyhow::Result<Option<Duration>> {
    let content = dir.join("content");
    let marker = dir.join("synth.txt");
    let wanted = format!("corpus={corpus} services={n} seed={seed}\n");
    if std::fs::read_to_string(&marker).ok().as_deref() == Some(wanted.as_str()) && content.is_dir() {
        log(format!("N={n} {corpus}: reusing the synthetic content in {}", content.display()));
        return Ok(None);
    }
    if content.exists() {
        std::fs::remove_dir_all(&content)?;
    }
    let _ = std::fs::remove_file(&marker);
    log(format!("N={n} {corpus}: synthesizing content into {}", content.display()));
    let options = synth::Options { services: n, out: content, seed, corpus };
    let summary = tokio::task::spawn_blocking(move || synth::generate(&options)).await??;
    std::fs::write(&marker, wanted)?;
    Ok(Some(summary.elapsed))
}

/// How often a child's peak memory is read while it runs.
const RSS_EVERY: Duration = Duration::from_millis(100);

/// A child's peak resident memory so far (VmHWM), in bytes; 0 once it has gone.
pub fn peak_rss_of(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let kb = status.lines().find_map(|l| l.strip_prefix("VmHWM:")).and_then(|v| v.split_whitespace().next());
    kb.and_then(|v| v.parse::<u64>().ok()).map_or(0, |kb| kb * 1024)
}

/// Runs a child to completion, its output in `log_path`; fails with the log's tail. Returns
/// its peak resident memory (VmHWM, read every [`RSS_EVERY`] until it exits: a peak in its
/// last tenth of a second may be missed).
pub async fn run_logged(command: &mut tokio::process::Command, log_path: &Path, what: &str) -> anyhow::Result<u64> {
    let log_file = std::fs::File::create(log_path)?;
    let mut child = command
        .stdin(Stdio::null())
        .stdout(log_file.try_clone()?)
        .stderr(log_file)
        .kill_on_drop(true)
        .spawn()
        .with_context(|| format!("starting {what}"))?;
    let pid = child.id().unwrap_or_default();
    let mut peak = 0;
    let status = loop {
        peak = peak.max(peak_rss_of(pid));
        tokio::select! {
            status = child.wait() => break status?,
            () = tokio::time::sleep(RSS_EVERY) => {}
        }
    };
    if !status.success() {
        bail!("{what} failed ({status}); last lines of {}:\n{}", log_path.display(), tail(log_path, 20));
    }
    Ok(peak)
}

pub fn tail(path: &Path, lines: usize) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

/// A `portineria import`: what a first start does before serving.
#[derive(Clone, Copy)]
pub struct Imported {
    pub took: Duration,
    pub peak_rss_bytes: u64,
}

/// `portineria import` of `content` into a fresh `data_dir` and the database `database`
/// (an empty one; `None`: the SQLite file in `data_dir`), timed, with its peak memory.
pub async fn import(
    paths: &Paths,
    content: &Path,
    (data_dir, database): (&Path, Option<&str>),
    log_path: &Path,
) -> anyhow::Result<Imported> {
    if data_dir.exists() {
        std::fs::remove_dir_all(data_dir)?;
    }
    std::fs::create_dir_all(data_dir)?;
    let mut command = tokio::process::Command::new(&paths.server);
    command
        .arg("import")
        .env("PORTINERIA_CONTENT_DIR", content)
        .env("PORTINERIA_DATA_DIR", data_dir)
        .env_remove("DATABASE_URL")
        .current_dir(&paths.root);
    if let Some(database) = database {
        command.env("DATABASE_URL", database);
    }
    let started = Instant::now();
    let peak_rss_bytes = run_logged(&mut command, log_path, "portineria import").await?;
    Ok(Imported { took: started.elapsed(), peak_rss_bytes })
}

/// Opens the database at `url` and an empty index in `index_dir`, and times a full rebuild.
pub async fn rebuild_index(
    url: &str,
    content: &Path,
    index_dir: &Path,
) -> anyhow::Result<(Arc<SearchIndex>, i64, Duration)> {
    let db = Database::open(url).await?;
    if index_dir.exists() {
        std::fs::remove_dir_all(index_dir)?;
    }
    let index = Arc::new(SearchIndex::open(index_dir, Thesaurus::load(content)?, Default::default())?);
    let started = Instant::now();
    let count = indexer::rebuild(&db, &index).await?;
    let took = started.elapsed();
    let services = db.count_services().await?;
    if count as i64 != services {
        bail!("the rebuild indexed {count} services of {services}");
    }
    Ok((index, services, took))
}

pub async fn prepare(paths: &Paths, dir: &Path, n: usize, seed: u64, corpus: Corpus) -> anyhow::Result<Dataset> {
    let synth = synthesize(dir, n, seed, corpus).await?;
    let content = dir.join("content");
    let data_dir = dir.join("data");
    log(format!("N={n} {corpus}: importing with `portineria import`"));
    let import = import(paths, &content, (&data_dir, None), &dir.join("import.log")).await?;
    log(format!(
        "N={n} {corpus}: imported in {:.2} s (peak RSS {} MB); rebuilding the index in-process",
        import.took.as_secs_f64(),
        import.peak_rss_bytes / 1_000_000
    ));
    let db_path = data_dir.join("portineria.db");
    let index_dir = dir.join("index-inprocess");
    let (index, services, rebuild) = rebuild_index(&sqlite_url(&db_path), &content, &index_dir).await?;
    log(format!("N={n} {corpus}: index rebuilt in {:.2} s", rebuild.as_secs_f64()));
    Ok(Dataset { content, data_dir, db_path, index, index_dir, services, synth, import, rebuild })
}

/// `SearchIndex::search` with limit 20, each query `reps` times after one warm-up pass.
pub fn inprocess_latency(index: &SearchIndex, set: &[BenchQuery], reps: usize) -> anyhow::Result<Latency> {
    let query = |text: &str| SearchQuery { text: text.to_string(), limit: 20, ..Default::default() };
    let mut latency = Latency::default();
    for q in set {
        let found = index.search(&query(&q.text))?;
        latency.note_hits(found.total);
    }
    for _ in 0..reps {
        for q in set {
            let query = query(&q.text);
            let started = Instant::now();
            let found = index.search(&query)?;
            latency.samples.push(started.elapsed());
            std::hint::black_box(found);
        }
    }
    Ok(latency)
}

pub fn file_size(path: &Path) -> u64 {
    std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
}

pub fn dir_size(path: &Path) -> u64 {
    let Ok(entries) = std::fs::read_dir(path) else {
        return file_size(path);
    };
    entries
        .flatten()
        .map(|e| match e.file_type() {
            Ok(t) if t.is_dir() => dir_size(&e.path()),
            _ => e.metadata().map(|m| m.len()).unwrap_or(0),
        })
        .sum()
}

/// Tuning aid: in-process latency over an index built by an earlier run, with the slowest
/// queries (median of 5 runs each) so the costly shapes of query are visible.
pub async fn slowest(dir: &Path) -> anyhow::Result<()> {
    let index = Arc::new(SearchIndex::open(
        &dir.join("index-inprocess"),
        Thesaurus::load(&dir.join("content"))?,
        Default::default(),
    )?);
    let db = Database::open(&sqlite_url(&dir.join("data/portineria.db"))).await?;
    let started = Instant::now();
    if indexer::catch_up(&db, &index).await? {
        log(format!("index brought up to date in {:.2} s", started.elapsed().as_secs_f64()));
    }
    let set = crate::queries::bench_queries();
    let mut latency = Latency::default();
    let mut medians: Vec<(Duration, &str, u64)> = Vec::new();
    for q in &set {
        let query = SearchQuery { text: q.text.clone(), limit: 20, ..Default::default() };
        let mut runs: Vec<Duration> = Vec::new();
        let mut total = 0;
        for _ in 0..6 {
            let started = Instant::now();
            total = index.search(&query)?.total;
            runs.push(started.elapsed());
        }
        runs.remove(0);
        latency.samples.extend(&runs);
        runs.sort_unstable();
        medians.push((runs[runs.len() / 2], &q.text, total));
    }
    medians.sort_unstable_by_key(|m| std::cmp::Reverse(m.0));
    println!("p50 {:.3} ms, p99 {:.3} ms", latency.percentile_ms(50.0), latency.percentile_ms(99.0));
    for (time, text, total) in medians.iter().take(15) {
        println!("{:>8.3} ms  {total:>7} hits  {text}", time.as_secs_f64() * 1000.0);
    }
    Ok(())
}
