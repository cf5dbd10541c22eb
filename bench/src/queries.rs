//! The fixed query set of the speed and load runs: about 200 queries a family or a mediator
//! could type, in the five languages, drawn from the vocabulary of the content (service
//! names, category names and keywords, the thesaurus). Exact words, no-diacritics forms,
//! one-letter typos, half-typed prefixes, comune + topic, rare and very common words. The set
//! is the same on every run (no randomness), so runs compare.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

#[derive(Clone, Debug)]
pub struct BenchQuery {
    pub text: String,
    pub kind: &'static str,
}

const ITALIAN: &[&str] = &[
    "lavoro",
    "casa",
    "scuola",
    "salute",
    "mediazione",
    "accoglienza",
    "formazione",
    "documenti",
    "affitto",
    "medico",
    "corso",
    "minori",
    "interprete",
    "cittadinanza",
    "rifugiati",
    "tirocinio",
    "doposcuola",
    "sfratto",
    "badante",
    "questura",
    "permesso di soggiorno",
    "corso di italiano",
    "casa affitto",
    "mediazione culturale",
    "richiedenti asilo",
    "centro per l'impiego",
    "medico di famiglia",
    "dispersione scolastica",
    "famiglie rom",
    "sportello stranieri",
    "tessera sanitaria",
    "ricongiungimento familiare",
    "cercare lavoro",
    "iscrizione a scuola",
    "accompagnamento sociale",
    "inserimento lavorativo",
    "servizi sanitari",
    "orientamento al lavoro",
];

const ROMANIAN: &[&str] = &[
    "muncă",
    "locuință",
    "școală",
    "sănătate",
    "mediere",
    "chirie",
    "cetățenie",
    "avocat",
    "imigrație",
    "refugiați",
    "permis de ședere",
    "curs de italiană",
    "loc de muncă",
    "medic de familie",
    "însoțire socială",
    "familiile rome",
    "solicitanți de azil",
    "abandon școlar",
    "mediere culturală",
    "sprijin pentru locuință",
];

const ARABIC: &[&str] = &[
    "عمل",
    "سكن",
    "مدرسة",
    "صحة",
    "الوساطة",
    "إيجار",
    "مترجم",
    "اللاجئين",
    "الروما",
    "الهجرة",
    "تصريح الإقامة",
    "اللغة الإيطالية",
    "طبيب العائلة",
    "طالبي اللجوء",
    "لم الشمل",
    "البحث عن عمل",
    "الوساطة الثقافية",
    "المرافقة الاجتماعية",
];

const ALBANIAN: &[&str] = &[
    "punë",
    "shtëpi",
    "shkollë",
    "shëndet",
    "ndërmjetësim",
    "qira",
    "përkthyes",
    "strehim",
    "azilkërkues",
    "shtetësi",
    "leje qëndrimi",
    "kurs italishteje",
    "mjeku i familjes",
    "familjet rome",
    "vend pune",
    "bashkim familjar",
    "ndërmjetësim kulturor",
    "shoqërim social",
];

const CHINESE: &[&str] = &[
    "工作",
    "住房",
    "学校",
    "医生",
    "调解",
    "租房",
    "翻译",
    "难民",
    "居留许可",
    "意大利语课",
    "家庭医生",
    "找工作",
    "罗姆人",
    "社会陪伴",
    "就业指导",
    "预防辍学",
    "文化调解",
    "移民办公室",
];

/// Comuni of the seed content, most of which the synthetic content uses too, and a few more
/// of the synthetic content.
const PLACES: &[(&str, &str)] = &[
    ("Orbassano", "lavoro"),
    ("Roma", "casa"),
    ("Crema", "mediazione"),
    ("Piossasco", "scuola"),
    ("Rivalta", "accoglienza"),
    ("Rozzano", "mediazione culturale"),
    ("Beinasco", "famiglie rom"),
    ("Volvera", "salute"),
    ("Bruino", "formazione"),
    ("Collegno", "campo rom"),
    ("Settimo", "accompagnamento"),
    ("Binasco", "sportello stranieri"),
    ("Roma", "richiedenti asilo"),
    ("Crema", "muncă"),
    ("Orbassano", "عمل"),
    ("Roma", "住房"),
    ("Rivalta", "punë"),
    ("Milano", "mediazione"),
    ("Torino", "scuola"),
    ("Bologna", "lavoro"),
];

/// Words few services contain.
const RARE: &[&str] = &[
    "autoimprenditoria",
    "transculturale",
    "murario",
    "rimpatriati",
    "Caminanti",
    "Retis",
    "Fabbrica dei Mestieri",
    "pendenze penali",
    "自主创业",
    "azilkërkues refugjatë",
];

/// Words most services contain.
const COMMON: &[&str] =
    &["servizio", "servizi", "sociale", "per", "di", "famiglie", "aiuto", "servicii", "الخدمات", "shërbime", "服务"];

/// Words cut after 3 to 6 letters.
const PREFIXES: &[&str] = &[
    "lavoro",
    "mediazione",
    "accoglienza",
    "permesso",
    "scuola",
    "formazione",
    "famiglie",
    "sanitari",
    "locuință",
    "mediere",
    "sănătate",
    "ndërmjetësim",
    "shëndet",
    "shkollë",
    "الوساطة",
    "المدرسة",
    "immigrazione",
    "rifugiati",
    "regolarizzazione",
    "orientamento",
];

/// Words of five letters or more that get one letter changed.
const TYPOS: &[&str] = &[
    "lavoro",
    "mediazione",
    "accoglienza",
    "permesso",
    "soggiorno",
    "scuola",
    "affitto",
    "formazione",
    "cittadinanza",
    "rifugiati",
    "interprete",
    "sanitaria",
    "mediere",
    "locuință",
    "sănătate",
    "shtëpi",
    "ndërmjetësim",
    "familjet",
    "immigrazione",
    "orientamento",
];

/// Italian, Romanian and Albanian letters without their diacritics; Arabic with a bare alef
/// and ه for ة.
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| match c {
            'أ' | 'إ' | 'آ' => 'ا',
            'ة' => 'ه',
            other => other,
        })
        .collect()
}

/// One letter replaced by the next one in the alphabet, a little past the middle.
fn typo(word: &str) -> String {
    let mut chars: Vec<char> = word.chars().collect();
    let at = chars.len() / 2 + 1;
    let c = chars[at];
    chars[at] = match c {
        'z' => 'a',
        'a'..='y' => (c as u8 + 1) as char,
        _ => 'e',
    };
    chars.into_iter().collect()
}

fn prefix(word: &str, len: usize) -> String {
    word.chars().take(len).collect()
}

/// The query set, in a fixed order.
pub fn bench_queries() -> Vec<BenchQuery> {
    let mut out = Vec::new();
    let mut push = |text: String, kind: &'static str| out.push(BenchQuery { text, kind });
    for (lang, list) in [("it", ITALIAN), ("ro", ROMANIAN), ("ar", ARABIC), ("sq", ALBANIAN), ("zh", CHINESE)] {
        for q in list {
            let kind = match (lang, q.contains(' ')) {
                (_, true) => "multiword",
                _ => "word",
            };
            push(q.to_string(), kind);
        }
    }
    for list in [ITALIAN, ROMANIAN, ARABIC, ALBANIAN] {
        for q in list {
            let folded = fold(q);
            if folded != *q {
                push(folded, "no-diacritics");
            }
        }
    }
    for w in TYPOS {
        push(typo(w), "typo");
    }
    for (i, w) in PREFIXES.iter().enumerate() {
        push(prefix(w, 3 + i % 4), "prefix");
    }
    for (place, topic) in PLACES {
        push(format!("{topic} {place}"), "place");
    }
    for q in RARE {
        push(q.to_string(), "rare");
    }
    for q in COMMON {
        push(q.to_string(), "common");
    }
    out
}
