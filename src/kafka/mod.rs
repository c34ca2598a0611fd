//! Talking to Kafka with deadlines: client configuration, reachability, and the typed
//! failures every command maps to findings and exit codes.
//!
//! librdkafka retries forever by design; the doctor must not. Every blocking librdkafka call
//! runs on a blocking thread with the time left until a deadline, and reachability is
//! decided up front with a plain TCP connect so that a dead broker fails in about the
//! connect timeout, naming the address.

pub mod admin;
pub mod cluster;
pub mod commit;
pub mod groups;
pub mod handshake;
pub mod kerberos;

use std::time::{Duration, Instant};

use rdkafka::ClientContext;
use rdkafka::config::{ClientConfig, RDKafkaLogLevel};
use rdkafka::consumer::ConsumerContext;

use crate::secrets::Secret;

pub use admin::{Admin, PartitionOffsets};

/// How to reach Kafka: resolved by [`crate::config`], used by every client this module makes.
#[derive(Debug, Clone)]
pub struct KafkaConfig {
    pub brokers: String,
    /// librdkafka properties from `-X`, the environment and the config file (flag wins).
    pub properties: Vec<(String, PropertyValue)>,
    pub connect_timeout: Duration,
    /// The config file given explicitly (`--config`), if any: printed commands carry it.
    pub config_file: Option<std::path::PathBuf>,
    /// The config file's profile in use, if any: printed commands carry it.
    pub profile: Option<String>,
}

/// A librdkafka property value; secret ones are masked in `Debug`.
#[derive(Debug, Clone)]
pub enum PropertyValue {
    Plain(String),
    Secret(Secret),
}

impl PropertyValue {
    pub fn expose(&self) -> &str {
        match self {
            PropertyValue::Plain(value) => value,
            PropertyValue::Secret(secret) => secret.expose(),
        }
    }
}

/// Why a Kafka operation did not give an answer.
#[derive(Debug, Clone, thiserror::Error)]
pub enum KafkaFailure {
    #[error("cannot reach broker {brokers} within {}: {reason}", crate::units::duration(*timeout))]
    Unreachable { brokers: String, timeout: Duration, reason: String },
    #[error("topic `{topic}` does not exist on {brokers}")]
    TopicMissing { topic: String, brokers: String },
    #[error("partition {partition} does not exist in topic `{topic}` ({count} partitions)")]
    PartitionMissing { topic: String, partition: i32, count: usize },
    #[error("{operation} on {brokers} did not answer within {}", crate::units::duration(*timeout))]
    TimedOut { operation: String, brokers: String, timeout: Duration },
    #[error("{operation} is not supported by the broker at {brokers}")]
    Unsupported { operation: String, brokers: String },
    #[error("{operation} on {brokers} failed: {reason}")]
    Failed { operation: String, brokers: String, reason: String },
    /// A broker refused the client's credentials, or the client refused the broker's certificate.
    #[error("authentication failed at broker {broker}: {reason}")]
    Rejected { broker: String, reason: String },
}

/// The context of every client the doctor creates: librdkafka's own log lines go to stderr
/// (redacted) only at `-vv`; otherwise they would drown the report in retry noise.
#[derive(Debug, Clone, Copy, Default)]
pub struct DoctorContext {
    pub verbose: u8,
}

impl ClientContext for DoctorContext {
    fn log(&self, level: RDKafkaLogLevel, facility: &str, message: &str) {
        if self.verbose >= 2 {
            let line = format!("librdkafka {level:?} {facility}: {message}");
            crate::output::stderr(&line);
        }
    }

    fn error(&self, error: rdkafka::error::KafkaError, reason: &str) {
        if self.verbose >= 2 {
            let line = format!("librdkafka error: {error}: {reason}");
            crate::output::stderr(&line);
        }
    }
}

impl ConsumerContext for DoctorContext {}

/// The configuration every doctor client starts from: brokers, `-X` properties, and
/// timeouts derived from the connect timeout so that no request outlives the deadlines.
pub fn client_config(kafka: &KafkaConfig, verbose: u8) -> ClientConfig {
    let mut config = ClientConfig::new();
    let connect_ms = kafka.connect_timeout.as_millis().clamp(1000, 300_000).to_string();
    config
        .set("bootstrap.servers", &kafka.brokers)
        .set("client.id", "rentflow-doctor")
        .set("socket.connection.setup.timeout.ms", &connect_ms)
        .set("socket.nagle.disable", "true")
        // librdkafka connects lazily ("sparse connections") and paces those connection
        // attempts by reconnect.backoff.ms/2 (at least 11 ms), which cost every fresh
        // handle's first request 13-50 ms. A short-lived doctor connects at once instead.
        .set("enable.sparse.connections", "false")
        .set("reconnect.backoff.ms", "50")
        .set("reconnect.backoff.max.ms", "1000")
        .set("topic.metadata.refresh.interval.ms", "-1")
        .set("allow.auto.create.topics", "false")
        .set("log.connection.close", "false")
        .set_log_level(if verbose >= 2 { RDKafkaLogLevel::Debug } else { RDKafkaLogLevel::Warning });
    match verbose {
        0 | 1 => {}
        2 => {
            config.set("debug", "broker,security,metadata,cgrp");
        }
        _ => {
            config.set("debug", "all");
        }
    }
    for (key, value) in &kafka.properties {
        config.set(key, value.expose());
    }
    config
}

/// Creates a client from `config` with the doctor's context; a configuration librdkafka
/// refuses (an unknown property, a file it cannot read) is a failure of `operation` naming
/// `brokers`.
pub fn create_client<T>(config: &ClientConfig, operation: &str, brokers: &str, verbose: u8) -> Result<T, KafkaFailure>
where
    T: rdkafka::config::FromClientConfigAndContext<DoctorContext>,
{
    config
        .create_with_context(DoctorContext { verbose })
        .map_err(|err| failure(operation, brokers, Duration::ZERO, &err))
}

/// rdkafka queues librdkafka's log lines and errors on the client's main queue, which only
/// a poll delivers. Handles that are never polled for messages (the admin and group
/// handles) get a thread that serves that queue while `-vv` asks for the logs; it ends when
/// the handle's other owners are gone.
pub fn serve_logs(consumer: &std::sync::Arc<rdkafka::consumer::BaseConsumer<DoctorContext>>, verbose: u8) {
    if verbose < 2 {
        return;
    }
    let consumer = std::sync::Arc::clone(consumer);
    let _ = std::thread::Builder::new().name("rentflow-logs".to_string()).spawn(move || {
        while std::sync::Arc::strong_count(&consumer) > 1 {
            // No assignment: a poll never returns a message, it only serves events.
            let _ = consumer.poll(Duration::from_millis(50));
        }
    });
}

/// The `host:port` pairs of a broker list.
pub fn bootstrap_addresses(brokers: &str) -> Vec<String> {
    brokers
        .split(',')
        .map(str::trim)
        .filter(|b| !b.is_empty())
        .map(|b| {
            // Accept `PLAINTEXT://host:port` as librdkafka does.
            b.rsplit_once("://").map_or(b, |(_, rest)| rest).to_string()
        })
        .collect()
}

/// Every command's first step: a bootstrap broker accepts a TCP connection
/// ([`check_reachable`]), on SASL/GSSAPI a Kerberos ticket is obtained
/// ([`kerberos::obtain_ticket`]), and on a secured connection the login and TLS handshake
/// succeed ([`handshake::check_accepted`]).
pub async fn check_connects(kafka: &KafkaConfig, verbose: u8) -> Result<(), KafkaFailure> {
    check_reachable(&kafka.brokers, kafka.connect_timeout).await?;
    kerberos::obtain_ticket(kafka).await?;
    handshake::check_accepted(kafka, verbose).await
}

/// Succeeds as soon as one bootstrap broker accepts a TCP connection; fails after
/// `timeout` with each address and why it failed.
pub async fn check_reachable(brokers: &str, timeout: Duration) -> Result<(), KafkaFailure> {
    let addresses = bootstrap_addresses(brokers);
    let reasons = match crate::reach::any_listening(&addresses, timeout).await {
        Ok(()) => return Ok(()),
        Err(reasons) => reasons,
    };
    Err(KafkaFailure::Unreachable {
        brokers: addresses.join(","),
        timeout,
        reason: if reasons.is_empty() { "no broker address given".to_string() } else { reasons.join("; ") },
    })
}

/// The cluster id the brokers' metadata names (KIP-78), within the connect timeout; `None`
/// when the brokers do not answer or do not say.
pub async fn cluster_id(kafka: &KafkaConfig, verbose: u8) -> Option<String> {
    // Without a Kerberos ticket librdkafka's own kinit would write to the terminal; the
    // command reports the missing ticket itself.
    kerberos::obtain_ticket(kafka).await.ok()?;
    let config = client_config(kafka, verbose);
    let timeout = kafka.connect_timeout;
    blocking(Instant::now() + timeout, move |left| {
        let client: rdkafka::consumer::BaseConsumer<DoctorContext> =
            config.create_with_context(DoctorContext { verbose }).ok()?;
        let id = rdkafka::consumer::Consumer::client(&client).fetch_cluster_id(left);
        dispose(client);
        id
    })
    .await
}

/// Runs a blocking librdkafka call on a blocking thread, giving it the time left until
/// `deadline`. A call that the runtime cannot even start is reported as failed.
pub async fn blocking<T, F>(deadline: Instant, call: F) -> T
where
    F: FnOnce(Duration) -> T + Send + 'static,
    T: Send + 'static,
{
    let handle = tokio::task::spawn_blocking(move || call(deadline.saturating_duration_since(Instant::now())));
    match handle.await {
        Ok(value) => value,
        Err(err) => std::panic::resume_unwind(err.into_panic()),
    }
}

/// Drops a client off the command's path. Closing a librdkafka consumer that has a group id
/// waits about 100 ms for its threads; the answer is already known by then.
pub fn dispose<T: Send + 'static>(client: T) {
    let _ = std::thread::Builder::new().name("rentflow-dispose".to_string()).spawn(move || drop(client));
}

/// Hands a shared client to [`dispose`] once, when the last owner that holds this (behind
/// an `Arc`) is dropped. Disposing on every clone's drop started a thread each time: one per
/// `monitor` probe, whose commit tracker holds a clone of the group handle.
pub struct Closer<T: Send + Sync + 'static>(Option<std::sync::Arc<T>>);

impl<T: Send + Sync + 'static> Closer<T> {
    pub fn new(client: &std::sync::Arc<T>) -> Closer<T> {
        Closer(Some(std::sync::Arc::clone(client)))
    }
}

impl<T: Send + Sync + 'static> Drop for Closer<T> {
    fn drop(&mut self) {
        if let Some(client) = self.0.take() {
            dispose(client);
        }
    }
}

/// Maps a librdkafka error to a failure that names the operation and the brokers.
pub fn failure(operation: &str, brokers: &str, timeout: Duration, err: &rdkafka::error::KafkaError) -> KafkaFailure {
    use rdkafka::types::RDKafkaErrorCode as Code;
    let code = err.rdkafka_error_code();
    match code {
        Some(Code::OperationTimedOut) | Some(Code::RequestTimedOut) => {
            KafkaFailure::TimedOut { operation: operation.to_string(), brokers: brokers.to_string(), timeout }
        }
        Some(Code::BrokerTransportFailure) | Some(Code::AllBrokersDown) | Some(Code::Resolve) => {
            KafkaFailure::Unreachable { brokers: brokers.to_string(), timeout, reason: err.to_string() }
        }
        Some(Code::UnsupportedFeature) | Some(Code::UnsupportedVersion) => {
            KafkaFailure::Unsupported { operation: operation.to_string(), brokers: brokers.to_string() }
        }
        _ => KafkaFailure::Failed {
            operation: operation.to_string(),
            brokers: brokers.to_string(),
            reason: err.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bootstrap_addresses_accept_lists_and_schemes() {
        assert_eq!(bootstrap_addresses(" a:1, PLAINTEXT://b:2 ,,"), vec!["a:1".to_string(), "b:2".to_string()]);
    }

    #[tokio::test]
    async fn an_unreachable_broker_fails_fast_and_names_the_address() {
        // Bind and drop a listener so the port is very likely closed.
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let brokers = format!("127.0.0.1:{port}");
        let started = Instant::now();
        let err = check_reachable(&brokers, Duration::from_secs(5)).await.unwrap_err();
        assert!(started.elapsed() < Duration::from_secs(5));
        let text = err.to_string();
        assert!(text.contains(&brokers), "{text}");
    }
}
