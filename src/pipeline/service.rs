//! The reference lease service: TerminateLease publishes a LeaseTerminated event and answers
//! once the broker acknowledged it.
//!
//! Healthy, it creates ONE producer at start-up and shares it (the journal's fix). With
//! `per-request-producer` it builds a producer inside the handler for every call, as the
//! journal's service did, and the call fails with INTERNAL carrying the producer's error
//! text in the status message — what Django saw.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rdkafka::config::ClientConfig;
use rdkafka::message::{Header, OwnedHeaders};
use rdkafka::producer::{BaseProducer, BaseRecord, FutureProducer, FutureRecord, ProducerContext};
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tonic::{Request, Response, Status};

use super::{LeaseTerminated, ServiceFault};
use crate::grpc::{PROBE_ID_HEADER, TRACEPARENT_HEADER};
use crate::proto::lease_service_server::{LeaseService, LeaseServiceServer};
use crate::proto::{TerminateLeaseRequest, TerminateLeaseResponse};

#[derive(Debug, Clone)]
pub struct ServiceConfig {
    pub brokers: String,
    pub topic: String,
    pub fault: ServiceFault,
    /// Extra librdkafka properties for the producer.
    pub properties: Vec<(String, String)>,
    /// How long a publish may take before the call fails.
    pub publish_timeout: Duration,
    /// Serve TLS with this certificate chain and key (PEM) instead of plaintext.
    pub tls: Option<ServerTls>,
    /// Require `authorization: Bearer <token>`. A wrong token is refused with a message
    /// that quotes it, as careless services do — so tests can prove the doctor masks it.
    pub required_token: Option<String>,
}

/// A server certificate chain and its private key, PEM-encoded.
#[derive(Clone)]
pub struct ServerTls {
    pub cert_pem: Vec<u8>,
    pub key_pem: Vec<u8>,
}

impl std::fmt::Debug for ServerTls {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ServerTls { .. }")
    }
}

impl ServiceConfig {
    pub fn new(brokers: &str, topic: &str, fault: ServiceFault) -> ServiceConfig {
        ServiceConfig {
            brokers: brokers.to_string(),
            topic: topic.to_string(),
            fault,
            properties: Vec::new(),
            publish_timeout: Duration::from_secs(5),
            tls: None,
            required_token: None,
        }
    }

    fn producer_config(&self) -> ClientConfig {
        let mut config = ClientConfig::new();
        config
            .set("bootstrap.servers", &self.brokers)
            .set("client.id", "rentflow-lease-service")
            // Publish at once: a TerminateLease waits for the acknowledgement.
            .set("linger.ms", "0")
            .set("acks", "all")
            .set("socket.nagle.disable", "true")
            .set("message.timeout.ms", self.publish_timeout.as_millis().to_string());
        for (key, value) in &self.properties {
            config.set(key, value);
        }
        config
    }
}

struct Handler {
    config: ServiceConfig,
    /// The shared producer; `None` when the fault builds one per request.
    producer: Option<FutureProducer>,
}

/// A running service; dropping it (or calling `stop`) shuts the server down.
pub struct RunningService {
    pub address: SocketAddr,
    tls: bool,
    shutdown: Option<oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<()>,
}

impl RunningService {
    pub fn url(&self) -> String {
        format!("{}://{}", if self.tls { "https" } else { "http" }, self.address)
    }

    pub async fn stop(mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        let _ = (&mut self.task).await;
    }
}

impl Drop for RunningService {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
    }
}

/// Starts the service on `listener`. The shared producer is created here, before the first
/// request, so a broken broker address fails the start-up rather than a call.
pub async fn start(config: ServiceConfig, listener: TcpListener) -> Result<RunningService, String> {
    let address = listener.local_addr().map_err(|err| err.to_string())?;
    let producer = match config.fault {
        ServiceFault::PerRequestProducer => None,
        _ => Some(
            config
                .producer_config()
                .create::<FutureProducer>()
                .map_err(|err| format!("creating the producer: {err}"))?,
        ),
    };
    let tls = config.tls.is_some();
    let mut server = tonic::transport::Server::builder();
    if let Some(tls) = &config.tls {
        let identity = tonic::transport::Identity::from_pem(&tls.cert_pem, &tls.key_pem);
        server = server
            .tls_config(tonic::transport::ServerTlsConfig::new().identity(identity))
            .map_err(|err| format!("TLS set-up: {err}"))?;
    }
    let handler = Handler { config, producer };
    let (shutdown, on_shutdown) = oneshot::channel::<()>();
    let incoming = tokio_stream::wrappers::TcpListenerStream::new(listener);
    let task = tokio::spawn(async move {
        let _ = server
            .add_service(LeaseServiceServer::new(handler))
            .serve_with_incoming_shutdown(incoming, async {
                let _ = on_shutdown.await;
            })
            .await;
    });
    Ok(RunningService { address, tls, shutdown: Some(shutdown), task })
}

fn headers_from(request: &Request<TerminateLeaseRequest>) -> OwnedHeaders {
    let mut headers = OwnedHeaders::new().insert(Header { key: "event_type", value: Some("LeaseTerminated") });
    for name in [TRACEPARENT_HEADER, PROBE_ID_HEADER] {
        if let Some(value) = request.metadata().get(name).and_then(|v| v.to_str().ok()) {
            headers = headers.insert(Header { key: name, value: Some(value) });
        }
    }
    headers
}

impl Handler {
    async fn publish_shared(
        &self,
        producer: &FutureProducer,
        event: &LeaseTerminated,
        payload: &str,
        headers: OwnedHeaders,
    ) -> Result<(), Status> {
        let record = FutureRecord::to(&self.config.topic).key(&event.lease_id).payload(payload).headers(headers);
        producer
            .send(record, self.config.publish_timeout)
            .await
            .map(|_| ())
            .map_err(|(err, _)| Status::internal(format!("publishing LeaseTerminated to {}: {err}", self.config.topic)))
    }

    /// The journal's bug: a producer built inside the handler. Its life is the request's:
    /// it is built, handed the record, and destroyed as the handler returns, without the
    /// flush a start-up producer's shutdown does. A new producer has not even connected
    /// by then, so librdkafka fails the queued record, and the handler turns the delivery
    /// report into INTERNAL — the short-lived producer bug of the confluent-kafka and
    /// kafka-python world, where the object dies with the request.
    async fn publish_per_request(
        &self,
        event: &LeaseTerminated,
        payload: String,
        headers: OwnedHeaders,
    ) -> Result<(), Status> {
        let config = self.config.clone();
        let lease_id = event.lease_id.clone();
        let outcome = tokio::task::spawn_blocking(move || -> Result<(), String> {
            let report = Arc::new(Mutex::new(None));
            let producer: BaseProducer<DeliveryReport> = config
                .producer_config()
                .create_with_context(DeliveryReport(report.clone()))
                .map_err(|err| format!("creating a producer in the request handler: {err}"))?;
            let record = BaseRecord::to(&config.topic).key(&lease_id).payload(&payload).headers(headers);
            producer.send(record).map_err(|(err, _)| err.to_string())?;
            // The handler returns here; the producer goes with it.
            drop(producer);
            let delivered = report.lock().unwrap_or_else(|p| p.into_inner()).take();
            delivered.unwrap_or_else(|| Err("the producer was destroyed before it reported the delivery".to_string()))
        })
        .await
        .map_err(|err| Status::internal(format!("request handler panicked: {err}")))?;
        outcome.map_err(|reason| {
            Status::internal(format!("publishing LeaseTerminated to {}: {reason}", self.config.topic))
        })
    }
}

/// Keeps the delivery report of the one record a per-request producer sends.
struct DeliveryReport(Arc<Mutex<Option<Result<(), String>>>>);

impl rdkafka::ClientContext for DeliveryReport {}

impl ProducerContext for DeliveryReport {
    type DeliveryOpaque = ();

    fn delivery(&self, result: &rdkafka::producer::DeliveryResult<'_>, _: ()) {
        let outcome = result.as_ref().map(|_| ()).map_err(|(err, _)| err.to_string());
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(outcome);
    }
}

#[tonic::async_trait]
impl LeaseService for Handler {
    async fn terminate_lease(
        &self,
        request: Request<TerminateLeaseRequest>,
    ) -> Result<Response<TerminateLeaseResponse>, Status> {
        if let Some(required) = &self.config.required_token {
            let given = request.metadata().get("authorization").and_then(|v| v.to_str().ok()).unwrap_or_default();
            if given != format!("Bearer {required}") {
                return Err(Status::unauthenticated(format!("invalid credentials `{given}`")));
            }
        }
        let headers = headers_from(&request);
        let body = request.into_inner();
        if body.lease_id.trim().is_empty() {
            return Err(Status::invalid_argument("lease_id is required"));
        }
        let event = LeaseTerminated::new(&body.lease_id, &body.reason);
        let payload = serde_json::to_string(&event).map_err(|err| Status::internal(err.to_string()))?;
        match (self.config.fault, &self.producer) {
            (ServiceFault::DropEvent, _) => {}
            (ServiceFault::PerRequestProducer, _) | (_, None) => {
                self.publish_per_request(&event, payload, headers).await?
            }
            (ServiceFault::None, Some(producer)) => self.publish_shared(producer, &event, &payload, headers).await?,
        }
        Ok(Response::new(TerminateLeaseResponse {
            accepted: true,
            event_id: event.event_id,
            message: format!("lease {} terminated", body.lease_id),
        }))
    }
}
