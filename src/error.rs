//! Failures that end a command without a report, each mapped to its exit code in one place.

use crate::exit;
use crate::findings::{Finding, RD902, RD903};

/// Why a command could not produce its report.
#[derive(Debug, Clone, thiserror::Error)]
pub enum Failure {
    /// The command line, a setting or an input file is wrong; nothing was attempted.
    #[error("{0}")]
    Usage(String),
    /// The doctor could not reach what it needs.
    #[error("{0}")]
    Unreachable(String),
    /// The operation was attempted and failed (for example a write the broker refused).
    #[error("{0}")]
    Failed(String),
}

/// A failure's kind as the JSON failure document names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum FailureKind {
    Usage,
    Unreachable,
    Failed,
}

impl Failure {
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::Usage(_) => exit::USAGE,
            Failure::Unreachable(_) => exit::UNREACHABLE,
            Failure::Failed(_) => exit::FINDINGS,
        }
    }

    /// The same failure with what it left untouched said after it (`…; nothing was changed`).
    pub fn with_note(self, note: &str) -> Failure {
        match self {
            Failure::Usage(message) => Failure::Usage(format!("{message}; {note}")),
            Failure::Unreachable(message) => Failure::Unreachable(format!("{message}; {note}")),
            Failure::Failed(message) => Failure::Failed(format!("{message}; {note}")),
        }
    }

    pub fn kind(&self) -> FailureKind {
        match self {
            Failure::Usage(_) => FailureKind::Usage,
            Failure::Unreachable(_) => FailureKind::Unreachable,
            Failure::Failed(_) => FailureKind::Failed,
        }
    }
}

impl From<crate::config::ConfigError> for Failure {
    fn from(err: crate::config::ConfigError) -> Self {
        Failure::Usage(err.0)
    }
}

/// The one place a Kafka failure becomes part of a report: what the doctor could not reach
/// or find is a finding (RD902, RD903: exit code 3, with whatever report could be made);
/// anything else — refused credentials or certificates (exit code 3 too), a partition that
/// does not exist, an operation the broker refused or does not support — ends the command as
/// a [`Failure`].
pub fn kafka_finding(failure: crate::kafka::KafkaFailure) -> Result<Finding, Failure> {
    use crate::kafka::KafkaFailure::*;
    match failure {
        Unreachable { .. } | TimedOut { .. } => Ok(Finding::new(&RD902, failure.to_string())),
        TopicMissing { .. } => Ok(Finding::new(&RD903, failure.to_string())),
        Rejected { .. } | PartitionMissing { .. } | Unsupported { .. } | Failed { .. } => Err(Failure::from(failure)),
    }
}

impl From<crate::kafka::KafkaFailure> for Failure {
    fn from(err: crate::kafka::KafkaFailure) -> Self {
        use crate::kafka::KafkaFailure::*;
        match err {
            Unreachable { .. } | TopicMissing { .. } | TimedOut { .. } | Rejected { .. } => {
                Failure::Unreachable(err.to_string())
            }
            PartitionMissing { .. } => Failure::Usage(err.to_string()),
            Unsupported { .. } | Failed { .. } => Failure::Failed(err.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_failure_has_its_exit_code() {
        assert_eq!(Failure::Usage("x".into()).exit_code(), 2);
        assert_eq!(Failure::Unreachable("x".into()).exit_code(), 3);
        assert_eq!(Failure::Failed("x".into()).exit_code(), 1);
    }

    #[test]
    fn a_note_keeps_the_kind_and_its_exit_code() {
        let noted = Failure::Unreachable("no answer".into()).with_note("nothing was changed");
        assert_eq!(noted.exit_code(), 3);
        assert_eq!(noted.to_string(), "no answer; nothing was changed");
    }
}
