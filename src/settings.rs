//! Resolves the command line, the environment and the config file into typed settings.
//!
//! One order everywhere: flag > environment variable > config file > default. clap already
//! merges flag and environment (each option names its `RENTFLOW_…` variable); this module
//! layers the config file (`--config`, else `./rentflow-doctor.toml` when present, never with
//! `--no-config`) and the defaults underneath. Secret values are registered with
//! [`crate::secrets`] the moment they are read, wherever they come from.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;

use crate::cli::{self, AutoOffsetReset, ColorChoice, FailOn, OutputFormat};
use crate::secrets::{self, Secret};

pub const DEFAULT_BROKERS: &str = "127.0.0.1:9092";
pub const DEFAULT_GRPC_URL: &str = "http://127.0.0.1:50051";
pub const DEFAULT_TOPIC: &str = "lease-events";
pub const DEFAULT_GROUP: &str = "rentflow-django-consumer";
pub const DEFAULT_MATCH_FIELD: &str = "/lease_id";
pub const DEFAULT_CONFIG_FILE: &str = "rentflow-doctor.toml";
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
pub const DEFAULT_GRPC_TIMEOUT: Duration = Duration::from_secs(5);
pub const DEFAULT_EVENT_TIMEOUT: Duration = Duration::from_secs(10);
pub const DEFAULT_CONSUME_TIMEOUT: Duration = Duration::from_secs(15);
/// Environment variable holding `-X` properties, `;`-separated.
pub const KAFKA_PROPERTIES_ENV: &str = "RENTFLOW_KAFKA_PROPERTIES";

/// A setting that cannot be used; the message names the setting and where it came from.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct SettingsError(pub String);

type Result<T> = std::result::Result<T, SettingsError>;

/// The optional `rentflow-doctor.toml`. Keys are the long flag names.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct FileConfig {
    pub brokers: Option<String>,
    pub grpc_url: Option<String>,
    pub topic: Option<String>,
    pub group: Option<String>,
    pub timeout: Option<String>,
    pub connect_timeout: Option<String>,
    pub grpc_timeout: Option<String>,
    pub grpc_ca: Option<PathBuf>,
    pub grpc_cert: Option<PathBuf>,
    pub grpc_key: Option<PathBuf>,
    pub grpc_domain: Option<String>,
    pub grpc_token: Option<String>,
    pub lease_id: Option<String>,
    pub match_field: Option<String>,
    pub reason: Option<String>,
    pub requested_by: Option<String>,
    pub event_timeout: Option<String>,
    pub consume_timeout: Option<String>,
    pub count: Option<u32>,
    pub concurrency: Option<u32>,
    pub output: Option<String>,
    pub color: Option<String>,
    pub auto_offset_reset: Option<AutoOffsetReset>,
    /// librdkafka properties, as `-X`.
    #[serde(default)]
    pub kafka: BTreeMap<String, toml::Value>,
    #[serde(default)]
    pub check: FileCheckConfig,
    /// The file given with `--config` (or `RENTFLOW_CONFIG`), which printed commands carry.
    #[serde(skip)]
    pub explicit_path: Option<PathBuf>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct FileCheckConfig {
    pub project_dir: Option<PathBuf>,
    pub consumer_logs: Option<String>,
    pub consumer_log_file: Option<PathBuf>,
    pub fail_on: Option<String>,
    /// Codes or names never reported.
    #[serde(default)]
    pub ignore: Vec<String>,
    /// Base URL of the docs/checks pages (SARIF helpUri).
    pub docs_url: Option<String>,
}

impl FileConfig {
    /// Loads the config file: the explicit path (which must exist), else the default file
    /// in the current directory when present, else nothing.
    pub fn load(explicit: Option<&Path>, disabled: bool) -> Result<FileConfig> {
        if disabled {
            return Ok(FileConfig::default());
        }
        let path = match explicit {
            Some(path) => path.to_path_buf(),
            None => {
                let default = PathBuf::from(DEFAULT_CONFIG_FILE);
                if !default.is_file() {
                    return Ok(FileConfig::default());
                }
                default
            }
        };
        let text = std::fs::read_to_string(&path)
            .map_err(|err| SettingsError(format!("cannot read config file {}: {err}", path.display())))?;
        let mut config =
            FileConfig::parse(&text).map_err(|err| SettingsError(format!("config file {}: {err}", path.display())))?;
        config.rebase(path.parent().unwrap_or(Path::new("")));
        if explicit.is_some() {
            config.explicit_path = Some(std::fs::canonicalize(&path).unwrap_or(path));
        }
        Ok(config)
    }

    /// Relative paths in a config file are relative to the file, wherever the doctor runs.
    fn rebase(&mut self, dir: &Path) {
        if dir.as_os_str().is_empty() {
            return;
        }
        let paths = [
            &mut self.grpc_ca,
            &mut self.grpc_cert,
            &mut self.grpc_key,
            &mut self.check.project_dir,
            &mut self.check.consumer_log_file,
        ];
        for path in paths.into_iter().flatten() {
            if path.is_relative() {
                *path = dir.join(&*path);
            }
        }
    }

    pub fn parse(text: &str) -> std::result::Result<FileConfig, String> {
        let config: FileConfig = toml::from_str(text).map_err(|err| {
            // toml quotes the offending line, and its type errors quote the value
            // (invalid type: integer `123456`); a secret may be either: keep the message,
            // without what stands between backticks.
            without_quoted_values(err.message())
        })?;
        // Register secrets at once, so that nothing printed later can carry them.
        if let Some(token) = &config.grpc_token {
            secrets::register(token);
        }
        for (key, value) in &config.kafka {
            if secrets::is_secret_property(key)
                && let Some(text) = value.as_str()
            {
                secrets::register(text);
            }
        }
        Ok(config)
    }
}

/// `invalid type: integer `123456`, expected a string` → `invalid type: integer …, expected a string`.
fn without_quoted_values(message: &str) -> String {
    let mut out = String::new();
    for (n, part) in message.split('`').enumerate() {
        // Even parts are outside backticks; keep field names (`brokerz`), drop values.
        if n % 2 == 0 {
            out.push_str(part);
        } else if part.chars().all(|c| c.is_ascii_lowercase() || c == '-' || c == '_' || c == '.') && !part.is_empty() {
            out.push('`');
            out.push_str(part);
            out.push('`');
        } else {
            out.push('…');
        }
    }
    out
}

/// Parses a duration: `30s`, `500ms`, `2m`, `1h30m`, ISO 8601 `PT30S`, or bare seconds.
pub fn parse_duration(text: &str) -> std::result::Result<Duration, String> {
    let trimmed = text.trim();
    // `try_`: a number too large for a Duration is an error, not a panic.
    if let Ok(seconds) = trimmed.parse::<f64>()
        && let Ok(duration) = Duration::try_from_secs_f64(seconds)
    {
        return Ok(duration);
    }
    let signed: jiff::SignedDuration =
        trimmed.parse().map_err(|_| format!("`{text}` is not a duration (examples: 30s, 500ms, 2m, 1h30m)"))?;
    Duration::try_from(signed).map_err(|_| format!("`{text}` is negative; a duration here must be positive"))
}

fn duration_setting(name: &str, flag: &Option<String>, file: &Option<String>, default: Duration) -> Result<Duration> {
    let (text, source) = match (flag, file) {
        (Some(value), _) => (value, "command line or environment"),
        (None, Some(value)) => (value, "config file"),
        (None, None) => return Ok(default),
    };
    let duration = parse_duration(text).map_err(|err| SettingsError(format!("--{name} ({source}): {err}")))?;
    if duration.is_zero() {
        return Err(SettingsError(format!("--{name} ({source}) must be more than zero")));
    }
    Ok(duration)
}

fn pick<T: Clone>(flag: &Option<T>, file: &Option<T>, default: impl FnOnce() -> T) -> T {
    flag.clone().or_else(|| file.clone()).unwrap_or_else(default)
}

/// How to reach Kafka.
#[derive(Debug, Clone)]
pub struct KafkaConfig {
    pub brokers: String,
    /// librdkafka properties from `-X`, the environment and the config file (flag wins).
    pub properties: Vec<(String, PropertyValue)>,
    pub connect_timeout: Duration,
    /// The config file given explicitly, if any: printed commands carry it.
    pub config_file: Option<PathBuf>,
}

/// A librdkafka property value; secret ones are masked in `Debug`.
#[derive(Debug, Clone)]
pub enum PropertyValue {
    Plain(String),
    Secret(Secret),
}

impl PropertyValue {
    pub fn expose(&self) -> &str {
        match self {
            PropertyValue::Plain(value) => value,
            PropertyValue::Secret(secret) => secret.expose(),
        }
    }
}

/// How to reach the lease service.
#[derive(Debug, Clone)]
pub struct GrpcConfig {
    pub url: String,
    pub ca: Option<PathBuf>,
    pub cert: Option<PathBuf>,
    pub key: Option<PathBuf>,
    pub domain: Option<String>,
    pub token: Option<Secret>,
    pub connect_timeout: Duration,
    pub call_timeout: Duration,
}

/// What every network command shares.
#[derive(Debug, Clone)]
pub struct Connection {
    pub kafka: KafkaConfig,
    pub grpc: GrpcConfig,
    pub topic: String,
    pub group: String,
    /// The whole command's deadline.
    pub timeout: Duration,
}

/// How a trace probes and waits.
#[derive(Debug, Clone)]
pub struct ProbeConfig {
    pub lease_id: Option<String>,
    pub match_field: String,
    pub reason: String,
    pub requested_by: String,
    pub event_timeout: Duration,
    pub consume_timeout: Duration,
    pub count: u32,
    pub concurrency: u32,
}

impl Default for ProbeConfig {
    fn default() -> Self {
        ProbeConfig {
            lease_id: None,
            match_field: DEFAULT_MATCH_FIELD.to_string(),
            reason: "rentflow-doctor probe".to_string(),
            requested_by: "rentflow-doctor".to_string(),
            event_timeout: DEFAULT_EVENT_TIMEOUT,
            consume_timeout: DEFAULT_CONSUME_TIMEOUT,
            count: 1,
            concurrency: 1,
        }
    }
}

/// How to print.
#[derive(Debug, Clone, Copy)]
pub struct OutputConfig {
    pub format: OutputFormat,
    pub color: bool,
    pub progress: bool,
    pub verbose: u8,
}

impl OutputConfig {
    pub fn json(&self) -> bool {
        self.format == OutputFormat::Json
    }
}

/// Splits `key=value` and registers secret values.
fn property(text: &str) -> Result<(String, PropertyValue)> {
    let (key, value) = text.split_once('=').ok_or_else(|| {
        // Never echo the text: it may be `sasl.password` with a typo in the `=`.
        SettingsError("-X expects KEY=VALUE (for example security.protocol=SASL_SSL)".to_string())
    })?;
    let key = key.trim().to_string();
    if key.is_empty() {
        return Err(SettingsError("-X expects KEY=VALUE; the key is empty".to_string()));
    }
    let value = if secrets::is_secret_property(&key) {
        PropertyValue::Secret(Secret::new(value))
    } else {
        PropertyValue::Plain(value.to_string())
    };
    Ok((key, value))
}

/// Registers every secret the command line and the environment carry (`-X` secret
/// properties, `RENTFLOW_KAFKA_PROPERTIES`, the gRPC token) before anything else runs, so
/// that no output can carry them — whichever settings the command goes on to use. The
/// config file's secrets are registered when it is parsed.
pub fn register_secrets(kafka: Option<&cli::KafkaArgs>, grpc: Option<&cli::GrpcArgs>) {
    let env = std::env::var(KAFKA_PROPERTIES_ENV).ok();
    let flags = kafka.map(|k| k.properties.as_slice()).unwrap_or_default();
    let items = flags.iter().map(String::as_str).chain(env.iter().flat_map(|e| e.split(';')));
    for item in items {
        // Malformed items are reported (without their text) when the settings are resolved.
        if let Some((key, value)) = item.split_once('=')
            && secrets::is_secret_property(key.trim())
        {
            secrets::register(value);
        }
    }
    if let Some(token) = grpc.and_then(|g| g.grpc_token.as_deref()) {
        secrets::register(token);
    }
}

/// Merges `-X` (flag, then env) over the config file's `[kafka]` table.
fn kafka_properties(
    flags: &[String],
    env: Option<&str>,
    file: &BTreeMap<String, toml::Value>,
) -> Result<Vec<(String, PropertyValue)>> {
    let mut merged: BTreeMap<String, PropertyValue> = BTreeMap::new();
    for (key, value) in file {
        let text = match value {
            toml::Value::String(text) => text.clone(),
            other => other.to_string(),
        };
        let (key, value) = property(&format!("{key}={text}"))?;
        merged.insert(key, value);
    }
    if let Some(env) = env {
        for item in env.split(';').map(str::trim).filter(|item| !item.is_empty()) {
            let (key, value) = property(item)?;
            merged.insert(key, value);
        }
    }
    for item in flags {
        let (key, value) = property(item)?;
        merged.insert(key, value);
    }
    if merged.contains_key("bootstrap.servers") {
        return Err(SettingsError("set the brokers with --brokers, not -X bootstrap.servers".to_string()));
    }
    Ok(merged.into_iter().collect())
}

pub fn connection(
    kafka: &cli::KafkaArgs,
    grpc: &cli::GrpcArgs,
    pipeline: &cli::PipelineArgs,
    file: &FileConfig,
) -> Result<Connection> {
    let connect_timeout =
        duration_setting("connect-timeout", &kafka.connect_timeout, &file.connect_timeout, DEFAULT_CONNECT_TIMEOUT)?;
    let env_properties = std::env::var(KAFKA_PROPERTIES_ENV).ok();
    if let Some(token) = &grpc.grpc_token {
        secrets::register(token);
    }
    let url = pick(&grpc.grpc_url, &file.grpc_url, || DEFAULT_GRPC_URL.to_string());
    if !(url.starts_with("http://") || url.starts_with("https://")) {
        return Err(SettingsError(format!("--grpc-url `{url}` must start with http:// or https://")));
    }
    let ca = grpc.grpc_ca.clone().or_else(|| file.grpc_ca.clone());
    let cert = grpc.grpc_cert.clone().or_else(|| file.grpc_cert.clone());
    let key = grpc.grpc_key.clone().or_else(|| file.grpc_key.clone());
    for (flag, path) in [("--grpc-ca", &ca), ("--grpc-cert", &cert), ("--grpc-key", &key)] {
        let Some(path) = path else { continue };
        if !url.starts_with("https://") {
            return Err(SettingsError(format!("{flag} needs an https:// --grpc-url, but it is {url}")));
        }
        if !path.is_file() {
            return Err(SettingsError(format!("{flag} {}: no such file", path.display())));
        }
    }
    if cert.is_some() != key.is_some() {
        return Err(SettingsError("--grpc-cert and --grpc-key go together (mutual TLS)".to_string()));
    }
    let brokers = pick(&kafka.brokers, &file.brokers, || DEFAULT_BROKERS.to_string());
    if brokers.split(',').all(|b| b.trim().is_empty()) {
        return Err(SettingsError("--brokers is empty".to_string()));
    }
    if tonic::transport::Endpoint::from_shared(url.clone()).is_err() {
        return Err(SettingsError(format!("--grpc-url `{url}` is not a valid URL")));
    }
    let kafka_config = KafkaConfig {
        brokers,
        properties: kafka_properties(&kafka.properties, env_properties.as_deref(), &file.kafka)?,
        connect_timeout,
        config_file: file.explicit_path.clone(),
    };
    // librdkafka checks every property's name and value here, before anything connects: a
    // typo in -X is a usage error, not an unreachable broker.
    crate::kafka::client_config(&kafka_config, 0).create_native_config().map_err(|err| match err {
        // librdkafka's message quotes the name; the error also carries the value, which
        // a mistyped secret property (`sasl.pasword`) would not have registered: leave it out.
        rdkafka::error::KafkaError::ClientConfig(_, description, key, _) => {
            SettingsError(format!("-X / [kafka] property `{key}`: {description}"))
        }
        other => SettingsError(format!("-X / [kafka] properties: {other}")),
    })?;
    Ok(Connection {
        kafka: kafka_config,
        grpc: GrpcConfig {
            url,
            ca,
            cert,
            key,
            domain: grpc.grpc_domain.clone().or_else(|| file.grpc_domain.clone()),
            token: grpc.grpc_token.clone().or_else(|| file.grpc_token.clone()).map(Secret::new),
            connect_timeout,
            call_timeout: duration_setting(
                "grpc-timeout",
                &grpc.grpc_timeout,
                &file.grpc_timeout,
                DEFAULT_GRPC_TIMEOUT,
            )?,
        },
        topic: pick(&pipeline.topic, &file.topic, || DEFAULT_TOPIC.to_string()),
        group: pick(&pipeline.group, &file.group, || DEFAULT_GROUP.to_string()),
        timeout: duration_setting("timeout", &kafka.timeout, &file.timeout, DEFAULT_TIMEOUT)?,
    })
}

pub fn probe(args: &cli::ProbeArgs, file: &FileConfig) -> Result<ProbeConfig> {
    let defaults = ProbeConfig::default();
    let match_field = pick(&args.match_field, &file.match_field, || defaults.match_field.clone());
    if !match_field.is_empty() && !match_field.starts_with('/') {
        return Err(SettingsError(format!("--match-field `{match_field}` must be a JSON pointer such as /lease_id")));
    }
    let count = pick(&args.count, &file.count, || 1);
    let concurrency = pick(&args.concurrency, &file.concurrency, || 1);
    if count == 0 || concurrency == 0 {
        return Err(SettingsError("--count and --concurrency must be at least 1".to_string()));
    }
    let lease_id = args.lease_id.clone().or_else(|| file.lease_id.clone());
    if lease_id.is_some() && count > 1 {
        return Err(SettingsError(
            "--lease-id names one lease; it cannot be combined with --count above 1".to_string(),
        ));
    }
    Ok(ProbeConfig {
        lease_id,
        match_field,
        reason: pick(&args.reason, &file.reason, || defaults.reason.clone()),
        requested_by: pick(&args.requested_by, &file.requested_by, || defaults.requested_by.clone()),
        event_timeout: duration_setting(
            "event-timeout",
            &args.event_timeout,
            &file.event_timeout,
            DEFAULT_EVENT_TIMEOUT,
        )?,
        consume_timeout: duration_setting(
            "consume-timeout",
            &args.consume_timeout,
            &file.consume_timeout,
            DEFAULT_CONSUME_TIMEOUT,
        )?,
        count,
        concurrency: concurrency.min(count),
    })
}

/// Facts about the process's surroundings that decide colour and progress.
#[derive(Debug, Clone, Copy)]
pub struct Terminal {
    pub stdout_is_tty: bool,
    pub stderr_is_tty: bool,
    pub no_color: bool,
    pub ci: bool,
}

impl Terminal {
    pub fn detect() -> Terminal {
        use std::io::IsTerminal;
        let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
        Terminal {
            stdout_is_tty: std::io::stdout().is_terminal(),
            stderr_is_tty: std::io::stderr().is_terminal(),
            no_color: set("NO_COLOR"),
            ci: set("CI"),
        }
    }
}

/// Colour is decided once: `--color always|never` wins, then NO_COLOR, then whether stdout
/// is a terminal. JSON is never coloured.
pub fn use_color(choice: ColorChoice, format: OutputFormat, terminal: Terminal) -> bool {
    if format == OutputFormat::Json {
        return false;
    }
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => !terminal.no_color && terminal.stdout_is_tty,
    }
}

/// Spinners only help a person watching a terminal: never in CI, in JSON mode or when
/// stderr is redirected.
pub fn show_progress(format: OutputFormat, terminal: Terminal) -> bool {
    format == OutputFormat::Text && terminal.stderr_is_tty && !terminal.ci
}

pub fn output(global: &cli::GlobalArgs, file: &FileConfig, terminal: Terminal) -> Result<OutputConfig> {
    let format = match (&global.output, &file.output) {
        (Some(format), _) => *format,
        (None, Some(text)) => <OutputFormat as clap::ValueEnum>::from_str(text, true)
            .map_err(|_| SettingsError(format!("config file: output `{text}` is not text or json")))?,
        (None, None) => OutputFormat::Text,
    };
    let color = match (&global.color, &file.color) {
        (Some(choice), _) => *choice,
        (None, Some(text)) => <ColorChoice as clap::ValueEnum>::from_str(text, true)
            .map_err(|_| SettingsError(format!("config file: color `{text}` is not auto, always or never")))?,
        (None, None) => ColorChoice::Auto,
    };
    Ok(OutputConfig {
        format,
        color: use_color(color, format, terminal),
        progress: show_progress(format, terminal),
        verbose: global.verbose,
    })
}

pub fn fail_on(flag: Option<FailOn>, file: &FileConfig) -> Result<crate::findings::Severity> {
    let choice = match (flag, &file.check.fail_on) {
        (Some(choice), _) => choice,
        (None, Some(text)) => <FailOn as clap::ValueEnum>::from_str(text, true)
            .map_err(|_| SettingsError(format!("config file: fail-on `{text}` is not error or warning")))?,
        (None, None) => FailOn::Error,
    };
    Ok(match choice {
        FailOn::Error => crate::findings::Severity::Error,
        FailOn::Warning => crate::findings::Severity::Warning,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terminal(stdout_is_tty: bool, stderr_is_tty: bool, no_color: bool, ci: bool) -> Terminal {
        Terminal { stdout_is_tty, stderr_is_tty, no_color, ci }
    }

    #[test]
    fn durations_parse_in_the_usual_forms() {
        assert_eq!(parse_duration("30s").unwrap(), Duration::from_secs(30));
        assert_eq!(parse_duration("500ms").unwrap(), Duration::from_millis(500));
        assert_eq!(parse_duration("2m").unwrap(), Duration::from_secs(120));
        assert_eq!(parse_duration("1h30m").unwrap(), Duration::from_secs(5400));
        assert_eq!(parse_duration("PT5S").unwrap(), Duration::from_secs(5));
        assert_eq!(parse_duration("1.5").unwrap(), Duration::from_millis(1500));
        assert!(parse_duration("soon").is_err());
        assert!(parse_duration("-5s").is_err());
        // Found by the reset_target fuzz target: too large for a Duration.
        assert!(parse_duration("955555555555555575557").is_err());
        assert!(parse_duration("1e300").is_err());
        assert!(parse_duration("-1").is_err());
        assert!(parse_duration("NaN").is_err());
    }

    #[test]
    fn flag_beats_file_beats_default() {
        let file = FileConfig::parse("brokers = \"file:9092\"\ntopic = \"file-topic\"\ntimeout = \"7s\"").unwrap();
        let kafka = cli::KafkaArgs { brokers: Some("flag:9092".into()), ..Default::default() };
        let connection = connection(&kafka, &Default::default(), &Default::default(), &file).unwrap();
        assert_eq!(connection.kafka.brokers, "flag:9092");
        assert_eq!(connection.topic, "file-topic");
        assert_eq!(connection.timeout, Duration::from_secs(7));
        assert_eq!(connection.group, DEFAULT_GROUP);
        assert_eq!(connection.grpc.url, DEFAULT_GRPC_URL);
        assert_eq!(connection.kafka.connect_timeout, DEFAULT_CONNECT_TIMEOUT);
    }

    #[test]
    fn flag_properties_override_file_properties_and_secrets_are_masked() {
        let file =
            FileConfig::parse("[kafka]\n\"security.protocol\" = \"SSL\"\n\"sasl.password\" = \"file-pass-4711\"")
                .unwrap();
        let merged = kafka_properties(&["security.protocol=SASL_SSL".into()], None, &file.kafka).unwrap();
        let protocol = merged.iter().find(|(k, _)| k == "security.protocol").unwrap();
        assert_eq!(protocol.1.expose(), "SASL_SSL");
        let password = merged.iter().find(|(k, _)| k == "sasl.password").unwrap();
        assert!(matches!(password.1, PropertyValue::Secret(_)));
        assert!(!format!("{merged:?}").contains("file-pass-4711"));
        assert_eq!(secrets::redact("x file-pass-4711 y"), "x *** y");
    }

    #[test]
    fn malformed_property_errors_do_not_echo_the_value() {
        let err = property("sasl.password:hunter3").unwrap_err();
        assert!(!err.0.contains("hunter3"));
    }

    #[test]
    fn relative_paths_in_a_config_file_are_relative_to_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("rentflow-doctor.toml");
        std::fs::write(&file, "grpc-ca = \"certs/ca.pem\"\n[check]\nproject-dir = \"/abs/project\"\n").unwrap();
        let config = FileConfig::load(Some(&file), false).unwrap();
        assert_eq!(config.grpc_ca, Some(dir.path().join("certs/ca.pem")));
        assert_eq!(config.check.project_dir, Some(PathBuf::from("/abs/project")));
    }

    #[test]
    fn unknown_config_keys_are_rejected_by_name() {
        let err = FileConfig::parse("brokerz = \"x\"").unwrap_err();
        assert!(err.contains("brokerz"), "{err}");
        // A value of the wrong type is not echoed: it may be a secret.
        let err = FileConfig::parse("grpc-token = 918273645").unwrap_err();
        assert!(!err.contains("918273645"), "{err}");
    }

    #[test]
    fn colour_is_decided_once_from_flag_no_color_and_terminal() {
        use ColorChoice::*;
        let tty = terminal(true, true, false, false);
        assert!(use_color(Auto, OutputFormat::Text, tty));
        assert!(!use_color(Auto, OutputFormat::Text, terminal(true, true, true, false)));
        assert!(!use_color(Auto, OutputFormat::Text, terminal(false, true, false, false)));
        assert!(use_color(Always, OutputFormat::Text, terminal(false, false, true, false)));
        assert!(!use_color(Never, OutputFormat::Text, tty));
        assert!(!use_color(Always, OutputFormat::Json, tty));
    }

    #[test]
    fn progress_only_on_an_interactive_terminal() {
        assert!(show_progress(OutputFormat::Text, terminal(false, true, false, false)));
        assert!(!show_progress(OutputFormat::Text, terminal(true, false, false, false)));
        assert!(!show_progress(OutputFormat::Text, terminal(true, true, false, true)));
        assert!(!show_progress(OutputFormat::Json, terminal(true, true, false, false)));
    }

    #[test]
    fn probe_settings_are_validated() {
        let file = FileConfig::default();
        let args = cli::ProbeArgs { match_field: Some("lease_id".into()), ..Default::default() };
        assert!(probe(&args, &file).is_err());
        let args = cli::ProbeArgs { count: Some(0), ..Default::default() };
        assert!(probe(&args, &file).is_err());
        let args = cli::ProbeArgs { count: Some(3), concurrency: Some(8), ..Default::default() };
        assert_eq!(probe(&args, &file).unwrap().concurrency, 3);
        let args = cli::ProbeArgs { count: Some(3), lease_id: Some("L-1".into()), ..Default::default() };
        assert!(probe(&args, &file).is_err());
    }
}
