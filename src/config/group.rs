//! The group commands' settings (`group list`, `group describe`, `reset-group`), resolved
//! so that nothing past this point reads command-line structs.

use std::path::PathBuf;
use std::time::Duration;

use super::file::Confirm;
use super::{ConfigError, Layers, Result, Source, connection};
use crate::cli::{AutoOffsetReset, GroupDescribeArgs, GroupListArgs, PipelineArgs, ResetGroupArgs};
use crate::group::target::{Target, TopicScope};
use crate::kafka::KafkaConfig;
use crate::units;

/// `group list`.
#[derive(Debug, Clone)]
pub struct ListConfig {
    pub kafka: KafkaConfig,
    pub timeout: Duration,
}

/// Which groups `group describe` covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GroupSelection {
    One(String),
    /// `--all-groups`.
    All,
}

/// `group describe`.
#[derive(Debug, Clone)]
pub struct DescribeConfig {
    pub kafka: KafkaConfig,
    pub groups: GroupSelection,
    /// `--topic` (flag or environment): only this topic. Without it, every topic each group
    /// has committed on or is assigned.
    pub topic: Option<String>,
    /// The pipeline's topic (config file or default), described for a group that has
    /// committed on no topic and is assigned none, to say what its consumer will do there.
    pub fallback_topic: String,
    pub timeout: Duration,
    pub auto_offset_reset: AutoOffsetReset,
    /// The policy was not given: librdkafka's default is assumed.
    pub policy_assumed: bool,
}

/// Which partitions a move covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TopicSelection {
    /// `--topic`, once or more (or the configured topic).
    Listed(Vec<TopicScope>),
    /// `--all-topics`: every topic the group has committed on.
    AllCommitted,
}

/// What `reset-group` does.
#[derive(Debug, Clone, PartialEq)]
pub enum Operation {
    /// `--to TARGET` on the selected partitions.
    Move { topics: TopicSelection, target: Target },
    /// `--from-file SNAPSHOT|PLAN.csv`; `--group` given explicitly must agree with it, and
    /// `--topic` given explicitly narrows it (the plan lists what it leaves out).
    Restore { path: PathBuf, group: Option<String>, scope: Option<Vec<TopicScope>> },
    /// `--delete`: the whole group, on every topic.
    Delete,
}

/// Whether `--execute` may go ahead, asks first, or cannot ask.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirmation {
    /// A dry run, or `--yes`.
    NotNeeded,
    /// On a terminal: show the plan and ask.
    Prompt,
}

/// `reset-group`.
#[derive(Debug, Clone)]
pub struct ResetConfig {
    pub kafka: KafkaConfig,
    /// The group to change (for a restore without `--group`: the snapshot's, filled in later).
    pub group: String,
    pub operation: Operation,
    pub execute: bool,
    pub confirmation: Confirmation,
    pub backup: Option<PathBuf>,
    pub wait_empty: Option<Duration>,
    pub timeout: Duration,
    /// `--export csv`: print the plan for kafka-consumer-groups (a dry run).
    pub export_csv: bool,
    /// `--allow-other-cluster`: a snapshot of another cluster may be restored here.
    pub allow_other_cluster: bool,
    /// `--allow-clamped`: a restore may move saved offsets outside the log to its ends.
    pub allow_clamped: bool,
    /// The profile in use, named in the confirmation.
    pub profile: Option<String>,
}

/// Where the session can ask a question: both stdin (the answer) and stderr (the question)
/// are terminals, and the output is for people.
#[derive(Debug, Clone, Copy)]
pub struct Interaction {
    pub stdin_is_tty: bool,
    pub stderr_is_tty: bool,
    pub json: bool,
}

impl Interaction {
    pub fn detect(json: bool) -> Interaction {
        use std::io::IsTerminal;
        Interaction {
            stdin_is_tty: std::io::stdin().is_terminal(),
            stderr_is_tty: std::io::stderr().is_terminal(),
            json,
        }
    }
}

/// `--execute` without `--yes` prompts on a terminal; anywhere else (a pipe, CI, JSON
/// output) it is a usage error rather than a silent yes or a prompt nobody sees. A profile
/// with `confirm = "always"` refuses `--yes`: that cluster is only changed by a person.
pub fn confirmation(
    execute: bool,
    yes: bool,
    always: Option<&str>,
    interaction: Interaction,
) -> std::result::Result<Confirmation, String> {
    if !execute {
        return Ok(Confirmation::NotNeeded);
    }
    if let (true, Some(profile)) = (yes, always) {
        return Err(format!(
            "--yes is refused: {profile} says confirm = \"always\"; run on a terminal without --yes and answer the question"
        ));
    }
    if yes {
        return Ok(Confirmation::NotNeeded);
    }
    if interaction.json {
        return Err("--execute with --output json needs --yes: JSON mode never prompts".to_string());
    }
    if interaction.stdin_is_tty && interaction.stderr_is_tty {
        Ok(Confirmation::Prompt)
    } else {
        Err("--execute needs --yes when stdin or stderr is not a terminal: there is nobody to confirm the plan (run without --execute to see it)".to_string())
    }
}

/// `--auto-offset-reset` (flag, env or file), else librdkafka's default `latest`, said to be
/// assumed; `true` when assumed. Shared by `group describe` and `find`.
pub(super) fn auto_offset_reset(layers: &Layers<'_>, flag: &Option<AutoOffsetReset>) -> (AutoOffsetReset, bool) {
    let show = |p: &AutoOffsetReset| format!("{p:?}").to_ascii_lowercase();
    match layers.pick_optional("auto_offset_reset", flag, |v| &v.auto_offset_reset, show) {
        Some(policy) => (policy.value, false),
        None => {
            layers.record("auto-offset-reset", "latest (assumed)", Source::Default, "");
            (AutoOffsetReset::Latest, true)
        }
    }
}

pub fn list(layers: &Layers<'_>, args: &GroupListArgs) -> Result<ListConfig> {
    let connection = connection::connection(layers, &args.kafka, None, &PipelineArgs::default())?;
    Ok(ListConfig { kafka: connection.kafka, timeout: connection.timeout })
}

pub fn describe(layers: &Layers<'_>, args: &GroupDescribeArgs) -> Result<DescribeConfig> {
    let connection = connection::connection(layers, &args.kafka, None, &args.pipeline)?;
    if let Some(topic) = &args.pipeline.topic
        && topic.contains(':')
    {
        return Err(ConfigError(format!("group describe --topic takes a topic name, not partitions: `{topic}`")));
    }
    let (auto_offset_reset, policy_assumed) = auto_offset_reset(layers, &args.auto_offset_reset);
    Ok(DescribeConfig {
        kafka: connection.kafka,
        groups: if args.all_groups { GroupSelection::All } else { GroupSelection::One(connection.group) },
        topic: args.pipeline.topic.clone(),
        fallback_topic: connection.topic,
        timeout: connection.timeout,
        auto_offset_reset,
        policy_assumed,
    })
}

pub fn reset(layers: &Layers<'_>, args: &ResetGroupArgs, interaction: Interaction) -> Result<ResetConfig> {
    let usage = |message: String| ConfigError(message);
    let pipeline = PipelineArgs { topic: args.topic.first().cloned(), group: args.group.clone() };
    let connection = connection::connection(layers, &args.kafka, None, &pipeline)?;
    let scopes = |texts: &[String]| -> Result<Vec<TopicScope>> {
        texts.iter().map(|text| TopicScope::parse(text)).collect::<std::result::Result<_, _>>().map_err(usage)
    };
    let operation = if let Some(text) = &args.to {
        let target = Target::parse(text).map_err(usage)?;
        let topics = if args.all_topics {
            TopicSelection::AllCommitted
        } else if args.topic.is_empty() {
            TopicSelection::Listed(scopes(std::slice::from_ref(&connection.topic))?)
        } else {
            TopicSelection::Listed(scopes(&args.topic)?)
        };
        Operation::Move { topics, target }
    } else if let Some(path) = &args.from_file {
        // The file names its group and topics; only what was given explicitly (flag or
        // environment) is checked against it, never the defaults or the config file.
        let scope = (!args.topic.is_empty()).then(|| scopes(&args.topic)).transpose()?;
        Operation::Restore { path: path.clone(), group: args.group.clone(), scope }
    } else if args.delete {
        if let Some(topic) = args.topic.iter().find(|topic| topic.contains(':')) {
            return Err(usage(format!(
                "--delete removes the whole group on every topic; it cannot be limited to `{topic}`"
            )));
        }
        Operation::Delete
    } else {
        return Err(usage("reset-group needs --to TARGET, --from-file SNAPSHOT or --delete".to_string()));
    };
    if args.export.is_some() && interaction.json {
        return Err(usage(
            "--export csv prints the plan alone on stdout; it does not go with --output json".to_string(),
        ));
    }
    if args.export.is_some() && matches!(operation, Operation::Delete) {
        return Err(usage("--export csv writes offsets to commit; --delete has none".to_string()));
    }
    let wait_empty = args
        .wait_empty
        .as_deref()
        .map(|text| units::parse_duration(text).map_err(|err| usage(format!("--wait-empty: {err}"))))
        .transpose()?;
    if let Some(path) = &args.backup
        && path.exists()
    {
        return Err(usage(format!(
            "--backup {}: the file exists; a snapshot never overwrites another (choose a new path)",
            path.display()
        )));
    }
    let confirm = layers.pick_optional("confirm", &None, |v| &v.confirm, |c| format!("{c:?}").to_ascii_lowercase());
    let always = match (&confirm, layers.file.profile_name()) {
        (Some(c), Some(profile)) if c.value == Confirm::Always => Some(format!("profile `{profile}`")),
        (Some(c), None) if c.value == Confirm::Always => Some(format!("config file {}", layers.file.describe(false))),
        _ => None,
    };
    let confirmation = confirmation(args.execute, args.yes, always.as_deref(), interaction).map_err(usage)?;
    Ok(ResetConfig {
        kafka: connection.kafka,
        group: connection.group,
        operation,
        execute: args.execute,
        confirmation,
        backup: args.backup.clone(),
        wait_empty,
        timeout: connection.timeout,
        export_csv: args.export.is_some(),
        allow_other_cluster: args.allow_other_cluster,
        allow_clamped: args.allow_clamped,
        profile: layers.file.profile_name().map(str::to_string),
    })
}

#[cfg(test)]
mod tests {
    use super::super::{CommandConfig, resolve_for_test};
    use super::*;

    fn interaction(stdin_is_tty: bool, stderr_is_tty: bool, json: bool) -> Interaction {
        Interaction { stdin_is_tty, stderr_is_tty, json }
    }

    fn reset_config(args: &[&str], file: Option<(&str, bool)>) -> Result<ResetConfig> {
        let mut argv = vec!["rentflow-doctor", "reset-group"];
        argv.extend(args);
        match resolve_for_test(&argv, file)?.command {
            CommandConfig::ResetGroup(config) => Ok(config),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn execute_prompts_only_on_a_terminal_and_never_in_json() {
        let tty = interaction(true, true, false);
        assert_eq!(confirmation(false, false, None, tty), Ok(Confirmation::NotNeeded));
        assert_eq!(confirmation(true, true, None, interaction(false, false, true)), Ok(Confirmation::NotNeeded));
        assert_eq!(confirmation(true, false, None, tty), Ok(Confirmation::Prompt));
        assert!(confirmation(true, false, None, interaction(false, true, false)).unwrap_err().contains("--yes"));
        assert!(confirmation(true, false, None, interaction(true, false, false)).is_err());
        assert!(confirmation(true, false, None, interaction(true, true, true)).unwrap_err().contains("JSON"));
    }

    #[test]
    fn a_profile_that_always_confirms_refuses_yes() {
        let tty = interaction(true, true, false);
        let err = confirmation(true, true, Some("profile `prod`"), tty).unwrap_err();
        assert!(err.contains("prod") && err.contains("always"), "{err}");
        assert_eq!(confirmation(true, false, Some("profile `prod`"), tty), Ok(Confirmation::Prompt));
        assert_eq!(confirmation(false, true, Some("profile `prod`"), tty), Ok(Confirmation::NotNeeded));
    }

    #[test]
    fn reset_settings_resolve_target_scope_and_waits() {
        let config =
            reset_config(&["--topic", "lease-events:1", "--to", "shift:-2", "--wait-empty", "30s"], None).unwrap();
        assert_eq!(config.group, connection::DEFAULT_GROUP);
        assert_eq!(config.wait_empty, Some(Duration::from_secs(30)));
        assert_eq!(
            config.operation,
            Operation::Move {
                topics: TopicSelection::Listed(vec![TopicScope {
                    topic: "lease-events".into(),
                    partitions: Some(vec![1])
                }]),
                target: Target::Shift(-2)
            }
        );
        assert!(!config.execute);
    }

    #[test]
    fn reset_usage_errors_are_caught_before_any_network() {
        for (args, expected) in [
            (vec!["--to", "sometime"], "not a target"),
            (vec!["--to", "earliest", "--execute"], "--yes"),
            (vec!["--to", "earliest", "--wait-empty", "soon"], "--wait-empty"),
            (vec!["--delete", "--topic", "lease-events:0"], "whole group"),
            (vec!["--to", "earliest", "--topic", "lease-events:x"], "partition number"),
        ] {
            let err = reset_config(&args, None).unwrap_err();
            assert!(err.to_string().contains(expected), "{args:?}: {err}");
        }
        let existing = tempfile::NamedTempFile::new().unwrap();
        let path = existing.path().to_str().unwrap();
        let err = reset_config(&["--to", "earliest", "--backup", path], None).unwrap_err();
        assert!(err.to_string().contains("never overwrites"), "{err}");
    }

    #[test]
    fn restore_checks_only_explicit_group_and_topic() {
        let file = "group = \"from-file\"\ntopic = \"file-topic\"";
        let config = reset_config(&["--from-file", "snap.json"], Some((file, true))).unwrap();
        assert_eq!(config.operation, Operation::Restore { path: "snap.json".into(), group: None, scope: None });
    }

    #[test]
    fn the_command_trace_prints_resolves_to_the_reset_it_means() {
        let connection = connection::Connection::local(
            "k1:9092",
            connection::DEFAULT_GRPC_URL,
            "lease-events",
            connection::DEFAULT_GROUP,
        );
        let command = crate::trace::diagnose::reset_command(&connection, 2, 17);
        let args: Vec<&str> =
            command.words().iter().skip(2).map(String::as_str).filter(|a| *a != "--execute").collect();
        let config = reset_config(&args, None).unwrap();
        assert!(command.to_string().ends_with(" --execute"), "{command}");
        assert_eq!(config.kafka.brokers, "k1:9092");
        assert_eq!(config.group, connection::DEFAULT_GROUP);
        assert_eq!(
            config.operation,
            Operation::Move {
                topics: TopicSelection::Listed(vec![TopicScope {
                    topic: "lease-events".into(),
                    partitions: Some(vec![2])
                }]),
                target: Target::Offset(17)
            }
        );
    }

    #[test]
    fn several_topics_all_topics_and_export_resolve() {
        let config = reset_config(&["--topic", "a", "--topic", "b:1", "--to", "earliest"], None).unwrap();
        let Operation::Move { topics: TopicSelection::Listed(scopes), .. } = config.operation else { panic!() };
        assert_eq!(scopes.iter().map(ToString::to_string).collect::<Vec<_>>(), ["a", "b:1"]);
        let config = reset_config(&["--all-topics", "--to", "latest"], None).unwrap();
        assert!(matches!(config.operation, Operation::Move { topics: TopicSelection::AllCommitted, .. }));
        let config = reset_config(&["--to", "latest", "--export", "csv"], None).unwrap();
        assert!(config.export_csv && !config.execute);
        let config = reset_config(&["--from-file", "s.json", "--topic", "a:0", "--topic", "b"], None).unwrap();
        let Operation::Restore { scope: Some(scope), .. } = config.operation else { panic!() };
        assert_eq!(scope.len(), 2);
    }

    #[test]
    fn describe_assumes_latest_unless_told() {
        let describe = |args: &[&str]| {
            let mut argv = vec!["rentflow-doctor", "group", "describe"];
            argv.extend(args);
            match resolve_for_test(&argv, None).unwrap().command {
                CommandConfig::GroupDescribe(config) => config,
                other => panic!("{other:?}"),
            }
        };
        let config = describe(&[]);
        assert_eq!((config.auto_offset_reset, config.policy_assumed), (AutoOffsetReset::Latest, true));
        let config = describe(&["--auto-offset-reset", "earliest"]);
        assert_eq!((config.auto_offset_reset, config.policy_assumed), (AutoOffsetReset::Earliest, false));
    }
}
