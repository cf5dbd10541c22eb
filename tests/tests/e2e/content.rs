//! `content/` is valid, complete in five languages, and holds every fact listed from the
//! seed documents (tests/seed_facts/*.toml).

use portineria::content::{load_dir, missing_translations, weekday_number, WEEKDAYS};
use portineria_tests::repo_root;
use serde::Deserialize;

/// One organisation's facts from its source (`tests/seed_facts/<org>.toml`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedFacts {
    organization: String,
    /// The source document, under `content/` (`sources/001_….txt`).
    source: String,
    facts: Vec<SeedFact>,
}

/// A fact as the source writes it, and the content field that must hold it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedFact {
    /// Word for word from the source.
    quote: String,
    /// `organization/<field>`, `service:<slug>/<field>`, `location:<key>/<field>`, …
    field: String,
    /// How the field states it when not word for word (hours `mon 09:00-17:30`, a date, a
    /// number as dialled, a paraphrase); absent, the field holds the quote itself.
    held: Option<String>,
}

fn seed_facts() -> Vec<(String, SeedFacts)> {
    let dir = repo_root().join("tests/seed_facts");
    let mut files: Vec<_> =
        std::fs::read_dir(&dir).expect("tests/seed_facts exists").map(|e| e.expect("entry").path()).collect();
    files.sort();
    files
        .iter()
        .map(|p| {
            let name = p.file_stem().expect("a name").to_string_lossy().into_owned();
            let facts = toml::from_str(&std::fs::read_to_string(p).expect("readable"))
                .unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (name, facts)
        })
        .collect()
}

/// Text compared as the sources and the content write it, up to case, runs of white space
/// and the apostrophe's shape: nothing else is folded.
fn normalised(text: &str) -> String {
    let text: String = text
        .to_lowercase()
        .chars()
        .map(|c| if matches!(c, '\u{2019}' | '\u{2018}' | '\u{2bc}' | '`') { '\'' } else { c })
        .collect();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

const LANGUAGES: [&str; 5] = ["it", "ro", "ar", "sq", "zh"];

/// The strings of a content value a fact may be found in: of a text in five languages only
/// the Italian; opening hours also as "mon 09:00-11:00".
fn haystack(value: &toml::Value, out: &mut Vec<String>) {
    match value {
        toml::Value::String(s) => out.push(s.clone()),
        toml::Value::Array(items) => items.iter().for_each(|v| haystack(v, out)),
        toml::Value::Table(table) => {
            if table.contains_key("it") && table.keys().all(|k| LANGUAGES.contains(&k.as_str())) {
                haystack(&table["it"], out);
                return;
            }
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

/// The value of `field` (`service:slug/eligibility`) in an organisation file.
fn field_value<'a>(file: &'a toml::Value, field: &str) -> Result<&'a toml::Value, String> {
    let (owner, name) = field.rsplit_once('/').ok_or("no field name")?;
    if matches!(name, "in_short" | "editor_note") {
        return Err(format!("{name} is not a place for facts"));
    }
    let table = match owner.split_once(':') {
        None if owner == "organization" => file.get("organization"),
        Some((kind, id)) => {
            let (array, key) = match kind {
                "location" => ("locations", "key"),
                "programme" => ("programmes", "slug"),
                "service" => ("services", "slug"),
                "event" => ("events", "slug"),
                _ => return Err(format!("unknown kind {kind}")),
            };
            file.get(array)
                .and_then(|a| a.as_array())
                .and_then(|a| a.iter().find(|e| e.get(key).and_then(|k| k.as_str()) == Some(id)))
        }
        None => None,
    };
    table.ok_or(format!("no {owner}"))?.get(name).ok_or(format!("{owner} has no {name}"))
}

/// The sources the content was written from, kept in the repository beside it.
fn sources_dir() -> std::path::PathBuf {
    repo_root().join("content/sources")
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
fn every_seed_fact_is_quoted_from_its_source_and_held_by_its_field() {
    let lists = seed_facts();
    assert!(lists.len() >= 7, "a facts list for every organisation");
    let mut problems = Vec::new();
    let mut count = 0;
    for (name, list) in &lists {
        assert_eq!(&list.organization, name, "a facts list is named after its organisation");
        let source_path = repo_root().join("content").join(&list.source);
        let source = std::fs::read_to_string(&source_path)
            .unwrap_or_else(|_| panic!("{name}: the source {} is missing", source_path.display()));
        let source = normalised(&source);
        let path = portineria_tests::organization_file(&repo_root().join("content"), &list.organization);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{} exists", path.display()));
        let file: toml::Value = toml::from_str(&text).expect("valid TOML");
        for fact in &list.facts {
            count += 1;
            let at = format!("{name}: {:?} in {}", fact.quote, fact.field);
            if fact.quote.trim().is_empty() || !source.contains(&normalised(&fact.quote)) {
                problems.push(format!("{at}: not in the source as quoted"));
            }
            let value = match field_value(&file, &fact.field) {
                Ok(value) => value,
                Err(e) => {
                    problems.push(format!("{at}: {e}"));
                    continue;
                }
            };
            let mut strings = Vec::new();
            haystack(value, &mut strings);
            let needle = normalised(fact.held.as_deref().unwrap_or(&fact.quote));
            if needle.is_empty() || !strings.iter().any(|s| normalised(s).contains(&needle)) {
                problems.push(format!("{at}: the field does not hold {needle:?}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(count >= 400, "only {count} facts");
}

#[test]
fn every_source_has_its_facts_listed_and_is_the_seed_itself() {
    let lists = seed_facts();
    let sources: Vec<_> =
        std::fs::read_dir(sources_dir()).expect("content/sources exists").map(|e| e.expect("entry").path()).collect();
    assert!(sources.len() >= 5, "the five seed documents");
    for source in &sources {
        let name = source.file_name().expect("a name").to_string_lossy().into_owned();
        assert!(lists.iter().any(|(_, l)| l.source.ends_with(&name)), "no facts list covers source {name}");
    }
    // Where the seeds are beside the repository (the development machines), the copies are
    // the seeds byte for byte; a clone elsewhere checks against its own copies above.
    let seeds = repo_root().parent().expect("parent").join("shared/seeds");
    if let Ok(entries) = std::fs::read_dir(&seeds) {
        for entry in entries {
            let seed = entry.expect("entry").path();
            let copy = sources_dir().join(seed.file_name().expect("a name"));
            assert_eq!(std::fs::read(&seed).ok(), std::fs::read(&copy).ok(), "{} is copied as it is", seed.display());
        }
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

/// Every string of a content value that families see: all but editors' notes.
fn public_strings(value: &toml::Value, out: &mut Vec<String>) {
    match value {
        toml::Value::String(s) => out.push(s.clone()),
        toml::Value::Array(items) => items.iter().for_each(|v| public_strings(v, out)),
        toml::Value::Table(table) => {
            table.iter().filter(|(k, _)| k.as_str() != "editor_note").for_each(|(_, v)| public_strings(v, out))
        }
        _ => {}
    }
}

fn organization_value(slug: &str) -> toml::Value {
    let path = portineria_tests::organization_file(&repo_root().join("content"), slug);
    toml::from_str(&std::fs::read_to_string(&path).expect("readable")).expect("valid TOML")
}

/// What a fluent reading found shown as fact although the sources do not state it: each
/// case stays as the source says, the inference only in an editor's note.
#[test]
fn facts_the_sources_do_not_state_are_not_shown() {
    let mut everything = Vec::new();
    let set = load_dir(&repo_root().join("content")).expect("valid");
    for (path, _, _) in &set.organizations {
        let value: toml::Value = toml::from_str(&std::fs::read_to_string(path).expect("readable")).expect("TOML");
        public_strings(&value, &mut everything);
    }
    // A second number rebuilt from "06 67105360 – 5278".
    assert!(!everything.iter().any(|s| s.contains("67105278")), "the source gives 06 67105360 – 5278, nothing else");
    // Remarks for editors do not reach families.
    for remark in ["la fonte non", "non indica quali"] {
        assert!(!everything.iter().any(|s| s.to_lowercase().contains(remark)), "{remark:?} is for editors only");
    }
    // The Visconteo start-up months have no year in the source: no event claims one.
    let visconteo = organization_value("ambito-visconteo-sud-milano");
    for event in visconteo.get("events").and_then(|e| e.as_array()).into_iter().flatten() {
        let date = event.get("date").and_then(|d| d.as_str()).unwrap_or_default();
        assert!(date.len() == 10, "{date}: only the two team meetings have a date in the source");
    }
    // The Ufficio detenuti's hours in the source are the P.I.D. desk's.
    let rome = organization_value("roma-capitale");
    let office = rome
        .get("locations")
        .and_then(|l| l.as_array())
        .and_then(|l| l.iter().find(|l| l.get("key").and_then(|k| k.as_str()) == Some("ufficio-detenuti")))
        .expect("the office's location");
    assert!(office.get("hours").is_none(), "the source gives the office no hours of its own");
    // Comunità Sociale Cremasca serves its whole district, whose comuni the source does not list.
    let crema =
        set.organizations.iter().find(|(_, _, f)| f.organization.slug == "comunita-sociale-cremasca").expect("file");
    for s in &crema.2.services {
        assert!(s.municipalities.is_empty() && s.district.is_some(), "{}: the district, not Crema", s.slug);
    }
}

/// Every service says what it does in one plain line, in five languages, within the limit.
#[test]
fn every_service_has_an_in_short_line_within_the_limit() {
    use portineria::content::in_short_length;
    use portineria_app::lang::Lang;
    let set = load_dir(&repo_root().join("content")).expect("valid");
    let mut problems = Vec::new();
    for (_, _, file) in &set.organizations {
        for s in &file.services {
            let Some(line) = &s.in_short else {
                problems.push(format!("{}: no in_short", s.slug));
                continue;
            };
            for lang in Lang::ALL {
                match line.get(lang) {
                    None => problems.push(format!("{}: in_short without {lang}", s.slug)),
                    Some(text) => {
                        let (length, limit) = in_short_length(text, lang);
                        if length > limit {
                            problems.push(format!("{} {lang}: {length} > {limit}: {text}", s.slug));
                        }
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
