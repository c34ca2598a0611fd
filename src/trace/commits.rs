//! Following the consumer group's committed offsets while probes wait for the consumer.
//!
//! One task polls OffsetFetch for all of the topic's partitions (a single request) and
//! publishes each answer; every probe waits on that one stream for its partition's offset
//! to pass its event. The doctor never joins the group, so polling is the only way to learn
//! of a commit; the interval bounds how late a commit is noticed.

use std::time::{Duration, Instant};

use tokio::sync::watch;

use crate::kafka::KafkaFailure;
use crate::kafka::admin::{Committed, GroupOffsets};

/// How often the committed offsets are fetched during the first second: a healthy consumer
/// commits within milliseconds, and the interval bounds how late its commit is noticed.
pub const POLL_INTERVAL: Duration = Duration::from_millis(5);
/// After the first second the consumer is slow or stuck: ask the coordinator less often
/// (a trace may wait 15 s, during an incident, on a production cluster).
pub const SLOW_POLL_INTERVAL: Duration = Duration::from_millis(25);
const FAST_POLLING: Duration = Duration::from_secs(1);

/// The latest answer.
#[derive(Debug, Clone)]
pub struct CommitState {
    pub committed: Committed,
    /// When this answer arrived.
    pub at: Instant,
    /// The last fetch's failure, if it failed (the offsets are then the previous ones).
    pub error: Option<KafkaFailure>,
    /// How many times an offset moved since tracking began.
    pub moves: u64,
    /// Since when every fetch has failed (none when the last one answered).
    pub failing_since: Option<Instant>,
    /// Whether the offsets were ever read (before the probes or since): offsets never read
    /// are not "no commit".
    pub known: bool,
}

impl CommitState {
    pub fn offset(&self, partition: i32) -> Option<i64> {
        self.committed.get(&partition).copied().flatten()
    }
}

pub struct CommitTracker {
    receiver: watch::Receiver<CommitState>,
    task: tokio::task::JoinHandle<()>,
}

impl CommitTracker {
    /// Starts polling from `initial`, the offsets read before any probe was sent (`None` when
    /// that read failed); each fetch may take `request_timeout`.
    pub fn start(
        offsets: GroupOffsets,
        topic: &str,
        partitions: Vec<i32>,
        initial: Option<Committed>,
        request_timeout: Duration,
    ) -> CommitTracker {
        let known = initial.is_some();
        let (sender, receiver) = watch::channel(CommitState {
            committed: initial.unwrap_or_default(),
            at: Instant::now(),
            error: None,
            moves: 0,
            failing_since: None,
            known,
        });
        let topic = topic.to_string();
        let started = Instant::now();
        let task = tokio::spawn(async move {
            loop {
                let interval = if started.elapsed() < FAST_POLLING { POLL_INTERVAL } else { SLOW_POLL_INTERVAL };
                tokio::time::sleep(interval).await;
                let asked = Instant::now();
                let answer = offsets.committed(&topic, &partitions, asked + request_timeout).await;
                let at = Instant::now();
                sender.send_if_modified(|state| match answer {
                    Ok(committed) => {
                        let changed = committed != state.committed || state.error.is_some() || !state.known;
                        if committed != state.committed {
                            // The first answer after a failed initial read is no move.
                            if state.known {
                                state.moves += 1;
                            }
                            state.committed = committed;
                        }
                        state.known = true;
                        state.at = at;
                        state.error = None;
                        state.failing_since = None;
                        changed
                    }
                    Err(err) => {
                        // Waiters are woken on failures too, to judge how long they last.
                        state.error = Some(err);
                        state.failing_since.get_or_insert(asked);
                        true
                    }
                });
                if sender.is_closed() {
                    break;
                }
            }
        });
        CommitTracker { receiver, task }
    }

    pub fn current(&self) -> CommitState {
        self.receiver.borrow().clone()
    }

    /// Waits until the partition's committed offset is past `offset` (greater than it: the
    /// committed offset is the next record the group will read). Returns the moment it was
    /// observed, or the last state when the deadline passes first — or when the broker has
    /// not answered for `give_up_after`, since no commit can be observed then.
    pub async fn wait_past(
        &self,
        partition: i32,
        offset: i64,
        deadline: Instant,
        give_up_after: Duration,
    ) -> Result<Instant, CommitState> {
        let mut receiver = self.receiver.clone();
        let passed = |state: &CommitState| state.offset(partition).is_some_and(|committed| committed > offset);
        let waiting = receiver.wait_for(|state| {
            passed(state) || state.failing_since.is_some_and(|since| since.elapsed() >= give_up_after)
        });
        match tokio::time::timeout_at(deadline.into(), waiting).await {
            Ok(Ok(state)) if passed(&state) => Ok(state.at),
            _ => Err(self.current()),
        }
    }
}

impl Drop for CommitTracker {
    fn drop(&mut self) {
        self.task.abort();
    }
}
