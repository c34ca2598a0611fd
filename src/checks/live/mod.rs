//! The live side of `check`: one probe traced through the running pipeline, the group's
//! members, and the consumer's own logs read back ([`logs`]).
//!
//! In the auto mode the live side runs only when a broker or the service answers a quick
//! connect; otherwise its checks are reported as skipped. Each finding is attributed to the
//! step whose catalogue entry lists its code ([`super::catalog::live_step`]).

pub mod logs;

use std::time::{Duration, Instant};

use super::catalog::{self, Phase, Selection};
use super::report::{CheckResult, LiveTarget, Status};
use super::result;
use crate::config::check::{LogSource, Mode};
use crate::config::{CheckConfig, Connection, ProbeConfig};
use crate::findings::Finding;
use crate::output::Progress;

/// How long the auto mode's reachability test waits before calling the live side absent.
const AUTO_CONNECT_TIMEOUT: Duration = Duration::from_secs(2);

/// The `host:port` a gRPC URL connects to.
fn grpc_address(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let authority = rest.split('/').next()?;
    if authority.rsplit_once(':').is_some_and(|(_, port)| port.parse::<u16>().is_ok()) {
        Some(authority.to_string())
    } else {
        Some(format!("{authority}:{}", if scheme == "https" { 443 } else { 80 }))
    }
}

/// Whether anything of the live side answers: any broker, or the service's port.
async fn live_side_answers(connection: &Connection, timeout: Duration) -> Result<(), String> {
    let brokers = crate::kafka::check_reachable(&connection.kafka.brokers, timeout);
    let service = async {
        let address = grpc_address(&connection.grpc.url).ok_or_else(|| "no address".to_string())?;
        crate::reach::any_listening(&[address], timeout).await.map_err(|reasons| reasons.join("; "))
    };
    let (brokers, service) = tokio::join!(brokers, service);
    if brokers.is_ok() || service.is_ok() {
        return Ok(());
    }
    Err(format!(
        "neither a broker at {} nor the service at {} answered within {}",
        connection.kafka.brokers,
        connection.grpc.url,
        crate::units::duration(timeout)
    ))
}

/// What the live side produced.
pub struct LiveOutcome {
    pub results: Vec<CheckResult>,
    pub findings: Vec<Finding>,
    pub target: LiveTarget,
}

pub async fn run(
    config: &CheckConfig,
    selection: &Selection,
    connection: &Connection,
    probe: &ProbeConfig,
    static_findings: &[Finding],
    verbose: u8,
    progress: &Progress,
) -> LiveOutcome {
    let mut target = LiveTarget {
        grpc_url: connection.grpc.url.clone(),
        brokers: connection.kafka.brokers.clone(),
        topic: connection.topic.clone(),
        group: connection.group.clone(),
        lease_id: None,
        consumer_logs: config.logs.as_ref().map(LogSource::describe),
    };
    let live_ids: Vec<&str> =
        selection.run.iter().copied().filter(|id| catalog::by_id(id).is_some_and(|c| c.phase == Phase::Live)).collect();
    let skip_all = |detail: &str| -> Vec<CheckResult> {
        live_ids.iter().map(|id| result(id, Status::Skipped, Duration::ZERO, detail)).collect()
    };
    let started = Instant::now();
    if config.mode == Mode::Auto {
        progress.step("looking for the running pipeline");
        let timeout = connection.kafka.connect_timeout.min(AUTO_CONNECT_TIMEOUT);
        if let Err(reason) = live_side_answers(connection, timeout).await {
            return LiveOutcome {
                results: skip_all(&format!("skipped: {reason} (use --live-only to make this a failure)")),
                findings: Vec::new(),
                target,
            };
        }
    }
    let connect_time = if config.mode == Mode::Auto { started.elapsed() } else { Duration::ZERO };
    let mut findings: Vec<Finding> = Vec::new();
    let mut timings: Vec<(&str, Duration, Status, String)> = Vec::new();

    // The trace: every live check after it needs its probe.
    let needs_trace = selection.runs("trace");
    let mark = config.logs.as_ref().and_then(logs::mark);
    let since = jiff::Timestamp::now();
    let mut trace_body = None;
    let mut consumed = Vec::new();
    if needs_trace {
        progress.step("tracing a probe");
        let trace_started = Instant::now();
        let traced = crate::trace::run(connection, probe, verbose, progress).await;
        let elapsed = trace_started.elapsed();
        findings.extend(traced.findings().iter().cloned());
        consumed = traced.consumed();
        // `check` sends one probe (its settings refuse --count above 1), so this is a Single.
        if let crate::trace::Traced::Single { body, .. } = traced {
            let reached = body.hops.iter().any(|h| h.status != crate::trace::report::HopStatus::Skipped);
            let detail = if reached {
                let consume = body.hops.iter().find(|h| h.name == "total").and_then(|h| h.latency_ms);
                match consume {
                    Some(total) => format!("probe consumed end to end in {}", crate::units::millis(total)),
                    None => "probe did not get through every hop".to_string(),
                }
            } else {
                "not started: set-up failed".to_string()
            };
            target.lease_id = Some(body.probe.lease_id.clone()).filter(|id| !id.is_empty());
            timings.push(("trace", elapsed, if reached { Status::Passed } else { Status::Skipped }, detail));
            trace_body = Some(body);
        }
    }
    let unreachable = findings.iter().any(Finding::is_reachability);
    let connect_detail = if unreachable {
        "the pipeline could not be reached".to_string()
    } else if config.mode == Mode::Auto {
        "brokers and service answer".to_string()
    } else {
        "brokers and service answer (connected by the trace)".to_string()
    };
    timings.insert(0, ("connect", connect_time, Status::Passed, connect_detail));

    // The group's members.
    let mut running = true;
    if selection.runs("group") {
        let group_started = Instant::now();
        if unreachable {
            timings.push((
                "group",
                Duration::ZERO,
                Status::Skipped,
                "skipped: the pipeline could not be reached".to_string(),
            ));
        } else {
            progress.step("inspecting the consumer group");
            let deadline = Instant::now() + connection.kafka.connect_timeout;
            let described = match crate::kafka::Admin::new(&connection.kafka, verbose) {
                Ok(admin) => admin.describe_group(&connection.group, deadline).await,
                Err(err) => Err(err),
            };
            let (status, detail) = match described {
                Ok(Some(group)) if !group.members.is_empty() => {
                    (Status::Passed, format!("{} member(s), state {}", group.members.len(), group.state))
                }
                Ok(Some(group)) => {
                    running = false;
                    (Status::Passed, format!("no members, state {}", group.state))
                }
                Ok(None) => {
                    running = false;
                    (Status::Passed, "the broker does not know the group".to_string())
                }
                Err(err) => (Status::Error, format!("could not describe the group: {err}")),
            };
            if !running {
                logs::not_running(&mut findings, &connection.group, &format!("group state: {detail}"), None);
            }
            timings.push(("group", group_started.elapsed(), status, detail));
        }
    } else if findings.iter().any(|f| f.code == "RD103") {
        running = false;
    }

    // The consumer's logs.
    let wants_logs = selection.runs("consumer-logs") || (selection.runs("group") && !running);
    if wants_logs {
        let logs_started = Instant::now();
        let outcome = match (&config.logs, unreachable) {
            (None, _) => Err((Status::Skipped, "skipped: no --consumer-logs or --consumer-log-file given".to_string())),
            (Some(_), true) => Err((Status::Skipped, "skipped: the pipeline could not be reached".to_string())),
            (Some(source), false) => {
                progress.step("reading the consumer's logs");
                let deadline = Instant::now() + logs::LOG_COMMAND_TIMEOUT;
                logs::read(source, mark, since, running, deadline).await.map_err(|err| (Status::Error, err))
            }
        };
        match outcome {
            Ok(log) => {
                let mut lines = log.tail.clone();
                lines.extend(log.new_lines.iter().cloned());
                let window: &[String] = if running { &log.new_lines } else { &lines };
                if let Some(mut finding) = logs::syntax_error(window, &log.source) {
                    // The same file, found broken in the project tree: point at it.
                    for cause in static_findings.iter().filter(|f| f.code == "RD401") {
                        if let Some(location) = &cause.location
                            && finding.evidence.iter().any(|line| line.contains(&format!("{}\"", location.path)))
                        {
                            finding.evidence.push(format!(
                                "static RD401 at {}:{}:{}: {}",
                                location.path, location.line, location.column, cause.message
                            ));
                        }
                    }
                    findings.push(finding);
                } else if trace_body.is_some() {
                    findings.extend(logs::silent_consumer(&consumed, &log, static_findings));
                }
                if !running {
                    logs::not_running(&mut findings, &connection.group, "", Some(&log));
                }
                let detail = format!("{} new line(s) from {}", log.new_lines.len(), log.source);
                timings.push(("consumer-logs", logs_started.elapsed(), Status::Passed, detail));
            }
            Err((status, detail)) => timings.push(("consumer-logs", logs_started.elapsed(), status, detail)),
        }
    }
    let results = live_ids
        .iter()
        .map(|id| match timings.iter().find(|(step, ..)| step == id) {
            Some((_, duration, status, detail)) => result(id, *status, *duration, detail.clone()),
            None => result(id, Status::Skipped, Duration::ZERO, "skipped"),
        })
        .collect();
    LiveOutcome { results, findings, target }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grpc_addresses_default_their_port() {
        assert_eq!(grpc_address("http://127.0.0.1:50051").as_deref(), Some("127.0.0.1:50051"));
        assert_eq!(grpc_address("https://leases.internal/").as_deref(), Some("leases.internal:443"));
        assert_eq!(grpc_address("http://svc").as_deref(), Some("svc:80"));
    }
}
