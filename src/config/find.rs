//! `find`'s settings, resolved so that nothing past this point reads command-line structs.

use std::time::Duration;

use super::check::{LogSource, log_source};
use super::{ConfigError, Layers, Result, connection};
use crate::cli::{AutoOffsetReset, FindArgs};
use crate::find::scan::Needle;
use crate::kafka::KafkaConfig;
use crate::units;

/// Records read at most when `--max-records` is not given: about a minute of reading.
pub const DEFAULT_MAX_RECORDS: u64 = 10_000_000;

/// `find`.
#[derive(Debug, Clone)]
pub struct FindConfig {
    pub kafka: KafkaConfig,
    pub topic: String,
    pub group: String,
    pub timeout: Duration,
    pub needle: Needle,
    /// The window's start; `None`: the log start.
    pub from: Option<jiff::Timestamp>,
    /// The window's end; `None`: the log end when the scan starts.
    pub until: Option<jiff::Timestamp>,
    pub max_records: u64,
    pub auto_offset_reset: AutoOffsetReset,
    /// The policy was not given: librdkafka's default is assumed.
    pub policy_assumed: bool,
    pub logs: Option<LogSource>,
}

/// An RFC 3339 time, or (when `ago_allowed`) a duration before `now`.
fn time(flag: &str, text: &str, now: jiff::Timestamp, ago_allowed: bool) -> Result<jiff::Timestamp> {
    if let Ok(time) = text.parse::<jiff::Timestamp>() {
        return Ok(time);
    }
    if ago_allowed && let Ok(ago) = units::parse_duration(text) {
        return before(now, ago).ok_or_else(|| ConfigError(format!("{flag} {text}: too far back")));
    }
    Err(ConfigError(format!(
        "{flag} `{text}` is not an RFC 3339 time (2026-11-30T14:00:00Z){}",
        if ago_allowed { " or a duration (1h, 30m)" } else { "" }
    )))
}

fn before(now: jiff::Timestamp, ago: Duration) -> Option<jiff::Timestamp> {
    jiff::SignedDuration::try_from(ago).ok().and_then(|ago| now.checked_sub(ago).ok())
}

pub fn resolve(layers: &Layers<'_>, args: &FindArgs) -> Result<FindConfig> {
    let connection = connection::connection(layers, &args.kafka, None, &args.pipeline)?;
    if connection.topic.contains(':') {
        return Err(ConfigError(format!("find --topic takes a topic name, not partitions: `{}`", connection.topic)));
    }
    let pointer = layers
        .pick(
            "match_field",
            &args.match_field,
            |v| &v.match_field,
            || connection::DEFAULT_MATCH_FIELD.to_string(),
            String::clone,
        )
        .value;
    if !pointer.is_empty() && !pointer.starts_with('/') {
        return Err(ConfigError(format!("--match-field `{pointer}` must be a JSON pointer such as /lease_id")));
    }
    let needle = match (&args.lease_id, &args.value) {
        (Some(id), _) => Needle { value: id.clone(), pointer, key: true },
        (None, Some(value)) if !pointer.is_empty() => Needle { value: value.clone(), pointer, key: false },
        (None, Some(_)) => return Err(ConfigError("--value needs a --match-field to compare it with".to_string())),
        (None, None) => return Err(ConfigError("find needs --lease-id, or --match-field with --value".to_string())),
    };
    if needle.value.is_empty() {
        return Err(ConfigError("the lease id or value to find is empty".to_string()));
    }
    let now = jiff::Timestamp::now();
    let from = match (&args.since, &args.from) {
        (Some(since), _) => {
            let ago = units::parse_duration(since).map_err(|err| ConfigError(format!("--since: {err}")))?;
            Some(before(now, ago).ok_or_else(|| ConfigError(format!("--since {since}: too far back")))?)
        }
        (None, Some(from)) => Some(time("--from", from, now, false)?),
        (None, None) => None,
    };
    let until = args.until.as_deref().map(|text| time("--until", text, now, true)).transpose()?;
    if let (Some(from), Some(until)) = (from, until)
        && until <= from
    {
        return Err(ConfigError(format!("--until ({until}) must be after the window's start ({from})")));
    }
    let max_records = args.max_records.unwrap_or(DEFAULT_MAX_RECORDS);
    if max_records == 0 {
        return Err(ConfigError("--max-records must be at least 1".to_string()));
    }
    let (auto_offset_reset, policy_assumed) = super::group::auto_offset_reset(layers, &args.auto_offset_reset);
    Ok(FindConfig {
        kafka: connection.kafka,
        topic: connection.topic,
        group: connection.group,
        timeout: connection.timeout,
        needle,
        from,
        until,
        max_records,
        auto_offset_reset,
        policy_assumed,
        logs: log_source(layers, &args.consumer_logs, &args.consumer_log_file)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_rfc3339_or_a_duration_ago() {
        let now: jiff::Timestamp = "2026-11-30T12:00:00Z".parse().unwrap();
        assert_eq!(time("--until", "10m", now, true).unwrap().to_string(), "2026-11-30T11:50:00Z");
        assert_eq!(
            time("--from", "2026-11-30T10:00:00+01:00", now, false).unwrap().to_string(),
            "2026-11-30T09:00:00Z"
        );
        assert!(time("--from", "1h", now, false).is_err());
        assert!(time("--until", "yesterday", now, true).is_err());
    }

    #[test]
    fn a_window_and_a_needle_are_required_to_make_sense() {
        let resolve = |argv: &[&str]| super::super::resolve_for_test(argv, None);
        assert!(resolve(&["rentflow-doctor", "find", "--lease-id", "L-1", "--since", "1h"]).is_ok());
        assert!(resolve(&["rentflow-doctor", "find", "--lease-id", "L-1", "--since", "soon"]).is_err());
        let backwards = [
            "rentflow-doctor",
            "find",
            "--lease-id",
            "L-1",
            "--from",
            "2026-11-30T12:00:00Z",
            "--until",
            "2026-11-30T11:00:00Z",
        ];
        assert!(resolve(&backwards).is_err());
        assert!(resolve(&["rentflow-doctor", "find", "--value", "77", "--match-field", ""]).is_err());
        assert!(resolve(&["rentflow-doctor", "find", "--lease-id", "L-1", "--max-records", "0"]).is_err());
    }
}
