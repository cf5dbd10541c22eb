//! The site's built files under the content-hashed names cargo-leptos gives them
//! (`hash-files` in Cargo.toml): `portineria.<hash>.css`, `.js` and `.wasm`. A new build
//! gets new names, so browsers may keep a file for good and a second visit downloads only
//! the page. The names are read once, from the `hash.txt` cargo-leptos writes into the site.

use std::path::{Path, PathBuf};
use std::sync::{LazyLock, OnceLock};

/// The file cargo-leptos lists the hashes in, inside the site root.
pub const HASH_FILE: &str = "hash.txt";

/// The stem every built file shares (`output-name`).
const OUTPUT_NAME: &str = "portineria";

/// The built files' names, as `/pkg/…` paths.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BuiltFiles {
    /// Whether the names carry hashes (a site built without `hash-files` has plain names,
    /// and its files must not be cached for good).
    pub hashed: bool,
    stylesheet: String,
}

impl BuiltFiles {
    /// The names listed in `site_root/hash.txt`; plain names when there is none.
    pub fn read(site_root: &Path) -> Self {
        match listed_hash(site_root, "css") {
            Some(hash) => Self { hashed: true, stylesheet: format!("/pkg/{OUTPUT_NAME}.{hash}.css") },
            None => Self::plain(),
        }
    }

    /// The names of a site built without hashes.
    fn plain() -> Self {
        Self { hashed: false, stylesheet: format!("/pkg/{OUTPUT_NAME}.css") }
    }

    /// The stylesheet's path.
    pub fn stylesheet(&self) -> &str {
        &self.stylesheet
    }
}

/// The hash cargo-leptos listed for the built file of `kind` (`css`, `js` or `wasm`) of the
/// site at `site_root`, if it hashed the names.
pub fn listed_hash(site_root: &Path, kind: &str) -> Option<String> {
    let hashes = std::fs::read_to_string(hash_file(site_root)).ok()?;
    hashes.lines().find_map(|line| {
        let (listed, hash) = line.split_once(':')?;
        (listed.trim() == kind).then(|| hash.trim().to_string())
    })
}

/// Where cargo-leptos wrote the hashes of the site at `site_root`, as an absolute path
/// (Leptos joins it to the running binary's directory, which differs between the server
/// and the test binaries).
pub fn hash_file(site_root: &Path) -> PathBuf {
    std::path::absolute(site_root.join(HASH_FILE)).unwrap_or_else(|_| site_root.join(HASH_FILE))
}

static BUILT: OnceLock<BuiltFiles> = OnceLock::new();

/// Reads the names of the site at `site_root`, once per process: one binary serves one
/// build (every server a test process starts serves the same `target/site`).
pub fn load(site_root: &Path) -> &'static BuiltFiles {
    BUILT.get_or_init(|| BuiltFiles::read(site_root))
}

/// The names [`load`] read (plain names before it ran).
pub fn built() -> &'static BuiltFiles {
    static PLAIN: LazyLock<BuiltFiles> = LazyLock::new(BuiltFiles::plain);
    BUILT.get().unwrap_or(&PLAIN)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stylesheet_name_comes_from_the_hash_file() {
        let dir = std::env::temp_dir().join(format!("portineria-assets-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        assert_eq!(BuiltFiles::read(&dir), BuiltFiles { hashed: false, stylesheet: "/pkg/portineria.css".into() });
        std::fs::write(dir.join(HASH_FILE), "js: aB-1\nwasm: cD_2\ncss: eF3\n").expect("write");
        assert_eq!(BuiltFiles::read(&dir), BuiltFiles { hashed: true, stylesheet: "/pkg/portineria.eF3.css".into() });
        assert!(hash_file(Path::new("relative/site")).is_absolute());
        std::fs::remove_dir_all(&dir).expect("clean up");
    }
}
