//! A published organisation document as Open Referral HSDS 3.0 objects, in one language,
//! every language of every text kept in the profile's `translations`.
//!
//! The mapping (README "Open Referral HSDS" has the whole table): HSDS fields first —
//! eligibility → `eligibility_description`, how to go → `application_process`, cost →
//! `fees_description`, the desk's languages → `language`, documents to bring →
//! `required_document`, comuni and district → `service_area`, categories, target groups and
//! legal situations → taxonomy terms through `attribute`, a programme's funder → the
//! services' `funding`, hours → `schedule` (weekly RRULE parts) — and the profile only for
//! what HSDS has no field for (slug, summary, "in short", access mode, a programme's period
//! and partners, closures and public holidays, "by appointment").

use crate::content::ids::{derived, part};
use crate::content::{self, OrganizationFile, Taxonomy, Texts};
use crate::db::HsdsRow;
use crate::hsds::wire::{self, Translation};
use chrono::{DateTime, Utc};
use portineria_app::i18n::{t, try_t};
use portineria_app::lang::Lang;
use portineria_app::model::ServiceStatus;
use portineria_app::requirements::{DocumentKind, Situation};
use std::collections::HashMap;
use uuid::Uuid;

/// What the database knows of a service beyond its document: when it last changed, and
/// when a partner last confirmed it is still accurate.
#[derive(Clone, Copy, Debug)]
pub struct Stamps {
    pub modified: DateTime<Utc>,
    pub verified: Option<DateTime<Utc>>,
}

impl From<&HsdsRow> for Stamps {
    fn from(row: &HsdsRow) -> Self {
        Self { modified: row.updated_at, verified: row.verified_at }
    }
}

/// The [`Stamps`] of services, by slug.
pub type ByService = HashMap<String, Stamps>;

/// The taxonomies a service's terms come from, each with its term kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TaxonomyKind {
    Categories,
    TargetGroups,
    Situations,
}

impl TaxonomyKind {
    pub const ALL: [TaxonomyKind; 3] = [Self::Categories, Self::TargetGroups, Self::Situations];

    fn key(self) -> &'static str {
        match self {
            Self::Categories => "categories",
            Self::TargetGroups => "target-groups",
            Self::Situations => "legal-situations",
        }
    }

    /// Its HSDS id, derived from its name in the code.
    pub fn id(self) -> Uuid {
        derived("taxonomy", self.key())
    }

    /// The id of its term `slug`.
    pub fn term_id(self, slug: &str) -> Uuid {
        derived(self.key(), slug)
    }

    fn label(self) -> &'static str {
        match self {
            Self::Categories => "facet-category",
            Self::TargetGroups => "facet-target-group",
            Self::Situations => "who-can-go",
        }
    }
}

/// How much of a service (or an organisation) to give.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Depth {
    /// Its own fields only (HSDS `*_list` schemas).
    List,
    /// Everything, nested (HSDS compiled schemas).
    Full,
}

/// Builds HSDS objects in `lang` for a deployment whose taxonomy is `taxonomy`.
#[derive(Clone, Copy)]
pub struct Compiler<'a> {
    pub lang: Lang,
    pub taxonomy: &'a Taxonomy,
}

/// One organisation's document, with what compiling it needs.
#[derive(Clone, Copy)]
pub struct Source<'a> {
    pub file: &'a OrganizationFile,
}

impl Source<'_> {
    fn status(&self, path: &str, lang: Lang) -> &'static str {
        if lang == Lang::It {
            return "source";
        }
        self.file.statuses.get(&content::status_key(path, lang)).copied().unwrap_or(self.file.translations).as_str()
    }

    pub fn organization_id(&self) -> Uuid {
        self.file.organization.hsds_id()
    }

    fn location(&self, key: &str) -> Option<&content::Location> {
        self.file.locations.iter().find(|l| l.key == key)
    }

    fn programme(&self, slug: &str) -> Option<&content::Programme> {
        self.file.programmes.iter().find(|p| p.slug == slug)
    }
}

/// The texts of one object, gathered while its fields are filled.
struct Texter<'a> {
    source: Source<'a>,
    lang: Lang,
    entity: &'static str,
    id: Uuid,
    owner: String,
    out: Vec<Translation>,
}

impl Texter<'_> {
    /// The text in the asked language (Italian where it is missing), every language noted.
    fn text(&mut self, field: &str, path_field: &str, texts: &Texts) -> String {
        let path = format!("{}/{path_field}", self.owner);
        for lang in Lang::ALL {
            if let Some(text) = texts.get(lang) {
                self.out.push(Translation {
                    entity: self.entity.into(),
                    entity_id: self.id,
                    field: field.into(),
                    language: lang.code().into(),
                    text: text.into(),
                    status: self.source.status(&path, lang).into(),
                });
            }
        }
        texts.get(self.lang).unwrap_or(texts.italian()).to_string()
    }

    fn optional(&mut self, field: &str, texts: Option<&Texts>) -> Option<String> {
        texts.filter(|t| !t.italian().is_empty()).map(|t| self.text(field, field, t))
    }
}

/// A website as HSDS wants it, a URI: the sources often write `www.…` without a scheme.
fn uri(website: &Option<String>) -> Option<String> {
    let site = website.as_deref()?.trim();
    if site.is_empty() {
        None
    } else if site.contains("://") {
        Some(site.to_string())
    } else {
        Some(format!("https://{site}"))
    }
}

/// The five-digit postcode (CAP) in an Italian address, if it has one.
pub fn postcode(address: &str) -> Option<&str> {
    address.split(|c: char| !c.is_ascii_digit()).find(|group| group.len() == 5)
}

impl<'a> Compiler<'a> {
    fn texter(&self, source: Source<'a>, entity: &'static str, id: Uuid, owner: String) -> Texter<'a> {
        Texter { source, lang: self.lang, entity, id, owner, out: Vec::new() }
    }

    fn phones(
        &self,
        source: Source<'a>,
        owner: (Uuid, &str),
        phones: &[content::Phone],
        service: bool,
    ) -> Vec<wire::Phone> {
        phones
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let id = part(owner.0, "phone", i);
                let mut texts = self.texter(source, "phone", id, owner.1.to_string());
                let description = p.label.as_ref().map(|l| texts.text("description", &format!("phones.{i}"), l));
                wire::Phone {
                    id,
                    organization_id: (!service).then_some(owner.0),
                    service_id: service.then_some(owner.0),
                    number: p.number.clone(),
                    description,
                    translations: texts.out,
                }
            })
            .collect()
    }

    /// The organisation: its own fields, or with its phones, places, programmes and
    /// services (`services`: how much of each, and their stamps).
    pub fn organization(&self, source: Source<'a>, services: Option<(Depth, &ByService)>) -> wire::Organization {
        let org = &source.file.organization;
        let id = org.hsds_id();
        let mut texts = self.texter(source, "organization", id, "organization".into());
        let name = texts.text("name", "name", &org.name);
        let description = texts.text("description", "description", &org.description);
        let mut out = wire::Organization {
            id,
            name,
            description,
            email: org.email.clone(),
            website: uri(&org.website),
            slug: Some(org.slug.clone()),
            translations: texts.out,
            ..Default::default()
        };
        if let Some((depth, stamps)) = services {
            out.phones = self.phones(source, (id, "organization"), &org.phones, false);
            out.locations = source.file.locations.iter().map(|l| self.location(source, l)).collect();
            out.programs = source.file.programmes.iter().map(|p| self.program(source, p)).collect();
            out.services = source
                .file
                .services
                .iter()
                .map(|s| self.service(source, s, depth, stamps.get(&s.slug).copied()))
                .collect();
        }
        out
    }

    pub fn program(&self, source: Source<'a>, p: &content::Programme) -> wire::Program {
        let id = p.hsds_id();
        let mut texts = self.texter(source, "program", id, format!("programme:{}", p.slug));
        let name = texts.text("name", "name", &p.name);
        let description = texts.text("description", "description", &p.description);
        let summary = texts.optional("summary", Some(&p.summary));
        let funder = texts.optional("funder", p.funder.as_ref());
        let beneficiaries = texts.optional("beneficiaries", p.beneficiaries.as_ref());
        wire::Program {
            id,
            organization_id: Some(source.organization_id()),
            name,
            description,
            slug: Some(p.slug.clone()),
            summary,
            start_date: p.start.clone(),
            end_date: p.end.clone(),
            partners: p.partners.clone(),
            municipalities: p.municipalities.clone(),
            district: p.district.clone(),
            funder,
            beneficiaries,
            translations: texts.out,
        }
    }

    pub fn location(&self, source: Source<'a>, l: &content::Location) -> wire::Location {
        let id = l.hsds_id(&source.file.organization);
        let mut texts = self.texter(source, "location", id, format!("location:{}", l.key));
        let name = texts.optional("name", l.name.as_ref());
        let note = texts.optional("hours_note", l.hours_note.as_ref());
        let mut schedules: Vec<wire::Schedule> = l
            .hours
            .iter()
            .enumerate()
            .map(|(i, h)| wire::Schedule {
                id: part(id, "schedule", i),
                location_id: Some(id),
                freq: Some("WEEKLY".into()),
                wkst: Some("MO".into()),
                byday: Some(h.days.iter().map(|d| byday(d)).collect::<Vec<_>>().join(",")),
                opens_at: Some(h.opens.clone()),
                closes_at: Some(h.closes.clone()),
                description: note.clone(),
                appointment_only: h.appointment_only,
                ..Default::default()
            })
            .collect();
        if schedules.is_empty() && note.is_some() {
            // Hours the week cannot say: HSDS's description-only schedule.
            schedules.push(wire::Schedule {
                id: part(id, "schedule", 0),
                location_id: Some(id),
                description: note,
                ..Default::default()
            });
        }
        // The comune travels as the address's city, even where the street is not known.
        let known = l.address.is_some() || !l.municipality.is_empty();
        let addresses = known
            .then(|| l.address.clone().unwrap_or_default())
            .map(|address| wire::Address {
                id: part(id, "address", 0),
                location_id: Some(id),
                address_1: address.clone(),
                city: l.municipality.clone(),
                state_province: String::new(),
                postal_code: postcode(&address).unwrap_or_default().to_string(),
                country: "IT".into(),
                address_type: "physical".into(),
            })
            .into_iter()
            .collect();
        wire::Location {
            id,
            location_type: "physical".into(),
            organization_id: Some(source.organization_id()),
            name,
            latitude: l.coordinates.map(|c| c.lat),
            longitude: l.coordinates.map(|c| c.lon),
            addresses,
            schedules,
            key: Some(l.key.clone()),
            open_on_holidays: l.open_on_holidays,
            closures: l
                .closures
                .iter()
                .map(|c| wire::Closure { from: c.from.to_string(), to: c.to.to_string() })
                .collect(),
            translations: texts.out,
        }
    }

    /// A service, with its stamps from the database when known. The date it was confirmed
    /// is HSDS's `assured_date`; who confirmed it stays in the admin area.
    pub fn service(
        &self,
        source: Source<'a>,
        s: &content::Service,
        depth: Depth,
        stamps: Option<Stamps>,
    ) -> wire::Service {
        let id = s.hsds_id();
        let mut texts = self.texter(source, "service", id, format!("service:{}", s.slug));
        let name = texts.text("name", "name", &s.name);
        let description = Some(texts.text("description", "description", &s.description));
        let summary = Some(texts.text("summary", "summary", &s.summary));
        let in_short = texts.optional("in_short", s.in_short.as_ref());
        let eligibility = texts.optional("eligibility_description", s.eligibility.as_ref());
        let how = texts.optional("application_process", s.how_to_access.as_ref());
        let cost = texts.optional("fees_description", s.cost.as_ref());
        let status = match ServiceStatus::parse(&s.status).unwrap_or_default() {
            ServiceStatus::Active => "active",
            ServiceStatus::Suspended => "temporarily closed",
            ServiceStatus::Ended => "defunct",
        };
        let programme = s.programme.as_deref().and_then(|p| source.programme(p));
        let mut out = wire::Service {
            id,
            organization_id: Some(source.organization_id()),
            program_id: programme.map(|p| p.hsds_id()),
            name,
            description,
            url: uri(&s.website),
            email: s.email.clone(),
            status: status.into(),
            application_process: how,
            fees_description: cost,
            eligibility_description: eligibility,
            last_modified: s.last_modified.or(stamps.map(|d| d.modified)),
            assured_date: stamps.and_then(|d| d.verified).map(|t| t.date_naive().to_string()),
            slug: Some(s.slug.clone()),
            summary,
            in_short,
            access_mode: s.access.clone(),
            ..Default::default()
        };
        if depth == Depth::List {
            return out;
        }
        out.phones = self.phones(source, (id, &format!("service:{}", s.slug)), &s.phones, true);
        out.service_areas = s
            .municipalities
            .iter()
            .map(|m| (m.as_str(), None))
            .chain(s.district.iter().map(|d| (d.as_str(), Some(t(self.lang, "district-label")))))
            .enumerate()
            .map(|(i, (name, description))| wire::ServiceArea {
                id: part(id, "area", i),
                service_id: Some(id),
                name: name.to_string(),
                description,
            })
            .collect();
        out.service_at_locations =
            s.locations.iter().filter_map(|key| source.location(key)).map(|l| self.at_location(source, s, l)).collect();
        out.languages = s
            .languages
            .iter()
            .enumerate()
            .map(|(i, code)| wire::Language {
                id: part(id, "language", i),
                service_id: Some(id),
                name: try_t(self.lang, &format!("language-name-{code}")).unwrap_or_else(|| code.clone()),
                code: code.clone(),
            })
            .collect();
        out.organization = Some(Box::new(self.organization(source, None)));
        if let Some(p) = programme {
            out.program = Some(self.program(source, p));
            if let Some(funder) = &p.funder {
                out.funding.push(wire::Funding {
                    id: part(id, "funding", 0),
                    service_id: Some(id),
                    source: funder.get(self.lang).unwrap_or(funder.italian()).to_string(),
                });
            }
        }
        out.required_documents = self.documents(source, s, id);
        out.attributes = self.attributes(s, id);
        out.translations = texts.out;
        out
    }

    fn documents(&self, source: Source<'a>, s: &content::Service, id: Uuid) -> Vec<wire::RequiredDocument> {
        let mut out = Vec::new();
        for kind in s.required_documents.iter().filter_map(|w| DocumentKind::parse(w)) {
            out.push(wire::RequiredDocument {
                id: part(id, "document", out.len()),
                service_id: Some(id),
                document: t(self.lang, &kind.message()),
                kind: Some(kind.as_str().to_string()),
                translations: Vec::new(),
            });
        }
        for (i, text) in s.documents.iter().enumerate() {
            let doc_id = part(id, "document", out.len());
            let mut texts = self.texter(source, "required_document", doc_id, format!("service:{}", s.slug));
            let document = texts.text("document", &format!("documents.{i}"), text);
            out.push(wire::RequiredDocument {
                id: doc_id,
                service_id: Some(id),
                document,
                kind: None,
                translations: texts.out,
            });
        }
        out
    }

    fn attributes(&self, s: &content::Service, id: Uuid) -> Vec<wire::Attribute> {
        let terms = s
            .categories
            .iter()
            .map(|c| (TaxonomyKind::Categories, c))
            .chain(s.target_groups.iter().map(|g| (TaxonomyKind::TargetGroups, g)))
            .chain(s.who_can_go.iter().map(|w| (TaxonomyKind::Situations, w)));
        terms
            .filter_map(|(kind, slug)| self.term(kind, slug))
            .enumerate()
            .map(|(i, term)| wire::Attribute {
                id: part(id, "attribute", i),
                link_id: id,
                taxonomy_term_id: term.id,
                link_type: "service".into(),
                link_entity: "service".into(),
                taxonomy_term: Some(term),
            })
            .collect()
    }

    /// The service at one of its places; `with_service` nests the service itself (lists
    /// of services-at-locations carry it, a service's own list does not).
    /// A service at one of its places; the caller nests the service when it is wanted.
    pub fn at_location(
        &self,
        source: Source<'a>,
        s: &content::Service,
        l: &content::Location,
    ) -> wire::ServiceAtLocation {
        let service_id = s.hsds_id();
        let location_id = l.hsds_id(&source.file.organization);
        wire::ServiceAtLocation {
            id: Uuid::new_v5(&service_id, location_id.as_bytes()),
            service_id,
            location_id,
            location: Some(self.location(source, l)),
            service: None,
        }
    }

    pub fn taxonomy(&self, kind: TaxonomyKind) -> wire::Taxonomy {
        let name = t(self.lang, kind.label());
        wire::Taxonomy { id: kind.id(), description: name.clone(), name, translations: Vec::new() }
    }

    /// The slugs of the terms of `kind`, in the taxonomy's order.
    fn slugs(&self, kind: TaxonomyKind) -> Vec<&'a str> {
        match kind {
            TaxonomyKind::Categories => self.taxonomy.categories.iter().map(|c| c.slug.as_str()).collect(),
            TaxonomyKind::TargetGroups => self.taxonomy.target_groups.iter().map(|g| g.slug.as_str()).collect(),
            TaxonomyKind::Situations => Situation::ALL.iter().map(|s| s.as_str()).collect(),
        }
    }

    /// Every term of `kind`, in the taxonomy's order.
    pub fn terms(&self, kind: TaxonomyKind) -> Vec<wire::TaxonomyTerm> {
        self.slugs(kind).into_iter().filter_map(|slug| self.term(kind, slug)).collect()
    }

    /// The taxonomy and slug of the term with HSDS id `id` (of `within` when given),
    /// found by the ids alone.
    pub fn term_by_id(&self, id: Uuid, within: Option<TaxonomyKind>) -> Option<(TaxonomyKind, &'a str)> {
        TaxonomyKind::ALL
            .into_iter()
            .filter(|k| within.is_none_or(|w| w == *k))
            .find_map(|k| self.slugs(k).into_iter().find(|slug| k.term_id(slug) == id).map(|slug| (k, slug)))
    }

    /// One term, its name and description in the asked language, every language noted.
    pub fn term(&self, kind: TaxonomyKind, slug: &str) -> Option<wire::TaxonomyTerm> {
        let id = kind.term_id(slug);
        let status = self.taxonomy.translations;
        let (name, description) = match kind {
            TaxonomyKind::Categories => {
                let c = self.taxonomy.categories.iter().find(|c| c.slug == slug)?;
                (c.name.clone(), c.description.clone())
            }
            TaxonomyKind::TargetGroups => {
                let g = self.taxonomy.target_groups.iter().find(|g| g.slug == slug)?;
                (g.name.clone(), g.name.clone())
            }
            TaxonomyKind::Situations => {
                let situation = Situation::parse(slug)?;
                let texts =
                    Texts(Lang::ALL.iter().map(|l| (l.code().to_string(), t(*l, &situation.message()))).collect());
                (texts.clone(), texts)
            }
        };
        let mut translations = Vec::new();
        for (field, texts) in [("name", &name), ("description", &description)] {
            for lang in Lang::ALL {
                if let Some(text) = texts.get(lang) {
                    let status = if lang == Lang::It { "source" } else { status.as_str() };
                    translations.push(Translation {
                        entity: "taxonomy_term".into(),
                        entity_id: id,
                        field: field.into(),
                        language: lang.code().into(),
                        text: text.into(),
                        status: status.into(),
                    });
                }
            }
        }
        let shown = |texts: &Texts| texts.get(self.lang).unwrap_or(texts.italian()).to_string();
        Some(wire::TaxonomyTerm {
            id,
            code: slug.to_string(),
            name: shown(&name),
            description: shown(&description),
            taxonomy: t(self.lang, kind.label()),
            taxonomy_id: kind.id(),
            language: self.lang.code().into(),
            slug: Some(slug.to_string()),
            translations,
        })
    }
}

/// A weekday as content files write it (`mon`) in RFC 5545 (`MO`).
fn byday(day: &str) -> String {
    day.chars().take(2).collect::<String>().to_uppercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postcodes_and_days() {
        assert_eq!(postcode("Via Roma 1, 10121 Torino"), Some("10121"));
        assert_eq!(postcode("Piazza Duomo 2"), None);
        assert_eq!(byday("tue"), "TU");
        assert_eq!(uri(&Some("www.comune.it".into())).as_deref(), Some("https://www.comune.it"));
    }
}
