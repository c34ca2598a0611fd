//! The check command's part of the report: one result per check (status, time, the indexes
//! of its findings in the report's `findings`), what was scanned, what was suppressed, and
//! the live side's target.

pub mod junit;
pub mod sarif;

use std::fmt::Write as _;

use comfy_table::Cell;
use serde::{Deserialize, Serialize};

use super::analyze::FileCounts;
use super::catalog::Phase;
use crate::findings::Location;
use crate::report::text::{Mark, Style};
use crate::units::{count, millis};
use crate::untrusted::escape;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Ran and found nothing.
    Passed,
    /// Ran and found warnings only.
    Warning,
    /// Ran and found at least one error.
    Failed,
    /// Did not run (not selected by the mode, nothing to check, live side not reachable).
    Skipped,
    /// Could not run to the end (a log command failed).
    Error,
}

impl Status {
    pub fn mark(self) -> Mark {
        match self {
            Status::Passed => Mark::Ok,
            Status::Warning => Mark::Warning,
            Status::Failed | Status::Error => Mark::Failed,
            Status::Skipped => Mark::Skipped,
        }
    }
}

/// One check's result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct CheckResult {
    /// The code (static checks) or step name (live checks).
    pub id: String,
    pub name: String,
    pub phase: Phase,
    pub status: Status,
    /// Time spent in this check (for static checks, its own analysis; parsing is shared).
    pub duration_ms: f64,
    /// The codes this check reports.
    pub codes: Vec<String>,
    /// Indexes into the report's `findings`.
    pub findings: Vec<usize>,
    /// One line: what was checked, or why it was skipped.
    pub detail: String,
}

/// A finding that was not reported because it was suppressed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Suppressed {
    pub code: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    /// `inline` (a `# rentflow-doctor: ignore[…]` comment) or `config` (the ignore list).
    pub by: String,
}

/// What the static side scanned.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct StaticScan {
    pub project_dir: String,
    pub files: FileCounts,
    /// Reading and parsing, shared by all static checks.
    pub parse_ms: f64,
    pub duration_ms: f64,
}

/// What the live side targeted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct LiveTarget {
    pub grpc_url: String,
    pub brokers: String,
    pub topic: String,
    pub group: String,
    /// The probe's lease id, when a probe was sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lease_id: Option<String>,
    /// Where the consumer's logs were read from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consumer_logs: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct CheckBody {
    /// `auto`, `static-only` or `live-only`.
    pub mode: String,
    /// The codes and names asked for on the command line; empty for all.
    pub selected: Vec<String>,
    pub checks: Vec<CheckResult>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scan: Option<StaticScan>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub live: Option<LiveTarget>,
    pub suppressed: Vec<Suppressed>,
    /// Things worth knowing that are not findings (unreadable files, unknown codes in directives).
    pub notes: Vec<String>,
}

impl CheckBody {
    fn section(&self, style: &Style, phase: Phase, out: &mut String) {
        let checks: Vec<&CheckResult> = self.checks.iter().filter(|c| c.phase == phase).collect();
        if checks.is_empty() {
            return;
        }
        // A whole side skipped for one reason is one line, not a table of dashes.
        if checks.iter().all(|c| c.status == Status::Skipped && c.detail == checks[0].detail) {
            let _ =
                writeln!(out, "{} {}", style.paint(Mark::Skipped, Mark::Skipped.symbol()), escape(&checks[0].detail));
            return;
        }
        let mut table = style.table(&["", "CHECK", "NAME", "RESULT", "TIME"]);
        for check in checks {
            let result = match check.status {
                Status::Passed | Status::Skipped | Status::Error => check.detail.clone(),
                Status::Warning | Status::Failed => {
                    let n = check.findings.len();
                    format!(
                        "{n} finding{}{}",
                        if n == 1 { "" } else { "s" },
                        if check.detail.is_empty() { String::new() } else { format!(" · {}", check.detail) }
                    )
                }
            };
            // Nothing measured of its own (the live `connect` happens inside the trace with --live-only).
            let time = if check.status == Status::Skipped || check.duration_ms == 0.0 {
                "—".to_string()
            } else {
                millis(check.duration_ms)
            };
            table.add_row(vec![
                style.mark_cell(check.status.mark()),
                Cell::new(&check.id),
                Cell::new(if check.name == check.id { "" } else { &check.name }),
                Cell::new(escape(&result)),
                Cell::new(time),
            ]);
        }
        out.push_str(&style.table_text(&table));
    }

    pub fn render_text(&self, style: &Style) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "{} {}", style.bold("check"), style.dim(&format!("mode {}", self.mode)));
        if self.checks.iter().any(|c| c.phase == Phase::Static) {
            match &self.scan {
                Some(scan) => {
                    let files = &scan.files;
                    // The deploy kinds a project does not use are left out of the line.
                    let mut kinds = format!(
                        "{} Python, {} compose, {} Dockerfile, {} Procfile",
                        count(files.python as i64),
                        files.compose,
                        files.dockerfiles,
                        files.procfiles
                    );
                    for (number, kind) in [
                        (files.kubernetes, "Kubernetes"),
                        (files.systemd, "systemd"),
                        (files.supervisord, "supervisord"),
                    ] {
                        if number > 0 {
                            kinds.push_str(&format!(", {number} {kind}"));
                        }
                    }
                    let _ = writeln!(
                        out,
                        "\n{} {}  {} files: {kinds} · parsed in {} · {}",
                        style.bold("static"),
                        escape(&scan.project_dir),
                        count(files.total() as i64),
                        millis(scan.parse_ms),
                        millis(scan.duration_ms)
                    );
                }
                None => {
                    let _ = writeln!(out, "\n{}", style.bold("static"));
                }
            }
            self.section(style, Phase::Static, &mut out);
        }
        if self.checks.iter().any(|c| c.phase == Phase::Live) {
            match &self.live {
                Some(live) => {
                    let _ = writeln!(
                        out,
                        "\n{} {} → {} → {}{}",
                        style.bold("live"),
                        escape(&live.grpc_url),
                        escape(&live.topic),
                        escape(&live.group),
                        style.dim(&format!("  brokers {}", escape(&live.brokers)))
                    );
                    if let Some(lease) = &live.lease_id {
                        let logs = live.consumer_logs.as_deref().unwrap_or("no consumer logs given");
                        let _ =
                            writeln!(out, "{}", style.dim(&format!("lease {} · logs {}", escape(lease), escape(logs))));
                    }
                }
                None => {
                    let _ = writeln!(out, "\n{}", style.bold("live"));
                }
            }
            self.section(style, Phase::Live, &mut out);
        }
        if !self.suppressed.is_empty() {
            let _ = writeln!(out, "\n{} suppressed:", self.suppressed.len());
            for suppressed in &self.suppressed {
                let at = suppressed
                    .location
                    .as_ref()
                    .map(|l| format!(" at {}:{}:{}", escape(&l.path), l.line, l.column))
                    .unwrap_or_default();
                let _ = writeln!(
                    out,
                    "  {} {} {}{at} ({})",
                    style.paint(Mark::Skipped, "-"),
                    suppressed.code,
                    suppressed.name,
                    escape(&suppressed.by)
                );
            }
        }
        for note in &self.notes {
            let _ = writeln!(out, "{} {}", style.paint(Mark::Info, "note:"), escape(note));
        }
        out
    }
}
