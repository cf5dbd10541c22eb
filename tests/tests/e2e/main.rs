//! End-to-end tests, in one binary so the release build links once:
//! content and UI messages, the JSON API and the pages against the real server on a
//! temporary SQLite file, and the browser tests in headless Chromium.

mod admin;
mod admin_browser;
mod admin_pages;
mod admin_trust;
mod api;
mod architecture;
mod backup;
mod browser;
mod cluster;
mod content;
mod counting;
mod counting_browser;
mod desk;
mod desk_browser;
mod durability;
mod feedback;
mod feedback_browser;
mod glossary;
mod hours;
mod hours_browser;
mod hsds;
mod hsds_exchange;
mod i18n;
mod import;
mod instances;
mod kiosk_browser;
mod legal;
mod listen;
mod mail;
mod operations;
mod pages;
mod relevance;
mod requirements;
mod requirements_browser;
mod search;
mod translations;
mod translations_browser;
mod way;
mod way_browser;
