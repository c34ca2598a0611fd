//! The optional config file, `rentflow-doctor.toml`: its keys (the long flag names), its
//! `[profiles.<name>]` tables, and how much it is trusted.
//!
//! A file named with `--config` (or `RENTFLOW_CONFIG`) is the user's own. A file the doctor
//! finds in the working directory may have come with a repository the user did not write:
//! its values are used as data, and [`LoadedFile::refuse`] words the refusal of anything
//! that would let it act (run a command, load code, lower security, receive credentials).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::{ConfigError, Result, Source, Sourced};
use crate::cli::AutoOffsetReset;
use crate::secrets;

pub const DEFAULT_CONFIG_FILE: &str = "rentflow-doctor.toml";

/// The values a config file (or one of its profiles) may set. Keys are the long flag names.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct FileValues {
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
    /// `always`: `reset-group --execute` asks on a terminal even with `--yes` (production).
    pub confirm: Option<Confirm>,
    /// librdkafka properties, as `-X`.
    #[serde(default)]
    pub kafka: BTreeMap<String, toml::Value>,
    #[serde(default)]
    pub check: FileCheckValues,
}

/// When `reset-group --execute` must ask.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Confirm {
    /// Ask on a terminal unless `--yes` is given (the default).
    UnlessYes,
    /// Always ask; `--yes` is refused.
    Always,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct FileCheckValues {
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

/// The whole file: top-level values and named profiles of the same keys.
#[derive(Debug, Default, Clone)]
pub struct FileConfig {
    pub profiles: BTreeMap<String, FileValues>,
    pub values: FileValues,
}

impl FileConfig {
    pub fn parse(text: &str) -> std::result::Result<FileConfig, String> {
        // `deny_unknown_fields` does not combine with `flatten`: split the profiles off first,
        // then read each part strictly.
        let mut table: toml::Table =
            text.parse().map_err(|err: toml::de::Error| without_quoted_values(err.message()))?;
        let profiles = match table.remove("profiles") {
            None => BTreeMap::new(),
            Some(toml::Value::Table(profiles)) => {
                let mut parsed = BTreeMap::new();
                for (name, value) in profiles {
                    let values: FileValues = value.try_into().map_err(|err: toml::de::Error| {
                        format!("[profiles.{name}]: {}", without_quoted_values(err.message()))
                    })?;
                    parsed.insert(name, values);
                }
                parsed
            }
            Some(_) => return Err("`profiles` must be a table of tables: [profiles.<name>]".to_string()),
        };
        let values: FileValues = toml::Value::Table(table)
            .try_into()
            .map_err(|err: toml::de::Error| without_quoted_values(err.message()))?;
        let config = FileConfig { profiles, values };
        // Register secrets at once, so that nothing printed later can carry them.
        for values in std::iter::once(&config.values).chain(config.profiles.values()) {
            if let Some(token) = &values.grpc_token {
                secrets::register(token);
            }
            for (key, value) in &values.kafka {
                if secrets::is_secret_property(key)
                    && let Some(text) = value.as_str()
                {
                    secrets::register(text);
                }
            }
        }
        Ok(config)
    }
}

impl FileValues {
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

/// The chosen profile.
#[derive(Debug, Clone)]
pub struct Profile {
    pub name: String,
    /// How it was chosen: `--profile` or `RENTFLOW_PROFILE`.
    pub source: Source,
    pub values: FileValues,
}

/// The config file in effect (if any), how far it is trusted, and the chosen profile.
#[derive(Debug, Clone)]
pub struct LoadedFile {
    pub path: Option<PathBuf>,
    /// [`Source::ExplicitFile`] or [`Source::ImplicitFile`]; `Default` when there is no file.
    source: Source,
    pub values: FileValues,
    pub profile: Option<Profile>,
}

impl LoadedFile {
    /// No file: `--no-config`, or none given and none in the working directory.
    pub fn none() -> LoadedFile {
        LoadedFile { path: None, source: Source::Default, values: FileValues::default(), profile: None }
    }

    /// Loads the config file: the explicit path (which must exist; trusted), else the default
    /// file in the current directory when present (not trusted), else nothing.
    pub fn load(explicit: Option<&Path>, disabled: bool, profile: Option<Sourced<String>>) -> Result<LoadedFile> {
        let (path, source) = match (disabled, explicit) {
            (true, _) => (None, Source::Default),
            (false, Some(path)) => (Some(path.to_path_buf()), Source::ExplicitFile),
            (false, None) => {
                let default = PathBuf::from(DEFAULT_CONFIG_FILE);
                if default.is_file() { (Some(default), Source::ImplicitFile) } else { (None, Source::Default) }
            }
        };
        let Some(path) = path else {
            if let Some(profile) = profile {
                return Err(ConfigError(format!(
                    "--profile {}: there is no config file to hold it ({}; give one with --config)",
                    profile.value,
                    if disabled { "--no-config is set" } else { "none in the working directory" }
                )));
            }
            return Ok(LoadedFile::none());
        };
        let text = std::fs::read_to_string(&path)
            .map_err(|err| ConfigError(format!("cannot read config file {}: {err}", path.display())))?;
        let parsed =
            FileConfig::parse(&text).map_err(|err| ConfigError(format!("config file {}: {err}", path.display())))?;
        LoadedFile::from_parsed(path, source, parsed, profile)
    }

    pub fn from_parsed(
        path: PathBuf,
        source: Source,
        mut parsed: FileConfig,
        profile: Option<Sourced<String>>,
    ) -> Result<LoadedFile> {
        let dir = path.parent().unwrap_or(Path::new("")).to_path_buf();
        parsed.values.rebase(&dir);
        for values in parsed.profiles.values_mut() {
            values.rebase(&dir);
        }
        let profile = match profile {
            None => None,
            Some(chosen) => {
                let Some(values) = parsed.profiles.remove(&chosen.value) else {
                    let known: Vec<&String> = parsed.profiles.keys().collect();
                    return Err(ConfigError(format!(
                        "--profile {}: config file {} has no [profiles.{}] (profiles: {})",
                        chosen.value,
                        path.display(),
                        chosen.value,
                        if known.is_empty() {
                            "none".to_string()
                        } else {
                            known.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(", ")
                        }
                    )));
                };
                Some(Profile { name: chosen.value, source: chosen.source, values })
            }
        };
        Ok(LoadedFile { path: Some(path), source, values: parsed.values, profile })
    }

    /// `ExplicitFile` or `ImplicitFile` (`Default` when there is no file).
    pub fn source(&self) -> Source {
        self.source
    }

    /// Whether the file is the user's own (named with `--config` or `RENTFLOW_CONFIG`).
    pub fn trusted(&self) -> bool {
        self.source != Source::ImplicitFile
    }

    pub fn profile_name(&self) -> Option<&str> {
        self.profile.as_ref().map(|p| p.name.as_str())
    }

    /// `./rentflow-doctor.toml` or `./rentflow-doctor.toml [profiles.prod]`.
    pub fn describe(&self, in_profile: bool) -> String {
        let path = self.path.as_ref().map_or_else(|| "(no file)".to_string(), |p| p.display().to_string());
        match (&self.profile, in_profile) {
            (Some(profile), true) => format!("{path} [profiles.{}]", profile.name),
            _ => path,
        }
    }

    /// One value: the profile's, else the top level's; with where it stands.
    pub fn value<T: Clone>(&self, get: impl Fn(&FileValues) -> &Option<T>) -> Option<(T, String)> {
        if let Some(profile) = &self.profile
            && let Some(value) = get(&profile.values)
        {
            return Some((value.clone(), self.describe(true)));
        }
        get(&self.values).clone().map(|value| (value, self.describe(false)))
    }

    /// The `[kafka]` tables, the profile's keys over the top level's.
    pub fn kafka(&self) -> BTreeMap<String, (toml::Value, String)> {
        let mut merged: BTreeMap<String, (toml::Value, String)> =
            self.values.kafka.iter().map(|(k, v)| (k.clone(), (v.clone(), self.describe(false)))).collect();
        if let Some(profile) = &self.profile {
            for (key, value) in &profile.values.kafka {
                merged.insert(key.clone(), (value.clone(), self.describe(true)));
            }
        }
        merged
    }

    /// The `[check] ignore` lists of the top level and the profile.
    pub fn ignore(&self) -> Vec<String> {
        let mut all = self.values.check.ignore.clone();
        if let Some(profile) = &self.profile {
            all.extend(profile.values.check.ignore.iter().cloned());
        }
        all
    }

    /// The refusal of a key a file found in the working directory may not set: names the
    /// key, the file, why, and the way to opt in.
    pub fn refuse(&self, key: &str, why: &str) -> ConfigError {
        let path = self.path.as_ref().map_or_else(String::new, |p| p.display().to_string());
        ConfigError(format!(
            "`{key}` in {} {why}; a config file found in the working directory is read as data, not trusted. If it is yours, pass it explicitly: --config {path} (or RENTFLOW_CONFIG={path})",
            self.describe(true)
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_in_a_config_file_are_relative_to_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("rentflow-doctor.toml");
        std::fs::write(
            &file,
            "grpc-ca = \"certs/ca.pem\"\n[check]\nproject-dir = \"/abs/project\"\n[profiles.prod]\ngrpc-ca = \"prod/ca.pem\"\n",
        )
        .unwrap();
        let config = LoadedFile::load(Some(&file), false, None).unwrap();
        assert_eq!(config.values.grpc_ca, Some(dir.path().join("certs/ca.pem")));
        assert_eq!(config.values.check.project_dir, Some(PathBuf::from("/abs/project")));
        let prod = Sourced { value: "prod".to_string(), source: Source::Flag };
        let config = LoadedFile::load(Some(&file), false, Some(prod)).unwrap();
        assert_eq!(config.value(|v| &v.grpc_ca).unwrap().0, dir.path().join("prod/ca.pem"));
    }

    #[test]
    fn unknown_config_keys_are_rejected_by_name() {
        let err = FileConfig::parse("brokerz = \"x\"").unwrap_err();
        assert!(err.contains("brokerz"), "{err}");
        let err = FileConfig::parse("[profiles.prod]\nbrokerz = \"x\"").unwrap_err();
        assert!(err.contains("brokerz") && err.contains("profiles.prod"), "{err}");
        // A value of the wrong type is not echoed: it may be a secret.
        let err = FileConfig::parse("grpc-token = 918273645").unwrap_err();
        assert!(!err.contains("918273645"), "{err}");
    }

    #[test]
    fn a_profile_overrides_the_top_level_and_an_unknown_one_is_named() {
        let text = "brokers = \"dev:9092\"\ntopic = \"t\"\n[kafka]\n\"client.rack\" = \"a\"\n[profiles.prod]\nbrokers = \"prod:9092\"\nconfirm = \"always\"\n[profiles.prod.kafka]\n\"client.rack\" = \"b\"\n";
        let parsed = FileConfig::parse(text).unwrap();
        let prod = Sourced { value: "prod".to_string(), source: Source::Flag };
        let file = LoadedFile::from_parsed("x.toml".into(), Source::ExplicitFile, parsed.clone(), Some(prod)).unwrap();
        assert_eq!(
            file.value(|v| &v.brokers).unwrap(),
            ("prod:9092".to_string(), "x.toml [profiles.prod]".to_string())
        );
        assert_eq!(file.value(|v| &v.topic).unwrap().0, "t");
        assert_eq!(file.value(|v| &v.confirm).unwrap().0, Confirm::Always);
        assert_eq!(file.kafka()["client.rack"].0.as_str(), Some("b"));
        let staging = Sourced { value: "staging".to_string(), source: Source::Flag };
        let err = LoadedFile::from_parsed("x.toml".into(), Source::ExplicitFile, parsed, Some(staging)).unwrap_err();
        assert!(err.0.contains("staging") && err.0.contains("prod"), "{err}");
    }
}
