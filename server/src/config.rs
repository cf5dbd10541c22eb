//! Settings from the environment, with defaults that give a working site from the
//! repository root (ARCHITECTURE.md §5).

use ipnet::IpNet;
use std::net::IpAddr;
use std::net::SocketAddr;
use std::path::PathBuf;

/// Who must log in with a second factor (`PORTINERIA_REQUIRE_MFA`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MfaPolicy {
    /// Coordinators must; editors may (the default: ASVS level 2 for the accounts that
    /// manage others).
    Coordinators,
    All,
    /// Nobody must; everybody may.
    None,
}

impl MfaPolicy {
    fn parse(value: &str) -> Option<Self> {
        match value.trim() {
            "coordinators" => Some(Self::Coordinators),
            "all" => Some(Self::All),
            "none" => Some(Self::None),
            _ => None,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Config {
    /// `LEPTOS_SITE_ADDR`, default `127.0.0.1:3000`.
    pub site_addr: SocketAddr,
    /// `PORTINERIA_DATA_DIR`, default `./data`: the SQLite file and the search index.
    pub data_dir: PathBuf,
    /// `DATABASE_URL`, default the SQLite file in the data dir.
    pub database_url: String,
    /// `PORTINERIA_CONTENT_DIR`, default `./content`.
    pub content_dir: PathBuf,
    /// `PORTINERIA_METRICS_ADDR` (unset: off): a second address, for the monitoring system
    /// only, where `GET /metrics` answers in Prometheus' format.
    pub metrics_addr: Option<std::net::SocketAddr>,
    /// `LEPTOS_SITE_ROOT`, default `target/site`: the compiled CSS, JS and wasm.
    pub site_root: PathBuf,
    /// `PORTINERIA_PUBLIC_URL` (`https://…`), the address people reach the site at: QR codes
    /// on printed slips point there. Unset, they use the address each request came to.
    pub public_url: Option<String>,
    /// `PORTINERIA_KIOSK_IDLE_SECONDS` (default 60): a kiosk untouched this long asks
    /// "still there?".
    pub kiosk_idle_seconds: u32,
    /// `PORTINERIA_KIOSK_RESET_SECONDS` (default 90): untouched this long, it forgets
    /// everything and goes back to its language screen.
    pub kiosk_reset_seconds: u32,
    /// `PORTINERIA_SEARCH_LOG_DAYS` (default 180): how many days of anonymous search counts
    /// the unmet-needs report keeps.
    pub search_log_days: u32,
    /// `PORTINERIA_SEARCH_EXACT_COUNT` (default 1000): how many results a search counts
    /// exactly; past that pages say "more than", the API `gte`, and facet counts are
    /// estimates, while the best results are still found (`search/topk.rs`).
    pub search_exact_count: u64,
    /// `PORTINERIA_AUDIT_LOG_DAYS` (default 730): how long audit lines are kept.
    pub audit_log_days: u32,
    /// `PORTINERIA_TRUSTED_PROXIES`: addresses or CIDR ranges of the reverse proxies whose
    /// `X-Forwarded-*` headers are believed (none by default).
    pub trusted_proxies: TrustedProxies,
    /// `PORTINERIA_REQUIRE_MFA` (`coordinators`, `all` or `none`; default `coordinators`).
    pub require_mfa: MfaPolicy,
    /// `PORTINERIA_SPEECH_CACHE_MB` (default 200): the most disk the read-aloud audio takes;
    /// the oldest files go first.
    pub speech_cache_bytes: u64,
    /// `PORTINERIA_SMTP_URL` with `PORTINERIA_MAIL_FROM` (unset: no e-mail is ever sent):
    /// the daily digests and the one-time links go out by e-mail too.
    pub mail: Option<MailSettings>,
    /// `PORTINERIA_DIGEST_HOUR` (default 7, Rome time): from this hour the day's digests go out.
    pub digest_hour: u32,
}

/// Where e-mail goes out, and who it is from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MailSettings {
    /// `smtps://user:pass@host:465`, `smtp://user:pass@host:587?tls=required` (lettre's URL).
    pub smtp_url: String,
    /// `Portineria <portineria@example.org>`.
    pub from: String,
}

#[derive(Debug, thiserror::Error)]
#[error("{name} is not valid: {value:?}")]
pub struct ConfigError {
    name: &'static str,
    value: String,
}

impl Config {
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_env_with(|name| std::env::var(name).ok().filter(|v| !v.trim().is_empty()))
    }

    /// The settings with each variable looked up by `get` (tests set some, leave the others
    /// at their defaults).
    pub fn from_env_with(get: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let site_addr = get("LEPTOS_SITE_ADDR").unwrap_or_else(|| "127.0.0.1:3000".into());
        let site_addr = site_addr.parse().map_err(|_| ConfigError { name: "LEPTOS_SITE_ADDR", value: site_addr })?;
        let data_dir = PathBuf::from(get("PORTINERIA_DATA_DIR").unwrap_or_else(|| "data".into()));
        let database_url =
            get("DATABASE_URL").unwrap_or_else(|| format!("sqlite://{}", data_dir.join("portineria.db").display()));
        let public_url = get("PORTINERIA_PUBLIC_URL");
        if let Some(url) = public_url.as_ref().filter(|u| !(u.starts_with("http://") || u.starts_with("https://"))) {
            return Err(ConfigError { name: "PORTINERIA_PUBLIC_URL", value: url.clone() });
        }
        let seconds = |name: &'static str, default: u32| -> Result<u32, ConfigError> {
            match get(name) {
                None => Ok(default),
                Some(v) => {
                    v.trim().parse().ok().filter(|s| (1..=86_400).contains(s)).ok_or(ConfigError { name, value: v })
                }
            }
        };
        let kiosk_idle_seconds = seconds("PORTINERIA_KIOSK_IDLE_SECONDS", 60)?;
        let kiosk_reset_seconds = seconds("PORTINERIA_KIOSK_RESET_SECONDS", 90)?;
        if kiosk_reset_seconds <= kiosk_idle_seconds {
            return Err(ConfigError { name: "PORTINERIA_KIOSK_RESET_SECONDS", value: kiosk_reset_seconds.to_string() });
        }
        let days = |name: &'static str, default: u32| -> Result<u32, ConfigError> {
            match get(name) {
                None => Ok(default),
                Some(v) => {
                    v.trim().parse().ok().filter(|d| (1..=3650).contains(d)).ok_or(ConfigError { name, value: v })
                }
            }
        };
        let search_log_days = days("PORTINERIA_SEARCH_LOG_DAYS", 180)?;
        let audit_log_days = days("PORTINERIA_AUDIT_LOG_DAYS", 730)?;
        let search_exact_count = match get("PORTINERIA_SEARCH_EXACT_COUNT") {
            None => crate::search::DEFAULT_EXACT_COUNT,
            Some(v) => v
                .trim()
                .parse()
                .ok()
                .filter(|n| (1..=10_000_000).contains(n))
                .ok_or(ConfigError { name: "PORTINERIA_SEARCH_EXACT_COUNT", value: v })?,
        };
        let trusted_proxies = TrustedProxies::parse(&get("PORTINERIA_TRUSTED_PROXIES").unwrap_or_default())
            .map_err(|value| ConfigError { name: "PORTINERIA_TRUSTED_PROXIES", value })?;
        let require_mfa = match get("PORTINERIA_REQUIRE_MFA") {
            None => MfaPolicy::Coordinators,
            Some(v) => MfaPolicy::parse(&v).ok_or(ConfigError { name: "PORTINERIA_REQUIRE_MFA", value: v })?,
        };
        let speech_cache_bytes = match get("PORTINERIA_SPEECH_CACHE_MB") {
            None => 200 << 20,
            Some(v) => v
                .trim()
                .parse::<u64>()
                .ok()
                .filter(|mb| (1..=100_000).contains(mb))
                .map(|mb| mb << 20)
                .ok_or(ConfigError { name: "PORTINERIA_SPEECH_CACHE_MB", value: v })?,
        };
        let metrics_addr = match get("PORTINERIA_METRICS_ADDR") {
            None => None,
            Some(v) => Some(v.parse().map_err(|_| ConfigError { name: "PORTINERIA_METRICS_ADDR", value: v })?),
        };
        let mail = match (get("PORTINERIA_SMTP_URL"), get("PORTINERIA_MAIL_FROM")) {
            (None, _) => None,
            (Some(_), None) => return Err(ConfigError { name: "PORTINERIA_MAIL_FROM", value: String::new() }),
            // Links in an e-mail need the site's address: no request tells it.
            (Some(_), Some(_)) if public_url.is_none() => {
                return Err(ConfigError { name: "PORTINERIA_PUBLIC_URL", value: String::new() })
            }
            (Some(smtp_url), Some(from)) => Some(MailSettings { smtp_url, from }),
        };
        let digest_hour = match get("PORTINERIA_DIGEST_HOUR") {
            None => 7,
            Some(v) => v
                .trim()
                .parse()
                .ok()
                .filter(|h| *h < 24)
                .ok_or(ConfigError { name: "PORTINERIA_DIGEST_HOUR", value: v })?,
        };
        Ok(Self {
            mail,
            digest_hour,
            speech_cache_bytes,
            metrics_addr,
            search_log_days,
            search_exact_count,
            audit_log_days,
            trusted_proxies,
            require_mfa,
            kiosk_idle_seconds,
            kiosk_reset_seconds,
            site_addr,
            public_url,
            database_url,
            content_dir: PathBuf::from(get("PORTINERIA_CONTENT_DIR").unwrap_or_else(|| "content".into())),
            site_root: PathBuf::from(get("LEPTOS_SITE_ROOT").unwrap_or_else(|| "target/site".into())),
            data_dir,
        })
    }

    pub fn index_dir(&self) -> PathBuf {
        self.data_dir.join("index")
    }
}

/// The proxies whose forwarding headers are believed: addresses or CIDR ranges.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    /// Reads a list separated by commas or spaces (`127.0.0.1, 10.0.0.0/8, ::1`).
    pub fn parse(list: &str) -> Result<Self, String> {
        list.split([',', ' '])
            .map(str::trim)
            .filter(|item| !item.is_empty())
            .map(|item| {
                item.parse::<IpNet>().or_else(|_| item.parse::<IpAddr>().map(IpNet::from)).map_err(|_| item.to_string())
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Self)
    }

    pub fn trusts(&self, address: IpAddr) -> bool {
        let address = Self::canonical(address);
        self.0.iter().any(|net| net.contains(&address))
    }

    /// No proxy is trusted.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// An IPv4 address reached over IPv6 (`::ffff:1.2.3.4`) is that IPv4 address.
    pub fn canonical(address: IpAddr) -> IpAddr {
        match address {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(address, IpAddr::V4),
            v4 => v4,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_overrides() {
        let c = Config::from_env_with(|_| None).unwrap();
        assert_eq!(c.site_addr.to_string(), "127.0.0.1:3000");
        assert_eq!(c.database_url, "sqlite://data/portineria.db");
        let c = Config::from_env_with(|n| (n == "PORTINERIA_DATA_DIR").then(|| "/tmp/x".into())).unwrap();
        assert_eq!(c.database_url, "sqlite:///tmp/x/portineria.db");
        assert!(Config::from_env_with(|n| (n == "LEPTOS_SITE_ADDR").then(|| "nope".into())).is_err());
        assert!(Config::from_env_with(|n| (n == "PORTINERIA_PUBLIC_URL").then(|| "portineria.it".into())).is_err());
        let c =
            Config::from_env_with(|n| (n == "PORTINERIA_PUBLIC_URL").then(|| "https://portineria.it".into())).unwrap();
        assert_eq!(c.public_url.as_deref(), Some("https://portineria.it"));
        assert_eq!((c.kiosk_idle_seconds, c.kiosk_reset_seconds), (60, 90));
        let kiosk = |idle: &str, reset: &str| {
            let (idle, reset) = (idle.to_string(), reset.to_string());
            Config::from_env_with(move |n| match n {
                "PORTINERIA_KIOSK_IDLE_SECONDS" => Some(idle.clone()),
                "PORTINERIA_KIOSK_RESET_SECONDS" => Some(reset.clone()),
                _ => None,
            })
        };
        assert_eq!(kiosk("2", "4").map(|c| (c.kiosk_idle_seconds, c.kiosk_reset_seconds)).ok(), Some((2, 4)));
        assert!(kiosk("5", "5").is_err() && kiosk("0", "4").is_err() && kiosk("x", "4").is_err());
        let one =
            |name: &'static str, value: &'static str| Config::from_env_with(move |n| (n == name).then(|| value.into()));
        assert_eq!(c.require_mfa, MfaPolicy::Coordinators);
        assert_eq!(one("PORTINERIA_REQUIRE_MFA", "all").unwrap().require_mfa, MfaPolicy::All);
        assert!(one("PORTINERIA_REQUIRE_MFA", "sometimes").is_err());
        assert!(one("PORTINERIA_TRUSTED_PROXIES", "127.0.0.1, 10.0.0.0/8").is_ok());
        assert!(one("PORTINERIA_TRUSTED_PROXIES", "localhost").is_err());
    }

    /// E-mail needs a sender and the site's address (for the links); without the SMTP URL
    /// there is none.
    #[test]
    fn mail_settings_come_whole_or_not_at_all() {
        let with = |names: Vec<(&'static str, &'static str)>| {
            Config::from_env_with(move |n| names.iter().find(|(k, _)| *k == n).map(|(_, v)| v.to_string()))
        };
        assert_eq!(with(vec![]).unwrap().mail, None);
        assert_eq!(with(vec![("PORTINERIA_MAIL_FROM", "a@b.it")]).unwrap().mail, None);
        let url = ("PORTINERIA_SMTP_URL", "smtp://127.0.0.1:2525");
        assert!(with(vec![url]).is_err(), "no sender");
        assert!(with(vec![url, ("PORTINERIA_MAIL_FROM", "a@b.it")]).is_err(), "no public address");
        let whole =
            with(vec![url, ("PORTINERIA_MAIL_FROM", "a@b.it"), ("PORTINERIA_PUBLIC_URL", "https://p.it")]).unwrap();
        assert_eq!(whole.mail.map(|m| m.smtp_url), Some(url.1.to_string()));
        assert_eq!(whole.digest_hour, 7);
        assert!(with(vec![("PORTINERIA_DIGEST_HOUR", "24")]).is_err());
    }
}
