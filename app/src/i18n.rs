//! UI strings: every visible string comes from the Fluent files in `locales/<lang>/`,
//! compiled into the binary (and the wasm bundle) so the kiosk works offline.

use crate::geo::Distance;
use crate::lang::Lang;
use crate::model::TotalRelation;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{static_loader, LanguageIdentifier, Loader};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

static_loader! {
    static LOCALES = {
        locales: "../locales",
        fallback_language: "it",
        // Fluent's default bidi isolation stays on: a Latin query or a number inside an
        // Arabic sentence («permesso», 500) must not reorder the sentence around it.
    };
}

static IDS: LazyLock<[LanguageIdentifier; 5]> =
    LazyLock::new(|| Lang::ALL.map(|l| l.code().parse().expect("language codes are valid identifiers")));

fn id(lang: Lang) -> &'static LanguageIdentifier {
    &IDS[lang.index()]
}

/// The message `key` in `lang` (Italian when a translation is missing).
pub fn t(lang: Lang, key: &str) -> String {
    LOCALES.lookup(id(lang), key)
}

/// The message `key` in `lang` (or Italian), `None` when no locale has it: for ids built
/// from data, such as the name of a language code.
pub fn try_t(lang: Lang, key: &str) -> Option<String> {
    LOCALES.try_lookup(id(lang), key)
}

/// The message `key` in `lang` with named arguments; numbers select plural forms.
pub fn t_args(lang: Lang, key: &str, args: &[(&'static str, Arg)]) -> String {
    let map: HashMap<Cow<'static, str>, FluentValue> = args
        .iter()
        .map(|(name, value)| {
            let value = match value {
                Arg::Str(s) => FluentValue::from(s.clone()),
                Arg::Num(n) => FluentValue::from(*n),
            };
            (Cow::Borrowed(*name), value)
        })
        .collect();
    LOCALES.lookup_with_args(id(lang), key, &map)
}

/// Joins list items with the language's separator ("، " in Arabic, "、" in Chinese).
pub fn join(lang: Lang, items: &[String]) -> String {
    let separator: String =
        t(lang, "list-separator").chars().filter(|c| !matches!(c, '\u{2068}' | '\u{2069}')).collect();
    items.join(&separator)
}

/// A value passed to a Fluent message.
#[derive(Clone, Debug)]
pub enum Arg {
    Str(String),
    Num(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Num(n as i64)
    }
}

/// "12 services found", or "more than 1000 services found" when the search stopped
/// counting.
pub fn results_count(lang: Lang, total: u64, relation: TotalRelation) -> String {
    let count = [("count", (total as usize).into())];
    match relation {
        TotalRelation::Exact => t_args(lang, "results-count", &count),
        TotalRelation::AtLeast => t_args(lang, "results-count-more", &count),
    }
}

/// A facet's count as shown: "about 240" when the counts are estimates (none is none).
pub fn facet_count(lang: Lang, count: u64, estimated: bool) -> String {
    if estimated && count > 0 {
        t_args(lang, "facet-count-about", &[("count", (count as usize).into())])
    } else {
        count.to_string()
    }
}

/// How far a place is, as `lang` writes it: "a 400 m da qui", "a 1,3 km da qui".
pub fn format_distance(lang: Lang, distance: Distance) -> String {
    let decimal = match lang {
        Lang::It | Lang::Ro | Lang::Sq => ",",
        Lang::Ar | Lang::Zh => ".",
    };
    let km = match distance {
        Distance::Metres(metres) => return t_args(lang, "distance-metres", &[("metres", metres.to_string().into())]),
        Distance::TenthsKm(tenths) => format!("{}{decimal}{}", tenths / 10, tenths % 10),
        Distance::Km(km) => km.to_string(),
    };
    t_args(lang, "distance-km", &[("km", km.into())])
}

/// A month and year such as "maggio 2025", or a full date, in `lang`; `value` is the
/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` form the content uses. Unparseable values are shown as they are.
pub fn format_partial_date(lang: Lang, value: &str) -> String {
    let parts: Vec<&str> = value.split('-').collect();
    let month_name = |m: &str| -> Option<String> {
        let m: u32 = m.parse().ok()?;
        (1..=12).contains(&m).then(|| t(lang, &format!("month-{m}")))
    };
    match parts.as_slice() {
        [y] => y.to_string(),
        [y, m] => month_name(m).map_or_else(|| value.to_string(), |m| join_month(lang, None, &m, y)),
        [y, m, d] => month_name(m)
            .map_or_else(|| value.to_string(), |m| join_month(lang, Some(d.trim_start_matches('0')), &m, y)),
        _ => value.to_string(),
    }
}

fn join_month(lang: Lang, day: Option<&str>, month: &str, year: &str) -> String {
    match (lang, day) {
        (Lang::Zh, Some(d)) => format!("{year}年{month}{d}日"),
        (Lang::Zh, None) => format!("{year}年{month}"),
        (_, Some(d)) => format!("{d} {month} {year}"),
        (_, None) => format!("{month} {year}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_its_own_name() {
        let names: Vec<String> = Lang::ALL.iter().map(|l| t(*l, "language-name")).collect();
        assert_eq!(names, ["Italiano", "Română", "العربية", "Shqip", "中文"]);
    }

    #[test]
    fn plurals_follow_the_count() {
        let count = |n: usize| t_args(Lang::It, "results-count", &[("count", n.into())]);
        assert_eq!(count(1), "1 servizio trovato");
        assert_eq!(count(7), "\u{2068}7\u{2069} servizi trovati", "placeables are bidi-isolated");
    }

    #[test]
    fn lists_use_each_language_separator() {
        let items = ["a".to_string(), "b".to_string()];
        assert_eq!(join(Lang::It, &items), "a, b");
        assert_eq!(join(Lang::Ar, &items), "a، b");
        assert_eq!(join(Lang::Zh, &items), "a、b");
    }

    #[test]
    fn partial_dates_are_spelled_out() {
        assert_eq!(format_partial_date(Lang::It, "2025-05"), "maggio 2025");
        assert_eq!(format_partial_date(Lang::It, "2009-11-06"), "6 novembre 2009");
        assert_eq!(format_partial_date(Lang::It, "1997"), "1997");
        assert_eq!(format_partial_date(Lang::It, "2025-13"), "2025-13");
    }
}
