//! Secrets — `sasl.password`, key passwords, bearer tokens — given by flag, environment or
//! config file never appear in any output: human, JSON, error messages, or librdkafka's logs
//! at the highest verbosity. The service used here quotes a wrong token back in its error,
//! as careless services do, so the doctor's masking is exercised, not just trusted.

mod common;

use common::{Broker, Run, Service, doctor_command};

const TOKEN: &str = "tok-7f3a9c-do-not-print";
const SASL_PASSWORD: &str = "sasl-pw-41d2-do-not-print";
const KEY_PASSWORD: &str = "key-pw-88e1-do-not-print";

fn assert_clean(run: &Run) {
    for secret in [TOKEN, SASL_PASSWORD, KEY_PASSWORD] {
        assert!(!run.stdout.contains(secret), "secret on stdout:\n{}", run.stdout);
        assert!(!run.stderr.contains(secret), "secret on stderr:\n{}", run.stderr);
    }
}

struct Setup {
    broker: Broker,
    service: Service,
    dir: tempfile::TempDir,
}

fn setup() -> Setup {
    let broker = Broker::start();
    broker.create_topic("lease-events", 1);
    // The service wants another token, so it refuses ours and quotes it.
    let service = Service::start_requiring_token(&broker, "lease-events", "the-right-token");
    Setup { broker, service, dir: tempfile::tempdir().unwrap() }
}

fn run(setup: &Setup, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut command = doctor_command(setup.dir.path());
    command.args(["trace", "--brokers", &setup.broker.address, "--grpc-url", &setup.service.url]).args(args);
    for (key, value) in env {
        command.env(key, value);
    }
    command.output().unwrap().into()
}

/// The refusal quoted our token: the report must show the status with the token masked.
fn assert_refused_and_masked(run: &Run) {
    assert_clean(run);
    assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("Unauthenticated"), "{}", run.stdout);
    assert!(run.stdout.contains("Bearer ***"), "the quoted token must be masked:\n{}", run.stdout);
}

#[test]
fn a_token_given_by_flag_is_masked_in_text_and_json() {
    let setup = setup();
    assert_refused_and_masked(&run(&setup, &["--grpc-token", TOKEN, "-vvv"], &[]));
    let json = run(&setup, &["--grpc-token", TOKEN, "-o", "json"], &[]);
    assert_refused_and_masked(&json);
    assert_eq!(json.codes(), ["RD105"]);
}

#[test]
fn a_token_given_by_environment_is_masked() {
    let setup = setup();
    assert_refused_and_masked(&run(&setup, &["-o", "json", "-vv"], &[("RENTFLOW_GRPC_TOKEN", TOKEN)]));
}

#[test]
fn a_token_given_in_the_config_file_is_masked() {
    let setup = setup();
    std::fs::write(setup.dir.path().join("rentflow-doctor.toml"), format!("grpc-token = \"{TOKEN}\"\n")).unwrap();
    assert_refused_and_masked(&run(&setup, &["-vv"], &[]));
}

#[test]
fn kafka_passwords_by_flag_env_and_file_never_appear_even_in_librdkafka_debug_logs() {
    let setup = setup();
    std::fs::write(
        setup.dir.path().join("rentflow-doctor.toml"),
        format!("[kafka]\n\"ssl.key.password\" = \"{KEY_PASSWORD}\"\n"),
    )
    .unwrap();
    // SASL against a broker without SASL: the connection fails, librdkafka logs everything
    // it does at -vvv (including its configuration), and the doctor reports the failure.
    let args = [
        "-X",
        "security.protocol=SASL_PLAINTEXT",
        "-X",
        "sasl.mechanism=PLAIN",
        "-X",
        "sasl.username=doctor",
        "-vvv",
        "--connect-timeout",
        "2s",
    ];
    let password = format!("sasl.password={SASL_PASSWORD}");
    let by_flag = [args.as_slice(), &["-X", &password]].concat();
    let flagged = run(&setup, &by_flag, &[]);
    assert_clean(&flagged);
    assert_eq!(flagged.code, 3, "{}", flagged.stdout);
    assert!(
        flagged.stderr.contains("librdkafka"),
        "-vvv must show librdkafka logs:\n{}\n{}",
        flagged.stderr,
        flagged.stdout
    );
    let by_env = run(&setup, &args, &[("RENTFLOW_KAFKA_PROPERTIES", &format!("sasl.password={SASL_PASSWORD}"))]);
    assert_clean(&by_env);
    assert_eq!(by_env.code, 3);
}

#[test]
fn malformed_settings_do_not_echo_secrets_in_errors() {
    let setup = setup();
    // `:` instead of `=`: the whole text may be a password; it must not be echoed.
    let malformed = run(&setup, &["-X", &format!("sasl.password:{SASL_PASSWORD}")], &[]);
    assert_eq!(malformed.code, 2);
    assert_clean(&malformed);
    assert!(malformed.stderr.contains("-X expects KEY=VALUE"), "{}", malformed.stderr);
    // A config file that does not parse, on the line holding a secret.
    std::fs::write(setup.dir.path().join("rentflow-doctor.toml"), format!("grpc-token = \"{TOKEN}\" oops\n")).unwrap();
    let broken = run(&setup, &["-o", "json"], &[]);
    assert_eq!(broken.code, 2, "{}", broken.stderr);
    assert_clean(&broken);
    assert!(broken.stderr.contains("rentflow-doctor.toml"), "{}", broken.stderr);
    assert_eq!(broken.json()["error"]["kind"], "usage");
}

#[test]
fn junit_and_sarif_files_are_masked_too() {
    let setup = setup();
    // A project file that quotes the password on a line that does not compile: the
    // static finding's evidence carries that line into SARIF and JUnit.
    let project = setup.dir.path().join("project");
    std::fs::create_dir_all(&project).unwrap();
    std::fs::write(project.join("settings.py"), format!("KAFKA_PASSWORD = \"{SASL_PASSWORD}\" + \"C:\\Users\\ops\"\n"))
        .unwrap();
    let (junit, sarif) = (setup.dir.path().join("report.xml"), setup.dir.path().join("report.sarif"));
    let run: Run = doctor_command(setup.dir.path())
        .args(["check", "-o", "json", "--project-dir", project.to_str().unwrap()])
        .args(["--brokers", &setup.broker.address, "--grpc-url", &setup.service.url, "--grpc-token", TOKEN])
        .args(["-X", &format!("sasl.password={SASL_PASSWORD}"), "-X", "security.protocol=PLAINTEXT"])
        .args(["--junit", junit.to_str().unwrap(), "--sarif", sarif.to_str().unwrap()])
        .output()
        .unwrap()
        .into();
    assert_clean(&run);
    assert!(run.codes().contains(&"RD401".to_string()), "{:?}", run.codes());
    for path in [&junit, &sarif] {
        let text = std::fs::read_to_string(path).unwrap();
        for secret in [TOKEN, SASL_PASSWORD] {
            assert!(!text.contains(secret), "secret in {}:\n{text}", path.display());
        }
        assert!(text.contains("***"), "{} should show the masked line:\n{text}", path.display());
    }
}

#[test]
fn a_static_only_check_masks_secrets_it_never_uses() {
    // No network at all: the -X password is still a secret the output must not show.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("settings.py"),
        format!("KAFKA_PASSWORD = \"{SASL_PASSWORD}\" + \"C:\\Users\\ops\"\n"),
    )
    .unwrap();
    let sarif = dir.path().join("report.sarif");
    let run: Run = doctor_command(dir.path())
        .args(["check", "--static-only", "--project-dir", ".", "--sarif", sarif.to_str().unwrap()])
        .args(["-X", &format!("sasl.password={SASL_PASSWORD}")])
        .output()
        .unwrap()
        .into();
    assert_clean(&run);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(run.stdout.contains("KAFKA_PASSWORD = \"***\""), "{}", run.stdout);
    assert!(!std::fs::read_to_string(&sarif).unwrap().contains(SASL_PASSWORD));
}
