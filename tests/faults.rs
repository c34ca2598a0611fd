//! The fault matrix of `trace`: brokers, services and consumers that die or hang, unknown
//! groups and hostile records. Each case must end in bounded time with a clear finding and
//! the documented exit code — no hang, no panic.

mod common;

use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use common::{Pipeline, doctor_command};

/// Generous bound for "did not hang": every case has deadlines far below it.
const NO_HANG: Duration = Duration::from_secs(40);

#[test]
fn a_service_that_is_not_running_is_rd901_naming_the_url() {
    let mut pipeline = Pipeline::start("none", "stopped");
    let url = pipeline.grpc_url();
    pipeline.service.as_mut().unwrap().kill();
    // A refused connection is immediate; the broker, shared with tests that start JVMs of
    // their own, gets the usual time to answer.
    let run = pipeline.trace(&["--connect-timeout", "10s"]);
    assert_eq!(run.code, 3, "{}", run.stdout);
    assert_eq!(run.codes(), ["RD901"]);
    assert!(run.json()["findings"][0]["message"].as_str().unwrap().contains(&url));
}

#[test]
fn a_service_hanging_past_the_deadline_is_rd105_deadline_exceeded() {
    let pipeline = Pipeline::start("none", "none");
    pipeline.service.as_ref().unwrap().pause();
    let started = Instant::now();
    let run = pipeline.trace(&["--grpc-timeout", "1s", "--connect-timeout", "2s"]);
    assert!(started.elapsed() < NO_HANG);
    // A frozen process still completes TCP handshakes; depending on whether the HTTP/2
    // handshake or the call is the first to wait, the doctor reports an unreachable
    // service (connect) or a deadline (call). Both name the service and end in time.
    match run.code {
        1 => {
            assert_eq!(run.codes(), ["RD105"]);
            assert_eq!(run.json()["grpc"]["status"], "DeadlineExceeded");
        }
        3 => assert_eq!(run.codes(), ["RD901"]),
        other => panic!("exit {other}: {}", run.stdout),
    }
}

#[test]
fn a_hanging_broker_fails_in_about_the_connect_timeout() {
    let pipeline = Pipeline::start_dedicated("none", "stopped");
    pipeline.broker.pause();
    let started = Instant::now();
    let run = pipeline.trace(&["--connect-timeout", "1s"]);
    let took = started.elapsed();
    pipeline.broker.resume();
    assert!(took < NO_HANG, "took {took:?}");
    assert_eq!(run.code, 3, "{}", run.stdout);
    assert_eq!(run.codes(), ["RD902"]);
    assert!(run.stdout.contains(&pipeline.broker.address));
}

#[test]
fn a_broker_killed_during_a_trace_is_rd902_and_the_trace_ends() {
    let mut pipeline = Pipeline::start_dedicated("none", "stopped");
    let url = pipeline.grpc_url();
    let mut child = doctor_command(pipeline.dir.path())
        .args(["trace", "-o", "json", "-v", "--brokers", &pipeline.broker.address, "--grpc-url", &url])
        .args(["--topic", &pipeline.topic, "--group", &pipeline.group])
        .args(["--consume-timeout", "20s", "--connect-timeout", "2s"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until the doctor has the event and waits for the (stopped) consumer.
    let stderr = child.stderr.take().unwrap();
    let lines = BufReader::new(stderr).lines().map_while(Result::ok);
    let mut waiting = false;
    for line in lines {
        if line.contains("to commit past") {
            waiting = true;
            break;
        }
    }
    assert!(waiting, "the trace never reached the consume wait");
    let started = Instant::now();
    pipeline.broker.kill();
    let output = child.wait_with_output().unwrap();
    assert!(started.elapsed() < NO_HANG);
    let run = common::Run::from(output);
    assert_eq!(run.code, 3, "{}", run.stdout);
    assert_eq!(run.codes(), ["RD902"]);
    assert_eq!(run.hop("watch"), "ok");
    assert_eq!(run.hop("consume"), "failed");
}

#[test]
fn a_consumer_killed_before_its_session_expires_is_rd104_listing_the_member() {
    let mut pipeline = Pipeline::start("none", "none");
    assert_eq!(pipeline.trace(&["--lease-id", "canary-9"]).code, 0);
    pipeline.consumer.as_mut().unwrap().kill();
    // The broker keeps the member until its session times out (6 s): a member that does
    // not commit is a stalled consumer.
    let run = pipeline.trace(&["--lease-id", "canary-9", "--consume-timeout", "2s"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert_eq!(run.codes(), ["RD104"]);
    let evidence = run.json()["findings"][0]["evidence"].to_string();
    assert!(evidence.contains("member "), "{evidence}");
}

#[test]
fn an_unknown_group_is_a_consumer_that_is_not_running() {
    let pipeline = Pipeline::start("none", "none");
    let run = pipeline.trace(&["--group", "nobody-consumes-this", "--consume-timeout", "1s"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert_eq!(run.codes(), ["RD103", "RD202"]);
    // Kafka's DescribeGroups answers Dead for a group id it holds nothing for.
    assert_eq!(run.json()["group"]["state"], "Dead");
}

#[test]
fn hostile_and_unrelated_records_while_watching_do_not_disturb_the_trace() {
    let pipeline = Pipeline::start("none", "none");
    // The group commits on every partition before the noise begins. A partition whose first
    // record (the noise's 1 MB one, say) the consumer is still reading when a probe starts has
    // no committed offset yet, and a first commit seen past it reads as RD202: a race of this
    // set-up, not what this test is about.
    common::groups::backlog(&pipeline.broker, &pipeline.topic, 3, 1, "before-noise");
    common::groups::wait_until("the consumer commits on every partition", Duration::from_secs(60), || {
        let committed = common::groups::committed(&pipeline.broker, &pipeline.group, &pipeline.topic, 3);
        committed.iter().all(Option::is_some)
    });
    let stop = Arc::new(AtomicBool::new(false));
    let noise = {
        let (stop, address, topic) = (stop.clone(), pipeline.broker.address.clone(), pipeline.topic.clone());
        std::thread::spawn(move || {
            use rdkafka::config::ClientConfig;
            use rdkafka::producer::{BaseProducer, BaseRecord, Producer};
            let producer: BaseProducer = ClientConfig::new()
                .set("bootstrap.servers", &address)
                .set("message.max.bytes", "2000000")
                .set("linger.ms", "5")
                .create()
                .unwrap();
            let big = vec![b'{'; 1_000_000];
            let mut sent = 0u64;
            for round in 0u64.. {
                if stop.load(Ordering::Relaxed) && sent >= 3000 {
                    break;
                }
                let mut records: Vec<(&[u8], &[u8])> = vec![
                    (&[0xff, 0xfe, 0x00, 0x80], br#"{"lease_id":"someone-else"}"#),
                    (b"plain-text", b"this is not JSON { at all"),
                    (b"unrelated", br#"{"event_type":"LeaseCreated","lease_id":"L-1"}"#),
                ];
                // A 1 MB value now and then: large enough to test, rare enough not to
                // bury the probe behind hundreds of megabytes.
                if round % 250 == 0 {
                    records.push((b"big", &big));
                }
                for (key, value) in records {
                    if producer.send(BaseRecord::to(&topic).key(key).payload(value)).is_ok() {
                        sent += 1;
                    }
                }
                // About 200 records a second: far more than a lease topic sees, and within
                // what the reference consumer (one synchronous commit per record) keeps up
                // with on two busy cores, so the probes' consume hops measure the doctor, not
                // a backlog. At 600 a second it fell 5,000 records behind there.
                producer.poll(Duration::from_millis(15));
            }
            producer.flush(Duration::from_secs(10)).unwrap();
            sent
        })
    };
    // Let the noise reach full flow before the probe.
    std::thread::sleep(Duration::from_millis(300));
    // The deadlines are generous: the test is about matching under noise, and the
    // reference consumer's pace on a loaded machine is not what it measures.
    let run = pipeline.trace(&["--count", "20", "--concurrency", "2", "--timeout", "120s", "--consume-timeout", "60s"]);
    stop.store(true, Ordering::Relaxed);
    let sent = noise.join().unwrap();
    assert!(sent >= 3000, "only {sent} noise records");
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let report = run.json();
    assert_eq!(report["completed"], 20, "{}", report["hops"]);
    // The watcher read the noise (and matched only the probes).
    assert!(report["records_watched"].as_u64().unwrap() > 20, "{}", report["records_watched"]);
}

#[test]
fn the_whole_run_is_bounded_by_timeout() {
    let pipeline = Pipeline::start("none", "stopped");
    let started = Instant::now();
    let run = pipeline.trace(&["--timeout", "2s", "--consume-timeout", "60s"]);
    let took = started.elapsed();
    assert!(took < Duration::from_secs(10), "took {took:?}");
    assert_eq!(run.code, 1, "{}", run.stdout);
    // The run's deadline, not the consumer's timeout, ended the wait; the group having no
    // members is still a fact.
    assert_eq!(run.hop("consume"), "cut");
    assert_eq!(run.codes(), ["RD103", "RD202", "RD107"]);
}

/// The doctor started as a child process, so that the test can break the pipeline while it runs.
fn spawn_trace(pipeline: &Pipeline, extra: &[&str]) -> std::process::Child {
    let url = pipeline.grpc_url();
    doctor_command(pipeline.dir.path())
        .args(["trace", "-o", "json", "--brokers", &pipeline.broker.address, "--grpc-url", &url])
        .args(["--topic", &pipeline.topic, "--group", &pipeline.group])
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Waits until the consumer has logged `lines` processed events: the burst is under way and
/// healthy so far.
fn wait_processed(pipeline: &Pipeline, lines: usize) {
    let deadline = Instant::now() + Duration::from_secs(30);
    let consumer = pipeline.consumer.as_ref().unwrap();
    while consumer.log().lines().count() < lines {
        assert!(Instant::now() < deadline, "the consumer processed only {} events", consumer.log().lines().count());
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn finish(child: std::process::Child, started: Instant) -> common::Run {
    let output = child.wait_with_output().unwrap();
    assert!(started.elapsed() < NO_HANG, "took {:?}", started.elapsed());
    common::Run::from(output)
}

#[test]
fn a_consumer_killed_mid_burst_is_rd103_and_never_advice_to_rewind_what_it_committed() {
    let mut pipeline = Pipeline::start("none", "none");
    let started = Instant::now();
    // Each probe left waiting waits 7 s: longer than the consumer's 6 s session, so the
    // group has no members by the time the burst ends.
    let child = spawn_trace(&pipeline, &["-n", "100", "-c", "50", "--consume-timeout", "7s", "--timeout", "40s"]);
    wait_processed(&pipeline, 30);
    pipeline.consumer.as_mut().unwrap().kill();
    let run = finish(child, started);
    assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
    let report = run.json();
    // RD103 first. A partition the group never committed on may rightly get RD202 (how many
    // partitions it reached before the kill is timing; the diagnosis only gives RD202 where
    // none is committed as last observed, see trace::diagnose's unit tests), and no fix moves
    // the group back past what it committed without saying so.
    let codes = run.codes();
    assert_eq!(codes[0], "RD103", "{}", report["findings"]);
    assert!(codes[1..].iter().all(|code| code == "RD202"), "{}", report["findings"]);
    for finding in report["findings"].as_array().unwrap().iter().filter(|f| f["code"] == "RD202") {
        let text = finding.to_string();
        assert!(
            !text.contains("reset-group")
                || text.contains("nothing is moved back")
                || text.contains("moves the group back"),
            "{text}"
        );
    }
    // The report says when it broke: healthy probes, then RD103 (with RD202 where allowed
    // above). With 50 probes in flight, probes complete out of order: how many of the first
    // in the order sent were healthy is timing, but healthy probes there were, before and
    // after the first failure in that order, and every failure counted is one of the two.
    let timeline = &report["timeline"];
    let healthy = timeline["healthy_first"].as_u64().unwrap() + timeline["healthy_after"].as_u64().unwrap();
    assert!(healthy >= 10, "{timeline}");
    let failures = timeline["first_failures"].as_array().unwrap();
    let kinds: Vec<&str> = failures.iter().map(|f| f["code"].as_str().unwrap()).collect();
    assert!(kinds.contains(&"RD103") && kinds.iter().all(|k| ["RD103", "RD202"].contains(k)), "{timeline}");
    let failed: u64 = failures.iter().filter(|f| f["code"] == "RD103").map(|f| f["probes"].as_u64().unwrap()).sum();
    assert_eq!(failed + healthy, 100, "every probe is healthy or RD103: {timeline}");
}

#[test]
fn a_service_killed_mid_burst_fails_from_that_probe_on_and_earlier_probes_stay_healthy() {
    let mut pipeline = Pipeline::start("none", "none");
    let started = Instant::now();
    let concurrency = 4;
    let child = spawn_trace(&pipeline, &["-n", "400", "-c", &concurrency.to_string(), "--connect-timeout", "2s"]);
    wait_processed(&pipeline, 40);
    pipeline.service.as_mut().unwrap().kill();
    let run = finish(child, started);
    let report = run.json();
    assert!(run.code == 1 || run.code == 3, "{}", run.stdout);
    for code in run.codes() {
        assert!(code == "RD901" || code == "RD105", "{code}: {}", report["findings"]);
    }
    let timeline = &report["timeline"];
    let healthy = timeline["healthy_first"].as_u64().unwrap();
    assert!(healthy >= 40, "{timeline}");
    let failures = timeline["first_failures"].as_array().unwrap();
    let first = failures.iter().map(|f| f["probe"].as_u64().unwrap()).min().unwrap();
    assert_eq!(first, healthy + 1, "{timeline}");
    // Probes already answered when the service died may still complete; no later one does.
    assert!(timeline["healthy_after"].as_u64().unwrap() < concurrency, "{timeline}");
    let failed: u64 = failures.iter().map(|f| f["probes"].as_u64().unwrap()).sum();
    assert!(failed + healthy + concurrency > 400, "{timeline}");
    assert!(report["completed"].as_u64().unwrap() >= healthy);
}

#[test]
fn a_broker_killed_mid_burst_ends_bounded_naming_the_broker_as_the_cause_of_the_service_failures() {
    let mut pipeline = Pipeline::start_dedicated("none", "none");
    let started = Instant::now();
    let child = spawn_trace(&pipeline, &["-n", "2000", "-c", "16", "--grpc-timeout", "2s", "--connect-timeout", "2s"]);
    wait_processed(&pipeline, 40);
    pipeline.broker.kill();
    let args_timeout = Duration::from_secs(30);
    let run = finish(child, started);
    assert!(started.elapsed() < args_timeout + Duration::from_secs(10), "took {:?}", started.elapsed());
    assert_eq!(run.code, 3, "{}", run.stdout);
    let report = run.json();
    let codes = run.codes();
    assert!(codes.contains(&"RD902".to_string()), "{codes:?}");
    // The service's deadline failures follow from the broker: one finding, linked as evidence.
    assert!(!codes.contains(&"RD105".to_string()), "{}", report["findings"]);
    let rd902 = report["findings"].as_array().unwrap().iter().find(|f| f["code"] == "RD902").unwrap();
    let evidence = rd902["evidence"].to_string();
    assert!(evidence.contains("likely consequence") && evidence.contains("DeadlineExceeded"), "{evidence}");
    let timeline = &report["timeline"];
    assert!(timeline["healthy_first"].as_u64().unwrap() >= 10, "{timeline}");
    let rd105 = timeline["first_failures"].as_array().unwrap().iter().find(|f| f["code"] == "RD105");
    assert_eq!(rd105.map(|f| f["follows_from"].clone()), Some(serde_json::json!("RD902")), "{timeline}");
}

#[test]
fn a_run_cut_short_by_its_timeout_counts_those_probes_apart_and_blames_nothing_on_the_service() {
    let pipeline = Pipeline::start("none", "none");
    let run = pipeline.trace(&["-n", "100000", "-c", "8", "--timeout", "2s"]);
    let report = run.json();
    // Only the doctor's own deadline is named: a warning, so the healthy pipeline exits 0.
    assert_eq!(run.codes(), ["RD107"], "{}", report["findings"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    let outcomes = &report["outcomes"];
    assert!(outcomes["not sent: run deadline"].as_u64().unwrap() > 0, "{outcomes}");
    assert!(outcomes.get("DeadlineExceeded").is_none(), "{outcomes}");
    let cut = &report["run_deadline"];
    assert_eq!(cut["timeout_ms"], 2000.0);
    let stopped = cut["not_sent"].as_u64().unwrap() + cut["cut_short"].as_u64().unwrap();
    assert_eq!(stopped + report["completed"].as_u64().unwrap(), 100000, "{report}");
    let rd107 = &report["findings"][0];
    assert!(rd107["fix"].as_str().unwrap().contains("--timeout"), "{rd107}");
    assert_eq!(rd107["severity"], "warning");
}

/// A three-node cluster with a service and a consumer on a topic replicated to every node.
fn cluster_pipeline(
    cluster: &common::Cluster,
    partitions: i32,
) -> (String, String, common::Service, common::Consumer, tempfile::TempDir) {
    let topic = common::unique("lease-events");
    let group = common::unique("rentflow-django-consumer");
    common::create_topic(&cluster.bootstrap(), &topic, partitions, 3, &[]);
    let dir = tempfile::tempdir().unwrap();
    let service = common::Service::start(&cluster.nodes[0], &topic, "none");
    let consumer = common::Consumer::start(&cluster.nodes[0], &topic, &group, "none", &dir.path().join("consumer.log"));
    (topic, group, service, consumer, dir)
}

#[test]
fn a_trace_given_one_broker_of_three_works_through_the_cluster_and_a_leader_stopped_mid_burst_ends_it_in_time() {
    let mut cluster = common::Cluster::start(3);
    let (topic, group, service, consumer, _dir) = cluster_pipeline(&cluster, 1);
    // Given only the third node, the doctor finds the partition's leader and the group's
    // coordinator wherever they are.
    let third = cluster.nodes[2].address.clone();
    let base = ["trace", "-o", "json", "--grpc-url", &service.url, "--topic", &topic, "--group", &group];
    let run = common::doctor(&[&base[..], &["--brokers", &third]].concat());
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    // The leader of the probe's (only) partition is stopped while a burst runs.
    let leader = partition_leader(&cluster.bootstrap(), &topic);
    let bootstrap = cluster.bootstrap();
    let dir = tempfile::tempdir().unwrap();
    let started = Instant::now();
    let child = doctor_command(dir.path())
        .args(base)
        .args(["--brokers", &bootstrap, "-n", "200", "-c", "8", "--timeout", "40s", "--connect-timeout", "3s"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Stopped once the burst is under way: the consumer has processed some of its probes.
    let processed = consumer.log().lines().count();
    let deadline = Instant::now() + Duration::from_secs(30);
    while consumer.log().lines().count() < processed + 20 {
        assert!(Instant::now() < deadline, "the burst never got under way");
        std::thread::sleep(Duration::from_millis(5));
    }
    cluster.node(leader).kill();
    let run = finish(child, started);
    assert!(started.elapsed() < Duration::from_secs(50), "took {:?}", started.elapsed());
    assert!([0, 1, 3].contains(&run.code), "exit {}: {}\n{}", run.code, run.stdout, run.stderr);
    let report = run.json();
    // Every probe is accounted for: completed, or failed or stopped under a named finding.
    let completed = report["completed"].as_u64().unwrap_or_else(|| panic!("not a burst report: {report}"));
    let accounted: u64 = report["timeline"]["first_failures"]
        .as_array()
        .map(|kinds| {
            for kind in kinds {
                assert_ne!(kind["code"], "-", "a probe failed without a finding: {kind}");
            }
            report["timeline"]["healthy_first"].as_u64().unwrap()
                + report["timeline"]["healthy_after"].as_u64().unwrap()
        })
        .unwrap_or(completed);
    assert_eq!(accounted, completed, "{}", report["timeline"]);
    for hop in report["hops"].as_array().unwrap() {
        let (p50, max) = (hop["p50_ms"].as_f64(), hop["max_ms"].as_f64());
        if let (Some(p50), Some(max)) = (p50, max) {
            assert!(0.0 <= p50 && p50 <= max && max < 50_000.0, "{hop}");
        }
    }
}

/// The broker id leading partition 0 of `topic`.
fn partition_leader(bootstrap: &str, topic: &str) -> i32 {
    use rdkafka::consumer::{BaseConsumer, Consumer};
    let client: BaseConsumer = rdkafka::ClientConfig::new().set("bootstrap.servers", bootstrap).create().unwrap();
    let metadata = client.fetch_metadata(Some(topic), Duration::from_secs(10)).unwrap();
    metadata.topics()[0].partitions()[0].leader()
}
