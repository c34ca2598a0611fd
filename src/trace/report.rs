//! The trace's part of the report: hops, the probe, the event found, and for bursts the
//! per-hop percentiles and outcomes by gRPC status.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The hops, in the order the event travels.
pub const HOP_NAMES: [&str; 5] = ["grpc", "publish", "watch", "consume", "total"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum HopStatus {
    Ok,
    Failed,
    Skipped,
}

/// One hop of one probe.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Target {
    pub grpc_url: String,
    pub brokers: String,
    pub topic: String,
    pub group: String,
}

/// What was sent.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ProbeInfo {
    pub lease_id: String,
    pub probe_id: String,
    pub traceparent: String,
}

/// The service's answer.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HopStats {
    pub name: String,
    /// `ok` when every probe got through this hop, else `failed` (`skipped` when none reached it).
    pub status: HopStatus,
    /// The median, so that scripts reading `latency_ms` work for single traces and bursts.
    pub latency_ms: Option<f64>,
    pub ok: usize,
    pub failed: usize,
    pub skipped: usize,
    pub p50_ms: Option<f64>,
    pub p90_ms: Option<f64>,
    pub p99_ms: Option<f64>,
    pub max_ms: Option<f64>,
}

/// What the doctor itself spent.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Resources {
    pub cpu_ms: f64,
    pub peak_rss_mib: f64,
}

/// `--count N --concurrency C`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BurstBody {
    pub target: Target,
    pub count: u32,
    pub concurrency: u32,
    pub hops: Vec<HopStats>,
    /// Calls by gRPC status name.
    pub outcomes: BTreeMap<String, usize>,
    /// Probes that got through every hop.
    pub completed: usize,
    pub probes_per_second: f64,
    pub records_watched: u64,
    pub resources: Resources,
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

    use super::{BurstBody, HopStatus, TraceBody};
    use crate::report::text::{Mark, Style};
    use crate::units::{count, millis};

    fn mark(status: HopStatus) -> Mark {
        match status {
            HopStatus::Ok => Mark::Ok,
            HopStatus::Failed => Mark::Failed,
            HopStatus::Skipped => Mark::Skipped,
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
                self.target.grpc_url,
                self.target.topic,
                self.target.group
            );
            if !self.probe.lease_id.is_empty() {
                let _ = writeln!(
                    out,
                    "{}",
                    style.dim(&format!("lease {}  probe {}", self.probe.lease_id, self.probe.probe_id))
                );
            }
            let mut table = style.table(&["", "HOP", "LATENCY", "DETAIL"]);
            for hop in &self.hops {
                table.add_row(vec![
                    style.mark_cell(mark(hop.status)),
                    Cell::new(&hop.name),
                    Cell::new(latency_text(hop.latency_ms, hop.clock_skew_ms)),
                    Cell::new(&hop.detail),
                ]);
            }
            out.push_str(&style.table_text(&table));
            if let Some(event) = &self.event {
                let _ = writeln!(
                    out,
                    "event   {}:{} @ offset {}  {} ({})  matched by {}",
                    self.target.topic,
                    event.partition,
                    event.offset,
                    event.timestamp.as_deref().unwrap_or("no timestamp"),
                    event.timestamp_type,
                    event.matched_by
                );
                if let Some(event_id) = &event.event_id {
                    let _ = writeln!(out, "        event_id {event_id}");
                }
            }
            if let Some(group) = &self.group {
                let committed = |offset: Option<i64>| offset.map_or("none".to_string(), |o| o.to_string());
                let _ = writeln!(
                    out,
                    "group   {}  committed {} → {}{}",
                    self.target.group,
                    committed(group.committed_before),
                    committed(group.committed_after),
                    group.state.as_deref().map(|s| format!("  state {s}")).unwrap_or_default()
                );
            }
            if let Some(grpc) = &self.grpc
                && grpc.code != 0
            {
                let _ = writeln!(out, "grpc    {} ({}): {}", grpc.status, grpc.code, grpc.message);
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
                self.target.grpc_url,
                self.target.topic,
                self.target.group
            );
            let mut table = style.table(&["", "HOP", "OK", "FAILED", "P50", "P90", "P99", "MAX"]);
            let cell = |value: Option<f64>| Cell::new(value.map_or("—".to_string(), millis));
            for hop in &self.hops {
                table.add_row(vec![
                    style.mark_cell(mark(hop.status)),
                    Cell::new(&hop.name),
                    Cell::new(count(hop.ok as i64)),
                    Cell::new(count(hop.failed as i64)),
                    cell(hop.p50_ms),
                    cell(hop.p90_ms),
                    cell(hop.p99_ms),
                    cell(hop.max_ms),
                ]);
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
