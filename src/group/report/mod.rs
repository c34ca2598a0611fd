//! The group commands' part of the report: the model, serialised as the JSON contract and
//! rendered for people by [`text`].

mod text;

use serde::{Deserialize, Serialize};

use crate::cli::AutoOffsetReset;
use crate::kafka::groups::{GroupDescription, GroupState};

use super::target::Adjustment;

/// One group of `group list`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct GroupRow {
    pub group: String,
    pub state: String,
    /// `consumer` for Kafka consumers; empty for groups that only ever had offsets committed.
    pub protocol_type: String,
    /// `classic` or `consumer` (KIP-848).
    pub group_protocol: String,
    pub members: usize,
    pub coordinator: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct GroupListBody {
    pub brokers: String,
    pub groups: Vec<GroupRow>,
}

/// A member as the coordinator describes it; fields the broker leaves empty are absent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct MemberView {
    pub member_id: String,
    pub client_id: Option<String>,
    pub host: Option<String>,
    /// `topic:0,1` per assigned topic; empty when the broker does not say.
    pub assignment: Vec<String>,
}

/// The group as the coordinator describes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct GroupInfo {
    pub group: String,
    /// Stable, Empty, PreparingRebalance, CompletingRebalance, Dead, or `unknown` when the
    /// coordinator does not know the group.
    pub state: GroupState,
    /// Whether the coordinator knows the group (it has members or committed offsets).
    pub known: bool,
    pub protocol_type: Option<String>,
    /// `classic` or `consumer` (KIP-848).
    pub group_protocol: Option<String>,
    pub protocol: Option<String>,
    pub coordinator: Option<String>,
    pub members: Vec<MemberView>,
}

fn non_empty(text: &str) -> Option<String> {
    (!text.is_empty()).then(|| text.to_string())
}

impl GroupInfo {
    pub fn of(group: &str, description: Option<&GroupDescription>) -> GroupInfo {
        let Some(found) = description else {
            return GroupInfo {
                group: group.to_string(),
                state: GroupState::NotFound,
                known: false,
                protocol_type: None,
                group_protocol: None,
                protocol: None,
                coordinator: None,
                members: Vec::new(),
            };
        };
        GroupInfo {
            group: group.to_string(),
            known: found.state.is_known(),
            state: found.state.clone(),
            protocol_type: non_empty(&found.protocol_type),
            group_protocol: non_empty(&found.group_protocol),
            protocol: non_empty(&found.protocol),
            coordinator: non_empty(&found.coordinator),
            members: found
                .members
                .iter()
                .map(|member| MemberView {
                    member_id: member.member_id.clone(),
                    client_id: non_empty(&member.client_id),
                    host: non_empty(&member.host),
                    assignment: member
                        .assignment
                        .iter()
                        .map(|(topic, partitions)| {
                            let ids: Vec<String> = partitions.iter().map(i32::to_string).collect();
                            format!("{topic}:{}", ids.join(","))
                        })
                        .collect(),
                })
                .collect(),
        }
    }

    /// Offsets may change from outside only while the group has no members and is Empty,
    /// Dead or unknown — Kafka's rule, applied here whatever the broker would accept.
    pub fn is_inactive(&self) -> bool {
        self.state.allows_offset_changes(self.members.len())
    }

    /// `Stable with 1 member` / `Empty`.
    pub fn state_line(&self) -> String {
        match self.members.len() {
            0 if self.state == GroupState::NotFound => "unknown to the broker".to_string(),
            0 => format!("{}, no members", self.state),
            1 => format!("{}, 1 member", self.state),
            n => format!("{}, {n} members", self.state),
        }
    }
}

/// What a consumer does on a partition where its group has no committed offset.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct WithoutCommit {
    pub auto_offset_reset: AutoOffsetReset,
    /// `skip` (latest) or `read` (earliest).
    pub effect: String,
    /// How many records that skips or reads.
    pub records: i64,
}

/// One partition of `group describe`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct PartitionRow {
    pub topic: String,
    pub partition: i32,
    /// `null`: the group has no committed offset here.
    pub committed: Option<i64>,
    pub log_start: i64,
    pub log_end: i64,
    /// log end − committed; `null` without a committed offset.
    pub lag: Option<i64>,
    pub newest_record_at: Option<String>,
    pub newest_record_ms: Option<i64>,
    /// The member the partition is assigned to, when the broker says.
    pub member: Option<String>,
    /// Set where nothing is committed: what auto.offset.reset will do.
    pub without_commit: Option<WithoutCommit>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Totals {
    pub partitions: usize,
    pub committed_partitions: usize,
    /// Records in the log (log end − log start, summed).
    pub records: i64,
    /// Lag summed over the partitions with a committed offset.
    pub lag: i64,
    /// Records on partitions without a committed offset.
    pub uncommitted_records: i64,
}

/// `group describe`: one group, or every group with `--all-groups`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct DescribeBody {
    pub brokers: String,
    pub auto_offset_reset: AutoOffsetReset,
    /// The policy was not given (`--auto-offset-reset`); librdkafka's default is assumed.
    pub auto_offset_reset_assumed: bool,
    pub groups: Vec<GroupPosition>,
}

/// Where one group stands against the logs of the topics it covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct GroupPosition {
    pub group: GroupInfo,
    /// The topics described: `--topic`, else every topic the group has committed on or is
    /// assigned.
    pub topics: Vec<String>,
    pub partitions: Vec<PartitionRow>,
    pub totals: Totals,
}

/// Which kind of change `reset-group` plans.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ResetKind {
    Move,
    Restore,
    Delete,
}

/// How a `reset-group` run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ResetOutcome {
    /// Dry run: the plan only.
    Planned,
    /// The plan could not be made (see the findings): nothing changed.
    NotPlanned,
    /// A precondition failed (the group is active): nothing changed.
    Refused,
    /// Stopped after the snapshot and before any change (the broker stopped answering).
    Aborted,
    /// `--execute`, but the plan changes nothing: nothing written.
    Unchanged,
    /// Executed and verified on every partition.
    Applied,
    /// Executed, and some partitions did not end where planned.
    Incomplete,
}

/// What happens to one partition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    /// Commit `target`.
    Commit,
    /// `target` equals the committed offset.
    Unchanged,
    /// Left as it is (see `adjustment`).
    Keep,
    /// The committed offset goes with the group.
    Delete,
}

/// How one partition came out of `--execute`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum RowStatus {
    /// Committed and read back at the target (or, for a delete, read back as none).
    Verified,
    /// Nothing to do, and still as it was.
    Unchanged,
    /// The broker refused it, or it reads back differently (see `error`).
    Failed,
    /// The broker accepted the commit, but reading it back failed: probably applied, not
    /// proven.
    Unverified,
    /// Not sent: an earlier step failed.
    NotAttempted,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct PlanRow {
    pub topic: String,
    pub partition: i32,
    pub log_start: i64,
    pub log_end: i64,
    /// The committed offset before; `null`: none.
    pub current: Option<i64>,
    /// The offset to commit; `null` for `keep` and `delete`.
    pub target: Option<i64>,
    pub action: Action,
    /// target − current: negative = records read again, positive = records skipped.
    pub delta: Option<i64>,
    pub adjustment: Option<Adjustment>,
    /// After `--execute`.
    pub status: Option<RowStatus>,
    /// The committed offset read back after `--execute` (`null`: none).
    pub read_back: Option<i64>,
    pub error: Option<String>,
}

/// What the plan does in records.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Effect {
    pub partitions_changed: usize,
    pub partitions_kept: usize,
    /// Records the group will read again (sum of negative deltas).
    pub records_reread: i64,
    /// Records the group will skip (sum of positive deltas).
    pub records_skipped: i64,
    /// Partitions that had no committed offset and get one.
    pub partitions_first_commit: usize,
    /// Records from those first commits to the log end: what the group will read there.
    pub records_after_first_commit: i64,
}

/// A partition of a restore's snapshot or plan file that the restore leaves out, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct LeftOut {
    pub topic: String,
    pub partition: i32,
    /// The offset the file holds (`null`: none).
    pub offset: Option<i64>,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ResetBody {
    pub brokers: String,
    /// The cluster's id from metadata, when it answered.
    pub cluster_id: Option<String>,
    pub operation: ResetKind,
    /// The `--to` target (`earliest`, `offset:17`…), for a move.
    pub target: Option<String>,
    /// The snapshot restored, for a restore.
    pub from_file: Option<String>,
    /// The group as found before any change.
    pub group: GroupInfo,
    /// `--execute` was given.
    pub executed: bool,
    pub outcome: ResetOutcome,
    /// How long `--wait-empty` waited for the group to empty.
    pub waited_ms: Option<f64>,
    pub plan: Vec<PlanRow>,
    /// Partitions of the restored file that the plan leaves out (`--topic`), with the reason.
    pub left_out: Vec<LeftOut>,
    pub effect: Effect,
    /// The snapshot of the prior offsets, written before any change (absolute path).
    pub snapshot: Option<String>,
    /// The command that applies this plan (dry run, refusal).
    pub execute_command: Option<String>,
    /// The command that restores the snapshot (after a change).
    pub restore_command: Option<String>,
    /// Which settings the printed commands leave out (secrets), and how to give them.
    pub commands_note: Option<String>,
    /// `--export csv`: the plan as kafka-consumer-groups reads it (printed alone on stdout).
    #[serde(skip)]
    pub export_csv: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kafka::groups::Member;

    fn described(state: &str, members: usize) -> GroupDescription {
        GroupDescription {
            group: "g".into(),
            state: GroupState::parse(state),
            protocol_type: "consumer".into(),
            group_protocol: "classic".into(),
            protocol: "range".into(),
            coordinator: "1@k:9092".into(),
            members: (0..members)
                .map(|i| Member {
                    member_id: format!("m{i}"),
                    client_id: String::new(),
                    host: String::new(),
                    assignment: vec![("lease-events".into(), vec![0, 2])],
                })
                .collect(),
        }
    }

    #[test]
    fn only_empty_dead_or_unknown_groups_may_change() {
        assert!(GroupInfo::of("g", None).is_inactive());
        assert!(!GroupInfo::of("g", None).known);
        assert!(GroupInfo::of("g", Some(&described("Empty", 0))).is_inactive());
        assert!(GroupInfo::of("g", Some(&described("Dead", 0))).is_inactive());
        for state in ["Stable", "PreparingRebalance", "CompletingRebalance"] {
            assert!(!GroupInfo::of("g", Some(&described(state, 1))).is_inactive(), "{state}");
        }
        // Members decide, whatever the state string says.
        assert!(!GroupInfo::of("g", Some(&described("Empty", 1))).is_inactive());
    }

    #[test]
    fn members_show_what_the_broker_reports_and_nothing_invented() {
        let info = GroupInfo::of("g", Some(&described("Stable", 1)));
        assert_eq!(info.state_line(), "Stable, 1 member");
        let member = &info.members[0];
        assert_eq!((member.client_id.as_deref(), member.host.as_deref()), (None, None));
        assert_eq!(member.assignment, ["lease-events:0,2"]);
        assert_eq!(GroupInfo::of("g", None).state_line(), "unknown to the broker");
    }
}
