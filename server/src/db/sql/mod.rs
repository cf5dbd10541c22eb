//! Every SQL statement of the server, written once in the SQL that SQLite and PostgreSQL
//! both speak, one file per capability trait (`read`, `documents` with its helpers in
//! `write`, `accounts`, `sessions`, `audit`, `report` for the search log, `feedback`, `digests`,
//! `index_source` for the change log).
//!
//! This module is compiled once per engine: `db/sqlite.rs` and `db/postgres.rs` each
//! include it (`#[path = "sql/mod.rs"]`) next to their own `Db` (the sqlx driver), `Pool`,
//! `SqlStore` and the few things the two engines say differently (`begin_write`,
//! `DASHBOARD`, `announce_change`). So one text serves both backends, and the compiler
//! checks it against each driver: a feature cannot exist on one backend only.
//!
//! The shared dialect: `$1` placeholders (sqlx's SQLite driver reads `$N` too),
//! `RETURNING`, `ON CONFLICT … DO UPDATE`, `CASE` instead of SQLite's two-argument
//! `MIN`/`MAX`, `CAST(SUM(…) AS BIGINT)` (PostgreSQL sums integers as `NUMERIC`),
//! `TRUE`/`FALSE` for flags, and times bound and read as `DateTime<Utc>` (SQLite keeps them
//! as RFC 3339 text in UTC, which sorts as time; PostgreSQL as `TIMESTAMPTZ`).

mod accounts;
mod audit;
mod digests;
mod documents;
mod feedback;
mod index_source;
mod read;
mod report;
mod sessions;
mod texts;
mod write;

use super::{announce_change, begin_write, Db, Pool, SqlStore, DASHBOARD};
use chrono::{DateTime, Utc};

/// A transaction on the pool, which the helpers that write inside one take.
type Tx<'a> = sqlx::Transaction<'a, Db>;

/// Now, as stored.
fn now() -> DateTime<Utc> {
    Utc::now()
}
