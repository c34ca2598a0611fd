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
    assert!(!run.stdout.contains('\x1b'), "NO_COLOR must win");
}
