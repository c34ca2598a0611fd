//! The group commands' human output: tables for people, from the same model as the JSON.

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
    if let Some(group_protocol) = &group.group_protocol {
        parts.push(format!("group protocol {group_protocol}"));
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
        let mut table = style.table(&["GROUP", "STATE", "MEMBERS", "PROTOCOL", "GROUP-PROTOCOL", "COORDINATOR"]);
        for group in &self.groups {
            table.add_row(vec![
                Cell::new(escape(&group.group)),
                Cell::new(escape(&group.state)),
                Cell::new(group.members),
                Cell::new(escape(if group.protocol_type.is_empty() { "-" } else { &group.protocol_type })),
                Cell::new(escape(if group.group_protocol.is_empty() { "-" } else { &group.group_protocol })),
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
        if self.groups.is_empty() {
            return format!("no consumer groups on {}\n", escape(&self.brokers));
        }
        let mut out = String::new();
        for (index, position) in self.groups.iter().enumerate() {
            if index > 0 {
                out.push('\n');
            }
            self.render_group(style, position, &mut out);
        }
        out
    }

    fn render_group(&self, style: &Style, position: &GroupPosition, out: &mut String) {
        let _ = writeln!(out, "{}", group_header(style, &position.group));
        let topics =
            if position.topics.is_empty() { "-".to_string() } else { escape(&position.topics.join(", ")).into_owned() };
        let _ = writeln!(
            out,
            "{}",
            style.dim(&format!(
                "topic(s) {topics} · {} partition(s) · brokers {}",
                position.totals.partitions,
                escape(&self.brokers)
            ))
        );
        if !position.group.members.is_empty() {
            out.push('\n');
            out.push_str(&members_table(style, &position.group.members));
        }
        out.push('\n');
        let with_member = position.partitions.iter().any(|p| p.member.is_some());
        let mut header = vec!["TOPIC", "PARTITION", "COMMITTED", "LOG-START", "LOG-END", "LAG", "NEWEST-RECORD"];
        if with_member {
            header.push("MEMBER");
        }
        header.push("NOTE");
        let mut table = style.table(&header);
        for row in &position.partitions {
            let mut note = Vec::new();
            if let Some(without) = &row.without_commit {
                note.push(format!(
                    "no commit: {} {}s {}",
                    policy_name(without.auto_offset_reset),
                    without.effect,
                    count(without.records)
                ));
            }
            if let Some(extra) = &row.note {
                note.push(extra.clone());
            }
            let mut cells = vec![
                Cell::new(escape(&row.topic)),
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
        let totals = &position.totals;
        let lag = if totals.committed_partitions == 0 { "-".to_string() } else { count(totals.lag) };
        let _ = writeln!(
            out,
            "total   committed on {} of {} partition(s) · lag {lag} · {} record(s) in the log",
            totals.committed_partitions,
            totals.partitions,
            count(totals.records)
        );
        if totals.committed_partitions < totals.partitions {
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
                "        without a committed offset the consumer starts by auto.offset.reset={}{assumed}: it {effect} {} record(s)",
                policy_name(self.auto_offset_reset),
                count(totals.uncommitted_records)
            );
        }
    }
}

fn policy_name(policy: AutoOffsetReset) -> &'static str {
    match policy {
        AutoOffsetReset::Latest => "latest",
        AutoOffsetReset::Earliest => "earliest",
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
            ResetKind::Move => format!("to {}", escape(self.target.as_deref().unwrap_or("?"))),
            ResetKind::Restore => format!("restore {}", escape(self.from_file.as_deref().unwrap_or("?"))),
            ResetKind::Delete => "delete the group".to_string(),
        };
        let mode = match self.outcome {
            ResetOutcome::Planned if self.executed => "to confirm",
            ResetOutcome::Planned => "dry run",
            ResetOutcome::NotPlanned => "no plan",
            ResetOutcome::Refused => "refused",
            ResetOutcome::Aborted => "aborted",
            ResetOutcome::Unchanged => "nothing to change",
            ResetOutcome::Applied => "applied",
            ResetOutcome::Incomplete => "incomplete",
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
            style.dim(&format!(
                "group {} · brokers {}{}",
                escape(&self.group.state_line()),
                escape(&self.brokers),
                self.cluster_id.as_deref().map(|id| format!(" · cluster {}", escape(id))).unwrap_or_default()
            ))
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
        if self.outcome == ResetOutcome::NotPlanned {
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
                    note = if note.is_empty() { "first commit".to_string() } else { format!("first commit; {note}") };
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
        if !self.left_out.is_empty() {
            let _ = writeln!(out, "left out of the restore ({} partition(s) of the file):", self.left_out.len());
            for left in &self.left_out {
                let _ = writeln!(
                    out,
                    "  {}:{} (saved {}): {}",
                    escape(&left.topic),
                    left.partition,
                    offset(left.offset),
                    escape(&left.reason)
                );
            }
        }
        let effect = &self.effect;
        if self.operation != ResetKind::Delete {
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
                style.dim("        DELTA = TARGET − CURRENT: negative, records read again; positive, records skipped")
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
            ResetOutcome::Planned => {
                let _ =
                    writeln!(out, "\n{} Dry run: nothing was changed.", style.paint(Mark::Info, Mark::Info.symbol()));
            }
            ResetOutcome::Refused => {
                let _ = writeln!(
                    out,
                    "\n{} Refused: nothing was changed.",
                    style.paint(Mark::Failed, Mark::Failed.symbol())
                );
            }
            ResetOutcome::Aborted => {
                let _ = writeln!(
                    out,
                    "\n{} Stopped before any change: nothing was changed.",
                    style.paint(Mark::Failed, Mark::Failed.symbol())
                );
            }
            ResetOutcome::NotPlanned => {
                let _ = writeln!(
                    out,
                    "\n{} No plan could be made: nothing was changed.",
                    style.paint(Mark::Failed, Mark::Failed.symbol())
                );
            }
            ResetOutcome::Unchanged => {
                let _ = writeln!(
                    out,
                    "\n{} Every partition is already where the plan puts it: nothing was written.",
                    style.paint(Mark::Ok, Mark::Ok.symbol())
                );
            }
            ResetOutcome::Applied => {
                let verified = self.plan.iter().filter(|row| row.status == Some(RowStatus::Verified)).count();
                let _ = writeln!(
                    out,
                    "\n{} Applied and verified: {verified} partition(s) read back as planned.",
                    style.paint(Mark::Ok, Mark::Ok.symbol())
                );
            }
            ResetOutcome::Incomplete => {
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
            let lead = if self.outcome == ResetOutcome::Refused { "Once the group is Empty:" } else { "To apply it:" };
            let _ = writeln!(out, "{lead}\n  {}", escape(command));
            if first > 0 && self.operation == ResetKind::Move {
                let _ = writeln!(out, "{first_commits_note}");
            }
        }
        if let Some(command) = &self.restore_command {
            let _ = writeln!(out, "To undo it:\n  {}", escape(command));
            if first > 0 && self.operation == ResetKind::Move {
                let _ = writeln!(out, "{first_commits_note}");
            }
        }
        if let (Some(note), true) =
            (&self.commands_note, self.execute_command.is_some() || self.restore_command.is_some())
        {
            let _ = writeln!(out, "  ({note})");
        }
    }
}
