//! A run's probes judged together: one finding per code, the probes the run's own deadline
//! stopped counted apart (RD107), the broker named as the cause of the service's failures
//! while it was down, and — for a burst — when it broke.
//!
//! During an incident a burst is what people run while things break, so its report must stay
//! as true as a single trace's: a failure caused by the doctor's deadline is not the
//! service's, and a service that times out because the broker is gone is not the first thing
//! to fix.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use crate::config::{Connection, ProbeConfig};
use crate::findings::{Finding, RD101, RD102, RD105, RD107, RD902, Severity};
use crate::grpc::{self, CallOutcome};

use super::commits::CommitState;
use super::diagnose::{self, GroupLookup};
use super::report::{self, BurstBody, DeadlineCut, FirstFailure, HopStats, HopStatus, Timeline};
use super::{Cut, ProbeOutcome, hops_of, resources, round3, target};

/// The findings of a run, and what the burst report shows of them.
pub struct Judged {
    pub findings: Vec<Finding>,
    pub run_deadline: Option<DeadlineCut>,
    pub timeline: Option<Timeline>,
}

/// Judges every probe of a run (one, or a burst's, in the order sent). `latest` is the
/// group's position as last observed; `started` is when the first probe went out.
pub fn judge(
    outcomes: &[ProbeOutcome],
    connection: &Connection,
    group_now: &GroupLookup,
    latest: &CommitState,
    started: Instant,
) -> Judged {
    let mut per_probe: Vec<Vec<Finding>> =
        outcomes.iter().map(|o| diagnose::probe_findings(o, connection, group_now, latest)).collect();
    let timeline = (outcomes.len() > 1).then(|| timeline(outcomes, &per_probe, started)).flatten();
    let broker_down = broker_down(outcomes, &per_probe, latest, connection.kafka.connect_timeout);
    let consequences = match broker_down {
        Some(since) => take_consequences(outcomes, &mut per_probe, since),
        None => Vec::new(),
    };
    let mut findings = merge(&mut per_probe, outcomes, started);
    let mut timeline = timeline;
    if let Some(since) = broker_down {
        link_broker(&mut findings, latest, since, started, &consequences, outcomes.len());
        if let Some(timeline) = &mut timeline {
            // A kind follows from the outage when every probe of that kind does.
            for failure in &mut timeline.first_failures {
                if consequences.iter().filter(|c| c.code == failure.code).count() == failure.probes {
                    failure.follows_from = Some(RD902.code.to_string());
                }
            }
        }
    }
    let run_deadline = deadline_cut(outcomes, connection);
    if let Some(cut) = &run_deadline {
        findings.push(deadline_finding(cut, outcomes, &findings));
    }
    Judged { findings, run_deadline, timeline }
}

/// Whether a probe completed every hop with nothing to say about it.
fn healthy(outcome: &ProbeOutcome, findings: &[Finding]) -> bool {
    outcome.cut.is_none() && outcome.committed_at.is_some() && findings.is_empty()
}

/// The kinds a probe failed in: its findings' codes, or RD107 when the deadline stopped it.
fn kinds(outcome: &ProbeOutcome, findings: &[Finding]) -> Vec<(String, String)> {
    let mut kinds: Vec<(String, String)> = findings.iter().map(|f| (f.code.clone(), f.name.clone())).collect();
    if outcome.cut.is_some() {
        kinds.push((RD107.code.to_string(), RD107.name.to_string()));
    }
    if kinds.is_empty() && !healthy(outcome, findings) {
        // Not completed and nothing named: say so rather than hide the probe.
        kinds.push(("-".to_string(), "incomplete".to_string()));
    }
    kinds
}

fn since_ms(started: Instant, at: Instant) -> f64 {
    round3(crate::clock::ms_between(started, at))
}

/// Healthy probes before the first that was not, then the first probe of each kind of
/// failure; `None` when every probe was healthy.
fn timeline(outcomes: &[ProbeOutcome], per_probe: &[Vec<Finding>], started: Instant) -> Option<Timeline> {
    let first_bad = outcomes.iter().zip(per_probe).position(|(o, f)| !healthy(o, f))?;
    let mut first_failures: Vec<FirstFailure> = Vec::new();
    for (outcome, findings) in outcomes.iter().zip(per_probe) {
        for (code, name) in kinds(outcome, findings) {
            match first_failures.iter_mut().find(|known| known.code == code) {
                Some(known) => known.probes += 1,
                None => first_failures.push(FirstFailure {
                    code,
                    name,
                    probe: outcome.index as usize + 1,
                    at_ms: since_ms(started, outcome.moments.sent),
                    probes: 1,
                    follows_from: None,
                }),
            }
        }
    }
    let healthy_after = outcomes.iter().zip(per_probe).skip(first_bad + 1).filter(|(o, f)| healthy(o, f)).count();
    Some(Timeline {
        healthy_first: first_bad,
        changed_at_ms: since_ms(started, outcomes[first_bad].moments.sent),
        healthy_after,
        first_failures,
    })
}

/// Since when the broker has been unreachable, when it was during the run: a probe found it
/// (RD902), or the commit tracker's fetches have been failing for longer than the connect
/// timeout at the end.
fn broker_down(
    outcomes: &[ProbeOutcome],
    per_probe: &[Vec<Finding>],
    latest: &CommitState,
    give_up_after: Duration,
) -> Option<Instant> {
    let failing = latest.failing_since.filter(|since| since.elapsed() >= give_up_after);
    let from_probes = outcomes
        .iter()
        .zip(per_probe)
        .filter(|(_, findings)| findings.iter().any(|f| f.code == RD902.code))
        .filter_map(|(outcome, _)| outcome.commit_state.as_ref().and_then(|s| s.failing_since))
        .min();
    match (failing, from_probes) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// A service failure that follows from a broker that is down, taken out of its probe's
/// findings: (code, what the service did, probe number, when).
struct Consequence {
    code: &'static str,
    what: String,
    probe: usize,
    at: Instant,
}

/// Takes out the failures that the broker being down explains: the service answering
/// DEADLINE_EXCEEDED or UNAVAILABLE (it waits for the broker's acknowledgement), or INTERNAL
/// (its publish failed), and records the doctor could not find while it could not read the
/// topic — each observed after the broker stopped answering.
fn take_consequences(outcomes: &[ProbeOutcome], per_probe: &mut [Vec<Finding>], since: Instant) -> Vec<Consequence> {
    let mut taken = Vec::new();
    for (outcome, findings) in outcomes.iter().zip(per_probe.iter_mut()) {
        let observed = outcome.moments.answered + outcome.event_wait;
        if observed < since {
            continue;
        }
        let status = match &outcome.call {
            CallOutcome::Failed { code, .. } => Some(*code),
            CallOutcome::Answered(_) => None,
        };
        findings.retain(|finding| {
            let explained = match status {
                Some(tonic::Code::DeadlineExceeded | tonic::Code::Unavailable) => finding.code == RD105.code,
                Some(tonic::Code::Internal) => finding.code == RD101.code,
                // The doctor could not read the topic either: "no record" is not known.
                _ => finding.code == RD102.code,
            };
            if explained {
                let what = match status {
                    Some(code) => format!("TerminateLease failed with {}", grpc::code_name(code)),
                    None => "the doctor could not read the topic to find the event".to_string(),
                };
                taken.push(Consequence {
                    code: kind_code(&finding.code),
                    what,
                    probe: outcome.index as usize + 1,
                    at: outcome.moments.sent,
                });
            }
            !explained
        });
    }
    taken
}

fn kind_code(code: &str) -> &'static str {
    crate::findings::lookup(code).map_or("", |kind| kind.code)
}

/// Makes RD902 the one finding for the broker's outage, with the service's failures in the
/// same window as its evidence.
fn link_broker(
    findings: &mut Vec<Finding>,
    latest: &CommitState,
    since: Instant,
    started: Instant,
    consequences: &[Consequence],
    probes: usize,
) {
    let at = if since >= started {
        format!("{:.1} s into the run", crate::clock::ms_between(started, since) / 1000.0)
    } else {
        "before the first probe".to_string()
    };
    let index = match findings.iter().position(|f| f.code == RD902.code) {
        Some(index) => index,
        None => {
            let last = latest.error.as_ref().map_or("?".to_string(), ToString::to_string);
            findings.push(
                Finding::new(&RD902, format!("the broker stopped answering {at}"))
                    .with_evidence(format!("the group's offsets could not be read since; last: {last}")),
            );
            findings.len() - 1
        }
    };
    let mut grouped: BTreeMap<(&str, &str), (usize, usize, Instant)> = BTreeMap::new();
    for consequence in consequences {
        let entry = grouped.entry((consequence.code, consequence.what.as_str())).or_insert((
            0,
            consequence.probe,
            consequence.at,
        ));
        entry.0 += 1;
        if consequence.probe < entry.1 {
            (entry.1, entry.2) = (consequence.probe, consequence.at);
        }
    }
    let finding = &mut findings[index];
    finding.message = format!("{} (unreachable since {at})", finding.message);
    for ((code, what), (count, first, first_at)) in grouped {
        let of = if probes > 1 { format!("{count} of {probes} probes: ") } else { String::new() };
        finding.evidence.push(format!(
            "likely consequence, not a separate problem: {of}{what} from probe {first} ({:.1} s) on, while the broker was unreachable — the service waits for the broker to acknowledge each event ({code} not reported separately)",
            crate::clock::ms_between(started, first_at) / 1000.0
        ));
    }
    if !consequences.is_empty() {
        finding.fix = format!(
            "{} The service's failures in the same window follow from it: bring the broker back first, then trace again.",
            finding.fix
        );
    }
}

/// One finding per code, saying how many probes it concerned and, in a burst, from which
/// probe on.
fn merge(per_probe: &mut [Vec<Finding>], outcomes: &[ProbeOutcome], started: Instant) -> Vec<Finding> {
    let mut merged: Vec<(Finding, usize)> = Vec::new();
    for (findings, outcome) in per_probe.iter_mut().zip(outcomes) {
        for finding in findings.drain(..) {
            match merged.iter_mut().find(|(known, _)| known.code == finding.code) {
                Some((_, count)) => *count += 1,
                None => {
                    let mut first = finding;
                    if outcomes.len() > 1 {
                        first.evidence.push(format!(
                            "first at probe {} of {}, sent {:.1} s into the burst",
                            outcome.index + 1,
                            outcomes.len(),
                            crate::clock::ms_between(started, outcome.moments.sent) / 1000.0
                        ));
                    }
                    merged.push((first, 1));
                }
            }
        }
    }
    let probes = outcomes.len();
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

fn deadline_cut(outcomes: &[ProbeOutcome], connection: &Connection) -> Option<DeadlineCut> {
    let not_sent = outcomes.iter().filter(|o| o.cut == Some(Cut::NotSent)).count();
    let cut_short = outcomes.iter().filter(|o| matches!(o.cut, Some(Cut::Call | Cut::Event | Cut::Commit))).count();
    (not_sent + cut_short > 0).then(|| DeadlineCut {
        timeout_ms: round3(connection.timeout.as_secs_f64() * 1000.0),
        not_sent,
        cut_short,
    })
}

/// RD107: how many probes the run's deadline stopped, and where. An error when no probe
/// reached a verdict at all (the run proved nothing), else a warning.
fn deadline_finding(cut: &DeadlineCut, outcomes: &[ProbeOutcome], findings: &[Finding]) -> Finding {
    let waiting = |stage: Cut| outcomes.iter().filter(|o| o.cut == Some(stage)).count();
    let mut parts = Vec::new();
    if cut.not_sent > 0 {
        parts.push(format!("{} not sent", cut.not_sent));
    }
    for (stage, what) in [
        (Cut::Call, "the service's answer"),
        (Cut::Event, "the event on the topic"),
        (Cut::Commit, "the group's commit"),
    ] {
        let n = waiting(stage);
        if n > 0 {
            parts.push(format!("{n} cut short waiting for {what}"));
        }
    }
    let timeout = crate::units::duration(Duration::from_secs_f64(cut.timeout_ms / 1000.0));
    let stopped = cut.not_sent + cut.cut_short;
    let finding = Finding::new(
        &RD107,
        format!(
            "the run's --timeout ({timeout}) stopped {stopped} of {} probe(s) before they reached a verdict: {}; nothing is concluded from them about the service, the topic or the consumer",
            outcomes.len(),
            parts.join(", ")
        ),
    );
    let verdicts = outcomes.iter().filter(|o| o.cut.is_none()).count();
    if verdicts == 0 && findings.is_empty() { finding.with_severity(Severity::Error) } else { finding }
}

/// The burst's report body: per-hop counts and percentiles, calls by status, the deadline's
/// share and the timeline.
pub fn body(
    connection: &Connection,
    probe: &ProbeConfig,
    outcomes: &[ProbeOutcome],
    judged: &Judged,
    elapsed: Duration,
    records: u64,
) -> BurstBody {
    let per_probe: Vec<Vec<report::Hop>> = outcomes.iter().map(|o| hops_of(o, connection)).collect();
    let hops = report::HOP_NAMES
        .iter()
        .enumerate()
        .map(|(index, name)| {
            let column: Vec<&report::Hop> = per_probe.iter().map(|hops| &hops[index]).collect();
            let count = |status| column.iter().filter(|h| h.status == status).count();
            let (ok, failed, skipped, cut) =
                (count(HopStatus::Ok), count(HopStatus::Failed), count(HopStatus::Skipped), count(HopStatus::Cut));
            let mut values: Vec<f64> =
                column.iter().filter(|h| h.status == HopStatus::Ok).filter_map(|h| h.latency_ms).collect();
            values.sort_by(f64::total_cmp);
            let status = if failed > 0 {
                HopStatus::Failed
            } else if cut > 0 {
                HopStatus::Cut
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
                cut,
                p50_ms: p50,
                p90_ms: report::percentile(&values, 0.9),
                p99_ms: report::percentile(&values, 0.99),
                max_ms: values.last().copied(),
            }
        })
        .collect();
    let mut outcomes_by_status: BTreeMap<String, usize> = BTreeMap::new();
    for outcome in outcomes {
        let status = match (&outcome.cut, &outcome.call) {
            (Some(Cut::NotSent), _) => "not sent: run deadline".to_string(),
            (Some(Cut::Call), _) => "cut short: run deadline".to_string(),
            (_, CallOutcome::Answered(_)) => "OK".to_string(),
            (_, CallOutcome::Failed { code, .. }) => grpc::code_name(*code),
        };
        *outcomes_by_status.entry(status).or_default() += 1;
    }
    let completed = per_probe.iter().filter(|hops| hops.iter().all(|h| h.status == HopStatus::Ok)).count();
    let sent = outcomes.iter().filter(|o| o.cut != Some(Cut::NotSent)).count();
    BurstBody {
        target: target(connection),
        count: probe.count,
        concurrency: probe.concurrency,
        hops,
        outcomes: outcomes_by_status,
        completed,
        probes_per_second: round3(sent as f64 / elapsed.as_secs_f64().max(1e-9)),
        records_watched: records,
        resources: resources(),
        run_deadline: judged.run_deadline.clone(),
        timeline: judged.timeline.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{self, state};
    use super::*;

    fn secs(s: f64) -> Duration {
        Duration::from_secs_f64(s)
    }

    #[test]
    fn a_burst_that_breaks_says_after_how_many_healthy_probes_and_when() {
        let connection = fixtures::connection();
        let start = Instant::now();
        let mut outcomes: Vec<ProbeOutcome> =
            (0..4).map(|i| fixtures::completed(i, start, secs(f64::from(i)), 0, i64::from(i))).collect();
        outcomes.extend(
            (4..7).map(|i| fixtures::failed(i, start, secs(4.1 + f64::from(i - 4)), tonic::Code::Unimplemented)),
        );
        let judged = judge(&outcomes, &connection, &GroupLookup::NotInspected, &state(&[(0, Some(4))]), start);
        let timeline = judged.timeline.unwrap();
        assert_eq!(timeline.healthy_first, 4);
        assert!((timeline.changed_at_ms - 4100.0).abs() < 1.0, "{}", timeline.changed_at_ms);
        assert_eq!(timeline.healthy_after, 0);
        assert_eq!(timeline.first_failures.len(), 1);
        let first = &timeline.first_failures[0];
        assert_eq!((first.code.as_str(), first.probe, first.probes), ("RD105", 5, 3));
        assert_eq!(judged.findings.len(), 1);
        assert!(judged.findings[0].message.starts_with("3 of 7 probes"), "{}", judged.findings[0].message);
        assert!(judged.findings[0].evidence.iter().any(|e| e.contains("first at probe 5 of 7, sent 4.1 s")));
    }

    #[test]
    fn probes_the_run_deadline_stopped_are_counted_apart_and_named_rd107_not_rd105() {
        let connection = fixtures::connection();
        let start = Instant::now();
        let mut outcomes: Vec<ProbeOutcome> = (0..3).map(|i| fixtures::completed(i, start, secs(0.0), 0, 1)).collect();
        outcomes.extend((3..10).map(|i| fixtures::not_sent(i, start, secs(30.0))));
        let judged = judge(&outcomes, &connection, &GroupLookup::NotInspected, &state(&[(0, Some(2))]), start);
        let codes: Vec<&str> = judged.findings.iter().map(|f| f.code.as_str()).collect();
        assert_eq!(codes, ["RD107"]);
        assert_eq!(judged.findings[0].severity, Severity::Warning);
        assert!(judged.findings[0].message.contains("7 not sent"), "{}", judged.findings[0].message);
        let cut = judged.run_deadline.clone().unwrap();
        assert_eq!((cut.not_sent, cut.cut_short), (7, 0));
        let body =
            body(&connection, &ProbeConfig { count: 10, ..Default::default() }, &outcomes, &judged, secs(1.0), 0);
        assert_eq!(body.outcomes.get("not sent: run deadline"), Some(&7));
        assert_eq!(body.outcomes.get("OK"), Some(&3));
        assert!(body.hops.iter().all(|hop| hop.cut == 7 && hop.failed == 0), "{:?}", body.hops);
    }

    #[test]
    fn a_run_the_deadline_stopped_entirely_proves_nothing_and_says_so_as_an_error() {
        let connection = fixtures::connection();
        let start = Instant::now();
        let outcomes = vec![fixtures::not_sent(0, start, secs(0.0))];
        let judged = judge(&outcomes, &connection, &GroupLookup::NotInspected, &state(&[]), start);
        assert_eq!(judged.findings.len(), 1);
        assert_eq!(judged.findings[0].severity, Severity::Error);
    }

    #[test]
    fn service_timeouts_while_the_broker_is_down_are_evidence_of_rd902_not_a_finding_of_their_own() {
        let connection = fixtures::connection();
        let start = Instant::now() - secs(20.0);
        let mut latest = state(&[(0, Some(5))]);
        latest.failing_since = Some(start + secs(4.0));
        latest.error = Some(crate::kafka::KafkaFailure::Failed {
            operation: "fetching offsets".to_string(),
            brokers: "127.0.0.1:9092".to_string(),
            reason: "all brokers down".to_string(),
        });
        let mut outcomes: Vec<ProbeOutcome> = (0..2).map(|i| fixtures::completed(i, start, secs(1.0), 0, 1)).collect();
        // One failed before the broker went down (the service's own problem), three after.
        outcomes.push(fixtures::failed(2, start, secs(1.0), tonic::Code::Internal));
        outcomes.extend((3..6).map(|i| fixtures::failed(i, start, secs(5.0), tonic::Code::DeadlineExceeded)));
        let judged = judge(&outcomes, &connection, &GroupLookup::NotInspected, &latest, start);
        let codes: Vec<&str> = judged.findings.iter().map(|f| f.code.as_str()).collect();
        assert_eq!(codes, ["RD101", "RD902"]);
        assert!(judged.findings[0].message.starts_with("1 of 6 probes"), "{}", judged.findings[0].message);
        let rd902 = &judged.findings[1];
        assert!(rd902.message.contains("4.0 s into the run"), "{}", rd902.message);
        let linked = rd902.evidence.iter().find(|e| e.contains("likely consequence")).unwrap();
        assert!(
            linked.contains("3 of 6 probes") && linked.contains("DeadlineExceeded") && linked.contains("probe 4"),
            "{linked}"
        );
        let timeline = judged.timeline.unwrap();
        let follows: Vec<(&str, Option<&str>)> =
            timeline.first_failures.iter().map(|f| (f.code.as_str(), f.follows_from.as_deref())).collect();
        assert_eq!(follows, [("RD101", None), ("RD105", Some("RD902"))]);
    }
}
