//! `portineria-bench`: Portineria's search against a SQLite FTS5 baseline over the same
//! documents. For each size N: synthetic content, import, index build times, in-process
//! query latency, HTTP latency and throughput under load with both engines behind a real
//! server, peak memory; then the relevance suite on the real seed content for both engines.
//! Prints Markdown (and writes it to `--out`). Not part of the test suite: run
//! `scripts/bench.sh`.

mod dataset;
mod fts5;
mod http;
mod queries;
mod relevance;
mod report;

use anyhow::{bail, Context};
use report::{EngineFigures, SizeReport};
use std::path::PathBuf;
use std::time::{Duration, Instant};

const USAGE: &str = "usage: portineria-bench [--sizes 1000,10000,100000] [--seconds 5] [--reps 5] [--seed S]
                        [--concurrency 1,16,64] [--out FILE] [--no-relevance]
       portineria-bench fts5-serve --db FILE --port P   (the baseline's HTTP server)
       portineria-bench queries                          (prints the query set)
       portineria-bench slowest N                        (in-process only, over target/bench/N from an
                                                          earlier run: latency and the slowest queries)
Run from the repository root after `cargo build --release -p portineria -p portineria-bench`
(scripts/bench.sh does both). Work files go to target/bench/.";

pub struct Options {
    pub sizes: Vec<usize>,
    pub seconds: u64,
    pub reps: usize,
    pub seed: Option<u64>,
    pub concurrency: Vec<usize>,
    pub out: Option<PathBuf>,
    pub relevance: bool,
}

fn parse_list(value: &str) -> anyhow::Result<Vec<usize>> {
    value
        .split(',')
        .map(|v| v.trim().replace('_', "").parse::<usize>().with_context(|| format!("not a number: {v:?}")))
        .collect()
}

fn parse_options(args: &[String]) -> anyhow::Result<Options> {
    let mut options = Options {
        sizes: vec![1000, 10_000, 100_000],
        seconds: 5,
        reps: 5,
        seed: None,
        concurrency: vec![1, 16, 64],
        out: None,
        relevance: true,
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut value = || args.next().with_context(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--sizes" => options.sizes = parse_list(value()?)?,
            "--seconds" => options.seconds = value()?.parse().context("--seconds")?,
            "--reps" => options.reps = value()?.parse().context("--reps")?,
            "--seed" => options.seed = Some(value()?.parse().context("--seed")?),
            "--concurrency" => options.concurrency = parse_list(value()?)?,
            "--out" => options.out = Some(PathBuf::from(value()?)),
            "--no-relevance" => options.relevance = false,
            other => bail!("unknown argument {other:?}\n{USAGE}"),
        }
    }
    if options.sizes.is_empty() || options.concurrency.is_empty() || options.seconds == 0 || options.reps == 0 {
        bail!("sizes, concurrency, seconds and reps must not be empty or zero");
    }
    Ok(options)
}

/// Where the work files go, and the binaries.
pub struct Paths {
    pub root: PathBuf,
    pub work: PathBuf,
    pub server: PathBuf,
    pub bench: PathBuf,
}

impl Paths {
    fn find() -> anyhow::Result<Self> {
        let root = std::env::current_dir()?;
        let server = root.join("target/release/portineria");
        if !server.is_file() || !root.join("content/taxonomy.toml").is_file() {
            bail!("run from the repository root after building the server ({} is missing)\n{USAGE}", server.display());
        }
        Ok(Self { work: root.join("target/bench"), bench: std::env::current_exe()?, server, root })
    }
}

fn log(message: impl AsRef<str>) {
    eprintln!("[bench] {}", message.as_ref());
}

async fn bench_size(paths: &Paths, options: &Options, n: usize) -> anyhow::Result<SizeReport> {
    let dir = paths.work.join(n.to_string());
    let data = dataset::prepare(paths, &dir, n, options.seed).await?;
    log(format!("N={n}: {} services; building the FTS5 table", data.services));
    let fts_path = dir.join("fts5.db");
    let started = Instant::now();
    let fts_rows = fts5::build(&data.db_path, &fts_path).await?;
    let fts_build = started.elapsed();
    log(format!("N={n}: FTS5 table of {fts_rows} rows in {:.2} s", fts_build.as_secs_f64()));

    let set = queries::bench_queries();
    log(format!("N={n}: in-process latency, {} queries x {} runs each", set.len(), options.reps));
    let portineria_inproc = dataset::inprocess_latency(&data.index, &set, options.reps)?;
    let (fts_inproc, sqlx_floor) = fts5::inprocess_latency(&fts_path, &set, options.reps).await?;
    let index_bytes = dataset::dir_size(&data.index_dir);
    drop(data.index);

    let duration = Duration::from_secs(options.seconds);
    log(format!("N={n}: HTTP load on Portineria"));
    let portineria_http =
        http::measure_portineria(paths, &data.content, &data.data_dir, &dir, &set, &options.concurrency, duration)
            .await?;
    log(format!("N={n}: HTTP load on the FTS5 server"));
    let fts_http = http::measure_fts5(paths, &fts_path, &set, &options.concurrency, duration).await?;

    Ok(SizeReport {
        n,
        services: data.services,
        synth: data.synth,
        import: data.import,
        queries: set.len(),
        reps: options.reps,
        sqlx_floor_ms: sqlx_floor.percentile_ms(50.0),
        portineria: EngineFigures {
            build: data.rebuild,
            disk_bytes: index_bytes,
            inproc: portineria_inproc,
            http: portineria_http,
        },
        fts5: EngineFigures {
            build: fts_build,
            disk_bytes: dataset::file_size(&fts_path),
            inproc: fts_inproc,
            http: fts_http,
        },
    })
}

async fn run(options: Options) -> anyhow::Result<()> {
    let paths = Paths::find()?;
    std::fs::create_dir_all(&paths.work)?;
    let started = Instant::now();
    let mut markdown = report::machine_line();
    markdown.push_str(&report::method_notes(&options));
    println!("{markdown}");
    for &n in &options.sizes {
        let size = bench_size(&paths, &options, n).await.with_context(|| format!("size {n}"))?;
        let table = report::size_table(&size);
        println!("{table}");
        markdown.push_str(&table);
    }
    if options.relevance {
        log("relevance suite on the seed content");
        let scores = relevance::run(&paths).await?;
        let table = report::relevance_table(&scores);
        println!("{table}");
        markdown.push_str(&table);
    }
    let total = format!("Total run time: {:.0} s.\n", started.elapsed().as_secs_f64());
    println!("{total}");
    markdown.push_str(&total);
    if let Some(out) = &options.out {
        std::fs::write(out, &markdown).with_context(|| format!("writing {}", out.display()))?;
        log(format!("written to {}", out.display()));
    }
    log(format!("done in {:.0} s", started.elapsed().as_secs_f64()));
    Ok(())
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("fts5-serve") {
        return fts5::serve_main(&args[1..]).await;
    }
    if args.first().map(String::as_str) == Some("queries") {
        for q in queries::bench_queries() {
            println!("{}\t{}", q.kind, q.text);
        }
        return Ok(());
    }
    if args.first().map(String::as_str) == Some("slowest") {
        let n = args.get(1).context("slowest needs a size")?;
        return dataset::slowest(&Paths::find()?.work.join(n)).await;
    }
    if args.iter().any(|a| a == "-h" || a == "--help") {
        println!("{USAGE}");
        return Ok(());
    }
    let options = parse_options(&args)?;
    // On Ctrl-C the run is dropped, and with it the guards that stop the child servers.
    tokio::select! {
        result = run(options) => result,
        _ = tokio::signal::ctrl_c() => bail!("interrupted"),
    }
}
