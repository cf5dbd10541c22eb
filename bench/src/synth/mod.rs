//! Synthetic content for the benchmark (`portineria-bench synth`).
//!
//! The real `content/` holds a few dozen services: too few to tell whether import, indexing,
//! search and the pages still behave with a national directory. Measurements are only
//! comparable when the data is the same from run to run and resembles the real thing: the
//! same five languages and scripts (stemming, Arabic normalisation and Chinese segmentation
//! dominate indexing cost), the same vocabulary (so the thesaurus and ranking have work to do),
//! the same shape (locations with weekly hours, programmes, optional fields). So the data is
//! assembled from multilingual fragments (`bench/data/synth/`, reusing the real files'
//! wording) driven by a seeded PRNG, and written through the server's own content types, so
//! that it is exactly what `portineria import` reads and goes through the normal importer
//! and validation.

mod contact;
mod hours;
mod organisation;
mod realistic;
mod service;
mod tables;
#[cfg(test)]
mod tests;
mod text;

use anyhow::Context;
use clap::builder::RangedU64ValueParser;
use realistic::REALISTIC;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Services per organisation file in the worst corpus: about as many as a large real
/// organisation file lists; also keeps each file small enough that the importer's per-file
/// work stays representative. (The realistic corpus varies it per organisation.)
pub const SERVICES_PER_FILE: usize = 40;

pub const DEFAULT_SEED: u64 = 42;

/// The real taxonomy and thesaurus, embedded so that a complete content directory can be
/// written from anywhere and the synthetic categories are always those of the real file.
const TAXONOMY: &str = include_str!("../../../content/taxonomy.toml");
/// The server does not start without its privacy notice's facts: the seed's serve here too.
const LEGAL: &str = include_str!("../../../content/legal.toml");
const THESAURUS: &str = include_str!("../../../content/thesaurus.toml");

/// Which synthetic content: the two share the generator and differ in their wording.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Corpus {
    /// 30 service templates padded from one pool of sentences: a typical query matches about
    /// a quarter of all services, the worst case for search (totals and facets visit every
    /// match)
    #[default]
    Worst,
    /// Over a thousand templates recombined from kinds, topics, target groups and delivery
    /// modes, with words of each comune and organisation: specific words match the few
    /// services that name them
    Realistic,
}

impl Corpus {
    pub const ALL: [Corpus; 2] = [Corpus::Worst, Corpus::Realistic];

    pub fn name(self) -> &'static str {
        match self {
            Corpus::Worst => "worst",
            Corpus::Realistic => "realistic",
        }
    }

    /// The service templates organisations draw their focus from.
    fn templates(self) -> &'static [tables::Template] {
        match self {
            Corpus::Worst => &tables::TABLES.templates,
            Corpus::Realistic => &REALISTIC.templates,
        }
    }

    /// The sentences descriptions are topped up with.
    fn fillers(self) -> &'static [text::Fragment] {
        match self {
            Corpus::Worst => &tables::TABLES.services.generic_sentences,
            Corpus::Realistic => REALISTIC.fillers(),
        }
    }

    /// Second sentences a summary may have.
    fn summary_tails(self) -> &'static [text::Fragment] {
        match self {
            Corpus::Worst => &tables::TABLES.services.summary_tails,
            Corpus::Realistic => REALISTIC.summary_tails(),
        }
    }

    /// Endings a service name may take; none in the realistic corpus, whose templates' names
    /// already say how the service is delivered.
    fn name_variants(self) -> &'static [text::Fragment] {
        match self {
            Corpus::Worst => &tables::TABLES.services.name_variants,
            Corpus::Realistic => &[],
        }
    }

    /// How many services each organisation file holds, in order.
    fn file_sizes(self, seed: u64, services: usize) -> Vec<usize> {
        match self {
            Corpus::Worst => (0..services.div_ceil(SERVICES_PER_FILE))
                .map(|org| SERVICES_PER_FILE.min(services - org * SERVICES_PER_FILE))
                .collect(),
            Corpus::Realistic => REALISTIC.organisation_sizes(seed, services),
        }
    }
}

impl std::fmt::Display for Corpus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// What to generate.
#[derive(Clone, Debug, clap::Args)]
pub struct Options {
    /// How many services to write
    #[arg(long, value_name = "N", value_parser = RangedU64ValueParser::<usize>::new().range(1..))]
    pub services: usize,
    /// The content directory to write (made if missing; synthetic files already in it are replaced)
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// The generator's seed: the same seed and N give the same files
    #[arg(long, value_name = "S", default_value_t = DEFAULT_SEED)]
    pub seed: u64,
    /// Which content: the worst case for search, or realistic variety
    #[arg(long, value_enum, default_value_t = Corpus::Worst)]
    pub corpus: Corpus,
}

/// What [`generate`] wrote, printed as the command's one summary line.
#[derive(Clone, Debug)]
pub struct Summary {
    pub corpus: Corpus,
    pub files: usize,
    pub services: usize,
    pub elapsed: Duration,
    pub out: PathBuf,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "synth: {} corpus, {} organisation files (+ taxonomy.toml, thesaurus.toml, legal.toml), {} services in {}, {:.2} s",
            self.corpus,
            self.files,
            self.services,
            self.out.display(),
            self.elapsed.as_secs_f64()
        )
    }
}

/// Writes the content directory: the real taxonomy and thesaurus, and the organisation files
/// `organizations/synth-org-NNNNN.toml`, made on every core.
pub fn generate(options: &Options) -> anyhow::Result<Summary> {
    anyhow::ensure!(options.services > 0, "no services to write");
    let started = Instant::now();
    let dir = options.out.as_path();
    let organizations = dir.join(portineria::content::ORGANIZATIONS_DIR);
    std::fs::create_dir_all(&organizations).with_context(|| format!("creating {}", organizations.display()))?;
    remove_earlier_files(&organizations)?;
    std::fs::write(dir.join("taxonomy.toml"), TAXONOMY)?;
    std::fs::write(dir.join(portineria::content::legal::LEGAL_FILE), LEGAL)?;
    std::fs::write(dir.join(portineria::content::THESAURUS_FILE), THESAURUS)?;
    // Each file's first service and count, so that files can be made in any order.
    let mut plan = Vec::new();
    let mut first = 0;
    for count in options.corpus.file_sizes(options.seed, options.services) {
        plan.push((first, count));
        first += count;
    }
    let files = plan.len();
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, files);
    let services = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|worker| {
                let (organizations, plan) = (&organizations, &plan);
                scope.spawn(move || write_files(options, organizations, plan, (worker..files).step_by(workers)))
            })
            .collect();
        handles.into_iter().map(|h| h.join().expect("synth worker panicked")).sum::<anyhow::Result<usize>>()
    })?;
    Ok(Summary { corpus: options.corpus, files, services, elapsed: started.elapsed(), out: dir.to_path_buf() })
}

/// Files of an earlier, larger run would otherwise be imported too and skew the count.
fn remove_earlier_files(dir: &Path) -> anyhow::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with("synth-org-") && name.ends_with(".toml") {
            std::fs::remove_file(&path)?;
        }
    }
    Ok(())
}

/// Writes the organisation files numbered `orgs` into `dir` (`organizations/`), file `org`
/// holding `plan[org]` (first service, count); returns how many services they hold.
fn write_files(
    options: &Options,
    dir: &Path,
    plan: &[(usize, usize)],
    orgs: impl Iterator<Item = usize>,
) -> anyhow::Result<usize> {
    let mut written = 0;
    for org in orgs {
        let (first, count) = plan[org];
        let file = organisation::organisation_file(options.corpus, options.seed, org, first, count);
        let text = toml::to_string(&file).with_context(|| format!("organisation file {org}"))?;
        std::fs::write(dir.join(format!("synth-org-{org:05}.toml")), text)?;
        written += count;
    }
    Ok(written)
}
