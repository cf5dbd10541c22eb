//! Editing organisation documents, without HTTP, on the content types themselves: an
//! [`Entry`] is one of the structs of [`crate::content`], found, replaced, added and removed
//! in an [`OrganizationFile`] by kind and id. What each kind's fields are is declared once,
//! in [`fields`], with accessors the compiler checks against the structs; [`form`] turns an
//! entry into form values and back, [`diff`] says what changed between two documents, and
//! [`completeness`] how far each translation is.

pub mod completeness;
pub mod diff;
pub mod fields;
pub mod form;
pub mod xliff;

pub use fields::{EntryType, Kind};

use crate::content::{Event, Location, Organization, OrganizationFile, Programme, Service};
use fields::Place;

/// Runs `$body` with `$T` the entry struct of the kind `$kind`: the step from a kind known at
/// run time (from a URL) to the generic code over [`EntryType`].
macro_rules! for_kind {
    ($kind:expr, $T:ident => $body:expr) => {
        match $kind {
            $crate::content::editor::Kind::Organization => {
                type $T = $crate::content::Organization;
                $body
            }
            $crate::content::editor::Kind::Location => {
                type $T = $crate::content::Location;
                $body
            }
            $crate::content::editor::Kind::Programme => {
                type $T = $crate::content::Programme;
                $body
            }
            $crate::content::editor::Kind::Service => {
                type $T = $crate::content::Service;
                $body
            }
            $crate::content::editor::Kind::Event => {
                type $T = $crate::content::Event;
                $body
            }
        }
    };
}
pub(crate) use for_kind;

/// Runs `$body` with `$e` bound to the struct inside the [`Entry`] `$entry`, whatever its kind.
macro_rules! on_entry {
    ($entry:expr, $e:ident => $body:expr) => {
        match $entry {
            $crate::content::editor::Entry::Organization($e) => $body,
            $crate::content::editor::Entry::Location($e) => $body,
            $crate::content::editor::Entry::Programme($e) => $body,
            $crate::content::editor::Entry::Service($e) => $body,
            $crate::content::editor::Entry::Event($e) => $body,
        }
    };
}
pub(crate) use on_entry;

/// One entry of an organisation's document, of any kind.
// A service is the largest variant; entries live one request long and a few at a time, so
// boxing it would cost every match for no memory anyone would notice.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Entry {
    Organization(Organization),
    Location(Location),
    Programme(Programme),
    Service(Service),
    Event(Event),
}

fn kind_of<T: EntryType>(_: &T) -> Kind {
    T::KIND
}

impl Entry {
    pub fn kind(&self) -> Kind {
        on_entry!(self, e => kind_of(e))
    }

    /// The entry's slug (a location's key).
    pub fn id(&self) -> &str {
        on_entry!(self, e => e.id())
    }

    /// The entry's name for lists: its Italian name, else its address or id.
    pub fn title(&self) -> &str {
        on_entry!(self, e => e.title()).unwrap_or(self.id())
    }

    /// A fingerprint of the entry as a form showed it: a save based on another version is a
    /// conflict.
    pub fn fingerprint(&self) -> String {
        // The entry's JSON, as revisions of the editor have always hashed it. The content
        // types have only string map keys, so writing them cannot fail.
        let json = on_entry!(self, e => serde_json::to_value(e)).expect("content types serialize");
        super::sha256(json.to_string().as_bytes())
    }
}

impl OrganizationFile {
    /// The entries of one kind, in the document's order.
    pub fn entries(&self, kind: Kind) -> Vec<Entry> {
        for_kind!(kind, T => T::all(self).iter().cloned().map(T::into_entry).collect())
    }

    /// The ids the entries of one kind use.
    pub fn ids(&self, kind: Kind) -> Vec<&str> {
        for_kind!(kind, T => T::all(self).iter().map(T::id).collect())
    }

    pub fn entry(&self, kind: Kind, id: &str) -> Option<Entry> {
        for_kind!(kind, T => T::all(self).iter().find(|e| e.id() == id).cloned().map(T::into_entry))
    }

    /// Every entry of the document, kind by kind.
    pub fn all_entries(&self) -> Vec<Entry> {
        Kind::ALL.into_iter().flat_map(|kind| self.entries(kind)).collect()
    }

    /// Puts `entry` in place of the entry of its kind called `replacing`, or adds it when there
    /// is none such (the organisation is always replaced).
    pub fn put_entry(&mut self, replacing: Option<&str>, entry: Entry) {
        on_entry!(entry, e => put(self, replacing, e))
    }

    /// Removes the entry; the organisation itself stays.
    pub fn remove_entry(&mut self, kind: Kind, id: &str) {
        for_kind!(kind, T => remove::<T>(self, id))
    }
}

fn put<T: EntryType>(doc: &mut OrganizationFile, replacing: Option<&str>, entry: T) {
    match T::place(doc) {
        Place::One(slot) => *slot = entry,
        Place::List(list) => match replacing.and_then(|id| list.iter().position(|e| e.id() == id)) {
            Some(i) => list[i] = entry,
            None => list.push(entry),
        },
    }
}

fn remove<T: EntryType>(doc: &mut OrganizationFile, id: &str) {
    if let Place::List(list) = T::place(doc) {
        if let Some(i) = list.iter().position(|e| e.id() == id) {
            list.remove(i);
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::fields::{Access, EntryType};
    use super::*;
    use crate::content::{FileTranslationStatus, Hours, Phone};
    use std::collections::BTreeSet;
    use std::path::Path;

    /// A small document with one entry of most kinds, phones, hours and documents.
    pub(crate) fn doc() -> OrganizationFile {
        toml::from_str(
            r#"
            [organization]
            slug = "org"
            name = { it = "Org" }
            description = { it = "Descrizione", ro = "Descriere" }
            [[locations]]
            key = "sede"
            municipality = "Orbassano"
              [[locations.hours]]
              days = ["mon", "thu"]
              opens = "09:00"
              closes = "12:00"
              appointment_only = true
            [[services]]
            slug = "sportello"
            status = "active"
            categories = ["work"]
            locations = ["sede"]
            name = { it = "Sportello", ar = "شباك" }
            summary = { it = "Aiuto" }
            description = { it = "Aiuto con i documenti" }
            documents = [{ it = "Passaporto", ro = "Pașaport" }]
            phones = [{ number = "011 123456", label = { it = "Segreteria" } }]
            "#,
        )
        .unwrap()
    }

    #[test]
    fn entries_are_found_replaced_added_and_removed() {
        let mut d = doc();
        assert_eq!(d.ids(Kind::Service), ["sportello"]);
        let Some(Entry::Service(mut service)) = d.entry(Kind::Service, "sportello") else { panic!("a service") };
        service.status = "ended".into();
        d.put_entry(Some("sportello"), Entry::Service(service.clone()));
        assert_eq!(d.services, [service.clone()]);
        service.slug = "altro".into();
        d.put_entry(None, Entry::Service(service));
        assert_eq!(d.ids(Kind::Service), ["sportello", "altro"]);
        d.remove_entry(Kind::Service, "sportello");
        d.remove_entry(Kind::Organization, "org");
        assert_eq!(d.ids(Kind::Service), ["altro"]);
        assert_eq!(d.entry(Kind::Organization, "org").map(|e| e.title().to_string()), Some("Org".into()));
        let kinds: Vec<Kind> = d.all_entries().iter().map(Entry::kind).collect();
        assert_eq!(kinds, [Kind::Organization, Kind::Location, Kind::Service]);
    }

    /// Every field of an entry struct is declared once, under the key the content files give
    /// it, with the id first: reading a form then rebuilds the whole entry, and nothing the
    /// struct holds is dropped on save.
    #[test]
    fn every_struct_field_is_declared_once_under_its_content_key() {
        fn check<T: EntryType>() {
            let names: Vec<&str> = T::FIELDS.iter().map(|f| f.name).collect();
            let declared: BTreeSet<String> = names.iter().map(|n| n.to_string()).collect();
            assert_eq!(declared.len(), names.len(), "{:?}: a field declared twice", T::KIND);
            assert_eq!(declared, serialized_keys(&T::default()), "{:?}", T::KIND);
            let ids = T::FIELDS.iter().filter(|f| matches!(f.access, Access::Id(_))).count();
            assert!(ids == 1 && matches!(T::FIELDS[0].access, Access::Id(_)), "{:?}: the id comes first", T::KIND);
        }
        for kind in Kind::ALL {
            for_kind!(kind, T => check::<T>());
        }
    }

    fn serialized_keys(value: &impl serde::Serialize) -> BTreeSet<String> {
        let value = serde_json::to_value(value).unwrap();
        value.as_object().expect("a struct").keys().cloned().collect()
    }

    /// The content format's field names are spelt in one place, `fields.rs`, each next to
    /// accessors the compiler checks against its struct. Spelt anywhere else in the editor (a
    /// string literal `"phones"`, `"hours_note"`, `"name"`), a name is a second description of
    /// the format that nothing checks: renaming the struct field would then break a form, a
    /// diff or a count at run time instead of failing to compile. So the other editor files
    /// reach names through the declarations only. Test modules (kept at the end of a file, as
    /// everywhere in this crate) are left out: they spell form names on purpose, as the
    /// contract of the pages.
    #[test]
    fn field_names_are_spelt_only_where_the_fields_are_declared() {
        let mut with_statuses = OrganizationFile::default();
        with_statuses.statuses.insert(String::new(), FileTranslationStatus::Machine);
        let names: BTreeSet<String> = [
            serialized_keys(&with_statuses),
            serialized_keys(&Organization::default()),
            serialized_keys(&Location::default()),
            serialized_keys(&Hours::default()),
            serialized_keys(&Programme::default()),
            serialized_keys(&Phone::default()),
            serialized_keys(&Service::default()),
            serialized_keys(&Event::default()),
        ]
        .into_iter()
        .flatten()
        .collect();
        assert!(names.contains("hours_note") && names.contains("appointment_only") && names.contains("statuses"));
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/content/editor");
        let mut spelt = Vec::new();
        let mut files = 0;
        let mut read = 0;
        for file in std::fs::read_dir(&dir).unwrap() {
            let path = file.unwrap().path();
            if path.file_name().is_some_and(|n| n == "fields.rs") {
                continue;
            }
            files += 1;
            let source = std::fs::read_to_string(&path).unwrap();
            let code = source.split("#[cfg(test)]").next().unwrap_or_default();
            let literals = string_literals(code);
            read += literals.len();
            spelt.extend(literals.iter().filter(|l| names.contains(*l)).map(|l| format!("{}: {l:?}", path.display())));
        }
        assert!(files >= 4 && read > 30, "read {read} literals in {files} files in {}", dir.display());
        assert!(spelt.is_empty(), "field names outside fields.rs:\n{}", spelt.join("\n"));
    }

    /// The string literals of Rust source, comments and character literals left out.
    pub(crate) fn string_literals(code: &str) -> Vec<String> {
        let chars: Vec<char> = code.chars().collect();
        let mut literals = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            match chars[i] {
                '/' if chars.get(i + 1) == Some(&'/') => {
                    i = (i..chars.len()).find(|&j| chars[j] == '\n').unwrap_or(chars.len());
                }
                // A character literal (`'"'`, `'\''`); a lifetime has no closing quote.
                '\'' if chars.get(i + 1) == Some(&'\\') => {
                    i = (i + 3..chars.len()).find(|&j| chars[j] == '\'').unwrap_or(chars.len()) + 1;
                }
                '\'' if chars.get(i + 2) == Some(&'\'') => i += 3,
                '"' => {
                    // A byte string (`b"source"`) spells bytes of a format (an XML element's
                    // name), not a field: read past it, not kept.
                    let bytes = i > 0
                        && chars[i - 1] == 'b'
                        && (i < 2 || !(chars[i - 2].is_alphanumeric() || chars[i - 2] == '_'));
                    let mut literal = String::new();
                    i += 1;
                    while i < chars.len() && chars[i] != '"' {
                        if chars[i] == '\\' {
                            i += 1;
                        }
                        literal.extend(chars.get(i));
                        i += 1;
                    }
                    if !bytes {
                        literals.push(literal);
                    }
                    i += 1;
                }
                _ => i += 1,
            }
        }
        literals
    }

    #[test]
    fn string_literals_are_found_outside_comments() {
        let code = r#"let a = "phones"; // "name"
            let b = '"'; let c = '\''; fn f<'a>(x: &'a str) -> &'a str { "es\"c" }
            let tag = b"source"; let sub = "b";"#;
        assert_eq!(string_literals(code), ["phones", "es\"c", "b"]);
    }
}
