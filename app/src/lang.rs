//! The five languages Portineria speaks, and how a request's language is chosen.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A language of the site. Italian is the source language of all content.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Italian: the source language of the content.
    #[default]
    It,
    Ro,
    Ar,
    Sq,
    Zh,
}

impl Lang {
    /// Every language, in the order the language switcher shows them.
    pub const ALL: [Lang; 5] = [Lang::It, Lang::Ro, Lang::Ar, Lang::Sq, Lang::Zh];

    /// Its place in [`Lang::ALL`], for tables with one entry per language.
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::It => "it",
            Lang::Ro => "ro",
            Lang::Ar => "ar",
            Lang::Sq => "sq",
            Lang::Zh => "zh",
        }
    }

    /// Parses a language code such as `ro`, `ro-RO` or `zh-Hans-CN` (case-insensitive).
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The language of a URL's first segment: exactly one of our codes, nothing else.
    pub fn from_path_segment(segment: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == segment)
    }

    /// Text direction, for `<html dir>`: Arabic is written right to left.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// Chooses the best language from an `Accept-Language` header, honouring q-values;
    /// `None` when the header names none of ours.
    pub fn negotiate(accept_language: &str) -> Option<Lang> {
        let mut best: Option<(f32, usize, Lang)> = None;
        for (position, part) in accept_language.split(',').enumerate() {
            let mut pieces = part.split(';');
            let tag = pieces.next().unwrap_or("").trim();
            let quality = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            let Some(lang) = Lang::from_code(tag) else {
                continue;
            };
            if quality <= 0.0 {
                continue;
            }
            let better = match best {
                None => true,
                Some((q, pos, _)) => quality > q || (quality == q && position < pos),
            };
            if better {
                best = Some((quality, position, lang));
            }
        }
        best.map(|(_, _, lang)| lang)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_knows_its_place_in_all() {
        for (place, lang) in Lang::ALL.into_iter().enumerate() {
            assert_eq!(lang.index(), place, "{lang:?}");
        }
    }

    #[test]
    fn parses_codes_with_regions() {
        assert_eq!(Lang::from_code("ro-RO"), Some(Lang::Ro));
        assert_eq!(Lang::from_code("ZH_hans"), Some(Lang::Zh));
        assert_eq!(Lang::from_code("en"), None);
        assert_eq!(Lang::from_code(""), None);
    }

    #[test]
    fn negotiates_by_quality_then_order() {
        assert_eq!(Lang::negotiate("en-US,en;q=0.9,ar;q=0.8,it;q=0.7"), Some(Lang::Ar));
        assert_eq!(Lang::negotiate("sq, zh;q=0.9"), Some(Lang::Sq));
        assert_eq!(Lang::negotiate("de;q=1, ro;q=0"), None);
        assert_eq!(Lang::negotiate("garbage;;;q=abc"), None);
    }

    #[test]
    fn arabic_is_right_to_left() {
        assert_eq!(Lang::Ar.dir(), "rtl");
        assert!(Lang::ALL.iter().filter(|l| l.dir() == "rtl").count() == 1);
    }
}
