//! Per-hop latency arithmetic, and clock skew instead of negative latencies.
//!
//! `grpc` and `total` are measured on the doctor's monotonic clock at both ends. `publish`,
//! `watch` and `consume` need the record's timestamp, written by the producer's host
//! (CreateTime) or the broker (LogAppendTime) in wall-clock milliseconds. A record cannot
//! have been written before the request was sent, nor after the doctor saw it; a timestamp
//! outside that window means the clocks disagree, and the hops that use it report the skew
//! rather than an impossible number.

use std::time::Instant;

use crate::clock::{Started, ms_between};

/// Record timestamps have millisecond resolution: allow one millisecond of rounding.
pub const TIMESTAMP_TOLERANCE_MS: f64 = 1.0;

/// A latency the doctor can state, or why it cannot.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Latency {
    Measured(f64),
    /// The record's clock is this far off the doctor's (positive: ahead).
    ClockSkew(f64),
}

/// The moments a probe went through, on the doctor's clock, and the record's timestamp.
#[derive(Debug, Clone, Copy)]
pub struct Moments {
    pub sent: Instant,
    pub answered: Instant,
    pub record_timestamp_ms: Option<i64>,
    pub seen: Option<Instant>,
    pub committed: Option<Instant>,
}

/// The three hops that depend on the record timestamp.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RecordHops {
    pub publish: Latency,
    pub watch: Option<Latency>,
    pub consume: Option<Latency>,
}

pub fn grpc_ms(moments: &Moments) -> f64 {
    ms_between(moments.sent, moments.answered)
}

/// Sent → the last thing observed (the commit, else the record, else the answer).
pub fn total_ms(moments: &Moments) -> f64 {
    let end = moments.committed.or(moments.seen).unwrap_or(moments.answered);
    ms_between(moments.sent, end)
}

/// Computes publish/watch/consume from the record timestamp, or the clock skew when the
/// timestamp falls outside [sent, seen].
pub fn record_hops(anchor: &Started, moments: &Moments) -> Option<RecordHops> {
    let timestamp = moments.record_timestamp_ms? as f64;
    let seen = moments.seen?;
    let sent_wall = anchor.wall_ms_at(moments.sent);
    let seen_wall = anchor.wall_ms_at(seen);
    let skew = if timestamp < sent_wall - TIMESTAMP_TOLERANCE_MS {
        Some(timestamp - sent_wall)
    } else if timestamp > seen_wall + TIMESTAMP_TOLERANCE_MS {
        Some(timestamp - seen_wall)
    } else {
        None
    };
    if let Some(skew) = skew {
        let skewed = Latency::ClockSkew(skew);
        return Some(RecordHops { publish: skewed, watch: Some(skewed), consume: moments.committed.map(|_| skewed) });
    }
    // Only the split point between publish and the rest comes from the record's clock;
    // everything after it is measured on the monotonic clock from the same send, so the
    // hops always add up to the total.
    let publish = (timestamp - sent_wall).clamp(0.0, ms_between(moments.sent, seen));
    let after_record = |at: Instant| Latency::Measured((ms_between(moments.sent, at) - publish).max(0.0));
    Some(RecordHops {
        publish: Latency::Measured(publish),
        watch: Some(after_record(seen)),
        consume: moments.committed.map(after_record),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn moments(anchor: &Started, record_offset_ms: f64) -> Moments {
        let sent = anchor.instant() + Duration::from_millis(10);
        let answered = sent + Duration::from_millis(8);
        let seen = sent + Duration::from_millis(9);
        let committed = sent + Duration::from_millis(40);
        let record = anchor.wall_ms_at(sent) + record_offset_ms;
        Moments {
            sent,
            answered,
            record_timestamp_ms: Some(record.floor() as i64),
            seen: Some(seen),
            committed: Some(committed),
        }
    }

    fn measured(latency: Option<Latency>) -> f64 {
        match latency {
            Some(Latency::Measured(ms)) => ms,
            other => panic!("expected a measurement, got {other:?}"),
        }
    }

    #[test]
    fn hops_add_up_when_clocks_agree() {
        let anchor = Started::now();
        let m = moments(&anchor, 5.0);
        let hops = record_hops(&anchor, &m).unwrap();
        let publish = measured(Some(hops.publish));
        let watch = measured(hops.watch);
        let consume = measured(hops.consume);
        assert!((3.5..=5.0).contains(&publish), "{publish}");
        assert!((publish + watch - 9.0).abs() < 1e-9, "{publish} + {watch}");
        assert!((publish + consume - total_ms(&m)).abs() < 1e-9, "{publish} + {consume}");
        assert!((grpc_ms(&m) - 8.0).abs() < 0.001);
        assert!((total_ms(&m) - 40.0).abs() < 0.001);
    }

    #[test]
    fn a_record_stamped_before_the_request_is_skew_not_a_negative_latency() {
        let anchor = Started::now();
        let hops = record_hops(&anchor, &moments(&anchor, -250.0)).unwrap();
        match hops.publish {
            Latency::ClockSkew(skew) => assert!((-251.0..=-249.0).contains(&skew), "{skew}"),
            other => panic!("{other:?}"),
        }
        assert!(matches!(hops.watch, Some(Latency::ClockSkew(_))));
        assert!(matches!(hops.consume, Some(Latency::ClockSkew(_))));
    }

    #[test]
    fn a_record_stamped_after_the_doctor_saw_it_is_skew_too() {
        let anchor = Started::now();
        let hops = record_hops(&anchor, &moments(&anchor, 500.0)).unwrap();
        assert!(matches!(hops.publish, Latency::ClockSkew(skew) if skew > 480.0));
    }

    #[test]
    fn millisecond_truncation_is_not_skew() {
        // A record written 0.3 ms after the send carries a timestamp truncated to the
        // millisecond, up to 0.7 ms before the send: rounding, not skew. Wall-clock
        // milliseconds near 1.8e12 are f64s 0.24 µs apart, so 0.3 may come back a hair over.
        for _ in 0..200 {
            let anchor = Started::now();
            let hops = record_hops(&anchor, &moments(&anchor, 0.3)).unwrap();
            assert!(matches!(hops.publish, Latency::Measured(ms) if (0.0..=0.301).contains(&ms)), "{hops:?}");
        }
    }

    #[test]
    fn without_a_record_there_is_nothing_to_compute() {
        let anchor = Started::now();
        let mut m = moments(&anchor, 1.0);
        m.record_timestamp_ms = None;
        assert!(record_hops(&anchor, &m).is_none());
        m.record_timestamp_ms = Some(0);
        m.seen = None;
        assert!(record_hops(&anchor, &m).is_none());
    }
}
