//! An entry as the values of its HTML form, and the form read back into the entry struct with
//! a message per field that cannot be saved. Forms are plain `name → values` maps (a
//! multiple choice sends a name several times), so the pages work without script; each
//! field's names derive from its declaration in [`super::fields`].

use super::fields::{Access, Check, EntryType, Options, HOURS, PHONE};
use super::{for_kind, on_entry, Entry, Kind};
use crate::content::holidays::Closure;
use crate::content::{self, Hours, OrganizationFile, Phone, Texts};
use portineria_app::geo::Coordinates;
use portineria_app::lang::Lang;
use portineria_app::requirements::{DocumentKind, Situation};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Languages a desk may speak, by ISO 639-1 code (each has a `language-name-…` message).
pub const DESK_LANGUAGES: [&str; 8] = ["it", "ro", "ar", "sq", "zh", "en", "fr", "es"];
/// Rows for new phones and opening hours under the existing ones.
pub const BLANK_ROWS: usize = 2;
/// The longest one-line value and the longest text accepted.
pub const MAX_LINE_CHARS: usize = 500;
pub const MAX_TEXT_CHARS: usize = 10_000;
const MAX_ROWS: usize = 50;

/// Form values by field name (a multiple choice has several).
pub type FormValues = HashMap<String, Vec<String>>;

/// Per-field messages (field name → message id) of a form that cannot be saved.
pub type FieldErrors = BTreeMap<String, &'static str>;

pub fn first<'a>(form: &'a FormValues, name: &str) -> &'a str {
    form.get(name).and_then(|v| v.first()).map(String::as_str).unwrap_or("")
}

fn set(form: &mut FormValues, name: String, value: impl Into<String>) {
    form.insert(name, vec![value.into()]);
}

/// The form name of one language of a text: `summary.ar`, `phones.0.label.ar`.
pub fn in_lang(name: &str, lang: Lang) -> String {
    format!("{name}.{lang}")
}

/// The form name of row `i` of a list of rows (`hours.0`), which carries the row's message.
pub fn row(name: &str, i: usize) -> String {
    format!("{name}.{i}")
}

/// The form name of a part of row `i`: `phones.0.number`, `hours.1.opens`.
pub fn row_part(name: &str, i: usize, part: &str) -> String {
    format!("{name}.{i}.{part}")
}

/// How many rows of phones or hours the form holds under `name`, up to its last row with
/// something typed in: the blank rows a form offers are not counted, so a form sent back
/// with an error offers the same number of blank rows again, not more each time.
pub fn rows(form: &FormValues, name: &str) -> usize {
    form.iter()
        .filter(|(_, values)| values.iter().any(|v| !v.trim().is_empty()))
        .filter_map(|(k, _)| k.strip_prefix(name)?.strip_prefix('.')?.split('.').next()?.parse::<usize>().ok())
        .map(|i| i + 1)
        .max()
        .unwrap_or(0)
        .min(MAX_ROWS)
}

/// The entry's values as its form shows them.
pub fn to_form(entry: &Entry) -> FormValues {
    on_entry!(entry, e => values_of(e))
}

fn values_of<T: EntryType>(entry: &T) -> FormValues {
    let mut form = FormValues::new();
    for f in T::FIELDS {
        let name = f.name;
        match &f.access {
            Access::Id(lens) => set(&mut form, name.into(), (lens.get)(entry).as_str()),
            Access::Line(_, slot) | Access::Choice(_, slot) => {
                set(&mut form, name.into(), slot.get(entry).map(String::as_str).unwrap_or_default())
            }
            Access::Texts(_, slot) => {
                for lang in Lang::ALL {
                    set(&mut form, in_lang(name, lang), slot.get(entry).map(|t| text_in(t, lang)).unwrap_or_default());
                }
            }
            Access::TextsList(lens) => {
                for lang in Lang::ALL {
                    let lines: Vec<&str> = (lens.get)(entry).iter().map(|t| text_in(t, lang)).collect();
                    set(&mut form, in_lang(name, lang), lines.join("\n"));
                }
            }
            Access::Multi(_, lens) => {
                form.insert(name.into(), (lens.get)(entry).clone());
            }
            Access::Lines(lens) => set(&mut form, name.into(), (lens.get)(entry).join("\n")),
            Access::Phones(lens) => {
                for (i, phone) in (lens.get)(entry).iter().enumerate() {
                    set(&mut form, row_part(name, i, PHONE.number), phone.number.as_str());
                    for lang in Lang::ALL {
                        let label = phone.label.as_ref().map(|l| text_in(l, lang)).unwrap_or_default();
                        set(&mut form, in_lang(&row_part(name, i, PHONE.label), lang), label);
                    }
                }
            }
            Access::Coordinates(lens) => {
                set(&mut form, name.into(), (lens.get)(entry).map(|c| c.to_string()).unwrap_or_default());
            }
            Access::Note(lens) => set(&mut form, name.into(), (lens.get)(entry).as_deref().unwrap_or_default()),
            Access::Flag(lens) => {
                if *(lens.get)(entry) {
                    set(&mut form, name.into(), "on");
                }
            }
            Access::Closures(lens) => {
                let lines: Vec<String> = (lens.get)(entry).iter().map(Closure::to_string).collect();
                set(&mut form, name.into(), lines.join("\n"));
            }
            Access::Hours(lens) => {
                for (i, hours) in (lens.get)(entry).iter().enumerate() {
                    form.insert(row_part(name, i, HOURS.days), hours.days.clone());
                    set(&mut form, row_part(name, i, HOURS.opens), hours.opens.as_str());
                    set(&mut form, row_part(name, i, HOURS.closes), hours.closes.as_str());
                    if hours.appointment_only {
                        set(&mut form, row_part(name, i, HOURS.appointment), "on");
                    }
                }
            }
        }
    }
    form
}

/// A text's language as stored (empty when missing).
fn text_in(texts: &Texts, lang: Lang) -> &str {
    texts.0.get(lang.code()).map(String::as_str).unwrap_or_default()
}

/// What a form's choices may hold, from the taxonomy and the document.
pub struct Choices {
    pub categories: Vec<String>,
    pub target_groups: Vec<String>,
    pub locations: Vec<String>,
    pub programmes: Vec<String>,
}

impl Choices {
    pub fn new(taxonomy: &content::Taxonomy, doc: &OrganizationFile) -> Self {
        Choices {
            categories: taxonomy.categories.iter().map(|c| c.slug.clone()).collect(),
            target_groups: taxonomy.target_groups.iter().map(|g| g.slug.clone()).collect(),
            locations: doc.ids(Kind::Location).into_iter().map(String::from).collect(),
            programmes: doc.ids(Kind::Programme).into_iter().map(String::from).collect(),
        }
    }

    pub fn values(&self, options: Options) -> Vec<String> {
        let fixed = |v: &[&str]| v.iter().map(|s| s.to_string()).collect();
        match options {
            Options::Status => fixed(&["active", "suspended", "ended"]),
            Options::Access => fixed(&["walk-in", "appointment", "referral"]),
            Options::Audience => fixed(&["public", "professionals"]),
            Options::Languages => fixed(&DESK_LANGUAGES),
            Options::Documents => fixed(&DocumentKind::ALL.map(DocumentKind::as_str)),
            Options::Situations => fixed(&Situation::ALL.map(Situation::as_str)),
            Options::Categories => self.categories.clone(),
            Options::TargetGroups => self.target_groups.clone(),
            Options::Locations => self.locations.clone(),
            Options::Programmes => self.programmes.clone(),
        }
    }
}

/// One address, `local@domain.tld`, without spaces.
pub fn is_email(value: &str) -> bool {
    let mut parts = value.split('@');
    let (local, domain) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    parts.next().is_none()
        && !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !value.contains(char::is_whitespace)
}

fn checked_line(value: &str, check: Check) -> Result<(), &'static str> {
    let ok = match check {
        Check::Text => true,
        Check::Url => {
            (value.starts_with("https://") || value.starts_with("http://"))
                && value.len() > 10
                && !value.contains(char::is_whitespace)
        }
        Check::Email => is_email(value),
        Check::Date => content::is_partial_date(value),
        Check::DayOrMonth => content::is_partial_date(value) && value.len() >= 7,
        Check::Time => content::is_time(value),
        Check::Coordinates => Coordinates::try_from(value.to_string()).is_ok(),
    };
    if ok {
        Ok(())
    } else {
        Err(match check {
            Check::Text => "admin-error-invalid",
            Check::Url => "admin-error-url",
            Check::Email => "admin-error-email",
            Check::Date => "admin-error-date",
            Check::DayOrMonth => "admin-error-day-or-month",
            Check::Time => "admin-error-time",
            Check::Coordinates => "admin-error-coordinates",
        })
    }
}

fn is_phone(number: &str) -> bool {
    number.chars().filter(char::is_ascii_digit).count() >= 3
        && number.chars().all(|c| c.is_ascii_digit() || " +-/().".contains(c))
}

/// A text field's languages, with the length checked; `None` when it is empty.
fn texts(form: &FormValues, name: &str, errors: &mut FieldErrors) -> Option<Texts> {
    let mut texts = Texts::default();
    for lang in Lang::ALL {
        let name = in_lang(name, lang);
        let text = first(form, &name).trim();
        if text.chars().count() > MAX_TEXT_CHARS {
            errors.insert(name, "admin-error-too-long");
        } else if !text.is_empty() {
            texts.0.insert(lang.code().to_string(), text.replace("\r\n", "\n"));
        }
    }
    (!texts.0.is_empty()).then_some(texts)
}

/// The non-empty lines of a text box, trimmed.
fn lines(value: &str) -> impl Iterator<Item = &str> {
    value.lines().map(str::trim).filter(|l| !l.is_empty())
}

/// Reads an entry back from its form: the entry, or every field's message. `taken` holds
/// the ids other entries of the kind already use (a new entry's id must be free).
pub fn from_form(
    kind: Kind,
    form: &FormValues,
    choices: &Choices,
    fixed_id: Option<&str>,
    taken: &[String],
) -> Result<Entry, FieldErrors> {
    for_kind!(kind, T => read::<T>(form, choices, fixed_id, taken).map(T::into_entry))
}

fn read<T: EntryType>(
    form: &FormValues,
    choices: &Choices,
    fixed_id: Option<&str>,
    taken: &[String],
) -> Result<T, FieldErrors> {
    let mut errors = FieldErrors::new();
    let mut entry = T::default();
    for f in T::FIELDS {
        let name = f.name;
        // Whether the field is left empty, for the required ones.
        let empty = match &f.access {
            Access::Id(lens) => {
                let id = fixed_id.map(str::to_string).unwrap_or_else(|| first(form, name).trim().to_string());
                if !content::is_slug(&id) {
                    errors.insert(name.into(), "admin-error-slug");
                } else if fixed_id.is_none() && taken.contains(&id) {
                    errors.insert(name.into(), "admin-error-slug-taken");
                }
                *(lens.get_mut)(&mut entry) = id;
                continue;
            }
            Access::Line(check, slot) => {
                let v = first(form, name).trim();
                let value = if v.is_empty() {
                    None
                } else if v.chars().count() > MAX_LINE_CHARS {
                    errors.insert(name.into(), "admin-error-too-long");
                    None
                } else {
                    if let Err(message) = checked_line(v, *check) {
                        errors.insert(name.into(), message);
                    }
                    Some(v.to_string())
                };
                let empty = value.is_none();
                slot.set(&mut entry, value);
                empty
            }
            Access::Texts(_, slot) => {
                let value = texts(form, name, &mut errors);
                let no_italian = |t: &Texts| !t.0.contains_key(Lang::It.code());
                let italian = in_lang(name, Lang::It);
                if f.required() && value.as_ref().is_none_or(no_italian) {
                    errors.entry(italian).or_insert("admin-error-required-italian");
                } else if value.as_ref().is_some_and(no_italian) {
                    errors.entry(italian).or_insert("admin-error-italian-first");
                }
                let empty = value.is_none();
                slot.set(&mut entry, value);
                empty
            }
            Access::TextsList(lens) => {
                let per_lang: Vec<(Lang, Vec<&str>)> = Lang::ALL
                    .into_iter()
                    .map(|lang| (lang, lines(first(form, &in_lang(name, lang))).collect()))
                    .collect();
                let count = per_lang[0].1.len();
                let mut items = vec![Texts::default(); count.min(MAX_ROWS)];
                for (lang, given) in &per_lang {
                    if !given.is_empty() && given.len() != count {
                        errors.insert(in_lang(name, *lang), "admin-error-lines-mismatch");
                        continue;
                    }
                    for (item, line) in items.iter_mut().zip(given) {
                        if line.chars().count() > MAX_LINE_CHARS {
                            errors.insert(in_lang(name, *lang), "admin-error-too-long");
                        }
                        item.0.insert(lang.code().into(), line.to_string());
                    }
                }
                *(lens.get_mut)(&mut entry) = items;
                false
            }
            Access::Choice(options, slot) => {
                let v = first(form, name).trim();
                let value = if v.is_empty() {
                    if f.required() {
                        errors.insert(name.into(), "admin-error-required");
                    }
                    None
                } else {
                    if !choices.values(*options).iter().any(|o| o == v) {
                        errors.insert(name.into(), "admin-error-choice");
                    }
                    Some(v.to_string())
                };
                let empty = value.is_none();
                slot.set(&mut entry, value);
                empty
            }
            Access::Multi(options, lens) => {
                let allowed = choices.values(*options);
                let mut picked = BTreeSet::new();
                for v in form.get(name).into_iter().flatten() {
                    if allowed.contains(v) {
                        picked.insert(v.clone());
                    } else {
                        errors.insert(name.into(), "admin-error-choice");
                    }
                }
                if let Some((alone, error)) = options.alone() {
                    if picked.len() > 1 && picked.contains(alone) {
                        errors.insert(name.into(), error);
                    }
                }
                // In the options' order, which is the taxonomy's.
                *(lens.get_mut)(&mut entry) = allowed.into_iter().filter(|o| picked.contains(o)).collect();
                false
            }
            Access::Lines(lens) => {
                let lines: Vec<String> = lines(first(form, name)).take(MAX_ROWS).map(String::from).collect();
                if lines.iter().any(|l| l.chars().count() > MAX_LINE_CHARS) {
                    errors.insert(name.into(), "admin-error-too-long");
                }
                *(lens.get_mut)(&mut entry) = lines;
                false
            }
            Access::Phones(lens) => {
                *(lens.get_mut)(&mut entry) = phones(form, name, &mut errors);
                false
            }
            Access::Hours(lens) => {
                *(lens.get_mut)(&mut entry) = hours(form, name, &mut errors);
                false
            }
            Access::Flag(lens) => {
                *(lens.get_mut)(&mut entry) = !first(form, name).is_empty();
                false
            }
            Access::Note(lens) => {
                let note = first(form, name).trim();
                if note.chars().count() > MAX_TEXT_CHARS {
                    errors.insert(name.into(), "admin-error-too-long");
                }
                *(lens.get_mut)(&mut entry) = (!note.is_empty()).then(|| note.replace("\r\n", "\n"));
                false
            }
            Access::Coordinates(lens) => {
                let written = first(form, name).trim();
                let point = (!written.is_empty()).then(|| Coordinates::try_from(written.to_string()));
                if let Some(Err(_)) = point {
                    errors.insert(name.into(), checked_line(written, Check::Coordinates).unwrap_err());
                }
                *(lens.get_mut)(&mut entry) = point.and_then(Result::ok);
                false
            }
            Access::Closures(lens) => {
                let mut closures: Vec<Closure> = Vec::new();
                for line in lines(first(form, name)).take(MAX_ROWS) {
                    match Closure::try_from(line.to_string()) {
                        Ok(closure) => closures.push(closure),
                        Err(_) => {
                            errors.insert(name.into(), "admin-error-closure");
                        }
                    }
                }
                closures.sort_by_key(|c| (c.from, c.to));
                closures.dedup();
                *(lens.get_mut)(&mut entry) = closures;
                false
            }
        };
        if f.required() && empty && !errors.keys().any(|k| k.starts_with(name)) {
            errors.insert(name.into(), "admin-error-required");
        }
    }
    if let Some(period) = T::PERIOD {
        if (period.start)(&entry).zip((period.end)(&entry)).is_some_and(|(start, end)| end < start) {
            errors.insert(period.end_field.into(), "admin-error-end-before-start");
        }
    }
    if errors.is_empty() {
        Ok(entry)
    } else {
        Err(errors)
    }
}

/// The phone rows of a form; a row left empty is dropped.
fn phones(form: &FormValues, name: &str, errors: &mut FieldErrors) -> Vec<Phone> {
    let mut phones = Vec::new();
    for i in 0..rows(form, name) {
        let number_name = row_part(name, i, PHONE.number);
        let number = first(form, &number_name).trim();
        let label = texts(form, &row_part(name, i, PHONE.label), errors);
        if number.is_empty() && label.is_none() {
            continue;
        }
        if !is_phone(number) {
            errors.insert(number_name, "admin-error-phone");
        }
        phones.push(Phone { number: number.to_string(), label });
    }
    phones
}

/// The opening-hours rows of a form, days in week order; a row left empty is dropped.
fn hours(form: &FormValues, name: &str, errors: &mut FieldErrors) -> Vec<Hours> {
    let mut all = Vec::new();
    for i in 0..rows(form, name) {
        let days: Vec<String> = form.get(&row_part(name, i, HOURS.days)).cloned().unwrap_or_default();
        let opens = first(form, &row_part(name, i, HOURS.opens)).trim();
        let closes = first(form, &row_part(name, i, HOURS.closes)).trim();
        if days.is_empty() && opens.is_empty() && closes.is_empty() {
            continue;
        }
        let days_ok = !days.is_empty() && days.iter().all(|d| content::weekday_number(d).is_some());
        if !days_ok || !content::is_time(opens) || !content::is_time(closes) || opens >= closes {
            errors.insert(row(name, i), "admin-error-hours");
        }
        let appointment_only = !first(form, &row_part(name, i, HOURS.appointment)).is_empty();
        let days = content::WEEKDAYS.iter().filter(|d| days.contains(&d.to_string())).map(|d| d.to_string()).collect();
        all.push(Hours { days, opens: opens.to_string(), closes: closes.to_string(), appointment_only });
    }
    all
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::editor::tests::doc;

    fn choices(doc: &OrganizationFile) -> Choices {
        Choices {
            categories: vec!["work".into(), "health".into()],
            target_groups: vec![],
            locations: doc.locations.iter().map(|l| l.key.clone()).collect(),
            programmes: vec![],
        }
    }

    #[test]
    fn every_entry_survives_its_form() {
        let d = doc();
        for entry in d.all_entries() {
            let form = to_form(&entry);
            let back = from_form(entry.kind(), &form, &choices(&d), Some(entry.id()), &[]).unwrap();
            assert_eq!(back, entry);
        }
        let Some(service) = d.entry(Kind::Service, "sportello") else { panic!("a service") };
        let form = to_form(&service);
        assert_eq!(first(&form, "documents.ro"), "Pașaport");
        assert_eq!(first(&form, "phones.0.label.it"), "Segreteria");
        let location = to_form(&d.entry(Kind::Location, "sede").unwrap());
        assert_eq!(location["hours.0.days"], ["mon", "thu"]);
        assert_eq!(first(&location, "hours.0.appointment"), "on");
    }

    #[test]
    fn blank_rows_sent_back_are_not_counted_as_rows() {
        let sent: FormValues = [
            ("phones.0.number", "011 123"),
            ("phones.1.number", ""),
            ("phones.2.number", " "),
            ("phones.2.label.it", ""),
            ("hours.0.opens", ""),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), vec![v.to_string()]))
        .collect();
        assert_eq!(rows(&sent, "phones"), 1);
        assert_eq!(rows(&sent, "hours"), 0);
        let mut gap = sent.clone();
        gap.insert("phones.3.label.ar".into(), vec!["هاتف".into()]);
        assert_eq!(rows(&gap, "phones"), 4, "a row with a label alone is a row");
    }

    #[test]
    fn each_bad_field_gets_its_message_and_the_rest_is_kept() {
        let d = doc();
        let mut form = to_form(&d.entry(Kind::Service, "sportello").unwrap());
        form.insert("name.it".into(), vec!["  ".into()]);
        form.insert("email".into(), vec!["not an address".into()]);
        form.insert("categories".into(), vec!["work".into(), "<script>".into()]);
        form.insert("documents.ar".into(), vec!["a\nb".into()]);
        form.insert("phones.0.number".into(), vec!["abc".into()]);
        form.insert("eligibility.ro".into(), vec!["Doar în română".into()]);
        form.insert("status".into(), vec![String::new()]);
        let errors = from_form(Kind::Service, &form, &choices(&d), Some("sportello"), &[]).unwrap_err();
        assert_eq!(errors.get("name.it"), Some(&"admin-error-required-italian"));
        assert_eq!(errors.get("email"), Some(&"admin-error-email"));
        assert_eq!(errors.get("categories"), Some(&"admin-error-choice"));
        assert_eq!(errors.get("documents.ar"), Some(&"admin-error-lines-mismatch"));
        assert_eq!(errors.get("phones.0.number"), Some(&"admin-error-phone"));
        assert_eq!(errors.get("eligibility.it"), Some(&"admin-error-italian-first"));
        assert_eq!(errors.get("status"), Some(&"admin-error-required"));
        assert!(!errors.contains_key("summary.it"));
    }

    #[test]
    fn new_entries_need_a_free_slug_and_hours_must_make_sense() {
        let d = doc();
        let mut form = FormValues::new();
        form.insert("key".into(), vec!["sede".into()]);
        form.insert("hours.0.days".into(), vec!["mon".into()]);
        form.insert("hours.0.opens".into(), vec!["12:00".into()]);
        form.insert("hours.0.closes".into(), vec!["09:00".into()]);
        let errors = from_form(Kind::Location, &form, &choices(&d), None, &["sede".into()]).unwrap_err();
        assert_eq!(errors.get("key"), Some(&"admin-error-slug-taken"));
        assert_eq!(errors.get("hours.0"), Some(&"admin-error-hours"));
        assert_eq!(errors.get("municipality"), Some(&"admin-error-required"));
    }

    #[test]
    fn a_period_cannot_end_before_it_starts() {
        let d = doc();
        let mut form = FormValues::new();
        for (name, value) in [
            ("slug", "festa"),
            ("name.it", "Festa"),
            ("description.it", "Una festa"),
            ("audience", "public"),
            ("date", "2025-06-10"),
            ("end_date", "2025-06-01"),
        ] {
            form.insert(name.into(), vec![value.into()]);
        }
        let errors = from_form(Kind::Event, &form, &choices(&d), None, &[]).unwrap_err();
        assert_eq!(errors.into_iter().collect::<Vec<_>>(), [("end_date".into(), "admin-error-end-before-start")]);
        form.insert("end_date".into(), vec!["2025-06-12".into()]);
        assert!(from_form(Kind::Event, &form, &choices(&d), None, &[]).is_ok());
    }
}
