//! The index schema, built in one place, and how a service becomes an index document.
//!
//! Per language there are three weighted fields (name > categories and target groups >
//! summary) and one `all` field holding every text of the service in that language, the
//! name twice: `all` is what a query matches on, so each typed word is a single term per
//! language and the best results can be found without scoring every match (block-max
//! WAND, see `topk`); the weighted fields re-score the best candidates. The thesaurus
//! concepts a service belongs to and its comuni are indexed as whole terms too, for the
//! same reason. Per language the name's whole folded words serve completions. One `spell`
//! field holds the folded words of names, categories and summaries in every language: it
//! serves typo tolerance, prefixes and "did you mean". A stored `card` carries what a
//! result shows, so a search page needs no database query.

use super::analyzers::{self, Mode};
use super::opening::{self, Calendar};
use super::thesaurus::Thesaurus;
use crate::db::IndexDocument;
use portineria_app::geo::Coordinates;
use portineria_app::lang::Lang;
use portineria_app::model::ServiceStatus;
use portineria_app::requirements::{facet_words, Situation};
use serde::{Deserialize, Serialize};
use tantivy::schema::{
    Facet, FacetOptions, Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, FAST, INDEXED, STORED,
};
use tantivy::TantivyDocument;

/// Changes whenever the schema or analysis changes, so an older index is rebuilt.
pub const SCHEMA_VERSION: &str = "9";

#[derive(Clone, Copy)]
pub struct Fields {
    pub id: Field,
    pub card: Field,
    pub rank: Field,
    pub name: [Field; 5],
    pub tags: [Field; 5],
    pub summary: [Field; 5],
    /// Every text in the language, the name twice: the field queries match on.
    pub all: [Field; 5],
    pub fold: [Field; 5],
    /// The ids of the thesaurus concepts that lead to the service ([`Concept::leads_to`]).
    pub concept: Field,
    /// Its comuni, each one whole term, as in the municipality facet.
    pub comune: Field,
    pub spell: Field,
    pub category: Field,
    pub municipality: Field,
    pub target_group: Field,
    pub language: Field,
    /// Who can go: the situations it says yes to, or `not-stated` ([`facet_words`]).
    pub situation: Field,
    pub open_slot: Field,
    /// Its locations' coordinates, each packed in one number ([`place_code`]).
    pub place: Field,
}

pub const ID: &str = "id";
pub const CATEGORY: &str = "category";
pub const MUNICIPALITY: &str = "municipality";
pub const TARGET_GROUP: &str = "target_group";
pub const LANGUAGE: &str = "language";
pub const SITUATION: &str = "situation";
pub const RANK: &str = "rank";
pub const PLACE: &str = "place";

/// Coordinates packed in one fast-field number: latitude + 90 and longitude + 180 in
/// ten-millionths of a degree (about a centimetre), 32 bits each.
pub fn place_code(point: &Coordinates) -> u64 {
    let lat = ((point.lat + 90.0) * 1e7).round() as u64;
    let lon = ((point.lon + 180.0) * 1e7).round() as u64;
    (lat << 32) | (lon & 0xffff_ffff)
}

/// The coordinates [`place_code`] packed.
pub fn place_of(code: u64) -> Coordinates {
    Coordinates { lat: (code >> 32) as f64 / 1e7 - 90.0, lon: (code & 0xffff_ffff) as f64 / 1e7 - 180.0 }
}

fn text(analyzer: &str, record: IndexRecordOption) -> TextOptions {
    TextOptions::default()
        .set_indexing_options(TextFieldIndexing::default().set_tokenizer(analyzer).set_index_option(record))
}

pub fn build() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let id = b.add_u64_field(ID, INDEXED | FAST);
    let card = b.add_bytes_field("card", STORED);
    let rank = b.add_f64_field(RANK, FAST);
    let positions = IndexRecordOption::WithFreqsAndPositions;
    let freqs = IndexRecordOption::WithFreqs;
    let stem = |l: Lang| analyzers::name(l, Mode::Stem);
    let name = Lang::ALL.map(|l| b.add_text_field(&format!("name_{l}"), text(stem(l), positions)));
    let tags = Lang::ALL.map(|l| b.add_text_field(&format!("tags_{l}"), text(stem(l), freqs)));
    let summary = Lang::ALL.map(|l| b.add_text_field(&format!("summary_{l}"), text(stem(l), positions)));
    let all = Lang::ALL.map(|l| b.add_text_field(&format!("all_{l}"), text(stem(l), freqs)));
    let fold = Lang::ALL.map(|l| {
        b.add_text_field(&format!("fold_{l}"), text(analyzers::name(l, Mode::Fold), IndexRecordOption::Basic))
    });
    let spell = b.add_text_field("spell", text(analyzers::name(Lang::It, Mode::Fold), freqs));
    let concept = b.add_text_field("concept", text("raw", freqs));
    let comune = b.add_text_field("comune", text("raw", freqs));
    let category = b.add_facet_field(CATEGORY, FacetOptions::default());
    let municipality = b.add_facet_field(MUNICIPALITY, FacetOptions::default());
    let target_group = b.add_facet_field(TARGET_GROUP, FacetOptions::default());
    let language = b.add_facet_field(LANGUAGE, FacetOptions::default());
    let situation = b.add_facet_field(SITUATION, FacetOptions::default());
    let open_slot = b.add_u64_field("open_slot", INDEXED);
    let place = b.add_u64_field(PLACE, FAST);
    let fields = Fields {
        id,
        card,
        rank,
        name,
        tags,
        summary,
        all,
        fold,
        spell,
        concept,
        comune,
        category,
        municipality,
        target_group,
        language,
        situation,
        open_slot,
        place,
    };
    (b.build(), fields)
}

/// What a result card shows, in every language (index by [`Lang::index`]; empty = missing).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Card {
    pub slug: String,
    pub status: ServiceStatus,
    pub municipalities: Vec<String>,
    pub categories: Vec<String>,
    pub names: Vec<String>,
    pub organizations: Vec<String>,
    pub summaries: Vec<String>,
    /// Where its locations are, for the distance a kiosk shows.
    pub places: Vec<Coordinates>,
    /// Who can go, as it states (empty: not stated).
    pub who_can_go: Vec<Situation>,
}

/// The result card stored with a document. Cards are postcard, not JSON: a results page
/// decodes twenty of them, and JSON took more time than finding the services.
pub fn card_of(fields: &Fields, doc: &TantivyDocument) -> Option<Card> {
    doc.get_first(fields.card).and_then(|v| v.as_bytes()).and_then(|b| postcard::from_bytes(b).ok())
}

/// The text in `lang`, or the Italian source when that translation is missing.
pub fn in_lang(texts: &[String], lang: Lang) -> String {
    texts.get(lang.index()).filter(|t| !t.is_empty()).or_else(|| texts.first()).cloned().unwrap_or_default()
}

/// Ended programmes and suspended services stay findable, but below what a family can use
/// today.
fn rank_factor(doc: &IndexDocument) -> f64 {
    match doc.status {
        ServiceStatus::Ended => 0.3,
        ServiceStatus::Suspended => 0.5,
        ServiceStatus::Active if doc.programme_ended => 0.5,
        ServiceStatus::Active => 1.0,
    }
}

/// The index document of `d`. Its open slots are the week's, with today's taken from the
/// locations not closed today (`calendar`): the index is rebuilt when Rome's day changes,
/// and "open now" only ever asks for a slot of today.
pub fn document(f: &Fields, d: &IndexDocument, calendar: Calendar, thesaurus: &Thesaurus) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_u64(f.id, d.id as u64);
    doc.add_f64(f.rank, rank_factor(d));
    let mut card = Card {
        slug: d.slug.clone(),
        status: d.status,
        municipalities: d.municipalities.clone(),
        categories: d.categories.clone(),
        places: d.locations.iter().filter_map(|l| l.coordinates).collect(),
        who_can_go: d.who_can_go.clone(),
        ..Card::default()
    };
    for lang in Lang::ALL {
        let i = lang.index();
        let t = d.texts.iter().find(|t| t.lang == lang).cloned().unwrap_or_default();
        doc.add_text(f.name[i], &t.name);
        doc.add_text(f.tags[i], &t.tags);
        doc.add_text(f.summary[i], &t.summary);
        for all in [&t.name, &t.name, &t.tags, &t.summary, &t.body] {
            doc.add_text(f.all[i], all);
        }
        doc.add_text(f.fold[i], &t.name);
        if lang != Lang::Zh {
            for spelled in [&t.name, &t.tags, &t.summary] {
                doc.add_text(f.spell, spelled);
            }
        }
        card.names.push(t.name);
        card.organizations.push(t.organization);
        card.summaries.push(t.summary);
    }
    for (field, values) in [
        (f.category, &d.categories),
        (f.municipality, &d.municipalities),
        (f.target_group, &d.target_groups),
        (f.language, &d.languages),
    ] {
        for value in values {
            doc.add_facet(field, Facet::from_path([value.as_str()]));
        }
    }
    for concept in thesaurus.concepts().iter().filter(|c| c.leads_to(&d.categories, &d.target_groups)) {
        doc.add_text(f.concept, &concept.id);
    }
    for comune in &d.municipalities {
        doc.add_text(f.comune, comune);
    }
    for word in facet_words(&d.who_can_go) {
        doc.add_facet(f.situation, Facet::from_path([word]));
    }
    let mut slots: Vec<u64> =
        d.locations.iter().flat_map(|location| opening::weekly_slots(location, calendar)).collect();
    slots.sort_unstable();
    slots.dedup();
    for slot in slots {
        doc.add_u64(f.open_slot, slot);
    }
    for point in &card.places {
        doc.add_u64(f.place, place_code(point));
    }
    doc.add_bytes(f.card, &postcard::to_stdvec(&card).unwrap_or_default());
    doc
}
