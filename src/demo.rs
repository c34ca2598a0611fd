//! `demo`: the reference pipeline in-process, traced, with the real report.
//!
//! By default the broker is librdkafka's embedded mock cluster, so a newcomer needs nothing
//! but this binary; `--brokers` runs the same against a real broker, on a topic and group of
//! the demo's own so that no real consumer sees its events. `--fault` switches on one of the
//! journal's failures to show its diagnosis.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use rdkafka::config::ClientConfig;
use rdkafka::producer::{BaseProducer, Producer};

use crate::cli::{DemoArgs, DemoFault};
use crate::config::connection::{DEFAULT_CONNECT_TIMEOUT, DEFAULT_GROUP, DEFAULT_TOPIC};
use crate::config::{Connection, ProbeConfig};
use crate::error::Failure;
use crate::output::Progress;
use crate::pipeline::consumer::{self, ConsumerConfig, LogSink};
use crate::pipeline::service::{self, ServiceConfig};
use crate::pipeline::{ConsumerFault, ServiceFault};
use crate::trace::Traced;

const DEMO_TOPIC_ON_REAL_BROKERS: &str = "rentflow-doctor-demo";
/// Events produced before a late consumer starts (the `offset-reset-latest` story).
const BACKLOG: usize = 3;

/// The embedded cluster, alive as long as this handle.
struct Embedded {
    handle: BaseProducer,
}

impl Embedded {
    fn start(topic: &str, partitions: i32) -> Result<Embedded, Failure> {
        let handle: BaseProducer = ClientConfig::new()
            .set("test.mock.num.brokers", "1")
            .create()
            .map_err(|err| Failure::Failed(format!("starting the embedded mock cluster: {err}")))?;
        {
            let cluster = handle
                .client()
                .mock_cluster()
                .ok_or_else(|| Failure::Failed("the embedded mock cluster did not start".to_string()))?;
            cluster
                .create_topic(topic, partitions, 1)
                .map_err(|err| Failure::Failed(format!("creating {topic} on the mock cluster: {err}")))?;
        }
        // The mock waits 3 s before a new group's first assignment, as Kafka's
        // group.initial.rebalance.delay.ms does; a demo has no reason to.
        // SAFETY: the mock cluster belongs to `handle`, which outlives this call.
        unsafe {
            let raw = rdkafka_sys::rd_kafka_handle_mock_cluster(handle.client().native_ptr());
            if !raw.is_null() {
                rdkafka_sys::rd_kafka_mock_group_initial_rebalance_delay_ms(raw, 0);
            }
        }
        Ok(Embedded { handle })
    }

    fn bootstrap_servers(&self) -> String {
        self.handle.client().mock_cluster().map(|c| c.bootstrap_servers()).unwrap_or_default()
    }
}

fn faults(fault: Option<DemoFault>) -> (ServiceFault, ConsumerFault) {
    match fault {
        None => (ServiceFault::None, ConsumerFault::None),
        Some(DemoFault::PerRequestProducer) => (ServiceFault::PerRequestProducer, ConsumerFault::None),
        Some(DemoFault::DropEvent) => (ServiceFault::DropEvent, ConsumerFault::None),
        Some(DemoFault::OffsetResetLatest) => (ServiceFault::None, ConsumerFault::OffsetResetLatest),
        Some(DemoFault::Silent) => (ServiceFault::None, ConsumerFault::Silent),
        Some(DemoFault::Stopped) => (ServiceFault::None, ConsumerFault::Stopped),
    }
}

/// What the journal says about each fault, for the demo's opening lines.
pub fn fault_story(fault: Option<DemoFault>) -> &'static str {
    match fault {
        None => "healthy pipeline",
        Some(DemoFault::PerRequestProducer) => {
            "the service builds a Kafka producer inside the TerminateLease handler (journal problem 1)"
        }
        Some(DemoFault::DropEvent) => "the service answers OK and never publishes the event",
        Some(DemoFault::OffsetResetLatest) => {
            "a fresh consumer group with auto.offset.reset=latest started after events were sent (journal problem 2.2)"
        }
        Some(DemoFault::Silent) => {
            "the consumer processes and commits but its logs stay empty (journal problems 2.1 and 3)"
        }
        Some(DemoFault::Stopped) => "the consumer is not running",
    }
}

/// The demo's set-up, for the opening lines of the text report.
pub struct Preface {
    pub broker: String,
    pub service: String,
    pub group: String,
    pub story: &'static str,
}

pub async fn run(args: &DemoArgs, verbose: u8, progress: &Progress) -> Result<(Preface, Traced), Failure> {
    let (service_fault, consumer_fault) = faults(args.fault);
    // One partition, as Kafka auto-creates topics by default (and as the journal's set-up had).
    let partitions = 1;
    progress.step("starting the reference pipeline");
    let (embedded, brokers, topic, group) = match &args.brokers {
        None => {
            let embedded = Embedded::start(DEFAULT_TOPIC, partitions)?;
            let brokers = embedded.bootstrap_servers();
            (Some(embedded), brokers, DEFAULT_TOPIC.to_string(), DEFAULT_GROUP.to_string())
        }
        Some(brokers) => {
            crate::kafka::check_reachable(brokers, DEFAULT_CONNECT_TIMEOUT)
                .await
                .map_err(|err| Failure::Unreachable(err.to_string()))?;
            crate::pipeline::ensure_topic(brokers, DEMO_TOPIC_ON_REAL_BROKERS, partitions, DEFAULT_CONNECT_TIMEOUT)
                .await
                .map_err(Failure::Unreachable)?;
            let group = format!("rentflow-doctor-demo-{}", &uuid::Uuid::new_v4().simple().to_string()[..8]);
            (None, brokers.clone(), DEMO_TOPIC_ON_REAL_BROKERS.to_string(), group)
        }
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .map_err(|err| Failure::Failed(format!("binding the demo service to 127.0.0.1: {err}")))?;
    let running_service =
        service::start(ServiceConfig::new(&brokers, &topic, service_fault), listener).await.map_err(Failure::Failed)?;
    let grpc_url = running_service.url();

    let connection = Connection::local(&brokers, &grpc_url, &topic, &group);

    if consumer_fault == ConsumerFault::OffsetResetLatest {
        progress.step("sending events before the consumer starts");
        send_backlog(&connection).await?;
    }
    let log_lines = Arc::new(Mutex::new(Vec::new()));
    let consumer_config =
        ConsumerConfig::new(&brokers, &topic, &group, consumer_fault, LogSink::Memory(log_lines.clone()));
    let running_consumer = match consumer::start(consumer_config).map_err(Failure::Failed)? {
        Some(mut running) => {
            progress.step("waiting for the consumer to join its group");
            running.wait_assigned(Duration::from_secs(20)).await.map_err(Failure::Failed)?;
            running.wait_fetching(Duration::from_secs(10)).await.map_err(Failure::Failed)?;
            Some(running)
        }
        None => None,
    };

    let count = args.count.unwrap_or(1).max(1);
    let probe = ProbeConfig {
        count,
        concurrency: args.concurrency.unwrap_or(1).clamp(1, count),
        event_timeout: Duration::from_secs(5),
        consume_timeout: Duration::from_secs(5),
        ..ProbeConfig::default()
    };
    let mut traced = crate::trace::run(&connection, &probe, verbose, progress).await;
    if consumer_fault == ConsumerFault::Silent || consumer_fault == ConsumerFault::None {
        let log = crate::checks::live::logs::ConsumerLog {
            new_lines: log_lines.lock().unwrap_or_else(|p| p.into_inner()).clone(),
            tail: Vec::new(),
            source: "the demo consumer".to_string(),
        };
        // Every probe the group consumed counts, a burst's as much as a single trace's.
        let silent = crate::checks::live::logs::silent_consumer(&traced.consumed(), &log, &[]);
        match &mut traced {
            Traced::Single { findings, .. } | Traced::Burst { findings, .. } => findings.extend(silent),
        }
    }
    drop(running_consumer);
    running_service.stop().await;
    drop(embedded);
    let preface = Preface {
        broker: if args.brokers.is_some() {
            format!("Kafka at {brokers}")
        } else {
            format!("embedded Kafka mock cluster at {brokers}")
        },
        service: grpc_url,
        group,
        story: fault_story(args.fault),
    };
    Ok((preface, traced))
}

/// Sends a few events through the service before the consumer exists.
async fn send_backlog(connection: &Connection) -> Result<(), Failure> {
    let mut client = crate::grpc::connect(&connection.grpc).await.map_err(|err| Failure::Failed(err.to_string()))?;
    for n in 0..BACKLOG {
        let call = crate::grpc::ProbeCall {
            lease_id: format!("lease-{}", 1001 + n),
            reason: "backlog sent before the consumer started".to_string(),
            requested_by: "rentflow-doctor demo".to_string(),
            probe_id: uuid::Uuid::new_v4().to_string(),
            traceparent: crate::grpc::new_traceparent(),
        };
        if let crate::grpc::CallOutcome::Failed { message, .. } =
            crate::grpc::terminate_lease(&mut client, &call, connection.grpc.call_timeout, None).await
        {
            return Err(Failure::Failed(format!("sending the backlog: {message}")));
        }
    }
    Ok(())
}
