//! Step 4 of a reset: every planned partition read back, judged against the plan; what did
//! not land is named (RD503), with the snapshot that still holds the prior offsets.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use crate::command_line::CommandLine;
use crate::findings::{Finding, RD503};
use crate::kafka::commit::TopicPartition;

use super::super::report::{Action, GroupInfo, PlanRow, RowStatus};
use super::Run;

/// Reads every planned partition back and sets its status.
pub(super) async fn verify(run: &Run<'_>, plan: &mut [PlanRow], applied: BTreeMap<TopicPartition, Result<(), String>>) {
    let partitions: Vec<TopicPartition> = plan.iter().map(|row| (row.topic.clone(), row.partition)).collect();
    // Verification gets its own deadline: running out of time applying must not also leave
    // the result unknown.
    let deadline = Instant::now() + run.config.kafka.connect_timeout.max(Duration::from_secs(5));
    let read = run.offsets.committed_of(&partitions, deadline).await;
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

/// After a delete: what remains of the group, if the coordinator still knows it.
pub(super) async fn group_left_behind(run: &Run<'_>) -> Option<String> {
    let deadline = Instant::now() + run.config.kafka.connect_timeout.max(Duration::from_secs(5));
    match run.admin.describe_group(&run.group, deadline).await {
        Ok(description) => {
            let now = GroupInfo::of(&run.group, description.as_ref());
            now.known.then(|| format!("the group is still there: {}", now.state_line()))
        }
        Err(failure) => Some(format!("could not check that the group is gone: {failure}")),
    }
}

/// A partition's status from the broker's answer to the commit and the offset read back:
/// the read-back decides, the answer explains.
pub(super) fn judge(
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

/// RD503: which partitions did not end where planned, which did, and where the prior
/// offsets are kept.
pub(super) fn incomplete(plan: &[PlanRow], failed: &[&PlanRow], snapshot: &Path, restore: &CommandLine) -> Finding {
    let landed = plan.iter().filter(|row| row.status == Some(RowStatus::Verified)).count();
    let unproven = failed.iter().filter(|row| row.status == Some(RowStatus::Unverified)).count();
    let message = if failed.is_empty() {
        format!("the committed offsets on {landed} partition(s) are gone, but the group is not")
    } else if unproven == failed.len() {
        format!(
            "the broker accepted the commit on {unproven} partition(s), but they could not be read back: run `group describe` to see where the group stands; {landed} verified"
        )
    } else {
        let names: Vec<String> = failed.iter().map(|row| format!("{}:{}", row.topic, row.partition)).collect();
        format!(
            "{} of {} partition(s) did not end where planned ({}); {landed} did",
            failed.len(),
            plan.len(),
            names.join(" ")
        )
    };
    let mut finding = Finding::new(&RD503, message).with_fix(format!(
        "The snapshot {} still holds the prior offsets of every planned partition; once the group is Empty, put them back with {}",
        snapshot.display(),
        restore.with_note()
    ));
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

#[cfg(test)]
mod tests {
    use super::super::plan::test_row as row;
    use super::*;

    fn restore() -> CommandLine {
        let kafka = crate::kafka::KafkaConfig {
            brokers: crate::config::connection::DEFAULT_BROKERS.into(),
            properties: Vec::new(),
            connect_timeout: Duration::from_secs(5),
            config_file: None,
            profile: None,
        };
        CommandLine::doctor("reset-group", &kafka).arg("--group", "g").arg("--from-file", "/s b.json").flag("--execute")
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
    fn an_incomplete_reset_names_each_failed_partition_and_where_the_prior_offsets_are() {
        let mut landed = row(Action::Commit, Some(5), Some(0));
        landed.status = Some(RowStatus::Verified);
        let mut failed = row(Action::Commit, Some(5), Some(0));
        failed.partition = 1;
        failed.status = Some(RowStatus::Failed);
        failed.error = Some("not committed: Broker: Coordinator not available; reads back 5".into());
        let plan = [landed, failed.clone()];
        let finding = incomplete(&plan, &[&failed], Path::new("/s b.json"), &restore());
        assert_eq!(finding.code, "RD503");
        assert_eq!(finding.message, "1 of 2 partition(s) did not end where planned (t:1); 1 did");
        assert_eq!(finding.evidence, ["t:1: not committed: Broker: Coordinator not available; reads back 5"]);
        let fix = finding.fix;
        assert!(fix.contains("/s b.json still holds the prior offsets"), "{fix}");
        assert!(fix.contains("--from-file '/s b.json' --execute"), "{fix}");
    }

    #[test]
    fn a_commit_the_broker_accepted_but_nobody_read_back_is_not_called_failed() {
        let mut accepted = row(Action::Commit, Some(5), Some(0));
        accepted.status = Some(RowStatus::Unverified);
        accepted.error = Some("the broker accepted the commit; reading it back failed: timed out".into());
        let plan = [accepted.clone()];
        let finding = incomplete(&plan, &[&accepted], Path::new("/s.json"), &restore());
        assert!(finding.message.starts_with("the broker accepted the commit on 1 partition(s)"), "{}", finding.message);
    }
}
