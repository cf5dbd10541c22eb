//! Arabic as people type it: with or without harakat, any alef form, taa marbuta written as
//! haa, words glued to "and", "the", "with" … Normalisation and light stemming (after
//! Larkey's Light10) make all those spellings meet on one term.

/// Folds the spelling variants: alef forms to bare alef, taa marbuta to haa, alef maqsura to
/// yaa, Arabic-Indic digits to ASCII; drops tatweel and harakat.
pub fn normalize(word: &str) -> String {
    word.chars()
        .filter_map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => Some('ا'),
            'ة' => Some('ه'),
            'ى' => Some('ي'),
            '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}' => None,
            '٠'..='٩' => char::from_digit(c as u32 - '٠' as u32, 10),
            _ => Some(c),
        })
        .collect()
}

/// Prefixes glued to a word: "and", the article with its particles. Longest first.
const PREFIXES: [&str; 6] = ["وال", "بال", "كال", "فال", "لل", "ال"];
/// Suffixes of number, gender and pronouns (taa marbuta is already haa). Longest first.
const SUFFIXES: [&str; 8] = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"];

/// Strips one article (with its particle), keeping at least two letters: what a person
/// typing the start of a word may or may not have typed ("الوساطة" / "وساطة").
pub fn strip_article(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    strip_prefix(chars).into_iter().collect()
}

fn strip_prefix(mut chars: Vec<char>) -> Vec<char> {
    for prefix in PREFIXES {
        let p: Vec<char> = prefix.chars().collect();
        if chars.len() >= p.len() + 2 && chars.starts_with(&p) {
            chars.drain(..p.len());
            break;
        }
    }
    chars
}

/// Light stemming of a normalised word: strips one "and", one article, then suffixes, keeping
/// at least two letters so short words survive.
pub fn light_stem(word: &str) -> String {
    let mut chars: Vec<char> = word.chars().collect();
    if chars.len() >= 4 && chars[0] == 'و' {
        chars.remove(0);
    }
    let mut chars = strip_prefix(chars);
    for suffix in SUFFIXES {
        let s: Vec<char> = suffix.chars().collect();
        if chars.len() >= s.len() + 2 && chars.ends_with(&s) {
            chars.truncate(chars.len() - s.len());
        }
    }
    chars.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stem(word: &str) -> String {
        light_stem(&normalize(word))
    }

    #[test]
    fn spelling_variants_meet() {
        assert_eq!(normalize("إقامة"), normalize("اقامه"));
        assert_eq!(normalize("مُسَاعَدَة"), "مساعده");
        assert_eq!(normalize("مـــدرسة"), "مدرسه");
        assert_eq!(normalize("إلى"), "الي");
        assert_eq!(normalize("٠٦١٢"), "0612");
    }

    #[test]
    fn articles_and_suffixes_are_stripped() {
        // "the residence", "residence", "and the residence" (words from the content).
        assert_eq!(stem("الإقامة"), stem("إقامة"));
        assert_eq!(stem("والإقامة"), stem("إقامة"));
        // "the school" / "school" / "schools".
        assert_eq!(stem("المدرسة"), stem("مدرسة"));
        // "and the school".
        assert_eq!(stem("والمدرسة"), stem("مدرسة"));
        // "housing": with the article, and with the preposition bi- + article.
        assert_eq!(stem("بالسكن"), stem("سكن"));
        assert_eq!(stem("سكن"), "سكن");
    }

    #[test]
    fn short_words_keep_their_letters() {
        assert_eq!(stem("ال"), "ال");
        assert_eq!(stem("في"), "في");
    }
}
