//! OffsetCommit for a group the doctor never joins, with the broker's answer
//! per partition and a deadline.
//!
//! rdkafka's `commit(…, CommitMode::Sync)` waits without a time limit and reports one error
//! for the whole request. `rd_kafka_commit_queue` on a queue of our own, polled until the
//! deadline, gives back the request's partition list with each partition's error code.
//!
//! There is deliberately no OffsetDelete here: librdkafka aborts the process when a broker
//! without OffsetDelete (Kafka before 2.4, and the test broker) answers that request
//! (confluentinc/librdkafka#3663), and the doctor cannot ask which APIs a broker supports
//! before sending it.

use std::collections::BTreeMap;
use std::ffi::{CStr, c_char};
use std::time::{Duration, Instant};

use rdkafka::consumer::BaseConsumer;
use rdkafka::{Offset, TopicPartitionList};
use rdkafka_sys as sys;

use super::{DoctorContext, KafkaFailure};

/// A partition of a topic.
pub type TopicPartition = (String, i32);

/// The broker's answer per partition: `Ok` or the reason it refused.
pub type PartitionResults = BTreeMap<TopicPartition, Result<(), String>>;

struct Queue(*mut sys::rd_kafka_queue_t);

impl Drop for Queue {
    fn drop(&mut self) {
        // SAFETY: created by rd_kafka_queue_new and destroyed once; an answer arriving later
        // is dropped by librdkafka (the queue is reference counted).
        unsafe { sys::rd_kafka_queue_destroy(self.0) }
    }
}

struct Event(*mut sys::rd_kafka_event_t);

impl Drop for Event {
    fn drop(&mut self) {
        // SAFETY: returned by rd_kafka_queue_poll and destroyed once.
        unsafe { sys::rd_kafka_event_destroy(self.0) }
    }
}

fn lossy(ptr: *const c_char) -> String {
    if ptr.is_null() {
        return String::new();
    }
    // SAFETY: librdkafka hands out NUL-terminated strings that outlive this call.
    unsafe { CStr::from_ptr(ptr) }.to_string_lossy().into_owned()
}

fn error_text(code: sys::rd_kafka_resp_err_t) -> String {
    // SAFETY: rd_kafka_err2str returns a static string for every code.
    let text = lossy(unsafe { sys::rd_kafka_err2str(code) });
    // SAFETY: as above.
    let name = lossy(unsafe { sys::rd_kafka_err2name(code) });
    if name.is_empty() { text } else { format!("{text} ({name})") }
}

fn millis(left: Duration) -> i32 {
    i32::try_from(left.as_millis()).unwrap_or(i32::MAX)
}

/// Copies a librdkafka partition list's per-partition errors out.
///
/// # Safety
/// `list` must be null or a valid partition list for the duration of the call.
unsafe fn partition_errors(list: *const sys::rd_kafka_topic_partition_list_t) -> PartitionResults {
    let mut results = PartitionResults::new();
    if list.is_null() {
        return results;
    }
    // SAFETY: the caller guarantees `list` is valid; `elems` holds `cnt` entries.
    let elems = unsafe {
        let list = &*list;
        if list.elems.is_null() || list.cnt <= 0 {
            &[][..]
        } else {
            std::slice::from_raw_parts(list.elems, list.cnt as usize)
        }
    };
    for elem in elems {
        let outcome = if elem.err == sys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
            Ok(())
        } else {
            Err(error_text(elem.err))
        };
        results.insert((lossy(elem.topic), elem.partition), outcome);
    }
    results
}

/// Waits on `queue` until an event of `kind` arrives or the deadline passes.
fn wait_event(queue: &Queue, kind: i32, deadline: Instant) -> Option<Event> {
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return None;
        }
        // SAFETY: the queue is valid while `queue` lives.
        let raw = unsafe { sys::rd_kafka_queue_poll(queue.0, millis(left).max(1)) };
        if raw.is_null() {
            continue;
        }
        let event = Event(raw);
        // SAFETY: `event` is a valid event.
        if unsafe { sys::rd_kafka_event_type(event.0) } == kind {
            return Some(event);
        }
    }
}

/// Every partition of `offsets` with the same outcome.
fn all(offsets: &[TopicPartition], outcome: Result<(), String>) -> PartitionResults {
    offsets.iter().map(|tp| (tp.clone(), outcome.clone())).collect()
}

/// Commits `offsets` for the consumer's group and returns the broker's answer per partition.
/// A request that fails as a whole (no coordinator, deadline) gives every partition that
/// reason; what really landed is for the caller to read back.
pub fn commit(
    consumer: &BaseConsumer<DoctorContext>,
    offsets: &BTreeMap<TopicPartition, i64>,
    deadline: Instant,
) -> Result<PartitionResults, KafkaFailure> {
    let keys: Vec<TopicPartition> = offsets.keys().cloned().collect();
    let mut list = TopicPartitionList::with_capacity(offsets.len());
    for ((topic, partition), &offset) in offsets {
        list.add_partition_offset(topic, *partition, Offset::Offset(offset)).map_err(|err| KafkaFailure::Failed {
            operation: "preparing the offset commit".to_string(),
            brokers: String::new(),
            reason: err.to_string(),
        })?;
    }
    let rk = consumer_ptr(consumer);
    // SAFETY: `rk` is the consumer's live handle; the queue is destroyed by its guard.
    let queue = Queue(unsafe { sys::rd_kafka_queue_new(rk) });
    // SAFETY: the handle, list and queue are valid; librdkafka copies the list.
    let code = unsafe { sys::rd_kafka_commit_queue(rk, list.ptr(), queue.0, None, std::ptr::null_mut()) };
    if code != sys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
        return Ok(all(&keys, Err(error_text(code))));
    }
    let Some(event) = wait_event(&queue, sys::RD_KAFKA_EVENT_OFFSET_COMMIT, deadline) else {
        return Ok(all(&keys, Err("no answer before the deadline; the commit may or may not have landed".into())));
    };
    // SAFETY: `event` is a valid OFFSET_COMMIT event; its list lives as long as the event.
    let (overall, per_partition) = unsafe {
        (sys::rd_kafka_event_error(event.0), partition_errors(sys::rd_kafka_event_topic_partition_list(event.0)))
    };
    let mut results = PartitionResults::new();
    for key in keys {
        let outcome = match per_partition.get(&key) {
            Some(Err(reason)) => Err(reason.clone()),
            Some(Ok(())) if overall == sys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR => Ok(()),
            // The request failed as a whole, or the answer left the partition out.
            _ if overall != sys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR => Err(error_text(overall)),
            Some(Ok(())) => Ok(()),
            None => Err("the broker's answer did not mention this partition".to_string()),
        };
        results.insert(key, outcome);
    }
    Ok(results)
}

fn consumer_ptr(consumer: &BaseConsumer<DoctorContext>) -> *mut sys::rd_kafka_t {
    use rdkafka::consumer::Consumer;
    consumer.client().native_ptr()
}
