//! `group list`, `group describe` and `reset-group` against a real broker and the reference
//! consumer: the journal's scenario end to end, every target kind, the safety rules
//! (refusal from the group's state, snapshot before commit, read-back), restore, delete and
//! the error cases.
//!
//! Committed offsets are seeded and checked with plain rdkafka clients, never with the
//! doctor itself, so that a doctor that reads wrongly cannot also confirm itself.

mod common;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use common::groups::{
    Prompted, backlog, committed, doctor_on_a_terminal, json, names, plan_column, report, seed, snapshots_in,
    wait_until, with_broker,
};
use common::{Broker, Consumer, Pipeline, Run, doctor, doctor_command, doctor_in, unique};
use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, Consumer as _};
use rdkafka::{Offset, TopicPartitionList};
use rentflow_doctor::Body;

#[test]
fn the_journal_scenario_plays_out_end_to_end() {
    let broker = Broker::start();
    let (topic, group) = names();
    broker.create_topic(&topic, 3);
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("consumer.log");
    // Events produced before the consumer exists.
    let old = backlog(&broker, &topic, 3, 2, "old");
    // A consumer with auto.offset.reset=latest starts after them.
    let mut consumer = Consumer::start(&broker, &topic, &group, "offset-reset-latest", &log);

    // Before its first commit: no committed offset anywhere, and `latest` skips the backlog.
    let run = doctor(&with_broker(&broker, &["group", "describe", "--auto-offset-reset", "latest"]));
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert_eq!(run.codes(), ["RD202"]);
    let described = run.json()["groups"][0].clone();
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
    let new = backlog(&broker, &topic, 3, 1, "new");
    wait_until("the consumer commits at the end", Duration::from_secs(20), || {
        committed(&broker, &group, &topic, 3) == [Some(3), Some(3), Some(3)]
    });
    let processed = consumer.log();
    assert!(new.iter().all(|id| processed.contains(id.as_str())), "{processed}");
    assert!(old.iter().all(|id| !processed.contains(id.as_str())), "the backlog was skipped:\n{processed}");

    // Describe shows the position against the log: committed at the end, no lag.
    let run = doctor(&with_broker(&broker, &["group", "describe"]));
    assert_eq!(run.code, 0, "{}", run.stdout);
    for row in run.json()["groups"][0]["partitions"].as_array().unwrap() {
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
    assert_eq!(committed(&broker, &group, &topic, 3), [Some(0), Some(0), Some(0)]);
    let snapshots = snapshots_in(dir.path());
    assert_eq!(snapshots.len(), 1);
    assert_eq!(reset["snapshot"], snapshots[0].to_str().unwrap());
    let snapshot: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&snapshots[0]).unwrap()).unwrap();
    let saved: Vec<_> = snapshot["offsets"].as_array().unwrap().iter().map(|e| e["offset"].clone()).collect();
    assert_eq!(saved, json(&[3, 3, 3]));
    assert!(reset["restore_command"].as_str().unwrap().contains("--from-file"));

    // The consumer, started again, processes the events it skipped.
    let _consumer = Consumer::start(&broker, &topic, &group, "offset-reset-latest", &log);
    wait_until("the restarted consumer processes the backlog", Duration::from_secs(30), || {
        let processed = std::fs::read_to_string(&log).unwrap_or_default();
        old.iter().all(|id| processed.contains(&format!("lease_id={id} ")))
    });
}

#[test]
fn describe_without_a_policy_assumes_latest_as_a_warning_and_earliest_reads() {
    let broker = Broker::start();
    let (topic, group) = names();
    broker.create_topic(&topic, 2);
    backlog(&broker, &topic, 2, 3, "b");
    seed(&broker, &group, &topic, &[(0, 1)]);
    let run = doctor(&with_broker(&broker, &["group", "describe"]));
    assert_eq!(run.code, 0, "an assumption is a warning: {}", run.stdout);
    assert_eq!(run.codes(), ["RD202"]);
    let described = run.json();
    assert_eq!(described["findings"][0]["severity"], "warning");
    assert_eq!(described["auto_offset_reset_assumed"], true);
    let described = described["groups"][0].clone();
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
    assert_eq!(run.json()["groups"][0]["partitions"][1]["without_commit"]["effect"], "read");

    // The human form says `-`, not 0, and what `latest` would do.
    let run = doctor(&["group", "describe", "--brokers", &broker.address, "--group", &group, "--topic", &topic]);
    assert!(run.stdout.contains("no commit: latest skips 3"), "{}", run.stdout);
}

#[test]
fn group_list_shows_each_group_with_state_and_members() {
    let broker = Broker::start();
    let (topic, group) = names();
    broker.create_topic(&topic, 1);
    let parked = unique("parked-group");
    seed(&broker, &parked, &topic, &[(0, 0)]);
    let dir = tempfile::tempdir().unwrap();
    let _consumer = Consumer::start(&broker, &topic, &group, "none", &dir.path().join("c.log"));
    let run = doctor(&with_broker(&broker, &["group", "list"]));
    assert_eq!(run.code, 0, "{}", run.stdout);
    let groups = run.json()["groups"].as_array().unwrap().clone();
    let find = |name: &str| {
        groups.iter().find(|g| g["group"] == name).unwrap_or_else(|| panic!("{name} in {groups:?}")).clone()
    };
    assert_eq!((find(&group)["state"].as_str(), find(&group)["members"].as_u64()), (Some("Stable"), Some(1)));
    assert_eq!((find(&parked)["state"].as_str(), find(&parked)["members"].as_u64()), (Some("Empty"), Some(0)));
}

#[test]
fn every_target_kind_is_planned_from_the_log_and_the_committed_offsets() {
    let broker = Broker::start();
    let (topic, group) = names();
    broker.create_topic(&topic, 2);
    backlog(&broker, &topic, 2, 4, "a");
    // A time strictly between the first four records and the next four of each partition.
    let mut between = jiff::Timestamp::now().as_millisecond();
    while jiff::Timestamp::now().as_millisecond() <= between + 1 {
        std::hint::spin_loop();
    }
    between += 1;
    backlog(&broker, &topic, 2, 4, "b");
    // Partition 0 committed at 6 of [0, 8); partition 1 has no committed offset.
    seed(&broker, &group, &topic, &[(0, 6)]);
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
    assert_eq!(committed(&broker, &group, &topic, 2), [Some(6), None]);
    // The plan shows the delta and the command that applies it.
    let run = doctor(&[
        "reset-group",
        "--brokers",
        &broker.address,
        "--group",
        &group,
        "--topic",
        &topic,
        "--to",
        "earliest",
    ]);
    assert!(run.stdout.contains("Dry run: nothing was changed."), "{}", run.stdout);
    assert!(run.stdout.contains("-6"), "{}", run.stdout);
    assert!(
        run.stdout.contains(&format!(
            "rentflow-doctor reset-group --brokers {} --group {group} --topic {topic} --to earliest --execute",
            broker.address
        )),
        "{}",
        run.stdout
    );
}

#[test]
fn targets_outside_the_log_are_clamped_with_a_warning_and_committed_at_the_bound() {
    let broker = Broker::start();
    let (topic, group) = names();
    broker.create_topic(&topic, 2);
    backlog(&broker, &topic, 1, 5, "c");
    seed(&broker, &group, &topic, &[(0, 2)]);
    let dir = tempfile::tempdir().unwrap();
    // Partition 1 is empty: [0, 0].
    let run = doctor_in(dir.path(), &with_broker(&broker, &["reset-group", "--to", "offset:99", "--execute", "--yes"]));
    assert_eq!(run.code, 0, "a clamp is a warning: {}", run.stdout);
    assert_eq!(run.codes(), ["RD502"]);
    assert_eq!(run.json()["findings"][0]["evidence"].as_array().unwrap().len(), 2);
    assert_eq!(plan_column(&run, "target"), json(&[5, 0]));
    assert_eq!(plan_column(&run, "adjustment")[0]["kind"], "clamped-to-log-end");
    assert_eq!(committed(&broker, &group, &topic, 2), [Some(5), Some(0)]);
    let run = doctor_in(
        dir.path(),
        &with_broker(
            &broker,
            &["reset-group", "--topic", &format!("{topic}:0"), "--to", "shift:-100", "--execute", "--yes"],
        ),
    );
    assert_eq!(run.codes(), ["RD502"]);
    assert_eq!(plan_column(&run, "adjustment")[0]["requested"], -95);
    assert_eq!(committed(&broker, &group, &topic, 2), [Some(0), Some(0)]);
}

#[test]
fn an_active_group_is_refused_from_its_state_and_nothing_changes() {
    let broker = Broker::start();
    let (topic, group) = names();
    broker.create_topic(&topic, 3);
    backlog(&broker, &topic, 3, 2, "d");
    let dir = tempfile::tempdir().unwrap();
    let _consumer = Consumer::start(&broker, &topic, &group, "none", &dir.path().join("c.log"));
    wait_until("the consumer commits", Duration::from_secs(20), || {
        committed(&broker, &group, &topic, 3) == [Some(2), Some(2), Some(2)]
    });
    // Kafka would refuse the commit too; the refusal before any snapshot proves the doctor
    // decided first, from the group's state.
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
    assert_eq!(committed(&broker, &group, &topic, 3), [Some(2), Some(2), Some(2)]);
    assert!(snapshots_in(dir.path()).is_empty(), "no snapshot for a refused reset");
    // The same for --delete.
    let run = doctor_in(dir.path(), &with_broker(&broker, &["reset-group", "--delete", "--execute", "--yes"]));
    assert_eq!((run.code, run.codes()), (1, vec!["RD501".to_string()]));
    assert_eq!(committed(&broker, &group, &topic, 3), [Some(2), Some(2), Some(2)]);
}

#[test]
fn wait_empty_goes_ahead_once_the_consumer_stops() {
    let broker = Broker::start();
    let (topic, group) = names();
    broker.create_topic(&topic, 2);
    backlog(&broker, &topic, 2, 2, "w");
    let dir = tempfile::tempdir().unwrap();
    let mut consumer = Consumer::start(&broker, &topic, &group, "none", &dir.path().join("c.log"));
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
    assert_eq!(committed(&broker, &group, &topic, 2), [Some(0), Some(0)]);
    // The snapshot holds what the consumer had committed when it left.
    let snapshot = std::fs::read_to_string(&snapshots_in(dir.path())[0]).unwrap();
    let snapshot: serde_json::Value = serde_json::from_str(&snapshot).unwrap();
    assert_eq!(snapshot["offsets"][0]["offset"], 2);
}

#[test]
fn wait_empty_refuses_when_the_group_stays_active() {
    let broker = Broker::start();
    let (topic, group) = names();
    broker.create_topic(&topic, 1);
    let dir = tempfile::tempdir().unwrap();
    let _consumer = Consumer::start(&broker, &topic, &group, "none", &dir.path().join("c.log"));
    let run =
        doctor(&with_broker(&broker, &["reset-group", "--to", "earliest", "--execute", "--yes", "--wait-empty", "1s"]));
    assert_eq!((run.code, run.codes()), (1, vec!["RD501".to_string()]), "{}", run.stdout);
    assert!(run.json()["waited_ms"].as_f64().unwrap() >= 1000.0);
}

#[test]
fn the_snapshot_is_written_before_any_commit() {
    let broker = Broker::start();
    let (topic, group) = names();
    broker.create_topic(&topic, 2);
    backlog(&broker, &topic, 2, 3, "s");
    seed(&broker, &group, &topic, &[(0, 3), (1, 1)]);
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
    assert_eq!(committed(&broker, &group, &topic, 2), [Some(3), Some(1)]);
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
    assert_eq!(committed(&broker, &group, &topic, 2), [Some(3), Some(1)]);
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
    assert_eq!(snapshot["group"], group.as_str());
    let saved: Vec<_> = snapshot["offsets"].as_array().unwrap().iter().map(|e| e["offset"].clone()).collect();
    assert_eq!(saved, json(&[3, 1]));
    assert_eq!(committed(&broker, &group, &topic, 2), [Some(3), Some(3)]);
}

#[test]
fn a_restore_puts_the_offsets_back_and_restoring_twice_is_harmless() {
    let broker = Broker::start();
    let (topic, group) = names();
    broker.create_topic(&topic, 3);
    backlog(&broker, &topic, 3, 4, "r");
    seed(&broker, &group, &topic, &[(0, 4), (1, 1)]);
    let dir = tempfile::tempdir().unwrap();
    let run = doctor_in(dir.path(), &with_broker(&broker, &["reset-group", "--to", "earliest", "--execute", "--yes"]));
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(committed(&broker, &group, &topic, 3), [Some(0), Some(0), Some(0)]);
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
    assert_eq!(committed(&broker, &group, &topic, 3), [Some(4), Some(1), Some(0)]);
    assert_eq!(snapshots_in(dir.path()).len(), 2, "the restore took its own snapshot first");

    // Again: nothing to change, nothing written, same offsets.
    let run = doctor_in(dir.path(), &args);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(run.json()["outcome"], "unchanged");
    assert_eq!(run.json()["snapshot"], serde_json::Value::Null);
    assert_eq!(committed(&broker, &group, &topic, 3), [Some(4), Some(1), Some(0)]);
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
    let (topic, group) = names();
    let audit = unique("audit-events");
    broker.create_topic(&topic, 2);
    broker.create_topic(&audit, 1);
    backlog(&broker, &topic, 2, 3, "x");
    backlog(&broker, &audit, 1, 2, "y");
    seed(&broker, &group, &topic, &[(0, 3), (1, 2)]);
    seed(&broker, &group, &audit, &[(0, 1)]);
    let dir = tempfile::tempdir().unwrap();
    let run = doctor_in(dir.path(), &with_broker(&broker, &["reset-group", "--delete"]));
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(run.json()["outcome"], "planned");
    assert_eq!(plan_column(&run, "topic").len(), 3, "the plan covers every topic");
    assert_eq!(committed(&broker, &group, &topic, 2), [Some(3), Some(2)]);

    let run = doctor_in(dir.path(), &with_broker(&broker, &["reset-group", "--delete", "--execute", "--yes"]));
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(plan_column(&run, "status"), vec![serde_json::json!("verified"); 3]);
    assert_eq!(committed(&broker, &group, &topic, 2), [None, None]);
    assert_eq!(committed(&broker, &group, &audit, 1), [None]);
    let run_list = doctor(&with_broker(&broker, &["group", "list"]));
    assert!(!run_list.stdout.contains(&group), "{}", run_list.stdout);
    let snapshot = run.json()["snapshot"].as_str().unwrap().to_string();

    let run =
        doctor_in(dir.path(), &with_broker(&broker, &["reset-group", "--from-file", &snapshot, "--execute", "--yes"]));
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(committed(&broker, &group, &topic, 2), [Some(3), Some(2)]);
    assert_eq!(committed(&broker, &group, &audit, 1), [Some(1)]);
}

#[test]
fn unknown_groups_topics_and_partitions_are_clear_errors() {
    let broker = Broker::start();
    let (topic, _) = names();
    let (nobody, missing) = (unique("nobody"), unique("no-such-topic"));
    let partitions = format!("{topic}:0,7");
    broker.create_topic(&topic, 3);
    let run = doctor(&with_broker(&broker, &["group", "describe", "--group", &nobody]));
    assert_eq!((run.code, run.codes()), (3, vec!["RD904".to_string()]), "{}", run.stdout);
    assert!(run.json()["findings"][0]["message"].as_str().unwrap().contains(nobody.as_str()));

    let run = doctor(&with_broker(&broker, &["group", "describe", "--topic", &missing]));
    assert_eq!((run.code, run.codes()), (3, vec!["RD903".to_string()]), "{}", run.stdout);

    let run = doctor(&with_broker(&broker, &["reset-group", "--topic", &missing, "--to", "earliest"]));
    assert_eq!((run.code, run.codes()), (3, vec!["RD903".to_string()]), "{}", run.stdout);

    let run = doctor(&with_broker(&broker, &["reset-group", "--topic", &partitions, "--to", "earliest"]));
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(
        run.stderr.contains(&format!("partition 7 does not exist in topic `{topic}` (3 partitions)")),
        "{}",
        run.stderr
    );
    assert_eq!(run.json()["error"]["kind"], "usage");

    let run = doctor(&with_broker(&broker, &["reset-group", "--group", &nobody, "--delete", "--execute", "--yes"]));
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
    let (topic, group) = names();
    broker.create_topic(&topic, 1);
    backlog(&broker, &topic, 1, 2, "y");
    seed(&broker, &group, &topic, &[(0, 2)]);
    let dir = tempfile::tempdir().unwrap();
    for extra in [&[][..], &["-o", "json"][..]] {
        let mut args = vec!["reset-group", "--brokers", broker.address.as_str(), "--group", &group, "--to", "earliest"];
        args.extend(["--topic", &topic, "--execute"]);
        args.extend(extra);
        let run = doctor_in(dir.path(), &args);
        assert_eq!(run.code, 2, "{}", run.stdout);
        assert!(run.stderr.contains("--yes"), "{}", run.stderr);
    }
    assert_eq!(committed(&broker, &group, &topic, 1), [Some(2)]);
    assert!(snapshots_in(dir.path()).is_empty());
}

#[test]
fn execute_on_a_terminal_shows_the_plan_and_asks_first() {
    let broker = Broker::start();
    let (topic, group) = names();
    broker.create_topic(&topic, 1);
    backlog(&broker, &topic, 1, 4, "t");
    seed(&broker, &group, &topic, &[(0, 4)]);
    let dir = tempfile::tempdir().unwrap();
    let args = [
        "reset-group",
        "--brokers",
        broker.address.as_str(),
        "--group",
        &group,
        "--topic",
        &topic,
        "--to",
        "earliest",
        "--execute",
    ];
    let run = doctor_on_a_terminal(dir.path(), &args, "n\n");
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(run.stdout.contains("-4") && run.stdout.contains("[y/N]"), "{}", run.stdout);
    assert!(run.stdout.contains("not confirmed: nothing was changed"), "{}", run.stdout);
    assert_eq!(committed(&broker, &group, &topic, 1), [Some(4)]);
    assert!(snapshots_in(dir.path()).is_empty());
    let run = doctor_on_a_terminal(dir.path(), &args, "y\n");
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(run.stdout.contains("Applied and verified"), "{}", run.stdout);
    assert_eq!(committed(&broker, &group, &topic, 1), [Some(0)]);
    assert_eq!(snapshots_in(dir.path()).len(), 1);
}

#[test]
fn json_reports_deserialise_into_the_report_types() {
    let broker = Broker::start();
    let (topic, group) = names();
    broker.create_topic(&topic, 2);
    backlog(&broker, &topic, 2, 1, "j");
    seed(&broker, &group, &topic, &[(0, 1)]);
    let dir = tempfile::tempdir().unwrap();
    let run = doctor(&with_broker(&broker, &["group", "list"]));
    match report(&run).body {
        Body::GroupList(body) => assert!(body.groups.iter().any(|row| row.group == group), "{body:?}"),
        other => panic!("{other:?}"),
    }
    let run = doctor(&with_broker(&broker, &["group", "describe"]));
    let parsed = report(&run);
    assert_eq!(parsed.command, "group describe");
    match parsed.body {
        Body::Describe(body) => {
            let partitions = &body.groups[0].partitions;
            assert_eq!(partitions.len(), 2);
            assert_eq!(partitions[0].committed, Some(1));
            assert_eq!(partitions[1].committed, None);
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
    let partition: i32 =
        command.split(&format!("{}:", pipeline.topic)).nth(1).unwrap().split(' ').next().unwrap().parse().unwrap();
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
    let (topic, group) = names();
    broker.create_topic(&topic, 2);
    backlog(&broker, &topic, 2, 5, "k");
    seed(&broker, &group, &topic, &[(0, 3), (1, 5)]);
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
    assert_eq!(committed(&broker, &group, &topic, 2), [Some(3), Some(5)]);
    let snapshots = snapshots_in(dir.path());
    assert_eq!(snapshots.len(), 1, "{snapshots:?}");
    let snapshot = snapshots[0].to_str().unwrap();
    let saved: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(snapshot).unwrap()).unwrap();
    assert!(saved.to_string().contains(&group), "{saved}");
    // Had the commit landed (here: another reset moves the group), the snapshot puts it back;
    // restoring twice is harmless.
    assert_eq!(
        doctor_in(dir.path(), &with_broker(&broker, &["reset-group", "--to", "latest", "--execute", "--yes"])).code,
        0
    );
    assert_eq!(committed(&broker, &group, &topic, 2), [Some(5), Some(5)]);
    for _ in 0..2 {
        let restored = doctor_in(
            dir.path(),
            &with_broker(&broker, &["reset-group", "--from-file", snapshot, "--execute", "--yes"]),
        );
        assert_eq!(restored.code, 0, "{}", restored.stdout);
        assert_eq!(committed(&broker, &group, &topic, 2), [Some(3), Some(5)]);
    }
}

#[test]
fn a_consumer_that_joins_while_the_prompt_waits_is_caught_before_the_snapshot() {
    let broker = Broker::start();
    let (topic, group) = names();
    broker.create_topic(&topic, 1);
    backlog(&broker, &topic, 1, 4, "j");
    // Committed at the end: a consumer that joins has nothing to process or commit itself.
    seed(&broker, &group, &topic, &[(0, 4)]);
    let dir = tempfile::tempdir().unwrap();
    // The plan was made while the group was Empty; the doctor now waits for an answer.
    let prompted = Prompted::start(&broker, dir.path(), &group, &topic);
    let consumer = Consumer::start(&broker, &topic, &group, "none", &dir.path().join("consumer.log"));
    let (code, printed) = prompted.answer_yes();
    drop(consumer);
    assert_eq!(code, Some(1), "{printed}");
    assert!(printed.contains("RD501"), "{printed}");
    assert!(printed.contains("changed while the plan waited for confirmation"), "{printed}");
    assert!(printed.contains("the group was Empty, no members when planned, is Stable, 1 member now"), "{printed}");
    assert_eq!(committed(&broker, &group, &topic, 1), [Some(4)]);
    assert!(snapshots_in(dir.path()).is_empty(), "no snapshot of a plan that is no longer true");
}

#[test]
fn offsets_that_move_while_the_prompt_waits_stop_the_reset_before_the_snapshot() {
    let broker = Broker::start();
    let (topic, group) = names();
    broker.create_topic(&topic, 1);
    backlog(&broker, &topic, 1, 4, "m");
    seed(&broker, &group, &topic, &[(0, 1)]);
    let dir = tempfile::tempdir().unwrap();
    let prompted = Prompted::start(&broker, dir.path(), &group, &topic);
    // A consumer runs, processes the three remaining records, commits, and leaves: the group
    // is Empty again, but its position is no longer the one the plan (and a snapshot taken
    // from it) would hold.
    let mut consumer = Consumer::start(&broker, &topic, &group, "none", &dir.path().join("consumer.log"));
    wait_until("the consumer commits its backlog", Duration::from_secs(20), || {
        committed(&broker, &group, &topic, 1) == [Some(4)]
    });
    consumer.stop();
    let (code, printed) = prompted.answer_yes();
    assert_eq!(code, Some(1), "{printed}");
    assert!(printed.contains("changed while the plan waited"), "{printed}");
    assert!(printed.contains(&format!("{topic}:0: committed offset was 1 when planned, is 4 now")), "{printed}");
    assert_eq!(committed(&broker, &group, &topic, 1), [Some(4)]);
    assert!(snapshots_in(dir.path()).is_empty(), "no snapshot of a position that is no longer true");
}

#[test]
fn delete_snapshots_every_offset_the_group_has_even_on_topics_a_metadata_listing_skips() {
    let broker = Broker::start();
    let (topic, group) = names();
    let internal_looking = unique("__audit-leases");
    // A user topic whose name starts with `__`, as internal topics' do: a listing of topics
    // that skips internal ones would leave its offsets out of the snapshot, and deleting the
    // group would lose them.
    for topic in [&topic, &internal_looking] {
        broker.create_topic(topic, 1);
        backlog(&broker, topic, 1, 3, "d");
        seed(&broker, &group, topic, &[(0, 2)]);
    }
    let dir = tempfile::tempdir().unwrap();
    let run = doctor_in(dir.path(), &with_broker(&broker, &["reset-group", "--delete", "--execute", "--yes"]));
    assert_eq!(run.code, 0, "{}", run.stdout);
    let snapshot = std::fs::read_to_string(&snapshots_in(dir.path())[0]).unwrap();
    let saved: serde_json::Value = serde_json::from_str(&snapshot).unwrap();
    let topics: Vec<&str> = saved["offsets"].as_array().unwrap().iter().map(|o| o["topic"].as_str().unwrap()).collect();
    assert_eq!(topics, [internal_looking.as_str(), topic.as_str()], "{snapshot}");
}

// ---------------------------------------------------------------------------------------
// Whole-group views, kafka-consumer-groups interop and the trust rules of a restore. These
// tests name their topics and groups uniquely, so they can share one broker.

/// Apache Kafka's own kafka-consumer-groups against `broker`; its stdout.
fn kcg(broker: &Broker, args: &[&str]) -> String {
    let run = common::kafka_consumer_groups(&broker.address, args);
    assert_eq!(run.code, 0, "kafka-consumer-groups {args:?} failed:\n{}\n{}", run.stdout, run.stderr);
    run.stdout
}

/// `partition → offset` from a kafka-consumer-groups table (the NEW-OFFSET column of a
/// reset, or `column` of a describe); `None` for `-`.
fn kcg_column(table: &str, topic: &str, column: &str) -> Vec<(i32, Option<i64>)> {
    let mut lines = table.lines().filter(|line| !line.trim().is_empty());
    let header: Vec<&str> =
        lines.find(|line| line.contains("PARTITION")).expect("a table").split_whitespace().collect();
    let at = |name: &str| header.iter().position(|h| *h == name).unwrap_or_else(|| panic!("{name} in {header:?}"));
    let (partition, value) = (at("PARTITION"), at(column));
    let mut rows: Vec<(i32, Option<i64>)> = lines
        .map(|line| line.split_whitespace().collect::<Vec<_>>())
        .filter(|fields| fields.get(at("TOPIC")) == Some(&topic))
        .map(|fields| (fields[partition].parse().unwrap(), fields[value].parse().ok()))
        .collect();
    rows.sort();
    rows
}

#[test]
fn describe_without_a_topic_covers_every_topic_the_group_committed_on_and_shows_its_members() {
    let broker = Broker::start();
    let (first, second, group) = (unique("leases"), unique("audit"), unique("whole"));
    broker.create_topic(&first, 2);
    broker.create_topic(&second, 1);
    backlog(&broker, &first, 2, 3, "w");
    backlog(&broker, &second, 1, 2, "a");
    seed(&broker, &group, &first, &[(0, 1), (1, 3)]);
    seed(&broker, &group, &second, &[(0, 2)]);
    let run = doctor(&with_broker(&broker, &["group", "describe", "--group", &group]));
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let described = &run.json()["groups"][0];
    let mut topics: Vec<&str> = described["topics"].as_array().unwrap().iter().map(|t| t.as_str().unwrap()).collect();
    topics.sort();
    let mut expected = [first.as_str(), second.as_str()];
    expected.sort();
    assert_eq!(topics, expected);
    assert_eq!(described["partitions"].as_array().unwrap().len(), 3);
    // The topic flag still narrows it.
    let run = doctor(&with_broker(&broker, &["group", "describe", "--group", &group, "--topic", &second]));
    assert_eq!(run.json()["groups"][0]["partitions"].as_array().unwrap().len(), 1);

    // A running consumer shows its client id, host and assigned partitions.
    let dir = tempfile::tempdir().unwrap();
    let _consumer = Consumer::start(&broker, &first, &group, "none", &dir.path().join("c.log"));
    let run = doctor(&with_broker(&broker, &["group", "describe", "--group", &group]));
    let member = run.json()["groups"][0]["group"]["members"][0].clone();
    assert!(member["client_id"].as_str().is_some_and(|id| !id.is_empty()), "{member}");
    assert!(member["host"].as_str().is_some_and(|host| host.contains("127.0.0.1")), "{member}");
    assert_eq!(member["assignment"], serde_json::json!([format!("{first}:0,1")]), "{member}");
    let text = doctor(&["group", "describe", "--group", &group, "--brokers", &broker.address]);
    assert!(text.stdout.contains("CLIENT-ID") && text.stdout.contains(&format!("{first}:0,1")), "{}", text.stdout);
}

#[test]
fn describe_all_groups_describes_each_group_on_the_cluster() {
    let broker = Broker::start();
    let topic = unique("all-groups");
    broker.create_topic(&topic, 1);
    backlog(&broker, &topic, 1, 4, "g");
    let (one, two) = (unique("first"), unique("second"));
    seed(&broker, &one, &topic, &[(0, 1)]);
    seed(&broker, &two, &topic, &[(0, 3)]);
    let run = doctor(&with_broker(&broker, &["group", "describe", "--all-groups"]));
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let groups = run.json()["groups"].as_array().unwrap().clone();
    let lag = |name: &str| {
        let found = groups.iter().find(|g| g["group"]["group"] == name).unwrap_or_else(|| panic!("{name}"));
        found["totals"]["lag"].as_i64()
    };
    assert_eq!((lag(&one), lag(&two)), (Some(3), Some(1)));
}

#[test]
fn reset_group_takes_several_topics_or_all_topics_with_one_snapshot_and_verification() {
    let broker = Broker::start();
    let (first, second, third, group) = (unique("t1"), unique("t2"), unique("t3"), unique("multi"));
    for topic in [&first, &second, &third] {
        broker.create_topic(topic, 2);
        backlog(&broker, topic, 2, 3, "m");
        seed(&broker, &group, topic, &[(0, 3), (1, 3)]);
    }
    let dir = tempfile::tempdir().unwrap();
    let run = doctor_in(
        dir.path(),
        &with_broker(
            &broker,
            &[
                "reset-group",
                "--group",
                &group,
                "--topic",
                &first,
                "--topic",
                &format!("{second}:1"),
                "--to",
                "earliest",
            ],
        ),
    );
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let places: Vec<String> = run.json()["plan"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| format!("{}:{}", row["topic"].as_str().unwrap(), row["partition"]))
        .collect();
    assert_eq!(places, [format!("{first}:0"), format!("{first}:1"), format!("{second}:1")]);
    let command = run.json()["execute_command"].as_str().unwrap().to_string();
    assert!(command.contains(&format!("--topic {first} --topic {second}:1 --to earliest")), "{command}");

    let run = doctor_in(
        dir.path(),
        &with_broker(
            &broker,
            &["reset-group", "--group", &group, "--all-topics", "--to", "earliest", "--execute", "--yes"],
        ),
    );
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert_eq!(plan_column(&run, "status"), vec![serde_json::json!("verified"); 6]);
    for topic in [&first, &second, &third] {
        assert_eq!(committed(&broker, &group, topic, 2), [Some(0), Some(0)], "{topic}");
    }
    let snapshot: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(run.json()["snapshot"].as_str().unwrap()).unwrap()).unwrap();
    assert_eq!(snapshot["offsets"].as_array().unwrap().len(), 6);
    assert!(snapshot["cluster_id"].as_str().is_some_and(|id| !id.is_empty()), "{snapshot}");
}

#[test]
fn a_plan_exported_by_either_tool_is_applied_by_the_other_with_the_same_result() {
    let broker = Broker::start();
    let (topic, group) = (unique("csv"), unique("csv-group"));
    broker.create_topic(&topic, 3);
    backlog(&broker, &topic, 3, 5, "c");
    seed(&broker, &group, &topic, &[(0, 5), (1, 5), (2, 5)]);
    let dir = tempfile::tempdir().unwrap();

    // The doctor's CSV, applied by kafka-consumer-groups.
    let run = doctor_in(
        dir.path(),
        &[
            "reset-group",
            "--brokers",
            &broker.address,
            "--group",
            &group,
            "--topic",
            &topic,
            "--to",
            "shift:-2",
            "--export",
            "csv",
        ],
    );
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert_eq!(run.stdout, format!("{topic},0,3\n{topic},1,3\n{topic},2,3\n"), "the plan alone on stdout");
    let plan = dir.path().join("doctor.csv");
    std::fs::write(&plan, &run.stdout).unwrap();
    let plan_arg = plan.to_str().unwrap();
    kcg(&broker, &["--reset-offsets", "--group", &group, "--from-file", plan_arg, "--execute"]);
    assert_eq!(committed(&broker, &group, &topic, 3), [Some(3), Some(3), Some(3)]);

    // kafka-consumer-groups' CSV, applied by the doctor.
    let exported = kcg(
        &broker,
        &["--reset-offsets", "--group", &group, "--topic", &topic, "--to-offset", "1", "--export", "--dry-run"],
    );
    let theirs = dir.path().join("kcg.csv");
    std::fs::write(&theirs, &exported).unwrap();
    let run = doctor_in(
        dir.path(),
        &with_broker(
            &broker,
            &["reset-group", "--group", &group, "--from-file", theirs.to_str().unwrap(), "--execute", "--yes"],
        ),
    );
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert_eq!(committed(&broker, &group, &topic, 3), [Some(1), Some(1), Some(1)]);
    // A three-column plan names no group: the doctor asks for one rather than guessing.
    let run = doctor_in(dir.path(), &with_broker(&broker, &["reset-group", "--from-file", theirs.to_str().unwrap()]));
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("--group"), "{}", run.stderr);
}

#[test]
fn planned_offsets_and_described_positions_equal_kafka_consumer_groups() {
    let broker = Broker::start();
    let (topic, group) = (unique("oracle"), unique("oracle-group"));
    broker.create_topic(&topic, 2);
    backlog(&broker, &topic, 2, 4, "a");
    let mut between = jiff::Timestamp::now().as_millisecond();
    while jiff::Timestamp::now().as_millisecond() <= between + 1 {
        std::hint::spin_loop();
    }
    between += 1;
    backlog(&broker, &topic, 2, 4, "b");
    seed(&broker, &group, &topic, &[(0, 6), (1, 2)]);
    let at = jiff::Timestamp::from_millisecond(between).unwrap();
    let kcg_time = at.strftime("%Y-%m-%dT%H:%M:%S%.3fZ").to_string();
    let doctor_time = format!("datetime:{at}");
    let cases: Vec<(&str, Vec<&str>)> = vec![
        ("earliest", vec!["--to-earliest"]),
        ("latest", vec!["--to-latest"]),
        ("offset:3", vec!["--to-offset", "3"]),
        ("offset:99", vec!["--to-offset", "99"]),
        (&doctor_time, vec!["--to-datetime", &kcg_time]),
        ("duration:-1h", vec!["--by-duration", "PT1H"]),
        ("shift:-2", vec!["--shift-by", "-2"]),
        ("shift:+5", vec!["--shift-by", "5"]),
        ("current", vec!["--to-current"]),
    ];
    for (target, theirs) in cases {
        let run = doctor(&with_broker(&broker, &["reset-group", "--group", &group, "--topic", &topic, "--to", target]));
        assert_eq!(run.code, 0, "{target}: {}\n{}", run.stdout, run.stderr);
        let ours: Vec<(i32, Option<i64>)> = run.json()["plan"]
            .as_array()
            .unwrap()
            .iter()
            .map(|row| (row["partition"].as_i64().unwrap() as i32, row["target"].as_i64()))
            .collect();
        let mut args = vec!["--reset-offsets", "--group", &group, "--topic", &topic, "--dry-run"];
        args.extend(theirs);
        let table = kcg(&broker, &args);
        assert_eq!(ours, kcg_column(&table, &topic, "NEW-OFFSET"), "{target}:\n{table}");
    }
    // describe: committed offset, log end and lag per partition.
    let run = doctor(&with_broker(&broker, &["group", "describe", "--group", &group, "--topic", &topic]));
    let rows = run.json()["groups"][0]["partitions"].as_array().unwrap().clone();
    let table = kcg(&broker, &["--describe", "--offsets", "--group", &group]);
    for (column, field) in [("CURRENT-OFFSET", "committed"), ("LOG-END-OFFSET", "log_end"), ("LAG", "lag")] {
        let ours: Vec<(i32, Option<i64>)> =
            rows.iter().map(|row| (row["partition"].as_i64().unwrap() as i32, row[field].as_i64())).collect();
        assert_eq!(ours, kcg_column(&table, &topic, column), "{column}:\n{table}");
    }
}

/// Takes a snapshot of `group` on `topic` by moving it to `latest` and returns its path.
fn snapshot_by_reset(broker: &Broker, dir: &Path, group: &str, topic: &str) -> String {
    let run = doctor_in(
        dir,
        &with_broker(
            broker,
            &["reset-group", "--group", group, "--topic", topic, "--to", "latest", "--execute", "--yes"],
        ),
    );
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    run.json()["snapshot"].as_str().unwrap().to_string()
}

#[test]
fn a_snapshot_of_another_cluster_is_restored_only_when_the_user_says_so() {
    let broker = Broker::start();
    let (topic, group) = (unique("cluster"), unique("cluster-group"));
    broker.create_topic(&topic, 1);
    backlog(&broker, &topic, 1, 4, "c");
    seed(&broker, &group, &topic, &[(0, 1)]);
    let dir = tempfile::tempdir().unwrap();
    let path = snapshot_by_reset(&broker, dir.path(), &group, &topic);
    let mut snapshot: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    snapshot["cluster_id"] = serde_json::json!("another-cluster-id");
    let elsewhere = dir.path().join("elsewhere.json");
    std::fs::write(&elsewhere, snapshot.to_string()).unwrap();
    let elsewhere = elsewhere.to_str().unwrap();
    let run =
        doctor_in(dir.path(), &with_broker(&broker, &["reset-group", "--from-file", elsewhere, "--execute", "--yes"]));
    assert_eq!(run.code, 2, "{}\n{}", run.stdout, run.stderr);
    assert!(
        run.stderr.contains("another-cluster-id") && run.stderr.contains("--allow-other-cluster"),
        "{}",
        run.stderr
    );
    assert_eq!(committed(&broker, &group, &topic, 1), [Some(4)]);
    let run = doctor_in(
        dir.path(),
        &with_broker(
            &broker,
            &["reset-group", "--from-file", elsewhere, "--allow-other-cluster", "--execute", "--yes"],
        ),
    );
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert_eq!(committed(&broker, &group, &topic, 1), [Some(1)]);
}

#[test]
fn a_restore_that_would_be_clamped_is_refused_even_under_yes_unless_allowed() {
    let broker = Broker::start();
    let (topic, group) = (unique("clamp"), unique("clamp-group"));
    broker.create_topic(&topic, 1);
    backlog(&broker, &topic, 1, 4, "c");
    seed(&broker, &group, &topic, &[(0, 2)]);
    let dir = tempfile::tempdir().unwrap();
    let path = snapshot_by_reset(&broker, dir.path(), &group, &topic);
    let mut snapshot: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    snapshot["offsets"][0]["offset"] = serde_json::json!(99);
    let outside = dir.path().join("outside.json");
    std::fs::write(&outside, snapshot.to_string()).unwrap();
    let outside = outside.to_str().unwrap();
    let run =
        doctor_in(dir.path(), &with_broker(&broker, &["reset-group", "--from-file", outside, "--execute", "--yes"]));
    assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
    assert_eq!(run.json()["outcome"], "refused");
    assert_eq!(run.codes(), ["RD502"]);
    assert!(run.json()["findings"][0]["fix"].as_str().unwrap().contains("--allow-clamped"));
    assert_eq!(committed(&broker, &group, &topic, 1), [Some(4)], "nothing moved to the log end");
    let run = doctor_in(
        dir.path(),
        &with_broker(&broker, &["reset-group", "--from-file", outside, "--allow-clamped", "--execute", "--yes"]),
    );
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert_eq!(run.json()["outcome"], "unchanged", "clamped to the log end, where the group already is");
}

#[test]
fn a_topic_never_silently_narrows_a_restore() {
    let broker = Broker::start();
    let (first, second, group) = (unique("narrow-a"), unique("narrow-b"), unique("narrow"));
    for topic in [&first, &second] {
        broker.create_topic(topic, 1);
        backlog(&broker, topic, 1, 3, "n");
        seed(&broker, &group, topic, &[(0, 1)]);
    }
    let dir = tempfile::tempdir().unwrap();
    let run = doctor_in(
        dir.path(),
        &with_broker(
            &broker,
            &["reset-group", "--group", &group, "--all-topics", "--to", "latest", "--execute", "--yes"],
        ),
    );
    let snapshot = run.json()["snapshot"].as_str().unwrap().to_string();
    // RENTFLOW_TOPIC set in the environment, as a user's shell may have it.
    let run: Run = doctor_command(dir.path())
        .env("RENTFLOW_TOPIC", &first)
        .args(with_broker(&broker, &["reset-group", "--from-file", &snapshot]))
        .output()
        .unwrap()
        .into();
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let left = run.json()["left_out"].clone();
    assert_eq!(left[0]["topic"], second.as_str(), "{left}");
    assert!(left[0]["reason"].as_str().unwrap().contains("RENTFLOW_TOPIC"), "{left}");
    let text: Run = doctor_command(dir.path())
        .env("RENTFLOW_TOPIC", &first)
        .args(["reset-group", "--brokers", &broker.address, "--from-file", &snapshot])
        .output()
        .unwrap()
        .into();
    assert!(text.stdout.contains("left out of the restore") && text.stdout.contains(&second), "{}", text.stdout);
}

#[test]
fn reading_a_device_as_a_snapshot_is_refused_at_once() {
    let run = doctor(&["reset-group", "--from-file", "/dev/zero", "--brokers", "127.0.0.1:1", "-o", "json"]);
    assert_eq!(run.code, 2, "{}\n{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("not a regular file"), "{}", run.stderr);
}

#[test]
fn printed_commands_quote_each_word_and_carry_the_connection_without_secrets() {
    let broker = Broker::start();
    let (topic, group) = (unique("quote"), format!("team a$b {}", unique("q")));
    broker.create_topic(&topic, 1);
    backlog(&broker, &topic, 1, 2, "q");
    seed(&broker, &group, &topic, &[(0, 2)]);
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("my doctor.toml");
    std::fs::write(&config, "[kafka]\n\"client.id\" = \"doctor on call\"\n").unwrap();
    let run = doctor_in(
        dir.path(),
        &with_broker(
            &broker,
            &[
                "reset-group",
                "--config",
                config.to_str().unwrap(),
                "-X",
                "sasl.password=hunter2",
                "-X",
                "socket.keepalive.enable=true",
                "--group",
                &group,
                "--topic",
                &topic,
                "--to",
                "earliest",
            ],
        ),
    );
    assert!(!run.stdout.contains("hunter2") && !run.stderr.contains("hunter2"));
    let command = run.json()["execute_command"].as_str().unwrap().to_string();
    assert!(command.contains(&format!("--group '{group}'")), "{command}");
    assert!(command.contains("--config '") && command.contains("my doctor.toml'"), "{command}");
    assert!(command.contains("-X socket.keepalive.enable=true"), "{command}");
    assert!(run.json()["commands_note"].as_str().unwrap().contains("sasl.password"), "{}", run.stdout);
    // Pasted into a real shell (without the secret, which the note says to give otherwise),
    // it plans the same reset.
    let output = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "{} -o json",
            command.replace("rentflow-doctor", env!("CARGO_BIN_EXE_rentflow-doctor")).replace(" --execute", "")
        ))
        .current_dir(dir.path())
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", dir.path())
        .output()
        .unwrap();
    let pasted: Run = output.into();
    assert_eq!(pasted.code, 0, "{}\n{}", pasted.stdout, pasted.stderr);
    assert_eq!(pasted.json()["group"]["group"], group.as_str());
    assert_eq!(pasted.json()["plan"][0]["target"], 0);
}

#[test]
fn a_log_start_that_moves_while_the_prompt_waits_stops_the_reset() {
    use rdkafka::admin::{AdminClient, AdminOptions};
    use rdkafka::client::DefaultClientContext;
    let broker = Broker::start();
    let (topic, group) = (unique("retention"), unique("retention-group"));
    broker.create_topic(&topic, 1);
    backlog(&broker, &topic, 1, 4, "r");
    seed(&broker, &group, &topic, &[(0, 4)]);
    let dir = tempfile::tempdir().unwrap();
    let prompted =
        Prompted::start_with(&broker, dir.path(), &["--group", &group, "--topic", &topic, "--to", "earliest"]);
    // Retention (here: DeleteRecords) moves the log start while the user reads the plan:
    // offset 0, the planned target, is no longer in the log.
    let admin: AdminClient<DefaultClientContext> =
        ClientConfig::new().set("bootstrap.servers", &broker.address).create().unwrap();
    let mut before = TopicPartitionList::new();
    before.add_partition_offset(&topic, 0, Offset::Offset(2)).unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(admin.delete_records(&before, &AdminOptions::new())).unwrap();
    let (code, printed) = prompted.answer_yes();
    assert_eq!(code, Some(1), "{printed}");
    assert!(printed.contains("changed while the plan waited"), "{printed}");
    assert!(printed.contains(&format!("{topic}:0: the log was [0, 4] when planned, is [2, 4] now")), "{printed}");
    assert!(printed.contains(&format!("{topic}:0: the target was 0 when planned, is 2 now")), "{printed}");
    assert_eq!(committed(&broker, &group, &topic, 1), [Some(4)]);
    assert!(snapshots_in(dir.path()).is_empty());
}

#[test]
fn an_offset_first_committed_while_a_delete_waits_is_never_deleted_unsnapshotted() {
    let broker = Broker::start();
    let (first, second, group) = (unique("del-a"), unique("del-b"), unique("del"));
    for topic in [&first, &second] {
        broker.create_topic(topic, 1);
        backlog(&broker, topic, 1, 3, "d");
    }
    seed(&broker, &group, &first, &[(0, 2)]);
    let dir = tempfile::tempdir().unwrap();
    let prompted = Prompted::start_with(&broker, dir.path(), &["--group", &group, "--delete"]);
    // While the prompt waits, the group gets its first offset on another topic.
    seed(&broker, &group, &second, &[(0, 1)]);
    let (code, printed) = prompted.answer_yes();
    assert_eq!(code, Some(1), "{printed}");
    assert!(printed.contains(&format!("{second}:0 has a committed offset now (1), none when planned")), "{printed}");
    assert_eq!(committed(&broker, &group, &first, 1), [Some(2)]);
    assert_eq!(committed(&broker, &group, &second, 1), [Some(1)]);
    assert!(snapshots_in(dir.path()).is_empty());
}

#[test]
fn a_consumer_joining_between_the_last_check_and_the_commit_is_refused_by_kafka_and_named() {
    let broker = Broker::start();
    let (topic, group) = (unique("join"), unique("join-group"));
    broker.create_topic(&topic, 2);
    backlog(&broker, &topic, 2, 4, "j");
    seed(&broker, &group, &topic, &[(0, 4), (1, 4)]);
    let dir = tempfile::tempdir().unwrap();
    let go = dir.path().join("go");
    let mut child = doctor_command(dir.path())
        .env("RENTFLOW_DOCTOR_PAUSE_BEFORE_COMMIT", &go)
        .args(with_broker(
            &broker,
            &["reset-group", "--group", &group, "--topic", &topic, "--to", "earliest", "--execute", "--yes"],
        ))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    while !line.contains("paused before the commit") {
        line.clear();
        assert!(stderr.read_line(&mut line).unwrap() > 0, "the doctor ended before its commit");
    }
    // Every check has passed; now a consumer joins, and only then does the doctor commit.
    let consumer = Consumer::start(&broker, &topic, &group, "none", &dir.path().join("c.log"));
    std::fs::write(&go, "").unwrap();
    let run: Run = child.wait_with_output().unwrap().into();
    drop(consumer);
    assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
    let report = run.json();
    assert_eq!(report["outcome"], "incomplete");
    assert_eq!(run.codes(), ["RD503"]);
    let finding = &report["findings"][0];
    let message = finding["message"].as_str().unwrap();
    assert!(message.contains(&format!("({topic}:0 {topic}:1)")), "{message}");
    let snapshot = report["snapshot"].as_str().unwrap();
    assert!(
        finding["fix"].as_str().unwrap().contains(&format!("{snapshot} still holds the prior offsets")),
        "{finding}"
    );
    assert_eq!(committed(&broker, &group, &topic, 2), [Some(4), Some(4)], "Kafka refused the commit");
    let saved: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(snapshot).unwrap()).unwrap();
    let offsets: Vec<_> = saved["offsets"].as_array().unwrap().iter().map(|o| o["offset"].clone()).collect();
    assert_eq!(offsets, json(&[4, 4]));
}

/// A consumer on the new group protocol (KIP-848, `group.protocol=consumer`), polling in a
/// thread until dropped; it leaves the group on drop.
struct NewProtocolConsumer {
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl NewProtocolConsumer {
    fn start(broker: &Broker, topic: &str, group: &str) -> NewProtocolConsumer {
        let consumer: BaseConsumer = ClientConfig::new()
            .set("bootstrap.servers", &broker.address)
            .set("group.id", group)
            .set("group.protocol", "consumer")
            .set("client.id", "kip848-consumer")
            .set("enable.auto.commit", "false")
            .create()
            .unwrap();
        consumer.subscribe(&[topic]).unwrap();
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let stopping = stop.clone();
        let thread = std::thread::spawn(move || {
            while !stopping.load(std::sync::atomic::Ordering::Relaxed) {
                let _ = consumer.poll(Duration::from_millis(100));
            }
            consumer.unsubscribe();
            let _ = consumer.poll(Duration::from_millis(500));
        });
        NewProtocolConsumer { stop, thread: Some(thread) }
    }
}

impl Drop for NewProtocolConsumer {
    fn drop(&mut self) {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

#[test]
fn groups_on_the_new_consumer_protocol_are_listed_described_refused_and_reset() {
    let broker = Broker::start();
    let (topic, group) = (unique("kip848"), unique("kip848-group"));
    broker.create_topic(&topic, 2);
    backlog(&broker, &topic, 2, 3, "k");
    seed(&broker, &group, &topic, &[(0, 3), (1, 3)]);
    let consumer = NewProtocolConsumer::start(&broker, &topic, &group);
    let described = || doctor(&with_broker(&broker, &["group", "describe", "--group", &group, "--topic", &topic]));
    wait_until("the consumer is assigned both partitions", Duration::from_secs(30), || {
        described().json()["groups"][0]["group"]["members"][0]["assignment"]
            == serde_json::json!([format!("{topic}:0,1")])
    });
    let run = described();
    let info = &run.json()["groups"][0]["group"];
    assert_eq!((info["state"].as_str(), info["group_protocol"].as_str()), (Some("Stable"), Some("consumer")), "{info}");
    assert_eq!(info["members"][0]["client_id"], "kip848-consumer");

    let list = doctor(&with_broker(&broker, &["group", "list"]));
    let row = list.json()["groups"].as_array().unwrap().iter().find(|g| g["group"] == group.as_str()).cloned().unwrap();
    assert_eq!((row["group_protocol"].as_str(), row["members"].as_u64()), (Some("consumer"), Some(1)), "{row}");

    let dir = tempfile::tempdir().unwrap();
    let args = with_broker(
        &broker,
        &["reset-group", "--group", &group, "--topic", &topic, "--to", "earliest", "--execute", "--yes"],
    );
    let run = doctor_in(dir.path(), &args);
    assert_eq!((run.code, run.codes()), (1, vec!["RD501".to_string()]), "{}", run.stdout);
    assert_eq!(committed(&broker, &group, &topic, 2), [Some(3), Some(3)]);

    drop(consumer);
    wait_until("the group is Empty", Duration::from_secs(30), || {
        described().json()["groups"][0]["group"]["state"] == "Empty"
    });
    let run = doctor_in(dir.path(), &args);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert_eq!(committed(&broker, &group, &topic, 2), [Some(0), Some(0)]);
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
    let (topic, group) = (common::unique("confirm-topic"), common::unique("confirm-group"));
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
    let prompted = Prompted::start_with(&broker, dir.path(), &[&settings[..], &["--to", "earliest"]].concat());
    assert!(prompted.seen.contains("profile `prod`"), "{}", prompted.seen);
    assert!(prompted.seen.contains("on cluster `") && !prompted.seen.contains("(id unknown)"), "{}", prompted.seen);
    let (code, printed) = prompted.answer_yes();
    assert_eq!(code, Some(0), "{printed}");
    assert_eq!(committed(&broker, &group, &topic, 1), [Some(0)]);
}
