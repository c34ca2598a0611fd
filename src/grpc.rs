//! Reaching the lease service: channel set-up (plaintext or TLS) with a connect deadline,
//! and the TerminateLease call with probe metadata and a call deadline.

use std::time::Duration;

use tonic::metadata::MetadataValue;
use tonic::transport::{Certificate, Channel, ClientTlsConfig, Endpoint, Identity};

use crate::config::GrpcConfig;
use crate::proto::lease_service_client::LeaseServiceClient;
use crate::proto::{TerminateLeaseRequest, TerminateLeaseResponse};

/// Metadata key carrying the probe's id, so the service's logs can be searched for it.
pub const PROBE_ID_HEADER: &str = "x-rentflow-probe-id";
/// W3C trace context header.
pub const TRACEPARENT_HEADER: &str = "traceparent";

/// Why the service could not be reached or set up.
#[derive(Debug, Clone, thiserror::Error)]
pub enum GrpcFailure {
    #[error("cannot reach the lease service at {url} within {}: {reason}", crate::units::duration(*timeout))]
    Unreachable { url: String, timeout: Duration, reason: String },
    #[error("TLS handshake with {url} failed: {reason}{}", tls_hint(reason))]
    Tls { url: String, reason: String },
    #[error("{0}")]
    Settings(String),
}

/// Joins an error and its sources into one line: tonic's top-level messages alone
/// ("transport error") say nothing.
pub fn error_chain(err: &(dyn std::error::Error + 'static)) -> String {
    let mut parts = vec![err.to_string()];
    let mut source = err.source();
    while let Some(next) = source {
        let text = next.to_string();
        if !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        source = next.source();
    }
    parts.join(": ")
}

/// What a rustls verdict means for the person at the terminal.
fn tls_hint(reason: &str) -> &'static str {
    if reason.contains("UnknownIssuer") || reason.contains("BadSignature") {
        " — the service's certificate is not signed by the CA given with --grpc-ca (nor by a system CA)"
    } else if reason.contains("NotValidForName") || reason.contains("not valid for name") {
        " — the service's certificate is not issued for this host name; pass the name it carries with --grpc-domain"
    } else if reason.contains("Expired") || reason.contains("NotValidYet") {
        " — the service's certificate is outside its validity period (check the clocks)"
    } else {
        ""
    }
}

fn looks_like_tls(reason: &str) -> bool {
    let reason = reason.to_ascii_lowercase();
    ["certificate", "tls", "handshake", "unknownissuer", "notvalidforname", "alert"].iter().any(|w| reason.contains(w))
}

fn read_pem(path: &std::path::Path, what: &str) -> Result<Vec<u8>, GrpcFailure> {
    std::fs::read(path).map_err(|err| GrpcFailure::Settings(format!("cannot read {what} {}: {err}", path.display())))
}

/// Builds the endpoint: deadlines, TLS material for `https://` URLs.
pub fn endpoint(config: &GrpcConfig) -> Result<Endpoint, GrpcFailure> {
    let mut endpoint = Endpoint::from_shared(config.url.clone())
        .map_err(|err| GrpcFailure::Settings(format!("--grpc-url `{}` is not a valid URL: {err}", config.url)))?
        .connect_timeout(config.connect_timeout)
        .tcp_nodelay(true)
        .user_agent(concat!("rentflow-doctor/", env!("CARGO_PKG_VERSION")))
        .map_err(|err| GrpcFailure::Settings(err.to_string()))?;
    let https = config.url.starts_with("https://");
    if !https && (config.ca.is_some() || config.cert.is_some()) {
        return Err(GrpcFailure::Settings(format!(
            "--grpc-ca/--grpc-cert need an https:// URL, but --grpc-url is {}",
            config.url
        )));
    }
    if https {
        let mut tls = ClientTlsConfig::new();
        if let Some(ca) = &config.ca {
            tls = tls.ca_certificate(Certificate::from_pem(read_pem(ca, "CA certificate")?));
        } else {
            tls = tls.with_enabled_roots();
        }
        if let (Some(cert), Some(key)) = (&config.cert, &config.key) {
            tls = tls.identity(Identity::from_pem(read_pem(cert, "client certificate")?, read_pem(key, "client key")?));
        }
        if let Some(domain) = &config.domain {
            tls = tls.domain_name(domain.clone());
        }
        endpoint = endpoint
            .tls_config(tls)
            .map_err(|err| GrpcFailure::Settings(format!("TLS set-up for {}: {}", config.url, error_chain(&err))))?;
    }
    Ok(endpoint)
}

/// Connects now (not on the first call), so that an unreachable service or a bad
/// certificate is reported before any probe is sent.
pub async fn connect(config: &GrpcConfig) -> Result<LeaseServiceClient<Channel>, GrpcFailure> {
    let endpoint = endpoint(config)?;
    // The endpoint's connect timeout covers TCP only; bound the TLS handshake too.
    let connecting = tokio::time::timeout(config.connect_timeout + Duration::from_millis(200), endpoint.connect());
    match connecting.await {
        Ok(Ok(channel)) => Ok(LeaseServiceClient::new(channel)),
        Ok(Err(err)) => {
            let reason = error_chain(&err);
            if looks_like_tls(&reason) {
                Err(GrpcFailure::Tls { url: config.url.clone(), reason })
            } else {
                Err(GrpcFailure::Unreachable { url: config.url.clone(), timeout: config.connect_timeout, reason })
            }
        }
        Err(_) => Err(GrpcFailure::Unreachable {
            url: config.url.clone(),
            timeout: config.connect_timeout,
            reason: "no answer (connection or TLS handshake did not complete)".to_string(),
        }),
    }
}

/// What the probe sends.
#[derive(Debug, Clone)]
pub struct ProbeCall {
    pub lease_id: String,
    pub reason: String,
    pub requested_by: String,
    pub probe_id: String,
    pub traceparent: String,
}

/// The call's outcome: a response or a gRPC status.
#[derive(Debug, Clone)]
pub enum CallOutcome {
    Answered(TerminateLeaseResponse),
    Failed { code: tonic::Code, message: String },
}

/// Calls TerminateLease with the probe's metadata and a deadline (sent to the server as
/// `grpc-timeout` and enforced locally).
pub async fn terminate_lease(
    client: &mut LeaseServiceClient<Channel>,
    call: &ProbeCall,
    timeout: Duration,
    token: Option<&crate::secrets::Secret>,
) -> CallOutcome {
    let mut request = tonic::Request::new(TerminateLeaseRequest {
        lease_id: call.lease_id.clone(),
        reason: call.reason.clone(),
        requested_by: call.requested_by.clone(),
    });
    request.set_timeout(timeout);
    let metadata = request.metadata_mut();
    if let Ok(value) = MetadataValue::try_from(call.probe_id.as_str()) {
        metadata.insert(PROBE_ID_HEADER, value);
    }
    if let Ok(value) = MetadataValue::try_from(call.traceparent.as_str()) {
        metadata.insert(TRACEPARENT_HEADER, value);
    }
    if let Some(token) = token
        && let Ok(value) = MetadataValue::try_from(format!("Bearer {}", token.expose()))
    {
        metadata.insert("authorization", value);
    }
    // A local bound too, in case the server ignores grpc-timeout and the connection hangs.
    match tokio::time::timeout(timeout + Duration::from_millis(100), client.terminate_lease(request)).await {
        Ok(Ok(response)) => CallOutcome::Answered(response.into_inner()),
        // tonic reports its own client-side deadline as CANCELLED "Timeout expired"; gRPC
        // calls that DEADLINE_EXCEEDED, as grpcurl and every other client do.
        Ok(Err(status)) if status.code() == tonic::Code::Cancelled && status.message().contains("Timeout expired") => {
            CallOutcome::Failed {
                code: tonic::Code::DeadlineExceeded,
                message: format!("no answer within {} ({})", crate::units::duration(timeout), status.message()),
            }
        }
        Ok(Err(status)) => CallOutcome::Failed { code: status.code(), message: status.message().to_string() },
        Err(_) => CallOutcome::Failed {
            code: tonic::Code::DeadlineExceeded,
            message: format!("no answer within {}", crate::units::duration(timeout)),
        },
    }
}

/// A W3C `traceparent` for a new trace: version 00, random trace and span ids, sampled.
pub fn new_traceparent() -> String {
    let trace = uuid::Uuid::new_v4().simple().to_string();
    let span = &uuid::Uuid::new_v4().simple().to_string()[..16];
    format!("00-{trace}-{span}-01")
}

/// gRPC status names as grpcurl and ghz print them (`Internal`, `DeadlineExceeded`).
pub fn code_name(code: tonic::Code) -> String {
    format!("{code:?}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traceparent_has_the_w3c_shape() {
        let value = new_traceparent();
        let parts: Vec<_> = value.split('-').collect();
        assert_eq!(parts.len(), 4);
        assert_eq!((parts[0], parts[1].len(), parts[2].len(), parts[3]), ("00", 32, 16, "01"));
        assert!(parts[1].chars().all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()));
        assert_ne!(parts[1], "0".repeat(32));
    }

    #[test]
    fn tls_errors_are_recognised_from_the_chain() {
        assert!(looks_like_tls("transport error: invalid peer certificate: UnknownIssuer"));
        assert!(!looks_like_tls("transport error: Connection refused (os error 111)"));
    }
}
