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

pub mod analyze;
pub mod catalog;
pub mod live;
pub mod report;

use std::collections::HashSet;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::config::check::Mode;
use crate::config::{CheckConfig, OutputConfig};
use crate::error::Failure;
use crate::findings::{Finding, Severity};
use crate::output::Progress;
use crate::report::Report;
use analyze as project;
use catalog::Phase;
use report::{CheckBody, CheckResult, StaticScan, Status, Suppressed, junit, sarif};

pub(crate) fn ms(duration: Duration) -> f64 {
    (duration.as_secs_f64() * 1_000_000.0).round() / 1000.0
}

pub(crate) fn result(id: &str, status: Status, duration: Duration, detail: impl Into<String>) -> CheckResult {
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
        let outcome = live::run(config, selection, connection, probe, &static_findings, output.verbose, progress).await;
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
                Phase::Live => catalog::live_step(&finding.code),
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
