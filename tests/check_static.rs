//! `check --static-only` on the fixture trees under tests/fixtures: each reports exactly its
//! planted problems (code, file, line) and nothing else; selection, suppression, --fail-on,
//! the human report, and the JSON, JUnit and SARIF outputs against their schemas.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use common::{Run, doctor, doctor_in};

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name).display().to_string()
}

fn check_json(name: &str, extra: &[&str]) -> Run {
    let dir = fixture(name);
    let mut args = vec!["check", "--static-only", "-o", "json", "--project-dir", &dir];
    args.extend(extra);
    doctor(&args)
}

/// (code, path, line) of every finding.
fn planted(run: &Run) -> BTreeSet<(String, String, u64)> {
    run.json()["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let location = &f["location"];
            (
                f["code"].as_str().unwrap().to_string(),
                location["path"].as_str().unwrap_or_else(|| panic!("no location in {f}")).to_string(),
                location["line"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn set(items: &[Planted]) -> BTreeSet<(String, String, u64)> {
    items.iter().map(|(c, p, l)| (c.to_string(), p.to_string(), *l)).collect()
}

/// A planted problem: code, path, line.
type Planted = (&'static str, &'static str, u64);

const FIXTURES: [(&str, &[Planted]); 12] = [
    (
        "rd101-positive",
        &[
            ("RD101", "lease_service/api.py", 9),
            ("RD101", "lease_service/server.py", 13),
            ("RD101", "lease_service/views.py", 9),
        ],
    ),
    ("rd101-negative", &[]),
    ("rd201-positive", &[("RD201", "leases/management/commands/run_kafka_consumer.py", 31)]),
    ("rd201-negative", &[]),
    (
        "rd202-positive",
        &[("RD202", "consumer/confluent_consumer.py", 11), ("RD202", "consumer/kafka_python_consumer.py", 7)],
    ),
    ("rd202-negative", &[]),
    (
        "rd301-positive",
        &[
            ("RD301", "Procfile", 2),
            ("RD301", "consumer/Dockerfile", 7),
            ("RD301", "docker-compose.yml", 6),
            ("RD301", "docker-compose.yml", 11),
        ],
    ),
    ("rd301-negative", &[]),
    (
        "rd401-positive",
        &[
            ("RD401", "broken.py", 1),
            ("RD401", "export_paths.py", 1),
            ("RD401", "labels.py", 1),
            ("RD401", "leases/management/commands/run_kafka_consumer.py", 1),
            ("RD401", "legacy.py", 1),
            ("RD401", "reset_offsets.py", 3),
        ],
    ),
    ("rd401-negative", &[]),
    (
        "journal",
        &[
            ("RD101", "lease_service/server.py", 13),
            ("RD201", "consumer/leases/management/commands/run_kafka_consumer.py", 32),
            ("RD202", "consumer/leases/management/commands/run_kafka_consumer.py", 19),
            ("RD301", "docker-compose.yml", 13),
            ("RD401", "consumer/leases/management/commands/run_kafka_consumer.py", 1),
        ],
    ),
    ("suppressed", &[("RD301", "docker-compose.yml", 7)]),
];

/// Planted findings that are warnings: rd301-positive's `lease-worker` runs a prebuilt image
/// whose ENV the doctor cannot read, so its RD301 says so instead of asserting it.
const WARNINGS: [(&str, usize); 1] = [("rd301-positive", 1)];

#[test]
fn each_fixture_reports_exactly_its_planted_problems() {
    for (name, expected) in FIXTURES {
        let run = check_json(name, &[]);
        assert_eq!(planted(&run), set(expected), "fixture {name}:\n{}", run.stdout);
        let warnings = WARNINGS.iter().find(|(n, _)| *n == name).map_or(0, |(_, w)| *w);
        let errors = expected.len() - warnings;
        assert_eq!(run.code, if errors > 0 { 1 } else { 0 }, "fixture {name}: {}", run.stderr);
        let report = run.json();
        assert_eq!(report["summary"]["errors"], errors, "fixture {name}");
        assert_eq!(report["mode"], "static-only");
    }
}

#[test]
fn findings_carry_location_evidence_fix_and_their_check() {
    let run = check_json("journal", &[]);
    let report = run.json();
    let findings = report["findings"].as_array().unwrap();
    for (index, finding) in findings.iter().enumerate() {
        assert!(finding["location"]["column"].as_u64().unwrap() >= 1);
        assert!(!finding["evidence"][0].as_str().unwrap().is_empty(), "{finding}");
        assert!(!finding["fix"].as_str().unwrap().is_empty());
        let code = finding["code"].as_str().unwrap();
        let check = report["checks"].as_array().unwrap().iter().find(|c| c["id"] == code).unwrap();
        assert_eq!(check["status"], "failed");
        assert!(check["findings"].as_array().unwrap().contains(&serde_json::json!(index)), "{check}");
        let page = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("docs/checks/{code}.md"));
        assert!(page.is_file(), "{}", page.display());
    }
    // The journal's case, named: the pasted Windows path, with the offending text and Python's error.
    let rd401 = findings.iter().find(|f| f["code"] == "RD401").unwrap();
    assert!(rd401["message"].as_str().unwrap().contains("pasted Windows path"));
    assert_eq!(rd401["location"]["column"], 4);
    assert!(rd401["evidence"][0].as_str().unwrap().starts_with("\"C:\\Users\\dev"));
    assert!(
        rd401["evidence"][1].as_str().unwrap().contains("'unicodeescape' codec can't decode bytes in position 2-3")
    );
    let rd101 = findings.iter().find(|f| f["code"] == "RD101").unwrap();
    assert!(rd101["message"].as_str().unwrap().contains("`LeaseService.TerminateLease`"));
}

#[test]
fn a_subset_runs_only_the_checks_asked_for() {
    let run = check_json("journal", &["RD301", "python-syntax-error"]);
    let codes: BTreeSet<String> = run.codes().into_iter().collect();
    assert_eq!(codes, ["RD301".to_string(), "RD401".to_string()].into_iter().collect());
    let report = run.json();
    let ran: Vec<&str> = report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["phase"] == "static")
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(ran, ["RD301", "RD401"]);
    assert_eq!(report["selected"], serde_json::json!(["RD301", "python-syntax-error"]));
}

#[test]
fn unknown_checks_and_missing_directories_are_usage_errors() {
    let run = check_json("journal", &["RD999"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("RD999") && run.stderr.contains("--list-checks"), "{}", run.stderr);
    let run = doctor(&["check", "--static-only", "--project-dir", "/nonexistent/rentflow"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("/nonexistent/rentflow"), "{}", run.stderr);
}

#[test]
fn a_tree_with_nothing_to_check_is_not_a_pass() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("README.md"), "nothing here").unwrap();
    let run = doctor(&["check", "--static-only", "--project-dir", dir.path().to_str().unwrap()]);
    assert_eq!(run.code, 3, "{}", run.stdout);
    assert!(run.stderr.contains("nothing was checked"), "{}", run.stderr);
}

#[test]
fn inline_directives_and_the_ignore_lists_suppress_findings() {
    let run = check_json("suppressed", &[]);
    let suppressed: BTreeSet<(String, String)> = run.json()["suppressed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["code"].as_str().unwrap().to_string(), s["by"].as_str().unwrap().to_string()))
        .collect();
    let expected: BTreeSet<(String, String)> = [("RD202", "inline"), ("RD301", "inline"), ("RD401", "inline")]
        .iter()
        .map(|(c, b)| (c.to_string(), b.to_string()))
        .collect();
    assert_eq!(suppressed, expected);

    // The config file's ignore list, by name.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("rentflow-doctor.toml"), "[check]\nignore = [\"stdout-buffered\"]\n").unwrap();
    let project = fixture("suppressed");
    let run = doctor_in(dir.path(), &["check", "--static-only", "-o", "json", "--project-dir", &project]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(run.codes().is_empty());
    assert!(run.json()["suppressed"].as_array().unwrap().iter().any(|s| s["by"] == "config" && s["code"] == "RD301"));

    // --ignore, and an unknown code in the list is refused.
    assert_eq!(check_json("suppressed", &["--ignore", "RD301"]).code, 0);
    assert_eq!(check_json("suppressed", &["--ignore", "RD777"]).code, 2);
}

#[test]
fn gitignored_files_are_not_read() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("build/lib")).unwrap();
    std::fs::write(dir.path().join("build/lib/broken.py"), "def broken(:\n").unwrap();
    std::fs::write(dir.path().join("ok.py"), "x = 1\n").unwrap();
    std::fs::write(dir.path().join(".gitignore"), "build/\n").unwrap();
    let run = doctor(&["check", "--static-only", "-o", "json", "--project-dir", dir.path().to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(run.json()["scan"]["files"]["python"], 1);
    std::fs::remove_file(dir.path().join(".gitignore")).unwrap();
    let run = doctor(&["check", "--static-only", "-o", "json", "--project-dir", dir.path().to_str().unwrap()]);
    assert_eq!(run.codes(), ["RD401"]);
}

#[test]
fn fail_on_warning_fails_on_warnings() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("publisher.py"),
        "from kafka import KafkaProducer\n\n\ndef publish(event):\n    KafkaProducer().send(\"lease-events\", event)\n",
    )
    .unwrap();
    let project = dir.path().to_str().unwrap();
    let run = doctor(&["check", "--static-only", "-o", "json", "--project-dir", project]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(run.json()["findings"][0]["severity"], "warning");
    assert_eq!(run.json()["checks"][0]["status"], "warning");
    let run = doctor(&["check", "--static-only", "--fail-on", "warning", "--project-dir", project]);
    assert_eq!(run.code, 1, "{}", run.stdout);
}

#[test]
fn the_human_report_has_sections_marks_times_hints_and_a_summary() {
    let dir = fixture("rd301-positive");
    let run = doctor(&["check", "--static-only", "--project-dir", &dir]);
    assert_eq!(run.code, 1);
    for expected in
        ["static", "✗", "✓", "RD301", "stdout-buffered", "4 findings", " ms", "fix:", "unhealthy — 3 errors, 1 warning"]
    {
        assert!(run.stdout.contains(expected), "missing {expected}:\n{}", run.stdout);
    }
    assert!(run.stdout.contains("at docker-compose.yml:6:14"), "{}", run.stdout);
    assert!(run.stderr.is_empty(), "no spinner when stderr is not a terminal: {}", run.stderr);
}

#[test]
fn list_checks_names_every_check_in_text_and_json() {
    let run = doctor(&["check", "--list-checks"]);
    assert_eq!(run.code, 0);
    for id in ["RD101", "RD201", "RD202", "RD301", "RD401", "connect", "trace", "group", "consumer-logs"] {
        assert!(run.stdout.contains(id), "{id} missing:\n{}", run.stdout);
    }
    let run = doctor(&["check", "--list-checks", "-o", "json"]);
    let ids: Vec<String> =
        run.json()["checks"].as_array().unwrap().iter().map(|c| c["id"].as_str().unwrap().to_string()).collect();
    assert_eq!(ids.len(), 9);
}

#[test]
fn every_catalogue_code_has_its_docs_page() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for kind in rentflow_doctor::findings::CATALOGUE {
        let path = root.join(format!("docs/checks/{}.md", kind.code));
        let page = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{} is missing", path.display()));
        assert!(page.starts_with(&format!("# {} {}\n", kind.code, kind.name)), "{}", path.display());
        if kind.code.starts_with("RD5") || kind.code.starts_with("RD6") {
            // reset-group's and find's pages, in their own layout.
            assert!(page.contains("## Fix"), "{} lacks its fix", path.display());
            continue;
        }
        for section in ["## What happened", "## How it is detected", "## How to fix it"] {
            assert!(page.contains(section), "{} lacks `{section}`", path.display());
        }
    }
}

// ---------------------------------------------------------------- schemas

fn schema(path: &str) -> jsonschema::Validator {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap();
    let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
    jsonschema::options().should_validate_formats(true).build(&schema).unwrap()
}

/// The `language` pattern of the official SARIF 2.1.0 schema (on `run` and `toolComponent`).
const SARIF_LANGUAGE_PATTERN: &str = "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$";

fn drop_pattern(value: &mut serde_json::Value, pattern: &str) -> usize {
    match value {
        serde_json::Value::Object(map) => {
            let mut dropped = 0;
            if map.get("pattern").and_then(|p| p.as_str()) == Some(pattern) {
                map.remove("pattern");
                dropped += 1;
            }
            dropped + map.values_mut().map(|v| drop_pattern(v, pattern)).sum::<usize>()
        }
        serde_json::Value::Array(items) => items.iter_mut().map(|v| drop_pattern(v, pattern)).sum(),
        _ => 0,
    }
}

/// The official SARIF 2.1.0 schema. Its `language` pattern is not a valid ECMA 262 regular
/// expression (`…]?$`), so the draft-07 meta-schema's `format: regex` rejects the schema
/// itself; that pattern (of properties the doctor never writes) is dropped in memory, and
/// everything else — formats included — is asserted as published.
fn sarif_schema() -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/schemas/sarif-schema-2.1.0.json");
    let mut schema: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(drop_pattern(&mut schema, SARIF_LANGUAGE_PATTERN), 2, "the vendored schema changed; revisit this");
    jsonschema::options().should_validate_formats(true).build(&schema).unwrap()
}

fn assert_valid(validator: &jsonschema::Validator, document: &serde_json::Value, what: &str) {
    let errors: Vec<String> =
        validator.iter_errors(document).map(|e| format!("{} at {}", e, e.instance_path())).collect();
    assert!(errors.is_empty(), "{what} does not validate:\n{}\n{document:#}", errors.join("\n"));
}

#[test]
fn json_reports_validate_against_the_report_schema() {
    let validator = schema("docs/schema/report.schema.json");
    for (name, _) in FIXTURES {
        assert_valid(&validator, &check_json(name, &[]).json(), name);
    }
    assert_valid(&validator, &check_json("journal", &["RD301"]).json(), "a subset");
    // A failure document (usage error) is valid too.
    let failure = check_json("journal", &["RD999"]).json();
    assert_eq!(failure["error"]["kind"], "usage");
    assert_valid(&validator, &failure, "a usage failure");
    // And the schema rejects drift: a finding without a fix, a check with an unknown status.
    let mut broken = check_json("journal", &[]).json();
    broken["findings"][0].as_object_mut().unwrap().remove("fix");
    assert!(!validator.is_valid(&broken));
    let mut broken = check_json("journal", &[]).json();
    broken["checks"][0]["status"] = serde_json::json!("fine");
    assert!(!validator.is_valid(&broken));
}

#[test]
fn sarif_validates_against_the_sarif_2_1_0_schema_and_points_at_the_findings() {
    let dir = tempfile::tempdir().unwrap();
    let sarif = dir.path().join("check.sarif");
    let run = check_json(
        "journal",
        &["--sarif", sarif.to_str().unwrap(), "--docs-url", "https://example.org/rentflow-doctor/docs/checks/"],
    );
    assert_eq!(run.code, 1);
    let document: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&sarif).unwrap()).unwrap();
    assert_valid(&sarif_schema(), &document, "the SARIF file");
    let sarif_run = &document["runs"][0];
    let rules = sarif_run["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), rentflow_doctor::findings::CATALOGUE.len());
    let rd301 = rules.iter().find(|r| r["id"] == "RD301").unwrap();
    assert_eq!(rd301["helpUri"], "https://example.org/rentflow-doctor/docs/checks/RD301.md");
    assert!(rd301["help"]["markdown"].as_str().unwrap().starts_with("# RD301 stdout-buffered"));
    let results: BTreeSet<(String, String, u64, u64)> = sarif_run["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let location = &r["locations"][0]["physicalLocation"];
            (
                r["ruleId"].as_str().unwrap().to_string(),
                location["artifactLocation"]["uri"].as_str().unwrap().to_string(),
                location["region"]["startLine"].as_u64().unwrap(),
                location["region"]["startColumn"].as_u64().unwrap(),
            )
        })
        .collect();
    let findings: BTreeSet<(String, String, u64, u64)> = run.json()["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let l = &f["location"];
            (
                f["code"].as_str().unwrap().to_string(),
                l["path"].as_str().unwrap().to_string(),
                l["line"].as_u64().unwrap(),
                l["column"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(results, findings);
    let root = sarif_run["originalUriBaseIds"]["SRCROOT"]["uri"].as_str().unwrap();
    assert!(root.starts_with("file:///") && root.ends_with("/tests/fixtures/journal/"), "{root}");
    // The validation can fail: a result without a message is not SARIF.
    let mut broken = document.clone();
    broken["runs"][0]["results"][0].as_object_mut().unwrap().remove("message");
    assert!(!sarif_schema().is_valid(&broken));
}

/// xmllint, installed by scripts/test.sh.
fn xmllint() -> PathBuf {
    let found = std::env::var_os("PATH")
        .map(|paths| std::env::split_paths(&paths).map(|p| p.join("xmllint")).find(|p| p.is_file()))
        .unwrap_or_default();
    found.expect("xmllint is not installed: run scripts/test.sh, which installs it (Debian package libxml2-utils)")
}

fn validate_junit(path: &Path) -> std::process::Output {
    let xsd = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/schemas/junit-10.xsd");
    std::process::Command::new(xmllint()).arg("--noout").arg("--schema").arg(&xsd).arg(path).output().unwrap()
}

#[test]
fn junit_validates_against_the_junit_xsd_with_a_testcase_per_check() {
    let dir = tempfile::tempdir().unwrap();
    let junit = dir.path().join("check.xml");
    let run = check_json("journal", &["--junit", junit.to_str().unwrap()]);
    assert_eq!(run.code, 1);
    let validated = validate_junit(&junit);
    assert!(validated.status.success(), "{}", String::from_utf8_lossy(&validated.stderr));
    let xml = std::fs::read_to_string(&junit).unwrap();
    let checks = run.json()["checks"].as_array().unwrap().len();
    assert_eq!(xml.matches("<testcase ").count(), checks);
    assert_eq!(xml.matches("<failure ").count(), 5, "{xml}");
    assert_eq!(xml.matches("<skipped ").count(), 4, "the live checks under --static-only: {xml}");
    assert!(xml.contains("name=\"RD301 stdout-buffered\""), "{xml}");
    assert!(xml.contains("docker-compose.yml:13:14"), "{xml}");
    // The validation can fail: a testsuite without its required attributes is rejected.
    let broken = dir.path().join("broken.xml");
    std::fs::write(&broken, xml.replacen(" failures=\"5\"", "", 1).replace("<testsuite name", "<testsuite nom"))
        .unwrap();
    assert!(!validate_junit(&broken).status.success());
}
