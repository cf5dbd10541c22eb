//! What is read aloud, and how it is written for the synthesiser: a service's essentials
//! (name, summary, how to access, who can go, documents to bring, closed today, hours) as sentences in
//! the page's language, with phone numbers turned into digits read one by one in groups, clock times
//! into how people say them ("dalle 9 alle 12 e 30"), and Chinese into tone-numbered pinyin
//! for espeak-ng's `cmn-latn-pinyin` voice (its `cmn` voice reads Hanzi as English-sounding
//! letters). Without this, espeak-ng reads "011 9876543" as "nine million eight hundred…".

use portineria_app::i18n::{t, t_args};
use portineria_app::lang::Lang;
use portineria_app::model::{OpeningHours, ServiceDetail};

/// The essentials of `service`, as sentences in its language, normalised for speech.
pub fn service_script(lang: Lang, service: &ServiceDetail) -> String {
    let mut parts = vec![service.name.text.clone(), service.summary.text.clone()];
    if let Some(how) = &service.how_to_access {
        parts.push(format!("{}: {}", t(lang, "service-how"), how.text));
    }
    if !service.who_can_go.is_empty() {
        let who: Vec<String> = service.who_can_go.iter().map(|s| t(lang, &s.message())).collect();
        parts.push(format!("{}: {}", t(lang, "who-can-go"), who.join("; ")));
    }
    let documents: Vec<String> = (service.required_documents.iter().map(|k| t(lang, &k.message())))
        .chain(service.documents.iter().map(|d| d.text.clone()))
        .collect();
    if !documents.is_empty() {
        parts.push(format!("{}: {}", t(lang, "service-documents"), documents.join("; ")));
    }
    for location in &service.locations {
        if let Some(reason) = location.exceptions.today {
            parts.push(reason.closed_today(lang));
        }
        if !location.hours.is_empty() {
            parts.push(format!("{}: {}", t(lang, "service-hours"), spoken_hours(lang, &location.hours)));
        }
    }
    for phone in &service.phones {
        parts.push(format!("{}: {}", t(lang, "service-phone"), phone.number));
    }
    let text = parts.iter().map(|p| p.trim().trim_end_matches(['.', '。'])).collect::<Vec<_>>().join(". ");
    normalise(lang, &format!("{text}."))
}

/// "lunedì: dalle 9 alle 12 e 30; martedì: …".
fn spoken_hours(lang: Lang, hours: &[OpeningHours]) -> String {
    hours
        .iter()
        .map(|h| {
            let range = t_args(
                lang,
                "listen-hours-range",
                &[("opens", spoken_time(lang, &h.opens).into()), ("closes", spoken_time(lang, &h.closes).into())],
            );
            format!("{}: {range}", t(lang, &format!("weekday-{}", h.weekday)))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// `09:30` as said: "9 e 30"; `12:00` as "12".
fn spoken_time(lang: Lang, time: &str) -> String {
    let Some((hour, minute)) = time.split_once([':', '.']) else { return time.to_string() };
    let (Ok(hour), Ok(minute)) = (hour.parse::<u32>(), minute.parse::<u32>()) else { return time.to_string() };
    if minute == 0 {
        return t_args(lang, "listen-time-hour", &[("hour", (hour as usize).into())]);
    }
    // Chinese says the minutes under ten with a zero: 九点零五分.
    let minute = if lang == Lang::Zh { format!("{minute:02}").into() } else { (minute as usize).into() };
    t_args(lang, "listen-time", &[("hour", (hour as usize).into()), ("minute", minute)])
}

/// Text made ready for espeak-ng in `lang`: bidi marks dropped, phone numbers as digit
/// groups, times and time ranges as said, and for Chinese, numbers as Chinese numerals and
/// everything in tone-numbered pinyin.
pub fn normalise(lang: Lang, text: &str) -> String {
    let text: String =
        text.chars().filter(|c| !matches!(c, '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}')).collect();
    let text = western_digits(&text);
    let tokens = tokenize(&text);
    let mut out = String::new();
    let mut i = 0;
    while i < tokens.len() {
        match &tokens[i] {
            Token::Time(a) => {
                // A range: "9:00-12:30", "9:00 – 12:30".
                let after_dash = (tokens.get(i + 1) == Some(&Token::Dash)).then(|| tokens.get(i + 2)).flatten();
                if let Some(Token::Time(b)) = after_dash {
                    let range = t_args(
                        lang,
                        "listen-hours-range",
                        &[("opens", spoken_time(lang, a).into()), ("closes", spoken_time(lang, b).into())],
                    );
                    out.push_str(&range);
                    i += 3;
                    continue;
                }
                out.push_str(&spoken_time(lang, a));
            }
            Token::Phone(digits) => out.push_str(&phone_digits(lang, digits)),
            Token::Dash => out.push_str(" - "),
            Token::Text(s) => out.push_str(s),
        }
        i += 1;
    }
    let out: String = out.chars().filter(|c| !matches!(c, '\u{2066}'..='\u{2069}')).collect();
    if lang == Lang::Zh {
        pinyin(&chinese_numerals(&out))
    } else {
        out
    }
}

#[derive(Debug, PartialEq)]
enum Token {
    /// `H:MM` or `HH.MM`.
    Time(String),
    /// Seven or more digits with spaces, slashes or a leading `+` between them.
    Phone(String),
    /// A dash between two times.
    Dash,
    Text(String),
}

fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<char> = text.chars().collect();
    let mut tokens = Vec::new();
    let mut plain = String::new();
    let mut i = 0;
    let flush = |plain: &mut String, tokens: &mut Vec<Token>| {
        if !plain.is_empty() {
            tokens.push(Token::Text(std::mem::take(plain)));
        }
    };
    while i < chars.len() {
        let c = chars[i];
        let starts_number = (c.is_ascii_digit() || (c == '+' && chars.get(i + 1).is_some_and(char::is_ascii_digit)))
            && !(i > 0 && (chars[i - 1].is_alphanumeric()));
        if !starts_number {
            // A dash between a time and a time (spaces allowed around it).
            if matches!(c, '-' | '–' | '—') && matches!(tokens.last(), Some(Token::Time(_))) && plain.trim().is_empty()
            {
                plain.clear();
                tokens.push(Token::Dash);
            } else {
                plain.push(c);
            }
            i += 1;
            continue;
        }
        // The longest run of digits and inner separators.
        let mut j = i + 1;
        while j < chars.len()
            && (chars[j].is_ascii_digit()
                || (matches!(chars[j], ' ' | '/' | ':' | '.') && chars.get(j + 1).is_some_and(char::is_ascii_digit)))
        {
            j += 1;
        }
        let run: String = chars[i..j].iter().collect();
        let digits = run.chars().filter(char::is_ascii_digit).count();
        let is_time = run.len() <= 5
            && run.split_once([':', '.']).is_some_and(|(h, m)| {
                h.len() <= 2
                    && m.len() == 2
                    && h.parse::<u32>().is_ok_and(|h| h < 24)
                    && m.parse::<u32>().is_ok_and(|m| m < 60)
            });
        if is_time {
            // Spaces between a dash and the time after it.
            if matches!(tokens.last(), Some(Token::Dash)) && plain.trim().is_empty() {
                plain.clear();
            }
            flush(&mut plain, &mut tokens);
            tokens.push(Token::Time(run));
        } else if digits >= 7 && !run.contains([':', '.']) {
            flush(&mut plain, &mut tokens);
            tokens.push(Token::Phone(run));
        } else {
            if matches!(tokens.last(), Some(Token::Dash)) {
                tokens.pop();
                plain.push_str(" - ");
            }
            // Not a phone or a time: only the run's first number, so a time can follow.
            let first: String = chars[i..j].iter().take_while(|c| c.is_ascii_digit() || **c == '+').collect();
            plain.push_str(&first);
            j = i + first.chars().count().max(1);
        }
        i = j;
    }
    if matches!(tokens.last(), Some(Token::Dash)) && plain.is_empty() {
        tokens.pop();
        plain.push_str(" - ");
    }
    flush(&mut plain, &mut tokens);
    tokens
}

/// A phone number read digit by digit, in its groups as written, long groups cut in threes
/// (the last one of four rather than one alone), with a pause between groups:
/// "011 9876543" → "0 1 1, 9 8 7, 6 5 4 3". Chinese says a phone's 1 as 幺 (yāo), not 一.
fn phone_digits(lang: Lang, number: &str) -> String {
    let plus = number.starts_with('+').then(|| t(lang, "listen-plus"));
    let digit = |d: char| match (lang, d) {
        (Lang::Zh, '1') => "幺".to_string(),
        (Lang::Zh, d) => HAN_DIGITS[d as usize - '0' as usize].to_string(),
        (_, d) => d.to_string(),
    };
    let groups: Vec<String> = number
        .split([' ', '/'])
        .flat_map(|g| {
            let digits: Vec<char> = g.chars().filter(char::is_ascii_digit).collect();
            let mut chunks: Vec<Vec<char>> = digits.chunks(3).map(<[char]>::to_vec).collect();
            if chunks.len() > 1 && chunks.last().is_some_and(|c| c.len() == 1) {
                let last = chunks.pop().unwrap_or_default();
                if let Some(before) = chunks.last_mut() {
                    before.extend(last);
                }
            }
            if digits.len() <= 4 {
                chunks = vec![digits];
            }
            chunks
        })
        .filter(|g| !g.is_empty())
        .map(|g| g.into_iter().map(digit).collect::<Vec<_>>().join(" "))
        .collect();
    let separator = if lang == Lang::Zh { "，" } else { ", " };
    match plus {
        Some(plus) => format!("{plus} {}", groups.join(separator)),
        None => groups.join(separator),
    }
}

/// Arabic-Indic, Eastern Arabic-Indic and full-width digits as ASCII.
fn western_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
            '۰'..='۹' => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            _ => c,
        })
        .collect()
}

const HAN_DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// Numbers as Chinese numerals: up to 9999 as said ("12" → 十二, "730" → 七百三十); years,
/// longer numbers and digits spaced as in phone numbers digit by digit.
fn chinese_numerals(text: &str) -> String {
    let mut out = String::new();
    let mut digits = String::new();
    for c in text.chars().chain(std::iter::once('\0')) {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        if !digits.is_empty() {
            // A year is read digit by digit (2025年 is 二零二五年); two o'clock is 两点.
            let year = c == '年' && digits.len() == 4;
            let said = match (year, digits.as_str(), c) {
                (true, _, _) => han_digits(&digits),
                (_, "2", '点') => "两".to_string(),
                _ => han_number(&digits),
            };
            out.push_str(&said);
            digits.clear();
        }
        if c != '\0' {
            out.push(c);
        }
    }
    out
}

fn han_digits(digits: &str) -> String {
    digits.chars().map(|d| HAN_DIGITS[d as usize - '0' as usize]).collect()
}

fn han_number(digits: &str) -> String {
    let Ok(n) = digits.parse::<u32>() else { return han_digits(digits) };
    if digits.len() > 4 || (digits.len() > 1 && digits.starts_with('0')) {
        return han_digits(digits);
    }
    if n == 0 {
        return "零".into();
    }
    let units = [(1000, '千'), (100, '百'), (10, '十')];
    let mut out = String::new();
    let mut rest = n;
    let mut zero_pending = false;
    for (value, unit) in units {
        let d = rest / value;
        rest %= value;
        if d > 0 {
            if zero_pending {
                out.push('零');
                zero_pending = false;
            }
            // 10–19 are said 十, 十一 …, not 一十.
            if !(value == 10 && d == 1 && out.is_empty()) {
                out.push(HAN_DIGITS[d as usize]);
            }
            out.push(unit);
        } else if !out.is_empty() {
            zero_pending = true;
        }
    }
    if rest > 0 {
        if zero_pending {
            out.push('零');
        }
        out.push(HAN_DIGITS[rest as usize]);
    }
    out
}

/// Hanzi as tone-numbered pinyin syllables ("中国" → "zhong1 guo2"), Chinese punctuation as
/// pauses, anything else kept.
fn pinyin(text: &str) -> String {
    use pinyin::ToPinyin;
    let text = without_latin_asides(text);
    let chars: Vec<char> = text.chars().collect();
    let readings: Vec<Option<&'static str>> =
        text.as_str().to_pinyin().map(|p| p.map(|p| p.with_tone_num_end())).collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        // Words whose characters read otherwise alone (少 is shǎo, but 青少年 is qīngshàonián).
        let word = WORD_READINGS.iter().find(|(word, _)| chars[i..].starts_with(&word.chars().collect::<Vec<_>>()));
        if let Some((word, reading)) = word {
            out.push(' ');
            out.push_str(reading);
            out.push(' ');
            i += word.chars().count();
            continue;
        }
        match readings.get(i).copied().flatten() {
            Some(p) => {
                if !out.is_empty() && !out.ends_with(' ') {
                    out.push(' ');
                }
                out.push_str(p);
                out.push(' ');
            }
            None => match c {
                '，' | '、' | '；' | '：' | '。' | '！' | '？' => {
                    let pause = if matches!(c, '。' | '！' | '？') { ". " } else { ", " };
                    out.truncate(out.trim_end().len());
                    out.push_str(pause);
                }
                '（' | '）' | '“' | '”' | '《' | '》' => out.push(' '),
                _ => out.push(c),
            },
        }
        i += 1;
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Words of the directory's Chinese texts that the character-by-character reading gets
/// wrong, with their reading (checked by a fluent reader).
const WORD_READINGS: [(&str, &str); 4] =
    [("青少年", "qing1 shao4 nian2"), ("少年", "shao4 nian2"), ("少女", "shao4 nv3"), ("银行", "yin2 hang2")];

/// The Chinese texts repeat Italian names in full-width brackets ("（Rom, Sinti e
/// Caminanti）"): the pinyin voice would garble them, and the Chinese before says the same.
fn without_latin_asides(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('（') {
        let after = &rest[open + '（'.len_utf8()..];
        match after.find('）') {
            Some(close) if after[..close].chars().all(|c| c.is_ascii() || c.is_alphabetic() && !is_hanzi(c)) => {
                out.push_str(&rest[..open]);
                rest = &after[close + '）'.len_utf8()..];
            }
            _ => {
                out.push_str(&rest[..open + '（'.len_utf8()]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn is_hanzi(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_are_read_digit_by_digit_in_their_groups() {
        assert_eq!(normalise(Lang::It, "Telefono 011 9876543."), "Telefono 0 1 1, 9 8 7, 6 5 4 3.");
        assert_eq!(normalise(Lang::It, "Chiama +39 06 1234 5678"), "Chiama più 3 9, 0 6, 1 2 3 4, 5 6 7 8");
        assert_eq!(normalise(Lang::Ro, "Sunați la 800 290 290"), "Sunați la 8 0 0, 2 9 0, 2 9 0");
        assert_eq!(normalise(Lang::Ar, "اتصل بـ ٠١١ ٩٨٧٦٥٤٣"), "اتصل بـ 0 1 1, 9 8 7, 6 5 4 3");
        assert_eq!(normalise(Lang::Sq, "Tel. 0119876543"), "Tel. 0 1 1, 9 8 7, 6 5 4 3");
        // Short numbers stay numbers: a year, a count, an emergency number.
        assert_eq!(normalise(Lang::It, "Dal 2019, 300 persone, 112"), "Dal 2019, 300 persone, 112");
    }

    #[test]
    fn times_and_ranges_are_said_as_people_say_them() {
        assert_eq!(normalise(Lang::It, "Aperto 9:00-12:30"), "Aperto dalle 9 alle 12 e 30");
        assert_eq!(normalise(Lang::It, "orario 14.30 – 17.00"), "orario dalle 14 e 30 alle 17");
        assert_eq!(normalise(Lang::Ro, "Deschis 9:00-12:30"), "Deschis de la 9 până la 12 și 30");
        assert_eq!(normalise(Lang::Ar, "مفتوح 9:00-12:30"), "مفتوح من الساعة 9 إلى الساعة 12 و30 دقيقة");
        assert_eq!(normalise(Lang::Sq, "Hapur 9:00-12:30"), "Hapur nga ora 9 deri në orën 12 e 30");
        assert_eq!(normalise(Lang::It, "ore 9:15"), "ore 9 e 15");
        // Not times: scores, versions, a dash between numbers.
        assert_eq!(normalise(Lang::It, "pagine 3-5, legge 4/2004"), "pagine 3-5, legge 4/2004");
    }

    /// Sentences as the Chinese content writes them (Italian names in Latin letters, years,
    /// full-width brackets): nothing but pinyin and Latin letters reaches the voice (ü
    /// included: the `cmn-latn-pinyin` voice reads "lü4" as it reads "lv4").
    #[test]
    fn chinese_content_leaves_no_hanzi_for_the_voice() {
        let samples = [
            "面向罗姆人、辛提人和卡米南蒂人（Rom, Sinti e Caminanti）儿童和青少年的包容与融合项目，自2025年5月起由Cooperativa San Donato管理。",
            "为三个罗姆人家庭提供社会陪伴的项目，帮助他们走向自立，提供教育、法律和住房方面的支持。",
            "星期一：9:00-12:30。电话：06 669190417。",
        ];
        for sample in samples {
            let spoken = normalise(Lang::Zh, sample);
            println!("{sample}\n→ {spoken}\n");
            assert!(spoken.chars().all(|c| c.is_ascii() || c == 'ü'), "{spoken}");
        }
        assert!(normalise(Lang::Zh, samples[0]).contains("er4 ling2 er4 wu3 nian2 wu3 yue4"), "a year digit by digit");
    }

    #[test]
    fn chinese_becomes_tone_numbered_pinyin_with_numbers_in_words() {
        assert_eq!(normalise(Lang::Zh, "中国"), "zhong1 guo2");
        assert_eq!(han_number("12"), "十二");
        assert_eq!(han_number("730"), "七百三十");
        assert_eq!(han_number("2019"), "二千零一十九");
        assert_eq!(han_number("105"), "一百零五");
        assert_eq!(
            normalise(Lang::Zh, "电话：011 9876543"),
            "dian4 hua4, ling2 yao1 yao1, jiu3 ba1 qi1, liu4 wu3 si4 san1"
        );
        assert_eq!(normalise(Lang::Zh, "2:00-9:05"), "cong2 liang3 dian3 dao4 jiu3 dian3 ling2 wu3 fen1");
        assert_eq!(normalise(Lang::Zh, "青少年（Rom）和少女"), "qing1 shao4 nian2 he2 shao4 nv3");
        assert_eq!(
            normalise(Lang::Zh, "9:00-12:30开放"),
            "cong2 jiu3 dian3 dao4 shi2 er4 dian3 san1 shi2 fen1 kai1 fang4"
        );
    }

    /// A service open on Mondays 9–12 at one place, whose "closed today" is `today`, with
    /// `fields` over its defaults.
    fn service(today: serde_json::Value, fields: serde_json::Value) -> ServiceDetail {
        let text = |t: &str| serde_json::json!({ "text": t, "status": "source" });
        let location = serde_json::json!({
            "name": null, "address": "Via Assisi 39", "municipality": "Roma", "coordinates": null,
            "hours": [{ "weekday": 1, "opens": "09:00", "closes": "12:00", "appointment_only": false }],
            "hours_note": null,
            "exceptions": { "open_on_holidays": false, "today": today, "upcoming": [] },
        });
        let mut service = serde_json::json!({
            "id": "prova", "lang": "it", "translation": "source", "name": text("Sportello"),
            "summary": text("Un aiuto."), "description": text("Un aiuto."), "eligibility": null,
            "how_to_access": null, "cost": null, "required_documents": [], "documents": [],
            "who_can_go": [], "categories": [], "target_groups": [],
            "access": null, "status": "active", "municipalities": [], "locations": [location],
            "phones": [], "email": null, "website": null, "languages": [],
            "organization": { "slug": "ente", "name": "Ente" }, "programme": null,
            "last_verified": null, "read_aloud": true,
        });
        for (key, value) in fields.as_object().into_iter().flatten() {
            service[key] = value.clone();
        }
        serde_json::from_value(service).expect("a service")
    }

    /// A place closed today says so before its hours, in the page's language.
    #[test]
    fn a_place_closed_today_says_so_before_its_hours() {
        let none = serde_json::json!({});
        let closed =
            service_script(Lang::It, &service(serde_json::json!({ "holiday": "easter-monday" }), none.clone()));
        let holiday = t(Lang::It, "holiday-easter-monday");
        assert!(closed.contains(&format!("Oggi è chiuso: {holiday}. Orari")), "{closed}");
        let open = service_script(Lang::It, &service(serde_json::Value::Null, none));
        assert!(!open.contains("chiuso") && open.contains("lunedì: dalle 9 alle 12"), "{open}");
    }

    /// Who can go and the documents from the pictogram list are read in the page's
    /// language, the documents in words after them; nothing is said of who can go when the
    /// service does not say.
    #[test]
    fn who_can_go_and_the_documents_are_read_aloud() {
        let fields = serde_json::json!({
            "who_can_go": ["undocumented"],
            "required_documents": ["passport-or-id"],
            "documents": [{ "text": "Una lettera", "status": "source" }],
        });
        for lang in [Lang::It, Lang::Ro] {
            let script = service_script(lang, &service(serde_json::Value::Null, fields.clone()));
            let who = format!("{}: {}", t(lang, "who-can-go"), t(lang, "situation-undocumented"));
            assert!(script.contains(&normalise(lang, &who)), "{lang}: {script}");
            let documents =
                format!("{}: {}; Una lettera", t(lang, "service-documents"), t(lang, "document-passport-or-id"));
            assert!(script.contains(&normalise(lang, &documents)), "{lang}: {script}");
        }
        let silent = service_script(Lang::It, &service(serde_json::Value::Null, serde_json::json!({})));
        assert!(!silent.contains(&t(Lang::It, "who-can-go")), "{silent}");
    }
}
