//! How the project starts its processes, read from the deploy files teams use — compose
//! ([`compose`]), Dockerfiles ([`dockerfile`]), Procfiles ([`procfile`]), Kubernetes manifests
//! and Kustomize ([`kubernetes`]), systemd units ([`systemd`]) and supervisord programs
//! ([`supervisord`]) — as one model: a [`Launch`] is one process definition with its start
//! command, the environment it is given, and the image it runs in.
//!
//! [`resolve`] completes each launch's environment from what the tree holds (env files,
//! ConfigMaps, the image's Dockerfile, a start script) and records what it could not see;
//! RD301 ([`check`]) and the settings module the consumer runs with
//! ([`Resolved::settings_modules`]) are judged on that. A fact outside the tree never becomes
//! an error: the finding is a warning that names what could not be seen and how to look.
//!
//! Over 500 lines on purpose: the launch model and its resolution across files (env files,
//! ConfigMaps, images, start scripts) are one step; each file format's reader is apart.

pub mod compose;
pub mod dockerfile;
pub mod kubernetes;
pub mod procfile;
pub mod shell;
pub mod supervisord;
pub mod systemd;
pub mod yaml;

use std::collections::HashMap;
use std::path::Path;

use crate::findings::{Certainty, Finding, Location, RD301, Severity};
use shell::PythonRun;

pub use compose::Compose;
pub use dockerfile::Dockerfile;

/// Env files, start scripts and the like are small; anything larger is not read.
pub const MAX_SIDE_FILE_BYTES: u64 = 1 << 20;

/// A start command, where it is written, and the Python runs in it.
#[derive(Debug, Clone)]
pub struct Start {
    pub location: Location,
    pub text: String,
    /// The words of the command (the first simple command for shell forms).
    pub words: Vec<String>,
    pub runs: Vec<PythonRun>,
}

impl Start {
    pub fn new(location: Location, text: String, words: Vec<String>) -> Start {
        let runs = shell::python_runs(&words);
        Start { location, text, words, runs }
    }

    /// A start given as a shell command line (Procfile, systemd through `sh -c`, a script line).
    pub fn shell(location: Location, text: &str) -> Start {
        let runs = shell::python_runs_in_script(text);
        let words = shell::commands(text).into_iter().next().unwrap_or_default();
        Start { location, text: text.to_string(), words, runs }
    }
}

/// A variable set for a process.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnvVar {
    pub name: String,
    /// `None`: passed through from outside (compose `- NAME`, systemd `PassEnvironment`).
    pub value: Option<String>,
    /// Where it is set, for evidence (`docker-compose.yml:9 environment`).
    pub at: String,
}

/// Something a check needs that lies outside the tree, and how to look at it by hand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unseen {
    pub what: String,
    pub how: String,
}

/// The image a launch runs in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Image {
    /// A process on a host (systemd, supervisord, a Procfile).
    Host,
    /// Built from a Dockerfile in the tree (root-relative path) and stage.
    Built { dockerfile: String, target: Option<String> },
    /// Pulled by name; its Dockerfile may be elsewhere.
    Named(String),
}

/// Where a launch's environment comes from besides inline variables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EnvSource {
    /// An env file, root-relative, with what names it (`env_file`, `EnvironmentFile`).
    File {
        path: String,
        what: String,
        optional: bool,
        host_path: Option<String>,
    },
    ConfigMap(String),
    Secret(String),
}

/// One process definition.
#[derive(Debug, Clone)]
pub struct Launch {
    /// `compose service `consumer``, `Kubernetes Deployment `x`, container `c``…
    pub whose: String,
    /// Merge key across files (Kustomize patches): kind, name, container.
    pub key: Option<String>,
    pub start: Option<Start>,
    pub vars: Vec<EnvVar>,
    pub sources: Vec<EnvSource>,
    pub image: Image,
}

/// Every launch the tree defines, and what [`resolve`] needs besides.
#[derive(Debug, Default)]
pub struct Deploy {
    pub launches: Vec<Launch>,
    pub dockerfiles: Vec<Dockerfile>,
    /// ConfigMaps defined in the tree (manifests, Kustomize generators): name → variables.
    pub config_maps: HashMap<String, Vec<EnvVar>>,
    /// Images built in the tree: compose services with both `build` and `image`.
    pub built_images: HashMap<String, (String, Option<String>)>,
}

impl Deploy {
    pub fn merge(&mut self, other: Deploy) {
        self.launches.extend(other.launches);
        self.dockerfiles.extend(other.dockerfiles);
        self.config_maps.extend(other.config_maps);
        self.built_images.extend(other.built_images);
    }

    pub fn sort(&mut self) {
        self.launches.sort_by(|a, b| {
            let at = |l: &Launch| l.start.as_ref().map(|s| (s.location.path.clone(), s.location.line));
            (at(a), &a.whose).cmp(&(at(b), &b.whose))
        });
        self.dockerfiles.sort_by(|a, b| a.path.cmp(&b.path));
    }
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

pub fn join(dir: &str, relative: &str) -> String {
    if dir.is_empty() || relative.starts_with('/') {
        normalize(relative)
    } else {
        normalize(&format!("{dir}/{relative}"))
    }
}

pub fn parent(path: &str) -> &str {
    path.rsplit_once('/').map_or("", |(dir, _)| dir)
}

/// `NAME=value` lines of an env file (`export` allowed, quotes removed, comments skipped).
pub fn env_file_vars(text: &str, at: &str) -> Vec<EnvVar> {
    text.lines()
        .filter_map(|line| {
            let line = line.trim();
            let line = line.strip_prefix("export ").unwrap_or(line);
            if line.starts_with('#') {
                return None;
            }
            let (name, value) = line.split_once('=')?;
            let value = value.trim().trim_matches(|c| c == '"' || c == '\'');
            Some(EnvVar { name: name.trim().to_string(), value: Some(value.to_string()), at: at.to_string() })
        })
        .collect()
}

/// A launch's environment as far as the tree shows it.
#[derive(Debug, Clone, Default)]
pub struct Environment {
    pub vars: Vec<EnvVar>,
    /// Places looked in, for evidence.
    pub checked: Vec<String>,
    pub unseen: Vec<Unseen>,
}

impl Environment {
    /// The variable's last setting, if any.
    pub fn get(&self, name: &str) -> Option<&EnvVar> {
        self.vars.iter().rev().find(|v| v.name == name)
    }

    fn sets(&self, name: &str) -> Option<&EnvVar> {
        self.get(name).filter(|v| v.value.as_ref().is_none_or(|value| !value.is_empty()))
    }
}

/// A start script found in the tree, with the variables it exports before its Python runs.
#[derive(Debug, Clone)]
pub struct Script {
    pub path: String,
    pub starts: Vec<Start>,
    pub exports: Vec<EnvVar>,
}

/// A launch with its environment completed.
#[derive(Debug, Clone)]
pub struct ResolvedLaunch {
    pub launch: Launch,
    pub environment: Environment,
    /// The script its command runs, when that script is in the tree.
    pub script: Option<Script>,
}

#[derive(Debug, Default)]
pub struct Resolved {
    pub launches: Vec<ResolvedLaunch>,
    pub dockerfiles: Vec<Dockerfile>,
    /// Per Dockerfile: whether every launch built from it sets PYTHONUNBUFFERED itself.
    built_by: HashMap<String, Vec<bool>>,
    pub notes: Vec<String>,
}

/// Reads a side file (env file, script) through the bounded reader; a note when it is not
/// a regular file.
fn side_file(root: &Path, relative: &str, notes: &mut Vec<String>) -> Option<String> {
    match crate::fsread::read_text(&root.join(relative), MAX_SIDE_FILE_BYTES) {
        Ok(text) => Some(text),
        Err(crate::fsread::Refused::NotFound) => None,
        Err(err) => {
            notes.push(format!("{relative}: {err}"));
            None
        }
    }
}

/// The tree path a start command's script names: as written (relative to the defining
/// file's directory or the root), or an image path like `/app/bin/x.sh` found by its tail.
fn find_script(root: &Path, dir: &str, program: &str) -> Option<String> {
    if !(program.ends_with(".sh") || program.contains('/')) || program.ends_with(".py") {
        return None;
    }
    let trimmed = program.trim_start_matches("./");
    let mut candidates = vec![join(dir, trimmed), normalize(trimmed)];
    // `/app/bin/start.sh` in an image: its tail in the tree (`bin/start.sh`, `start.sh`).
    let parts: Vec<&str> = trimmed.trim_start_matches('/').split('/').collect();
    for skip in 1..parts.len() {
        candidates.push(join(dir, &parts[skip..].join("/")));
        candidates.push(parts[skip..].join("/"));
    }
    candidates.into_iter().find(|c| !c.is_empty() && !c.starts_with("..") && root.join(c).is_file())
}

fn read_script(root: &Path, path: &str, notes: &mut Vec<String>) -> Option<Script> {
    let text = side_file(root, path, notes)?;
    let mut starts = Vec::new();
    let mut exports = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        let location = Location {
            path: path.to_string(),
            line: index as u32 + 1,
            column: (line.len() - trimmed.len()) as u32 + 1,
        };
        for words in shell::commands(trimmed) {
            let assignment = match words.as_slice() {
                [export, rest @ ..] if export == "export" => rest.to_vec(),
                [only] if only.contains('=') => vec![only.clone()],
                _ => Vec::new(),
            };
            for word in assignment {
                if let Some((name, value)) = word.split_once('=') {
                    exports.push(EnvVar {
                        name: name.to_string(),
                        value: Some(value.to_string()),
                        at: format!("{path}:{}", index + 1),
                    });
                }
            }
            let start = Start::new(location.clone(), trimmed.to_string(), words);
            if !start.runs.is_empty() {
                // Only Python runs after the exports seen so far are unbuffered by them.
                let mut start = start;
                if exports
                    .iter()
                    .any(|v| v.name == "PYTHONUNBUFFERED" && v.value.as_ref().is_some_and(|v| !v.is_empty()))
                {
                    for run in &mut start.runs {
                        run.unbuffered = true;
                    }
                }
                starts.push(start);
            }
        }
    }
    Some(Script { path: path.to_string(), starts, exports })
}

/// Completes every launch's environment from the tree.
pub fn resolve(root: &Path, deploy: Deploy) -> Resolved {
    let mut notes = Vec::new();
    let by_path: HashMap<&str, &Dockerfile> = deploy.dockerfiles.iter().map(|d| (d.path.as_str(), d)).collect();
    // Kustomize patches and overlays: variables of launches with the same key apply to all.
    let mut shared: HashMap<String, Vec<EnvVar>> = HashMap::new();
    for launch in &deploy.launches {
        if let Some(key) = &launch.key {
            shared.entry(key.clone()).or_default().extend(launch.vars.iter().cloned());
        }
    }
    let mut built_by: HashMap<String, Vec<bool>> = HashMap::new();
    let mut launches = Vec::new();
    for launch in &deploy.launches {
        let mut environment = Environment::default();
        // The image's own environment comes first; the launch's overrides it.
        let image = match &launch.image {
            Image::Named(name) => match deploy.built_images.get(name) {
                Some((dockerfile, target)) => Image::Built { dockerfile: dockerfile.clone(), target: target.clone() },
                None => launch.image.clone(),
            },
            other => other.clone(),
        };
        match &image {
            Image::Built { dockerfile, target } => match by_path.get(dockerfile.as_str()) {
                Some(file) => {
                    environment.checked.push(format!("{dockerfile} ENV"));
                    if let Some(stage) = dockerfile::target_stage(file, target.as_deref()) {
                        environment.vars.extend(stage.vars.iter().cloned());
                    }
                }
                None => environment.unseen.push(Unseen {
                    what: format!("the Dockerfile {dockerfile} the build names is not in the tree"),
                    how: "check its ENV lines where it lives".to_string(),
                }),
            },
            Image::Named(name) => {
                // An image built elsewhere: its ENV cannot be read here. When every Dockerfile in
                // the tree sets the variable, the image is most likely one of them.
                environment.unseen.push(Unseen {
                    what: format!("the image `{name}` is not built in this tree, so its ENV cannot be read"),
                    how: format!("docker inspect --format '{{{{.Config.Env}}}}' {name}"),
                });
            }
            Image::Host => {}
        }
        let from_image = environment.vars.len();
        let dir = launch.start.as_ref().map_or("", |s| parent(&s.location.path)).to_string();
        for source in &launch.sources {
            match source {
                EnvSource::File { path, what, optional, host_path } => {
                    environment.checked.push(format!("{what} {path}"));
                    match side_file(root, path, &mut notes) {
                        Some(text) => environment.vars.extend(env_file_vars(&text, &format!("{path} ({what})"))),
                        None if *optional => {}
                        None => environment.unseen.push(Unseen {
                            what: format!("{what} {} is not in the tree", host_path.as_deref().unwrap_or(path)),
                            how: format!("read {} where the process runs", host_path.as_deref().unwrap_or(path)),
                        }),
                    }
                }
                EnvSource::ConfigMap(name) => {
                    environment.checked.push(format!("ConfigMap {name}"));
                    match deploy.config_maps.get(name) {
                        Some(vars) => environment.vars.extend(vars.iter().cloned()),
                        None => environment.unseen.push(Unseen {
                            what: format!("ConfigMap `{name}` is not defined in the tree"),
                            how: format!("kubectl get configmap {name} -o yaml"),
                        }),
                    }
                }
                EnvSource::Secret(name) => environment.unseen.push(Unseen {
                    what: format!("Secret `{name}` (envFrom) cannot be read from the tree"),
                    how: format!("kubectl get secret {name} -o jsonpath='{{.data}}'"),
                }),
            }
        }
        environment.vars.extend(launch.vars.iter().cloned());
        if let Some(key) = &launch.key
            && let Some(vars) = shared.get(key)
        {
            environment.vars.extend(vars.iter().filter(|v| !launch.vars.contains(v)).cloned());
        }
        let script = launch.start.as_ref().and_then(|start| {
            let program = start
                .words
                .iter()
                .find(|w| !w.contains('=') && !matches!(w.as_str(), "exec" | "sh" | "bash" | "-c"))?;
            let path = find_script(root, &dir, program)?;
            read_script(root, &path, &mut notes)
        });
        if let Some(script) = &script {
            environment.checked.push(format!("{} exports", script.path));
        }
        if let Image::Built { dockerfile, .. } = &image {
            // Whether the launch sets it itself, whatever the image does.
            let own = environment.vars[from_image..]
                .iter()
                .any(|v| v.name == "PYTHONUNBUFFERED" && v.value.as_ref().is_none_or(|v| !v.is_empty()));
            built_by.entry(dockerfile.clone()).or_default().push(own);
        }
        // A named image that every Dockerfile of the tree would make unbuffered is taken as one of them.
        if matches!(image, Image::Named(_))
            && !deploy.dockerfiles.is_empty()
            && deploy
                .dockerfiles
                .iter()
                .all(|d| d.stages.last().is_some_and(|s| s.vars.iter().any(|v| v.name == "PYTHONUNBUFFERED")))
        {
            environment.unseen.retain(|u| !u.what.starts_with("the image "));
            environment.vars.push(EnvVar {
                name: "PYTHONUNBUFFERED".to_string(),
                value: Some("1".to_string()),
                at: "every Dockerfile in the tree (the image is taken to be built from one of them)".to_string(),
            });
        }
        launches.push(ResolvedLaunch { launch: Launch { image, ..launch.clone() }, environment, script });
    }
    Resolved { launches, dockerfiles: deploy.dockerfiles, built_by, notes }
}

/// One finding per start command that runs buffered Python (however many runs it holds).
fn buffered(start: &Start, whose: &str, environment: &Environment) -> Option<Finding> {
    let runs: Vec<&PythonRun> = start.runs.iter().filter(|r| !r.unbuffered).collect();
    let run = runs.first()?;
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
    let mut finding = if environment.unseen.is_empty() {
        Finding::new(
            &RD301,
            format!(
                "{whose} {how} and PYTHONUNBUFFERED is not set: stdout is block-buffered when it is not a terminal, so print() lines stay in the buffer and the logs stay empty"
            ),
        )
    } else {
        let unseen: Vec<&str> = environment.unseen.iter().map(|u| u.what.as_str()).collect();
        Finding::new(
            &RD301,
            format!(
                "{whose} {how}, and PYTHONUNBUFFERED is set nowhere the doctor can see; {}: if it is not set there either, stdout is block-buffered and the logs stay empty",
                unseen.join("; ")
            ),
        )
        .with_severity(Severity::Warning)
        .with_certainty(Certainty::Unverified)
    };
    finding = finding.with_location(start.location.clone()).with_evidence(start.text.clone()).with_fix(fix);
    for run in &runs[1..] {
        finding = finding.with_evidence(format!("also without -u: {}", run.command));
    }
    if !environment.checked.is_empty() {
        finding = finding.with_evidence(format!("PYTHONUNBUFFERED looked for in: {}", environment.checked.join(", ")));
    }
    for unseen in &environment.unseen {
        finding = finding.with_evidence(format!("not seen: {} — check by hand: {}", unseen.what, unseen.how));
    }
    Some(finding)
}

/// RD301 findings across every launch and Dockerfile.
pub fn check(resolved: &Resolved) -> Vec<Finding> {
    let mut findings = Vec::new();
    for item in &resolved.launches {
        if item.environment.sets("PYTHONUNBUFFERED").is_some() {
            continue;
        }
        let whose = &item.launch.whose;
        match &item.script {
            Some(script) => {
                // One finding per script, at its last buffered Python run: the one a start
                // script `exec`s and that runs for good; earlier ones are named as evidence.
                let through = format!("{whose} (through {})", script.path);
                let buffered_starts: Vec<&Start> =
                    script.starts.iter().filter(|s| s.runs.iter().any(|r| !r.unbuffered)).collect();
                if let Some((last, earlier)) = buffered_starts.split_last()
                    && let Some(mut finding) = buffered(last, &through, &item.environment)
                {
                    for start in earlier {
                        finding = finding.with_evidence(format!("also without -u: {}", start.text));
                    }
                    findings.push(finding);
                }
            }
            None => {
                if let Some(start) = &item.launch.start {
                    findings.extend(buffered(start, whose, &item.environment));
                }
            }
        }
    }
    for dockerfile in &resolved.dockerfiles {
        if resolved.built_by.get(&dockerfile.path).is_some_and(|sets| sets.iter().all(|set| *set)) {
            continue;
        }
        for stage in &dockerfile.stages {
            if stage
                .vars
                .iter()
                .any(|v| v.name == "PYTHONUNBUFFERED" && v.value.as_ref().is_some_and(|v| !v.is_empty()))
            {
                continue;
            }
            let whose = match &stage.name {
                Some(name) => format!("the image's stage `{name}`"),
                None => "the image".to_string(),
            };
            let environment =
                Environment { checked: vec![format!("{} ENV", dockerfile.path)], ..Environment::default() };
            findings.extend(stage.starts.iter().filter_map(|start| buffered(start, &whose, &environment)));
        }
    }
    findings
}

/// The settings module a consumer launch runs with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SettingsChoice {
    /// Set where the doctor can read it.
    Known { module: String, at: String },
    /// Chosen outside the tree.
    Unseen(Unseen),
    /// Not set by the launch: manage.py's default applies.
    Default,
}

impl Resolved {
    /// For each launch that runs one of `commands` (management command names or script
    /// paths), the DJANGO_SETTINGS_MODULE it gets: `--settings`, its environment, or
    /// nothing (manage.py's default applies).
    pub fn settings_modules(&self, commands: &[String]) -> Vec<(String, SettingsChoice)> {
        let mut found = Vec::new();
        for item in &self.launches {
            let starts: Vec<&Start> = match &item.script {
                Some(script) => script.starts.iter().collect(),
                None => item.launch.start.iter().collect(),
            };
            let runs_consumer = starts.iter().flat_map(|s| s.runs.iter()).any(|run| {
                let words: Vec<&str> = run.command.split_whitespace().collect();
                commands.iter().any(|c| words.iter().any(|w| *w == c.as_str() || w.ends_with(&format!("/{c}"))))
            });
            if !runs_consumer {
                continue;
            }
            let option = starts
                .iter()
                .flat_map(|s| s.runs.iter())
                .flat_map(|run| run.command.split_whitespace().map(str::to_string).collect::<Vec<_>>())
                .find_map(|w| w.strip_prefix("--settings=").map(str::to_string));
            let choice = if let Some(module) = option {
                SettingsChoice::Known { module, at: "--settings in the start command".to_string() }
            } else if let Some(var) = item
                .script
                .as_ref()
                .and_then(|s| s.exports.iter().rev().find(|v| v.name == "DJANGO_SETTINGS_MODULE"))
                .or_else(|| item.environment.get("DJANGO_SETTINGS_MODULE"))
            {
                match &var.value {
                    Some(value) if !value.contains('$') => {
                        SettingsChoice::Known { module: value.clone(), at: var.at.clone() }
                    }
                    _ => SettingsChoice::Unseen(Unseen {
                        what: format!("DJANGO_SETTINGS_MODULE is taken from outside the tree ({})", var.at),
                        how: "print it where the consumer runs: `env | grep DJANGO_SETTINGS_MODULE`".to_string(),
                    }),
                }
            } else if let Some(unseen) = item.environment.unseen.iter().find(|u| !u.what.contains("image")) {
                SettingsChoice::Unseen(Unseen {
                    what: format!("DJANGO_SETTINGS_MODULE may be set where the doctor cannot see: {}", unseen.what),
                    how: unseen.how.clone(),
                })
            } else {
                SettingsChoice::Default
            };
            found.push((item.launch.whose.clone(), choice));
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_normalize() {
        assert_eq!(normalize("a/./b/../c"), "a/c");
        assert_eq!(join("deploy", "../consumer/Dockerfile"), "consumer/Dockerfile");
    }

    #[test]
    fn env_files_read_assignments() {
        let vars = env_file_vars("# c\nexport PYTHONUNBUFFERED=\"1\"\nDJANGO_SETTINGS_MODULE=app.settings\n", "x.env");
        assert_eq!(vars.len(), 2);
        assert_eq!(vars[0].value.as_deref(), Some("1"));
    }
}
