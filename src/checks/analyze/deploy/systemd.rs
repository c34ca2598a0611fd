//! systemd service units: `ExecStart=` (with its `-@:+!` prefixes) is the start command,
//! `Environment=` and `EnvironmentFile=` its environment. An environment file is looked for
//! in the tree (beside the unit, or at its path below the root); one that lives only on the
//! host is named as not seen, with the way to read it there.

use super::{EnvSource, EnvVar, Image, Launch, Start, join, parent, shell};
use crate::findings::Location;

/// The launch of one `.service` unit.
pub fn parse(path: &str, text: &str) -> Vec<Launch> {
    let unit = path.rsplit('/').next().unwrap_or(path);
    let mut section = String::new();
    let mut start = None;
    let mut vars = Vec::new();
    let mut sources = Vec::new();
    // Continuation lines end with a backslash.
    let mut logical: Vec<(usize, String)> = Vec::new();
    let mut pending: Option<(usize, String)> = None;
    for (index, line) in text.lines().enumerate() {
        let (number, mut current) = pending.take().unwrap_or((index + 1, String::new()));
        match line.strip_suffix('\\') {
            Some(body) => {
                current.push_str(body);
                current.push(' ');
                pending = Some((number, current));
            }
            None => {
                current.push_str(line);
                logical.push((number, current));
            }
        }
    }
    logical.extend(pending);
    for (number, line) in logical {
        let trimmed = line.trim();
        if trimmed.starts_with('#') || trimmed.starts_with(';') || trimmed.is_empty() {
            continue;
        }
        if trimmed.starts_with('[') {
            section = trimmed.trim_matches(|c| c == '[' || c == ']').to_string();
            continue;
        }
        if section != "Service" {
            continue;
        }
        let Some((key, value)) = trimmed.split_once('=') else { continue };
        let value = value.trim();
        let at = format!("{path}:{number} {}", key.trim());
        match key.trim() {
            "ExecStart" => {
                let command = value.trim_start_matches(['-', '@', ':', '+', '!']);
                let column = line.find(command).map_or(1, |i| line[..i].chars().count() as u32 + 1);
                let location = Location { path: path.to_string(), line: number as u32, column };
                let words = shell::commands(command).into_iter().next().unwrap_or_default();
                start = Some(Start::new(location, command.to_string(), words));
            }
            "Environment" => {
                for word in shell::commands(value).concat() {
                    if let Some((name, value)) = word.split_once('=') {
                        vars.push(EnvVar { name: name.to_string(), value: Some(value.to_string()), at: at.clone() });
                    }
                }
            }
            "PassEnvironment" => {
                for name in value.split_whitespace() {
                    vars.push(EnvVar { name: name.to_string(), value: None, at: at.clone() });
                }
            }
            "EnvironmentFile" => {
                let optional = value.starts_with('-');
                let file = value.trim_start_matches('-');
                // A host path is looked for beside the unit, where deploy repositories keep it.
                let name = file.rsplit('/').next().unwrap_or(file);
                let in_tree = join(parent(path), name);
                sources.push(EnvSource::File {
                    path: if file.starts_with('/') { in_tree.clone() } else { join(parent(path), file) },
                    what: "EnvironmentFile".to_string(),
                    optional,
                    host_path: Some(file.to_string()),
                });
            }
            _ => {}
        }
    }
    if start.is_none() && vars.is_empty() && sources.is_empty() {
        return Vec::new();
    }
    vec![Launch { whose: format!("systemd unit `{unit}`"), key: None, start, vars, sources, image: Image::Host }]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::analyze::deploy::{Deploy, check, resolve};
    use crate::findings::Severity;

    fn findings(text: &str) -> Vec<crate::findings::Finding> {
        let launches = parse("deploy/rentflow-consumer.service", text);
        check(&resolve(std::path::Path::new("/nonexistent"), Deploy { launches, ..Deploy::default() }))
    }

    #[test]
    fn exec_start_environment_and_files() {
        let unit = "[Unit]\nDescription=consumer\n\n[Service]\nWorkingDirectory=/srv/rentflow\nExecStart=/srv/rentflow/.venv/bin/python \\\n    manage.py run_kafka_consumer\nRestart=always\n";
        let found = findings(unit);
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].location.as_ref().unwrap().line, found[0].severity), (6, Severity::Error));
        assert!(found[0].message.contains("systemd unit `rentflow-consumer.service`"));
        assert!(findings(&unit.replace("Restart", "Environment=\"PYTHONUNBUFFERED=1\" \"X=2\"\nRestart")).is_empty());
        // An environment file on the host only: a warning that names it.
        let with_file = unit.replace("Restart", "EnvironmentFile=/etc/rentflow/consumer.env\nRestart");
        let found = findings(&with_file);
        assert_eq!(found[0].severity, Severity::Warning);
        assert!(found[0].message.contains("/etc/rentflow/consumer.env"), "{}", found[0].message);
    }
}
