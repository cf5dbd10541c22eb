//! Showing translated content honestly: machine translations and Italian fallbacks are marked.

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

/// A block of text split into paragraphs on blank lines, with a fallback note where needed.
#[component]
pub fn Paragraphs(text: Text, lang: Lang) -> impl IntoView {
    let text_lang = text_lang(&text, lang);
    let dir = if text_lang == "it" { "ltr" } else { lang.dir() };
    let fallback = text.status == TranslationStatus::Fallback;
    view! {
        <div class="prose" lang=text_lang dir=dir>
            {text
                .text
                .split("\n\n")
                .filter(|p| !p.trim().is_empty())
                .map(|p| view! { <p>{p.trim().to_string()}</p> })
                .collect_view()}
        </div>
        {fallback.then(|| view! { <p class="translation-note">{t(lang, "translation-fallback")}</p> })}
    }
}

/// The note shown once on a page whose texts are machine-made or partly in Italian.
#[component]
pub fn TranslationNotice(status: TranslationStatus, lang: Lang) -> impl IntoView {
    let key = match status {
        TranslationStatus::Machine => Some("translation-machine"),
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
