//! The command line as clap parses it. These structs only parse; `config` resolves them,
//! with the environment and the config file, into the typed configuration the commands use.
//!
//! Options that are settings are `Option`s without clap defaults, so that the resolve step
//! can tell "not given" from "given" and apply the config file in between (flag > env >
//! file > default). Defaults are stated in the help text instead.
//!
//! Over 500 lines on purpose: every flag with its help text is the command line's one
//! description, and clap needs them together.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::exit;

#[derive(Debug, Parser)]
#[command(
    name = "rentflow-doctor",
    version,
    about = "Find where a rentflow lease event stops: trace TerminateLease → Kafka → consumer group, inspect and reset consumer groups, check a project for the known problems.",
    after_help = exit_codes_help(),
    propagate_version = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

fn exit_codes_help() -> String {
    let mut help = String::from("Exit codes:\n");
    for (code, meaning) in exit::ALL {
        help.push_str(&format!("  {code}  {meaning}\n"));
    }
    help
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Config file, trusted as yours [default: ./rentflow-doctor.toml when present, read as data: it cannot run commands, load code, lower security or receive credentials given elsewhere]
    #[arg(long, global = true, env = "RENTFLOW_CONFIG", value_name = "PATH")]
    pub config: Option<PathBuf>,

    /// Profile of the config file to use ([profiles.<name>]), e.g. one per cluster
    #[arg(long, global = true, env = "RENTFLOW_PROFILE", value_name = "NAME")]
    pub profile: Option<String>,

    /// Ignore config files (hermetic runs)
    #[arg(long, global = true, env = "RENTFLOW_NO_CONFIG")]
    pub no_config: bool,

    /// Output format [default: text]
    #[arg(short, long, global = true, env = "RENTFLOW_OUTPUT", value_enum)]
    pub output: Option<OutputFormat>,

    /// When to colour the output [default: auto; NO_COLOR is honoured]
    #[arg(long, global = true, env = "RENTFLOW_COLOR", value_enum)]
    pub color: Option<ColorChoice>,

    /// More detail on stderr (-v: steps, -vv: librdkafka's broker and security logs, -vvv: all of librdkafka's debug logs)
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Send a TerminateLease probe and time every hop until the consumer group commits past its event
    Trace(TraceArgs),
    /// Run the reference pipeline in-process (embedded Kafka mock) and trace it
    Demo(DemoArgs),
    /// Inspect consumer groups
    #[command(subcommand)]
    Group(GroupCommand),
    /// Plan, apply or undo a consumer-group offset reset (dry run unless --execute)
    ResetGroup(ResetGroupArgs),
    /// Find the journal's problems in the project's files and in the running system
    Check(CheckArgs),
    /// Find existing events for a lease on the topic (sends nothing) and where the group stands on each
    Find(FindArgs),
    /// Run the trace's probe every --interval; serve Prometheus metrics, /healthz and /report; export OTLP spans
    Monitor(MonitorArgs),
    /// Print a shell completion script: `source <(rentflow-doctor completions bash)`
    Completions(CompletionsArgs),
    /// Print the man page (roff), or write every page into a directory
    Man(ManArgs),
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write rentflow-doctor.1 and a page per subcommand here instead of printing the main page
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

/// How to reach Kafka.
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "Kafka")]
pub struct KafkaArgs {
    /// Bootstrap brokers, comma-separated [default: 127.0.0.1:9092]
    #[arg(short, long, env = "RENTFLOW_BROKERS", value_name = "HOST:PORT,…")]
    pub brokers: Option<String>,

    /// librdkafka property, as kcat's -X (security.protocol=SASL_SSL, sasl.mechanism=SCRAM-SHA-512); repeatable.
    /// Give secrets in RENTFLOW_KAFKA_PROPERTIES (`;`-separated) or the config file's [kafka] table instead: every user of the machine can read a command line
    #[arg(short = 'X', value_name = "KEY=VALUE")]
    pub properties: Vec<String>,

    /// Time allowed to connect to a broker or the service [default: 5s]
    #[arg(long, env = "RENTFLOW_CONNECT_TIMEOUT", value_name = "DURATION")]
    pub connect_timeout: Option<String>,

    /// Time allowed for the whole command [default: 30s]
    #[arg(long, env = "RENTFLOW_TIMEOUT", value_name = "DURATION")]
    pub timeout: Option<String>,
}

/// How to reach the lease service.
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "gRPC")]
pub struct GrpcArgs {
    /// The lease service (http:// or https://) [default: http://127.0.0.1:50051]
    #[arg(long, env = "RENTFLOW_GRPC_URL", value_name = "URL")]
    pub grpc_url: Option<String>,

    /// Deadline of the TerminateLease call [default: 5s]
    #[arg(long, env = "RENTFLOW_GRPC_TIMEOUT", value_name = "DURATION")]
    pub grpc_timeout: Option<String>,

    /// CA certificate (PEM) that signed the service's certificate, for https:// URLs
    #[arg(long, env = "RENTFLOW_GRPC_CA", value_name = "PATH")]
    pub grpc_ca: Option<PathBuf>,

    /// Client certificate (PEM) for mutual TLS
    #[arg(long, env = "RENTFLOW_GRPC_CERT", value_name = "PATH", requires = "grpc_key")]
    pub grpc_cert: Option<PathBuf>,

    /// Client private key (PEM) for mutual TLS
    #[arg(long, env = "RENTFLOW_GRPC_KEY", value_name = "PATH", requires = "grpc_cert")]
    pub grpc_key: Option<PathBuf>,

    /// Server name to verify in the service's certificate [default: the URL's host]
    #[arg(long, env = "RENTFLOW_GRPC_DOMAIN", value_name = "NAME")]
    pub grpc_domain: Option<String>,

    /// Bearer token sent as `authorization` metadata (prefer the env var; never printed)
    #[arg(long, env = "RENTFLOW_GRPC_TOKEN", value_name = "TOKEN", hide_env_values = true)]
    pub grpc_token: Option<String>,
}

/// Which topic and group.
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "Pipeline")]
pub struct PipelineArgs {
    /// Topic the service publishes to [default: lease-events]
    #[arg(short, long, env = "RENTFLOW_TOPIC", value_name = "TOPIC")]
    pub topic: Option<String>,

    /// The consumer's group id [default: rentflow-django-consumer]
    #[arg(short, long, env = "RENTFLOW_GROUP", value_name = "GROUP")]
    pub group: Option<String>,
}

/// How a trace probes and waits.
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "Probe")]
pub struct ProbeArgs {
    /// Lease id to send [default: rentflow-doctor-probe-<uuid v4>]; use a canary lease in production
    #[arg(long, env = "RENTFLOW_LEASE_ID", value_name = "ID")]
    pub lease_id: Option<String>,

    /// JSON pointer to the lease id in the event's value, when the key does not match [default: /lease_id]
    #[arg(long, env = "RENTFLOW_MATCH_FIELD", value_name = "POINTER")]
    pub match_field: Option<String>,

    /// `reason` sent with the probe [default: rentflow-doctor probe]
    #[arg(long, env = "RENTFLOW_REASON", value_name = "TEXT")]
    pub reason: Option<String>,

    /// `requested_by` sent with the probe [default: rentflow-doctor]
    #[arg(long, env = "RENTFLOW_REQUESTED_BY", value_name = "TEXT")]
    pub requested_by: Option<String>,

    /// How long to wait for the event after the call answered [default: 10s]
    #[arg(long, env = "RENTFLOW_EVENT_TIMEOUT", value_name = "DURATION")]
    pub event_timeout: Option<String>,

    /// How long to wait for the group's committed offset to pass the event [default: 15s]
    #[arg(long, env = "RENTFLOW_CONSUME_TIMEOUT", value_name = "DURATION")]
    pub consume_timeout: Option<String>,

    /// Number of probes [default: 1]
    #[arg(short = 'n', long, env = "RENTFLOW_COUNT", value_name = "N")]
    pub count: Option<u32>,

    /// Probes in flight at once [default: 1]
    #[arg(short = 'c', long, env = "RENTFLOW_CONCURRENCY", value_name = "C")]
    pub concurrency: Option<u32>,
}

#[derive(Debug, Args)]
pub struct TraceArgs {
    #[command(flatten)]
    pub kafka: KafkaArgs,
    #[command(flatten)]
    pub grpc: GrpcArgs,
    #[command(flatten)]
    pub pipeline: PipelineArgs,
    #[command(flatten)]
    pub probe: ProbeArgs,
}

#[derive(Debug, Args)]
#[command(
    mut_arg("count", |arg| arg.help("Stop after N probes [default: run until SIGINT/SIGTERM]")),
    mut_arg("concurrency", |arg| arg.hide(true)),
    mut_arg("lease_id", |arg| arg.hide(true)),
    after_help = "Each probe is the trace's single probe, with a new rentflow-doctor-probe-<uuid> lease id; --timeout bounds each probe. Probes never overlap: a probe slower than --interval delays the next, and the ticks it covered are counted as skipped.\nExit code: 0 when stopped by SIGINT/SIGTERM; with --count, that of the worst probe (as `trace`)."
)]
pub struct MonitorArgs {
    /// Time between probe starts [default: 30s]
    #[arg(long, env = "RENTFLOW_INTERVAL", value_name = "DURATION", help_heading = "Monitor")]
    pub interval: Option<String>,

    /// Address for /metrics, /healthz and /report, or `off` [default: 127.0.0.1:9464]
    #[arg(long, env = "RENTFLOW_LISTEN", value_name = "HOST:PORT", help_heading = "Monitor")]
    pub listen: Option<String>,

    /// OTLP/gRPC endpoint to export each probe as a trace to (e.g. http://127.0.0.1:4317)
    #[arg(long, env = "RENTFLOW_OTLP_ENDPOINT", value_name = "URL", help_heading = "Monitor")]
    pub otlp_endpoint: Option<String>,

    #[command(flatten)]
    pub kafka: KafkaArgs,
    #[command(flatten)]
    pub grpc: GrpcArgs,
    #[command(flatten)]
    pub pipeline: PipelineArgs,
    #[command(flatten)]
    pub probe: ProbeArgs,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Reproduce one of the journal's failures
    #[arg(long, value_enum, value_name = "FAULT")]
    pub fault: Option<DemoFault>,

    /// Run against a real broker instead of the embedded mock cluster
    #[arg(short, long, value_name = "HOST:PORT,…")]
    pub brokers: Option<String>,

    /// Number of probes [default: 1]
    #[arg(short = 'n', long, value_name = "N")]
    pub count: Option<u32>,

    /// Probes in flight at once [default: 1]
    #[arg(short = 'c', long, value_name = "C")]
    pub concurrency: Option<u32>,
}

/// The faults `demo` can reproduce: the service's and the consumer's switches from the journal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DemoFault {
    /// Service builds a Kafka producer inside the handler (journal problem 1)
    PerRequestProducer,
    /// Service answers OK and never produces
    DropEvent,
    /// Fresh group with auto.offset.reset=latest started after events exist (problem 2.2)
    OffsetResetLatest,
    /// Consumer processes and commits but logs nothing (problems 2.1 and 3)
    Silent,
    /// Consumer not running
    Stopped,
}

#[derive(Debug, Subcommand)]
pub enum GroupCommand {
    /// Groups on the cluster with state and member count
    List(GroupListArgs),
    /// A group's state, members and per-partition position against the log
    Describe(GroupDescribeArgs),
}

#[derive(Debug, Args)]
pub struct GroupListArgs {
    #[command(flatten)]
    pub kafka: KafkaArgs,
}

#[derive(Debug, Args)]
pub struct GroupDescribeArgs {
    #[command(flatten)]
    pub kafka: KafkaArgs,
    #[command(flatten)]
    pub pipeline: PipelineArgs,
    /// Describe every group on the cluster (instead of --group)
    #[arg(long, conflicts_with = "group")]
    pub all_groups: bool,
    /// What the consumer does where nothing is committed [default: latest, librdkafka's and kafka-python's default]
    #[arg(long, env = "RENTFLOW_AUTO_OFFSET_RESET", value_enum, value_name = "POLICY")]
    pub auto_offset_reset: Option<AutoOffsetReset>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum AutoOffsetReset {
    Earliest,
    Latest,
}

#[derive(Debug, Args)]
#[command(after_help = RESET_GROUP_HELP)]
pub struct ResetGroupArgs {
    #[command(flatten)]
    pub kafka: KafkaArgs,

    /// The group to change [default: rentflow-django-consumer; with --from-file: the snapshot's]
    #[arg(short, long, env = "RENTFLOW_GROUP", value_name = "GROUP", help_heading = "Reset")]
    pub group: Option<String>,

    /// Topic, optionally with partitions: lease-events or lease-events:0,2; repeatable [default: lease-events]
    #[arg(short, long, env = "RENTFLOW_TOPIC", value_name = "TOPIC[:P,…]", help_heading = "Reset")]
    pub topic: Vec<String>,

    /// Every topic the group has committed on (instead of --topic)
    #[arg(long, conflicts_with_all = ["topic", "from_file", "delete"], help_heading = "Reset")]
    pub all_topics: bool,

    /// Where to move the offsets: earliest, latest, offset:N, datetime:<RFC 3339>, duration:<-1h…>, shift:<±N>, current
    #[arg(long, value_name = "TARGET", help_heading = "Reset", required_unless_present_any = ["from_file", "delete"], conflicts_with_all = ["from_file", "delete"])]
    pub to: Option<String>,

    /// Restore the offsets saved in a snapshot (group and topics come from it)
    #[arg(long, value_name = "SNAPSHOT", conflicts_with = "delete", help_heading = "Reset")]
    pub from_file: Option<PathBuf>,

    /// Delete the group: its committed offsets on every topic (a snapshot keeps them)
    #[arg(long, help_heading = "Reset")]
    pub delete: bool,

    /// Apply the plan (without it, nothing changes)
    #[arg(long, help_heading = "Reset")]
    pub execute: bool,

    /// Do not ask for confirmation; required with --execute when not on a terminal or with -o json
    #[arg(short, long, help_heading = "Reset")]
    pub yes: bool,

    /// Where to write the snapshot of the prior offsets; never overwrites [default: ./<group>-<UTC time>.offsets.json]
    #[arg(long, value_name = "PATH", help_heading = "Reset")]
    pub backup: Option<PathBuf>,

    /// Wait up to this long for the group to become Empty before refusing (e.g. 60s)
    #[arg(long, value_name = "DURATION", help_heading = "Reset")]
    pub wait_empty: Option<String>,

    /// Print the plan alone on stdout in kafka-consumer-groups' CSV form (topic,partition,offset); a dry run
    #[arg(long, value_enum, value_name = "FORMAT", conflicts_with = "execute", help_heading = "Reset")]
    pub export: Option<ExportFormat>,

    /// Restore a snapshot taken on another cluster (its cluster id differs from this one's)
    #[arg(long, help_heading = "Reset")]
    pub allow_other_cluster: bool,

    /// Restore even where a saved offset lies outside today's log (it is moved to the nearest end)
    #[arg(long, help_heading = "Reset")]
    pub allow_clamped: bool,
}

/// A plan format other tools read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// kafka-consumer-groups' `--export` / `--from-file` CSV
    Csv,
}

const RESET_GROUP_HELP: &str = "\
Targets: earliest, latest, offset:N, datetime:<RFC 3339>, duration:<-1h…>,
shift:<±N>, current. Targets are clamped to each partition's [log start, log end];
`shift` and `current` leave partitions without a committed offset as they are.

A dry run shows the plan and changes nothing. --execute refuses unless the group
is Empty, Dead or unknown (exit 1, RD501); it writes a snapshot of the prior
offsets and flushes it to disk, commits, reads the offsets back, and prints the
command that restores the snapshot.

--from-file reads the doctor's JSON snapshots and kafka-consumer-groups' CSV plans
(topic,partition,offset with --group, or group,topic,partition,offset). A snapshot of
another cluster, or one whose offsets lie outside today's log, is refused unless
--allow-other-cluster / --allow-clamped say so.";

#[derive(Debug, Args)]
#[command(after_help = FIND_HELP)]
pub struct FindArgs {
    /// Lease id to look for: a record matches when its key is the id or its JSON value holds it at --match-field
    #[arg(
        long,
        env = "RENTFLOW_LEASE_ID",
        value_name = "ID",
        required_unless_present = "value",
        conflicts_with = "value",
        help_heading = "Find"
    )]
    pub lease_id: Option<String>,

    /// JSON pointer to the field to compare [default: /lease_id]
    #[arg(long, env = "RENTFLOW_MATCH_FIELD", value_name = "POINTER", help_heading = "Find")]
    pub match_field: Option<String>,

    /// Value the --match-field must hold (instead of --lease-id; keys are not compared)
    #[arg(long, value_name = "TEXT", help_heading = "Find")]
    pub value: Option<String>,

    /// Scan records from this long ago (e.g. 1h, 30m) [default: the whole retained log]
    #[arg(long, value_name = "DURATION", conflicts_with = "from", help_heading = "Find")]
    pub since: Option<String>,

    /// Scan records from this time (RFC 3339, e.g. 2026-11-30T14:00:00Z)
    #[arg(long, value_name = "TIME", help_heading = "Find")]
    pub from: Option<String>,

    /// Stop at this time: RFC 3339, or a duration ago (e.g. 10m) [default: the log end when the scan starts]
    #[arg(long, value_name = "TIME", help_heading = "Find")]
    pub until: Option<String>,

    /// Read at most this many records over all partitions [default: 10000000]
    #[arg(long, value_name = "N", help_heading = "Find")]
    pub max_records: Option<u64>,

    /// What the consumer does where nothing is committed [default: latest, librdkafka's and kafka-python's default]
    #[arg(long, env = "RENTFLOW_AUTO_OFFSET_RESET", value_enum, value_name = "POLICY", help_heading = "Find")]
    pub auto_offset_reset: Option<AutoOffsetReset>,

    /// Command that prints the consumer's logs, run with `sh -c`; {since} becomes the window's start (RFC 3339; 24 hours ago without --since/--from)
    #[arg(
        long,
        env = "RENTFLOW_CONSUMER_LOGS",
        value_name = "COMMAND",
        conflicts_with = "consumer_log_file",
        help_heading = "Find"
    )]
    pub consumer_logs: Option<String>,

    /// File the consumer logs to
    #[arg(long, env = "RENTFLOW_CONSUMER_LOG_FILE", value_name = "PATH", help_heading = "Find")]
    pub consumer_log_file: Option<PathBuf>,

    #[command(flatten)]
    pub kafka: KafkaArgs,
    #[command(flatten)]
    pub pipeline: PipelineArgs,
}

const FIND_HELP: &str = "\
Reads the topic with isolation.level=read_committed from the offsets for --since/--from
(ListOffsets by timestamp) to --until or the log end, every partition at once; nothing is
sent and no group is joined. For each match the group's position says \"committed past\",
\"not yet reached\" or \"never to be reached\"; \"committed past\" is not proof of
processing, so a match is called processed only when the consumer's logs mention the id.

Exit codes: 0 found, 4 nothing found (see the report for an incomplete scan), 2 usage,
3 broker or topic unreachable.";

#[derive(Debug, Args)]
#[command(
    after_help = "Without --static-only or --live-only, the static checks run on the project directory and the live checks run when a broker or the service answers; when neither answers, the live checks are skipped (with --live-only that is exit code 3).\nSuppress a finding inline with `# rentflow-doctor: ignore[RD301]`, or list codes under `ignore` in the config file's [check] table."
)]
pub struct CheckArgs {
    /// Run only these checks: codes (RD301), finding names (stdout-buffered) or live checks (trace, group, consumer-logs)
    #[arg(value_name = "CHECK", env = "RENTFLOW_CHECKS", value_delimiter = ',')]
    pub checks: Vec<String>,

    /// List the checks and exit
    #[arg(long)]
    pub list_checks: bool,

    /// Project tree to scan [default: the current directory]
    #[arg(long, env = "RENTFLOW_PROJECT_DIR", value_name = "DIR")]
    pub project_dir: Option<PathBuf>,

    /// Only the static checks over the project tree: no network at all
    #[arg(long, env = "RENTFLOW_STATIC_ONLY", conflicts_with = "live_only")]
    pub static_only: bool,

    /// Only the live checks against the running system; an unreachable pipeline is exit code 3
    #[arg(long, env = "RENTFLOW_LIVE_ONLY")]
    pub live_only: bool,

    /// Command that prints the consumer's logs, run with `sh -c`; {since} becomes the probe's start (RFC 3339)
    #[arg(long, env = "RENTFLOW_CONSUMER_LOGS", value_name = "COMMAND", conflicts_with = "consumer_log_file")]
    pub consumer_logs: Option<String>,

    /// File the consumer logs to
    #[arg(long, env = "RENTFLOW_CONSUMER_LOG_FILE", value_name = "PATH")]
    pub consumer_log_file: Option<PathBuf>,

    /// Lowest severity that fails the run [default: error]
    #[arg(long, env = "RENTFLOW_FAIL_ON", value_enum, value_name = "SEVERITY")]
    pub fail_on: Option<FailOn>,

    /// Never report these codes or names (added to the config file's ignore list)
    #[arg(long, env = "RENTFLOW_IGNORE", value_name = "CODE", value_delimiter = ',')]
    pub ignore: Vec<String>,

    /// Also write a JUnit XML report (one testcase per check)
    #[arg(long, env = "RENTFLOW_JUNIT", value_name = "PATH")]
    pub junit: Option<PathBuf>,

    /// Also write a SARIF 2.1.0 report of the static findings
    #[arg(long, env = "RENTFLOW_SARIF", value_name = "PATH")]
    pub sarif: Option<PathBuf>,

    /// Base URL of the docs/checks pages, for the SARIF rules' helpUri
    #[arg(long, env = "RENTFLOW_DOCS_URL", value_name = "URL")]
    pub docs_url: Option<String>,

    #[command(flatten)]
    pub kafka: KafkaArgs,
    #[command(flatten)]
    pub grpc: GrpcArgs,
    #[command(flatten)]
    pub pipeline: PipelineArgs,
    #[command(flatten)]
    pub probe: ProbeArgs,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn reset_group_needs_a_target_unless_restoring_or_deleting() {
        assert!(Cli::try_parse_from(["rentflow-doctor", "reset-group"]).is_err());
        assert!(Cli::try_parse_from(["rentflow-doctor", "reset-group", "--to", "earliest"]).is_ok());
        assert!(Cli::try_parse_from(["rentflow-doctor", "reset-group", "--delete"]).is_ok());
        assert!(Cli::try_parse_from(["rentflow-doctor", "reset-group", "--delete", "--to", "latest"]).is_err());
    }

    #[test]
    fn check_selects_by_list_and_rejects_two_log_sources() {
        let cli = Cli::try_parse_from(["rentflow-doctor", "check", "RD301", "RD401,stdout-buffered"]).unwrap();
        let Command::Check(args) = cli.command else { panic!("not check") };
        assert_eq!(args.checks, ["RD301", "RD401", "stdout-buffered"]);
        assert!(
            Cli::try_parse_from(["rentflow-doctor", "check", "--consumer-logs", "x", "--consumer-log-file", "y"])
                .is_err()
        );
        assert!(Cli::try_parse_from(["rentflow-doctor", "check", "--static-only", "--live-only"]).is_err());
    }

    #[test]
    fn global_flags_go_anywhere() {
        let cli = Cli::try_parse_from(["rentflow-doctor", "trace", "-o", "json", "--color", "never"]).unwrap();
        assert_eq!(cli.global.output, Some(OutputFormat::Json));
        assert_eq!(cli.global.color, Some(ColorChoice::Never));
    }
}
