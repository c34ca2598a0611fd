//! Probe outcomes built by hand for the unit tests of the diagnosis and the burst summary:
//! what the session would have observed, without a broker.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use super::commits::CommitState;
use super::latency::Moments;
use super::matching::MatchedBy;
use super::watch::Seen;
use super::{Cut, ProbeOutcome};
use crate::config::Connection;
use crate::grpc::CallOutcome;
use crate::kafka::PartitionOffsets;
use crate::proto::TerminateLeaseResponse;

pub fn connection() -> Connection {
    use crate::config::connection as defaults;
    Connection::local(
        defaults::DEFAULT_BROKERS,
        defaults::DEFAULT_GRPC_URL,
        defaults::DEFAULT_TOPIC,
        defaults::DEFAULT_GROUP,
    )
}

/// The group's offsets: `(partition, committed)`.
pub fn state(offsets: &[(i32, Option<i64>)]) -> CommitState {
    CommitState {
        committed: offsets.iter().copied().collect::<BTreeMap<_, _>>(),
        at: Instant::now(),
        error: None,
        moves: 0,
        failing_since: None,
        known: true,
    }
}

/// Probe `index`, sent `at` after `start`, answered OK, its event seen at `partition:offset`
/// on a partition that held `log_end` offsets before the trace; not committed.
pub fn seen(index: u32, start: Instant, at: Duration, partition: i32, offset: i64, log_end: i64) -> ProbeOutcome {
    let sent = start + at;
    let seen_at = sent + Duration::from_millis(2);
    ProbeOutcome {
        index,
        probe: Default::default(),
        cut: None,
        call: CallOutcome::Answered(TerminateLeaseResponse {
            accepted: true,
            event_id: "e".to_string(),
            message: "ok".to_string(),
        }),
        moments: Moments {
            sent,
            answered: sent + Duration::from_millis(1),
            record_timestamp_ms: None,
            seen: Some(seen_at),
            committed: None,
        },
        seen: Some(Seen {
            partition,
            offset,
            timestamp_ms: None,
            timestamp_type: "create",
            key: None,
            headers: Vec::new(),
            event_id: None,
            matched_by: MatchedBy::Key,
            at: seen_at,
        }),
        record_hops: None,
        committed_at: None,
        commit_state: None,
        committed_before: None,
        committed_before_known: true,
        log_before: PartitionOffsets { partition, log_start: 0, log_end },
        first_record_before: None,
        event_wait: Duration::from_secs(10),
        consume_wait: Duration::from_secs(5),
        records_watched: 0,
        watch_errors: (0, None),
    }
}

/// As [`seen`], and committed past the event.
pub fn completed(index: u32, start: Instant, at: Duration, partition: i32, offset: i64) -> ProbeOutcome {
    let mut outcome = seen(index, start, at, partition, offset, 0);
    let committed = outcome.moments.sent + Duration::from_millis(5);
    outcome.committed_at = Some(committed);
    outcome.moments.committed = Some(committed);
    outcome.committed_before = Some(offset);
    outcome
}

/// Probe `index`, whose call failed with `code`.
pub fn failed(index: u32, start: Instant, at: Duration, code: tonic::Code) -> ProbeOutcome {
    let mut outcome = seen(index, start, at, 0, 0, 0);
    outcome.call = CallOutcome::Failed { code, message: "no answer within 2s".to_string() };
    outcome.seen = None;
    outcome.moments.seen = None;
    outcome.moments.answered = outcome.moments.sent + Duration::from_secs(2);
    outcome.event_wait = Duration::ZERO;
    outcome
}

/// Probe `index`, which the run's deadline stopped before it was sent.
pub fn not_sent(index: u32, start: Instant, at: Duration) -> ProbeOutcome {
    let mut outcome = failed(index, start, at, tonic::Code::DeadlineExceeded);
    outcome.cut = Some(Cut::NotSent);
    outcome
}

/// A group as its coordinator would describe it, with `members` members.
pub fn group(members: usize) -> crate::kafka::groups::GroupDescription {
    crate::kafka::groups::GroupDescription {
        group: "rentflow-django-consumer".to_string(),
        state: if members == 0 {
            crate::kafka::groups::GroupState::Empty
        } else {
            crate::kafka::groups::GroupState::Stable
        },
        protocol_type: "consumer".to_string(),
        group_protocol: "classic".to_string(),
        protocol: "range".to_string(),
        coordinator: "1@127.0.0.1:9092".to_string(),
        members: (0..members)
            .map(|n| crate::kafka::groups::Member {
                member_id: format!("member-{n}"),
                client_id: "rentflow-django-consumer".to_string(),
                host: "/127.0.0.1".to_string(),
                assignment: Vec::new(),
            })
            .collect(),
    }
}
