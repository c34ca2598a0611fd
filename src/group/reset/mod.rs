//! `reset-group`: move, restore or delete a group's committed offsets without ever losing
//! the old position.
//!
//! The order is the safety, one step per module:
//! 1. [`plan`]: read the group's state, the logs and the committed offsets, and compute the
//!    plan; refuse unless the group is Empty, Dead or unknown (Kafka's rule, decided here from
//!    the group's state — a broker that would accept the commit anyway changes nothing);
//!    `--wait-empty` waits for it first. Without `--execute`, stop: a dry run.
//! 2. [`prompt`]: ask on a terminal (unless `--yes`), then read everything again — state,
//!    members, log bounds, committed offsets — plan again, and refuse if anything moved.
//! 3. [`apply`]: write the snapshot of the prior offsets and flush it to disk; check the
//!    group's state once more; commit (or delete the group).
//! 4. [`verify`]: read the offsets back and report each partition.
//!
//! Nothing is changed when any step before the commit fails.

mod apply;
mod plan;
mod prompt;
mod verify;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

use super::Body;
use crate::config::OutputConfig;
use crate::error::Failure;
use crate::findings::Finding;
use crate::kafka::admin::GroupOffsets;
use crate::kafka::commit::TopicPartition;
use crate::kafka::groups::GroupDescription;
use crate::kafka::{self, Admin, KafkaFailure, PartitionOffsets};
use crate::output::Progress;

use super::report::{self, GroupInfo, LeftOut, ResetBody, ResetKind, ResetOutcome};
use super::{CommandResult, kafka_problem};
use crate::config::ResetConfig;
use crate::config::group::{Confirmation, Operation, TopicSelection};

pub use apply::{CRASH_AFTER_SNAPSHOT_ENV, PAUSE_BEFORE_COMMIT_ENV};

/// What the plan is computed from, read in one go (again after `--wait-empty`, and again
/// after the confirmation).
#[derive(Debug, Clone)]
struct Observed {
    description: Option<GroupDescription>,
    logs: BTreeMap<TopicPartition, PartitionOffsets>,
    committed: BTreeMap<TopicPartition, Option<i64>>,
    /// For time targets: the offset of the first record at or after the time.
    at_time: BTreeMap<TopicPartition, Option<i64>>,
}

/// What a restore brings along from its snapshot or plan file.
#[derive(Debug)]
struct Restoring {
    path: PathBuf,
    saved: BTreeMap<TopicPartition, Option<i64>>,
    /// The brokers and cluster the snapshot was read from (a CSV plan names neither).
    brokers: Option<String>,
    cluster_id: Option<String>,
    /// Entries of the file the restore leaves out, and why.
    left_out: Vec<LeftOut>,
}

/// The run's fixed facts.
struct Run<'a> {
    config: &'a ResetConfig,
    group: String,
    admin: Admin,
    offsets: GroupOffsets,
    restoring: Option<Restoring>,
    cluster_id: Option<String>,
    now: jiff::Timestamp,
}

impl Run<'_> {
    fn is_delete(&self) -> bool {
        matches!(self.config.operation, Operation::Delete)
    }
}

/// A reason the plan cannot be made.
enum Problem {
    Finding(Finding),
    Failure(Failure),
}

impl Problem {
    fn into_result(self, body: ResetBody) -> CommandResult {
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

pub async fn run(config: &ResetConfig, output: &OutputConfig, progress: &Progress) -> CommandResult {
    let (group, restoring) = match &config.operation {
        Operation::Restore { path, group, scope } => {
            let (group, restoring) = plan::load_restore(path, group.as_deref(), scope.as_deref())?;
            (group, Some(restoring))
        }
        _ => (config.group.clone(), None),
    };
    let mut body = new_body(config, &group, restoring.as_ref());
    progress.step(&format!("connecting to {}", config.kafka.brokers));
    if let Err(failure) = kafka::check_connects(&config.kafka, output.verbose).await {
        body.outcome = ResetOutcome::NotPlanned;
        return Ok((Body::Reset(body), vec![kafka_problem(failure)?]));
    }
    let admin = Admin::new(&config.kafka, output.verbose)?;
    let deadline = Instant::now() + config.timeout;
    let cluster_id = admin.cluster_id(deadline.min(Instant::now() + config.kafka.connect_timeout)).await;
    body.cluster_id = cluster_id.clone();
    if let Some(restoring) = &restoring {
        plan::check_cluster(config, restoring, cluster_id.as_deref())?;
    }
    let run = Run {
        config,
        offsets: GroupOffsets::new(&config.kafka, &group, output.verbose)?,
        admin,
        group,
        restoring,
        cluster_id,
        now: jiff::Timestamp::now(),
    };
    progress.step(&format!("reading group {} and its offsets", run.group));
    body.outcome = ResetOutcome::NotPlanned;
    let (partitions, observed, mut findings) = match plan::make(&run, &mut body, progress, deadline).await {
        Ok(planned) => planned,
        Err(problem) => return problem.into_result(body),
    };
    if body.outcome != ResetOutcome::Planned || !config.execute {
        return Ok((Body::Reset(body), findings));
    }
    body.execute_command = None;
    if !plan::changes_anything(&run, &body) {
        body.outcome = ResetOutcome::Unchanged;
        for row in &mut body.plan {
            row.status = Some(report::RowStatus::Unchanged);
        }
        return Ok((Body::Reset(body), findings));
    }
    if config.confirmation == Confirmation::Prompt && !prompt::confirm(&body, output, &run, progress)? {
        return Err(Failure::Failed("not confirmed: nothing was changed".to_string()));
    }
    progress.step("reading everything again");
    let observed = match prompt::recheck(&run, &mut body, &partitions, observed).await {
        Ok(observed) => observed,
        Err(stop) => {
            findings.insert(0, stop.finding()?);
            return Ok((Body::Reset(body), findings));
        }
    };
    apply::snapshot_apply_verify(&run, &mut body, &observed, &mut findings, progress).await?;
    Ok((Body::Reset(body), findings))
}

fn new_body(config: &ResetConfig, group: &str, restoring: Option<&Restoring>) -> ResetBody {
    ResetBody {
        brokers: config.kafka.brokers.clone(),
        cluster_id: None,
        operation: match config.operation {
            Operation::Move { .. } => ResetKind::Move,
            Operation::Restore { .. } => ResetKind::Restore,
            Operation::Delete => ResetKind::Delete,
        },
        target: match &config.operation {
            Operation::Move { target, topics } => Some(match topics {
                TopicSelection::AllCommitted => format!("{target} (every topic the group has committed on)"),
                TopicSelection::Listed(_) => target.to_string(),
            }),
            _ => None,
        },
        from_file: restoring.map(|r| r.path.display().to_string()),
        group: GroupInfo::of(group, None),
        executed: config.execute,
        outcome: ResetOutcome::Planned,
        waited_ms: None,
        plan: Vec::new(),
        left_out: restoring.map(|r| r.left_out.clone()).unwrap_or_default(),
        effect: Default::default(),
        snapshot: None,
        execute_command: None,
        restore_command: None,
        commands_note: None,
        export_csv: None,
    }
}
