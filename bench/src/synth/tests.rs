//! The generator's promises, for both corpora: what it writes is valid content the server
//! reads back, every text is in all five languages and their scripts, a seed always gives the
//! same bytes, and the realistic corpus varies far more than the worst one.

use super::realistic::REALISTIC;
use super::service::MAX_NAME_WORDS;
use super::tables::{Template, TABLES};
use super::{generate, Corpus, Options, Summary, DEFAULT_SEED};
use clap::Parser;
use portineria::content;
use portineria_app::lang::Lang;
use std::collections::HashSet;
use std::path::Path;

fn run(corpus: Corpus, services: usize, seed: u64, dir: &Path) -> Summary {
    generate(&Options { services, out: dir.to_path_buf(), seed, corpus }).expect("synth writes")
}

/// The services of the content in `dir`, read back as the server reads them.
fn services(dir: &Path) -> Vec<content::Service> {
    let set = content::load_dir(dir).unwrap_or_else(|e| panic!("synthetic content invalid: {e}"));
    let missing = content::missing_translations(&set);
    assert!(missing.is_empty(), "every text in five languages: {:?}", &missing[..missing.len().min(5)]);
    set.organizations.into_iter().flat_map(|(_, _, f)| f.services).collect()
}

fn has_script(text: &str, script: std::ops::RangeInclusive<char>) -> bool {
    text.chars().any(|c| script.contains(&c))
}

/// Every file of `dir` and of its organisations' folder, by name, with its bytes.
fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let organizations = dir.join(content::ORGANIZATIONS_DIR);
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .chain(std::fs::read_dir(organizations).unwrap())
        .filter(|e| e.as_ref().unwrap().path().is_file())
        .map(|e| {
            let path = e.unwrap().path();
            (path.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&path).unwrap())
        })
        .collect();
    files.sort();
    files
}

#[test]
fn thirty_services_load_back_in_five_languages() {
    let dir = tempfile::tempdir().unwrap();
    // A leftover of a larger run must not survive.
    std::fs::create_dir(dir.path().join(content::ORGANIZATIONS_DIR)).unwrap();
    std::fs::write(dir.path().join(content::ORGANIZATIONS_DIR).join("synth-org-99999.toml"), "garbage").unwrap();
    let summary = run(Corpus::Worst, 30, DEFAULT_SEED, dir.path());
    assert_eq!((summary.files, summary.services), (1, 30));
    assert_eq!(services(dir.path()).len(), 30);
}

/// Every service's texts are in the five languages, each in its script and with its own
/// letters, with no placeholder left, and names of three to eight Italian words.
#[test]
fn every_language_in_both_corpora() {
    for corpus in Corpus::ALL {
        let dir = tempfile::tempdir().unwrap();
        let summary = run(corpus, 300, DEFAULT_SEED, dir.path());
        let services = services(dir.path());
        assert_eq!((summary.services, services.len()), (300, 300), "{corpus}");
        let mut diacritics = [false; 3];
        for s in &services {
            for lang in Lang::ALL {
                for text in [&s.name, &s.summary, &s.description] {
                    let text = text.get(lang).unwrap_or_else(|| panic!("{corpus}: {} lacks {lang:?}", s.slug));
                    assert!(!text.contains('{'), "{corpus}: placeholder left in {}: {text}", s.slug);
                }
            }
            let words = s.name.italian().split_whitespace().filter(|w| *w != "—").count();
            assert!((3..=MAX_NAME_WORDS).contains(&words), "{corpus}: name of 3-8 words: {:?}", s.name.italian());
            for field in [&s.name, &s.summary] {
                let arabic = has_script(&field.0["ar"], '\u{0600}'..='\u{06FF}');
                let chinese = has_script(&field.0["zh"], '\u{4E00}'..='\u{9FFF}');
                assert!(arabic && chinese, "{corpus}: Arabic and Chinese in their scripts: {}", s.slug);
            }
            for (i, (lang, letters)) in [("it", "àèéìòù"), ("ro", "ăâîșț"), ("sq", "ëç")].into_iter().enumerate()
            {
                diacritics[i] |= s.description.0[lang].chars().any(|c| letters.contains(c));
            }
        }
        assert_eq!(diacritics, [true; 3], "{corpus}: Italian, Romanian and Albanian with their letters");
    }
}

#[test]
fn same_seed_same_bytes() {
    for corpus in Corpus::ALL {
        let (a, b, c) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let summary = run(corpus, 100, 7, a.path());
        run(corpus, 100, 7, b.path());
        run(corpus, 100, 8, c.path());
        let (fa, fb, fc) = (files(a.path()), files(b.path()), files(c.path()));
        assert_eq!(fa.len(), 3 + summary.files, "{corpus}: taxonomy, thesaurus, legal and the organisation files");
        assert!(fa == fb, "{corpus}: the same seed must give byte-identical files");
        assert!(fa != fc, "{corpus}: another seed must give other data");
        if corpus == Corpus::Worst {
            assert_eq!(summary.files, 3, "the worst corpus keeps 40 services a file");
        }
    }
}

/// For the same N the realistic corpus has several times as many distinct service names
/// (without the place they end with), sentences and words, and organisations: the variety
/// that brings a query's matches down from a quarter of the services.
#[test]
fn realistic_varies_far_more_than_worst() {
    let variety = |corpus| {
        let dir = tempfile::tempdir().unwrap();
        let summary = run(corpus, 2000, DEFAULT_SEED, dir.path());
        let (mut names, mut sentences, mut words) = (HashSet::new(), HashSet::new(), HashSet::new());
        for s in services(dir.path()) {
            names.insert(s.name.italian().split(" — ").next().unwrap().to_string());
            for text in [&s.summary, &s.description] {
                sentences.extend(text.italian().split(". ").map(str::to_string));
                words.extend(text.italian().split(|c: char| !c.is_alphanumeric()).map(str::to_lowercase));
            }
        }
        [names.len(), sentences.len(), words.len(), summary.files]
    };
    let (worst, realistic) = (variety(Corpus::Worst), variety(Corpus::Realistic));
    let what = "names, sentences, words, organisations";
    for (i, times) in [5, 2, 2, 3].into_iter().enumerate() {
        assert!(realistic[i] >= times * worst[i], "{what}: worst {worst:?}, realistic {realistic:?}");
    }
}

/// The composed templates: hundreds, short names, the taxonomy's categories and groups, and
/// documents that exist.
#[test]
fn realistic_templates() {
    let templates = &REALISTIC.templates;
    assert!(templates.len() >= 500, "{} templates", templates.len());
    let keys: HashSet<&str> = templates.iter().map(|t| t.key.as_str()).collect();
    assert_eq!(keys.len(), templates.len(), "template keys are unique");
    let names: HashSet<&str> = templates.iter().map(|t| t.name.get(Lang::It)).collect();
    assert_eq!(names.len(), templates.len(), "template names are distinct");
    fits_the_taxonomy(templates);
    for t in templates {
        assert!(t.name.get(Lang::It).split_whitespace().count() <= MAX_NAME_WORDS, "{}", t.key);
        assert!(t.documents.iter().all(|d| *d < TABLES.services.documents.len()), "{}", t.key);
    }
}

/// Templates name only the taxonomy's categories and target groups, and have two or more
/// details.
fn fits_the_taxonomy(templates: &[Template]) {
    let tables = &*TABLES;
    let categories: Vec<&str> = tables.taxonomy.categories.iter().map(|c| c.slug.as_str()).collect();
    let groups: Vec<&str> = tables.taxonomy.target_groups.iter().map(|g| g.slug.as_str()).collect();
    for t in templates {
        assert!(t.categories.iter().all(|c| categories.contains(&c.as_str())), "{}: {:?}", t.key, t.categories);
        assert!(t.target_groups.iter().all(|g| groups.contains(&g.as_str())), "{}: {:?}", t.key, t.target_groups);
        assert!(t.details.len() >= 2, "{}: a service takes two or more details", t.key);
    }
}

/// The tables a small run may not reach: every template names only the taxonomy's
/// categories and target groups, and every placeholder is one the generator fills in.
#[test]
fn every_table_fits_the_taxonomy() {
    fits_the_taxonomy(&TABLES.templates);
    let known = [
        "{comune}",
        "{name}",
        "{organisation}",
        "{year}",
        "{title}",
        "{region}",
        "{count}",
        "{topic}",
        "{group}",
        "{neighbourhood}",
        "{venue}",
        "{partner}",
        "{partners}",
        "{person}",
        "{saint}",
        "{stop}",
        "{bus}",
    ];
    for file in ["places", "organisations", "programmes", "services", "templates", "realistic", "topics"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("data/synth/{file}.toml"));
        let text = std::fs::read_to_string(&path).unwrap();
        for (at, _) in text.match_indices('{') {
            let placeholder = &text[at..=at + text[at..].find('}').unwrap()];
            // Not TOML's inline tables: a placeholder is a word in braces.
            if placeholder[1..placeholder.len() - 1].chars().all(|c| c.is_ascii_lowercase()) {
                assert!(known.contains(&placeholder), "{file}.toml: unknown placeholder {placeholder}");
            }
        }
    }
}

#[test]
fn arguments() {
    #[derive(Parser)]
    struct Command {
        #[command(flatten)]
        options: Options,
    }
    let parse = |s: &str| Command::try_parse_from(std::iter::once("synth").chain(s.split_whitespace()));
    let options = parse("--services 10 --out /tmp/x").unwrap().options;
    assert_eq!((options.services, options.out.to_str(), options.seed), (10, Some("/tmp/x"), DEFAULT_SEED));
    assert_eq!(options.corpus, Corpus::Worst, "today's corpus by default");
    assert_eq!(parse("--out d --seed 3 --services 1").unwrap().options.seed, 3);
    assert_eq!(parse("--out d --services 1 --corpus realistic").unwrap().options.corpus, Corpus::Realistic);
    assert!(parse("--out d --services 1 --corpus best").is_err());
    assert!(parse("--services 0 --out d").is_err());
    assert!(parse("--services 10").is_err());
    assert!(parse("--services 5 --out d --bogus 1").is_err());
}
