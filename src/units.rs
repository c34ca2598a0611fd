//! Units as people read and write them: durations (`30s`, `1m30s`), latencies in
//! milliseconds (`12.3 ms`) and counts with thousands separators (`12,345`).
//!
//! A module of its own, below everything else, so that error messages in `kafka` and `grpc`,
//! the settings and every report can use the same words without importing one another.

use std::time::Duration;

/// `5s`, `250ms`, `1m30s`.
pub fn duration(d: Duration) -> String {
    // A deadline's remaining time is a few ms short of the configured one; show the setting.
    let ms = match d.as_millis() {
        ms if ms < 1000 => ms,
        ms => (ms + 50) / 100 * 100,
    };
    let d = Duration::from_millis(ms as u64);
    if ms < 1000 {
        format!("{ms}ms")
    } else if ms.is_multiple_of(1000) && ms < 60_000 {
        format!("{}s", ms / 1000)
    } else if ms < 60_000 {
        format!("{:.1}s", d.as_secs_f64())
    } else {
        let secs = d.as_secs();
        if secs.is_multiple_of(60) { format!("{}m", secs / 60) } else { format!("{}m{}s", secs / 60, secs % 60) }
    }
}

/// Parses a duration: `30s`, `500ms`, `2m`, `1h30m`, ISO 8601 `PT30S`, or bare seconds.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let trimmed = text.trim();
    // `try_`: a number too large for a Duration is an error, not a panic.
    if let Ok(seconds) = trimmed.parse::<f64>()
        && let Ok(duration) = Duration::try_from_secs_f64(seconds)
    {
        return Ok(duration);
    }
    let signed: jiff::SignedDuration =
        trimmed.parse().map_err(|_| format!("`{text}` is not a duration (examples: 30s, 500ms, 2m, 1h30m)"))?;
    Duration::try_from(signed).map_err(|_| format!("`{text}` is negative; a duration here must be positive"))
}

/// A latency in milliseconds for people: `0.84 ms`, `12.3 ms`, `1.52 s`.
pub fn millis(ms: f64) -> String {
    if ms < 10.0 {
        format!("{ms:.2} ms")
    } else if ms < 1000.0 {
        format!("{ms:.1} ms")
    } else {
        format!("{:.2} s", ms / 1000.0)
    }
}

/// Thousands separators for counts: `12,345`.
pub fn count(n: impl Into<i128>) -> String {
    let n: i128 = n.into();
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_naturally() {
        assert_eq!(duration(Duration::from_millis(250)), "250ms");
        assert_eq!(duration(Duration::from_secs(5)), "5s");
        assert_eq!(duration(Duration::from_millis(1500)), "1.5s");
        assert_eq!(duration(Duration::from_secs(90)), "1m30s");
        assert_eq!(duration(Duration::from_secs(120)), "2m");
        assert_eq!(duration(Duration::from_millis(1997)), "2s");
    }

    #[test]
    fn durations_parse_in_the_usual_forms() {
        assert_eq!(parse_duration("30s").unwrap(), Duration::from_secs(30));
        assert_eq!(parse_duration("500ms").unwrap(), Duration::from_millis(500));
        assert_eq!(parse_duration("2m").unwrap(), Duration::from_secs(120));
        assert_eq!(parse_duration("1h30m").unwrap(), Duration::from_secs(5400));
        assert_eq!(parse_duration("PT5S").unwrap(), Duration::from_secs(5));
        assert_eq!(parse_duration("1.5").unwrap(), Duration::from_millis(1500));
        assert!(parse_duration("soon").is_err());
        assert!(parse_duration("-5s").is_err());
        // Found by the reset_target fuzz target: too large for a Duration.
        assert!(parse_duration("955555555555555575557").is_err());
        assert!(parse_duration("1e300").is_err());
        assert!(parse_duration("-1").is_err());
        assert!(parse_duration("NaN").is_err());
    }

    #[test]
    fn latencies_and_counts_read_naturally() {
        assert_eq!(millis(0.844), "0.84 ms");
        assert_eq!(millis(12.34), "12.3 ms");
        assert_eq!(millis(1520.0), "1.52 s");
        assert_eq!(count(1234567), "1,234,567");
        assert_eq!(count(-1200), "-1,200");
        assert_eq!(count(12), "12");
    }
}
