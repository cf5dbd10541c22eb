//! Temporary, while `editorial` (entries as JSON values) and `editor` (entries as the content
//! structs) both exist: the two must give the same answers (forms, field messages, diffs,
//! fingerprints, statuses, completeness) on every organisation of `content/` (and of
//! `$EQUIV_EXTRA`, e.g. synthetic content) and on thousands of randomly altered forms, so that
//! switching the admin area to `editor` changes no page. Removed together with `editorial`.

use super::editor::{self, completeness as nc, diff as nd, form as nf, Entry, Kind as NKind};
use super::editorial::{self as old, Kind as OKind};
use super::OrganizationFile;
use portineria_app::lang::Lang;
use serde_json::Value;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn docs() -> Vec<OrganizationFile> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let mut docs: Vec<OrganizationFile> =
        super::load_dir(&dir).unwrap().organizations.into_iter().map(|(_, _, f)| f).collect();
    if let Ok(extra) = std::env::var("EQUIV_EXTRA") {
        for p in super::organization_paths(std::path::Path::new(&extra)).unwrap() {
            docs.push(super::read_organization(&p).unwrap());
        }
    }
    docs
}

fn okind(k: NKind) -> OKind {
    OKind::from_segment(k.segment()).unwrap()
}

fn tv(e: &Entry) -> Value {
    editor::on_entry!(e, x => serde_json::to_value(x).unwrap())
}

const POOL: &[&str] = &[
    "",
    "  ",
    "x",
    "Roma",
    "https://example.org/x",
    "http://a",
    "a@b.it",
    "not an email",
    "2025",
    "2025-05",
    "2025-05-06",
    "2024-13",
    "09:00",
    "18:30",
    "25:00",
    "active",
    "ended",
    "walk-in",
    "public",
    "mon",
    "xyz",
    "work",
    "health",
    "legal",
    "migrants",
    "it",
    "ar",
    "06 1234567",
    "abc",
    "a\nb\nc",
    "uno\r\ndue",
    "<script>",
    "on",
    "nuovo-slug",
    "Bad Slug",
    "via-assisi",
];

fn mutate(form: &mut nf::FormValues, rng: &mut Rng, extra_names: &[String]) {
    let mut keys: Vec<String> = form.keys().cloned().collect();
    keys.extend(extra_names.iter().cloned());
    keys.sort();
    for _ in 0..(1 + rng.below(4)) {
        let k = keys[rng.below(keys.len())].clone();
        match rng.below(6) {
            0 => {
                form.remove(&k);
            }
            1 => {
                form.insert(k, vec!["y".repeat(if rng.below(2) == 0 { 501 } else { 10_001 })]);
            }
            2 => {
                let n = rng.below(3);
                form.insert(k, (0..n).map(|_| POOL[rng.below(POOL.len())].to_string()).collect());
            }
            _ => {
                form.insert(k, vec![POOL[rng.below(POOL.len())].to_string()]);
            }
        }
    }
}

#[test]
fn old_and_new_agree() {
    let docs = docs();
    let taxonomy =
        super::read_taxonomy(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")).unwrap().0;
    let mut rng = Rng(0x9E3779B97F4A7C15);
    let mut checked = (0, 0, 0, 0);
    // Diffs between every pair, and from nothing.
    for a in &docs {
        assert_eq!(format!("{:?}", old::diff(None, a).unwrap()), format!("{:?}", nd::diff(None, a)));
        for b in &docs {
            let o = old::diff(Some(a), b).unwrap();
            let n = nd::diff(Some(a), b);
            assert_eq!(o.len(), n.len());
            for (x, y) in o.iter().zip(&n) {
                assert_eq!((&x.path, &x.before, &x.after), (&y.path, &y.before, &y.after));
            }
            assert_eq!(old::touched(&o), nd::touched(&n));
            checked.0 += 1;
        }
        let oc: Vec<_> =
            old::completeness(a).unwrap().into_iter().map(|(l, c)| (l, c.present, c.confirmed, c.total)).collect();
        let ncp: Vec<_> = nc::completeness(a).into_iter().map(|(l, c)| (l, c.present, c.confirmed, c.total)).collect();
        assert_eq!(oc, ncp);
    }
    let langs: Vec<String> = Lang::ALL.iter().map(|l| l.code().to_string()).collect();
    for doc in &docs {
        let choices_o = old::Choices::new(&taxonomy, doc);
        let choices_n = nf::Choices::new(&taxonomy, doc);
        for kind in NKind::ALL {
            let ok = okind(kind);
            assert_eq!(kind.id_name(), ok.id_key());
            assert_eq!(kind.field_names(), ok.fields().iter().map(|f| f.name).collect::<Vec<_>>());
            let oe = old::entries(doc, ok).unwrap();
            let ne = doc.entries(kind);
            assert_eq!(oe.len(), ne.len());
            let ids: Vec<String> = ne.iter().map(|e| e.id().to_string()).collect();
            for ((oid, ov), n) in oe.iter().zip(&ne) {
                assert_eq!(oid, n.id());
                assert_eq!(ov, &tv(n));
                assert_eq!(old::fingerprint(Some(ov)), n.fingerprint());
                let oname = ov["name"]["it"].as_str().or_else(|| ov["address"].as_str()).unwrap_or(oid).to_string();
                assert_eq!(oname, n.title());
                let otp: Vec<(String, Value)> = old::text_paths(ok, ov);
                let ntp: Vec<(String, Value)> =
                    nc::text_paths(n).into_iter().map(|(p, t)| (p, serde_json::to_value(t).unwrap())).collect();
                assert_eq!(otp, ntp);
                for (p, _) in &otp {
                    for l in Lang::ALL {
                        assert_eq!(old::status(doc, p, l), nc::status(doc, p, l).as_str());
                    }
                }
                let of = old::to_form(ok, ov);
                let nform = nf::to_form(n);
                assert_eq!(of, nform);
                // Round trip.
                let fixed = if rng.below(2) == 0 { Some(oid.as_str()) } else { None };
                let taken: Vec<String> = ids.iter().filter(|i| *i != oid || rng.below(2) == 0).cloned().collect();
                let extra: Vec<String> = {
                    let mut v = vec![];
                    for f in ok.fields() {
                        v.push(f.name.to_string());
                        for l in &langs {
                            v.push(format!("{}.{l}", f.name));
                        }
                    }
                    for i in 0..4 {
                        v.push(format!("phones.{i}.number"));
                        v.push(format!("phones.{i}.label.ar"));
                        v.push(format!("phones.{i}.label.it"));
                        v.push(format!("hours.{i}.days"));
                        v.push(format!("hours.{i}.opens"));
                        v.push(format!("hours.{i}.closes"));
                        v.push(format!("hours.{i}.appointment"));
                    }
                    v
                };
                for round in 0..60 {
                    let mut form = nform.clone();
                    if round > 0 {
                        mutate(&mut form, &mut rng, &extra);
                    }
                    let o = old::from_form(ok, &form, &choices_o, fixed, &taken);
                    let nn = nf::from_form(kind, &form, &choices_n, fixed, &taken);
                    match (&o, &nn) {
                        (Ok(ov2), Ok(ne2)) => {
                            assert_eq!(ov2, &tv(ne2), "{form:?}");
                            checked.1 += 1;
                            // statuses update
                            let mut d1 = doc.clone();
                            let mut d2 = doc.clone();
                            old::update_statuses(&mut d1, ok, Some(ov), ov2);
                            nc::update_statuses(&mut d2, Some(n), ne2);
                            assert_eq!(d1.statuses, d2.statuses);
                            let mut d1 = doc.clone();
                            let mut d2 = doc.clone();
                            old::update_statuses(&mut d1, ok, None, ov2);
                            nc::update_statuses(&mut d2, None, ne2);
                            assert_eq!(d1.statuses, d2.statuses);
                            // with_entry: replace, add, remove
                            assert_eq!(d1, d2);
                            let rid = if rng.below(3) == 0 { None } else { Some(oid.as_str()) };
                            if let Ok(w1) = old::with_entry(&d1, ok, rid, Some(ov2.clone())) {
                                let mut w2 = d2.clone();
                                w2.put_entry(rid, ne2.clone());
                                assert_eq!(w1, w2);
                                assert_eq!(
                                    format!("{:?}", old::diff(Some(doc), &w1).unwrap()),
                                    format!("{:?}", nd::diff(Some(doc), &w2))
                                );
                                assert_eq!(
                                    format!("{:?}", old::diff(Some(&w1), doc).unwrap()),
                                    format!("{:?}", nd::diff(Some(&w2), doc))
                                );
                                if round % 10 == 0 {
                                    for other in &docs {
                                        assert_eq!(
                                            format!("{:?}", old::diff(Some(other), &w1).unwrap()),
                                            format!("{:?}", nd::diff(Some(other), &w2))
                                        );
                                    }
                                }
                                for k in NKind::ALL {
                                    for ((_, o), e) in old::entries(&w1, okind(k)).unwrap().iter().zip(w2.entries(k)) {
                                        assert_eq!(old::fingerprint(Some(o)), e.fingerprint());
                                        assert_eq!(old::to_form(okind(k), o), nf::to_form(&e));
                                    }
                                }
                                let oc: Vec<_> = old::completeness(&w1)
                                    .unwrap()
                                    .into_iter()
                                    .map(|(l, c)| (l, c.present, c.confirmed, c.total))
                                    .collect();
                                let ncp: Vec<_> = nc::completeness(&w2)
                                    .into_iter()
                                    .map(|(l, c)| (l, c.present, c.confirmed, c.total))
                                    .collect();
                                assert_eq!(oc, ncp);
                            }
                            let w1 = old::with_entry(doc, ok, Some(oid), None).unwrap();
                            let mut w2 = doc.clone();
                            w2.remove_entry(kind, oid);
                            assert_eq!(w1, w2);
                        }
                        (Err(a), Err(b)) => {
                            assert_eq!(a, b, "{form:?}");
                            checked.2 += 1;
                        }
                        _ => panic!("{kind:?} {form:?}: old {o:?} new {nn:?}"),
                    }
                }
            }
            // New entries from blank-ish forms.
            for _ in 0..200 {
                let mut form = nf::FormValues::new();
                let extra: Vec<String> = ok
                    .fields()
                    .iter()
                    .flat_map(|f| {
                        let mut v = vec![f.name.to_string()];
                        v.extend(langs.iter().map(|l| format!("{}.{l}", f.name)));
                        v
                    })
                    .chain(
                        ["hours.0.days", "hours.0.opens", "hours.0.closes", "phones.0.number", "phones.1.label.it"]
                            .map(String::from),
                    )
                    .collect();
                for _ in 0..5 {
                    mutate(&mut form, &mut rng, &extra);
                }
                let o = old::from_form(ok, &form, &choices_o, None, &ids);
                let nn = nf::from_form(kind, &form, &choices_n, None, &ids);
                match (&o, &nn) {
                    (Ok(a), Ok(b)) => assert_eq!(a, &tv(b)),
                    (Err(a), Err(b)) => assert_eq!(a, b),
                    _ => panic!("{kind:?} {form:?}: old {o:?} new {nn:?}"),
                }
                checked.3 += 1;
            }
        }
    }
    eprintln!("checked {checked:?}");
}
