//! Admin accounts: the password rules, argon2id hashing (through one limiter), random
//! tokens and the login throttle's rules. Knows nothing of HTTP; the admin handlers call it.

pub mod totp;

use crate::db::ThrottleLimits;
use argon2::password_hash::{rand_core::OsRng, Output, ParamsString, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use std::collections::HashSet;
use std::sync::LazyLock;

/// The shortest password accepted (ASVS 6.2.1); no composition rules (6.2.5).
pub const MIN_PASSWORD_CHARS: usize = 12;
/// Long passphrases are welcome (6.2.9); this bound only keeps hashing cheap.
pub const MAX_PASSWORD_CHARS: usize = 256;

/// Common and breached passwords of 12 or more characters (see `server/data/README.md`).
static COMMON: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../data/common-passwords.txt").lines().filter(|l| !l.starts_with('#') && !l.is_empty()).collect()
});

/// Why a new password was refused; each is a message of the admin area.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasswordProblem {
    TooShort,
    TooLong,
    Common,
    IsEmail,
}

impl PasswordProblem {
    pub fn message_key(self) -> &'static str {
        match self {
            Self::TooShort => "admin-password-too-short",
            Self::TooLong => "admin-password-too-long",
            Self::Common => "admin-password-common",
            Self::IsEmail => "admin-password-is-email",
        }
    }
}

/// Checks a new password against the rules.
pub fn check_password(password: &str, email: &str) -> Result<(), PasswordProblem> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        return Err(PasswordProblem::TooShort);
    }
    if chars > MAX_PASSWORD_CHARS {
        return Err(PasswordProblem::TooLong);
    }
    let lower = password.to_lowercase();
    if COMMON.contains(lower.trim()) {
        return Err(PasswordProblem::Common);
    }
    let local = email.split('@').next().unwrap_or(email).to_lowercase();
    if lower == email.to_lowercase() || lower == local {
        return Err(PasswordProblem::IsEmail);
    }
    Ok(())
}

#[derive(Debug, thiserror::Error)]
#[error("password hashing failed: {0}")]
pub struct HashError(String);

fn hash_error(e: impl std::fmt::Display) -> HashError {
    HashError(e.to_string())
}

/// argon2's working memory (19 MiB at the default cost), kept and reused by the
/// [`HashLimiter`]'s slots: allocating it afresh on whichever thread runs a hash leaves each
/// thread's allocator arena holding its own copy (measured: 550 MB after 200 hashes).
type Memory = Vec<Block>;

/// Runs argon2 over `memory`, grown to the size `params` needs.
fn argon2_into(
    memory: &mut Memory,
    (algorithm, version, params): (Algorithm, Version, Params),
    (password, salt): (&str, &[u8]),
    out: &mut [u8],
) -> Result<(), HashError> {
    let blocks = params.block_count();
    if memory.len() < blocks {
        memory.resize(blocks, Block::default());
    }
    Argon2::new(algorithm, version, params)
        .hash_password_into_with_memory(password.as_bytes(), salt, out, &mut memory[..blocks])
        .map_err(hash_error)
}

/// An argon2id hash (PHC string, OWASP's default cost) of `password`, computed in `memory`.
fn hash_in(memory: &mut Memory, password: &str) -> Result<String, HashError> {
    let params = Params::default();
    let salt = SaltString::generate(&mut OsRng);
    let mut salt_bytes = [0u8; 64];
    let raw_salt = salt.decode_b64(&mut salt_bytes).map_err(hash_error)?;
    let mut out = [0u8; Params::DEFAULT_OUTPUT_LEN];
    argon2_into(memory, (Algorithm::Argon2id, Version::V0x13, params.clone()), (password, raw_salt), &mut out)?;
    let hash = PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(&params).map_err(hash_error)?,
        salt: Some(salt.as_salt()),
        hash: Some(Output::new(&out).map_err(hash_error)?),
    };
    Ok(hash.to_string())
}

/// Whether `password` matches the PHC string `stored`, computed in `memory`.
fn matches_in(memory: &mut Memory, password: &str, stored: &str) -> Option<bool> {
    let parsed = PasswordHash::new(stored).ok()?;
    let algorithm = Algorithm::try_from(parsed.algorithm).ok()?;
    let version = Version::try_from(parsed.version.unwrap_or(Version::V0x13.into())).ok()?;
    let params = Params::try_from(&parsed).ok()?;
    let expected = parsed.hash?;
    let mut salt_bytes = [0u8; 64];
    let salt = parsed.salt?.decode_b64(&mut salt_bytes).ok()?;
    let mut out = vec![0u8; expected.len()];
    argon2_into(memory, (algorithm, version, params), (password, salt), &mut out).ok()?;
    Some(same_secret(&out, expected.as_bytes()))
}

/// A hash of a password nobody has, checked when the account does not exist so that an
/// unknown e-mail takes as long to refuse as a wrong password.
static DECOY: LazyLock<String> = LazyLock::new(|| hash_password("decoy password never used").unwrap_or_default());

/// [`verify_password`] in `memory`.
fn verify_in(memory: &mut Memory, password: &str, hash: Option<&str>) -> bool {
    let matches = matches_in(memory, password, hash.unwrap_or(DECOY.as_str())).unwrap_or(false);
    matches && hash.is_some()
}

/// An argon2id hash (PHC string, OWASP's default cost) of `password`. Servers hash through
/// [`HashLimiter::hash`]; this is for the command line.
pub fn hash_password(password: &str) -> Result<String, HashError> {
    hash_in(&mut Memory::new(), password)
}

/// Whether `password` matches `hash`; with no hash (unknown account, or no password yet),
/// checks a decoy and says no.
pub fn verify_password(password: &str, hash: Option<&str>) -> bool {
    verify_in(&mut Memory::new(), password, hash)
}

/// 256 random bits as hex: session ids, CSRF tokens, invitation links.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    getrandom::getrandom(&mut bytes).expect("the operating system provides randomness");
    hex::encode(bytes)
}

/// What the database keeps of a token.
pub fn token_hash(token: &str) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Compares secrets in time independent of where they differ.
pub fn same_secret(a: impl AsRef<[u8]>, b: impl AsRef<[u8]>) -> bool {
    let (a, b) = (a.as_ref(), b.as_ref());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The login throttle's rules (ASVS 6.3.5): five attempts per account and per address, then
/// a wait of 30 s doubling with every attempt up to 15 minutes; forgotten after an hour.
pub const THROTTLE: ThrottleLimits =
    ThrottleLimits { free_attempts: 5, first_delay: 30, max_delay: 15 * 60, forget_after: 3600, max_keys: 50_000 };

/// What the throttle keeps of an account or an address: a hash, so the table's rows are
/// small and hold no e-mail however long the one typed.
pub fn throttle_key(kind: &str, value: &str) -> String {
    token_hash(&format!("{kind}:{value}"))[..32].to_string()
}

/// The server is hashing as many passwords as it has cores: try again shortly.
#[derive(Debug, thiserror::Error)]
#[error("every password hashing slot is busy")]
pub struct Busy;

/// Every argon2 call (logins, the decoy of unknown accounts, invitations, resets, password
/// changes) goes through this: each hash takes ~19 MiB and a core for tens of
/// milliseconds, so at most one per core runs, a request waits briefly for a slot, and when
/// none frees up it is refused (503) instead of queueing memory without bound.
pub struct HashLimiter {
    slots: tokio::sync::Semaphore,
    wait: std::time::Duration,
    hashes: std::sync::atomic::AtomicU64,
    /// argon2's working memory, one per slot once used, reused by every hash.
    memory: std::sync::Mutex<Vec<Memory>>,
}

impl HashLimiter {
    pub fn new(slots: usize, wait: std::time::Duration) -> Self {
        Self {
            slots: tokio::sync::Semaphore::new(slots.max(1)),
            wait,
            hashes: Default::default(),
            memory: Default::default(),
        }
    }

    /// One slot per core.
    pub fn per_core() -> Self {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        Self::new(cores, std::time::Duration::from_secs(2))
    }

    /// How many argon2 computations ran: what the flood tests count.
    pub fn hashes(&self) -> u64 {
        self.hashes.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Runs `work` (an argon2 computation, given a slot's working memory) on the blocking
    /// pool once a slot is free.
    async fn run<T: Send + 'static>(&self, work: impl FnOnce(&mut Memory) -> T + Send + 'static) -> Result<T, Busy> {
        let permit =
            tokio::time::timeout(self.wait, self.slots.acquire()).await.map_err(|_| Busy)?.map_err(|_| Busy)?;
        self.hashes.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let mut memory = self.memory.lock().unwrap_or_else(|e| e.into_inner()).pop().unwrap_or_default();
        let done = tokio::task::spawn_blocking(move || {
            let result = work(&mut memory);
            (result, memory)
        })
        .await;
        drop(permit);
        let (result, memory) = done.map_err(|_| Busy)?;
        self.memory.lock().unwrap_or_else(|e| e.into_inner()).push(memory);
        Ok(result)
    }

    pub async fn hash(&self, password: String) -> Result<Result<String, HashError>, Busy> {
        self.run(move |memory| hash_in(memory, &password)).await
    }

    pub async fn verify(&self, password: String, hash: Option<String>) -> Result<bool, Busy> {
        self.run(move |memory| verify_in(memory, &password, hash.as_deref())).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use argon2::PasswordHasher;

    #[test]
    fn password_rules() {
        assert_eq!(check_password("short", "a@b.it"), Err(PasswordProblem::TooShort));
        assert_eq!(check_password("password1234", "a@b.it"), Err(PasswordProblem::Common));
        assert_eq!(check_password("mario.rossi.x", "mario.rossi.x@b.it"), Err(PasswordProblem::IsEmail));
        assert_eq!(check_password(&"x".repeat(300), "a@b.it"), Err(PasswordProblem::TooLong));
        assert!(check_password("cavallo batteria graffetta", "a@b.it").is_ok());
        assert!(check_password("ПарольДлинный1", "a@b.it").is_ok());
    }

    #[test]
    fn hashes_are_argon2id_and_verify() {
        let hash = hash_password("cavallo batteria graffetta").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("cavallo batteria graffetta", Some(&hash)));
        assert!(!verify_password("cavallo batteria graffettA", Some(&hash)));
        assert!(!verify_password("anything at all", None));
    }

    #[test]
    fn throttle_waits_grow_after_free_attempts() {
        assert_eq!(THROTTLE.delay(4), 0);
        assert_eq!(THROTTLE.delay(5), 30);
        assert_eq!(THROTTLE.delay(6), 60);
        assert_eq!(THROTTLE.delay(40), 15 * 60);
        assert_eq!(throttle_key("account", &"x".repeat(10_000)).len(), 32);
        assert_ne!(throttle_key("account", "a"), throttle_key("address", "a"));
    }

    #[tokio::test]
    async fn the_limiter_refuses_when_every_slot_stays_busy() {
        let limiter = std::sync::Arc::new(HashLimiter::new(1, std::time::Duration::from_millis(50)));
        let (started, release) =
            (std::sync::Arc::new(tokio::sync::Notify::new()), std::sync::Arc::new(std::sync::Barrier::new(2)));
        let (l, s, r) = (limiter.clone(), started.clone(), release.clone());
        let busy = tokio::spawn(async move {
            l.run(move |_| {
                s.notify_one();
                r.wait();
            })
            .await
        });
        started.notified().await;
        assert!(limiter.run(|_| ()).await.is_err(), "no slot within the wait");
        release.wait();
        assert!(busy.await.unwrap().is_ok());
        assert!(limiter.run(|_| ()).await.is_ok());
        assert_eq!(limiter.hashes(), 2);
        // Hashes made with reused memory verify like any other.
        let hash = limiter.hash("cavallo batteria graffetta".into()).await.unwrap().unwrap();
        assert!(limiter.verify("cavallo batteria graffetta".into(), Some(hash.clone())).await.unwrap());
        assert!(!limiter.verify("cavallo batteria graffettA".into(), Some(hash)).await.unwrap());
        let salt = SaltString::generate(&mut OsRng);
        let other = Argon2::default().hash_password(b"x y z w v u t s", &salt).unwrap().to_string();
        assert!(limiter.verify("x y z w v u t s".into(), Some(other)).await.unwrap());
    }

    #[test]
    fn tokens_are_random_and_compared_in_full() {
        let (a, b) = (random_token(), random_token());
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        assert!(same_secret(&a, a.clone()) && !same_secret(&a, &b) && !same_secret(&a, &a[..10]));
        assert_eq!(token_hash("x").len(), 64);
    }
}
