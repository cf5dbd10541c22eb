//! What operators see: `/metrics` in Prometheus' format on its own address only, counting
//! requests and server errors by route group, searches, index updates and throttled logins.

use crate::durability::{command, spawned};
use portineria_tests::admin::Agent;
use portineria_tests::{fresh_database_url, http};

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("port").port()
}

/// The value of the line `name` of a metrics text.
fn value(metrics: &str, name: &str) -> f64 {
    let line = metrics.lines().find(|l| l.starts_with(name) && l[name.len()..].starts_with(' '));
    line.and_then(|l| l.rsplit(' ').next())
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("{name} in {metrics}"))
}

#[tokio::test]
async fn metrics_count_requests_searches_and_throttled_logins_on_their_own_address() {
    let data = tempfile::tempdir().expect("data dir");
    let database = fresh_database_url(data.path()).await;
    let (port, metrics_port) = (free_port(), free_port());
    let mut server = command(data.path(), &database, port);
    server.env("PORTINERIA_METRICS_ADDR", format!("127.0.0.1:{metrics_port}"));
    let mut server = spawned(server, port).await;
    let base = format!("http://127.0.0.1:{port}");
    for path in ["/it/search?q=casa", "/api/v1/search?lang=it&q=lavoro", "/api/v1/search?lang=it&q=scuola"] {
        assert_eq!(http().get(format!("{base}{path}")).send().await.expect("answer").status().as_u16(), 200);
    }
    for _ in 0..7 {
        Agent::new(&base).login("nessuno@rete.example", "non è la password giusta").await;
    }
    let public = reqwest::get(format!("{base}/metrics")).await.expect("answer");
    assert_eq!(public.status().as_u16(), 404, "the public address has no /metrics (after the language redirect)");
    assert!(!public.text().await.expect("body").contains("portineria_http_requests_total"));

    let metrics = http().get(format!("http://127.0.0.1:{metrics_port}/metrics")).send().await.expect("metrics");
    assert_eq!(metrics.status().as_u16(), 200);
    assert!(metrics.headers()["content-type"].to_str().unwrap_or("").starts_with("text/plain; version=0.0.4"));
    let metrics = metrics.text().await.expect("body");
    assert!(value(&metrics, "portineria_http_requests_total{group=\"api\"}") >= 2.0, "{metrics}");
    assert!(value(&metrics, "portineria_http_requests_total{group=\"admin\"}") >= 14.0, "{metrics}");
    assert!(value(&metrics, "portineria_http_requests_total{group=\"health\"}") >= 1.0, "{metrics}");
    assert_eq!(value(&metrics, "portineria_http_server_errors_total{group=\"pages\"}"), 0.0);
    assert!(value(&metrics, "portineria_search_seconds_count") >= 3.0, "{metrics}");
    assert!(value(&metrics, "portineria_search_seconds_bucket{le=\"+Inf\"}") >= 3.0, "{metrics}");
    assert!(value(&metrics, "portineria_login_throttled_total") >= 1.0, "the wrong logins beyond five: {metrics}");
    assert_eq!(value(&metrics, "portineria_searches_not_counted_total"), 0.0, "a few searches are all counted");
    assert_eq!(value(&metrics, "portineria_index_lag_versions"), 0.0, "{metrics}");
    assert!(value(&metrics, "portineria_index_rebuilds_total") >= 1.0, "the start-up build: {metrics}");
    assert!(value(&metrics, "portineria_db_pool_max_connections") >= 1.0, "{metrics}");
    server.kill().expect("stop");
    let _ = server.wait();
}
