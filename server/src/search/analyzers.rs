//! Text analysis per language, registered on the index by name. Latin-script languages fold
//! case and diacritics (ș/ş → s, ț/ţ → t, à → a, ë → e); Chinese, written without spaces,
//! is indexed as single characters and character pairs.

use portineria_app::lang::Lang;
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, NgramTokenizer, RemoveLongFilter, SimpleTokenizer, TextAnalyzer,
};
use tantivy::Index;

pub fn name(lang: Lang) -> &'static str {
    match lang {
        Lang::It => "portineria_it",
        Lang::Ro => "portineria_ro",
        Lang::Ar => "portineria_ar",
        Lang::Sq => "portineria_sq",
        Lang::Zh => "portineria_zh",
    }
}

fn analyzer(lang: Lang) -> TextAnalyzer {
    match lang {
        Lang::Zh => TextAnalyzer::builder(NgramTokenizer::new(1, 2, false).expect("1..=2 is a valid n-gram range"))
            .filter(LowerCaser)
            .build(),
        _ => TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(40))
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter)
            .build(),
    }
}

pub fn register(index: &Index) {
    for lang in Lang::ALL {
        index.tokenizers().register(name(lang), analyzer(lang));
    }
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2A6DF)
}

/// Whether a query should be run against a language's fields: the character n-grams of the
/// Chinese fields would match any Latin text letter by letter, so only CJK queries use them.
pub fn applies(lang: Lang, text: &str) -> bool {
    lang != Lang::Zh || text.chars().any(is_cjk)
}

/// The terms `text` becomes under `lang`'s analyzer, without duplicates.
pub fn tokens(index: &Index, lang: Lang, text: &str) -> Vec<String> {
    let mut analyzer = index.tokenizers().get(name(lang)).unwrap_or_else(|| analyzer(lang));
    let mut stream = analyzer.token_stream(text);
    let mut out: Vec<String> = Vec::new();
    while let Some(token) = stream.next() {
        if !out.contains(&token.text) {
            out.push(token.text.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens_of(lang: Lang, text: &str) -> Vec<String> {
        let mut analyzer = analyzer(lang);
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while let Some(t) = stream.next() {
            out.push(t.text.clone());
        }
        out
    }

    #[test]
    fn latin_languages_fold_case_and_diacritics() {
        assert_eq!(tokens_of(Lang::Ro, "Locuință ŞI Ședere"), ["locuinta", "si", "sedere"]);
        assert_eq!(tokens_of(Lang::Sq, "Banesë, Çështje"), ["banese", "ceshtje"]);
        assert_eq!(tokens_of(Lang::It, "Città: perché?"), ["citta", "perche"]);
    }

    #[test]
    fn chinese_is_split_into_characters_and_pairs() {
        let t = tokens_of(Lang::Zh, "住房");
        assert!(t.contains(&"住".to_string()) && t.contains(&"住房".to_string()));
        assert!(applies(Lang::Zh, "找 住房") && !applies(Lang::Zh, "casa"));
    }
}
