//! Step 3 of a reset: the snapshot of the prior offsets, durable on disk before anything
//! changes; the group's state once more, as close to the commit as possible; then the commit
//! (or the delete), followed by the read-back of [`super::verify`].

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::command_line::CommandLine;
use crate::error::Failure;
use crate::findings::Finding;
use crate::kafka::commit::TopicPartition;
use crate::output::{self, Progress};

use super::super::report::{Action, GroupInfo, PlanRow, ResetBody, ResetOutcome, RowStatus};
use super::super::snapshot::{self, SavedOffset, Snapshot};
use super::plan::refusal;
use super::verify;
use super::{Observed, Run, kafka_problem};
use crate::config::group::Operation;

/// Environment variable that makes `reset-group --execute` kill itself (SIGKILL, as
/// `kill -9` does) right after the snapshot is durable and before anything is committed.
/// The reliability suite uses it to prove that such a crash leaves a state `--from-file`
/// restores; see docs/reliability.md.
pub const CRASH_AFTER_SNAPSHOT_ENV: &str = "RENTFLOW_DOCTOR_CRASH_AFTER_SNAPSHOT";

/// Environment variable naming a file: after its last check of the group's state and right
/// before the commit, `reset-group --execute` says so on stderr and waits (up to its
/// `--timeout`) until that file exists. The reliability suite uses it to let a consumer join
/// at exactly that moment and prove what Kafka then refuses; see docs/reliability.md.
pub const PAUSE_BEFORE_COMMIT_ENV: &str = "RENTFLOW_DOCTOR_PAUSE_BEFORE_COMMIT";

fn crash_point_after_snapshot() {
    if std::env::var_os(CRASH_AFTER_SNAPSHOT_ENV).is_some() {
        // SAFETY: sending a signal to this very process.
        unsafe {
            libc::kill(libc::getpid(), libc::SIGKILL);
        }
    }
}

async fn pause_point_before_commit(until: Instant) {
    let Some(path) = std::env::var_os(PAUSE_BEFORE_COMMIT_ENV) else { return };
    output::stderr("paused before the commit");
    let path = PathBuf::from(path);
    while !path.exists() && Instant::now() < until {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Writes the snapshot, checks the group once more, applies and verifies; sets the body's
/// outcome and puts the deciding finding first.
pub(super) async fn snapshot_apply_verify(
    run: &Run<'_>,
    body: &mut ResetBody,
    observed: &Observed,
    findings: &mut Vec<Finding>,
    progress: &Progress,
) -> Result<(), Failure> {
    // The snapshot first: from here on every change has its way back on disk.
    progress.step("writing the snapshot");
    let path = write_snapshot(run, body, observed)?;
    body.snapshot = Some(path.display().to_string());
    crash_point_after_snapshot();
    // The state once more, as close to the commit as possible: a consumer may have started.
    let deadline = Instant::now() + run.config.timeout;
    match run.admin.describe_group(&run.group, deadline).await {
        Ok(description) => {
            let now = GroupInfo::of(&run.group, description.as_ref());
            if !now.is_inactive() {
                body.outcome = ResetOutcome::Refused;
                findings.insert(0, refusal(run, &now, "the snapshot was written, but nothing was committed"));
                body.group = now;
                return Ok(());
            }
        }
        Err(failure) => {
            body.outcome = ResetOutcome::Aborted;
            // Any failure here (a coordinator that just stopped answers with a destroyed broker
            // handle) comes before the commit: say so, and where the snapshot is.
            let finding = kafka_problem(failure).map_err(|other| {
                other.with_note(&format!("the snapshot {} was written; nothing was changed", path.display()))
            })?;
            findings.insert(0, finding.with_evidence("the snapshot was written; nothing was changed"));
            return Ok(());
        }
    }
    let restore = restore_command(run, &path);
    body.restore_command = Some(restore.to_string());
    body.commands_note = restore.secrets_note();
    pause_point_before_commit(deadline).await;
    progress.step("applying");
    let applied = apply(run, &mut body.plan, deadline).await;
    progress.step("reading the offsets back");
    verify::verify(run, &mut body.plan, applied).await;
    let failed: Vec<&PlanRow> =
        body.plan.iter().filter(|row| matches!(row.status, Some(RowStatus::Failed | RowStatus::Unverified))).collect();
    let mut problem = (!failed.is_empty()).then(|| verify::incomplete(&body.plan, &failed, &path, &restore));
    if run.is_delete()
        && let Some(left) = verify::group_left_behind(run).await
    {
        let finding = problem.unwrap_or_else(|| verify::incomplete(&body.plan, &[], &path, &restore));
        problem = Some(finding.with_evidence(left));
    }
    match problem {
        None => body.outcome = ResetOutcome::Applied,
        Some(finding) => {
            body.outcome = ResetOutcome::Incomplete;
            findings.insert(0, finding);
        }
    }
    Ok(())
}

/// Writes the snapshot of every planned partition's committed offset before the change.
fn write_snapshot(run: &Run<'_>, body: &ResetBody, observed: &Observed) -> Result<PathBuf, Failure> {
    let path = match &run.config.backup {
        Some(path) => path.clone(),
        None => snapshot::default_path(Path::new("."), &run.group, run.now),
    };
    let taken_before = match &run.config.operation {
        Operation::Move { target, .. } => format!("reset-group --to {target}"),
        Operation::Restore { .. } => format!("reset-group --from-file {}", body.from_file.as_deref().unwrap_or("")),
        Operation::Delete => "reset-group --delete".to_string(),
    };
    let snapshot = Snapshot {
        format: snapshot::FORMAT.to_string(),
        version: snapshot::VERSION,
        group: run.group.clone(),
        created_at: format!("{:.3}", jiff::Timestamp::now()),
        brokers: run.config.kafka.brokers.clone(),
        cluster_id: run.cluster_id.clone(),
        group_state: body.group.state.to_string(),
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
async fn apply(run: &Run<'_>, plan: &mut [PlanRow], deadline: Instant) -> BTreeMap<TopicPartition, Result<(), String>> {
    if run.is_delete() {
        let answer = run.admin.delete_group(&run.group, deadline).await.map_err(|err| err.to_string());
        return plan.iter().map(|row| ((row.topic.clone(), row.partition), answer.clone())).collect();
    }
    let offsets: BTreeMap<TopicPartition, i64> = plan
        .iter()
        .filter(|row| row.action == Action::Commit)
        .filter_map(|row| row.target.map(|target| ((row.topic.clone(), row.partition), target)))
        .collect();
    match run.offsets.commit(&offsets, deadline).await {
        Ok(results) => results,
        Err(failure) => offsets.keys().map(|tp| (tp.clone(), Err(failure.to_string()))).collect(),
    }
}

/// The command that puts the snapshot back.
fn restore_command(run: &Run<'_>, snapshot: &Path) -> CommandLine {
    CommandLine::doctor("reset-group", &run.config.kafka)
        .arg("--group", &run.group)
        .path("--from-file", snapshot)
        .flag("--execute")
}
