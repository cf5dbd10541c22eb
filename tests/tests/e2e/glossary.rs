//! One term per concept: wherever an Italian text (content, taxonomy, desks, UI messages) has
//! a legal or service term of `locales/it/glossary.toml`, its translation has a rendering the
//! language's `glossary.toml` allows and none it bans (cultural mediation is 文化中介 in
//! Chinese, never 调解, dispute conciliation).

use portineria_tests::ftl::messages;
use portineria_tests::repo_root;
use serde::Deserialize;
use std::collections::BTreeMap;

const TRANSLATED: [&str; 4] = ["ro", "ar", "sq", "zh"];

#[derive(Deserialize)]
struct Glossary<T> {
    terms: Vec<T>,
}

#[derive(Deserialize)]
struct ItalianTerm {
    id: String,
    forms: Vec<String>,
}

#[derive(Deserialize)]
struct Rendering {
    id: String,
    allowed: Vec<String>,
    #[serde(default)]
    banned: Vec<String>,
}

fn read<T: serde::de::DeserializeOwned>(lang: &str) -> Vec<T> {
    let path = repo_root().join(format!("locales/{lang}/glossary.toml"));
    let glossary: Glossary<T> = toml::from_str(&std::fs::read_to_string(&path).expect("readable"))
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    glossary.terms
}

/// Every text in five languages of a content file: `(where, {lang: text})`.
fn texts(value: &toml::Value, at: &str, out: &mut Vec<(String, BTreeMap<String, String>)>) {
    match value {
        toml::Value::Table(table) if table.get("it").is_some_and(toml::Value::is_str) => {
            let texts = table.iter().filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string()))).collect();
            out.push((at.to_string(), texts));
        }
        toml::Value::Table(table) => table.iter().for_each(|(k, v)| texts(v, &format!("{at}/{k}"), out)),
        toml::Value::Array(items) => items.iter().enumerate().for_each(|(i, v)| texts(v, &format!("{at}/{i}"), out)),
        _ => {}
    }
}

#[test]
fn every_term_is_rendered_as_the_glossary_says() {
    let italian = read::<ItalianTerm>("it");
    assert!(italian.len() >= 12, "the legal and service terms");
    let mut rules: BTreeMap<&str, BTreeMap<String, Rendering>> = BTreeMap::new();
    for lang in TRANSLATED {
        let terms: BTreeMap<String, Rendering> =
            read::<Rendering>(lang).into_iter().map(|r| (r.id.clone(), r)).collect();
        for term in &italian {
            assert!(terms.get(&term.id).is_some_and(|r| !r.allowed.is_empty()), "{lang}: no rendering of {}", term.id);
        }
        rules.insert(lang, terms);
    }
    // Content: the organisations, the taxonomy, the desks.
    let content = repo_root().join("content");
    let mut files: Vec<_> = std::fs::read_dir(content.join("organizations"))
        .expect("organizations")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    files.extend([content.join("taxonomy.toml"), content.join("desks.toml")]);
    let mut all = Vec::new();
    for path in &files {
        let value: toml::Value = toml::from_str(&std::fs::read_to_string(path).expect("readable")).expect("TOML");
        texts(&value, &path.file_name().expect("name").to_string_lossy(), &mut all);
    }
    // UI messages, by id.
    let ui: Vec<_> = TRANSLATED.iter().map(|lang| (*lang, messages(lang))).collect();
    for m in messages("it") {
        let mut texts = BTreeMap::from([("it".to_string(), m.text.clone())]);
        for (lang, translated) in &ui {
            if let Some(t) = translated.iter().find(|t| t.id == m.id) {
                texts.insert(lang.to_string(), t.text.clone());
            }
        }
        all.push((format!("{}:{}", m.file, m.id), texts));
    }
    let mut problems = Vec::new();
    for (at, texts) in &all {
        let source = texts["it"].to_lowercase();
        for term in &italian {
            let Some(form) = term.forms.iter().find(|f| source.contains(&f.to_lowercase())) else { continue };
            for lang in TRANSLATED {
                let translation = texts.get(lang).map(|t| t.to_lowercase()).unwrap_or_default();
                let rendering = &rules[lang][&term.id];
                if !rendering.allowed.iter().any(|a| translation.contains(&a.to_lowercase())) {
                    problems
                        .push(format!("{at} [{lang}] {}: «{form}» without any of {:?}", term.id, rendering.allowed));
                }
                if let Some(banned) = rendering.banned.iter().find(|b| translation.contains(&b.to_lowercase())) {
                    problems.push(format!("{at} [{lang}] {}: banned «{banned}»", term.id));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
    assert!(all.len() > 800, "only {} texts checked", all.len());
}
