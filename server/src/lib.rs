//! Portineria's server. The folders follow the data's path (see `docs/ARCHITECTURE.md`):
//! content files ([`content`]) → the write path ([`write`]) → the database ([`db`]) → the
//! search index ([`search`]) → the read side ([`directory`]) → HTTP ([`http`]: pages, API,
//! admin) → the command line ([`cli`]). [`state`] and [`serve`] put them together.

#![recursion_limit = "256"]

pub mod accounts;
pub mod cli;
pub mod config;
pub mod content;
pub mod db;
pub mod directory;
pub mod feedback;
pub mod hsds;
pub mod http;
pub mod ics;
pub mod mail;
pub mod metrics;
pub mod period;
pub mod search;
pub mod serve;
pub mod speech;
pub mod state;
pub mod write;
