//! The Open Referral HSDS 3.0 objects as they travel (JSON, and one CSV table per object),
//! with the Portineria profile's additions (`server/hsds/profile/`): `slug`, `translations`
//! and the few facts HSDS has no field for. Absent values are left out, as HSDS asks.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

fn no<T>(items: &[T]) -> bool {
    items.is_empty()
}

fn not(flag: &bool) -> bool {
    !*flag
}

/// One language of one text of one object, with how it was translated (profile object).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Translation {
    pub entity: String,
    pub entity_id: Uuid,
    pub field: String,
    pub language: String,
    pub text: String,
    pub status: String,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Organization {
    pub id: Uuid,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    #[serde(default, skip_serializing_if = "no")]
    pub phones: Vec<Phone>,
    #[serde(default, skip_serializing_if = "no")]
    pub locations: Vec<Location>,
    #[serde(default, skip_serializing_if = "no")]
    pub programs: Vec<Program>,
    #[serde(default, skip_serializing_if = "no")]
    pub services: Vec<Service>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    #[serde(default, skip_serializing_if = "no")]
    pub translations: Vec<Translation>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Service {
    pub id: Uuid,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<Uuid>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub program_id: Option<Uuid>,
    #[serde(default)]
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    pub status: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application_process: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fees_description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eligibility_description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assured_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "no")]
    pub phones: Vec<Phone>,
    #[serde(default, skip_serializing_if = "no")]
    pub service_areas: Vec<ServiceArea>,
    #[serde(default, skip_serializing_if = "no")]
    pub service_at_locations: Vec<ServiceAtLocation>,
    #[serde(default, skip_serializing_if = "no")]
    pub languages: Vec<Language>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization: Option<Box<Organization>>,
    #[serde(default, skip_serializing_if = "no")]
    pub funding: Vec<Funding>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub program: Option<Program>,
    #[serde(default, skip_serializing_if = "no")]
    pub required_documents: Vec<RequiredDocument>,
    #[serde(default, skip_serializing_if = "no")]
    pub attributes: Vec<Attribute>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_short: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_mode: Option<String>,
    #[serde(default, skip_serializing_if = "no")]
    pub translations: Vec<Translation>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Program {
    pub id: Uuid,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<Uuid>,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    #[serde(default, skip_serializing_if = "no")]
    pub partners: Vec<String>,
    #[serde(default, skip_serializing_if = "no")]
    pub municipalities: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub funder: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub beneficiaries: Option<String>,
    #[serde(default, skip_serializing_if = "no")]
    pub translations: Vec<Translation>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Location {
    pub id: Uuid,
    #[serde(default)]
    pub location_type: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<Uuid>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub latitude: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub longitude: Option<f64>,
    #[serde(default, skip_serializing_if = "no")]
    pub addresses: Vec<Address>,
    #[serde(default, skip_serializing_if = "no")]
    pub schedules: Vec<Schedule>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    #[serde(default, skip_serializing_if = "not")]
    pub open_on_holidays: bool,
    #[serde(default, skip_serializing_if = "no")]
    pub closures: Vec<Closure>,
    #[serde(default, skip_serializing_if = "no")]
    pub translations: Vec<Translation>,
}

/// Days in a row a place is closed (profile), both ends included, `YYYY-MM-DD`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Closure {
    pub from: String,
    pub to: String,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Address {
    pub id: Uuid,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location_id: Option<Uuid>,
    #[serde(default)]
    pub address_1: String,
    #[serde(default)]
    pub city: String,
    #[serde(default)]
    pub state_province: String,
    #[serde(default)]
    pub postal_code: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub address_type: String,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Schedule {
    pub id: Uuid,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location_id: Option<Uuid>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub freq: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wkst: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byday: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bymonthday: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub opens_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closes_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "not")]
    pub appointment_only: bool,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Phone {
    pub id: Uuid,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<Uuid>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_id: Option<Uuid>,
    pub number: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "no")]
    pub translations: Vec<Translation>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ServiceArea {
    pub id: Uuid,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_id: Option<Uuid>,
    #[serde(default)]
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ServiceAtLocation {
    pub id: Uuid,
    /// Implied (nil) where it is nested in its service.
    #[serde(default)]
    pub service_id: Uuid,
    pub location_id: Uuid,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service: Option<Box<Service>>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Language {
    pub id: Uuid,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_id: Option<Uuid>,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub code: String,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Funding {
    pub id: Uuid,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_id: Option<Uuid>,
    #[serde(default)]
    pub source: String,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct RequiredDocument {
    pub id: Uuid,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_id: Option<Uuid>,
    #[serde(default)]
    pub document: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(default, skip_serializing_if = "no")]
    pub translations: Vec<Translation>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Attribute {
    pub id: Uuid,
    /// Implied (nil) where the attribute is nested in what it describes.
    #[serde(default)]
    pub link_id: Uuid,
    /// Implied (nil) where the term itself is nested.
    #[serde(default)]
    pub taxonomy_term_id: Uuid,
    #[serde(default)]
    pub link_type: String,
    #[serde(default)]
    pub link_entity: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub taxonomy_term: Option<TaxonomyTerm>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Taxonomy {
    pub id: Uuid,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default, skip_serializing_if = "no")]
    pub translations: Vec<Translation>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct TaxonomyTerm {
    pub id: Uuid,
    #[serde(default)]
    pub code: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub taxonomy: String,
    /// Nil when a source gives none (HSDS does not require it).
    #[serde(default)]
    pub taxonomy_id: Uuid,
    pub language: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    #[serde(default, skip_serializing_if = "no")]
    pub translations: Vec<Translation>,
}

/// The API's paging envelope (the OpenAPI file's `Page` with `contents`).
#[derive(Clone, Debug, Serialize)]
pub struct Page<T> {
    pub total_items: usize,
    pub total_pages: usize,
    pub page_number: usize,
    pub size: usize,
    pub first_page: bool,
    pub last_page: bool,
    pub empty: bool,
    pub contents: Vec<T>,
}

impl<T> Page<T> {
    /// Page `number` (from 1) of `per_page` items out of `total`, holding `contents`.
    pub fn new(total: usize, number: usize, per_page: usize, contents: Vec<T>) -> Self {
        let total_pages = total.div_ceil(per_page.max(1));
        Self {
            total_items: total,
            total_pages,
            page_number: number,
            size: contents.len(),
            first_page: number == 1,
            last_page: number >= total_pages,
            empty: total == 0,
            contents,
        }
    }
}
