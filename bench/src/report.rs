//! Figures and their Markdown: percentiles, throughput, the table of each corpus and size
//! (Portineria | FTS5 | ratio), the side-by-side summary of all of them, the share of the
//! corpus queries match, the relevance table and the machine line.

use crate::Options;
use portineria_bench::synth::Corpus;
use portineria_tests::relevance::{Report, Score};
use std::fmt::Write as _;
use std::time::Duration;

/// Latencies of one run, and how many results each query found.
#[derive(Clone, Debug, Default)]
pub struct Latency {
    pub samples: Vec<Duration>,
    /// Each query's total of matching services, in the order of the query set.
    pub totals: Vec<u64>,
}

impl Latency {
    pub fn note_hits(&mut self, total: u64) {
        self.totals.push(total);
    }

    pub fn queries_with_hits(&self) -> usize {
        self.totals.iter().filter(|t| **t > 0).count()
    }

    /// The mean and the median share of `services` a query matches, in percent: how much
    /// work totals and facets make (they visit every match), which is what sets the corpora
    /// apart.
    pub fn match_share(&self, services: i64) -> (f64, f64) {
        share_of(&self.totals, services)
    }

    /// Nearest-rank percentile in milliseconds.
    pub fn percentile_ms(&self, p: f64) -> f64 {
        if self.samples.is_empty() {
            return f64::NAN;
        }
        let mut sorted = self.samples.clone();
        sorted.sort_unstable();
        let rank = ((p / 100.0) * sorted.len() as f64).ceil().max(1.0) as usize;
        sorted[rank.min(sorted.len()) - 1].as_secs_f64() * 1000.0
    }

    pub fn mean_total(&self) -> f64 {
        self.totals.iter().sum::<u64>() as f64 / self.totals.len().max(1) as f64
    }
}

/// Mean and median of `totals` as percentages of `services`.
fn share_of(totals: &[u64], services: i64) -> (f64, f64) {
    if totals.is_empty() || services <= 0 {
        return (f64::NAN, f64::NAN);
    }
    let percent = |t: u64| t as f64 * 100.0 / services as f64;
    let mut sorted = totals.to_vec();
    sorted.sort_unstable();
    let mid = sorted.len() / 2;
    let median = if sorted.len().is_multiple_of(2) {
        (percent(sorted[mid - 1]) + percent(sorted[mid])) / 2.0
    } else {
        percent(sorted[mid])
    };
    (totals.iter().map(|t| percent(*t)).sum::<f64>() / totals.len() as f64, median)
}

/// One load run: `concurrency` clients for a fixed time.
#[derive(Clone, Debug, Default)]
pub struct LoadRun {
    pub concurrency: usize,
    pub latency: Latency,
    pub elapsed: Duration,
    pub errors: usize,
}

impl LoadRun {
    pub fn rps(&self) -> f64 {
        self.latency.samples.len() as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }
}

#[derive(Clone, Debug, Default)]
pub struct HttpFigures {
    pub search: Vec<LoadRun>,
    /// The server-rendered search page (`/it/search?q=…`) with one client; Portineria only.
    pub page: Option<LoadRun>,
    pub healthz: LoadRun,
    pub peak_rss_bytes: u64,
    pub startup: Duration,
}

impl HttpFigures {
    fn at(&self, concurrency: usize) -> Option<&LoadRun> {
        self.search.iter().find(|r| r.concurrency == concurrency)
    }
}

pub struct EngineFigures {
    pub build: Duration,
    pub disk_bytes: u64,
    pub inproc: Latency,
    pub http: HttpFigures,
}

pub struct SizeReport {
    pub corpus: Corpus,
    pub n: usize,
    pub services: i64,
    pub synth: Option<Duration>,
    pub import: crate::dataset::Imported,
    pub queries: usize,
    pub reps: usize,
    /// Median `SELECT 1` through sqlx: part of every FTS5 in-process figure.
    pub sqlx_floor_ms: f64,
    pub portineria: EngineFigures,
    pub fts5: EngineFigures,
    /// The kind of each query of the set, in order (word, typo, common…), for the shares by kind.
    pub kinds: Vec<&'static str>,
}

impl SizeReport {
    /// Portineria's mean share of the corpus matched by the queries of each kind, in the
    /// order the kinds first appear.
    fn share_by_kind(&self) -> Vec<(&'static str, f64)> {
        let mut kinds: Vec<&'static str> = Vec::new();
        for kind in &self.kinds {
            if !kinds.contains(kind) {
                kinds.push(kind);
            }
        }
        kinds
            .into_iter()
            .map(|kind| {
                let totals: Vec<u64> = self
                    .kinds
                    .iter()
                    .zip(&self.portineria.inproc.totals)
                    .filter(|(k, _)| **k == kind)
                    .map(|(_, t)| *t)
                    .collect();
                (kind, share_of(&totals, self.services).0)
            })
            .collect()
    }
}

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

/// nproc, CPU model, RAM, rustc: one line for the top of the report.
pub fn machine_line() -> String {
    let nproc = std::thread::available_parallelism().map_or(0, |n| n.get());
    let cpuinfo = read("/proc/cpuinfo");
    let model = cpuinfo
        .lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split_once(':'))
        .map_or("unknown CPU".to_string(), |(_, v)| v.trim().to_string());
    let meminfo = read("/proc/meminfo");
    let ram_kb: u64 = meminfo
        .lines()
        .find(|l| l.starts_with("MemTotal:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let rustc = std::process::Command::new("rustc")
        .arg("--version")
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| "rustc unknown".to_string());
    format!(
        "Machine: {nproc} CPUs ({model}), {:.1} GB RAM, {rustc}, {} {}.\n",
        ram_kb as f64 / 1_048_576.0,
        std::env::consts::OS,
        std::env::consts::ARCH
    )
}

pub fn method_notes(options: &Options) -> String {
    let concurrency: Vec<String> = options.concurrency.iter().map(|c| c.to_string()).collect();
    let set = crate::queries::bench_queries();
    let mut kinds: Vec<(&str, usize)> = Vec::new();
    for q in &set {
        match kinds.iter_mut().find(|(k, _)| *k == q.kind) {
            Some((_, n)) => *n += 1,
            None => kinds.push((q.kind, 1)),
        }
    }
    let kinds: Vec<String> = kinds.iter().map(|(k, n)| format!("{n} {k}")).collect();
    format!(
        "\nSearch with limit 20 over a fixed set of {} mixed queries in the five languages ({}). In-process: each query {} times after a warm-up pass, \
         Portineria `SearchIndex::search` vs FTS5 `MATCH … ORDER BY bm25 LIMIT 20` + `count(*)` through one sqlx \
         connection. HTTP: c tasks sharing one keep-alive client for {} s each at c = {}, against \
         `/api/v1/search?lang=it` (Portineria: ranking, facets, labels) and a minimal axum server over the FTS5 \
         file (`/search`: total + top 20 id and name); then Portineria's server-rendered search page \
         (`/it/search?q=…`, the whole HTML page) with one client. The FTS5 file stores the texts it indexes, \
         Portineria's index only a result card per service. Load generator and server share the machine. \
         Ratio = Portineria / FTS5. Corpora: {}. The worst corpus (30 service templates) makes a typical \
         query match about a quarter of all services; the realistic one (over a thousand templates recombined \
         from kinds, topics, target groups and delivery modes, with local words) makes specific words match only \
         the services that name them, while a word the thesaurus maps to a category still finds all of it. \
         Match share: each query's total as a share of the corpus, its mean and median over the set.\n",
        set.len(),
        kinds.join(", "),
        options.reps,
        options.seconds,
        concurrency.join(", "),
        options.corpora.iter().map(|c| c.name()).collect::<Vec<_>>().join(", "),
    )
}

fn ms(v: f64) -> String {
    if v.is_nan() {
        "–".into()
    } else if v < 1.0 {
        format!("{v:.3}")
    } else if v < 100.0 {
        format!("{v:.2}")
    } else {
        format!("{v:.0}")
    }
}

fn count(v: f64) -> String {
    if v.is_nan() {
        "–".into()
    } else if v >= 100.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    }
}

fn ratio(a: f64, b: f64) -> String {
    if a.is_nan() || b.is_nan() || b == 0.0 {
        "–".into()
    } else {
        format!("{:.2}×", a / b)
    }
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1_048_576.0
}

fn percent(v: f64) -> String {
    if v.is_nan() {
        "–".into()
    } else if v < 10.0 {
        format!("{v:.2} %")
    } else {
        format!("{v:.1} %")
    }
}

/// `a / b` formatted by `fmt`, for the compact summary's cells.
fn pair(a: f64, b: f64, fmt: fn(f64) -> String) -> String {
    format!("{} / {}", fmt(a), fmt(b))
}

/// The table of one corpus at one size.
pub fn size_table(r: &SizeReport) -> String {
    let (p, f) = (&r.portineria, &r.fts5);
    let mut out = String::new();
    let _ = writeln!(out, "\n### N = {}, {} corpus ({} services)\n", r.n, r.corpus, r.services);
    let _ = writeln!(out, "| | Portineria | FTS5 | ratio |\n|---|---:|---:|---:|");
    let mut row = |name: &str, a: f64, b: f64, fmt: fn(f64) -> String| {
        let _ = writeln!(out, "| {name} | {} | {} | {} |", fmt(a), fmt(b), ratio(a, b));
    };
    row("index build s", p.build.as_secs_f64(), f.build.as_secs_f64(), ms);
    row("index on disk MB", mb(p.disk_bytes), mb(f.disk_bytes), count);
    row("in-process p50 ms", p.inproc.percentile_ms(50.0), f.inproc.percentile_ms(50.0), ms);
    row("in-process p99 ms", p.inproc.percentile_ms(99.0), f.inproc.percentile_ms(99.0), ms);
    let http =
        |e: &EngineFigures, c: usize, pct: f64| e.http.at(c).map_or(f64::NAN, |run| run.latency.percentile_ms(pct));
    let concurrencies: Vec<usize> = p.http.search.iter().map(|run| run.concurrency).collect();
    let first = concurrencies.first().copied().unwrap_or(1);
    let last = concurrencies.last().copied().unwrap_or(1);
    for c in [first, last] {
        row(&format!("HTTP c={c} p50 ms"), http(p, c, 50.0), http(f, c, 50.0), ms);
        row(&format!("HTTP c={c} p99 ms"), http(p, c, 99.0), http(f, c, 99.0), ms);
        if first == last {
            break;
        }
    }
    for c in &concurrencies {
        let rps = |e: &EngineFigures| e.http.at(*c).map_or(f64::NAN, LoadRun::rps);
        row(&format!("search req/s c={c}"), rps(p), rps(f), count);
    }
    let page = |pct: f64| p.http.page.as_ref().map_or(f64::NAN, |run| run.latency.percentile_ms(pct));
    row("search page c=1 p50 ms", page(50.0), f64::NAN, ms);
    row("search page c=1 p99 ms", page(99.0), f64::NAN, ms);
    row("search page req/s c=1", p.http.page.as_ref().map_or(f64::NAN, LoadRun::rps), f64::NAN, count);
    let healthz_c = p.http.healthz.concurrency;
    row(&format!("healthz req/s c={healthz_c}"), p.http.healthz.rps(), f.http.healthz.rps(), count);
    let floor = |e: &EngineFigures| e.http.at(healthz_c).map_or(f64::NAN, LoadRun::rps) / e.http.healthz.rps();
    row(&format!("search / healthz req/s at c={healthz_c}"), floor(p), floor(f), |v| format!("{v:.3}"));
    row("server peak RSS MB", mb(p.http.peak_rss_bytes), mb(f.http.peak_rss_bytes), count);
    row("queries with results", p.inproc.queries_with_hits() as f64, f.inproc.queries_with_hits() as f64, count);
    row("mean total results per query", p.inproc.mean_total(), f.inproc.mean_total(), count);
    let (p_share, f_share) = (p.inproc.match_share(r.services), f.inproc.match_share(r.services));
    row("mean share of the corpus matched", p_share.0, f_share.0, percent);
    row("median share of the corpus matched", p_share.1, f_share.1, percent);
    let errors: usize = [p, f]
        .iter()
        .flat_map(|e| e.http.search.iter().chain(&e.http.page).chain([&e.http.healthz]))
        .map(|r| r.errors)
        .sum();
    let _ = writeln!(
        out,
        "\nImport (`portineria import`, child process, content → SQLite + its own index, as a first start does): \
         {:.2} s, peak RSS {} MB{}. \
         Server start until /healthz: Portineria {:.2} s, FTS5 {:.2} s. {} queries × {} runs in-process; \
         the FTS5 figures include two sqlx round trips (`SELECT 1`: p50 {} ms){}.",
        r.import.took.as_secs_f64(),
        r.import.peak_rss_bytes / 1_000_000,
        r.synth.map_or(String::new(), |s| format!("; synthesis {:.2} s", s.as_secs_f64())),
        p.http.startup.as_secs_f64(),
        f.http.startup.as_secs_f64(),
        r.queries,
        r.reps,
        ms(r.sqlx_floor_ms),
        if errors > 0 { format!("; {errors} HTTP errors") } else { String::new() },
    );
    out
}

/// The corpora side by side: one row per corpus and size with the figures that tell them
/// apart, then Portineria's mean match share by kind of query.
pub fn summary_table(reports: &[SizeReport]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "\n### Corpora side by side\n\n\
         Portineria unless FTS5 is named; a / b = p50 / p99 (ms) or mean / median (share of the corpus a query matches).\n\n\
         | N | corpus | match share | index build s | in-process ms | HTTP c=1 ms | search page c=1 ms | search req/s c=max | FTS5 match share | FTS5 in-process ms | FTS5 req/s c=max |\n\
         |---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    );
    for r in reports {
        let (p, f) = (&r.portineria, &r.fts5);
        let (ps, fs) = (p.inproc.match_share(r.services), f.inproc.match_share(r.services));
        let c1 = |e: &EngineFigures, pct| e.http.at(1).map_or(f64::NAN, |run| run.latency.percentile_ms(pct));
        let page = |pct| p.http.page.as_ref().map_or(f64::NAN, |run| run.latency.percentile_ms(pct));
        let top = |e: &EngineFigures| e.http.search.last().map_or(f64::NAN, LoadRun::rps);
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            r.n,
            r.corpus,
            pair(ps.0, ps.1, percent),
            ms(p.build.as_secs_f64()),
            pair(p.inproc.percentile_ms(50.0), p.inproc.percentile_ms(99.0), ms),
            pair(c1(p, 50.0), c1(p, 99.0), ms),
            pair(page(50.0), page(99.0), ms),
            count(top(p)),
            pair(fs.0, fs.1, percent),
            pair(f.inproc.percentile_ms(50.0), f.inproc.percentile_ms(99.0), ms),
            count(top(f)),
        );
    }
    let columns: Vec<String> = reports.iter().map(|r| format!("N = {} {}", r.n, r.corpus)).collect();
    let _ = writeln!(
        out,
        "\nMean share of the corpus matched (Portineria), by kind of query:\n\n| kind | {} |\n|---|{}",
        columns.join(" | "),
        "---:|".repeat(columns.len())
    );
    let by_report: Vec<Vec<(&str, f64)>> = reports.iter().map(SizeReport::share_by_kind).collect();
    if let Some(first) = by_report.first() {
        for (i, (kind, _)) in first.iter().enumerate() {
            let cells: Vec<String> =
                by_report.iter().map(|shares| percent(shares.get(i).map_or(f64::NAN, |s| s.1))).collect();
            let _ = writeln!(out, "| {kind} | {} |", cells.join(" | "));
        }
    }
    out
}

/// Relevance scores of both engines on the same suite.
pub struct RelevanceScores {
    pub portineria: Report,
    pub fts5: Report,
}

pub fn relevance_table(s: &RelevanceScores) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "\n### Relevance (tests/relevance/queries.toml on the seed content)\n\n\
         | queries | n | Portineria success@5 | FTS5 success@5 | Portineria MRR | FTS5 MRR |\n\
         |---|---:|---:|---:|---:|---:|"
    );
    let mut row = |name: &str, a: &Score, b: &Score| {
        let _ = writeln!(
            out,
            "| {name} | {} | {:.3} | {:.3} | {:.3} | {:.3} |",
            a.queries,
            a.success_at_5(),
            b.success_at_5(),
            a.mrr(),
            b.mrr()
        );
    };
    row("all", &s.portineria.overall, &s.fts5.overall);
    for (kind, score) in &s.portineria.by_kind {
        row(&format!("kind {kind}"), score, &s.fts5.by_kind.get(kind).copied().unwrap_or_default());
    }
    for (lang, score) in &s.portineria.by_lang {
        row(&format!("lang {lang}"), score, &s.fts5.by_lang.get(lang).copied().unwrap_or_default());
    }
    out
}
