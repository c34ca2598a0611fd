//! Consumer groups: `group list`, `group describe` and `reset-group`.
//!
//! `describe` shows where a group stands against the log, partition by partition, and what
//! its consumer will do where nothing is committed. `reset-group` moves, restores or deletes
//! a group's offsets the safe way: a plan first, only while the group is inactive, a durable
//! snapshot before any change, and a read-back after it (see [`reset`]).

pub mod csv_plan;
pub mod describe;
pub mod report;
pub mod reset;
pub mod snapshot;
pub mod target;

use std::time::Instant;

use crate::config::{DescribeConfig, ListConfig, OutputConfig, ResetConfig};
use crate::error::Failure;
use crate::findings::Finding;
use crate::kafka::{self, Admin, KafkaFailure};
use crate::output::Progress;

use report::{DescribeBody, GroupListBody, GroupRow};

/// The group commands' report bodies; the crate root wraps them into its report.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)] // one per run; boxing buys nothing
pub enum Body {
    GroupList(GroupListBody),
    Describe(DescribeBody),
    Reset(report::ResetBody),
}

/// What a group command hands back: its report body and findings, or a failure that ends it.
pub type CommandResult = Result<(Body, Vec<Finding>), Failure>;

/// A Kafka failure as the group commands report it: what could not be reached is a finding
/// (exit code 3, with whatever report could be made); anything else ends the command.
pub(crate) fn kafka_problem(failure: KafkaFailure) -> Result<Finding, Failure> {
    crate::error::kafka_finding(failure)
}

pub async fn list(config: &ListConfig, output: &OutputConfig, progress: &Progress) -> CommandResult {
    let mut body = GroupListBody { brokers: config.kafka.brokers.clone(), groups: Vec::new() };
    let deadline = Instant::now() + config.timeout;
    progress.step(&format!("connecting to {}", config.kafka.brokers));
    if let Err(failure) = kafka::check_connects(&config.kafka, output.verbose).await {
        return Ok((Body::GroupList(body), vec![kafka_problem(failure)?]));
    }
    let admin = Admin::new(&config.kafka, output.verbose)?;
    progress.step("listing groups");
    match admin.list_groups(deadline).await {
        Ok(groups) => {
            body.groups = groups
                .into_iter()
                .map(|group| GroupRow {
                    state: group.state.to_string(),
                    group: group.group,
                    protocol_type: group.protocol_type,
                    group_protocol: group.group_protocol,
                    members: group.members.len(),
                    coordinator: group.coordinator,
                })
                .collect();
            Ok((Body::GroupList(body), Vec::new()))
        }
        Err(failure) => Ok((Body::GroupList(body), vec![kafka_problem(failure)?])),
    }
}

pub async fn describe(config: &DescribeConfig, output: &OutputConfig, progress: &Progress) -> CommandResult {
    describe::run(config, output.verbose, progress).await
}

pub async fn reset(config: &ResetConfig, output: &OutputConfig, progress: &Progress) -> CommandResult {
    reset::run(config, output, progress).await
}
