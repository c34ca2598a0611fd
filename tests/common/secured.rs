//! The secured-listener tests' shared steps: a group seeded through the broker's plaintext
//! listener, `group describe` through a secured one, and the verdicts on its run.

use std::path::Path;
use std::time::{Duration, Instant};

use super::{Broker, Run, doctor_command, unique};

/// Far above how long a refusal takes; a run that reaches it waited for a timeout instead.
pub const CONNECT_TIMEOUT: &str = "20s";

/// A topic with three records and a group that committed offset 1, made through the
/// broker's plaintext listener; the doctor must read them through the secured one.
pub struct Seeded {
    pub topic: String,
    pub group: String,
}

pub fn seed(broker: &Broker) -> Seeded {
    broker.wait_serving();
    let (topic, group) = (unique("secured-events"), unique("secured-group"));
    broker.create_topic(&topic, 1);
    let record: super::Record<'_> = (None, Some(&b"{}"[..]));
    broker.produce(&topic, &[record, record, record]);
    super::groups::seed(broker, &group, &topic, &[(0, 1)]);
    Seeded { topic, group }
}

/// `group describe -o json` through `bootstrap`, with extra arguments and environment.
pub fn describe(
    dir: &Path,
    bootstrap: &str,
    seeded: &Seeded,
    args: &[impl AsRef<std::ffi::OsStr>],
    env: &[(&str, &str)],
) -> (Run, Duration) {
    let mut command = doctor_command(dir);
    command.args(["group", "describe", "-o", "json", "--brokers", bootstrap]);
    command.args(["--topic", &seeded.topic, "--group", &seeded.group, "--connect-timeout", CONNECT_TIMEOUT]);
    command.args(["--timeout", "60s"]).args(args);
    for (key, value) in env {
        command.env(key, value);
    }
    let started = Instant::now();
    let run: Run = command.output().expect("run rentflow-doctor").into();
    (run, started.elapsed())
}

/// The group read through the secured listener: committed 1 of 3 records.
pub fn assert_described(run: &Run) {
    assert_eq!(run.code, 0, "stdout:\n{}\nstderr:\n{}", run.stdout, run.stderr);
    let partition = &run.json()["groups"][0]["partitions"][0];
    assert_eq!((partition["committed"].as_i64(), partition["lag"].as_i64()), (Some(1), Some(2)), "{}", run.stdout);
}

/// A refusal: exit 3, named as an authentication failure at `broker`, long before the
/// connect timeout, and in JSON too.
pub fn assert_refused(run: &Run, elapsed: Duration, broker: &str) {
    assert_eq!(run.code, 3, "stdout:\n{}\nstderr:\n{}", run.stdout, run.stderr);
    assert!(
        run.stderr.contains(&format!("authentication failed at broker {broker}")),
        "not an authentication failure naming {broker}:\n{}",
        run.stderr
    );
    assert!(!run.stderr.contains("did not answer within"), "reported as a timeout:\n{}", run.stderr);
    assert!(elapsed < Duration::from_secs(20), "waited {elapsed:?}: the refusal was not seen, the deadline was");
    let error = &run.json()["error"];
    assert!(error["message"].as_str().unwrap().contains("authentication failed"), "{error}");
}

pub fn assert_no_secret(run: &Run, secrets: &[&str]) {
    for secret in secrets {
        assert!(!run.stdout.contains(secret), "secret on stdout:\n{}", run.stdout);
        assert!(!run.stderr.contains(secret), "secret on stderr:\n{}", run.stderr);
    }
}

/// librdkafka properties as the doctor's `-X key=value` flags.
pub fn x_flags(properties: impl IntoIterator<Item = String>) -> Vec<String> {
    properties.into_iter().flat_map(|property| ["-X".to_string(), property]).collect()
}
