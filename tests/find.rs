//! `find` against the real broker and the real binary: events at known times on several
//! partitions and the time window, each of the group's verdicts, the consumer's logs as
//! evidence, the --max-records bound, transactions, hostile keys and headers, and the JSON
//! contract.
//!
//! Records are written and offsets committed with plain rdkafka clients, never with the
//! doctor itself, so that a doctor that reads wrongly cannot also confirm itself.

mod common;

use std::path::Path;
use std::time::Duration;

use common::{Broker, Run, doctor, unique};
use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, CommitMode, Consumer as _};
use rdkafka::message::{Header, OwnedHeaders};
use rdkafka::producer::{BaseProducer, BaseRecord, Producer};
use rdkafka::{Offset, TopicPartitionList};
use rentflow_doctor::Body;
use rentflow_doctor::find::report::Verdict;
use rentflow_doctor::pipeline::LeaseTerminated;
use rentflow_doctor::report::Report;

/// One record to write: partition, CreateTime (ms), key, value, headers.
struct Event<'a> {
    partition: i32,
    timestamp_ms: Option<i64>,
    key: Option<&'a [u8]>,
    value: Vec<u8>,
    headers: Vec<(&'a str, &'a [u8])>,
}

fn event(partition: i32, lease_id: &str) -> Event<'static> {
    Event {
        partition,
        timestamp_ms: None,
        key: None,
        value: serde_json::to_vec(&LeaseTerminated::new(lease_id, "moved out")).unwrap(),
        headers: Vec::new(),
    }
}

fn producer(broker: &Broker) -> BaseProducer {
    ClientConfig::new().set("bootstrap.servers", &broker.address).set("linger.ms", "0").create().unwrap()
}

fn send(producer: &BaseProducer, topic: &str, events: &[Event<'_>]) {
    for event in events {
        let mut record: BaseRecord<'_, [u8], [u8]> =
            BaseRecord::to(topic).partition(event.partition).payload(event.value.as_slice());
        if let Some(key) = event.key {
            record = record.key(key);
        }
        if let Some(ms) = event.timestamp_ms {
            record = record.timestamp(ms);
        }
        if !event.headers.is_empty() {
            let mut headers = OwnedHeaders::new();
            for (name, value) in &event.headers {
                headers = headers.insert(Header { key: name, value: Some(*value) });
            }
            record = record.headers(headers);
        }
        producer.send(record).map_err(|(err, _)| err).expect("enqueue");
        producer.poll(Duration::ZERO);
    }
    producer.flush(Duration::from_secs(30)).expect("flush");
}

fn commit(broker: &Broker, group: &str, topic: &str, offsets: &[(i32, i64)]) {
    let client: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", &broker.address)
        .set("group.id", group)
        .set("enable.auto.commit", "false")
        .create()
        .unwrap();
    let mut list = TopicPartitionList::new();
    for (partition, offset) in offsets {
        list.add_partition_offset(topic, *partition, Offset::Offset(*offset)).unwrap();
    }
    client.commit(&list, CommitMode::Sync).expect("commit");
}

fn find(broker: &Broker, topic: &str, group: &str, extra: &[&str]) -> Run {
    let mut args = vec!["find", "-o", "json", "--brokers", &broker.address, "--topic", topic, "--group", group];
    args.extend_from_slice(extra);
    doctor(&args)
}

fn report(run: &Run) -> rentflow_doctor::find::report::FindBody {
    let report: Report<Body> = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|err| panic!("not a report ({err}):\n{}\n{}", run.stdout, run.stderr));
    assert_eq!(report.command, "find");
    match report.body {
        Body::Find(body) => body,
        other => panic!("not a find body: {other:?}"),
    }
}

fn positions(body: &rentflow_doctor::find::report::FindBody) -> Vec<(i32, i64)> {
    body.matches.iter().map(|m| (m.partition, m.offset)).collect()
}

fn rfc3339(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms).unwrap().to_string()
}

#[test]
fn finds_events_at_known_times_on_every_partition_within_the_window() {
    let broker = Broker::start();
    let (topic, group) = (unique("find-window"), unique("find-window-group"));
    broker.create_topic(&topic, 3);
    let lease = unique("L");
    let now = jiff::Timestamp::now().as_millisecond();
    let (h3, h2, m30, m10) = (now - 3 * 3_600_000, now - 2 * 3_600_000, now - 30 * 60_000, now - 10 * 60_000);
    let at = |partition, ms, lease_id: &str| Event { timestamp_ms: Some(ms), ..event(partition, lease_id) };
    let keyed = Event { key: Some(lease.as_bytes()), value: b"not json".to_vec(), ..at(0, m10, "x") };
    let producer = producer(&broker);
    send(
        &producer,
        &topic,
        &[
            at(0, h3, "L-other"),
            at(0, h3, &lease), // 0:1
            at(1, h2, "L-other"),
            at(1, h2, &lease),  // 1:1
            at(2, m30, &lease), // 2:0
            at(2, m30, "L-other"),
            keyed, // 0:2, matched by key
            at(1, m10, "L-other"),
        ],
    );

    let all = find(&broker, &topic, &group, &["--lease-id", &lease]);
    assert_eq!(all.code, 0, "{}", all.stderr);
    let body = report(&all);
    assert_eq!(positions(&body), [(0, 1), (0, 2), (1, 1), (2, 0)]);
    assert!(body.complete);
    assert_eq!(body.records_read, 8);
    let first = &body.matches[0];
    assert_eq!((first.timestamp_ms, first.timestamp_type.as_str()), (Some(h3), "create-time"));
    let shown: jiff::Timestamp = first.timestamp.as_deref().unwrap().parse().unwrap();
    assert_eq!(shown.as_millisecond(), h3);
    assert!(first.event_id.as_deref().is_some_and(|id| id.len() == 36), "{:?}", first.event_id);
    assert_eq!(body.matches[1].matched_by, rentflow_doctor::trace::matching::MatchedBy::Key);
    assert_eq!(body.matches[1].key.as_deref(), Some(lease.as_str()));

    let recent = find(&broker, &topic, &group, &["--lease-id", &lease, "--since", "1h"]);
    assert_eq!(recent.code, 0, "{}", recent.stderr);
    assert_eq!(positions(&report(&recent)), [(0, 2), (2, 0)]);

    let from = rfc3339(now - 150 * 60_000);
    let until = rfc3339(now - 20 * 60_000);
    let window = find(&broker, &topic, &group, &["--lease-id", &lease, "--from", &from, "--until", &until]);
    assert_eq!(window.code, 0, "{}", window.stderr);
    let body = report(&window);
    assert_eq!(positions(&body), [(1, 1), (2, 0)]);
    // The window's offsets come from ListOffsets by timestamp.
    let starts: Vec<i64> = body.partitions.iter().map(|p| p.from_offset).collect();
    assert_eq!(starts, [2, 0, 0]);

    // --match-field + --value compares the field only, never the key.
    let by_value = find(&broker, &topic, &group, &["--match-field", "/lease_id", "--value", &lease]);
    assert_eq!(positions(&report(&by_value)), [(0, 1), (1, 1), (2, 0)]);

    // The text names each match; nothing found is exit code 4.
    let text =
        doctor(&["find", "--brokers", &broker.address, "--topic", &topic, "--group", &group, "--lease-id", &lease]);
    assert!(text.stdout.contains("never to be reached"), "{}", text.stdout);
    let none = find(&broker, &topic, &group, &["--lease-id", "L-nobody"]);
    assert_eq!(none.code, 4, "{}", none.stdout);
    assert_eq!(none.json()["summary"]["status"], "not found");
    assert!(report(&none).matches.is_empty());
}

#[test]
fn each_group_verdict_from_the_committed_offset_and_the_policy() {
    let broker = Broker::start();
    let topic = unique("find-verdicts");
    broker.create_topic(&topic, 1);
    let lease = unique("L");
    let events: Vec<Event<'_>> =
        (0..10).map(|n| event(0, if n == 5 || n == 8 { lease.as_str() } else { "L-other" })).collect();
    send(&producer(&broker), &topic, &events);

    let verdicts = |group: &str, extra: &[&str]| {
        let mut args = vec!["--lease-id", lease.as_str()];
        args.extend_from_slice(extra);
        let run = find(&broker, &topic, group, &args);
        assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
        let body = report(&run);
        let verdicts: Vec<(Verdict, Option<i64>)> =
            body.matches.iter().map(|m| (m.group.verdict, m.group.lag_before)).collect();
        (verdicts, run.codes())
    };
    let past = unique("g-past");
    commit(&broker, &past, &topic, &[(0, 9)]);
    assert_eq!(verdicts(&past, &[]).0, [(Verdict::CommittedPast, None), (Verdict::CommittedPast, None)]);

    let middle = unique("g-middle");
    commit(&broker, &middle, &topic, &[(0, 6)]);
    assert_eq!(verdicts(&middle, &[]).0, [(Verdict::CommittedPast, None), (Verdict::NotYetReached, Some(2))]);

    let fresh = unique("g-fresh");
    let (never, codes) = verdicts(&fresh, &[]);
    assert_eq!(never, [(Verdict::NeverReached, None), (Verdict::NeverReached, None)]);
    assert_eq!(codes, ["RD602"]);
    let (earliest, codes) = verdicts(&fresh, &["--auto-offset-reset", "earliest"]);
    assert_eq!(earliest, [(Verdict::NotYetReached, Some(5)), (Verdict::NotYetReached, Some(8))]);
    assert!(codes.is_empty());

    // Committed before the log start: retention (here DeleteRecords) removed its position.
    delete_records_before(&broker, &topic, 3);
    let behind = unique("g-behind");
    commit(&broker, &behind, &topic, &[(0, 1)]);
    assert_eq!(verdicts(&behind, &[]).0, [(Verdict::NeverReached, None), (Verdict::NeverReached, None)]);
    assert_eq!(
        verdicts(&behind, &["--auto-offset-reset", "earliest"]).0,
        [(Verdict::NotYetReached, Some(2)), (Verdict::NotYetReached, Some(5))]
    );
}

fn delete_records_before(broker: &Broker, topic: &str, offset: i64) {
    use rdkafka::admin::{AdminClient, AdminOptions};
    use rdkafka::client::DefaultClientContext;
    let admin: AdminClient<DefaultClientContext> =
        ClientConfig::new().set("bootstrap.servers", &broker.address).create().unwrap();
    let mut list = TopicPartitionList::new();
    list.add_partition_offset(topic, 0, Offset::Offset(offset)).unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let options = AdminOptions::new().operation_timeout(Some(Duration::from_secs(10)));
    let answer = runtime.block_on(admin.delete_records(&list, &options)).expect("delete records");
    for element in answer.elements() {
        element.error().expect("delete records of the partition");
    }
}

#[test]
fn processed_only_when_the_consumers_logs_mention_the_lease() {
    let broker = Broker::start();
    let (topic, group) = (unique("find-logs"), unique("find-logs-group"));
    broker.create_topic(&topic, 1);
    let lease = unique("L");
    send(&producer(&broker), &topic, &[event(0, &lease), event(0, "L-other")]);
    commit(&broker, &group, &topic, &[(0, 2)]);
    let dir = tempfile::tempdir().unwrap();

    let without = find(&broker, &topic, &group, &["--lease-id", &lease]);
    let body = report(&without);
    assert_eq!((body.matches[0].group.verdict, body.matches[0].group.processed), (Verdict::CommittedPast, false));
    assert!(body.consumer_logs.is_none());

    let silent = dir.path().join("silent.log");
    std::fs::write(&silent, "INFO consumer started\nINFO processed lease L-other\n").unwrap();
    let run = find(&broker, &topic, &group, &["--lease-id", &lease, "--consumer-log-file", path(&silent)]);
    let body = report(&run);
    assert!(!body.matches[0].group.processed);
    let logs = body.consumer_logs.expect("the logs were read");
    assert_eq!((logs.mentions, logs.lines), (false, 2));
    let text = doctor(&[
        "find",
        "--brokers",
        &broker.address,
        "--topic",
        &topic,
        "--group",
        &group,
        "--lease-id",
        &lease,
        "--consumer-log-file",
        path(&silent),
    ]);
    assert!(text.stdout.contains("do not mention"), "{}", text.stdout);
    assert!(text.stdout.contains("committed past"), "{}", text.stdout);
    assert!(!text.stdout.contains("processed "), "{}", text.stdout);

    let talking = dir.path().join("talking.log");
    std::fs::write(&talking, format!("INFO processed LeaseTerminated for {lease}\n")).unwrap();
    let run = find(&broker, &topic, &group, &["--lease-id", &lease, "--consumer-log-file", path(&talking)]);
    let body = report(&run);
    assert!(body.matches[0].group.processed);
    assert!(body.consumer_logs.unwrap().mentions);

    // The same through a log command, as `docker logs` would be given.
    let command = format!("cat {}", path(&talking));
    let run = find(&broker, &topic, &group, &["--lease-id", &lease, "--consumer-logs", &command]);
    assert!(report(&run).matches[0].group.processed, "{}", run.stderr);
}

fn path(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn max_records_bounds_the_scan_and_says_it_is_incomplete() {
    let broker = Broker::start();
    let (topic, group) = (unique("find-bound"), unique("find-bound-group"));
    broker.create_topic(&topic, 3);
    let lease = unique("L");
    let mut events: Vec<Event<'_>> = (0..300).map(|n| event(n % 3, "L-other")).collect();
    events.push(event(1, &lease));
    send(&producer(&broker), &topic, &events);

    let bounded = find(&broker, &topic, &group, &["--lease-id", &lease, "--max-records", "50"]);
    assert_eq!(bounded.code, 4, "{}", bounded.stdout);
    let body = report(&bounded);
    assert_eq!(body.records_read, 50);
    assert!(!body.complete);
    assert_eq!(body.stopped_by.as_deref(), Some("max-records"));
    assert_eq!(bounded.codes(), ["RD601"]);

    let whole = find(&broker, &topic, &group, &["--lease-id", &lease]);
    assert_eq!(whole.code, 0);
    assert_eq!(report(&whole).records_read, 301);
}

#[test]
fn an_aborted_transactions_event_is_not_reported_as_published() {
    let broker = Broker::start();
    let (topic, group) = (unique("find-txn"), unique("find-txn-group"));
    broker.create_topic(&topic, 1);
    let (aborted, committed) = (unique("L-aborted"), unique("L-committed"));
    let producer: BaseProducer = ClientConfig::new()
        .set("bootstrap.servers", &broker.address)
        .set("transactional.id", unique("find-txn-producer"))
        .create()
        .unwrap();
    producer.init_transactions(Duration::from_secs(30)).expect("init transactions");
    producer.begin_transaction().unwrap();
    send(&producer, &topic, &[event(0, &aborted)]);
    producer.abort_transaction(Duration::from_secs(30)).expect("abort");
    producer.begin_transaction().unwrap();
    send(&producer, &topic, &[event(0, &committed)]);
    producer.commit_transaction(Duration::from_secs(30)).expect("commit");

    let gone = find(&broker, &topic, &group, &["--lease-id", &aborted]);
    assert_eq!(gone.code, 4, "{}", gone.stdout);
    let body = report(&gone);
    assert!(body.matches.is_empty());
    assert!(body.complete, "the scan ends at the log end across the markers");
    let found = find(&broker, &topic, &group, &["--lease-id", &committed]);
    assert_eq!(found.code, 0, "{}", found.stdout);
    assert_eq!(report(&found).matches.len(), 1);
}

#[test]
fn hostile_keys_and_headers_are_escaped_in_text_and_exact_in_json() {
    let broker = Broker::start();
    let (topic, group) = (unique("find-hostile"), unique("find-hostile-group"));
    broker.create_topic(&topic, 1);
    let lease = unique("L");
    let hostile = Event {
        key: Some(&[0xff, 0xfe, 0x1b][..]),
        headers: vec![("trace\x1b[2J", &b"\x1b[31mred"[..]), ("bytes", &[0xc3, 0x28][..])],
        ..event(0, &lease)
    };
    send(&producer(&broker), &topic, &[hostile]);

    let json = find(&broker, &topic, &group, &["--lease-id", &lease]);
    assert_eq!(json.code, 0, "{}", json.stderr);
    let body = report(&json);
    let found = &body.matches[0];
    assert_eq!((found.key.as_deref(), found.key_hex.as_deref()), (None, Some("fffe1b")));
    assert_eq!(found.headers[0].name, "trace\x1b[2J");
    assert_eq!(found.headers[0].value.as_deref(), Some("\x1b[31mred"));
    assert_eq!(found.headers[1].value_hex.as_deref(), Some("c328"));

    let text =
        doctor(&["find", "--brokers", &broker.address, "--topic", &topic, "--group", &group, "--lease-id", &lease]);
    assert_eq!(text.code, 0, "{}", text.stderr);
    assert!(!text.stdout.contains('\x1b'), "{}", text.stdout);
    assert!(text.stdout.contains(r#"b"\xff\xfe\x1b""#), "{}", text.stdout);
    assert!(text.stdout.contains(r"trace\u{1b}[2J"), "{}", text.stdout);
}

#[test]
fn the_json_follows_the_schema_and_a_missing_topic_is_exit_3() {
    let broker = Broker::start();
    let (topic, group) = (unique("find-schema"), unique("find-schema-group"));
    broker.create_topic(&topic, 2);
    let lease = unique("L");
    send(&producer(&broker), &topic, &[event(1, &lease)]);
    for lease_id in [lease.as_str(), "L-nobody"] {
        // `json()` validates the document against the report schema.
        let run = find(&broker, &topic, &group, &["--lease-id", lease_id]);
        assert_eq!(run.json()["command"], "find");
    }
    let missing = find(&broker, &unique("find-missing"), &group, &["--lease-id", &lease]);
    assert_eq!(missing.code, 3, "{}", missing.stdout);
    assert_eq!(missing.codes(), ["RD903"]);
    let usage = find(&broker, &topic, &group, &["--lease-id", &lease, "--since", "soon"]);
    assert_eq!(usage.code, 2);
}
