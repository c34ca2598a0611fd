//! Each probe as an OpenTelemetry trace over OTLP/gRPC: a root span for the probe and a
//! child span per hop, in the trace whose id the probe sent to the service as `traceparent`.
//! The `grpc` hop's span has the `traceparent`'s parent id, so the service's server span —
//! whose parent that id is — hangs under it, and the whole path reads as one trace.
//!
//! The hops are measured before any span exists, so the spans are built from the report
//! and handed to the exporter directly, without a tracer.

use std::borrow::Cow;
use std::time::{Duration, SystemTime};

use opentelemetry::trace::{SpanContext, SpanId, SpanKind, Status, TraceFlags, TraceId, TraceState};
use opentelemetry::{InstrumentationScope, KeyValue};
use opentelemetry_otlp::WithExportConfig;
use opentelemetry_sdk::Resource;
use opentelemetry_sdk::trace::{SpanData, SpanEvents, SpanExporter as _, SpanLinks};

use crate::findings::Finding;
use crate::trace::report::{Hop, HopStatus, TraceBody};

pub struct Exporter {
    inner: opentelemetry_otlp::SpanExporter,
    scope: InstrumentationScope,
}

impl Exporter {
    /// Prepares the exporter; it connects on the first export, and each export may take
    /// `timeout`.
    pub fn new(endpoint: &str, timeout: Duration) -> Result<Exporter, String> {
        if !(endpoint.starts_with("http://") || endpoint.starts_with("https://")) {
            return Err(format!("--otlp-endpoint `{endpoint}` must start with http:// or https://"));
        }
        let mut inner = opentelemetry_otlp::SpanExporter::builder()
            .with_tonic()
            .with_endpoint(endpoint)
            .with_timeout(timeout)
            .build()
            .map_err(|err| format!("--otlp-endpoint {endpoint}: {err}"))?;
        inner.set_resource(
            &Resource::builder_empty()
                .with_attributes([
                    KeyValue::new("service.name", "rentflow-doctor"),
                    KeyValue::new("service.version", env!("CARGO_PKG_VERSION")),
                ])
                .build(),
        );
        let scope =
            InstrumentationScope::builder("rentflow-doctor.monitor").with_version(env!("CARGO_PKG_VERSION")).build();
        Ok(Exporter { inner, scope })
    }

    /// Sends one probe's spans.
    pub async fn export(
        &self,
        body: &TraceBody,
        findings: &[Finding],
        result: &str,
        sent_at: SystemTime,
    ) -> Result<(), String> {
        let spans = spans(body, findings, result, sent_at, &self.scope);
        self.inner.export(spans).await.map_err(|err| err.to_string())
    }
}

/// The trace id and parent span id of a W3C `traceparent`.
fn parse_traceparent(traceparent: &str) -> Option<(TraceId, SpanId)> {
    let mut parts = traceparent.split('-');
    let (_version, trace, span) = (parts.next()?, parts.next()?, parts.next()?);
    let trace = TraceId::from_hex(trace).ok().filter(|id| *id != TraceId::INVALID)?;
    let span = SpanId::from_hex(span).ok().filter(|id| *id != SpanId::INVALID)?;
    Some((trace, span))
}

fn random_span_id() -> SpanId {
    let bytes = uuid::Uuid::new_v4().into_bytes();
    let mut id = [0u8; 8];
    id.copy_from_slice(&bytes[..8]);
    SpanId::from_bytes(id)
}

fn at(sent_at: SystemTime, ms: f64) -> SystemTime {
    sent_at + Duration::from_secs_f64(ms.max(0.0) / 1000.0)
}

fn latency(hops: &[Hop], name: &str) -> Option<f64> {
    hops.iter().find(|hop| hop.name == name).and_then(|hop| hop.latency_ms)
}

/// The root span and one span per hop that has a time span: measured hops from their
/// start to their end, failed hops from their start to the end of the probe.
pub fn spans(
    body: &TraceBody,
    findings: &[Finding],
    result: &str,
    sent_at: SystemTime,
    scope: &InstrumentationScope,
) -> Vec<SpanData> {
    let (trace_id, grpc_span_id) = parse_traceparent(&body.probe.traceparent)
        .unwrap_or_else(|| (TraceId::from_bytes(uuid::Uuid::new_v4().into_bytes()), random_span_id()));
    let root_id = random_span_id();
    let total_ms = latency(&body.hops, "total").unwrap_or(0.0);
    let publish_ms = latency(&body.hops, "publish");
    let span = |id: SpanId, parent: SpanId, name: String, kind: SpanKind, start_ms: f64, end_ms: f64| SpanData {
        span_context: SpanContext::new(trace_id, id, TraceFlags::SAMPLED, false, TraceState::default()),
        parent_span_id: parent,
        parent_span_is_remote: false,
        span_kind: kind,
        name: Cow::Owned(name),
        start_time: at(sent_at, start_ms),
        end_time: at(sent_at, end_ms.max(start_ms)),
        attributes: Vec::new(),
        dropped_attributes_count: 0,
        events: SpanEvents::default(),
        links: SpanLinks::default(),
        status: Status::Unset,
        instrumentation_scope: scope.clone(),
    };
    let codes: Vec<&str> = findings.iter().map(|f| f.code.as_str()).collect();
    let mut root =
        span(root_id, SpanId::INVALID, "rentflow-doctor probe".to_string(), SpanKind::Internal, 0.0, total_ms);
    root.attributes = vec![
        KeyValue::new("rentflow.lease_id", body.probe.lease_id.clone()),
        KeyValue::new("rentflow.probe_id", body.probe.probe_id.clone()),
        KeyValue::new("rentflow.result", result.to_string()),
        KeyValue::new("rentflow.findings", codes.join(",")),
        KeyValue::new("messaging.destination.name", body.target.topic.clone()),
        KeyValue::new("messaging.consumer.group.name", body.target.group.clone()),
    ];
    root.status =
        if result == "healthy" { Status::Ok } else { Status::error(format!("{result}: {}", codes.join(", "))) };
    let mut spans = vec![root];
    for hop in body.hops.iter().filter(|hop| hop.name != "total") {
        // Where each hop starts: the call and the publish at the send; watch and consume
        // at the record's timestamp, which is where publish ends.
        let start_ms = match hop.name.as_str() {
            "grpc" | "publish" => Some(0.0),
            _ => publish_ms,
        };
        let Some(start_ms) = start_ms else { continue };
        let end_ms = hop.latency_ms;
        let (end_ms, status) = match (hop.status, end_ms) {
            (HopStatus::Ok, Some(ms)) => (start_ms + ms, Status::Ok),
            (HopStatus::Failed, Some(ms)) => (start_ms + ms, Status::error(hop.detail.clone())),
            (HopStatus::Failed, None) => (total_ms, Status::error(hop.detail.clone())),
            _ => continue,
        };
        let (id, kind, name) = match hop.name.as_str() {
            "grpc" => (grpc_span_id, SpanKind::Client, "TerminateLease".to_string()),
            "publish" => (random_span_id(), SpanKind::Producer, "publish".to_string()),
            "consume" => (random_span_id(), SpanKind::Consumer, "consume".to_string()),
            other => (random_span_id(), SpanKind::Internal, other.to_string()),
        };
        let mut child = span(id, root_id, name, kind, start_ms, end_ms);
        child.attributes =
            vec![KeyValue::new("rentflow.hop", hop.name.clone()), KeyValue::new("rentflow.detail", hop.detail.clone())];
        child.status = status;
        spans.push(child);
    }
    spans
}
