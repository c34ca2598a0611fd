//! Whether the doctor's credentials and trust settings are accepted, decided before any
//! command asks the cluster a question.
//!
//! librdkafka treats a refused SASL login or a failed TLS handshake as a broker that is
//! down: it reconnects with backoff, and every request waits until its own deadline and
//! then says "timed out". A user with a wrong password would see a generic timeout after
//! the whole `--timeout`. On a secured connection the doctor therefore first connects once
//! and serves the client's event queue, where librdkafka posts the refusal with its reason;
//! the refusal is reported at once, naming the broker. Plaintext connections skip this.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use rdkafka::ClientContext;
use rdkafka::config::RDKafkaLogLevel;
use rdkafka::consumer::{BaseConsumer, Consumer, ConsumerContext};
use rdkafka::error::KafkaError;
use rdkafka::types::RDKafkaErrorCode;

use super::KafkaConfig;
use super::{DoctorContext, KafkaFailure, blocking, client_config, dispose};

/// Whether `security.protocol` asks for SASL or TLS.
pub fn is_secured(kafka: &KafkaConfig) -> bool {
    kafka
        .properties
        .iter()
        .find(|(key, _)| key == "security.protocol")
        .is_some_and(|(_, value)| !value.expose().eq_ignore_ascii_case("plaintext"))
}

/// On a secured connection, connects once and fails with [`KafkaFailure::Rejected`] as soon
/// as a broker refuses the login or the TLS handshake; otherwise returns at once.
pub async fn check_accepted(kafka: &KafkaConfig, verbose: u8) -> Result<(), KafkaFailure> {
    if !is_secured(kafka) {
        return Ok(());
    }
    let timeout = kafka.connect_timeout;
    let deadline = Instant::now() + timeout;
    let brokers = kafka.brokers.clone();
    let created: Result<BaseConsumer<HandshakeWatch>, KafkaError> = client_config(kafka, verbose)
        // The refusal is logged at error level: keep at least that, whatever the verbosity.
        .set_log_level(if verbose >= 2 { RDKafkaLogLevel::Debug } else { RDKafkaLogLevel::Error })
        .create_with_context(HandshakeWatch { verbose, last_error: Mutex::new(None) });
    let consumer = created.map_err(|err| KafkaFailure::Failed {
        operation: "creating a Kafka client".to_string(),
        brokers: brokers.clone(),
        reason: err.to_string(),
    })?;
    blocking(deadline, move |_| {
        let outcome = wait_accepted(&consumer, &brokers, deadline, timeout);
        dispose(consumer);
        outcome
    })
    .await
}

fn wait_accepted(
    consumer: &BaseConsumer<HandshakeWatch>,
    brokers: &str,
    deadline: Instant,
    timeout: Duration,
) -> Result<(), KafkaFailure> {
    loop {
        // Serve the event queue: librdkafka's log lines and error events arrive only here.
        while let Some(event) = consumer.poll(Duration::from_millis(10)) {
            if let Err(err) = event
                && let Some(code) = err.rdkafka_error_code()
                && is_refusal(code)
            {
                return Err(rejected(consumer, brokers, &err));
            }
        }
        // A broker-only metadata answer proves the login: it needs an authenticated connection.
        if consumer.client().fetch_cluster_id(Duration::from_millis(100)).is_some() {
            return Ok(());
        }
        if Instant::now() >= deadline {
            return Err(KafkaFailure::TimedOut {
                operation: "connecting and authenticating".to_string(),
                brokers: brokers.to_string(),
                timeout,
            });
        }
    }
}

/// The error codes librdkafka posts when a broker refuses the client's identity or the
/// client refuses the broker's certificate.
fn is_refusal(code: RDKafkaErrorCode) -> bool {
    matches!(
        code,
        RDKafkaErrorCode::Authentication
            | RDKafkaErrorCode::SaslAuthenticationFailed
            | RDKafkaErrorCode::SSL
            | RDKafkaErrorCode::UnsupportedSASLMechanism
            | RDKafkaErrorCode::IllegalSASLState
    )
}

fn rejected(consumer: &BaseConsumer<HandshakeWatch>, brokers: &str, err: &KafkaError) -> KafkaFailure {
    let logged = consumer.context().last_error.lock().unwrap_or_else(|poison| poison.into_inner()).clone();
    match logged.as_deref().and_then(split_broker) {
        Some((broker, reason)) => KafkaFailure::Rejected { broker, reason },
        None => KafkaFailure::Rejected {
            broker: brokers.to_string(),
            reason: logged.map_or_else(|| err.to_string(), |message| without_thread(&message).to_string()),
        },
    }
}

/// A librdkafka message without the `[thrd:…]: ` prefix that names its thread.
fn without_thread(message: &str) -> &str {
    match message.strip_prefix("[thrd:").and_then(|rest| rest.split_once("]: ")) {
        Some((_, rest)) => rest,
        None => message,
    }
}

/// librdkafka prefixes a broker's messages with its thread and its name,
/// `[thrd:…]: sasl_ssl://host:port/id: …`; returns `host:port` and the rest.
fn split_broker(message: &str) -> Option<(String, String)> {
    let message = without_thread(message);
    let (name, reason) = message.split_once(": ")?;
    // A broker's name is one word (`sasl_ssl://host:port/id`); a sentence that quotes a URL
    // ("Failed to retrieve OIDC token from "https://…"") names no broker.
    if name.contains(char::is_whitespace) {
        return None;
    }
    let (_, rest) = name.split_once("://")?;
    let address = rest.split('/').next()?;
    Some((address.to_string(), reason.trim().to_string()))
}

/// The preflight client's context: logs as every doctor client does, and keeps the last
/// error-level line (the reason librdkafka gives for a refusal).
struct HandshakeWatch {
    verbose: u8,
    last_error: Mutex<Option<String>>,
}

impl ClientContext for HandshakeWatch {
    fn log(&self, level: RDKafkaLogLevel, facility: &str, message: &str) {
        if (level as i32) <= (RDKafkaLogLevel::Error as i32) {
            *self.last_error.lock().unwrap_or_else(|poison| poison.into_inner()) = Some(message.to_string());
        }
        DoctorContext { verbose: self.verbose }.log(level, facility, message);
    }

    fn error(&self, error: KafkaError, reason: &str) {
        DoctorContext { verbose: self.verbose }.error(error, reason);
    }
}

impl ConsumerContext for HandshakeWatch {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_broker_is_read_from_librdkafkas_prefix() {
        let line = "[thrd:sasl_plaintext://127.0.0.1:9094/bootstrap]: sasl_plaintext://127.0.0.1:9094/bootstrap: \
                    SASL authentication error: Authentication failed (after 3ms in state AUTH_REQ)";
        assert_eq!(
            split_broker(line),
            Some((
                "127.0.0.1:9094".to_string(),
                "SASL authentication error: Authentication failed (after 3ms in state AUTH_REQ)".to_string()
            ))
        );
        assert_eq!(split_broker("Failed to acquire SASL OAUTHBEARER token: 401"), None);
        let oidc = r#"Failed to retrieve OIDC token from "https://127.0.0.1:8443/token": SSL certificate problem"#;
        assert_eq!(split_broker(&format!("[thrd:background]: {oidc}")), None, "the token endpoint is not a broker");
        assert_eq!(without_thread(&format!("[thrd:background]: {oidc}")), oidc);
    }
}
