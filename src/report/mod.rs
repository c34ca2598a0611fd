//! The one report model every command fills in, rendered as text (`text`) or JSON (`json`).
//!
//! The JSON form is a versioned contract: `version` changes only when a field changes meaning
//! or disappears; new fields may be added. Each command puts its own body next to the common
//! fields (`version`, `command`, `context`, `findings`, `summary`), flattened into one object.
//!
//! The model is generic over the body: each command defines its own body type, and the
//! crate root wraps them into one enum for printing. This module never names a command,
//! so every command may use it (and its text toolkit) without a cycle.

pub mod json;
pub mod text;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::exit;
use crate::findings::{Finding, Severity};

/// The version of the JSON document. Bump only on incompatible changes.
pub const REPORT_VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[schemars(rename = "Report_of_{B}")]
pub struct Report<B> {
    pub version: u32,
    /// `trace`, `demo`, `group list`, `group describe`, `reset-group`, `check` or `find`.
    pub command: String,
    /// When the command started, RFC 3339 UTC.
    pub started_at: String,
    /// Wall time of the whole command.
    pub duration_ms: f64,
    /// What the run was pointed at: config file, profile, cluster.
    #[serde(default)]
    pub context: Context,
    #[serde(flatten)]
    pub body: B,
    pub findings: Vec<Finding>,
    pub summary: Summary,
}

/// What every report's header names, so that a report says which settings and which
/// cluster it is about.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Context {
    /// The config file in effect; `null` when none was read.
    pub config_file: Option<String>,
    /// `explicit` (given with `--config`/`RENTFLOW_CONFIG`), `implicit` (found in the working
    /// directory, read as data) or `none`.
    pub config_source: String,
    /// The profile in use (`--profile`/`RENTFLOW_PROFILE`).
    pub profile: Option<String>,
    /// The Kafka cluster id from the brokers' metadata; `null` when the command reached no
    /// broker or has none.
    pub cluster_id: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
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

impl<B> Report<B> {
    pub fn new(
        command: &str,
        started: &crate::clock::Started,
        context: Context,
        body: B,
        findings: Vec<Finding>,
        fail_on: Severity,
    ) -> Report<B> {
        let summary = Summary::of(&findings, fail_on);
        Report {
            version: REPORT_VERSION,
            command: command.to_string(),
            started_at: started.rfc3339(),
            duration_ms: started.elapsed_ms(),
            context,
            body,
            findings,
            summary,
        }
    }

    pub fn exit_code(&self) -> u8 {
        self.summary.exit_code
    }

    /// The same report around another body (a command's own body wrapped for printing).
    pub fn map<C>(self, wrap: impl FnOnce(B) -> C) -> Report<C> {
        Report {
            version: self.version,
            command: self.command,
            started_at: self.started_at,
            duration_ms: self.duration_ms,
            context: self.context,
            body: wrap(self.body),
            findings: self.findings,
            summary: self.summary,
        }
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

/// What `--output json` prints instead of a report when the command could not make one (a
/// usage error, nothing reachable, a refused write), so that a script always reads JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct FailureReport {
    pub version: u32,
    pub command: String,
    pub error: FailureDetail,
    /// 1 (failed), 2 (usage) or 3 (unreachable).
    pub exit_code: u8,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct FailureDetail {
    pub kind: crate::error::FailureKind,
    pub message: String,
}
