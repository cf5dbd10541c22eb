//! The portinerie where kiosks stand (`content/desks.toml`): a kiosk set to a desk ranks the
//! desk's district first and shows the desk's own hours.

use crate::content::holidays::{Closure, Holidays, Place};
use crate::content::{self, ContentError, FileTranslationStatus, Hours, Texts};
use chrono::NaiveDate;
use portineria_app::geo::Coordinates;
use portineria_app::lang::Lang;
use portineria_app::model::{Desk, OpeningHours};
use serde::Deserialize;
use std::path::Path;

pub const DESKS_FILE: &str = "desks.toml";

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct DesksFile {
    #[serde(default)]
    translations: FileTranslationStatus,
    #[serde(default)]
    desks: Vec<DeskEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DeskEntry {
    slug: String,
    municipality: String,
    address: Option<String>,
    #[serde(default)]
    district: Vec<String>,
    coordinates: Option<Coordinates>,
    name: Texts,
    hours_note: Option<Texts>,
    #[serde(default)]
    hours: Vec<Hours>,
    #[serde(default)]
    open_on_holidays: bool,
    #[serde(default)]
    closures: Vec<Closure>,
}

/// The desks, read once at start-up.
#[derive(Debug, Default)]
pub struct Desks {
    status: FileTranslationStatus,
    desks: Vec<DeskEntry>,
}

impl Desks {
    /// Reads `desks.toml` from the content directory (no file: no desks) and checks it.
    pub fn load(dir: &Path) -> Result<Self, ContentError> {
        let path = dir.join(DESKS_FILE);
        if !path.exists() {
            return Ok(Self::default());
        }
        let file: DesksFile = content::read_toml(&path)?;
        let problems = check(&file);
        if !problems.is_empty() {
            return Err(ContentError::Invalid(problems));
        }
        Ok(Self { status: file.translations, desks: file.desks })
    }

    /// The desk named `slug`, in `lang`, with its exceptions as of `today`.
    pub fn get(&self, slug: &str, lang: Lang, holidays: &Holidays, today: NaiveDate) -> Option<Desk> {
        let entry = self.desks.iter().find(|d| d.slug == slug)?;
        let hours = entry
            .hours
            .iter()
            .flat_map(|h| {
                h.days.iter().filter_map(move |day| {
                    Some(OpeningHours {
                        weekday: content::weekday_number(day)?,
                        opens: h.opens.clone(),
                        closes: h.closes.clone(),
                        appointment_only: h.appointment_only,
                    })
                })
            })
            .collect::<Vec<OpeningHours>>();
        let weekdays: Vec<u8> = hours.iter().map(|h| h.weekday).collect();
        let place = Place {
            municipality: &entry.municipality,
            weekdays: &weekdays,
            open_on_holidays: entry.open_on_holidays,
            closures: &entry.closures,
        };
        let exceptions = holidays.exceptions(today, &place);
        Some(Desk {
            slug: entry.slug.clone(),
            name: entry.name.shown(lang, self.status),
            municipality: entry.municipality.clone(),
            address: entry.address.clone(),
            district: self.district(slug),
            coordinates: entry.coordinates,
            hours,
            hours_note: entry.hours_note.as_ref().map(|n| n.shown(lang, self.status)),
            exceptions,
        })
    }

    /// Where the desk named `slug` is, when the deployment has said.
    pub fn coordinates(&self, slug: &str) -> Option<Coordinates> {
        self.desks.iter().find(|d| d.slug == slug)?.coordinates
    }

    /// The comuni a desk ranks first: its own and its district's (none for an unknown desk).
    pub fn district(&self, slug: &str) -> Vec<String> {
        let Some(entry) = self.desks.iter().find(|d| d.slug == slug) else {
            return Vec::new();
        };
        let mut comuni = vec![entry.municipality.clone()];
        comuni.extend(entry.district.iter().filter(|c| **c != entry.municipality).cloned());
        comuni
    }
}

fn check(file: &DesksFile) -> Vec<String> {
    let mut problems = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for d in &file.desks {
        let here = format!("{DESKS_FILE}: desk {:?}", d.slug);
        if portineria_app::url::DeskSlug::new(&d.slug).is_none() || !content::is_slug(&d.slug) {
            problems.push(format!("{here}: slug must be lowercase a-z, 0-9 and '-', at most 40 characters"));
        }
        if !seen.insert(d.slug.as_str()) {
            problems.push(format!("{here}: appears twice"));
        }
        for missing in d.name.missing().into_iter().chain(d.hours_note.iter().flat_map(Texts::missing)) {
            problems.push(format!("{here}: text missing in {missing}"));
        }
        for h in &d.hours {
            if !content::is_time(&h.opens) || !content::is_time(&h.closes) || h.opens >= h.closes {
                problems.push(format!("{here}: bad hours {}-{}", h.opens, h.closes));
            }
            if h.days.iter().any(|day| content::weekday_number(day).is_none()) {
                problems.push(format!("{here}: unknown day in {:?}", h.days));
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_desks_are_valid_and_rank_their_district() {
        let desks = Desks::load(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../content"))).unwrap();
        let piossasco = desks.get("piossasco", Lang::Ar, &Holidays::default(), crate::period::today()).unwrap();
        assert_eq!(piossasco.district.first().map(String::as_str), Some("Piossasco"));
        assert!(piossasco.district.iter().any(|c| c == "Volvera"));
        assert!(
            desks.get("nowhere", Lang::It, &Holidays::default(), crate::period::today()).is_none()
                && desks.district("nowhere").is_empty()
        );
    }
}
