//! The group commands' part of the report: the model (serialised as the JSON contract) and
//! its human rendering.

use serde::{Deserialize, Serialize};

use crate::cli::AutoOffsetReset;
use crate::kafka::groups::GroupDescription;

use super::target::Adjustment;

/// One group of `group list`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupRow {
    pub group: String,
    pub state: String,
    /// `consumer` for Kafka consumers; empty for groups that only ever had offsets committed.
    pub protocol_type: String,
    pub members: usize,
    pub coordinator: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupListBody {
    pub brokers: String,
    pub groups: Vec<GroupRow>,
}

/// A member as the coordinator describes it; fields the broker leaves empty are absent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberView {
    pub member_id: String,
    pub client_id: Option<String>,
    pub host: Option<String>,
    /// `topic:0,1` per assigned topic; empty when the broker does not say.
    pub assignment: Vec<String>,
}

/// The group as the coordinator describes it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupInfo {
    pub group: String,
    /// Stable, Empty, PreparingRebalance, CompletingRebalance, Dead, or `unknown` when the
    /// coordinator does not know the group.
    pub state: String,
    /// Whether the coordinator knows the group (it has members or committed offsets).
    pub known: bool,
    pub protocol_type: Option<String>,
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
            return GroupInfo { group: group.to_string(), state: "unknown".to_string(), ..Default::default() };
        };
        let state = if found.state.is_empty() { "unknown".to_string() } else { found.state.clone() };
        GroupInfo {
            group: group.to_string(),
            known: state != "Dead" && state != "unknown",
            state,
            protocol_type: non_empty(&found.protocol_type),
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
        crate::kafka::groups::offsets_may_change(&self.state, self.members.len())
    }

    /// `Stable with 1 member` / `Empty`.
    pub fn state_line(&self) -> String {
        match self.members.len() {
            0 if self.state == "unknown" => "unknown to the broker".to_string(),
            0 => format!("{}, no members", self.state),
            1 => format!("{}, 1 member", self.state),
            n => format!("{}, {n} members", self.state),
        }
    }
}

/// What a consumer does on a partition where its group has no committed offset.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WithoutCommit {
    pub auto_offset_reset: AutoOffsetReset,
    /// `skip` (latest) or `read` (earliest).
    pub effect: String,
    /// How many records that skips or reads.
    pub records: i64,
}

/// One partition of `group describe`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartitionRow {
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

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DescribeBody {
    pub brokers: String,
    pub topic: String,
    pub group: GroupInfo,
    pub auto_offset_reset: AutoOffsetReset,
    /// The policy was not given (`--auto-offset-reset`); librdkafka's default is assumed.
    pub auto_offset_reset_assumed: bool,
    pub partitions: Vec<PartitionRow>,
    pub totals: Totals,
}

/// Which kind of change `reset-group` plans.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Operation {
    Move,
    Restore,
    Delete,
}

/// How the run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResetBody {
    pub brokers: String,
    pub operation: Operation,
    /// The `--to` target (`earliest`, `offset:17`…), for a move.
    pub target: Option<String>,
    /// The snapshot restored, for a restore.
    pub from_file: Option<String>,
    /// The group as found before any change.
    pub group: GroupInfo,
    /// `--execute` was given.
    pub executed: bool,
    pub outcome: Outcome,
    /// How long `--wait-empty` waited for the group to empty.
    pub waited_ms: Option<f64>,
    pub plan: Vec<PlanRow>,
    pub effect: Effect,
    /// The snapshot of the prior offsets, written before any change (absolute path).
    pub snapshot: Option<String>,
    /// The command that applies this plan (dry run, refusal).
    pub execute_command: Option<String>,
    /// The command that restores the snapshot (after a change).
    pub restore_command: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kafka::groups::Member;

    fn described(state: &str, members: usize) -> GroupDescription {
        GroupDescription {
            group: "g".into(),
            state: state.into(),
            protocol_type: "consumer".into(),
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

mod text {
    use std::fmt::Write as _;

    use comfy_table::Cell;

    use super::*;
    use crate::report::text::{Mark, Style};
    use crate::units::count;
    use crate::untrusted::escape;

    fn offset(value: Option<i64>) -> String {
        value.map_or("-".to_string(), |v| v.to_string())
    }

    fn members_table(style: &Style, members: &[MemberView]) -> String {
        let mut table = style.table(&["MEMBER-ID", "CLIENT-ID", "HOST", "ASSIGNED"]);
        for member in members {
            let unknown = || "?".to_string();
            table.add_row(vec![
                Cell::new(escape(&member.member_id)),
                Cell::new(escape(&member.client_id.clone().unwrap_or_else(unknown))),
                Cell::new(escape(&member.host.clone().unwrap_or_else(unknown))),
                Cell::new(escape(&if member.assignment.is_empty() {
                    "?".to_string()
                } else {
                    member.assignment.join(" ")
                })),
            ]);
        }
        style.table_text(&table)
    }

    fn group_header(style: &Style, group: &GroupInfo) -> String {
        let mut parts = vec![group.state_line()];
        if let (Some(kind), Some(protocol)) = (&group.protocol_type, &group.protocol) {
            parts.push(format!("protocol {kind}/{protocol}"));
        } else if let Some(kind) = &group.protocol_type {
            parts.push(format!("protocol {kind}"));
        }
        if let Some(coordinator) = &group.coordinator {
            parts.push(format!("coordinator {coordinator}"));
        }
        format!("{} {}", style.bold(&escape(&group.group)), style.dim(&escape(&parts.join(" · "))))
    }

    impl GroupListBody {
        pub fn render_text(&self, style: &Style) -> String {
            if self.groups.is_empty() {
                return format!("no consumer groups on {}\n", escape(&self.brokers));
            }
            let mut table = style.table(&["GROUP", "STATE", "MEMBERS", "PROTOCOL", "COORDINATOR"]);
            for group in &self.groups {
                table.add_row(vec![
                    Cell::new(escape(&group.group)),
                    Cell::new(escape(&group.state)),
                    Cell::new(group.members),
                    Cell::new(escape(if group.protocol_type.is_empty() { "-" } else { &group.protocol_type })),
                    Cell::new(escape(&group.coordinator)),
                ]);
            }
            let mut out = style.table_text(&table);
            let _ = writeln!(out, "{} group(s) on {}", self.groups.len(), escape(&self.brokers));
            out
        }
    }

    impl DescribeBody {
        pub fn render_text(&self, style: &Style) -> String {
            let mut out = String::new();
            let _ = writeln!(out, "{}", group_header(style, &self.group));
            let _ = writeln!(
                out,
                "{}",
                style.dim(&format!(
                    "topic {} · {} partition(s) · brokers {}",
                    escape(&self.topic),
                    self.totals.partitions,
                    escape(&self.brokers)
                ))
            );
            if !self.group.members.is_empty() {
                out.push('\n');
                out.push_str(&members_table(style, &self.group.members));
            }
            out.push('\n');
            let with_member = self.partitions.iter().any(|p| p.member.is_some());
            let mut header = vec!["PARTITION", "COMMITTED", "LOG-START", "LOG-END", "LAG", "NEWEST-RECORD"];
            if with_member {
                header.push("MEMBER");
            }
            header.push("NOTE");
            let mut table = style.table(&header);
            for row in &self.partitions {
                let mut note = Vec::new();
                if let Some(without) = &row.without_commit {
                    let policy = match without.auto_offset_reset {
                        AutoOffsetReset::Latest => "latest",
                        AutoOffsetReset::Earliest => "earliest",
                    };
                    note.push(format!("no commit: {policy} {}s {}", without.effect, count(without.records)));
                }
                if let Some(extra) = &row.note {
                    note.push(extra.clone());
                }
                let mut cells = vec![
                    Cell::new(row.partition),
                    Cell::new(offset(row.committed)),
                    Cell::new(row.log_start),
                    Cell::new(row.log_end),
                    Cell::new(offset(row.lag)),
                    Cell::new(row.newest_record_at.as_deref().unwrap_or("-")),
                ];
                if with_member {
                    cells.push(Cell::new(escape(row.member.as_deref().unwrap_or("-"))));
                }
                let note = escape(&note.join("; ")).into_owned();
                cells.push(if row.without_commit.is_some() {
                    Cell::new(style.paint(Mark::Warning, &note))
                } else {
                    Cell::new(note)
                });
                table.add_row(cells);
            }
            out.push_str(&style.table_text(&table));
            let totals = &self.totals;
            let lag = if totals.committed_partitions == 0 { "-".to_string() } else { count(totals.lag) };
            let _ = writeln!(
                out,
                "total   committed on {} of {} partition(s) · lag {lag} · {} record(s) in the log",
                totals.committed_partitions,
                totals.partitions,
                count(totals.records)
            );
            if totals.committed_partitions < totals.partitions {
                let policy = match self.auto_offset_reset {
                    AutoOffsetReset::Latest => "latest",
                    AutoOffsetReset::Earliest => "earliest",
                };
                let assumed = if self.auto_offset_reset_assumed {
                    " (assumed, librdkafka's default; --auto-offset-reset to say otherwise)"
                } else {
                    ""
                };
                let effect = match self.auto_offset_reset {
                    AutoOffsetReset::Latest => "skips",
                    AutoOffsetReset::Earliest => "reads",
                };
                let _ = writeln!(
                    out,
                    "        without a committed offset the consumer starts by auto.offset.reset={policy}{assumed}: it {effect} {} record(s)",
                    count(totals.uncommitted_records)
                );
            }
            out
        }
    }

    fn status_cell(style: &Style, row: &PlanRow) -> Cell {
        match row.status {
            Some(RowStatus::Verified) => Cell::new(format!(
                "{} {}",
                style.paint(Mark::Ok, "✓"),
                if row.action == Action::Delete { "deleted" } else { "verified" }
            )),
            Some(RowStatus::Unchanged) => Cell::new(format!("{} unchanged", style.paint(Mark::Ok, "✓"))),
            Some(RowStatus::Failed) => Cell::new(format!(
                "{} {}",
                style.paint(Mark::Failed, "✗"),
                escape(row.error.as_deref().unwrap_or("failed"))
            )),
            Some(RowStatus::Unverified) => {
                Cell::new(format!("{} accepted, not read back", style.paint(Mark::Warning, "!")))
            }
            Some(RowStatus::NotAttempted) => Cell::new(format!("{} not attempted", style.paint(Mark::Skipped, "-"))),
            None => Cell::new(""),
        }
    }

    impl ResetBody {
        pub fn render_text(&self, style: &Style) -> String {
            let mut out = self.render_plan_text(style);
            self.render_footer(style, &mut out);
            out
        }

        /// The header, the plan table and its effect: what a confirmation prompt shows.
        pub fn render_plan_text(&self, style: &Style) -> String {
            let mut out = String::new();
            let what = match self.operation {
                Operation::Move => format!("to {}", escape(self.target.as_deref().unwrap_or("?"))),
                Operation::Restore => format!("restore {}", escape(self.from_file.as_deref().unwrap_or("?"))),
                Operation::Delete => "delete the group".to_string(),
            };
            let mode = match self.outcome {
                Outcome::Planned if self.executed => "to confirm",
                Outcome::Planned => "dry run",
                Outcome::NotPlanned => "no plan",
                Outcome::Refused => "refused",
                Outcome::Aborted => "aborted",
                Outcome::Unchanged => "nothing to change",
                Outcome::Applied => "applied",
                Outcome::Incomplete => "incomplete",
            };
            let _ = writeln!(
                out,
                "{} {} {}",
                style.bold("reset-group"),
                escape(&self.group.group),
                style.dim(&format!("· {what} · {mode}"))
            );
            let _ = writeln!(
                out,
                "{}",
                style.dim(&format!("group {} · brokers {}", escape(&self.group.state_line()), escape(&self.brokers)))
            );
            if let Some(waited) = self.waited_ms {
                let _ = writeln!(
                    out,
                    "{}",
                    style.dim(&format!("waited {} for the group to empty", crate::units::millis(waited)))
                );
            }
            if !self.group.members.is_empty() {
                out.push('\n');
                out.push_str(&members_table(style, &self.group.members));
            }
            if self.outcome == Outcome::NotPlanned {
                return out;
            }
            out.push('\n');
            if self.plan.is_empty() {
                let _ = writeln!(out, "no committed offsets to change");
            } else {
                let executed = self.plan.iter().any(|row| row.status.is_some());
                let mut header = vec!["TOPIC", "PARTITION", "LOG-START", "LOG-END", "CURRENT", "TARGET", "DELTA"];
                if executed {
                    header.push("STATUS");
                }
                header.push("NOTE");
                let mut table = style.table(&header);
                for row in &self.plan {
                    let target = match row.action {
                        Action::Delete => "deleted".to_string(),
                        Action::Keep => "kept".to_string(),
                        _ => offset(row.target),
                    };
                    let mut note = row.adjustment.map(|a| a.describe()).unwrap_or_default();
                    if row.current.is_none() && row.action == Action::Commit {
                        note =
                            if note.is_empty() { "first commit".to_string() } else { format!("first commit; {note}") };
                    }
                    let note = match row.adjustment {
                        Some(adjustment) if adjustment.is_warning() => style.paint(Mark::Warning, &note),
                        _ => note,
                    };
                    let mut cells = vec![
                        Cell::new(escape(&row.topic)),
                        Cell::new(row.partition),
                        Cell::new(row.log_start),
                        Cell::new(row.log_end),
                        Cell::new(offset(row.current)),
                        Cell::new(target),
                        Cell::new(match row.delta {
                            None => "-".to_string(),
                            Some(0) => "0".to_string(),
                            Some(delta) => format!("{delta:+}"),
                        }),
                    ];
                    if executed {
                        cells.push(status_cell(style, row));
                    }
                    cells.push(Cell::new(note));
                    table.add_row(cells);
                }
                out.push_str(&style.table_text(&table));
            }
            let effect = &self.effect;
            if self.operation != Operation::Delete {
                let _ = writeln!(
                    out,
                    "effect  {} partition(s) move: {} record(s) read again, {} skipped{}{}",
                    effect.partitions_changed,
                    count(effect.records_reread),
                    count(effect.records_skipped),
                    if effect.partitions_first_commit > 0 {
                        format!(
                            "; {} partition(s) get their first commit, {} record(s) to read there",
                            effect.partitions_first_commit,
                            count(effect.records_after_first_commit)
                        )
                    } else {
                        String::new()
                    },
                    if effect.partitions_kept > 0 {
                        format!("; {} left as they are", effect.partitions_kept)
                    } else {
                        String::new()
                    }
                );
                let _ = writeln!(
                    out,
                    "{}",
                    style.dim(
                        "        DELTA = TARGET − CURRENT: negative, records read again; positive, records skipped"
                    )
                );
            } else {
                let _ = writeln!(
                    out,
                    "effect  the group and its committed offsets on {} partition(s) go; consumers start again by their auto.offset.reset",
                    self.plan.len()
                );
            }
            out
        }

        fn render_footer(&self, style: &Style, out: &mut String) {
            if let Some(snapshot) = &self.snapshot {
                let _ = writeln!(out, "snapshot {} (prior offsets, written before any change)", escape(snapshot));
            }
            match self.outcome {
                Outcome::Planned => {
                    let _ = writeln!(
                        out,
                        "\n{} Dry run: nothing was changed.",
                        style.paint(Mark::Info, Mark::Info.symbol())
                    );
                }
                Outcome::Refused => {
                    let _ = writeln!(
                        out,
                        "\n{} Refused: nothing was changed.",
                        style.paint(Mark::Failed, Mark::Failed.symbol())
                    );
                }
                Outcome::Aborted => {
                    let _ = writeln!(
                        out,
                        "\n{} Stopped before any change: nothing was changed.",
                        style.paint(Mark::Failed, Mark::Failed.symbol())
                    );
                }
                Outcome::NotPlanned => {
                    let _ = writeln!(
                        out,
                        "\n{} No plan could be made: nothing was changed.",
                        style.paint(Mark::Failed, Mark::Failed.symbol())
                    );
                }
                Outcome::Unchanged => {
                    let _ = writeln!(
                        out,
                        "\n{} Every partition is already where the plan puts it: nothing was written.",
                        style.paint(Mark::Ok, Mark::Ok.symbol())
                    );
                }
                Outcome::Applied => {
                    let verified = self.plan.iter().filter(|row| row.status == Some(RowStatus::Verified)).count();
                    let _ = writeln!(
                        out,
                        "\n{} Applied and verified: {verified} partition(s) read back as planned.",
                        style.paint(Mark::Ok, Mark::Ok.symbol())
                    );
                }
                Outcome::Incomplete => {
                    let failed = self.plan.iter().filter(|row| row.status == Some(RowStatus::Failed)).count();
                    let _ = writeln!(
                        out,
                        "\n{} Incomplete: {failed} partition(s) did not end where planned (see STATUS).",
                        style.paint(Mark::Failed, Mark::Failed.symbol())
                    );
                }
            }
            // Kafka has no way to commit "no offset": a restore leaves first commits as
            // they are. Say so before anything runs, and after.
            let first = self.effect.partitions_first_commit;
            let first_commits_note = format!(
                "  ({first} partition(s) had no committed offset: undoing cannot take that back; a restore keeps their new offset — delete the group instead when it had no offsets at all)"
            );
            if let Some(command) = &self.execute_command {
                let lead = if self.outcome == Outcome::Refused { "Once the group is Empty:" } else { "To apply it:" };
                let _ = writeln!(out, "{lead}\n  {}", escape(command));
                if first > 0 && self.operation == Operation::Move {
                    let _ = writeln!(out, "{first_commits_note}");
                }
            }
            if let Some(command) = &self.restore_command {
                let _ = writeln!(out, "To undo it:\n  {}", escape(command));
                if first > 0 && self.operation == Operation::Move {
                    let _ = writeln!(out, "{first_commits_note}");
                }
            }
        }
    }
}
