//! Every language has every UI message, and every message the code asks for exists.

use portineria_tests::repo_root;
use std::collections::BTreeSet;

/// The message ids of every `.ftl` file of a language.
fn message_ids(lang: &str) -> BTreeSet<String> {
    let dir = repo_root().join(format!("locales/{lang}"));
    let mut ids = BTreeSet::new();
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|_| panic!("{} exists", dir.display())) {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("readable");
        ids.extend(
            text.lines()
                .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
                .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_string())),
        );
    }
    ids
}

#[test]
fn every_language_has_the_same_messages() {
    let italian = message_ids("it");
    assert!(italian.len() > 50);
    for lang in ["ro", "ar", "sq", "zh"] {
        let other = message_ids(lang);
        let missing: Vec<_> = italian.difference(&other).collect();
        let extra: Vec<_> = other.difference(&italian).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{lang}: missing {missing:?}, extra {extra:?}");
    }
}

/// Finds `t(…, "key")` and `t_args(…, "key"` in the app's sources.
fn keys_used_in_code() -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    let mut stack = vec![repo_root().join("app/src"), repo_root().join("server/src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).expect("source dir") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("source");
                let calls = text.match_indices("t(").chain(text.match_indices("t_args("));
                for (i, _) in calls {
                    let before = text[..i].chars().last();
                    if before.is_some_and(|c| c.is_alphanumeric() && c != '_') {
                        continue;
                    }
                    let rest = &text[i..];
                    let Some(open) = rest.find('"') else { continue };
                    if rest[..open].contains(')') || rest[..open].len() > 30 {
                        continue;
                    }
                    let key: String = rest[open + 1..].chars().take_while(|c| *c != '"').collect();
                    if key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') && !key.is_empty()
                    {
                        keys.insert(key);
                    }
                }
            }
        }
    }
    keys
}

#[test]
fn every_message_used_in_code_exists() {
    let italian = message_ids("it");
    let used = keys_used_in_code();
    assert!(used.len() > 40, "found only {} keys: the scan is broken", used.len());
    let missing: Vec<_> = used.difference(&italian).collect();
    assert!(missing.is_empty(), "used in code but not in locales/it: {missing:?}");
}

/// The plural categories each language needs (CLDR cardinal rules): Romanian has a "few"
/// (2–19), Arabic six forms, Chinese one.
fn plural_categories(lang: &str) -> &'static [&'static str] {
    match lang {
        "ro" => &["one", "few", "other"],
        "ar" => &["zero", "one", "two", "few", "many", "other"],
        "zh" => &["other"],
        _ => &["one", "other"],
    }
}

const PLURALS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// Every plural select has every form its language needs, and where the Italian selects a
/// plural on a number, Romanian, Arabic and Albanian do too (Chinese has one form).
#[test]
fn plural_forms_are_complete_in_every_language() {
    use portineria_tests::ftl::messages;
    let italian = messages("it");
    let mut problems = Vec::new();
    for lang in ["it", "ro", "ar", "sq", "zh"] {
        let needed = plural_categories(lang);
        let translated = messages(lang);
        for m in &translated {
            for select in m.selects.iter().filter(|s| s.keys.iter().any(|k| PLURALS.contains(&k.as_str()))) {
                let missing: Vec<_> = needed.iter().filter(|c| !select.keys.iter().any(|k| k == *c)).collect();
                if !missing.is_empty() {
                    problems.push(format!("{lang}/{}: {} on ${} lacks {missing:?}", m.file, m.id, select.variable));
                }
            }
        }
        if lang == "it" || lang == "zh" {
            continue;
        }
        for source in &italian {
            for select in source.selects.iter().filter(|s| s.keys.iter().any(|k| k == "one")) {
                let has = translated.iter().find(|t| t.id == source.id).is_some_and(|t| {
                    t.selects.iter().any(|s| s.variable == select.variable && s.keys.iter().any(|k| k == "other"))
                });
                if !has {
                    problems.push(format!(
                        "{lang}/{}: {} has no plural select on ${}",
                        source.file, source.id, select.variable
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
