//! Step 2 of a reset: the confirmation on a terminal, and the re-check after it.
//!
//! A plan shown at a prompt can be minutes old when the answer comes. Meanwhile a consumer
//! may have joined, committed and left; retention may have moved a log start (a commit below
//! it makes the consumer fall back to `auto.offset.reset`); a first offset may have been
//! committed on a partition a `--delete` would remove unsnapshotted. So everything is read
//! again, the plan is made again, and any difference stops the reset before the snapshot.

use std::time::Instant;

use crate::config::OutputConfig;
use crate::error::Failure;
use crate::findings::{Finding, RD501};
use crate::kafka::KafkaFailure;
use crate::kafka::commit::TopicPartition;
use crate::output::{self, Progress};
use crate::report::text::Style;

use super::super::report::{GroupInfo, PlanRow, ResetBody, ResetOutcome};
use super::plan::{self, execute_command};
use super::{Observed, Run, kafka_problem};
use crate::config::group::Operation;

/// Shows the plan and asks on the terminal; `true` for yes.
pub(super) fn confirm(
    body: &ResetBody,
    output: &OutputConfig,
    run: &Run<'_>,
    progress: &Progress,
) -> Result<bool, Failure> {
    let mut preview = body.clone();
    preview.outcome = ResetOutcome::Planned;
    let plan = preview.render_plan_text(&Style { color: output.color });
    let what = match &run.config.operation {
        Operation::Delete => "Delete group",
        _ => "Commit these offsets for group",
    };
    // The question names the cluster by its id and the profile in use, not only the address
    // typed.
    let profile = run.config.profile.as_deref().map_or_else(|| "no profile".to_string(), |p| format!("profile `{p}`"));
    let question = format!(
        "{what} `{}` on cluster {} ({profile}, brokers {})? [y/N] ",
        run.group,
        run.cluster_id.as_deref().map_or_else(|| "(id unknown)".to_string(), |id| format!("`{id}`")),
        run.config.kafka.brokers
    );
    let answer = tokio::task::block_in_place(|| {
        progress.suspend(|| {
            use crate::untrusted::escape_rendered;
            use std::io::{BufRead, Write};
            output::stdout_text(&format!("{plan}\n"), output.color);
            let mut err = std::io::stderr().lock();
            let _ = err.write_all(escape_rendered(&crate::secrets::redact(&question), false).as_bytes());
            let _ = err.flush();
            drop(err);
            let mut line = String::new();
            std::io::stdin().lock().read_line(&mut line).map(|_| line)
        })
    })
    .map_err(|err| Failure::Failed(format!("reading the answer: {err}")))?;
    Ok(matches!(answer.trim().to_ascii_lowercase().as_str(), "y" | "yes"))
}

/// Why the reset stops at the re-check.
pub(super) enum Stop {
    /// The cluster did not answer.
    Kafka(KafkaFailure),
    /// Something the plan depends on changed (RD501, with what changed).
    Changed(Finding),
}

impl Stop {
    pub(super) fn finding(self) -> Result<Finding, Failure> {
        match self {
            // Whether Kafka's answer is a finding or ends the run, it came before any snapshot.
            Stop::Kafka(failure) => Ok(kafka_problem(failure)
                .map_err(|other| other.with_note("nothing was changed"))?
                .with_evidence("nothing was changed")),
            Stop::Changed(finding) => Ok(finding),
        }
    }
}

/// Reads the group, the partitions, the logs and the committed offsets again, plans again,
/// and refuses if any member, partition, bound, committed offset or target differs from the
/// plan the user saw. Returns what the snapshot must hold.
pub(super) async fn recheck(
    run: &Run<'_>,
    body: &mut ResetBody,
    partitions: &[TopicPartition],
    before: Observed,
) -> Result<Observed, Stop> {
    let deadline = Instant::now() + run.config.timeout;
    let mut changes = Vec::new();
    if matches!(run.config.operation, Operation::Delete) {
        // The snapshot must cover every offset the delete removes, including one first
        // committed during the prompt.
        let now = run.admin.group_committed_everywhere(&run.group, deadline).await.map_err(|failure| {
            body.outcome = ResetOutcome::NotPlanned;
            Stop::Kafka(failure)
        })?;
        for tp in now.keys().filter(|tp| !partitions.contains(tp)) {
            changes.push(format!("{}:{} has a committed offset now ({}), none when planned", tp.0, tp.1, now[tp]));
        }
        for tp in partitions.iter().filter(|tp| !now.contains_key(*tp)) {
            changes.push(format!("{}:{} had a committed offset when planned, none now", tp.0, tp.1));
        }
    }
    let now = plan::observe(run, partitions, deadline).await.map_err(|failure| {
        body.outcome = ResetOutcome::NotPlanned;
        Stop::Kafka(failure)
    })?;
    let group_then = GroupInfo::of(&run.group, before.description.as_ref());
    let group_now = GroupInfo::of(&run.group, now.description.as_ref());
    let members = |group: &GroupInfo| group.members.iter().map(|m| m.member_id.clone()).collect::<Vec<_>>();
    if group_now.state != group_then.state || members(&group_now) != members(&group_then) {
        changes.push(format!(
            "the group was {} when planned, is {} now",
            group_then.state_line(),
            group_now.state_line()
        ));
    }
    let replanned = plan::rows(run, partitions, &now);
    for (then, again) in body.plan.iter().zip(&replanned) {
        changes.extend(row_changes(then, again));
    }
    if changes.is_empty() {
        return Ok(now);
    }
    body.outcome = ResetOutcome::Refused;
    body.group = group_now;
    let mut finding = Finding::new(
        &RD501,
        format!(
            "group `{}` or its logs changed while the plan waited for confirmation: the plan is stale; nothing was changed",
            run.group
        ),
    )
    .with_fix(format!(
        "Stop every consumer of the group — for the rentflow setup `docker stop rentflow-django-consumer` — then plan again: {}",
        execute_command(run).with_note()
    ));
    for line in changes {
        finding = finding.with_evidence(line);
    }
    Err(Stop::Changed(finding))
}

/// What differs between a row as planned and as planned again.
fn row_changes(then: &PlanRow, again: &PlanRow) -> Vec<String> {
    let show = |offset: Option<i64>| offset.map_or("none".to_string(), |o| o.to_string());
    let place = format!("{}:{}", then.topic, then.partition);
    let mut changes = Vec::new();
    if then.current != again.current {
        changes.push(format!(
            "{place}: committed offset was {} when planned, is {} now",
            show(then.current),
            show(again.current)
        ));
    }
    if (then.log_start, then.log_end) != (again.log_start, again.log_end) {
        changes.push(format!(
            "{place}: the log was [{}, {}] when planned, is [{}, {}] now",
            then.log_start, then.log_end, again.log_start, again.log_end
        ));
    }
    if then.target != again.target {
        changes.push(format!(
            "{place}: the target was {} when planned, is {} now",
            show(then.target),
            show(again.target)
        ));
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::group::report::Action;

    fn row(current: Option<i64>, log: (i64, i64), target: Option<i64>) -> PlanRow {
        PlanRow {
            topic: "t".into(),
            partition: 0,
            log_start: log.0,
            log_end: log.1,
            current,
            target,
            action: Action::Commit,
            delta: None,
            adjustment: None,
            status: None,
            read_back: None,
            error: None,
        }
    }

    #[test]
    fn any_moved_offset_bound_or_target_is_named() {
        assert!(row_changes(&row(Some(1), (0, 4), Some(0)), &row(Some(1), (0, 4), Some(0))).is_empty());
        let changes = row_changes(&row(Some(1), (0, 4), Some(0)), &row(Some(4), (2, 4), Some(2)));
        assert_eq!(
            changes,
            [
                "t:0: committed offset was 1 when planned, is 4 now",
                "t:0: the log was [0, 4] when planned, is [2, 4] now",
                "t:0: the target was 0 when planned, is 2 now"
            ]
        );
        assert_eq!(
            row_changes(&row(None, (0, 4), Some(0)), &row(Some(3), (0, 4), Some(0))),
            ["t:0: committed offset was none when planned, is 3 now"]
        );
    }
}
