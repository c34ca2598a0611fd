//! Consumer groups: `group list`, `group describe` and `reset-group`.
//!
//! `describe` shows where a group stands against the log, partition by partition, and what
//! its consumer will do where nothing is committed. `reset-group` moves, restores or deletes
//! a group's offsets the safe way: a plan first, only while the group is inactive, a durable
//! snapshot before any change, and a read-back after it (see [`reset`]).

pub mod config;
pub mod report;
pub mod reset;
pub mod snapshot;
pub mod target;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use crate::cli::{AutoOffsetReset, GroupDescribeArgs, GroupListArgs, ResetGroupArgs};
use crate::error::Failure;
use crate::findings::{Finding, RD202, RD902, RD903, RD904, Severity};
use crate::kafka::admin::GroupOffsets;
use crate::kafka::{self, Admin, KafkaFailure};
use crate::output::Progress;
use crate::report::Body;
use crate::settings::{self, FileConfig, OutputConfig};

use config::{DescribeConfig, ListConfig};
use report::{DescribeBody, GroupInfo, GroupListBody, GroupRow, PartitionRow, Totals, WithoutCommit};
use target::TopicScope;

type Outcome = Result<(Body, Vec<Finding>), Failure>;

/// A Kafka failure as the group commands report it: what could not be reached is a finding
/// (exit code 3, with whatever report could be made); anything else ends the command.
pub(crate) fn kafka_problem(failure: KafkaFailure) -> Result<Finding, Failure> {
    match failure {
        KafkaFailure::Unreachable { .. } | KafkaFailure::TimedOut { .. } => {
            Ok(Finding::new(&RD902, failure.to_string()))
        }
        KafkaFailure::TopicMissing { .. } => Ok(Finding::new(&RD903, failure.to_string())),
        other => Err(Failure::from(other)),
    }
}

/// A word as a POSIX shell reads it back: bare when safe, else single-quoted.
pub fn shell_word(word: &str) -> String {
    let safe = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '/' | ':' | ',' | '@' | '=' | '+'));
    if safe { word.to_string() } else { format!("'{}'", word.replace('\'', r"'\''")) }
}

/// `rentflow-doctor reset-group [--brokers B] --group G …` with the rest appended.
pub fn reset_command_prefix(brokers: &str, group: &str) -> String {
    let brokers = if brokers == settings::DEFAULT_BROKERS {
        String::new()
    } else {
        format!(" --brokers {}", shell_word(brokers))
    };
    format!("rentflow-doctor reset-group{brokers} --group {}", shell_word(group))
}

pub async fn list(args: &GroupListArgs, file: &FileConfig, output: &OutputConfig, progress: &Progress) -> Outcome {
    let config = config::list(args, file)?;
    list_groups(&config, output.verbose, progress).await
}

async fn list_groups(config: &ListConfig, verbose: u8, progress: &Progress) -> Outcome {
    let mut body = GroupListBody { brokers: config.kafka.brokers.clone(), groups: Vec::new() };
    let deadline = Instant::now() + config.timeout;
    progress.step(&format!("connecting to {}", config.kafka.brokers));
    if let Err(failure) = kafka::check_connects(&config.kafka, verbose).await {
        return Ok((Body::GroupList(body), vec![kafka_problem(failure)?]));
    }
    let admin = Admin::new(&config.kafka, verbose)?;
    progress.step("listing groups");
    match admin.list_groups(deadline).await {
        Ok(groups) => {
            body.groups = groups
                .into_iter()
                .map(|group| GroupRow {
                    state: if group.state.is_empty() { "unknown".to_string() } else { group.state },
                    group: group.group,
                    protocol_type: group.protocol_type,
                    members: group.members.len(),
                    coordinator: group.coordinator,
                })
                .collect();
            Ok((Body::GroupList(body), Vec::new()))
        }
        Err(failure) => Ok((Body::GroupList(body), vec![kafka_problem(failure)?])),
    }
}

pub async fn describe(
    args: &GroupDescribeArgs,
    file: &FileConfig,
    output: &OutputConfig,
    progress: &Progress,
) -> Outcome {
    let config = config::describe(args, file)?;
    describe_group(&config, output.verbose, progress).await
}

/// What a consumer with `policy` does on a partition without a committed offset.
fn without_commit(policy: AutoOffsetReset, log_start: i64, log_end: i64) -> WithoutCommit {
    let (effect, records) = match policy {
        AutoOffsetReset::Latest => ("skip", log_end - log_start),
        AutoOffsetReset::Earliest => ("read", log_end - log_start),
    };
    WithoutCommit { auto_offset_reset: policy, effect: effect.to_string(), records: records.max(0) }
}

async fn describe_group(config: &DescribeConfig, verbose: u8, progress: &Progress) -> Outcome {
    let mut body = DescribeBody {
        brokers: config.kafka.brokers.clone(),
        topic: config.topic.clone(),
        group: GroupInfo::of(&config.group, None),
        auto_offset_reset: config.auto_offset_reset,
        auto_offset_reset_assumed: config.policy_assumed,
        partitions: Vec::new(),
        totals: Totals::default(),
    };
    let deadline = Instant::now() + config.timeout;
    progress.step(&format!("connecting to {}", config.kafka.brokers));
    if let Err(failure) = kafka::check_connects(&config.kafka, verbose).await {
        return Ok((Body::Describe(body), vec![kafka_problem(failure)?]));
    }
    let admin = Admin::new(&config.kafka, verbose)?;
    let offsets = GroupOffsets::new(&config.kafka, &config.group, verbose)?;
    progress.step(&format!("describing group {} on {}", config.group, config.topic));
    let group_side = admin.describe_group(&config.group, deadline);
    let topic_side = async {
        let partitions = admin.partitions(&config.topic, deadline).await?;
        let (logs, committed) = tokio::try_join!(
            admin.log_offsets(&config.topic, &partitions, deadline),
            offsets.committed(&config.topic, &partitions, deadline),
        )?;
        // The newest records' times are a description: a slow answer costs them, not the report.
        let peek_deadline = deadline.min(Instant::now() + config.kafka.connect_timeout.min(Duration::from_secs(2)));
        let newest = admin.newest_timestamps(&config.topic, &logs, peek_deadline).await.unwrap_or_default();
        Ok::<_, KafkaFailure>((logs, committed, newest))
    };
    let (group, topic) = tokio::join!(group_side, topic_side);
    let description = match group {
        Ok(description) => description,
        Err(failure) => return Ok((Body::Describe(body), vec![kafka_problem(failure)?])),
    };
    body.group = GroupInfo::of(&config.group, description.as_ref());
    let (logs, committed, newest) = match topic {
        Ok(found) => found,
        Err(failure) => return Ok((Body::Describe(body), vec![kafka_problem(failure)?])),
    };
    // Which member holds which partition, where the broker says.
    let mut holders: BTreeMap<i32, String> = BTreeMap::new();
    if let Some(description) = &description {
        for member in &description.members {
            for (topic, partitions) in &member.assignment {
                if *topic == config.topic {
                    for partition in partitions {
                        holders.insert(*partition, member.member_id.clone());
                    }
                }
            }
        }
    }
    let mut totals = Totals { partitions: logs.len(), ..Default::default() };
    for log in &logs {
        let committed = committed.get(&log.partition).copied().flatten();
        totals.records += log.records();
        let mut note = None;
        let lag = committed.map(|offset| log.log_end - offset);
        match committed {
            Some(offset) => {
                totals.committed_partitions += 1;
                totals.lag += lag.unwrap_or(0).max(0);
                if offset < log.log_start {
                    note = Some(format!(
                        "committed offset is before the log start: {} record(s) were deleted unread",
                        log.log_start - offset
                    ));
                } else if offset > log.log_end {
                    note = Some("committed offset is past the log end".to_string());
                }
            }
            None => totals.uncommitted_records += log.records(),
        }
        let newest_ms = newest.get(&log.partition).copied();
        body.partitions.push(PartitionRow {
            partition: log.partition,
            committed,
            log_start: log.log_start,
            log_end: log.log_end,
            lag,
            newest_record_at: newest_ms.map(crate::clock::rfc3339_ms),
            newest_record_ms: newest_ms,
            member: holders.get(&log.partition).cloned(),
            without_commit: committed
                .is_none()
                .then(|| without_commit(config.auto_offset_reset, log.log_start, log.log_end)),
            note,
        });
    }
    body.totals = totals;
    let findings = describe_findings(config, &body);
    Ok((Body::Describe(body), findings))
}

fn describe_findings(config: &DescribeConfig, body: &DescribeBody) -> Vec<Finding> {
    let group = &config.group;
    if !body.group.known && body.totals.committed_partitions == 0 {
        return vec![Finding::new(
            &RD904,
            format!(
                "group `{group}` is unknown to the broker at {}: no members and no committed offsets on `{}`",
                config.kafka.brokers, config.topic
            ),
        )];
    }
    let skipped: Vec<&PartitionRow> =
        body.partitions.iter().filter(|row| row.committed.is_none() && row.log_end > row.log_start).collect();
    if config.auto_offset_reset != AutoOffsetReset::Latest || skipped.is_empty() {
        return Vec::new();
    }
    let records: i64 = skipped.iter().map(|row| row.log_end - row.log_start).sum();
    let ids: Vec<String> = skipped.iter().map(|row| row.partition.to_string()).collect();
    let partitions = (skipped.len() < body.partitions.len()).then(|| skipped.iter().map(|r| r.partition).collect());
    let scope = TopicScope { topic: config.topic.clone(), partitions };
    let command =
        format!("{} --topic {} --to earliest --execute", reset_command_prefix(&config.kafka.brokers, group), scope);
    let assumed = if config.policy_assumed { " (assumed: librdkafka's default)" } else { "" };
    let mut finding = Finding::new(
        &RD202,
        format!(
            "group `{group}` has no committed offset on {}:{}: a consumer with auto.offset.reset=latest{assumed} skips their {records} record(s)",
            config.topic,
            ids.join(",")
        ),
    )
    .with_fix(format!(
        "Set auto.offset.reset=earliest for the consumer; to process these records, stop it (`docker stop rentflow-django-consumer`), run `{command}`, and start it again"
    ));
    for row in &skipped {
        finding = finding.with_evidence(format!(
            "partition {}: offsets {}..{} ({} record(s)) would be skipped",
            row.partition,
            row.log_start,
            row.log_end - 1,
            row.log_end - row.log_start
        ));
    }
    if config.policy_assumed {
        // An assumption is worth a warning, not a failed run: the consumer may use earliest.
        finding = finding.with_severity(Severity::Warning);
    }
    vec![finding]
}

pub async fn reset(args: &ResetGroupArgs, file: &FileConfig, output: &OutputConfig, progress: &Progress) -> Outcome {
    let interaction = config::Interaction::detect(output.json());
    let config = config::reset(args, file, interaction)?;
    reset::run(&config, output, progress).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shell_words_quote_only_when_needed() {
        assert_eq!(shell_word("rentflow-django-consumer"), "rentflow-django-consumer");
        assert_eq!(shell_word("/tmp/a b.json"), "'/tmp/a b.json'");
        assert_eq!(shell_word("it's"), r"'it'\''s'");
        assert_eq!(shell_word(""), "''");
    }

    #[test]
    fn the_command_prefix_names_brokers_only_when_not_the_default() {
        assert_eq!(reset_command_prefix(settings::DEFAULT_BROKERS, "g"), "rentflow-doctor reset-group --group g");
        assert_eq!(
            reset_command_prefix("k1:9092,k2:9092", "g"),
            "rentflow-doctor reset-group --brokers k1:9092,k2:9092 --group g"
        );
    }

    #[test]
    fn a_partition_without_commit_says_what_the_policy_does() {
        let latest = without_commit(AutoOffsetReset::Latest, 3, 10);
        assert_eq!((latest.effect.as_str(), latest.records), ("skip", 7));
        let earliest = without_commit(AutoOffsetReset::Earliest, 3, 10);
        assert_eq!((earliest.effect.as_str(), earliest.records), ("read", 7));
    }
}
