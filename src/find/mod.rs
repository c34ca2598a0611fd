//! `find`: the events already on the topic for a lease, and where the consumer group stands on
//! each — without sending anything.
//!
//! The window's first offsets come from ListOffsets by timestamp; every partition is read at
//! once (`scan`) up to the window's end as it was when the scan started, so a busy topic
//! cannot keep the command running. The group's position is read after the scan. "Committed
//! past" is never called "processed" on its own — in the journal's problem 2.2 a group
//! committed past events it never processed — only when the consumer's logs, read the way
//! `check` reads them, mention the value.

pub mod report;
pub mod scan;

use std::time::Instant;

use rdkafka::message::Timestamp;

use crate::checks::live::logs as live;
use crate::cli::AutoOffsetReset;
use crate::config::FindConfig;
use crate::error::Failure;
use crate::findings::{Finding, RD601, RD602};
use crate::kafka::admin::GroupOffsets;
use crate::kafka::{self, Admin, PartitionOffsets};
use crate::output::Progress;

use report::{EventMatch, FindBody, GroupPosition, Header, LogEvidence, PartitionScan, Search, Verdict, Window};
use scan::{Found, PartitionWindow};

type Outcome = Result<(FindBody, Vec<Finding>), Failure>;

/// Runs `find`; the caller turns "no match" into exit code 4.
pub async fn run(config: &FindConfig, verbose: u8, progress: &Progress) -> Outcome {
    let started = Instant::now();
    let deadline = started + config.timeout;
    let mut body = FindBody {
        brokers: config.kafka.brokers.clone(),
        topic: config.topic.clone(),
        group: config.group.clone(),
        search: Search {
            value: config.needle.value.clone(),
            match_field: config.needle.pointer.clone(),
            key: config.needle.key,
        },
        window: Window { from: config.from.map(rfc3339), until: config.until.map(rfc3339) },
        auto_offset_reset: config.auto_offset_reset,
        auto_offset_reset_assumed: config.policy_assumed,
        partitions: Vec::new(),
        records_read: 0,
        records_per_second: 0.0,
        complete: false,
        stopped_by: None,
        consumer_logs: None,
        matches: Vec::new(),
    };
    progress.step(&format!("connecting to {}", config.kafka.brokers));
    if let Err(failure) = kafka::check_connects(&config.kafka, verbose).await {
        return Ok((body, vec![crate::error::kafka_finding(failure)?]));
    }
    let admin = Admin::new(&config.kafka, verbose)?;
    let offsets = GroupOffsets::new(&config.kafka, &config.group, verbose)?;
    progress.step(&format!("looking up the window's offsets on {}", config.topic));
    let lookup = async {
        let partitions = admin.partitions(&config.topic, deadline).await?;
        let from = async {
            match config.from {
                Some(from) => {
                    admin.offsets_for_time(&config.topic, &partitions, from.as_millisecond(), deadline).await.map(Some)
                }
                None => Ok(None),
            }
        };
        let until = async {
            match config.until {
                Some(until) => {
                    admin.offsets_for_time(&config.topic, &partitions, until.as_millisecond(), deadline).await.map(Some)
                }
                None => Ok(None),
            }
        };
        let (logs, from, until) =
            tokio::try_join!(admin.log_offsets(&config.topic, &partitions, deadline), from, until)?;
        Ok::<_, kafka::KafkaFailure>((logs, from, until))
    };
    let (logs, from, until) = match lookup.await {
        Ok(found) => found,
        Err(failure) => return Ok((body, vec![crate::error::kafka_finding(failure)?])),
    };
    let windows: Vec<PartitionWindow> = logs
        .iter()
        .map(|log| {
            // No record at or after the time: the window starts (or ends) at the log end.
            let at = |found: &Option<std::collections::BTreeMap<i32, Option<i64>>>, default: i64| {
                found.as_ref().map_or(default, |map| map.get(&log.partition).copied().flatten().unwrap_or(log.log_end))
            };
            let from = at(&from, log.log_start).clamp(log.log_start, log.log_end);
            let until = at(&until, log.log_end).clamp(from, log.log_end);
            PartitionWindow { partition: log.partition, from, until }
        })
        .collect();
    let total: i64 = windows.iter().map(|w| w.until - w.from).sum();
    progress.step(&format!("reading {} partition(s) of {}", windows.len(), config.topic));
    let bar = progress.items_bar(total.max(0) as u64, "records");
    let scan_started = Instant::now();
    let plan = scan::Plan {
        kafka: config.kafka.clone(),
        verbose,
        topic: config.topic.clone(),
        windows: windows.clone(),
        needle: config.needle.clone(),
        max_records: config.max_records,
        deadline,
    };
    let scanning = kafka::blocking(deadline, move |_| scan::scan(&plan, bar));
    // The logs are read while the topic is: neither waits for the other.
    let log_window_start = config.from.unwrap_or_else(|| jiff::Timestamp::now() - jiff::SignedDuration::from_hours(24));
    let reading_logs = async {
        match &config.logs {
            Some(source) => Some(live::read(source, None, log_window_start, true, deadline).await),
            None => None,
        }
    };
    let (scanned, logs_read) = tokio::join!(scanning, reading_logs);
    let scanned = scanned?;
    let elapsed = scan_started.elapsed().as_secs_f64();
    progress.step(&format!("reading the committed offsets of group {}", config.group));
    let partitions: Vec<i32> = logs.iter().map(|log| log.partition).collect();
    let committed = offsets
        .committed(&config.topic, &partitions, deadline.max(Instant::now() + config.kafka.connect_timeout))
        .await;
    let mut findings = Vec::new();
    let committed = match committed {
        Ok(committed) => committed,
        Err(failure) => {
            findings.push(crate::error::kafka_finding(failure)?);
            Default::default()
        }
    };
    body.consumer_logs = match logs_read {
        Some(Ok(log)) => {
            let lines = log.new_lines.len();
            let mentions = log.new_lines.iter().any(|line| line.contains(&config.needle.value));
            Some(LogEvidence { source: log.source, mentions, lines })
        }
        Some(Err(reason)) => return Err(Failure::Unreachable(format!("reading the consumer's logs: {reason}"))),
        None => None,
    };
    let logs_mention = body.consumer_logs.as_ref().is_some_and(|logs| logs.mentions);
    body.records_read = scanned.records.values().sum();
    body.records_per_second = if elapsed > 0.0 { body.records_read as f64 / elapsed } else { 0.0 };
    body.complete = scanned.stopped_by.is_none();
    body.stopped_by = scanned.stopped_by.map(str::to_string);
    body.partitions = logs
        .iter()
        .zip(&windows)
        .map(|(log, window)| PartitionScan {
            partition: log.partition,
            log_start: log.log_start,
            log_end: log.log_end,
            from_offset: window.from,
            until_offset: window.until,
            records: scanned.records.get(&log.partition).copied().unwrap_or(0),
            complete: scanned.complete.contains(&log.partition),
            committed: committed.get(&log.partition).copied().flatten(),
        })
        .collect();
    body.matches = scanned
        .found
        .iter()
        .map(|found| {
            let log = logs.iter().find(|log| log.partition == found.partition).copied().unwrap_or(PartitionOffsets {
                partition: found.partition,
                log_start: 0,
                log_end: 0,
            });
            let committed = committed.get(&found.partition).copied().flatten();
            let position =
                position(found.offset, committed, log, config.auto_offset_reset, config.policy_assumed, logs_mention);
            event(found, position)
        })
        .collect();
    if let Some(reason) = &body.stopped_by {
        let unread: Vec<String> = body
            .partitions
            .iter()
            .filter(|p| !p.complete)
            .map(|p| {
                format!(
                    "partition {}: read {} of {} record(s) in the window",
                    p.partition,
                    p.records,
                    p.until_offset - p.from_offset
                )
            })
            .collect();
        let mut finding = Finding::new(
            &RD601,
            format!(
                "the scan stopped at {reason} after {} record(s); {} partition(s) were not read to the end of the window",
                body.records_read,
                unread.len()
            ),
        );
        for line in unread.into_iter().chain(scanned.last_error.clone().map(|e| format!("last error: {e}"))) {
            finding = finding.with_evidence(line);
        }
        findings.push(finding);
    }
    let never: Vec<&EventMatch> = body.matches.iter().filter(|m| m.group.verdict == Verdict::NeverReached).collect();
    if !never.is_empty() {
        let mut finding = Finding::new(
            &RD602,
            format!(
                "{} found event(s) will never be read by group {} from its current position",
                never.len(),
                config.group
            ),
        );
        for found in &never {
            finding = finding.with_evidence(format!("{}:{} — {}", found.partition, found.offset, found.group.reason));
        }
        let command = crate::command_line::CommandLine::doctor("reset-group", &config.kafka)
            .arg("--group", &config.group)
            .arg("--topic", &format!("{}:{}", config.topic, never[0].partition))
            .arg("--to", &format!("offset:{}", never[0].offset))
            .flag("--execute");
        findings.push(finding.with_fix(format!(
            "If the event must be processed, stop the consumer and move the group back to it: {}.",
            command.with_note()
        )));
    }
    Ok((body, findings))
}

fn rfc3339(time: jiff::Timestamp) -> String {
    time.strftime("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

/// Where the group stands on the record at `offset`.
fn position(
    offset: i64,
    committed: Option<i64>,
    log: PartitionOffsets,
    policy: AutoOffsetReset,
    assumed: bool,
    logs_mention: bool,
) -> GroupPosition {
    let policy_text = format!(
        "auto.offset.reset={}{}",
        match policy {
            AutoOffsetReset::Latest => "latest",
            AutoOffsetReset::Earliest => "earliest",
        },
        if assumed { " (assumed)" } else { "" }
    );
    let (verdict, lag_before, reason) = match committed {
        Some(at) if at > offset => (Verdict::CommittedPast, None, format!("committed offset {at} is beyond it")),
        Some(at) if at < log.log_start => match policy {
            AutoOffsetReset::Latest => (
                Verdict::NeverReached,
                None,
                format!(
                    "committed offset {at} lies before the log start {}: with {policy_text} the consumer jumps to the log end",
                    log.log_start
                ),
            ),
            AutoOffsetReset::Earliest => (
                Verdict::NotYetReached,
                Some(offset - log.log_start),
                format!(
                    "committed offset {at} lies before the log start {}: with {policy_text} the consumer restarts there, {} offset(s) before it",
                    log.log_start,
                    offset - log.log_start
                ),
            ),
        },
        Some(at) => (
            Verdict::NotYetReached,
            Some(offset - at),
            format!("committed offset {at}: {} offset(s) before it", offset - at),
        ),
        None => match policy {
            AutoOffsetReset::Latest => (
                Verdict::NeverReached,
                None,
                format!("no committed offset on this partition: with {policy_text} the consumer starts at the log end"),
            ),
            AutoOffsetReset::Earliest => (
                Verdict::NotYetReached,
                Some(offset - log.log_start),
                format!(
                    "no committed offset on this partition: with {policy_text} the consumer starts at the log start, {} offset(s) before it",
                    offset - log.log_start
                ),
            ),
        },
    };
    let processed = verdict == Verdict::CommittedPast && logs_mention;
    GroupPosition { verdict, committed, lag_before, reason, processed }
}

fn event(found: &Found, group: GroupPosition) -> EventMatch {
    let (timestamp_ms, timestamp_type) = match found.timestamp {
        Timestamp::CreateTime(ms) => (Some(ms), "create-time"),
        Timestamp::LogAppendTime(ms) => (Some(ms), "log-append-time"),
        Timestamp::NotAvailable => (None, "none"),
    };
    let (key, key_hex) = match &found.key {
        Some(bytes) => report::text_or_hex(bytes),
        None => (None, None),
    };
    EventMatch {
        partition: found.partition,
        offset: found.offset,
        timestamp: timestamp_ms.and_then(|ms| jiff::Timestamp::from_millisecond(ms).ok()).map(rfc3339),
        timestamp_ms,
        timestamp_type: timestamp_type.to_string(),
        key,
        key_hex,
        headers: found
            .headers
            .iter()
            .map(|(name, value)| {
                let (value, value_hex) = value.as_deref().map_or((None, None), report::text_or_hex);
                Header { name: name.clone(), value, value_hex }
            })
            .collect(),
        event_id: found.event_id.clone(),
        matched_by: found.matched_by,
        group,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn log() -> PartitionOffsets {
        PartitionOffsets { partition: 0, log_start: 10, log_end: 100 }
    }

    #[test]
    fn the_group_verdicts_follow_the_committed_offset_and_the_policy() {
        let latest = AutoOffsetReset::Latest;
        let earliest = AutoOffsetReset::Earliest;
        let past = position(50, Some(51), log(), latest, false, false);
        assert_eq!((past.verdict, past.processed), (Verdict::CommittedPast, false));
        assert!(position(50, Some(51), log(), latest, false, true).processed);
        let ahead = position(50, Some(50), log(), latest, false, true);
        assert_eq!((ahead.verdict, ahead.lag_before, ahead.processed), (Verdict::NotYetReached, Some(0), false));
        assert_eq!(position(50, Some(20), log(), latest, false, false).lag_before, Some(30));
        assert_eq!(position(50, None, log(), latest, true, false).verdict, Verdict::NeverReached);
        assert_eq!(position(50, Some(3), log(), latest, false, false).verdict, Verdict::NeverReached);
        let restart = position(50, Some(3), log(), earliest, false, false);
        assert_eq!((restart.verdict, restart.lag_before), (Verdict::NotYetReached, Some(40)));
        assert_eq!(position(50, None, log(), earliest, false, false).lag_before, Some(40));
    }
}
