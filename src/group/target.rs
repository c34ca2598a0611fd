//! Where a reset moves each partition: parsing `--to` and `--topic`, and the pure
//! computation of a partition's new offset from its log, its committed offset and the
//! target, clamped to the log.
//!
//! No I/O here: the caller fetches the log offsets, the committed offsets and (for time
//! targets) the offsets by timestamp, and this module decides.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::kafka::PartitionOffsets;

/// A `--to` target as given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The log start: everything still in the log is read again.
    Earliest,
    /// The log end: everything in the log is skipped.
    Latest,
    /// An absolute offset, the same on every partition.
    Offset(i64),
    /// The first record at or after this time.
    Datetime(jiff::Timestamp),
    /// The first record at or after `now − back` (`duration:-1h`).
    Duration(jiff::SignedDuration),
    /// The committed offset moved by this many records (negative: back).
    Shift(i64),
    /// The committed offset, kept (clamped into the log).
    Current,
}

impl Target {
    /// Parses `earliest`, `latest`, `offset:N`, `datetime:<RFC 3339>`, `duration:<-1h…>`,
    /// `shift:<±N>` or `current`.
    pub fn parse(text: &str) -> Result<Target, String> {
        let trimmed = text.trim();
        let (kind, value) = match trimmed.split_once(':') {
            Some((kind, value)) => (kind.trim().to_ascii_lowercase(), Some(value.trim())),
            None => (trimmed.to_ascii_lowercase(), None),
        };
        fn need<'a>(kind: &str, value: Option<&'a str>, example: &str) -> Result<&'a str, String> {
            value.filter(|v| !v.is_empty()).ok_or_else(|| format!("--to {kind} needs a value, as in `{example}`"))
        }
        match (kind.as_str(), value) {
            ("earliest", None) => Ok(Target::Earliest),
            ("latest", None) => Ok(Target::Latest),
            ("current", None) => Ok(Target::Current),
            ("offset", value) => {
                let value = need(&kind, value, "offset:1200")?;
                let offset: i64 =
                    value.parse().map_err(|_| format!("--to offset:{value}: `{value}` is not a whole number"))?;
                if offset < 0 {
                    return Err(format!(
                        "--to offset:{value}: an offset cannot be negative (use shift:{value} to move back)"
                    ));
                }
                Ok(Target::Offset(offset))
            }
            ("datetime", value) => {
                let value = need(&kind, value, "datetime:2025-11-03T09:30:00Z")?;
                value.parse::<jiff::Timestamp>().map(Target::Datetime).map_err(|_| {
                    format!(
                        "--to datetime:{value}: not an RFC 3339 time with a UTC offset (for example 2025-11-03T09:30:00Z or 2025-11-03T10:30:00+01:00)"
                    )
                })
            }
            ("duration", value) => {
                let value = need(&kind, value, "duration:-1h")?;
                if value.starts_with('+') {
                    return Err(format!(
                        "--to duration:{value} points into the future; a duration goes back from now (duration:-1h)"
                    ));
                }
                let unsigned = value.strip_prefix('-').unwrap_or(value);
                let back =
                    crate::units::parse_duration(unsigned).map_err(|err| format!("--to duration:{value}: {err}"))?;
                let back =
                    jiff::SignedDuration::try_from(back).map_err(|_| format!("--to duration:{value} is too long"))?;
                Ok(Target::Duration(-back))
            }
            ("shift", value) => {
                let value = need(&kind, value, "shift:-10")?;
                let by: i64 =
                    value.strip_prefix('+').unwrap_or(value).parse().map_err(|_| {
                        format!("--to shift:{value}: `{value}` is not a whole number such as -10 or +5")
                    })?;
                Ok(Target::Shift(by))
            }
            (kind @ ("earliest" | "latest" | "current"), Some(_)) => Err(format!("--to {kind} takes no value")),
            _ => Err(format!(
                "--to `{text}` is not a target: earliest, latest, offset:N, datetime:<RFC 3339>, duration:<-1h…>, shift:<±N> or current"
            )),
        }
    }

    /// The time to look offsets up for, in ms since the epoch, for time targets.
    /// Never negative: ListOffsets reads -1 and -2 as "latest" and "earliest", so a time
    /// before 1970 is looked up as 1970 — the first record of the log.
    pub fn lookup_time_ms(&self, now: jiff::Timestamp) -> Option<i64> {
        let ms = match self {
            Target::Datetime(at) => at.as_millisecond(),
            Target::Duration(back) => now.checked_add(*back).unwrap_or(jiff::Timestamp::MIN).as_millisecond(),
            _ => return None,
        };
        Some(ms.max(0))
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Target::Earliest => write!(f, "earliest"),
            Target::Latest => write!(f, "latest"),
            Target::Offset(offset) => write!(f, "offset:{offset}"),
            Target::Datetime(at) => write!(f, "datetime:{at}"),
            Target::Duration(back) => {
                let mut left = back.as_millis().unsigned_abs();
                let mut text = String::new();
                for (unit, ms) in [("h", 3_600_000), ("m", 60_000), ("s", 1000), ("ms", 1)] {
                    if left >= ms {
                        text.push_str(&format!("{}{unit}", left / ms));
                        left %= ms;
                    }
                }
                if text.is_empty() {
                    text.push_str("0s");
                }
                write!(f, "duration:-{text}")
            }
            Target::Shift(by) => write!(f, "shift:{by:+}"),
            Target::Current => write!(f, "current"),
        }
    }
}

/// `--topic lease-events` or `--topic lease-events:0,2`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicScope {
    pub topic: String,
    /// `None`: every partition of the topic.
    pub partitions: Option<Vec<i32>>,
}

impl TopicScope {
    pub fn parse(text: &str) -> Result<TopicScope, String> {
        let (topic, partitions) = match text.split_once(':') {
            Some((topic, list)) => (topic.trim(), Some(list)),
            None => (text.trim(), None),
        };
        if topic.is_empty() {
            return Err(format!("--topic `{text}` names no topic (expected TOPIC or TOPIC:P,…)"));
        }
        let partitions = match partitions {
            None => None,
            Some(list) => {
                let mut ids = Vec::new();
                for item in list.split(',').map(str::trim) {
                    let id: i32 = item.parse().ok().filter(|id| *id >= 0).ok_or_else(|| {
                        format!("--topic `{text}`: `{item}` is not a partition number (expected TOPIC:0,2)")
                    })?;
                    ids.push(id);
                }
                ids.sort_unstable();
                ids.dedup();
                Some(ids)
            }
        };
        Ok(TopicScope { topic: topic.to_string(), partitions })
    }
}

impl fmt::Display for TopicScope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.partitions {
            None => write!(f, "{}", self.topic),
            Some(ids) => {
                let ids: Vec<String> = ids.iter().map(i32::to_string).collect();
                write!(f, "{}:{}", self.topic, ids.join(","))
            }
        }
    }
}

/// Why a partition's new offset is not simply the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Adjustment {
    /// The target lay before the log start (records deleted by retention); moved up to it.
    ClampedToLogStart { requested: i64 },
    /// The target lay past the log end; moved down to it.
    ClampedToLogEnd { requested: i64 },
    /// No record is at or after the time: the log end.
    AfterNewestRecord,
    /// The partition holds no records: its log end.
    EmptyPartition,
    /// `shift`/`current` on a partition without a committed offset: there is nothing to
    /// move from, so it is left as it is (its consumer's auto.offset.reset decides).
    NoCommittedOffset,
    /// A restore where the snapshot has no committed offset but the group has one now:
    /// OffsetCommit cannot commit "nothing", so the partition keeps its offset.
    CannotRestoreNone,
}

impl Adjustment {
    /// Whether the adjustment is worth a warning (the user asked for something else).
    pub fn is_warning(&self) -> bool {
        !matches!(self, Adjustment::AfterNewestRecord | Adjustment::EmptyPartition)
    }

    /// A few words for the plan's NOTE column.
    pub fn describe(&self) -> String {
        match self {
            Adjustment::ClampedToLogStart { requested } => format!("{requested} is before the log start: clamped"),
            Adjustment::ClampedToLogEnd { requested } => format!("{requested} is past the log end: clamped"),
            Adjustment::AfterNewestRecord => "no record that new: log end".to_string(),
            Adjustment::EmptyPartition => "empty partition: log end".to_string(),
            Adjustment::NoCommittedOffset => "no committed offset: left as it is".to_string(),
            Adjustment::CannotRestoreNone => "none in the snapshot: kept".to_string(),
        }
    }

    /// The full reason, for a finding's evidence.
    pub fn explain(&self) -> String {
        match self {
            Adjustment::ClampedToLogStart { requested } => {
                format!("target {requested} is before the log start (records deleted by retention); clamped to it")
            }
            Adjustment::ClampedToLogEnd { requested } => {
                format!("target {requested} is past the log end; clamped to it")
            }
            Adjustment::AfterNewestRecord => "no record at or after that time: the log end".to_string(),
            Adjustment::EmptyPartition => "the partition holds no records: its log end".to_string(),
            Adjustment::NoCommittedOffset => {
                "no committed offset to move from: left as it is (the consumer's auto.offset.reset decides)"
                    .to_string()
            }
            Adjustment::CannotRestoreNone => {
                "the snapshot has no committed offset here, and OffsetCommit cannot commit \"none\": it keeps its current offset"
                    .to_string()
            }
        }
    }
}

/// A partition's planned new offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Planned {
    /// The offset to commit; `None`: leave the partition as it is.
    pub offset: Option<i64>,
    pub adjustment: Option<Adjustment>,
}

impl Planned {
    fn at(offset: i64) -> Planned {
        Planned { offset: Some(offset), adjustment: None }
    }

    fn keep(adjustment: Adjustment) -> Planned {
        Planned { offset: None, adjustment: Some(adjustment) }
    }
}

/// Clamps an offset into [log start, log end], saying so when it moved.
pub fn clamp(log: &PartitionOffsets, requested: i64) -> Planned {
    if requested < log.log_start {
        Planned { offset: Some(log.log_start), adjustment: Some(Adjustment::ClampedToLogStart { requested }) }
    } else if requested > log.log_end {
        Planned { offset: Some(log.log_end), adjustment: Some(Adjustment::ClampedToLogEnd { requested }) }
    } else {
        Planned::at(requested)
    }
}

/// The new offset of one partition for a target.
///
/// `at_time` is the answer of the offsets-by-time lookup for time targets: the offset of the
/// first record at or after the time, or `None` when there is no such record.
pub fn plan(target: &Target, log: &PartitionOffsets, current: Option<i64>, at_time: Option<i64>) -> Planned {
    match target {
        Target::Earliest => Planned::at(log.log_start),
        Target::Latest => Planned::at(log.log_end),
        Target::Offset(offset) => clamp(log, *offset),
        Target::Datetime(_) | Target::Duration(_) => match at_time {
            Some(offset) => clamp(log, offset),
            None if log.log_end == log.log_start => {
                Planned { offset: Some(log.log_end), adjustment: Some(Adjustment::EmptyPartition) }
            }
            None => Planned { offset: Some(log.log_end), adjustment: Some(Adjustment::AfterNewestRecord) },
        },
        Target::Shift(by) => match current {
            Some(current) => clamp(log, current.saturating_add(*by)),
            None => Planned::keep(Adjustment::NoCommittedOffset),
        },
        Target::Current => match current {
            Some(current) => clamp(log, current),
            None => Planned::keep(Adjustment::NoCommittedOffset),
        },
    }
}

/// The new offset of one partition when restoring a snapshot that recorded `saved`.
pub fn restore(log: &PartitionOffsets, current: Option<i64>, saved: Option<i64>) -> Planned {
    match (saved, current) {
        (Some(saved), _) => clamp(log, saved),
        (None, None) => Planned { offset: None, adjustment: None },
        (None, Some(_)) => Planned::keep(Adjustment::CannotRestoreNone),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_before_1970_are_looked_up_as_the_start_of_the_log_not_as_sentinels() {
        let target = Target::parse("datetime:1969-12-31T23:59:59.999Z").unwrap();
        assert_eq!(target.lookup_time_ms(jiff::Timestamp::now()), Some(0));
        let far_back = Target::parse("duration:-100000h").unwrap();
        assert_eq!(far_back.lookup_time_ms(jiff::Timestamp::UNIX_EPOCH), Some(0));
    }

    fn log(log_start: i64, log_end: i64) -> PartitionOffsets {
        PartitionOffsets { partition: 0, log_start, log_end }
    }

    #[test]
    fn every_target_kind_parses_and_prints_back() {
        for text in
            ["earliest", "latest", "current", "offset:17", "shift:-5", "shift:+3", "duration:-1h", "duration:-1h30m5s"]
        {
            let target = Target::parse(text).unwrap();
            assert_eq!(target.to_string(), text, "{text}");
        }
        assert_eq!(Target::parse("duration:-90s").unwrap().to_string(), "duration:-1m30s");
        assert_eq!(Target::parse("LATEST").unwrap(), Target::Latest);
        assert_eq!(Target::parse("shift:4").unwrap(), Target::Shift(4));
        let at = Target::parse("datetime:2025-11-03T10:30:00+01:00").unwrap();
        assert_eq!(at, Target::Datetime("2025-11-03T09:30:00Z".parse().unwrap()));
        assert_eq!(Target::parse(&at.to_string()).unwrap(), at);
        // kafka-consumer-groups' --by-duration takes an unsigned duration meaning "ago".
        assert_eq!(Target::parse("duration:1h").unwrap(), Target::parse("duration:-1h").unwrap());
        assert_eq!(Target::parse("duration:-PT30M").unwrap(), Target::Duration(jiff::SignedDuration::from_mins(-30)));
    }

    #[test]
    fn bad_targets_say_what_is_expected() {
        for (text, expected) in [
            ("offset:-1", "cannot be negative"),
            ("offset:abc", "not a whole number"),
            ("offset:", "needs a value"),
            ("datetime:yesterday", "RFC 3339"),
            ("datetime:2025-11-03T10:30:00", "RFC 3339"),
            ("duration:+1h", "future"),
            ("duration:soon", "not a duration"),
            ("shift:x", "not a whole number"),
            ("earliest:3", "takes no value"),
            ("beginning", "not a target"),
        ] {
            let err = Target::parse(text).unwrap_err();
            assert!(err.contains(expected), "{text}: {err}");
        }
    }

    #[test]
    fn topic_scopes_parse_with_and_without_partitions() {
        assert_eq!(
            TopicScope::parse("lease-events").unwrap(),
            TopicScope { topic: "lease-events".into(), partitions: None }
        );
        let scope = TopicScope::parse("lease-events:2,0,2").unwrap();
        assert_eq!(scope.partitions, Some(vec![0, 2]));
        assert_eq!(scope.to_string(), "lease-events:0,2");
        assert!(TopicScope::parse(":1").is_err());
        assert!(TopicScope::parse("t:").is_err());
        assert!(TopicScope::parse("t:-1").is_err());
        assert!(TopicScope::parse("t:a").is_err());
    }

    #[test]
    fn earliest_and_latest_are_the_log_bounds() {
        assert_eq!(plan(&Target::Earliest, &log(5, 20), Some(20), None), Planned::at(5));
        assert_eq!(plan(&Target::Latest, &log(5, 20), Some(7), None), Planned::at(20));
        assert_eq!(plan(&Target::Latest, &log(5, 20), None, None), Planned::at(20));
    }

    #[test]
    fn offsets_are_clamped_into_the_log_with_the_reason() {
        assert_eq!(plan(&Target::Offset(12), &log(5, 20), None, None), Planned::at(12));
        assert_eq!(plan(&Target::Offset(20), &log(5, 20), None, None), Planned::at(20));
        let below = plan(&Target::Offset(2), &log(5, 20), None, None);
        assert_eq!(below.offset, Some(5));
        assert_eq!(below.adjustment, Some(Adjustment::ClampedToLogStart { requested: 2 }));
        let above = plan(&Target::Offset(500), &log(5, 20), Some(6), None);
        assert_eq!(above.offset, Some(20));
        assert_eq!(above.adjustment, Some(Adjustment::ClampedToLogEnd { requested: 500 }));
        assert!(above.adjustment.unwrap().is_warning());
    }

    #[test]
    fn time_targets_use_the_lookup_and_fall_back_to_the_end() {
        let at = Target::parse("datetime:2025-11-03T09:30:00Z").unwrap();
        assert_eq!(plan(&at, &log(0, 10), Some(10), Some(4)), Planned::at(4));
        let after = plan(&at, &log(0, 10), Some(3), None);
        assert_eq!(after.offset, Some(10));
        assert_eq!(after.adjustment, Some(Adjustment::AfterNewestRecord));
        assert!(!after.adjustment.unwrap().is_warning());
        let empty = plan(&at, &log(7, 7), None, None);
        assert_eq!(empty.offset, Some(7));
        assert_eq!(empty.adjustment, Some(Adjustment::EmptyPartition));
        let now: jiff::Timestamp = "2025-11-03T10:00:00Z".parse().unwrap();
        let back = Target::parse("duration:-1h").unwrap();
        assert_eq!(
            back.lookup_time_ms(now),
            Some("2025-11-03T09:00:00Z".parse::<jiff::Timestamp>().unwrap().as_millisecond())
        );
        assert_eq!(Target::Earliest.lookup_time_ms(now), None);
    }

    #[test]
    fn shift_moves_from_the_committed_offset_and_clamps() {
        assert_eq!(plan(&Target::Shift(-3), &log(0, 20), Some(10), None), Planned::at(7));
        assert_eq!(plan(&Target::Shift(4), &log(0, 20), Some(10), None), Planned::at(14));
        let below = plan(&Target::Shift(-30), &log(2, 20), Some(10), None);
        assert_eq!(below.offset, Some(2));
        assert_eq!(below.adjustment, Some(Adjustment::ClampedToLogStart { requested: -20 }));
        assert_eq!(plan(&Target::Shift(i64::MAX), &log(0, 20), Some(10), None).offset, Some(20));
    }

    #[test]
    fn shift_and_current_leave_uncommitted_partitions_alone() {
        for target in [Target::Shift(-3), Target::Current] {
            let planned = plan(&target, &log(0, 20), None, None);
            assert_eq!(planned.offset, None);
            assert_eq!(planned.adjustment, Some(Adjustment::NoCommittedOffset));
        }
        assert_eq!(plan(&Target::Current, &log(0, 20), Some(9), None), Planned::at(9));
        // A committed offset that retention overtook is moved into the log.
        assert_eq!(plan(&Target::Current, &log(15, 20), Some(9), None).offset, Some(15));
    }

    #[test]
    fn restore_commits_saved_offsets_and_cannot_commit_none() {
        assert_eq!(restore(&log(0, 20), Some(20), Some(4)), Planned::at(4));
        assert_eq!(restore(&log(0, 20), None, Some(4)), Planned::at(4));
        assert_eq!(restore(&log(6, 20), Some(20), Some(4)).offset, Some(6));
        assert_eq!(restore(&log(0, 20), None, None), Planned { offset: None, adjustment: None });
        let none = restore(&log(0, 20), Some(0), None);
        assert_eq!(none.offset, None);
        assert_eq!(none.adjustment, Some(Adjustment::CannotRestoreNone));
    }
}
