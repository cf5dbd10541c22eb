//! The data files of `bench/data/synth/`, compiled in and parsed once: names, places and the
//! multilingual wording the generator combines. The text lives in data files so it can be
//! read and corrected as text, apart from the code that assembles it.

use super::text::Fragment;
use portineria::content::Taxonomy;
use portineria_app::lang::Lang;
use portineria_app::model::AccessMode;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use std::sync::LazyLock;

/// Every table, parsed on first use.
pub static TABLES: LazyLock<Tables> = LazyLock::new(|| Tables {
    places: parse("places.toml", include_str!("../../data/synth/places.toml")),
    organisations: parse("organisations.toml", include_str!("../../data/synth/organisations.toml")),
    programmes: parse("programmes.toml", include_str!("../../data/synth/programmes.toml")),
    services: parse("services.toml", include_str!("../../data/synth/services.toml")),
    templates: parse::<TemplateFile>("templates.toml", include_str!("../../data/synth/templates.toml")).templates,
    taxonomy: parse("taxonomy.toml", super::TAXONOMY),
});

/// The files are part of the program, so a mistake in one is a bug: it panics, naming the file.
pub(super) fn parse<T: DeserializeOwned>(file: &str, text: &str) -> T {
    toml::from_str(text).unwrap_or_else(|e| panic!("synthetic-content table {file}: {e}"))
}

pub struct Tables {
    pub places: Places,
    pub organisations: Organisations,
    pub programmes: Programmes,
    pub services: Services,
    pub templates: Vec<Template>,
    /// The real taxonomy, which the services' categories and target groups come from.
    pub taxonomy: Taxonomy,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Places {
    pub mobile_prefixes: Vec<String>,
    pub streets: Vec<String>,
    pub regions: Vec<Region>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub name: String,
    /// Landline prefixes of the region's districts.
    pub prefixes: Vec<String>,
    pub comuni: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisations {
    pub names: Vec<String>,
    pub kinds: Vec<Kind>,
    pub description: Vec<Fragment>,
    pub location_names: Vec<Fragment>,
    pub hours_notes: Vec<Fragment>,
    pub hours_by_phone: Fragment,
    pub phone_labels: Vec<Fragment>,
}

/// What an organisation is (a cooperative, a comune's social services…).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kind {
    /// Its web and e-mail domain, with `{name}` and `{comune}`.
    pub domain: String,
    pub name: Fragment,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Programmes {
    pub titles: Vec<String>,
    pub partners: Vec<String>,
    pub name: Fragment,
    pub summaries: Vec<Fragment>,
    pub description: Vec<Fragment>,
    pub funders: Vec<Fragment>,
    pub beneficiaries: Fragment,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Services {
    other_desk_languages: Vec<String>,
    pub generic_sentences: Vec<Fragment>,
    pub summary_tails: Vec<Fragment>,
    pub name_variants: Vec<Fragment>,
    how_to_access: HowToAccess,
    pub costs: Vec<Fragment>,
    pub documents: Vec<Fragment>,
}

/// One list per [`AccessMode`], so that every mode has its wording.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct HowToAccess {
    walk_in: Vec<Fragment>,
    appointment: Vec<Fragment>,
    referral: Vec<Fragment>,
}

impl Services {
    /// Languages a desk may speak (ISO 639-1): the site's own but Italian, then the others.
    pub fn desk_languages(&self) -> Vec<&str> {
        let mut languages: Vec<&str> = Lang::ALL.into_iter().filter(|l| *l != Lang::It).map(Lang::code).collect();
        languages.extend(self.other_desk_languages.iter().map(String::as_str));
        languages
    }

    pub fn how_to_access(&self, mode: AccessMode) -> &[Fragment] {
        match mode {
            AccessMode::WalkIn => &self.how_to_access.walk_in,
            AccessMode::Appointment => &self.how_to_access.appointment,
            AccessMode::Referral => &self.how_to_access.referral,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TemplateFile {
    templates: Vec<Template>,
}

/// One kind of service as it recurs across Italy, with the wording of the real files.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Template {
    pub key: String,
    pub categories: Vec<String>,
    pub target_groups: Vec<String>,
    pub name: Fragment,
    pub summary: Fragment,
    pub details: Vec<Fragment>,
    pub eligibility: Fragment,
    /// The documents (indices of [`Services::documents`]) its services may ask for. The
    /// templates of templates.toml name none (their services pick any); the realistic
    /// corpus's composed ones take their topic's.
    #[serde(skip)]
    pub documents: Vec<usize>,
}
