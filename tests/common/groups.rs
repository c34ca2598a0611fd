//! Helpers of the group tests: events and committed offsets written and read with plain
//! rdkafka clients (never with the doctor, so that a doctor that reads wrongly cannot also
//! confirm itself), report parsing, and the doctor run on a pseudo-terminal.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, CommitMode, Consumer as _};
use rdkafka::error::{KafkaError, KafkaResult};
use rdkafka::producer::{BaseProducer, BaseRecord, Producer};
use rdkafka::{Offset, TopicPartitionList};
use rentflow_doctor::Body;
use rentflow_doctor::pipeline::LeaseTerminated;
use rentflow_doctor::report::Report;

use super::{Broker, Run, shell_line, terminal_command, unique};

/// Produces one LeaseTerminated event per lease id to `partition`.
pub fn produce_events(broker: &Broker, topic: &str, partition: i32, lease_ids: &[String]) {
    let producer: BaseProducer =
        ClientConfig::new().set("bootstrap.servers", &broker.address).set("linger.ms", "0").create().unwrap();
    for lease_id in lease_ids {
        let value = serde_json::to_vec(&LeaseTerminated::new(lease_id, "moved out")).unwrap();
        let record: BaseRecord<'_, str, [u8]> =
            BaseRecord::to(topic).partition(partition).key(lease_id.as_str()).payload(value.as_slice());
        producer.send(record).map_err(|(err, _)| err).expect("enqueue");
        producer.poll(Duration::ZERO);
    }
    producer.flush(Duration::from_secs(10)).expect("flush");
}

/// `n` events on each of `partitions`, lease ids `<prefix>-<partition>-<i>`; returns them.
pub fn backlog(broker: &Broker, topic: &str, partitions: i32, n: usize, prefix: &str) -> Vec<String> {
    let mut all = Vec::new();
    for partition in 0..partitions {
        let ids: Vec<String> = (0..n).map(|i| format!("{prefix}-{partition}-{i}")).collect();
        produce_events(broker, topic, partition, &ids);
        all.extend(ids);
    }
    all
}

pub fn group_client(broker: &Broker, group: &str) -> BaseConsumer {
    group_client_at(&broker.address, group)
}

/// A plain client of `group` through any of the `bootstrap` brokers (a cluster's list).
pub fn group_client_at(bootstrap: &str, group: &str) -> BaseConsumer {
    ClientConfig::new()
        .set("bootstrap.servers", bootstrap)
        .set("group.id", group)
        .set("enable.auto.commit", "false")
        .create()
        .unwrap()
}

/// The group's committed offsets, read with a plain client.
pub fn committed(broker: &Broker, group: &str, topic: &str, partitions: i32) -> Vec<Option<i64>> {
    committed_at(&broker.address, group, topic, partitions)
}

/// [`committed`] through any of the `bootstrap` brokers. A coordinator that is moving
/// (stopped, or just elected) is asked again until it answers.
pub fn committed_at(bootstrap: &str, group: &str, topic: &str, partitions: i32) -> Vec<Option<i64>> {
    let mut list = TopicPartitionList::new();
    for partition in 0..partitions {
        list.add_partition(topic, partition);
    }
    let client = group_client_at(bootstrap, group);
    let answer = retry_on_coordinator(&format!("reading {group}'s offsets on {topic}"), || {
        client.committed_offsets(list.clone(), Duration::from_secs(10))
    });
    (0..partitions)
        .map(|partition| match answer.find_partition(topic, partition).unwrap().offset() {
            Offset::Offset(offset) => Some(offset),
            _ => None,
        })
        .collect()
}

/// Commits offsets for an Empty (or new) group with a plain client.
pub fn seed(broker: &Broker, group: &str, topic: &str, offsets: &[(i32, i64)]) {
    seed_at(&broker.address, group, topic, offsets);
}

/// [`seed`] through any of the `bootstrap` brokers.
pub fn seed_at(bootstrap: &str, group: &str, topic: &str, offsets: &[(i32, i64)]) {
    let mut list = TopicPartitionList::new();
    for (partition, offset) in offsets {
        list.add_partition_offset(topic, *partition, Offset::Offset(*offset)).unwrap();
    }
    let client = group_client_at(bootstrap, group);
    retry_on_coordinator(&format!("seeding {group} on {topic}"), || client.commit(&list, CommitMode::Sync));
}

/// Runs `request` until it succeeds, again while the answer is about the coordinator or a
/// timeout (a fresh cluster's offsets topic without leaders, a coordinator still loading the
/// group or just stopped), for up to 90 s; any other error fails the test at once.
fn retry_on_coordinator<T>(what: &str, mut request: impl FnMut() -> KafkaResult<T>) -> T {
    let deadline = Instant::now() + Duration::from_secs(90);
    loop {
        let retry = |err: &KafkaError| {
            let said = err.to_string().to_lowercase();
            said.contains("coordinator") || said.contains("timed out")
        };
        match request() {
            Ok(answer) => return answer,
            Err(err) if Instant::now() < deadline && retry(&err) => {
                std::thread::sleep(Duration::from_millis(200));
            }
            Err(err) => panic!("{what}: {err}"),
        }
    }
}

/// Polls `condition` until it holds or `timeout` passes.
pub fn wait_until(what: &str, timeout: Duration, mut condition: impl FnMut() -> bool) {
    let deadline = Instant::now() + timeout;
    while Instant::now() < deadline {
        if condition() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("{what}: not within {timeout:?}");
}

thread_local! {
    /// This test's topic and group (see [`names`]): the broker is shared by every test of the
    /// binary, so each test works on names of its own.
    static NAMES: std::cell::RefCell<Option<(String, String)>> = const { std::cell::RefCell::new(None) };
}

/// A fresh topic and group for this test; [`with_broker`] passes them to the doctor.
pub fn names() -> (String, String) {
    let chosen = (unique("lease-events"), unique("rentflow-django-consumer"));
    NAMES.with(|names| *names.borrow_mut() = Some(chosen.clone()));
    chosen
}

/// `args` with the broker, JSON output, and this test's group and topic (see [`names`])
/// where the arguments do not name their own.
pub fn with_broker<'a>(broker: &'a Broker, args: &[&'a str]) -> Vec<&'a str> {
    let mut all = args.to_vec();
    all.extend(["--brokers", broker.address.as_str(), "-o", "json"]);
    if let Some((topic, group)) = NAMES.with(|names| names.borrow().clone()) {
        // Leaked: a few bytes per test, for arguments that outlive this call.
        let (topic, group): (&'a str, &'a str) = (Box::leak(topic.into_boxed_str()), Box::leak(group.into_boxed_str()));
        let has = |flag: &str| args.contains(&flag);
        if !args.starts_with(&["group", "list"]) && !has("--group") && !has("--all-groups") {
            all.extend(["--group", group]);
        }
        let describes = args.starts_with(&["group", "describe"]);
        if (has("--to") || describes) && !has("--topic") && !has("--all-topics") && !has("--all-groups") {
            all.extend(["--topic", topic]);
        }
    }
    all
}

pub fn report(run: &Run) -> Report<Body> {
    serde_json::from_str(&run.stdout)
        .unwrap_or_else(|err| panic!("not a report ({err}):\n{}\nstderr:\n{}", run.stdout, run.stderr))
}

/// The plan's `field` per partition, in order.
pub fn plan_column(run: &Run, field: &str) -> Vec<serde_json::Value> {
    run.json()["plan"].as_array().unwrap().iter().map(|row| row[field].clone()).collect()
}

pub fn snapshots_in(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut found: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.to_string_lossy().ends_with(".offsets.json"))
        .collect();
    found.sort();
    found
}

pub fn json(values: &[i64]) -> Vec<serde_json::Value> {
    values.iter().map(|v| serde_json::json!(v)).collect()
}

/// Runs the doctor on a pseudo-terminal (util-linux `script`), typing `answer`.
pub fn doctor_on_a_terminal(cwd: &Path, args: &[&str], answer: &str) -> Run {
    use std::io::Write;
    let mut child = terminal_command(cwd, &shell_line(args))
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("util-linux `script` runs the doctor on a terminal");
    child.stdin.as_mut().unwrap().write_all(answer.as_bytes()).unwrap();
    child.wait_with_output().unwrap().into()
}

/// `reset-group … --execute` on a terminal, stopped at its confirmation prompt.
pub struct Prompted {
    child: std::process::Child,
    terminal: BufReader<std::process::ChildStdout>,
    /// Everything the terminal showed up to the prompt.
    pub seen: String,
}

impl Prompted {
    /// `reset-group --group G --topic T --to earliest --execute`, stopped at its prompt.
    pub fn start(broker: &Broker, dir: &Path, group: &str, topic: &str) -> Prompted {
        Prompted::start_with(broker, dir, &["--group", group, "--topic", topic, "--to", "earliest"])
    }

    /// `reset-group --brokers B ARGS --execute` on a terminal, stopped at its prompt.
    pub fn start_with(broker: &Broker, dir: &Path, args: &[&str]) -> Prompted {
        let mut line = vec!["reset-group", "--brokers", broker.address.as_str()];
        line.extend(args);
        line.push("--execute");
        let mut child = terminal_command(dir, &shell_line(&line))
            .env("NO_COLOR", "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("util-linux `script` runs the doctor on a terminal");
        let mut terminal = BufReader::new(child.stdout.take().unwrap());
        let mut seen = String::new();
        while !seen.contains("[y/N]") {
            let mut chunk = Vec::new();
            assert!(terminal.read_until(b' ', &mut chunk).unwrap() > 0, "no prompt:\n{seen}");
            seen.push_str(&String::from_utf8_lossy(&chunk));
        }
        Prompted { child, terminal, seen }
    }

    /// Answers yes; returns the exit code and everything the doctor printed after the prompt.
    pub fn answer_yes(mut self) -> (Option<i32>, String) {
        use std::io::Write;
        self.child.stdin.as_mut().unwrap().write_all(b"y\n").unwrap();
        let mut rest = String::new();
        std::io::Read::read_to_string(&mut self.terminal, &mut rest).unwrap();
        let status = self.child.wait().unwrap();
        (status.code(), format!("{}{rest}", self.seen))
    }
}
