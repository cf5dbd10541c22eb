//! Nothing to run: this crate exists for its dependencies' features (see its Cargo.toml).
