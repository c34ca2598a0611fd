//! `trace` against the reference pipeline on a real broker: the healthy path and every
//! journal fault, asserting hop statuses, finding codes and exit codes.

mod common;

use common::{Pipeline, doctor};

#[test]
fn a_healthy_pipeline_reports_every_hop_ok_with_latencies() {
    let pipeline = Pipeline::start("none", "none");
    let run = pipeline.trace(&[]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let report = run.json();
    assert_eq!(report["version"], 1);
    assert_eq!(report["command"], "trace");
    for hop in report["hops"].as_array().unwrap() {
        assert_eq!(hop["status"], "ok", "{hop}");
        let latency = hop["latency_ms"].as_f64().unwrap_or_else(|| panic!("no latency in {hop}"));
        assert!(latency >= 0.0);
    }
    let names: Vec<_> = run.hop_statuses().into_iter().map(|(name, _)| name).collect();
    assert_eq!(names, ["grpc", "publish", "watch", "consume", "total"]);
    assert!(run.codes().is_empty(), "{:?}", run.codes());
    // The event the service published for the probe, with the probe's trace headers.
    let lease_id = report["probe"]["lease_id"].as_str().unwrap();
    assert!(lease_id.starts_with("rentflow-doctor-probe-"));
    let event = &report["event"];
    assert_eq!(event["key"], lease_id);
    assert_eq!(event["timestamp_type"], "create");
    assert_eq!(event["headers"]["traceparent"], report["probe"]["traceparent"]);
    assert_eq!(event["headers"]["x-rentflow-probe-id"], report["probe"]["probe_id"]);
    assert_eq!(report["grpc"]["event_id"], event["event_id"]);
    // The consumer really processed it: its log names the lease.
    assert!(pipeline.consumer.as_ref().unwrap().log().contains(lease_id));
}

#[test]
fn a_canary_lease_id_is_sent_as_given_and_matched() {
    let pipeline = Pipeline::start("none", "none");
    let run = pipeline.trace(&["--lease-id", "canary-lease-42"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.json()["event"]["key"], "canary-lease-42");
}

#[test]
fn a_producer_per_request_is_rd101_with_the_status_message() {
    let pipeline = Pipeline::start("per-request-producer", "none");
    let run = pipeline.trace(&[]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert_eq!(run.codes(), ["RD101"]);
    assert_eq!(run.hop("grpc"), "failed");
    assert_eq!(run.hop("publish"), "skipped");
    let report = run.json();
    assert_eq!(report["grpc"]["status"], "Internal");
    assert_eq!(report["grpc"]["code"], 13);
    let evidence = report["findings"][0]["evidence"].to_string();
    assert!(evidence.contains("Purged"), "{evidence}");
}

#[test]
fn an_event_that_never_reaches_the_topic_is_rd102() {
    let pipeline = Pipeline::start("drop-event", "none");
    let run = pipeline.trace(&["--event-timeout", "1s"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert_eq!(run.codes(), ["RD102"]);
    assert_eq!(run.hop("grpc"), "ok");
    assert_eq!(run.hop("publish"), "failed");
    assert_eq!(run.hop("consume"), "skipped");
}

#[test]
fn a_stopped_consumer_is_rd103_and_its_uncommitted_partition_rd202() {
    let pipeline = Pipeline::start("none", "stopped");
    let run = pipeline.trace(&["--consume-timeout", "2s"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert_eq!(run.codes(), ["RD103", "RD202"]);
    assert_eq!(run.hop("watch"), "ok");
    assert_eq!(run.hop("consume"), "failed");
    let fix = run.json()["findings"][1]["fix"].as_str().unwrap().to_string();
    assert!(fix.contains("rentflow-doctor reset-group"), "{fix}");
    assert!(fix.contains("--group rentflow-django-consumer"), "{fix}");
}

#[test]
fn a_consumer_stopped_after_committing_is_rd103_without_rd202() {
    let mut pipeline = Pipeline::start("none", "none");
    // The same lease id lands on the same partition, which the first trace got committed.
    assert_eq!(pipeline.trace(&["--lease-id", "canary-7"]).code, 0);
    pipeline.consumer.as_mut().unwrap().stop();
    let run = pipeline.trace(&["--lease-id", "canary-7", "--consume-timeout", "2s"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert_eq!(run.codes(), ["RD103"]);
    let report = run.json();
    assert_eq!(report["group"]["members"], 0);
    let before = report["group"]["committed_before"].as_i64().unwrap();
    assert_eq!(before, report["event"]["offset"].as_i64().unwrap(), "committed up to the probe, not past it");
}

#[test]
fn a_late_consumer_with_latest_skips_earlier_events_rd202() {
    let pipeline = Pipeline::start_with_late_latest_consumer();
    let run = pipeline.trace(&[]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert_eq!(run.codes(), ["RD202"]);
    assert_eq!(run.hop("consume"), "ok");
    let message = run.json()["findings"][0]["message"].as_str().unwrap().to_string();
    assert!(message.contains("never processed"), "{message}");
}

#[test]
fn a_silent_consumer_still_commits_so_the_trace_is_healthy() {
    // Silence is found from the consumer's logs by `check`; the trace sees a working consumer.
    let pipeline = Pipeline::start("none", "silent");
    let run = pipeline.trace(&[]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(pipeline.consumer.as_ref().unwrap().log().is_empty());
}

#[test]
fn a_burst_reports_percentiles_and_outcomes_by_status() {
    let pipeline = Pipeline::start("none", "none");
    let run = pipeline.trace(&["--count", "20", "--concurrency", "4"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    let report = run.json();
    assert_eq!(report["count"], 20);
    assert_eq!(report["outcomes"]["OK"], 20);
    assert_eq!(report["completed"], 20);
    let total = report["hops"].as_array().unwrap().iter().find(|h| h["name"] == "total").unwrap();
    let (p50, p99, max) =
        (total["p50_ms"].as_f64().unwrap(), total["p99_ms"].as_f64().unwrap(), total["max_ms"].as_f64().unwrap());
    assert!(p50 <= p99 && p99 <= max, "{total}");
    assert!(report["resources"]["cpu_ms"].as_f64().unwrap() > 0.0);
}

#[test]
fn a_burst_against_a_per_request_producer_counts_internal_outcomes() {
    let pipeline = Pipeline::start("per-request-producer", "none");
    let run = pipeline.trace(&["--count", "6", "--concurrency", "3"]);
    assert_eq!(run.code, 1);
    let report = run.json();
    assert_eq!(report["outcomes"]["Internal"], 6, "{}", report["outcomes"]);
    assert_eq!(run.codes(), ["RD101"]);
    assert!(report["findings"][0]["message"].as_str().unwrap().starts_with("6 of 6 probes"));
}

#[test]
fn an_unreachable_broker_fails_fast_naming_the_address() {
    let port = common::free_port();
    let brokers = format!("127.0.0.1:{port}");
    let started = std::time::Instant::now();
    let run = doctor(&[
        "trace",
        "-o",
        "json",
        "--brokers",
        &brokers,
        "--grpc-url",
        &format!("http://127.0.0.1:{port}"),
        "--connect-timeout",
        "2s",
    ]);
    assert!(started.elapsed() < std::time::Duration::from_secs(10), "took {:?}", started.elapsed());
    assert_eq!(run.code, 3, "{}", run.stdout);
    let codes = run.codes();
    assert!(codes.contains(&"RD902".to_string()) && codes.contains(&"RD901".to_string()), "{codes:?}");
    assert!(run.stdout.contains(&brokers));
}

#[test]
fn a_missing_topic_is_rd903() {
    let pipeline = Pipeline::start("none", "stopped");
    let url = pipeline.grpc_url();
    let run = doctor(&[
        "trace",
        "-o",
        "json",
        "--brokers",
        &pipeline.broker.address,
        "--grpc-url",
        &url,
        "--topic",
        "no-such-topic",
    ]);
    assert_eq!(run.code, 3, "{}", run.stdout);
    assert_eq!(run.codes(), ["RD903"]);
    assert!(run.stdout.contains("no-such-topic"));
}

#[test]
fn the_human_report_shows_marks_hops_and_a_summary() {
    let pipeline = Pipeline::start("none", "none");
    let url = pipeline.grpc_url();
    let (brokers, topic, group) = (&pipeline.broker.address, &pipeline.topic, &pipeline.group);
    let run = doctor(&["trace", "--brokers", brokers, "--grpc-url", &url, "--topic", topic, "--group", group]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    for expected in ["✓", "grpc", "publish", "watch", "consume", "total", "healthy"] {
        assert!(run.stdout.contains(expected), "missing {expected}:\n{}", run.stdout);
    }
}

/// A LeaseTerminated event for `lease_id`, as the service writes it.
fn event_json(lease_id: &str) -> Vec<u8> {
    serde_json::to_vec(&rentflow_doctor::pipeline::LeaseTerminated::new(lease_id, "test")).unwrap()
}

/// Runs `trace` for `lease_id` in the background while `produce` writes records, again and
/// again, until the doctor exits — so that a record is produced after the watcher started,
/// whenever that is. For a service that answers without producing (`drop-event`).
fn trace_while(pipeline: &Pipeline, extra: &[&str], mut produce: impl FnMut()) -> common::Run {
    let url = pipeline.grpc_url();
    let mut child = common::doctor_command(pipeline.dir.path())
        .args(["trace", "-o", "json", "--brokers", &pipeline.broker.address, "--grpc-url", &url])
        .args(["--topic", &pipeline.topic, "--group", &pipeline.group])
        .args(extra)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(40);
    while child.try_wait().unwrap().is_none() {
        assert!(std::time::Instant::now() < deadline, "the trace did not end");
        produce();
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    child.wait_with_output().unwrap().into()
}

/// Produces one record whose headers are raw bytes — names too, which rdkafka's safe API
/// only takes as `&str` — through librdkafka's C API, as any producer may write them.
fn produce_with_raw_headers(address: &str, topic: &str, key: &[u8], value: &[u8], headers: &[(&[u8], &[u8])]) {
    use rdkafka::bindings as rdsys;
    use rdkafka::producer::{BaseProducer, Producer};
    let producer: BaseProducer =
        rdkafka::ClientConfig::new().set("bootstrap.servers", address).set("linger.ms", "0").create().unwrap();
    let topic = std::ffi::CString::new(topic).unwrap();
    let names: Vec<std::ffi::CString> =
        headers.iter().map(|(name, _)| std::ffi::CString::new(*name).unwrap()).collect();
    let vu = |vtype, u| rdsys::rd_kafka_vu_t { vtype, u };
    let mem = |bytes: &[u8]| rdsys::rd_kafka_vu_s__bindgen_ty_1 {
        mem: rdsys::rd_kafka_vu_s__bindgen_ty_1__bindgen_ty_1 { ptr: bytes.as_ptr() as *mut _, size: bytes.len() },
    };
    let mut vus = vec![
        vu(rdsys::rd_kafka_vtype_t::RD_KAFKA_VTYPE_TOPIC, rdsys::rd_kafka_vu_s__bindgen_ty_1 { cstr: topic.as_ptr() }),
        vu(rdsys::rd_kafka_vtype_t::RD_KAFKA_VTYPE_KEY, mem(key)),
        vu(rdsys::rd_kafka_vtype_t::RD_KAFKA_VTYPE_VALUE, mem(value)),
        vu(
            rdsys::rd_kafka_vtype_t::RD_KAFKA_VTYPE_MSGFLAGS,
            rdsys::rd_kafka_vu_s__bindgen_ty_1 { i: rdsys::RD_KAFKA_MSG_F_COPY },
        ),
    ];
    for (name, (_, value)) in names.iter().zip(headers) {
        vus.push(vu(
            rdsys::rd_kafka_vtype_t::RD_KAFKA_VTYPE_HEADER,
            rdsys::rd_kafka_vu_s__bindgen_ty_1 {
                header: rdsys::rd_kafka_vu_s__bindgen_ty_1__bindgen_ty_2 {
                    name: name.as_ptr(),
                    val: value.as_ptr().cast(),
                    size: value.len() as isize,
                },
            },
        ));
    }
    // SAFETY: every pointer in `vus` points into data that outlives the call; librdkafka
    // copies key, value and headers (RD_KAFKA_MSG_F_COPY, headers are always copied).
    let error = unsafe { rdsys::rd_kafka_produceva(producer.client().native_ptr(), vus.as_ptr(), vus.len()) };
    assert!(error.is_null(), "producing a record with raw headers failed");
    producer.flush(std::time::Duration::from_secs(10)).unwrap();
}

#[test]
fn a_record_whose_header_name_and_value_are_not_utf8_is_matched_and_shown_escaped() {
    let pipeline = Pipeline::start("drop-event", "none");
    let lease_id = "lease-with-binary-headers";
    let value = event_json(lease_id);
    let run = trace_while(&pipeline, &["--lease-id", lease_id, "--event-timeout", "20s"], || {
        produce_with_raw_headers(
            &pipeline.broker.address,
            &pipeline.topic,
            lease_id.as_bytes(),
            &value,
            &[(b"\xffbin\xfe", b"\x80\x81ok"), (b"plain", b"text")],
        );
    });
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let headers = &run.json()["event"]["headers"];
    assert_eq!(headers["\\xffbin\\xfe"], "\\x80\\x81ok", "{headers}");
    assert_eq!(headers["plain"], "text", "{headers}");
}

/// A transactional producer on the pipeline's broker.
fn transactional_producer(address: &str) -> rdkafka::producer::BaseProducer {
    use rdkafka::producer::Producer;
    let producer: rdkafka::producer::BaseProducer = rdkafka::ClientConfig::new()
        .set("bootstrap.servers", address)
        .set("transactional.id", format!("rentflow-test-{}", uuid::Uuid::new_v4()))
        .set("linger.ms", "0")
        .create()
        .unwrap();
    producer.init_transactions(std::time::Duration::from_secs(30)).expect("init transactions");
    producer
}

/// Writes `records` (key, value) in one transaction, on `partition` or where the partitioner
/// puts them, then commits or aborts it.
fn transaction(
    producer: &rdkafka::producer::BaseProducer,
    topic: &str,
    partition: Option<i32>,
    records: &[(&[u8], &[u8])],
    commit: bool,
) {
    use rdkafka::producer::{BaseRecord, Producer};
    let timeout = std::time::Duration::from_secs(30);
    producer.begin_transaction().unwrap();
    for (key, value) in records {
        let mut record = BaseRecord::to(topic).key(*key).payload(*value);
        record.partition = partition;
        producer.send(record).map_err(|(err, _)| err).unwrap();
    }
    producer.flush(timeout).unwrap();
    if commit {
        producer.commit_transaction(timeout).unwrap();
    } else {
        producer.abort_transaction(timeout).unwrap();
    }
}

#[test]
fn an_aborted_event_is_not_published_and_a_committed_one_is() {
    let pipeline = Pipeline::start("drop-event", "none");
    let producer = transactional_producer(&pipeline.broker.address);
    let lease_id = "lease-in-a-transaction";
    let value = event_json(lease_id);
    // The event is written again and again, in transactions that are all aborted: it was
    // never published, and the trace must not match it.
    let aborted = trace_while(&pipeline, &["--lease-id", lease_id, "--event-timeout", "2s"], || {
        transaction(&producer, &pipeline.topic, None, &[(lease_id.as_bytes(), &value)], false);
    });
    assert_eq!(aborted.code, 1, "{}", aborted.stdout);
    assert_eq!(aborted.codes(), ["RD102"]);
    assert_eq!(aborted.hop("publish"), "failed");
    // Committed, the same event is matched and consumed.
    let committed = trace_while(&pipeline, &["--lease-id", lease_id, "--event-timeout", "10s"], || {
        transaction(&producer, &pipeline.topic, None, &[(lease_id.as_bytes(), &value)], true);
    });
    // The group's verdict is not this test's subject: its first commit may come after the
    // probe (nothing before was committed), which RD202 rightly cannot tell from a skip.
    assert_eq!(committed.hop("publish"), "ok", "{}\n{}", committed.stdout, committed.stderr);
    assert_eq!(committed.hop("watch"), "ok", "{}", committed.stdout);
    assert_eq!(committed.json()["event"]["key"], lease_id);
}

#[test]
fn skipped_records_counted_across_transaction_markers_are_labelled_as_offsets() {
    let mut pipeline = Pipeline::start("none", "stopped");
    let producer = transactional_producer(&pipeline.broker.address);
    let old = event_json("old");
    // A committed transaction of four records on each partition, whose commit marker takes an
    // offset too. Each on its own partition: keyless records go where the sticky partitioner
    // puts them, and a probe on a partition they missed has nothing to skip.
    let records: Vec<(&[u8], &[u8])> = (0..4).map(|_| (&b""[..], &old[..])).collect();
    for partition in 0..3 {
        transaction(&producer, &pipeline.topic, Some(partition), &records, true);
    }
    let log = pipeline.dir.path().join("consumer.log");
    pipeline.consumer =
        Some(common::Consumer::start(&pipeline.broker, &pipeline.topic, &pipeline.group, "offset-reset-latest", &log));
    let run = pipeline.trace(&[]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert_eq!(run.codes(), ["RD202"]);
    let message = run.json()["findings"][0]["message"].as_str().unwrap().to_string();
    // Offsets are not records: the count is an upper bound, and says why.
    assert!(message.contains("up to ") && message.contains("transaction markers take offsets too"), "{message}");
    assert!(!message.contains(" earlier record(s)"), "{message}");
}

#[test]
fn a_topic_with_log_append_time_is_traced_with_the_brokers_timestamps() {
    let pipeline = Pipeline::start("none", "stopped");
    let topic = format!("{}-log-append", pipeline.topic);
    common::create_topic(&pipeline.broker.address, &topic, 3, 1, &[("message.timestamp.type", "LogAppendTime")]);
    let service = common::Service::start(&pipeline.broker, &topic, "none");
    let log = pipeline.dir.path().join("consumer-log-append.log");
    let _consumer = common::Consumer::start(&pipeline.broker, &topic, &pipeline.group, "none", &log);
    let run = common::doctor(&[
        "trace",
        "-o",
        "json",
        "--brokers",
        &pipeline.broker.address,
        "--grpc-url",
        &service.url,
        "--topic",
        &topic,
        "--group",
        &pipeline.group,
    ]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let report = run.json();
    assert_eq!(report["event"]["timestamp_type"], "log-append");
    let publish = report["hops"].as_array().unwrap().iter().find(|h| h["name"] == "publish").unwrap().clone();
    assert!(publish["latency_ms"].as_f64().is_some(), "{publish}");
    assert!(publish["detail"].as_str().unwrap().contains("log-append"), "{publish}");
}

#[test]
fn commits_of_a_group_on_the_new_consumer_protocol_are_tracked() {
    let mut pipeline = Pipeline::start("none", "stopped");
    let log = pipeline.dir.path().join("consumer.log");
    pipeline.consumer = Some(common::Consumer::start_with_args(
        &pipeline.broker,
        &pipeline.topic,
        &pipeline.group,
        "none",
        &log,
        &["--group-protocol", "consumer"],
    ));
    let run = pipeline.trace(&["-n", "30", "-c", "4"]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert_eq!(run.json()["completed"], 30);
    // Stopped, the group is judged as a classic one would be: no members, RD103.
    pipeline.consumer.as_mut().unwrap().stop();
    let stopped = pipeline.trace(&["--consume-timeout", "2s"]);
    assert_eq!(stopped.code, 1, "{}", stopped.stdout);
    assert_eq!(stopped.codes(), ["RD103"], "{}", stopped.stdout);
}
