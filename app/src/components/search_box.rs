//! The search form: a plain GET form (works without JavaScript) that an island enhances.
//! Once hydrated it offers completions as the person types (categories and service names
//! in their language), following the WAI-ARIA combobox pattern: arrow keys move through
//! the list, Enter opens the chosen one, Escape closes it; each option is also a link.
//! The island gets its words as properties, so no message catalogue reaches the browser.

use crate::components::frame::use_links;
use crate::directory::suggest;
use crate::i18n::t;
use crate::lang::Lang;
use crate::model::Suggestion;
use crate::url::Links;
use leptos::ev::KeyboardEvent;
use leptos::leptos_dom::helpers::{set_timeout_with_handle, TimeoutHandle};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::time::Duration;

/// Wait this long after the last keystroke before asking for completions.
const DEBOUNCE: Duration = Duration::from_millis(200);
/// Fewer characters than this get no completions.
const MIN_CHARS: usize = 2;

fn suggestion_href(links: Links, s: &Suggestion) -> String {
    match &s.category {
        Some(slug) => links.search(&[("category", slug)]),
        None => links.search(&[("q", &s.text)]),
    }
}

/// A kiosk's desk and visit as hidden fields of a search form: its results keep putting
/// local services first, and the visit (its idle reset) goes on.
#[component]
pub fn KioskFields(links: Links) -> impl IntoView {
    let desk = links.desk().map(|d| view! { <input type="hidden" name="desk" value=d.as_str().to_string()/> });
    let visit = links.visit().map(|v| view! { <input type="hidden" name="visit" value=v.as_str().to_string()/> });
    view! {
        {desk}
        {visit}
    }
}

/// The search box's words in the page's language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SearchWords {
    label: String,
    placeholder: String,
    hint: String,
    button: String,
    suggestions: String,
    category: String,
}

impl SearchWords {
    fn new(lang: Lang) -> Self {
        Self {
            label: t(lang, "search-label"),
            placeholder: t(lang, "search-placeholder"),
            hint: t(lang, "search-hint"),
            button: t(lang, "search-button"),
            suggestions: t(lang, "suggestions-label"),
            category: t(lang, "suggestion-category"),
        }
    }
}

/// The search box of the page being rendered (its site's links, its language's words).
#[component]
pub fn SearchBox(lang: Lang, #[prop(into, optional)] query: String, #[prop(optional)] large: bool) -> impl IntoView {
    view! { <SearchCombobox links=use_links() query large words=SearchWords::new(lang)/> }
}

/// The island: the form, and the completions once hydrated.
#[island]
fn SearchCombobox(links: Links, query: String, large: bool, words: SearchWords) -> impl IntoView {
    let lang = links.lang;
    let action = links.search_action();
    let class = if large { "search-box search-box-large" } else { "search-box" };
    let items = RwSignal::new(Vec::<Suggestion>::new());
    let active = RwSignal::new(None::<usize>);
    let open = RwSignal::new(false);
    let pending = StoredValue::new(None::<TimeoutHandle>);
    // Answers can arrive out of order: only the latest request's answer is shown.
    let latest = StoredValue::new(0_u64);
    let list = move || items.get();
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(
            move || {
                // The box may be gone (the person navigated away): then nothing to do.
                let Some(request) = latest.try_get_value().map(|r| r + 1) else {
                    return;
                };
                latest.set_value(request);
                leptos::task::spawn_local(async move {
                    let found = if value.trim().chars().count() < MIN_CHARS {
                        Vec::new()
                    } else {
                        suggest(lang, value).await.unwrap_or_default()
                    };
                    if latest.try_get_value() == Some(request) {
                        items.set(found);
                        active.set(None);
                        open.set(true);
                    }
                });
            },
            DEBOUNCE,
        );
        pending.set_value(handle.ok());
    };
    on_cleanup(move || {
        if let Some(handle) = pending.try_get_value().flatten() {
            handle.clear();
        }
    });
    let on_keydown = move |ev: KeyboardEvent| {
        let shown = items.get_untracked();
        let count = shown.len();
        if !open.get_untracked() || count == 0 {
            return;
        }
        match ev.key().as_str() {
            "ArrowDown" => {
                ev.prevent_default();
                active.update(|a| *a = Some(a.map_or(0, |i| (i + 1) % count)));
            }
            "ArrowUp" => {
                ev.prevent_default();
                active.update(|a| *a = Some(a.map_or(count - 1, |i| (i + count - 1) % count)));
            }
            "Escape" => {
                open.set(false);
                active.set(None);
            }
            "Enter" => {
                if let Some(chosen) = active.get_untracked().and_then(|i| shown.get(i)) {
                    ev.prevent_default();
                    open.set(false);
                    let href = suggestion_href(links, chosen);
                    let location = window().location();
                    // A kiosk never adds to the history (see `/assets/desk.js`).
                    let _ = if links.is_kiosk() { location.replace(&href) } else { location.set_href(&href) };
                }
            }
            _ => {}
        }
    };
    let SearchWords { label, placeholder, hint, button, suggestions, category } = words;
    let expanded = move || (open.get() && !list().is_empty()).to_string();
    let active_id = move || active.get().map(|i| format!("q-suggestion-{i}"));
    view! {
        <form method="GET" action=action>
            <div class=class role="search">
                <KioskFields links/>
                <label for="q">{label}</label>
                <div class="search-row">
                    <div class="combobox">
                        <input
                            id="q"
                            name="q"
                            type="search"
                            value=query
                            maxlength="500"
                            autocomplete="off"
                            role="combobox"
                            aria-autocomplete="list"
                            aria-controls="q-suggestions"
                            aria-expanded=expanded
                            aria-activedescendant=active_id
                            placeholder=placeholder
                            aria-describedby="search-hint"
                            on:input=on_input
                            on:keydown=on_keydown
                            on:blur=move |_| open.set(false)
                            on:focus=move |_| open.set(true)
                        />
                        <ul
                            id="q-suggestions"
                            class="suggestions"
                            role="listbox"
                            aria-label=suggestions
                            hidden=move || expanded() != "true"
                        >
                            {move || {
                                list()
                                    .into_iter()
                                    .enumerate()
                                    .map(|(i, s)| {
                                        let href = suggestion_href(links, &s);
                                        let selected = move || (active.get() == Some(i)).to_string();
                                        let kind = s.category.is_some().then(|| {
                                            view! { <span class="suggestion-kind">{category.clone()}</span> }
                                        });
                                        view! {
                                            <li id=format!("q-suggestion-{i}") role="option" aria-selected=selected>
                                                // mousedown, not click: the input's blur would close the list first.
                                                <a href=href tabindex="-1" on:mousedown=|ev| ev.prevent_default()>
                                                    <bdi>{s.text}</bdi>
                                                    {kind}
                                                </a>
                                            </li>
                                        }
                                    })
                                    .collect_view()
                            }}
                        </ul>
                    </div>
                    <button type="submit">{button}</button>
                </div>
                <p id="search-hint" class="hint">{hint}</p>
            </div>
        </form>
    }
}
