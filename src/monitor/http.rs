//! The monitor's HTTP endpoint: `/metrics` for Prometheus, `/healthz` for load balancers and
//! orchestrators, `/report` for people and scripts.

use std::net::SocketAddr;
use std::sync::{Arc, RwLock};

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use super::metrics::Metrics;

/// What the endpoint serves, shared with the probe loop.
#[derive(Default)]
pub struct Shared {
    pub metrics: Metrics,
    last: RwLock<Option<Last>>,
}

/// The last probe's report, serialised once when it arrives.
struct Last {
    json: String,
    healthy: bool,
}

impl Shared {
    pub fn set_last(&self, json: String, healthy: bool) {
        *self.last.write().unwrap_or_else(|p| p.into_inner()) = Some(Last { json, healthy });
    }

    fn last(&self) -> Option<(String, bool)> {
        self.last.read().unwrap_or_else(|p| p.into_inner()).as_ref().map(|last| (last.json.clone(), last.healthy))
    }
}

/// Binds `address` now (so a port in use is reported before any probe) and serves in the
/// background; returns the address actually bound (port 0 picks a free one).
pub async fn serve(address: SocketAddr, shared: Arc<Shared>) -> std::io::Result<SocketAddr> {
    let listener = tokio::net::TcpListener::bind(address).await?;
    let bound = listener.local_addr()?;
    let router = Router::new()
        .route("/metrics", get(metrics))
        .route("/healthz", get(healthz))
        .route("/report", get(report))
        .with_state(shared);
    tokio::spawn(async move {
        let _ = axum::serve(listener, router).await;
    });
    Ok(bound)
}

async fn metrics(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    let accept = headers.get(header::ACCEPT).and_then(|value| value.to_str().ok());
    let (text, content_type) = shared.metrics.negotiate(accept);
    ([(header::CONTENT_TYPE, content_type)], text).into_response()
}

const NO_PROBE_YET: &str = "{\"status\":\"starting\",\"message\":\"no probe has finished yet\"}\n";

fn json(status: StatusCode, body: String) -> Response {
    (status, [(header::CONTENT_TYPE, "application/json")], body).into_response()
}

/// 200 while the last probe was healthy, else 503; the last report either way.
async fn healthz(State(shared): State<Arc<Shared>>) -> Response {
    match shared.last() {
        Some((report, true)) => json(StatusCode::OK, report),
        Some((report, false)) => json(StatusCode::SERVICE_UNAVAILABLE, report),
        None => json(StatusCode::SERVICE_UNAVAILABLE, NO_PROBE_YET.to_string()),
    }
}

async fn report(State(shared): State<Arc<Shared>>) -> Response {
    match shared.last() {
        Some((report, _)) => json(StatusCode::OK, report),
        None => json(StatusCode::SERVICE_UNAVAILABLE, NO_PROBE_YET.to_string()),
    }
}
