//! Albanian light stemming. Albanian marks definiteness, case and number with endings
//! (shtëpi, shtëpia, shtëpinë, shtëpitë), so a family typing any form must reach the same
//! term. Words arrive folded (ë → e, ç → c): people often type without those letters.

/// Endings stripped, longest first; at most two passes ("shtepine" → "shtepi" → "shtep").
const SUFFIXES: &[&str] = &[
    "ave", "eve", "ive", "ove", "uar", "ues", "ies", "ise", "ite", "ete", "tet", "ia", "ja", "je", "it", "in", "et",
    "at", "te", "ne", "ve", "ra", "ri", "ut", "en", "an", "es", "is", "im", "a", "e", "i", "u", "t",
];
/// A stem keeps at least this many letters.
const MIN_STEM: usize = 3;

pub fn light_stem(word: &str) -> String {
    let mut stem = word.to_string();
    for _ in 0..2 {
        let len = stem.chars().count();
        match SUFFIXES.iter().find(|s| stem.ends_with(*s) && len >= s.len() + MIN_STEM) {
            Some(suffix) => stem.truncate(stem.len() - suffix.len()),
            None => break,
        }
    }
    stem
}

#[cfg(test)]
mod tests {
    use super::light_stem;

    #[test]
    fn inflected_forms_meet() {
        // "house": indefinite, definite, accusative (words from the content, folded).
        assert_eq!(light_stem("shtepi"), light_stem("shtepia"));
        assert_eq!(light_stem("shtepi"), light_stem("shtepine"));
        // "dwelling": banesë, banesa, banesat, banesën.
        for form in ["banesa", "banesat", "banesen"] {
            assert_eq!(light_stem("banese"), light_stem(form), "{form}");
        }
        // "work": punë, punës, punësim (employment).
        assert_eq!(light_stem("pune"), light_stem("punes"));
        // "documents": dokumente, dokumentet.
        assert_eq!(light_stem("dokumente"), light_stem("dokumentet"));
    }

    #[test]
    fn short_words_stay() {
        assert_eq!(light_stem("per"), "per");
        assert_eq!(light_stem("kam"), "kam");
    }
}
