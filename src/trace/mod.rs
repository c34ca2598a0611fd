//! `trace`: send a TerminateLease probe, find its event on the topic, wait for the consumer
//! group to commit past it, and time every hop.
//!
//! Connect first, probe second: the gRPC channel, the topic's end offsets, the watcher and
//! the group's committed offsets are all in place — set up concurrently — before the first
//! probe goes out, so nothing the probe causes can be missed and no step of set-up is
//! counted in a hop. A burst (`--count`, `--concurrency`) shares one watcher and one commit
//! tracker among all probes.

pub mod commits;
pub mod diagnose;
pub mod latency;
pub mod matching;
pub mod report;
pub mod watch;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::StreamExt;
use tonic::transport::Channel;

use crate::clock::Started;
use crate::config::{Connection, ProbeConfig};
use crate::findings::{Finding, RD901, RD902};
use crate::grpc::{self, CallOutcome, GrpcFailure, ProbeCall};
use crate::kafka::admin::{Committed, GroupOffsets};
use crate::kafka::{self, Admin, KafkaFailure, PartitionOffsets};
use crate::output::Progress;
use crate::proto::lease_service_client::LeaseServiceClient;

use commits::{CommitState, CommitTracker};
use diagnose::GroupLookup;
use latency::{Latency, Moments, RecordHops};
use report::{
    BurstBody, EventInfo, GroupView, GrpcAnswer, Hop, HopStats, HopStatus, ProbeInfo, Resources, Target, TraceBody,
};
use watch::{Seen, Watcher};

/// What a trace produced, ready for a [`crate::report::Report`]: one probe's hops, or a
/// burst's statistics.
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
    log_before: BTreeMap<i32, PartitionOffsets>,
    /// The group's committed offsets before the first probe; `None` when they could not be
    /// read (then nothing is inferred from them).
    committed_before: Option<Committed>,
}

/// One probe's observations.
pub struct ProbeOutcome {
    pub probe: ProbeInfo,
    pub call: CallOutcome,
    pub moments: Moments,
    pub seen: Option<Seen>,
    pub record_hops: Option<RecordHops>,
    pub committed_at: Option<Instant>,
    pub commit_state: Option<CommitState>,
    pub committed_before: Option<i64>,
    /// Whether `committed_before` was read (a failed read is not "no commit").
    pub committed_before_known: bool,
    /// The event's partition before the trace began: records already there, and not sent by
    /// this trace, are the ones a group that never committed has skipped.
    pub log_before: PartitionOffsets,
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
    crate::error::kafka_finding(failure.clone()).unwrap_or_else(|failure| Finding::new(&RD902, failure.to_string()))
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
        let committed = committed.ok();
        let tracker = CommitTracker::start(
            offsets,
            &connection.topic,
            partitions,
            committed.clone().unwrap_or_default(),
            connection.kafka.connect_timeout,
        );
        Ok::<_, KafkaFailure>((admin, watcher, tracker, log, committed))
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
        (Ok(client), Ok((admin, watcher, tracker, log, committed_before))) => Ok(Session {
            client,
            admin,
            watcher: Arc::new(watcher),
            tracker,
            log_before: log.into_iter().map(|p| (p.partition, p)).collect(),
            committed_before,
        }),
        _ => Err(findings),
    }
}

impl Session {
    /// Sends one probe and follows it; `progress` narrates the steps of a single trace.
    async fn probe(
        &self,
        connection: &Connection,
        probe: &ProbeConfig,
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
        // Registered before the call, so even an instant record is caught.
        let expected = self.watcher.expect(&lease_id);
        let mut client = self.client.clone();
        let call_timeout = connection.grpc.call_timeout.min(deadline.saturating_duration_since(Instant::now()));
        let sent = Instant::now();
        let answer = grpc::terminate_lease(&mut client, &call, call_timeout, connection.grpc.token.as_ref()).await;
        let answered = Instant::now();
        let mut outcome = ProbeOutcome {
            probe: info,
            call: answer,
            moments: Moments { sent, answered, record_timestamp_ms: None, seen: None, committed: None },
            seen: None,
            record_hops: None,
            committed_at: None,
            commit_state: None,
            committed_before: None,
            committed_before_known: false,
            log_before: PartitionOffsets { partition: 0, log_start: 0, log_end: 0 },
            event_wait: Duration::ZERO,
            consume_wait: Duration::ZERO,
            records_watched: 0,
            watch_errors: (0, None),
        };
        if matches!(outcome.call, CallOutcome::Failed { .. }) {
            self.watcher.forget(&lease_id);
            return outcome;
        }
        let narrate = |step: String| {
            if let Some(progress) = progress {
                progress.step(&step);
            }
        };
        narrate(format!("waiting for lease `{lease_id}` on `{}`", connection.topic));
        let event_deadline = (answered + probe.event_timeout).min(deadline);
        outcome.event_wait = event_deadline.saturating_duration_since(answered);
        let seen = match tokio::time::timeout_at(event_deadline.into(), expected).await {
            Ok(Ok(seen)) => seen,
            _ => {
                self.watcher.forget(&lease_id);
                outcome.records_watched = self.watcher.records_seen();
                outcome.watch_errors = self.watcher.fetch_errors();
                return outcome;
            }
        };
        outcome.moments.record_timestamp_ms = seen.timestamp_ms;
        outcome.moments.seen = Some(seen.at);
        outcome.committed_before_known = self.committed_before.is_some();
        outcome.committed_before =
            self.committed_before.as_ref().and_then(|before| before.get(&seen.partition).copied().flatten());
        outcome.log_before = self.log_before.get(&seen.partition).copied().unwrap_or(PartitionOffsets {
            partition: seen.partition,
            log_start: 0,
            log_end: 0,
        });
        narrate(format!(
            "waiting for group `{}` to commit past {}:{} offset {}",
            connection.group, connection.topic, seen.partition, seen.offset
        ));
        let consume_deadline = (seen.at + probe.consume_timeout).min(deadline);
        outcome.consume_wait = consume_deadline.saturating_duration_since(seen.at);
        let give_up_after = connection.kafka.connect_timeout;
        match self.tracker.wait_past(seen.partition, seen.offset, consume_deadline, give_up_after).await {
            Ok(at) => {
                outcome.committed_at = Some(at);
                outcome.moments.committed = Some(at);
                outcome.commit_state = Some(self.tracker.current());
            }
            Err(state) => outcome.commit_state = Some(state),
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
        let outcome = session.probe(connection, probe, lease_id, &anchor, deadline, Some(progress)).await;
        let needs_group = outcome.committed_at.is_none() && outcome.seen.is_some();
        if needs_group {
            progress.step("inspecting the consumer group");
        }
        let group_now = group_if(needs_group, &session.admin, connection).await;
        let findings = diagnose::probe_findings(&outcome, connection, &group_now);
        let mut body = single_body(connection, &outcome, &group_now);
        let started = crate::clock::process_started().unwrap_or(anchor.instant());
        body.setup_ms = Some(round3(crate::clock::ms_between(started, outcome.moments.sent)));
        return Traced::Single { body, findings };
    }
    progress.step(&format!("sending {} probes, {} at a time", probe.count, probe.concurrency));
    let started = Instant::now();
    let outcomes: Vec<ProbeOutcome> = futures::stream::iter(0..probe.count)
        .map(|_| session.probe(connection, probe, new_lease_id(), &anchor, deadline, None))
        .buffer_unordered(probe.concurrency as usize)
        .collect()
        .await;
    let elapsed = started.elapsed();
    let needs_group = outcomes.iter().any(|o| o.seen.is_some() && o.committed_at.is_none());
    let group_now = group_if(needs_group, &session.admin, connection).await;
    let mut per_probe: Vec<Vec<Finding>> =
        outcomes.iter().map(|o| diagnose::probe_findings(o, connection, &group_now)).collect();
    let findings = merge_findings(&mut per_probe, outcomes.len());
    let body = burst_body(connection, probe, &outcomes, elapsed, session.watcher.records_seen());
    let consumed = outcomes.iter().filter(|o| o.committed_at.is_some()).map(|o| o.probe.lease_id.clone()).collect();
    Traced::Burst { body, findings, consumed }
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
    let body = TraceBody {
        target: target(connection),
        probe: ProbeInfo { lease_id: probe.lease_id.clone().unwrap_or_default(), ..Default::default() },
        hops,
        grpc: None,
        event: None,
        group: None,
        records_watched: 0,
        setup_ms: None,
    };
    Traced::Single { body, findings }
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
    let grpc_ms = Some(Latency::Measured(latency::grpc_ms(&outcome.moments)));
    let mut hops = Vec::with_capacity(5);
    let call_ok = match &outcome.call {
        CallOutcome::Answered(_) => {
            hops.push(hop("grpc", Ok, grpc_ms, "request sent → response"));
            true
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
    let skipped = |name: &str| hop(name, Skipped, None, "not reached");
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
            hops.push(hop(
                "consume",
                Failed,
                None,
                format!(
                    "group `{}` did not commit past offset {} within {}",
                    connection.group,
                    seen.offset,
                    crate::units::duration(outcome.consume_wait)
                ),
            ));
        }
    } else {
        hops.push(hop(
            "publish",
            Failed,
            None,
            format!(
                "no matching record on `{}` within {}",
                connection.topic,
                crate::units::duration(outcome.event_wait)
            ),
        ));
        hops.extend(["watch", "consume"].map(skipped));
    }
    let all_ok = hops.iter().all(|h| h.status == Ok);
    hops.push(hop(
        "total",
        if all_ok { Ok } else { Failed },
        Some(Latency::Measured(latency::total_ms(&outcome.moments))),
        if all_ok { "request sent → commit observed" } else { "request sent → last hop observed" },
    ));
    hops
}

fn single_body(connection: &Connection, outcome: &ProbeOutcome, group_now: &GroupLookup) -> TraceBody {
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
        committed_after: outcome.commit_state.as_ref().and_then(|s| s.offset(seen.partition)),
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

/// One finding per code over a burst, saying how many probes it concerned.
fn merge_findings(per_probe: &mut [Vec<Finding>], probes: usize) -> Vec<Finding> {
    let mut merged: Vec<(Finding, usize)> = Vec::new();
    for findings in per_probe.iter_mut() {
        for finding in findings.drain(..) {
            match merged.iter_mut().find(|(known, _)| known.code == finding.code) {
                Some((_, count)) => *count += 1,
                None => merged.push((finding, 1)),
            }
        }
    }
    merged
        .into_iter()
        .map(|(mut finding, count)| {
            if probes > 1 {
                finding.message = format!("{count} of {probes} probes: {}", finding.message);
            }
            finding
        })
        .collect()
}

fn burst_body(
    connection: &Connection,
    probe: &ProbeConfig,
    outcomes: &[ProbeOutcome],
    elapsed: Duration,
    records: u64,
) -> BurstBody {
    let per_probe: Vec<Vec<Hop>> = outcomes.iter().map(|o| hops_of(o, connection)).collect();
    let hops = report::HOP_NAMES
        .iter()
        .enumerate()
        .map(|(index, name)| {
            let column: Vec<&Hop> = per_probe.iter().map(|hops| &hops[index]).collect();
            let count = |status| column.iter().filter(|h| h.status == status).count();
            let (ok, failed, skipped) = (count(HopStatus::Ok), count(HopStatus::Failed), count(HopStatus::Skipped));
            let mut values: Vec<f64> =
                column.iter().filter(|h| h.status == HopStatus::Ok).filter_map(|h| h.latency_ms).collect();
            values.sort_by(f64::total_cmp);
            let status = if failed > 0 {
                HopStatus::Failed
            } else if ok == 0 {
                HopStatus::Skipped
            } else {
                HopStatus::Ok
            };
            let p50 = report::percentile(&values, 0.5);
            HopStats {
                name: name.to_string(),
                status,
                latency_ms: p50,
                ok,
                failed,
                skipped,
                p50_ms: p50,
                p90_ms: report::percentile(&values, 0.9),
                p99_ms: report::percentile(&values, 0.99),
                max_ms: values.last().copied(),
            }
        })
        .collect();
    let mut outcomes_by_status: BTreeMap<String, usize> = BTreeMap::new();
    for outcome in outcomes {
        let status = match &outcome.call {
            CallOutcome::Answered(_) => "OK".to_string(),
            CallOutcome::Failed { code, .. } => grpc::code_name(*code),
        };
        *outcomes_by_status.entry(status).or_default() += 1;
    }
    let completed = per_probe.iter().filter(|hops| hops.iter().all(|h| h.status == HopStatus::Ok)).count();
    BurstBody {
        target: target(connection),
        count: probe.count,
        concurrency: probe.concurrency,
        hops,
        outcomes: outcomes_by_status,
        completed,
        probes_per_second: round3(outcomes.len() as f64 / elapsed.as_secs_f64().max(1e-9)),
        records_watched: records,
        resources: resources(),
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
