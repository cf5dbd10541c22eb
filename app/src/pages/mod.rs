//! One module per page of ARCHITECTURE.md §3.

pub mod events;
pub mod home;
pub mod kiosk;
pub mod layout;
pub mod legal;
pub mod loaded;
pub mod mediator;
pub mod not_found;
pub mod organization;
pub mod programme;
pub mod search;
pub mod service;
pub mod slip;
pub mod summaries;
