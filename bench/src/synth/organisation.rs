//! One organisation file: the organisation, its places, its programmes and its services,
//! as the server's own [`OrganizationFile`]. Everything in it follows from the seed and the
//! file's number alone, so files can be made in any order, in parallel, and stay the same.

use super::contact::{ascii_compact, phone_number};
use super::hours::weekly_hours;
use super::realistic::{OrganisationWords, REALISTIC};
use super::service::service;
use super::tables::{Region, TABLES};
use super::text::{fill, join};
use super::Corpus;
use portineria::content::{FileTranslationStatus, Location, Organization, OrganizationFile, Phone, Programme};
use portineria_tests::rng::Rng;

/// Each organisation has a focus of this many service templates, as real ones do.
const TEMPLATES_PER_ORGANISATION: usize = 12;

/// The organisation as its services see it: what they are made from.
pub struct Provider<'a> {
    pub corpus: Corpus,
    pub region: &'static Region,
    pub locations: &'a [Location],
    pub programmes: &'a [ProgrammeRef],
    /// The web and e-mail domain.
    pub domain: &'a str,
    /// Indices of the corpus's templates its services are made from.
    pub focus: &'a [usize],
    /// Its own words, which the realistic corpus's descriptions name (none in the worst).
    pub words: Option<&'a OrganisationWords>,
}

/// Where an organisation is and what it is called, as its programmes mention it.
struct Identity<'a> {
    region: &'static Region,
    home: &'static str,
    domain: &'a str,
    /// The Italian name.
    name: &'a str,
}

/// A programme a service may belong to.
pub struct ProgrammeRef {
    pub slug: String,
    /// Services of an ended programme have ended too.
    pub ended: bool,
}

/// Organisation file number `org` of a run with `seed`, with `count` services numbered from
/// `first`. Draws for the realistic corpus are made in its branches only, so the worst corpus
/// draws exactly what it always did and its files stay as they were.
pub fn organisation_file(corpus: Corpus, seed: u64, org: usize, first: usize, count: usize) -> OrganizationFile {
    let tables = &*TABLES;
    let wording = &tables.organisations;
    let mut rng = Rng::new(seed ^ (org as u64 + 1).wrapping_mul(0xD1B5_4A32_D192_ED69));
    rng.next_u64();

    let (region, home) = comune(&mut rng);
    let kind = rng.pick(&wording.kinds);
    let proper = match corpus {
        Corpus::Worst => rng.pick(&wording.names).as_str(),
        Corpus::Realistic => REALISTIC.organisation_name(&mut rng, seed, home),
    };
    let name = kind.name.fill(&[("{name}", proper), ("{comune}", home)]);
    let domain = fill(&kind.domain, &[("{name}", &ascii_compact(proper)), ("{comune}", &ascii_compact(home))]);
    let website = rng.chance(90).then(|| format!("https://www.{domain}"));
    let email = rng.chance(90).then(|| format!("info@{domain}"));
    let mut phones = Vec::new();
    if rng.chance(50) {
        let number = phone_number(&mut rng, region);
        phones.push(Phone { number, label: Some(wording.phone_labels[0].fill(&[])) });
    }
    let organisation_name = name.italian().to_string();
    let year = rng.range(1985, 2022).to_string();
    let vars = [("{organisation}", organisation_name.as_str()), ("{comune}", home), ("{year}", year.as_str())];
    let mut description = vec![wording.description[0].fill(&vars)];
    let extra = rng.range(1, 2);
    for i in rng.distinct(wording.description.len() - 1, extra) {
        description.push(wording.description[i + 1].fill(&vars));
    }
    let organization = Organization {
        id: None,
        slug: format!("synth-org-{org:05}"),
        website,
        email,
        phones,
        name,
        description: join(&description),
        editor_note: None,
    };

    let locations: Vec<Location> = (0..rng.range(2, 5)).map(|i| location(&mut rng, region, home, i)).collect();
    let identity = Identity { region, home, domain: &domain, name: &organisation_name };
    let (mut programmes, mut refs) = (Vec::new(), Vec::new());
    let n_programmes = rng.range(1, 3);
    for (j, title) in rng.distinct(tables.programmes.titles.len(), n_programmes).into_iter().enumerate() {
        let slug = format!("synth-prog-{org:05}-{}", j + 1);
        let (programme, ended) = programme(&mut rng, &identity, title, slug);
        refs.push(ProgrammeRef { slug: programme.slug.clone(), ended });
        programmes.push(programme);
    }

    let focus = rng.distinct(corpus.templates().len(), TEMPLATES_PER_ORGANISATION);
    let words = match corpus {
        Corpus::Worst => None,
        Corpus::Realistic => Some(REALISTIC.organisation_words(&mut rng, seed, home, &organisation_name)),
    };
    let provider = Provider {
        corpus,
        region,
        locations: &locations,
        programmes: &refs,
        domain: &domain,
        focus: &focus,
        words: words.as_ref(),
    };
    let services = (first..first + count).map(|n| service(&mut rng, n, &provider)).collect();
    // The default corpus goes unnamed, so that its files stay as they were.
    let corpus_flag = match corpus {
        Corpus::Worst => String::new(),
        other => format!(" --corpus {other}"),
    };
    OrganizationFile {
        translations: FileTranslationStatus::Machine,
        source: Some(format!("portineria-bench synth{corpus_flag} --seed {seed} (synthetic data for benchmarks)")),
        organization,
        locations,
        programmes,
        services,
        events: Vec::new(),
        statuses: Default::default(),
        outdated_from: Default::default(),
    }
}

/// Where the organisation is based: any of the comuni, each as likely as the others.
fn comune(rng: &mut Rng) -> (&'static Region, &'static str) {
    let regions = &TABLES.places.regions;
    let mut at = rng.below(regions.iter().map(|r| r.comuni.len()).sum());
    for region in regions {
        match region.comuni.get(at) {
            Some(comune) => return (region, comune),
            None => at -= region.comuni.len(),
        }
    }
    unreachable!("the index is below the number of comuni")
}

/// The organisation's `i`-th place: the first in its home comune, the others mostly there too.
fn location(rng: &mut Rng, region: &'static Region, home: &str, i: usize) -> Location {
    let wording = &TABLES.organisations;
    let municipality = if i == 0 || rng.chance(55) { home } else { rng.pick(&region.comuni).as_str() };
    let suffix = match rng.below(10) {
        0 => "A",
        1 => "/B",
        _ => "",
    };
    let street = rng.pick(&TABLES.places.streets);
    let address = format!("{street}, {}{suffix}", rng.range(1, 180));
    let name = rng.chance(70).then(|| rng.pick(&wording.location_names).fill(&[]));
    let hours = if rng.chance(8) { Vec::new() } else { weekly_hours(rng) };
    let hours_note = if hours.is_empty() {
        Some(wording.hours_by_phone.fill(&[]))
    } else if rng.chance(25) {
        Some(rng.pick(&wording.hours_notes).fill(&[]))
    } else {
        None
    };
    Location {
        key: format!("sede-{}", i + 1),
        address: Some(address),
        municipality: municipality.to_string(),
        name,
        hours_note,
        hours,
        ..Location::default()
    }
}

/// A programme with title number `title`, and whether it has ended. Some run over several
/// years, some have ended, a few have no end date.
fn programme(rng: &mut Rng, identity: &Identity, title: usize, slug: String) -> (Programme, bool) {
    let Identity { region, home, domain, name: organisation_name } = *identity;
    let wording = &TABLES.programmes;
    let title = wording.titles[title].as_str();
    let start = rng.range(2014, 2024);
    let ended = rng.chance(35);
    let end = if ended {
        Some(rng.range(start + 1, 2025))
    } else if rng.chance(60) {
        Some(rng.range(2026, 2028))
    } else {
        None
    };
    let form = rng.below(3);
    let start = partial_date(rng, start, form);
    let end = end.map(|end| partial_date(rng, end, form));
    let path = title.split_whitespace().map(ascii_compact).collect::<Vec<_>>().join("-");
    let website = rng.chance(50).then(|| format!("https://www.{domain}/progetti/{path}"));
    let email = rng.chance(30).then(|| format!("progetti@{domain}"));
    let n_partners = rng.range(1, 3);
    let partners = rng
        .distinct(wording.partners.len(), n_partners)
        .into_iter()
        .map(|p| fill(&wording.partners[p], &[("{comune}", home)]))
        .collect();
    let mut municipalities = vec![home.to_string()];
    for _ in 0..rng.below(3) {
        let comune = rng.pick(&region.comuni);
        if !municipalities.contains(comune) {
            municipalities.push(comune.clone());
        }
    }
    let count = (rng.range(3, 60) * 10).to_string();
    let vars = [
        ("{title}", title),
        ("{organisation}", organisation_name),
        ("{comune}", home),
        ("{region}", region.name.as_str()),
        ("{count}", count.as_str()),
    ];
    let name = wording.name.fill(&vars);
    let summary = rng.pick(&wording.summaries).fill(&vars);
    let n_sentences = rng.range(2, 3);
    let description: Vec<_> = wording.description[..n_sentences].iter().map(|s| s.fill(&vars)).collect();
    let funder = rng.chance(80).then(|| rng.pick(&wording.funders).fill(&vars));
    let beneficiaries = rng.chance(60).then(|| wording.beneficiaries.fill(&vars));
    let programme = Programme {
        id: None,
        slug,
        start: Some(start),
        end,
        website,
        email,
        partners,
        municipalities,
        name,
        summary,
        description: join(&description),
        funder,
        beneficiaries,
        district: None,
        editor_note: None,
    };
    (programme, ended)
}

/// `year` as `YYYY` (form 0), `YYYY-MM` (1) or `YYYY-MM-DD` (2), as the real files give dates.
fn partial_date(rng: &mut Rng, year: usize, form: usize) -> String {
    match form {
        0 => format!("{year}"),
        1 => format!("{year}-{:02}", rng.range(1, 12)),
        _ => format!("{year}-{:02}-{:02}", rng.range(1, 12), rng.range(1, 28)),
    }
}
