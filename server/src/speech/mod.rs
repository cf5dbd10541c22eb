//! Read aloud, offline: a service's essentials spoken by espeak-ng on the server and
//! compressed to Ogg Opus (about 3 KB a second, where raw WAV is 45: a prepaid phone can
//! afford it). Audio is cached on disk per text and voice, the cache capped in size (oldest
//! files go first), and synthesis limited to a few at once: it is CPU and disk anyone can
//! ask for without logging in.

pub mod spoken;

use portineria_app::lang::Lang;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::io::AsyncWriteExt;
use tokio::process::Command;
use tokio::sync::Semaphore;

/// Syntheses at once; more wait their turn.
pub const SYNTHESES_AT_ONCE: usize = 2;
/// How long a request waits for a turn before it is told to come back.
const WAIT_FOR_A_TURN: Duration = Duration::from_secs(10);
/// A synthesis that takes longer than this has gone wrong (a request is cut at 30 s anyway).
const SYNTHESIS_LIMIT: Duration = Duration::from_secs(20);
/// The longest text read (a service's essentials are far shorter).
pub const MAX_CHARS: usize = 4_000;
/// Words a minute: slower than espeak-ng's 175, for people learning the language.
const SPEED: &str = "140";

/// The espeak-ng voice for each language. Chinese is given pinyin (see [`spoken`]).
pub fn voice(lang: Lang) -> &'static str {
    match lang {
        Lang::It => "it",
        Lang::Ro => "ro",
        Lang::Ar => "ar",
        Lang::Sq => "sq",
        Lang::Zh => "cmn-latn-pinyin",
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SpeechError {
    #[error("espeak-ng or opusenc is not installed")]
    Unavailable,
    #[error("every synthesis slot is busy")]
    Busy,
    #[error("synthesis failed: {0}")]
    Failed(String),
}

/// The synthesiser and its cache. Cheap to clone.
#[derive(Clone)]
pub struct Speech {
    cache: PathBuf,
    cap_bytes: u64,
    turns: Arc<Semaphore>,
    available: bool,
    /// Syntheses running now, and the most ever at once (for `/metrics` and the tests that
    /// prove the limit holds).
    running: Arc<AtomicUsize>,
    peak: Arc<AtomicUsize>,
}

impl Speech {
    /// A synthesiser caching under `cache` up to `cap_bytes`, if espeak-ng and opusenc run here.
    pub async fn new(cache: PathBuf, cap_bytes: u64) -> Self {
        let runs = |program: &'static str| async move {
            Command::new(program)
                .arg("--version")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .await
                .is_ok_and(|s| s.success())
        };
        let available = runs("espeak-ng").await && runs("opusenc").await;
        if !available {
            tracing::warn!("espeak-ng or opusenc missing: pages offer no \"listen\" control");
        }
        Self {
            cache,
            cap_bytes,
            turns: Arc::new(Semaphore::new(SYNTHESES_AT_ONCE)),
            available,
            running: Arc::default(),
            peak: Arc::default(),
        }
    }

    pub fn available(&self) -> bool {
        self.available
    }

    /// The most syntheses that ever ran at once.
    pub fn peak(&self) -> usize {
        self.peak.load(Ordering::SeqCst)
    }

    /// The Ogg Opus file of `text` (already normalised) in `lang`'s voice: from the cache,
    /// or made now.
    pub async fn audio(&self, lang: Lang, text: &str) -> Result<PathBuf, SpeechError> {
        if !self.available {
            return Err(SpeechError::Unavailable);
        }
        let text: String = text.chars().take(MAX_CHARS).collect();
        let key = hex::encode(Sha256::digest(format!("{}\n{SPEED}\n{text}", voice(lang)).as_bytes()));
        let file = self.cache.join(format!("{key}.ogg"));
        if tokio::fs::metadata(&file).await.is_ok() {
            return Ok(file);
        }
        let _turn = tokio::time::timeout(WAIT_FOR_A_TURN, self.turns.acquire())
            .await
            .map_err(|_| SpeechError::Busy)?
            .map_err(|_| SpeechError::Busy)?;
        // Made by another request while this one waited.
        if tokio::fs::metadata(&file).await.is_ok() {
            return Ok(file);
        }
        tokio::fs::create_dir_all(&self.cache).await.map_err(|e| SpeechError::Failed(e.to_string()))?;
        let partial = self.cache.join(format!("{key}.{}.partial", std::process::id()));
        let now = self.running.fetch_add(1, Ordering::SeqCst) + 1;
        self.peak.fetch_max(now, Ordering::SeqCst);
        let made = tokio::time::timeout(SYNTHESIS_LIMIT, synthesise(voice(lang), &text, &partial)).await;
        self.running.fetch_sub(1, Ordering::SeqCst);
        let made = made.unwrap_or_else(|_| Err(SpeechError::Failed("took too long".into())));
        if let Err(e) = made {
            let _ = tokio::fs::remove_file(&partial).await;
            return Err(e);
        }
        tokio::fs::rename(&partial, &file).await.map_err(|e| SpeechError::Failed(e.to_string()))?;
        let cache = self.cache.clone();
        let cap = self.cap_bytes;
        let _ = tokio::task::spawn_blocking(move || trim_cache(&cache, cap)).await;
        Ok(file)
    }
}

/// espeak-ng's WAV piped into opusenc (mono, 24 kbit/s, speech-tuned), written to `out`.
async fn synthesise(voice: &str, text: &str, out: &Path) -> Result<(), SpeechError> {
    let failed = |e: std::io::Error| SpeechError::Failed(e.to_string());
    let mut speaker = Command::new("espeak-ng")
        .args(["-v", voice, "-s", SPEED, "--stdout"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .map_err(failed)?;
    let wav: Stdio =
        speaker.stdout.take().ok_or_else(|| SpeechError::Failed("no output".into()))?.try_into().map_err(failed)?;
    let encoder = Command::new("opusenc")
        .args(["--quiet", "--bitrate", "24", "--downmix-mono", "--speech", "-"])
        .arg(out)
        .stdin(wav)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .map_err(failed)?;
    let mut input = speaker.stdin.take().ok_or_else(|| SpeechError::Failed("no input".into()))?;
    input.write_all(text.as_bytes()).await.map_err(failed)?;
    drop(input);
    let spoke = speaker.wait().await.map_err(failed)?;
    let encoded = encoder.wait_with_output().await.map_err(failed)?;
    if !spoke.success() || !encoded.status.success() {
        return Err(SpeechError::Failed(format!("espeak-ng {spoke}, opusenc {}", encoded.status)));
    }
    Ok(())
}

/// Deletes the oldest audio files until the cache holds at most `cap` bytes.
pub fn trim_cache(dir: &Path, cap: u64) -> u64 {
    let Ok(entries) = std::fs::read_dir(dir) else { return 0 };
    let mut files: Vec<(std::time::SystemTime, u64, PathBuf)> = entries
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "ogg"))
        .filter_map(|e| {
            let meta = e.metadata().ok()?;
            Some((meta.modified().ok()?, meta.len(), e.path()))
        })
        .collect();
    let mut total: u64 = files.iter().map(|f| f.1).sum();
    files.sort();
    let mut removed = 0;
    for (_, size, path) in files {
        if total <= cap {
            break;
        }
        if std::fs::remove_file(&path).is_ok() {
            total -= size;
            removed += 1;
        }
    }
    removed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cache_loses_its_oldest_files_first_down_to_its_cap() {
        let dir = std::env::temp_dir().join(format!("portineria-speech-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for (n, name) in ["a", "b", "c", "d"].iter().enumerate() {
            std::fs::write(dir.join(format!("{name}.ogg")), vec![0u8; 1000]).unwrap();
            let when = std::time::SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000 + n as u64);
            std::fs::File::options()
                .write(true)
                .open(dir.join(format!("{name}.ogg")))
                .unwrap()
                .set_modified(when)
                .unwrap();
        }
        std::fs::write(dir.join("other.txt"), vec![0u8; 5000]).unwrap();
        assert_eq!(trim_cache(&dir, 2500), 2);
        let left: Vec<bool> = ["a", "b", "c", "d"].iter().map(|n| dir.join(format!("{n}.ogg")).exists()).collect();
        assert_eq!(left, [false, false, true, true], "the two oldest went");
        assert!(dir.join("other.txt").exists(), "only audio files are touched");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
