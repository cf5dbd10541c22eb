//! One service, as the server's own [`Service`]: a template of the organisation's focus made
//! local (its comune in the name and texts; in the realistic corpus also a neighbourhood,
//! venues and partners), with the optional fields the real files have in about the same
//! proportions.

use super::contact::phone_number;
use super::organisation::Provider;
use super::realistic::REALISTIC;
use super::tables::{Template, TABLES};
use super::text::{join, texts};
use super::Corpus;
use portineria::content::{Location, Phone, Service, Texts};
use portineria_app::lang::Lang;
use portineria_app::model::{AccessMode, ServiceStatus};
use portineria_app::requirements::{DocumentKind, Situation};
use portineria_tests::rng::Rng;

/// How services are reached, with the percentage of services that state each; the others
/// state none.
const ACCESS_SHARES: [(AccessMode, usize); 3] =
    [(AccessMode::WalkIn, 40), (AccessMode::Appointment, 35), (AccessMode::Referral, 15)];

/// Service names stay within this many Italian words, as real ones do.
pub const MAX_NAME_WORDS: usize = 8;

/// Service number `n` of the organisation `provider`. Draws for the realistic corpus are made
/// in its branches only, so the worst corpus draws exactly what it always did and its files
/// stay as they were.
pub fn service(rng: &mut Rng, n: usize, provider: &Provider) -> Service {
    let tables = &*TABLES;
    let wording = &tables.services;
    let template = &provider.corpus.templates()[*rng.pick(provider.focus)];
    let n_places = rng.range(1, 3);
    let places: Vec<&Location> =
        rng.distinct(provider.locations.len(), n_places).into_iter().map(|i| &provider.locations[i]).collect();
    let comune = places[0].municipality.as_str();
    let local = provider.words.map(|words| REALISTIC.service_words(rng, words, comune));
    let mut vars = vec![("{comune}", comune)];
    if let Some(local) = &local {
        vars.extend(local.vars());
    }
    // The name ends with the comune; in the realistic corpus half the time with the
    // neighbourhood instead, as local services often call themselves.
    let place = match &local {
        Some(local) if rng.chance(50) => local.neighbourhood,
        _ => comune,
    };

    let programme = if rng.chance(25) { Some(rng.pick(provider.programmes)) } else { None };
    let status = match programme {
        Some(p) if p.ended => ServiceStatus::Ended,
        _ if rng.chance(3) => ServiceStatus::Suspended,
        _ => ServiceStatus::Active,
    };
    let access = access_mode(rng);
    let mut target_groups = template.target_groups.clone();
    if rng.chance(20) {
        let group = &rng.pick(&tables.taxonomy.target_groups).slug;
        if !target_groups.contains(group) {
            target_groups.push(group.clone());
        }
    }
    let mut municipalities: Vec<String> = Vec::new();
    for place in &places {
        if !municipalities.contains(&place.municipality) {
            municipalities.push(place.municipality.clone());
        }
    }
    for _ in 0..rng.below(3) {
        let comune = rng.pick(&provider.region.comuni);
        if !municipalities.contains(comune) {
            municipalities.push(comune.clone());
        }
    }
    let mut languages = Vec::new();
    if rng.chance(30) {
        languages.push(Lang::It.code().to_string());
        let desk_languages = wording.desk_languages();
        let k = rng.range(1, 3);
        languages.extend(rng.distinct(desk_languages.len(), k).into_iter().map(|i| desk_languages[i].to_string()));
    }
    let domain = provider.domain;
    let website = rng.chance(35).then(|| format!("https://www.{domain}/servizi/{}", template.key));
    let email = rng.chance(60).then(|| format!("{}@{domain}", template.key.replace('-', ".")));
    let n_phones = *rng.pick(&[0, 1, 1, 1, 2]);
    let phones = (0..n_phones)
        .map(|_| {
            let number = phone_number(rng, provider.region);
            let label = rng.chance(40).then(|| rng.pick(&tables.organisations.phone_labels).fill(&[]));
            Phone { number, label }
        })
        .collect();
    let documents = documents(rng, provider.corpus, template);

    // The template's name, sometimes a variant, and the place where the words allow.
    let words = |s: &str| s.split_whitespace().count();
    let base_words = words(template.name.get(Lang::It));
    let with_place = base_words + words(place) <= MAX_NAME_WORDS;
    let used = base_words + if with_place { words(place) } else { 0 };
    let variants = provider.corpus.name_variants();
    let variant = if !variants.is_empty() && rng.chance(30) {
        let variant = rng.pick(variants);
        (used + words(variant.get(Lang::It)) <= MAX_NAME_WORDS).then_some(variant)
    } else {
        None
    };
    let name = texts(|lang| {
        let mut name = template.name.get(lang).to_string();
        if let Some(variant) = variant {
            name.push_str(variant.get(lang));
        }
        if with_place {
            name.push_str(" — ");
            name.push_str(place);
        }
        name
    });
    let mut summary = vec![template.summary.fill(&vars)];
    if rng.chance(40) {
        summary.push(rng.pick(provider.corpus.summary_tails()).fill(&vars));
    }
    // Two or more of the template's details, topped up with the corpus's fillers; at most six.
    let n_details = rng.range(2, template.details.len());
    let n_sentences = rng.range(3, 6);
    let mut description: Vec<_> =
        rng.distinct(template.details.len(), n_details).into_iter().map(|i| template.details[i].fill(&vars)).collect();
    let fillers = provider.corpus.fillers();
    for i in rng.distinct(fillers.len(), n_sentences.saturating_sub(n_details).max(1)) {
        description.push(fillers[i].fill(&vars));
    }
    description.truncate(6);
    let eligibility = rng.chance(80).then(|| template.eligibility.fill(&vars));
    let how_to_access = access.map(|mode| rng.pick(wording.how_to_access(mode)).fill(&vars));
    let cost = rng.chance(60).then(|| rng.pick(&wording.costs).fill(&[]));
    // The real sources rarely say either: a few services pick documents from the list, and
    // about one in five says who can go.
    let pictured = &DocumentKind::ALL[..DocumentKind::ALL.len() - 1];
    let required_documents = if rng.chance(20) {
        let n = rng.range(1, 3);
        rng.distinct(pictured.len(), n).into_iter().map(|i| pictured[i].as_str().to_string()).collect()
    } else {
        Vec::new()
    };
    let who_can_go = if rng.chance(10) {
        vec![Situation::Anyone.as_str().to_string()]
    } else if rng.chance(10) {
        let specific = &Situation::ALL[1..];
        let n = rng.range(1, 3);
        rng.distinct(specific.len(), n).into_iter().map(|i| specific[i].as_str().to_string()).collect()
    } else {
        Vec::new()
    };

    Service {
        id: None,
        last_modified: None,
        slug: format!("synth-svc-{n:07}"),
        programme: programme.map(|p| p.slug.clone()),
        status: status.as_str().to_string(),
        access: access.map(|mode| mode.as_str().to_string()),
        categories: template.categories.clone(),
        target_groups,
        municipalities,
        locations: places.iter().map(|p| p.key.clone()).collect(),
        languages,
        website,
        email,
        phones,
        name,
        summary: join(&summary),
        description: join(&description),
        eligibility,
        how_to_access,
        cost,
        required_documents,
        documents,
        who_can_go,
        // Synthetic services have no plain line, district or editors' note: the benchmark
        // measures search over the texts every service has.
        in_short: None,
        district: None,
        editor_note: None,
    }
}

/// The documents a service asks for. In the worst corpus any of the list, so that their
/// words are in most services; in the realistic one about a third of the services name some
/// of their topic's.
fn documents(rng: &mut Rng, corpus: Corpus, template: &Template) -> Vec<Texts> {
    let all = &TABLES.services.documents;
    let picked = match corpus {
        Corpus::Worst => {
            let n = rng.below(5);
            rng.distinct(all.len(), n)
        }
        Corpus::Realistic if template.documents.is_empty() || !rng.chance(35) => Vec::new(),
        Corpus::Realistic => {
            let n = rng.range(1, template.documents.len());
            rng.distinct(template.documents.len(), n).into_iter().map(|i| template.documents[i]).collect()
        }
    };
    picked.into_iter().map(|d| all[d].fill(&[])).collect()
}

/// One of [`ACCESS_SHARES`], or none.
fn access_mode(rng: &mut Rng) -> Option<AccessMode> {
    let mut at = rng.below(100);
    for (mode, share) in ACCESS_SHARES {
        if at < share {
            return Some(mode);
        }
        at -= share;
    }
    None
}
