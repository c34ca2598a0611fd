//! `group describe`: where each group stands against the logs of the topics it covers —
//! committed offset, log start and end, lag, the newest record's time, the member holding
//! each partition — and what its consumer does where nothing is committed.

use std::collections::{BTreeMap, BTreeSet};
use std::time::{Duration, Instant};

use super::Body;
use crate::cli::AutoOffsetReset;
use crate::command_line::CommandLine;
use crate::error::Failure;
use crate::findings::{Finding, RD202, RD904, Severity};
use crate::kafka::admin::GroupOffsets;
use crate::kafka::groups::GroupDescription;
use crate::kafka::{self, Admin, KafkaFailure};
use crate::output::Progress;

use super::report::{DescribeBody, GroupInfo, GroupPosition, PartitionRow, Totals, WithoutCommit};
use super::target::TopicScope;
use super::{CommandResult, kafka_problem};
use crate::config::DescribeConfig;
use crate::config::group::GroupSelection;

pub async fn run(config: &DescribeConfig, verbose: u8, progress: &Progress) -> CommandResult {
    let mut body = DescribeBody {
        brokers: config.kafka.brokers.clone(),
        auto_offset_reset: config.auto_offset_reset,
        auto_offset_reset_assumed: config.policy_assumed,
        groups: Vec::new(),
    };
    let deadline = Instant::now() + config.timeout;
    progress.step(&format!("connecting to {}", config.kafka.brokers));
    if let Err(failure) = kafka::check_connects(&config.kafka, verbose).await {
        return Ok((Body::Describe(body), vec![kafka_problem(failure)?]));
    }
    let admin = Admin::new(&config.kafka, verbose)?;
    // Which brokers do not answer: said beside the report, never in its way (a failure to
    // learn it is just no finding; the questions below name their own).
    let cluster_side = async {
        let view = admin.broker_view(deadline).await.ok()?;
        kafka::cluster::brokers_down(&config.kafka.brokers, &view, config.kafka.connect_timeout).await
    };
    let groups_side = describe_groups(config, &admin, &mut body, verbose, deadline, progress);
    let (findings, broker_down) = tokio::join!(groups_side, cluster_side);
    let mut findings = findings?;
    findings.extend(broker_down);
    Ok((Body::Describe(body), findings))
}

/// Each selected group's position, added to `body`; the findings they give.
async fn describe_groups(
    config: &DescribeConfig,
    admin: &Admin,
    body: &mut DescribeBody,
    verbose: u8,
    deadline: Instant,
    progress: &Progress,
) -> Result<Vec<Finding>, Failure> {
    let descriptions: Vec<(String, Option<GroupDescription>)> = match &config.groups {
        GroupSelection::One(group) => {
            progress.step(&format!("describing group {group}"));
            match admin.describe_group(group, deadline).await {
                Ok(description) => vec![(group.clone(), description)],
                Err(failure) => return Ok(vec![kafka_problem(failure)?]),
            }
        }
        GroupSelection::All => {
            progress.step("listing groups");
            match admin.list_groups(deadline).await {
                Ok(groups) => groups.into_iter().map(|group| (group.group.clone(), Some(group))).collect(),
                Err(failure) => return Ok(vec![kafka_problem(failure)?]),
            }
        }
    };
    let mut findings = Vec::new();
    for (group, description) in descriptions {
        progress.step(&format!("reading the offsets of group {group}"));
        match position(config, admin, &group, description.as_ref(), verbose, deadline).await {
            Ok(position) => {
                findings.extend(position_findings(config, &position));
                body.groups.push(position);
            }
            Err(failure) => {
                findings.push(kafka_problem(failure)?);
                break;
            }
        }
    }
    Ok(findings)
}

/// The topics to describe for a group: `--topic`, else every topic it has committed on or
/// is assigned, else the pipeline's topic.
fn topics_of(
    config: &DescribeConfig,
    description: Option<&GroupDescription>,
    committed: &BTreeMap<(String, i32), i64>,
) -> Vec<String> {
    if let Some(topic) = &config.topic {
        return vec![topic.clone()];
    }
    let mut topics: BTreeSet<String> = committed.keys().map(|(topic, _)| topic.clone()).collect();
    for member in description.map(|d| d.members.as_slice()).unwrap_or_default() {
        topics.extend(member.assignment.iter().map(|(topic, _)| topic.clone()));
    }
    if topics.is_empty() {
        topics.insert(config.fallback_topic.clone());
    }
    topics.into_iter().collect()
}

async fn position(
    config: &DescribeConfig,
    admin: &Admin,
    group: &str,
    description: Option<&GroupDescription>,
    verbose: u8,
    deadline: Instant,
) -> Result<GroupPosition, KafkaFailure> {
    let everywhere = match &config.topic {
        Some(_) => BTreeMap::new(),
        None => admin.group_committed_everywhere(group, deadline).await?,
    };
    let mut topics = topics_of(config, description, &everywhere);
    // The pipeline's topic stands in for a group with no topic of its own; when it does not
    // exist either, there is nothing to describe (RD904 says why), not a missing topic.
    let stand_in = config.topic.is_none()
        && everywhere.is_empty()
        && description.is_none_or(|d| d.members.iter().all(|m| m.assignment.is_empty()));
    if stand_in && matches!(admin.partitions(&topics[0], deadline).await, Err(KafkaFailure::TopicMissing { .. })) {
        topics.clear();
    }
    let offsets = GroupOffsets::new(&config.kafka, group, verbose)?;
    // Which member holds which partition, where the broker says.
    let mut holders: BTreeMap<(String, i32), String> = BTreeMap::new();
    for member in description.map(|d| d.members.as_slice()).unwrap_or_default() {
        for (topic, partitions) in &member.assignment {
            for partition in partitions {
                holders.insert((topic.clone(), *partition), member.member_id.clone());
            }
        }
    }
    let per_topic = futures::future::try_join_all(topics.iter().map(|topic| async {
        let partitions = admin.partitions(topic, deadline).await?;
        let (logs, committed) = tokio::try_join!(
            admin.log_offsets(topic, &partitions, deadline),
            offsets.committed(topic, &partitions, deadline),
        )?;
        // The newest records' times are a description: a slow answer costs them, not the report.
        let peek_deadline = deadline.min(Instant::now() + config.kafka.connect_timeout.min(Duration::from_secs(2)));
        let newest = admin.newest_timestamps(topic, &logs, peek_deadline).await.unwrap_or_default();
        Ok::<_, KafkaFailure>((topic.clone(), logs, committed, newest))
    }))
    .await?;
    let mut position = GroupPosition {
        group: GroupInfo::of(group, description),
        topics: topics.clone(),
        partitions: Vec::new(),
        totals: Totals::default(),
    };
    let totals = &mut position.totals;
    for (topic, logs, committed, newest) in per_topic {
        totals.partitions += logs.len();
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
            position.partitions.push(PartitionRow {
                topic: topic.clone(),
                partition: log.partition,
                committed,
                log_start: log.log_start,
                log_end: log.log_end,
                lag,
                newest_record_at: newest_ms.map(crate::clock::rfc3339_ms),
                newest_record_ms: newest_ms,
                member: holders.get(&(topic.clone(), log.partition)).cloned(),
                without_commit: committed
                    .is_none()
                    .then(|| without_commit(config.auto_offset_reset, log.log_start, log.log_end)),
                note,
            });
        }
    }
    Ok(position)
}

/// What a consumer with `policy` does on a partition without a committed offset.
fn without_commit(policy: AutoOffsetReset, log_start: i64, log_end: i64) -> WithoutCommit {
    let (effect, records) = match policy {
        AutoOffsetReset::Latest => ("skip", log_end - log_start),
        AutoOffsetReset::Earliest => ("read", log_end - log_start),
    };
    WithoutCommit { auto_offset_reset: policy, effect: effect.to_string(), records: records.max(0) }
}

fn position_findings(config: &DescribeConfig, position: &GroupPosition) -> Vec<Finding> {
    let group = &position.group.group;
    if !position.group.known && position.totals.committed_partitions == 0 {
        if config.groups == GroupSelection::All {
            return Vec::new();
        }
        return vec![Finding::new(
            &RD904,
            format!(
                "group `{group}` is unknown to the broker at {}: no members and no committed offsets on `{}`",
                config.kafka.brokers,
                position.topics.join("`, `")
            ),
        )];
    }
    let skipped: Vec<&PartitionRow> =
        position.partitions.iter().filter(|row| row.committed.is_none() && row.log_end > row.log_start).collect();
    if config.auto_offset_reset != AutoOffsetReset::Latest || skipped.is_empty() {
        return Vec::new();
    }
    let records: i64 = skipped.iter().map(|row| row.log_end - row.log_start).sum();
    let mut command = CommandLine::doctor("reset-group", &config.kafka).arg("--group", group);
    let mut places = Vec::new();
    for topic in &position.topics {
        let all = position.partitions.iter().filter(|row| &row.topic == topic).count();
        let ids: Vec<i32> = skipped.iter().filter(|row| &row.topic == topic).map(|row| row.partition).collect();
        if ids.is_empty() {
            continue;
        }
        let listed: Vec<String> = ids.iter().map(i32::to_string).collect();
        places.push(format!("{topic}:{}", listed.join(",")));
        let scope = TopicScope { topic: topic.clone(), partitions: (ids.len() < all).then_some(ids) };
        command = command.arg("--topic", &scope.to_string());
    }
    let command = command.arg("--to", "earliest").flag("--execute");
    let assumed = if config.policy_assumed { " (assumed: librdkafka's default)" } else { "" };
    let mut finding = Finding::new(
        &RD202,
        format!(
            "group `{group}` has no committed offset on {}: a consumer with auto.offset.reset=latest{assumed} skips their {records} record(s)",
            places.join(" ")
        ),
    )
    .with_fix(format!(
        "Set auto.offset.reset=earliest for the consumer; to process these records, stop it (`docker stop rentflow-django-consumer`), run {}, and start it again",
        command.with_note()
    ));
    for row in &skipped {
        finding = finding.with_evidence(format!(
            "{}:{}: offsets {}..{} ({} record(s)) would be skipped",
            row.topic,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_partition_without_commit_says_what_the_policy_does() {
        let latest = without_commit(AutoOffsetReset::Latest, 3, 10);
        assert_eq!((latest.effect.as_str(), latest.records), ("skip", 7));
        let earliest = without_commit(AutoOffsetReset::Earliest, 3, 10);
        assert_eq!((earliest.effect.as_str(), earliest.records), ("read", 7));
    }
}
