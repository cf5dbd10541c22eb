//! The generator's promises: what it writes is valid content the server reads back, every
//! text is in all five languages, and a seed always gives the same bytes.

use super::tables::TABLES;
use super::{generate, Options, Summary, DEFAULT_SEED};
use clap::Parser;
use portineria::content;
use portineria_app::lang::Lang;
use std::path::Path;

fn run(services: usize, seed: u64, dir: &Path) -> Summary {
    generate(&Options { services, out: dir.to_path_buf(), seed }).expect("synth writes")
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
    let summary = run(30, DEFAULT_SEED, dir.path());
    assert_eq!((summary.files, summary.services), (1, 30));
    let set = content::load_dir(dir.path()).unwrap_or_else(|e| panic!("synthetic content invalid: {e}"));
    assert_eq!(set.organizations.len(), 1);
    let services: Vec<_> = set.organizations.iter().flat_map(|(_, _, f)| &f.services).collect();
    assert_eq!(services.len(), 30);
    let missing = content::missing_translations(&set);
    assert!(missing.is_empty(), "every text in five languages: {:?}", &missing[..missing.len().min(5)]);
    for s in &services {
        for lang in Lang::ALL {
            for text in [&s.name, &s.summary, &s.description] {
                let text = text.get(lang).unwrap_or_else(|| panic!("{} lacks {lang:?}", s.slug));
                assert!(!text.contains("{comune}"), "placeholder left in {}: {text}", s.slug);
            }
        }
        let words = s.name.italian().split_whitespace().filter(|w| *w != "—").count();
        assert!((3..=8).contains(&words), "name of 3-8 words: {:?}", s.name.italian());
        let arabic = s.summary.0["ar"].chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
        let chinese = s.summary.0["zh"].chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c));
        assert!(arabic && chinese, "Arabic and Chinese in their scripts: {}", s.slug);
    }
}

#[test]
fn same_seed_same_bytes() {
    let (a, b, c) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    run(100, 7, a.path());
    run(100, 7, b.path());
    run(100, 8, c.path());
    let (fa, fb, fc) = (files(a.path()), files(b.path()), files(c.path()));
    assert_eq!(fa.len(), 3 + 3, "taxonomy, thesaurus, legal and 3 organisation files");
    assert!(fa == fb, "the same seed must give byte-identical files");
    assert!(fa != fc, "another seed must give other data");
}

/// The tables a small run may not reach: every template names only the taxonomy's
/// categories and target groups, and every placeholder is one the generator fills in.
#[test]
fn every_table_fits_the_taxonomy() {
    let tables = &*TABLES;
    let categories: Vec<&str> = tables.taxonomy.categories.iter().map(|c| c.slug.as_str()).collect();
    let groups: Vec<&str> = tables.taxonomy.target_groups.iter().map(|g| g.slug.as_str()).collect();
    for t in &tables.templates {
        assert!(t.categories.iter().all(|c| categories.contains(&c.as_str())), "{}: {:?}", t.key, t.categories);
        assert!(t.target_groups.iter().all(|g| groups.contains(&g.as_str())), "{}: {:?}", t.key, t.target_groups);
        assert!(t.details.len() >= 2, "{}: a service takes two or more details", t.key);
    }
    let known = ["{comune}", "{name}", "{organisation}", "{year}", "{title}", "{region}", "{count}"];
    for file in ["places", "organisations", "programmes", "services", "templates"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("data/synth/{file}.toml"));
        let text = std::fs::read_to_string(&path).unwrap();
        for (at, _) in text.match_indices('{') {
            let placeholder = &text[at..=at + text[at..].find('}').unwrap()];
            assert!(known.contains(&placeholder), "{file}.toml: unknown placeholder {placeholder}");
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
    assert_eq!(parse("--out d --seed 3 --services 1").unwrap().options.seed, 3);
    assert!(parse("--services 0 --out d").is_err());
    assert!(parse("--services 10").is_err());
    assert!(parse("--services 5 --out d --bogus 1").is_err());
}
