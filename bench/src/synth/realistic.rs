//! The realistic corpus (`--corpus realistic`): services whose texts vary as real ones do, so
//! that a specific query matches the few services that name it rather than a quarter of
//! them. (Words the thesaurus maps to a category still find the whole category, as they
//! would in a real directory.)
//!
//! The worst corpus repeats 30 templates and pads every description from one pool of
//! sentences, so common words are everywhere. Here a template is composed from parts
//! (`realistic.toml`, `topics.toml`): a kind of service × a topic × a target group (or none)
//! × a delivery mode (or none), over a thousand of them, each topic bringing its own
//! vocabulary (the 30 templates' wording is reused for 30 of the topics). Services are then
//! made local: each comune has its own neighbourhoods, each organisation its own name and
//! partners, and descriptions are topped up with sentences naming those, the venues and the
//! buses of the place. The shared generator (organisation.rs, service.rs) does the rest, so
//! both corpora have the same shape and optional fields.

use super::service::MAX_NAME_WORDS;
use super::tables::{parse, Tables, Template, TABLES};
use super::text::{fill, Fragment};
use portineria_app::lang::Lang;
use portineria_tests::rng::Rng;
use serde::Deserialize;
use std::iter::once;
use std::sync::LazyLock;

/// The parts and the templates composed from them, made on first use.
pub static REALISTIC: LazyLock<Realistic> = LazyLock::new(|| {
    let parts: Parts = parse("realistic.toml", include_str!("../../data/synth/realistic.toml"));
    let topics = parse::<TopicFile>("topics.toml", include_str!("../../data/synth/topics.toml")).topics;
    let templates = compose(&parts, &topics, &TABLES);
    Realistic { parts, templates }
});

pub struct Realistic {
    parts: Parts,
    /// Every kind × topic × group × mode whose name fits, in the data files' order.
    pub templates: Vec<Template>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Parts {
    neighbourhoods: Vec<String>,
    people: Vec<String>,
    saints: Vec<String>,
    venues: Vec<String>,
    partners: Vec<String>,
    organisation_names: Vec<String>,
    organisation_sizes: Vec<usize>,
    eligibility: Vec<Fragment>,
    summary_tails: Vec<Fragment>,
    fillers: Vec<Fragment>,
    kinds: Vec<Kind>,
    groups: Vec<Group>,
    modes: Vec<Mode>,
}

/// What a service is (a desk, a course…): its name around `{topic}` and `{group}`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Kind {
    key: String,
    modes: Vec<String>,
    name: Fragment,
    sentences: Vec<Fragment>,
}

/// Whom a service is for.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Group {
    key: String,
    target_groups: Vec<String>,
    name: Fragment,
    sentence: Fragment,
    eligibility: Fragment,
}

/// How a service is delivered (online, in the evening…).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Mode {
    key: String,
    name: Fragment,
    sentence: Fragment,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicFile {
    topics: Vec<Topic>,
}

/// What services are about; see topics.toml.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Topic {
    key: String,
    template: Option<String>,
    #[serde(default)]
    categories: Vec<String>,
    #[serde(default)]
    target_groups: Vec<String>,
    kinds: Vec<String>,
    groups: Vec<String>,
    #[serde(default)]
    documents: Vec<String>,
    label: Fragment,
    summary: Option<Fragment>,
    #[serde(default)]
    details: Vec<Fragment>,
    eligibility: Option<Fragment>,
}

/// What a topic says whatever the kind: its own texts or those of the template it borrows.
struct Base<'a> {
    categories: &'a [String],
    target_groups: &'a [String],
    summary: &'a Fragment,
    details: &'a [Fragment],
    eligibility: &'a Fragment,
}

/// The data files are part of the program: a wrong key is a bug, and panics naming it.
fn find<'a, T>(items: &'a [T], key: &str, key_of: impl Fn(&T) -> &str, what: &str) -> &'a T {
    items
        .iter()
        .find(|item| key_of(item) == key)
        .unwrap_or_else(|| panic!("synthetic-content tables: no {what} {key:?}"))
}

fn base<'a>(topic: &'a Topic, index: usize, parts: &'a Parts, tables: &'a Tables) -> Base<'a> {
    match &topic.template {
        Some(key) => {
            let t = find(&tables.templates, key, |t| &t.key, "template");
            Base {
                categories: &t.categories,
                target_groups: &t.target_groups,
                summary: &t.summary,
                details: &t.details,
                eligibility: &t.eligibility,
            }
        }
        None => {
            let summary = topic.summary.as_ref().unwrap_or_else(|| panic!("topics.toml: {} has no summary", topic.key));
            assert!(topic.details.len() >= 2, "topics.toml: {} needs two or more details", topic.key);
            Base {
                categories: &topic.categories,
                target_groups: &topic.target_groups,
                summary,
                details: &topic.details,
                // Topics without their own share the general ones out, by their order.
                eligibility: topic.eligibility.as_ref().unwrap_or(&parts.eligibility[index % parts.eligibility.len()]),
            }
        }
    }
}

/// Every template the parts make: for each topic, each of its kinds, for everyone and for
/// each of its groups, without and with each mode of the kind; names over
/// [`MAX_NAME_WORDS`] Italian words are left out, as the worst corpus keeps them short too.
fn compose(parts: &Parts, topics: &[Topic], tables: &Tables) -> Vec<Template> {
    let all_documents = &tables.services.documents;
    let mut templates = Vec::new();
    for (index, topic) in topics.iter().enumerate() {
        let base = base(topic, index, parts, tables);
        let documents: Vec<usize> = topic
            .documents
            .iter()
            .map(|d| {
                let at = all_documents.iter().position(|f| f.get(Lang::It) == d);
                at.unwrap_or_else(|| panic!("topics.toml: {}: no document {d:?} in services.toml", topic.key))
            })
            .collect();
        for kind in topic.kinds.iter().map(|k| find(&parts.kinds, k, |k| &k.key, "kind")) {
            let groups =
                once(None).chain(topic.groups.iter().map(|g| Some(find(&parts.groups, g, |g| &g.key, "group"))));
            for group in groups {
                let modes =
                    once(None).chain(kind.modes.iter().map(|m| Some(find(&parts.modes, m, |m| &m.key, "mode"))));
                for mode in modes {
                    let name = Fragment::new(|lang| {
                        let group_name = group.map_or("", |g| g.name.get(lang));
                        let mut name =
                            fill(kind.name.get(lang), &[("{topic}", topic.label.get(lang)), ("{group}", group_name)]);
                        name.push_str(mode.map_or("", |m| m.name.get(lang)));
                        name
                    });
                    if name.get(Lang::It).split_whitespace().count() > MAX_NAME_WORDS {
                        continue;
                    }
                    let mut details = base.details.to_vec();
                    details.extend(kind.sentences.iter().cloned());
                    details.extend(group.map(|g| g.sentence.clone()));
                    details.extend(mode.map(|m| m.sentence.clone()));
                    let key = [
                        Some(kind.key.as_str()),
                        Some(topic.key.as_str()),
                        group.map(|g| g.key.as_str()),
                        mode.map(|m| m.key.as_str()),
                    ]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join("-");
                    templates.push(Template {
                        key,
                        categories: base.categories.to_vec(),
                        // A group narrows whom the service is for, as its name says.
                        target_groups: group.map_or(base.target_groups, |g| &g.target_groups).to_vec(),
                        name,
                        summary: base.summary.clone(),
                        details,
                        eligibility: group.map_or(base.eligibility, |g| &g.eligibility).clone(),
                        documents: documents.clone(),
                    });
                }
            }
        }
    }
    templates
}

/// FNV-1a: a comune's words must not depend on the process (std's hasher is seeded per run).
fn stable_hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
}

/// An organisation's own words, which its services' descriptions name.
pub struct OrganisationWords {
    seed: u64,
    /// Its Italian name.
    name: String,
    /// Its partners' names, made local.
    partners: Vec<String>,
}

/// A service's local words: one of its comune's neighbourhoods, a venue there, partners of
/// its organisation, the bus that gets there.
pub struct ServiceWords<'a> {
    pub neighbourhood: &'a str,
    venue: String,
    partner: &'a str,
    partners: String,
    stop: &'a str,
    bus: String,
    year: String,
    organisation: &'a str,
}

impl ServiceWords<'_> {
    /// The placeholders of the fillers and their values.
    pub fn vars(&self) -> [(&'static str, &str); 8] {
        [
            ("{neighbourhood}", self.neighbourhood),
            ("{venue}", &self.venue),
            ("{partners}", &self.partners),
            ("{partner}", self.partner),
            ("{stop}", self.stop),
            ("{bus}", &self.bus),
            ("{year}", &self.year),
            ("{organisation}", self.organisation),
        ]
    }
}

impl Realistic {
    pub fn fillers(&self) -> &[Fragment] {
        &self.parts.fillers
    }

    pub fn summary_tails(&self) -> &[Fragment] {
        &self.parts.summary_tails
    }

    /// The comune's neighbourhoods: three to six, the same for every organisation there
    /// (drawn from the seed and the comune's name alone).
    fn neighbourhoods(&self, seed: u64, comune: &str) -> Vec<&str> {
        let mut rng = Rng::new(seed ^ stable_hash(comune));
        let k = rng.range(3, 6);
        let all = &self.parts.neighbourhoods;
        rng.distinct(all.len(), k).into_iter().map(|i| all[i].as_str()).collect()
    }

    /// How many services each organisation file of `services` holds: most organisations list
    /// a few, some dozens. Drawn one after the other from the seed, before the files are made
    /// in parallel.
    pub fn organisation_sizes(&self, seed: u64, services: usize) -> Vec<usize> {
        let mut rng = Rng::new(seed ^ 0x0A5E_5EED_0F51_2E5A);
        let mut sizes = Vec::new();
        let mut left = services;
        while left > 0 {
            let size = (*rng.pick(&self.parts.organisation_sizes)).min(left);
            sizes.push(size);
            left -= size;
        }
        sizes
    }

    /// The proper name of an organisation based in `home`: one of the shared names or of
    /// this corpus's, or one of its comune's neighbourhoods.
    pub fn organisation_name(&self, rng: &mut Rng, seed: u64, home: &str) -> &str {
        let (shared, own) = (&TABLES.organisations.names, &self.parts.organisation_names);
        let local = self.neighbourhoods(seed, home);
        let at = rng.below(shared.len() + own.len() + local.len());
        if at < shared.len() {
            &shared[at]
        } else if at < shared.len() + own.len() {
            &own[at - shared.len()]
        } else {
            local[at - shared.len() - own.len()]
        }
    }

    /// The words of the organisation called `name` in `home`: two to four partners, from
    /// programmes.toml's and this corpus's, named after places of its comune.
    pub fn organisation_words(&self, rng: &mut Rng, seed: u64, home: &str, name: &str) -> OrganisationWords {
        let local = self.neighbourhoods(seed, home);
        let (shared, own) = (&TABLES.programmes.partners, &self.parts.partners);
        let k = rng.range(2, 4);
        let partners = rng
            .distinct(shared.len() + own.len(), k)
            .into_iter()
            .map(|i| {
                let pattern = if i < shared.len() { &shared[i] } else { &own[i - shared.len()] };
                self.local_name(rng, pattern, home, &local)
            })
            .collect();
        OrganisationWords { seed, name: name.to_string(), partners }
    }

    /// The local words of a service of `organisation` in `comune`.
    pub fn service_words<'a>(
        &'a self,
        rng: &mut Rng,
        organisation: &'a OrganisationWords,
        comune: &str,
    ) -> ServiceWords<'a> {
        let local = self.neighbourhoods(organisation.seed, comune);
        let venue = rng.pick(&self.parts.venues);
        let venue = self.local_name(rng, venue, comune, &local);
        let k = rng.range(1, 2);
        let partners: Vec<&str> = rng
            .distinct(organisation.partners.len(), k)
            .into_iter()
            .map(|i| organisation.partners[i].as_str())
            .collect();
        ServiceWords {
            neighbourhood: local[rng.below(local.len())],
            venue,
            partner: partners[0],
            partners: partners.join(", "),
            stop: rng.pick(&TABLES.places.streets).as_str(),
            bus: rng.range(1, 99).to_string(),
            year: rng.range(2005, 2024).to_string(),
            organisation: &organisation.name,
        }
    }

    /// `pattern` (the name of a venue or a partner) with its placeholders filled in from the
    /// words of `comune`.
    fn local_name(&self, rng: &mut Rng, pattern: &str, comune: &str, neighbourhoods: &[&str]) -> String {
        fill(
            pattern,
            &[
                ("{comune}", comune),
                ("{neighbourhood}", *rng.pick(neighbourhoods)),
                ("{person}", rng.pick(&self.parts.people).as_str()),
                ("{saint}", rng.pick(&self.parts.saints).as_str()),
                ("{name}", rng.pick(&TABLES.organisations.names).as_str()),
            ],
        )
    }
}
