//! The one report model every command fills in, rendered as text (`text`) or JSON (`json`).
//!
//! The JSON form is a versioned contract: `version` changes only when a field changes meaning
//! or disappears; new fields may be added. Each command puts its own body next to the common
//! fields (`version`, `command`, `findings`, `summary`), flattened into one object.

pub mod json;
pub mod text;

use serde::{Deserialize, Serialize};

use crate::exit;
use crate::findings::{Finding, Severity};

pub use crate::checks::report::CheckBody;
pub use crate::find::report::FindBody;
pub use crate::group::report::{DescribeBody, GroupListBody, ResetBody};
pub use crate::trace::report::{BurstBody, TraceBody};

/// The version of the JSON document. Bump only on incompatible changes.
pub const REPORT_VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Report {
    pub version: u32,
    /// `trace`, `demo`, `group list`, `group describe`, `reset-group`, `check` or `find`.
    pub command: String,
    /// When the command started, RFC 3339 UTC.
    pub started_at: String,
    /// Wall time of the whole command.
    pub duration_ms: f64,
    #[serde(flatten)]
    pub body: Body,
    pub findings: Vec<Finding>,
    pub summary: Summary,
}

/// The command-specific part of a report.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)] // one report per run; boxing buys nothing
pub enum Body {
    Trace(TraceBody),
    Burst(BurstBody),
    GroupList(GroupListBody),
    Describe(DescribeBody),
    Reset(ResetBody),
    Check(CheckBody),
    Find(FindBody),
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// `healthy` when no finding reaches the failure threshold, else `unhealthy`;
    /// `unreachable` when the doctor could not reach what it needs; `not found` when `find`
    /// found nothing and nothing worse happened.
    pub status: String,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    /// The process exit code this report leads to.
    pub exit_code: u8,
}

impl Summary {
    /// Counts findings and decides the exit code: unreachable (3) beats findings at or above
    /// `fail_on` (1), which beat healthy (0).
    pub fn of(findings: &[Finding], fail_on: Severity) -> Summary {
        let count = |severity| findings.iter().filter(|f| f.severity == severity).count();
        let (status, exit_code) = if findings.iter().any(Finding::is_reachability) {
            ("unreachable", exit::UNREACHABLE)
        } else if findings.iter().any(|f| f.severity >= fail_on) {
            ("unhealthy", exit::FINDINGS)
        } else {
            ("healthy", exit::HEALTHY)
        };
        Summary {
            status: status.to_string(),
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            infos: count(Severity::Info),
            exit_code,
        }
    }
}

impl Summary {
    /// `find` read its window and found nothing: exit code 4 unless a worse one applies.
    pub fn nothing_found(&mut self) {
        if self.exit_code == exit::HEALTHY {
            self.status = "not found".to_string();
            self.exit_code = exit::NOT_FOUND;
        }
    }
}

impl Report {
    pub fn new(
        command: &str,
        started: &crate::clock::Started,
        body: Body,
        findings: Vec<Finding>,
        fail_on: Severity,
    ) -> Report {
        let summary = Summary::of(&findings, fail_on);
        Report {
            version: REPORT_VERSION,
            command: command.to_string(),
            started_at: started.rfc3339(),
            duration_ms: started.elapsed_ms(),
            body,
            findings,
            summary,
        }
    }

    pub fn exit_code(&self) -> u8 {
        self.summary.exit_code
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::findings::{Finding, RD101, RD202, RD902};

    #[test]
    fn exit_code_follows_the_worst_finding() {
        assert_eq!(Summary::of(&[], Severity::Error).exit_code, exit::HEALTHY);
        let warning = Finding::new(&RD202, "x").with_severity(Severity::Warning);
        assert_eq!(Summary::of(std::slice::from_ref(&warning), Severity::Error).exit_code, exit::HEALTHY);
        assert_eq!(Summary::of(std::slice::from_ref(&warning), Severity::Warning).exit_code, exit::FINDINGS);
        let error = Finding::new(&RD101, "x");
        assert_eq!(Summary::of(&[warning, error.clone()], Severity::Error).exit_code, exit::FINDINGS);
        let unreachable = Finding::new(&RD902, "x");
        let summary = Summary::of(&[error, unreachable], Severity::Error);
        assert_eq!(summary.exit_code, exit::UNREACHABLE);
        assert_eq!(summary.status, "unreachable");
        assert_eq!(summary.errors, 2);
    }
}
