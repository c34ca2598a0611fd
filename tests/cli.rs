//! The command line as a contract: help and version, usage errors and their exit code,
//! settings precedence end to end, and the README's exit-code table.

mod common;

use common::{doctor, doctor_command, shell_line, terminal_command};
use rentflow_doctor::exit;

#[test]
fn version_and_help_answer_at_once() {
    let version = doctor(&["--version"]);
    assert_eq!(version.code, 0);
    assert_eq!(version.stdout.trim(), format!("rentflow-doctor {}", env!("CARGO_PKG_VERSION")));
    let help = doctor(&["--help"]);
    assert_eq!(help.code, 0);
    for expected in ["trace", "demo", "group", "reset-group", "check", "Exit codes:"] {
        assert!(help.stdout.contains(expected), "--help lacks {expected}:\n{}", help.stdout);
    }
    for (code, meaning) in exit::ALL {
        assert!(help.stdout.contains(&format!("{code}  {meaning}")), "--help lacks exit code {code}");
    }
}

#[test]
fn every_trace_setting_names_its_environment_variable() {
    let help = doctor(&["trace", "--help"]);
    for variable in [
        "RENTFLOW_BROKERS",
        "RENTFLOW_GRPC_URL",
        "RENTFLOW_TOPIC",
        "RENTFLOW_GROUP",
        "RENTFLOW_TIMEOUT",
        "RENTFLOW_CONNECT_TIMEOUT",
        "RENTFLOW_GRPC_TIMEOUT",
        "RENTFLOW_GRPC_CA",
        "RENTFLOW_GRPC_TOKEN",
        "RENTFLOW_LEASE_ID",
        "RENTFLOW_MATCH_FIELD",
        "RENTFLOW_COUNT",
        "RENTFLOW_CONCURRENCY",
        "RENTFLOW_KAFKA_PROPERTIES",
        "RENTFLOW_OUTPUT",
        "RENTFLOW_COLOR",
        "RENTFLOW_CONFIG",
    ] {
        assert!(help.stdout.contains(variable), "trace --help does not name {variable}");
    }
}

#[test]
fn usage_errors_exit_2_and_json_mode_still_prints_json() {
    let run = doctor(&["trace", "--count", "0", "-o", "json"]);
    assert_eq!(run.code, exit::USAGE as i32);
    assert!(run.stderr.contains("--count"), "{}", run.stderr);
    let document = run.json();
    assert_eq!(document["error"]["kind"], "usage");
    assert_eq!(document["exit_code"], 2);
    // clap's own errors: unknown flags and bad values.
    assert_eq!(doctor(&["trace", "--no-such-flag"]).code, 2);
    assert_eq!(doctor(&["trace", "--timeout", "soon"]).code, 2);
    assert_eq!(doctor(&["trace", "--output", "yaml"]).code, 2);
    // librdkafka judges every -X property before anything connects; a mistyped secret
    // property is named, its value is not echoed.
    let typo = doctor(&["trace", "-X", "sasl.pasword=not-echoed-4471", "-o", "json"]);
    assert_eq!(typo.code, 2, "{}", typo.stderr);
    assert!(typo.stderr.contains("sasl.pasword"), "{}", typo.stderr);
    assert!(!typo.stderr.contains("not-echoed-4471") && !typo.stdout.contains("not-echoed-4471"));
    assert_eq!(doctor(&["group", "list", "-X", "security.protocol=carrier-pigeon"]).code, 2);
    assert_eq!(doctor(&["trace", "--grpc-url", "http://bad host:1"]).code, 2);
}

#[test]
fn config_file_problems_are_usage_errors_that_name_the_file_and_key() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("rentflow-doctor.toml"), "brokerz = \"x:1\"\n").unwrap();
    let run = common::doctor_in(dir.path(), &["trace", "--brokers", "127.0.0.1:1"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("rentflow-doctor.toml") && run.stderr.contains("brokerz"), "{}", run.stderr);
    let nowhere = format!("127.0.0.1:{}", common::free_port());
    let nowhere_url = format!("http://{nowhere}");
    let missing = common::doctor_in(
        dir.path(),
        &["--config", "nope.toml", "trace", "--no-config", "--brokers", &nowhere, "--grpc-url", &nowhere_url],
    );
    // --no-config wins over --config: the trace runs (and finds nothing to reach).
    assert_eq!(missing.code, exit::UNREACHABLE as i32, "{}", missing.stderr);
    let missing = common::doctor_in(dir.path(), &["--config", "nope.toml", "trace"]);
    assert_eq!(missing.code, 2);
    assert!(missing.stderr.contains("nope.toml"), "{}", missing.stderr);
}

/// Runs a trace that cannot reach anything (so it ends at once) and returns the target it
/// resolved: the settings precedence is visible in the report.
fn resolved_topic(dir: &std::path::Path, args: &[&str], env: &[(&str, &str)]) -> String {
    let port = common::free_port();
    let brokers = format!("127.0.0.1:{port}");
    let url = format!("http://127.0.0.1:{port}");
    let mut command = doctor_command(dir);
    command
        .args(["trace", "-o", "json", "--connect-timeout", "1s", "--brokers", &brokers, "--grpc-url", &url])
        .args(args);
    for (key, value) in env {
        command.env(key, value);
    }
    let run: common::Run = command.output().unwrap().into();
    assert_eq!(run.code, 3, "{}", run.stderr);
    run.json()["target"]["topic"].as_str().unwrap().to_string()
}

#[test]
fn settings_take_flag_over_environment_over_file_over_default() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(resolved_topic(dir.path(), &[], &[]), "lease-events");
    std::fs::write(dir.path().join("rentflow-doctor.toml"), "topic = \"from-file\"\n").unwrap();
    assert_eq!(resolved_topic(dir.path(), &[], &[]), "from-file");
    assert_eq!(resolved_topic(dir.path(), &[], &[("RENTFLOW_TOPIC", "from-env")]), "from-env");
    assert_eq!(resolved_topic(dir.path(), &["--topic", "from-flag"], &[("RENTFLOW_TOPIC", "from-env")]), "from-flag");
    assert_eq!(resolved_topic(dir.path(), &["--no-config"], &[]), "lease-events");
}

#[test]
fn the_readme_documents_every_exit_code() {
    let readme = include_str!("../README.md");
    let section = readme.split("## Exit codes").nth(1).expect("README has an Exit codes section");
    let section = section.split("\n## ").next().unwrap();
    let documented: Vec<u8> =
        section.lines().filter_map(|line| line.strip_prefix("| ")?.split(" |").next()?.trim().parse().ok()).collect();
    let constants: Vec<u8> = exit::ALL.iter().map(|(code, _)| *code).collect();
    assert_eq!(documented, constants, "README's exit-code table and src/exit.rs disagree");
}

/// The doctor's stdout on a pseudo-terminal, as a person sees it; stderr goes to /dev/null
/// so that the spinner stays out of what is compared.
fn on_a_terminal(args: &[&str], no_color: bool) -> String {
    let dir = tempfile::tempdir().unwrap();
    let mut command = terminal_command(dir.path(), &format!("{} 2>/dev/null", shell_line(args)));
    if no_color {
        command.env("NO_COLOR", "1");
    }
    let output = command.output().expect("util-linux `script` runs the doctor on a terminal");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn colour_follows_the_terminal_no_color_and_the_flag() {
    let project = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rd301-positive");
    let project = project.display().to_string();
    let check = ["check", "--static-only", "--project-dir", project.as_str()];
    let sgr = "\x1b[";
    let coloured = on_a_terminal(&check, false);
    assert!(coloured.contains("RD301") && coloured.contains(sgr), "a terminal gets colour:\n{coloured:?}");
    let plain = on_a_terminal(&check, true);
    assert!(plain.contains("RD301") && !plain.contains('\x1b'), "NO_COLOR turns it off:\n{plain:?}");
    let forced = on_a_terminal(&[&check[..], &["--color", "always"]].concat(), true);
    assert!(forced.contains(sgr), "--color always beats NO_COLOR:\n{forced:?}");
    let never = on_a_terminal(&[&check[..], &["--color", "never"]].concat(), false);
    assert!(never.contains("RD301") && !never.contains('\x1b'), "--color never on a terminal:\n{never:?}");
    // Off a terminal (a pipe), only the flag brings colour.
    let piped = doctor_command(std::path::Path::new(".")).env_remove("NO_COLOR").args(check).output().unwrap();
    assert!(!String::from_utf8_lossy(&piped.stdout).contains('\x1b'), "a pipe gets no colour");
    let piped = doctor_command(std::path::Path::new(".")).args(check).args(["--color", "always"]).output().unwrap();
    assert!(String::from_utf8_lossy(&piped.stdout).contains(sgr), "--color always colours a pipe too");
}

/// `docs/reliability.md` claims only what a test proves: every `file::function` it names
/// exists (`tests/<file>.rs`, or a path under `src/`).
#[test]
fn every_test_the_reliability_page_names_exists() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let page = std::fs::read_to_string(root.join("docs/reliability.md")).unwrap();
    let mut named = 0;
    for quoted in page.split('`').skip(1).step_by(2) {
        let Some((file, function)) = quoted.split_once("::") else { continue };
        // Test names and paths are snake case; `Duration::from_secs_f64` and the like are not tests.
        let plain = |s: &str| {
            !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "_/.".contains(c))
        };
        if !plain(file) || !plain(function) || (file, function) == ("file", "function") {
            continue;
        }
        let path = if file.ends_with(".rs") { root.join(file) } else { root.join(format!("tests/{file}.rs")) };
        if file == "src/path.rs" {
            continue; // the page's own explanation of the notation
        }
        let source = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{quoted}: no {}", path.display()));
        assert!(source.contains(&format!("fn {function}(")), "{quoted}: no such test in {}", path.display());
        named += 1;
    }
    assert!(named > 40, "the page names {named} tests");
}

/// The exit code is the report's, never a crash on the way out: with librdkafka's threads
/// still running, the C library's exit handlers (OpenSSL's clean-up) used to crash about one
/// run in ten after the report was written.
#[test]
fn the_process_ends_with_its_reports_exit_code_every_time() {
    let port = common::free_port();
    let address = format!("127.0.0.1:{port}");
    let url = format!("http://{address}");
    for _ in 0..40 {
        let run =
            doctor(&["trace", "-o", "json", "--brokers", &address, "--grpc-url", &url, "--connect-timeout", "2s"]);
        assert_eq!(run.code, 3, "{}{}", run.stdout, run.stderr);
        assert_eq!(run.json()["summary"]["exit_code"], 3);
    }
}
