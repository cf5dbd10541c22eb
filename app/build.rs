//! The UI messages in `locales/` are compiled into the crate (`fluent_templates::static_loader!`):
//! rebuild it whenever one is added or changed.

fn main() {
    println!("cargo:rerun-if-changed=../locales");
}
