//! Portineria's server: configuration, database, content import, search index, JSON API
//! and the HTTP router around the Leptos pages.

#![recursion_limit = "256"]

pub mod accounts;
pub mod admin;
pub mod api;
pub mod client;
pub mod config;
pub mod content;
pub mod db;
pub mod desks;
pub mod directory;
pub mod editorial;
pub mod import;
pub mod indexer;
pub mod listener;
pub mod merge;
pub mod period;
pub mod publishing;
pub mod screening;
pub mod search;
pub mod serve;
pub mod totp;
pub mod user_command;
pub mod web;
