//! rentflow-doctor: finds where a rentflow lease event stops.
//!
//! `trace` follows one TerminateLease call through its Kafka event to the consumer group's
//! commit; `group` and `reset-group` inspect and safely move consumer-group offsets; `check`
//! finds the problem journal's causes in a project's files and in the running system;
//! `demo` runs a reference pipeline in-process. Settings are resolved once (`config`); each
//! command returns its own result, wrapped here into the one report model (`report`),
//! rendered as text or JSON, and exits with a documented code (`exit`).

pub mod checks;
pub mod cli;
pub mod clock;
pub mod command_line;
pub mod config;
pub mod demo;
pub mod error;
pub mod exit;
pub mod find;
pub mod findings;
pub mod fsread;
pub mod group;
pub mod grpc;
pub mod kafka;
pub mod manual;
pub mod monitor;
pub mod output;
pub mod pipeline;
pub mod proto;
pub mod reach;
pub mod report;
pub mod schema;
pub mod secrets;
pub mod trace;
pub mod units;
pub mod untrusted;

use std::process::ExitCode;

use clap::{ArgMatches, CommandFactory, FromArgMatches};
use serde::{Deserialize, Serialize};

use crate::checks::report::CheckBody;
use crate::cli::{Cli, Command, GroupCommand};
use crate::clock::Started;
use crate::config::{CommandConfig, OutputConfig, Resolved};
use crate::error::Failure;
use crate::find::report::FindBody;
use crate::findings::{Finding, Severity};
use crate::group::report::{DescribeBody, GroupListBody, ResetBody};
use crate::output::Progress;
use crate::report::text::{Style, TextBody};
use crate::report::{Context, Report};
use crate::trace::Traced;
use crate::trace::report::{BurstBody, TraceBody};

/// The command-specific part of a report: each command's own body, wrapped here so that the
/// report model never names a command.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)] // one report per run; boxing buys nothing
pub enum Body {
    Trace(TraceBody),
    Burst(BurstBody),
    GroupList(GroupListBody),
    Describe(DescribeBody),
    Reset(ResetBody),
    Check(CheckBody),
    Find(FindBody),
}

impl TextBody for Body {
    fn render_text(&self, style: &Style) -> String {
        match self {
            Body::Trace(body) => body.render_text(style),
            Body::Burst(body) => body.render_text(style),
            Body::GroupList(body) => body.render_text(style),
            Body::Describe(body) => body.render_text(style),
            Body::Reset(body) => body.render_text(style),
            Body::Check(body) => body.render_text(style),
            Body::Find(body) => body.render_text(style),
        }
    }
}

impl From<group::Body> for Body {
    fn from(body: group::Body) -> Body {
        match body {
            group::Body::GroupList(body) => Body::GroupList(body),
            group::Body::Describe(body) => Body::Describe(body),
            group::Body::Reset(body) => Body::Reset(body),
        }
    }
}

impl Traced {
    /// A trace's body and findings as the report holds them.
    fn into_report_parts(self) -> (Body, Vec<Finding>) {
        match self {
            Traced::Single { body, findings } => (Body::Trace(body), findings),
            Traced::Burst { body, findings, .. } => (Body::Burst(body), findings),
        }
    }
}

/// The binary's entry point: parse, run, print, exit.
pub fn main_entry() -> ExitCode {
    clock::mark_process_start();
    let _ = color_eyre::install();
    install_redacting_panic_hook();
    let argv: Vec<String> = std::env::args_os().map(|arg| arg.to_string_lossy().into_owned()).collect();
    // Before clap judges the command line: its usage errors quote what they did not expect,
    // and that may be a password typed after a stray space.
    config::connection::register_secrets_in(&argv);
    let parsed = Cli::command().try_get_matches_from(&argv).and_then(|matches| {
        let cli = Cli::from_arg_matches(&matches)?;
        Ok((cli, matches))
    });
    let (cli, matches) = match parsed {
        Ok(parsed) => parsed,
        Err(err) => {
            // clap prints help/version to stdout (exit 0) and usage errors to stderr (exit 2);
            // either passes through the redactor like everything else.
            let text = err.render().to_string();
            if err.use_stderr() {
                output::stderr(&text);
            } else {
                output::stdout(&text);
            }
            return ExitCode::from(if err.use_stderr() { exit::USAGE } else { exit::HEALTHY });
        }
    };
    // `monitor` runs one probe at a time for as long as it lives: on one thread its tasks (the
    // commit poll, the gRPC connection, the HTTP endpoint) wake each other without waking
    // worker threads, which cost about 0.3 ms of its 2.3 ms per probe (docs/performance.md).
    // librdkafka calls still run on the blocking pool and the watcher on its own thread, so no
    // timestamp waits for the loop.
    let mut builder = match cli.command {
        Command::Monitor(_) => tokio::runtime::Builder::new_current_thread(),
        _ => tokio::runtime::Builder::new_multi_thread(),
    };
    let runtime = match builder.enable_all().build() {
        Ok(runtime) => runtime,
        Err(err) => {
            output::stderr(&format!("error: cannot start the async runtime: {err}"));
            return ExitCode::from(exit::FINDINGS);
        }
    };
    let code = runtime.block_on(run(cli, matches));
    // librdkafka handles and the watcher thread are torn down by the OS: an orderly
    // shutdown of every client would add hundreds of milliseconds to each run. The exit
    // skips the C library's exit handlers too: OpenSSL's clean-up (linked for TLS and OIDC)
    // would free state that librdkafka's threads, still running, use, and crash the process
    // after its report was written. Everything the doctor writes is flushed or closed by now.
    use std::io::Write as _;
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    // SAFETY: `_exit` ends the process at once; no Rust state is used after it.
    unsafe { libc::_exit(i32::from(code)) }
}

/// A panic's message can quote a value (a setting, a line read from a file): it is printed
/// through the redactor too.
fn install_redacting_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let payload = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "(no message)".to_string());
        let at = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
        let thread = std::thread::current().name().unwrap_or("unnamed").to_string();
        output::stderr(&format!(
            "rentflow-doctor panicked in thread `{thread}`{at}: {payload}\nThis is a bug; please report it with the command you ran."
        ));
    }));
}

/// Runs a parsed command line and prints its report; returns the exit code.
pub async fn run(cli: Cli, matches: ArgMatches) -> u8 {
    let started = Started::now();
    // Completions and man pages describe the command line only: no config, no network.
    match &cli.command {
        Command::Completions(args) => {
            output::stdout(&manual::completions(args.shell));
            return exit::HEALTHY;
        }
        Command::Man(args) => return man(args),
        _ => {}
    }
    let resolved = match config::load_file(&cli, &matches).and_then(|file| config::resolve(&cli, &matches, file)) {
        Ok(resolved) => resolved,
        Err(err) => return fail(&cli, None, &Failure::from(err)),
    };
    let output = resolved.output;
    if output.verbose > 0 {
        output::stderr(&settings_account(&resolved));
    }
    if let CommandConfig::ListChecks = resolved.command {
        if output.json() {
            output::stdout(&checks::list(&output));
        } else {
            output::stdout_text(&checks::list(&output), output.color);
        }
        return exit::HEALTHY;
    }
    if let CommandConfig::Monitor(config) = &resolved.command {
        // A stream of reports, not one: the monitor prints and exits on its own terms.
        return match monitor::run(config, context(&resolved, None), &output).await {
            Ok(code) => code,
            Err(failure) => fail(&cli, Some(&output), &failure),
        };
    }
    let progress = Progress::new(output.progress, output.verbose > 0);
    let outcome = dispatch(&cli, &resolved, &progress, &started).await;
    progress.finish();
    match outcome {
        Ok(report) => {
            print_report(&report, &output);
            report.exit_code()
        }
        Err(failure) => fail(&cli, Some(&output), &failure),
    }
}

/// `-v`'s account of the settings: the config file in effect and where each value came from.
fn settings_account(resolved: &Resolved) -> String {
    let file = &resolved.file;
    let mut text = match (&file.path, file.trusted()) {
        (None, _) => "· config file: none".to_string(),
        (Some(path), true) => format!("· config file: {} (given with --config or RENTFLOW_CONFIG)", path.display()),
        (Some(path), false) => {
            format!("· config file: {} (found in the working directory; read as data)", path.display())
        }
    };
    if let Some(profile) = resolved.profile() {
        text.push_str(&format!(", profile {profile}"));
    }
    text.push_str("\n· settings, and where each came from:");
    for setting in &resolved.provenance {
        text.push_str("\n·   ");
        text.push_str(&setting.line());
    }
    text
}

/// The header every report carries: config file, profile and (where the command reached
/// Kafka) the cluster id.
fn context(resolved: &Resolved, cluster_id: Option<String>) -> Context {
    let file = &resolved.file;
    Context {
        config_file: file.path.as_ref().map(|p| p.display().to_string()),
        config_source: match (&file.path, file.trusted()) {
            (None, _) => "none",
            (Some(_), true) => "explicit",
            (Some(_), false) => "implicit",
        }
        .to_string(),
        profile: resolved.profile().map(str::to_string),
        cluster_id,
    }
}

/// The Kafka settings of a command that talks to Kafka.
fn kafka_of(command: &CommandConfig) -> Option<&kafka::KafkaConfig> {
    match command {
        CommandConfig::Trace { connection, .. } => Some(&connection.kafka),
        CommandConfig::GroupList(config) => Some(&config.kafka),
        CommandConfig::GroupDescribe(config) => Some(&config.kafka),
        CommandConfig::ResetGroup(config) => Some(&config.kafka),
        CommandConfig::Check(config) => config.live.as_ref().map(|(connection, _)| &connection.kafka),
        CommandConfig::Find(config) => Some(&config.kafka),
        CommandConfig::Monitor(config) => Some(&config.connection.kafka),
        CommandConfig::Demo | CommandConfig::ListChecks => None,
    }
}

fn command_name(command: &Command) -> &'static str {
    match command {
        Command::Trace(_) => "trace",
        Command::Demo(_) => "demo",
        Command::Group(GroupCommand::List(_)) => "group list",
        Command::Group(GroupCommand::Describe(_)) => "group describe",
        Command::ResetGroup(_) => "reset-group",
        Command::Check(_) => "check",
        Command::Find(_) => "find",
        Command::Monitor(_) => "monitor",
        Command::Completions(_) => "completions",
        Command::Man(_) => "man",
    }
}

async fn dispatch(
    cli: &Cli,
    resolved: &Resolved,
    progress: &Progress,
    started: &Started,
) -> Result<Report<Body>, Failure> {
    let name = command_name(&cli.command);
    let output = &resolved.output;
    // The cluster id is asked for alongside the command, not after it: it costs the run
    // nothing unless the brokers are slow, and then only up to the connect timeout.
    let cluster = kafka_of(&resolved.command).cloned().map(|kafka| {
        let verbose = output.verbose;
        tokio::spawn(async move { kafka::cluster_id(&kafka, verbose).await })
    });
    let (body, findings, fail_on) = match (&resolved.command, &cli.command) {
        (CommandConfig::Trace { connection, probe }, _) => {
            let (body, findings) = trace::run(connection, probe, output.verbose, progress).await.into_report_parts();
            (body, findings, Severity::Error)
        }
        (CommandConfig::Demo, Command::Demo(args)) => {
            let (preface, traced) = demo::run(args, output.verbose, progress).await?;
            if !output.json() {
                let style = Style { color: output.color };
                output::stdout_text(
                    &format!(
                        "{} {}\n{}\n\n",
                        style.bold("demo"),
                        style.dim(&format!(
                            "{} · lease service {} · group {}",
                            preface.broker, preface.service, preface.group
                        )),
                        preface.story
                    ),
                    output.color,
                );
            }
            let (body, findings) = traced.into_report_parts();
            (body, findings, Severity::Error)
        }
        (CommandConfig::GroupList(config), _) => {
            let (body, findings) = group::list(config, output, progress).await?;
            (body.into(), findings, Severity::Error)
        }
        (CommandConfig::GroupDescribe(config), _) => {
            let (body, findings) = group::describe(config, output, progress).await?;
            (body.into(), findings, Severity::Error)
        }
        (CommandConfig::ResetGroup(config), _) => {
            let (body, findings) = group::reset(config, output, progress).await?;
            (body.into(), findings, Severity::Error)
        }
        (CommandConfig::Find(config), _) => {
            let (body, findings) = find::run(config, output.verbose, progress).await?;
            let found = !body.matches.is_empty();
            let cluster_id = join_cluster(cluster, &findings).await;
            let mut report =
                Report::new(name, started, context(resolved, cluster_id), Body::Find(body), findings, Severity::Error);
            if !found {
                report.summary.nothing_found();
            }
            return Ok(report);
        }
        (CommandConfig::Check(config), _) => {
            let (body, findings) = checks::run(config, output, progress).await?;
            let cluster_id = join_cluster(cluster, &findings).await;
            let report = Report::new(name, started, context(resolved, cluster_id), body, findings, config.fail_on);
            checks::write_files(config, &report)?;
            return Ok(report.map(Body::Check));
        }
        (CommandConfig::Demo | CommandConfig::ListChecks | CommandConfig::Monitor(_), _) => {
            return Err(Failure::Failed(format!("`{name}` was resolved for another command")));
        }
    };
    let cluster_id = join_cluster(cluster, &findings).await;
    Ok(Report::new(name, started, context(resolved, cluster_id), body, findings, fail_on))
}

/// The cluster id, unless the command found the brokers unreachable (then it is not waited for).
async fn join_cluster(
    cluster: Option<tokio::task::JoinHandle<Option<String>>>,
    findings: &[Finding],
) -> Option<String> {
    let handle = cluster?;
    if findings.iter().any(Finding::is_reachability) {
        handle.abort();
        return None;
    }
    handle.await.ok().flatten()
}

/// `man`: the main page on stdout, or every page into `--dir` (a path that cannot be a
/// directory is a usage error naming it).
fn man(args: &cli::ManArgs) -> u8 {
    match &args.dir {
        None => match manual::man_page() {
            Ok(page) => {
                output::stdout(&page);
                exit::HEALTHY
            }
            Err(err) => {
                output::stderr(&format!("error: cannot render the man page: {err}"));
                exit::FINDINGS
            }
        },
        Some(dir) => match manual::write_man_pages(dir) {
            Ok(pages) => {
                output::stdout(&format!("wrote {} man pages to {}: {}\n", pages.len(), dir.display(), pages.join(" ")));
                exit::HEALTHY
            }
            Err(err) => {
                output::stderr(&format!("error: cannot write man pages to {}: {err}", dir.display()));
                exit::USAGE
            }
        },
    }
}

fn print_report(report: &Report<Body>, output: &OutputConfig) {
    // `reset-group --export csv`: the plan alone on stdout, for kafka-consumer-groups; the
    // report goes to stderr.
    if let Body::Reset(body) = &report.body
        && let Some(csv) = &body.export_csv
    {
        output::stdout(csv);
        output::stderr(&report::text::render(report, &Style { color: false }));
        return;
    }
    if output.json() {
        output::stdout(&report::json::render(report));
    } else {
        output::stdout_text(&report::text::render(report, &Style { color: output.color }), output.color);
    }
}

/// Reports a failure on stderr (and, in JSON mode, as a JSON document on stdout so that a
/// script always has JSON to read); returns its exit code.
fn fail(cli: &Cli, output: Option<&OutputConfig>, failure: &Failure) -> u8 {
    output::stderr(&format!("error: {failure}"));
    let json = output.map_or(cli.global.output == Some(cli::OutputFormat::Json), OutputConfig::json);
    if json {
        let document = report::FailureReport {
            version: report::REPORT_VERSION,
            command: command_name(&cli.command).to_string(),
            error: report::FailureDetail { kind: failure.kind(), message: failure.to_string() },
            exit_code: failure.exit_code(),
        };
        let text = serde_json::to_string_pretty(&document).unwrap_or_default();
        output::stdout(&format!("{text}\n"));
    }
    failure.exit_code()
}
