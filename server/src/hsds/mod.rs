//! Open Referral HSDS 3.0, the exchange standard of service directories: the objects as
//! they travel ([`wire`]), our documents as HSDS objects ([`compile`]), and the schemas with
//! Portineria's profile ([`profile`]). The API over them is `http/hsds.rs`.

pub mod compile;
pub mod export;
pub mod import;
pub mod profile;
pub mod wire;
