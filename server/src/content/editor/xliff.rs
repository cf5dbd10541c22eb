//! XLIFF 2.0 for translators: an organisation's texts in one language, exported for a
//! professional translator or a mediator to work on offline in any CAT tool, and read back.
//!
//! Every unit is one text (`<unit id="service:slug/name">`) and carries, in a note, a hash of
//! the Italian it was exported with: a translation made against an older Italian comes back
//! *outdated*, not confirmed. Reading is all or nothing: a file with any problem (a unit
//! this document does not have, markup or entities, a phone number or address the
//! translation lost, a text too long) changes nothing and every problem is reported.

use super::completeness::{forget_settled, status, text_mut, text_paths, written};
use super::Entry;
use crate::content::{self, FileTranslationStatus, OrganizationFile};
use portineria_app::lang::Lang;
use portineria_app::model::TranslationStatus;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use std::collections::{HashMap, HashSet};

/// The XLIFF 2.0 namespace.
const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:2.0";
/// The category of the note carrying a unit's source hash.
const HASH_NOTE: &str = "portineria-source-hash";
/// The largest file read back: a whole organisation in one language is far below it.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;
/// The most units a file may hold.
const MAX_UNITS: usize = 5_000;

/// Which texts an export holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Filter {
    /// Not translated yet.
    Missing,
    /// Machine-made, not confirmed.
    Machine,
    /// Made from an older Italian.
    Outdated,
    All,
}

impl Filter {
    pub const ALL: [Filter; 4] = [Filter::Missing, Filter::Machine, Filter::Outdated, Filter::All];

    pub fn as_str(self) -> &'static str {
        match self {
            Filter::Missing => "missing",
            Filter::Machine => "machine",
            Filter::Outdated => "outdated",
            Filter::All => "all",
        }
    }

    pub fn parse(value: &str) -> Option<Filter> {
        Filter::ALL.into_iter().find(|f| f.as_str() == value)
    }

    fn holds(self, translated: Option<TranslationStatus>) -> bool {
        match self {
            Filter::Missing => translated.is_none(),
            Filter::Machine => translated == Some(TranslationStatus::Machine),
            Filter::Outdated => translated == Some(TranslationStatus::Outdated),
            Filter::All => true,
        }
    }
}

/// The hash of an Italian text a unit carries (SHA-256, hex).
pub fn source_hash(italian: &str) -> String {
    content::sha256(italian.as_bytes())
}

fn escape(text: &str) -> String {
    quick_xml::escape::escape(text).into_owned()
}

/// The XLIFF segment state of a translation: missing `initial`, machine-made `translated`,
/// outdated `initial` again (it needs work), confirmed `final`.
fn state(translated: Option<TranslationStatus>) -> &'static str {
    match translated {
        None | Some(TranslationStatus::Outdated) => "initial",
        Some(TranslationStatus::Machine | TranslationStatus::Fallback) => "translated",
        Some(TranslationStatus::Source | TranslationStatus::Confirmed) => "final",
    }
}

/// The organisation's texts in `lang` that `filter` picks, as an XLIFF 2.0 file.
pub fn export(doc: &OrganizationFile, lang: Lang, filter: Filter) -> String {
    let org = &doc.organization.slug;
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"{NAMESPACE}\" version=\"2.0\" srcLang=\"it\" trgLang=\"{}\">\n <file id=\"{}\" xml:space=\"preserve\">\n",
        lang.code(),
        escape(org)
    );
    for entry in doc.all_entries() {
        for (path, texts) in text_paths(&entry) {
            let Some(italian) = written(texts, Lang::It) else { continue };
            let target = written(texts, lang);
            let translated = target.map(|_| status(doc, &path, lang));
            if !filter.holds(translated) {
                continue;
            }
            out.push_str(&format!(
                "  <unit id=\"{}\" name=\"{}\">\n   <notes>\n    <note category=\"{HASH_NOTE}\">{}</note>\n    <note category=\"portineria-entry\">{}</note>\n   </notes>\n   <segment state=\"{}\">\n    <source>{}</source>\n",
                escape(&path),
                escape(entry.title()),
                source_hash(italian),
                escape(entry.title()),
                state(translated),
                escape(italian)
            ));
            if let Some(target) = target {
                out.push_str(&format!("    <target>{}</target>\n", escape(target)));
            }
            out.push_str("   </segment>\n  </unit>\n");
        }
    }
    out.push_str(" </file>\n</xliff>\n");
    out
}

/// Why a file could not be read back: a Fluent message id and what it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub key: &'static str,
    /// The unit (text path) it is about, when it is about one.
    pub unit: Option<String>,
    /// The detail to show: the token lost, the element found.
    pub detail: Option<String>,
}

impl Problem {
    fn file(key: &'static str) -> Self {
        Problem { key, unit: None, detail: None }
    }

    fn unit(key: &'static str, unit: &str, detail: Option<String>) -> Self {
        Problem { key, unit: Some(unit.to_string()), detail }
    }
}

/// One unit as read.
#[derive(Clone, Debug, Default)]
struct Unit {
    id: String,
    hash: Option<String>,
    source: String,
    target: Option<String>,
    state: Option<String>,
}

/// A file as read: whose, which language, its units.
#[derive(Debug)]
pub struct Parsed {
    pub org: String,
    pub lang: Lang,
    units: Vec<Unit>,
}

/// Where the reader is, to know what a piece of text belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum At {
    Outside,
    HashNote,
    Source,
    Target,
}

fn attribute(element: &BytesStart, name: &str) -> Result<Option<String>, Problem> {
    for a in element.attributes() {
        let a = a.map_err(|_| Problem::file("xliff-error-malformed"))?;
        if a.key.as_ref() == name.as_bytes() {
            let value = a.unescape_value().map_err(|_| Problem::file("xliff-error-entities"))?;
            return Ok(Some(value.into_owned()));
        }
    }
    Ok(None)
}

/// Reads an XLIFF 2.0 file: the units with their source hash, source and target text.
/// Entities other than XML's own, a DOCTYPE and any inline markup are refused.
pub fn parse(xml: &str) -> Result<Parsed, Vec<Problem>> {
    parse_units(xml).map_err(|p| vec![p])
}

fn parse_units(xml: &str) -> Result<Parsed, Problem> {
    if xml.len() > MAX_BYTES {
        return Err(Problem::file("xliff-error-too-large"));
    }
    let mut reader = Reader::from_str(xml);
    reader.config_mut().trim_text(false);
    let (mut org, mut lang, mut version_ok) = (None, None, false);
    let mut units: Vec<Unit> = Vec::new();
    let mut unit: Option<Unit> = None;
    let mut at = At::Outside;
    loop {
        // Broken before its root: not XLIFF at all; after it: an XLIFF file damaged.
        let broken = if lang.is_none() { "xliff-error-not-xliff" } else { "xliff-error-malformed" };
        let event = reader.read_event().map_err(|_| Problem::file(broken))?;
        match event {
            Event::Eof => break,
            Event::DocType(_) => return Err(Problem::file("xliff-error-entities")),
            Event::Decl(_) | Event::Comment(_) | Event::PI(_) => {}
            // Texts are plain: inline codes (`<ph>`, `<pc>`, `<mrk>`) have nothing to stand for.
            Event::Start(e) | Event::Empty(e) if at == At::Source || at == At::Target => {
                let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                let id = unit.as_ref().map(|u| u.id.clone()).unwrap_or_default();
                return Err(Problem::unit("xliff-error-markup", &id, Some(name)));
            }
            Event::Start(e) => {
                on_element(&e, false, (&mut org, &mut lang, &mut version_ok), &mut unit, &mut at)?;
            }
            Event::Empty(e) => {
                on_element(&e, true, (&mut org, &mut lang, &mut version_ok), &mut unit, &mut at)?;
                if e.local_name().as_ref() == b"unit" {
                    if let Some(u) = unit.take() {
                        units.push(u);
                    }
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                b"unit" => {
                    if let Some(u) = unit.take() {
                        if units.len() >= MAX_UNITS {
                            return Err(Problem::file("xliff-error-too-many"));
                        }
                        units.push(u);
                    }
                }
                b"note" | b"source" | b"target" => at = At::Outside,
                _ => {}
            },
            Event::Text(e) => {
                let text = e.decode().map_err(|_| Problem::file("xliff-error-malformed"))?;
                push_text(&mut unit, at, &text)?;
            }
            Event::CData(e) => {
                let text = e.decode().map_err(|_| Problem::file("xliff-error-malformed"))?;
                push_text(&mut unit, at, &text)?;
            }
            Event::GeneralRef(r) => {
                let text = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    Ok(None) => {
                        let name = r.decode().map_err(|_| Problem::file("xliff-error-malformed"))?;
                        match name.as_ref() {
                            "amp" => "&".into(),
                            "lt" => "<".into(),
                            "gt" => ">".into(),
                            "quot" => "\"".into(),
                            "apos" => "'".into(),
                            _ => return Err(Problem::file("xliff-error-entities")),
                        }
                    }
                    Err(_) => return Err(Problem::file("xliff-error-malformed")),
                };
                push_text(&mut unit, at, &text)?;
            }
        }
    }
    match (org, lang, version_ok) {
        (Some(org), Some(lang), true) => Ok(Parsed { org, lang, units }),
        (_, _, false) => Err(Problem::file("xliff-error-not-xliff")),
        _ => Err(Problem::file("xliff-error-language")),
    }
}

type Header<'a> = (&'a mut Option<String>, &'a mut Option<Lang>, &'a mut bool);

fn on_element(
    e: &BytesStart,
    empty: bool,
    (org, lang, version_ok): Header,
    unit: &mut Option<Unit>,
    at: &mut At,
) -> Result<(), Problem> {
    match e.local_name().as_ref() {
        b"xliff" => {
            *version_ok = attribute(e, "version")?.as_deref() == Some("2.0");
            let source = attribute(e, "srcLang")?;
            let target = attribute(e, "trgLang")?.and_then(|l| Lang::from_code(&l)).filter(|l| *l != Lang::It);
            if source.as_deref() != Some("it") || target.is_none() {
                return Err(Problem::file("xliff-error-language"));
            }
            *lang = target;
        }
        b"file" => *org = attribute(e, "id")?,
        b"unit" => {
            if unit.is_some() {
                return Err(Problem::file("xliff-error-malformed"));
            }
            let id = attribute(e, "id")?.unwrap_or_default();
            *unit = Some(Unit { id, ..Unit::default() });
        }
        b"segment" => {
            if let Some(u) = unit.as_mut() {
                if u.state.is_some() {
                    let id = u.id.clone();
                    return Err(Problem::unit("xliff-error-segments", &id, None));
                }
                u.state = Some(attribute(e, "state")?.unwrap_or_default());
            }
        }
        b"note" if !empty => {
            *at = match attribute(e, "category")?.as_deref() {
                Some(HASH_NOTE) => At::HashNote,
                _ => *at,
            }
        }
        b"source" if !empty => *at = At::Source,
        b"target" if !empty => {
            *at = At::Target;
            if let Some(u) = unit.as_mut() {
                u.target.get_or_insert_with(String::new);
            }
        }
        _ => {}
    }
    Ok(())
}

fn push_text(unit: &mut Option<Unit>, at: At, text: &str) -> Result<(), Problem> {
    let Some(u) = unit.as_mut() else { return Ok(()) };
    let into = match at {
        At::Outside => return Ok(()),
        At::HashNote => u.hash.get_or_insert_with(String::new),
        At::Source => &mut u.source,
        At::Target => u.target.get_or_insert_with(String::new),
    };
    into.push_str(text);
    if into.chars().count() > crate::content::editor::form::MAX_TEXT_CHARS {
        let id = u.id.clone();
        return Err(Problem::unit("xliff-error-too-long", &id, None));
    }
    Ok(())
}

/// What a file changed, by text path.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Applied {
    /// Translations written or confirmed, now confirmed.
    pub confirmed: Vec<String>,
    /// Translations written against an older Italian, now outdated.
    pub outdated: Vec<String>,
    /// Units that changed nothing.
    pub unchanged: usize,
}

/// The words of a text a translation must keep as they are: web and e-mail addresses and
/// phone numbers (six digits or more, as written).
fn kept_tokens(text: &str) -> Vec<String> {
    let mut tokens: Vec<String> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| ",;:()[]«»\"'".contains(c)).trim_end_matches('.'))
        .filter(|w| w.contains("://") || w.starts_with("www.") || (w.contains('@') && w.contains('.')))
        .map(String::from)
        .collect();
    for (run, number) in portineria_app::components::text::number_runs(text) {
        let digits: String = run.chars().filter(char::is_ascii_digit).collect();
        if number && digits.len() >= 6 {
            tokens.push(digits);
        }
    }
    tokens
}

/// Whether `translation` keeps every token of `italian` (phone numbers compared by digits).
fn lost_token(italian: &str, translation: &str) -> Option<String> {
    let packed: Vec<String> = portineria_app::components::text::number_runs(translation)
        .into_iter()
        .filter(|(_, n)| *n)
        .map(|(r, _)| r.chars().filter(char::is_ascii_digit).collect())
        .collect();
    kept_tokens(italian).into_iter().find(|token| {
        if token.chars().all(|c| c.is_ascii_digit()) {
            !packed.iter().any(|p| p.contains(token.as_str()))
        } else {
            !translation.contains(token.as_str())
        }
    })
}

/// Applies a file read by [`parse`] to `doc` (the working draft of organisation `org`):
/// every unit's target becomes the translation in the file's language. A changed text made
/// against today's Italian is confirmed; against an older one (its hash differs) outdated,
/// with that older Italian kept for the editor; an unchanged text a translator marked
/// `reviewed` or `final` is confirmed. Nothing changes if any unit has a problem.
pub fn apply(doc: &mut OrganizationFile, parsed: &Parsed) -> Result<Applied, Vec<Problem>> {
    let lang = parsed.lang;
    if parsed.org != doc.organization.slug {
        return Err(vec![Problem { key: "xliff-error-organization", unit: None, detail: Some(parsed.org.clone()) }]);
    }
    let mut entries: Vec<Entry> = doc.all_entries();
    let mut owners: HashMap<String, usize> = HashMap::new();
    for (i, entry) in entries.iter().enumerate() {
        owners.insert(entry.kind().owner(entry.id()), i);
    }
    let mut problems = Vec::new();
    let mut seen = HashSet::new();
    let mut applied = Applied::default();
    let mut marks: Vec<(String, FileTranslationStatus, Option<String>)> = Vec::new();
    for unit in &parsed.units {
        if !seen.insert(unit.id.as_str()) {
            problems.push(Problem::unit("xliff-error-duplicate", &unit.id, None));
            continue;
        }
        let owner_of = unit.id.rsplit_once('/').map(|(owner, field)| (owner.to_string(), field.to_string()));
        let Some((index, field)) = owner_of.and_then(|(owner, field)| owners.get(&owner).map(|i| (*i, field))) else {
            problems.push(Problem::unit("xliff-error-unknown-unit", &unit.id, None));
            continue;
        };
        let Some(texts) = text_mut(&mut entries[index], &field) else {
            problems.push(Problem::unit("xliff-error-unknown-unit", &unit.id, None));
            continue;
        };
        let Some(italian) = written(texts, Lang::It).map(String::from) else {
            problems.push(Problem::unit("xliff-error-unknown-unit", &unit.id, None));
            continue;
        };
        let target = unit.target.as_deref().map(str::trim).unwrap_or_default().replace("\r\n", "\n");
        if target.is_empty() {
            applied.unchanged += 1;
            continue;
        }
        if let Some(token) = lost_token(&italian, &target) {
            problems.push(Problem::unit("xliff-error-placeholder", &unit.id, Some(token)));
            continue;
        }
        let current = unit.hash.as_deref().map(str::trim) == Some(source_hash(&italian).as_str());
        let changed = written(texts, lang) != Some(target.as_str());
        let reviewed = matches!(unit.state.as_deref(), Some("reviewed" | "final"));
        let key = content::status_key(&unit.id, lang);
        let confirmed = status(doc, &unit.id, lang) == TranslationStatus::Confirmed;
        if changed {
            texts.0.insert(lang.code().to_string(), target);
            if current {
                marks.push((key, FileTranslationStatus::Confirmed, None));
                applied.confirmed.push(unit.id.clone());
            } else {
                marks.push((key, FileTranslationStatus::Outdated, Some(unit.source.clone())));
                applied.outdated.push(unit.id.clone());
            }
        } else if reviewed && current && !confirmed {
            marks.push((key, FileTranslationStatus::Confirmed, None));
            applied.confirmed.push(unit.id.clone());
        } else {
            applied.unchanged += 1;
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    for entry in entries {
        let id = entry.id().to_string();
        doc.put_entry(Some(&id), entry);
    }
    for (key, mark, source) in marks {
        if let Some(source) = source {
            let path = key.rsplit_once('/').map_or(key.as_str(), |(p, _)| p).to_string();
            doc.outdated_from.entry(path).or_insert(source);
        }
        doc.statuses.insert(key, mark);
    }
    forget_settled(doc);
    Ok(applied)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::editor::tests::doc;
    use crate::content::editor::Kind;

    fn import(doc: &mut OrganizationFile, xml: &str) -> Result<Applied, Vec<Problem>> {
        let parsed = parse(xml)?;
        apply(doc, &parsed)
    }

    fn keys(problems: Vec<Problem>) -> Vec<&'static str> {
        problems.into_iter().map(|p| p.key).collect()
    }

    #[test]
    fn a_round_trip_writes_the_translations_and_confirms_them() {
        let mut d = doc();
        let file = export(&d, Lang::Ro, Filter::Missing);
        assert!(
            file.contains("<unit id=\"service:sportello/name\"") && !file.contains("service:sportello/documents.0")
        );
        // A translator fills every target (as a CAT tool writes them).
        let translated = file.replace(
            "<source>Sportello</source>",
            "<source>Sportello</source>\n    <target>Ghișeu &amp; ajutor</target>",
        );
        let applied = import(&mut d, &translated).expect("imports");
        assert_eq!(applied.confirmed, ["service:sportello/name"]);
        let Some(Entry::Service(s)) = d.entry(Kind::Service, "sportello") else { panic!("service") };
        assert_eq!(s.name.get(Lang::Ro), Some("Ghișeu & ajutor"));
        assert_eq!(status(&d, "service:sportello/name", Lang::Ro), TranslationStatus::Confirmed);
        // The same file again changes nothing more.
        let again = import(&mut d, &translated).expect("imports");
        assert!(again.confirmed.is_empty() && again.outdated.is_empty());
    }

    #[test]
    fn a_file_made_against_an_older_italian_comes_back_outdated() {
        let mut d = doc();
        let file = export(&d, Lang::Ro, Filter::All);
        let Some(Entry::Service(mut s)) = d.entry(Kind::Service, "sportello") else { panic!("service") };
        s.name.0.insert("it".into(), "Sportello nuovo".into());
        d.put_entry(Some("sportello"), Entry::Service(s));
        let translated =
            file.replace("<source>Sportello</source>", "<source>Sportello</source><target>Ghișeu</target>");
        let applied = import(&mut d, &translated).expect("imports");
        assert_eq!(applied.outdated, ["service:sportello/name"]);
        assert_eq!(status(&d, "service:sportello/name", Lang::Ro), TranslationStatus::Outdated);
        assert_eq!(d.outdated_from.get("service:sportello/name").map(String::as_str), Some("Sportello"));
    }

    #[test]
    fn hostile_files_change_nothing_and_say_why() {
        let d = doc();
        let file = export(&d, Lang::Ar, Filter::All);
        let cases = [
            (
                format!(
                    "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>{}",
                    &file[file.find("<xliff").unwrap()..]
                ),
                "xliff-error-entities",
            ),
            (
                file.replace("<source>Sportello</source>", "<source>Sportello</source><target>&e;</target>"),
                "xliff-error-entities",
            ),
            (file.replace("service:sportello/name", "service:altro/name"), "xliff-error-unknown-unit"),
            (
                file.replace(
                    "<source>Sportello</source>",
                    "<source>Sportello</source><target>a<ph id=\"1\"/></target>",
                ),
                "xliff-error-markup",
            ),
            (file.replace("trgLang=\"ar\"", "trgLang=\"xx\""), "xliff-error-language"),
            (file.replace("file id=\"org\"", "file id=\"altra\""), "xliff-error-organization"),
            (file.replace("version=\"2.0\"", "version=\"1.2\""), "xliff-error-not-xliff"),
            ("not xml at all <<<".to_string(), "xliff-error-not-xliff"),
            (
                file.replace(
                    "<source>Segreteria</source>",
                    &format!("<source>Segreteria</source><target>{}</target>", "x".repeat(10_001)),
                ),
                "xliff-error-too-long",
            ),
            ("x".repeat(MAX_BYTES + 1), "xliff-error-too-large"),
        ];
        for (xml, expected) in cases {
            let mut changed = d.clone();
            let problems = import(&mut changed, &xml).expect_err(expected);
            assert!(keys(problems).contains(&expected), "{expected}");
            assert_eq!(changed, d, "{expected}: nothing changed");
        }
    }

    #[test]
    fn a_translation_that_loses_a_phone_number_is_refused() {
        let mut d = doc();
        let Some(Entry::Service(mut s)) = d.entry(Kind::Service, "sportello") else { panic!("service") };
        s.summary.0.insert("it".into(), "Chiama lo 011 1234567 o scrivi a info@example.org".into());
        d.put_entry(Some("sportello"), Entry::Service(s));
        let file = export(&d, Lang::Ro, Filter::All);
        let source = "<source>Chiama lo 011 1234567 o scrivi a info@example.org</source>";
        let lost = file.replace(
            source,
            &format!("{source}<target>Sunați la 011 7654321 sau scrieți la info@example.org</target>"),
        );
        let problems = import(&mut d.clone(), &lost).expect_err("refused");
        assert_eq!(problems[0].detail.as_deref(), Some("0111234567"));
        let kept = file.replace(
            source,
            &format!("{source}<target>Sunați la 011 1234567 sau scrieți la info@example.org</target>"),
        );
        assert!(import(&mut d, &kept).is_ok());
    }
}
