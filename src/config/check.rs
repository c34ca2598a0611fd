//! `check`'s settings: which checks, which mode, the project, the consumer's logs, the
//! report files and the failure threshold; and the connection and probe of the live side.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::{ConfigError, Layers, Result, Source, connection};
use crate::cli::{CheckArgs, FailOn};
use crate::findings::{self, Severity};
use crate::secrets;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Auto,
    StaticOnly,
    LiveOnly,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Auto => "auto",
            Mode::StaticOnly => "static-only",
            Mode::LiveOnly => "live-only",
        }
    }
}

/// Where the consumer's logs come from.
#[derive(Debug, Clone)]
pub enum LogSource {
    /// A shell command template; `{since}` becomes an RFC 3339 time.
    Command(String),
    File(PathBuf),
}

impl LogSource {
    /// For reports: a command with any credential it carries masked.
    pub fn describe(&self) -> String {
        match self {
            LogSource::Command(template) => format!("`{}`", secrets::mask_credentials(template)),
            LogSource::File(path) => path.display().to_string(),
        }
    }
}

/// `check`'s settings, resolved from flags, environment and the config file.
#[derive(Debug, Clone)]
pub struct CheckConfig {
    /// The checks named on the command line (codes, names or live steps), as given.
    pub selected: Vec<String>,
    pub mode: Mode,
    pub project_dir: PathBuf,
    /// Codes never reported (from `--ignore` and the config file's `[check] ignore`).
    pub ignore: HashSet<&'static str>,
    pub logs: Option<LogSource>,
    pub junit: Option<PathBuf>,
    pub sarif: Option<PathBuf>,
    pub docs_url: Option<String>,
    pub fail_on: Severity,
    /// The live side's connection and probe; `None` with `--static-only`.
    pub live: Option<(connection::Connection, connection::ProbeConfig)>,
}

pub fn resolve(layers: &Layers<'_>, args: &CheckArgs) -> Result<CheckConfig> {
    let usage = |message: String| ConfigError(message);
    let mode = match (args.static_only, args.live_only) {
        (true, true) => return Err(usage("--static-only and --live-only exclude each other".to_string())),
        (true, false) => Mode::StaticOnly,
        (false, true) => Mode::LiveOnly,
        (false, false) => Mode::Auto,
    };
    let show_path = |p: &PathBuf| p.display().to_string();
    let project_dir =
        layers.pick("project_dir", &args.project_dir, |v| &v.check.project_dir, || PathBuf::from("."), show_path).value;
    let mut ignore = HashSet::new();
    for item in args.ignore.iter().chain(layers.file.ignore().iter()) {
        let kind = findings::lookup(item).ok_or_else(|| {
            usage(format!("ignore list: `{item}` is not a code or name of the catalogue (see --list-checks)"))
        })?;
        ignore.insert(kind.code);
    }
    let logs = log_source(layers, &args.consumer_logs, &args.consumer_log_file)?;
    for (flag, path) in [("--junit", &args.junit), ("--sarif", &args.sarif)] {
        if let Some(path) = path {
            let parent = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
            if !parent.is_dir() {
                return Err(usage(format!("{flag} {}: directory {} does not exist", path.display(), parent.display())));
            }
        }
    }
    let docs_url = layers
        .pick_optional("docs_url", &args.docs_url, |v| &v.check.docs_url, String::clone)
        .map(|url| url.value)
        .or_else(|| {
            let repository = env!("CARGO_PKG_REPOSITORY");
            (!repository.is_empty()).then(|| format!("{repository}/blob/v{}/docs/checks", env!("CARGO_PKG_VERSION")))
        })
        .map(|url| url.trim_end_matches('/').to_string());
    // Settings of the live side are validated even when it will be skipped: a typo in a
    // config file should not wait for the day the pipeline is up.
    let live = if mode == Mode::StaticOnly {
        None
    } else {
        let connection = connection::connection(layers, &args.kafka, Some(&args.grpc), &args.pipeline)?;
        let probe = connection::probe(layers, &args.probe)?;
        if probe.count > 1 {
            return Err(usage("check sends one probe; use `trace --count` for bursts".to_string()));
        }
        Some((connection, probe))
    };
    Ok(CheckConfig {
        selected: args.checks.clone(),
        mode,
        project_dir,
        ignore,
        logs,
        junit: args.junit.clone(),
        sarif: args.sarif.clone(),
        docs_url,
        fail_on: fail_on(layers, args.fail_on)?,
        live,
    })
}

/// `--consumer-logs` or `--consumer-log-file` (of `check` or `find`); a command only from a
/// source the user chose.
pub(super) fn log_source(
    layers: &Layers<'_>,
    consumer_logs: &Option<String>,
    consumer_log_file: &Option<std::path::PathBuf>,
) -> Result<Option<LogSource>> {
    let command = layers.pick_optional(
        "consumer_logs",
        consumer_logs,
        |v| &v.check.consumer_logs,
        |c| secrets::mask_credentials(c).into_owned(),
    );
    let file = layers.pick_optional(
        "consumer_log_file",
        consumer_log_file,
        |v| &v.check.consumer_log_file,
        |p| p.display().to_string(),
    );
    // The flag or environment beats the file, whichever of the two it names.
    let logs = match (command, file) {
        (Some(command), Some(file)) if file.source.is_user() && !command.source.is_user() => {
            Some((LogSource::File(file.value), file.source))
        }
        (Some(command), _) => Some((LogSource::Command(command.value), command.source)),
        (None, Some(file)) => Some((LogSource::File(file.value), file.source)),
        (None, None) => None,
    };
    let Some((logs, source)) = logs else { return Ok(None) };
    if let LogSource::Command(command) = &logs {
        if command.trim().is_empty() {
            return Err(ConfigError("--consumer-logs is empty".to_string()));
        }
        if source == Source::ImplicitFile {
            return Err(layers.file.refuse(
                "[check] consumer-logs",
                "is a command the doctor would run; give it with --consumer-logs yourself",
            ));
        }
        secrets::register_credentials_in(command);
    }
    Ok(Some(logs))
}

pub fn fail_on(layers: &Layers<'_>, flag: Option<FailOn>) -> Result<Severity> {
    let show = |f: &FailOn| format!("{f:?}").to_ascii_lowercase();
    let choice = match layers.pick_optional("fail_on", &flag, |_| &None, show) {
        Some(choice) => choice.value,
        None => match layers.pick_optional("fail_on", &None, |v| &v.check.fail_on, String::clone) {
            Some(text) => <FailOn as clap::ValueEnum>::from_str(&text.value, true)
                .map_err(|_| ConfigError(format!("config file: fail-on `{}` is not error or warning", text.value)))?,
            None => FailOn::Error,
        },
    };
    Ok(match choice {
        FailOn::Error => Severity::Error,
        FailOn::Warning => Severity::Warning,
    })
}

#[cfg(test)]
mod tests {
    use super::super::{CommandConfig, resolve_for_test};

    fn check(argv: &[&str], file: Option<(&str, bool)>) -> super::Result<super::CheckConfig> {
        let mut full = vec!["rentflow-doctor", "check", "--static-only"];
        full.extend(argv);
        match resolve_for_test(&full, file)?.command {
            CommandConfig::Check(config) => Ok(*config),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn an_implicit_file_cannot_name_a_command_to_run() {
        let file = "[check]\nconsumer-logs = \"touch /tmp/owned\"\n";
        let err = check(&[], Some((file, false))).unwrap_err().0;
        assert!(err.contains("consumer-logs") && err.contains("--config"), "{err}");
        assert!(check(&[], Some((file, true))).unwrap().logs.is_some());
        // Given by the user, the file's command is not used at all.
        assert!(check(&["--consumer-log-file", "x.log"], Some((file, false))).is_ok());
    }

    #[test]
    fn a_log_command_shows_without_its_credentials() {
        let config = check(&["--consumer-logs", "kubectl logs --token=kt-6621 deploy/consumer"], None).unwrap();
        let shown = config.logs.unwrap().describe();
        assert!(!shown.contains("kt-6621"), "{shown}");
        assert_eq!(crate::secrets::redact("kt-6621"), "***");
    }
}
