//! Admin accounts: the password rules, argon2id hashing, random tokens and the login
//! throttle. Knows nothing of HTTP; the admin handlers call it.

use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use std::collections::{HashMap, HashSet};
use std::sync::{LazyLock, Mutex};
use std::time::{Duration, Instant};

/// The shortest password accepted (ASVS 6.2.1); no composition rules (6.2.5).
pub const MIN_PASSWORD_CHARS: usize = 12;
/// Long passphrases are welcome (6.2.9); this bound only keeps hashing cheap.
pub const MAX_PASSWORD_CHARS: usize = 256;

/// Common and breached passwords of 12 or more characters (see `server/data/README.md`).
static COMMON: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../data/common-passwords.txt").lines().filter(|l| !l.starts_with('#') && !l.is_empty()).collect()
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

/// An argon2id hash (PHC string, OWASP's default cost) of `password`.
pub fn hash_password(password: &str) -> Result<String, HashError> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| HashError(e.to_string()))
}

/// A hash of a password nobody has, checked when the account does not exist so that an
/// unknown e-mail takes as long to refuse as a wrong password.
static DECOY: LazyLock<String> = LazyLock::new(|| hash_password("decoy password never used").unwrap_or_default());

/// Whether `password` matches `hash`; with no hash (unknown account, or no password yet),
/// checks a decoy and says no.
pub fn verify_password(password: &str, hash: Option<&str>) -> bool {
    let stored = hash.unwrap_or(DECOY.as_str());
    let matches = PasswordHash::new(stored)
        .map(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
        .unwrap_or(false);
    matches && hash.is_some()
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
pub fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Failures allowed before logins are slowed down.
pub const FREE_FAILURES: u32 = 5;
const FIRST_DELAY: Duration = Duration::from_secs(30);
const MAX_DELAY: Duration = Duration::from_secs(15 * 60);
/// Failures older than this are forgotten.
const FORGET_AFTER: Duration = Duration::from_secs(60 * 60);

/// Failed logins per account and per address (ASVS 6.3.5): after [`FREE_FAILURES`], each
/// further attempt must wait 30 s, doubling with every failure up to 15 minutes. In memory:
/// a restart forgives, which a single-instance site accepts.
#[derive(Default)]
pub struct LoginThrottle {
    failures: Mutex<HashMap<String, (u32, Instant)>>,
}

impl LoginThrottle {
    fn delay(count: u32) -> Duration {
        if count < FREE_FAILURES {
            return Duration::ZERO;
        }
        FIRST_DELAY.saturating_mul(1 << (count - FREE_FAILURES).min(10)).min(MAX_DELAY)
    }

    /// How long the caller must still wait before trying these keys (account, address).
    pub fn wait(&self, keys: &[&str]) -> Option<Duration> {
        let failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        keys.iter()
            .filter_map(|key| failures.get(*key))
            .filter_map(|(count, last)| Self::delay(*count).checked_sub(last.elapsed()))
            .filter(|d| !d.is_zero())
            .max()
    }

    pub fn fail(&self, keys: &[&str]) {
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        failures.retain(|_, (_, last)| last.elapsed() < FORGET_AFTER);
        for key in keys {
            let entry = failures.entry(key.to_string()).or_insert((0, Instant::now()));
            *entry = (entry.0 + 1, Instant::now());
        }
    }

    /// A successful login clears its account (not its address).
    pub fn succeed(&self, account: &str) {
        self.failures.lock().unwrap_or_else(|e| e.into_inner()).remove(account);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn throttle_grows_after_free_failures() {
        let throttle = LoginThrottle::default();
        for _ in 0..FREE_FAILURES - 1 {
            throttle.fail(&["a"]);
        }
        assert_eq!(throttle.wait(&["a"]), None);
        throttle.fail(&["a"]);
        assert!(throttle.wait(&["a", "b"]).is_some_and(|d| d > Duration::from_secs(25)));
        assert_eq!(LoginThrottle::delay(6), Duration::from_secs(60));
        assert_eq!(LoginThrottle::delay(40), MAX_DELAY);
        throttle.succeed("a");
        assert_eq!(throttle.wait(&["a"]), None);
    }

    #[test]
    fn tokens_are_random_and_compared_in_full() {
        let (a, b) = (random_token(), random_token());
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        assert!(same_secret(&a, &a.clone()) && !same_secret(&a, &b) && !same_secret(&a, &a[..10]));
        assert_eq!(token_hash("x").len(), 64);
    }
}
