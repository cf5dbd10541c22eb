//! The one place where the editor describes the content format: for each kind of entry, its
//! fields in form order, each with how it is edited and accessors of the struct field itself.
//!
//! The accessors are compiled against the structs of [`crate::content`], so renaming or
//! removing a struct field is a compile error here, not a form that fails at run time (and a
//! field added to a struct but not declared here fails a test: saving would drop it). A
//! field's name is spelt once, from its identifier (`field!`, `name_of!`): it is the
//! form's `name`, the key of its label (`admin-field-…`), and the content file's key, which
//! text paths (translation statuses) and diffs use. The rest of the editor reads names from
//! here; a test fails when another editor file spells one.

use super::Entry;
use crate::content::holidays::Closure;
use crate::content::{Event, Hours, Location, Organization, OrganizationFile, Phone, Programme, Service, Texts};
use portineria_app::geo::Coordinates;

/// A struct field's name, checked by the compiler: `name_of!(Phone::number)` is `"number"`
/// and stops compiling when `Phone` has no field `number`.
macro_rules! name_of {
    ($ty:ident :: $field:ident) => {{
        let _ = |e: &$ty| {
            let _ = &e.$field;
        };
        stringify!($field)
    }};
}

/// Accessors of the field `$field` of whichever entry struct the surrounding declaration is for.
macro_rules! lens {
    ($field:ident) => {
        Lens { get: |e| &e.$field, get_mut: |e| &mut e.$field }
    };
}

/// A [`Field`] declared by its struct field's identifier, which is also its name:
/// `field!(phones, Phones)`, `field!(categories, Multi(Options::Categories))`,
/// `field!(email, Line(Optional, Check::Email))`.
macro_rules! field {
    ($field:ident, $access:ident) => {
        Field { name: stringify!($field), access: Access::$access(lens!($field)) }
    };
    ($field:ident, $access:ident($slot:ident, $how:expr)) => {
        Field { name: stringify!($field), access: Access::$access($how, Slot::$slot(lens!($field))) }
    };
    ($field:ident, $access:ident($how:expr)) => {
        Field { name: stringify!($field), access: Access::$access($how, lens!($field)) }
    };
}

/// The message id of a field's label: `in_short` → `admin-field-in-short`.
pub fn label_key(name: &str) -> String {
    format!("admin-field-{}", name.replace('_', "-"))
}

/// The kinds of entry of an organisation's document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Organization,
    Location,
    Programme,
    Service,
    Event,
}

impl Kind {
    pub const ALL: [Kind; 5] = [Kind::Organization, Kind::Location, Kind::Programme, Kind::Service, Kind::Event];

    /// The kinds listed on an organisation's page, in that order.
    pub const LISTED: [Kind; 4] = [Kind::Service, Kind::Programme, Kind::Location, Kind::Event];

    /// The document's key for such entries, which is also their URL segment.
    pub fn segment(self) -> &'static str {
        match self {
            Kind::Organization => name_of!(OrganizationFile::organization),
            Kind::Location => name_of!(OrganizationFile::locations),
            Kind::Programme => name_of!(OrganizationFile::programmes),
            Kind::Service => name_of!(OrganizationFile::services),
            Kind::Event => name_of!(OrganizationFile::events),
        }
    }

    pub fn from_segment(segment: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.segment() == segment)
    }

    /// The entry's name in text paths and audit lines: `service:slug`, `organization`.
    pub fn owner(self, id: &str) -> String {
        match self {
            Kind::Organization => "organization".into(),
            Kind::Location => format!("location:{id}"),
            Kind::Programme => format!("programme:{id}"),
            Kind::Service => format!("service:{id}"),
            Kind::Event => format!("event:{id}"),
        }
    }

    /// The entry as diffs and revision summaries name it: `services[slug]`, `organization`.
    pub fn entry_key(self, id: &str) -> String {
        match self {
            Kind::Organization => self.segment().into(),
            _ => format!("{}[{id}]", self.segment()),
        }
    }

    /// Whether the public site has a page for such an entry (for previews).
    pub fn public_segment(self) -> Option<&'static str> {
        match self {
            Kind::Organization => Some("organizations"),
            Kind::Programme => Some("programmes"),
            Kind::Service => Some("services"),
            Kind::Location | Kind::Event => None,
        }
    }

    /// The names of the kind's fields, in form order.
    pub fn field_names(self) -> Vec<&'static str> {
        super::for_kind!(self, T => T::FIELDS.iter().map(|f| f.name).collect())
    }

    /// The name of the field that names an entry: a location's `key`, everyone else's `slug`.
    pub fn id_name(self) -> &'static str {
        super::for_kind!(self, T => T::id_field().map_or("", |(name, _)| name))
    }
}

/// How a one-line field is checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Check {
    Text,
    Url,
    Email,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    Date,
    /// `YYYY-MM` or `YYYY-MM-DD`.
    DayOrMonth,
    Time,
    /// A latitude and a longitude, `45.0703, 7.5211`.
    Coordinates,
}

/// Where a choice's options come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Options {
    Status,
    Access,
    Audience,
    Categories,
    TargetGroups,
    Languages,
    /// Documents to bring, from the pictogram list.
    Documents,
    /// Legal situations, for "who can go".
    Situations,
    /// The document's own locations.
    Locations,
    /// The document's own programmes.
    Programmes,
}

impl Options {
    /// The option that goes with no other ("nothing needed", "anyone"), with the message for
    /// a form that ticks it with others.
    pub fn alone(self) -> Option<(&'static str, &'static str)> {
        use portineria_app::requirements::{DocumentKind, Situation};
        match self {
            Options::Documents => Some((DocumentKind::NothingNeeded.as_str(), "admin-error-nothing-needed-alone")),
            Options::Situations => Some((Situation::Anyone.as_str(), "admin-error-anyone-alone")),
            _ => None,
        }
    }
}

/// How much room a text gets in the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Height {
    Line,
    Paragraph,
    /// One line that should stay short (the "in short" summary): the form counts its words
    /// in each language and warns above the limit (`content::in_short_length`).
    Short,
}

/// Reads and writes one field of an entry struct.
pub struct Lens<T, V> {
    pub get: fn(&T) -> &V,
    pub get_mut: fn(&mut T) -> &mut V,
}

/// A field holding one value: `V` where the struct requires it, `Option<V>` where it may be
/// left out. Which of the two is the struct's own type, so a form's "required" cannot
/// disagree with the content format.
pub enum Slot<T, V> {
    Required(Lens<T, V>),
    Optional(Lens<T, Option<V>>),
}

impl<T, V> Slot<T, V> {
    pub fn required(&self) -> bool {
        matches!(self, Slot::Required(_))
    }

    pub fn get<'a>(&self, entry: &'a T) -> Option<&'a V> {
        match self {
            Slot::Required(lens) => Some((lens.get)(entry)),
            Slot::Optional(lens) => (lens.get)(entry).as_ref(),
        }
    }
}

impl<T, V: Default> Slot<T, V> {
    /// Writes the value; a required field left empty gets `V`'s default (the form refuses
    /// it anyway, with a message).
    pub fn set(&self, entry: &mut T, value: Option<V>) {
        match self {
            Slot::Required(lens) => *(lens.get_mut)(entry) = value.unwrap_or_default(),
            Slot::Optional(lens) => *(lens.get_mut)(entry) = value,
        }
    }
}

/// What a field holds, and so how it is shown and read back, with its accessors.
pub enum Access<T> {
    /// The entry's slug (or a location's key): chosen once, then fixed (URLs and QR codes
    /// point at it).
    Id(Lens<T, String>),
    Line(Check, Slot<T, String>),
    /// A text in the five languages.
    Texts(Height, Slot<T, Texts>),
    /// A list of texts in the five languages, one per line (documents to bring).
    TextsList(Lens<T, Vec<Texts>>),
    Choice(Options, Slot<T, String>),
    Multi(Options, Lens<T, Vec<String>>),
    /// A list of names, one per line (partners, comuni).
    Lines(Lens<T, Vec<String>>),
    Phones(Lens<T, Vec<Phone>>),
    Hours(Lens<T, Vec<Hours>>),
    /// A yes-or-no box.
    Flag(Lens<T, bool>),
    /// Days closed, one day or span per line (`2026-08-10/2026-08-21`).
    Closures(Lens<T, Vec<Closure>>),
    /// A point on the map, written on one line.
    Coordinates(Lens<T, Option<Coordinates>>),
    /// A remark for editors, in Italian, never published.
    Note(Lens<T, Option<String>>),
}

/// One field of an entry type: its name and how it is edited.
pub struct Field<T> {
    pub name: &'static str,
    pub access: Access<T>,
}

impl<T> Field<T> {
    /// Whether the form refuses the entry without it: the id, and what the struct does not
    /// hold as an `Option`.
    pub fn required(&self) -> bool {
        match &self.access {
            Access::Id(_) => true,
            Access::Line(_, slot) | Access::Choice(_, slot) => slot.required(),
            Access::Texts(_, slot) => slot.required(),
            _ => false,
        }
    }
}

/// The parts of a phone row, as forms (`phones.0.number`, `phones.0.label.ar`) and diffs name them.
pub struct PhoneParts {
    pub number: &'static str,
    pub label: &'static str,
}

pub const PHONE: PhoneParts = PhoneParts { number: name_of!(Phone::number), label: name_of!(Phone::label) };

/// The parts of a row of opening hours, as forms (`hours.0.opens`) and diffs name them.
pub struct HoursParts {
    pub days: &'static str,
    pub opens: &'static str,
    pub closes: &'static str,
    pub appointment_only: &'static str,
    /// The form's name for `appointment_only`, a checkbox.
    pub appointment: &'static str,
}

pub const HOURS: HoursParts = HoursParts {
    days: name_of!(Hours::days),
    opens: name_of!(Hours::opens),
    closes: name_of!(Hours::closes),
    appointment_only: name_of!(Hours::appointment_only),
    appointment: "appointment",
};

/// The document's own fields besides its entries, as diffs name them.
pub struct DocumentParts {
    pub translations: &'static str,
    pub source: &'static str,
    pub statuses: &'static str,
}

pub const DOCUMENT: DocumentParts = DocumentParts {
    translations: name_of!(OrganizationFile::translations),
    source: name_of!(OrganizationFile::source),
    statuses: name_of!(OrganizationFile::statuses),
};

/// An entry's period, which a form may not make end before it starts: its two ends, and the
/// field that carries the message.
pub struct Period<T> {
    pub start: fn(&T) -> Option<&str>,
    pub end: fn(&T) -> Option<&str>,
    pub end_field: &'static str,
}

/// Where a document keeps the entries of a type, to change them.
pub enum Place<'a, T> {
    /// The organisation: always one, replaced but never added or removed.
    One(&'a mut T),
    List(&'a mut Vec<T>),
}

/// An entry struct as the editor handles it: its fields, where the document keeps it, how
/// lists name it. `Default` is the blank entry a form is read into.
pub trait EntryType: Clone + Default + PartialEq + serde::Serialize + 'static {
    const KIND: Kind;
    /// The fields in the order the form shows them; every struct field is one of them, so
    /// reading a form rebuilds the whole entry.
    const FIELDS: &'static [Field<Self>];
    const PERIOD: Option<Period<Self>> = None;

    /// The entries of this type in a document (the organisation is one).
    fn all(doc: &OrganizationFile) -> &[Self];
    fn place(doc: &mut OrganizationFile) -> Place<'_, Self>;
    fn into_entry(self) -> Entry;
    /// The name lists show: the Italian name, else (a location) the address.
    fn title(&self) -> Option<&str>;

    /// The field that names an entry, with its accessors: the one [`Access::Id`] (a test
    /// checks that each type declares exactly one).
    fn id_field() -> Option<(&'static str, &'static Lens<Self, String>)> {
        Self::FIELDS.iter().find_map(|f| match &f.access {
            Access::Id(lens) => Some((f.name, lens)),
            _ => None,
        })
    }

    /// The entry's slug (a location's key).
    fn id(&self) -> &str {
        Self::id_field().map_or("", |(_, lens)| (lens.get)(self).as_str())
    }
}

/// The Italian text of a name, as stored.
fn italian(texts: &Texts) -> Option<&str> {
    texts.0.get(portineria_app::lang::Lang::It.code()).map(String::as_str)
}

impl EntryType for Organization {
    const KIND: Kind = Kind::Organization;
    const FIELDS: &'static [Field<Self>] = &[
        field!(slug, Id),
        field!(name, Texts(Required, Height::Line)),
        field!(description, Texts(Required, Height::Paragraph)),
        field!(website, Line(Optional, Check::Url)),
        field!(email, Line(Optional, Check::Email)),
        field!(phones, Phones),
        field!(editor_note, Note),
    ];

    fn all(doc: &OrganizationFile) -> &[Self] {
        std::slice::from_ref(&doc.organization)
    }

    fn place(doc: &mut OrganizationFile) -> Place<'_, Self> {
        Place::One(&mut doc.organization)
    }

    fn into_entry(self) -> Entry {
        Entry::Organization(self)
    }

    fn title(&self) -> Option<&str> {
        italian(&self.name)
    }
}

impl EntryType for Location {
    const KIND: Kind = Kind::Location;
    const FIELDS: &'static [Field<Self>] = &[
        field!(key, Id),
        field!(name, Texts(Optional, Height::Line)),
        field!(address, Line(Optional, Check::Text)),
        field!(municipality, Line(Required, Check::Text)),
        field!(coordinates, Coordinates),
        field!(hours, Hours),
        field!(open_on_holidays, Flag),
        field!(closures, Closures),
        field!(hours_note, Texts(Optional, Height::Paragraph)),
        field!(editor_note, Note),
    ];

    fn all(doc: &OrganizationFile) -> &[Self] {
        &doc.locations
    }

    fn place(doc: &mut OrganizationFile) -> Place<'_, Self> {
        Place::List(&mut doc.locations)
    }

    fn into_entry(self) -> Entry {
        Entry::Location(self)
    }

    fn title(&self) -> Option<&str> {
        self.name.as_ref().and_then(italian).or(self.address.as_deref())
    }
}

impl EntryType for Programme {
    const KIND: Kind = Kind::Programme;
    const FIELDS: &'static [Field<Self>] = &[
        field!(slug, Id),
        field!(name, Texts(Required, Height::Line)),
        field!(summary, Texts(Required, Height::Paragraph)),
        field!(description, Texts(Required, Height::Paragraph)),
        field!(start, Line(Optional, Check::Date)),
        field!(end, Line(Optional, Check::Date)),
        field!(funder, Texts(Optional, Height::Line)),
        field!(partners, Lines),
        field!(beneficiaries, Texts(Optional, Height::Paragraph)),
        field!(municipalities, Lines),
        field!(district, Line(Optional, Check::Text)),
        field!(website, Line(Optional, Check::Url)),
        field!(email, Line(Optional, Check::Email)),
        field!(editor_note, Note),
    ];
    const PERIOD: Option<Period<Self>> =
        Some(Period { start: |p| p.start.as_deref(), end: |p| p.end.as_deref(), end_field: name_of!(Programme::end) });

    fn all(doc: &OrganizationFile) -> &[Self] {
        &doc.programmes
    }

    fn place(doc: &mut OrganizationFile) -> Place<'_, Self> {
        Place::List(&mut doc.programmes)
    }

    fn into_entry(self) -> Entry {
        Entry::Programme(self)
    }

    fn title(&self) -> Option<&str> {
        italian(&self.name)
    }
}

impl EntryType for Service {
    const KIND: Kind = Kind::Service;
    const FIELDS: &'static [Field<Self>] = &[
        field!(slug, Id),
        field!(name, Texts(Required, Height::Line)),
        field!(in_short, Texts(Optional, Height::Short)),
        field!(summary, Texts(Required, Height::Paragraph)),
        field!(description, Texts(Required, Height::Paragraph)),
        field!(status, Choice(Required, Options::Status)),
        field!(access, Choice(Optional, Options::Access)),
        field!(programme, Choice(Optional, Options::Programmes)),
        field!(categories, Multi(Options::Categories)),
        field!(target_groups, Multi(Options::TargetGroups)),
        field!(who_can_go, Multi(Options::Situations)),
        field!(eligibility, Texts(Optional, Height::Paragraph)),
        field!(how_to_access, Texts(Optional, Height::Paragraph)),
        field!(required_documents, Multi(Options::Documents)),
        field!(documents, TextsList),
        field!(cost, Texts(Optional, Height::Line)),
        field!(languages, Multi(Options::Languages)),
        field!(locations, Multi(Options::Locations)),
        field!(municipalities, Lines),
        field!(district, Line(Optional, Check::Text)),
        field!(website, Line(Optional, Check::Url)),
        field!(email, Line(Optional, Check::Email)),
        field!(phones, Phones),
        field!(editor_note, Note),
    ];

    fn all(doc: &OrganizationFile) -> &[Self] {
        &doc.services
    }

    fn place(doc: &mut OrganizationFile) -> Place<'_, Self> {
        Place::List(&mut doc.services)
    }

    fn into_entry(self) -> Entry {
        Entry::Service(self)
    }

    fn title(&self) -> Option<&str> {
        italian(&self.name)
    }
}

impl EntryType for Event {
    const KIND: Kind = Kind::Event;
    const FIELDS: &'static [Field<Self>] = &[
        field!(slug, Id),
        field!(name, Texts(Required, Height::Line)),
        field!(description, Texts(Required, Height::Paragraph)),
        field!(audience, Choice(Required, Options::Audience)),
        field!(date, Line(Required, Check::DayOrMonth)),
        field!(end_date, Line(Optional, Check::DayOrMonth)),
        field!(time, Line(Optional, Check::Time)),
        field!(end_time, Line(Optional, Check::Time)),
        field!(place, Texts(Optional, Height::Line)),
        field!(location, Choice(Optional, Options::Locations)),
        field!(municipality, Line(Optional, Check::Text)),
        field!(programme, Choice(Optional, Options::Programmes)),
        field!(categories, Multi(Options::Categories)),
        field!(languages, Multi(Options::Languages)),
        field!(editor_note, Note),
    ];
    const PERIOD: Option<Period<Self>> = Some(Period {
        start: |e| Some(e.date.as_str()),
        end: |e| e.end_date.as_deref(),
        end_field: name_of!(Event::end_date),
    });

    fn all(doc: &OrganizationFile) -> &[Self] {
        &doc.events
    }

    fn place(doc: &mut OrganizationFile) -> Place<'_, Self> {
        Place::List(&mut doc.events)
    }

    fn into_entry(self) -> Entry {
        Entry::Event(self)
    }

    fn title(&self) -> Option<&str> {
        italian(&self.name)
    }
}
