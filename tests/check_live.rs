//! `check` against the reference pipeline on Apache Kafka, in each fault mode, the
//! consumer logging to a file: the right code from the right live check, and the exit code.

mod common;

use std::path::Path;

use common::{Pipeline, Run, doctor, doctor_in};

/// `check --live-only -o json` against the pipeline, reading the consumer's log file.
fn check_live(pipeline: &Pipeline, extra: &[&str]) -> Run {
    let url = pipeline.grpc_url();
    let log = pipeline.dir.path().join("consumer.log");
    let log = log.to_str().unwrap();
    let mut args =
        vec!["check", "--live-only", "-o", "json", "--brokers", &pipeline.broker.address, "--grpc-url", &url];
    args.extend(["--topic", &pipeline.topic, "--group", &pipeline.group, "--consumer-log-file", log]);
    args.extend(extra);
    doctor_in(pipeline.dir.path(), &args)
}

/// `id → (status, codes of its findings)` of the live checks.
fn live_checks(run: &Run) -> Vec<(String, String, Vec<String>)> {
    let report = run.json();
    let findings = report["findings"].as_array().unwrap().clone();
    report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["phase"] == "live")
        .map(|c| {
            let codes = c["findings"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| findings[i.as_u64().unwrap() as usize]["code"].as_str().unwrap().to_string())
                .collect();
            (c["id"].as_str().unwrap().to_string(), c["status"].as_str().unwrap().to_string(), codes)
        })
        .collect()
}

fn status_of(run: &Run, id: &str) -> String {
    live_checks(run).into_iter().find(|(i, _, _)| i == id).map(|(_, s, _)| s).unwrap_or_default()
}

fn finding<'a>(report: &'a serde_json::Value, code: &str) -> &'a serde_json::Value {
    report["findings"].as_array().unwrap().iter().find(|f| f["code"] == code).unwrap_or_else(|| panic!("no {code}"))
}

#[test]
fn a_healthy_pipeline_passes_every_live_check() {
    let pipeline = Pipeline::start("none", "none");
    let run = check_live(&pipeline, &[]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert!(run.codes().is_empty(), "{:?}", run.codes());
    let checks = live_checks(&run);
    assert_eq!(
        checks.iter().map(|(id, status, _)| (id.as_str(), status.as_str())).collect::<Vec<_>>(),
        [("connect", "passed"), ("trace", "passed"), ("group", "passed"), ("consumer-logs", "passed")]
    );
    let report = run.json();
    let lease = report["live"]["lease_id"].as_str().unwrap();
    assert!(pipeline.consumer.as_ref().unwrap().log().contains(lease));
    assert_eq!(report["mode"], "live-only");
}

#[test]
fn a_producer_per_request_is_rd101_from_the_trace() {
    let pipeline = Pipeline::start("per-request-producer", "none");
    let run = check_live(&pipeline, &[]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert_eq!(run.codes(), ["RD101"]);
    assert_eq!(status_of(&run, "trace"), "failed");
}

#[test]
fn an_event_that_never_arrives_is_rd102() {
    let pipeline = Pipeline::start("drop-event", "none");
    let run = check_live(&pipeline, &["--event-timeout", "1s"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert_eq!(run.codes(), ["RD102"]);
}

#[test]
fn a_late_consumer_with_latest_is_rd202() {
    let pipeline = Pipeline::start_with_late_latest_consumer();
    let run = check_live(&pipeline, &[]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert_eq!(run.codes(), ["RD202"]);
    assert_eq!(status_of(&run, "consumer-logs"), "passed", "the probe itself was processed and logged");
}

#[test]
fn a_silent_consumer_with_empty_logs_is_rd301() {
    let pipeline = Pipeline::start("none", "silent");
    let run = check_live(&pipeline, &[]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert_eq!(run.codes(), ["RD301"]);
    assert_eq!(status_of(&run, "trace"), "passed");
    assert_eq!(status_of(&run, "consumer-logs"), "failed");
    let report = run.json();
    let rd301 = finding(&report, "RD301");
    assert!(rd301["message"].as_str().unwrap().contains(report["live"]["lease_id"].as_str().unwrap()));
}

#[test]
fn a_silent_consumer_gets_the_static_cause_from_the_project_tree() {
    // Auto mode with a project tree: the static RD201 becomes the live finding's evidence.
    let pipeline = Pipeline::start("none", "silent");
    let project = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rd201-positive");
    let log = pipeline.dir.path().join("consumer.log");
    let run = pipeline.doctor(&[
        "check",
        "-o",
        "json",
        "--project-dir",
        project.to_str().unwrap(),
        "--consumer-log-file",
        log.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let report = run.json();
    assert_eq!(report["mode"], "auto");
    let checks = live_checks(&run);
    let logs = checks.iter().find(|(id, _, _)| id == "consumer-logs").unwrap();
    assert_eq!(logs.2, ["RD201"], "{checks:?}");
    let live = report["findings"].as_array().unwrap().iter().filter(|f| f["code"] == "RD201").nth(1).unwrap();
    let evidence = live["evidence"].to_string();
    assert!(evidence.contains("static RD201 at leases/management/commands/run_kafka_consumer.py:31:9"), "{evidence}");
}

#[test]
fn a_consumer_that_logs_other_lines_but_not_the_lease_is_rd201_via_a_log_command() {
    let pipeline = Pipeline::start("none", "silent");
    // The template gets {since}; the command's stderr counts, as `docker logs` replays stderr there.
    let command = "echo \"WARNING rentflow.consumer heartbeat since {since}\" >&2";
    let run = pipeline.doctor(&["check", "--live-only", "-o", "json", "--consumer-logs", command]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert_eq!(run.codes(), ["RD201"]);
    let report = run.json();
    assert!(report["live"]["consumer_logs"].as_str().unwrap().contains("heartbeat"));
    assert!(finding(&report, "RD201")["evidence"][0].as_str().unwrap().starts_with("1 log line(s)"));
}

#[test]
fn a_stopped_consumer_is_rd103_with_its_last_lines_and_a_syntax_error_is_rd401() {
    let pipeline = Pipeline::start("none", "stopped");
    // What the journal's consumer printed before it died (problem 4).
    std::fs::write(
        pipeline.dir.path().join("consumer.log"),
        "Traceback (most recent call last):\n  File \"/app/manage.py\", line 22, in <module>\n    main()\n  File \"/app/leases/management/commands/run_kafka_consumer.py\", line 1\n    \"C:\\Users\\dev\\rentflow\\run_kafka_consumer.py\"\n    ^\nSyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 2-3: truncated \\UXXXXXXXX escape\n",
    )
    .unwrap();
    let junit = pipeline.dir.path().join("live.xml");
    let run = check_live(&pipeline, &["--consume-timeout", "2s", "--junit", junit.to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let codes = run.codes();
    for code in ["RD103", "RD401"] {
        assert!(codes.contains(&code.to_string()), "{codes:?}");
    }
    let report = run.json();
    let rd103 = finding(&report, "RD103")["evidence"].to_string();
    assert!(rd103.contains("last exception in the consumer's logs: SyntaxError"), "{rd103}");
    assert!(rd103.contains("run_kafka_consumer.py"), "{rd103}");
    let rd401 = finding(&report, "RD401");
    assert!(rd401["message"].as_str().unwrap().contains("unicodeescape"));
    assert!(rd401["evidence"].to_string().contains("run_kafka_consumer.py\\\", line 1"), "{}", rd401["evidence"]);
    assert_eq!(status_of(&run, "group"), "failed");
    // The JUnit file of a live run validates too, with a failure on the group check.
    let xsd = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/schemas/junit-10.xsd");
    let validated = std::process::Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(&xsd)
        .arg(&junit)
        .output()
        .expect("xmllint is not installed: run scripts/test.sh");
    assert!(validated.status.success(), "{}", String::from_utf8_lossy(&validated.stderr));
    let xml = std::fs::read_to_string(&junit).unwrap();
    assert!(xml.contains("name=\"group\""), "{xml}");
    assert!(xml.contains("RD103"), "{xml}");
}

#[test]
fn an_unreachable_pipeline_is_skipped_in_auto_mode_and_exit_3_with_live_only() {
    let port = common::free_port();
    let brokers = format!("127.0.0.1:{port}");
    let url = format!("http://127.0.0.1:{port}");
    let project = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rd202-negative");
    let run = doctor(&[
        "check",
        "-o",
        "json",
        "--project-dir",
        project.to_str().unwrap(),
        "--brokers",
        &brokers,
        "--grpc-url",
        &url,
    ]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let statuses = live_checks(&run);
    assert!(statuses.iter().all(|(_, status, _)| status == "skipped"), "{statuses:?}");
    let skipped =
        run.json()["checks"].as_array().unwrap().iter().find(|c| c["id"] == "trace").unwrap()["detail"].to_string();
    assert!(skipped.contains(&brokers), "{skipped}");

    let started = std::time::Instant::now();
    let run = doctor(&[
        "check",
        "--live-only",
        "-o",
        "json",
        "--brokers",
        &brokers,
        "--grpc-url",
        &url,
        "--connect-timeout",
        "2s",
    ]);
    assert!(started.elapsed() < std::time::Duration::from_secs(15), "took {:?}", started.elapsed());
    assert_eq!(run.code, 3, "{}", run.stdout);
    let codes = run.codes();
    assert!(codes.contains(&"RD902".to_string()) && codes.contains(&"RD901".to_string()), "{codes:?}");
    assert_eq!(status_of(&run, "connect"), "failed");
}
