//! The reference lease consumer: a consumer-group member that processes each LeaseTerminated
//! event, logs one line naming its lease id, and commits after processing — the shape of
//! `manage.py run_kafka_consumer`.
//!
//! It runs its poll loop on its own thread, as the Django management command does.

use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rdkafka::ClientContext;
use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, CommitMode, Consumer, ConsumerContext, Rebalance};
use rdkafka::message::Message;
use tokio::sync::watch;

use super::{ConsumerFault, LeaseTerminated, processed_line};

/// Where the consumer's log lines go.
#[derive(Debug, Clone)]
pub enum LogSink {
    Stdout,
    File(PathBuf),
    /// Kept in memory (the demo reads them back).
    Memory(Arc<Mutex<Vec<String>>>),
}

impl LogSink {
    fn write(&self, line: &str) {
        match self {
            LogSink::Stdout => {
                let mut out = std::io::stdout().lock();
                let _ = writeln!(out, "{line}");
                let _ = out.flush();
            }
            LogSink::File(path) => {
                if let Ok(mut file) = std::fs::OpenOptions::new().create(true).append(true).open(path) {
                    let _ = writeln!(file, "{line}");
                }
            }
            LogSink::Memory(lines) => lines.lock().unwrap_or_else(|p| p.into_inner()).push(line.to_string()),
        }
    }
}

#[derive(Debug, Clone)]
pub struct ConsumerConfig {
    pub brokers: String,
    pub topic: String,
    pub group: String,
    pub fault: ConsumerFault,
    pub log: LogSink,
    pub properties: Vec<(String, String)>,
}

impl ConsumerConfig {
    pub fn new(brokers: &str, topic: &str, group: &str, fault: ConsumerFault, log: LogSink) -> ConsumerConfig {
        ConsumerConfig {
            brokers: brokers.to_string(),
            topic: topic.to_string(),
            group: group.to_string(),
            fault,
            log,
            properties: Vec::new(),
        }
    }
}

/// Tells the owner when partitions are assigned and when the consumer is fetching them.
struct MemberContext {
    topic: String,
    assigned: watch::Sender<Vec<i32>>,
    fetching: watch::Sender<bool>,
}

impl ClientContext for MemberContext {
    /// librdkafka's statistics say when every assigned partition's fetch position is
    /// resolved (auto.offset.reset applied): from then on, a new record is consumed, and
    /// with `latest` an older one never is.
    fn stats(&self, statistics: rdkafka::Statistics) {
        let assigned = self.assigned.borrow().clone();
        let fetching = !assigned.is_empty()
            && statistics.topics.get(&self.topic).is_some_and(|topic| {
                assigned.iter().all(|p| topic.partitions.get(p).is_some_and(|stats| stats.fetch_state == "active"))
            });
        self.fetching.send_if_modified(|known| std::mem::replace(known, fetching) != fetching);
    }
}

impl ConsumerContext for MemberContext {
    fn post_rebalance(&self, _consumer: &BaseConsumer<Self>, rebalance: &Rebalance<'_>) {
        match rebalance {
            Rebalance::Assign(list) => {
                let partitions = list.elements().iter().map(|e| e.partition()).collect();
                let _ = self.assigned.send(partitions);
            }
            Rebalance::Revoke(_) => {
                let _ = self.assigned.send(Vec::new());
            }
            Rebalance::Error(_) => {}
        }
    }
}

/// A running consumer; dropping it leaves the group and stops the thread.
pub struct RunningConsumer {
    assigned: watch::Receiver<Vec<i32>>,
    fetching: watch::Receiver<bool>,
    stop: Arc<AtomicBool>,
    processed: Arc<AtomicU64>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl RunningConsumer {
    /// Waits until the group assigned this member at least one partition.
    pub async fn wait_assigned(&mut self, timeout: Duration) -> Result<Vec<i32>, String> {
        let waiting = self.assigned.wait_for(|partitions| !partitions.is_empty());
        match tokio::time::timeout(timeout, waiting).await {
            Ok(Ok(partitions)) => Ok(partitions.clone()),
            _ => Err(format!("the consumer was not assigned partitions within {timeout:?}")),
        }
    }

    /// Waits until the consumer is fetching every assigned partition: joined, assigned,
    /// and its start position resolved.
    pub async fn wait_fetching(&mut self, timeout: Duration) -> Result<(), String> {
        let waiting = self.fetching.wait_for(|fetching| *fetching);
        match tokio::time::timeout(timeout, waiting).await {
            Ok(Ok(_)) => Ok(()),
            _ => Err(format!("the consumer was not fetching its partitions within {timeout:?}")),
        }
    }

    pub fn processed(&self) -> u64 {
        self.processed.load(Ordering::Relaxed)
    }

    /// Leaves the group and waits for the thread to end.
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for RunningConsumer {
    fn drop(&mut self) {
        self.shutdown();
    }
}

/// Joins the group and starts consuming. With the `stopped` fault there is nothing to start.
pub fn start(config: ConsumerConfig) -> Result<Option<RunningConsumer>, String> {
    if config.fault == ConsumerFault::Stopped {
        return Ok(None);
    }
    let reset = if config.fault == ConsumerFault::OffsetResetLatest { "latest" } else { "earliest" };
    let (assigned_tx, assigned) = watch::channel(Vec::new());
    let (fetching_tx, fetching) = watch::channel(false);
    let mut client = ClientConfig::new();
    client
        .set("bootstrap.servers", &config.brokers)
        .set("group.id", &config.group)
        .set("client.id", "rentflow-django-consumer")
        .set("auto.offset.reset", reset)
        // Commit after processing, explicitly.
        .set("enable.auto.commit", "false")
        .set("fetch.wait.max.ms", "10")
        .set("statistics.interval.ms", "20")
        .set("socket.nagle.disable", "true");
    // On the new consumer protocol (KIP-848, `group.protocol=consumer`) the broker owns the
    // session and heartbeat settings, and librdkafka refuses them from the client.
    let classic = !config.properties.iter().any(|(key, value)| key == "group.protocol" && value == "consumer");
    if classic {
        client.set("session.timeout.ms", "6000").set("heartbeat.interval.ms", "500");
    }
    for (key, value) in &config.properties {
        client.set(key, value);
    }
    let consumer: BaseConsumer<MemberContext> = client
        .create_with_context(MemberContext {
            topic: config.topic.clone(),
            assigned: assigned_tx,
            fetching: fetching_tx,
        })
        .map_err(|err| format!("creating the consumer: {err}"))?;
    consumer.subscribe(&[&config.topic]).map_err(|err| format!("subscribing to {}: {err}", config.topic))?;
    let stop = Arc::new(AtomicBool::new(false));
    let processed = Arc::new(AtomicU64::new(0));
    let thread = {
        let (stop, processed) = (stop.clone(), processed.clone());
        std::thread::Builder::new()
            .name("lease-consumer".to_string())
            .spawn(move || consume(consumer, config, stop, processed))
            .map_err(|err| format!("starting the consumer thread: {err}"))?
    };
    Ok(Some(RunningConsumer { assigned, fetching, stop, processed, thread: Some(thread) }))
}

fn consume(
    consumer: BaseConsumer<MemberContext>,
    config: ConsumerConfig,
    stop: Arc<AtomicBool>,
    processed: Arc<AtomicU64>,
) {
    while !stop.load(Ordering::Relaxed) {
        let message = match consumer.poll(Duration::from_millis(50)) {
            Some(Ok(message)) => message,
            Some(Err(_)) | None => continue,
        };
        // Process: a LeaseTerminated event is logged; anything else is skipped, but still
        // committed so the group does not stall on a record it cannot use.
        if let Some(event) = message.payload().and_then(|value| serde_json::from_slice::<LeaseTerminated>(value).ok())
            && config.fault != ConsumerFault::Silent
        {
            config.log.write(&processed_line(&event, message.partition(), message.offset()));
        }
        processed.fetch_add(1, Ordering::Relaxed);
        let _ = consumer.commit_message(&message, CommitMode::Sync);
    }
    // Dropping the consumer closes it: it leaves the group, so the group becomes Empty.
    drop(consumer);
}
