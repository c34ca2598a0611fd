//! The group commands' typed settings, resolved from their arguments, the environment and
//! the config file (through [`crate::settings`]), so that nothing past this point reads
//! command-line structs.

use std::path::PathBuf;
use std::time::Duration;

use crate::cli::{AutoOffsetReset, GroupDescribeArgs, GroupListArgs, PipelineArgs, ResetGroupArgs};
use crate::error::Failure;
use crate::settings::{self, FileConfig, KafkaConfig};

use super::target::{Target, TopicScope};

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
/// output) it is a usage error rather than a silent yes or a prompt nobody sees.
pub fn confirmation(execute: bool, yes: bool, interaction: Interaction) -> Result<Confirmation, String> {
    if !execute || yes {
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

pub fn list(args: &GroupListArgs, file: &FileConfig) -> Result<ListConfig, Failure> {
    let connection = settings::connection(&args.kafka, &Default::default(), &Default::default(), file)?;
    Ok(ListConfig { kafka: connection.kafka, timeout: connection.timeout })
}

pub fn describe(args: &GroupDescribeArgs, file: &FileConfig) -> Result<DescribeConfig, Failure> {
    let connection = settings::connection(&args.kafka, &Default::default(), &args.pipeline, file)?;
    if let Some(topic) = &args.pipeline.topic
        && topic.contains(':')
    {
        return Err(Failure::Usage(format!("group describe --topic takes a topic name, not partitions: `{topic}`")));
    }
    let (auto_offset_reset, policy_assumed) = match (args.auto_offset_reset, file.auto_offset_reset) {
        (Some(policy), _) | (None, Some(policy)) => (policy, false),
        (None, None) => (AutoOffsetReset::Latest, true),
    };
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

pub fn reset(args: &ResetGroupArgs, file: &FileConfig, interaction: Interaction) -> Result<ResetConfig, Failure> {
    let pipeline = PipelineArgs { topic: args.topic.first().cloned(), group: args.group.clone() };
    let connection = settings::connection(&args.kafka, &Default::default(), &pipeline, file)?;
    let scopes = |texts: &[String]| -> Result<Vec<TopicScope>, Failure> {
        texts.iter().map(|text| TopicScope::parse(text)).collect::<Result<_, _>>().map_err(Failure::Usage)
    };
    let operation = if let Some(text) = &args.to {
        let target = Target::parse(text).map_err(Failure::Usage)?;
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
            return Err(Failure::Usage(format!(
                "--delete removes the whole group on every topic; it cannot be limited to `{topic}`"
            )));
        }
        Operation::Delete
    } else {
        return Err(Failure::Usage("reset-group needs --to TARGET, --from-file SNAPSHOT or --delete".to_string()));
    };
    if args.export.is_some() && interaction.json {
        return Err(Failure::Usage(
            "--export csv prints the plan alone on stdout; it does not go with --output json".to_string(),
        ));
    }
    if args.export.is_some() && matches!(operation, Operation::Delete) {
        return Err(Failure::Usage("--export csv writes offsets to commit; --delete has none".to_string()));
    }
    let wait_empty = args
        .wait_empty
        .as_deref()
        .map(|text| settings::parse_duration(text).map_err(|err| Failure::Usage(format!("--wait-empty: {err}"))))
        .transpose()?;
    if let Some(path) = &args.backup
        && path.exists()
    {
        return Err(Failure::Usage(format!(
            "--backup {}: the file exists; a snapshot never overwrites another (choose a new path)",
            path.display()
        )));
    }
    let confirmation = confirmation(args.execute, args.yes, interaction).map_err(Failure::Usage)?;
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
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::{Cli, Command};
    use clap::Parser;

    fn interaction(stdin_is_tty: bool, stderr_is_tty: bool, json: bool) -> Interaction {
        Interaction { stdin_is_tty, stderr_is_tty, json }
    }

    fn reset_args(args: &[&str]) -> ResetGroupArgs {
        let mut argv = vec!["rentflow-doctor", "reset-group"];
        argv.extend(args);
        match Cli::try_parse_from(argv).unwrap().command {
            Command::ResetGroup(args) => args,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn execute_prompts_only_on_a_terminal_and_never_in_json() {
        let tty = interaction(true, true, false);
        assert_eq!(confirmation(false, false, tty), Ok(Confirmation::NotNeeded));
        assert_eq!(confirmation(true, true, interaction(false, false, true)), Ok(Confirmation::NotNeeded));
        assert_eq!(confirmation(true, false, tty), Ok(Confirmation::Prompt));
        assert!(confirmation(true, false, interaction(false, true, false)).unwrap_err().contains("--yes"));
        assert!(confirmation(true, false, interaction(true, false, false)).is_err());
        assert!(confirmation(true, false, interaction(true, true, true)).unwrap_err().contains("JSON"));
    }

    #[test]
    fn reset_settings_resolve_target_scope_and_waits() {
        let args = reset_args(&["--topic", "lease-events:1", "--to", "shift:-2", "--wait-empty", "30s"]);
        let config = reset(&args, &FileConfig::default(), interaction(false, false, false)).unwrap();
        assert_eq!(config.group, settings::DEFAULT_GROUP);
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
        let no_tty = interaction(false, false, false);
        let file = FileConfig::default();
        for (args, expected) in [
            (vec!["--to", "sometime"], "not a target"),
            (vec!["--to", "earliest", "--execute"], "--yes"),
            (vec!["--to", "earliest", "--wait-empty", "soon"], "--wait-empty"),
            (vec!["--delete", "--topic", "lease-events:0"], "whole group"),
            (vec!["--to", "earliest", "--topic", "lease-events:x"], "partition number"),
        ] {
            let err = reset(&reset_args(&args), &file, no_tty).unwrap_err();
            assert!(matches!(err, Failure::Usage(_)), "{args:?}");
            assert!(err.to_string().contains(expected), "{args:?}: {err}");
        }
        let existing = tempfile::NamedTempFile::new().unwrap();
        let path = existing.path().to_str().unwrap();
        let err = reset(&reset_args(&["--to", "earliest", "--backup", path]), &file, no_tty).unwrap_err();
        assert!(err.to_string().contains("never overwrites"), "{err}");
    }

    #[test]
    fn restore_checks_only_explicit_group_and_topic() {
        let file = FileConfig::parse("group = \"from-file\"\ntopic = \"file-topic\"").unwrap();
        let args = reset_args(&["--from-file", "snap.json"]);
        let config = reset(&args, &file, interaction(false, false, false)).unwrap();
        assert_eq!(config.operation, Operation::Restore { path: "snap.json".into(), group: None, scope: None });
    }

    #[test]
    fn the_command_trace_prints_resolves_to_the_reset_it_means() {
        let kafka = crate::cli::KafkaArgs { brokers: Some("k1:9092".into()), ..Default::default() };
        let connection =
            settings::connection(&kafka, &Default::default(), &Default::default(), &Default::default()).unwrap();
        let command = crate::trace::diagnose::reset_command(&connection, 2, 17);
        let args: Vec<&str> = command.words().iter().skip(2).map(String::as_str).collect();
        let config = reset(&reset_args(&args), &FileConfig::default(), interaction(true, true, false)).unwrap();
        assert_eq!(config.kafka.brokers, "k1:9092");
        assert_eq!(config.group, settings::DEFAULT_GROUP);
        assert!(config.execute);
        assert_eq!(config.confirmation, Confirmation::Prompt, "a pasted command asks before it commits");
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
        let no_tty = interaction(false, false, false);
        let file = FileConfig::default();
        let args = reset_args(&["--topic", "a", "--topic", "b:1", "--to", "earliest"]);
        let config = reset(&args, &file, no_tty).unwrap();
        let Operation::Move { topics: TopicSelection::Listed(scopes), .. } = config.operation else { panic!() };
        assert_eq!(scopes.iter().map(ToString::to_string).collect::<Vec<_>>(), ["a", "b:1"]);
        let config = reset(&reset_args(&["--all-topics", "--to", "latest"]), &file, no_tty).unwrap();
        assert!(matches!(config.operation, Operation::Move { topics: TopicSelection::AllCommitted, .. }));
        let config = reset(&reset_args(&["--to", "latest", "--export", "csv"]), &file, no_tty).unwrap();
        assert!(config.export_csv && !config.execute);
        let json = interaction(false, false, true);
        let err = reset(&reset_args(&["--to", "latest", "--export", "csv"]), &file, json).unwrap_err();
        assert!(err.to_string().contains("--output json"), "{err}");
        let args = reset_args(&["--from-file", "s.json", "--topic", "a:0", "--topic", "b"]);
        let Operation::Restore { scope: Some(scope), .. } = reset(&args, &file, no_tty).unwrap().operation else {
            panic!()
        };
        assert_eq!(scope.len(), 2);
    }

    #[test]
    fn describe_assumes_latest_unless_told() {
        let file = FileConfig::default();
        let args = GroupDescribeArgs {
            kafka: Default::default(),
            pipeline: Default::default(),
            all_groups: false,
            auto_offset_reset: None,
        };
        let config = describe(&args, &file).unwrap();
        assert_eq!((config.auto_offset_reset, config.policy_assumed), (AutoOffsetReset::Latest, true));
        let args = GroupDescribeArgs { auto_offset_reset: Some(AutoOffsetReset::Earliest), ..args };
        let config = describe(&args, &file).unwrap();
        assert_eq!((config.auto_offset_reset, config.policy_assumed), (AutoOffsetReset::Earliest, false));
    }
}
