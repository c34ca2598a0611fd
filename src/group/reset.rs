//! `reset-group`: move, restore or delete a group's committed offsets without ever losing
//! the old position.
//!
//! The order is the safety:
//! 1. read the group's state, the logs and the committed offsets, and compute the plan;
//! 2. refuse unless the group is Empty, Dead or unknown (Kafka's rule, decided here from the
//!    group's state — a broker that would accept the commit anyway changes nothing);
//!    `--wait-empty` waits for it first;
//! 3. without `--execute`, stop: a dry run;
//! 4. ask on a terminal (unless `--yes`);
//! 5. write the snapshot of the prior offsets and flush it to disk;
//! 6. check the group's state once more, then commit (or delete the group);
//! 7. read the offsets back and report each partition.
//!
//! Nothing is changed when any step before 6 fails.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::error::Failure;
use crate::findings::{Finding, RD501, RD502, RD503, RD504, RD904};
use crate::kafka::admin::GroupOffsets;
use crate::kafka::commit::TopicPartition;
use crate::kafka::groups::GroupDescription;
use crate::kafka::{self, Admin, KafkaFailure, PartitionOffsets};
use crate::output::{self, Progress};
use crate::report::Body;
use crate::report::text::Style;
use crate::settings::OutputConfig;

use super::config::{Confirmation, Operation, ResetConfig};
use super::report::{self, Action, Effect, GroupInfo, Outcome, PlanRow, ResetBody, RowStatus};
use super::snapshot::{self, SavedOffset, Snapshot};
use super::target::{self, Adjustment, TopicScope};
use super::{kafka_problem, reset_command_prefix, shell_word};

type Outcomes = Result<(Body, Vec<Finding>), Failure>;

/// How often `--wait-empty` asks the coordinator.
const WAIT_POLL: Duration = Duration::from_millis(200);

/// What the plan is computed from, read in one go (and again after `--wait-empty`).
struct Observed {
    description: Option<GroupDescription>,
    logs: BTreeMap<TopicPartition, PartitionOffsets>,
    committed: BTreeMap<TopicPartition, Option<i64>>,
    /// For time targets: the offset of the first record at or after the time.
    at_time: BTreeMap<TopicPartition, Option<i64>>,
}

/// What a restore brings along from its snapshot.
struct Restoring {
    path: PathBuf,
    saved: BTreeMap<TopicPartition, Option<i64>>,
    /// The brokers the snapshot was read from.
    brokers: String,
}

/// The run's fixed facts.
struct Run<'a> {
    config: &'a ResetConfig,
    group: String,
    admin: Admin,
    offsets: GroupOffsets,
    restoring: Option<Restoring>,
    now: jiff::Timestamp,
}

pub async fn run(config: &ResetConfig, output: &OutputConfig, progress: &Progress) -> Outcomes {
    let (group, restoring) = match &config.operation {
        Operation::Restore { path, group, scope } => {
            let (group, restoring) = load_snapshot(path, group.as_deref(), scope.as_ref())?;
            if restoring.brokers != config.kafka.brokers {
                // Restoring elsewhere can be on purpose (a new cluster); it should never be a surprise.
                output::stderr(&format!(
                    "note: the snapshot was taken on {}; restoring on {}",
                    restoring.brokers, config.kafka.brokers
                ));
            }
            (group, Some(restoring))
        }
        _ => (config.group.clone(), None),
    };
    let mut body = ResetBody {
        brokers: config.kafka.brokers.clone(),
        operation: match config.operation {
            Operation::Move { .. } => report::Operation::Move,
            Operation::Restore { .. } => report::Operation::Restore,
            Operation::Delete => report::Operation::Delete,
        },
        target: match &config.operation {
            Operation::Move { target, .. } => Some(target.to_string()),
            _ => None,
        },
        from_file: restoring.as_ref().map(|r| r.path.display().to_string()),
        group: GroupInfo::of(&group, None),
        executed: config.execute,
        outcome: Outcome::Planned,
        waited_ms: None,
        plan: Vec::new(),
        effect: Effect::default(),
        snapshot: None,
        execute_command: None,
        restore_command: None,
    };
    progress.step(&format!("connecting to {}", config.kafka.brokers));
    if let Err(failure) = kafka::check_connects(&config.kafka, output.verbose).await {
        body.outcome = Outcome::NotPlanned;
        return Ok((Body::Reset(body), vec![kafka_problem(failure)?]));
    }
    let run = Run {
        config,
        admin: Admin::new(&config.kafka, output.verbose)?,
        offsets: GroupOffsets::new(&config.kafka, &group, output.verbose)?,
        group,
        restoring,
        now: jiff::Timestamp::now(),
    };
    let deadline = Instant::now() + config.timeout;
    progress.step(&format!("reading group {} and its offsets", run.group));
    body.outcome = Outcome::NotPlanned;
    let partitions = match run.partitions(deadline).await {
        Ok(partitions) => partitions,
        Err(problem) => return problem.into_outcome(body),
    };
    let mut observed = match run.observe(&partitions, deadline).await {
        Ok(observed) => observed,
        Err(failure) => return Ok((Body::Reset(body), vec![kafka_problem(failure)?])),
    };
    body.group = GroupInfo::of(&run.group, observed.description.as_ref());
    if !body.group.is_inactive()
        && let Some(wait) = config.wait_empty
    {
        let started = Instant::now();
        output::stderr(&format!(
            "group `{}` is {}; waiting up to {} for it to become Empty (--wait-empty)",
            run.group,
            body.group.state_line(),
            crate::report::text::duration(wait)
        ));
        progress.step(&format!("waiting for group {} to become Empty", run.group));
        match run.wait_empty(started + wait).await {
            Ok(description) => {
                body.group = GroupInfo::of(&run.group, description.as_ref());
                if body.group.is_inactive() {
                    // The members' last commits on leaving change the starting point.
                    let deadline = Instant::now() + config.timeout;
                    observed = match run.observe(&partitions, deadline).await {
                        Ok(observed) => observed,
                        Err(failure) => return Ok((Body::Reset(body), vec![kafka_problem(failure)?])),
                    };
                    body.group = GroupInfo::of(&run.group, observed.description.as_ref());
                }
            }
            Err(failure) => return Ok((Body::Reset(body), vec![kafka_problem(failure)?])),
        }
        body.waited_ms = Some(started.elapsed().as_secs_f64() * 1000.0);
    }
    body.outcome = Outcome::Planned;
    body.plan = run.plan(&partitions, &observed);
    body.effect = effect(&body.plan);
    body.execute_command = Some(run.execute_command());
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
        body.outcome = Outcome::Refused;
        return Ok((Body::Reset(body), findings));
    }
    if !body.group.is_inactive() {
        body.outcome = Outcome::Refused;
        findings.insert(0, refusal(&run, &body.group, "nothing was changed"));
        return Ok((Body::Reset(body), findings));
    }
    if !config.execute {
        return Ok((Body::Reset(body), findings));
    }
    body.execute_command = None;
    let changes = body.plan.iter().any(|row| matches!(row.action, Action::Commit | Action::Delete));
    if !changes && !run.is_delete() {
        body.outcome = Outcome::Unchanged;
        for row in &mut body.plan {
            row.status = Some(RowStatus::Unchanged);
        }
        return Ok((Body::Reset(body), findings));
    }
    if config.confirmation == Confirmation::Prompt && !confirm(&body, output, &run, progress)? {
        return Err(Failure::Failed("not confirmed: nothing was changed".to_string()));
    }
    // The offsets once more, as they are now: the plan (and the snapshot, which must hold
    // the real prior position) was read before the prompt, and a consumer that ran and left
    // meanwhile would have moved them.
    progress.step("reading the offsets again");
    let planned: Vec<TopicPartition> = body.plan.iter().map(|row| (row.topic.clone(), row.partition)).collect();
    let now = match run.offsets.committed_of(&planned, Instant::now() + config.timeout).await {
        Ok(now) => now,
        Err(failure) => {
            body.outcome = Outcome::NotPlanned;
            return Ok((Body::Reset(body), vec![kafka_problem(failure)?.with_evidence("nothing was changed")]));
        }
    };
    let moved: Vec<String> = body
        .plan
        .iter()
        .filter_map(|row| {
            let current = now.get(&(row.topic.clone(), row.partition)).copied().flatten();
            (current != row.current).then(|| {
                let show = |offset: Option<i64>| offset.map_or("none".to_string(), |o| o.to_string());
                format!(
                    "{}:{} was {} when planned, is {} now",
                    row.topic,
                    row.partition,
                    show(row.current),
                    show(current)
                )
            })
        })
        .collect();
    if !moved.is_empty() {
        body.outcome = Outcome::Refused;
        let mut finding = Finding::new(
            &RD501,
            format!(
                "group `{}` committed while the plan waited for confirmation: a consumer was active; nothing was changed",
                run.group
            ),
        )
        .with_fix(format!(
            "Stop every consumer of the group — for the rentflow setup `docker stop rentflow-django-consumer` — then plan again: `{}`",
            run.execute_command()
        ));
        for line in moved {
            finding = finding.with_evidence(line);
        }
        findings.insert(0, finding);
        return Ok((Body::Reset(body), findings));
    }
    observed.committed = now;
    // The snapshot first: from here on every change has its way back on disk.
    progress.step("writing the snapshot");
    let path = run.write_snapshot(&body, &observed)?;
    body.snapshot = Some(path.display().to_string());
    crash_point_after_snapshot();
    // The state once more, as close to the commit as possible: a consumer may have started.
    let deadline = Instant::now() + config.timeout;
    match run.admin.describe_group(&run.group, deadline).await {
        Ok(description) => {
            let now = GroupInfo::of(&run.group, description.as_ref());
            if !now.is_inactive() {
                body.outcome = Outcome::Refused;
                findings.insert(0, refusal(&run, &now, "the snapshot was written, but nothing was committed"));
                body.group = now;
                return Ok((Body::Reset(body), findings));
            }
        }
        Err(failure) => {
            body.outcome = Outcome::Aborted;
            let finding = kafka_problem(failure)?;
            return Ok((
                Body::Reset(body),
                vec![finding.with_evidence("the snapshot was written; nothing was changed")],
            ));
        }
    }
    body.restore_command = Some(restore_command(&run, &path));
    progress.step("applying");
    let applied = run.apply(&mut body.plan, deadline).await;
    progress.step("reading the offsets back");
    run.verify(&mut body.plan, applied).await;
    let failed: Vec<&PlanRow> =
        body.plan.iter().filter(|row| matches!(row.status, Some(RowStatus::Failed | RowStatus::Unverified))).collect();
    let mut problem = (!failed.is_empty()).then(|| incomplete(&body.plan, &failed));
    if run.is_delete()
        && let Some(left) = run.group_left_behind().await
    {
        let finding = problem.unwrap_or_else(|| incomplete(&body.plan, &[]));
        problem = Some(finding.with_evidence(left));
    }
    match problem {
        None => body.outcome = Outcome::Applied,
        Some(finding) => {
            body.outcome = Outcome::Incomplete;
            findings.insert(0, finding);
        }
    }
    Ok((Body::Reset(body), findings))
}

/// Environment variable that makes `reset-group --execute` kill itself (SIGKILL, as
/// `kill -9` does) right after the snapshot is durable and before anything is committed.
/// The reliability suite uses it to prove that such a crash leaves a state `--from-file`
/// restores; see docs/reliability.md.
pub const CRASH_AFTER_SNAPSHOT_ENV: &str = "RENTFLOW_DOCTOR_CRASH_AFTER_SNAPSHOT";

fn crash_point_after_snapshot() {
    if std::env::var_os(CRASH_AFTER_SNAPSHOT_ENV).is_some() {
        // SAFETY: sending a signal to this very process.
        unsafe {
            libc::kill(libc::getpid(), libc::SIGKILL);
        }
    }
}

/// A reason the plan cannot be made.
enum Problem {
    Finding(Finding),
    Failure(Failure),
}

impl Problem {
    fn into_outcome(self, body: ResetBody) -> Outcomes {
        match self {
            Problem::Finding(finding) => Ok((Body::Reset(body), vec![finding])),
            Problem::Failure(failure) => Err(failure),
        }
    }
}

impl From<KafkaFailure> for Problem {
    fn from(failure: KafkaFailure) -> Problem {
        match kafka_problem(failure) {
            Ok(finding) => Problem::Finding(finding),
            Err(failure) => Problem::Failure(failure),
        }
    }
}

fn load_snapshot(path: &Path, group: Option<&str>, scope: Option<&TopicScope>) -> Result<(String, Restoring), Failure> {
    let snapshot = Snapshot::read(path).map_err(Failure::Usage)?;
    if let Some(group) = group
        && group != snapshot.group
    {
        return Err(Failure::Usage(format!(
            "{} is a snapshot of group `{}`, not `{group}`; drop --group (or RENTFLOW_GROUP) to restore it",
            path.display(),
            snapshot.group
        )));
    }
    let saved: BTreeMap<TopicPartition, Option<i64>> = snapshot
        .offsets
        .iter()
        .filter(|entry| {
            scope.is_none_or(|scope| {
                entry.topic == scope.topic && scope.partitions.as_ref().is_none_or(|ids| ids.contains(&entry.partition))
            })
        })
        .map(|entry| ((entry.topic.clone(), entry.partition), entry.offset))
        .collect();
    if let Some(scope) = scope
        && saved.is_empty()
    {
        return Err(Failure::Usage(format!(
            "{} holds nothing for --topic {scope} (it covers {})",
            path.display(),
            snapshot.topics().join(", ")
        )));
    }
    let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    Ok((snapshot.group, Restoring { path, saved, brokers: snapshot.brokers }))
}

impl Run<'_> {
    fn is_delete(&self) -> bool {
        matches!(self.config.operation, Operation::Delete)
    }

    /// The partitions the plan covers, checked against the cluster.
    async fn partitions(&self, deadline: Instant) -> Result<Vec<TopicPartition>, Problem> {
        match &self.config.operation {
            Operation::Move { scope, .. } => {
                let existing = self.admin.partitions(&scope.topic, deadline).await?;
                let wanted = match &scope.partitions {
                    None => existing.clone(),
                    Some(ids) => ids.clone(),
                };
                for id in &wanted {
                    if !existing.contains(id) {
                        return Err(Problem::Failure(Failure::from(KafkaFailure::PartitionMissing {
                            topic: scope.topic.clone(),
                            partition: *id,
                            count: existing.len(),
                        })));
                    }
                }
                Ok(wanted.into_iter().map(|id| (scope.topic.clone(), id)).collect())
            }
            Operation::Restore { .. } => {
                let saved = &self.restoring.as_ref().map(|r| &r.saved).cloned().unwrap_or_default();
                let mut topics: Vec<&String> = saved.keys().map(|(topic, _)| topic).collect();
                topics.dedup();
                let lookups = topics.iter().map(|topic| self.admin.partitions(topic, deadline));
                let found = futures::future::try_join_all(lookups).await?;
                let existing: BTreeMap<&String, Vec<i32>> = topics.into_iter().zip(found).collect();
                for (topic, partition) in saved.keys() {
                    let ids = &existing[topic];
                    if !ids.contains(partition) {
                        return Err(Problem::Failure(Failure::Usage(format!(
                            "the snapshot holds {topic}:{partition}, which does not exist ({} has {} partitions)",
                            topic,
                            ids.len()
                        ))));
                    }
                }
                Ok(saved.keys().cloned().collect())
            }
            Operation::Delete => {
                // Deleting the group removes its offsets on every topic: the plan and the
                // snapshot cover every partition it has committed on — asked of the group
                // itself, not of the topics metadata shows (which may hide some).
                let everywhere = self.admin.group_committed_everywhere(&self.group, deadline).await?;
                Ok(everywhere.into_keys().collect())
            }
        }
    }

    /// The group's state, the logs, the committed offsets and (for time targets) the offsets
    /// by time, read concurrently.
    async fn observe(&self, partitions: &[TopicPartition], deadline: Instant) -> Result<Observed, KafkaFailure> {
        let mut by_topic: BTreeMap<String, Vec<i32>> = BTreeMap::new();
        for (topic, partition) in partitions {
            by_topic.entry(topic.clone()).or_default().push(*partition);
        }
        let time_ms = match &self.config.operation {
            Operation::Move { target, .. } => target.lookup_time_ms(self.now),
            _ => None,
        };
        let logs = futures::future::try_join_all(by_topic.iter().map(|(topic, ids)| async move {
            let logs = self.admin.log_offsets(topic, ids, deadline).await?;
            let at_time = match time_ms {
                Some(ms) => Some(self.admin.offsets_for_time(topic, ids, ms, deadline).await?),
                None => None,
            };
            Ok::<_, KafkaFailure>((topic.clone(), logs, at_time))
        }));
        let (description, logs, committed) = tokio::try_join!(
            self.admin.describe_group(&self.group, deadline),
            logs,
            self.offsets.committed_of(partitions, deadline),
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
    async fn wait_empty(&self, until: Instant) -> Result<Option<GroupDescription>, KafkaFailure> {
        loop {
            let step = Instant::now() + self.config.kafka.connect_timeout;
            let description = self.admin.describe_group(&self.group, step).await?;
            if GroupInfo::of(&self.group, description.as_ref()).is_inactive() || Instant::now() >= until {
                return Ok(description);
            }
            tokio::time::sleep(WAIT_POLL.min(until.saturating_duration_since(Instant::now()))).await;
        }
    }

    fn plan(&self, partitions: &[TopicPartition], observed: &Observed) -> Vec<PlanRow> {
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
                let planned = match &self.config.operation {
                    Operation::Delete => {
                        row.action = Action::Delete;
                        return row;
                    }
                    Operation::Move { target, .. } => {
                        target::plan(target, &log, current, observed.at_time.get(tp).copied().flatten())
                    }
                    Operation::Restore { .. } => {
                        let saved = self.restoring.as_ref().and_then(|r| r.saved.get(tp).copied().flatten());
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

    fn execute_command(&self) -> String {
        let prefix = reset_command_prefix(&self.config.kafka.brokers, &self.group);
        let what = match &self.config.operation {
            Operation::Move { scope, target } => {
                format!(" --topic {} --to {}", shell_word(&scope.to_string()), shell_word(&target.to_string()))
            }
            Operation::Restore { .. } => {
                let path = self.restoring.as_ref().map(|r| r.path.display().to_string()).unwrap_or_default();
                format!(" --from-file {}", shell_word(&path))
            }
            Operation::Delete => " --delete".to_string(),
        };
        let backup = match &self.config.backup {
            Some(path) => format!(" --backup {}", shell_word(&path.display().to_string())),
            None => String::new(),
        };
        format!("{prefix}{what}{backup} --execute")
    }

    /// Writes the snapshot of every planned partition's committed offset before the change.
    fn write_snapshot(&self, body: &ResetBody, observed: &Observed) -> Result<PathBuf, Failure> {
        let path = match &self.config.backup {
            Some(path) => path.clone(),
            None => snapshot::default_path(Path::new("."), &self.group, self.now),
        };
        let taken_before = match &self.config.operation {
            Operation::Move { target, .. } => format!("reset-group --to {target}"),
            Operation::Restore { .. } => format!("reset-group --from-file {}", body.from_file.as_deref().unwrap_or("")),
            Operation::Delete => "reset-group --delete".to_string(),
        };
        let snapshot = Snapshot {
            format: snapshot::FORMAT.to_string(),
            version: snapshot::VERSION,
            group: self.group.clone(),
            created_at: format!("{:.3}", jiff::Timestamp::now()),
            brokers: self.config.kafka.brokers.clone(),
            group_state: body.group.state.clone(),
            taken_before,
            offsets: body
                .plan
                .iter()
                .map(|row| SavedOffset {
                    topic: row.topic.clone(),
                    partition: row.partition,
                    offset: observed.committed.get(&(row.topic.clone(), row.partition)).copied().flatten(),
                    log_start: row.log_start,
                    log_end: row.log_end,
                })
                .collect(),
        };
        snapshot::write(&path, &snapshot).map_err(|err| {
            Failure::Failed(format!(
                "cannot write the snapshot {}: {err}; nothing was changed (choose another place with --backup)",
                path.display()
            ))
        })
    }

    /// Commits the plan (or deletes the group); returns the broker's answer per partition.
    async fn apply(&self, plan: &mut [PlanRow], deadline: Instant) -> BTreeMap<TopicPartition, Result<(), String>> {
        if self.is_delete() {
            let outcome = self.admin.delete_group(&self.group, deadline).await.map_err(|err| err.to_string());
            return plan.iter().map(|row| ((row.topic.clone(), row.partition), outcome.clone())).collect();
        }
        let offsets: BTreeMap<TopicPartition, i64> = plan
            .iter()
            .filter(|row| row.action == Action::Commit)
            .filter_map(|row| row.target.map(|target| ((row.topic.clone(), row.partition), target)))
            .collect();
        match self.offsets.commit(&offsets, deadline).await {
            Ok(results) => results,
            Err(failure) => offsets.keys().map(|tp| (tp.clone(), Err(failure.to_string()))).collect(),
        }
    }

    /// After a delete: what remains of the group, if the coordinator still knows it.
    async fn group_left_behind(&self) -> Option<String> {
        let deadline = Instant::now() + self.config.kafka.connect_timeout.max(Duration::from_secs(5));
        match self.admin.describe_group(&self.group, deadline).await {
            Ok(description) => {
                let now = GroupInfo::of(&self.group, description.as_ref());
                now.known.then(|| format!("the group is still there: {}", now.state_line()))
            }
            Err(failure) => Some(format!("could not check that the group is gone: {failure}")),
        }
    }

    /// Reads every planned partition back and sets its status.
    async fn verify(&self, plan: &mut [PlanRow], applied: BTreeMap<TopicPartition, Result<(), String>>) {
        let partitions: Vec<TopicPartition> = plan.iter().map(|row| (row.topic.clone(), row.partition)).collect();
        // Verification gets its own deadline: running out of time applying must not also
        // leave the result unknown.
        let deadline = Instant::now() + self.config.kafka.connect_timeout.max(Duration::from_secs(5));
        let read = self.offsets.committed_of(&partitions, deadline).await;
        for row in plan.iter_mut() {
            let tp = (row.topic.clone(), row.partition);
            let read_back = match &read {
                Ok(read) => read.get(&tp).copied().flatten(),
                Err(failure) => {
                    // What the broker answered to the commit still stands; only the proof is
                    // missing.
                    (row.status, row.error) = match applied.get(&tp) {
                        Some(Ok(())) => (
                            Some(RowStatus::Unverified),
                            Some(format!("the broker accepted the commit; reading it back failed: {failure}")),
                        ),
                        Some(Err(refused)) => (Some(RowStatus::Failed), Some(refused.clone())),
                        None => (Some(RowStatus::NotAttempted), None),
                    };
                    continue;
                }
            };
            row.read_back = read_back;
            (row.status, row.error) = judge(row, applied.get(&tp), read_back);
        }
    }
}

/// A partition's status from the broker's answer to the commit and the offset read back:
/// the read-back decides, the answer explains.
fn judge(
    row: &PlanRow,
    answer: Option<&Result<(), String>>,
    read_back: Option<i64>,
) -> (Option<RowStatus>, Option<String>) {
    let expected = match row.action {
        Action::Commit => row.target,
        Action::Delete => None,
        Action::Unchanged | Action::Keep => row.current,
    };
    let refused = answer.and_then(|answer| answer.as_ref().err());
    if read_back == expected {
        return match (row.action, refused) {
            // The broker said no, yet the offset is where it should be: report both.
            (_, Some(reason)) => (Some(RowStatus::Verified), Some(format!("the broker answered: {reason}"))),
            (Action::Commit | Action::Delete, None) => (Some(RowStatus::Verified), None),
            (_, None) => (Some(RowStatus::Unchanged), None),
        };
    }
    let reads = read_back.map_or("no offset".to_string(), |o| o.to_string());
    let wanted = expected.map_or("no offset".to_string(), |o| o.to_string());
    let reason = match refused {
        Some(reason) => format!("not committed: {reason}; reads back {reads}"),
        None => format!("reads back {reads}, expected {wanted}"),
    };
    (Some(RowStatus::Failed), Some(reason))
}

/// What the plan does in records.
fn effect(plan: &[PlanRow]) -> Effect {
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
fn plan_findings(plan: &[PlanRow]) -> Vec<Finding> {
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
fn refusal(run: &Run<'_>, group: &GroupInfo, what_happened: &str) -> Finding {
    let mut finding = Finding::new(
        &RD501,
        format!(
            "group `{}` is {}: offsets can only be changed while the group is Empty (Kafka's rule, checked before anything is written); {what_happened}",
            run.group,
            group.state_line()
        ),
    )
    .with_fix(format!(
        "Stop every consumer of the group — for the rentflow setup `docker stop rentflow-django-consumer` — then run `{}`; or add `--wait-empty 60s` to wait for them to leave.",
        run.execute_command()
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

/// RD503: which partitions did not end where planned, and which did.
fn incomplete(plan: &[PlanRow], failed: &[&PlanRow]) -> Finding {
    let landed = plan.iter().filter(|row| row.status == Some(RowStatus::Verified)).count();
    let unproven = failed.iter().filter(|row| row.status == Some(RowStatus::Unverified)).count();
    let message = if failed.is_empty() {
        format!("the committed offsets on {landed} partition(s) are gone, but the group is not")
    } else if unproven == failed.len() {
        format!(
            "the broker accepted the commit on {unproven} partition(s), but they could not be read back: run `group describe` to see where the group stands; {landed} verified"
        )
    } else {
        format!("{} of {} partition(s) did not end where planned; {landed} did", failed.len(), plan.len())
    };
    let mut finding = Finding::new(&RD503, message);
    for row in failed {
        finding = finding.with_evidence(format!(
            "{}:{}: {}",
            row.topic,
            row.partition,
            row.error.as_deref().unwrap_or("failed")
        ));
    }
    finding
}

fn restore_command(run: &Run<'_>, snapshot: &Path) -> String {
    format!(
        "{} --from-file {} --execute",
        reset_command_prefix(&run.config.kafka.brokers, &run.group),
        shell_word(&snapshot.display().to_string())
    )
}

/// Shows the plan and asks on the terminal; `true` for yes.
fn confirm(body: &ResetBody, output: &OutputConfig, run: &Run<'_>, progress: &Progress) -> Result<bool, Failure> {
    let mut preview = body.clone();
    preview.outcome = Outcome::Planned;
    let plan = preview.render_plan_text(&Style { color: output.color });
    let what = match &run.config.operation {
        Operation::Delete => "Delete group",
        _ => "Commit these offsets for group",
    };
    let question = format!("{what} `{}` on {}? [y/N] ", run.group, run.config.kafka.brokers);
    let answer = tokio::task::block_in_place(|| {
        progress.suspend(|| {
            use std::io::{BufRead, Write};
            output::stdout(&format!("{plan}\n"));
            let mut err = std::io::stderr().lock();
            let _ = err.write_all(crate::secrets::redact(&question).as_bytes());
            let _ = err.flush();
            drop(err);
            let mut line = String::new();
            std::io::stdin().lock().read_line(&mut line).map(|_| line)
        })
    })
    .map_err(|err| Failure::Failed(format!("reading the answer: {err}")))?;
    Ok(matches!(answer.trim().to_ascii_lowercase().as_str(), "y" | "yes"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::group::target::Target;

    fn row(action: Action, current: Option<i64>, target: Option<i64>) -> PlanRow {
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
    fn the_read_back_decides_each_partitions_status() {
        let commit = row(Action::Commit, Some(10), Some(0));
        assert_eq!(judge(&commit, Some(&Ok(())), Some(0)), (Some(RowStatus::Verified), None));
        let (status, error) = judge(&commit, Some(&Err("Broker: Unknown member".into())), Some(10));
        assert_eq!(status, Some(RowStatus::Failed));
        assert_eq!(error.unwrap(), "not committed: Broker: Unknown member; reads back 10");
        let (status, error) = judge(&commit, Some(&Ok(())), Some(7));
        assert_eq!((status, error.unwrap().as_str()), (Some(RowStatus::Failed), "reads back 7, expected 0"));
        // No answer before the deadline, yet the offset landed.
        let (status, error) = judge(&commit, Some(&Err("no answer".into())), Some(0));
        assert_eq!(status, Some(RowStatus::Verified));
        assert!(error.unwrap().contains("no answer"));
        let kept = row(Action::Keep, None, None);
        assert_eq!(judge(&kept, None, None), (Some(RowStatus::Unchanged), None));
        assert_eq!(judge(&kept, None, Some(3)).0, Some(RowStatus::Failed));
        let deleted = row(Action::Delete, Some(4), None);
        assert_eq!(judge(&deleted, Some(&Ok(())), None), (Some(RowStatus::Verified), None));
        assert_eq!(judge(&deleted, Some(&Ok(())), Some(4)).1.unwrap(), "reads back 4, expected no offset");
    }

    #[test]
    fn an_incomplete_reset_names_each_failed_partition_and_what_landed() {
        let mut landed = row(Action::Commit, Some(5), Some(0));
        landed.status = Some(RowStatus::Verified);
        let mut failed = row(Action::Commit, Some(5), Some(0));
        failed.partition = 1;
        failed.status = Some(RowStatus::Failed);
        failed.error = Some("not committed: Broker: Coordinator not available; reads back 5".into());
        let plan = [landed, failed.clone()];
        let finding = incomplete(&plan, &[&failed]);
        assert_eq!(finding.code, "RD503");
        assert_eq!(finding.message, "1 of 2 partition(s) did not end where planned; 1 did");
        assert_eq!(finding.evidence, ["t:1: not committed: Broker: Coordinator not available; reads back 5"]);
    }

    #[test]
    fn a_commit_the_broker_accepted_but_nobody_read_back_is_not_called_failed() {
        let mut accepted = row(Action::Commit, Some(5), Some(0));
        accepted.status = Some(RowStatus::Unverified);
        accepted.error = Some("the broker accepted the commit; reading it back failed: timed out".into());
        let plan = [accepted.clone()];
        let finding = incomplete(&plan, &[&accepted]);
        assert_eq!(finding.code, "RD503");
        assert!(finding.message.starts_with("the broker accepted the commit on 1 partition(s)"), "{}", finding.message);
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

    #[test]
    fn targets_print_as_reset_group_accepts_them() {
        for text in ["earliest", "offset:5", "shift:-2", "datetime:2025-11-03T09:30:00Z", "duration:-1h"] {
            let target = Target::parse(text).unwrap();
            assert_eq!(Target::parse(&target.to_string()).unwrap(), target);
        }
    }
}
