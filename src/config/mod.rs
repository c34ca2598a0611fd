//! The one configuration layer: the command line, the environment, the config file (and a
//! profile in it) and the defaults, resolved once per run into the typed settings every
//! command receives.
//!
//! One order everywhere: flag > environment variable > config file > default. clap merges
//! a flag with its `RENTFLOW_…` twin; [`clap::ArgMatches::value_source`] tells them apart,
//! so every value carries its [`Source`]. The sources matter twice: `-v` prints where each
//! setting came from, and a config file found in the working directory (rather than named
//! with `--config`) is data the user did not choose, so it may not run commands, load code,
//! lower security or receive credentials given elsewhere (see [`file::LoadedFile::refuse`]).
//! Secret values are registered with [`crate::secrets`] the moment they are read.

pub mod check;
pub mod connection;
pub mod file;
pub mod find;
pub mod group;
pub mod monitor;
pub mod output;

use std::cell::RefCell;

use clap::ArgMatches;
use clap::parser::ValueSource;

use crate::cli::{Cli, Command, GroupCommand};
use crate::units;

pub use check::CheckConfig;
pub use connection::{Connection, GrpcConfig, ProbeConfig};
pub use file::LoadedFile;
pub use find::FindConfig;
pub use group::{DescribeConfig, ListConfig, ResetConfig};
pub use monitor::MonitorConfig;
pub use output::OutputConfig;

/// A setting that cannot be used; the message names the setting and where it came from.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct ConfigError(pub String);

pub type Result<T> = std::result::Result<T, ConfigError>;

/// Where a setting's value came from, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    Flag,
    Environment,
    /// The file named with `--config` or `RENTFLOW_CONFIG`: the user's own.
    ExplicitFile,
    /// `./rentflow-doctor.toml`, found in the working directory: data, not trusted.
    ImplicitFile,
    Default,
}

impl Source {
    pub fn is_file(self) -> bool {
        matches!(self, Source::ExplicitFile | Source::ImplicitFile)
    }

    /// Given on this command line or in this environment, by the person running the doctor.
    pub fn is_user(self) -> bool {
        matches!(self, Source::Flag | Source::Environment)
    }
}

/// A value and where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Sourced<T> {
    pub value: T,
    pub source: Source,
}

/// One line of `-v`'s account of the settings: `topic = lease-events (default)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Provenance {
    pub key: String,
    /// The value as shown; secrets are masked.
    pub value: String,
    pub source: Source,
    /// `RENTFLOW_TOPIC`, `./rentflow-doctor.toml [profiles.prod]`, …
    pub detail: String,
}

impl Provenance {
    pub fn line(&self) -> String {
        let from = match self.source {
            Source::Flag => format!("flag --{}", self.key),
            Source::Environment => format!("environment {}", self.detail),
            Source::ExplicitFile => format!("config file {}", self.detail),
            Source::ImplicitFile => format!("config file {} (found in the working directory)", self.detail),
            Source::Default => "default".to_string(),
        };
        format!("{} = {} ({from})", self.key, self.value)
    }
}

/// The environment variable that is a flag's twin: `grpc_url` → `RENTFLOW_GRPC_URL`.
pub fn env_name(id: &str) -> String {
    format!("RENTFLOW_{}", id.to_ascii_uppercase())
}

/// Picks each value from its layers and records where it came from.
pub struct Layers<'a> {
    matches: &'a ArgMatches,
    pub file: &'a LoadedFile,
    seen: RefCell<Vec<Provenance>>,
}

impl<'a> Layers<'a> {
    /// `matches` are the subcommand's (global arguments are propagated into them).
    pub fn new(matches: &'a ArgMatches, file: &'a LoadedFile) -> Layers<'a> {
        Layers { matches, file, seen: RefCell::new(Vec::new()) }
    }

    /// Whether the argument `id` was given, and how: on the command line or through its
    /// environment twin. Defaults are not a source here: the options have none in clap.
    pub fn given(&self, id: &str) -> Option<Source> {
        let known = self.matches.ids().any(|known| known.as_str() == id);
        if !known {
            return None;
        }
        match self.matches.value_source(id) {
            Some(ValueSource::CommandLine) => Some(Source::Flag),
            Some(ValueSource::EnvVariable) => Some(Source::Environment),
            _ => None,
        }
    }

    /// Records a value that was resolved by hand.
    pub fn record(&self, key: &str, value: impl Into<String>, source: Source, detail: impl Into<String>) {
        let key = key.to_string();
        let mut seen = self.seen.borrow_mut();
        seen.retain(|p| p.key != key);
        seen.push(Provenance { key, value: value.into(), source, detail: detail.into() });
    }

    fn detail(&self, id: &str, source: Source, file_detail: &str) -> String {
        match source {
            Source::Environment => env_name(id),
            Source::ExplicitFile | Source::ImplicitFile => file_detail.to_string(),
            Source::Flag | Source::Default => String::new(),
        }
    }

    /// flag > environment > config file > default, for the option `id` (`--grpc-url` is
    /// `grpc_url`) whose parsed value is `flag`.
    pub fn pick<T: Clone>(
        &self,
        id: &str,
        flag: &Option<T>,
        file: impl Fn(&file::FileValues) -> &Option<T>,
        default: impl FnOnce() -> T,
        show: impl Fn(&T) -> String,
    ) -> Sourced<T> {
        let picked = self.pick_optional(id, flag, file, &show);
        match picked {
            Some(picked) => picked,
            None => {
                let value = default();
                self.record(&key_of(id), show(&value), Source::Default, "");
                Sourced { value, source: Source::Default }
            }
        }
    }

    /// Like [`Layers::pick`] for settings without a default.
    pub fn pick_optional<T: Clone>(
        &self,
        id: &str,
        flag: &Option<T>,
        file: impl Fn(&file::FileValues) -> &Option<T>,
        show: impl Fn(&T) -> String,
    ) -> Option<Sourced<T>> {
        let key = key_of(id);
        if let Some(value) = flag {
            let source = self.given(id).unwrap_or(Source::Flag);
            self.record(&key, show(value), source, self.detail(id, source, ""));
            return Some(Sourced { value: value.clone(), source });
        }
        let (value, detail) = self.file.value(file)?;
        let source = self.file.source();
        self.record(&key, show(&value), source, detail);
        Some(Sourced { value, source })
    }

    /// A duration setting: parsed, more than zero, the error naming the setting and source.
    pub fn duration(
        &self,
        id: &str,
        flag: &Option<String>,
        file: impl Fn(&file::FileValues) -> &Option<String>,
        default: std::time::Duration,
    ) -> Result<Sourced<std::time::Duration>> {
        let key = key_of(id);
        let Some(text) = self.pick_optional(id, flag, file, |t| t.clone()) else {
            self.record(&key, units::duration(default), Source::Default, "");
            return Ok(Sourced { value: default, source: Source::Default });
        };
        let source = describe_source(text.source);
        let duration =
            units::parse_duration(&text.value).map_err(|err| ConfigError(format!("--{key} ({source}): {err}")))?;
        if duration.is_zero() {
            return Err(ConfigError(format!("--{key} ({source}) must be more than zero")));
        }
        Ok(Sourced { value: duration, source: text.source })
    }

    pub fn provenance(&self) -> Vec<Provenance> {
        self.seen.borrow().clone()
    }
}

/// `grpc_url` → `grpc-url`, the name of the flag and of the config file's key.
pub fn key_of(id: &str) -> String {
    id.replace('_', "-")
}

/// How a source reads in an error message.
pub fn describe_source(source: Source) -> &'static str {
    match source {
        Source::Flag => "command line",
        Source::Environment => "environment",
        Source::ExplicitFile | Source::ImplicitFile => "config file",
        Source::Default => "default",
    }
}

/// What a command runs with, resolved.
#[derive(Debug)]
pub enum CommandConfig {
    Trace {
        connection: Connection,
        probe: ProbeConfig,
    },
    /// `demo` runs its own pipeline; it reads no settings beyond its flags.
    Demo,
    GroupList(ListConfig),
    GroupDescribe(DescribeConfig),
    ResetGroup(ResetConfig),
    Check(Box<CheckConfig>),
    Find(Box<FindConfig>),
    Monitor(Box<MonitorConfig>),
    /// `check --list-checks`.
    ListChecks,
}

/// Everything a run needs to know before it starts, and where it came from.
#[derive(Debug)]
pub struct Resolved {
    pub file: LoadedFile,
    pub output: OutputConfig,
    pub command: CommandConfig,
    /// For `-v`: each setting with its source, in the order resolved.
    pub provenance: Vec<Provenance>,
}

impl Resolved {
    /// The profile in use, when one was chosen.
    pub fn profile(&self) -> Option<&str> {
        self.file.profile_name()
    }
}

/// The subcommand's own matches (where its arguments and the propagated globals live).
fn command_matches(matches: &ArgMatches) -> &ArgMatches {
    match matches.subcommand() {
        Some(("group", group)) => group.subcommand().map_or(group, |(_, inner)| inner),
        Some((_, inner)) => inner,
        None => matches,
    }
}

/// The config file alone (for reporting a failure before the rest is resolved).
pub fn load_file(cli: &Cli, matches: &ArgMatches) -> Result<LoadedFile> {
    let matches = command_matches(matches);
    let profile = cli.global.profile.as_ref().map(|name| {
        let source = match matches.value_source("profile") {
            Some(ValueSource::EnvVariable) => Source::Environment,
            _ => Source::Flag,
        };
        Sourced { value: name.clone(), source }
    });
    LoadedFile::load(cli.global.config.as_deref(), cli.global.no_config, profile)
}

/// Resolves the whole run: file, output, and the command's settings.
pub fn resolve(cli: &Cli, matches: &ArgMatches, file: LoadedFile) -> Result<Resolved> {
    let sub = command_matches(matches);
    let layers = Layers::new(sub, &file);
    if let Some(profile) = &file.profile {
        layers.record("profile", profile.name.clone(), profile.source, env_name("profile"));
    }
    let output = output::resolve(&cli.global, &layers, output::Terminal::detect())?;
    let command = match &cli.command {
        Command::Trace(args) => {
            let connection = connection::connection(&layers, &args.kafka, Some(&args.grpc), &args.pipeline)?;
            let probe = connection::probe(&layers, &args.probe)?;
            CommandConfig::Trace { connection, probe }
        }
        Command::Demo(_) => CommandConfig::Demo,
        Command::Group(GroupCommand::List(args)) => CommandConfig::GroupList(group::list(&layers, args)?),
        Command::Group(GroupCommand::Describe(args)) => CommandConfig::GroupDescribe(group::describe(&layers, args)?),
        Command::ResetGroup(args) => {
            let interaction = group::Interaction::detect(output.json());
            CommandConfig::ResetGroup(group::reset(&layers, args, interaction)?)
        }
        Command::Check(args) if args.list_checks => CommandConfig::ListChecks,
        Command::Check(args) => CommandConfig::Check(Box::new(check::resolve(&layers, args)?)),
        Command::Find(args) => CommandConfig::Find(Box::new(find::resolve(&layers, args)?)),
        Command::Monitor(args) => CommandConfig::Monitor(Box::new(monitor::resolve(&layers, args)?)),
        // Answered from the command-line definition before any setting is read.
        Command::Completions(_) | Command::Man(_) => {
            return Err(ConfigError("`completions` and `man` read no settings".to_string()));
        }
    };
    let provenance = layers.provenance();
    Ok(Resolved { file, output, command, provenance })
}

/// Resolves a command line in tests: parses `argv` and resolves it with `file_text` as an
/// implicit (`trusted = false`) or explicit config file.
#[cfg(test)]
pub fn resolve_for_test(argv: &[&str], file_text: Option<(&str, bool)>) -> Result<Resolved> {
    use clap::{CommandFactory, FromArgMatches};
    let matches = Cli::command().try_get_matches_from(argv).map_err(|err| ConfigError(err.to_string()))?;
    let cli = Cli::from_arg_matches(&matches).map_err(|err| ConfigError(err.to_string()))?;
    let file = match file_text {
        None => LoadedFile::none(),
        Some((text, trusted)) => {
            let values = file::FileConfig::parse(text).map_err(ConfigError)?;
            let source = if trusted { Source::ExplicitFile } else { Source::ImplicitFile };
            let profile = cli.global.profile.as_ref().map(|p| Sourced { value: p.clone(), source: Source::Flag });
            LoadedFile::from_parsed(std::path::PathBuf::from("rentflow-doctor.toml"), source, values, profile)?
        }
    };
    resolve(&cli, &matches, file)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn every_environment_twin_is_named_after_its_flag() {
        fn walk(command: &clap::Command) {
            for arg in command.get_arguments() {
                if let Some(env) = arg.get_env() {
                    assert_eq!(env.to_str().unwrap(), env_name(arg.get_id().as_str()), "{}", arg.get_id());
                }
            }
            command.get_subcommands().for_each(walk);
        }
        walk(&Cli::command());
    }

    #[test]
    fn flag_file_and_default_are_told_apart() {
        // Environment twins are told apart end to end, in tests/config.rs: a unit test must
        // not set process-wide variables that other tests parse.
        let file = "topic = \"file-topic\"\ntimeout = \"7s\"\n";
        let argv = ["rentflow-doctor", "trace", "--brokers", "flag:9092", "--group", "flag-group"];
        let resolved = resolve_for_test(&argv, Some((file, true))).unwrap();
        let source = |key: &str| resolved.provenance.iter().find(|p| p.key == key).unwrap().source;
        assert_eq!(source("brokers"), Source::Flag);
        assert_eq!(source("group"), Source::Flag);
        assert_eq!(source("topic"), Source::ExplicitFile);
        assert_eq!(source("timeout"), Source::ExplicitFile);
        assert_eq!(source("grpc-url"), Source::Default);
        let CommandConfig::Trace { connection, .. } = resolved.command else { panic!("not a trace") };
        assert_eq!(connection.kafka.brokers, "flag:9092");
        assert_eq!(connection.group, "flag-group");
        assert_eq!(connection.topic, "file-topic");
        assert_eq!(connection.timeout, std::time::Duration::from_secs(7));
    }
}
