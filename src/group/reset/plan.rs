//! Step 1 of a reset: what to change, from what the cluster says now — the partitions, the
//! group's state, the logs, the committed offsets — and whether it may be changed at all.
//!
//! Over 500 lines on purpose: a restore, a move and a delete are planned from the same
//! reads, with the same refusals; about 100 lines are its unit tests.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use crate::command_line::CommandLine;
use crate::error::Failure;
use crate::findings::{Finding, RD501, RD502, RD504, RD904, Severity};
use crate::kafka::commit::TopicPartition;
use crate::kafka::groups::{GroupDescription, GroupState};
use crate::kafka::{KafkaFailure, PartitionOffsets};
use crate::output::{self, Progress};

use super::super::csv_plan;
use super::super::report::{Action, Effect, GroupInfo, LeftOut, PlanRow, ResetBody, ResetOutcome};
use super::super::snapshot::{self, Snapshot};
use super::super::target::{self, Adjustment, TopicScope};
use super::{Observed, Problem, Restoring, Run};
use crate::config::ResetConfig;
use crate::config::group::{Operation, TopicSelection};

/// How often `--wait-empty` asks the coordinator.
const WAIT_POLL: Duration = Duration::from_millis(200);

/// Reads a restore's file — the doctor's JSON snapshot or a kafka-consumer-groups CSV plan —
/// and narrows it to `--topic` when given, listing what that leaves out.
pub(super) fn load_restore(
    path: &Path,
    group: Option<&str>,
    scope: Option<&[TopicScope]>,
) -> Result<(String, Restoring), Failure> {
    let text = snapshot::read_text(path).map_err(Failure::Usage)?;
    let (file_group, entries, brokers, cluster_id, mut left_out) = if csv_plan::looks_like_csv(&text) {
        let lines = csv_plan::parse(&text).map_err(|err| Failure::Usage(format!("{}: {err}", path.display())))?;
        let mut groups: Vec<&str> = lines.iter().filter_map(|line| line.group.as_deref()).collect();
        groups.sort_unstable();
        groups.dedup();
        let chosen = match (groups.as_slice(), group) {
            ([], Some(group)) => group.to_string(),
            ([], None) => {
                return Err(Failure::Usage(format!(
                    "{} is a topic,partition,offset plan, which names no group: give it with --group",
                    path.display()
                )));
            }
            ([one], _) => one.to_string(),
            (_, Some(group)) if groups.contains(&group) => group.to_string(),
            (many, _) => {
                return Err(Failure::Usage(format!(
                    "{} holds plans for {} groups ({}); choose one with --group",
                    path.display(),
                    many.len(),
                    many.join(", ")
                )));
            }
        };
        let mut left_out = Vec::new();
        let mut entries = Vec::new();
        for line in lines {
            match &line.group {
                Some(other) if *other != chosen => left_out.push(LeftOut {
                    topic: line.topic,
                    partition: line.partition,
                    offset: Some(line.offset),
                    reason: format!("a line for group `{other}`"),
                }),
                _ => entries.push(((line.topic, line.partition), Some(line.offset))),
            }
        }
        (chosen, entries, None, None, left_out)
    } else {
        let snapshot = Snapshot::parse(&text, path).map_err(Failure::Usage)?;
        let entries =
            snapshot.offsets.iter().map(|entry| ((entry.topic.clone(), entry.partition), entry.offset)).collect();
        (snapshot.group, entries, Some(snapshot.brokers), snapshot.cluster_id, Vec::new())
    };
    if let Some(group) = group
        && group != file_group
    {
        return Err(Failure::Usage(format!(
            "{} is a snapshot of group `{file_group}`, not `{group}`; drop --group (or RENTFLOW_GROUP) to restore it",
            path.display()
        )));
    }
    let mut saved = BTreeMap::new();
    for ((topic, partition), offset) in entries {
        let inside = scope.is_none_or(|scopes| {
            scopes.iter().any(|scope| {
                scope.topic == topic && scope.partitions.as_ref().is_none_or(|ids| ids.contains(&partition))
            })
        });
        if inside {
            saved.insert((topic, partition), offset);
        } else {
            let given: Vec<String> = scope.unwrap_or_default().iter().map(ToString::to_string).collect();
            left_out.push(LeftOut {
                topic,
                partition,
                offset,
                reason: format!("outside --topic {} (from the flag or RENTFLOW_TOPIC)", given.join(" --topic ")),
            });
        }
    }
    if let Some(scope) = scope
        && saved.is_empty()
    {
        let given: Vec<String> = scope.iter().map(ToString::to_string).collect();
        let mut topics: Vec<&str> = left_out.iter().map(|left| left.topic.as_str()).collect();
        topics.dedup();
        return Err(Failure::Usage(format!(
            "{} holds nothing for --topic {} (it covers {})",
            path.display(),
            given.join(" --topic "),
            topics.join(", ")
        )));
    }
    let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    Ok((file_group, Restoring { path, saved, brokers, cluster_id, left_out }))
}

/// A snapshot of another cluster is restored only with `--allow-other-cluster`.
pub(super) fn check_cluster(config: &ResetConfig, restoring: &Restoring, here: Option<&str>) -> Result<(), Failure> {
    match (restoring.cluster_id.as_deref(), here) {
        (Some(saved), Some(here)) if saved != here && !config.allow_other_cluster => Err(Failure::Usage(format!(
            "{} was taken on cluster {saved}{}; {} is cluster {here}: nothing was changed. Restore it here only on purpose, with --allow-other-cluster",
            restoring.path.display(),
            restoring.brokers.as_deref().map(|b| format!(" (brokers {b})")).unwrap_or_default(),
            config.kafka.brokers
        ))),
        (Some(saved), Some(here)) if saved != here => {
            output::stderr(&format!(
                "note: the snapshot was taken on cluster {saved}; restoring on cluster {here} (--allow-other-cluster)"
            ));
            Ok(())
        }
        (None, _) | (_, None) => {
            // Without ids on both sides, only the bootstrap strings can be compared.
            if let Some(brokers) = &restoring.brokers
                && *brokers != config.kafka.brokers
            {
                output::stderr(&format!(
                    "note: the snapshot was taken on {brokers}; restoring on {} (the cluster's id could not be compared)",
                    config.kafka.brokers
                ));
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// Reads, waits if asked, plans and decides; sets the body's plan and outcome (`Planned` or
/// `Refused`). Returns the partitions, what the plan was made from, and the findings.
pub(super) async fn make(
    run: &Run<'_>,
    body: &mut ResetBody,
    progress: &Progress,
    deadline: Instant,
) -> Result<(Vec<TopicPartition>, Observed, Vec<Finding>), Problem> {
    let partitions = partitions(run, deadline).await?;
    let mut observed = observe(run, &partitions, deadline).await?;
    body.group = GroupInfo::of(&run.group, observed.description.as_ref());
    if !body.group.is_inactive()
        && let Some(wait) = run.config.wait_empty
    {
        let started = Instant::now();
        output::stderr(&format!(
            "group `{}` is {}; waiting up to {} for it to become Empty (--wait-empty)",
            run.group,
            body.group.state_line(),
            crate::units::duration(wait)
        ));
        progress.step(&format!("waiting for group {} to become Empty", run.group));
        let description = wait_empty(run, started + wait).await?;
        body.group = GroupInfo::of(&run.group, description.as_ref());
        if body.group.is_inactive() {
            // The members' last commits on leaving change the starting point.
            observed = observe(run, &partitions, Instant::now() + run.config.timeout).await?;
            body.group = GroupInfo::of(&run.group, observed.description.as_ref());
        }
        body.waited_ms = Some(started.elapsed().as_secs_f64() * 1000.0);
    }
    body.outcome = ResetOutcome::Planned;
    body.plan = rows(run, &partitions, &observed);
    body.effect = effect(&body.plan);
    let command = execute_command(run);
    body.commands_note = command.secrets_note();
    body.execute_command = Some(command.to_string());
    let mut findings = plan_findings(&body.plan);
    if run.is_delete() && !body.group.known && body.plan.is_empty() {
        findings.insert(
            0,
            Finding::new(
                &RD904,
                format!(
                    "group `{}` is unknown to the broker at {}: there is nothing to delete",
                    run.group, body.brokers
                ),
            ),
        );
        body.execute_command = None;
        body.outcome = ResetOutcome::Refused;
        return Ok((partitions, observed, findings));
    }
    if !body.group.is_inactive() {
        body.outcome = ResetOutcome::Refused;
        findings.insert(0, refusal(run, &body.group, "nothing was changed"));
        return Ok((partitions, observed, findings));
    }
    if run.restoring.is_some() && run.config.execute && !run.config.allow_clamped {
        let clamped = findings.iter_mut().find(|finding| finding.code == RD502.code);
        if let Some(finding) = clamped {
            // A restore puts back what was saved; moving a saved offset to a log end is a
            // different position, taken only when the user says so.
            *finding = finding.clone().with_severity(Severity::Error).with_fix(format!(
                "The log no longer holds these offsets (retention, or another cluster). To commit the nearest ends instead, add --allow-clamped: `{} --allow-clamped`",
                execute_command(run)
            ));
            body.outcome = ResetOutcome::Refused;
            body.execute_command = None;
            return Ok((partitions, observed, findings));
        }
    }
    if run.config.export_csv {
        let offsets: BTreeMap<TopicPartition, i64> = body
            .plan
            .iter()
            .filter_map(|row| row.target.map(|target| ((row.topic.clone(), row.partition), target)))
            .collect();
        body.export_csv = Some(csv_plan::write(&offsets));
    }
    Ok((partitions, observed, findings))
}

/// Whether executing the plan changes anything.
pub(super) fn changes_anything(run: &Run<'_>, body: &ResetBody) -> bool {
    run.is_delete() || body.plan.iter().any(|row| matches!(row.action, Action::Commit | Action::Delete))
}

/// The partitions the plan covers, checked against the cluster.
pub(super) async fn partitions(run: &Run<'_>, deadline: Instant) -> Result<Vec<TopicPartition>, Problem> {
    match &run.config.operation {
        Operation::Move { topics: TopicSelection::Listed(scopes), .. } => {
            let mut wanted = Vec::new();
            for scope in scopes {
                let existing = run.admin.partitions(&scope.topic, deadline).await?;
                let ids = scope.partitions.clone().unwrap_or_else(|| existing.clone());
                for id in ids {
                    if !existing.contains(&id) {
                        return Err(Problem::Failure(Failure::from(KafkaFailure::PartitionMissing {
                            topic: scope.topic.clone(),
                            partition: id,
                            count: existing.len(),
                        })));
                    }
                    if !wanted.contains(&(scope.topic.clone(), id)) {
                        wanted.push((scope.topic.clone(), id));
                    }
                }
            }
            wanted.sort();
            Ok(wanted)
        }
        Operation::Move { topics: TopicSelection::AllCommitted, .. } | Operation::Delete => {
            // Every partition the group has committed on — asked of the group itself, not of
            // the topics metadata shows (which may hide some).
            let everywhere = run.admin.group_committed_everywhere(&run.group, deadline).await?;
            Ok(everywhere.into_keys().collect())
        }
        Operation::Restore { .. } => {
            let saved = run.restoring.as_ref().map(|r| r.saved.clone()).unwrap_or_default();
            let mut topics: Vec<&String> = saved.keys().map(|(topic, _)| topic).collect();
            topics.dedup();
            let lookups = topics.iter().map(|topic| run.admin.partitions(topic, deadline));
            let found = futures::future::try_join_all(lookups).await?;
            let existing: BTreeMap<&String, Vec<i32>> = topics.into_iter().zip(found).collect();
            for (topic, partition) in saved.keys() {
                let ids = &existing[topic];
                if !ids.contains(partition) {
                    return Err(Problem::Failure(Failure::Usage(format!(
                        "the snapshot holds {topic}:{partition}, which does not exist ({topic} has {} partitions)",
                        ids.len()
                    ))));
                }
            }
            Ok(saved.keys().cloned().collect())
        }
    }
}

/// The group's state, the logs, the committed offsets and (for time targets) the offsets by
/// time, read concurrently.
pub(super) async fn observe(
    run: &Run<'_>,
    partitions: &[TopicPartition],
    deadline: Instant,
) -> Result<Observed, KafkaFailure> {
    let mut by_topic: BTreeMap<String, Vec<i32>> = BTreeMap::new();
    for (topic, partition) in partitions {
        by_topic.entry(topic.clone()).or_default().push(*partition);
    }
    let time_ms = match &run.config.operation {
        Operation::Move { target, .. } => target.lookup_time_ms(run.now),
        _ => None,
    };
    let logs = futures::future::try_join_all(by_topic.iter().map(|(topic, ids)| async move {
        let logs = run.admin.log_offsets(topic, ids, deadline).await?;
        let at_time = match time_ms {
            Some(ms) => Some(run.admin.offsets_for_time(topic, ids, ms, deadline).await?),
            None => None,
        };
        Ok::<_, KafkaFailure>((topic.clone(), logs, at_time))
    }));
    let (description, logs, committed) = tokio::try_join!(
        run.admin.describe_group(&run.group, deadline),
        logs,
        run.offsets.committed_of(partitions, deadline),
    )?;
    let mut observed = Observed { description, logs: BTreeMap::new(), committed, at_time: BTreeMap::new() };
    for (topic, logs, at_time) in logs {
        for log in logs {
            observed.logs.insert((topic.clone(), log.partition), log);
        }
        for (partition, offset) in at_time.unwrap_or_default() {
            observed.at_time.insert((topic.clone(), partition), offset);
        }
    }
    Ok(observed)
}

/// Asks the coordinator until the group is inactive or `until` passes; returns the last
/// description.
async fn wait_empty(run: &Run<'_>, until: Instant) -> Result<Option<GroupDescription>, KafkaFailure> {
    loop {
        let step = Instant::now() + run.config.kafka.connect_timeout;
        let description = run.admin.describe_group(&run.group, step).await?;
        let state = description.as_ref().map_or(GroupState::NotFound, |d| d.state.clone());
        let members = description.as_ref().map_or(0, |d| d.members.len());
        if state.allows_offset_changes(members) || Instant::now() >= until {
            return Ok(description);
        }
        tokio::time::sleep(WAIT_POLL.min(until.saturating_duration_since(Instant::now()))).await;
    }
}

/// One plan row per partition, from what was observed.
pub(super) fn rows(run: &Run<'_>, partitions: &[TopicPartition], observed: &Observed) -> Vec<PlanRow> {
    partitions
        .iter()
        .map(|tp| {
            let log = observed.logs.get(tp).copied().unwrap_or(PartitionOffsets {
                partition: tp.1,
                log_start: 0,
                log_end: 0,
            });
            let current = observed.committed.get(tp).copied().flatten();
            let mut row = PlanRow {
                topic: tp.0.clone(),
                partition: tp.1,
                log_start: log.log_start,
                log_end: log.log_end,
                current,
                target: None,
                action: Action::Keep,
                delta: None,
                adjustment: None,
                status: None,
                read_back: None,
                error: None,
            };
            let planned = match &run.config.operation {
                Operation::Delete => {
                    row.action = Action::Delete;
                    return row;
                }
                Operation::Move { target, .. } => {
                    target::plan(target, &log, current, observed.at_time.get(tp).copied().flatten())
                }
                Operation::Restore { .. } => {
                    let saved = run.restoring.as_ref().and_then(|r| r.saved.get(tp).copied().flatten());
                    target::restore(&log, current, saved)
                }
            };
            row.adjustment = planned.adjustment;
            row.target = planned.offset;
            row.action = match planned.offset {
                None if current.is_none() && planned.adjustment.is_none() => Action::Unchanged,
                None => Action::Keep,
                Some(offset) if Some(offset) == current => Action::Unchanged,
                Some(_) => Action::Commit,
            };
            row.delta = match (planned.offset, current) {
                (Some(target), Some(current)) => Some(target - current),
                _ => None,
            };
            row
        })
        .collect()
}

/// The command that applies this plan.
pub(super) fn execute_command(run: &Run<'_>) -> CommandLine {
    let mut line = CommandLine::doctor("reset-group", &run.config.kafka).arg("--group", &run.group);
    match &run.config.operation {
        Operation::Move { topics, target } => {
            match topics {
                TopicSelection::Listed(scopes) => {
                    for scope in scopes {
                        line = line.arg("--topic", &scope.to_string());
                    }
                }
                TopicSelection::AllCommitted => line = line.flag("--all-topics"),
            }
            line = line.arg("--to", &target.to_string());
        }
        Operation::Restore { scope, .. } => {
            if let Some(restoring) = &run.restoring {
                line = line.path("--from-file", &restoring.path);
            }
            for scope in scope.iter().flatten() {
                line = line.arg("--topic", &scope.to_string());
            }
            if run.config.allow_other_cluster {
                line = line.flag("--allow-other-cluster");
            }
        }
        Operation::Delete => line = line.flag("--delete"),
    }
    if let Some(path) = &run.config.backup {
        line = line.path("--backup", path);
    }
    line.flag("--execute")
}

/// What the plan does in records.
pub(super) fn effect(plan: &[PlanRow]) -> Effect {
    let mut effect = Effect::default();
    for row in plan {
        match row.action {
            Action::Commit => {
                effect.partitions_changed += 1;
                match row.delta {
                    Some(delta) if delta < 0 => effect.records_reread += -delta,
                    Some(delta) => effect.records_skipped += delta,
                    None => {
                        effect.partitions_first_commit += 1;
                        effect.records_after_first_commit += (row.log_end - row.target.unwrap_or(row.log_end)).max(0);
                    }
                }
            }
            Action::Keep => effect.partitions_kept += 1,
            Action::Delete => effect.partitions_changed += 1,
            Action::Unchanged => {}
        }
    }
    effect
}

/// Warnings about the plan: clamped targets (RD502) and partitions left as they are (RD504).
pub(super) fn plan_findings(plan: &[PlanRow]) -> Vec<Finding> {
    let mut findings = Vec::new();
    let clamped: Vec<&PlanRow> = plan
        .iter()
        .filter(|row| {
            matches!(row.adjustment, Some(Adjustment::ClampedToLogStart { .. } | Adjustment::ClampedToLogEnd { .. }))
        })
        .collect();
    if !clamped.is_empty() {
        let mut finding = Finding::new(
            &RD502,
            format!(
                "the target lies outside the log of {} partition(s); they move to the nearest end instead",
                clamped.len()
            ),
        );
        for row in clamped {
            let (requested, bound) = match row.adjustment {
                Some(Adjustment::ClampedToLogStart { requested }) => (requested, "log start"),
                Some(Adjustment::ClampedToLogEnd { requested }) => (requested, "log end"),
                _ => continue,
            };
            finding = finding.with_evidence(format!(
                "{}:{}: target {requested} is outside [{}, {}]; clamped to the {bound}, {}",
                row.topic,
                row.partition,
                row.log_start,
                row.log_end,
                row.target.unwrap_or_default()
            ));
        }
        findings.push(finding);
    }
    let kept: Vec<&PlanRow> = plan
        .iter()
        .filter(|row| matches!(row.adjustment, Some(Adjustment::NoCommittedOffset | Adjustment::CannotRestoreNone)))
        .collect();
    if !kept.is_empty() {
        let mut finding = Finding::new(&RD504, format!("{} partition(s) are left as they are", kept.len()));
        for row in kept {
            let why = row.adjustment.map(|a| a.explain()).unwrap_or_default();
            finding = finding.with_evidence(format!("{}:{}: {why}", row.topic, row.partition));
        }
        findings.push(finding);
    }
    findings
}

/// RD501: the group has members; names them and how to stop them.
pub(super) fn refusal(run: &Run<'_>, group: &GroupInfo, what_happened: &str) -> Finding {
    let mut finding = Finding::new(
        &RD501,
        format!(
            "group `{}` is {}: offsets can only be changed while the group is Empty (Kafka's rule, checked before anything is written); {what_happened}",
            run.group,
            group.state_line()
        ),
    )
    .with_fix(format!(
        "Stop every consumer of the group — for the rentflow setup `docker stop rentflow-django-consumer` — then run {}; or add `--wait-empty 60s` to wait for them to leave.",
        execute_command(run).with_note()
    ));
    for member in &group.members {
        finding = finding.with_evidence(format!(
            "member {} · client {} · host {} · assigned {}",
            member.member_id,
            member.client_id.as_deref().unwrap_or("?"),
            member.host.as_deref().unwrap_or("?"),
            if member.assignment.is_empty() { "?".to_string() } else { member.assignment.join(" ") }
        ));
    }
    if group.members.is_empty() {
        finding = finding.with_evidence(format!("state {} without members: a rebalance is in progress", group.state));
    }
    finding
}

/// A row on partition 0 of topic `t` (log 0..10), for the tests of the reset's steps.
#[cfg(test)]
pub(crate) fn test_row(action: Action, current: Option<i64>, target: Option<i64>) -> PlanRow {
    PlanRow {
        topic: "t".into(),
        partition: 0,
        log_start: 0,
        log_end: 10,
        current,
        target,
        action,
        delta: match (target, current) {
            (Some(t), Some(c)) => Some(t - c),
            _ => None,
        },
        adjustment: None,
        status: None,
        read_back: None,
        error: None,
    }
}

#[cfg(test)]
mod tests {
    use super::test_row as row;
    use super::*;

    #[test]
    fn the_effect_counts_records_read_again_and_skipped() {
        let plan = [
            row(Action::Commit, Some(10), Some(0)),
            row(Action::Commit, Some(2), Some(5)),
            row(Action::Commit, None, Some(0)),
            row(Action::Unchanged, Some(4), Some(4)),
            row(Action::Keep, None, None),
        ];
        let effect = effect(&plan);
        assert_eq!(effect.partitions_changed, 3);
        assert_eq!(effect.records_reread, 10);
        assert_eq!(effect.records_skipped, 3);
        assert_eq!(effect.partitions_first_commit, 1);
        assert_eq!(effect.records_after_first_commit, 10);
        assert_eq!(effect.partitions_kept, 1);
    }

    #[test]
    fn clamped_and_kept_partitions_are_warnings() {
        let mut clamped = row(Action::Commit, Some(3), Some(10));
        clamped.adjustment = Some(Adjustment::ClampedToLogEnd { requested: 99 });
        let mut kept = row(Action::Keep, None, None);
        kept.adjustment = Some(Adjustment::NoCommittedOffset);
        let findings = plan_findings(&[clamped, kept, row(Action::Commit, Some(1), Some(2))]);
        let codes: Vec<&str> = findings.iter().map(|f| f.code.as_str()).collect();
        assert_eq!(codes, ["RD502", "RD504"]);
        assert!(findings[0].evidence[0].contains("target 99 is outside [0, 10]"), "{:?}", findings[0].evidence);
        assert!(findings.iter().all(|f| f.severity == crate::findings::Severity::Warning));
    }

    fn snapshot_file(dir: &Path, offsets: &[(&str, i32, Option<i64>)]) -> std::path::PathBuf {
        let snapshot = Snapshot {
            format: snapshot::FORMAT.into(),
            version: snapshot::VERSION,
            group: "g".into(),
            created_at: "2025-11-03T09:30:00.000Z".into(),
            brokers: "k:9092".into(),
            cluster_id: Some("c1".into()),
            group_state: "Empty".into(),
            taken_before: "reset-group --to earliest".into(),
            offsets: offsets
                .iter()
                .map(|(topic, partition, offset)| snapshot::SavedOffset {
                    topic: topic.to_string(),
                    partition: *partition,
                    offset: *offset,
                    log_start: 0,
                    log_end: 10,
                })
                .collect(),
        };
        let path = dir.join("s.offsets.json");
        snapshot::write(&path, &snapshot).unwrap()
    }

    #[test]
    fn a_topic_narrows_a_restore_only_with_every_left_out_partition_named() {
        let dir = tempfile::tempdir().unwrap();
        let path = snapshot_file(dir.path(), &[("a", 0, Some(1)), ("a", 1, Some(2)), ("b", 0, None)]);
        let scope = [TopicScope::parse("a:1").unwrap()];
        let (group, restoring) = load_restore(&path, None, Some(&scope)).unwrap();
        assert_eq!(group, "g");
        assert_eq!(restoring.saved.keys().cloned().collect::<Vec<_>>(), [("a".to_string(), 1)]);
        let left: Vec<String> = restoring.left_out.iter().map(|l| format!("{}:{}", l.topic, l.partition)).collect();
        assert_eq!(left, ["a:0", "b:0"]);
        assert!(restoring.left_out[0].reason.contains("--topic a:1"), "{:?}", restoring.left_out);
        assert_eq!(restoring.cluster_id.as_deref(), Some("c1"));
        let none = [TopicScope::parse("c").unwrap()];
        let err = load_restore(&path, None, Some(&none)).unwrap_err().to_string();
        assert!(err.contains("holds nothing for --topic c") && err.contains("a, b"), "{err}");
    }

    #[test]
    fn csv_plans_restore_for_their_group() {
        let dir = tempfile::tempdir().unwrap();
        let three = dir.path().join("plan.csv");
        std::fs::write(&three, "lease-events,0,4\nlease-events,1,2\n").unwrap();
        let err = load_restore(&three, None, None).unwrap_err().to_string();
        assert!(err.contains("give it with --group"), "{err}");
        let (group, restoring) = load_restore(&three, Some("team"), None).unwrap();
        assert_eq!(group, "team");
        assert_eq!(restoring.saved[&("lease-events".to_string(), 1)], Some(2));
        assert_eq!((restoring.brokers, restoring.cluster_id), (None, None));
        let four = dir.path().join("plans.csv");
        std::fs::write(&four, "g1,t,0,4\ng2,t,0,9\n").unwrap();
        assert!(load_restore(&four, None, None).unwrap_err().to_string().contains("2 groups"));
        let (group, restoring) = load_restore(&four, Some("g2"), None).unwrap();
        assert_eq!((group.as_str(), restoring.saved[&("t".to_string(), 0)]), ("g2", Some(9)));
        assert_eq!(restoring.left_out[0].reason, "a line for group `g1`");
    }
}
