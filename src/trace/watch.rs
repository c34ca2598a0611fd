//! The watcher: reads the topic from known offsets and hands each probe its event.
//!
//! It is assigned every partition at the end offset read before any probe is sent, so the
//! probe's record cannot be missed; it assigns rather than subscribes (so it never joins a
//! group, never commits, and never touches the consumer's offsets) and polls on its own thread so that
//! the moment a record arrives is taken without waiting for the async runtime.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::message::{BorrowedMessage, Message};
use rdkafka::{Offset, TopicPartitionList};
use tokio::sync::oneshot;

use super::matching::{MatchedBy, Pending};
use crate::kafka::KafkaConfig;
use crate::kafka::{DoctorContext, KafkaFailure, PartitionOffsets, client_config, create_client};

/// How long one poll of the watcher waits while partitions are assigned, and while paused.
const ACTIVE_POLL: Duration = Duration::from_millis(20);
const PAUSED_POLL: Duration = Duration::from_millis(500);

/// The probe's record as the watcher saw it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub partition: i32,
    pub offset: i64,
    pub timestamp_ms: Option<i64>,
    /// `create` or `log-append` (kcat's `tstype`), `none` when the record has no timestamp.
    pub timestamp_type: &'static str,
    /// The key and the headers as text; bytes that are not UTF-8 are written `\xNN`.
    pub key: Option<String>,
    pub headers: Vec<(String, String)>,
    pub event_id: Option<String>,
    pub matched_by: MatchedBy,
    pub at: Instant,
}

/// Counters of what went by while watching.
#[derive(Debug, Default)]
pub struct WatchStats {
    pub records: AtomicU64,
    pub errors: AtomicU64,
    /// The last fetch error, for the diagnosis of a record that never arrived.
    pub last_error: Mutex<Option<String>>,
}

pub struct Watcher {
    consumer: Arc<BaseConsumer<DoctorContext>>,
    brokers: String,
    pending: Arc<Mutex<Pending<oneshot::Sender<Seen>>>>,
    stop: Arc<AtomicBool>,
    /// Set between monitor probes, when nothing is assigned: the poll loop wakes less often.
    paused: Arc<AtomicBool>,
    stats: Arc<WatchStats>,
}

impl Watcher {
    /// Starts watching `topic` from exactly `from` (each partition's end offset).
    pub fn start(
        config: &KafkaConfig,
        verbose: u8,
        topic: &str,
        from: &[PartitionOffsets],
        match_pointer: &str,
    ) -> Result<Watcher, KafkaFailure> {
        let mut settings = client_config(config, verbose);
        settings
            // librdkafka's assign() needs a group id. A throw-away one, never the target
            // group's: the watcher only assigns, so it never joins or commits for it.
            .set("group.id", format!("rentflow-doctor-watch-{}", uuid::Uuid::new_v4().simple()))
            .set("enable.auto.commit", "false")
            .set("enable.auto.offset.store", "false")
            .set("enable.partition.eof", "false")
            // See what the real consumer sees: committed transactions only.
            .set("isolation.level", "read_committed")
            // Answer fetches at once: the watch hop is the doctor's own latency.
            .set("fetch.wait.max.ms", "5")
            .set("fetch.error.backoff.ms", "5")
            .set("auto.offset.reset", "earliest");
        let consumer: BaseConsumer<DoctorContext> =
            create_client(&settings, "creating the watcher", &config.brokers, verbose)?;
        let watcher = Watcher {
            consumer: Arc::new(consumer),
            brokers: config.brokers.clone(),
            pending: Arc::new(Mutex::new(Pending::new(match_pointer))),
            stop: Arc::new(AtomicBool::new(false)),
            paused: Arc::new(AtomicBool::new(false)),
            stats: Arc::new(WatchStats::default()),
        };
        watcher.assign_from(topic, from)?;
        let consumer = watcher.consumer.clone();
        let (pending, stop, stats) = (watcher.pending.clone(), watcher.stop.clone(), watcher.stats.clone());
        let paused = watcher.paused.clone();
        std::thread::Builder::new()
            .name("rentflow-watch".to_string())
            .spawn(move || poll_loop(consumer, pending, stop, paused, stats))
            .map_err(|err| KafkaFailure::Failed {
                operation: "starting the watcher".to_string(),
                brokers: config.brokers.clone(),
                reason: err.to_string(),
            })?;
        Ok(watcher)
    }

    /// Reads `topic` from exactly `from` (each partition's end offset) on; the counters
    /// start again from zero.
    pub fn assign_from(&self, topic: &str, from: &[PartitionOffsets]) -> Result<(), KafkaFailure> {
        let failed = |err: rdkafka::error::KafkaError| KafkaFailure::Failed {
            operation: "assigning the watcher".to_string(),
            brokers: self.brokers.clone(),
            reason: err.to_string(),
        };
        let mut assignment = TopicPartitionList::with_capacity(from.len());
        for partition in from {
            assignment
                .add_partition_offset(topic, partition.partition, Offset::Offset(partition.log_end))
                .map_err(failed)?;
        }
        self.consumer.assign(&assignment).map_err(failed)?;
        self.paused.store(false, Ordering::Relaxed);
        self.stats.records.store(0, Ordering::Relaxed);
        self.stats.errors.store(0, Ordering::Relaxed);
        *self.stats.last_error.lock().unwrap_or_else(|p| p.into_inner()) = None;
        Ok(())
    }

    /// Stops fetching until the next [`Watcher::assign_from`] (between monitor probes).
    pub fn pause(&self) {
        let _ = self.consumer.unassign();
        self.paused.store(true, Ordering::Relaxed);
    }

    /// Registers a lease id before its probe is sent; the receiver fires when its record
    /// arrives.
    pub fn expect(&self, lease_id: &str) -> oneshot::Receiver<Seen> {
        let (sender, receiver) = oneshot::channel();
        self.lock().insert(lease_id, sender);
        receiver
    }

    /// Stops waiting for a lease id (its call failed or its deadline passed).
    pub fn forget(&self, lease_id: &str) {
        self.lock().remove(lease_id);
    }

    pub fn records_seen(&self) -> u64 {
        self.stats.records.load(Ordering::Relaxed)
    }

    /// How many fetches failed, and the last failure.
    pub fn fetch_errors(&self) -> (u64, Option<String>) {
        let last = self.stats.last_error.lock().unwrap_or_else(|p| p.into_inner()).clone();
        (self.stats.errors.load(Ordering::Relaxed), last)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Pending<oneshot::Sender<Seen>>> {
        self.pending.lock().unwrap_or_else(|poison| poison.into_inner())
    }
}

impl Drop for Watcher {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

fn poll_loop(
    consumer: Arc<BaseConsumer<DoctorContext>>,
    pending: Arc<Mutex<Pending<oneshot::Sender<Seen>>>>,
    stop: Arc<AtomicBool>,
    paused: Arc<AtomicBool>,
    stats: Arc<WatchStats>,
) {
    while !stop.load(Ordering::Relaxed) {
        // The timeout only bounds how late `stop` is noticed: a record wakes the poll at once.
        // Paused, nothing can arrive, and waking 50 times a second would be the monitor's
        // main cost between probes.
        let wait = if paused.load(Ordering::Relaxed) { PAUSED_POLL } else { ACTIVE_POLL };
        let message = match consumer.poll(wait) {
            None => continue,
            Some(Err(err)) => {
                stats.errors.fetch_add(1, Ordering::Relaxed);
                *stats.last_error.lock().unwrap_or_else(|p| p.into_inner()) = Some(err.to_string());
                continue;
            }
            Some(Ok(message)) => message,
        };
        let at = Instant::now();
        stats.records.fetch_add(1, Ordering::Relaxed);
        let matched = {
            let mut waiting = pending.lock().unwrap_or_else(|poison| poison.into_inner());
            waiting.take_match(message.key(), message.payload())
        };
        let Some((matched_by, sender)) = matched else { continue };
        let (timestamp_ms, timestamp_type) = match message.timestamp() {
            rdkafka::Timestamp::CreateTime(ms) => (Some(ms), "create"),
            rdkafka::Timestamp::LogAppendTime(ms) => (Some(ms), "log-append"),
            rdkafka::Timestamp::NotAvailable => (None, "none"),
        };
        let headers = headers_of(&message);
        let event_id = message.payload().and_then(|value| super::matching::field_at(value, "/event_id"));
        let _ = sender.send(Seen {
            partition: message.partition(),
            offset: message.offset(),
            timestamp_ms,
            timestamp_type,
            key: message.key().map(bytes_text),
            headers,
            event_id,
            matched_by,
            at,
        });
    }
}

/// The offset of the first committed record in `[from, until)` of one partition, read as a
/// read_committed consumer reads it, or `None` when that range holds none (only aborted
/// records and transaction markers) or nothing arrived by `deadline`.
///
/// Offsets are not records: a range a group skipped may hold nothing a consumer would ever
/// have processed, and saying otherwise would send someone to rewind a healthy group.
pub fn first_committed_record(
    config: &KafkaConfig,
    verbose: u8,
    topic: &str,
    partition: i32,
    (from, until): (i64, i64),
    wait: Duration,
) -> Result<Option<i64>, KafkaFailure> {
    let failed = |operation: &str, err: rdkafka::error::KafkaError| KafkaFailure::Failed {
        operation: operation.to_string(),
        brokers: config.brokers.clone(),
        reason: err.to_string(),
    };
    let mut settings = client_config(config, verbose);
    settings
        .set("group.id", format!("rentflow-doctor-watch-{}", uuid::Uuid::new_v4().simple()))
        .set("enable.auto.commit", "false")
        .set("enable.auto.offset.store", "false")
        .set("enable.partition.eof", "true")
        .set("isolation.level", "read_committed");
    let consumer: BaseConsumer<DoctorContext> =
        create_client(&settings, "creating a reader", &config.brokers, verbose)?;
    let mut assignment = TopicPartitionList::with_capacity(1);
    assignment
        .add_partition_offset(topic, partition, Offset::Offset(from))
        .map_err(|err| failed("assigning a reader", err))?;
    consumer.assign(&assignment).map_err(|err| failed("assigning a reader", err))?;
    let deadline = Instant::now() + wait;
    while Instant::now() < deadline {
        match consumer.poll(Duration::from_millis(50)) {
            Some(Ok(message)) => return Ok(Some(message.offset()).filter(|offset| *offset < until)),
            // The end of the partition before any committed record: none in the range.
            Some(Err(rdkafka::error::KafkaError::PartitionEOF(_))) => return Ok(None),
            Some(Err(_)) | None => {}
        }
    }
    Ok(None)
}

/// Bytes as text: UTF-8 as it is, every byte that is not part of valid UTF-8 as `\xNN`, so
/// that a producer's binary key or header is shown rather than lost or replaced.
pub fn bytes_text(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        for byte in chunk.invalid() {
            text.push_str(&format!("\\x{byte:02x}"));
        }
    }
    text
}

/// The record's headers, names and values as [`bytes_text`].
///
/// Read through librdkafka's C API rather than rdkafka's `Headers` trait: that trait turns
/// each header name into `&str` with an `unwrap`, so one record whose header name is not
/// UTF-8 — any producer may write one — would panic the watcher thread and blind the trace.
fn headers_of(message: &BorrowedMessage<'_>) -> Vec<(String, String)> {
    use rdkafka::bindings as rdsys;
    let mut headers_ptr = std::ptr::null_mut();
    // SAFETY: `message.ptr()` is a live message for the borrow's duration; librdkafka
    // writes the message's own headers pointer (or answers NOENT when it has none).
    let err = unsafe { rdsys::rd_kafka_message_headers(message.ptr(), &mut headers_ptr) };
    if err != rdsys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR || headers_ptr.is_null() {
        return Vec::new();
    }
    // SAFETY: `headers_ptr` belongs to the message and lives as long as it.
    let count = unsafe { rdsys::rd_kafka_header_cnt(headers_ptr) };
    let mut headers = Vec::with_capacity(count);
    for index in 0..count {
        let (mut name, mut value, mut size) = (std::ptr::null(), std::ptr::null(), 0usize);
        // SAFETY: index < count; librdkafka points `name` at a NUL-terminated copy of the
        // header name and `value` at `size` bytes (or null for a null value), all owned by
        // the headers, which outlive this loop.
        let err = unsafe { rdsys::rd_kafka_header_get_all(headers_ptr, index, &mut name, &mut value, &mut size) };
        if err != rdsys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR || name.is_null() {
            continue;
        }
        // SAFETY: see above; the bytes are copied out before the message is released.
        let name = unsafe { std::ffi::CStr::from_ptr(name) }.to_bytes();
        let value: &[u8] =
            if value.is_null() { &[] } else { unsafe { std::slice::from_raw_parts(value.cast::<u8>(), size) } };
        headers.push((bytes_text(name), bytes_text(value)));
    }
    headers
}

#[cfg(test)]
mod tests {
    use super::bytes_text;

    #[test]
    fn bytes_that_are_not_utf8_are_written_as_escapes_and_the_rest_kept() {
        assert_eq!(bytes_text(b"traceparent"), "traceparent");
        assert_eq!(bytes_text(&[0xff, b'a', 0xfe]), "\\xffa\\xfe");
        assert_eq!(bytes_text("bail-é".as_bytes()), "bail-é");
        assert_eq!(bytes_text(&[0xe2, 0x82]), "\\xe2\\x82");
        assert_eq!(bytes_text(b""), "");
    }
}
