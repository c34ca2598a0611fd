//! Reading a window of every partition at once and picking out the matching records.
//!
//! The partitions are spread over a few reader threads, each with its own librdkafka handle
//! that assigns its partitions at the window's first offsets (never joins a group, never
//! commits), so that fetching and matching run in parallel and a slow partition does not hold
//! up the others. Reads are `read_committed`: records of aborted (or still open) transactions
//! are never seen, so they are never reported as published.
//!
//! Nearly every record is someone else's event, so the cost per record decides the speed: a
//! record is only parsed as JSON when its bytes contain the searched value literally (one
//! SIMD scan), and the match itself is the trace's matcher ([`Pending`]).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use indicatif::ProgressBar;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::message::{Headers, Message, Timestamp};
use rdkafka::{Offset, TopicPartitionList};

use crate::kafka::KafkaConfig;
use crate::kafka::{DoctorContext, KafkaFailure, client_config, failure};
use crate::trace::matching::{MatchedBy, Pending, field_at};

/// Reader threads at most: more handles than cores only add connections.
const MAX_READERS: usize = 4;

/// The offsets `[from, until)` of one partition to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartitionWindow {
    pub partition: i32,
    pub from: i64,
    pub until: i64,
}

/// What to look for.
#[derive(Debug, Clone)]
pub struct Needle {
    pub value: String,
    pub pointer: String,
    /// A key equal to the value matches too.
    pub key: bool,
}

/// A matching record, as read.
#[derive(Debug, Clone)]
pub struct Found {
    pub partition: i32,
    pub offset: i64,
    pub timestamp: Timestamp,
    pub key: Option<Vec<u8>>,
    pub headers: Vec<(String, Option<Vec<u8>>)>,
    pub event_id: Option<String>,
    pub matched_by: MatchedBy,
}

/// The outcome of a scan.
#[derive(Debug, Clone, Default)]
pub struct Scanned {
    pub found: Vec<Found>,
    /// Records read, per partition.
    pub records: BTreeMap<i32, u64>,
    /// Partitions read to the end of their window.
    pub complete: BTreeSet<i32>,
    /// `max-records` or `timeout` when the scan stopped early.
    pub stopped_by: Option<&'static str>,
    /// The last error a reader saw, for the report of a scan that did not complete.
    pub last_error: Option<String>,
}

/// Decides whether one record matches.
struct Matcher {
    needle: Needle,
    pending: Pending<()>,
    /// The value as it must appear in the JSON text, when every serialiser writes it as is.
    literal: Option<memchr::memmem::Finder<'static>>,
}

impl Matcher {
    fn new(needle: &Needle) -> Matcher {
        let mut pending = Pending::new(&needle.pointer);
        pending.insert(&needle.value, ());
        // Printable ASCII without quote, backslash or slash is written literally by every
        // JSON encoder (Python's ensure_ascii escapes only non-ASCII; some escape `/`);
        // anything else might be escaped, so such values are always parsed.
        let plain = !needle.value.is_empty()
            && needle.value.bytes().all(|b| (0x20..0x7f).contains(&b) && !matches!(b, b'"' | b'\\' | b'/'));
        let literal = plain.then(|| memchr::memmem::Finder::new(needle.value.as_bytes()).into_owned());
        Matcher { needle: needle.clone(), pending, literal }
    }

    fn matches(&mut self, key: Option<&[u8]>, value: Option<&[u8]>) -> Option<MatchedBy> {
        if self.needle.key && key == Some(self.needle.value.as_bytes()) {
            return Some(MatchedBy::Key);
        }
        let value = value?;
        if let Some(literal) = &self.literal
            && literal.find(value).is_none()
        {
            return None;
        }
        let (matched_by, ()) = self.pending.take_match(None, Some(value))?;
        // The trace's matcher hands each id out once; a search wants every record.
        self.pending.insert(&self.needle.value, ());
        Some(matched_by)
    }
}

/// Shared between the reader threads.
struct Shared {
    read: AtomicU64,
    max_records: u64,
    stop: AtomicBool,
    stopped_by_limit: AtomicBool,
    progress: Option<ProgressBar>,
}

/// What to read and how far.
#[derive(Debug, Clone)]
pub struct Plan {
    pub kafka: KafkaConfig,
    pub verbose: u8,
    pub topic: String,
    pub windows: Vec<PartitionWindow>,
    pub needle: Needle,
    /// Records read at most, over all partitions.
    pub max_records: u64,
    pub deadline: Instant,
}

/// Reads every window until its end, `max_records` records in all, or the deadline.
pub fn scan(plan: &Plan, progress: Option<ProgressBar>) -> Result<Scanned, KafkaFailure> {
    let Plan { kafka, verbose, topic, windows, needle, max_records, deadline } = plan;
    let (verbose, max_records, deadline) = (*verbose, *max_records, *deadline);
    let mut scanned = Scanned::default();
    let wanted: Vec<PartitionWindow> = windows.iter().copied().filter(|w| w.until > w.from).collect();
    for window in windows.iter().filter(|w| w.until <= w.from) {
        scanned.complete.insert(window.partition);
        scanned.records.insert(window.partition, 0);
    }
    if wanted.is_empty() {
        return Ok(scanned);
    }
    let readers = wanted.len().min(std::thread::available_parallelism().map_or(2, |n| n.get()).clamp(2, MAX_READERS));
    let mut shares: Vec<Vec<PartitionWindow>> = vec![Vec::new(); readers];
    for (n, window) in wanted.into_iter().enumerate() {
        shares[n % readers].push(window);
    }
    let shared = Arc::new(Shared {
        read: AtomicU64::new(0),
        max_records,
        stop: AtomicBool::new(false),
        stopped_by_limit: AtomicBool::new(false),
        progress,
    });
    let handles: Vec<_> = shares
        .into_iter()
        .map(|share| {
            let consumer = reader(kafka, verbose)?;
            let (topic, needle, shared) = (topic.to_string(), needle.clone(), Arc::clone(&shared));
            let brokers = kafka.brokers.clone();
            std::thread::Builder::new()
                .name("rentflow-find".to_string())
                .spawn(move || read_share(consumer, &topic, &share, &needle, &shared, deadline, &brokers))
                .map_err(|err| KafkaFailure::Failed {
                    operation: "starting a reader".to_string(),
                    brokers: kafka.brokers.clone(),
                    reason: err.to_string(),
                })
        })
        .collect::<Result<_, _>>()?;
    for handle in handles {
        let part = match handle.join() {
            Ok(part) => part?,
            Err(panic) => std::panic::resume_unwind(panic),
        };
        scanned.found.extend(part.found);
        scanned.records.extend(part.records);
        scanned.complete.extend(part.complete);
        scanned.last_error = part.last_error.or(scanned.last_error);
    }
    scanned.found.sort_by_key(|f| (f.partition, f.offset));
    if scanned.complete.len() < windows.len() {
        scanned.stopped_by =
            Some(if shared.stopped_by_limit.load(Ordering::Relaxed) { "max-records" } else { "timeout" });
    }
    Ok(scanned)
}

/// A handle that reads committed records of assigned partitions and says when one ends.
fn reader(kafka: &KafkaConfig, verbose: u8) -> Result<BaseConsumer<DoctorContext>, KafkaFailure> {
    let mut settings = client_config(kafka, verbose);
    settings
        // assign() needs a group id: a throw-away one, never the target group's; nothing is committed.
        .set("group.id", format!("rentflow-doctor-find-{}", uuid::Uuid::new_v4().simple()))
        .set("enable.auto.commit", "false")
        .set("enable.auto.offset.store", "false")
        .set("enable.partition.eof", "true")
        .set("isolation.level", "read_committed")
        // Retention may remove the window's first records meanwhile: read from what is left.
        .set("auto.offset.reset", "earliest")
        // Larger fetches: a scan is throughput, not latency.
        .set("fetch.wait.max.ms", "50")
        .set("max.partition.fetch.bytes", "8388608")
        .set("fetch.min.bytes", "1");
    crate::kafka::create_client(&settings, "creating a Kafka client", &kafka.brokers, verbose)
}

fn read_share(
    consumer: BaseConsumer<DoctorContext>,
    topic: &str,
    share: &[PartitionWindow],
    needle: &Needle,
    shared: &Shared,
    deadline: Instant,
    brokers: &str,
) -> Result<Scanned, KafkaFailure> {
    let mut part = Scanned::default();
    let mut matcher = Matcher::new(needle);
    let until: BTreeMap<i32, i64> = share.iter().map(|w| (w.partition, w.until)).collect();
    let mut list = TopicPartitionList::with_capacity(share.len());
    for window in share {
        list.add_partition_offset(topic, window.partition, Offset::Offset(window.from))
            .map_err(|err| failure("reading the topic", brokers, Duration::ZERO, &err))?;
        part.records.insert(window.partition, 0);
    }
    let left = deadline.saturating_duration_since(Instant::now());
    // A fresh handle knows no leaders: ask now rather than after assign().
    consumer.fetch_metadata(Some(topic), left).map_err(|err| failure("reading the topic", brokers, left, &err))?;
    consumer.assign(&list).map_err(|err| failure("reading the topic", brokers, left, &err))?;
    let mut open: BTreeSet<i32> = until.keys().copied().collect();
    let mut unreported = 0u64;
    let done = |consumer: &BaseConsumer<DoctorContext>, open: &mut BTreeSet<i32>, partition: i32| {
        if open.remove(&partition) {
            let mut paused = TopicPartitionList::new();
            paused.add_partition(topic, partition);
            let _ = consumer.pause(&paused);
        }
    };
    while !open.is_empty() && !shared.stop.load(Ordering::Relaxed) {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            shared.stop.store(true, Ordering::Relaxed);
            break;
        }
        match consumer.poll(left.min(Duration::from_millis(100))) {
            Some(Ok(message)) => {
                let partition = message.partition();
                let offset = message.offset();
                let end = until.get(&partition).copied().unwrap_or(i64::MAX);
                if !open.contains(&partition) || offset >= end {
                    done(&consumer, &mut open, partition);
                    continue;
                }
                if shared.read.fetch_add(1, Ordering::Relaxed) >= shared.max_records {
                    shared.stopped_by_limit.store(true, Ordering::Relaxed);
                    shared.stop.store(true, Ordering::Relaxed);
                    break;
                }
                *part.records.entry(partition).or_default() += 1;
                unreported += 1;
                if unreported == 4096 {
                    if let Some(bar) = &shared.progress {
                        bar.inc(unreported);
                    }
                    unreported = 0;
                }
                if let Some(matched_by) = matcher.matches(message.key(), message.payload()) {
                    part.found.push(Found {
                        partition,
                        offset,
                        timestamp: message.timestamp(),
                        key: message.key().map(<[u8]>::to_vec),
                        headers: message
                            .headers()
                            .map(|headers| {
                                headers.iter().map(|h| (h.key.to_string(), h.value.map(<[u8]>::to_vec))).collect()
                            })
                            .unwrap_or_default(),
                        event_id: message.payload().and_then(|value| field_at(value, "/event_id")),
                        matched_by,
                    });
                }
                if offset + 1 >= end {
                    done(&consumer, &mut open, partition);
                    part.complete.insert(partition);
                }
            }
            Some(Err(rdkafka::error::KafkaError::PartitionEOF(partition))) => {
                // The end of what read_committed may read: the log end, or the start of a
                // transaction still open.
                if open.contains(&partition) {
                    part.complete.insert(partition);
                }
                done(&consumer, &mut open, partition);
            }
            Some(Err(err)) => part.last_error = Some(err.to_string()),
            None => {}
        }
    }
    if let Some(bar) = &shared.progress {
        bar.inc(unreported);
    }
    crate::kafka::dispose(consumer);
    Ok(part)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn needle(value: &str, key: bool) -> Needle {
        Needle { value: value.to_string(), pointer: "/lease_id".to_string(), key }
    }

    #[test]
    fn every_matching_record_matches_not_only_the_first() {
        let mut matcher = Matcher::new(&needle("L-1001", true));
        let value = br#"{"event_type":"LeaseTerminated","lease_id":"L-1001"}"#;
        assert_eq!(matcher.matches(None, Some(value)), Some(MatchedBy::Field));
        assert_eq!(matcher.matches(None, Some(value)), Some(MatchedBy::Field));
        assert_eq!(matcher.matches(Some(b"L-1001"), None), Some(MatchedBy::Key));
    }

    #[test]
    fn the_value_elsewhere_or_in_a_longer_id_does_not_match() {
        let mut matcher = Matcher::new(&needle("L-1001", true));
        assert_eq!(matcher.matches(None, Some(br#"{"lease_id":"L-10010"}"#)), None);
        assert_eq!(matcher.matches(None, Some(br#"{"lease_id":"L-9","note":"L-1001"}"#)), None);
        assert_eq!(matcher.matches(Some(&[0xff, 0xfe]), Some(&[0x80])), None);
    }

    #[test]
    fn values_an_encoder_may_escape_are_still_found() {
        let mut matcher = Matcher::new(&needle("bail/ü", false));
        assert!(matcher.literal.is_none());
        assert_eq!(matcher.matches(None, Some(br#"{"lease_id":"bail\/\u00fc"}"#)), Some(MatchedBy::Field));
    }

    #[test]
    fn with_value_only_the_key_is_not_compared() {
        let mut matcher = Matcher::new(&needle("L-1", false));
        assert_eq!(matcher.matches(Some(b"L-1"), Some(br#"{"lease_id":"L-2"}"#)), None);
    }
}
