//! Text analysis per language, registered on the index by name (ARCHITECTURE.md §6).
//!
//! Every language folds case and diacritics (ș/ş → s, ț/ţ → t, à → a, ë → e, ç → c) and the
//! Arabic spelling variants, because families often type without them. The `Stem` mode then
//! drops function words and stems (Italian and Romanian with Snowball, Arabic and Albanian
//! with light stemmers); the `Fold` mode keeps whole words, for prefixes, spelling
//! suggestions and completions. Chinese, written without spaces, is segmented into words
//! with jieba, and every character of a longer word is indexed too, so a query segmented
//! differently from the text still meets it.

use super::{albanian, arabic};
use jieba_rs::Jieba;
use portineria_app::lang::Lang;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;
use tantivy::tokenizer::{Token, TokenStream, Tokenizer};
use tantivy::Index;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Stemmed, without function words: the fields searched for relevance.
    Stem,
    /// Folded whole words: prefixes, "did you mean", completions.
    Fold,
}

/// Longer "words" are noise (URLs, codes) and would bloat the term dictionary.
const MAX_WORD_CHARS: usize = 40;

pub fn name(lang: Lang, mode: Mode) -> &'static str {
    match (lang, mode) {
        (Lang::It, Mode::Stem) => "it",
        (Lang::Ro, Mode::Stem) => "ro",
        (Lang::Ar, Mode::Stem) => "ar",
        (Lang::Sq, Mode::Stem) => "sq",
        (Lang::Zh, Mode::Stem) => "zh",
        (Lang::Zh, Mode::Fold) => "zh_fold",
        (Lang::Ar, Mode::Fold) => "ar_fold",
        // Folding does not depend on the language but for Chinese and the Arabic article.
        (_, Mode::Fold) => "fold",
    }
}

pub fn register(index: &Index) {
    for lang in Lang::ALL {
        for mode in [Mode::Stem, Mode::Fold] {
            index.tokenizers().register(name(lang, mode), Analyzer::new(lang, mode));
        }
    }
}

/// A term with its position in the text (positions count every word, dropped ones too,
/// so phrases keep their gaps).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnalyzedTerm {
    pub position: usize,
    pub text: String,
}

/// Analyses `text` as the index does for `lang`'s fields in `mode`.
pub fn analyze(lang: Lang, mode: Mode, text: &str) -> Vec<AnalyzedTerm> {
    if lang == Lang::Zh {
        return chinese(mode, text);
    }
    words(text)
        .enumerate()
        .filter_map(|(position, word)| Some(AnalyzedTerm { position, text: term(lang, mode, word)? }))
        .collect()
}

/// The term a word of a text in `lang` is indexed as in `mode`, if any: none for Chinese
/// words (the Chinese fields have them), function words and overlong "words".
fn term(lang: Lang, mode: Mode, word: &str) -> Option<String> {
    if word.chars().all(is_cjk) {
        return None;
    }
    let folded = fold(word);
    if folded.is_empty() || folded.chars().count() > MAX_WORD_CHARS {
        return None;
    }
    Some(match mode {
        Mode::Fold if lang == Lang::Ar => arabic::strip_article(&folded),
        Mode::Fold => folded,
        Mode::Stem if is_stop_word(lang, &folded) => return None,
        Mode::Stem => stem(lang, &folded),
    })
}

/// Lower case, no diacritics, Arabic variants unified. Plain ASCII, most of the words
/// indexed, only needs lower-casing (the full path is a third of an index build's analysis).
pub fn fold(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    let stripped: String = word.nfd().filter(|c| !is_combining_mark(*c)).flat_map(char::to_lowercase).collect();
    arabic::normalize(&stripped)
}

/// Letters and digits of any script. The common scripts are checked first: the general
/// Unicode lookup was a twentieth of a rebuild.
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}')
        || is_cjk(c)
        || c.is_alphanumeric()
        || is_combining_mark(c)
        || c == '\u{0640}'
}

/// Runs of letters and digits (with their combining marks, so "s\u{0326}" or harakat stay
/// inside the word they belong to).
type Words<'a> = std::iter::Filter<std::str::Split<'a, fn(char) -> bool>, fn(&&'a str) -> bool>;

/// The [`Words`] of `text`.
fn words(text: &str) -> Words<'_> {
    text.split((|c| !is_word_char(c)) as fn(char) -> bool).filter((|w: &&str| !w.is_empty()) as fn(&&str) -> bool)
}

pub fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2A6DF)
}

fn stem(lang: Lang, folded: &str) -> String {
    match lang {
        Lang::It => frostem::Stemmer::new(frostem::Algorithm::Italian).stem(folded).into_owned(),
        Lang::Ro => frostem::Stemmer::new(frostem::Algorithm::Romanian).stem(folded).into_owned(),
        Lang::Ar => arabic::light_stem(folded),
        Lang::Sq => albanian::light_stem(folded),
        Lang::Zh => folded.to_string(),
    }
}

/// Function words, folded, that match nearly every text and would only slow searches down
/// ("ho bisogno di un avvocato" is about the lawyer). Words a service could be about stay.
fn stop_words(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::It => &[
            "a", "ad", "al", "allo", "ai", "agli", "all", "alla", "alle", "con", "col", "da", "dal", "dallo", "dai",
            "dagli", "dall", "dalla", "dalle", "di", "del", "dello", "dei", "degli", "dell", "della", "delle", "in",
            "nel", "nello", "nei", "negli", "nell", "nella", "nelle", "su", "sul", "sullo", "sui", "sugli", "sull",
            "sulla", "sulle", "per", "tra", "fra", "il", "lo", "la", "i", "gli", "le", "l", "un", "uno", "una", "e",
            "ed", "o", "che", "chi", "mi", "ti", "si", "ci", "vi", "ne", "non", "ho", "ha", "hanno", "sono", "come",
            "dove", "quando", "anche", "ma", "mio", "mia", "miei", "mie", "suo", "sua", "cerco", "vorrei", "bisogno",
            "devo", "posso", "qualcuno",
        ],
        Lang::Ro => &[
            "a", "al", "ale", "ai", "in", "la", "de", "din", "pe", "cu", "si", "sau", "un", "o", "unei", "unui",
            "este", "e", "sunt", "am", "are", "au", "pentru", "care", "ce", "ca", "mai", "nu", "se", "sa", "ma", "eu",
            "meu", "mea", "caut", "vreau", "nevoie", "unde", "cum", "imi", "mi",
        ],
        Lang::Sq => &[
            "e", "te", "i", "dhe", "ne", "per", "me", "nga", "se", "si", "qe", "nje", "jam", "kam", "ka", "u", "ku",
            "a", "o", "une", "kerkoj", "dua", "nevoje", "mund", "im", "ime",
        ],
        Lang::Ar => &[
            "في",
            "من",
            "الي",
            "علي",
            "عن",
            "مع",
            "و",
            "او",
            "ان",
            "هذا",
            "هذه",
            "ذلك",
            "التي",
            "الذي",
            "هو",
            "هي",
            "انا",
            "اريد",
            "ابحث",
            "ما",
            "لا",
            "كيف",
            "اين",
            "هل",
            "لي",
            "عند",
            "كل",
            "ثم",
            "احتاج",
        ],
        Lang::Zh => &[
            "的", "了", "在", "是", "我", "和", "与", "及", "或", "吗", "呢", "想", "要", "需要", "找", "哪里", "怎么",
            "请",
        ],
    }
}

fn is_stop_word(lang: Lang, folded: &str) -> bool {
    stop_words(lang).contains(&folded)
}

/// Whether a typed word is a function word in any of the languages: such a word never has
/// to be matched (queries mix languages, "la" is no topic in Italian or Romanian).
pub fn is_function_word(word: &str) -> bool {
    let folded = fold(word);
    Lang::ALL.into_iter().any(|lang| is_stop_word(lang, &folded))
}

/// The words of a query as a person meant them: runs of letters, with Chinese runs
/// segmented into words by jieba. Each must be found (in some language, field or form)
/// for a service to match all of the query.
pub fn query_words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for word in words(text) {
        if word.chars().any(is_cjk) {
            out.extend(
                jieba()
                    .cut(word, true)
                    .into_iter()
                    .map(|t| t.word)
                    .filter(|w| w.chars().any(is_word_char))
                    .map(str::to_string),
            );
        } else {
            out.push(word.to_string());
        }
    }
    out
}

fn jieba() -> &'static Jieba {
    static JIEBA: OnceLock<Jieba> = OnceLock::new();
    JIEBA.get_or_init(Jieba::new)
}

/// Jieba's search-mode words (long words also as their sub-words), each CJK word of two or
/// more characters followed by its single characters; Latin words inside Chinese text are
/// folded like everywhere else.
fn chinese(mode: Mode, text: &str) -> Vec<AnalyzedTerm> {
    let mut out = Vec::new();
    if !text.chars().any(is_cjk) {
        // Nothing to segment: Latin words as everywhere else, without the cost of jieba.
        for (position, word) in words(text).enumerate() {
            let folded = fold(word);
            if folded.chars().count() <= MAX_WORD_CHARS {
                out.push(AnalyzedTerm { position: position + 1, text: folded });
            }
        }
        return out;
    }
    let mut position = 0;
    for token in jieba().cut_for_search(text, true) {
        let word = token.word;
        if !word.chars().any(is_word_char) {
            continue;
        }
        position += 1;
        if !word.chars().any(is_cjk) {
            let folded = fold(word);
            if !folded.is_empty() && folded.chars().count() <= MAX_WORD_CHARS {
                out.push(AnalyzedTerm { position, text: folded });
            }
            continue;
        }
        if mode == Mode::Stem && is_stop_word(Lang::Zh, word) {
            continue;
        }
        out.push(AnalyzedTerm { position, text: word.to_string() });
        if word.chars().count() > 1 {
            out.extend(word.chars().filter(|c| is_cjk(*c)).map(|c| AnalyzedTerm { position, text: c.to_string() }));
        }
    }
    out
}

/// The tantivy face of [`analyze`]. Each indexing thread has its own, and it remembers the
/// terms of the words it has seen: texts repeat most of their words (a category's keywords
/// come with every service in it), and folding and stemming were most of a rebuild's
/// analysis.
#[derive(Clone)]
pub struct Analyzer {
    lang: Lang,
    mode: Mode,
    /// Word → its place in `terms`.
    seen: FxHashMap<Box<str>, u32>,
    terms: Vec<Option<Box<str>>>,
}

/// How many words an [`Analyzer`] remembers before it starts again: a few megabytes, more
/// than the distinct words of a typical directory in one language.
const REMEMBERED_WORDS: usize = 100_000;

impl Analyzer {
    fn new(lang: Lang, mode: Mode) -> Self {
        Self { lang, mode, seen: FxHashMap::default(), terms: Vec::new() }
    }

    /// [`term`], remembered.
    fn term(&mut self, word: &str) -> Option<&str> {
        let place = match self.seen.get(word) {
            Some(place) => *place,
            None => {
                if self.terms.len() >= REMEMBERED_WORDS {
                    self.seen.clear();
                    self.terms.clear();
                }
                self.terms.push(term(self.lang, self.mode, word).map(Box::from));
                let place = (self.terms.len() - 1) as u32;
                self.seen.insert(word.into(), place);
                place
            }
        };
        self.terms[place as usize].as_deref()
    }
}

/// The terms of one text. Words are analysed as the indexer asks for them, into one reused
/// token, so indexing allocates nothing per word; Chinese is segmented beforehand.
pub enum Tokens<'a> {
    Words {
        analyzer: &'a mut Analyzer,
        /// The text's words with their positions (dropped ones count too, as in [`analyze`]).
        words: std::iter::Enumerate<Words<'a>>,
        token: Token,
    },
    Segmented {
        tokens: Vec<Token>,
        next: usize,
    },
}

impl Tokenizer for Analyzer {
    type TokenStream<'a> = Tokens<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Tokens<'a> {
        if self.lang == Lang::Zh {
            let tokens = chinese(self.mode, text)
                .into_iter()
                .map(|t| Token { position: t.position, text: t.text, ..Token::default() })
                .collect();
            return Tokens::Segmented { tokens, next: 0 };
        }
        Tokens::Words { analyzer: self, words: words(text).enumerate(), token: Token::default() }
    }
}

impl TokenStream for Tokens<'_> {
    fn advance(&mut self) -> bool {
        match self {
            Tokens::Words { analyzer, words, token } => {
                for (position, word) in words.by_ref() {
                    if let Some(term) = analyzer.term(word) {
                        token.text.clear();
                        token.text.push_str(term);
                        token.position = position;
                        return true;
                    }
                }
                false
            }
            Tokens::Segmented { tokens, next } => {
                *next += 1;
                *next <= tokens.len()
            }
        }
    }

    fn token(&self) -> &Token {
        match self {
            Tokens::Words { token, .. } => token,
            Tokens::Segmented { tokens, next } => &tokens[*next - 1],
        }
    }

    fn token_mut(&mut self) -> &mut Token {
        match self {
            Tokens::Words { token, .. } => token,
            Tokens::Segmented { tokens, next } => &mut tokens[*next - 1],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(lang: Lang, mode: Mode, text: &str) -> Vec<String> {
        analyze(lang, mode, text).into_iter().map(|t| t.text).collect()
    }

    fn same(lang: Lang, a: &str, b: &str) {
        assert_eq!(terms(lang, Mode::Stem, a), terms(lang, Mode::Stem, b), "{a} / {b}");
    }

    #[test]
    fn italian_folds_and_stems() {
        same(Lang::It, "Città", "citta");
        same(Lang::It, "permesso di soggiorno", "Permessi di soggiorno");
        same(Lang::It, "mediazione", "mediazioni");
        same(Lang::It, "lavoro", "lavori");
        assert_eq!(terms(Lang::It, Mode::Stem, "ho bisogno di un avvocato"), terms(Lang::It, Mode::Stem, "avvocato"));
    }

    #[test]
    fn romanian_unifies_cedilla_and_comma_below() {
        // ş (cedilla, U+015F) and ș (comma below, U+0219) are the same letter to a reader.
        same(Lang::Ro, "\u{015F}edere", "\u{0219}edere");
        same(Lang::Ro, "\u{0163}ar\u{0103}", "\u{021B}ar\u{0103}");
        same(Lang::Ro, "locuință", "locuinta");
        same(Lang::Ro, "locuințe", "locuinta");
        same(Lang::Ro, "cetățenie", "cetatenia");
        // Decomposed input (s + combining comma below) folds the same way.
        same(Lang::Ro, "s\u{0326}coala", "școală");
    }

    #[test]
    fn arabic_normalises_and_stems() {
        same(Lang::Ar, "الإقامة", "اقامه");
        same(Lang::Ar, "مُسَاعَدَة", "مساعدة");
        same(Lang::Ar, "المدرسة", "مدرسة");
        assert!(terms(Lang::Ar, Mode::Stem, "أبحث عن عمل") == terms(Lang::Ar, Mode::Stem, "عمل"));
    }

    #[test]
    fn albanian_folds_and_strips_endings() {
        same(Lang::Sq, "banesë", "banesa");
        same(Lang::Sq, "Çështje", "ceshtje");
        same(Lang::Sq, "shtëpia", "shtepi");
        same(Lang::Sq, "dokumentet", "dokumente");
    }

    #[test]
    fn chinese_is_segmented_with_character_fallback() {
        let t = terms(Lang::Zh, Mode::Stem, "帮助找房子");
        assert!(t.contains(&"房子".to_string()), "{t:?}");
        assert!(t.contains(&"房".to_string()), "{t:?}");
        assert!(!t.contains(&"找".to_string()), "stop word kept: {t:?}");
        // Latin words inside Chinese text are folded.
        assert!(terms(Lang::Zh, Mode::Stem, "STP 医疗卡").contains(&"stp".to_string()));
    }

    #[test]
    fn folding_keeps_whole_words() {
        assert_eq!(terms(Lang::It, Mode::Fold, "Mediazione, l'abitare"), ["mediazione", "l", "abitare"]);
        assert_eq!(terms(Lang::Ro, Mode::Fold, "Locuință"), ["locuinta"]);
        // Completions for Arabic match with or without the article.
        assert_eq!(terms(Lang::Ar, Mode::Fold, "الوساطة"), terms(Lang::Ar, Mode::Fold, "وساطة"));
    }

    #[test]
    fn queries_split_into_words_chinese_too() {
        assert_eq!(query_words("corso, di italiano!"), ["corso", "di", "italiano"]);
        assert_eq!(query_words("找工作"), ["找", "工作"]);
        assert!(is_function_word("di") && is_function_word("Și") && !is_function_word("casa"));
    }

    #[test]
    fn cjk_words_are_left_to_the_chinese_fields() {
        assert!(terms(Lang::It, Mode::Stem, "住房").is_empty());
    }

    #[test]
    fn the_indexer_sees_what_analyze_says() {
        let texts = [
            "Permessi di soggiorno, l'abitare: città e lavoro per tutti",
            "Locuință și ajutor pentru cetățenie; locuințe",
            "مُسَاعَدَة في الإقامة والمدرسة، مساعدة",
            "Çështje banesë dhe shtëpia për dokumentet",
            "帮助找房子 STP 医疗卡",
            "",
            "!!! ???",
        ];
        for lang in Lang::ALL {
            for mode in [Mode::Stem, Mode::Fold] {
                let mut analyzer = Analyzer::new(lang, mode);
                // Twice: the second pass comes from the remembered words.
                for text in texts.iter().chain(&texts) {
                    let mut stream = analyzer.token_stream(text);
                    let mut seen = Vec::new();
                    while stream.advance() {
                        let t = stream.token();
                        seen.push(AnalyzedTerm { position: t.position, text: t.text.clone() });
                    }
                    assert_eq!(seen, analyze(lang, mode, text), "{lang:?} {mode:?} {text}");
                }
            }
        }
    }

    #[test]
    fn anything_at_all_analyses_without_panic() {
        for text in ["", "   ", "\u{0}\u{1f}", "!!!???", "a".repeat(10_000).as_str(), "ﷺ ﷽ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 👍🏽", "\u{202E}abc"]
        {
            for lang in Lang::ALL {
                let _ = analyze(lang, Mode::Stem, text);
                let _ = analyze(lang, Mode::Fold, text);
            }
        }
    }
}
