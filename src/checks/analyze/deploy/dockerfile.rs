//! Dockerfiles, instruction by instruction as BuildKit reads them: line continuations, the
//! `escape` directive, heredocs, exec and shell forms of CMD/ENTRYPOINT (a CMD after an
//! exec-form ENTRYPOINT is its arguments), both ENV forms, and stages that inherit the
//! environment and entrypoint of the stage they are built `FROM`.

use std::collections::HashMap;

use super::{EnvVar, Start, shell};
use crate::findings::Location;

#[derive(Debug, Clone, Default)]
pub struct Stage {
    pub name: Option<String>,
    /// ENV variables, inherited ones first.
    pub vars: Vec<EnvVar>,
    pub starts: Vec<Start>,
}

#[derive(Debug, Clone)]
pub struct Dockerfile {
    pub path: String,
    pub stages: Vec<Stage>,
}

/// The stage a build uses: its target, else the last stage.
pub fn target_stage<'a>(dockerfile: &'a Dockerfile, target: Option<&str>) -> Option<&'a Stage> {
    match target {
        Some(name) => dockerfile.stages.iter().find(|s| s.name.as_deref() == Some(&name.to_ascii_lowercase())),
        None => dockerfile.stages.last(),
    }
}

/// One instruction: keyword, arguments, and where it starts.
#[derive(Debug, Clone)]
struct Instruction {
    keyword: String,
    arguments: String,
    line: u32,
    column: u32,
}

/// Joins continuation lines and drops comments, as BuildKit's parser does.
fn instructions(text: &str) -> Vec<Instruction> {
    let mut escape = '\\';
    let lines: Vec<&str> = text.lines().collect();
    // Parser directives: leading `# key=value` comments before anything else.
    for line in &lines {
        let trimmed = line.trim();
        let Some(directive) = trimmed.strip_prefix('#') else { break };
        let Some((key, value)) = directive.split_once('=') else { break };
        if key.trim().eq_ignore_ascii_case("escape") && value.trim() == "`" {
            escape = '`';
        }
    }
    let mut found = Vec::new();
    let mut index = 0;
    while index < lines.len() {
        let line = lines[index];
        let trimmed = line.trim_start();
        index += 1;
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let line_number = index as u32;
        let column = (line.chars().count() - trimmed.chars().count()) as u32 + 1;
        let mut logical = String::new();
        let mut current = trimmed.to_string();
        loop {
            let end = current.trim_end();
            if let Some(body) = end.strip_suffix(escape) {
                logical.push_str(body);
                logical.push(' ');
                // Comment and empty lines inside a continuation are skipped.
                let mut next = None;
                while index < lines.len() {
                    let candidate = lines[index];
                    index += 1;
                    let t = candidate.trim_start();
                    if t.is_empty() || t.starts_with('#') {
                        continue;
                    }
                    next = Some(candidate.to_string());
                    break;
                }
                match next {
                    Some(next) => current = next,
                    None => break,
                }
            } else {
                logical.push_str(end);
                break;
            }
        }
        let (keyword, arguments) = logical.split_once(char::is_whitespace).unwrap_or((logical.as_str(), ""));
        let keyword = keyword.to_ascii_uppercase();
        let arguments = arguments.trim().to_string();
        // Heredocs (`RUN <<EOF`) run to their terminator line.
        if let Some(position) = arguments.find("<<") {
            let word: String = arguments[position + 2..]
                .trim_start_matches('-')
                .trim_matches(|c| c == '"' || c == '\'')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !word.is_empty() {
                while index < lines.len() {
                    index += 1;
                    if lines[index - 1].trim() == word {
                        break;
                    }
                }
            }
        }
        found.push(Instruction { keyword, arguments, line: line_number, column });
    }
    found
}

/// `ENV A=1 B="x y"` or the legacy `ENV A value`.
fn env_pairs(arguments: &str) -> Vec<(String, String)> {
    let first = arguments.split_whitespace().next().unwrap_or_default();
    if first.contains('=') {
        shell::commands(arguments)
            .concat()
            .into_iter()
            .filter_map(|word| word.split_once('=').map(|(k, v)| (k.to_string(), v.to_string())))
            .collect()
    } else {
        match arguments.split_once(char::is_whitespace) {
            Some((key, value)) => vec![(key.to_string(), value.trim().to_string())],
            None => Vec::new(),
        }
    }
}

/// The words of CMD/ENTRYPOINT: exec form as given, shell form through `/bin/sh -c`.
fn exec_words(arguments: &str) -> (Vec<String>, bool) {
    if arguments.trim_start().starts_with('[')
        && let Ok(words) = serde_json::from_str::<Vec<String>>(arguments.trim())
    {
        return (words, true);
    }
    (vec!["/bin/sh".to_string(), "-c".to_string(), arguments.to_string()], false)
}

pub fn dockerfile(path: &str, text: &str) -> Dockerfile {
    let mut stages: Vec<Stage> = Vec::new();
    // Per stage: the image config it carries forward (env set-at, entrypoint words, cmd words).
    let mut inherited: HashMap<String, (Vec<EnvVar>, Option<Vec<String>>)> = HashMap::new();
    let mut entrypoint: Option<(Vec<String>, bool)> = None;
    // The index of this stage's exec-form ENTRYPOINT start, until a CMD completes it.
    let mut entrypoint_start: Option<usize> = None;
    for instruction in instructions(text) {
        let location = Location { path: path.to_string(), line: instruction.line, column: instruction.column };
        match instruction.keyword.as_str() {
            "FROM" => {
                let words: Vec<&str> =
                    instruction.arguments.split_whitespace().filter(|w| !w.starts_with("--")).collect();
                let base = words.first().map(|b| b.to_ascii_lowercase()).unwrap_or_default();
                let name = match words.as_slice() {
                    [_, keyword, name, ..] if keyword.eq_ignore_ascii_case("as") => Some(name.to_ascii_lowercase()),
                    _ => None,
                };
                let (vars, entry) = inherited.get(&base).cloned().unwrap_or_default();
                entrypoint = entry.map(|words| (words, true));
                entrypoint_start = None;
                stages.push(Stage { name, vars, starts: Vec::new() });
            }
            "ENV" => {
                if let Some(stage) = stages.last_mut() {
                    let at = format!("{path}:{} ENV", instruction.line);
                    for (name, value) in env_pairs(&instruction.arguments) {
                        stage.vars.push(EnvVar { name, value: Some(value), at: at.clone() });
                    }
                }
            }
            "ENTRYPOINT" | "CMD" => {
                let (mut words, exec) = exec_words(&instruction.arguments);
                if instruction.keyword == "ENTRYPOINT" {
                    entrypoint = Some((words.clone(), exec));
                } else if let Some((entry, true)) = &entrypoint {
                    // CMD supplies arguments to an exec-form ENTRYPOINT.
                    let mut joined = entry.clone();
                    joined.extend(words);
                    words = joined;
                }
                let runs = shell::python_runs(&words);
                let is_cmd = instruction.keyword == "CMD";
                if let Some(stage) = stages.last_mut() {
                    if is_cmd && let Some(index) = entrypoint_start.take() {
                        // The ENTRYPOINT is judged together with its arguments.
                        stage.starts.remove(index);
                    }
                    if !runs.is_empty() {
                        let text = format!("{} {}", instruction.keyword, instruction.arguments);
                        if !is_cmd && exec {
                            entrypoint_start = Some(stage.starts.len());
                        }
                        stage.starts.push(Start { location, text, words, runs });
                    }
                }
            }
            _ => {}
        }
        if let Some(stage) = stages.last()
            && let Some(name) = &stage.name
        {
            let entry = entrypoint.as_ref().filter(|(_, exec)| *exec).map(|(words, _)| words.clone());
            inherited.insert(name.clone(), (stage.vars.clone(), entry));
        }
    }
    Dockerfile { path: path.to_string(), stages }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::analyze::deploy::{Deploy, check, resolve};

    fn lines(dockerfile: Dockerfile) -> Vec<u32> {
        let resolved = resolve(
            std::path::Path::new("/nonexistent"),
            Deploy { dockerfiles: vec![dockerfile], ..Deploy::default() },
        );
        check(&resolved).iter().map(|f| f.location.as_ref().unwrap().line).collect()
    }

    #[test]
    fn forms_continuations_and_stages() {
        let text = "FROM python:3.12 AS base\nENV PYTHONUNBUFFERED=1 \\\n    LANG=C.UTF-8\nFROM base AS app\nCMD [\"python\", \"manage.py\", \"run\"]\nFROM python:3.12 AS other\n# a comment\nENTRYPOINT [\"python\"]\nCMD [\"-u\", \"x.py\"]\nFROM python:3.12\nCMD python \\\n  manage.py run_kafka_consumer\n";
        let parsed = dockerfile("Dockerfile", text);
        assert_eq!(parsed.stages.len(), 4);
        assert!(parsed.stages[1].vars.iter().any(|v| v.name == "PYTHONUNBUFFERED"), "inherited from base");
        // The ENTRYPOINT is python without -u, but its CMD adds -u.
        assert_eq!(lines(parsed), [11]);
    }

    #[test]
    fn legacy_env_form() {
        let parsed = dockerfile("Dockerfile", "FROM python\nENV PYTHONUNBUFFERED 1\nCMD python app.py\n");
        assert!(lines(parsed).is_empty());
    }
}
