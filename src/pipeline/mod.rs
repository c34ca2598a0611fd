//! The reference rentflow pipeline: a lease service (tonic gRPC server + Kafka producer)
//! and a lease consumer (a consumer-group member that commits after processing), each with
//! fault switches that reproduce the problem journal.
//!
//! `demo`, the examples and the integration tests all run this code; it is the system the
//! doctor is proven against, so it behaves like the real services, faults included.

pub mod consumer;
pub mod service;

use std::time::Duration;

use serde::{Deserialize, Serialize};

/// The event the service publishes for each terminated lease.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeaseTerminated {
    pub event_type: String,
    pub event_id: String,
    pub lease_id: String,
    pub reason: String,
    /// RFC 3339 UTC.
    pub occurred_at: String,
}

impl LeaseTerminated {
    pub fn new(lease_id: &str, reason: &str) -> LeaseTerminated {
        LeaseTerminated {
            event_type: "LeaseTerminated".to_string(),
            event_id: uuid::Uuid::new_v4().to_string(),
            lease_id: lease_id.to_string(),
            reason: reason.to_string(),
            occurred_at: format!("{:.3}", jiff::Timestamp::now()),
        }
    }
}

/// The service's fault switches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ServiceFault {
    /// Healthy: one producer created at start-up, shared by all requests.
    #[default]
    None,
    /// Journal problem 1: a producer is built inside the handler for every request.
    PerRequestProducer,
    /// Answers OK and never produces.
    DropEvent,
}

/// The consumer's fault switches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ConsumerFault {
    /// Healthy: auto.offset.reset=earliest, one log line per event.
    #[default]
    None,
    /// Journal problem 2.2: a fresh group with auto.offset.reset=latest.
    OffsetResetLatest,
    /// Journal problems 2.1 and 3: processes and commits, logs nothing.
    Silent,
    /// Not running at all.
    Stopped,
}

/// Creates the topic unless it exists. Brokers that refuse CreateTopics (or auto-create
/// topics instead) are answered with a metadata request, which creates it where allowed.
pub async fn ensure_topic(brokers: &str, topic: &str, partitions: i32, timeout: Duration) -> Result<(), String> {
    use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
    use rdkafka::client::DefaultClientContext;
    use rdkafka::config::ClientConfig;
    use rdkafka::types::RDKafkaErrorCode;

    let admin: AdminClient<DefaultClientContext> = ClientConfig::new()
        .set("bootstrap.servers", brokers)
        .create()
        .map_err(|err| format!("admin client for {brokers}: {err}"))?;
    let new_topic = NewTopic::new(topic, partitions, TopicReplication::Fixed(1));
    let options = AdminOptions::new().operation_timeout(Some(timeout)).request_timeout(Some(timeout));
    let created = tokio::time::timeout(timeout, admin.create_topics([&new_topic], &options))
        .await
        .map_err(|_| format!("creating topic {topic} on {brokers}: no answer within {timeout:?}"))?
        .map_err(|err| format!("creating topic {topic} on {brokers}: {err}"))?;
    for outcome in created {
        match outcome {
            Ok(_) | Err((_, RDKafkaErrorCode::TopicAlreadyExists)) => {}
            Err((_, code)) => return Err(format!("creating topic {topic} on {brokers}: {code}")),
        }
    }
    Ok(())
}

/// The log line the consumer writes for each event; `check` looks for the lease id in it.
pub fn processed_line(event: &LeaseTerminated, partition: i32, offset: i64) -> String {
    format!(
        "{:.3} INFO rentflow.consumer processed {} lease_id={} event_id={} partition={partition} offset={offset}",
        jiff::Timestamp::now(),
        event.event_type,
        event.lease_id,
        event.event_id
    )
}
