//! The static side of `check`: walk the project tree in parallel (honouring .gitignore),
//! read each file that can matter once, collect per-file facts, then resolve what spans
//! files (logging configuration, compose ↔ Dockerfile) and apply inline suppressions.
//!
//! Cost is kept proportional to what matters: a file is classified by its name before it is
//! opened; every Python file goes through the tokenizer pass ([`super::lex`]), and a tree is
//! built only when something needs one — the pass flagged the file (RD401), a producer name
//! stands inside a function (RD101), a consumer name occurs (RD202, RD201), or the file is
//! consumer code, settings or an entry point with logging set-up (RD201).

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use super::deploy::{self, Compose, Dockerfile, Procfile};
use super::logging::{self, ConsumerLogging, SettingsFile, Setup};
use super::pyast::{self, Bindings};
use super::suppress::{self, Suppressions};
use super::{consumers, lex, producers, syntax};
use crate::findings::Finding;

/// The static checks, in report order.
pub const STATIC_CODES: [&str; 5] = ["RD101", "RD201", "RD202", "RD301", "RD401"];

/// Directory names never worth walking into, even without a .gitignore.
const SKIPPED_DIRS: [&str; 6] = ["node_modules", "__pycache__", "site-packages", ".venv", "venv", ".tox"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Python,
    Compose,
    Dockerfile,
    Procfile,
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
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileCounts {
    pub python: usize,
    pub compose: usize,
    pub dockerfiles: usize,
    pub procfiles: usize,
    /// Python files over the size limit, counted but not parsed.
    pub too_large: usize,
}

impl FileCounts {
    pub fn total(&self) -> usize {
        self.python + self.compose + self.dockerfiles + self.procfiles
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
    settings: Vec<SettingsFile>,
    entry_setups: Vec<Setup>,
    composes: Vec<Compose>,
    dockerfiles: Vec<Dockerfile>,
    procfiles: Vec<Procfile>,
    suppressions: HashMap<String, Suppressions>,
    counts: FileCounts,
    notes: Vec<String>,
}

impl Collected {
    fn merge(&mut self, other: Collected) {
        self.findings.extend(other.findings);
        self.consumers.extend(other.consumers);
        self.settings.extend(other.settings);
        self.entry_setups.extend(other.entry_setups);
        self.composes.extend(other.composes);
        self.dockerfiles.extend(other.dockerfiles);
        self.procfiles.extend(other.procfiles);
        self.suppressions.extend(other.suppressions);
        self.counts.python += other.counts.python;
        self.counts.compose += other.counts.compose;
        self.counts.dockerfiles += other.counts.dockerfiles;
        self.counts.procfiles += other.counts.procfiles;
        self.counts.too_large += other.counts.too_large;
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
        if source.len() > pyast::MAX_PYTHON_BYTES {
            out.counts.too_large += 1;
            out.notes.push(format!("{path}: larger than {} MiB, not parsed", pyast::MAX_PYTHON_BYTES >> 20));
            return;
        }
        let started = Instant::now();
        let lexed = lex::lex(source);
        let producer = self.wants("RD101") && lexed.producer_in_function;
        let consumer_marker = lexed.consumer_name;
        let file_name = path.rsplit('/').next().unwrap_or(path);
        let is_settings = file_name == "settings.py"
            || path.split('/').rev().nth(1) == Some("settings")
            || (contains(source, "INSTALLED_APPS") && contains(source, "LOGGING"));
        let is_entry = matches!(file_name, "manage.py" | "wsgi.py" | "asgi.py");
        let logging_marker = contains(source, "logging") || contains(source, "getLogger");
        let command_like =
            path.contains("management/commands/") && (file_name.contains("consumer") || file_name.contains("kafka"));
        let wants_logging = self.wants("RD201");
        let wants_offsets = self.wants("RD202") && consumer_marker;
        let logging_facts =
            wants_logging && (((consumer_marker || command_like) && logging_marker) || is_settings || is_entry);
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
            let is_consumer = command_like || (consumer_marker && consumers::constructs_consumer(&file, &bindings));
            if is_consumer && logging_marker {
                let module = pyast::module_path(path, |dir| self.is_package(dir));
                out.consumers.push(ConsumerLogging {
                    path: path.to_string(),
                    calls: logging::calls(&file, &bindings, &module),
                    setup: logging::setup(&file, &bindings),
                });
            }
            if is_settings {
                out.settings.push(SettingsFile {
                    path: path.to_string(),
                    settings: logging::settings(&file),
                    setup: logging::setup(&file, &bindings),
                });
            } else if is_entry {
                out.entry_setups.push(logging::setup(&file, &bindings));
            }
            self.clocks.add("RD201", started);
        }
    }

    fn file(&self, path: &Path, kind: Kind) -> Collected {
        let mut out = Collected::default();
        let relative = path.strip_prefix(self.root).unwrap_or(path);
        let relative: String = relative.to_string_lossy().replace('\\', "/");
        let source = match read_limited(path, pyast::MAX_PYTHON_BYTES as u64 + 1) {
            Ok(source) => source,
            Err(err) => {
                out.notes.push(format!("{relative}: cannot read: {err}"));
                return out;
            }
        };
        if let Some(directives) = Suppressions::parse(&source) {
            for (line, code) in &directives.unknown {
                out.notes.push(format!("{relative}:{line}: ignore[{code}] names no known check"));
            }
            out.suppressions.insert(relative.clone(), directives);
        }
        match kind {
            Kind::Python => self.python(&relative, &source, &mut out),
            Kind::Compose | Kind::Dockerfile | Kind::Procfile if self.wants("RD301") => {
                let started = Instant::now();
                let text = String::from_utf8_lossy(&source);
                match kind {
                    Kind::Compose => {
                        out.counts.compose += 1;
                        match deploy::compose(&relative, &text) {
                            Ok(compose) => out.composes.push(compose),
                            Err(err) => out.notes.push(format!("{relative}: not valid YAML ({err}); not checked")),
                        }
                    }
                    Kind::Dockerfile => {
                        out.counts.dockerfiles += 1;
                        out.dockerfiles.push(deploy::dockerfile(&relative, &text));
                    }
                    _ => {
                        out.counts.procfiles += 1;
                        out.procfiles.push(deploy::procfile(&relative, &text));
                    }
                }
                self.clocks.add("RD301", started);
            }
            _ => {}
        }
        out
    }
}

/// Reads at most `limit` bytes: a file that grows (or a FIFO) cannot stall the walk.
fn read_limited(path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let file = std::fs::File::open(path)?;
    let mut source = Vec::new();
    file.take(limit).read_to_end(&mut source)?;
    Ok(source)
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
    collected.settings.sort_by(|a, b| a.path.cmp(&b.path));
    collected.composes.sort_by(|a, b| a.path.cmp(&b.path));
    collected.dockerfiles.sort_by(|a, b| a.path.cmp(&b.path));
    collected.procfiles.sort_by(|a, b| a.path.cmp(&b.path));
    collected.notes.sort();
    if selected.contains("RD201") {
        let started = Instant::now();
        collected.findings.extend(logging::check(&collected.consumers, &collected.settings, &collected.entry_setups));
        clocks.add("RD201", started);
    }
    if selected.contains("RD301") {
        let started = Instant::now();
        collected.findings.extend(deploy::check(
            root,
            &collected.composes,
            &collected.dockerfiles,
            &collected.procfiles,
        ));
        clocks.add("RD301", started);
    }
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
        assert_eq!(kind_of("values.yaml"), None);
        assert_eq!(kind_of("README.md"), None);
    }
}
