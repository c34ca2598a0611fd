//! rentflow-doctor: finds where a rentflow lease event stops.
//!
//! `trace` follows one TerminateLease call through its Kafka event to the consumer group's
//! commit; `group` and `reset-group` inspect and safely move consumer-group offsets; `check`
//! finds the problem journal's causes in a project's files and in the running system;
//! `demo` runs a reference pipeline in-process. Every command fills one report model
//! (`report`), rendered as text or JSON, and exits with a documented code (`exit`).

pub mod checks;
pub mod cli;
pub mod clock;
pub mod demo;
pub mod error;
pub mod exit;
pub mod findings;
pub mod group;
pub mod grpc;
pub mod kafka;
pub mod manual;
pub mod output;
pub mod pipeline;
pub mod proto;
pub mod report;
pub mod secrets;
pub mod settings;
pub mod trace;

use std::process::ExitCode;

use clap::Parser;

use crate::cli::{Cli, Command, GroupCommand};
use crate::clock::Started;
use crate::error::Failure;
use crate::findings::Severity;
use crate::output::Progress;
use crate::report::Report;
use crate::report::text::Style;
use crate::settings::{FileConfig, OutputConfig, Terminal};

/// The binary's entry point: parse, run, print, exit.
pub fn main_entry() -> ExitCode {
    clock::mark_process_start();
    let _ = color_eyre::install();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            // clap prints help/version to stdout (exit 0) and usage errors to stderr (exit 2).
            let _ = err.print();
            return ExitCode::from(if err.use_stderr() { exit::USAGE } else { exit::HEALTHY });
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(err) => {
            output::stderr(&format!("error: cannot start the async runtime: {err}"));
            return ExitCode::from(exit::FINDINGS);
        }
    };
    let code = runtime.block_on(run(cli));
    // librdkafka handles and the watcher thread are torn down by the OS: an orderly
    // shutdown of every client would add hundreds of milliseconds to each run.
    std::process::exit(i32::from(code));
}

/// Runs a parsed command line and prints its report; returns the exit code.
pub async fn run(cli: Cli) -> u8 {
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
    let (kafka, grpc) = connection_args(&cli.command);
    settings::register_secrets(kafka, grpc);
    let terminal = Terminal::detect();
    let file = match FileConfig::load(cli.global.config.as_deref(), cli.global.no_config) {
        Ok(file) => file,
        Err(err) => return fail(&cli, None, &Failure::from(err)),
    };
    let output = match settings::output(&cli.global, &file, terminal) {
        Ok(output) => output,
        Err(err) => return fail(&cli, None, &Failure::from(err)),
    };
    if let Command::Check(args) = &cli.command
        && args.list_checks
    {
        output::stdout(&checks::list(&output));
        return exit::HEALTHY;
    }
    let progress = Progress::new(&output);
    let outcome = dispatch(&cli, &file, &output, &progress, &started).await;
    progress.finish();
    match outcome {
        Ok(report) => {
            print_report(&report, &output);
            report.exit_code()
        }
        Err(failure) => fail(&cli, Some(&output), &failure),
    }
}

/// The connection arguments a command carries, for registering their secrets up front.
fn connection_args(command: &Command) -> (Option<&cli::KafkaArgs>, Option<&cli::GrpcArgs>) {
    match command {
        Command::Trace(args) => (Some(&args.kafka), Some(&args.grpc)),
        Command::Check(args) => (Some(&args.kafka), Some(&args.grpc)),
        Command::Group(GroupCommand::List(args)) => (Some(&args.kafka), None),
        Command::Group(GroupCommand::Describe(args)) => (Some(&args.kafka), None),
        Command::ResetGroup(args) => (Some(&args.kafka), None),
        Command::Demo(_) | Command::Completions(_) | Command::Man(_) => (None, None),
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
        Command::Completions(_) => "completions",
        Command::Man(_) => "man",
    }
}

async fn dispatch(
    cli: &Cli,
    file: &FileConfig,
    output: &OutputConfig,
    progress: &Progress,
    started: &Started,
) -> Result<Report, Failure> {
    let name = command_name(&cli.command);
    let report = |(body, findings), fail_on| Report::new(name, started, body, findings, fail_on);
    match &cli.command {
        Command::Trace(args) => {
            let connection = settings::connection(&args.kafka, &args.grpc, &args.pipeline, file)?;
            let probe = settings::probe(&args.probe, file)?;
            let traced = trace::run(&connection, &probe, output.verbose, progress).await;
            Ok(report((traced.body, traced.findings), Severity::Error))
        }
        Command::Demo(args) => {
            let (preface, body, findings) = demo::run(args, output.verbose, progress).await?;
            if !output.json() {
                let style = Style { color: output.color };
                output::stdout(&format!(
                    "{} {}\n{}\n\n",
                    style.bold("demo"),
                    style.dim(&format!(
                        "{} · lease service {} · group {}",
                        preface.broker, preface.service, preface.group
                    )),
                    preface.story
                ));
            }
            Ok(report((body, findings), Severity::Error))
        }
        Command::Group(GroupCommand::List(args)) => {
            Ok(report(group::list(args, file, output, progress).await?, Severity::Error))
        }
        Command::Group(GroupCommand::Describe(args)) => {
            Ok(report(group::describe(args, file, output, progress).await?, Severity::Error))
        }
        Command::ResetGroup(args) => Ok(report(group::reset(args, file, output, progress).await?, Severity::Error)),
        Command::Check(args) => {
            let fail_on = settings::fail_on(args.fail_on, file)?;
            let report = report(checks::run(args, file, output, progress).await?, fail_on);
            checks::write_files(args, file, &report, fail_on)?;
            Ok(report)
        }
        Command::Completions(_) | Command::Man(_) => unreachable!("answered before dispatch"),
    }
}

/// `man`: the main page on stdout, or every page into `--dir` (a missing or unwritable
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

fn print_report(report: &Report, output: &OutputConfig) {
    let text = if output.json() {
        report::json::render(report)
    } else {
        report::text::render(report, &Style { color: output.color })
    };
    output::stdout(&text);
}

/// Reports a failure on stderr (and, in JSON mode, as a JSON document on stdout so that a
/// script always has JSON to read); returns its exit code.
fn fail(cli: &Cli, output: Option<&OutputConfig>, failure: &Failure) -> u8 {
    output::stderr(&format!("error: {failure}"));
    let json = output.map_or(cli.global.output == Some(cli::OutputFormat::Json), OutputConfig::json);
    if json {
        let document = serde_json::json!({
            "version": report::REPORT_VERSION,
            "command": command_name(&cli.command),
            "error": { "kind": failure.kind(), "message": failure.to_string() },
            "exit_code": failure.exit_code(),
        });
        output::stdout(&format!("{document:#}\n"));
    }
    failure.exit_code()
}
