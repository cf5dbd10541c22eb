//! Multilingual text fragments: a name or a sentence in each of the site's languages, with
//! placeholders, as the data files hold them. Filled in, they become the server's [`Texts`],
//! so the generator never builds a text that lacks a language.

use portineria::content::Texts;
use portineria_app::lang::Lang;
use serde::Deserialize;
use std::collections::BTreeMap;

/// A fragment in every language of [`Lang::ALL`] (the data files key it by language code;
/// one missing or unknown is an error when they are parsed). Placeholders such as `{comune}`
/// are filled in when the fragment is used.
#[derive(Clone, Debug, Deserialize)]
#[serde(try_from = "BTreeMap<String, String>")]
pub struct Fragment(BTreeMap<Lang, String>);

impl TryFrom<BTreeMap<String, String>> for Fragment {
    type Error = String;

    fn try_from(by_code: BTreeMap<String, String>) -> Result<Self, String> {
        let mut by_lang = BTreeMap::new();
        for (code, text) in by_code {
            let lang = Lang::from_path_segment(&code).ok_or_else(|| format!("unknown language {code:?}"))?;
            by_lang.insert(lang, text);
        }
        match Lang::ALL.into_iter().find(|lang| !by_lang.contains_key(lang)) {
            Some(lang) => Err(format!("no {} text beside {:?}", lang.code(), by_lang.get(&Lang::It))),
            None => Ok(Fragment(by_lang)),
        }
    }
}

impl Fragment {
    /// A fragment made language by language (the realistic corpus composes its templates'
    /// names this way).
    pub fn new(mut text: impl FnMut(Lang) -> String) -> Self {
        Fragment(Lang::ALL.into_iter().map(|lang| (lang, text(lang))).collect())
    }

    pub fn get(&self, lang: Lang) -> &str {
        &self.0[&lang]
    }

    /// The fragment's texts with each `(placeholder, value)` of `vars` filled in.
    pub fn fill(&self, vars: &[(&str, &str)]) -> Texts {
        texts(|lang| fill(self.get(lang), vars))
    }
}

/// `text` with each `(placeholder, value)` of `vars` filled in, in order.
pub fn fill(text: &str, vars: &[(&str, &str)]) -> String {
    vars.iter().fold(text.to_string(), |text, (placeholder, value)| text.replace(placeholder, value))
}

/// A text made language by language.
pub fn texts(mut text: impl FnMut(Lang) -> String) -> Texts {
    Texts(Lang::ALL.into_iter().map(|lang| (lang.code().to_string(), text(lang))).collect())
}

/// Sentences joined into one text per language; Chinese puts no space between sentences.
pub fn join(sentences: &[Texts]) -> Texts {
    texts(|lang| {
        let separator = if lang == Lang::Zh { "" } else { " " };
        sentences.iter().map(|s| s.0[lang.code()].as_str()).collect::<Vec<_>>().join(separator)
    })
}
