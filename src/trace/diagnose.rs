//! Turning what a probe observed into findings: the first broken hop, and why.
//!
//! The group is judged on its position as last observed, never on offsets read before a
//! burst when newer ones exist: a group that committed on a partition is never told it has
//! no committed offset there, and a fix that moves a group back past offsets it committed
//! says so, and why. A probe the run's own deadline stopped is judged on nothing it could not
//! finish.

use crate::command_line::CommandLine;
use crate::config::Connection;
use crate::findings::{Finding, RD101, RD102, RD103, RD104, RD105, RD106, RD202, RD901, RD902};
use crate::grpc::CallOutcome;
use crate::kafka::KafkaFailure;
use crate::kafka::groups::GroupDescription;

use super::commits::CommitState;
use super::latency::Latency;
use super::{Cut, ProbeOutcome};

/// What is known of the group when a probe is diagnosed.
#[derive(Debug, Clone)]
pub enum GroupLookup {
    Found(GroupDescription),
    /// The coordinator does not know the group (no members, no offsets).
    Unknown,
    /// The broker would not say (librdkafka's mock cluster has no DescribeGroups).
    Unavailable(KafkaFailure),
    /// Not asked: nothing needed it.
    NotInspected,
}

impl GroupLookup {
    pub fn members(&self) -> Option<usize> {
        match self {
            GroupLookup::Found(group) => Some(group.members.len()),
            GroupLookup::Unknown => Some(0),
            GroupLookup::Unavailable(_) | GroupLookup::NotInspected => None,
        }
    }

    pub fn state(&self) -> String {
        match self {
            GroupLookup::Found(group) => group.state.to_string(),
            GroupLookup::Unknown => "unknown to the broker".to_string(),
            GroupLookup::Unavailable(_) | GroupLookup::NotInspected => "unknown".to_string(),
        }
    }
}

/// The one command that moves the group so the consumer re-reads `partition` from `offset`.
pub fn reset_command(connection: &Connection, partition: i32, offset: i64) -> CommandLine {
    CommandLine::doctor("reset-group", &connection.kafka)
        .arg("--group", &connection.group)
        .arg("--topic", &format!("{}:{partition}", connection.topic))
        .arg("--to", &format!("offset:{offset}"))
        .flag("--execute")
}

/// `offsets a..b` with how many records that can be: offsets count a transactional
/// producer's commit and abort markers too, so the number of records is at most the number
/// of offsets.
fn offset_range(first: i64, last: i64) -> String {
    let offsets = last - first + 1;
    if offsets == 1 {
        format!("offset {first} (one record, or a transaction marker)")
    } else {
        format!("offsets {first}..{last} (up to {offsets} records: transaction markers take offsets too)")
    }
}

/// Findings for one probe, in hop order; stops at the first broken hop. `latest` is the
/// group's position as last observed (after the probe's own wait, or after a whole burst).
pub fn probe_findings(
    outcome: &ProbeOutcome,
    connection: &Connection,
    group_now: &GroupLookup,
    latest: &CommitState,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    let url = &connection.grpc.url;
    match outcome.cut {
        // Stopped by the doctor's own deadline before the pipeline had its time.
        Some(Cut::NotSent | Cut::Call | Cut::Event) => return findings,
        // The wait for the commit was cut short: a group with no members is still a fact
        // (RD103); a group with members is not proven stalled in less than its time.
        Some(Cut::Commit) if !matches!(group_now.members(), Some(0)) => return findings,
        Some(Cut::Commit) | None => {}
    }
    match &outcome.call {
        CallOutcome::Failed { code, message } => {
            let status = crate::grpc::code_name(*code);
            let finding = match code {
                tonic::Code::Internal => Finding::new(
                    &RD101,
                    format!("TerminateLease on {url} answered INTERNAL: the service failed while publishing the event"),
                ),
                tonic::Code::Unavailable if message.to_ascii_lowercase().contains("connect") => {
                    Finding::new(&RD901, format!("the lease service at {url} became unreachable during the trace"))
                }
                _ => Finding::new(&RD105, format!("TerminateLease on {url} failed with {status}")),
            };
            findings.push(finding.with_evidence(format!("gRPC status {status} ({}): {message}", *code as i32)));
            return findings;
        }
        CallOutcome::Answered(_) => {}
    }
    let Some(seen) = &outcome.seen else {
        let mut finding = Finding::new(
            &RD102,
            format!(
                "TerminateLease answered OK but no record for lease `{}` reached `{}` within {}",
                outcome.probe.lease_id,
                connection.topic,
                crate::units::duration(outcome.event_wait)
            ),
        )
        .with_evidence(format!("{} other records went by on the topic meanwhile", outcome.records_watched));
        if let (errors @ 1.., last) = &outcome.watch_errors {
            // The doctor could not read the topic: the record may be there.
            finding.evidence.insert(
                0,
                format!(
                    "the doctor's own reads of `{}` failed {errors} time(s); last: {} — check its Read permission on the topic and the brokers' health",
                    connection.topic,
                    last.as_deref().unwrap_or("?")
                ),
            );
        }
        if let CallOutcome::Answered(response) = &outcome.call
            && !response.accepted
        {
            finding = finding.with_evidence(format!("the service did not accept the request: {}", response.message));
        }
        findings.push(finding.with_evidence(format!(
            "likely cause ({}): the service builds its Kafka producer per request and the record is lost with it; run `rentflow-doctor check {}` on the service's code",
            RD101.code, RD101.code
        )));
        return findings;
    };
    if let Some(hops) = &outcome.record_hops
        && let Latency::ClockSkew(skew) = hops.publish
    {
        findings.push(Finding::new(
                &RD106,
                format!(
                    "the event's {} timestamp is {:.0} ms {} the doctor's clock; publish, watch and consume latencies are not shown",
                    seen.timestamp_type,
                    skew.abs(),
                    if skew > 0.0 { "ahead of" } else { "behind" }
                ),
            ));
    }
    let before = outcome.committed_before;
    let log = outcome.log_before;
    // Offsets that were in the partition before the trace began; the trace's own probes
    // are not "earlier records".
    let earlier_start = match outcome.first_record_before {
        Some(Some(first)) => first,
        // Only aborted records and transaction markers: nothing a consumer would process.
        Some(None) => log.log_end,
        None => log.log_start,
    };
    let earlier = (seen.offset.min(log.log_end) - earlier_start).max(0);
    let partition = format!("{}:{}", connection.topic, seen.partition);
    let group = &connection.group;
    let after = latest.offset(seen.partition).or(outcome.commit_state.as_ref().and_then(|s| s.offset(seen.partition)));
    if outcome.committed_at.is_some() {
        // The consumer committed past the probe. If the group had never committed on this
        // partition while it held records, its first commit jumped over them.
        if before.is_none() && outcome.committed_before_known && earlier > 0 {
            let skipped = offset_range(earlier_start, earlier_start + earlier - 1);
            let now = after.unwrap_or(seen.offset + 1);
            findings.push(
                Finding::new(
                    &RD202,
                    format!(
                        "group `{group}` had no committed offset on {partition} before the probe and its first commit went past it: the earlier records at {skipped} were never processed; a consumer with auto.offset.reset=latest skips them"
                    ),
                )
                .with_fix(format!(
                    "Set auto.offset.reset=earliest. To process the skipped records, stop the consumer (`docker stop rentflow-django-consumer`), run {}, start it again. That moves the group back from offset {now}, which it committed, to {}: the skipped records are processed, and so are offsets {}..{} that it had already processed (this trace's probes among them) — make sure processing a LeaseTerminated twice is harmless first",
                    reset_command(connection, seen.partition, earlier_start).with_note(),
                    earlier_start,
                    log.log_end,
                    now - 1,
                )),
            );
        }
        return findings;
    }
    // The consumer cannot be judged when the broker stopped answering mid-trace.
    let fetch_failure = outcome.commit_state.as_ref().and_then(|state| state.error.as_ref());
    if let (Some(failure), GroupLookup::Unavailable(lookup)) = (fetch_failure, group_now)
        && matches!(lookup, KafkaFailure::Unreachable { .. } | KafkaFailure::TimedOut { .. })
    {
        findings.push(
            Finding::new(
                &RD902,
                format!("the broker stopped answering while the doctor waited for group `{group}`: {lookup}"),
            )
            .with_evidence(format!("last offset fetch: {failure}")),
        );
        return findings;
    }
    let moved = latest.moves > 0 || outcome.commit_state.as_ref().is_some_and(|state| state.moves > 0);
    let committed_text = |offset: Option<i64>| offset.map_or("none".to_string(), |o| o.to_string());
    let position = format!(
        "committed offset on {partition}: {} when the probe was sent, {} as last observed; the event is at offset {}",
        committed_text(before),
        committed_text(after),
        seen.offset
    );
    let waited = match outcome.cut {
        Some(Cut::Commit) => {
            format!("the {} the run's --timeout left", crate::units::duration(outcome.consume_wait))
        }
        _ => crate::units::duration(outcome.consume_wait),
    };
    let members = group_now.members();
    let not_running = members.map_or(!moved, |n| n == 0);
    let never_committed = before.is_none() && after.is_none();
    let mut finding = if not_running {
        Finding::new(
            &RD103,
            format!("group `{group}` has no active members and did not commit past the event within {waited}"),
        )
    } else {
        let mut stalled = Finding::new(
            &RD104,
            format!("group `{group}` has members but its committed offset did not pass the event within {waited}"),
        );
        if never_committed {
            // From outside, a consumer whose auto.offset.reset=latest put its position past
            // the event looks the same as one that is stuck: say both.
            stalled = stalled.with_evidence(format!(
                "the group has never committed on {partition}: either the consumer is stuck, or it started with auto.offset.reset=latest after the event and skipped it ({})",
                RD202.code
            ));
        }
        stalled
    };
    finding = finding.with_evidence(format!("group state: {}", group_now.state()));
    match group_now {
        GroupLookup::Found(found) if !found.members.is_empty() => {
            for member in &found.members {
                let or_unknown = |text: &str| if text.is_empty() { "?".to_string() } else { text.to_string() };
                finding = finding.with_evidence(format!(
                    "member {} client {} host {}",
                    member.member_id,
                    or_unknown(&member.client_id),
                    or_unknown(&member.host)
                ));
            }
        }
        GroupLookup::Found(_) | GroupLookup::Unknown => finding = finding.with_evidence("members: none"),
        GroupLookup::Unavailable(reason) => finding = finding.with_evidence(format!("members: unknown ({reason})")),
        GroupLookup::NotInspected => {}
    }
    finding = finding.with_evidence(position);
    if let Some(err) = outcome.commit_state.as_ref().and_then(|state| state.error.as_ref()) {
        finding = finding.with_evidence(format!("last offset fetch failed: {err}"));
    }
    findings.push(finding);
    // Only a partition the group has no committed offset on, as last observed: a group that
    // committed there is never told it has none, nor given a fix that rewinds it.
    if not_running && never_committed && outcome.committed_before_known && latest.known {
        let at_risk = offset_range(log.log_start, seen.offset);
        findings.push(
            Finding::new(
                &RD202,
                format!(
                    "group `{group}` has no committed offset on {partition} and no consumer is running: the records at {at_risk}, the probe's included, will be skipped if the consumer starts with auto.offset.reset=latest"
                ),
            )
            .with_fix(format!(
                "Before starting the consumer, commit a starting position: {} (the group has none there, so nothing is moved back); and set auto.offset.reset=earliest",
                reset_command(connection, seen.partition, log.log_start).with_note()
            )),
        );
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{self, state};
    use super::*;
    use std::time::{Duration, Instant};

    fn codes(findings: &[Finding]) -> Vec<&str> {
        findings.iter().map(|f| f.code.as_str()).collect()
    }

    #[test]
    fn a_group_that_committed_during_a_burst_is_never_told_it_has_no_offset_there() {
        // The case: nothing committed on lease-events:2 before the burst, 69 by the
        // time the consumer died; this probe's event at 100 was never committed.
        let connection = fixtures::connection();
        let outcome = fixtures::seen(300, Instant::now(), Duration::ZERO, 2, 100, 0);
        let latest = state(&[(0, Some(50)), (1, Some(60)), (2, Some(69))]);
        let findings = probe_findings(&outcome, &connection, &GroupLookup::Unknown, &latest);
        assert_eq!(codes(&findings), ["RD103"]);
        let evidence = findings[0].evidence.join("\n");
        assert!(evidence.contains("none when the probe was sent, 69 as last observed"), "{evidence}");
        assert!(!findings[0].fix.contains("reset-group"), "{}", findings[0].fix);
    }

    #[test]
    fn a_partition_never_committed_gets_rd202_whose_fix_moves_nothing_back() {
        let connection = fixtures::connection();
        let outcome = fixtures::seen(0, Instant::now(), Duration::ZERO, 2, 70, 70);
        let latest = state(&[(2, None)]);
        let findings = probe_findings(&outcome, &connection, &GroupLookup::Unknown, &latest);
        assert_eq!(codes(&findings), ["RD103", "RD202"]);
        assert!(findings[1].message.contains("offsets 0..70 (up to 71 records"), "{}", findings[1].message);
        assert!(findings[1].fix.contains("--to offset:0") && findings[1].fix.contains("nothing is moved back"));
    }

    #[test]
    fn offsets_read_before_the_burst_are_not_trusted_when_newer_ones_exist() {
        // Before the burst the group had nothing on the partition; while the probe waited it
        // committed (then stopped). "Never committed" would be false.
        let connection = fixtures::connection();
        let mut outcome = fixtures::seen(5, Instant::now(), Duration::ZERO, 1, 40, 10);
        outcome.commit_state = Some(state(&[(1, Some(30))]));
        let latest = state(&[(1, Some(35))]);
        let findings = probe_findings(&outcome, &connection, &GroupLookup::Found(fixtures::group(0)), &latest);
        assert_eq!(codes(&findings), ["RD103"]);
    }

    #[test]
    fn a_first_commit_past_skipped_records_says_what_its_fix_processes_again() {
        let connection = fixtures::connection();
        let mut outcome = fixtures::completed(0, Instant::now(), Duration::ZERO, 0, 12);
        outcome.committed_before = None;
        outcome.log_before.log_end = 12;
        let latest = state(&[(0, Some(20))]);
        let findings = probe_findings(&outcome, &connection, &GroupLookup::NotInspected, &latest);
        assert_eq!(codes(&findings), ["RD202"]);
        let fix = &findings[0].fix;
        assert!(fix.contains("moves the group back from offset 20") && fix.contains("offsets 12..19"), "{fix}");
    }

    #[test]
    fn offsets_holding_only_aborted_records_and_markers_are_not_skipped_records() {
        let connection = fixtures::connection();
        let mut outcome = fixtures::completed(0, Instant::now(), Duration::ZERO, 0, 12);
        outcome.committed_before = None;
        outcome.log_before.log_end = 12;
        outcome.first_record_before = Some(None);
        let latest = state(&[(0, Some(13))]);
        assert!(probe_findings(&outcome, &connection, &GroupLookup::NotInspected, &latest).is_empty());
        outcome.first_record_before = Some(Some(4));
        let findings = probe_findings(&outcome, &connection, &GroupLookup::NotInspected, &latest);
        assert!(findings[0].message.contains("offsets 4..11"), "{}", findings[0].message);
    }

    #[test]
    fn probes_the_run_deadline_stopped_blame_nothing_unless_the_group_has_no_members() {
        let connection = fixtures::connection();
        let latest = state(&[(0, Some(3))]);
        let start = Instant::now();
        let not_sent = fixtures::not_sent(9, start, Duration::ZERO);
        assert!(probe_findings(&not_sent, &connection, &GroupLookup::NotInspected, &latest).is_empty());
        let mut call = fixtures::failed(9, start, Duration::ZERO, tonic::Code::DeadlineExceeded);
        call.cut = Some(Cut::Call);
        assert!(probe_findings(&call, &connection, &GroupLookup::NotInspected, &latest).is_empty());
        let mut waiting = fixtures::seen(9, start, Duration::ZERO, 0, 7, 0);
        waiting.cut = Some(Cut::Commit);
        assert!(probe_findings(&waiting, &connection, &GroupLookup::Found(fixtures::group(1)), &latest).is_empty());
        let findings = probe_findings(&waiting, &connection, &GroupLookup::Unknown, &latest);
        assert_eq!(codes(&findings), ["RD103"]);
        assert!(findings[0].message.contains("the run's --timeout left"), "{}", findings[0].message);
    }

    #[test]
    fn the_reset_command_names_group_topic_partition_and_offset() {
        use crate::config::connection::{self, Connection};
        let connection = Connection::local(
            connection::DEFAULT_BROKERS,
            connection::DEFAULT_GRPC_URL,
            connection::DEFAULT_TOPIC,
            connection::DEFAULT_GROUP,
        );
        assert_eq!(
            reset_command(&connection, 2, 17).to_string(),
            "rentflow-doctor reset-group --group rentflow-django-consumer --topic lease-events:2 --to offset:17 --execute"
        );
        // A group id a shell would split or expand is quoted, as every printed command is.
        let mut odd = connection.clone();
        odd.group = "team a$b".to_string();
        assert!(reset_command(&odd, 0, 0).to_string().contains("--group 'team a$b' --topic"));
    }
}
