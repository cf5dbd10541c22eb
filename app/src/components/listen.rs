//! "Listen": the browser's own audio player on a service's essentials read aloud by the
//! server (`/{lang}/services/{id}/listen`), with a plain link to the file beside it. The
//! player loads nothing until pressed (`preload="none"`), and works without JavaScript.

use crate::i18n::t;
use crate::lang::Lang;
use crate::url;
use leptos::prelude::*;

#[component]
pub fn Listen(lang: Lang, id: String) -> impl IntoView {
    let audio = url::service_audio(lang, &id);
    view! {
        <section class="listen" aria-labelledby="listen-heading">
            <h2 id="listen-heading"><span aria-hidden="true">"🔊 "</span>{t(lang, "listen-label")}</h2>
            <audio controls preload="none" src=audio.clone() aria-labelledby="listen-heading"></audio>
            <p><a href=audio rel="external" type="audio/ogg">{t(lang, "listen-link")}</a></p>
        </section>
    }
}
