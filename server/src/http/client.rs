//! Who a request comes from. Behind a reverse proxy (the documented way to get TLS) every
//! connection comes from the proxy, so the client's address is in `X-Forwarded-For`: but
//! anyone can send that header, so it is believed only from the proxies the operator lists
//! in `PORTINERIA_TRUSTED_PROXIES`, and so are `X-Forwarded-Proto` and `X-Forwarded-Host`
//! (they end up in QR codes and invitation links). From anyone else they are removed before
//! any handler sees the request.

use crate::config::TrustedProxies;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, HeaderMap, HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

const FORWARDED_FOR: HeaderName = HeaderName::from_static("x-forwarded-for");
const FORWARDED_PROTO: HeaderName = HeaderName::from_static("x-forwarded-proto");
const FORWARDED_HOST: HeaderName = HeaderName::from_static("x-forwarded-host");

/// The client's address for a connection from `peer`: from a trusted proxy, the
/// right-most address of `X-Forwarded-For` that is not itself a trusted proxy (the ones
/// on its left were written by the client and may be anything).
pub fn client_address(proxies: &TrustedProxies, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
    if !proxies.trusts(peer) {
        return TrustedProxies::canonical(peer);
    }
    let hops: Vec<IpAddr> = headers
        .get_all(FORWARDED_FOR)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|hop| hop.trim().parse::<IpAddr>().ok())
        .collect::<Option<Vec<_>>>()
        .unwrap_or_default();
    hops.iter()
        .rev()
        .copied()
        .map(TrustedProxies::canonical)
        .find(|hop| !proxies.trusts(*hop))
        .unwrap_or(TrustedProxies::canonical(peer))
}

/// The client of a request, as [`resolve`] found it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Client {
    pub address: IpAddr,
}

/// Finds the client of every request and removes forwarding headers nobody trusted sent;
/// from a trusted proxy, `X-Forwarded-Host` becomes the request's `Host`.
pub async fn resolve(State(proxies): State<Arc<TrustedProxies>>, mut request: Request, next: Next) -> Response {
    let peer = request.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
    if let Some(peer) = peer {
        let address = client_address(&proxies, peer, request.headers());
        let headers = request.headers_mut();
        if proxies.trusts(peer) {
            if let Some(host) = headers.get(FORWARDED_HOST).and_then(|h| h.to_str().ok()).and_then(valid_host) {
                headers.insert(header::HOST, host);
            }
        } else {
            for name in [FORWARDED_FOR, FORWARDED_PROTO, FORWARDED_HOST, header::FORWARDED] {
                headers.remove(name);
            }
        }
        request.extensions_mut().insert(Client { address });
    }
    next.run(request).await
}

/// A host name (with an optional port) fit for links, or nothing.
fn valid_host(host: &str) -> Option<HeaderValue> {
    let host = host.split(',').next().unwrap_or("").trim();
    let fits =
        !host.is_empty() && host.len() <= 253 && host.chars().all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c));
    fits.then(|| HeaderValue::from_str(host).ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(forwarded: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(FORWARDED_FOR, HeaderValue::from_str(forwarded).unwrap());
        headers
    }

    #[test]
    fn forwarded_addresses_are_believed_only_from_trusted_proxies() {
        let proxies = TrustedProxies::parse("127.0.0.1, 10.0.0.0/8").unwrap();
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        // From the proxy: the right-most untrusted hop, whatever the client wrote before it.
        assert_eq!(client_address(&proxies, ip("127.0.0.1"), &headers("6.6.6.6, 203.0.113.9")), ip("203.0.113.9"));
        assert_eq!(client_address(&proxies, ip("127.0.0.1"), &headers("203.0.113.9, 10.1.2.3")), ip("203.0.113.9"));
        // From anyone else the header means nothing.
        assert_eq!(client_address(&proxies, ip("198.51.100.7"), &headers("203.0.113.9")), ip("198.51.100.7"));
        // A broken header is not half-believed.
        assert_eq!(client_address(&proxies, ip("127.0.0.1"), &headers("203.0.113.9, nonsense")), ip("127.0.0.1"));
        assert_eq!(client_address(&proxies, ip("::ffff:127.0.0.1"), &headers("203.0.113.9")), ip("203.0.113.9"));
        assert!(TrustedProxies::parse("10.0.0.0/33").is_err() && TrustedProxies::parse("").unwrap().is_empty());
    }

    #[test]
    fn hosts_for_links_are_plain_names() {
        assert!(valid_host("portineria.example:8443").is_some());
        assert!(valid_host("evil.example/<script>").is_none());
        assert!(valid_host("").is_none());
    }
}
