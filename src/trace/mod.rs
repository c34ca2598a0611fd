//! `trace`: send a TerminateLease probe, find its event on the topic, wait for the consumer
//! group to commit past it, and time every hop.
//!
//! Connect first, probe second: the gRPC channel, the topic's end offsets, the watcher and
//! the group's committed offsets are all in place — set up concurrently — before the first
//! probe goes out, so nothing the probe causes can be missed and no step of set-up is
//! counted in a hop. A burst (`--count`, `--concurrency`) shares one watcher and one commit
//! tracker among all probes (its summary, timeline and cause links are in [`burst`]).
//!
//! The run's own deadline (`--timeout`) is the doctor's, not the pipeline's: a probe it stops
//! before sending, or cuts short while waiting, is marked [`Cut`] and judged on nothing it
//! could not finish.
//!
//! Over 500 lines on purpose: set-up, the probe and its wait are one sequence in time, read
//! top to bottom; judging lives in `diagnose` and `burst`, rendering in `report`.

pub mod burst;
pub mod commits;
pub mod diagnose;
#[cfg(test)]
mod fixtures;
pub mod latency;
pub mod matching;
pub mod report;
pub mod watch;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use futures::StreamExt;
use tonic::transport::Channel;

use crate::clock::Started;
use crate::config::{Connection, ProbeConfig};
use crate::findings::{Finding, RD901, RD902};
use crate::grpc::{self, CallOutcome, GrpcFailure, ProbeCall};
use crate::kafka::admin::GroupOffsets;
use crate::kafka::{self, Admin, KafkaFailure, PartitionOffsets};
use crate::output::Progress;
use crate::proto::lease_service_client::LeaseServiceClient;

use commits::{CommitState, CommitTracker};
use diagnose::GroupLookup;
use latency::{Latency, Moments, RecordHops};
use report::{BurstBody, EventInfo, GroupView, GrpcAnswer, Hop, HopStatus, ProbeInfo, Resources, Target, TraceBody};
use watch::{Seen, Watcher};

/// What a trace produced, ready for a [`crate::report::Report`]: one probe's hops, or a
/// burst's statistics. Built once per run and moved, never stored in bulk, so the size
/// difference between the two variants costs nothing worth a box.
#[allow(clippy::large_enum_variant)]
pub enum Traced {
    /// One probe — or a burst whose set-up failed before any probe went out.
    Single { body: TraceBody, findings: Vec<Finding> },
    Burst {
        body: BurstBody,
        findings: Vec<Finding>,
        /// The lease ids whose events the group committed past (for checks of the
        /// consumer's logs).
        consumed: Vec<String>,
    },
}

impl Traced {
    pub fn findings(&self) -> &[Finding] {
        match self {
            Traced::Single { findings, .. } | Traced::Burst { findings, .. } => findings,
        }
    }

    /// The lease ids of the probes whose events the group committed past.
    pub fn consumed(&self) -> Vec<String> {
        match self {
            Traced::Single { body, .. } => {
                let total = body.hops.iter().find(|h| h.name == "consume");
                if total.is_some_and(|h| h.status == HopStatus::Ok) && !body.probe.lease_id.is_empty() {
                    vec![body.probe.lease_id.clone()]
                } else {
                    Vec::new()
                }
            }
            Traced::Burst { consumed, .. } => consumed.clone(),
        }
    }
}

/// Everything in place before the first probe.
struct Session {
    client: LeaseServiceClient<Channel>,
    admin: Admin,
    watcher: Arc<Watcher>,
    tracker: CommitTracker,
    /// The group's offset handle, kept to start a new tracker for each monitor probe.
    offsets: GroupOffsets,
    log_before: BTreeMap<i32, PartitionOffsets>,
}

/// Where the run's deadline (`--timeout`) stopped a probe: it says nothing about the pipeline
/// from that step on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cut {
    /// The deadline had passed before the probe's turn came.
    NotSent,
    /// The call was still waiting for its answer.
    Call,
    /// The call was answered; the wait for the record was cut short.
    Event,
    /// The record was seen; the wait for the group's commit was cut short.
    Commit,
}

/// One probe's observations.
pub struct ProbeOutcome {
    /// The probe's place in the order of sending (0 for the first).
    pub index: u32,
    pub probe: ProbeInfo,
    /// Set when the run's deadline stopped the probe before it reached a verdict.
    pub cut: Option<Cut>,
    pub call: CallOutcome,
    pub moments: Moments,
    pub seen: Option<Seen>,
    pub record_hops: Option<RecordHops>,
    pub committed_at: Option<Instant>,
    pub commit_state: Option<CommitState>,
    /// The group's committed offset on the event's partition as last observed when the probe
    /// was sent (during a burst, newer than the offsets read before the burst).
    pub committed_before: Option<i64>,
    /// Whether `committed_before` was read (a failed read is not "no commit").
    pub committed_before_known: bool,
    /// The event's partition before the trace began: records already there, and not sent by
    /// this trace, are the ones a group that never committed has skipped.
    pub log_before: PartitionOffsets,
    /// When the group's first commit went past `log_before`: the first committed record in
    /// it (`Some(None)`: none, only aborted records and transaction markers); `None` when not
    /// looked at.
    pub first_record_before: Option<Option<i64>>,
    pub event_wait: Duration,
    pub consume_wait: Duration,
    pub records_watched: u64,
    /// Fetch failures of the watcher while it waited, and the last one.
    pub watch_errors: (u64, Option<String>),
}

fn target(connection: &Connection) -> Target {
    Target {
        grpc_url: connection.grpc.url.clone(),
        brokers: connection.kafka.brokers.clone(),
        topic: connection.topic.clone(),
        group: connection.group.clone(),
    }
}

/// A trace always ends in a report: a set-up failure that would end another command (the
/// broker refused an operation) is reported as the broker not serving the trace.
fn kafka_finding(failure: &KafkaFailure) -> Finding {
    let finding = crate::error::kafka_finding(failure.clone())
        .unwrap_or_else(|failure| Finding::new(&RD902, failure.to_string()));
    match failure {
        KafkaFailure::Rejected { .. } => finding.with_fix(
            "Check the credentials and trust settings given with -X or the config file's [kafka] table (sasl.mechanism, sasl.username/sasl.password, the Kerberos principal and keytab, ssl.ca.location, the OIDC client id and secret); -vv shows librdkafka's security log.",
        ),
        _ => finding,
    }
}

fn grpc_finding(failure: &GrpcFailure) -> Finding {
    let finding = Finding::new(&RD901, failure.to_string());
    match failure {
        GrpcFailure::Tls { .. } => finding.with_fix(
            "Pass the CA that signed the service's certificate with --grpc-ca, and the name in that certificate with --grpc-domain when it differs from the URL's host.",
        ),
        _ => finding,
    }
}

/// Sets everything up concurrently. Fails with the findings that make a trace impossible.
async fn connect(
    connection: &Connection,
    probe: &ProbeConfig,
    verbose: u8,
    deadline: Instant,
) -> Result<Session, Vec<Finding>> {
    let step_deadline = (Instant::now() + connection.kafka.connect_timeout).min(deadline);
    let grpc_side = grpc::connect(&connection.grpc);
    let kafka_side = async {
        kafka::check_connects(&connection.kafka, verbose).await?;
        let admin = Admin::new(&connection.kafka, verbose)?;
        let offsets = GroupOffsets::new(&connection.kafka, &connection.group, verbose)?;
        let partitions = admin.partitions(&connection.topic, step_deadline).await?;
        let (log, committed) = tokio::join!(
            admin.log_offsets(&connection.topic, &partitions, step_deadline),
            offsets.committed(&connection.topic, &partitions, step_deadline),
        );
        let log = log?;
        let watcher = Watcher::start(&connection.kafka, verbose, &connection.topic, &log, &probe.match_field)?;
        // Without the group's offsets before the probe the trace still runs (the tracker
        // keeps trying), but draws no conclusion from "no commit" it did not see.
        let tracker = CommitTracker::start(
            offsets.clone(),
            &connection.topic,
            partitions,
            committed.ok(),
            connection.kafka.connect_timeout,
        );
        Ok::<_, KafkaFailure>((admin, watcher, tracker, offsets, log))
    };
    let (grpc_side, kafka_side) = tokio::join!(grpc_side, kafka_side);
    let mut findings = Vec::new();
    if let Err(failure) = &grpc_side {
        findings.push(grpc_finding(failure));
    }
    if let Err(failure) = &kafka_side {
        findings.push(kafka_finding(failure));
    }
    match (grpc_side, kafka_side) {
        (Ok(client), Ok((admin, watcher, tracker, offsets, log))) => Ok(Session {
            client,
            admin,
            watcher: Arc::new(watcher),
            tracker,
            offsets,
            log_before: log.into_iter().map(|p| (p.partition, p)).collect(),
        }),
        _ => Err(findings),
    }
}

impl Session {
    /// Sets up again what a new trace would, on the open connections: the log's end (where
    /// the watcher starts), the group's committed offsets and a tracker from them.
    async fn refresh(&mut self, connection: &Connection, deadline: Instant) -> Result<(), KafkaFailure> {
        let step_deadline = (Instant::now() + connection.kafka.connect_timeout).min(deadline);
        let partitions = self.admin.partitions(&connection.topic, step_deadline).await?;
        let (log, committed) = tokio::join!(
            self.admin.log_offsets(&connection.topic, &partitions, step_deadline),
            self.offsets.committed(&connection.topic, &partitions, step_deadline),
        );
        let log = log?;
        self.watcher.assign_from(&connection.topic, &log)?;
        self.tracker = CommitTracker::start(
            self.offsets.clone(),
            &connection.topic,
            partitions,
            committed.ok(),
            connection.kafka.connect_timeout,
        );
        self.log_before = log.into_iter().map(|p| (p.partition, p)).collect();
        Ok(())
    }

    /// Between monitor probes nothing is fetched: neither records nor offsets.
    fn idle(&self) {
        self.watcher.pause();
        self.tracker.stop();
    }

    /// The group's lag per partition before the probe: log end minus the committed offset
    /// the tracker last saw, for partitions where the group has committed (none when the
    /// offsets could not be read).
    fn lag_before(&self) -> BTreeMap<i32, i64> {
        let position = self.tracker.current();
        if !position.known {
            return BTreeMap::new();
        }
        self.log_before
            .iter()
            .filter_map(|(partition, log)| {
                let offset = position.offset(*partition)?;
                Some((*partition, (log.log_end - offset).max(0)))
            })
            .collect()
    }

    /// Sends probe number `index` and follows it; `progress` narrates the steps of a single
    /// trace.
    #[allow(clippy::too_many_arguments)] // the run's fixed context, passed down unchanged
    async fn probe(
        &self,
        connection: &Connection,
        probe: &ProbeConfig,
        index: u32,
        lease_id: String,
        anchor: &Started,
        deadline: Instant,
        progress: Option<&Progress>,
    ) -> ProbeOutcome {
        let call = ProbeCall {
            lease_id: lease_id.clone(),
            reason: probe.reason.clone(),
            requested_by: probe.requested_by.clone(),
            probe_id: uuid::Uuid::new_v4().to_string(),
            traceparent: grpc::new_traceparent(),
        };
        let info = ProbeInfo {
            lease_id: lease_id.clone(),
            probe_id: call.probe_id.clone(),
            traceparent: call.traceparent.clone(),
        };
        let sent = Instant::now();
        // The group's position as last observed, not as read before a burst began: by the
        // time this probe goes out, the consumer may have committed for earlier ones.
        let position = self.tracker.current();
        let mut outcome = ProbeOutcome {
            index,
            probe: info,
            cut: None,
            call: CallOutcome::Failed { code: tonic::Code::DeadlineExceeded, message: "not sent".to_string() },
            moments: Moments { sent, answered: sent, record_timestamp_ms: None, seen: None, committed: None },
            seen: None,
            record_hops: None,
            committed_at: None,
            commit_state: None,
            committed_before: None,
            committed_before_known: position.known,
            log_before: PartitionOffsets { partition: 0, log_start: 0, log_end: 0 },
            first_record_before: None,
            event_wait: Duration::ZERO,
            consume_wait: Duration::ZERO,
            records_watched: 0,
            watch_errors: (0, None),
        };
        if sent >= deadline {
            outcome.cut = Some(Cut::NotSent);
            return outcome;
        }
        // Registered before the call, so even an instant record is caught.
        let expected = self.watcher.expect(&lease_id);
        let mut client = self.client.clone();
        let call_timeout = connection.grpc.call_timeout.min(deadline.saturating_duration_since(sent));
        outcome.call = grpc::terminate_lease(&mut client, &call, call_timeout, connection.grpc.token.as_ref()).await;
        let answered = Instant::now();
        outcome.moments.answered = answered;
        if let CallOutcome::Failed { code, .. } = &outcome.call {
            self.watcher.forget(&lease_id);
            // Only the run's deadline, shorter than --grpc-timeout, ran out: the service was
            // not given its time.
            if *code == tonic::Code::DeadlineExceeded
                && call_timeout < connection.grpc.call_timeout
                && answered >= deadline
            {
                outcome.cut = Some(Cut::Call);
            }
            return outcome;
        }
        let narrate = |step: String| {
            if let Some(progress) = progress {
                progress.step(&step);
            }
        };
        narrate(format!("waiting for lease `{lease_id}` on `{}`", connection.topic));
        let own_event_deadline = answered + probe.event_timeout;
        let event_deadline = own_event_deadline.min(deadline);
        outcome.event_wait = event_deadline.saturating_duration_since(answered);
        let seen = match tokio::time::timeout_at(event_deadline.into(), expected).await {
            Ok(Ok(seen)) => seen,
            _ => {
                self.watcher.forget(&lease_id);
                outcome.records_watched = self.watcher.records_seen();
                outcome.watch_errors = self.watcher.fetch_errors();
                if deadline < own_event_deadline {
                    outcome.cut = Some(Cut::Event);
                }
                return outcome;
            }
        };
        outcome.moments.record_timestamp_ms = seen.timestamp_ms;
        outcome.moments.seen = Some(seen.at);
        outcome.committed_before = position.offset(seen.partition);
        outcome.log_before = self.log_before.get(&seen.partition).copied().unwrap_or(PartitionOffsets {
            partition: seen.partition,
            log_start: 0,
            log_end: 0,
        });
        narrate(format!(
            "waiting for group `{}` to commit past {}:{} offset {}",
            connection.group, connection.topic, seen.partition, seen.offset
        ));
        let own_consume_deadline = seen.at + probe.consume_timeout;
        let consume_deadline = own_consume_deadline.min(deadline);
        outcome.consume_wait = consume_deadline.saturating_duration_since(seen.at);
        let give_up_after = connection.kafka.connect_timeout;
        match self.tracker.wait_past(seen.partition, seen.offset, consume_deadline, give_up_after).await {
            Ok(at) => {
                outcome.committed_at = Some(at);
                outcome.moments.committed = Some(at);
                outcome.commit_state = Some(self.tracker.current());
            }
            Err(state) => {
                // Cut short only when the wait ended at the run's deadline, not because the
                // broker stopped answering first.
                if deadline < own_consume_deadline && Instant::now() >= deadline {
                    outcome.cut = Some(Cut::Commit);
                }
                outcome.commit_state = Some(state);
            }
        }
        outcome.record_hops = latency::record_hops(anchor, &outcome.moments);
        outcome.records_watched = self.watcher.records_seen();
        outcome.seen = Some(seen);
        outcome
    }
}

fn new_lease_id() -> String {
    format!("rentflow-doctor-probe-{}", uuid::Uuid::new_v4())
}

/// Runs the trace described by `probe` and returns its body and findings.
pub async fn run(connection: &Connection, probe: &ProbeConfig, verbose: u8, progress: &Progress) -> Traced {
    let anchor = Started::now();
    let deadline = anchor.instant() + connection.timeout;
    progress.step(&format!("connecting to {} and {}", connection.grpc.url, connection.kafka.brokers));
    let session = match connect(connection, probe, verbose, deadline).await {
        Ok(session) => session,
        Err(findings) => return unreachable_body(connection, probe, findings),
    };
    if probe.count == 1 {
        progress.step("probing");
        let lease_id = probe.lease_id.clone().unwrap_or_else(new_lease_id);
        let (mut body, findings, sent) =
            single(&session, connection, probe, verbose, lease_id, &anchor, deadline, Some(progress)).await;
        let started = crate::clock::process_started().unwrap_or(anchor.instant());
        body.setup_ms = Some(round3(crate::clock::ms_between(started, sent)));
        return Traced::Single { body, findings };
    }
    progress.step(&format!("sending {} probes, {} at a time", probe.count, probe.concurrency));
    let started = Instant::now();
    let mut outcomes: Vec<ProbeOutcome> = futures::stream::iter(0..probe.count)
        .map(|index| session.probe(connection, probe, index, new_lease_id(), &anchor, deadline, None))
        .buffer_unordered(probe.concurrency as usize)
        .collect()
        .await;
    let elapsed = started.elapsed();
    outcomes.sort_by_key(|outcome| outcome.index);
    records_before(&mut outcomes, connection, verbose, deadline).await;
    let needs_group = outcomes.iter().any(|o| o.seen.is_some() && o.committed_at.is_none());
    let group_now = group_if(needs_group, &session.admin, connection).await;
    let latest = session.tracker.current();
    let judged = burst::judge(&outcomes, connection, &group_now, &latest, started);
    let body = burst::body(connection, probe, &outcomes, &judged, elapsed, session.watcher.records_seen());
    let consumed = outcomes.iter().filter(|o| o.committed_at.is_some()).map(|o| o.probe.lease_id.clone()).collect();
    Traced::Burst { body, findings: judged.findings, consumed }
}

/// For each partition where the group's first commit went past offsets that were there before
/// the trace, whether any of them is a committed record (a transactional topic may hold only
/// aborted records and markers there): only then were records skipped.
async fn records_before(outcomes: &mut [ProbeOutcome], connection: &Connection, verbose: u8, deadline: Instant) {
    let jumped = |o: &ProbeOutcome| {
        let seen = o.seen.as_ref()?;
        let skipped_range = seen.offset.min(o.log_before.log_end) > o.log_before.log_start;
        (o.committed_at.is_some() && o.committed_before.is_none() && o.committed_before_known && skipped_range)
            .then_some((seen.partition, (o.log_before.log_start, seen.offset.min(o.log_before.log_end))))
    };
    let ranges: BTreeMap<i32, (i64, i64)> = outcomes.iter().filter_map(jumped).collect();
    let mut found = BTreeMap::new();
    for (partition, range) in ranges {
        let wait = connection.kafka.connect_timeout.min(deadline.saturating_duration_since(Instant::now()));
        let (config, topic) = (connection.kafka.clone(), connection.topic.clone());
        let first = kafka::blocking(Instant::now() + wait, move |wait| {
            watch::first_committed_record(&config, verbose, &topic, partition, range, wait)
        })
        .await;
        // Unread is not "none": the finding then keeps its upper bound.
        if let Ok(first) = first {
            found.insert(partition, first);
        }
    }
    for outcome in outcomes.iter_mut() {
        if let Some(seen) = &outcome.seen {
            outcome.first_record_before = found.get(&seen.partition).copied();
        }
    }
}

/// One probe sent, followed and judged as a single `trace` judges it (the same
/// [`burst::judge`] as a burst of one): its body, its findings and the moment it was sent.
#[allow(clippy::too_many_arguments)] // the run's fixed context, passed down unchanged
async fn single(
    session: &Session,
    connection: &Connection,
    probe: &ProbeConfig,
    verbose: u8,
    lease_id: String,
    anchor: &Started,
    deadline: Instant,
    progress: Option<&Progress>,
) -> (TraceBody, Vec<Finding>, Instant) {
    let mut outcome = session.probe(connection, probe, 0, lease_id, anchor, deadline, progress).await;
    records_before(std::slice::from_mut(&mut outcome), connection, verbose, deadline).await;
    let needs_group = outcome.committed_at.is_none() && outcome.seen.is_some();
    if needs_group && let Some(progress) = progress {
        progress.step("inspecting the consumer group");
    }
    let group_now = group_if(needs_group, &session.admin, connection).await;
    let latest = session.tracker.current();
    let outcomes = std::slice::from_ref(&outcome);
    let findings = burst::judge(outcomes, connection, &group_now, &latest, outcome.moments.sent).findings;
    (single_body(connection, &outcome, &group_now, &latest), findings, outcome.moments.sent)
}

/// One probe of a [`Prober`]: the same body and findings as a single `trace`.
pub struct Probed {
    pub body: TraceBody,
    pub findings: Vec<Finding>,
    /// When the request went out (when set-up failed: when the attempt began).
    pub sent_at: SystemTime,
    /// The group's lag per partition before the probe (empty when it could not be read).
    pub lag: BTreeMap<i32, i64>,
}

/// A trace kept connected between probes (`monitor`): the first probe connects, each later
/// one re-reads the log's end and the group's offsets on the open connections, and between
/// probes nothing is fetched. A set-up failure drops the connections; the next probe
/// connects again.
pub struct Prober {
    session: Option<Session>,
    verbose: u8,
}

impl Prober {
    pub fn new(verbose: u8) -> Prober {
        Prober { session: None, verbose }
    }

    /// Sends one probe with a new `rentflow-doctor-probe-…` lease id, bounded by
    /// `connection.timeout`.
    pub async fn probe(&mut self, connection: &Connection, probe: &ProbeConfig) -> Probed {
        let anchor = Started::now();
        let deadline = anchor.instant() + connection.timeout;
        let at_start = wall_time(&anchor, anchor.instant());
        let session = match self.session.take() {
            Some(mut session) => match session.refresh(connection, deadline).await {
                Ok(()) => session,
                Err(failure) => return unreachable_probe(connection, probe, vec![kafka_finding(&failure)], at_start),
            },
            None => match connect(connection, probe, self.verbose, deadline).await {
                Ok(session) => session,
                Err(findings) => return unreachable_probe(connection, probe, findings, at_start),
            },
        };
        let lag = session.lag_before();
        let (body, findings, sent) =
            single(&session, connection, probe, self.verbose, new_lease_id(), &anchor, deadline, None).await;
        session.idle();
        self.session = Some(session);
        Probed { body, findings, sent_at: wall_time(&anchor, sent), lag }
    }
}

fn wall_time(anchor: &Started, at: Instant) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs_f64(anchor.wall_ms_at(at).max(0.0) / 1000.0)
}

fn unreachable_probe(connection: &Connection, probe: &ProbeConfig, findings: Vec<Finding>, at: SystemTime) -> Probed {
    let body = unreachable_trace(connection, probe);
    Probed { body, findings, sent_at: at, lag: BTreeMap::new() }
}

/// Describes the group only when a consume hop failed: a healthy trace does not pay for it.
async fn group_if(needed: bool, admin: &Admin, connection: &Connection) -> GroupLookup {
    if !needed {
        return GroupLookup::NotInspected;
    }
    let deadline = Instant::now() + connection.kafka.connect_timeout;
    match admin.describe_group(&connection.group, deadline).await {
        Ok(Some(found)) => GroupLookup::Found(found),
        Ok(None) => GroupLookup::Unknown,
        Err(failure) => GroupLookup::Unavailable(failure),
    }
}

fn unreachable_body(connection: &Connection, probe: &ProbeConfig, findings: Vec<Finding>) -> Traced {
    Traced::Single { body: unreachable_trace(connection, probe), findings }
}

fn unreachable_trace(connection: &Connection, probe: &ProbeConfig) -> TraceBody {
    let hops = report::HOP_NAMES
        .iter()
        .map(|name| Hop {
            name: name.to_string(),
            status: HopStatus::Skipped,
            latency_ms: None,
            clock_skew_ms: None,
            detail: "not started: set-up failed".to_string(),
        })
        .collect();
    TraceBody {
        target: target(connection),
        probe: ProbeInfo { lease_id: probe.lease_id.clone().unwrap_or_default(), ..Default::default() },
        hops,
        grpc: None,
        event: None,
        group: None,
        records_watched: 0,
        setup_ms: None,
    }
}

fn hop(name: &str, status: HopStatus, latency: Option<Latency>, detail: impl Into<String>) -> Hop {
    let (latency_ms, clock_skew_ms) = match latency {
        Some(Latency::Measured(ms)) => (Some(round3(ms)), None),
        Some(Latency::ClockSkew(skew)) => (None, Some(round3(skew))),
        None => (None, None),
    };
    Hop { name: name.to_string(), status, latency_ms, clock_skew_ms, detail: detail.into() }
}

fn round3(ms: f64) -> f64 {
    (ms * 1000.0).round() / 1000.0
}

/// The five hops of one probe.
fn hops_of(outcome: &ProbeOutcome, connection: &Connection) -> Vec<Hop> {
    use HopStatus::*;
    const CUT: &str = "cut short: run deadline (--timeout)";
    if outcome.cut == Some(self::Cut::NotSent) {
        return report::HOP_NAMES
            .iter()
            .map(|name| hop(name, Cut, None, "not sent: run deadline (--timeout)"))
            .collect();
    }
    let grpc_ms = Some(Latency::Measured(latency::grpc_ms(&outcome.moments)));
    let mut hops = Vec::with_capacity(5);
    let skipped = |name: &str| hop(name, Skipped, None, "not reached");
    let call_ok = match &outcome.call {
        CallOutcome::Answered(_) => {
            hops.push(hop("grpc", Ok, grpc_ms, "request sent → response"));
            true
        }
        CallOutcome::Failed { .. } if outcome.cut == Some(self::Cut::Call) => {
            hops.push(hop("grpc", Cut, grpc_ms, CUT));
            false
        }
        CallOutcome::Failed { code, .. } => {
            hops.push(hop(
                "grpc",
                Failed,
                grpc_ms,
                format!("request sent → {} (message below)", grpc::code_name(*code)),
            ));
            false
        }
    };
    if !call_ok {
        hops.extend(["publish", "watch", "consume"].map(skipped));
    } else if let Some(seen) = &outcome.seen {
        let record = outcome.record_hops;
        hops.push(hop(
            "publish",
            Ok,
            record.map(|r| r.publish),
            format!("request sent → record timestamp ({})", seen.timestamp_type),
        ));
        hops.push(hop("watch", Ok, record.and_then(|r| r.watch), "record timestamp → seen by the doctor"));
        if outcome.committed_at.is_some() {
            hops.push(hop(
                "consume",
                Ok,
                record.and_then(|r| r.consume),
                format!("record timestamp → group `{}` committed past it", connection.group),
            ));
        } else {
            let waited = crate::units::duration(outcome.consume_wait);
            let (status, detail) = if outcome.cut == Some(self::Cut::Commit) {
                (Cut, format!("{CUT}: no commit past offset {} in the {waited} left", seen.offset))
            } else {
                (
                    Failed,
                    format!("group `{}` did not commit past offset {} within {waited}", connection.group, seen.offset),
                )
            };
            hops.push(hop("consume", status, None, detail));
        }
    } else {
        let waited = crate::units::duration(outcome.event_wait);
        let (status, detail) = if outcome.cut == Some(self::Cut::Event) {
            (Cut, format!("{CUT}: no matching record in the {waited} left"))
        } else {
            (Failed, format!("no matching record on `{}` within {waited}", connection.topic))
        };
        hops.push(hop("publish", status, None, detail));
        hops.extend(["watch", "consume"].map(skipped));
    }
    let all_ok = hops.iter().all(|h| h.status == Ok);
    let total_status = if all_ok {
        Ok
    } else if outcome.cut.is_some() {
        Cut
    } else {
        Failed
    };
    hops.push(hop(
        "total",
        total_status,
        Some(Latency::Measured(latency::total_ms(&outcome.moments))),
        if all_ok { "request sent → commit observed" } else { "request sent → last hop observed" },
    ));
    hops
}

fn single_body(
    connection: &Connection,
    outcome: &ProbeOutcome,
    group_now: &GroupLookup,
    latest: &CommitState,
) -> TraceBody {
    let grpc = Some(match &outcome.call {
        CallOutcome::Answered(response) => GrpcAnswer {
            status: "OK".to_string(),
            code: 0,
            message: response.message.clone(),
            accepted: Some(response.accepted),
            event_id: Some(response.event_id.clone()).filter(|id| !id.is_empty()),
        },
        CallOutcome::Failed { code, message } => GrpcAnswer {
            status: grpc::code_name(*code),
            code: *code as i32,
            message: message.clone(),
            accepted: None,
            event_id: None,
        },
    });
    let event = outcome.seen.as_ref().map(|seen| EventInfo {
        partition: seen.partition,
        offset: seen.offset,
        timestamp: seen.timestamp_ms.map(crate::clock::rfc3339_ms),
        timestamp_ms: seen.timestamp_ms,
        timestamp_type: seen.timestamp_type.to_string(),
        matched_by: match seen.matched_by {
            matching::MatchedBy::Key => "key".to_string(),
            matching::MatchedBy::Field => "field".to_string(),
        },
        key: seen.key.clone(),
        event_id: seen.event_id.clone(),
        headers: seen.headers.iter().cloned().collect(),
    });
    let group = outcome.seen.as_ref().map(|seen| GroupView {
        state: outcome.committed_at.is_none().then(|| group_now.state()),
        members: group_now.members().filter(|_| outcome.committed_at.is_none()),
        committed_before: outcome.committed_before,
        committed_after: latest.offset(seen.partition),
    });
    TraceBody {
        target: target(connection),
        probe: outcome.probe.clone(),
        hops: hops_of(outcome, connection),
        grpc,
        event,
        group,
        records_watched: outcome.records_watched,
        setup_ms: None,
    }
}

/// CPU time and peak memory of this process so far.
pub fn resources() -> Resources {
    // SAFETY: getrusage only writes into the struct we pass.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    if unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) } != 0 {
        return Resources::default();
    }
    let cpu_ms = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) as f64 * 1000.0
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) as f64 / 1000.0;
    Resources { cpu_ms: round3(cpu_ms), peak_rss_mib: round3(usage.ru_maxrss as f64 / 1024.0) }
}
