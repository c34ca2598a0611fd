//! `check`: the problem journal as automated checks, over the project's files and the
//! running system.
//!
//! Static checks ([`project`]) read the project tree; live checks ([`live`]) trace one probe,
//! inspect the group and read the consumer's logs. Without `--static-only`/`--live-only`,
//! the static side runs on the project directory and the live side runs when a broker or the
//! service answers a quick connect; when neither does, the live checks are reported as
//! skipped rather than failed (with `--live-only` that is exit code 3). Every result goes into
//! one [`report::CheckBody`] and the common findings list; JUnit and SARIF files are written
//! from that same report ([`junit`], [`sarif`]).

pub mod catalog;
pub mod consumers;
pub mod deploy;
pub mod junit;
pub mod lex;
pub mod live;
pub mod logging;
pub mod producers;
pub mod project;
pub mod pyast;
pub mod report;
pub mod sarif;
pub mod shell;
pub mod suppress;
pub mod syntax;

use std::collections::HashSet;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::config::check::{LogSource, Mode};
use crate::config::{CheckConfig, Connection, OutputConfig, ProbeConfig};
use crate::error::Failure;
use crate::findings::{Finding, Severity};
use crate::output::Progress;
use crate::report::Report;
use catalog::{Phase, Selection};
use report::{CheckBody, CheckResult, LiveTarget, StaticScan, Status, Suppressed};

/// How long the auto mode's reachability test waits before calling the live side absent.
const AUTO_CONNECT_TIMEOUT: Duration = Duration::from_secs(2);

fn ms(duration: Duration) -> f64 {
    (duration.as_secs_f64() * 1_000_000.0).round() / 1000.0
}

fn result(id: &str, status: Status, duration: Duration, detail: impl Into<String>) -> CheckResult {
    let check = catalog::by_id(id);
    CheckResult {
        id: id.to_string(),
        name: check.map_or(id, |c| c.name).to_string(),
        phase: check.map_or(Phase::Live, |c| c.phase),
        status,
        duration_ms: ms(duration),
        codes: check.map(|c| c.codes.iter().map(|s| s.to_string()).collect()).unwrap_or_default(),
        findings: Vec::new(),
        detail: detail.into(),
    }
}

/// The live check a live finding belongs to.
fn live_step(code: &str) -> &'static str {
    match code {
        "RD901" | "RD902" | "RD903" | "RD904" => "connect",
        "RD103" => "group",
        "RD201" | "RD301" | "RD401" => "consumer-logs",
        _ => "trace",
    }
}

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
struct LiveOutcome {
    results: Vec<CheckResult>,
    findings: Vec<Finding>,
    target: LiveTarget,
}

async fn run_live(
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
    let mark = config.logs.as_ref().and_then(live::mark);
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
                live::not_running(&mut findings, &connection.group, &format!("group state: {detail}"), None);
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
                let deadline = Instant::now() + live::LOG_COMMAND_TIMEOUT;
                live::read(source, mark, since, running, deadline).await.map_err(|err| (Status::Error, err))
            }
        };
        match outcome {
            Ok(log) => {
                let mut lines = log.tail.clone();
                lines.extend(log.new_lines.iter().cloned());
                let window: &[String] = if running { &log.new_lines } else { &lines };
                if let Some(mut finding) = live::syntax_error(window, &log.source) {
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
                    findings.extend(live::silent_consumer(&consumed, &log, static_findings));
                }
                if !running {
                    live::not_running(&mut findings, &connection.group, "", Some(&log));
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

/// Runs the selected checks.
pub async fn run(
    config: &CheckConfig,
    output: &OutputConfig,
    progress: &Progress,
) -> Result<(CheckBody, Vec<Finding>), Failure> {
    let selection = &catalog::select(&config.selected).map_err(Failure::Usage)?;
    let run_static = config.mode != Mode::LiveOnly && selection.any(Phase::Static);
    if run_static {
        project::project_root(&config.project_dir).map_err(Failure::Usage)?;
    }
    let live_wanted = config.mode != Mode::StaticOnly && selection.any(Phase::Live);
    let live_settings = config.live.as_ref().filter(|_| live_wanted);

    let mut body =
        CheckBody { mode: config.mode.as_str().to_string(), selected: config.selected.clone(), ..CheckBody::default() };
    let mut static_findings = Vec::new();
    let mut results: Vec<CheckResult> = Vec::new();
    if run_static {
        progress.step(&format!("scanning {}", config.project_dir.display()));
        let started = Instant::now();
        let root = config.project_dir.clone();
        let codes = selection.static_codes();
        let outcome = tokio::task::spawn_blocking(move || project::scan(&root, &codes))
            .await
            .map_err(|err| Failure::Failed(format!("the static scan failed: {err}")))?;
        let elapsed = started.elapsed();
        let nothing = outcome.files.total() == 0;
        for id in selection.run.iter().filter(|id| catalog::by_id(id).is_some_and(|c| c.phase == Phase::Static)) {
            let time = outcome.timings.get(id).copied().unwrap_or_default();
            let status = if nothing { Status::Skipped } else { Status::Passed };
            let detail = if nothing {
                "skipped: no Python, compose, Dockerfile or Procfile files".to_string()
            } else {
                String::new()
            };
            results.push(result(id, status, time, detail));
        }
        body.scan = Some(StaticScan {
            project_dir: config.project_dir.display().to_string(),
            files: outcome.files.clone(),
            parse_ms: ms(outcome.parse_time),
            duration_ms: ms(elapsed),
        });
        body.notes.extend(outcome.notes);
        body.suppressed.extend(outcome.suppressed.iter().map(|f| suppressed(f, "inline")));
        static_findings = outcome.findings;
    } else {
        let reason = if config.mode == Mode::LiveOnly { "skipped: --live-only" } else { "skipped: not selected" };
        for id in selection.run.iter().filter(|id| catalog::by_id(id).is_some_and(|c| c.phase == Phase::Static)) {
            results.push(result(id, Status::Skipped, Duration::ZERO, reason));
        }
    }
    let mut live_findings = Vec::new();
    if let Some((connection, probe)) = live_settings {
        let outcome = run_live(config, selection, connection, probe, &static_findings, output.verbose, progress).await;
        results.extend(outcome.results);
        live_findings = outcome.findings;
        body.live = Some(outcome.target);
    } else {
        for id in selection.run.iter().filter(|id| catalog::by_id(id).is_some_and(|c| c.phase == Phase::Live)) {
            results.push(result(id, Status::Skipped, Duration::ZERO, "skipped: --static-only"));
        }
    }
    let ran_something = results.iter().any(|r| r.status != Status::Skipped);
    if !ran_something {
        let reasons: Vec<String> =
            results.iter().map(|r| r.detail.clone()).collect::<HashSet<_>>().into_iter().collect();
        return Err(Failure::Unreachable(format!("nothing was checked: {}", reasons.join("; "))));
    }

    // Selection and the ignore list decide what is reported.
    let mut findings = Vec::new();
    let mut attributed: Vec<(&'static str, Phase)> = Vec::new();
    for (phase, list) in [(Phase::Static, static_findings), (Phase::Live, live_findings)] {
        for finding in list {
            if !selection.reports(&finding.code) {
                continue;
            }
            if config.ignore.contains(finding.code.as_str()) && !finding.is_reachability() {
                body.suppressed.push(suppressed(&finding, "config"));
                continue;
            }
            let id = match phase {
                Phase::Static => catalog::CHECKS
                    .iter()
                    .find(|c| c.phase == Phase::Static && c.id == finding.code)
                    .map_or("", |c| c.id),
                Phase::Live => live_step(&finding.code),
            };
            attributed.push((id, phase));
            findings.push(finding);
        }
    }
    for check in &mut results {
        check.findings = attributed
            .iter()
            .enumerate()
            .filter(|(_, (id, phase))| *id == check.id && *phase == check.phase)
            .map(|(index, _)| index)
            .collect();
        if check.status == Status::Passed && !check.findings.is_empty() {
            let worst = check.findings.iter().map(|i| findings[*i].severity).max().unwrap_or(Severity::Info);
            check.status = match worst {
                Severity::Error => Status::Failed,
                Severity::Warning => Status::Warning,
                Severity::Info => Status::Passed,
            };
        }
        if check.status == Status::Passed && check.detail.is_empty() {
            check.detail = "no findings".to_string();
        }
    }
    if results.iter().any(|r| r.id == "connect" && !r.findings.is_empty()) {
        for check in results.iter_mut().filter(|r| r.id == "connect") {
            check.status = Status::Failed;
        }
    }
    body.checks = results;
    Ok((body, findings))
}

fn suppressed(finding: &Finding, by: &str) -> Suppressed {
    Suppressed {
        code: finding.code.clone(),
        name: finding.name.clone(),
        location: finding.location.clone(),
        by: by.to_string(),
    }
}

/// Writes the `--junit` and `--sarif` files of a finished `check` report (redacted like
/// everything else the doctor writes).
pub fn write_files(config: &CheckConfig, report: &Report<CheckBody>) -> Result<(), Failure> {
    let write = |path: &PathBuf, text: String| {
        std::fs::write(path, crate::secrets::redact(&text).as_bytes())
            .map_err(|err| Failure::Failed(format!("cannot write {}: {err}", path.display())))
    };
    if let Some(path) = &config.junit {
        write(path, junit::render(report, config.fail_on))?;
    }
    if let Some(path) = &config.sarif {
        let root = std::fs::canonicalize(&config.project_dir).unwrap_or_else(|_| config.project_dir.clone());
        write(path, sarif::render(report, &root, config.docs_url.as_deref()))?;
    }
    Ok(())
}

/// The `--list-checks` output.
pub fn list(output: &OutputConfig) -> String {
    if output.json() { format!("{:#}\n", catalog::list_json()) } else { catalog::list_text() }
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

    #[test]
    fn live_findings_belong_to_their_step() {
        assert_eq!(live_step("RD902"), "connect");
        assert_eq!(live_step("RD103"), "group");
        assert_eq!(live_step("RD401"), "consumer-logs");
        assert_eq!(live_step("RD102"), "trace");
    }
}
