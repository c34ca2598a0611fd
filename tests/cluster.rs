//! The doctor on a three-broker Apache Kafka cluster (one KRaft quorum, replication factor 3),
//! where brokers go away: one bootstrap address is enough, a stopped broker is named while
//! the report is made through the others, and a group coordinator stopped between
//! `reset-group`'s plan and its commit never costs the group its position.
//!
//! Three JVMs are slow to start on a small machine, so one cluster serves the whole story, in
//! the order a user meets it.

mod common;

use std::io::{Read, Write};
use std::path::Path;
use std::process::Stdio;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::{Cluster, Run, create_topic, doctor_in, shell_line, terminal_command, unique};
use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, Consumer as _};

const PARTITIONS: i32 = 3;

/// The group's committed offsets per partition, through any broker of the cluster.
fn committed(bootstrap: &str, group: &str, topic: &str) -> Vec<Option<i64>> {
    common::groups::committed_at(bootstrap, group, topic, PARTITIONS)
}

/// Runs the doctor under a pseudo-terminal (`script`), as a person at a terminal runs it;
/// calls `at_prompt` once the confirmation question is on screen, then answers `answer`.
fn at_terminal(cwd: &Path, args: &[&str], at_prompt: impl FnOnce(), answer: &str) -> Run {
    let mut command = terminal_command(cwd, &shell_line(args));
    command.env("NO_COLOR", "1").env("COLUMNS", "160").env("TERM", "dumb");
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run `script` (util-linux), which gives the doctor a terminal");
    let mut stdout = child.stdout.take().unwrap();
    let (sender, receiver) = mpsc::channel::<Vec<u8>>();
    std::thread::spawn(move || {
        let mut buffer = [0u8; 4096];
        while let Ok(n) = stdout.read(&mut buffer) {
            if n == 0 || sender.send(buffer[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let mut screen = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(120);
    while !String::from_utf8_lossy(&screen).contains("[y/N]") {
        let left = deadline.saturating_duration_since(Instant::now());
        match receiver.recv_timeout(left) {
            Ok(chunk) => screen.extend(chunk),
            Err(_) => {
                let _ = child.kill();
                panic!("no confirmation prompt within 2 minutes:\n{}", String::from_utf8_lossy(&screen));
            }
        }
    }
    at_prompt();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(answer.as_bytes()).unwrap();
    stdin.flush().unwrap();
    let deadline = Instant::now() + Duration::from_secs(180);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            while let Ok(chunk) = receiver.recv_timeout(Duration::from_millis(200)) {
                screen.extend(chunk);
            }
            return Run {
                code: status.code().unwrap_or(-1),
                stdout: String::from_utf8_lossy(&screen).replace("\r\n", "\n"),
                stderr: String::new(),
            };
        }
        while let Ok(chunk) = receiver.try_recv() {
            screen.extend(chunk);
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("reset-group did not end within 3 minutes of the answer:\n{}", String::from_utf8_lossy(&screen));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The broker id in a coordinator as the doctor names it (`2@127.0.0.1:40123`).
fn coordinator_id(describe: &Run) -> i32 {
    let coordinator = describe.json()["groups"][0]["group"]["coordinator"].as_str().unwrap_or_default().to_string();
    coordinator
        .split('@')
        .next()
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("coordinator `{coordinator}`"))
}

#[test]
fn a_three_broker_cluster_survives_a_stopped_broker_and_a_stopped_coordinator() {
    let mut cluster = Cluster::start(3);
    let all = cluster.bootstrap();
    let topic = unique("lease-events");
    let group = unique("rentflow-django-consumer");
    create_topic(&all, &topic, PARTITIONS, 3, &[]);
    produce_each(&all, &topic, 10);
    let work = tempfile::tempdir().unwrap();
    // A position in the middle of each log, different per partition.
    let prior: Vec<(i32, i64)> = (0..PARTITIONS).map(|p| (p, 3 + i64::from(p))).collect();
    common::groups::seed_at(&all, &group, &topic, &prior);
    let prior: Vec<Option<i64>> = prior.iter().map(|(_, offset)| Some(*offset)).collect();

    // 1. One of the three brokers as bootstrap is enough: metadata names the others.
    let third = cluster.nodes[2].address.clone();
    let describe = |bootstrap: &str| {
        doctor_in(
            work.path(),
            &["group", "describe", "-o", "json", "--brokers", bootstrap, "--group", &group, "--topic", &topic],
        )
    };
    let run = describe(&third);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(run.codes().is_empty(), "every broker answers: {:?}", run.codes());
    let rows = run.json()["groups"][0]["partitions"].as_array().unwrap().clone();
    assert_eq!(rows.len(), PARTITIONS as usize);
    for row in &rows {
        let partition = row["partition"].as_u64().unwrap() as usize;
        assert_eq!(row["committed"].as_i64(), prior[partition], "{row}");
    }
    let coordinator = coordinator_id(&run);

    // 2. The coordinator stops while the plan waits for the person's answer.
    let snapshot = work.path().join("before.offsets.json");
    let snapshot_arg = snapshot.display().to_string();
    let stopped_address = cluster.node(coordinator).address.clone();
    let reset = at_terminal(
        work.path(),
        &[
            "reset-group",
            "--brokers",
            &all,
            "--group",
            &group,
            "--topic",
            &topic,
            "--to",
            "earliest",
            "--backup",
            &snapshot_arg,
            "--execute",
        ],
        || cluster.node(coordinator).kill(),
        "y\n",
    );
    let screen = &reset.stdout;
    let after = committed(&all, &group, &topic);
    let earliest = vec![Some(0); PARTITIONS as usize];
    if screen.contains("Applied and verified") {
        assert_eq!(reset.code, 0, "{screen}");
        assert_eq!(after, earliest, "the run said it verified:\n{screen}");
    } else if screen.contains("nothing was changed") {
        assert_ne!(reset.code, 0, "{screen}");
        assert_eq!(after, prior, "the run said nothing changed:\n{screen}");
    } else {
        // Part landed, part did not: each partition must be where the run says, and the
        // run must say so with RD503.
        assert!(screen.contains("RD503") || screen.contains("Incomplete"), "an unexplained outcome:\n{screen}");
        assert_ne!(reset.code, 0, "{screen}");
    }
    let snapshot = if snapshot.is_file() {
        snapshot
    } else {
        // Refused before its snapshot: nothing moved. Move the group now, through the two
        // brokers left, so that the restore below has a change to take back.
        assert_eq!(after, prior, "no snapshot, yet the offsets moved:\n{screen}");
        let moved = work.path().join("moved.offsets.json");
        let moved_arg = moved.display().to_string();
        let run = doctor_in(
            work.path(),
            &[
                "reset-group",
                "-o",
                "json",
                "--brokers",
                &all,
                "--group",
                &group,
                "--topic",
                &topic,
                "--to",
                "earliest",
                "--backup",
                &moved_arg,
                "--execute",
                "--yes",
            ],
        );
        assert_eq!(run.json()["outcome"], "applied", "{}{}", run.stdout, run.stderr);
        assert_eq!(committed(&all, &group, &topic), earliest);
        moved
    };
    let snapshot_arg = snapshot.display().to_string();

    // 3. With that broker still down (long enough for the controller to fence it and move
    // its leaderships), the doctor works through the other two and names it.
    wait_for_leaders_without(&all, &topic, coordinator);
    let run = describe(&all);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert_eq!(run.codes(), vec!["RD701".to_string()], "{}", run.stdout);
    let finding = &run.json()["findings"][0];
    let said = format!("{} {}", finding["message"], finding["evidence"]);
    assert!(said.contains(&format!("broker {coordinator}")), "the broker's id is named: {said}");
    assert!(said.contains(&stopped_address), "the broker's address is named: {said}");
    assert_eq!(run.json()["groups"][0]["partitions"].as_array().unwrap().len(), PARTITIONS as usize);
    let text = doctor_in(work.path(), &["group", "describe", "--brokers", &all, "--group", &group, "--topic", &topic]);
    assert!(text.stdout.contains("RD701 broker-down"), "{}", text.stdout);

    // 4. The snapshot restores the prior offsets, through the brokers that remain.
    let restore = doctor_in(
        work.path(),
        &["reset-group", "-o", "json", "--brokers", &all, "--from-file", &snapshot_arg, "--execute", "--yes"],
    );
    assert!(restore.code == 0, "{}{}", restore.stdout, restore.stderr);
    assert_eq!(restore.json()["outcome"], "applied", "{}", restore.stdout);
    assert_eq!(committed(&all, &group, &topic), prior);
}

/// Waits until every partition of `topic` is led by a broker other than `stopped`.
fn wait_for_leaders_without(bootstrap: &str, topic: &str, stopped: i32) {
    let client: BaseConsumer = ClientConfig::new().set("bootstrap.servers", bootstrap).create().unwrap();
    let deadline = Instant::now() + Duration::from_secs(90);
    loop {
        if let Ok(metadata) = client.fetch_metadata(Some(topic), Duration::from_secs(5))
            && let Some(found) = metadata.topics().first()
            && found.partitions().len() == PARTITIONS as usize
            && found.partitions().iter().all(|p| p.leader() >= 0 && p.leader() != stopped)
        {
            return;
        }
        assert!(Instant::now() < deadline, "the partitions of {topic} still name broker {stopped} as leader");
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// `n` records on each partition.
fn produce_each(bootstrap: &str, topic: &str, n: usize) {
    use rdkafka::producer::{BaseProducer, BaseRecord, Producer};
    let producer: BaseProducer =
        ClientConfig::new().set("bootstrap.servers", bootstrap).set("linger.ms", "0").create().unwrap();
    for partition in 0..PARTITIONS {
        for _ in 0..n {
            let record: BaseRecord<'_, [u8], [u8]> =
                BaseRecord::to(topic).partition(partition).payload(&br#"{"event_type":"LeaseTerminated"}"#[..]);
            producer.send(record).map_err(|(err, _)| err).expect("enqueue");
            producer.poll(Duration::ZERO);
        }
    }
    producer.flush(Duration::from_secs(30)).expect("flush");
}
