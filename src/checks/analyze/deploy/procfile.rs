//! Procfiles (foreman, honcho, Heroku): each `name: command` line is a launch on the host,
//! with the `.env` beside the Procfile as its environment when there is one.

use super::{EnvSource, Image, Launch, Start, join, parent};
use crate::findings::Location;

/// The launches of a Procfile.
pub fn parse(path: &str, text: &str) -> Vec<Launch> {
    let mut launches = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        if trimmed.starts_with('#') {
            continue;
        }
        let Some((name, command)) = trimmed.split_once(':') else { continue };
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
            continue;
        }
        let prefix = line.len() - command.trim_start().len();
        let column = line[..prefix].chars().count() as u32 + 1;
        let location = Location { path: path.to_string(), line: index as u32 + 1, column };
        launches.push(Launch {
            whose: format!("the Procfile process `{name}`"),
            key: None,
            start: Some(Start::shell(location, command.trim())),
            vars: Vec::new(),
            sources: vec![EnvSource::File {
                path: join(parent(path), ".env"),
                what: "env file".to_string(),
                optional: true,
                host_path: None,
            }],
            image: Image::Host,
        });
    }
    launches
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::analyze::deploy::{Deploy, check, resolve};

    #[test]
    fn python_lines_without_u_are_found() {
        let launches = parse("Procfile", "web: gunicorn app.wsgi\nconsumer: python manage.py run_kafka_consumer\n");
        let resolved = resolve(std::path::Path::new("/nonexistent"), Deploy { launches, ..Deploy::default() });
        let lines: Vec<u32> = check(&resolved).iter().map(|f| f.location.as_ref().unwrap().line).collect();
        assert_eq!(lines, [2]);
    }
}
