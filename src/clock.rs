//! One anchor between the monotonic clock and the wall clock.
//!
//! Latencies the doctor observes at both ends come from `Instant`s. Record timestamps are
//! wall-clock milliseconds written by another host, so they are compared with the wall time
//! this anchor assigns to an `Instant` — one reading of the system clock per run, never a
//! mix of readings that NTP may have stepped in between.

use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

static PROCESS_STARTED: OnceLock<Instant> = OnceLock::new();

/// Marks the start of the process (first thing in `main`); later calls change nothing.
pub fn mark_process_start() {
    PROCESS_STARTED.get_or_init(Instant::now);
}

/// When the process started, if `main` marked it.
pub fn process_started() -> Option<Instant> {
    PROCESS_STARTED.get().copied()
}

#[derive(Debug, Clone, Copy)]
pub struct Started {
    instant: Instant,
    wall_ms: f64,
}

impl Started {
    pub fn now() -> Started {
        let instant = Instant::now();
        let wall_ms = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs_f64() * 1000.0).unwrap_or(0.0);
        Started { instant, wall_ms }
    }

    /// The wall-clock time (ms since the Unix epoch) of `at`, derived from the anchor.
    pub fn wall_ms_at(&self, at: Instant) -> f64 {
        if at >= self.instant {
            self.wall_ms + at.duration_since(self.instant).as_secs_f64() * 1000.0
        } else {
            self.wall_ms - self.instant.duration_since(at).as_secs_f64() * 1000.0
        }
    }

    pub fn elapsed_ms(&self) -> f64 {
        self.instant.elapsed().as_secs_f64() * 1000.0
    }

    pub fn instant(&self) -> Instant {
        self.instant
    }

    pub fn rfc3339(&self) -> String {
        let timestamp = jiff::Timestamp::from_millisecond(self.wall_ms as i64).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
        format!("{timestamp:.3}")
    }
}

/// Milliseconds between two instants, as a float with sub-millisecond precision.
pub fn ms_between(from: Instant, to: Instant) -> f64 {
    to.saturating_duration_since(from).as_secs_f64() * 1000.0
}

/// Formats epoch milliseconds as RFC 3339 UTC with millisecond precision.
pub fn rfc3339_ms(epoch_ms: i64) -> String {
    match jiff::Timestamp::from_millisecond(epoch_ms) {
        Ok(timestamp) => format!("{timestamp:.3}"),
        Err(_) => format!("{epoch_ms} ms since the epoch"),
    }
}
