//! The trace's part of the report: hops, the probe, the event found, and for bursts the
//! per-hop percentiles and outcomes by gRPC status.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The hops, in the order the event travels.
pub const HOP_NAMES: [&str; 5] = ["grpc", "publish", "watch", "consume", "total"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum HopStatus {
    Ok,
    Failed,
    Skipped,
    /// Stopped by the run's own deadline (`--timeout`), not by the pipeline: neither passed
    /// nor failed.
    Cut,
}

/// One hop of one probe.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Hop {
    pub name: String,
    pub status: HopStatus,
    /// Absent when the hop did not complete, or when clock skew makes it unknowable.
    pub latency_ms: Option<f64>,
    /// Set instead of a latency when the record's clock disagrees with the doctor's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clock_skew_ms: Option<f64>,
    /// What the hop spans, or why it failed.
    pub detail: String,
}

/// Where the probe went.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Target {
    pub grpc_url: String,
    pub brokers: String,
    pub topic: String,
    pub group: String,
}

/// What was sent.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ProbeInfo {
    pub lease_id: String,
    pub probe_id: String,
    pub traceparent: String,
}

/// The service's answer.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct GrpcAnswer {
    /// The gRPC status name, `OK` or as grpcurl prints it (`Internal`, `DeadlineExceeded`).
    pub status: String,
    pub code: i32,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accepted: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
}

/// The probe's record.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct EventInfo {
    pub partition: i32,
    pub offset: i64,
    pub timestamp: Option<String>,
    pub timestamp_ms: Option<i64>,
    /// `create` (CreateTime) or `log-append` (LogAppendTime), as kcat's `tstype`.
    pub timestamp_type: String,
    /// `key` or `field`.
    pub matched_by: String,
    pub key: Option<String>,
    pub event_id: Option<String>,
    pub headers: BTreeMap<String, String>,
}

/// The group as the trace saw it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct GroupView {
    /// The state reported by the coordinator, when the trace had reason to ask (the
    /// consume hop failed); `unknown` when the broker does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub members: Option<usize>,
    /// The committed offset of the event's partition before the probe and at the end.
    pub committed_before: Option<i64>,
    pub committed_after: Option<i64>,
}

/// A single trace.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct TraceBody {
    pub target: Target,
    pub probe: ProbeInfo,
    pub hops: Vec<Hop>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grpc: Option<GrpcAnswer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<EventInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<GroupView>,
    /// Records that went by on the topic while watching.
    pub records_watched: u64,
    /// From the start of the process (or of the trace, in library use) to the probe on the
    /// wire: what connecting first costs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setup_ms: Option<f64>,
}

/// Percentiles of one hop over a burst.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct HopStats {
    pub name: String,
    /// `ok` when every probe got through this hop, else `failed` (`skipped` when none reached it).
    pub status: HopStatus,
    /// The median, so that scripts reading `latency_ms` work for single traces and bursts.
    pub latency_ms: Option<f64>,
    pub ok: usize,
    pub failed: usize,
    pub skipped: usize,
    /// Probes the run's deadline stopped at this hop (not sent, or cut short).
    #[serde(default)]
    pub cut: usize,
    pub p50_ms: Option<f64>,
    pub p90_ms: Option<f64>,
    pub p99_ms: Option<f64>,
    pub max_ms: Option<f64>,
}

/// What the doctor itself spent.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Resources {
    pub cpu_ms: f64,
    pub peak_rss_mib: f64,
}

/// `--count N --concurrency C`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct BurstBody {
    pub target: Target,
    pub count: u32,
    pub concurrency: u32,
    pub hops: Vec<HopStats>,
    /// Calls by gRPC status name; calls the run's deadline stopped are counted apart, as
    /// `not sent: run deadline` and `cut short: run deadline`.
    pub outcomes: BTreeMap<String, usize>,
    /// Probes that got through every hop.
    pub completed: usize,
    pub probes_per_second: f64,
    pub records_watched: u64,
    pub resources: Resources,
    /// Present when the run's deadline stopped probes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub run_deadline: Option<DeadlineCut>,
    /// Present when some probe did not complete: when the burst broke, and how.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeline: Option<Timeline>,
}

/// Probes the run's deadline (`--timeout`) stopped: they say nothing about the pipeline.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct DeadlineCut {
    /// The run's `--timeout`.
    pub timeout_ms: f64,
    /// Probes whose turn came after the deadline.
    pub not_sent: usize,
    /// Probes sent, then stopped waiting (for the answer, the record or the commit).
    pub cut_short: usize,
}

/// When a burst's outcome changed: healthy probes first, then the first probe of each kind of
/// failure. Probes are numbered from 1 in the order they were sent; times are from the start
/// of the burst to the moment that probe was sent.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Timeline {
    /// Probes that completed every hop, cleanly, before the first that did not.
    pub healthy_first: usize,
    /// When the first probe that did not complete was sent.
    pub changed_at_ms: f64,
    /// Probes sent after that one which still completed cleanly.
    pub healthy_after: usize,
    /// One entry per kind of failure (a finding code, `RD107` for the run's deadline), in the
    /// order they first appeared.
    pub first_failures: Vec<FirstFailure>,
}

/// The first probe that failed in one way.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct FirstFailure {
    pub code: String,
    pub name: String,
    /// Its number in the order of sending, from 1.
    pub probe: usize,
    pub at_ms: f64,
    /// How many probes failed this way in all.
    pub probes: usize,
    /// The finding these failures follow from, when the report names a cause for them
    /// (`RD902`: the service timed out because the broker was gone); they are then evidence
    /// of that finding rather than a finding of their own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follows_from: Option<String>,
}

/// The `q`-quantile (0..=1) of sorted values, by nearest rank.
pub fn percentile(sorted: &[f64], q: f64) -> Option<f64> {
    if sorted.is_empty() {
        return None;
    }
    let rank = (q * sorted.len() as f64).ceil() as usize;
    Some(sorted[rank.clamp(1, sorted.len()) - 1])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_percentiles() {
        let values: Vec<f64> = (1..=100).map(f64::from).collect();
        assert_eq!(percentile(&values, 0.5), Some(50.0));
        assert_eq!(percentile(&values, 0.9), Some(90.0));
        assert_eq!(percentile(&values, 0.99), Some(99.0));
        assert_eq!(percentile(&values, 1.0), Some(100.0));
        assert_eq!(percentile(&[7.0], 0.99), Some(7.0));
        assert_eq!(percentile(&[], 0.5), None);
    }
}

mod text {
    use std::fmt::Write as _;

    use comfy_table::Cell;

    use super::{BurstBody, HopStatus, Timeline, TraceBody};
    use crate::report::text::{Mark, Style};
    use crate::units::{count, duration, millis};
    use crate::untrusted::escape;

    /// `4.1 s` from milliseconds.
    fn seconds(ms: f64) -> String {
        format!("{:.1} s", ms / 1000.0)
    }

    fn timeline_text(out: &mut String, timeline: &Timeline) {
        let first = match timeline.healthy_first {
            0 => format!("timeline failing from the first probe ({}), then:", seconds(timeline.changed_at_ms)),
            1 => format!("timeline healthy for the first probe, then from {}:", seconds(timeline.changed_at_ms)),
            n => format!(
                "timeline healthy for the first {} probes ({}), then:",
                count(n as i64),
                seconds(timeline.changed_at_ms)
            ),
        };
        let _ = writeln!(out, "{first}");
        let width = timeline.first_failures.iter().map(|f| f.code.len() + f.name.len() + 1).max().unwrap_or(0);
        for failure in &timeline.first_failures {
            let kind = format!("{} {}", failure.code, failure.name);
            let _ = writeln!(
                out,
                "         {kind:<width$}  from probe {} at {}  ({} probe{}){}",
                count(failure.probe as i64),
                seconds(failure.at_ms),
                count(failure.probes as i64),
                if failure.probes == 1 { "" } else { "s" },
                failure.follows_from.as_deref().map(|code| format!(", follows from {code}")).unwrap_or_default()
            );
        }
        if timeline.healthy_after > 0 {
            let n = timeline.healthy_after;
            let _ = writeln!(
                out,
                "         {} later probe{} completed every hop",
                count(n as i64),
                if n == 1 { "" } else { "s" }
            );
        }
    }

    fn mark(status: HopStatus) -> Mark {
        match status {
            HopStatus::Ok => Mark::Ok,
            HopStatus::Failed => Mark::Failed,
            HopStatus::Skipped => Mark::Skipped,
            HopStatus::Cut => Mark::Warning,
        }
    }

    fn latency_text(latency: Option<f64>, skew: Option<f64>) -> String {
        match (latency, skew) {
            (Some(ms), _) => millis(ms),
            (None, Some(skew)) => format!("skew {skew:+.0} ms"),
            (None, None) => "—".to_string(),
        }
    }

    impl TraceBody {
        pub fn render_text(&self, style: &Style) -> String {
            let mut out = String::new();
            let _ = writeln!(
                out,
                "{} {} → {} → {}",
                style.bold("trace"),
                escape(&self.target.grpc_url),
                escape(&self.target.topic),
                escape(&self.target.group)
            );
            if !self.probe.lease_id.is_empty() {
                let _ = writeln!(
                    out,
                    "{}",
                    style.dim(&format!(
                        "lease {}  probe {}",
                        escape(&self.probe.lease_id),
                        escape(&self.probe.probe_id)
                    ))
                );
            }
            let mut table = style.table(&["", "HOP", "LATENCY", "DETAIL"]);
            for hop in &self.hops {
                table.add_row(vec![
                    style.mark_cell(mark(hop.status)),
                    Cell::new(&hop.name),
                    Cell::new(latency_text(hop.latency_ms, hop.clock_skew_ms)),
                    Cell::new(escape(&hop.detail)),
                ]);
            }
            out.push_str(&style.table_text(&table));
            if let Some(event) = &self.event {
                let _ = writeln!(
                    out,
                    "event   {}:{} @ offset {}  {} ({})  matched by {}",
                    escape(&self.target.topic),
                    event.partition,
                    event.offset,
                    event.timestamp.as_deref().unwrap_or("no timestamp"),
                    event.timestamp_type,
                    escape(&event.matched_by)
                );
                if let Some(event_id) = &event.event_id {
                    let _ = writeln!(out, "        event_id {}", escape(event_id));
                }
            }
            if let Some(group) = &self.group {
                let committed = |offset: Option<i64>| offset.map_or("none".to_string(), |o| o.to_string());
                let _ = writeln!(
                    out,
                    "group   {}  committed {} → {}{}",
                    escape(&self.target.group),
                    committed(group.committed_before),
                    committed(group.committed_after),
                    group.state.as_deref().map(|s| format!("  state {s}")).unwrap_or_default()
                );
            }
            if let Some(grpc) = &self.grpc
                && grpc.code != 0
            {
                let _ = writeln!(out, "grpc    {} ({}): {}", grpc.status, grpc.code, escape(&grpc.message));
            }
            out
        }
    }

    impl BurstBody {
        pub fn render_text(&self, style: &Style) -> String {
            let mut out = String::new();
            let _ = writeln!(
                out,
                "{} {} probes, {} in flight: {} → {} → {}",
                style.bold("trace"),
                count(self.count),
                self.concurrency,
                escape(&self.target.grpc_url),
                escape(&self.target.topic),
                escape(&self.target.group)
            );
            // The CUT column appears only when the run's deadline stopped probes.
            let any_cut = self.hops.iter().any(|hop| hop.cut > 0);
            let header: &[&str] = if any_cut {
                &["", "HOP", "OK", "FAILED", "CUT", "P50", "P90", "P99", "MAX"]
            } else {
                &["", "HOP", "OK", "FAILED", "P50", "P90", "P99", "MAX"]
            };
            let mut table = style.table(header);
            let cell = |value: Option<f64>| Cell::new(value.map_or("—".to_string(), millis));
            for hop in &self.hops {
                let mut row = vec![
                    style.mark_cell(mark(hop.status)),
                    Cell::new(&hop.name),
                    Cell::new(count(hop.ok as i64)),
                    Cell::new(count(hop.failed as i64)),
                ];
                if any_cut {
                    row.push(Cell::new(count(hop.cut as i64)));
                }
                row.extend([cell(hop.p50_ms), cell(hop.p90_ms), cell(hop.p99_ms), cell(hop.max_ms)]);
                table.add_row(row);
            }
            out.push_str(&style.table_text(&table));
            let outcomes: Vec<String> =
                self.outcomes.iter().map(|(status, n)| format!("[{status}] {}", count(*n as i64))).collect();
            let _ = writeln!(out, "calls   {}", outcomes.join("  "));
            let _ = writeln!(
                out,
                "        {} of {} probes completed every hop, {:.1} probes/s",
                count(self.completed as i64),
                count(self.count),
                self.probes_per_second
            );
            if let Some(cut) = &self.run_deadline {
                let _ = writeln!(
                    out,
                    "        the run's --timeout ({}) stopped {} probes ({} not sent, {} cut short): they say nothing about the pipeline; raise --timeout or send fewer probes",
                    duration(std::time::Duration::from_secs_f64(cut.timeout_ms / 1000.0)),
                    count((cut.not_sent + cut.cut_short) as i64),
                    count(cut.not_sent as i64),
                    count(cut.cut_short as i64)
                );
            }
            if let Some(timeline) = &self.timeline {
                timeline_text(&mut out, timeline);
            }
            let _ = writeln!(
                out,
                "doctor  cpu {}  peak memory {:.1} MiB  records watched {}",
                millis(self.resources.cpu_ms),
                self.resources.peak_rss_mib,
                count(self.records_watched as i64)
            );
            out
        }
    }
}
