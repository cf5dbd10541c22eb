//! Synthetic content for benchmarks and load tests (`portineria synth`).
//!
//! The real `content/` holds a few dozen services: too few to tell whether import, indexing,
//! search and the pages still behave with a national directory. Measurements are only
//! comparable when the data is the same from run to run and resembles the real thing: the
//! same five languages and scripts (stemming, Arabic normalisation and Chinese segmentation
//! dominate indexing cost), the same vocabulary (so the thesaurus and ranking have work to do),
//! the same shape (locations with weekly hours, programmes, optional fields). So the data is
//! assembled from hand-written multilingual fragments, reusing the real files' wording, driven
//! by a seeded PRNG, and written in exactly the format `portineria import` reads, so that it
//! goes through the normal importer and validation.

use std::fmt::Write as _;
use std::io;
use std::path::PathBuf;
use std::time::Instant;

/// The language order of every [`T5`]: the order of the tables in the content files.
const LANGS: [&str; 5] = ["it", "ro", "ar", "sq", "zh"];

/// A text fragment in it, ro, ar, sq, zh; `{c}` (comune), `{org}`, `{t}`, `{y}`, `{r}`, `{k}`, `{n}`
/// are filled in when the fragment is used.
type T5 = [&'static str; 5];

/// A filled-in text in the five languages.
type L5 = [String; 5];

/// About as many services as a large real organisation file lists; also keeps each file small
/// enough that the importer's per-file work stays representative.
pub const SERVICES_PER_FILE: usize = 40;

const DEFAULT_SEED: u64 = 42;

/// What to generate; parsed from the command line by [`Options::from_args`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    pub services: usize,
    pub out: PathBuf,
    pub seed: u64,
}

impl Options {
    /// Parses `--services N --out DIR [--seed S]` (the arguments after `synth`).
    pub fn from_args(args: impl IntoIterator<Item = String>) -> Result<Self, String> {
        let mut args = args.into_iter();
        let (mut services, mut out, mut seed) = (None, None, DEFAULT_SEED);
        while let Some(flag) = args.next() {
            let mut value = || args.next().ok_or_else(|| format!("{flag} needs a value"));
            match flag.as_str() {
                "--services" => {
                    let v = value()?;
                    services = Some(v.parse::<usize>().ok().filter(|n| *n > 0).ok_or(format!("bad --services {v:?}"))?);
                }
                "--out" => out = Some(PathBuf::from(value()?)),
                "--seed" => {
                    let v = value()?;
                    seed = v.parse().map_err(|_| format!("bad --seed {v:?}"))?;
                }
                other => return Err(format!("unknown synth argument {other:?}")),
            }
        }
        Ok(Self {
            services: services.ok_or("synth needs --services N")?,
            out: out.ok_or("synth needs --out DIR")?,
            seed,
        })
    }
}

/// What [`generate`] wrote, printed as the command's one summary line.
#[derive(Clone, Debug)]
pub struct Summary {
    pub files: usize,
    pub services: usize,
    pub seconds: f64,
    pub out: PathBuf,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "synth: {} organisation files (+ taxonomy.toml, thesaurus.toml), {} services in {}, {:.2} s",
            self.files,
            self.services,
            self.out.display(),
            self.seconds
        )
    }
}

/// The real taxonomy and thesaurus, embedded so the binary can write a complete content
/// directory from anywhere and the synthetic slugs are always checked against the same file.
const TAXONOMY: &str = include_str!("../../content/taxonomy.toml");
const THESAURUS: &str = include_str!("../../content/thesaurus.toml");

/// Writes the content directory. Each organisation file depends only on the seed and its
/// index, so the files can be written in parallel and stay byte-identical between runs.
pub fn generate(options: &Options) -> io::Result<Summary> {
    let started = Instant::now();
    let dir = options.out.as_path();
    std::fs::create_dir_all(dir)?;
    // Files of an earlier, larger run would otherwise be imported too and skew the count.
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with("synth-org-") && name.ends_with(".toml") {
            std::fs::remove_file(&path)?;
        }
    }
    std::fs::write(dir.join("taxonomy.toml"), TAXONOMY)?;
    std::fs::write(dir.join(crate::content::THESAURUS_FILE), THESAURUS)?;
    let files = options.services.div_ceil(SERVICES_PER_FILE);
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, files.max(1));
    let services = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|worker| {
                scope.spawn(move || -> io::Result<usize> {
                    let mut buf = String::with_capacity(1 << 20);
                    let mut written = 0;
                    for org in (worker..files).step_by(workers) {
                        let first = org * SERVICES_PER_FILE;
                        let count = SERVICES_PER_FILE.min(options.services - first);
                        buf.clear();
                        write_org(&mut buf, options.seed, org, first, count);
                        // One write of the whole file: the buffering a BufWriter would do, in one call.
                        std::fs::write(dir.join(format!("synth-org-{org:05}.toml")), buf.as_bytes())?;
                        written += count;
                    }
                    Ok(written)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().expect("synth worker panicked")).sum::<io::Result<usize>>()
    })?;
    Ok(Summary { files, services, seconds: started.elapsed().as_secs_f64(), out: dir.to_path_buf() })
}

// ------------------------------------------------------------------------------------ PRNG

/// splitmix64: tiny, fast and stable across platforms and crate versions, which is what
/// reproducible benchmark data needs (no `rand`, whose streams may change between releases).
/// Also the tests' source of reproducible random input.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    fn for_org(seed: u64, org: usize) -> Self {
        let mut rng = Rng(seed ^ (org as u64 + 1).wrapping_mul(0xD1B5_4A32_D192_ED69));
        rng.next();
        rng
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn pick_str(&mut self, items: &[&'static str]) -> &'static str {
        items[self.below(items.len())]
    }

    /// `k` distinct indices of `0..n`, in random order.
    fn distinct(&mut self, n: usize, k: usize) -> Vec<usize> {
        let mut all: Vec<usize> = (0..n).collect();
        let k = k.min(n);
        for i in 0..k {
            let j = i + self.below(n - i);
            all.swap(i, j);
        }
        all.truncate(k);
        all
    }
}

// ------------------------------------------------------------------------------ TOML text

/// Appends `s` as a TOML basic string.
fn toml_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn kv(out: &mut String, key: &str, value: &str) {
    out.push_str(key);
    out.push_str(" = ");
    toml_string(out, value);
    out.push('\n');
}

fn kv_list<S: AsRef<str>>(out: &mut String, key: &str, values: &[S]) {
    out.push_str(key);
    out.push_str(" = [");
    for (i, v) in values.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        toml_string(out, v.as_ref());
    }
    out.push_str("]\n");
}

fn inline_texts(out: &mut String, t: &L5) {
    out.push('{');
    for (i, lang) in LANGS.iter().enumerate() {
        out.push_str(if i == 0 { " " } else { ", " });
        out.push_str(lang);
        out.push_str(" = ");
        toml_string(out, &t[i]);
    }
    out.push_str(" }");
}

fn texts_table(out: &mut String, header: &str, t: &L5) {
    out.push_str("\n[");
    out.push_str(header);
    out.push_str("]\n");
    for (lang, text) in LANGS.iter().zip(t) {
        kv(out, lang, text);
    }
}

fn phones(out: &mut String, list: &[(String, Option<L5>)]) {
    if list.is_empty() {
        return;
    }
    out.push_str("phones = [\n");
    for (number, label) in list {
        out.push_str("  { number = ");
        toml_string(out, number);
        if let Some(label) = label {
            out.push_str(", label = ");
            inline_texts(out, label);
        }
        out.push_str(" },\n");
    }
    out.push_str("]\n");
}

/// Fills the placeholders of one fragment into its five languages.
fn fill(t: &T5, vars: &[(&str, &str)]) -> L5 {
    std::array::from_fn(|i| {
        let mut s = t[i].to_string();
        if s.contains('{') {
            for (k, v) in vars {
                if s.contains(k) {
                    s = s.replace(k, v);
                }
            }
        }
        s
    })
}

/// Joins sentences per language (Chinese without spaces).
fn join(parts: &[L5]) -> L5 {
    std::array::from_fn(|i| {
        let sep = if LANGS[i] == "zh" { "" } else { " " };
        parts.iter().map(|p| p[i].as_str()).collect::<Vec<_>>().join(sep)
    })
}

/// Lowercase ASCII letters and digits of a name (accents dropped), for e-mail domains.
fn ascii_compact(s: &str) -> String {
    s.chars()
        .filter_map(|c| match c.to_ascii_lowercase() {
            c @ ('a'..='z' | '0'..='9') => Some(c),
            'à' | 'á' | 'À' => Some('a'),
            'è' | 'é' | 'È' => Some('e'),
            'ì' | 'í' => Some('i'),
            'ò' | 'ó' => Some('o'),
            'ù' | 'ú' => Some('u'),
            _ => None,
        })
        .collect()
}

// ------------------------------------------------------------------------------- the data

struct Region {
    name: &'static str,
    /// Landline prefixes of the region's districts.
    prefixes: &'static [&'static str],
    comuni: &'static [&'static str],
}

const REGIONS: &[Region] = &[
    Region {
        name: "Lombardia",
        prefixes: &["02", "030", "035", "031", "0382", "0372", "0331", "0371", "0376", "0341"],
        comuni: &[
            "Milano",
            "Bergamo",
            "Brescia",
            "Como",
            "Cremona",
            "Crema",
            "Lecco",
            "Lodi",
            "Mantova",
            "Monza",
            "Pavia",
            "Sondrio",
            "Varese",
            "Busto Arsizio",
            "Gallarate",
            "Legnano",
            "Rho",
            "Sesto San Giovanni",
            "Cinisello Balsamo",
            "Cologno Monzese",
            "Rozzano",
            "Binasco",
            "Abbiategrasso",
            "Corsico",
            "Buccinasco",
            "San Donato Milanese",
            "San Giuliano Milanese",
            "Opera",
            "Pieve Emanuele",
            "Locate di Triulzi",
            "Vigevano",
            "Voghera",
            "Seregno",
            "Desio",
            "Lissone",
            "Cantù",
            "Saronno",
            "Treviglio",
            "Dalmine",
            "Chiari",
            "Desenzano del Garda",
            "Lumezzane",
            "Codogno",
            "Casalmaggiore",
            "Melzo",
        ],
    },
    Region {
        name: "Piemonte",
        prefixes: &["011", "0131", "0141", "0171", "0321", "0161", "015", "0173", "0142", "0174"],
        comuni: &[
            "Torino",
            "Moncalieri",
            "Collegno",
            "Rivoli",
            "Nichelino",
            "Settimo Torinese",
            "Grugliasco",
            "Chieri",
            "Pinerolo",
            "Orbassano",
            "Beinasco",
            "Rivalta di Torino",
            "Piossasco",
            "Bruino",
            "Volvera",
            "Venaria Reale",
            "Chivasso",
            "Ivrea",
            "Alessandria",
            "Asti",
            "Cuneo",
            "Novara",
            "Vercelli",
            "Biella",
            "Alba",
            "Bra",
            "Casale Monferrato",
            "Novi Ligure",
            "Tortona",
            "Mondovì",
        ],
    },
    Region {
        name: "Lazio",
        prefixes: &["06", "0773", "0775", "0761", "0746", "0776", "0771"],
        comuni: &[
            "Roma",
            "Fiumicino",
            "Guidonia Montecelio",
            "Tivoli",
            "Pomezia",
            "Anzio",
            "Nettuno",
            "Ardea",
            "Velletri",
            "Civitavecchia",
            "Ladispoli",
            "Cerveteri",
            "Marino",
            "Ciampino",
            "Albano Laziale",
            "Frascati",
            "Monterotondo",
            "Fonte Nuova",
            "Latina",
            "Aprilia",
            "Fondi",
            "Terracina",
            "Frosinone",
            "Cassino",
            "Sora",
            "Viterbo",
            "Rieti",
        ],
    },
    Region {
        name: "Emilia-Romagna",
        prefixes: &["051", "059", "0521", "0522", "0523", "0532", "0544", "0541", "0543", "0547", "0542"],
        comuni: &[
            "Bologna",
            "Modena",
            "Reggio nell'Emilia",
            "Parma",
            "Piacenza",
            "Ferrara",
            "Ravenna",
            "Rimini",
            "Forlì",
            "Cesena",
            "Imola",
            "Carpi",
            "Sassuolo",
            "Faenza",
            "Lugo",
            "Casalecchio di Reno",
            "San Lazzaro di Savena",
            "Formigine",
            "Fidenza",
            "Scandiano",
            "Correggio",
            "Cento",
            "Riccione",
            "Mirandola",
            "Vignola",
            "Castelfranco Emilia",
            "Guastalla",
            "Comacchio",
        ],
    },
    Region {
        name: "Veneto",
        prefixes: &["041", "045", "049", "0444", "0422", "0425", "0437", "0424", "0421"],
        comuni: &[
            "Venezia",
            "Verona",
            "Padova",
            "Vicenza",
            "Treviso",
            "Rovigo",
            "Belluno",
            "Chioggia",
            "San Donà di Piave",
            "Bassano del Grappa",
            "Schio",
            "Castelfranco Veneto",
        ],
    },
    Region {
        name: "Toscana",
        prefixes: &["055", "0574", "0586", "050", "0575", "0583", "0577", "0571", "0573"],
        comuni: &["Firenze", "Prato", "Livorno", "Pisa", "Arezzo", "Lucca", "Siena", "Empoli", "Pistoia", "Scandicci"],
    },
];

const STREETS: &[&str] = &[
    "Via Roma",
    "Via Giuseppe Garibaldi",
    "Corso Vittorio Emanuele II",
    "Via Giuseppe Mazzini",
    "Piazza della Repubblica",
    "Via Cavour",
    "Via XX Settembre",
    "Via Dante Alighieri",
    "Viale Europa",
    "Via Milano",
    "Via Torino",
    "Via Giacomo Matteotti",
    "Via Antonio Gramsci",
    "Via della Libertà",
    "Piazza Garibaldi",
    "Via Alessandro Manzoni",
    "Via Giuseppe Verdi",
    "Via San Francesco d'Assisi",
    "Via Guglielmo Marconi",
    "Via dei Mille",
    "Via Giacomo Leopardi",
    "Via Don Giovanni Minzoni",
    "Via IV Novembre",
    "Via Papa Giovanni XXIII",
    "Via Aldo Moro",
    "Viale della Resistenza",
    "Via Trieste",
    "Via Vittorio Veneto",
    "Corso Italia",
    "Via Nazionale",
    "Via della Mercede",
    "Via Assisi",
    "Piazza del Popolo",
    "Via Martiri della Libertà",
];

const MOBILE_PREFIXES: &[&str] = &[
    "320", "328", "329", "331", "333", "334", "338", "339", "340", "345", "347", "348", "349", "351", "366", "380",
    "388", "389", "392", "393",
];

const ORG_KINDS: &[T5] = &[
    [
        "Cooperativa Sociale {n}",
        "Cooperativa Sociale {n} (cooperativă socială)",
        "Cooperativa Sociale {n} (تعاونية اجتماعية)",
        "Cooperativa Sociale {n} (kooperativë sociale)",
        "Cooperativa Sociale {n}（社会合作社）",
    ],
    [
        "Associazione {n}",
        "Associazione {n} (asociație)",
        "Associazione {n} (جمعية)",
        "Associazione {n} (shoqatë)",
        "Associazione {n}（协会）",
    ],
    [
        "Fondazione {n}",
        "Fondazione {n} (fundație)",
        "Fondazione {n} (مؤسسة)",
        "Fondazione {n} (fondacion)",
        "Fondazione {n}（基金会）",
    ],
    [
        "Associazione di Volontariato {n}",
        "Associazione di Volontariato {n} (asociație de voluntariat)",
        "Associazione di Volontariato {n} (جمعية تطوعية)",
        "Associazione di Volontariato {n} (shoqatë vullnetare)",
        "Associazione di Volontariato {n}（志愿者协会）",
    ],
    [
        "Comune di {c} – Servizi Sociali",
        "Comune di {c} – Servizi Sociali (Primăria {c} – Servicii sociale)",
        "Comune di {c} – Servizi Sociali (بلدية {c} – الخدمات الاجتماعية)",
        "Comune di {c} – Servizi Sociali (Komuna e {c} – Shërbimet sociale)",
        "Comune di {c} – Servizi Sociali（{c}市政府社会服务处）",
    ],
    [
        "Ambito Territoriale di {c}",
        "Ambito Territoriale di {c} (districtul de servicii sociale)",
        "Ambito Territoriale di {c} (المنطقة الاجتماعية)",
        "Ambito Territoriale di {c} (rrethi i shërbimeve sociale)",
        "Ambito Territoriale di {c}（社会服务区）",
    ],
];

/// Index in [`ORG_KINDS`] from which the organisation is public and named after its comune.
const PUBLIC_KINDS: usize = 4;

const ORG_NAMES: &[&str] = &[
    "Il Ponte",
    "Arcobaleno",
    "La Rete",
    "Nuovi Orizzonti",
    "Casa Comune",
    "Il Girasole",
    "Mondo Aperto",
    "Porte Aperte",
    "Il Melograno",
    "La Bussola",
    "Il Faro",
    "Insieme",
    "Crocevia",
    "Passaggi",
    "Babele",
    "Il Seme",
    "L'Approdo",
    "Terra di Mezzo",
    "Oltre i Confini",
    "La Tenda",
    "Il Cerchio",
    "Sottosopra",
    "Fili d'Erba",
    "Intrecci",
];

const ORG_DESCRIPTION: &[T5] = &[
    [
        "{org} opera a {c} dal {y} con servizi di orientamento e accompagnamento per cittadini stranieri, famiglie e persone in difficoltà.",
        "{org} lucrează în {c} din {y}, cu servicii de orientare și însoțire pentru cetățeni străini, familii și persoane în dificultate.",
        "تعمل {org} في {c} منذ سنة {y}، وتقدم خدمات توجيه ومرافقة للمواطنين الأجانب والعائلات والأشخاص الذين يمرون بصعوبات.",
        "{org} punon në {c} që nga viti {y}, me shërbime orientimi dhe shoqërimi për shtetas të huaj, familje dhe persona në vështirësi.",
        "{org}自{y}年起在{c}开展工作，为外国公民、家庭和有困难的人提供指导和陪伴服务。",
    ],
    [
        "Lavora in rete con i servizi sociali, le scuole, il Centro per l'Impiego e le associazioni del territorio.",
        "Lucrează în rețea cu serviciile sociale, școlile, Centro per l'Impiego (centrul de ocupare a forței de muncă) și asociațiile din zonă.",
        "تعمل بالتعاون مع الخدمات الاجتماعية والمدارس وCentro per l'Impiego (مركز التشغيل) والجمعيات المحلية.",
        "Punon në rrjet me shërbimet sociale, shkollat, Centro per l'Impiego (qendra e punësimit) dhe shoqatat e zonës.",
        "与社会服务机构、学校、Centro per l'Impiego（就业中心）以及当地协会合作。",
    ],
    [
        "Nelle attività sono impegnati operatori sociali, mediatori linguistico-culturali, avvocati e volontari.",
        "În activități sunt implicați asistenți sociali, mediatori lingvistici și culturali, avocați și voluntari.",
        "يشارك في الأنشطة عاملون اجتماعيون ووسطاء لغويون وثقافيون ومحامون ومتطوعون.",
        "Në veprimtari janë të angazhuar punonjës socialë, ndërmjetës gjuhësorë dhe kulturorë, avokatë dhe vullnetarë.",
        "参与工作的有社会工作者、语言文化调解员、律师和志愿者。",
    ],
    [
        "Molti servizi sono sostenuti da progetti pubblici e da fondazioni.",
        "Multe servicii sunt susținute prin proiecte publice și de fundații.",
        "تُموَّل خدمات كثيرة من مشاريع عامة ومن مؤسسات خيرية.",
        "Shumë shërbime mbështeten nga projekte publike dhe nga fondacione.",
        "许多服务由公共项目和基金会资助。",
    ],
];

const LOCATION_NAMES: &[T5] = &[
    ["Sede principale", "Sediul principal", "المقر الرئيسي", "Selia kryesore", "总部"],
    ["Sportello di quartiere", "Ghișeul de cartier", "مكتب الحي", "Sporteli i lagjes", "社区服务点"],
    ["Centro civico", "Centrul civic", "المركز المدني", "Qendra qytetare", "市民中心"],
    ["Casa delle associazioni", "Casa asociațiilor", "بيت الجمعيات", "Shtëpia e shoqatave", "社团之家"],
    [
        "Centro polifunzionale",
        "Centrul multifuncțional",
        "المركز متعدد الخدمات",
        "Qendra shumëfunksionale",
        "多功能中心",
    ],
];

const HOURS_NOTES: &[T5] = &[
    [
        "Nel mese di agosto la sede è chiusa.",
        "În luna august sediul este închis.",
        "يكون المقر مغلقًا في شهر أغسطس.",
        "Në muajin gusht selia është e mbyllur.",
        "八月份该地点关闭。",
    ],
    [
        "Negli altri giorni si riceve su appuntamento.",
        "În celelalte zile se primește cu programare.",
        "في الأيام الأخرى يتم الاستقبال بموعد مسبق.",
        "Në ditët e tjera pritet me takim.",
        "其他日子需预约接待。",
    ],
    [
        "Nei giorni festivi la sede è chiusa.",
        "În zilele de sărbătoare sediul este închis.",
        "يكون المقر مغلقًا في أيام العطل الرسمية.",
        "Në ditët e festave selia është e mbyllur.",
        "法定节假日关闭。",
    ],
    [
        "Gli orari possono cambiare durante le vacanze scolastiche.",
        "Programul se poate schimba în timpul vacanțelor școlare.",
        "قد تتغير المواعيد خلال العطل المدرسية.",
        "Orari mund të ndryshojë gjatë pushimeve shkollore.",
        "学校假期期间开放时间可能变动。",
    ],
];

const HOURS_BY_PHONE: T5 = [
    "Gli orari sono comunicati al telefono.",
    "Programul se comunică la telefon.",
    "تُعلن المواعيد عبر الهاتف.",
    "Orari jepet në telefon.",
    "开放时间请电话咨询。",
];

const PROGRAMME_TITLES: &[&str] = &[
    "Ponti di comunità",
    "Nuove radici",
    "Lavoro in rete",
    "Casa per tutti",
    "Parole in comune",
    "Seconda opportunità",
    "Crescere insieme",
    "Diritti al centro",
    "Porte aperte",
    "Mani in pasta",
    "Radici e ali",
    "Voci di donne",
    "Tessere legami",
    "Il filo rosso",
    "Passo dopo passo",
    "Cittadini attivi",
    "Scuola senza confini",
    "Abitare solidale",
    "Salute di tutti",
    "Futuro prossimo",
];

const PROGRAMME_NAME: T5 = ["Progetto «{t}»", "Proiectul «{t}»", "مشروع «{t}»", "Projekti «{t}»", "“{t}”项目"];

const PROGRAMME_SUMMARIES: &[T5] = &[
    [
        "Progetto per l'inclusione sociale dei cittadini stranieri a {c} e nei comuni vicini, con attività di orientamento, formazione e mediazione.",
        "Proiect pentru incluziunea socială a cetățenilor străini din {c} și din comunele din apropiere, cu activități de orientare, formare și mediere.",
        "مشروع للإدماج الاجتماعي للمواطنين الأجانب في {c} والبلديات المجاورة، يشمل أنشطة توجيه وتدريب ووساطة.",
        "Projekt për përfshirjen sociale të shtetasve të huaj në {c} dhe në komunat përreth, me veprimtari orientimi, formimi dhe ndërmjetësimi.",
        "面向{c}及周边市镇外国公民的社会融入项目，开展指导、培训和调解活动。",
    ],
    [
        "Progetto che rafforza la rete dei servizi del territorio di {c} per famiglie, donne e minori con background migratorio.",
        "Proiect care întărește rețeaua de servicii din zona {c} pentru familii, femei și minori cu background migrator.",
        "مشروع يعزز شبكة الخدمات في منطقة {c} لصالح العائلات والنساء والقاصرين من أصول مهاجرة.",
        "Projekt që forcon rrjetin e shërbimeve në zonën e {c} për familjet, gratë dhe të miturit me prejardhje migratore.",
        "加强{c}地区服务网络的项目，面向有移民背景的家庭、妇女和未成年人。",
    ],
];

const PROGRAMME_DESCRIPTION: &[T5] = &[
    [
        "Il progetto «{t}» è realizzato da {org} insieme a enti pubblici e associazioni del territorio.",
        "Proiectul «{t}» este realizat de {org} împreună cu instituții publice și asociații din zonă.",
        "ينفذ مشروع «{t}» {org} بالتعاون مع جهات عامة وجمعيات محلية.",
        "Projekti «{t}» realizohet nga {org} së bashku me institucione publike dhe shoqata të zonës.",
        "“{t}”项目由{org}与当地公共机构和协会共同实施。",
    ],
    [
        "Le attività comprendono sportelli di orientamento, corsi, laboratori e accompagnamento individuale.",
        "Activitățile cuprind ghișee de orientare, cursuri, ateliere și însoțire individuală.",
        "تشمل الأنشطة مكاتب توجيه ودورات وورشات ومرافقة فردية.",
        "Veprimtaritë përfshijnë sportele orientimi, kurse, laboratorë dhe shoqërim individual.",
        "活动包括咨询窗口、课程、工作坊和个别陪伴。",
    ],
    [
        "Ogni anno il progetto raccoglie i risultati e li presenta ai Comuni della rete.",
        "În fiecare an proiectul adună rezultatele și le prezintă comunelor din rețea.",
        "يجمع المشروع نتائجه كل سنة ويعرضها على بلديات الشبكة.",
        "Çdo vit projekti mbledh rezultatet dhe ua paraqet komunave të rrjetit.",
        "项目每年汇总成果，并向网络内各市镇报告。",
    ],
];

const FUNDERS: &[T5] = &[
    [
        "Fondo Asilo, Migrazione e Integrazione (FAMI) 2021-2027, Ministero dell'Interno",
        "Fondo Asilo, Migrazione e Integrazione (FAMI) 2021-2027 (Fondul pentru azil, migrație și integrare), Ministero dell'Interno (Ministerul de Interne)",
        "Fondo Asilo, Migrazione e Integrazione (FAMI) 2021-2027 (صندوق اللجوء والهجرة والاندماج)، Ministero dell'Interno (وزارة الداخلية)",
        "Fondo Asilo, Migrazione e Integrazione (FAMI) 2021-2027 (Fondi për azil, migracion dhe integrim), Ministero dell'Interno (Ministria e Brendshme)",
        "Fondo Asilo, Migrazione e Integrazione（FAMI，庇护、移民与融合基金）2021-2027，Ministero dell'Interno（意大利内政部）",
    ],
    [
        "Regione {r}",
        "Regione {r} (Regiunea {r})",
        "Regione {r} (إقليم {r})",
        "Regione {r} (Rajoni {r})",
        "Regione {r}（{r}大区）",
    ],
    [
        "Fondazione Compagnia di San Paolo, Bando «Territori inclusivi»",
        "Fondazione Compagnia di San Paolo, apelul «Territori inclusivi»",
        "Fondazione Compagnia di San Paolo، مسابقة «Territori inclusivi»",
        "Fondazione Compagnia di San Paolo, thirrja «Territori inclusivi»",
        "Fondazione Compagnia di San Paolo，“Territori inclusivi”资助计划",
    ],
    [
        "Ministero del Lavoro e delle Politiche Sociali",
        "Ministero del Lavoro e delle Politiche Sociali (Ministerul Muncii și Politicilor Sociale)",
        "Ministero del Lavoro e delle Politiche Sociali (وزارة العمل والسياسات الاجتماعية)",
        "Ministero del Lavoro e delle Politiche Sociali (Ministria e Punës dhe e Politikave Sociale)",
        "Ministero del Lavoro e delle Politiche Sociali（意大利劳动和社会政策部）",
    ],
    [
        "Otto per mille della Chiesa Valdese",
        "Otto per mille della Chiesa Valdese (fondurile 8‰ ale Bisericii Valdense)",
        "Otto per mille della Chiesa Valdese (تمويل الثمانية في الألف للكنيسة الفالدية)",
        "Otto per mille della Chiesa Valdese (fondet 8‰ të Kishës Valdeze)",
        "Otto per mille della Chiesa Valdese（瓦勒度教会千分之八捐款）",
    ],
];

const BENEFICIARIES: T5 = [
    "Circa {k} persone con background migratorio del territorio di {c}.",
    "Aproximativ {k} persoane cu background migrator din zona {c}.",
    "حوالي {k} شخص من أصول مهاجرة في منطقة {c}.",
    "Rreth {k} persona me prejardhje migratore nga zona e {c}.",
    "{c}地区约{k}名有移民背景的人。",
];

const PARTNERS: &[&str] = &[
    "Comune di {c}",
    "Centro per l'Impiego di {c}",
    "CPIA di {c}",
    "Caritas diocesana",
    "ACLI provinciali",
    "ARCI",
    "Associazione Mondo Aperto",
    "Cooperativa Sociale La Rete",
    "Consorzio dei Servizi Socioassistenziali",
];

/// Generic sentences any service description may add to its own.
const GENERIC_SENTENCES: &[T5] = &[
    [
        "Il servizio lavora in rete con i servizi sociali del Comune di {c}, con le scuole e con le associazioni del territorio.",
        "Serviciul lucrează în rețea cu serviciile sociale ale Comune di {c} (Primăria {c}), cu școlile și cu asociațiile din zonă.",
        "تعمل الخدمة بالتعاون مع الخدمات الاجتماعية في Comune di {c} (بلدية {c}) ومع المدارس والجمعيات المحلية.",
        "Shërbimi punon në rrjet me shërbimet sociale të Comune di {c} (Komuna e {c}), me shkollat dhe me shoqatat e zonës.",
        "该服务与Comune di {c}（{c}市政府）社会服务处、学校和当地协会合作。",
    ],
    [
        "Gli operatori spiegano ogni passaggio con parole semplici.",
        "Operatorii explică fiecare pas cu cuvinte simple.",
        "يشرح الموظفون كل خطوة بكلمات بسيطة.",
        "Operatorët shpjegojnë çdo hap me fjalë të thjeshta.",
        "工作人员会用简单的语言解释每一个步骤。",
    ],
    [
        "Ai colloqui si può venire con un familiare o con una persona di fiducia.",
        "La întâlniri puteți veni cu un membru al familiei sau cu o persoană de încredere.",
        "يمكن الحضور إلى المقابلات مع أحد أفراد الأسرة أو مع شخص موثوق.",
        "Në takime mund të vini me një familjar ose me një person të besuar.",
        "面谈时可以由家人或信任的人陪同。",
    ],
    [
        "Se serve, gli operatori accompagnano la persona agli uffici pubblici.",
        "Dacă este nevoie, operatorii însoțesc persoana la birourile publice.",
        "عند الحاجة، يرافق الموظفون الشخص إلى المكاتب العامة.",
        "Nëse duhet, operatorët e shoqërojnë personin në zyrat publike.",
        "如有需要，工作人员会陪同前往公共办公室。",
    ],
    [
        "Le informazioni personali sono trattate in modo riservato.",
        "Informațiile personale sunt tratate în mod confidențial.",
        "تُعامل المعلومات الشخصية بسرية.",
        "Të dhënat personale trajtohen në mënyrë konfidenciale.",
        "个人信息将被保密处理。",
    ],
    [
        "Chi non parla ancora bene l'italiano può chiedere l'aiuto di un mediatore linguistico-culturale.",
        "Cine nu vorbește încă bine italiana poate cere ajutorul unui mediator lingvistic și cultural.",
        "من لا يتكلم الإيطالية جيدًا بعد يمكنه طلب مساعدة وسيط لغوي وثقافي.",
        "Kush nuk e flet ende mirë italishten mund të kërkojë ndihmën e një ndërmjetësi gjuhësor dhe kulturor.",
        "意大利语还不够好的人可以请求语言文化调解员的帮助。",
    ],
    [
        "Nei casi urgenti è possibile telefonare negli orari di apertura.",
        "În cazurile urgente puteți telefona în orele de deschidere.",
        "في الحالات العاجلة يمكن الاتصال هاتفيًا خلال ساعات العمل.",
        "Në rastet urgjente mund të telefononi gjatë orarit të hapjes.",
        "紧急情况下可在开放时间内致电。",
    ],
    [
        "Alla fine di ogni incontro la persona riceve indicazioni scritte sui passi successivi.",
        "La sfârșitul fiecărei întâlniri persoana primește indicații scrise despre pașii următori.",
        "في نهاية كل لقاء يحصل الشخص على إرشادات مكتوبة حول الخطوات التالية.",
        "Në fund të çdo takimi personi merr udhëzime me shkrim për hapat e mëtejshëm.",
        "每次会面结束时，会提供关于后续步骤的书面说明。",
    ],
    [
        "Il servizio è attivo da diversi anni e conosce bene gli uffici e le risorse del territorio.",
        "Serviciul funcționează de mai mulți ani și cunoaște bine birourile și resursele din zonă.",
        "تعمل الخدمة منذ سنوات عديدة وتعرف جيدًا المكاتب والموارد المتاحة في المنطقة.",
        "Shërbimi është aktiv prej disa vitesh dhe i njeh mirë zyrat dhe burimet e zonës.",
        "该服务已运行多年，熟悉当地的办公机构和资源。",
    ],
    [
        "Le attività si svolgono anche in piccoli gruppi, per favorire lo scambio tra i partecipanti.",
        "Activitățile au loc și în grupuri mici, pentru a încuraja schimbul între participanți.",
        "تُقام الأنشطة أيضًا في مجموعات صغيرة لتشجيع التبادل بين المشاركين.",
        "Veprimtaritë zhvillohen edhe në grupe të vogla, për të nxitur shkëmbimin midis pjesëmarrësve.",
        "活动也以小组形式进行，以促进参与者之间的交流。",
    ],
];

/// Second sentences a summary may have.
const SUMMARY_TAILS: &[T5] = &[
    [
        "Il servizio è attivo a {c} e nei comuni vicini.",
        "Serviciul funcționează în {c} și în comunele din apropiere.",
        "الخدمة متاحة في {c} والبلديات المجاورة.",
        "Shërbimi është aktiv në {c} dhe në komunat përreth.",
        "该服务覆盖{c}及周边市镇。",
    ],
    [
        "È rivolto a chi vive o lavora a {c}.",
        "Se adresează celor care locuiesc sau lucrează în {c}.",
        "موجهة لمن يعيش أو يعمل في {c}.",
        "U drejtohet atyre që jetojnë ose punojnë në {c}.",
        "面向在{c}生活或工作的人。",
    ],
];

/// Name variants, with their Italian word count (names stay within 3–8 words).
const NAME_VARIANTS: &[(T5, usize)] = &[
    ([" di quartiere", " de cartier", " في الحي", " në lagje", "（社区）"], 2),
    ([" per il territorio", " pentru teritoriu", " للمنطقة", " për territorin", "（地区）"], 3),
    (
        [
            " online e in presenza",
            " online și față în față",
            " عبر الإنترنت وحضوريًا",
            " online dhe me prani",
            "（线上及线下）",
        ],
        4,
    ),
];

const ACCESS_MODES: [&str; 3] = ["walk-in", "appointment", "referral"];

/// How to access, per access mode (same order as [`ACCESS_MODES`]).
const HOW_TO_ACCESS: [&[T5]; 3] = [
    &[
        [
            "Si può venire senza appuntamento negli orari di apertura.",
            "Puteți veni fără programare în orele de deschidere.",
            "يمكن الحضور دون موعد مسبق خلال ساعات العمل.",
            "Mund të vini pa takim gjatë orarit të hapjes.",
            "开放时间内可直接前来，无需预约。",
        ],
        [
            "Accesso libero negli orari di apertura; per le pratiche lunghe è meglio telefonare prima.",
            "Acces liber în orele de deschidere; pentru dosarele lungi este mai bine să telefonați înainte.",
            "الدخول حر خلال ساعات العمل؛ وللملفات الطويلة يُفضل الاتصال مسبقًا.",
            "Hyrje e lirë gjatë orarit të hapjes; për praktikat e gjata është më mirë të telefononi më parë.",
            "开放时间内可自由前来；办理较复杂的手续最好先打电话。",
        ],
    ],
    &[
        [
            "Si riceve su appuntamento: telefonare o scrivere un'e-mail.",
            "Se primește cu programare: telefonați sau trimiteți un e-mail.",
            "الاستقبال بموعد مسبق: اتصلوا هاتفيًا أو أرسلوا بريدًا إلكترونيًا.",
            "Pritet me takim: telefononi ose dërgoni një e-mail.",
            "需预约：请致电或发送电子邮件。",
        ],
        [
            "Per fissare un appuntamento chiamare il numero indicato dal lunedì al venerdì, al mattino.",
            "Pentru o programare sunați la numărul indicat de luni până vineri, dimineața.",
            "لتحديد موعد اتصلوا بالرقم المذكور من الاثنين إلى الجمعة صباحًا.",
            "Për të lënë një takim telefononi në numrin e treguar nga e hëna në të premte, në mëngjes.",
            "预约请在周一至周五上午拨打所列电话。",
        ],
    ],
    &[
        [
            "L'accesso avviene su invio dei servizi sociali del Comune di {c}.",
            "Accesul se face la trimiterea serviciilor sociale ale Comune di {c} (Primăria {c}).",
            "يتم الوصول إلى الخدمة بإحالة من الخدمات الاجتماعية في Comune di {c} (بلدية {c}).",
            "Qasja bëhet me dërgim nga shërbimet sociale të Comune di {c} (Komuna e {c}).",
            "需由Comune di {c}（{c}市政府）社会服务处转介。",
        ],
        [
            "La persona viene segnalata dal servizio sociale, dal consultorio o dalla scuola.",
            "Persoana este semnalată de serviciul social, de consultoriul familial sau de școală.",
            "تتم إحالة الشخص من الخدمة الاجتماعية أو من مركز الاستشارات العائلية أو من المدرسة.",
            "Personi dërgohet nga shërbimi social, nga këshillimorja familjare ose nga shkolla.",
            "由社会服务处、家庭咨询中心或学校转介。",
        ],
    ],
];

const COSTS: &[T5] = &[
    ["Gratuito.", "Gratuit.", "مجاني.", "Falas.", "免费。"],
    ["Il servizio è gratuito.", "Serviciul este gratuit.", "الخدمة مجانية.", "Shërbimi është falas.", "该服务免费。"],
    [
        "Gratuito; per alcune attività è chiesto un piccolo contributo per i materiali.",
        "Gratuit; pentru unele activități se cere o mică contribuție pentru materiale.",
        "مجاني؛ ويُطلب مبلغ صغير ثمنًا للمواد في بعض الأنشطة.",
        "Falas; për disa veprimtari kërkohet një kontribut i vogël për materialet.",
        "免费；部分活动需支付少量材料费。",
    ],
    [
        "Gratuito per chi ha un ISEE sotto i 15.000 euro; per gli altri è chiesto un contributo in base al reddito.",
        "Gratuit pentru cine are ISEE sub 15.000 de euro; ceilalți plătesc o contribuție în funcție de venit.",
        "مجاني لمن لديه ISEE أقل من 15,000 يورو؛ ويدفع الآخرون مساهمة حسب الدخل.",
        "Falas për ata që kanë ISEE nën 15.000 euro; të tjerët paguajnë një kontribut sipas të ardhurave.",
        "ISEE低于15,000欧元者免费；其他人按收入缴纳费用。",
    ],
];

const DOCUMENTS: &[T5] = &[
    ["Documento d'identità", "Act de identitate", "وثيقة الهوية", "Dokument identiteti", "身份证件"],
    [
        "Permesso di soggiorno o ricevuta della richiesta",
        "Permisul de ședere sau chitanța cererii",
        "تصريح الإقامة أو إيصال طلبه",
        "Leja e qëndrimit ose vërtetimi i kërkesës",
        "居留许可或申请回执",
    ],
    [
        "Codice fiscale",
        "Codul fiscal (codice fiscale)",
        "الرمز الضريبي (codice fiscale)",
        "Kodi fiskal (codice fiscale)",
        "税号（codice fiscale）",
    ],
    [
        "Tessera sanitaria",
        "Cardul de sănătate (tessera sanitaria)",
        "البطاقة الصحية (tessera sanitaria)",
        "Karta shëndetësore (tessera sanitaria)",
        "医疗卡（tessera sanitaria）",
    ],
    ["Passaporto", "Pașaport", "جواز السفر", "Pasaporta", "护照"],
    ["Attestazione ISEE", "Certificatul ISEE", "شهادة ISEE", "Vërtetimi ISEE", "ISEE证明"],
    [
        "Contratto di lavoro o ultime buste paga",
        "Contractul de muncă sau ultimii fluturași de salariu",
        "عقد العمل أو آخر قسائم الراتب",
        "Kontrata e punës ose fletëpagesat e fundit",
        "劳动合同或最近的工资单",
    ],
    ["Contratto di affitto", "Contractul de închiriere", "عقد الإيجار", "Kontrata e qirasë", "租房合同"],
    [
        "Titolo di studio con traduzione",
        "Diploma de studii cu traducere",
        "الشهادة الدراسية مع ترجمتها",
        "Diploma e studimeve me përkthim",
        "学历证书及其译文",
    ],
    ["Certificato di residenza", "Certificatul de rezidență", "شهادة السكن", "Certifikata e vendbanimit", "居住证明"],
];

const PHONE_LABELS: &[T5] = &[
    ["Centralino", "Centrala telefonică", "الهاتف الرئيسي", "Centrali telefonike", "总机"],
    [
        "Segreteria dello sportello",
        "Secretariatul ghișeului",
        "سكرتارية الشباك",
        "Sekretaria e sportelit",
        "窗口秘书处",
    ],
    [
        "Cellulare, anche WhatsApp",
        "Mobil, și WhatsApp",
        "هاتف محمول، وواتساب أيضًا",
        "Celular, edhe WhatsApp",
        "手机（也可用WhatsApp）",
    ],
    ["Solo per urgenze", "Doar pentru urgențe", "للحالات العاجلة فقط", "Vetëm për urgjenca", "仅限紧急情况"],
];

/// Languages a desk may speak (ISO 639-1).
const DESK_LANGUAGES: &[&str] = &["ro", "ar", "sq", "zh", "en", "fr", "es"];

const TARGET_GROUPS: &[&str] = &[
    "migrants",
    "asylum-seekers-refugees",
    "roma-sinti-caminanti",
    "minors",
    "women",
    "families",
    "detainees-ex-detainees",
    "unemployed",
    "people-with-disabilities",
    "vulnerable-adults",
    "returning-emigrants",
    "domestic-workers",
    "professionals",
];

/// One kind of service as it recurs across Italy, with the wording of the real files.
struct Template {
    key: &'static str,
    categories: &'static [&'static str],
    groups: &'static [&'static str],
    name: T5,
    summary: T5,
    details: &'static [T5],
    eligibility: T5,
}

const TEMPLATES: &[Template] = &[
    Template {
        key: "sportello-immigrazione",
        categories: &["legal", "information"],
        groups: &["migrants", "asylum-seekers-refugees"],
        name: [
            "Sportello immigrazione",
            "Ghișeul pentru imigrație",
            "شباك الهجرة",
            "Sporteli i imigracionit",
            "移民服务窗口",
        ],
        summary: [
            "Informazioni e assistenza per permesso di soggiorno, rinnovi, ricongiungimento familiare e cittadinanza.",
            "Informații și asistență pentru permisul de ședere, reînnoiri, reîntregirea familiei și cetățenie.",
            "معلومات ومساعدة بخصوص تصريح الإقامة وتجديده ولمّ شمل الأسرة والجنسية.",
            "Informacion dhe ndihmë për lejen e qëndrimit, rinovimet, bashkimin familjar dhe shtetësinë.",
            "提供居留许可、续签、家庭团聚和入籍方面的信息和帮助。",
        ],
        details: &[
            [
                "Gli operatori aiutano a compilare i moduli per il rinnovo del permesso di soggiorno e a prenotare l'appuntamento in Questura.",
                "Operatorii ajută la completarea formularelor pentru reînnoirea permisului de ședere și la programarea la Questura (poliția pentru imigrație).",
                "يساعد الموظفون في ملء استمارات تجديد تصريح الإقامة وفي حجز موعد في Questura (مكتب الشرطة).",
                "Operatorët ndihmojnë në plotësimin e formularëve për rinovimin e lejes së qëndrimit dhe në rezervimin e takimit në Questura (policia).",
                "工作人员帮助填写居留许可续签表格，并在Questura（警察局）预约。",
            ],
            [
                "Lo sportello segue anche le pratiche di ricongiungimento familiare e le domande di cittadinanza italiana.",
                "Ghișeul se ocupă și de dosarele de reîntregire a familiei și de cererile de cetățenie italiană.",
                "يتابع الشباك أيضًا ملفات لمّ شمل الأسرة وطلبات الحصول على الجنسية الإيطالية.",
                "Sporteli ndjek edhe praktikat e bashkimit familjar dhe kërkesat për shtetësinë italiane.",
                "窗口也办理家庭团聚手续和意大利国籍申请。",
            ],
            [
                "Su richiesta è presente un mediatore linguistico-culturale.",
                "La cerere este prezent un mediator lingvistic și cultural.",
                "يتوفر وسيط لغوي وثقافي عند الطلب.",
                "Me kërkesë është i pranishëm një ndërmjetës gjuhësor dhe kulturor.",
                "可应要求安排语言文化调解员。",
            ],
        ],
        eligibility: [
            "Cittadini stranieri residenti o domiciliati a {c} e nei comuni vicini.",
            "Cetățeni străini cu reședința sau domiciliul în {c} și în comunele din apropiere.",
            "المواطنون الأجانب المقيمون أو الساكنون في {c} والبلديات المجاورة.",
            "Shtetas të huaj me banim ose vendbanim në {c} dhe në komunat përreth.",
            "居住在{c}及周边市镇的外国公民。",
        ],
    },
    Template {
        key: "corso-italiano-adulti",
        categories: &["training"],
        groups: &["migrants", "asylum-seekers-refugees"],
        name: [
            "Corso di italiano per adulti",
            "Curs de italiană pentru adulți",
            "دورة اللغة الإيطالية للكبار",
            "Kurs i italishtes për të rritur",
            "成人意大利语课程",
        ],
        summary: [
            "Corso di lingua italiana per adulti stranieri, dal livello base fino al livello A2.",
            "Curs de limba italiană pentru adulți străini, de la nivelul de bază până la nivelul A2.",
            "دورة في اللغة الإيطالية للكبار الأجانب، من المستوى المبتدئ حتى المستوى A2.",
            "Kurs i gjuhës italiane për të rritur të huaj, nga niveli fillestar deri në nivelin A2.",
            "面向外国成年人的意大利语课程，从入门到A2水平。",
        ],
        details: &[
            [
                "Le lezioni si tengono due volte alla settimana in piccoli gruppi divisi per livello.",
                "Lecțiile au loc de două ori pe săptămână, în grupuri mici împărțite pe niveluri.",
                "تُعقد الدروس مرتين في الأسبوع في مجموعات صغيرة مقسمة حسب المستوى.",
                "Mësimet zhvillohen dy herë në javë në grupe të vogla sipas nivelit.",
                "每周上课两次，按水平分成小班。",
            ],
            [
                "Alla fine del corso è possibile sostenere l'esame per la certificazione A2, utile per il permesso di soggiorno di lungo periodo.",
                "La sfârșitul cursului se poate susține examenul pentru certificatul A2, util pentru permisul de ședere pe termen lung.",
                "في نهاية الدورة يمكن التقدم لامتحان شهادة A2، المفيدة لتصريح الإقامة طويلة الأمد.",
                "Në fund të kursit mund të jepet provimi për certifikatën A2, i dobishëm për lejen e qëndrimit afatgjatë.",
                "课程结束后可参加A2证书考试，该证书对申请长期居留许可有用。",
            ],
            [
                "Durante le lezioni è attivo uno spazio per i bambini piccoli delle partecipanti.",
                "În timpul lecțiilor există un spațiu pentru copiii mici ai participantelor.",
                "خلال الدروس تتوفر مساحة لرعاية الأطفال الصغار للمشاركات.",
                "Gjatë mësimeve ka një hapësirë për fëmijët e vegjël të pjesëmarrëseve.",
                "上课期间为学员的幼儿提供看护空间。",
            ],
        ],
        eligibility: [
            "Adulti stranieri dai 16 anni in su, anche senza permesso di soggiorno.",
            "Adulți străini de la 16 ani în sus, chiar și fără permis de ședere.",
            "الأجانب البالغون من عمر 16 سنة فما فوق، حتى دون تصريح إقامة.",
            "Të rritur të huaj nga mosha 16 vjeç e lart, edhe pa leje qëndrimi.",
            "16岁及以上的外国成年人，没有居留许可也可参加。",
        ],
    },
    Template {
        key: "mediazione-linguistico-culturale",
        categories: &["mediation"],
        groups: &["migrants", "families"],
        name: [
            "Mediazione linguistico-culturale",
            "Mediere lingvistică și culturală",
            "الوساطة اللغوية والثقافية",
            "Ndërmjetësim gjuhësor dhe kulturor",
            "语言文化调解",
        ],
        summary: [
            "Un mediatore linguistico-culturale affianca le famiglie straniere negli incontri con i servizi sociali, sanitari e scolastici.",
            "Un mediator lingvistic și cultural însoțește familiile străine la întâlnirile cu serviciile sociale, medicale și școlare.",
            "يرافق وسيط لغوي وثقافي العائلات الأجنبية في لقاءاتها مع الخدمات الاجتماعية والصحية والمدرسية.",
            "Një ndërmjetës gjuhësor dhe kulturor shoqëron familjet e huaja në takimet me shërbimet sociale, shëndetësore dhe shkollore.",
            "语言文化调解员陪同外国家庭与社会、医疗和学校服务机构会面。",
        ],
        details: &[
            [
                "Il mediatore aiuta a comunicare e a capirsi, a raccogliere le informazioni e a spiegare le regole dei servizi.",
                "Mediatorul ajută la comunicare și la înțelegere, la adunarea informațiilor și la explicarea regulilor serviciilor.",
                "يساعد الوسيط على التواصل والتفاهم وجمع المعلومات وشرح قواعد الخدمات.",
                "Ndërmjetësi ndihmon në komunikim dhe mirëkuptim, në mbledhjen e informacionit dhe në shpjegimin e rregullave të shërbimeve.",
                "调解员帮助双方沟通和相互理解，收集信息并解释各项服务的规则。",
            ],
            [
                "Sono disponibili mediatori che parlano arabo, romeno, albanese, cinese, inglese e francese.",
                "Sunt disponibili mediatori care vorbesc arabă, română, albaneză, chineză, engleză și franceză.",
                "يتوفر وسطاء يتكلمون العربية والرومانية والألبانية والصينية والإنجليزية والفرنسية.",
                "Ka ndërmjetës që flasin arabisht, rumanisht, shqip, kinezisht, anglisht dhe frëngjisht.",
                "可提供讲阿拉伯语、罗马尼亚语、阿尔巴尼亚语、中文、英语和法语的调解员。",
            ],
            [
                "La mediazione può essere richiesta anche dagli operatori dei servizi e dagli insegnanti.",
                "Medierea poate fi cerută și de operatorii serviciilor și de profesori.",
                "يمكن أن يطلب الوساطة أيضًا موظفو الخدمات والمعلمون.",
                "Ndërmjetësimi mund të kërkohet edhe nga operatorët e shërbimeve dhe nga mësuesit.",
                "服务机构工作人员和教师也可以申请调解。",
            ],
        ],
        eligibility: [
            "Famiglie straniere seguite dai servizi del territorio di {c}.",
            "Familii străine urmărite de serviciile din zona {c}.",
            "العائلات الأجنبية التي تتابعها خدمات منطقة {c}.",
            "Familje të huaja të ndjekura nga shërbimet e zonës së {c}.",
            "由{c}地区各服务机构跟进的外国家庭。",
        ],
    },
    Template {
        key: "orientamento-lavoro",
        categories: &["work"],
        groups: &["migrants", "unemployed"],
        name: [
            "Orientamento al lavoro",
            "Orientare profesională",
            "التوجيه نحو العمل",
            "Orientim për punë",
            "就业指导",
        ],
        summary: [
            "Colloqui individuali e di gruppo per scrivere il curriculum, cercare lavoro e prepararsi ai colloqui.",
            "Întâlniri individuale și de grup pentru a scrie CV-ul, a căuta de lucru și a vă pregăti pentru interviuri.",
            "لقاءات فردية وجماعية لكتابة السيرة الذاتية والبحث عن عمل والاستعداد لمقابلات العمل.",
            "Takime individuale dhe në grup për të shkruar CV-në, për të kërkuar punë dhe për t'u përgatitur për intervistat.",
            "提供个人和小组辅导，帮助撰写简历、寻找工作并准备面试。",
        ],
        details: &[
            [
                "Gli operatori aiutano a scrivere il curriculum e a iscriversi al Centro per l'Impiego.",
                "Operatorii ajută la scrierea CV-ului și la înscrierea la Centro per l'Impiego (centrul de ocupare a forței de muncă).",
                "يساعد الموظفون في كتابة السيرة الذاتية والتسجيل في Centro per l'Impiego (مركز التشغيل).",
                "Operatorët ndihmojnë në shkrimin e CV-së dhe në regjistrimin në Centro per l'Impiego (qendra e punësimit).",
                "工作人员帮助撰写简历并在Centro per l'Impiego（就业中心）登记。",
            ],
            [
                "Il servizio propone tirocini e borse lavoro presso aziende del territorio.",
                "Serviciul propune stagii și burse de muncă la firme din zonă.",
                "تقترح الخدمة تدريبات مهنية ومنحًا للعمل لدى شركات محلية.",
                "Shërbimi ofron praktika dhe bursa pune pranë firmave të zonës.",
                "该服务提供在当地企业实习和带薪培训的机会。",
            ],
            [
                "Sono previsti incontri sui diritti dei lavoratori e sulla lettura della busta paga.",
                "Sunt prevăzute întâlniri despre drepturile lucrătorilor și despre citirea fluturașului de salariu.",
                "تُنظم لقاءات حول حقوق العمال وكيفية قراءة قسيمة الراتب.",
                "Parashikohen takime për të drejtat e punëtorëve dhe për leximin e fletëpagesës.",
                "还举办关于劳动者权利和如何看懂工资单的讲座。",
            ],
        ],
        eligibility: [
            "Persone disoccupate o in cerca di un nuovo lavoro, italiane e straniere.",
            "Persoane șomere sau care caută un nou loc de muncă, italiene și străine.",
            "العاطلون عن العمل أو الباحثون عن عمل جديد، من الإيطاليين والأجانب.",
            "Persona të papunë ose që kërkojnë një punë të re, italianë dhe të huaj.",
            "失业或正在寻找新工作的人，意大利人和外国人均可。",
        ],
    },
    Template {
        key: "consulenza-legale",
        categories: &["legal"],
        groups: &["migrants", "asylum-seekers-refugees"],
        name: [
            "Consulenza legale per stranieri",
            "Consiliere juridică pentru străini",
            "استشارة قانونية للأجانب",
            "Këshillim ligjor për të huajt",
            "外国人法律咨询",
        ],
        summary: [
            "Avvocati volontari danno consulenza su permesso di soggiorno, protezione internazionale, lavoro e famiglia.",
            "Avocați voluntari oferă consiliere despre permisul de ședere, protecția internațională, muncă și familie.",
            "يقدم محامون متطوعون استشارات حول تصريح الإقامة والحماية الدولية والعمل والأسرة.",
            "Avokatë vullnetarë japin këshilla për lejen e qëndrimit, mbrojtjen ndërkombëtare, punën dhe familjen.",
            "志愿律师就居留许可、国际保护、劳动和家庭问题提供咨询。",
        ],
        details: &[
            [
                "Gli avvocati esaminano i documenti e spiegano quali sono le possibilità e i tempi.",
                "Avocații examinează documentele și explică ce posibilități există și în cât timp.",
                "يفحص المحامون الوثائق ويشرحون الإمكانيات المتاحة والمدة اللازمة.",
                "Avokatët shqyrtojnë dokumentet dhe shpjegojnë cilat janë mundësitë dhe afatet.",
                "律师审阅文件，并解释可行的办法和所需时间。",
            ],
            [
                "In caso di ricorso il servizio aiuta a chiedere il gratuito patrocinio.",
                "În caz de recurs serviciul ajută la cererea de asistență juridică gratuită (gratuito patrocinio).",
                "في حالة الطعن تساعد الخدمة في طلب المساعدة القضائية المجانية (gratuito patrocinio).",
                "Në rast ankimi shërbimi ndihmon për të kërkuar ndihmë juridike falas (gratuito patrocinio).",
                "如需上诉，该服务帮助申请免费法律援助（gratuito patrocinio）。",
            ],
            [
                "Il servizio segue anche le pratiche di conversione del permesso di soggiorno e i casi di lavoro irregolare.",
                "Serviciul se ocupă și de conversia permisului de ședere și de cazurile de muncă la negru.",
                "تتابع الخدمة أيضًا ملفات تحويل تصريح الإقامة وحالات العمل غير النظامي.",
                "Shërbimi ndjek edhe praktikat e konvertimit të lejes së qëndrimit dhe rastet e punës së parregullt.",
                "该服务也处理居留许可转换手续和非正规就业案件。",
            ],
        ],
        eligibility: [
            "Cittadini stranieri, richiedenti asilo e rifugiati.",
            "Cetățeni străini, solicitanți de azil și refugiați.",
            "المواطنون الأجانب وطالبو اللجوء واللاجئون.",
            "Shtetas të huaj, azilkërkues dhe refugjatë.",
            "外国公民、寻求庇护者和难民。",
        ],
    },
    Template {
        key: "doposcuola",
        categories: &["school", "children-families"],
        groups: &["minors", "families"],
        name: [
            "Doposcuola per bambini e ragazzi",
            "Program after-school pentru copii și tineri",
            "دعم مدرسي بعد الدوام للأطفال واليافعين",
            "Pasmësim për fëmijë dhe të rinj",
            "儿童和青少年课后辅导",
        ],
        summary: [
            "Aiuto nei compiti e nello studio per bambini e ragazzi delle scuole elementari e medie.",
            "Ajutor la teme și la învățat pentru copiii și tinerii de la școala primară și gimnaziu.",
            "مساعدة في الواجبات والدراسة لأطفال ويافعي المدارس الابتدائية والإعدادية.",
            "Ndihmë për detyrat e shtëpisë dhe mësimin për fëmijët dhe të rinjtë e shkollës fillore dhe të mesme të ulët.",
            "为小学和初中学生提供作业和学习辅导。",
        ],
        details: &[
            [
                "Educatori e volontari seguono i ragazzi nei compiti, in piccoli gruppi.",
                "Educatori și voluntari îi ajută pe copii la teme, în grupuri mici.",
                "يتابع مربون ومتطوعون الأطفال في واجباتهم ضمن مجموعات صغيرة.",
                "Edukatorë dhe vullnetarë i ndjekin fëmijët në detyra, në grupe të vogla.",
                "教育工作者和志愿者以小组形式辅导孩子写作业。",
            ],
            [
                "Il servizio tiene i contatti con gli insegnanti e incontra i genitori una volta al mese.",
                "Serviciul ține legătura cu profesorii și se întâlnește cu părinții o dată pe lună.",
                "تبقى الخدمة على تواصل مع المعلمين وتلتقي بالأهل مرة في الشهر.",
                "Shërbimi mban lidhje me mësuesit dhe takon prindërit një herë në muaj.",
                "该服务与老师保持联系，每月与家长见面一次。",
            ],
            [
                "Dopo i compiti ci sono giochi e laboratori di lettura.",
                "După teme urmează jocuri și ateliere de lectură.",
                "بعد الواجبات هناك ألعاب وورشات للقراءة.",
                "Pas detyrave ka lojëra dhe laboratorë leximi.",
                "做完作业后有游戏和阅读活动。",
            ],
        ],
        eligibility: [
            "Bambini e ragazzi dai 6 ai 14 anni che frequentano le scuole di {c}.",
            "Copii și tineri între 6 și 14 ani care învață la școlile din {c}.",
            "الأطفال واليافعون من 6 إلى 14 سنة الذين يدرسون في مدارس {c}.",
            "Fëmijë dhe të rinj nga 6 deri në 14 vjeç që ndjekin shkollat e {c}.",
            "在{c}上学的6至14岁儿童和青少年。",
        ],
    },
    Template {
        key: "aiuto-casa",
        categories: &["housing"],
        groups: &["migrants", "families"],
        name: ["Aiuto per la casa", "Ajutor pentru locuință", "المساعدة في السكن", "Ndihmë për banesën", "住房帮助"],
        summary: [
            "Informazioni e accompagnamento per cercare casa, chiedere una casa popolare o un contributo per l'affitto.",
            "Informații și însoțire pentru a căuta o locuință, a cere o locuință socială sau un ajutor pentru chirie.",
            "معلومات ومرافقة للبحث عن سكن أو طلب سكن شعبي أو مساعدة لدفع الإيجار.",
            "Informacion dhe shoqërim për të kërkuar banesë, për të kërkuar një banesë sociale ose një kontribut për qiranë.",
            "提供找房、申请公共住房或租金补贴方面的信息和陪伴。",
        ],
        details: &[
            [
                "Gli operatori spiegano come leggere un contratto di affitto e quali sono i diritti dell'inquilino.",
                "Operatorii explică cum se citește un contract de închiriere și care sunt drepturile chiriașului.",
                "يشرح الموظفون كيفية قراءة عقد الإيجار وما هي حقوق المستأجر.",
                "Operatorët shpjegojnë si lexohet një kontratë qiraje dhe cilat janë të drejtat e qiramarrësit.",
                "工作人员讲解如何看懂租房合同以及租户享有的权利。",
            ],
            [
                "Il servizio aiuta a presentare la domanda per la casa popolare e per il fondo affitti del Comune.",
                "Serviciul ajută la depunerea cererii pentru locuință socială și pentru fondul de chirii al primăriei.",
                "تساعد الخدمة في تقديم طلب السكن الشعبي وطلب صندوق دعم الإيجار في البلدية.",
                "Shërbimi ndihmon në paraqitjen e kërkesës për banesë sociale dhe për fondin e qirave të komunës.",
                "该服务帮助申请公共住房和市政府的租金补助基金。",
            ],
            [
                "In caso di sfratto gli operatori cercano soluzioni con i servizi sociali.",
                "În caz de evacuare operatorii caută soluții împreună cu serviciile sociale.",
                "في حالة الإخلاء يبحث الموظفون عن حلول مع الخدمات الاجتماعية.",
                "Në rast dëbimi operatorët kërkojnë zgjidhje me shërbimet sociale.",
                "遇到被驱逐的情况，工作人员会与社会服务机构一起寻找解决办法。",
            ],
        ],
        eligibility: [
            "Persone e famiglie residenti a {c} con difficoltà abitative.",
            "Persoane și familii cu reședința în {c} care au probleme cu locuința.",
            "الأشخاص والعائلات المقيمون في {c} الذين يواجهون صعوبات في السكن.",
            "Persona dhe familje me banim në {c} me vështirësi banimi.",
            "居住在{c}、有住房困难的个人和家庭。",
        ],
    },
    Template {
        key: "accesso-salute",
        categories: &["health", "information"],
        groups: &["migrants", "vulnerable-adults"],
        name: [
            "Accesso alla salute",
            "Acces la servicii de sănătate",
            "الوصول إلى الرعاية الصحية",
            "Qasje në shëndetësi",
            "医疗服务指引",
        ],
        summary: [
            "Orientamento ai servizi sanitari: iscrizione al Servizio Sanitario Nazionale, scelta del medico di base e tessera STP.",
            "Orientare către serviciile medicale: înscrierea în Servizio Sanitario Nazionale (sistemul național de sănătate), alegerea medicului de familie și cardul STP.",
            "التوجيه إلى الخدمات الصحية: التسجيل في Servizio Sanitario Nazionale (الخدمة الصحية الوطنية)، واختيار طبيب الأسرة، وبطاقة STP.",
            "Orientim drejt shërbimeve shëndetësore: regjistrimi në Servizio Sanitario Nazionale (shërbimi kombëtar shëndetësor), zgjedhja e mjekut të familjes dhe karta STP.",
            "医疗服务指引：加入Servizio Sanitario Nazionale（国家医疗服务体系）、选择家庭医生以及办理STP卡。",
        ],
        details: &[
            [
                "Gli operatori spiegano come iscriversi al Servizio Sanitario Nazionale e come scegliere il medico di base.",
                "Operatorii explică cum vă înscrieți în Servizio Sanitario Nazionale și cum alegeți medicul de familie.",
                "يشرح الموظفون كيفية التسجيل في Servizio Sanitario Nazionale وكيفية اختيار طبيب الأسرة.",
                "Operatorët shpjegojnë si regjistroheni në Servizio Sanitario Nazionale dhe si zgjidhni mjekun e familjes.",
                "工作人员讲解如何加入Servizio Sanitario Nazionale以及如何选择家庭医生。",
            ],
            [
                "Chi non ha il permesso di soggiorno può avere cure urgenti ed essenziali con la tessera STP.",
                "Cine nu are permis de ședere poate primi îngrijiri urgente și esențiale cu cardul STP.",
                "من ليس لديه تصريح إقامة يمكنه الحصول على العلاج العاجل والأساسي ببطاقة STP.",
                "Kush nuk ka leje qëndrimi mund të marrë kujdes urgjent dhe thelbësor me kartën STP.",
                "没有居留许可的人可以凭STP卡获得紧急和基本医疗。",
            ],
            [
                "Il servizio accompagna le persone alle visite quando serve un mediatore.",
                "Serviciul însoțește persoanele la consultații când este nevoie de un mediator.",
                "ترافق الخدمة الأشخاص إلى المواعيد الطبية عند الحاجة إلى وسيط.",
                "Shërbimi i shoqëron personat në vizita kur nevojitet një ndërmjetës.",
                "需要调解员时，该服务会陪同就诊。",
            ],
        ],
        eligibility: [
            "Cittadini stranieri, anche senza permesso di soggiorno, e persone in condizione di fragilità.",
            "Cetățeni străini, chiar și fără permis de ședere, și persoane vulnerabile.",
            "المواطنون الأجانب، حتى دون تصريح إقامة، والأشخاص في وضع هش.",
            "Shtetas të huaj, edhe pa leje qëndrimi, dhe persona në gjendje brishtësie.",
            "外国公民（包括没有居留许可者）以及处境脆弱的人。",
        ],
    },
    Template {
        key: "sportello-donne",
        categories: &["women", "legal"],
        groups: &["women"],
        name: ["Sportello per donne", "Ghișeu pentru femei", "شباك للنساء", "Sportel për gratë", "妇女服务窗口"],
        summary: [
            "Ascolto, informazioni e accompagnamento per donne straniere su lavoro, famiglia, salute e diritti.",
            "Ascultare, informații și însoțire pentru femeile străine despre muncă, familie, sănătate și drepturi.",
            "استماع ومعلومات ومرافقة للنساء الأجنبيات في مسائل العمل والأسرة والصحة والحقوق.",
            "Dëgjim, informacion dhe shoqërim për gratë e huaja për punën, familjen, shëndetin dhe të drejtat.",
            "为外国女性提供倾听、信息和陪伴服务，涉及工作、家庭、健康和权利。",
        ],
        details: &[
            [
                "Le operatrici sono donne e parlano più lingue.",
                "Operatoarele sunt femei și vorbesc mai multe limbi.",
                "العاملات نساء ويتكلمن عدة لغات.",
                "Operatoret janë gra dhe flasin disa gjuhë.",
                "工作人员均为女性，会讲多种语言。",
            ],
            [
                "Lo sportello orienta ai consultori familiari e, in caso di violenza, al centro antiviolenza.",
                "Ghișeul îndrumă către consultoriile familiale și, în caz de violență, către centrul antiviolență.",
                "يوجه الشباك إلى مراكز الاستشارات العائلية، وفي حالة العنف إلى مركز مناهضة العنف.",
                "Sporteli orienton drejt këshillimoreve familjare dhe, në rast dhune, drejt qendrës kundër dhunës.",
                "窗口引导前往家庭咨询中心，遇到暴力时引导前往反暴力中心。",
            ],
            [
                "Sono organizzati incontri di gruppo su temi scelti insieme alle partecipanti.",
                "Se organizează întâlniri de grup pe teme alese împreună cu participantele.",
                "تُنظم لقاءات جماعية حول مواضيع تختارها المشاركات.",
                "Organizohen takime në grup për tema të zgjedhura bashkë me pjesëmarrëset.",
                "还组织小组交流，主题由参与者共同选定。",
            ],
        ],
        eligibility: [
            "Donne, anche con figli, che vivono a {c} e nei comuni vicini.",
            "Femei, și cu copii, care locuiesc în {c} și în comunele din apropiere.",
            "النساء، ومعهن أطفالهن أيضًا، اللواتي يعشن في {c} والبلديات المجاورة.",
            "Gra, edhe me fëmijë, që jetojnë në {c} dhe në komunat përreth.",
            "居住在{c}及周边市镇的女性（可带孩子）。",
        ],
    },
    Template {
        key: "reinserimento-carcere",
        categories: &["detention", "work"],
        groups: &["detainees-ex-detainees"],
        name: [
            "Reinserimento dopo il carcere",
            "Reintegrare după închisoare",
            "إعادة الإدماج بعد السجن",
            "Riintegrim pas burgut",
            "出狱后重新融入社会",
        ],
        summary: [
            "Accompagnamento di detenuti ed ex detenuti verso il lavoro, la casa e i servizi del territorio.",
            "Însoțirea deținuților și foștilor deținuți spre muncă, locuință și serviciile din zonă.",
            "مرافقة السجناء والسجناء السابقين نحو العمل والسكن وخدمات المنطقة.",
            "Shoqërim i të burgosurve dhe ish-të burgosurve drejt punës, banesës dhe shërbimeve të zonës.",
            "陪伴在押人员和刑满释放人员获得工作、住房和当地服务。",
        ],
        details: &[
            [
                "Gli operatori incontrano le persone già durante la detenzione, per preparare l'uscita.",
                "Operatorii întâlnesc persoanele încă din timpul detenției, pentru a pregăti ieșirea.",
                "يلتقي الموظفون بالأشخاص أثناء فترة الاحتجاز للتحضير للخروج.",
                "Operatorët i takojnë personat që gjatë burgimit, për të përgatitur daljen.",
                "工作人员在服刑期间就与当事人会面，为出狱做准备。",
            ],
            [
                "Il servizio lavora in rete con l'Ufficio di Esecuzione Penale Esterna (U.E.P.E.) e con i servizi sociali.",
                "Serviciul lucrează în rețea cu Ufficio di Esecuzione Penale Esterna (U.E.P.E.) și cu serviciile sociale.",
                "تعمل الخدمة بالتعاون مع Ufficio di Esecuzione Penale Esterna (U.E.P.E.) ومع الخدمات الاجتماعية.",
                "Shërbimi punon në rrjet me Ufficio di Esecuzione Penale Esterna (U.E.P.E.) dhe me shërbimet sociale.",
                "该服务与Ufficio di Esecuzione Penale Esterna（U.E.P.E.，监外执行办公室）和社会服务机构合作。",
            ],
            [
                "Sono possibili tirocini e borse lavoro presso cooperative sociali.",
                "Sunt posibile stagii și burse de muncă la cooperative sociale.",
                "يمكن الحصول على تدريبات مهنية ومنح عمل لدى تعاونيات اجتماعية.",
                "Janë të mundshme praktika dhe bursa pune pranë kooperativave sociale.",
                "可在社会合作社参加实习和带薪培训。",
            ],
        ],
        eligibility: [
            "Detenuti, ex detenuti e persone in misura alternativa alla detenzione.",
            "Deținuți, foști deținuți și persoane cu pedepse alternative la închisoare.",
            "السجناء والسجناء السابقون والأشخاص الخاضعون لتدابير بديلة عن السجن.",
            "Të burgosur, ish-të burgosur dhe persona me masa alternative ndaj burgimit.",
            "在押人员、刑满释放人员以及接受替代刑罚措施的人。",
        ],
    },
    Template {
        key: "accoglienza-richiedenti-asilo",
        categories: &["reception"],
        groups: &["asylum-seekers-refugees"],
        name: [
            "Accoglienza per richiedenti asilo",
            "Primire pentru solicitanții de azil",
            "استقبال طالبي اللجوء",
            "Pritje për azilkërkuesit",
            "寻求庇护者接待",
        ],
        summary: [
            "Accoglienza in appartamenti diffusi per richiedenti asilo e rifugiati, con percorsi di autonomia.",
            "Primire în apartamente pentru solicitanți de azil și refugiați, cu parcursuri spre autonomie.",
            "استقبال طالبي اللجوء واللاجئين في شقق موزعة، مع مسارات نحو الاعتماد على النفس.",
            "Pritje në apartamente për azilkërkues dhe refugjatë, me rrugë drejt pavarësisë.",
            "在分散式公寓中接待寻求庇护者和难民，并提供自立支持。",
        ],
        details: &[
            [
                "Le persone accolte frequentano il corso di italiano e ricevono orientamento legale e sanitario.",
                "Persoanele primite urmează cursul de italiană și primesc orientare juridică și medicală.",
                "يتابع المستقبَلون دورة اللغة الإيطالية ويحصلون على توجيه قانوني وصحي.",
                "Personat e pritur ndjekin kursin e italishtes dhe marrin orientim ligjor dhe shëndetësor.",
                "受接待者参加意大利语课程，并获得法律和医疗方面的指导。",
            ],
            [
                "Ogni persona ha un progetto individuale costruito con l'équipe.",
                "Fiecare persoană are un proiect individual construit împreună cu echipa.",
                "لكل شخص مشروع فردي يُبنى مع فريق العمل.",
                "Çdo person ka një projekt individual të ndërtuar me ekipin.",
                "每个人都有与团队共同制定的个人计划。",
            ],
            [
                "Il progetto fa parte del Sistema di Accoglienza e Integrazione (SAI).",
                "Proiectul face parte din Sistema di Accoglienza e Integrazione (SAI) (sistemul de primire și integrare).",
                "المشروع جزء من Sistema di Accoglienza e Integrazione (SAI) (نظام الاستقبال والاندماج).",
                "Projekti është pjesë e Sistema di Accoglienza e Integrazione (SAI) (sistemi i pritjes dhe integrimit).",
                "该项目属于Sistema di Accoglienza e Integrazione（SAI，接待与融合系统）。",
            ],
        ],
        eligibility: [
            "Richiedenti asilo e titolari di protezione inviati dalla Prefettura o dal Servizio Centrale.",
            "Solicitanți de azil și beneficiari de protecție trimiși de Prefettura (prefectură) sau de Servizio Centrale.",
            "طالبو اللجوء والحاصلون على الحماية المحالون من Prefettura (المحافظة) أو من Servizio Centrale.",
            "Azilkërkues dhe përfitues mbrojtjeje të dërguar nga Prefettura (prefektura) ose nga Servizio Centrale.",
            "由Prefettura（省政府）或Servizio Centrale转介的寻求庇护者和受保护者。",
        ],
    },
    Template {
        key: "segretariato-sociale",
        categories: &["information", "economic-support"],
        groups: &["vulnerable-adults", "families"],
        name: [
            "Segretariato sociale",
            "Secretariat social",
            "الأمانة الاجتماعية",
            "Sekretariati social",
            "社会事务咨询处",
        ],
        summary: [
            "Primo ascolto e informazioni su tutti i servizi sociali, le agevolazioni e i contributi del Comune.",
            "Prima ascultare și informații despre toate serviciile sociale, facilitățile și ajutoarele primăriei.",
            "استماع أولي ومعلومات عن جميع الخدمات الاجتماعية والتسهيلات والمساعدات التي تقدمها البلدية.",
            "Dëgjimi i parë dhe informacion për të gjitha shërbimet sociale, lehtësitë dhe kontributet e komunës.",
            "首次接待，提供关于市政府所有社会服务、优惠和补助的信息。",
        ],
        details: &[
            [
                "L'assistente sociale ascolta la situazione e indica il servizio più adatto.",
                "Asistentul social ascultă situația și indică serviciul cel mai potrivit.",
                "يستمع الأخصائي الاجتماعي إلى الوضع ويدل على الخدمة الأنسب.",
                "Punonjësi social dëgjon situatën dhe tregon shërbimin më të përshtatshëm.",
                "社工了解情况后，介绍最合适的服务。",
            ],
            [
                "Lo sportello aiuta a chiedere l'Assegno di inclusione, il bonus per le bollette e l'ISEE.",
                "Ghișeul ajută la cererea Assegno di inclusione (alocația de incluziune), a bonusului pentru facturi și a ISEE.",
                "يساعد الشباك في طلب Assegno di inclusione (إعانة الإدماج) ومكافأة الفواتير وشهادة ISEE.",
                "Sporteli ndihmon për të kërkuar Assegno di inclusione (asistencën e përfshirjes), bonusin për faturat dhe ISEE-në.",
                "窗口帮助申请Assegno di inclusione（融入补贴）、水电费补贴和ISEE。",
            ],
        ],
        eligibility: [
            "Tutte le persone che vivono a {c}.",
            "Toate persoanele care locuiesc în {c}.",
            "جميع الأشخاص الذين يعيشون في {c}.",
            "Të gjithë personat që jetojnë në {c}.",
            "所有居住在{c}的人。",
        ],
    },
    Template {
        key: "contributi-famiglie",
        categories: &["economic-support"],
        groups: &["families", "unemployed"],
        name: [
            "Contributi economici per le famiglie",
            "Ajutoare financiare pentru familii",
            "مساعدات مالية للعائلات",
            "Ndihma financiare për familjet",
            "家庭经济补助",
        ],
        summary: [
            "Contributi una tantum per affitto, bollette e spese scolastiche per famiglie in difficoltà economica.",
            "Ajutoare unice pentru chirie, facturi și cheltuieli școlare pentru familiile cu dificultăți economice.",
            "مساعدات لمرة واحدة لدفع الإيجار والفواتير والمصاريف المدرسية للعائلات التي تمر بصعوبات مالية.",
            "Ndihma të njëhershme për qiranë, faturat dhe shpenzimet shkollore për familjet në vështirësi ekonomike.",
            "为经济困难家庭提供一次性房租、水电费和学习费用补助。",
        ],
        details: &[
            [
                "Il contributo viene deciso dopo un colloquio con l'assistente sociale.",
                "Ajutorul se decide după o discuție cu asistentul social.",
                "يتم تحديد المساعدة بعد مقابلة مع الأخصائي الاجتماعي.",
                "Ndihma vendoset pas një bisede me punonjësin social.",
                "补助在与社工面谈后决定。",
            ],
            [
                "Le domande vengono raccolte due volte all'anno, con un bando pubblicato sul sito del Comune.",
                "Cererile se strâng de două ori pe an, printr-un anunț publicat pe site-ul primăriei.",
                "تُجمع الطلبات مرتين في السنة، بإعلان يُنشر على موقع البلدية.",
                "Kërkesat mblidhen dy herë në vit, me një thirrje të publikuar në faqen e komunës.",
                "每年收集两次申请，公告发布在市政府网站上。",
            ],
        ],
        eligibility: [
            "Famiglie residenti a {c} con ISEE sotto la soglia fissata dal bando.",
            "Familii cu reședința în {c} cu ISEE sub pragul stabilit în anunț.",
            "العائلات المقيمة في {c} التي تكون قيمة ISEE لديها أقل من الحد المحدد في الإعلان.",
            "Familje me banim në {c} me ISEE nën pragun e caktuar në thirrje.",
            "居住在{c}、ISEE低于公告规定标准的家庭。",
        ],
    },
    Template {
        key: "mediazione-abitativa",
        categories: &["housing", "mediation"],
        groups: &["migrants", "families"],
        name: [
            "Sportello di mediazione abitativa",
            "Ghișeu de mediere pentru locuințe",
            "شباك الوساطة في السكن",
            "Sportel ndërmjetësimi për banesat",
            "住房调解窗口",
        ],
        summary: [
            "Sportello che informa e accompagna i cittadini stranieri nella ricerca di una casa adeguata.",
            "Ghișeu care informează și însoțește cetățenii străini în căutarea unei locuințe potrivite.",
            "شباك يقدم المعلومات ويرافق المواطنين الأجانب في البحث عن سكن مناسب.",
            "Sportel që informon dhe shoqëron shtetasit e huaj në kërkimin e një banese të përshtatshme.",
            "为外国公民提供信息并陪伴其寻找合适住房的窗口。",
        ],
        details: &[
            [
                "Lo sportello fa da ponte tra proprietari e inquilini e accompagna la firma del contratto.",
                "Ghișeul face legătura între proprietari și chiriași și însoțește semnarea contractului.",
                "يقوم الشباك بدور الجسر بين المالكين والمستأجرين ويرافق توقيع العقد.",
                "Sporteli bën urë midis pronarëve dhe qiramarrësve dhe shoqëron nënshkrimin e kontratës.",
                "窗口在房东和租户之间牵线搭桥，并陪同签订合同。",
            ],
            [
                "Aiuta anche nella convivenza con il vicinato e nella gestione delle spese della casa.",
                "Ajută și la conviețuirea cu vecinii și la gestionarea cheltuielilor casei.",
                "يساعد أيضًا في التعايش مع الجيران وفي إدارة مصاريف البيت.",
                "Ndihmon edhe në bashkëjetesën me fqinjët dhe në menaxhimin e shpenzimeve të shtëpisë.",
                "还帮助处理邻里关系和管理家庭开支。",
            ],
        ],
        eligibility: [
            "Cittadini stranieri con un reddito regolare che cercano casa in affitto.",
            "Cetățeni străini cu un venit regulat care caută o locuință cu chirie.",
            "المواطنون الأجانب ذوو الدخل المنتظم الذين يبحثون عن سكن للإيجار.",
            "Shtetas të huaj me të ardhura të rregullta që kërkojnë banesë me qira.",
            "有稳定收入、正在找房租住的外国公民。",
        ],
    },
    Template {
        key: "assistenti-familiari",
        categories: &["work", "training"],
        groups: &["domestic-workers", "migrants"],
        name: [
            "Sportello assistenti familiari",
            "Ghișeu pentru asistenți familiali",
            "شباك المساعدين العائليين",
            "Sporteli për ndihmësit familjarë",
            "家庭护理员服务窗口",
        ],
        summary: [
            "Sportello di incontro tra famiglie e lavoratrici e lavoratori stranieri che vogliono lavorare come assistenti familiari (badanti).",
            "Ghișeu care pune în legătură familiile cu lucrătoarele și lucrătorii străini care vor să lucreze ca asistenți familiali (badanti).",
            "شباك يجمع بين العائلات والعاملات والعاملين الأجانب الراغبين في العمل كمساعدين عائليين (badanti).",
            "Sportel që lidh familjet me punëtoret dhe punëtorët e huaj që duan të punojnë si ndihmës familjarë (badanti).",
            "为家庭与希望从事家庭护理员（badanti）工作的外国劳动者牵线搭桥的窗口。",
        ],
        details: &[
            [
                "Lo sportello raccoglie le richieste delle famiglie e propone le persone più adatte.",
                "Ghișeul adună cererile familiilor și propune persoanele cele mai potrivite.",
                "يجمع الشباك طلبات العائلات ويقترح الأشخاص الأنسب.",
                "Sporteli mbledh kërkesat e familjeve dhe propozon personat më të përshtatshëm.",
                "窗口收集家庭的需求，并推荐最合适的人选。",
            ],
            [
                "Sono organizzati corsi brevi sull'assistenza agli anziani e sul contratto di lavoro domestico.",
                "Se organizează cursuri scurte despre îngrijirea vârstnicilor și despre contractul de muncă casnică.",
                "تُنظم دورات قصيرة حول رعاية المسنين وعقد العمل المنزلي.",
                "Organizohen kurse të shkurtra për kujdesin ndaj të moshuarve dhe për kontratën e punës shtëpiake.",
                "开设关于照护老人和家政劳动合同的短期课程。",
            ],
            [
                "Gli operatori aiutano a fare il contratto e a versare i contributi INPS.",
                "Operatorii ajută la întocmirea contractului și la plata contribuțiilor INPS.",
                "يساعد الموظفون في إعداد العقد ودفع اشتراكات INPS.",
                "Operatorët ndihmojnë në hartimin e kontratës dhe në pagesën e kontributeve INPS.",
                "工作人员帮助签订合同并缴纳INPS社保。",
            ],
        ],
        eligibility: [
            "Lavoratrici e lavoratori stranieri con permesso di soggiorno valido per lavoro e famiglie che cercano un'assistente.",
            "Lucrătoare și lucrători străini cu permis de ședere valabil pentru muncă și familii care caută o îngrijitoare.",
            "العاملات والعاملون الأجانب الحاصلون على تصريح إقامة صالح للعمل، والعائلات التي تبحث عن مساعِدة.",
            "Punëtore dhe punëtorë të huaj me leje qëndrimi të vlefshme për punë dhe familje që kërkojnë një ndihmëse.",
            "持有有效工作居留许可的外国劳动者，以及正在寻找护理员的家庭。",
        ],
    },
    Template {
        key: "formazione-professionale",
        categories: &["training", "work"],
        groups: &["unemployed", "migrants"],
        name: [
            "Corso di formazione professionale",
            "Curs de formare profesională",
            "دورة تدريب مهني",
            "Kurs formimi profesional",
            "职业培训课程",
        ],
        summary: [
            "Corsi di formazione professionale in cucina, logistica, edilizia e cura della persona.",
            "Cursuri de formare profesională în bucătărie, logistică, construcții și îngrijirea persoanei.",
            "دورات للتدريب المهني في الطبخ واللوجستيات والبناء ورعاية الأشخاص.",
            "Kurse formimi profesional në kuzhinë, logjistikë, ndërtim dhe kujdes për personin.",
            "提供烹饪、物流、建筑和个人护理方面的职业培训课程。",
        ],
        details: &[
            [
                "Ogni corso dura da 120 a 300 ore e comprende uno stage in azienda.",
                "Fiecare curs durează între 120 și 300 de ore și include un stagiu într-o firmă.",
                "تستمر كل دورة من 120 إلى 300 ساعة وتشمل تدريبًا عمليًا في شركة.",
                "Çdo kurs zgjat nga 120 deri në 300 orë dhe përfshin një praktikë në firmë.",
                "每门课程120至300学时，包括企业实习。",
            ],
            [
                "Alla fine del corso si riceve un attestato riconosciuto dalla Regione.",
                "La sfârșitul cursului se primește un certificat recunoscut de regiune.",
                "في نهاية الدورة يحصل المشارك على شهادة معترف بها من الإقليم.",
                "Në fund të kursit merret një dëshmi e njohur nga rajoni.",
                "课程结束后可获得大区认可的证书。",
            ],
            [
                "Prima dell'iscrizione c'è un colloquio per verificare il livello di italiano.",
                "Înainte de înscriere are loc o discuție pentru verificarea nivelului de italiană.",
                "قبل التسجيل تُجرى مقابلة للتحقق من مستوى اللغة الإيطالية.",
                "Para regjistrimit bëhet një bisedë për të verifikuar nivelin e italishtes.",
                "报名前需面谈，以确认意大利语水平。",
            ],
        ],
        eligibility: [
            "Persone disoccupate dai 18 anni in su, con una conoscenza di base dell'italiano.",
            "Persoane șomere de la 18 ani în sus, cu cunoștințe de bază de italiană.",
            "العاطلون عن العمل من عمر 18 سنة فما فوق، مع معرفة أساسية باللغة الإيطالية.",
            "Persona të papunë nga mosha 18 vjeç e lart, me njohuri bazë të italishtes.",
            "18岁及以上、具备基础意大利语水平的失业人员。",
        ],
    },
    Template {
        key: "mediazione-scolastica",
        categories: &["school", "mediation"],
        groups: &["minors", "families"],
        name: ["Mediazione a scuola", "Mediere la școală", "الوساطة في المدرسة", "Ndërmjetësim në shkollë", "学校调解"],
        summary: [
            "Mediatori culturali nelle scuole per accogliere gli alunni stranieri e facilitare il dialogo con le famiglie.",
            "Mediatori culturali în școli pentru a primi elevii străini și a ușura dialogul cu familiile.",
            "وسطاء ثقافيون في المدارس لاستقبال التلاميذ الأجانب وتسهيل الحوار مع العائلات.",
            "Ndërmjetës kulturorë në shkolla për të pritur nxënësit e huaj dhe për të lehtësuar dialogun me familjet.",
            "在学校安排文化调解员，接待外国学生并促进与家庭的沟通。",
        ],
        details: &[
            [
                "Il mediatore partecipa ai colloqui tra insegnanti e genitori e traduce le comunicazioni della scuola.",
                "Mediatorul participă la discuțiile dintre profesori și părinți și traduce comunicările școlii.",
                "يشارك الوسيط في اللقاءات بين المعلمين والأهل ويترجم مراسلات المدرسة.",
                "Ndërmjetësi merr pjesë në takimet midis mësuesve dhe prindërve dhe përkthen njoftimet e shkollës.",
                "调解员参加老师与家长的面谈，并翻译学校的通知。",
            ],
            [
                "Per i ragazzi appena arrivati sono previsti laboratori di italiano come lingua seconda.",
                "Pentru elevii abia sosiți sunt prevăzute ateliere de italiană ca a doua limbă.",
                "للتلاميذ الواصلين حديثًا تُنظم ورشات لتعلم الإيطالية كلغة ثانية.",
                "Për nxënësit e sapoardhur parashikohen laboratorë të italishtes si gjuhë e dytë.",
                "为新到的学生开设意大利语第二语言学习班。",
            ],
        ],
        eligibility: [
            "Alunni stranieri e famiglie delle scuole di {c}.",
            "Elevi străini și familiile lor din școlile din {c}.",
            "التلاميذ الأجانب وعائلاتهم في مدارس {c}.",
            "Nxënës të huaj dhe familjet e tyre në shkollat e {c}.",
            "{c}各学校的外国学生及其家庭。",
        ],
    },
    Template {
        key: "centro-antiviolenza",
        categories: &["women", "health"],
        groups: &["women"],
        name: ["Centro antiviolenza", "Centru antiviolență", "مركز مناهضة العنف", "Qendër kundër dhunës", "反暴力中心"],
        summary: [
            "Ascolto, protezione e accompagnamento per donne che subiscono violenza, anche con figli.",
            "Ascultare, protecție și însoțire pentru femeile care suferă violență, și cu copii.",
            "استماع وحماية ومرافقة للنساء اللواتي يتعرضن للعنف، ومعهن أطفالهن أيضًا.",
            "Dëgjim, mbrojtje dhe shoqërim për gratë që pësojnë dhunë, edhe me fëmijë.",
            "为遭受暴力的女性（包括带孩子的女性）提供倾听、保护和陪伴。",
        ],
        details: &[
            [
                "Le operatrici accolgono le donne in modo riservato e senza giudizio.",
                "Operatoarele primesc femeile în mod confidențial și fără a le judeca.",
                "تستقبل العاملات النساء بسرية ودون إصدار أحكام.",
                "Operatoret i presin gratë në mënyrë konfidenciale dhe pa gjykim.",
                "工作人员以保密、不评判的方式接待女性。",
            ],
            [
                "Il centro offre consulenza legale e psicologica e, se serve, una casa rifugio.",
                "Centrul oferă consiliere juridică și psihologică și, dacă este nevoie, o casă de adăpost.",
                "يقدم المركز استشارة قانونية ونفسية، وعند الحاجة بيتًا آمنًا.",
                "Qendra ofron këshillim ligjor dhe psikologjik dhe, nëse duhet, një shtëpi strehimi.",
                "中心提供法律和心理咨询，必要时提供庇护所。",
            ],
            [
                "In caso di pericolo chiamare il 1522, numero gratuito attivo 24 ore su 24.",
                "În caz de pericol sunați la 1522, număr gratuit disponibil 24 de ore din 24.",
                "في حالة الخطر اتصلي بالرقم 1522، وهو رقم مجاني متاح على مدار 24 ساعة.",
                "Në rast rreziku telefononi 1522, numër falas aktiv 24 orë në 24.",
                "如遇危险，请拨打1522，该号码免费且24小时开通。",
            ],
        ],
        eligibility: [
            "Donne che subiscono violenza fisica, psicologica o economica, italiane e straniere.",
            "Femei care suferă violență fizică, psihologică sau economică, italiene și străine.",
            "النساء اللواتي يتعرضن لعنف جسدي أو نفسي أو اقتصادي، من الإيطاليات والأجنبيات.",
            "Gra që pësojnë dhunë fizike, psikologjike ose ekonomike, italiane dhe të huaja.",
            "遭受身体、心理或经济暴力的女性，意大利人和外国人均可。",
        ],
    },
    Template {
        key: "spazio-mamme-bambini",
        categories: &["children-families", "women"],
        groups: &["families", "women", "minors"],
        name: [
            "Spazio mamme e bambini",
            "Spațiu pentru mame și copii",
            "فضاء للأمهات والأطفال",
            "Hapësirë për nënat dhe fëmijët",
            "母婴活动空间",
        ],
        summary: [
            "Spazio di incontro per mamme con bambini da 0 a 3 anni, con attività di gioco e scambio.",
            "Spațiu de întâlnire pentru mame cu copii între 0 și 3 ani, cu jocuri și schimb de experiențe.",
            "فضاء لقاء للأمهات مع أطفالهن من عمر 0 إلى 3 سنوات، مع أنشطة لعب وتبادل.",
            "Hapësirë takimi për nënat me fëmijë nga 0 deri në 3 vjeç, me lojëra dhe shkëmbim përvojash.",
            "为带0至3岁孩子的母亲提供的交流空间，设有游戏和交流活动。",
        ],
        details: &[
            [
                "Un'educatrice propone giochi, letture e canzoni in più lingue.",
                "O educatoare propune jocuri, lecturi și cântece în mai multe limbi.",
                "تقترح مربية ألعابًا وقراءات وأغاني بعدة لغات.",
                "Një edukatore propozon lojëra, lexime dhe këngë në disa gjuhë.",
                "一名幼教老师带领大家用多种语言做游戏、读书和唱歌。",
            ],
            [
                "Una volta al mese un'ostetrica o una pediatra risponde alle domande delle mamme.",
                "O dată pe lună o moașă sau o pediatră răspunde la întrebările mamelor.",
                "مرة في الشهر تجيب قابلة أو طبيبة أطفال عن أسئلة الأمهات.",
                "Një herë në muaj një mami ose një pediatre u përgjigjet pyetjeve të nënave.",
                "每月一次，助产士或儿科医生解答母亲们的问题。",
            ],
            [
                "Lo spazio aiuta le mamme appena arrivate a conoscere altre famiglie e i servizi del quartiere.",
                "Spațiul le ajută pe mamele abia sosite să cunoască alte familii și serviciile din cartier.",
                "يساعد الفضاء الأمهات القادمات حديثًا على التعرف على عائلات أخرى وعلى خدمات الحي.",
                "Hapësira i ndihmon nënat e sapoardhura të njohin familje të tjera dhe shërbimet e lagjes.",
                "该空间帮助新来的母亲认识其他家庭并了解社区服务。",
            ],
        ],
        eligibility: [
            "Mamme, papà e nonni con bambini da 0 a 3 anni.",
            "Mame, tați și bunici cu copii între 0 și 3 ani.",
            "الأمهات والآباء والأجداد مع أطفال من عمر 0 إلى 3 سنوات.",
            "Nëna, baballarë dhe gjyshër me fëmijë nga 0 deri në 3 vjeç.",
            "带0至3岁孩子的母亲、父亲和祖父母。",
        ],
    },
    Template {
        key: "minori-non-accompagnati",
        categories: &["reception", "children-families"],
        groups: &["minors", "asylum-seekers-refugees"],
        name: [
            "Accoglienza minori stranieri non accompagnati",
            "Primirea minorilor străini neînsoțiți",
            "استقبال القاصرين الأجانب غير المصحوبين",
            "Pritja e të miturve të huaj të pashoqëruar",
            "无人陪伴外国未成年人接待",
        ],
        summary: [
            "Comunità educativa per ragazzi stranieri arrivati in Italia senza genitori.",
            "Comunitate educativă pentru tinerii străini sosiți în Italia fără părinți.",
            "دار تربوية للشباب الأجانب الذين وصلوا إلى إيطاليا دون والديهم.",
            "Komunitet edukativ për të rinjtë e huaj të ardhur në Itali pa prindër.",
            "为无父母陪同抵达意大利的外国青少年设立的教育社区。",
        ],
        details: &[
            [
                "Gli educatori accompagnano i ragazzi a scuola, nei corsi di italiano e nella formazione professionale.",
                "Educatorii îi însoțesc pe tineri la școală, la cursurile de italiană și la formarea profesională.",
                "يرافق المربون الشباب إلى المدرسة ودورات اللغة الإيطالية والتدريب المهني.",
                "Edukatorët i shoqërojnë të rinjtë në shkollë, në kurset e italishtes dhe në formimin profesional.",
                "教育工作者陪伴青少年上学、学习意大利语并接受职业培训。",
            ],
            [
                "Il servizio segue con il tutore la richiesta del permesso di soggiorno per minore età.",
                "Serviciul urmărește împreună cu tutorele cererea permisului de ședere pentru minori.",
                "تتابع الخدمة مع الوصي طلب تصريح الإقامة الخاص بالقاصرين.",
                "Shërbimi ndjek me kujdestarin kërkesën për lejen e qëndrimit për të mitur.",
                "该服务与监护人一起办理未成年人居留许可申请。",
            ],
            [
                "A 18 anni è possibile proseguire con il prosieguo amministrativo fino ai 21 anni.",
                "La 18 ani se poate continua cu prelungirea administrativă (prosieguo amministrativo) până la 21 de ani.",
                "عند بلوغ 18 سنة يمكن الاستمرار بالتمديد الإداري (prosieguo amministrativo) حتى سن 21.",
                "Në moshën 18 vjeç mund të vazhdohet me zgjatjen administrative (prosieguo amministrativo) deri në 21 vjeç.",
                "年满18岁后，可通过行政延续（prosieguo amministrativo）继续接受支持至21岁。",
            ],
        ],
        eligibility: [
            "Minori stranieri non accompagnati inviati dai servizi sociali o dal Tribunale per i minorenni.",
            "Minori străini neînsoțiți trimiși de serviciile sociale sau de Tribunale per i minorenni (tribunalul pentru minori).",
            "القاصرون الأجانب غير المصحوبين المحالون من الخدمات الاجتماعية أو من Tribunale per i minorenni (محكمة الأحداث).",
            "Të mitur të huaj të pashoqëruar të dërguar nga shërbimet sociale ose nga Tribunale per i minorenni (gjykata për të miturit).",
            "由社会服务机构或Tribunale per i minorenni（未成年人法院）转介的无人陪伴外国未成年人。",
        ],
    },
    Template {
        key: "riconoscimento-titoli",
        categories: &["work", "information"],
        groups: &["professionals", "migrants"],
        name: [
            "Riconoscimento dei titoli di studio",
            "Recunoașterea diplomelor de studii",
            "الاعتراف بالشهادات الدراسية",
            "Njohja e diplomave",
            "学历认证",
        ],
        summary: [
            "Informazioni e aiuto per far riconoscere in Italia diplomi, lauree e qualifiche professionali ottenuti all'estero.",
            "Informații și ajutor pentru recunoașterea în Italia a diplomelor și calificărilor profesionale obținute în străinătate.",
            "معلومات ومساعدة للاعتراف في إيطاليا بالشهادات والمؤهلات المهنية التي تم الحصول عليها في الخارج.",
            "Informacion dhe ndihmë për njohjen në Itali të diplomave dhe kualifikimeve profesionale të marra jashtë vendit.",
            "帮助在意大利认证在国外获得的文凭、学位和职业资格，并提供相关信息。",
        ],
        details: &[
            [
                "Gli operatori spiegano la differenza tra equipollenza, equivalenza e dichiarazione di valore.",
                "Operatorii explică diferența dintre echivalare (equipollenza), echivalență și declarația de valoare (dichiarazione di valore).",
                "يشرح الموظفون الفرق بين المعادلة (equipollenza) والتكافؤ وإفادة القيمة (dichiarazione di valore).",
                "Operatorët shpjegojnë ndryshimin midis njëvlershmërisë (equipollenza), ekuivalencës dhe deklaratës së vlerës (dichiarazione di valore).",
                "工作人员解释学历等同认证（equipollenza）、等值认定和价值声明（dichiarazione di valore）之间的区别。",
            ],
            [
                "Il servizio aiuta a preparare la domanda per le professioni sanitarie, l'insegnamento e l'ingegneria.",
                "Serviciul ajută la pregătirea cererii pentru profesiile medicale, învățământ și inginerie.",
                "تساعد الخدمة في إعداد الطلب للمهن الصحية والتعليم والهندسة.",
                "Shërbimi ndihmon në përgatitjen e kërkesës për profesionet shëndetësore, mësimdhënien dhe inxhinierinë.",
                "该服务帮助准备医疗、教育和工程等职业的申请材料。",
            ],
        ],
        eligibility: [
            "Cittadini stranieri e italiani con un titolo di studio ottenuto all'estero.",
            "Cetățeni străini și italieni cu o diplomă obținută în străinătate.",
            "المواطنون الأجانب والإيطاليون الحاصلون على شهادة دراسية من الخارج.",
            "Shtetas të huaj dhe italianë me një diplomë të marrë jashtë vendit.",
            "持有国外学历的外国公民和意大利公民。",
        ],
    },
    Template {
        key: "emigrati-di-ritorno",
        categories: &["information", "legal"],
        groups: &["returning-emigrants"],
        name: [
            "Sportello per emigrati di ritorno",
            "Ghișeu pentru emigranții care se întorc",
            "شباك للمهاجرين العائدين",
            "Sportel për emigrantët që kthehen",
            "回国侨民服务窗口",
        ],
        summary: [
            "Informazioni per italiani che rientrano dall'estero: residenza, pensione, assistenza sanitaria e lavoro.",
            "Informații pentru italienii care se întorc din străinătate: rezidență, pensie, asistență medicală și muncă.",
            "معلومات للإيطاليين العائدين من الخارج: الإقامة والتقاعد والرعاية الصحية والعمل.",
            "Informacion për italianët që kthehen nga jashtë: vendbanimi, pensioni, kujdesi shëndetësor dhe puna.",
            "为从国外回国的意大利人提供关于户籍、养老金、医疗和就业的信息。",
        ],
        details: &[
            [
                "Lo sportello aiuta a cancellarsi dall'AIRE e a riprendere la residenza in Comune.",
                "Ghișeul ajută la radierea din AIRE (registrul italienilor din străinătate) și la reluarea rezidenței în comună.",
                "يساعد الشباك في الشطب من AIRE (سجل الإيطاليين المقيمين في الخارج) واستعادة الإقامة في البلدية.",
                "Sporteli ndihmon në çregjistrimin nga AIRE (regjistri i italianëve jashtë vendit) dhe në rimarrjen e vendbanimit në komunë.",
                "窗口帮助注销AIRE（海外意大利人登记）并在市政府恢复户籍。",
            ],
            [
                "Gli operatori spiegano come far valere i contributi versati all'estero per la pensione.",
                "Operatorii explică cum se pot folosi pentru pensie contribuțiile plătite în străinătate.",
                "يشرح الموظفون كيفية احتساب الاشتراكات المدفوعة في الخارج لأغراض التقاعد.",
                "Operatorët shpjegojnë si mund të vlejnë për pensionin kontributet e paguara jashtë vendit.",
                "工作人员讲解如何将在国外缴纳的社保计入养老金。",
            ],
        ],
        eligibility: [
            "Cittadini italiani e loro familiari che rientrano dopo un periodo di vita all'estero.",
            "Cetățeni italieni și familiile lor care se întorc după o perioadă trăită în străinătate.",
            "المواطنون الإيطاليون وأفراد أسرهم العائدون بعد فترة من العيش في الخارج.",
            "Shtetas italianë dhe familjarët e tyre që kthehen pas një periudhe jetese jashtë vendit.",
            "在国外生活一段时间后回国的意大利公民及其家属。",
        ],
    },
    Template {
        key: "orientamento-disabilita",
        categories: &["health", "economic-support"],
        groups: &["people-with-disabilities", "families"],
        name: [
            "Orientamento per persone con disabilità",
            "Orientare pentru persoanele cu dizabilități",
            "التوجيه للأشخاص ذوي الإعاقة",
            "Orientim për personat me aftësi të kufizuara",
            "残障人士指导服务",
        ],
        summary: [
            "Informazioni e accompagnamento per il riconoscimento dell'invalidità, la legge 104 e i servizi di assistenza.",
            "Informații și însoțire pentru recunoașterea invalidității, legea 104 și serviciile de asistență.",
            "معلومات ومرافقة للاعتراف بالإعاقة وقانون 104 وخدمات المساعدة.",
            "Informacion dhe shoqërim për njohjen e invaliditetit, ligjin 104 dhe shërbimet e asistencës.",
            "提供关于残疾认定、第104号法律和护理服务的信息与陪伴。",
        ],
        details: &[
            [
                "Gli operatori aiutano a preparare la domanda di invalidità civile e la visita medica.",
                "Operatorii ajută la pregătirea cererii de invaliditate civilă și a vizitei medicale.",
                "يساعد الموظفون في إعداد طلب الإعاقة المدنية والتحضير للفحص الطبي.",
                "Operatorët ndihmojnë në përgatitjen e kërkesës për invaliditet civil dhe të vizitës mjekësore.",
                "工作人员帮助准备民事残疾申请和体检。",
            ],
            [
                "Il servizio informa sui permessi di lavoro per chi assiste un familiare con disabilità.",
                "Serviciul informează despre zilele libere de la muncă pentru cine îngrijește un membru al familiei cu dizabilități.",
                "تقدم الخدمة معلومات عن الإجازات من العمل لمن يرعى فردًا من الأسرة من ذوي الإعاقة.",
                "Shërbimi informon për lejet nga puna për ata që kujdesen për një familjar me aftësi të kufizuara.",
                "该服务介绍照顾残障家属者可享有的工作假期。",
            ],
        ],
        eligibility: [
            "Persone con disabilità e loro familiari, anche stranieri.",
            "Persoane cu dizabilități și familiile lor, inclusiv străini.",
            "الأشخاص ذوو الإعاقة وأسرهم، بمن فيهم الأجانب.",
            "Persona me aftësi të kufizuara dhe familjet e tyre, edhe të huaj.",
            "残障人士及其家属，外国人亦可。",
        ],
    },
    Template {
        key: "accompagnamento-famiglie-rom",
        categories: &["community", "housing"],
        groups: &["roma-sinti-caminanti", "families"],
        name: [
            "Accompagnamento sociale delle famiglie rom",
            "Însoțire socială pentru familiile rome",
            "المرافقة الاجتماعية لعائلات الروما",
            "Shoqërim social i familjeve rome",
            "罗姆人家庭社会陪伴",
        ],
        summary: [
            "Accompagnamento sociale, promozione delle autonomie e dei diritti dei nuclei rom in condizione di svantaggio.",
            "Însoțire socială, promovarea autonomiei și a drepturilor familiilor rome aflate în dificultate.",
            "مرافقة اجتماعية وتعزيز الاستقلالية والحقوق لعائلات الروما التي تعيش في ظروف صعبة.",
            "Shoqërim social, nxitje e pavarësisë dhe e të drejtave të familjeve rome në vështirësi.",
            "为处境不利的罗姆人家庭提供社会陪伴，促进其自立和权利保障。",
        ],
        details: &[
            [
                "I progetti a lungo termine permettono di creare legami di conoscenza e di fiducia.",
                "Proiectele pe termen lung permit crearea unor relații de cunoaștere și de încredere.",
                "المشاريع الطويلة تسمح ببناء علاقات معرفة وثقة.",
                "Projektet afatgjata lejojnë krijimin e lidhjeve të njohjes dhe të besimit.",
                "长期项目有助于建立相互了解和信任的关系。",
            ],
            [
                "Il servizio aiuta con i documenti, l'iscrizione anagrafica e l'inserimento abitativo.",
                "Serviciul ajută cu actele, înscrierea în registrul de evidență a populației și găsirea unei locuințe.",
                "تساعد الخدمة في الوثائق والتسجيل في السجل المدني والحصول على سكن.",
                "Shërbimi ndihmon me dokumentet, regjistrimin në gjendjen civile dhe sistemimin në banesë.",
                "该服务协助办理证件、户籍登记和住房安置。",
            ],
            [
                "Il servizio fa da mediatore tra il mondo rom e quello della società maggioritaria.",
                "Serviciul face legătura (mediere) între lumea romă și restul societății.",
                "تقوم الخدمة بالوساطة بين عالم الروما وبقية المجتمع.",
                "Shërbimi ndërmjetëson midis botës rome dhe pjesës tjetër të shoqërisë.",
                "该服务在罗姆人和主流社会之间进行调解。",
            ],
        ],
        eligibility: [
            "Famiglie rom, sinti e caminanti del territorio di {c}.",
            "Familii rome, sinti și caminanti din zona {c}.",
            "عائلات الروما والسنتي والكامينانتي في منطقة {c}.",
            "Familje rome, sinti dhe caminanti të zonës së {c}.",
            "{c}地区的罗姆人、辛提人和卡米南蒂人家庭。",
        ],
    },
    Template {
        key: "dispersione-scolastica",
        categories: &["school"],
        groups: &["minors", "roma-sinti-caminanti"],
        name: [
            "Contrasto alla dispersione scolastica",
            "Combaterea abandonului școlar",
            "مكافحة التسرب المدرسي",
            "Parandalimi i braktisjes së shkollës",
            "防止辍学",
        ],
        summary: [
            "Sostegno ai minori in percorsi contro la dispersione scolastica, in collaborazione con le scuole.",
            "Sprijin pentru minori în parcursuri împotriva abandonului școlar, în colaborare cu școlile.",
            "دعم القاصرين في مسارات لمكافحة التسرب المدرسي، بالتعاون مع المدارس.",
            "Mbështetje për të miturit në rrugë kundër braktisjes së shkollës, në bashkëpunim me shkollat.",
            "与学校合作，支持未成年人参加防止辍学的项目。",
        ],
        details: &[
            [
                "Gli educatori seguono la frequenza scolastica e incontrano regolarmente insegnanti e famiglie.",
                "Educatorii urmăresc frecvența la școală și se întâlnesc regulat cu profesorii și familiile.",
                "يتابع المربون الحضور المدرسي ويلتقون بانتظام بالمعلمين والعائلات.",
                "Edukatorët ndjekin frekuentimin e shkollës dhe takojnë rregullisht mësuesit dhe familjet.",
                "教育工作者跟进学生出勤，并定期与老师和家庭见面。",
            ],
            [
                "Il servizio aiuta le famiglie con le iscrizioni, i libri e il trasporto scolastico.",
                "Serviciul ajută familiile cu înscrierile, cărțile și transportul școlar.",
                "تساعد الخدمة العائلات في التسجيل والكتب والنقل المدرسي.",
                "Shërbimi ndihmon familjet me regjistrimet, librat dhe transportin shkollor.",
                "该服务在报名、课本和校车方面为家庭提供帮助。",
            ],
        ],
        eligibility: [
            "Bambini e ragazzi in età di obbligo scolastico a rischio di abbandono.",
            "Copii și tineri de vârstă școlară obligatorie care riscă să abandoneze școala.",
            "الأطفال واليافعون في سن التعليم الإلزامي المعرضون لخطر ترك المدرسة.",
            "Fëmijë dhe të rinj në moshën e shkollimit të detyrueshëm në rrezik braktisjeje.",
            "处于义务教育年龄、有辍学风险的儿童和青少年。",
        ],
    },
    Template {
        key: "portineria-di-comunita",
        categories: &["community", "information"],
        groups: &["vulnerable-adults", "migrants"],
        name: [
            "Portineria di comunità",
            "Punct de sprijin în comunitate",
            "نقطة دعم مجتمعية",
            "Pikë mbështetjeje në komunitet",
            "社区服务站",
        ],
        summary: [
            "Un presidio di quartiere dove chiedere informazioni, trovare piccoli servizi e conoscere i vicini.",
            "Un punct de cartier unde puteți cere informații, găsi mici servicii și cunoaște vecinii.",
            "نقطة في الحي لطلب المعلومات والحصول على خدمات صغيرة والتعرف على الجيران.",
            "Një pikë lagjeje ku mund të kërkoni informacion, të gjeni shërbime të vogla dhe të njihni fqinjët.",
            "社区服务站，可以咨询信息、获得便民服务并认识邻居。",
        ],
        details: &[
            [
                "La portineria offre informazioni sui servizi, aiuto con le pratiche online e un punto di ritiro pacchi.",
                "Punctul oferă informații despre servicii, ajutor cu formularele online și un punct de ridicare a coletelor.",
                "تقدم النقطة معلومات عن الخدمات ومساعدة في المعاملات عبر الإنترنت ونقطة لاستلام الطرود.",
                "Pika ofron informacion për shërbimet, ndihmë me praktikat online dhe një pikë marrjeje pakosh.",
                "服务站提供服务信息、协助在线办事，并设有包裹代收点。",
            ],
            [
                "Il presidio è co-progettato con enti, associazioni e abitanti del quartiere.",
                "Punctul este proiectat împreună cu instituții, asociații și locuitorii cartierului.",
                "صُممت النقطة بالشراكة مع الجهات والجمعيات وسكان الحي.",
                "Pika është projektuar bashkë me institucione, shoqata dhe banorët e lagjes.",
                "服务站由机构、协会和社区居民共同设计。",
            ],
            [
                "Sono organizzati momenti di socialità, pranzi condivisi e scambi di competenze.",
                "Se organizează momente de socializare, prânzuri comune și schimburi de abilități.",
                "تُنظم لقاءات اجتماعية ووجبات غداء مشتركة وتبادل للمهارات.",
                "Organizohen momente shoqërizimi, drekë të përbashkëta dhe shkëmbime aftësish.",
                "还组织联谊活动、共享午餐和技能交流。",
            ],
        ],
        eligibility: [
            "Tutte le persone che abitano o lavorano nel quartiere.",
            "Toate persoanele care locuiesc sau lucrează în cartier.",
            "جميع الأشخاص الذين يسكنون أو يعملون في الحي.",
            "Të gjithë personat që banojnë ose punojnë në lagje.",
            "所有在该社区居住或工作的人。",
        ],
    },
    Template {
        key: "laboratori-adulti-adolescenti",
        categories: &["community", "training"],
        groups: &["women", "migrants"],
        name: [
            "Laboratori per adulti e adolescenti",
            "Ateliere pentru adulți și adolescenți",
            "ورشات للكبار والمراهقين",
            "Laboratorë për të rritur dhe adoleshentë",
            "成人和青少年工作坊",
        ],
        summary: [
            "Laboratori di cucito creativo, cucina e teatro per adulti e adolescenti del territorio.",
            "Ateliere de croitorie creativă, gătit și teatru pentru adulții și adolescenții din zonă.",
            "ورشات للخياطة الإبداعية والطبخ والمسرح للكبار والمراهقين في المنطقة.",
            "Laboratorë qepjeje kreative, gatimi dhe teatri për të rriturit dhe adoleshentët e zonës.",
            "为当地成人和青少年开设创意缝纫、烹饪和戏剧工作坊。",
        ],
        details: &[
            [
                "I laboratori sono occasioni per imparare l'italiano in modo pratico e conoscere altre persone.",
                "Atelierele sunt ocazii de a învăța italiana în mod practic și de a cunoaște alte persoane.",
                "الورشات فرصة لتعلم الإيطالية بطريقة عملية والتعرف على أشخاص آخرين.",
                "Laboratorët janë raste për të mësuar italishten në mënyrë praktike dhe për të njohur njerëz të tjerë.",
                "工作坊是在实践中学习意大利语、结识他人的好机会。",
            ],
            [
                "Ogni laboratorio dura tre mesi e si chiude con una festa aperta al quartiere.",
                "Fiecare atelier durează trei luni și se încheie cu o petrecere deschisă cartierului.",
                "تستمر كل ورشة ثلاثة أشهر وتُختتم بحفلة مفتوحة لأهل الحي.",
                "Çdo laborator zgjat tre muaj dhe mbyllet me një festë të hapur për lagjen.",
                "每期工作坊为期三个月，最后举办面向社区开放的联欢活动。",
            ],
        ],
        eligibility: [
            "Adulti e ragazzi dai 14 anni in su.",
            "Adulți și tineri de la 14 ani în sus.",
            "الكبار والشباب من عمر 14 سنة فما فوق.",
            "Të rritur dhe të rinj nga mosha 14 vjeç e lart.",
            "14岁及以上的成人和青少年。",
        ],
    },
    Template {
        key: "supporto-psicologico",
        categories: &["health"],
        groups: &["asylum-seekers-refugees", "vulnerable-adults"],
        name: [
            "Supporto psicologico transculturale",
            "Sprijin psihologic transcultural",
            "الدعم النفسي العابر للثقافات",
            "Mbështetje psikologjike ndërkulturore",
            "跨文化心理支持",
        ],
        summary: [
            "Colloqui con psicologi ed etnopsichiatri, con il mediatore, per persone che hanno vissuto traumi o difficoltà.",
            "Discuții cu psihologi și etnopsihiatri, cu mediator, pentru persoanele care au trăit traume sau dificultăți.",
            "جلسات مع أخصائيين نفسيين وأطباء نفسيين متخصصين في الثقافات، بحضور وسيط، للأشخاص الذين عاشوا صدمات أو صعوبات.",
            "Biseda me psikologë dhe etnopsikiatër, me ndërmjetës, për personat që kanë përjetuar trauma ose vështirësi.",
            "在调解员协助下，由心理学家和民族精神科医生为经历过创伤或困难的人提供面谈。",
        ],
        details: &[
            [
                "I colloqui si svolgono nella lingua della persona, con un mediatore formato.",
                "Discuțiile au loc în limba persoanei, cu un mediator pregătit.",
                "تجري الجلسات بلغة الشخص بحضور وسيط مدرَّب.",
                "Bisedat zhvillohen në gjuhën e personit, me një ndërmjetës të trajnuar.",
                "面谈使用当事人的语言，并有受过培训的调解员在场。",
            ],
            [
                "Il servizio collabora con i centri di accoglienza e con i servizi di salute mentale.",
                "Serviciul colaborează cu centrele de primire și cu serviciile de sănătate mintală.",
                "تتعاون الخدمة مع مراكز الاستقبال ومع خدمات الصحة النفسية.",
                "Shërbimi bashkëpunon me qendrat e pritjes dhe me shërbimet e shëndetit mendor.",
                "该服务与接待中心和心理健康服务机构合作。",
            ],
        ],
        eligibility: [
            "Richiedenti asilo, rifugiati e persone straniere in condizione di fragilità.",
            "Solicitanți de azil, refugiați și persoane străine vulnerabile.",
            "طالبو اللجوء واللاجئون والأشخاص الأجانب في وضع هش.",
            "Azilkërkues, refugjatë dhe persona të huaj në gjendje brishtësie.",
            "寻求庇护者、难民和处境脆弱的外国人。",
        ],
    },
    Template {
        key: "autoimprenditoria",
        categories: &["work", "training"],
        groups: &["women", "unemployed"],
        name: [
            "Formazione sull'autoimprenditoria",
            "Formare în antreprenoriat",
            "التدريب على ريادة الأعمال",
            "Formim për sipërmarrjen",
            "创业培训",
        ],
        summary: [
            "Percorso di formazione per avviare una piccola attività in proprio, con consulenza sul business plan.",
            "Parcurs de formare pentru a porni o mică afacere proprie, cu consiliere pentru planul de afaceri.",
            "مسار تدريبي لبدء مشروع صغير خاص، مع استشارة حول خطة العمل.",
            "Rrugë formimi për të nisur një biznes të vogël personal, me këshillim për planin e biznesit.",
            "帮助创办小型个体经营的培训课程，并提供商业计划咨询。",
        ],
        details: &[
            [
                "Il percorso spiega come aprire la partita IVA, calcolare i costi e trovare i primi clienti.",
                "Parcursul explică cum se deschide partita IVA (codul de TVA), cum se calculează costurile și cum se găsesc primii clienți.",
                "يشرح المسار كيفية فتح partita IVA (الرقم الضريبي للنشاط)، وحساب التكاليف، وإيجاد الزبائن الأوائل.",
                "Rruga shpjegon si hapet partita IVA (numri i TVSH-së), si llogariten kostot dhe si gjenden klientët e parë.",
                "课程讲解如何开设partita IVA（增值税号）、计算成本和找到第一批客户。",
            ],
            [
                "Le partecipanti possono chiedere un microcredito con l'aiuto degli operatori.",
                "Participantele pot cere un microcredit cu ajutorul operatorilor.",
                "يمكن للمشاركات طلب قرض صغير بمساعدة الموظفين.",
                "Pjesëmarrëset mund të kërkojnë një mikrokredi me ndihmën e operatorëve.",
                "学员可在工作人员帮助下申请小额贷款。",
            ],
        ],
        eligibility: [
            "Donne e persone disoccupate con un'idea di impresa.",
            "Femei și persoane șomere care au o idee de afacere.",
            "النساء والعاطلون عن العمل الذين لديهم فكرة مشروع.",
            "Gra dhe persona të papunë me një ide biznesi.",
            "有创业想法的女性和失业人员。",
        ],
    },
    Template {
        key: "pacchi-alimentari",
        categories: &["economic-support", "community"],
        groups: &["families", "vulnerable-adults"],
        name: [
            "Distribuzione di pacchi alimentari",
            "Distribuirea de pachete cu alimente",
            "توزيع الطرود الغذائية",
            "Shpërndarja e pakove ushqimore",
            "食品包发放",
        ],
        summary: [
            "Distribuzione mensile di pacchi con alimenti di base per famiglie e persone in difficoltà economica.",
            "Distribuire lunară de pachete cu alimente de bază pentru familii și persoane cu dificultăți economice.",
            "توزيع شهري لطرود تحتوي على مواد غذائية أساسية للعائلات والأشخاص الذين يمرون بصعوبات مالية.",
            "Shpërndarje mujore e pakove me ushqime bazë për familjet dhe personat në vështirësi ekonomike.",
            "每月向经济困难的家庭和个人发放基本食品包。",
        ],
        details: &[
            [
                "I pacchi contengono pasta, riso, legumi, olio, latte e prodotti per l'infanzia.",
                "Pachetele conțin paste, orez, leguminoase, ulei, lapte și produse pentru copii.",
                "تحتوي الطرود على المعكرونة والأرز والبقوليات والزيت والحليب ومنتجات للأطفال.",
                "Pakot përmbajnë makarona, oriz, bishtajore, vaj, qumësht dhe produkte për fëmijë.",
                "食品包内有意大利面、大米、豆类、食用油、牛奶和婴幼儿用品。",
            ],
            [
                "La distribuzione è fatta da volontari, con un colloquio iniziale per conoscere la situazione della famiglia.",
                "Distribuirea este făcută de voluntari, cu o discuție inițială pentru a cunoaște situația familiei.",
                "يقوم متطوعون بالتوزيع، مع مقابلة أولية للتعرف على وضع الأسرة.",
                "Shpërndarja bëhet nga vullnetarë, me një bisedë fillestare për të njohur gjendjen e familjes.",
                "发放由志愿者负责，首次会面时会了解家庭情况。",
            ],
        ],
        eligibility: [
            "Famiglie e persone sole in difficoltà economica segnalate dai servizi sociali o dal centro di ascolto.",
            "Familii și persoane singure cu dificultăți economice semnalate de serviciile sociale sau de centrul de ascultare.",
            "العائلات والأشخاص الوحيدون الذين يمرون بصعوبات مالية، بإحالة من الخدمات الاجتماعية أو من مركز الاستماع.",
            "Familje dhe persona të vetëm në vështirësi ekonomike të sinjalizuar nga shërbimet sociale ose nga qendra e dëgjimit.",
            "由社会服务机构或倾听中心推荐的经济困难家庭和独居者。",
        ],
    },
];

// ------------------------------------------------------------------------------ generation

fn phone_number(rng: &mut Rng, region: &Region) -> String {
    if rng.chance(70) {
        let prefix = *rng.pick(region.prefixes);
        let digits = 10 - prefix.len();
        let first = rng.range(1, 9);
        let rest = rng.below(10usize.pow(digits as u32 - 1));
        format!("{prefix} {first}{rest:0width$}", width = digits - 1)
    } else {
        format!("{} {:07}", rng.pick(MOBILE_PREFIXES), rng.below(10_000_000))
    }
}

fn partial_date(year: usize, form: usize, rng: &mut Rng) -> String {
    match form {
        0 => format!("{year}"),
        1 => format!("{year}-{:02}", rng.range(1, 12)),
        _ => format!("{year}-{:02}-{:02}", rng.range(1, 12), rng.range(1, 28)),
    }
}

/// A non-empty set of weekdays (bits 0..5 = mon..fri), biased towards two or three days.
fn weekday_mask(rng: &mut Rng) -> u8 {
    let k = *rng.pick(&[1, 2, 2, 3, 3, 4, 5]);
    rng.distinct(5, k).into_iter().fold(0, |m, d| m | (1 << d))
}

fn mask_days(mask: u8) -> Vec<&'static str> {
    crate::content::WEEKDAYS[..5].iter().enumerate().filter(|(i, _)| mask & (1 << i) != 0).map(|(_, d)| *d).collect()
}

struct Slot {
    days: Vec<&'static str>,
    opens: &'static str,
    closes: &'static str,
    appointment_only: bool,
}

/// Weekly hours like the real desks: mornings and afternoons on some weekdays, sometimes
/// a Saturday morning or appointment-only slots.
fn weekly_hours(rng: &mut Rng) -> Vec<Slot> {
    let mut slots = Vec::new();
    let all_by_appointment = rng.chance(10);
    if rng.chance(85) {
        slots.push(Slot {
            days: mask_days(weekday_mask(rng)),
            opens: rng.pick_str(&["08:30", "09:00", "09:00", "09:30", "10:00"]),
            closes: rng.pick_str(&["12:00", "12:30", "13:00", "13:00"]),
            appointment_only: all_by_appointment,
        });
    }
    let mut afternoons = 0;
    if slots.is_empty() || rng.chance(55) {
        afternoons = weekday_mask(rng);
        slots.push(Slot {
            days: mask_days(afternoons),
            opens: rng.pick_str(&["14:00", "14:30", "15:00"]),
            closes: rng.pick_str(&["17:00", "17:30", "18:00", "19:00"]),
            appointment_only: all_by_appointment,
        });
    }
    let free = 0b1_1111 & !afternoons;
    if !all_by_appointment && free != 0 && rng.chance(20) {
        let mask = weekday_mask(rng) & free;
        let mask = if mask == 0 { free & free.wrapping_neg() } else { mask };
        slots.push(Slot { days: mask_days(mask), opens: "14:00", closes: "16:00", appointment_only: true });
    }
    if rng.chance(10) {
        slots.push(Slot { days: vec!["sat"], opens: "09:00", closes: "12:00", appointment_only: all_by_appointment });
    }
    slots
}

struct Place {
    key: String,
    comune: &'static str,
}

struct Prog {
    slug: String,
    ended: bool,
}

/// Writes one organisation file: organisation, locations, programmes and `count` services
/// numbered from `first`.
fn write_org(out: &mut String, seed: u64, org: usize, first: usize, count: usize) {
    let mut rng = Rng::for_org(seed, org);
    let total: usize = REGIONS.iter().map(|r| r.comuni.len()).sum();
    let mut at = rng.below(total);
    let region = REGIONS
        .iter()
        .find(|r| {
            if at < r.comuni.len() {
                true
            } else {
                at -= r.comuni.len();
                false
            }
        })
        .expect("index within the comuni");
    let home = region.comuni[at];
    let kind = rng.below(ORG_KINDS.len());
    let proper = *rng.pick(ORG_NAMES);
    let name = fill(&ORG_KINDS[kind], &[("{n}", proper), ("{c}", home)]);
    let org_it = name[0].clone();
    let domain = match kind {
        k if k == PUBLIC_KINDS => format!("comune.{}.it", ascii_compact(home)),
        k if k > PUBLIC_KINDS => format!("ambito-{}.it", ascii_compact(home)),
        _ => format!("{}-{}.it", ascii_compact(proper), ascii_compact(home)),
    };
    let comune_elsewhere = |rng: &mut Rng| -> &'static str {
        if rng.chance(55) {
            home
        } else {
            rng.pick_str(region.comuni)
        }
    };

    let _ = writeln!(out, "translations = \"machine\"");
    kv(out, "source", &format!("portineria synth --seed {seed} (synthetic data for benchmarks)"));
    out.push_str("\n[organization]\n");
    kv(out, "slug", &format!("synth-org-{org:05}"));
    if rng.chance(90) {
        kv(out, "website", &format!("https://www.{domain}"));
    }
    if rng.chance(90) {
        kv(out, "email", &format!("info@{domain}"));
    }
    if rng.chance(50) {
        let label = fill(&PHONE_LABELS[0], &[]);
        phones(out, &[(phone_number(&mut rng, region), Some(label))]);
    }
    texts_table(out, "organization.name", &name);
    let year = rng.range(1985, 2022).to_string();
    let vars = [("{org}", org_it.as_str()), ("{c}", home), ("{y}", year.as_str())];
    let mut description = vec![fill(&ORG_DESCRIPTION[0], &vars)];
    let extra = rng.range(1, 2);
    for i in rng.distinct(ORG_DESCRIPTION.len() - 1, extra) {
        description.push(fill(&ORG_DESCRIPTION[i + 1], &vars));
    }
    texts_table(out, "organization.description", &join(&description));

    // Locations.
    let mut places = Vec::new();
    for i in 0..rng.range(2, 5) {
        let comune = if i == 0 { home } else { comune_elsewhere(&mut rng) };
        let place = Place { key: format!("sede-{}", i + 1), comune };
        out.push_str("\n[[locations]]\n");
        kv(out, "key", &place.key);
        let suffix = match rng.below(10) {
            0 => "A",
            1 => "/B",
            _ => "",
        };
        kv(out, "address", &format!("{}, {}{suffix}", rng.pick(STREETS), rng.range(1, 180)));
        kv(out, "municipality", comune);
        if rng.chance(70) {
            texts_table(out, "locations.name", &fill(rng.pick(LOCATION_NAMES), &[]));
        }
        let slots = if rng.chance(8) { Vec::new() } else { weekly_hours(&mut rng) };
        if slots.is_empty() {
            texts_table(out, "locations.hours_note", &fill(&HOURS_BY_PHONE, &[]));
        } else if rng.chance(25) {
            texts_table(out, "locations.hours_note", &fill(rng.pick(HOURS_NOTES), &[]));
        }
        for slot in &slots {
            out.push_str("\n  [[locations.hours]]\n  ");
            kv_list(out, "days", &slot.days);
            out.push_str("  ");
            kv(out, "opens", slot.opens);
            out.push_str("  ");
            kv(out, "closes", slot.closes);
            if slot.appointment_only {
                out.push_str("  appointment_only = true\n");
            }
        }
        places.push(place);
    }

    // Programmes.
    let mut programmes = Vec::new();
    let n_programmes = rng.range(1, 3);
    for (j, title) in rng.distinct(PROGRAMME_TITLES.len(), n_programmes).into_iter().enumerate() {
        let title = PROGRAMME_TITLES[title];
        let slug = format!("synth-prog-{org:05}-{}", j + 1);
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
        out.push_str("\n[[programmes]]\n");
        kv(out, "slug", &slug);
        kv(out, "start", &partial_date(start, form, &mut rng));
        if let Some(end) = end {
            kv(out, "end", &partial_date(end, form, &mut rng));
        }
        let title_path: Vec<String> = title.split_whitespace().map(ascii_compact).collect();
        let title_path = title_path.join("-");
        if rng.chance(50) {
            kv(out, "website", &format!("https://www.{domain}/progetti/{title_path}"));
        }
        if rng.chance(30) {
            kv(out, "email", &format!("progetti@{domain}"));
        }
        let n_partners = rng.range(1, 3);
        let partners: Vec<String> =
            rng.distinct(PARTNERS.len(), n_partners).into_iter().map(|p| PARTNERS[p].replace("{c}", home)).collect();
        kv_list(out, "partners", &partners);
        let mut municipalities = vec![home];
        for _ in 0..rng.below(3) {
            let c = *rng.pick(region.comuni);
            if !municipalities.contains(&c) {
                municipalities.push(c);
            }
        }
        kv_list(out, "municipalities", &municipalities);
        let k = (rng.range(3, 60) * 10).to_string();
        let vars = [("{t}", title), ("{org}", org_it.as_str()), ("{c}", home), ("{r}", region.name), ("{k}", &k)];
        texts_table(out, "programmes.name", &fill(&PROGRAMME_NAME, &vars));
        texts_table(out, "programmes.summary", &fill(rng.pick(PROGRAMME_SUMMARIES), &vars));
        let n_desc = rng.range(2, 3);
        let desc: Vec<L5> = (0..n_desc).map(|i| fill(&PROGRAMME_DESCRIPTION[i], &vars)).collect();
        texts_table(out, "programmes.description", &join(&desc));
        if rng.chance(80) {
            texts_table(out, "programmes.funder", &fill(rng.pick(FUNDERS), &vars));
        }
        if rng.chance(60) {
            texts_table(out, "programmes.beneficiaries", &fill(&BENEFICIARIES, &vars));
        }
        programmes.push(Prog { slug, ended });
    }

    // Services: each organisation has a focus of a dozen kinds, as real ones do.
    let focus = rng.distinct(TEMPLATES.len(), 12);
    for n in first..first + count {
        write_service(out, &mut rng, n, &focus, region, &places, &programmes, &domain);
    }
}

#[allow(clippy::too_many_arguments)]
fn write_service(
    out: &mut String,
    rng: &mut Rng,
    n: usize,
    focus: &[usize],
    region: &Region,
    places: &[Place],
    programmes: &[Prog],
    domain: &str,
) {
    let t = &TEMPLATES[*rng.pick(focus)];
    let n_places = rng.range(1, 3);
    let chosen: Vec<&Place> = rng.distinct(places.len(), n_places).into_iter().map(|i| &places[i]).collect();
    let comune = chosen[0].comune;
    let vars = [("{c}", comune)];

    out.push_str("\n[[services]]\n");
    kv(out, "slug", &format!("synth-svc-{n:07}"));
    let programme = if rng.chance(25) { Some(rng.pick(programmes)) } else { None };
    let status = match programme {
        Some(p) if p.ended => "ended",
        _ if rng.chance(3) => "suspended",
        _ => "active",
    };
    if let Some(p) = programme {
        kv(out, "programme", &p.slug);
    }
    kv(out, "status", status);
    let access = match rng.below(100) {
        0..40 => Some(0),
        40..75 => Some(1),
        75..90 => Some(2),
        _ => None,
    };
    if let Some(a) = access {
        kv(out, "access", ACCESS_MODES[a]);
    }
    kv_list(out, "categories", t.categories);
    let mut groups: Vec<&str> = t.groups.to_vec();
    if rng.chance(20) {
        let g = *rng.pick(TARGET_GROUPS);
        if !groups.contains(&g) {
            groups.push(g);
        }
    }
    kv_list(out, "target_groups", &groups);
    let mut municipalities: Vec<&str> = Vec::new();
    for p in &chosen {
        if !municipalities.contains(&p.comune) {
            municipalities.push(p.comune);
        }
    }
    for _ in 0..rng.below(3) {
        let c = *rng.pick(region.comuni);
        if !municipalities.contains(&c) {
            municipalities.push(c);
        }
    }
    kv_list(out, "municipalities", &municipalities);
    let keys: Vec<&str> = chosen.iter().map(|p| p.key.as_str()).collect();
    kv_list(out, "locations", &keys);
    let mut languages: Vec<&str> = Vec::new();
    if rng.chance(30) {
        languages.push("it");
        let k = rng.range(1, 3);
        for i in rng.distinct(DESK_LANGUAGES.len(), k) {
            languages.push(DESK_LANGUAGES[i]);
        }
    }
    kv_list(out, "languages", &languages);
    if rng.chance(35) {
        kv(out, "website", &format!("https://www.{domain}/servizi/{}", t.key));
    }
    if rng.chance(60) {
        kv(out, "email", &format!("{}@{domain}", t.key.replace('-', ".")));
    }
    let n_phones = *rng.pick(&[0, 1, 1, 1, 2]);
    let list: Vec<(String, Option<L5>)> = (0..n_phones)
        .map(|_| {
            let number = phone_number(rng, region);
            let label = if rng.chance(40) { Some(fill(rng.pick(PHONE_LABELS), &[])) } else { None };
            (number, label)
        })
        .collect();
    phones(out, &list);
    let n_docs = rng.below(5);
    if n_docs > 0 {
        out.push_str("documents = [\n");
        for d in rng.distinct(DOCUMENTS.len(), n_docs) {
            out.push_str("  ");
            inline_texts(out, &fill(&DOCUMENTS[d], &[]));
            out.push_str(",\n");
        }
        out.push_str("]\n");
    }

    // Name: template name, sometimes a variant, and the comune, within 3–8 Italian words.
    let base_words = t.name[0].split_whitespace().count();
    let comune_words = comune.split_whitespace().count();
    let with_comune = base_words + comune_words <= 8;
    let used = base_words + if with_comune { comune_words } else { 0 };
    let variant = if rng.chance(30) {
        let (v, words) = rng.pick(NAME_VARIANTS);
        (used + words <= 8).then_some(v)
    } else {
        None
    };
    let name: L5 = std::array::from_fn(|i| {
        let mut s = t.name[i].to_string();
        if let Some(v) = variant {
            s.push_str(v[i]);
        }
        if with_comune {
            s.push_str(" — ");
            s.push_str(comune);
        }
        s
    });
    texts_table(out, "services.name", &name);
    let mut summary = vec![fill(&t.summary, &vars)];
    if rng.chance(40) {
        summary.push(fill(rng.pick(SUMMARY_TAILS), &vars));
    }
    texts_table(out, "services.summary", &join(&summary));
    let n_details = rng.range(2, t.details.len());
    let total = rng.range(3, 6);
    let mut sentences: Vec<L5> =
        rng.distinct(t.details.len(), n_details).into_iter().map(|i| fill(&t.details[i], &vars)).collect();
    for i in rng.distinct(GENERIC_SENTENCES.len(), total.saturating_sub(n_details).max(1)) {
        sentences.push(fill(&GENERIC_SENTENCES[i], &vars));
    }
    sentences.truncate(6);
    texts_table(out, "services.description", &join(&sentences));
    if rng.chance(80) {
        texts_table(out, "services.eligibility", &fill(&t.eligibility, &vars));
    }
    if let Some(a) = access {
        texts_table(out, "services.how_to_access", &fill(rng.pick(HOW_TO_ACCESS[a]), &vars));
    }
    if rng.chance(60) {
        texts_table(out, "services.cost", &fill(rng.pick(COSTS), &[]));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content;
    use std::path::Path;

    /// A fresh directory under the system temp dir, removed on drop.
    struct TempDir(PathBuf);

    impl TempDir {
        fn new(name: &str) -> Self {
            let path = std::env::temp_dir().join(format!("portineria-synth-{}-{name}", std::process::id()));
            let _ = std::fs::remove_dir_all(&path);
            Self(path)
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn run(services: usize, seed: u64, dir: &Path) -> Summary {
        generate(&Options { services, out: dir.to_path_buf(), seed }).expect("synth writes")
    }

    fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| {
                let path = e.unwrap().path();
                (path.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&path).unwrap())
            })
            .collect();
        files.sort();
        files
    }

    #[test]
    fn same_seed_same_bytes() {
        let (a, b, c) = (TempDir::new("det-a"), TempDir::new("det-b"), TempDir::new("det-c"));
        run(100, 7, &a.0);
        run(100, 7, &b.0);
        run(100, 8, &c.0);
        let (fa, fb, fc) = (files(&a.0), files(&b.0), files(&c.0));
        assert_eq!(fa.len(), 2 + 3, "taxonomy, thesaurus and 3 organisation files");
        assert!(fa == fb, "same seed must give byte-identical files");
        assert!(fa != fc, "another seed must give other data");
    }

    #[test]
    fn output_loads_and_validates() {
        let dir = TempDir::new("load");
        // A leftover of a larger run must not survive.
        std::fs::create_dir_all(&dir.0).unwrap();
        std::fs::write(dir.0.join("synth-org-99999.toml"), "garbage").unwrap();
        let summary = run(200, DEFAULT_SEED, &dir.0);
        assert_eq!((summary.files, summary.services), (5, 200));
        let set = content::load_dir(&dir.0).unwrap_or_else(|e| panic!("synthetic content invalid: {e}"));
        assert_eq!(set.organizations.len(), 5);
        let services: Vec<_> = set.organizations.iter().flat_map(|(_, _, f)| &f.services).collect();
        assert_eq!(services.len(), 200);
        let missing = content::missing_translations(&set);
        assert!(missing.is_empty(), "every text in five languages: {:?}", &missing[..missing.len().min(5)]);
        for s in &services {
            let words = s.name.italian().split_whitespace().filter(|w| *w != "—").count();
            assert!((3..=8).contains(&words), "name of 3-8 words: {:?}", s.name.italian());
            let arabic = s.summary.0["ar"].chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
            let chinese = s.summary.0["zh"].chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c));
            assert!(arabic && chinese, "Arabic and Chinese in their scripts: {}", s.slug);
        }
        let with_programme = services.iter().filter(|s| s.programme.is_some()).count();
        assert!((20..=80).contains(&with_programme), "about a quarter in programmes: {with_programme}");
    }

    #[test]
    fn arguments() {
        let args = |s: &str| Options::from_args(s.split_whitespace().map(String::from));
        assert_eq!(
            args("--services 10 --out /tmp/x").unwrap(),
            Options { services: 10, out: "/tmp/x".into(), seed: DEFAULT_SEED }
        );
        assert_eq!(args("--out d --seed 3 --services 1").unwrap().seed, 3);
        assert!(args("--services 0 --out d").is_err());
        assert!(args("--services 10").is_err());
        assert!(args("--out d --services").is_err());
        assert!(args("--services 5 --out d --bogus 1").is_err());
    }

    #[test]
    fn toml_escaping() {
        let mut s = String::new();
        toml_string(&mut s, "a\"b\\c\nd\u{1}");
        assert_eq!(s, r#""a\"b\\c\nd\u0001""#);
    }
}
