//! Turning what a probe observed into findings: the first broken hop, and why.

use crate::command_line::CommandLine;
use crate::config::Connection;
use crate::findings::{Finding, RD101, RD102, RD103, RD104, RD105, RD106, RD202, RD901, RD902};
use crate::grpc::CallOutcome;
use crate::kafka::KafkaFailure;
use crate::kafka::groups::GroupDescription;

use super::ProbeOutcome;
use super::latency::Latency;

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

/// Findings for one probe, in hop order; stops at the first broken hop.
pub fn probe_findings(outcome: &ProbeOutcome, connection: &Connection, group_now: &GroupLookup) -> Vec<Finding> {
    let mut findings = Vec::new();
    let url = &connection.grpc.url;
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
    // Records that were in the partition before the trace began; the trace's own probes
    // are not "earlier records".
    let earlier = (seen.offset.min(log.log_end) - log.log_start).max(0);
    let earlier_range = format!("offsets {}..{}", log.log_start, log.log_start + earlier - 1);
    let partition = format!("{}:{}", connection.topic, seen.partition);
    let group = &connection.group;
    if outcome.committed_at.is_some() {
        // The consumer committed past the probe. If the group had never committed on this
        // partition while it held records, its first commit jumped over them.
        if before.is_none() && outcome.committed_before_known && earlier > 0 {
            findings.push(
                Finding::new(
                    &RD202,
                    format!(
                        "group `{group}` had no committed offset on {partition} before the probe and its first commit went past it: the {earlier} earlier record(s) ({earlier_range}) were never processed; a consumer with auto.offset.reset=latest skips them"
                    ),
                )
                .with_fix(format!(
                    "Set auto.offset.reset=earliest; to process the skipped records, stop the consumer (`docker stop rentflow-django-consumer`), run {}, start it again",
                    reset_command(connection, seen.partition, log.log_start).with_note()
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
    let after = outcome.commit_state.as_ref().and_then(|state| state.offset(seen.partition));
    let moved = outcome.commit_state.as_ref().is_some_and(|state| state.moves > 0);
    let committed_text = |offset: Option<i64>| offset.map_or("none".to_string(), |o| o.to_string());
    let position = format!(
        "committed offset on {partition}: {} before the probe, {} now; the event is at offset {}",
        committed_text(before),
        committed_text(after),
        seen.offset
    );
    let waited = crate::units::duration(outcome.consume_wait);
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
    if not_running && before.is_none() && outcome.committed_before_known {
        let at_risk = seen.offset + 1 - log.log_start;
        findings.push(
            Finding::new(
                &RD202,
                format!(
                    "group `{group}` has no committed offset on {partition} and no consumer is running: {at_risk} record(s) (offsets {}..{}), the probe's included, will be skipped if the consumer starts with auto.offset.reset=latest",
                    log.log_start, seen.offset
                ),
            )
            .with_fix(format!(
                "Before starting the consumer, commit a starting position: {}; and set auto.offset.reset=earliest",
                reset_command(connection, seen.partition, log.log_start).with_note()
            )),
        );
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

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
