//! supervisord configuration: each `[program:name]` section is a launch — `command=`, and
//! `environment=KEY="value",…` (the `[supervisord]` section's environment is inherited).

use super::{EnvVar, Image, Launch, Start};
use crate::findings::Location;

/// Whether a `.conf`/`.ini` text holds supervisord programs, before parsing.
pub fn looks_like(text: &[u8]) -> bool {
    memchr::memmem::find(text, b"[program:").is_some()
}

/// `KEY="value",KEY2=value2` (commas inside quotes kept).
fn environment(value: &str, at: &str) -> Vec<EnvVar> {
    let mut vars = Vec::new();
    let mut current = String::new();
    let mut quote = None;
    let mut push = |item: &str| {
        if let Some((name, value)) = item.split_once('=') {
            let value = value.trim().trim_matches(|c| c == '"' || c == '\'');
            vars.push(EnvVar { name: name.trim().to_string(), value: Some(value.to_string()), at: at.to_string() });
        }
    };
    for c in value.chars() {
        match (c, quote) {
            ('"' | '\'', None) => quote = Some(c),
            (c, Some(q)) if c == q => quote = None,
            (',', None) => {
                push(&current);
                current.clear();
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    push(&current);
    vars
}

/// The launches of a supervisord configuration file.
pub fn parse(path: &str, text: &str) -> Vec<Launch> {
    let mut global = Vec::new();
    let mut launches: Vec<Launch> = Vec::new();
    let mut section = String::new();
    for (index, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        if trimmed.starts_with(['#', ';']) || trimmed.is_empty() {
            continue;
        }
        if trimmed.starts_with('[') {
            section = trimmed.trim_matches(|c| c == '[' || c == ']').trim().to_string();
            if let Some(program) = section.strip_prefix("program:") {
                launches.push(Launch {
                    whose: format!("supervisord program `{program}`"),
                    key: None,
                    start: None,
                    vars: Vec::new(),
                    sources: Vec::new(),
                    image: Image::Host,
                });
            }
            continue;
        }
        let Some((key, value)) = trimmed.split_once('=') else { continue };
        let at = format!("{path}:{} {}", index + 1, key.trim());
        match (key.trim(), section.as_str()) {
            ("environment", "supervisord") => global.extend(environment(value, &at)),
            ("environment", s) if s.starts_with("program:") => {
                if let Some(launch) = launches.last_mut() {
                    launch.vars.extend(environment(value, &at));
                }
            }
            ("command", s) if s.starts_with("program:") => {
                let command = value.trim();
                let column = line.find(command).map_or(1, |i| line[..i].chars().count() as u32 + 1);
                let location = Location { path: path.to_string(), line: index as u32 + 1, column };
                if let Some(launch) = launches.last_mut() {
                    launch.start = Some(Start::shell(location, command));
                }
            }
            _ => {}
        }
    }
    for launch in &mut launches {
        let own = std::mem::take(&mut launch.vars);
        launch.vars = global.iter().cloned().chain(own).collect();
    }
    launches
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::analyze::deploy::{Deploy, check, resolve};

    #[test]
    fn programs_and_their_environment() {
        let text = "[supervisord]\nnodaemon=true\n\n[program:consumer]\ncommand=python manage.py run_kafka_consumer\ndirectory=/srv/rentflow\n\n[program:worker]\ncommand=python worker.py\nenvironment=DJANGO_SETTINGS_MODULE=\"rentflow.settings\",PYTHONUNBUFFERED=\"1\"\n";
        let launches = parse("deploy/supervisord.conf", text);
        assert_eq!(launches.len(), 2);
        let found = check(&resolve(std::path::Path::new("/nonexistent"), Deploy { launches, ..Deploy::default() }));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].location.as_ref().unwrap().line, 5);
        assert!(found[0].message.contains("supervisord program `consumer`"));
    }
}
