//! The configuration layer as a user meets it, with the real binary: where each setting
//! came from (`-v`), which config file every report names, what a config file found in the
//! working directory may not do, profiles, and secrets kept out of clap's own messages.
//!
//! Nothing here needs a broker: each run either stops at its settings (exit 2) or finds
//! nothing listening on a closed loopback port (exit 3) and still reports.

mod common;

use std::path::Path;

use common::{Run, doctor_command, doctor_in, free_port};

/// A trace that cannot reach anything (a closed port), so it ends at once with a report.
fn unreachable_trace(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let port = free_port();
    let brokers = format!("127.0.0.1:{port}");
    let url = format!("http://127.0.0.1:{port}");
    let mut command = doctor_command(dir);
    command.args(["trace", "--connect-timeout", "1s", "--brokers", &brokers, "--grpc-url", &url]).args(args);
    for (key, value) in env {
        command.env(key, value);
    }
    command.output().unwrap().into()
}

#[test]
fn verbose_says_where_each_setting_came_from() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("rentflow-doctor.toml"), "timeout = \"9s\"\n").unwrap();
    let run = unreachable_trace(dir.path(), &["-v", "--group", "flag-group"], &[("RENTFLOW_TOPIC", "env-topic")]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    let stderr = &run.stderr;
    assert!(stderr.contains("config file: rentflow-doctor.toml (found in the working directory"), "{stderr}");
    assert!(stderr.contains("group = flag-group (flag --group)"), "{stderr}");
    assert!(stderr.contains("topic = env-topic (environment RENTFLOW_TOPIC)"), "{stderr}");
    assert!(
        stderr.contains("timeout = 9s (config file rentflow-doctor.toml (found in the working directory))"),
        "{stderr}"
    );
    assert!(stderr.contains("match-field = /lease_id (default)"), "{stderr}");
}

#[test]
fn every_report_names_the_config_file_in_effect() {
    let dir = tempfile::tempdir().unwrap();
    let none = unreachable_trace(dir.path(), &["-o", "json"], &[]);
    assert_eq!(none.json()["context"]["config_source"], "none", "{}", none.stdout);
    assert!(unreachable_trace(dir.path(), &[], &[]).stdout.starts_with("config: none"));
    std::fs::write(dir.path().join("rentflow-doctor.toml"), "topic = \"t\"\n").unwrap();
    let implicit = unreachable_trace(dir.path(), &["-o", "json"], &[]);
    assert_eq!(implicit.json()["context"]["config_file"], "rentflow-doctor.toml");
    assert_eq!(implicit.json()["context"]["config_source"], "implicit");
    let text = unreachable_trace(dir.path(), &[], &[]);
    assert!(
        text.stdout.starts_with("config: rentflow-doctor.toml (found in the working directory)"),
        "{}",
        text.stdout
    );
    let explicit = unreachable_trace(dir.path(), &["-o", "json", "--config", "rentflow-doctor.toml"], &[]);
    assert_eq!(explicit.json()["context"]["config_source"], "explicit");
    let from_env = unreachable_trace(dir.path(), &["-o", "json"], &[("RENTFLOW_CONFIG", "rentflow-doctor.toml")]);
    assert_eq!(from_env.json()["context"]["config_source"], "explicit");
}

#[test]
fn a_config_file_in_the_working_directory_cannot_run_a_command() {
    let dir = tempfile::tempdir().unwrap();
    let marker = dir.path().join("ran");
    let file = format!("[check]\nconsumer-logs = \"touch {}\"\n", marker.display());
    std::fs::write(dir.path().join("rentflow-doctor.toml"), &file).unwrap();
    let port = free_port();
    let brokers = format!("127.0.0.1:{port}");
    let run = doctor_in(dir.path(), &["check", "--live-only", "--brokers", &brokers, "consumer-logs"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("[check] consumer-logs") && run.stderr.contains("--config rentflow-doctor.toml"),
        "{}",
        run.stderr
    );
    assert!(!marker.exists(), "the implicit file's command ran");
    // Named with --config it is the user's own: accepted (the live side is unreachable here).
    let trusted =
        doctor_in(dir.path(), &["--config", "rentflow-doctor.toml", "check", "--live-only", "--brokers", &brokers]);
    assert_ne!(trusted.code, 2, "{}", trusted.stderr);
}

#[test]
fn a_config_file_in_the_working_directory_cannot_load_code_or_lower_security() {
    let dir = tempfile::tempdir().unwrap();
    for (line, key) in [
        ("\"plugin.library.paths\" = \"./libevil.so\"", "plugin.library.paths"),
        ("\"enable.ssl.certificate.verification\" = \"false\"", "enable.ssl.certificate.verification"),
        ("\"ssl.endpoint.identification.algorithm\" = \"none\"", "ssl.endpoint.identification.algorithm"),
        (
            "\"sasl.oauthbearer.token.endpoint.url\" = \"https://evil.example/token\"",
            "sasl.oauthbearer.token.endpoint.url",
        ),
    ] {
        std::fs::write(dir.path().join("rentflow-doctor.toml"), format!("[kafka]\n{line}\n")).unwrap();
        let run = unreachable_trace(dir.path(), &[], &[]);
        assert_eq!(run.code, 2, "{key}: {}", run.stderr);
        assert!(run.stderr.contains(key) && run.stderr.contains("--config"), "{key}: {}", run.stderr);
    }
}

#[test]
fn a_config_file_in_the_working_directory_cannot_receive_credentials_given_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    let secret = "pw-from-env-7731";
    std::fs::write(dir.path().join("rentflow-doctor.toml"), "brokers = \"127.0.0.1:1\"\n").unwrap();
    let mut command = doctor_command(dir.path());
    command.args(["group", "list"]).env("RENTFLOW_KAFKA_PROPERTIES", format!("sasl.password={secret}"));
    let run: Run = command.output().unwrap().into();
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("`brokers`") && run.stderr.contains("--config"), "{}", run.stderr);
    assert!(!run.stderr.contains(secret) && !run.stdout.contains(secret));
    std::fs::write(dir.path().join("rentflow-doctor.toml"), "grpc-url = \"https://leases.example\"\n").unwrap();
    let run = unreachable_trace(dir.path(), &[], &[("RENTFLOW_GRPC_TOKEN", "tok-from-env-7733")]);
    assert_ne!(run.code, 2, "the flag names the service, not the file: {}", run.stderr);
    let mut command = doctor_command(dir.path());
    command.args(["trace", "--brokers", "127.0.0.1:1"]).env("RENTFLOW_GRPC_TOKEN", "tok-from-env-7732");
    let run: Run = command.output().unwrap().into();
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("`grpc-url`"), "{}", run.stderr);
}

#[test]
fn a_bearer_token_is_refused_over_http_to_another_host() {
    let run = doctor_in(
        tempfile::tempdir().unwrap().path(),
        &["trace", "--grpc-url", "http://10.255.255.1:50051", "--grpc-token", "tok-clear-7741"],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("https://") && !run.stderr.contains("tok-clear-7741"), "{}", run.stderr);
}

#[test]
fn clap_usage_errors_never_print_a_secret() {
    let dir = tempfile::tempdir().unwrap();
    // A stray space after `=`: clap sees an unexpected argument and quotes it.
    let run = doctor_in(dir.path(), &["trace", "-X", "sasl.password=", "hunter2-stray-7751"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("unexpected argument"), "{}", run.stderr);
    assert!(!run.stderr.contains("hunter2-stray-7751") && !run.stdout.contains("hunter2-stray-7751"), "{}", run.stderr);
    let run = doctor_in(dir.path(), &["trace", "--grpc-token", "tok-7752", "--no-such-flag", "tok-7752"]);
    assert_eq!(run.code, 2);
    assert!(!run.stderr.contains("tok-7752"), "{}", run.stderr);
}

#[test]
fn the_property_help_does_not_suggest_a_password_on_the_command_line() {
    let help = doctor_in(tempfile::tempdir().unwrap().path(), &["trace", "--help"]);
    let property_help = help.stdout.split("-X <KEY=VALUE>").nth(1).unwrap().split("\n  -").next().unwrap();
    assert!(!property_help.contains("password"), "{property_help}");
    assert!(property_help.contains("RENTFLOW_KAFKA_PROPERTIES"), "{property_help}");
}

const PROFILES: &str = "brokers = \"127.0.0.1:1\"\n[profiles.prod]\nconfirm = \"always\"\n[profiles.dev]\n";

#[test]
fn a_profile_is_named_in_the_report_and_an_unknown_one_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("profiles.toml"), PROFILES).unwrap();
    let run = unreachable_trace(dir.path(), &["--config", "profiles.toml", "--profile", "dev", "-o", "json"], &[]);
    assert_eq!(run.json()["context"]["profile"], "dev", "{}", run.stdout);
    let text = unreachable_trace(dir.path(), &["--config", "profiles.toml"], &[("RENTFLOW_PROFILE", "dev")]);
    assert!(text.stdout.lines().next().unwrap().contains("profile: dev"), "{}", text.stdout);
    let unknown = unreachable_trace(dir.path(), &["--config", "profiles.toml", "--profile", "staging"], &[]);
    assert_eq!(unknown.code, 2);
    assert!(unknown.stderr.contains("staging") && unknown.stderr.contains("dev, prod"), "{}", unknown.stderr);
}

#[test]
fn yes_is_refused_where_the_profile_says_confirm_always() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("profiles.toml"), PROFILES).unwrap();
    let args = ["--config", "profiles.toml", "reset-group", "--to", "earliest", "--execute", "--yes"];
    let run = doctor_in(dir.path(), &[&args[..], &["--profile", "prod"]].concat());
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("--yes") && run.stderr.contains("prod") && run.stderr.contains("always"),
        "{}",
        run.stderr
    );
    // The same command under a profile without the rule gets as far as the (absent) broker.
    let dev = doctor_in(dir.path(), &[&args[..], &["--profile", "dev"]].concat());
    assert_eq!(dev.code, 3, "{}", dev.stderr);
}
