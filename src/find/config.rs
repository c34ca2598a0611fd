//! `find`'s typed settings, resolved from its arguments, the environment and the config file
//! through [`crate::settings`], so that nothing past this point reads command-line structs.

use std::time::Duration;

use crate::checks::live::LogSource;
use crate::cli::{AutoOffsetReset, FindArgs, ProbeArgs};
use crate::error::Failure;
use crate::settings::{self, FileConfig, KafkaConfig};

use super::scan::Needle;

/// Records read at most when `--max-records` is not given: about a minute of reading.
pub const DEFAULT_MAX_RECORDS: u64 = 10_000_000;

#[derive(Debug, Clone)]
pub struct FindConfig {
    pub kafka: KafkaConfig,
    pub topic: String,
    pub group: String,
    pub timeout: Duration,
    pub needle: Needle,
    pub from: Option<jiff::Timestamp>,
    pub until: Option<jiff::Timestamp>,
    pub max_records: u64,
    pub auto_offset_reset: AutoOffsetReset,
    pub policy_assumed: bool,
    pub logs: Option<LogSource>,
}

/// An RFC 3339 time, or (when `ago_allowed`) a duration before now.
fn time(flag: &str, text: &str, now: jiff::Timestamp, ago_allowed: bool) -> Result<jiff::Timestamp, Failure> {
    if let Ok(time) = text.parse::<jiff::Timestamp>() {
        return Ok(time);
    }
    if ago_allowed && let Ok(ago) = settings::parse_duration(text) {
        return jiff::SignedDuration::try_from(ago)
            .ok()
            .and_then(|ago| now.checked_sub(ago).ok())
            .ok_or_else(|| Failure::Usage(format!("{flag} {text}: too far back")));
    }
    Err(Failure::Usage(format!(
        "{flag} `{text}` is not an RFC 3339 time (2026-11-30T14:00:00Z){}",
        if ago_allowed { " or a duration (1h, 30m)" } else { "" }
    )))
}

pub fn resolve(args: &FindArgs, file: &FileConfig) -> Result<FindConfig, Failure> {
    let connection = settings::connection(&args.kafka, &Default::default(), &args.pipeline, file)?;
    if connection.topic.contains(':') {
        return Err(Failure::Usage(format!("find --topic takes a topic name, not partitions: `{}`", connection.topic)));
    }
    let probe = ProbeArgs { match_field: args.match_field.clone(), ..ProbeArgs::default() };
    let pointer = settings::probe(&probe, file)?.match_field;
    let needle = match (&args.lease_id, &args.value) {
        (Some(id), _) => Needle { value: id.clone(), pointer, key: true },
        (None, Some(value)) => {
            if pointer.is_empty() {
                return Err(Failure::Usage("--value needs a --match-field to compare it with".to_string()));
            }
            Needle { value: value.clone(), pointer, key: false }
        }
        (None, None) => return Err(Failure::Usage("find needs --lease-id or --match-field with --value".to_string())),
    };
    if needle.value.is_empty() {
        return Err(Failure::Usage("the lease id or value to find is empty".to_string()));
    }
    let now = jiff::Timestamp::now();
    let from = match (&args.since, &args.from) {
        (Some(since), _) => {
            let ago = settings::parse_duration(since).map_err(|err| Failure::Usage(format!("--since: {err}")))?;
            let ago = jiff::SignedDuration::try_from(ago).ok().and_then(|ago| now.checked_sub(ago).ok());
            Some(ago.ok_or_else(|| Failure::Usage(format!("--since {since}: too far back")))?)
        }
        (None, Some(from)) => Some(time("--from", from, now, false)?),
        (None, None) => None,
    };
    let until = args.until.as_deref().map(|text| time("--until", text, now, true)).transpose()?;
    if let (Some(from), Some(until)) = (from, until)
        && until <= from
    {
        return Err(Failure::Usage(format!("--until ({until}) must be after the window's start ({from})")));
    }
    let max_records = args.max_records.unwrap_or(DEFAULT_MAX_RECORDS);
    if max_records == 0 {
        return Err(Failure::Usage("--max-records must be at least 1".to_string()));
    }
    let (auto_offset_reset, policy_assumed) = match (args.auto_offset_reset, file.auto_offset_reset) {
        (Some(policy), _) | (None, Some(policy)) => (policy, false),
        (None, None) => (AutoOffsetReset::Latest, true),
    };
    let logs = match (&args.consumer_logs, &args.consumer_log_file) {
        (Some(command), _) => Some(LogSource::Command(command.clone())),
        (None, Some(path)) => Some(LogSource::File(path.clone())),
        (None, None) => match (&file.check.consumer_logs, &file.check.consumer_log_file) {
            (Some(command), _) => Some(LogSource::Command(command.clone())),
            (None, Some(path)) => Some(LogSource::File(path.clone())),
            (None, None) => None,
        },
    };
    if let Some(LogSource::Command(command)) = &logs
        && command.trim().is_empty()
    {
        return Err(Failure::Usage("--consumer-logs is empty".to_string()));
    }
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
        logs,
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
}
