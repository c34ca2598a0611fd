//! The human output of every command, and every `--help`, as snapshots (`tests/snapshots/`).
//!
//! What a person reads is a contract too: a column renamed, a mark lost or a sentence changed
//! shows up here as a diff to accept (`cargo insta review`, or `INSTA_UPDATE=always`) or to
//! fix. What differs from run to run is redacted before comparing: durations and times, ports,
//! the test's unique names, cluster and probe ids, and the width of table columns (which follows
//! those names).

mod common;

use std::path::Path;

use common::groups::{produce_events, seed};
use common::{Broker, Pipeline, Run, doctor, unique};

/// The run-to-run differences, each replaced by a fixed word.
const REDACTIONS: &[(&str, &str)] = &[
    // Probe, lease and event ids the doctor makes up (first: their digits look like other things).
    (r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", "[uuid]"),
    // RFC 3339 times and clock times.
    (r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?", "[time]"),
    (r"\b\d\d:\d\d:\d\d(\.\d+)?Z?\b", "[clock]"),
    // Durations: `12 ms`, `1.2 s`, `350µs`, `4.1 s`.
    (r"\b\d+(\.\d+)?\s?(ms|µs|s)\b", "[duration]"),
    (r"127\.0\.0\.1:\d+", "127.0.0.1:[port]"),
    (r"\(\d+ records/s\)", "([rate] records/s)"),
    // A probe's key is new each run, and so is the partition it hashes to.
    (r"(lease-events[-\d]*):\d+ @ offset \d+", "$1:[partition] @ offset [offset]"),
    // `unique()` names: `<prefix>-<pid>-<n>`.
    (r"-\d+-\d+\b", "-[n]"),
    // Kafka cluster ids (22 characters of URL-safe base64).
    (r"\b[A-Za-z0-9_-]{22}\b", "[cluster-id]"),
    // Temporary directories.
    (r"/tmp/\.tmp[A-Za-z0-9]+", "[tmp]"),
];

/// Table geometry follows the redacted text: rules and padding are compared by shape.
const TABLE_SHAPE: &[(&str, &str)] = &[(r"[─═┄]+", "─"), (r" {2,}", "  ")];

/// Reports are redacted; help pages, which hold nothing that changes, are compared exactly.
fn settings(redact: bool) -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots");
    settings.set_prepend_module_to_snapshot(false);
    // Where the project lies on this machine.
    let root: String = env!("CARGO_MANIFEST_DIR")
        .chars()
        .flat_map(|c| if c.is_ascii_alphanumeric() || c == '/' { vec![c] } else { vec!['\\', c] })
        .collect();
    settings.add_filter(&root, "[project]");
    if redact {
        for (pattern, replacement) in REDACTIONS.iter().chain(TABLE_SHAPE) {
            settings.add_filter(pattern, *replacement);
        }
    }
    settings
}

/// The text a person sees: stdout, then stderr if there was any, and the exit code.
fn screen(run: &Run) -> String {
    let mut text = run.stdout.clone();
    if !run.stderr.trim().is_empty() {
        text.push_str("--- stderr ---\n");
        text.push_str(&run.stderr);
    }
    text.push_str(&format!("--- exit {} ---\n", run.code));
    text
}

fn assert_screen(name: &str, run: &Run) {
    settings(true).bind(|| insta::assert_snapshot!(name, screen(run)));
}

#[test]
fn every_help_page() {
    let pages: &[&[&str]] = &[
        &["--help"],
        &["trace", "--help"],
        &["demo", "--help"],
        &["group", "--help"],
        &["group", "list", "--help"],
        &["group", "describe", "--help"],
        &["reset-group", "--help"],
        &["check", "--help"],
        &["find", "--help"],
        &["monitor", "--help"],
        &["completions", "--help"],
        &["man", "--help"],
    ];
    for args in pages {
        let run = doctor(args);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let name = format!("help-{}", args[..args.len() - 1].join("-"));
        let name = if name == "help-" { "help".to_string() } else { name };
        settings(false).bind(|| insta::assert_snapshot!(name, run.stdout));
    }
}

#[test]
fn check_on_a_project_with_journal_problems() {
    let project = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/journal");
    let run = doctor(&["check", "--static-only", "--project-dir", &project.display().to_string()]);
    assert_screen("check-static-journal", &run);
}

#[test]
fn demo_on_the_embedded_cluster() {
    let run = doctor(&["demo"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert_screen("demo", &run);
}

/// One test for everything on the broker, in order, so that `group list` sees only the group
/// made here (the broker is shared by this binary's tests).
#[test]
fn the_commands_on_apache_kafka() {
    let broker = Broker::start();
    let topic = unique("lease-events");
    let group = unique("rentflow-django-consumer");
    broker.create_topic(&topic, 2);
    let leases: Vec<String> = (0..4).map(|n| format!("L-snapshot-{n}")).collect();
    produce_events(&broker, &topic, 0, &leases[..3]);
    produce_events(&broker, &topic, 1, &leases[3..]);
    seed(&broker, &group, &topic, &[(0, 1)]);
    let on = |args: &[&str]| doctor(&[args, &["--brokers", broker.address.as_str()]].concat());

    assert_screen("group-list", &on(&["group", "list"]));
    assert_screen("group-describe", &on(&["group", "describe", "--group", &group, "--topic", &topic]));
    assert_screen(
        "reset-group-dry-run",
        &on(&["reset-group", "--group", &group, "--topic", &topic, "--to", "earliest"]),
    );
    assert_screen(
        "find",
        &on(&["find", "--topic", &topic, "--group", &group, "--lease-id", "L-snapshot-2", "--since", "1h"]),
    );

    let pipeline = Pipeline::start("none", "none");
    let trace = pipeline.doctor(&["trace"]);
    assert_eq!(trace.code, 0, "{}{}", trace.stdout, trace.stderr);
    assert_screen("trace-healthy", &trace);

    let monitor = pipeline.doctor(&["monitor", "--count", "1", "--listen", "off"]);
    assert_eq!(monitor.code, 0, "{}{}", monitor.stdout, monitor.stderr);
    assert_screen("monitor-healthy", &monitor);
}
