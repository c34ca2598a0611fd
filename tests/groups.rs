//! `group list`, `group describe` and `reset-group` against a real broker and the reference
//! consumer: the journal's scenario end to end, every target kind, the safety rules
//! (refusal from the group's state, snapshot before commit, read-back), restore, delete and
//! the error cases.
//!
//! Committed offsets are seeded and checked with plain rdkafka clients, never with the
//! doctor itself, so that a doctor that reads wrongly cannot also confirm itself.

mod common;

use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::time::Duration;

use common::groups::{
    Prompted, backlog, committed, doctor_on_a_terminal, json, plan_column, report, seed, snapshots_in, wait_until,
    with_broker,
};
use common::{Broker, Consumer, Pipeline, Run, doctor, doctor_command, doctor_in};
use rentflow_doctor::Body;

const TOPIC: &str = "lease-events";
const GROUP: &str = "rentflow-django-consumer";

#[test]
fn the_journal_scenario_plays_out_end_to_end() {
    let broker = Broker::start();
    broker.create_topic(TOPIC, 3);
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("consumer.log");
    // Events produced before the consumer exists.
    let old = backlog(&broker, TOPIC, 3, 2, "old");
    // A consumer with auto.offset.reset=latest starts after them.
    let mut consumer = Consumer::start(&broker, TOPIC, GROUP, "offset-reset-latest", &log);

    // Before its first commit: no committed offset anywhere, and `latest` skips the backlog.
    let run = doctor(&with_broker(&broker, &["group", "describe", "--auto-offset-reset", "latest"]));
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert_eq!(run.codes(), ["RD202"]);
    let described = run.json();
    assert_eq!(described["group"]["state"], "Stable");
    assert_eq!(described["group"]["members"].as_array().unwrap().len(), 1);
    for row in described["partitions"].as_array().unwrap() {
        assert_eq!(row["committed"], serde_json::Value::Null, "{row}");
        assert_eq!(row["log_start"], 0);
        assert_eq!(row["log_end"], 2);
        assert_eq!(row["without_commit"]["effect"], "skip");
        assert_eq!(row["without_commit"]["records"], 2);
    }
    assert_eq!(described["totals"]["uncommitted_records"], 6);

    // New events arrive; the consumer processes them and commits at the end of the log.
    let new = backlog(&broker, TOPIC, 3, 1, "new");
    wait_until("the consumer commits at the end", Duration::from_secs(20), || {
        committed(&broker, GROUP, TOPIC, 3) == [Some(3), Some(3), Some(3)]
    });
    let processed = consumer.log();
    assert!(new.iter().all(|id| processed.contains(id.as_str())), "{processed}");
    assert!(old.iter().all(|id| !processed.contains(id.as_str())), "the backlog was skipped:\n{processed}");

    // Describe shows the position against the log: committed at the end, no lag.
    let run = doctor(&with_broker(&broker, &["group", "describe"]));
    assert_eq!(run.code, 0, "{}", run.stdout);
    for row in run.json()["partitions"].as_array().unwrap() {
        assert_eq!(
            (row["committed"].as_i64(), row["log_start"].as_i64(), row["log_end"].as_i64()),
            (Some(3), Some(0), Some(3))
        );
        assert_eq!(row["lag"], 0);
        assert!(row["newest_record_at"].is_string(), "{row}");
    }

    // With the consumer stopped, reset to earliest: snapshot written, offsets verified.
    consumer.stop();
    let run = doctor_in(dir.path(), &with_broker(&broker, &["reset-group", "--to", "earliest", "--execute", "--yes"]));
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let reset = run.json();
    assert_eq!(reset["outcome"], "applied");
    assert_eq!(plan_column(&run, "status"), vec![serde_json::json!("verified"); 3]);
    assert_eq!(plan_column(&run, "read_back"), json(&[0, 0, 0]));
    assert_eq!(committed(&broker, GROUP, TOPIC, 3), [Some(0), Some(0), Some(0)]);
    let snapshots = snapshots_in(dir.path());
    assert_eq!(snapshots.len(), 1);
    assert_eq!(reset["snapshot"], snapshots[0].to_str().unwrap());
    let snapshot: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&snapshots[0]).unwrap()).unwrap();
    let saved: Vec<_> = snapshot["offsets"].as_array().unwrap().iter().map(|e| e["offset"].clone()).collect();
    assert_eq!(saved, json(&[3, 3, 3]));
    assert!(reset["restore_command"].as_str().unwrap().contains("--from-file"));

    // The consumer, started again, processes the events it skipped.
    let _consumer = Consumer::start(&broker, TOPIC, GROUP, "offset-reset-latest", &log);
    wait_until("the restarted consumer processes the backlog", Duration::from_secs(30), || {
        let processed = std::fs::read_to_string(&log).unwrap_or_default();
        old.iter().all(|id| processed.contains(&format!("lease_id={id} ")))
    });
}

#[test]
fn describe_without_a_policy_assumes_latest_as_a_warning_and_earliest_reads() {
    let broker = Broker::start();
    broker.create_topic(TOPIC, 2);
    backlog(&broker, TOPIC, 2, 3, "b");
    seed(&broker, GROUP, TOPIC, &[(0, 1)]);
    let run = doctor(&with_broker(&broker, &["group", "describe"]));
    assert_eq!(run.code, 0, "an assumption is a warning: {}", run.stdout);
    assert_eq!(run.codes(), ["RD202"]);
    let described = run.json();
    assert_eq!(described["findings"][0]["severity"], "warning");
    assert_eq!(described["auto_offset_reset_assumed"], true);
    let rows = described["partitions"].as_array().unwrap();
    assert_eq!((rows[0]["committed"].as_i64(), rows[0]["lag"].as_i64()), (Some(1), Some(2)));
    assert_eq!(rows[0]["without_commit"], serde_json::Value::Null);
    assert_eq!(rows[1]["committed"], serde_json::Value::Null, "no commit is not 0");
    assert_eq!(rows[1]["lag"], serde_json::Value::Null);
    assert_eq!(described["totals"]["committed_partitions"], 1);
    assert_eq!(described["totals"]["lag"], 2);

    let run = doctor(&with_broker(&broker, &["group", "describe", "--auto-offset-reset", "earliest"]));
    assert_eq!(run.code, 0);
    assert!(run.codes().is_empty(), "{:?}", run.codes());
    assert_eq!(run.json()["partitions"][1]["without_commit"]["effect"], "read");

    // The human form says `-`, not 0, and what `latest` would do.
    let run = doctor(&["group", "describe", "--brokers", &broker.address]);
    assert!(run.stdout.contains("no commit: latest skips 3"), "{}", run.stdout);
}

#[test]
fn group_list_shows_each_group_with_state_and_members() {
    let broker = Broker::start();
    broker.create_topic(TOPIC, 1);
    seed(&broker, "parked-group", TOPIC, &[(0, 0)]);
    let dir = tempfile::tempdir().unwrap();
    let _consumer = Consumer::start(&broker, TOPIC, GROUP, "none", &dir.path().join("c.log"));
    let run = doctor(&with_broker(&broker, &["group", "list"]));
    assert_eq!(run.code, 0, "{}", run.stdout);
    let groups = run.json()["groups"].as_array().unwrap().clone();
    let find = |name: &str| {
        groups.iter().find(|g| g["group"] == name).unwrap_or_else(|| panic!("{name} in {groups:?}")).clone()
    };
    assert_eq!((find(GROUP)["state"].as_str(), find(GROUP)["members"].as_u64()), (Some("Stable"), Some(1)));
    assert_eq!(
        (find("parked-group")["state"].as_str(), find("parked-group")["members"].as_u64()),
        (Some("Empty"), Some(0))
    );
}

#[test]
fn every_target_kind_is_planned_from_the_log_and_the_committed_offsets() {
    let broker = Broker::start();
    broker.create_topic(TOPIC, 2);
    backlog(&broker, TOPIC, 2, 4, "a");
    // A time strictly between the first four records and the next four of each partition.
    let mut between = jiff::Timestamp::now().as_millisecond();
    while jiff::Timestamp::now().as_millisecond() <= between + 1 {
        std::hint::spin_loop();
    }
    between += 1;
    backlog(&broker, TOPIC, 2, 4, "b");
    // Partition 0 committed at 6 of [0, 8); partition 1 has no committed offset.
    seed(&broker, GROUP, TOPIC, &[(0, 6)]);
    let at = jiff::Timestamp::from_millisecond(between).unwrap().to_string();
    let datetime = format!("datetime:{at}");
    let cases: [(&str, [Option<i64>; 2]); 8] = [
        ("earliest", [Some(0), Some(0)]),
        ("latest", [Some(8), Some(8)]),
        ("offset:3", [Some(3), Some(3)]),
        (datetime.as_str(), [Some(4), Some(4)]),
        ("datetime:2999-01-01T00:00:00Z", [Some(8), Some(8)]),
        ("duration:-1h", [Some(0), Some(0)]),
        ("shift:-2", [Some(4), None]),
        ("current", [Some(6), None]),
    ];
    for (target, expected) in cases {
        let run = doctor(&with_broker(&broker, &["reset-group", "--to", target]));
        assert_eq!(run.code, 0, "{target}: {}\n{}", run.stdout, run.stderr);
        let targets: Vec<Option<i64>> = plan_column(&run, "target").iter().map(|v| v.as_i64()).collect();
        assert_eq!(targets, expected, "{target}");
        assert_eq!(run.json()["outcome"], "planned", "{target}");
        assert_eq!(plan_column(&run, "current")[0], 6, "{target}");
    }
    // Partition 1 has nothing to shift from: it is left as it is, with a warning.
    let run = doctor(&with_broker(&broker, &["reset-group", "--to", "shift:-2"]));
    assert_eq!(run.codes(), ["RD504"]);
    assert_eq!(plan_column(&run, "action"), [serde_json::json!("commit"), serde_json::json!("keep")]);
    // After the newest record: the log end, said in the plan, and not a warning.
    let run = doctor(&with_broker(&broker, &["reset-group", "--to", "datetime:2999-01-01T00:00:00Z"]));
    assert!(run.codes().is_empty());
    assert_eq!(plan_column(&run, "adjustment")[0]["kind"], "after-newest-record");
    // A dry run changed nothing.
    assert_eq!(committed(&broker, GROUP, TOPIC, 2), [Some(6), None]);
    // The plan shows the delta and the command that applies it.
    let run = doctor(&["reset-group", "--brokers", &broker.address, "--to", "earliest"]);
    assert!(run.stdout.contains("Dry run: nothing was changed."), "{}", run.stdout);
    assert!(run.stdout.contains("-6"), "{}", run.stdout);
    assert!(
        run.stdout.contains(&format!(
            "rentflow-doctor reset-group --brokers {} --group {GROUP} --topic {TOPIC} --to earliest --execute",
            broker.address
        )),
        "{}",
        run.stdout
    );
}

#[test]
fn targets_outside_the_log_are_clamped_with_a_warning_and_committed_at_the_bound() {
    let broker = Broker::start();
    broker.create_topic(TOPIC, 2);
    backlog(&broker, TOPIC, 1, 5, "c");
    seed(&broker, GROUP, TOPIC, &[(0, 2)]);
    let dir = tempfile::tempdir().unwrap();
    // Partition 1 is empty: [0, 0].
    let run = doctor_in(dir.path(), &with_broker(&broker, &["reset-group", "--to", "offset:99", "--execute", "--yes"]));
    assert_eq!(run.code, 0, "a clamp is a warning: {}", run.stdout);
    assert_eq!(run.codes(), ["RD502"]);
    assert_eq!(run.json()["findings"][0]["evidence"].as_array().unwrap().len(), 2);
    assert_eq!(plan_column(&run, "target"), json(&[5, 0]));
    assert_eq!(plan_column(&run, "adjustment")[0]["kind"], "clamped-to-log-end");
    assert_eq!(committed(&broker, GROUP, TOPIC, 2), [Some(5), Some(0)]);
    let run = doctor_in(
        dir.path(),
        &with_broker(
            &broker,
            &["reset-group", "--topic", "lease-events:0", "--to", "shift:-100", "--execute", "--yes"],
        ),
    );
    assert_eq!(run.codes(), ["RD502"]);
    assert_eq!(plan_column(&run, "adjustment")[0]["requested"], -95);
    assert_eq!(committed(&broker, GROUP, TOPIC, 2), [Some(0), Some(0)]);
}

#[test]
fn an_active_group_is_refused_from_its_state_and_nothing_changes() {
    let broker = Broker::start();
    broker.create_topic(TOPIC, 3);
    backlog(&broker, TOPIC, 3, 2, "d");
    let dir = tempfile::tempdir().unwrap();
    let _consumer = Consumer::start(&broker, TOPIC, GROUP, "none", &dir.path().join("c.log"));
    wait_until("the consumer commits", Duration::from_secs(20), || {
        committed(&broker, GROUP, TOPIC, 3) == [Some(2), Some(2), Some(2)]
    });
    // The broker used here accepts commits from outside a Stable group (Kafka refuses them
    // with UNKNOWN_MEMBER_ID), so an unchanged offset proves the doctor itself refused.
    let run = doctor_in(dir.path(), &with_broker(&broker, &["reset-group", "--to", "earliest", "--execute", "--yes"]));
    assert_eq!(run.code, 1, "a refusal is not a success: {}", run.stdout);
    assert_eq!(run.codes(), ["RD501"]);
    let reset = run.json();
    assert_eq!(reset["outcome"], "refused");
    let finding = &reset["findings"][0];
    let message = finding["message"].as_str().unwrap();
    assert!(message.contains("Stable") && message.contains("1 member"), "{message}");
    let member_id = reset["group"]["members"][0]["member_id"].as_str().unwrap();
    assert!(finding["evidence"][0].as_str().unwrap().contains(member_id), "{finding}");
    assert!(finding["fix"].as_str().unwrap().contains("docker stop rentflow-django-consumer"), "{finding}");
    assert_eq!(committed(&broker, GROUP, TOPIC, 3), [Some(2), Some(2), Some(2)]);
    assert!(snapshots_in(dir.path()).is_empty(), "no snapshot for a refused reset");
    // The same for --delete.
    let run = doctor_in(dir.path(), &with_broker(&broker, &["reset-group", "--delete", "--execute", "--yes"]));
    assert_eq!((run.code, run.codes()), (1, vec!["RD501".to_string()]));
    assert_eq!(committed(&broker, GROUP, TOPIC, 3), [Some(2), Some(2), Some(2)]);
}

#[test]
fn wait_empty_goes_ahead_once_the_consumer_stops() {
    let broker = Broker::start();
    broker.create_topic(TOPIC, 2);
    backlog(&broker, TOPIC, 2, 2, "w");
    let dir = tempfile::tempdir().unwrap();
    let mut consumer = Consumer::start(&broker, TOPIC, GROUP, "none", &dir.path().join("c.log"));
    let mut child = doctor_command(dir.path())
        .args(with_broker(&broker, &["reset-group", "--to", "earliest", "--execute", "--yes", "--wait-empty", "60s"]))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Stop the consumer only once the doctor says it is waiting.
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    while !line.contains("waiting up to") {
        line.clear();
        assert!(stderr.read_line(&mut line).unwrap() > 0, "the doctor ended without waiting");
    }
    assert!(line.contains("Stable"), "{line}");
    consumer.stop();
    let output = child.wait_with_output().unwrap();
    let run: Run = output.into();
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let reset = run.json();
    assert_eq!(reset["outcome"], "applied");
    assert!(reset["waited_ms"].as_f64().unwrap() > 0.0);
    assert_eq!(committed(&broker, GROUP, TOPIC, 2), [Some(0), Some(0)]);
    // The snapshot holds what the consumer had committed when it left.
    let snapshot = std::fs::read_to_string(&snapshots_in(dir.path())[0]).unwrap();
    let snapshot: serde_json::Value = serde_json::from_str(&snapshot).unwrap();
    assert_eq!(snapshot["offsets"][0]["offset"], 2);
}

#[test]
fn wait_empty_refuses_when_the_group_stays_active() {
    let broker = Broker::start();
    broker.create_topic(TOPIC, 1);
    let dir = tempfile::tempdir().unwrap();
    let _consumer = Consumer::start(&broker, TOPIC, GROUP, "none", &dir.path().join("c.log"));
    let run =
        doctor(&with_broker(&broker, &["reset-group", "--to", "earliest", "--execute", "--yes", "--wait-empty", "1s"]));
    assert_eq!((run.code, run.codes()), (1, vec!["RD501".to_string()]), "{}", run.stdout);
    assert!(run.json()["waited_ms"].as_f64().unwrap() >= 1000.0);
}

#[test]
fn the_snapshot_is_written_before_any_commit() {
    let broker = Broker::start();
    broker.create_topic(TOPIC, 2);
    backlog(&broker, TOPIC, 2, 3, "s");
    seed(&broker, GROUP, TOPIC, &[(0, 3), (1, 1)]);
    let dir = tempfile::tempdir().unwrap();
    // A snapshot that cannot be written stops the reset before anything is committed.
    let unwritable = dir.path().join("no-such-dir").join("snap.json");
    let run = doctor_in(
        dir.path(),
        &with_broker(
            &broker,
            &["reset-group", "--to", "earliest", "--execute", "--yes", "--backup", unwritable.to_str().unwrap()],
        ),
    );
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(
        run.stderr.contains("cannot write the snapshot") && run.stderr.contains("nothing was changed"),
        "{}",
        run.stderr
    );
    assert_eq!(committed(&broker, GROUP, TOPIC, 2), [Some(3), Some(1)]);
    // An existing file is never overwritten.
    let taken = dir.path().join("taken.json");
    std::fs::write(&taken, "keep me").unwrap();
    let run = doctor_in(
        dir.path(),
        &with_broker(
            &broker,
            &["reset-group", "--to", "earliest", "--execute", "--yes", "--backup", taken.to_str().unwrap()],
        ),
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(&taken).unwrap(), "keep me");
    assert_eq!(committed(&broker, GROUP, TOPIC, 2), [Some(3), Some(1)]);
    // With a writable path, the snapshot holds the offsets from before the commit.
    let chosen = dir.path().join("before.json");
    let run = doctor_in(
        dir.path(),
        &with_broker(
            &broker,
            &["reset-group", "--to", "latest", "--execute", "--yes", "--backup", chosen.to_str().unwrap()],
        ),
    );
    assert_eq!(run.code, 0, "{}", run.stdout);
    let snapshot: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&chosen).unwrap()).unwrap();
    assert_eq!(snapshot["format"], "rentflow-doctor/offsets");
    assert_eq!(snapshot["group"], GROUP);
    let saved: Vec<_> = snapshot["offsets"].as_array().unwrap().iter().map(|e| e["offset"].clone()).collect();
    assert_eq!(saved, json(&[3, 1]));
    assert_eq!(committed(&broker, GROUP, TOPIC, 2), [Some(3), Some(3)]);
}

#[test]
fn a_restore_puts_the_offsets_back_and_restoring_twice_is_harmless() {
    let broker = Broker::start();
    broker.create_topic(TOPIC, 3);
    backlog(&broker, TOPIC, 3, 4, "r");
    seed(&broker, GROUP, TOPIC, &[(0, 4), (1, 1)]);
    let dir = tempfile::tempdir().unwrap();
    let run = doctor_in(dir.path(), &with_broker(&broker, &["reset-group", "--to", "earliest", "--execute", "--yes"]));
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(committed(&broker, GROUP, TOPIC, 3), [Some(0), Some(0), Some(0)]);
    let snapshot = run.json()["snapshot"].as_str().unwrap().to_string();
    let restore = run.json()["restore_command"].as_str().unwrap().to_string();
    assert!(restore.ends_with(&format!("--from-file {snapshot} --execute")), "{restore}");

    // The printed command, as printed (plus --yes: no terminal here), restores.
    let mut args: Vec<&str> = restore.split_whitespace().skip(1).collect();
    args.extend(["--yes", "-o", "json"]);
    let run = doctor_in(dir.path(), &args);
    // Partition 2 had no committed offset: OffsetCommit cannot commit "none", so it keeps 0.
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(run.codes(), ["RD504"]);
    assert_eq!(run.json()["outcome"], "applied");
    assert_eq!(committed(&broker, GROUP, TOPIC, 3), [Some(4), Some(1), Some(0)]);
    assert_eq!(snapshots_in(dir.path()).len(), 2, "the restore took its own snapshot first");

    // Again: nothing to change, nothing written, same offsets.
    let run = doctor_in(dir.path(), &args);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(run.json()["outcome"], "unchanged");
    assert_eq!(run.json()["snapshot"], serde_json::Value::Null);
    assert_eq!(committed(&broker, GROUP, TOPIC, 3), [Some(4), Some(1), Some(0)]);
    assert_eq!(snapshots_in(dir.path()).len(), 2);

    // A restore names its snapshot's group: another --group is refused.
    let run =
        doctor_in(dir.path(), &with_broker(&broker, &["reset-group", "--from-file", &snapshot, "--group", "other"]));
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("snapshot of group"), "{}", run.stderr);
}

#[test]
fn delete_removes_the_group_after_a_snapshot_of_every_topic_and_restore_brings_it_back() {
    let broker = Broker::start();
    broker.create_topic(TOPIC, 2);
    broker.create_topic("audit-events", 1);
    backlog(&broker, TOPIC, 2, 3, "x");
    backlog(&broker, "audit-events", 1, 2, "y");
    seed(&broker, GROUP, TOPIC, &[(0, 3), (1, 2)]);
    seed(&broker, GROUP, "audit-events", &[(0, 1)]);
    let dir = tempfile::tempdir().unwrap();
    let run = doctor_in(dir.path(), &with_broker(&broker, &["reset-group", "--delete"]));
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(run.json()["outcome"], "planned");
    assert_eq!(plan_column(&run, "topic").len(), 3, "the plan covers every topic");
    assert_eq!(committed(&broker, GROUP, TOPIC, 2), [Some(3), Some(2)]);

    let run = doctor_in(dir.path(), &with_broker(&broker, &["reset-group", "--delete", "--execute", "--yes"]));
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(plan_column(&run, "status"), vec![serde_json::json!("verified"); 3]);
    assert_eq!(committed(&broker, GROUP, TOPIC, 2), [None, None]);
    assert_eq!(committed(&broker, GROUP, "audit-events", 1), [None]);
    let run_list = doctor(&with_broker(&broker, &["group", "list"]));
    assert!(!run_list.stdout.contains(GROUP), "{}", run_list.stdout);
    let snapshot = run.json()["snapshot"].as_str().unwrap().to_string();

    let run =
        doctor_in(dir.path(), &with_broker(&broker, &["reset-group", "--from-file", &snapshot, "--execute", "--yes"]));
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(committed(&broker, GROUP, TOPIC, 2), [Some(3), Some(2)]);
    assert_eq!(committed(&broker, GROUP, "audit-events", 1), [Some(1)]);
}

#[test]
fn unknown_groups_topics_and_partitions_are_clear_errors() {
    let broker = Broker::start();
    broker.create_topic(TOPIC, 3);
    let run = doctor(&with_broker(&broker, &["group", "describe", "--group", "nobody"]));
    assert_eq!((run.code, run.codes()), (3, vec!["RD904".to_string()]), "{}", run.stdout);
    assert!(run.json()["findings"][0]["message"].as_str().unwrap().contains("nobody"));

    let run = doctor(&with_broker(&broker, &["group", "describe", "--topic", "no-such-topic"]));
    assert_eq!((run.code, run.codes()), (3, vec!["RD903".to_string()]), "{}", run.stdout);

    let run = doctor(&with_broker(&broker, &["reset-group", "--topic", "no-such-topic", "--to", "earliest"]));
    assert_eq!((run.code, run.codes()), (3, vec!["RD903".to_string()]), "{}", run.stdout);

    let run = doctor(&with_broker(&broker, &["reset-group", "--topic", "lease-events:0,7", "--to", "earliest"]));
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(run.stderr.contains("partition 7 does not exist in topic `lease-events` (3 partitions)"), "{}", run.stderr);
    assert_eq!(run.json()["error"]["kind"], "usage");

    let run = doctor(&with_broker(&broker, &["reset-group", "--group", "nobody", "--delete", "--execute", "--yes"]));
    assert_eq!((run.code, run.codes()), (3, vec!["RD904".to_string()]), "{}", run.stdout);

    let dir = tempfile::tempdir().unwrap();
    let bogus = dir.path().join("bogus.json");
    std::fs::write(&bogus, "{\"group\": 1}").unwrap();
    let run = doctor(&with_broker(&broker, &["reset-group", "--from-file", bogus.to_str().unwrap()]));
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("not an offsets snapshot"), "{}", run.stderr);

    let port = common::free_port().to_string();
    let nowhere = format!("127.0.0.1:{port}");
    let run = doctor(&["group", "list", "-o", "json", "--brokers", &nowhere, "--connect-timeout", "1s"]);
    assert_eq!((run.code, run.codes()), (3, vec!["RD902".to_string()]), "{}", run.stdout);
}

#[test]
fn execute_off_a_terminal_needs_yes_and_changes_nothing() {
    let broker = Broker::start();
    broker.create_topic(TOPIC, 1);
    backlog(&broker, TOPIC, 1, 2, "y");
    seed(&broker, GROUP, TOPIC, &[(0, 2)]);
    let dir = tempfile::tempdir().unwrap();
    for extra in [&[][..], &["-o", "json"][..]] {
        let mut args = vec!["reset-group", "--brokers", broker.address.as_str(), "--to", "earliest", "--execute"];
        args.extend(extra);
        let run = doctor_in(dir.path(), &args);
        assert_eq!(run.code, 2, "{}", run.stdout);
        assert!(run.stderr.contains("--yes"), "{}", run.stderr);
    }
    assert_eq!(committed(&broker, GROUP, TOPIC, 1), [Some(2)]);
    assert!(snapshots_in(dir.path()).is_empty());
}

#[test]
fn execute_on_a_terminal_shows_the_plan_and_asks_first() {
    let broker = Broker::start();
    broker.create_topic(TOPIC, 1);
    backlog(&broker, TOPIC, 1, 4, "t");
    seed(&broker, GROUP, TOPIC, &[(0, 4)]);
    let dir = tempfile::tempdir().unwrap();
    let args = ["reset-group", "--brokers", broker.address.as_str(), "--to", "earliest", "--execute"];
    let run = doctor_on_a_terminal(dir.path(), &args, "n\n");
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(run.stdout.contains("-4") && run.stdout.contains("[y/N]"), "{}", run.stdout);
    assert!(run.stdout.contains("not confirmed: nothing was changed"), "{}", run.stdout);
    assert_eq!(committed(&broker, GROUP, TOPIC, 1), [Some(4)]);
    assert!(snapshots_in(dir.path()).is_empty());
    let run = doctor_on_a_terminal(dir.path(), &args, "y\n");
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(run.stdout.contains("Applied and verified"), "{}", run.stdout);
    assert_eq!(committed(&broker, GROUP, TOPIC, 1), [Some(0)]);
    assert_eq!(snapshots_in(dir.path()).len(), 1);
}

#[test]
fn json_reports_deserialise_into_the_report_types() {
    let broker = Broker::start();
    broker.create_topic(TOPIC, 2);
    backlog(&broker, TOPIC, 2, 1, "j");
    seed(&broker, GROUP, TOPIC, &[(0, 1)]);
    let dir = tempfile::tempdir().unwrap();
    let run = doctor(&with_broker(&broker, &["group", "list"]));
    match report(&run).body {
        Body::GroupList(body) => assert_eq!(body.groups[0].group, GROUP),
        other => panic!("{other:?}"),
    }
    let run = doctor(&with_broker(&broker, &["group", "describe"]));
    let parsed = report(&run);
    assert_eq!(parsed.command, "group describe");
    match parsed.body {
        Body::Describe(body) => {
            assert_eq!(body.partitions.len(), 2);
            assert_eq!(body.partitions[0].committed, Some(1));
            assert_eq!(body.partitions[1].committed, None);
        }
        other => panic!("{other:?}"),
    }
    let run = doctor_in(dir.path(), &with_broker(&broker, &["reset-group", "--to", "earliest", "--execute", "--yes"]));
    let parsed = report(&run);
    assert_eq!(parsed.summary.exit_code, 0);
    match parsed.body {
        Body::Reset(body) => {
            assert!(body.executed);
            assert_eq!(body.plan.len(), 2);
            assert!(body.snapshot.is_some());
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_command_trace_prints_for_rd202_is_one_reset_group_accepts() {
    let pipeline = Pipeline::start("none", "stopped");
    let run = pipeline.trace(&["--consume-timeout", "2s"]);
    assert_eq!(run.codes(), ["RD103", "RD202"], "{}", run.stdout);
    let fix = run.json()["findings"][1]["fix"].as_str().unwrap().to_string();
    let command = fix.split('`').nth(1).unwrap_or_else(|| panic!("no command in {fix}")).to_string();
    let partition: i32 = command.split("lease-events:").nth(1).unwrap().split(' ').next().unwrap().parse().unwrap();
    let args: Vec<&str> = command.split_whitespace().collect();
    assert_eq!(args[..2], ["rentflow-doctor", "reset-group"]);
    // As printed: accepted, and off a terminal it asks for --yes rather than committing.
    let run = doctor_in(pipeline.dir.path(), &args[1..]);
    assert_eq!(run.code, 2, "{}\n{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("--yes"), "{}", run.stderr);
    let mut confirmed = args[1..].to_vec();
    confirmed.extend(["--yes", "-o", "json"]);
    let run = doctor_in(pipeline.dir.path(), &confirmed);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert_eq!(run.json()["outcome"], "applied");
    let offsets = committed(&pipeline.broker, &pipeline.group, &pipeline.topic, 3);
    assert_eq!(offsets[partition as usize], Some(0), "{offsets:?}");
}

#[test]
fn a_crash_between_snapshot_and_commit_leaves_a_state_the_snapshot_restores() {
    let broker = Broker::start();
    broker.create_topic(TOPIC, 2);
    backlog(&broker, TOPIC, 2, 5, "k");
    seed(&broker, GROUP, TOPIC, &[(0, 3), (1, 5)]);
    let dir = tempfile::tempdir().unwrap();
    let args = with_broker(&broker, &["reset-group", "--to", "earliest", "--execute", "--yes"]);
    let crashed: Run = common::doctor_command(dir.path())
        .env("RENTFLOW_DOCTOR_CRASH_AFTER_SNAPSHOT", "1")
        .args(&args)
        .output()
        .unwrap()
        .into();
    assert_eq!(crashed.code, -1, "killed by a signal, as kill -9 does: {}", crashed.stdout);
    // Nothing was committed, and the snapshot is complete on disk.
    assert_eq!(committed(&broker, GROUP, TOPIC, 2), [Some(3), Some(5)]);
    let snapshots = snapshots_in(dir.path());
    assert_eq!(snapshots.len(), 1, "{snapshots:?}");
    let snapshot = snapshots[0].to_str().unwrap();
    let saved: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(snapshot).unwrap()).unwrap();
    assert!(saved.to_string().contains(GROUP), "{saved}");
    // Had the commit landed (here: another reset moves the group), the snapshot puts it back;
    // restoring twice is harmless.
    assert_eq!(
        doctor_in(dir.path(), &with_broker(&broker, &["reset-group", "--to", "latest", "--execute", "--yes"])).code,
        0
    );
    assert_eq!(committed(&broker, GROUP, TOPIC, 2), [Some(5), Some(5)]);
    for _ in 0..2 {
        let restored = doctor_in(
            dir.path(),
            &with_broker(&broker, &["reset-group", "--from-file", snapshot, "--execute", "--yes"]),
        );
        assert_eq!(restored.code, 0, "{}", restored.stdout);
        assert_eq!(committed(&broker, GROUP, TOPIC, 2), [Some(3), Some(5)]);
    }
}

#[test]
fn a_consumer_that_joins_while_the_prompt_waits_is_caught_before_the_commit() {
    let broker = Broker::start();
    broker.create_topic(TOPIC, 1);
    backlog(&broker, TOPIC, 1, 4, "j");
    // Committed at the end: a consumer that joins has nothing to process or commit itself.
    seed(&broker, GROUP, TOPIC, &[(0, 4)]);
    let dir = tempfile::tempdir().unwrap();
    // The plan was made while the group was Empty; the doctor now waits for an answer.
    let prompted = Prompted::start(&broker, dir.path());
    let consumer = Consumer::start(&broker, TOPIC, GROUP, "none", &dir.path().join("consumer.log"));
    let (code, printed) = prompted.answer_yes();
    drop(consumer);
    assert_eq!(code, Some(1), "{printed}");
    assert!(printed.contains("RD501"), "{printed}");
    assert!(printed.contains("the snapshot was written, but nothing was committed"), "{printed}");
    // Kafka would refuse such a commit itself; nisshi accepts it, so the unchanged offset
    // proves the doctor's own check stopped it.
    assert_eq!(committed(&broker, GROUP, TOPIC, 1), [Some(4)]);
    assert_eq!(snapshots_in(dir.path()).len(), 1);
}

#[test]
fn offsets_that_move_while_the_prompt_waits_stop_the_reset_before_the_snapshot() {
    let broker = Broker::start();
    broker.create_topic(TOPIC, 1);
    backlog(&broker, TOPIC, 1, 4, "m");
    seed(&broker, GROUP, TOPIC, &[(0, 1)]);
    let dir = tempfile::tempdir().unwrap();
    let prompted = Prompted::start(&broker, dir.path());
    // A consumer runs, processes the three remaining records, commits, and leaves: the group
    // is Empty again, but its position is no longer the one the plan (and a snapshot taken
    // from it) would hold.
    let mut consumer = Consumer::start(&broker, TOPIC, GROUP, "none", &dir.path().join("consumer.log"));
    wait_until("the consumer commits its backlog", Duration::from_secs(20), || {
        committed(&broker, GROUP, TOPIC, 1) == [Some(4)]
    });
    consumer.stop();
    let (code, printed) = prompted.answer_yes();
    assert_eq!(code, Some(1), "{printed}");
    assert!(printed.contains("committed while the plan waited"), "{printed}");
    assert!(printed.contains("was 1 when planned, is 4 now"), "{printed}");
    assert_eq!(committed(&broker, GROUP, TOPIC, 1), [Some(4)]);
    assert!(snapshots_in(dir.path()).is_empty(), "no snapshot of a position that is no longer true");
}

#[test]
fn delete_snapshots_every_offset_the_group_has_even_on_topics_a_metadata_listing_skips() {
    let broker = Broker::start();
    // A user topic whose name starts with `__`, as internal topics' do: a listing of topics
    // that skips internal ones would leave its offsets out of the snapshot, and deleting the
    // group would lose them.
    for topic in [TOPIC, "__audit-leases"] {
        broker.create_topic(topic, 1);
        backlog(&broker, topic, 1, 3, "d");
        seed(&broker, GROUP, topic, &[(0, 2)]);
    }
    let dir = tempfile::tempdir().unwrap();
    let run = doctor_in(dir.path(), &with_broker(&broker, &["reset-group", "--delete", "--execute", "--yes"]));
    assert_eq!(run.code, 0, "{}", run.stdout);
    let snapshot = std::fs::read_to_string(&snapshots_in(dir.path())[0]).unwrap();
    let saved: serde_json::Value = serde_json::from_str(&snapshot).unwrap();
    let topics: Vec<&str> = saved["offsets"].as_array().unwrap().iter().map(|o| o["topic"].as_str().unwrap()).collect();
    assert_eq!(topics, ["__audit-leases", TOPIC], "{snapshot}");
}

/// A name of its own for a test's topic or group, so that tests sharing a broker never meet.
fn unique_name(prefix: &str) -> String {
    format!("{prefix}-{}", &uuid::Uuid::new_v4().simple().to_string()[..12])
}

#[test]
fn every_report_names_the_cluster_id_and_the_profile() {
    let broker = Broker::start();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("profiles.toml"), format!("[profiles.staging]\nbrokers = \"{}\"\n", broker.address))
        .unwrap();
    let run =
        doctor_in(dir.path(), &["--config", "profiles.toml", "--profile", "staging", "group", "list", "-o", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let context = &run.json()["context"];
    assert_eq!(context["profile"], "staging");
    let cluster = context["cluster_id"].as_str().unwrap_or_else(|| panic!("no cluster id: {context}"));
    assert!(!cluster.is_empty());
    let text = doctor_in(dir.path(), &["--config", "profiles.toml", "--profile", "staging", "group", "list"]);
    let header = text.stdout.lines().next().unwrap_or_default().to_string();
    assert!(header.contains("profile: staging") && header.contains(&format!("cluster: {cluster}")), "{header}");
}

#[test]
fn the_confirmation_names_the_cluster_and_the_profile_and_always_means_always() {
    let broker = Broker::start();
    let (topic, group) = (unique_name("confirm-topic"), unique_name("confirm-group"));
    broker.create_topic(&topic, 1);
    backlog(&broker, &topic, 1, 3, "c");
    seed(&broker, &group, &topic, &[(0, 3)]);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("prod.toml"), "[profiles.prod]\nconfirm = \"always\"\n").unwrap();
    let settings = ["--config", "prod.toml", "--profile", "prod", "--topic", topic.as_str(), "--group", group.as_str()];
    let refused = doctor_in(
        dir.path(),
        &[&with_broker(&broker, &["reset-group", "--to", "earliest", "--execute", "--yes"])[..], &settings].concat(),
    );
    assert_eq!(refused.code, 2, "{}", refused.stderr);
    assert!(refused.stderr.contains("confirm = \"always\""), "{}", refused.stderr);
    assert_eq!(committed(&broker, &group, &topic, 1), [Some(3)], "nothing changed");
    let prompted = Prompted::start_with(&broker, dir.path(), &settings);
    assert!(prompted.seen.contains("profile `prod`"), "{}", prompted.seen);
    assert!(prompted.seen.contains("on cluster `") && !prompted.seen.contains("(id unknown)"), "{}", prompted.seen);
    let (code, printed) = prompted.answer_yes();
    assert_eq!(code, Some(0), "{printed}");
    assert_eq!(committed(&broker, &group, &topic, 1), [Some(0)]);
}
