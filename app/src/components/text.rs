//! Showing translated content honestly: machine translations and Italian fallbacks are
//! marked, an outdated translation shows the Italian as it is now, and numbers inside a
//! text (phones, years, hours) are isolated so right-to-left text cannot reorder them.

use crate::i18n::t;
use crate::lang::Lang;
use crate::model::{Text, TranslationStatus};
use leptos::either::Either;
use leptos::prelude::*;

/// The `lang` attribute a text needs: a fallback is Italian inside a page in another language,
/// so screen readers must read it as Italian.
pub fn text_lang(text: &Text, page: Lang) -> &'static str {
    if text.status == TranslationStatus::Fallback {
        Lang::It.code()
    } else {
        page.code()
    }
}

/// The `dir` attribute a text needs: an Italian fallback runs left to right even inside a
/// right-to-left page (else its full stop and brackets land at the wrong end).
pub fn text_dir(text: &Text, page: Lang) -> &'static str {
    if text.status == TranslationStatus::Fallback {
        Lang::It.dir()
    } else {
        page.dir()
    }
}

/// The runs of `text`, each saying whether it is a number: a phone number as written
/// ("06 67105360 – 5278"), a span of years ("2018-2020"), an hour ("17,30"). Inside Arabic
/// running text the bidirectional algorithm would lay out the groups of such a run right to
/// left ("5278 – 67105360 06"); each is shown isolated, left to right.
pub fn number_runs(text: &str) -> Vec<(&str, bool)> {
    const JOINERS: &[char] = &[' ', '-', '\u{2013}', '/', '.', ',', ':', '+'];
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut runs = Vec::new();
    let (mut i, mut plain_from) = (0, 0);
    while i < chars.len() {
        let starts_number = chars[i].1.is_ascii_digit()
            || (chars[i].1 == '+' && chars.get(i + 1).is_some_and(|(_, c)| c.is_ascii_digit()));
        if !starts_number {
            i += 1;
            continue;
        }
        // The run goes on through digits, and through joiners followed (after more joiners)
        // by a digit, so "9,00 alle" stops at the "0" and "2023." leaves its full stop out.
        let mut end = i + 1;
        let mut j = end;
        while j < chars.len() {
            let c = chars[j].1;
            if c.is_ascii_digit() {
                j += 1;
                end = j;
            } else if JOINERS.contains(&c) {
                j += 1;
            } else {
                break;
            }
        }
        let (start_byte, end_byte) = (chars[i].0, chars.get(end).map_or(text.len(), |(b, _)| *b));
        if plain_from < start_byte {
            runs.push((&text[plain_from..start_byte], false));
        }
        runs.push((&text[start_byte..end_byte], true));
        plain_from = end_byte;
        i = end;
    }
    if plain_from < text.len() {
        runs.push((&text[plain_from..], false));
    }
    runs
}

/// A text with its numbers isolated (see [`number_runs`]).
#[component]
pub fn Isolated(text: String) -> impl IntoView {
    number_runs(&text)
        .into_iter()
        .map(|(run, number)| {
            if number {
                Either::Left(view! { <bdi dir="ltr">{run.to_string()}</bdi> })
            } else {
                Either::Right(run.to_string())
            }
        })
        .collect_view()
}

/// Where a translation is outdated: a mark saying so, and the Italian as it is now beside
/// it (the translation may give old hours or phones). Nothing otherwise.
#[component]
pub fn OutdatedNote(text: Text, lang: Lang) -> impl IntoView {
    let italian = text.italian_now.filter(|_| text.status == TranslationStatus::Outdated);
    italian.map(|italian| {
        view! {
            <div class="translation-outdated" role="note">
                <p class="outdated-mark">{t(lang, "translation-outdated")}</p>
                <p class="italian-now">
                    <span class="hint">{t(lang, "translation-italian-now")}" "</span>
                    <span lang="it" dir="ltr"><Isolated text=italian/></span>
                </p>
            </div>
        }
    })
}

/// A line of text (a name, a summary) in an element of its own, its numbers isolated, with
/// the outdated note after it where needed.
#[component]
pub fn Line(text: Text, lang: Lang, #[prop(optional)] class: &'static str) -> impl IntoView {
    let (text_lang, dir) = (text_lang(&text, lang), text_dir(&text, lang));
    let shown = text.text.clone();
    view! {
        <p class=class lang=text_lang dir=dir><Isolated text=shown/></p>
        <OutdatedNote text lang/>
    }
}

/// A block of text split into paragraphs on blank lines, with a fallback note where needed.
#[component]
pub fn Paragraphs(text: Text, lang: Lang) -> impl IntoView {
    let (text_lang, dir) = (text_lang(&text, lang), text_dir(&text, lang));
    let fallback = text.status == TranslationStatus::Fallback;
    let paragraphs: Vec<String> =
        text.text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).map(String::from).collect();
    view! {
        <div class="prose" lang=text_lang dir=dir>
            {paragraphs.into_iter().map(|p| view! { <p><Isolated text=p/></p> }).collect_view()}
        </div>
        {fallback.then(|| view! { <p class="translation-note">{t(lang, "translation-fallback")}</p> })}
        <OutdatedNote text lang/>
    }
}

/// The note shown once on a page whose texts are machine-made, outdated or partly in Italian.
#[component]
pub fn TranslationNotice(status: TranslationStatus, lang: Lang) -> impl IntoView {
    let key = match status {
        TranslationStatus::Machine => Some("translation-machine"),
        TranslationStatus::Outdated => Some("translation-outdated-notice"),
        TranslationStatus::Fallback => Some("translation-fallback"),
        _ => None,
    };
    key.map(|key| view! { <p class="translation-notice" role="note">{t(lang, key)}</p> })
}

/// A website, e-mail address or phone number: a link on the public site; on a kiosk plain
/// text to note down, since a kiosk neither leaves the site nor calls or writes.
#[component]
pub fn Contact(href: String, text: String, #[prop(optional, into)] label: Option<String>) -> impl IntoView {
    if crate::components::frame::use_links().is_kiosk() {
        Either::Left(view! { <bdi class="contact">{text}</bdi> })
    } else {
        Either::Right(view! { <a class="contact" href=href rel="noopener" aria-label=label><bdi>{text}</bdi></a> })
    }
}

/// A page title made from data (a service's name). leptos_meta writes the server-rendered
/// `<title>` unescaped, so a name holding `</title>` would end the element early and could
/// inject markup: on the server the text is escaped here. In the browser the title is set
/// as plain text, so it stays as it is.
pub fn title_text(text: String) -> String {
    if cfg!(feature = "ssr") {
        escape_text(&text)
    } else {
        text
    }
}

/// Text made safe for where the HTML renderer writes it raw (a `<title>`, a `<textarea>`).
pub fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::number_runs;

    fn numbers(text: &str) -> Vec<&str> {
        number_runs(text).into_iter().filter(|(_, n)| *n).map(|(r, _)| r).collect()
    }

    #[test]
    fn phones_year_spans_and_hours_are_whole_runs() {
        assert_eq!(numbers("الهاتف 06 67105360 – 5278 من"), ["06 67105360 – 5278"]);
        assert_eq!(numbers("في 2018-2020، ثم"), ["2018-2020"]);
        assert_eq!(numbers("dalle 9,00 alle 17,30."), ["9,00", "17,30"]);
        assert_eq!(numbers("dal 1997 al 2023."), ["1997", "2023"]);
        assert_eq!(numbers("+39 011 123"), ["+39 011 123"]);
        assert!(numbers("nessun numero").is_empty());
    }

    #[test]
    fn the_runs_give_back_the_whole_text() {
        for text in ["a 1, b 2-3 c", "12", "x", "", "1 2 3 z", "٣ 4"] {
            assert_eq!(number_runs(text).into_iter().map(|(r, _)| r).collect::<String>(), text);
        }
    }
}
