//! The one builder of every command the doctor prints for the user to paste: fixes, the
//! command that applies a plan, the one that undoes it, the one that restores a snapshot.
//!
//! A printed command must do, when pasted, what it says: each word is quoted for a POSIX
//! shell, and it carries the connection the run used — the brokers, the explicit config
//! file, every `-X` property — so that it reaches the same cluster the same way. Secret
//! properties are never printed: they are left out, and [`CommandLine::left_out`] names them
//! so the caller can say how to give them (environment or config file).

use std::fmt;
use std::path::Path;

use crate::config::connection::DEFAULT_BROKERS;
use crate::kafka::{KafkaConfig, PropertyValue};

/// A word as a POSIX shell reads it back: bare when safe, else single-quoted.
pub fn shell_word(word: &str) -> String {
    let safe = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '/' | ':' | ',' | '@' | '=' | '+'));
    if safe { word.to_string() } else { format!("'{}'", word.replace('\'', r"'\''")) }
}

/// `rentflow-doctor <subcommand> [--config F] [--brokers B] [-X k=v]… <arguments>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommandLine {
    words: Vec<String>,
    /// Secret properties the run used that the printed command leaves out.
    left_out: Vec<String>,
}

impl CommandLine {
    /// A doctor command with the connection `kafka` describes.
    pub fn doctor(subcommand: &str, kafka: &KafkaConfig) -> CommandLine {
        let mut line = CommandLine { words: vec!["rentflow-doctor".to_string()], left_out: Vec::new() };
        line.words.extend(subcommand.split_whitespace().map(str::to_string));
        if let Some(path) = &kafka.config_file {
            line = line.path("--config", path);
        }
        if let Some(profile) = &kafka.profile {
            line = line.arg("--profile", profile);
        }
        if kafka.brokers != DEFAULT_BROKERS {
            line = line.arg("--brokers", &kafka.brokers);
        }
        for (key, value) in &kafka.properties {
            match value {
                PropertyValue::Plain(value) => line = line.arg("-X", &format!("{key}={value}")),
                PropertyValue::Secret(_) => line.left_out.push(key.clone()),
            }
        }
        line
    }

    /// `--flag value`.
    pub fn arg(mut self, flag: &str, value: &str) -> CommandLine {
        self.words.push(flag.to_string());
        self.words.push(value.to_string());
        self
    }

    /// `--flag /some/path`.
    pub fn path(self, flag: &str, path: &Path) -> CommandLine {
        let text = path.display().to_string();
        self.arg(flag, &text)
    }

    /// A bare `--flag`.
    pub fn flag(mut self, flag: &str) -> CommandLine {
        self.words.push(flag.to_string());
        self
    }

    /// The words as a program receives them (unquoted).
    pub fn words(&self) -> &[String] {
        &self.words
    }

    /// Secret properties the run used that the command leaves out.
    pub fn left_out(&self) -> &[String] {
        &self.left_out
    }

    /// What to tell the user about left-out secrets, if any.
    pub fn secrets_note(&self) -> Option<String> {
        (!self.left_out.is_empty()).then(|| {
            format!(
                "secret settings left out of the command: {} — give them by RENTFLOW_KAFKA_PROPERTIES or the config file, never on the command line",
                self.left_out.join(", ")
            )
        })
    }

    /// The command, then the secrets note in parentheses when something was left out: for
    /// finding fixes, which are one line of prose.
    pub fn with_note(&self) -> String {
        match self.secrets_note() {
            Some(note) => format!("`{self}` ({note})"),
            None => format!("`{self}`"),
        }
    }
}

impl fmt::Display for CommandLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let quoted: Vec<String> = self.words.iter().map(|word| shell_word(word)).collect();
        write!(f, "{}", quoted.join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secrets::Secret;
    use std::time::Duration;

    fn kafka(brokers: &str) -> KafkaConfig {
        KafkaConfig {
            brokers: brokers.to_string(),
            properties: Vec::new(),
            connect_timeout: Duration::from_secs(5),
            config_file: None,
            profile: None,
        }
    }

    /// Splits a command as a POSIX shell does for the quoting `shell_word` produces.
    fn shell_split(text: &str) -> Vec<String> {
        let output = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("for w in {text}; do printf '%s\\0' \"$w\"; done"))
            .output()
            .unwrap();
        String::from_utf8(output.stdout).unwrap().split_terminator('\0').map(str::to_string).collect()
    }

    #[test]
    fn shell_words_quote_only_when_needed() {
        assert_eq!(shell_word("rentflow-django-consumer"), "rentflow-django-consumer");
        assert_eq!(shell_word("/tmp/a b.json"), "'/tmp/a b.json'");
        assert_eq!(shell_word("it's"), r"'it'\''s'");
        assert_eq!(shell_word("team a$b"), "'team a$b'");
        assert_eq!(shell_word(""), "''");
    }

    #[test]
    fn every_word_survives_a_real_shell() {
        let mut config = kafka("k1:9092,k2:9092");
        config.config_file = Some("/etc/my doctor/rd.toml".into());
        config.properties = vec![
            ("security.protocol".into(), PropertyValue::Plain("SASL_SSL".into())),
            ("sasl.username".into(), PropertyValue::Plain("o'brien $USER".into())),
            ("sasl.password".into(), PropertyValue::Secret(Secret::new("hunter2"))),
        ];
        let line = CommandLine::doctor("reset-group", &config)
            .arg("--group", "team a$b")
            .arg("--topic", "lease-events:2")
            .arg("--to", "offset:17")
            .flag("--execute");
        let printed = line.to_string();
        assert!(!printed.contains("hunter2"), "{printed}");
        assert_eq!(shell_split(&printed), line.words());
        assert_eq!(
            line.words()[1..],
            [
                "reset-group",
                "--config",
                "/etc/my doctor/rd.toml",
                "--brokers",
                "k1:9092,k2:9092",
                "-X",
                "security.protocol=SASL_SSL",
                "-X",
                "sasl.username=o'brien $USER",
                "--group",
                "team a$b",
                "--topic",
                "lease-events:2",
                "--to",
                "offset:17",
                "--execute"
            ]
        );
        assert_eq!(line.left_out(), ["sasl.password"]);
        assert!(line.with_note().contains("left out of the command: sasl.password"), "{}", line.with_note());
    }

    #[test]
    fn the_default_connection_adds_nothing() {
        let line = CommandLine::doctor("reset-group", &kafka(DEFAULT_BROKERS)).arg("--group", "g");
        assert_eq!(line.to_string(), "rentflow-doctor reset-group --group g");
        assert_eq!(line.secrets_note(), None);
        assert_eq!(line.with_note(), "`rentflow-doctor reset-group --group g`");
    }
}
