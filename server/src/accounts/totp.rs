//! Two-step login: time-based one-time passwords (TOTP, RFC 6238) and one-time recovery codes.
//!
//! The parameters are the ones every authenticator app assumes when a QR code names none: HMAC-SHA-1,
//! 6 digits, 30-second steps. Pure functions of their arguments (apart from the randomness of new
//! secrets and codes): the caller supplies the time and stores the last used step, so this module
//! knows nothing of HTTP or the database.

use data_encoding::BASE32_NOPAD;
use hmac::{Hmac, Mac};
use sha1::Sha1;
use sha2::{Digest, Sha256};

/// Seconds per time step (RFC 6238 default).
pub const STEP_SECONDS: i64 = 30;
/// Digits of a code; apps assume 6 when the enrolment URI says nothing else.
const DIGITS: usize = 6;
/// Steps accepted either side of the current one: a phone clock a little off, or a code typed as it changed.
const DRIFT_STEPS: i64 = 1;
/// 160 bits, the HMAC-SHA-1 output size that RFC 4226 recommends for the shared secret.
const SECRET_BYTES: usize = 20;

/// How many recovery codes an enrolment gives.
pub const RECOVERY_CODES: usize = 10;
/// Characters of a recovery code, without its dash.
const RECOVERY_CODE_CHARS: usize = 10;
/// Lowercase letters and digits without the look-alikes 0/o, 1/i/l: 31 symbols, so a code carries
/// 10 × log2(31) ≈ 50 bits.
const RECOVERY_ALPHABET: &[u8] = b"23456789abcdefghjkmnpqrstuvwxyz";

/// A new random 160-bit secret, base32 without padding (what authenticator apps take).
pub fn new_secret() -> String {
    let mut bytes = [0u8; SECRET_BYTES];
    getrandom::getrandom(&mut bytes).expect("the operating system provides randomness");
    BASE32_NOPAD.encode(&bytes)
}

/// The 6-digit code of `secret` (base32) at time step `step`; None if the secret is not valid base32
/// (or is empty), or if the step is before 1970, which has no counter.
pub fn code_at(secret: &str, step: i64) -> Option<String> {
    Some(hotp(&secret_key(secret)?, u64::try_from(step).ok()?))
}

/// The time step of a Unix time.
pub fn step_of(unix_seconds: i64) -> i64 {
    unix_seconds.div_euclid(STEP_SECONDS)
}

/// Checks `code` (spaces and dashes ignored; must be 6 ASCII digits) against the steps now-1, now, now+1 (±1 step),
/// refusing any step <= `last_used_step` (no replay). Returns the matched step, to store as the new last_used_step.
/// Compares codes in constant time, and always computes all three, so the time taken does not tell which step or
/// how many digits matched.
pub fn verify(secret: &str, code: &str, unix_seconds: i64, last_used_step: Option<i64>) -> Option<i64> {
    let typed = normalise(code);
    if typed.len() != DIGITS || !typed.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let key = secret_key(secret)?;
    let now = step_of(unix_seconds);
    let mut matched = None;
    for step in now.saturating_sub(DRIFT_STEPS)..=now.saturating_add(DRIFT_STEPS) {
        let Ok(counter) = u64::try_from(step) else { continue };
        let fresh = last_used_step.is_none_or(|last| step > last);
        if crate::accounts::same_secret(hotp(&key, counter), &typed) && fresh {
            matched = Some(step);
        }
    }
    matched
}

/// The otpauth:// URI for enrolment QR codes:
/// `otpauth://totp/{issuer}:{account}?secret=..&issuer=..&algorithm=SHA1&digits=6&period=30`, issuer and account
/// percent-encoded (RFC 3986 unreserved characters stay). The issuer appears twice because older apps read it only
/// from the label and newer ones prefer the parameter.
pub fn otpauth_uri(issuer: &str, account: &str, secret: &str) -> String {
    let issuer = percent_encode(issuer);
    format!(
        "otpauth://totp/{issuer}:{}?secret={}&issuer={issuer}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECONDS}",
        percent_encode(account),
        percent_encode(secret),
    )
}

/// Ten new recovery codes, each 10 characters from an alphabet without look-alikes (no 0/O/1/I/L), shown as
/// "xxxxx-xxxxx" lowercase. Distinct, so that their hashes can be a unique key.
pub fn new_recovery_codes() -> Vec<String> {
    let mut codes = Vec::with_capacity(RECOVERY_CODES);
    while codes.len() < RECOVERY_CODES {
        let code = new_recovery_code();
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    codes
}

/// What is stored of a recovery code: SHA-256 hex of its normalised form (lowercase, spaces/dashes removed).
/// A fast hash suffices, unlike for passwords: each code carries ~50 random bits (not a human choice open to
/// dictionary guessing), is single use and is typed only behind the password and the login throttle.
pub fn recovery_code_hash(code: &str) -> String {
    hex::encode(Sha256::digest(normalise(code).as_bytes()))
}

/// Whether the text typed at the second step looks like a recovery code rather than a 6-digit code: 10 letters or
/// digits once spaces and dashes are dropped. A mistyped code of either kind is then simply refused by its check.
pub fn looks_like_recovery_code(text: &str) -> bool {
    let text = normalise(text);
    text.len() == RECOVERY_CODE_CHARS && text.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// The key bytes of a base32 secret; None if it is not base32 or decodes to nothing (an empty HMAC key would
/// make codes anyone can compute).
fn secret_key(secret: &str) -> Option<Vec<u8>> {
    BASE32_NOPAD.decode(secret.as_bytes()).ok().filter(|key| !key.is_empty())
}

/// HOTP (RFC 4226): HMAC-SHA-1 of the big-endian counter, dynamically truncated to 31 bits, last 6 decimal digits.
fn hotp(key: &[u8], counter: u64) -> String {
    let mut mac = Hmac::<Sha1>::new_from_slice(key).expect("HMAC takes keys of any length");
    mac.update(&counter.to_be_bytes());
    let digest = mac.finalize().into_bytes();
    let offset = usize::from(digest[digest.len() - 1] & 0x0f);
    let truncated = u32::from_be_bytes([digest[offset], digest[offset + 1], digest[offset + 2], digest[offset + 3]]);
    format!("{:0width$}", (truncated & 0x7fff_ffff) % 10u32.pow(DIGITS as u32), width = DIGITS)
}

/// Lowercase, without whitespace and dashes: people type codes copied in groups, from paper or a phone.
fn normalise(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace() && *c != '-').flat_map(char::to_lowercase).collect()
}

/// One recovery code, "xxxxx-xxxxx". Bytes at or above the largest multiple of the alphabet size are drawn again,
/// so every symbol is equally likely.
fn new_recovery_code() -> String {
    let limit = u8::try_from(256 / RECOVERY_ALPHABET.len() * RECOVERY_ALPHABET.len()).expect("alphabet of 2..=256");
    let mut chars = Vec::with_capacity(RECOVERY_CODE_CHARS + 1);
    while chars.len() < RECOVERY_CODE_CHARS {
        let mut byte = [0u8; 1];
        getrandom::getrandom(&mut byte).expect("the operating system provides randomness");
        if byte[0] < limit {
            chars.push(RECOVERY_ALPHABET[usize::from(byte[0]) % RECOVERY_ALPHABET.len()]);
        }
    }
    chars.insert(RECOVERY_CODE_CHARS / 2, b'-');
    String::from_utf8(chars).expect("the alphabet is ASCII")
}

/// Percent-encodes every byte of the UTF-8 text except RFC 3986 unreserved characters (letters, digits, - . _ ~).
/// Spaces become %20, not +, which some authenticator apps would show literally.
fn percent_encode(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

#[cfg(test)]
mod tests {
    use super::*;

    /// ASCII "12345678901234567890", the SHA-1 key of RFC 6238 appendix B.
    const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    /// A Unix time of the RFC vectors, and its code.
    const NOW: i64 = 1_111_111_111;
    const NOW_CODE: &str = "050471";

    #[test]
    fn rfc_6238_sha1_vectors() {
        let vectors = [
            (59, "94287082"),
            (1_111_111_109, "07081804"),
            (1_111_111_111, "14050471"),
            (1_234_567_890, "89005924"),
            (2_000_000_000, "69279037"),
            (20_000_000_000, "65353130"),
        ];
        for (time, eight_digits) in vectors {
            assert_eq!(code_at(RFC_SECRET, step_of(time)).as_deref(), Some(&eight_digits[2..]), "time {time}");
        }
    }

    #[test]
    fn steps_are_30_seconds() {
        assert_eq!(step_of(0), 0);
        assert_eq!(step_of(29), 0);
        assert_eq!(step_of(30), 1);
        assert_eq!(step_of(59), 1);
        assert_eq!(step_of(-1), -1);
    }

    #[test]
    fn accepts_one_step_either_side() {
        let now = step_of(NOW);
        for step in [now - 1, now, now + 1] {
            let code = code_at(RFC_SECRET, step).unwrap();
            assert_eq!(verify(RFC_SECRET, &code, NOW, None), Some(step), "step {step}");
        }
    }

    #[test]
    fn refuses_two_steps_either_side() {
        let now = step_of(NOW);
        for step in [now - 2, now + 2] {
            let code = code_at(RFC_SECRET, step).unwrap();
            assert_eq!(verify(RFC_SECRET, &code, NOW, None), None, "step {step}");
        }
    }

    #[test]
    fn refuses_replay_and_older_steps() {
        let now = step_of(NOW);
        assert_eq!(verify(RFC_SECRET, NOW_CODE, NOW, Some(now - 2)), Some(now));
        assert_eq!(verify(RFC_SECRET, NOW_CODE, NOW, Some(now - 1)), Some(now));
        assert_eq!(verify(RFC_SECRET, NOW_CODE, NOW, Some(now)), None);
        assert_eq!(verify(RFC_SECRET, NOW_CODE, NOW + STEP_SECONDS, Some(now)), None);
        let previous = code_at(RFC_SECRET, now - 1).unwrap();
        assert_eq!(verify(RFC_SECRET, &previous, NOW, Some(now - 1)), None);
    }

    #[test]
    fn ignores_spaces_and_dashes() {
        let now = step_of(NOW);
        assert_eq!(verify(RFC_SECRET, " 050 471 ", NOW, None), Some(now));
        assert_eq!(verify(RFC_SECRET, "050-471", NOW, None), Some(now));
    }

    #[test]
    fn refuses_invalid_input() {
        for code in ["", "05047", "0504710", "05047a", "O50471", "０５０４７１", "050471\0", "+50471"] {
            assert_eq!(verify(RFC_SECRET, code, NOW, None), None, "code {code:?}");
        }
        assert_eq!(verify(RFC_SECRET, "123456", NOW, None), None);
        for secret in ["", "not base32!", "gezdgnbvgy3tqojqgezdgnbvgy3tqojq", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ===="] {
            assert_eq!(code_at(secret, 0), None, "secret {secret:?}");
            assert_eq!(verify(secret, NOW_CODE, NOW, None), None, "secret {secret:?}");
        }
        assert_eq!(code_at(RFC_SECRET, -1), None);
    }

    #[test]
    fn new_secrets_are_random_160_bits() {
        let secret = new_secret();
        assert_eq!(secret.len(), 32);
        assert_eq!(BASE32_NOPAD.decode(secret.as_bytes()).unwrap().len(), SECRET_BYTES);
        assert_ne!(secret, new_secret());
        let code = code_at(&secret, step_of(NOW)).unwrap();
        assert_eq!(verify(&secret, &code, NOW, None), Some(step_of(NOW)));
    }

    #[test]
    fn otpauth_uri_encodes_issuer_and_account() {
        assert_eq!(
            otpauth_uri("Rete è Milano", "anna.rossi+admin@example.org", RFC_SECRET),
            "otpauth://totp/Rete%20%C3%A8%20Milano:anna.rossi%2Badmin%40example.org\
             ?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Rete%20%C3%A8%20Milano\
             &algorithm=SHA1&digits=6&period=30"
        );
        assert_eq!(percent_encode("a-b.c_d~e:f/g?h&i=j#k"), "a-b.c_d~e%3Af%2Fg%3Fh%26i%3Dj%23k");
    }

    #[test]
    fn recovery_codes_are_distinct_and_well_formed() {
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), RECOVERY_CODES);
        for (i, code) in codes.iter().enumerate() {
            assert!(!codes[..i].contains(code), "{code} repeated");
            assert_eq!(code.len(), 11, "{code}");
            assert_eq!(code.as_bytes()[5], b'-', "{code}");
            let chars = code.bytes().filter(|&b| b != b'-');
            assert!(chars.clone().count() == 10 && chars.clone().all(|b| RECOVERY_ALPHABET.contains(&b)), "{code}");
            assert!(!code.bytes().any(|b| b"0o1il".contains(&b)), "{code}");
            assert!(looks_like_recovery_code(code), "{code}");
        }
        assert_ne!(codes, new_recovery_codes());
    }

    #[test]
    fn recovery_code_hash_normalises() {
        assert_eq!(recovery_code_hash("A-B c"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        let hash = recovery_code_hash("abcde-fghjk");
        assert_eq!(recovery_code_hash("ABCDE FGHJK"), hash);
        assert_eq!(recovery_code_hash(" abcdefghjk\t"), hash);
        assert_ne!(recovery_code_hash("abcde-fghjm"), hash);
    }

    #[test]
    fn tells_recovery_codes_from_six_digit_codes() {
        for text in ["abcde-fghjk", "ABCDE FGHJK", "2345678923"] {
            assert!(looks_like_recovery_code(text), "{text:?}");
        }
        for text in ["050471", "050 471", "", "abcde-fghj", "abcde-fghjk2", "abcde_fghjk", "àbcde-fghjk"] {
            assert!(!looks_like_recovery_code(text), "{text:?}");
        }
    }
}
