//! One module per page of DESIGN.md §3.

pub mod home;
pub mod layout;
pub mod loaded;
pub mod not_found;
pub mod organization;
pub mod programme;
pub mod search;
pub mod service;
pub mod slip;
pub mod summaries;
