//! Read aloud: every language's voice answers with Ogg Opus a prepaid phone can afford,
//! cached after the first time, seekable, and never more syntheses at once than the limit,
//! whatever arrives in parallel.

use portineria::speech::SYNTHESES_AT_ONCE;
use portineria_app::lang::Lang;
use portineria_tests::{content, http, repo_root, TestServer};
use std::time::Instant;

const SERVICE: &str = "san-donato-regolarizzazione-giuridica";

/// The length in seconds of an Ogg Opus file: the last page's granule position at 48 kHz,
/// less the pre-skip of the `OpusHead` header.
fn seconds(ogg: &[u8]) -> f64 {
    let last = ogg.windows(4).rposition(|w| w == b"OggS").expect("an Ogg page");
    let granule = u64::from_le_bytes(ogg[last + 6..last + 14].try_into().expect("8 bytes"));
    let head = ogg.windows(8).position(|w| w == b"OpusHead").expect("an Opus stream");
    let pre_skip = u16::from_le_bytes([ogg[head + 10], ogg[head + 11]]);
    (granule - u64::from(pre_skip)) as f64 / 48_000.0
}

#[tokio::test]
async fn services_are_read_aloud_in_every_language_cached_and_within_the_limit() {
    let server = TestServer::start(repo_root().join("content"));
    let speech = &server.state.directory.settings().speech;
    assert!(speech.available(), "espeak-ng and opusenc are installed by the README's commands");
    for lang in Lang::ALL {
        let address = format!("{}/{lang}/services/{SERVICE}/listen", server.base);
        let started = Instant::now();
        let first = http().get(&address).send().await.expect("answer");
        let made_in = started.elapsed();
        assert_eq!(first.status().as_u16(), 200, "{lang}");
        assert_eq!(first.headers()["content-type"], "audio/ogg");
        let audio = first.bytes().await.expect("body");
        assert!(audio.starts_with(b"OggS"), "{lang}: an Ogg file");
        let length = seconds(&audio);
        let rate = audio.len() as f64 / length;
        println!("{lang}: {length:.1} s of speech in {} bytes ({rate:.0} bytes/s), made in {made_in:?}", audio.len());
        assert!(length > 5.0, "{lang}: the essentials take more than a few seconds ({length:.1} s)");
        assert!(rate < 6_000.0, "{lang}: compressed for a phone: {rate:.0} bytes/s, not WAV's 45,000");
        let started = Instant::now();
        let again = http().get(&address).send().await.expect("answer").bytes().await.expect("body");
        println!("{lang}: again from the cache in {:?}", started.elapsed());
        assert_eq!(again, audio, "{lang}: the same file, from the cache");
        let part = http().get(&address).header("range", "bytes=0-99").send().await.expect("answer");
        assert_eq!(part.status().as_u16(), 206, "{lang}: a player can seek");
        assert_eq!(part.bytes().await.expect("body").len(), 100);
        // The page offers it.
        let html = http().get(format!("{}/{lang}/services/{SERVICE}", server.base)).send().await.expect("page");
        let html = html.text().await.expect("body");
        assert!(html.contains(&format!("src=\"/{lang}/services/{SERVICE}/listen\"")), "{lang}: a player on the page");
    }
    // Many services in many languages at the same instant: each answered (now or "come
    // back"), never more syntheses at once than the limit.
    let services: Vec<String> = content()
        .organizations
        .iter()
        .flat_map(|(_, _, f)| f.services.iter().map(|s| s.slug.clone()))
        .take(8)
        .collect();
    let mut requests = Vec::new();
    for slug in &services {
        for lang in Lang::ALL {
            let address = format!("{}/{lang}/services/{slug}/listen", server.base);
            requests.push(tokio::spawn(async move { http().get(address).send().await.map(|r| r.status().as_u16()) }));
        }
    }
    let mut answered = std::collections::BTreeMap::new();
    for request in requests {
        *answered.entry(request.await.expect("task").expect("answer")).or_insert(0) += 1;
    }
    println!("{} parallel requests: {answered:?}; at most {} syntheses at once", services.len() * 5, speech.peak());
    assert!(answered.keys().all(|s| *s == 200 || *s == 503), "{answered:?}");
    assert!(answered.get(&200).copied().unwrap_or(0) > 0);
    assert!(speech.peak() <= SYNTHESES_AT_ONCE, "peak {} syntheses", speech.peak());
    // Nothing to read: a translated 404, not an error.
    let missing = http().get(format!("{}/ar/services/nessuno/listen", server.base)).send().await.expect("answer");
    assert_eq!(missing.status().as_u16(), 404);
}
