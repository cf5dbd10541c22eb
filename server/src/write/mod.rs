//! The write path: content files imported into the database, and the admin area's changes
//! saved, merged and published. Every change to the directory goes through here.

pub mod import;
pub mod publishing;
