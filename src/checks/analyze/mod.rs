//! The static side of `check`: walk the project tree in parallel (honouring .gitignore),
//! read each file that can matter once — through the bounded reader, so a FIFO, a device or
//! a symlink loop is skipped with a note — collect per-file facts, then resolve what spans
//! files (settings imports and the settings module in use, launches ↔ images, env files,
//! start scripts) and apply inline suppressions.
//!
//! Cost is kept proportional to what matters: a file is classified by its name before it is
//! opened; every Python file goes through the tokenizer pass ([`super::lex`]), and a tree is
//! built only when something needs one — the pass flagged the file (RD401), a producer name
//! stands inside a function (RD101), a consumer name occurs (RD202, RD201), or the file is
//! consumer code, settings or an entry point with logging set-up (RD201).
//!
//! Over 500 lines on purpose: the walk, the per-file classification and the cross-file
//! resolution share the collected facts; the analyzers themselves live in the submodules.

pub mod deploy;
pub mod python;
pub mod suppress;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::findings::Finding;
use deploy::{Deploy, SettingsChoice};
use python::logging::{self, ConsumerLogging, Context, Scenario, Setup};
use python::pyast::{self, Bindings};
use python::settings::{self, Evaluator, Module};
use python::{consumers, lex, producers, syntax};
use suppress::Suppressions;

/// The static checks, in report order (the catalogue's static entries).
pub const STATIC_CODES: [&str; 5] = {
    let mut codes = [""; 5];
    let mut index = 0;
    while index < 5 {
        codes[index] = super::catalog::STATIC_CHECKS[index].id;
        index += 1;
    }
    codes
};

/// Directory names never worth walking into, even without a .gitignore.
const SKIPPED_DIRS: [&str; 6] = ["node_modules", "__pycache__", "site-packages", ".venv", "venv", ".tox"];

/// Deploy files (compose, manifests, units) larger than this are not deploy files.
const MAX_DEPLOY_BYTES: u64 = 1 << 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Python,
    Compose,
    Dockerfile,
    Procfile,
    /// Any other YAML: a Kubernetes manifest or kustomization when its content says so.
    Manifest,
    Systemd,
    /// `.conf`/`.ini`: supervisord when it holds `[program:…]`.
    Supervisord,
}

fn kind_of(name: &str) -> Option<Kind> {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".py") {
        return Some(Kind::Python);
    }
    let yaml = lower.ends_with(".yml") || lower.ends_with(".yaml");
    if yaml && (lower.starts_with("docker-compose") || lower.starts_with("compose")) {
        return Some(Kind::Compose);
    }
    if yaml || lower == "kustomization" {
        return Some(Kind::Manifest);
    }
    if lower.ends_with(".service") {
        return Some(Kind::Systemd);
    }
    if lower.ends_with(".conf") || lower.ends_with(".ini") {
        return Some(Kind::Supervisord);
    }
    if lower == "dockerfile"
        || lower.starts_with("dockerfile.")
        || lower.ends_with(".dockerfile")
        || lower == "containerfile"
    {
        return Some(Kind::Dockerfile);
    }
    if lower == "procfile" || lower.starts_with("procfile.") {
        return Some(Kind::Procfile);
    }
    None
}

/// How many files of each kind were read.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct FileCounts {
    pub python: usize,
    pub compose: usize,
    pub dockerfiles: usize,
    pub procfiles: usize,
    /// Kubernetes manifests and kustomizations.
    #[serde(default)]
    pub kubernetes: usize,
    #[serde(default)]
    pub systemd: usize,
    #[serde(default)]
    pub supervisord: usize,
    /// Python files over the size limit, counted but not parsed.
    pub too_large: usize,
}

impl FileCounts {
    pub fn total(&self) -> usize {
        self.python
            + self.compose
            + self.dockerfiles
            + self.procfiles
            + self.kubernetes
            + self.systemd
            + self.supervisord
    }

    fn add(&mut self, other: &FileCounts) {
        self.python += other.python;
        self.compose += other.compose;
        self.dockerfiles += other.dockerfiles;
        self.procfiles += other.procfiles;
        self.kubernetes += other.kubernetes;
        self.systemd += other.systemd;
        self.supervisord += other.supervisord;
        self.too_large += other.too_large;
    }
}

/// What the static checks found.
#[derive(Debug, Default)]
pub struct Outcome {
    pub findings: Vec<Finding>,
    /// Findings silenced by an inline directive.
    pub suppressed: Vec<Finding>,
    /// Time spent in each check's own analysis, summed over threads.
    pub timings: HashMap<&'static str, Duration>,
    pub files: FileCounts,
    /// Time spent reading and parsing files (shared by all checks).
    pub parse_time: Duration,
    pub notes: Vec<String>,
}

/// What one file contributed.
#[derive(Default)]
struct Collected {
    findings: Vec<Finding>,
    consumers: Vec<ConsumerLogging>,
    /// Consumer entry points: management command names and script paths.
    consumer_commands: Vec<String>,
    modules: Vec<Module>,
    /// The logging set-up of each settings module (by module name).
    settings_setups: HashMap<String, Setup>,
    entry_setups: Vec<(String, Setup)>,
    deploy: Deploy,
    suppressions: HashMap<String, Suppressions>,
    counts: FileCounts,
    notes: Vec<String>,
}

impl Collected {
    fn merge(&mut self, other: Collected) {
        self.findings.extend(other.findings);
        self.consumers.extend(other.consumers);
        self.consumer_commands.extend(other.consumer_commands);
        self.modules.extend(other.modules);
        self.settings_setups.extend(other.settings_setups);
        self.entry_setups.extend(other.entry_setups);
        self.deploy.merge(other.deploy);
        self.suppressions.extend(other.suppressions);
        self.counts.add(&other.counts);
        self.notes.extend(other.notes);
    }
}

/// Nanoseconds per check and for parsing, shared by the walker threads.
struct Clocks {
    checks: [AtomicU64; 5],
    parse: AtomicU64,
}

impl Clocks {
    fn add(&self, code: &str, started: Instant) {
        if let Some(index) = STATIC_CODES.iter().position(|c| *c == code) {
            self.checks[index].fetch_add(started.elapsed().as_nanos() as u64, Ordering::Relaxed);
        }
    }
}

struct Scan<'a> {
    root: &'a Path,
    selected: &'a HashSet<&'static str>,
    clocks: &'a Clocks,
    packages: Mutex<HashMap<String, bool>>,
}

fn contains(source: &[u8], needle: &str) -> bool {
    memchr::memmem::find(source, needle.as_bytes()).is_some()
}

impl Scan<'_> {
    fn wants(&self, code: &str) -> bool {
        self.selected.contains(code)
    }

    fn is_package(&self, dir: &str) -> bool {
        let mut known = self.packages.lock().unwrap_or_else(|p| p.into_inner());
        *known.entry(dir.to_string()).or_insert_with(|| self.root.join(dir).join("__init__.py").is_file())
    }

    fn python(&self, path: &str, source: &[u8], out: &mut Collected) {
        out.counts.python += 1;
        let started = Instant::now();
        let lexed = lex::lex(source);
        let producer = self.wants("RD101") && lexed.producer_in_function;
        let consumer_marker = lexed.consumer_name;
        let file_name = path.rsplit('/').next().unwrap_or(path);
        let settings_content = contains(source, "INSTALLED_APPS") || contains(source, "LOGGING");
        let is_settings = file_name == "settings.py"
            || (path.split('/').rev().nth(1) == Some("settings") && (file_name != "__init__.py" || settings_content))
            || (contains(source, "INSTALLED_APPS") && contains(source, "LOGGING"));
        let is_entry = matches!(file_name, "manage.py" | "wsgi.py" | "asgi.py")
            || (file_name == "apps.py" && contains(source, "def ready"));
        let logging_marker = contains(source, "logging") || contains(source, "getLogger");
        let command_like =
            path.contains("management/commands/") && (file_name.contains("consumer") || file_name.contains("kafka"));
        let wants_logging = self.wants("RD201");
        let wants_offsets = self.wants("RD202") && consumer_marker;
        // Modules settings may import LOGGING (or a builder of it) from.
        let logging_module = contains(source, "LOGGING") || file_name.contains("log");
        let logging_facts = wants_logging
            && (((consumer_marker || command_like) && logging_marker) || is_settings || is_entry || logging_module);
        let may_not_compile = self.wants("RD401") && lexed.suspicious.is_some();
        // The tree is built only for what needs it; a clean file nothing else reads is done.
        if !(may_not_compile || producer || wants_offsets || logging_facts) {
            self.clocks.parse.fetch_add(started.elapsed().as_nanos() as u64, Ordering::Relaxed);
            return;
        }
        let Some(file) = pyast::parse(path, source) else {
            // Too slow to parse is not evidence of a syntax error (a loaded machine, a huge
            // generated file): say so, and report nothing.
            out.notes.push(format!("{path}: parsing took too long and was abandoned; not checked"));
            return;
        };
        self.clocks.parse.fetch_add(started.elapsed().as_nanos() as u64, Ordering::Relaxed);
        if self.wants("RD401") {
            let started = Instant::now();
            out.findings.extend(syntax::check(&file));
            self.clocks.add("RD401", started);
        }
        if !(producer || wants_offsets || logging_facts) {
            return;
        }
        let bindings = Bindings::of(&file);
        if producer {
            let started = Instant::now();
            out.findings.extend(producers::check(&file, &bindings));
            self.clocks.add("RD101", started);
        }
        if wants_offsets {
            let started = Instant::now();
            out.findings.extend(consumers::check(&file, &bindings));
            self.clocks.add("RD202", started);
        }
        if logging_facts {
            let started = Instant::now();
            let module = pyast::module_path(path, |dir| self.is_package(dir));
            let is_consumer = command_like || (consumer_marker && consumers::constructs_consumer(&file, &bindings));
            if is_consumer && logging_marker {
                out.consumers.push(ConsumerLogging {
                    path: path.to_string(),
                    calls: logging::calls(&file, &bindings, &module),
                    setup: logging::setup(&file, &bindings),
                });
            }
            if is_consumer {
                let stem = file_name.strip_suffix(".py").unwrap_or(file_name);
                if path.contains("management/commands/") {
                    out.consumer_commands.push(stem.to_string());
                } else {
                    out.consumer_commands.push(file_name.to_string());
                }
            }
            if is_settings || is_entry || logging_module {
                out.modules.push(Module::of(&file, &module, is_settings));
            }
            if is_settings {
                out.settings_setups.insert(module.clone(), logging::setup(&file, &bindings));
            } else if is_entry {
                out.entry_setups.push((path.to_string(), logging::setup(&file, &bindings)));
            }
            self.clocks.add("RD201", started);
        }
    }

    /// Reads a side file of a deploy file (a generator's env file), bounded.
    fn side(&self, relative: &str) -> Option<String> {
        crate::fsread::read_text(&self.root.join(relative), deploy::MAX_SIDE_FILE_BYTES).ok()
    }

    fn file(&self, path: &Path, kind: Kind) -> Collected {
        let mut out = Collected::default();
        let relative = path.strip_prefix(self.root).unwrap_or(path);
        let relative: String = relative.to_string_lossy().replace('\\', "/");
        let limit = if kind == Kind::Python { pyast::MAX_PYTHON_BYTES as u64 } else { MAX_DEPLOY_BYTES };
        let source = match crate::fsread::read(path, limit) {
            Ok(source) => source,
            Err(crate::fsread::Refused::TooLarge { .. }) if kind == Kind::Python => {
                out.counts.python += 1;
                out.counts.too_large += 1;
                out.notes.push(format!("{relative}: larger than {} MiB, not parsed", pyast::MAX_PYTHON_BYTES >> 20));
                return out;
            }
            // Large YAML and .conf files are data, not deploy files: not worth a note.
            Err(crate::fsread::Refused::TooLarge { .. }) if matches!(kind, Kind::Manifest | Kind::Supervisord) => {
                return out;
            }
            Err(err) => {
                out.notes.push(format!("{relative}: {err}"));
                return out;
            }
        };
        let file_name = relative.rsplit('/').next().unwrap_or(&relative);
        let deploy_kind = !matches!(kind, Kind::Python);
        if deploy_kind && !self.wants("RD301") && !self.wants("RD201") {
            return out;
        }
        match kind {
            Kind::Manifest if !deploy::kubernetes::looks_like(file_name, &source) => return out,
            Kind::Supervisord if !deploy::supervisord::looks_like(&source) => return out,
            _ => {}
        }
        if let Some(directives) = Suppressions::parse(&source) {
            for (line, code) in &directives.unknown {
                out.notes.push(format!("{relative}:{line}: ignore[{code}] names no known check"));
            }
            out.suppressions.insert(relative.clone(), directives);
        }
        if kind == Kind::Python {
            self.python(&relative, &source, &mut out);
            return out;
        }
        let started = Instant::now();
        let text = String::from_utf8_lossy(&source);
        let invalid = |err: String, out: &mut Collected| {
            out.notes.push(format!("{relative}: not valid YAML ({err}); not checked"))
        };
        match kind {
            Kind::Compose => {
                out.counts.compose += 1;
                match deploy::compose::parse(&relative, &text) {
                    Ok(compose) => out.deploy.merge(compose),
                    Err(err) => invalid(err, &mut out),
                }
            }
            Kind::Dockerfile => {
                out.counts.dockerfiles += 1;
                out.deploy.dockerfiles.push(deploy::dockerfile::dockerfile(&relative, &text));
            }
            Kind::Procfile => {
                out.counts.procfiles += 1;
                out.deploy.launches.extend(deploy::procfile::parse(&relative, &text));
            }
            Kind::Manifest => match deploy::kubernetes::parse(&relative, &text, &|side| self.side(side)) {
                Ok(manifest) => {
                    if !manifest.launches.is_empty() || !manifest.config_maps.is_empty() {
                        out.counts.kubernetes += 1;
                    }
                    out.deploy.merge(manifest);
                }
                Err(err) => {
                    if file_name.starts_with("kustomization") {
                        invalid(err, &mut out);
                    }
                }
            },
            Kind::Systemd => {
                out.counts.systemd += 1;
                out.deploy.launches.extend(deploy::systemd::parse(&relative, &text));
            }
            Kind::Supervisord => {
                out.counts.supervisord += 1;
                out.deploy.launches.extend(deploy::supervisord::parse(&relative, &text));
            }
            Kind::Python => {}
        }
        self.clocks.add("RD301", started);
        out
    }
}

/// The settings modules the consumer may run with, and why the choice is open when it is.
fn scenarios(collected: &Collected, resolved: &deploy::Resolved) -> Context {
    let mut evaluator = Evaluator::new(&collected.modules);
    let settings_modules: Vec<&Module> = collected.modules.iter().filter(|m| m.is_settings).collect();
    // A settings module another one imports is a base, not a choice.
    let imported: HashSet<String> = settings_modules
        .iter()
        .flat_map(|m| m.body.iter())
        .filter_map(|statement| match statement {
            settings::Stmt::ImportFrom { module, .. } => evaluator.find(module).map(|m| m.name.clone()),
            _ => None,
        })
        .collect();
    let candidates: Vec<&Module> = settings_modules.iter().copied().filter(|m| !imported.contains(&m.name)).collect();
    let manage_default = collected
        .modules
        .iter()
        .filter(|m| m.path.ends_with("manage.py"))
        .chain(collected.modules.iter())
        .find_map(|m| m.settings_default.clone());
    let mut chosen: Vec<&Module> = Vec::new();
    let mut choice_unseen: Option<String> = None;
    let mut choices = resolved.settings_modules(&collected.consumer_commands);
    if choices.is_empty() {
        choices.push(("manage.py".to_string(), SettingsChoice::Default));
    }
    for (whose, choice) in &choices {
        let module = match choice {
            SettingsChoice::Known { module, at } => Some((module.clone(), at.clone())),
            SettingsChoice::Default => manage_default.clone().map(|m| (m, "manage.py's default".to_string())),
            SettingsChoice::Unseen(unseen) => {
                choice_unseen =
                    Some(format!("the settings module of {whose}: {} (check: {})", unseen.what, unseen.how));
                None
            }
        };
        if let Some((name, at)) = module {
            match evaluator.find(&name) {
                Some(found) if !chosen.iter().any(|m| m.name == found.name) => chosen.push(found),
                Some(_) => {}
                None if !settings_modules.is_empty() => {
                    choice_unseen = Some(format!("DJANGO_SETTINGS_MODULE `{name}` ({at}) names no module in the tree"));
                }
                None => {}
            }
        }
    }
    let scenario_modules: Vec<&Module> = if chosen.is_empty() || choice_unseen.is_some() {
        let mut all = candidates;
        for module in chosen {
            if !all.iter().any(|m| m.name == module.name) {
                all.push(module);
            }
        }
        all
    } else {
        chosen
    };
    let scenarios = scenario_modules
        .into_iter()
        .map(|module| {
            // The set-up of the module and of the settings modules it imports runs too.
            let setups = collected
                .settings_setups
                .iter()
                .filter(|(name, _)| *name == &module.name || imported.contains(*name))
                .map(|(_, setup)| setup.clone())
                .collect();
            Scenario::of(&mut evaluator, module, setups)
        })
        .collect();
    let entry_setups = collected.entry_setups.iter().map(|(_, setup)| setup.clone()).collect();
    Context { scenarios, entry_setups, choice_unseen }
}

/// Runs the selected static checks over the tree at `root`.
pub fn scan(root: &Path, selected: &HashSet<&'static str>) -> Outcome {
    let clocks = Clocks { checks: Default::default(), parse: AtomicU64::new(0) };
    let scan = Scan { root, selected, clocks: &clocks, packages: Mutex::new(HashMap::new()) };
    let collected = Mutex::new(Collected::default());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get()).min(8);
    let walker = ignore::WalkBuilder::new(root)
        .hidden(true)
        .git_ignore(true)
        .git_exclude(true)
        .require_git(false)
        .follow_links(false)
        .threads(threads)
        .filter_entry(|entry| {
            !(entry.file_type().is_some_and(|t| t.is_dir())
                && (SKIPPED_DIRS.contains(&entry.file_name().to_string_lossy().as_ref())
                    || entry.path().join("pyvenv.cfg").is_file()))
        })
        .build_parallel();
    walker.run(|| {
        let scan = &scan;
        let collected = &collected;
        Box::new(move |entry| {
            let entry = match entry {
                Ok(entry) => entry,
                Err(err) => {
                    // An unreadable directory (permissions, a vanished path) is worth knowing.
                    let mut note = Collected::default();
                    note.notes.push(format!("not walked: {err}"));
                    collected.lock().unwrap_or_else(|p| p.into_inner()).merge(note);
                    return ignore::WalkState::Continue;
                }
            };
            if !entry.file_type().is_some_and(|t| t.is_file()) {
                return ignore::WalkState::Continue;
            }
            let Some(kind) = kind_of(&entry.file_name().to_string_lossy()) else {
                return ignore::WalkState::Continue;
            };
            let found = scan.file(entry.path(), kind);
            collected.lock().unwrap_or_else(|p| p.into_inner()).merge(found);
            ignore::WalkState::Continue
        })
    });
    let mut collected = collected.into_inner().unwrap_or_else(|p| p.into_inner());
    // Deterministic order whatever the threads did.
    collected.consumers.sort_by(|a, b| a.path.cmp(&b.path));
    collected.modules.sort_by(|a, b| a.path.cmp(&b.path));
    collected.entry_setups.sort_by(|a, b| a.0.cmp(&b.0));
    collected.consumer_commands.sort();
    collected.consumer_commands.dedup();
    collected.deploy.sort();
    let started = Instant::now();
    let deploy = std::mem::take(&mut collected.deploy);
    let resolved = deploy::resolve(root, deploy);
    collected.notes.extend(resolved.notes.iter().cloned());
    if selected.contains("RD301") {
        collected.findings.extend(deploy::check(&resolved));
        clocks.add("RD301", started);
    }
    if selected.contains("RD201") {
        let started = Instant::now();
        let context = scenarios(&collected, &resolved);
        collected.findings.extend(logging::check(&collected.consumers, &context));
        clocks.add("RD201", started);
    }
    collected.notes.sort();
    collected.notes.dedup();
    let (mut findings, mut suppressed) = suppress::apply(collected.findings, &collected.suppressions);
    let key = |f: &Finding| {
        let location =
            f.location.clone().unwrap_or(crate::findings::Location { path: String::new(), line: 0, column: 0 });
        (f.code.clone(), location.path, location.line, location.column)
    };
    findings.sort_by_key(key);
    suppressed.sort_by_key(key);
    let timings = STATIC_CODES
        .iter()
        .enumerate()
        .map(|(index, code)| (*code, Duration::from_nanos(clocks.checks[index].load(Ordering::Relaxed))))
        .collect();
    Outcome {
        findings,
        suppressed,
        timings,
        files: collected.counts,
        parse_time: Duration::from_nanos(clocks.parse.load(Ordering::Relaxed)),
        notes: collected.notes,
    }
}

/// The project directory to scan, checked to exist.
pub fn project_root(dir: &Path) -> Result<PathBuf, String> {
    if !dir.is_dir() {
        return Err(format!("project directory {} does not exist or is not a directory", dir.display()));
    }
    Ok(dir.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_classified_by_name() {
        assert_eq!(kind_of("run_kafka_consumer.py"), Some(Kind::Python));
        assert_eq!(kind_of("docker-compose.prod.yml"), Some(Kind::Compose));
        assert_eq!(kind_of("compose.yaml"), Some(Kind::Compose));
        assert_eq!(kind_of("Dockerfile.consumer"), Some(Kind::Dockerfile));
        assert_eq!(kind_of("consumer.Dockerfile"), Some(Kind::Dockerfile));
        assert_eq!(kind_of("Procfile"), Some(Kind::Procfile));
        assert_eq!(kind_of("values.yaml"), Some(Kind::Manifest), "read when it holds apiVersion and kind");
        assert_eq!(kind_of("rentflow-consumer.service"), Some(Kind::Systemd));
        assert_eq!(kind_of("supervisord.conf"), Some(Kind::Supervisord));
        assert_eq!(kind_of("README.md"), None);
    }
}
