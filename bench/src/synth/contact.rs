//! Contact details that look like the real ones: phone numbers in the region's numbering
//! and web and e-mail domains made from an organisation's name.

use super::tables::{Region, TABLES};
use portineria_tests::rng::Rng;

/// A landline of one of the region's districts (seven in ten) or a mobile number, ten digits
/// written as Italians write them.
pub fn phone_number(rng: &mut Rng, region: &Region) -> String {
    if rng.chance(70) {
        let prefix = rng.pick(&region.prefixes);
        let digits = 10 - prefix.len();
        let first = rng.range(1, 9);
        let rest = rng.below(10usize.pow(digits as u32 - 1));
        format!("{prefix} {first}{rest:0width$}", width = digits - 1)
    } else {
        format!("{} {:07}", rng.pick(&TABLES.places.mobile_prefixes), rng.below(10_000_000))
    }
}

/// Lowercase ASCII letters and digits of a name (accents dropped), for domains and paths.
pub fn ascii_compact(s: &str) -> String {
    s.chars()
        .filter_map(|c| match c.to_ascii_lowercase() {
            c @ ('a'..='z' | '0'..='9') => Some(c),
            'à' | 'á' | 'À' => Some('a'),
            'è' | 'é' | 'È' => Some('e'),
            'ì' | 'í' => Some('i'),
            'ò' | 'ó' => Some('o'),
            'ù' | 'ú' => Some('u'),
            _ => None,
        })
        .collect()
}
