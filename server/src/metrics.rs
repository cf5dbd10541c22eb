//! Operations figures in Prometheus' text format (`GET /metrics`), served only on the
//! separate address `PORTINERIA_METRICS_ADDR` (off when unset), so the public site never
//! shows them: requests and server errors by route group, search latency, how far the
//! search index is behind the change log, index updates and rebuilds, throttled logins, and
//! the database pool. Counters are plain atomics: nothing here needs a library.

use std::fmt::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// The parts of the site a request belongs to, by its path's first segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RouteGroup {
    Pages,
    Api,
    Admin,
    Assets,
    Health,
}

impl RouteGroup {
    const ALL: [RouteGroup; 5] = [Self::Pages, Self::Api, Self::Admin, Self::Assets, Self::Health];

    pub fn of(path: &str) -> Self {
        let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
        match first {
            "api" | "_sf" => Self::Api,
            "admin" => Self::Admin,
            "pkg" | "assets" | "favicon.svg" | "robots.txt" => Self::Assets,
            "healthz" => Self::Health,
            _ => Self::Pages,
        }
    }

    fn label(self) -> &'static str {
        match self {
            Self::Pages => "pages",
            Self::Api => "api",
            Self::Admin => "admin",
            Self::Assets => "assets",
            Self::Health => "health",
        }
    }
}

/// A latency histogram with fixed buckets (seconds), Prometheus-style cumulative on output.
#[derive(Debug, Default)]
pub struct Histogram {
    /// Observations per bucket of [`Histogram::BOUNDS`], the last one beyond them.
    buckets: [AtomicU64; 9],
    count: AtomicU64,
    sum_micros: AtomicU64,
}

impl Histogram {
    const BOUNDS: [f64; 8] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25];

    pub fn observe(&self, took: Duration) {
        let seconds = took.as_secs_f64();
        let bucket = Self::BOUNDS.iter().position(|bound| seconds <= *bound).unwrap_or(Self::BOUNDS.len());
        self.buckets[bucket].fetch_add(1, Ordering::Relaxed);
        self.count.fetch_add(1, Ordering::Relaxed);
        self.sum_micros.fetch_add(took.as_micros() as u64, Ordering::Relaxed);
    }

    fn write(&self, out: &mut String, name: &str, help: &str) {
        let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} histogram");
        let mut cumulative = 0;
        for (bound, bucket) in Self::BOUNDS.iter().zip(&self.buckets) {
            cumulative += bucket.load(Ordering::Relaxed);
            let _ = writeln!(out, "{name}_bucket{{le=\"{bound}\"}} {cumulative}");
        }
        let count = self.count.load(Ordering::Relaxed);
        let _ = writeln!(out, "{name}_bucket{{le=\"+Inf\"}} {count}");
        let _ = writeln!(out, "{name}_sum {}", self.sum_micros.load(Ordering::Relaxed) as f64 / 1e6);
        let _ = writeln!(out, "{name}_count {count}");
    }
}

/// What the server counts as it runs (the rest is read when `/metrics` is asked).
#[derive(Debug, Default)]
pub struct Metrics {
    requests: [AtomicU64; 5],
    server_errors: [AtomicU64; 5],
    throttled_logins: AtomicU64,
}

/// The readings taken when `/metrics` is asked.
pub struct Readings {
    /// The database's data version and the one the index was built from.
    pub data_version: i64,
    pub index_version: i64,
    pub incremental_updates: u64,
    pub full_rebuilds: u64,
    pub pool: crate::db::PoolUse,
    /// Searches left out of the unmet-needs report's counts during floods.
    pub searches_not_counted: u64,
}

impl Metrics {
    pub fn count_request(&self, group: RouteGroup, status: u16) {
        let slot = group as usize;
        self.requests[slot].fetch_add(1, Ordering::Relaxed);
        if status >= 500 {
            self.server_errors[slot].fetch_add(1, Ordering::Relaxed);
        }
    }

    pub fn count_throttled_login(&self) {
        self.throttled_logins.fetch_add(1, Ordering::Relaxed);
    }

    /// Everything in Prometheus' text exposition format (version 0.0.4).
    pub fn render(&self, readings: &Readings, search: &Histogram) -> String {
        let mut out = String::new();
        let by_group = |out: &mut String, name: &str, help: &str, counts: &[AtomicU64; 5]| {
            let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} counter");
            for group in RouteGroup::ALL {
                let _ = writeln!(
                    out,
                    "{name}{{group=\"{}\"}} {}",
                    group.label(),
                    counts[group as usize].load(Ordering::Relaxed)
                );
            }
        };
        by_group(&mut out, "portineria_http_requests_total", "Requests answered, by route group.", &self.requests);
        by_group(
            &mut out,
            "portineria_http_server_errors_total",
            "Responses with a 5xx status, by route group.",
            &self.server_errors,
        );
        search.write(&mut out, "portineria_search_seconds", "Time one search of the index took.");
        let simple = [
            (
                "portineria_index_lag_versions",
                "gauge",
                "Data versions the search index is behind the database's change log.",
                (readings.data_version - readings.index_version).max(0) as u64,
            ),
            (
                "portineria_index_incremental_updates_total",
                "counter",
                "Changes applied to this instance's index from the change log.",
                readings.incremental_updates,
            ),
            (
                "portineria_index_rebuilds_total",
                "counter",
                "Full rebuilds of this instance's index.",
                readings.full_rebuilds,
            ),
            (
                "portineria_searches_not_counted_total",
                "counter",
                "Searches left out of the unmet-needs report because they came faster than they could be counted.",
                readings.searches_not_counted,
            ),
            (
                "portineria_login_throttled_total",
                "counter",
                "Login attempts refused by the throttle.",
                self.throttled_logins.load(Ordering::Relaxed),
            ),
            (
                "portineria_db_pool_connections",
                "gauge",
                "Connections this instance holds to the database.",
                u64::from(readings.pool.open),
            ),
            (
                "portineria_db_pool_idle_connections",
                "gauge",
                "Of those, connections not in use.",
                readings.pool.idle as u64,
            ),
            (
                "portineria_db_pool_max_connections",
                "gauge",
                "The most connections the pool opens.",
                u64::from(readings.pool.max),
            ),
        ];
        for (name, kind, help, value) in simple {
            let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} {kind}\n{name} {value}");
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_fall_in_their_groups() {
        assert_eq!(RouteGroup::of("/it/search"), RouteGroup::Pages);
        assert_eq!(RouteGroup::of("/api/v1/search"), RouteGroup::Api);
        assert_eq!(RouteGroup::of("/admin/orgs/x"), RouteGroup::Admin);
        assert_eq!(RouteGroup::of("/pkg/portineria.wasm"), RouteGroup::Assets);
        assert_eq!(RouteGroup::of("/healthz"), RouteGroup::Health);
        assert_eq!(RouteGroup::of("/"), RouteGroup::Pages);
    }

    #[test]
    fn the_histogram_is_cumulative() {
        let histogram = Histogram::default();
        for ms in [1, 3, 3, 40, 900] {
            histogram.observe(Duration::from_millis(ms));
        }
        let mut out = String::new();
        histogram.write(&mut out, "x", "help");
        assert!(out.contains("x_bucket{le=\"0.001\"} 1\n"), "{out}");
        assert!(out.contains("x_bucket{le=\"0.005\"} 3\n"), "{out}");
        assert!(out.contains("x_bucket{le=\"0.05\"} 4\n"), "{out}");
        assert!(out.contains("x_bucket{le=\"+Inf\"} 5\nx_sum 0.947\nx_count 5\n"), "{out}");
    }
}
