//! `portineria-bench`: Portineria's search against a SQLite FTS5 baseline over the same
//! documents. For each size N and each corpus (the worst case, where a query matches a
//! quarter of the services, and a realistic one, whose texts vary as real ones do): synthetic
//! content, import, index build times, in-process query latency, HTTP latency and throughput
//! under load with both engines behind a real server, the server-rendered search page, peak
//! memory; then the corpora side by side, and the relevance suite on the real seed content
//! for both engines.
//! Prints Markdown (and writes it to `--out`). Not part of the test suite: run
//! `scripts/bench.sh`. Its commands serve the baseline, list the queries, show the slowest
//! ones and write synthetic content on its own.

mod databases;
mod dataset;
mod fts5;
mod http;
mod pages;
mod queries;
mod relevance;
mod report;

use anyhow::{bail, Context};
use clap::{Args, Parser, Subcommand};
use dataset::sqlite_url;
use portineria_bench::synth::{self, Corpus};
use report::{EngineFigures, SizeReport};
use std::path::PathBuf;
use std::time::{Duration, Instant};

const BUILD_FIRST: &str = "The benchmark runs from the repository root after \
                           `cargo build --release -p portineria -p portineria-bench` (scripts/bench.sh does both); \
                           work files go to target/bench/.";

/// Portineria's search against a SQLite FTS5 baseline: speed, load, memory, relevance.
/// Without a command, runs the benchmark.
#[derive(Parser)]
#[command(name = "portineria-bench", args_conflicts_with_subcommands = true, after_help = BUILD_FIRST)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    run: Options,
}

#[derive(Subcommand)]
enum Command {
    /// Serves the FTS5 baseline over HTTP (the benchmark starts it itself)
    Fts5Serve {
        /// The FTS5 database an earlier step built
        #[arg(long, value_name = "FILE")]
        db: PathBuf,
        /// The local port to listen on
        #[arg(long, value_name = "P")]
        port: u16,
    },
    /// Prints the query set, one `kind<TAB>text` per line
    Queries,
    /// Import and index rebuild on SQLite and on PostgreSQL, at each size
    Databases {
        /// Numbers of services, comma-separated
        #[arg(long, value_name = "N,…", value_delimiter = ',', value_parser = count, default_values_t = [10_000, 100_000])]
        sizes: Vec<usize>,
        /// Seed of the synthetic content
        #[arg(long, value_name = "S", default_value_t = synth::DEFAULT_SEED)]
        seed: u64,
        /// Which synthetic content
        #[arg(long, value_enum, default_value_t = Corpus::Worst)]
        corpus: Corpus,
        /// A PostgreSQL server to use (`postgres://user@host:port`); by default a throwaway
        /// one is started with scripts/postgres.sh
        #[arg(long, value_name = "URL")]
        postgres: Option<String>,
    },
    /// In-process latency and the slowest queries over target/bench/CORPUS/N from an earlier
    /// run (a tuning aid)
    Slowest {
        /// The size of the earlier run, in services
        n: usize,
        /// Its corpus
        #[arg(long, value_enum, default_value_t = Corpus::Worst)]
        corpus: Corpus,
    },
    /// Times a full index rebuild from the database of target/bench/CORPUS/N (from an
    /// earlier run) into a fresh index, and where the time went (a tuning aid)
    Rebuild {
        /// The size of the earlier run, in services
        n: usize,
        /// Its corpus
        #[arg(long, value_enum, default_value_t = Corpus::Worst)]
        corpus: Corpus,
    },
    /// Writes N synthetic, multilingual, reproducible services as content files into DIR
    Synth(synth::Options),
    /// What each public page type downloads on a first and a second visit, and when it can be
    /// used on Slow 3G, in headless Chromium over the seed content (needs the built site)
    Pages,
}

/// What the benchmark measures.
#[derive(Args)]
pub struct Options {
    /// Numbers of services to measure, comma-separated (`_` allowed in numbers)
    #[arg(long, value_name = "N,…", value_delimiter = ',', value_parser = count, default_values_t = [1000, 10_000, 100_000])]
    pub sizes: Vec<usize>,
    /// Seconds of HTTP load at each concurrency
    #[arg(long, value_name = "S", default_value_t = 5, value_parser = clap::value_parser!(u64).range(1..))]
    pub seconds: u64,
    /// Runs of each query in-process, after a warm-up pass
    #[arg(long, value_name = "R", default_value_t = 5, value_parser = count)]
    pub reps: usize,
    /// Seed of the synthetic content
    #[arg(long, value_name = "S", default_value_t = synth::DEFAULT_SEED)]
    pub seed: u64,
    /// Synthetic corpora to measure at each size, comma-separated: `worst` (30 templates, a
    /// query matches about a quarter of the services), `realistic` (texts vary as real ones do)
    #[arg(long, value_name = "C,…", value_enum, value_delimiter = ',', default_values_t = Corpus::ALL)]
    pub corpora: Vec<Corpus>,
    /// Numbers of concurrent HTTP clients, comma-separated
    #[arg(long, value_name = "C,…", value_delimiter = ',', value_parser = count, default_values_t = [1, 16, 64])]
    pub concurrency: Vec<usize>,
    /// Also writes the Markdown report to FILE
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Skips the relevance suite
    #[arg(long = "no-relevance", action = clap::ArgAction::SetFalse)]
    pub relevance: bool,
}

/// A positive number, `_` allowed as a separator (`100_000`).
fn count(value: &str) -> Result<usize, String> {
    value
        .trim()
        .replace('_', "")
        .parse()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| format!("not a positive number: {value:?}"))
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
            bail!("no {} or content/taxonomy.toml here. {BUILD_FIRST}", server.display());
        }
        Ok(Self { work: root.join("target/bench"), bench: std::env::current_exe()?, server, root })
    }

    /// The work files of one corpus at one size (target/bench/CORPUS/N), kept for later runs.
    pub fn size_dir(&self, corpus: Corpus, n: usize) -> PathBuf {
        self.work.join(corpus.name()).join(n.to_string())
    }
}

fn log(message: impl AsRef<str>) {
    eprintln!("[bench] {}", message.as_ref());
}

async fn bench_size(paths: &Paths, options: &Options, corpus: Corpus, n: usize) -> anyhow::Result<SizeReport> {
    let dir = paths.size_dir(corpus, n);
    let data = dataset::prepare(paths, &dir, n, options.seed, corpus).await?;
    let label = format!("N={n} {corpus}");
    log(format!("{label}: {} services; building the FTS5 table", data.services));
    let fts_path = dir.join("fts5.db");
    let started = Instant::now();
    let fts_rows = fts5::build(&data.db_path, &fts_path).await?;
    let fts_build = started.elapsed();
    log(format!("{label}: FTS5 table of {fts_rows} rows in {:.2} s", fts_build.as_secs_f64()));

    let set = queries::bench_queries();
    log(format!("{label}: in-process latency, {} queries x {} runs each", set.len(), options.reps));
    let portineria_inproc = dataset::inprocess_latency(&data.index, &set, options.reps)?;
    let (fts_inproc, sqlx_floor) = fts5::inprocess_latency(&fts_path, &set, options.reps).await?;
    let index_bytes = dataset::dir_size(&data.index_dir);
    drop(data.index);

    let duration = Duration::from_secs(options.seconds);
    log(format!("{label}: HTTP load on Portineria"));
    let portineria_http =
        http::measure_portineria(paths, &data.content, &data.data_dir, &dir, &set, &options.concurrency, duration)
            .await?;
    log(format!("{label}: HTTP load on the FTS5 server"));
    let fts_http = http::measure_fts5(paths, &fts_path, &set, &options.concurrency, duration).await?;

    Ok(SizeReport {
        corpus,
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
        kinds: set.iter().map(|q| q.kind).collect(),
    })
}

async fn run(options: Options) -> anyhow::Result<()> {
    let paths = Paths::find()?;
    std::fs::create_dir_all(&paths.work)?;
    let started = Instant::now();
    let mut markdown = report::machine_line();
    markdown.push_str(&report::method_notes(&options));
    println!("{markdown}");
    let mut reports = Vec::new();
    for &n in &options.sizes {
        for &corpus in &options.corpora {
            let size =
                bench_size(&paths, &options, corpus, n).await.with_context(|| format!("size {n}, {corpus} corpus"))?;
            let table = report::size_table(&size);
            println!("{table}");
            markdown.push_str(&table);
            reports.push(size);
        }
    }
    let summary = report::summary_table(&reports);
    println!("{summary}");
    markdown.push_str(&summary);
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
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Fts5Serve { db, port }) => fts5::serve(&db, port).await,
        Some(Command::Databases { sizes, seed, corpus, postgres }) => {
            databases::run(&Paths::find()?, &sizes, seed, corpus, postgres).await
        }
        Some(Command::Queries) => {
            for q in queries::bench_queries() {
                println!("{}\t{}", q.kind, q.text);
            }
            Ok(())
        }
        Some(Command::Slowest { n, corpus }) => dataset::slowest(&Paths::find()?.size_dir(corpus, n)).await,
        Some(Command::Rebuild { n, corpus }) => {
            let dir = Paths::find()?.size_dir(corpus, n);
            let db = sqlite_url(&dir.join("data/portineria.db"));
            let (_, services, took) =
                dataset::rebuild_index(&db, &dir.join("content"), &dir.join("index-rebuild")).await?;
            println!("{services} services rebuilt in {:.1} s", took.as_secs_f64());
            Ok(())
        }
        Some(Command::Synth(options)) => {
            println!("{}", synth::generate(&options)?);
            Ok(())
        }
        Some(Command::Pages) => {
            print!("{}", pages::table(&pages::measure(&Paths::find()?).await?));
            Ok(())
        }
        // On Ctrl-C the run is dropped, and with it the guards that stop the child servers.
        None => tokio::select! {
            result = run(cli.run) => result,
            _ = tokio::signal::ctrl_c() => bail!("interrupted"),
        },
    }
}
