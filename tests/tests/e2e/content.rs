//! `content/` is valid, complete in five languages, and holds every fact listed from the
//! seed documents (tests/seed_facts/*.toml).

use portineria::content::{load_dir, missing_translations, weekday_number, WEEKDAYS};
use portineria_tests::repo_root;
use serde::Deserialize;

#[derive(Deserialize)]
struct SeedFacts {
    organization: String,
    source: String,
    facts: Vec<String>,
}

fn seed_facts() -> Vec<SeedFacts> {
    let dir = repo_root().join("tests/seed_facts");
    let mut files: Vec<_> =
        std::fs::read_dir(&dir).expect("tests/seed_facts exists").map(|e| e.expect("entry").path()).collect();
    files.sort();
    files
        .iter()
        .map(|p| {
            toml::from_str(&std::fs::read_to_string(p).expect("readable"))
                .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
        })
        .collect()
}

/// Every string in a TOML value, plus opening hours written as "mon 09:00-11:00".
fn haystack(value: &toml::Value, out: &mut Vec<String>) {
    match value {
        toml::Value::String(s) => out.push(s.clone()),
        toml::Value::Array(items) => items.iter().for_each(|v| haystack(v, out)),
        toml::Value::Table(table) => {
            if let (Some(days), Some(opens), Some(closes)) =
                (table.get("days"), table.get("opens"), table.get("closes"))
            {
                for day in days.as_array().into_iter().flatten().filter_map(|d| d.as_str()) {
                    out.push(format!("{day} {}-{}", opens.as_str().unwrap_or(""), closes.as_str().unwrap_or("")));
                }
            }
            table.values().for_each(|v| haystack(v, out));
        }
        _ => {}
    }
}

#[test]
fn content_is_valid_and_complete_in_five_languages() {
    let set = load_dir(&repo_root().join("content")).unwrap_or_else(|e| panic!("{e}"));
    let missing = missing_translations(&set);
    assert!(missing.is_empty(), "missing translations:\n{}", missing.join("\n"));
    assert!(set.organizations.len() >= 7, "one file per organisation of the seeds");
    let services: usize = set.organizations.iter().map(|(_, _, f)| f.services.len()).sum();
    assert!(services >= 30, "only {services} services");
    assert!(WEEKDAYS.iter().all(|d| weekday_number(d).is_some()));
}

#[test]
fn translations_written_here_are_marked_as_machine_made() {
    let set = load_dir(&repo_root().join("content")).expect("valid");
    for (path, _, file) in &set.organizations {
        assert_eq!(file.translations.as_str(), "machine", "{}: no partner has confirmed these yet", path.display());
        assert!(file.source.is_some(), "{}: says which seed it comes from", path.display());
    }
}

#[test]
fn every_listed_seed_fact_is_in_the_content() {
    let facts = seed_facts();
    assert!(facts.len() >= 7, "a facts list for every organisation");
    let mut problems = Vec::new();
    for list in &facts {
        let path = portineria_tests::organization_file(&repo_root().join("content"), &list.organization);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{} exists", path.display()));
        let value: toml::Value = toml::from_str(&text).expect("valid TOML");
        let mut strings = Vec::new();
        haystack(&value, &mut strings);
        for fact in &list.facts {
            if !strings.iter().any(|s| s.contains(fact.as_str())) {
                problems.push(format!("{}: missing fact {fact:?}", list.organization));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_seed_document_has_its_facts_listed() {
    let seeds = repo_root().parent().expect("parent").join("shared/seeds");
    let facts = seed_facts();
    let Ok(entries) = std::fs::read_dir(&seeds) else {
        // The seeds live beside the repository (shared/); the facts lists above still run.
        eprintln!("{} not present: checked the facts lists only", seeds.display());
        return;
    };
    for entry in entries {
        let name = entry.expect("entry").file_name().to_string_lossy().into_owned();
        assert!(facts.iter().any(|f| f.source.ends_with(&name)), "no facts list covers seed {name}");
    }
}

/// The search thesaurus leads to categories and target groups that exist, with words in all
/// five languages for every concept.
#[test]
fn the_thesaurus_is_complete_and_points_at_the_taxonomy() {
    let content = portineria_tests::content();
    let categories: Vec<&str> = content.taxonomy.categories.iter().map(|c| c.slug.as_str()).collect();
    let groups: Vec<&str> = content.taxonomy.target_groups.iter().map(|g| g.slug.as_str()).collect();
    let thesaurus = portineria::search::Thesaurus::load(&repo_root().join("content")).expect("thesaurus.toml parses");
    assert!(thesaurus.concepts().len() >= 30, "{} concepts", thesaurus.concepts().len());
    for (i, concept) in thesaurus.concepts().iter().enumerate() {
        assert_eq!(thesaurus.languages_of(i).len(), 5, "{}: words in every language", concept.id);
        assert!(!concept.categories.is_empty() || !concept.target_groups.is_empty(), "{} leads nowhere", concept.id);
        for c in &concept.categories {
            assert!(categories.contains(&c.as_str()), "{}: unknown category {c}", concept.id);
        }
        for g in &concept.target_groups {
            assert!(groups.contains(&g.as_str()), "{}: unknown target group {g}", concept.id);
        }
    }
}
