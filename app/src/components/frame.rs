//! The frame around every page: `<html lang dir>`, skip link, header with the language
//! switcher, main landmark and footer.

use crate::components::urgent::{LegalLinks, UrgentHelp};
use crate::i18n::t;
use crate::lang::Lang;
use crate::url::{self, Links};
use leptos::prelude::*;
use leptos_meta::Html;
use leptos_router::hooks::use_location;

/// The language of the page being rendered, provided by the route layout.
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or(Lang::It)
}

/// The link builder of the page being rendered (public site or kiosk), provided by the
/// route layout.
pub fn use_links() -> Links {
    use_context::<Links>().unwrap_or_else(|| Links::public(use_lang()))
}

#[component]
pub fn Frame(lang: Lang, children: Children) -> impl IntoView {
    view! {
        <Html {..} lang=lang.code() dir=lang.dir()/>
        <a class="skip-link" href="#main">{t(lang, "skip-to-content")}</a>
        <header class="site-header">
            <a class="brand" href=use_links().home()>
                <span class="brand-mark" aria-hidden="true">"P"</span>
                <span class="brand-text">
                    <span class="brand-name">{t(lang, "site-name")}</span>
                    <span class="brand-tagline">{t(lang, "site-tagline")}</span>
                </span>
            </a>
            <LanguageSwitcher lang/>
        </header>
        <main id="main" tabindex="-1">{children()}</main>
        <footer class="site-footer">
            <UrgentHelp lang/>
            <p>{t(lang, "footer-about")}</p>
            <p>{t(lang, "footer-privacy")}</p>
            <p>{t(lang, "footer-translations")}</p>
            <LegalLinks lang links=use_links()/>
        </footer>
    }
}

/// Links to the same page in each language, each named in its own language and script.
/// They load a full page (`rel="external"`) so the whole document changes language and direction.
#[component]
fn LanguageSwitcher(lang: Lang) -> impl IntoView {
    let location = use_location();
    let here = move || {
        let search = location.search.get();
        let path = location.pathname.get();
        if search.is_empty() {
            path
        } else {
            format!("{path}?{search}")
        }
    };
    view! {
        <nav class="language-switcher" aria-label=t(lang, "language-switcher-label")>
            <ul>
                {Lang::ALL
                    .into_iter()
                    .map(|other| {
                        let current = (other == lang).then_some("page");
                        view! {
                            <li>
                                <a
                                    href=move || url::switch_language(&here(), other)
                                    hreflang=other.code()
                                    lang=other.code()
                                    dir=other.dir()
                                    rel="external"
                                    aria-current=current
                                >
                                    {t(other, "language-name")}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
