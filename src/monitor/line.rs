//! The text view: one line per probe, like `ping`, with state changes marked, and a closing
//! summary.

use std::collections::VecDeque;
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

/// How many healthy probes' latencies the closing percentiles are taken over: the most
/// recent ones (about a month at the default 30 s interval, 800 KB), so that a monitor that
/// runs for a year keeps a flat memory.
const KEPT_TOTALS: usize = 100_000;

/// What the whole run saw, printed when it stops.
#[derive(Debug, Default)]
pub struct Tally {
    pub probes: u64,
    pub healthy: u64,
    pub unhealthy: u64,
    pub unreachable: u64,
    pub changes: u64,
    /// Latencies of the `total` hop of the latest [`KEPT_TOTALS`] healthy probes, in ms.
    totals: VecDeque<f64>,
    /// The longest `total` of all healthy probes, in ms.
    max_total: Option<f64>,
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
            if self.totals.len() == KEPT_TOTALS {
                self.totals.pop_front();
            }
            self.totals.push_back(total);
            self.max_total = Some(self.max_total.map_or(total, |max| max.max(total)));
        }
    }

    pub fn summary(&self, skipped: u64) -> String {
        let mut totals: Vec<f64> = self.totals.iter().copied().collect();
        totals.sort_by(f64::total_cmp);
        let percentile = |q| crate::trace::report::percentile(&totals, q).map_or("—".to_string(), millis);
        let over = if self.healthy > totals.len() as u64 {
            format!(" (p50, p99: last {} healthy)", count(totals.len() as i64))
        } else {
            String::new()
        };
        let counted =
            |n: u64, one: &str, many: &str| format!("{} {}", count(n as i64), if n == 1 { one } else { many });
        format!(
            "--- {}: {} healthy, {} unhealthy, {} unreachable; {}; {}\ntotal p50 {}  p99 {}  max {}{over}\n",
            counted(self.probes, "probe", "probes"),
            count(self.healthy as i64),
            count(self.unhealthy as i64),
            count(self.unreachable as i64),
            counted(self.changes, "state change", "state changes"),
            counted(skipped, "skipped tick", "skipped ticks"),
            percentile(0.5),
            percentile(0.99),
            self.max_total.map_or("—".to_string(), millis),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::trace::report::Hop;

    fn body(consume: Option<f64>) -> TraceBody {
        let hop = |name: &str, ms: Option<f64>| Hop {
            name: name.to_string(),
            status: if ms.is_some() { HopStatus::Ok } else { HopStatus::Failed },
            latency_ms: ms,
            clock_skew_ms: None,
            detail: String::new(),
        };
        TraceBody {
            hops: vec![
                hop("grpc", Some(3.1)),
                hop("publish", Some(1.0)),
                hop("watch", Some(2.5)),
                hop("consume", consume),
                hop("total", consume.map(|ms| ms + 1.0)),
            ],
            target: Default::default(),
            probe: Default::default(),
            grpc: None,
            event: None,
            group: None,
            records_watched: 0,
            setup_ms: None,
        }
    }

    fn state(result: &str, codes: &[&str]) -> State {
        State { result: result.to_string(), codes: codes.iter().map(|c| c.to_string()).collect() }
    }

    #[test]
    fn a_line_shows_each_hop_the_result_and_the_codes() {
        let style = Style { color: false };
        let line = probe_line(&style, "21:43:46Z", &body(None), &state("unhealthy", &["RD103"]), None);
        assert_eq!(
            line,
            "21:43:46Z  grpc 3.10 ms  publish 1.00 ms  watch 2.50 ms  consume failed  total failed  unhealthy RD103\n"
        );
    }

    #[test]
    fn a_change_of_state_is_marked_both_ways_and_a_steady_state_is_not() {
        let style = Style { color: false };
        let (healthy, down) = (state("healthy", &[]), state("unhealthy", &["RD103"]));
        let broke = probe_line(&style, "t", &body(None), &down, Some(&healthy));
        assert!(broke.ends_with("unhealthy RD103  ← was healthy\n"), "{broke}");
        let still = probe_line(&style, "t", &body(None), &down, Some(&down));
        assert!(!still.contains('←'), "{still}");
        let back = probe_line(&style, "t", &body(Some(12.0)), &healthy, Some(&down));
        assert!(back.ends_with("total 13.0 ms  healthy  ← was RD103\n"), "{back}");
    }

    #[test]
    fn the_summary_counts_results_and_keeps_a_bounded_window_of_latencies() {
        let mut tally = Tally::default();
        let (healthy, down) = (state("healthy", &[]), state("unhealthy", &["RD103"]));
        tally.add(&body(Some(999.0)), &healthy, false);
        for _ in 0..KEPT_TOTALS {
            tally.add(&body(Some(9.0)), &healthy, false);
        }
        tally.add(&body(None), &down, true);
        assert_eq!(tally.totals.len(), KEPT_TOTALS);
        let summary = tally.summary(2);
        assert!(
            summary.starts_with(
                "--- 100,002 probes: 100,001 healthy, 1 unhealthy, 0 unreachable; 1 state change; 2 skipped ticks\n"
            ),
            "{summary}"
        );
        // The oldest latency left the percentiles' window but is still the maximum.
        assert!(
            summary.ends_with("total p50 10.0 ms  p99 10.0 ms  max 1.00 s (p50, p99: last 100,000 healthy)\n"),
            "{summary}"
        );
    }
}
