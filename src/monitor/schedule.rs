//! When the next probe is due: a fixed cadence from the first probe, never two probes at
//! once. A probe slower than the interval delays the next one to the moment it ends, and
//! every tick that passed entirely during it is counted as skipped.

use std::time::{Duration, Instant};

#[derive(Debug, Clone)]
pub struct Schedule {
    interval: Duration,
    due: Instant,
    skipped: u64,
}

impl Schedule {
    /// The first probe is due at `start`.
    pub fn new(start: Instant, interval: Duration) -> Schedule {
        Schedule { interval, due: start, skipped: 0 }
    }

    pub fn due(&self) -> Instant {
        self.due
    }

    /// Ticks that found a probe still running, so far.
    pub fn skipped(&self) -> u64 {
        self.skipped
    }

    /// A probe ended at `finished`: moves to the next tick and returns how many ticks it
    /// skipped. The next probe runs at its tick, or at once if that tick has passed.
    pub fn finished(&mut self, finished: Instant) -> u64 {
        self.due += self.interval;
        if finished <= self.due {
            return 0;
        }
        // Ticks after `due` that passed too: only the last one still gets its probe.
        let behind = finished.duration_since(self.due);
        let missed = (behind.as_nanos() / self.interval.as_nanos().max(1)) as u64;
        self.due += self.interval * missed as u32;
        self.skipped += missed;
        missed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECOND: Duration = Duration::from_secs(1);

    #[test]
    fn a_quick_probe_waits_for_the_next_tick() {
        let start = Instant::now();
        let mut schedule = Schedule::new(start, SECOND);
        assert_eq!(schedule.due(), start);
        assert_eq!(schedule.finished(start + Duration::from_millis(200)), 0);
        assert_eq!(schedule.due(), start + SECOND);
        assert_eq!(schedule.finished(start + Duration::from_millis(1300)), 0);
        assert_eq!(schedule.due(), start + 2 * SECOND);
    }

    #[test]
    fn a_slow_probe_delays_the_next_and_counts_the_ticks_it_covered() {
        let start = Instant::now();
        let mut schedule = Schedule::new(start, SECOND);
        // From 0 to 3.5 s: the ticks at 1 s and 2 s are skipped; the one at 3 s runs late.
        assert_eq!(schedule.finished(start + Duration::from_millis(3500)), 2);
        assert_eq!(schedule.due(), start + 3 * SECOND);
        assert_eq!(schedule.skipped(), 2);
        // Back on the cadence: the next tick is at 4 s.
        assert_eq!(schedule.finished(start + Duration::from_millis(3700)), 0);
        assert_eq!(schedule.due(), start + 4 * SECOND);
    }

    #[test]
    fn a_probe_just_over_the_interval_runs_the_next_at_once_without_skipping() {
        let start = Instant::now();
        let mut schedule = Schedule::new(start, SECOND);
        assert_eq!(schedule.finished(start + Duration::from_millis(1500)), 0);
        assert_eq!(schedule.due(), start + SECOND);
        assert_eq!(schedule.skipped(), 0);
    }
}
