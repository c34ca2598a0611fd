//! `check --static-only` over the corpus under tests/fixtures/corpus: realistic project
//! layouts (split settings, logging in a module of its own or built by a function, prebuilt
//! images, Kubernetes with Kustomize, systemd and supervisord, a consumer started through a
//! shell script, a settings module chosen outside the tree, nothing to report), each with the
//! findings a careful engineer would give. The test prints precision and recall over the
//! corpus, requires every planted problem to be found, and no error that was not planted.
//! Also: the two trials that opened issue 15, and a FIFO where an env file should be.

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use std::time::{Duration, Instant};

use common::{Run, doctor};

/// A planted finding: code, path, line, severity.
type Planted = (&'static str, &'static str, u64, &'static str);

const RD201_LINE: u64 = 31;
const CONSUMER: &str = "leases/management/commands/run_kafka_consumer.py";

const CORPUS: [(&str, &[Planted]); 10] = [
    ("split-settings", &[]),
    ("split-settings-update", &[("RD201", CONSUMER, RD201_LINE, "error")]),
    ("logging-module", &[]),
    ("logging-builder", &[("RD201", CONSUMER, RD201_LINE, "error")]),
    ("prebuilt-image", &[("RD301", "docker-compose.yml", 6, "warning")]),
    ("kubernetes", &[("RD301", "deploy/base/consumer.yaml", 20, "warning")]),
    ("systemd", &[("RD301", "deploy/rentflow-consumer.service", 9, "error")]),
    ("shell-script", &[("RD301", "bin/start-consumer.sh", 4, "error")]),
    ("settings-from-outside", &[("RD201", CONSUMER, RD201_LINE, "warning")]),
    ("nothing-to-report", &[]),
];

fn project(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus").join(name).display().to_string()
}

fn check(dir: &str) -> Run {
    doctor(&["check", "--static-only", "-o", "json", "--project-dir", dir])
}

fn reported(run: &Run) -> BTreeSet<(String, String, u64, String)> {
    run.json()["findings"]
        .as_array()
        .unwrap_or_else(|| panic!("no findings array: {}\n{}", run.stdout, run.stderr))
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_string(),
                f["location"]["path"].as_str().unwrap_or_default().to_string(),
                f["location"]["line"].as_u64().unwrap_or_default(),
                f["severity"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn every_planted_problem_is_found_and_nothing_else_is_an_error() {
    let (mut planted_total, mut reported_total, mut matched) = (0usize, 0usize, 0usize);
    let mut missed = Vec::new();
    let mut unplanted_errors = Vec::new();
    for (name, planted) in CORPUS {
        let run = check(&project(name));
        let found = reported(&run);
        let expected: BTreeSet<(String, String, u64, String)> =
            planted.iter().map(|(c, p, l, s)| (c.to_string(), p.to_string(), *l, s.to_string())).collect();
        planted_total += expected.len();
        reported_total += found.len();
        matched += found.intersection(&expected).count();
        missed.extend(expected.difference(&found).map(|f| format!("{name}: {f:?}")));
        unplanted_errors.extend(
            found
                .difference(&expected)
                .filter(|(_, _, _, severity)| severity == "error")
                .map(|f| format!("{name}: {f:?}")),
        );
        let errors = expected.iter().filter(|f| f.3 == "error").count();
        assert_eq!(run.code, if errors > 0 { 1 } else { 0 }, "{name}: {}\n{}", run.stdout, run.stderr);
        // Every finding carries its certainty, and a warning about what was not seen says how to look.
        for finding in run.json()["findings"].as_array().unwrap() {
            let certainty = finding["certainty"].as_str().unwrap();
            assert!(["certain", "unverified"].contains(&certainty), "{finding}");
            if certainty == "unverified" {
                assert_eq!(finding["severity"], "warning", "{finding}");
                let evidence = finding["evidence"].to_string();
                assert!(evidence.contains("not seen") && evidence.contains("check by hand"), "{name}: {finding:#}");
            }
        }
    }
    let precision = if reported_total == 0 { 1.0 } else { matched as f64 / reported_total as f64 };
    let recall = if planted_total == 0 { 1.0 } else { matched as f64 / planted_total as f64 };
    println!(
        "corpus: {} projects, {planted_total} planted, {reported_total} reported, {matched} matched — precision {precision:.2}, recall {recall:.2}",
        CORPUS.len()
    );
    assert!(missed.is_empty(), "planted problems not found:\n{}", missed.join("\n"));
    assert!(unplanted_errors.is_empty(), "errors that were not planted:\n{}", unplanted_errors.join("\n"));
}

/// The first trial: a compose service whose image is pulled from a registry.
#[test]
fn a_prebuilt_image_gives_a_warning_that_names_it_and_how_to_look() {
    let run = check(&project("prebuilt-image"));
    assert_eq!(run.code, 0, "a warning does not fail the run: {}", run.stdout);
    let report = run.json();
    let finding = &report["findings"][0];
    assert_eq!((finding["code"].as_str(), finding["severity"].as_str()), (Some("RD301"), Some("warning")));
    assert_eq!(finding["certainty"], "unverified");
    assert!(finding["message"].as_str().unwrap().contains("`ghcr.io/acme/rentflow-consumer:1.4`"), "{finding:#}");
    assert!(
        finding["evidence"]
            .to_string()
            .contains("docker inspect --format '{{.Config.Env}}' ghcr.io/acme/rentflow-consumer:1.4"),
        "{finding:#}"
    );
}

/// The second trial: the RD201 fixture with LOGGING moved to rentflow/logging_conf.py and
/// imported into the settings.
#[test]
fn logging_imported_from_its_own_module_gives_no_finding() {
    let run = check(&project("logging-module"));
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(run.codes().is_empty(), "{}", run.stdout);
    let settings = std::fs::read_to_string(Path::new(&project("logging-module")).join("rentflow/settings.py")).unwrap();
    assert!(settings.contains("from .logging_conf import LOGGING"));
}

/// A compose `env_file` that is a FIFO used to hang `check --static-only` for ever.
#[cfg(unix)]
#[test]
fn a_fifo_env_file_is_skipped_with_a_note_not_read_for_ever() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("docker-compose.yml"),
        "services:\n  consumer:\n    image: python:3.12\n    command: python -u app.py\n    env_file: [consumer.env, loop-a.env]\n",
    )
    .unwrap();
    let fifo = dir.path().join("consumer.env");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success(), "mkfifo failed");
    std::os::unix::fs::symlink(dir.path().join("loop-b.env"), dir.path().join("loop-a.env")).unwrap();
    std::os::unix::fs::symlink(dir.path().join("loop-a.env"), dir.path().join("loop-b.env")).unwrap();
    let started = Instant::now();
    let run = check(dir.path().to_str().unwrap());
    assert!(started.elapsed() < Duration::from_secs(30), "took {:?}", started.elapsed());
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let notes = run.json()["notes"].to_string();
    assert!(notes.contains("consumer.env: a FIFO (named pipe), not a regular file; not read"), "{notes}");
    assert!(notes.contains("loop-a.env: a symbolic link loop; not read"), "{notes}");
}
