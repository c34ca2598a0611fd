//! The text view: one line per probe, like `ping`, with state changes marked, and a closing
//! summary.

use std::fmt::Write as _;

use crate::findings::Finding;
use crate::report::text::{Mark, Style};
use crate::trace::report::{HopStatus, TraceBody};
use crate::units::{count, millis};

/// A probe's state as the lines compare it: its result and its finding codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    pub result: String,
    pub codes: Vec<String>,
}

impl State {
    pub fn of(result: &str, findings: &[Finding]) -> State {
        let mut codes: Vec<String> = findings.iter().map(|f| f.code.clone()).collect();
        codes.dedup();
        State { result: result.to_string(), codes }
    }

    fn label(&self) -> String {
        if self.codes.is_empty() { self.result.clone() } else { self.codes.join(",") }
    }
}

/// `18:52:31Z  grpc 3.10 ms  publish …  total 47.5 ms  healthy`, and `← was RD103` when the
/// state differs from the previous probe's.
pub fn probe_line(style: &Style, time: &str, body: &TraceBody, state: &State, previous: Option<&State>) -> String {
    let mut line = format!("{time} ");
    for hop in &body.hops {
        let value = match (hop.status, hop.latency_ms, hop.clock_skew_ms) {
            (HopStatus::Ok, Some(ms), _) => millis(ms),
            (_, _, Some(skew)) => format!("skew {skew:+.0} ms"),
            (HopStatus::Failed, _, _) => "failed".to_string(),
            (HopStatus::Cut, _, _) => "cut".to_string(),
            _ => "—".to_string(),
        };
        let _ = write!(line, " {} {value} ", style.dim(&hop.name));
    }
    let mark = match state.result.as_str() {
        "healthy" => Mark::Ok,
        "unhealthy" => Mark::Failed,
        _ => Mark::Warning,
    };
    let _ = write!(line, " {}", style.paint(mark, &state.result));
    if !state.codes.is_empty() {
        let _ = write!(line, " {}", state.codes.join(" "));
    }
    if let Some(previous) = previous
        && previous != state
    {
        let _ = write!(line, "  {}", style.bold(&format!("← was {}", previous.label())));
    }
    line.push('\n');
    line
}

/// What the whole run saw, printed when it stops.
#[derive(Debug, Default)]
pub struct Tally {
    pub probes: u64,
    pub healthy: u64,
    pub unhealthy: u64,
    pub unreachable: u64,
    pub changes: u64,
    /// Latencies of the `total` hop of the healthy probes, in ms.
    pub totals: Vec<f64>,
}

impl Tally {
    pub fn add(&mut self, body: &TraceBody, state: &State, changed: bool) {
        self.probes += 1;
        match state.result.as_str() {
            "healthy" => self.healthy += 1,
            "unhealthy" => self.unhealthy += 1,
            _ => self.unreachable += 1,
        }
        self.changes += u64::from(changed);
        if state.result == "healthy"
            && let Some(total) = body.hops.iter().find(|h| h.name == "total").and_then(|h| h.latency_ms)
        {
            self.totals.push(total);
        }
    }

    pub fn summary(&self, skipped: u64) -> String {
        let mut totals = self.totals.clone();
        totals.sort_by(f64::total_cmp);
        let percentile = |q| crate::trace::report::percentile(&totals, q).map_or("—".to_string(), millis);
        format!(
            "--- {} probes: {} healthy, {} unhealthy, {} unreachable; {} state changes; {} skipped ticks\ntotal p50 {}  p99 {}  max {}\n",
            count(self.probes as i64),
            count(self.healthy as i64),
            count(self.unhealthy as i64),
            count(self.unreachable as i64),
            count(self.changes as i64),
            count(skipped as i64),
            percentile(0.5),
            percentile(0.99),
            totals.last().copied().map_or("—".to_string(), millis),
        )
    }
}
