//! RD301 stdout-buffered: how the project starts Python in containers and processes.
//!
//! Compose files are read with a YAML parser (spans give line and column; aliases and `<<`
//! merge keys are followed), Dockerfiles instruction by instruction (line continuations, the
//! `escape` directive, exec and shell forms, both ENV forms, stages that inherit from earlier
//! stages), Procfiles line by line. A start command that runs Python without `-u` is a
//! finding unless PYTHONUNBUFFERED is set where that process gets its environment: the
//! compose service's `environment` or `env_file`, the image's ENV (the service's build
//! target, or the stage itself), or for a Procfile the `.env` beside it.

use std::collections::HashMap;
use std::path::Path;

use saphyr::{LoadableYamlNode, MarkedYaml, Scalar, YamlData};

use super::shell::{self, PythonRun};
use crate::findings::{Finding, Location, RD301};

/// A start command, where it is written, and the Python runs in it.
#[derive(Debug, Clone)]
pub struct Start {
    pub location: Location,
    pub text: String,
    pub runs: Vec<PythonRun>,
}

/// Where PYTHONUNBUFFERED was set, if it was.
type SetAt = Option<String>;

#[derive(Debug, Clone)]
pub struct Service {
    pub name: String,
    pub starts: Vec<Start>,
    pub environment: SetAt,
    /// env_file paths, relative to the project root.
    pub env_files: Vec<String>,
    /// Dockerfile path relative to the project root, and build target.
    pub build: Option<(String, Option<String>)>,
}

#[derive(Debug, Clone)]
pub struct Compose {
    pub path: String,
    pub services: Vec<Service>,
}

#[derive(Debug, Clone, Default)]
pub struct Stage {
    pub name: Option<String>,
    pub environment: SetAt,
    pub starts: Vec<Start>,
}

#[derive(Debug, Clone)]
pub struct Dockerfile {
    pub path: String,
    pub stages: Vec<Stage>,
}

#[derive(Debug, Clone)]
pub struct Procfile {
    pub path: String,
    pub starts: Vec<Start>,
}

/// `a/b/../c` → `a/c`, relative to the project root (forward slashes).
pub fn normalize(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                if parts.last().is_some_and(|p| *p != "..") {
                    parts.pop();
                } else {
                    parts.push("..");
                }
            }
            other => parts.push(other),
        }
    }
    parts.join("/")
}

fn join(dir: &str, relative: &str) -> String {
    if dir.is_empty() { normalize(relative) } else { normalize(&format!("{dir}/{relative}")) }
}

fn parent(path: &str) -> &str {
    path.rsplit_once('/').map_or("", |(dir, _)| dir)
}

// ---------------------------------------------------------------- compose

fn unwrap_tag<'a, 'b>(node: &'a MarkedYaml<'b>) -> &'a MarkedYaml<'b> {
    match &node.data {
        YamlData::Tagged(_, inner) => unwrap_tag(inner),
        _ => node,
    }
}

fn scalar(node: &MarkedYaml<'_>) -> Option<String> {
    match &unwrap_tag(node).data {
        YamlData::Value(Scalar::String(text)) => Some(text.to_string()),
        YamlData::Value(Scalar::Integer(n)) => Some(n.to_string()),
        YamlData::Value(Scalar::Boolean(b)) => Some(b.to_string()),
        YamlData::Value(Scalar::FloatingPoint(f)) => Some(f.to_string()),
        YamlData::Representation(text, _, _) => Some(text.to_string()),
        _ => None,
    }
}

fn is_null(node: &MarkedYaml<'_>) -> bool {
    matches!(unwrap_tag(node).data, YamlData::Value(Scalar::Null))
}

/// A mapping's entry by key, following `<<` merge keys.
fn get<'a, 'b>(node: &'a MarkedYaml<'b>, key: &str) -> Option<&'a MarkedYaml<'b>> {
    let YamlData::Mapping(map) = &unwrap_tag(node).data else { return None };
    let mut merged = None;
    for (k, v) in map {
        match scalar(k).as_deref() {
            Some(name) if name == key => return Some(v),
            Some("<<") => merged = Some(v),
            _ => {}
        }
    }
    let merged = merged?;
    match &unwrap_tag(merged).data {
        YamlData::Sequence(items) => items.iter().find_map(|item| get(item, key)),
        _ => get(merged, key),
    }
}

fn entries<'a, 'b>(node: &'a MarkedYaml<'b>) -> Vec<(String, &'a MarkedYaml<'b>)> {
    match &unwrap_tag(node).data {
        YamlData::Mapping(map) => map.iter().filter_map(|(k, v)| Some((scalar(k)?, v))).collect(),
        _ => Vec::new(),
    }
}

fn items<'a, 'b>(node: &'a MarkedYaml<'b>) -> Option<&'a Vec<MarkedYaml<'b>>> {
    match &unwrap_tag(node).data {
        YamlData::Sequence(items) => Some(items),
        _ => None,
    }
}

fn yaml_location(path: &str, node: &MarkedYaml<'_>) -> Location {
    Location {
        path: path.to_string(),
        line: node.span.start.line().max(1) as u32,
        column: node.span.start.col() as u32 + 1,
    }
}

/// Words of a compose `command`/`entrypoint`: a list as is, a string split as compose does.
fn compose_words(node: &MarkedYaml<'_>) -> Option<Vec<String>> {
    if let Some(items) = items(node) {
        return Some(items.iter().filter_map(scalar).collect());
    }
    scalar(node).map(|text| shell::commands(&text).concat())
}

/// Whether a compose `environment` (map or list) sets PYTHONUNBUFFERED.
fn environment_sets(node: &MarkedYaml<'_>) -> bool {
    if let Some(items) = items(node) {
        return items.iter().filter_map(scalar).any(|item| match item.split_once('=') {
            Some((name, value)) => name.trim() == "PYTHONUNBUFFERED" && !value.is_empty(),
            // Passed through from the shell that runs compose: cannot be judged, taken as set.
            None => item.trim() == "PYTHONUNBUFFERED",
        });
    }
    get(node, "PYTHONUNBUFFERED").is_some_and(|value| is_null(value) || scalar(value).is_some_and(|v| !v.is_empty()))
}

/// Parses a compose file; `Err` with the parser's message when it is not YAML.
pub fn compose(path: &str, text: &str) -> Result<Compose, String> {
    let documents = MarkedYaml::load_from_str(text).map_err(|err| err.to_string())?;
    let mut services = Vec::new();
    let dir = parent(path);
    for document in &documents {
        let Some(section) = get(document, "services") else { continue };
        for (name, service) in entries(section) {
            let mut starts = Vec::new();
            let entrypoint = get(service, "entrypoint");
            let command = get(service, "command");
            let words: Option<(Vec<String>, &MarkedYaml<'_>)> = match (entrypoint, command) {
                (Some(e), Some(c)) => compose_words(e).map(|mut w| {
                    w.extend(compose_words(c).unwrap_or_default());
                    (w, e)
                }),
                (Some(node), None) | (None, Some(node)) => compose_words(node).map(|w| (w, node)),
                (None, None) => None,
            };
            if let Some((words, node)) = words {
                let runs = shell::python_runs(&words);
                if !runs.is_empty() {
                    starts.push(Start { location: yaml_location(path, node), text: shell::display(&words), runs });
                }
            }
            let environment = get(service, "environment")
                .filter(|env| environment_sets(env))
                .map(|env| format!("{path}:{} environment", env.span.start.line()));
            let env_files = match get(service, "env_file") {
                None => Vec::new(),
                Some(node) => {
                    let list: Vec<&MarkedYaml<'_>> = match items(node) {
                        Some(items) => items.iter().collect(),
                        None => vec![node],
                    };
                    list.into_iter()
                        .filter_map(|item| scalar(item).or_else(|| get(item, "path").and_then(scalar)))
                        .map(|file| join(dir, &file))
                        .collect()
                }
            };
            let build = get(service, "build").and_then(|build| {
                if let Some(context) = scalar(build) {
                    return Some((join(&join(dir, &context), "Dockerfile"), None));
                }
                let context = get(build, "context").and_then(scalar).unwrap_or_else(|| ".".to_string());
                if context.contains("://") {
                    return None;
                }
                let dockerfile = get(build, "dockerfile").and_then(scalar).unwrap_or_else(|| "Dockerfile".to_string());
                let target = get(build, "target").and_then(scalar);
                Some((join(&join(dir, &context), &dockerfile), target))
            });
            services.push(Service { name, starts, environment, env_files, build });
        }
    }
    Ok(Compose { path: path.to_string(), services })
}

// ---------------------------------------------------------------- Dockerfile

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
    let mut inherited: HashMap<String, (SetAt, Option<Vec<String>>)> = HashMap::new();
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
                let (environment, entry) = inherited.get(&base).cloned().unwrap_or((None, None));
                entrypoint = entry.map(|words| (words, true));
                entrypoint_start = None;
                stages.push(Stage { name, environment, starts: Vec::new() });
            }
            "ENV" => {
                if let Some(stage) = stages.last_mut()
                    && env_pairs(&instruction.arguments).iter().any(|(k, v)| k == "PYTHONUNBUFFERED" && !v.is_empty())
                {
                    stage.environment = Some(format!("{path}:{} ENV", instruction.line));
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
                        stage.starts.push(Start { location, text, runs });
                    }
                }
            }
            _ => {}
        }
        if let Some(stage) = stages.last()
            && let Some(name) = &stage.name
        {
            let entry = entrypoint.as_ref().filter(|(_, exec)| *exec).map(|(words, _)| words.clone());
            inherited.insert(name.clone(), (stage.environment.clone(), entry));
        }
    }
    Dockerfile { path: path.to_string(), stages }
}

// ---------------------------------------------------------------- Procfile

pub fn procfile(path: &str, text: &str) -> Procfile {
    let mut starts = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        if trimmed.starts_with('#') {
            continue;
        }
        let Some((name, command)) = trimmed.split_once(':') else { continue };
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
            continue;
        }
        let runs = shell::python_runs_in_script(command);
        if runs.is_empty() {
            continue;
        }
        let prefix = line.len() - command.trim_start().len();
        let column = line[..prefix].chars().count() as u32 + 1;
        starts.push(Start {
            location: Location { path: path.to_string(), line: index as u32 + 1, column },
            text: command.trim().to_string(),
            runs,
        });
    }
    Procfile { path: path.to_string(), starts }
}

// ---------------------------------------------------------------- env files and resolution

/// Whether an env file (compose `env_file`, a Procfile's `.env`) sets PYTHONUNBUFFERED.
pub fn env_file_sets(root: &Path, relative: &str) -> bool {
    use std::io::Read;
    let path = root.join(relative);
    let Ok(file) = std::fs::File::open(&path) else { return false };
    if !file.metadata().is_ok_and(|m| m.is_file()) {
        return false;
    }
    let mut text = String::new();
    // An env file is small; a huge one is read no further than this.
    if file.take(1 << 20).read_to_string(&mut text).is_err() {
        return false;
    }
    text.lines().any(|line| {
        let line = line.trim();
        let line = line.strip_prefix("export ").unwrap_or(line);
        match line.split_once('=') {
            Some((name, value)) => {
                name.trim() == "PYTHONUNBUFFERED" && !value.trim().trim_matches(|c| c == '"' || c == '\'').is_empty()
            }
            None => false,
        }
    })
}

/// One finding per start command that runs buffered Python (however many runs it holds).
fn buffered(start: &Start, whose: &str, checked: &[String]) -> Option<Finding> {
    let runs: Vec<&PythonRun> = start.runs.iter().filter(|r| !r.unbuffered).collect();
    let mut finding = buffered_finding(start, runs.first()?, whose, checked);
    for run in &runs[1..] {
        finding = finding.with_evidence(format!("also without -u: {}", run.command));
    }
    Some(finding)
}

fn buffered_finding(start: &Start, run: &PythonRun, whose: &str, checked: &[String]) -> Finding {
    let how = if run.via_shebang {
        "runs a Python script through its shebang".to_string()
    } else {
        "runs python without -u".to_string()
    };
    let fix = if run.via_shebang {
        "Start it as `python -u <script>` or set `PYTHONUNBUFFERED=1` in the environment.".to_string()
    } else {
        format!(
            "Run `{}` (add -u), or set `PYTHONUNBUFFERED=1` in {whose} environment.",
            run.command.replacen("python", "python -u", 1)
        )
    };
    let mut finding = Finding::new(
        &RD301,
        format!(
            "{whose} {how} and PYTHONUNBUFFERED is not set: stdout is block-buffered when it is not a terminal, so print() lines stay in the buffer and the logs stay empty"
        ),
    )
    .with_location(start.location.clone())
    .with_evidence(start.text.clone())
    .with_fix(fix);
    if !checked.is_empty() {
        finding = finding.with_evidence(format!("PYTHONUNBUFFERED looked for in: {}", checked.join(", ")));
    }
    finding
}

/// The stage a build uses: its target, else the last stage.
fn target_stage<'a>(dockerfile: &'a Dockerfile, target: Option<&str>) -> Option<&'a Stage> {
    match target {
        Some(name) => dockerfile.stages.iter().find(|s| s.name.as_deref() == Some(&name.to_ascii_lowercase())),
        None => dockerfile.stages.last(),
    }
}

/// RD301 findings across the project's compose files, Dockerfiles and Procfiles.
pub fn check(root: &Path, composes: &[Compose], dockerfiles: &[Dockerfile], procfiles: &[Procfile]) -> Vec<Finding> {
    let mut findings = Vec::new();
    let by_path: HashMap<&str, &Dockerfile> = dockerfiles.iter().map(|d| (d.path.as_str(), d)).collect();
    // Per Dockerfile: whether every compose service built from it sets PYTHONUNBUFFERED.
    let mut built_by: HashMap<&str, Vec<bool>> = HashMap::new();
    for compose in composes {
        for service in &compose.services {
            let mut checked = vec![format!("{} environment", compose.path)];
            let mut set = service.environment.is_some();
            for file in &service.env_files {
                checked.push(format!("env_file {file}"));
                set |= env_file_sets(root, file);
            }
            if let Some((path, target)) = &service.build {
                let stage = by_path.get(path.as_str()).and_then(|d| target_stage(d, target.as_deref()));
                if by_path.contains_key(path.as_str()) {
                    checked.push(format!("{path} ENV"));
                }
                built_by.entry(path.as_str()).or_default().push(set);
                set |= stage.is_some_and(|s| s.environment.is_some());
            }
            if set {
                continue;
            }
            let whose = format!("compose service `{}`", service.name);
            findings.extend(service.starts.iter().filter_map(|start| buffered(start, &whose, &checked)));
        }
    }
    for dockerfile in dockerfiles {
        if built_by.get(dockerfile.path.as_str()).is_some_and(|sets| sets.iter().all(|set| *set)) {
            continue;
        }
        for stage in &dockerfile.stages {
            if stage.environment.is_some() {
                continue;
            }
            let whose = match &stage.name {
                Some(name) => format!("the image's stage `{name}`"),
                None => "the image".to_string(),
            };
            let checked = [format!("{} ENV", dockerfile.path)];
            findings.extend(stage.starts.iter().filter_map(|start| buffered(start, &whose, &checked)));
        }
    }
    for procfile in procfiles {
        let env = join(parent(&procfile.path), ".env");
        if env_file_sets(root, &env) {
            continue;
        }
        let checked = [env.clone()];
        findings.extend(procfile.starts.iter().filter_map(|start| buffered(start, "the Procfile process", &checked)));
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(findings: &[Finding]) -> Vec<(String, u32)> {
        findings
            .iter()
            .map(|f| (f.location.as_ref().unwrap().path.clone(), f.location.as_ref().unwrap().line))
            .collect()
    }

    #[test]
    fn compose_commands_in_both_forms_and_environments() {
        let text = "x-common: &common\n  environment:\n    PYTHONUNBUFFERED: \"1\"\nservices:\n  consumer:\n    command: python manage.py run_kafka_consumer\n  worker:\n    command: [\"python\", \"worker.py\"]\n    environment:\n      - DEBUG=1\n  fixed:\n    <<: *common\n    command: python app.py\n  flagged:\n    command: [\"python\", \"-u\", \"app.py\"]\n";
        let compose = compose("docker-compose.yml", text).unwrap();
        let findings = check(Path::new("/nonexistent"), &[compose], &[], &[]);
        assert_eq!(lines(&findings), [("docker-compose.yml".to_string(), 6), ("docker-compose.yml".to_string(), 8)]);
        assert_eq!(findings[0].location.as_ref().unwrap().column, 14);
    }

    #[test]
    fn dockerfile_forms_continuations_and_stages() {
        let text = "FROM python:3.12 AS base\nENV PYTHONUNBUFFERED=1 \\\n    LANG=C.UTF-8\nFROM base AS app\nCMD [\"python\", \"manage.py\", \"run\"]\nFROM python:3.12 AS other\n# a comment\nENTRYPOINT [\"python\"]\nCMD [\"-u\", \"x.py\"]\nFROM python:3.12\nCMD python \\\n  manage.py run_kafka_consumer\n";
        let parsed = dockerfile("Dockerfile", text);
        assert_eq!(parsed.stages.len(), 4);
        assert!(parsed.stages[1].environment.is_some(), "inherited from base");
        let findings = check(Path::new("/nonexistent"), &[], &[parsed], &[]);
        // The ENTRYPOINT is python without -u, but its CMD adds -u.
        assert_eq!(lines(&findings), [("Dockerfile".to_string(), 11)]);
    }

    #[test]
    fn legacy_env_and_procfile() {
        let parsed = dockerfile("Dockerfile", "FROM python\nENV PYTHONUNBUFFERED 1\nCMD python app.py\n");
        assert!(check(Path::new("/x"), &[], &[parsed], &[]).is_empty());
        let procfile = procfile("Procfile", "web: gunicorn app.wsgi\nconsumer: python manage.py run_kafka_consumer\n");
        assert_eq!(lines(&check(Path::new("/nonexistent"), &[], &[], &[procfile])), [("Procfile".to_string(), 2)]);
    }

    #[test]
    fn paths_normalize() {
        assert_eq!(normalize("a/./b/../c"), "a/c");
        assert_eq!(join("deploy", "../consumer/Dockerfile"), "consumer/Dockerfile");
    }
}
