//! RD201 consumer-logging-unconfigured: the consumer's `logger.info(…)` lines go nowhere.
//!
//! Three facts are collected per file during the walk — the logging calls of consumer code
//! (with the logger's name resolved: `getLogger(__name__)` is the module's dotted path), the
//! logging set-up a file performs (`basicConfig`, `dictConfig`, handlers added by hand), and
//! a Django settings module's `LOGGING` — and resolved across files afterwards the way
//! `logging` itself does: the logger's effective level from the nearest configured ancestor,
//! then the handlers of the logger and its ancestors up to root, stopping where `propagate`
//! is false. A line that reaches no console (stream) handler falls to Python's last-resort
//! handler, which prints WARNING and above only.
//!
//! Over 500 lines on purpose: the per-file facts and their cross-file resolution mirror
//! `logging`'s own rules, which read best next to each other.

use tree_sitter::Node;

use super::pyast::{self, Bindings, PyFile, Value};
use crate::findings::{Certainty, Finding, Location, RD201};

/// One logging call in consumer code.
#[derive(Debug, Clone)]
pub struct LogCall {
    /// The logger's name; empty for root.
    pub logger: String,
    /// How the name was found (`getLogger(__name__)`).
    pub origin: String,
    pub level: i64,
    pub location: Location,
    pub text: String,
}

/// Logging set-up performed by a file.
#[derive(Debug, Clone, Default)]
pub struct Setup {
    /// `basicConfig(level=…)`: the level, and whether its handler is a console stream.
    pub basic: Vec<(i64, bool, Location)>,
    pub dict_configs: Vec<(Value, Location)>,
    /// Set-up that cannot be read (fileConfig, dictConfig of a computed value, a handler
    /// added by hand that is not a stream): where, and what.
    pub opaque: Vec<(Location, String)>,
    /// A console (stream) handler added by hand (`addHandler(logging.StreamHandler())`).
    pub console_by_hand: bool,
    /// `dictConfig(LOGGING)`: Django's LOGGING applied by hand.
    pub applies_settings_logging: bool,
}

fn level_of(value: &Value) -> Option<i64> {
    match value {
        Value::Int(level) => Some(*level),
        Value::Str(name) => pyast::level_number(name),
        _ => None,
    }
}

fn is_get_logger(file: &PyFile<'_>, bindings: &Bindings, call: Node<'_>) -> bool {
    call.kind() == "call"
        && call.child_by_field_name("function").and_then(|f| bindings.qualify(file, f)).as_deref()
            == Some("logging.getLogger")
}

/// The name a `getLogger(…)` call gives, and how it was written; `None` when not literal.
fn logger_name(file: &PyFile<'_>, call: Node<'_>, module: &str) -> Option<(String, String)> {
    let argument = pyast::positional(call).into_iter().next().or_else(|| pyast::keyword(file, call, "name"));
    match argument {
        None => Some((String::new(), "getLogger()".to_string())),
        Some(node) if file.text(node) == "__name__" => Some((module.to_string(), "getLogger(__name__)".to_string())),
        Some(node) => pyast::string_literal(file, node).map(|name| (name, format!("getLogger({})", file.text(node)))),
    }
}

const METHODS: [(&str, i64); 9] = [
    ("debug", 10),
    ("info", 20),
    ("warning", 30),
    ("warn", 30),
    ("error", 40),
    ("exception", 40),
    ("critical", 50),
    ("fatal", 50),
    ("log", -1),
];

/// The logging calls of a file whose module path is `module`.
pub fn calls(file: &PyFile<'_>, bindings: &Bindings, module: &str) -> Vec<LogCall> {
    // Logger variables: `logger = logging.getLogger(__name__)`, `self.log = getLogger("x")`.
    let mut loggers: Vec<(String, String, String)> = Vec::new();
    pyast::walk(file.root(), |node| {
        if node.kind() == "assignment"
            && let (Some(left), Some(right)) = (node.child_by_field_name("left"), node.child_by_field_name("right"))
            && is_get_logger(file, bindings, right)
            && let Some((name, origin)) = logger_name(file, right, module)
        {
            loggers.push((file.text(left).to_string(), name, origin));
        }
    });
    let mut found = Vec::new();
    pyast::walk(file.root(), |node| {
        if node.kind() != "call" {
            return;
        }
        let Some(function) = node.child_by_field_name("function").filter(|f| f.kind() == "attribute") else { return };
        let (Some(object), Some(method)) =
            (function.child_by_field_name("object"), function.child_by_field_name("attribute"))
        else {
            return;
        };
        let Some(&(_, mut level)) = METHODS.iter().find(|(name, _)| *name == file.text(method)) else { return };
        let target = if is_get_logger(file, bindings, object) {
            logger_name(file, object, module)
        } else if bindings.qualify(file, object).as_deref() == Some("logging") {
            Some((String::new(), "the logging module (root logger)".to_string()))
        } else {
            let text = file.text(object);
            loggers
                .iter()
                .rev()
                .find(|(variable, _, _)| variable == text)
                .map(|(_, name, origin)| (name.clone(), format!("{text} = logging.{origin}")))
        };
        let Some((logger, origin)) = target else { return };
        if level < 0 {
            let scope = Default::default();
            match pyast::positional(node).first().map(|l| pyast::eval(file, *l, &scope, 0)).and_then(|v| level_of(&v)) {
                Some(value) => level = value,
                None => return,
            }
        }
        found.push(LogCall {
            logger,
            origin,
            level,
            location: file.location(node.start_byte()),
            text: file.line_text(node.start_byte()),
        });
    });
    found
}

/// The logging set-up a file performs.
pub fn setup(file: &PyFile<'_>, bindings: &Bindings) -> Setup {
    let module = pyast::assignments(file, file.root());
    let mut setup = Setup::default();
    pyast::walk(file.root(), |node| {
        if node.kind() != "call" {
            return;
        }
        let Some(function) = node.child_by_field_name("function") else { return };
        let qualified = bindings.qualify(file, function).unwrap_or_default();
        let location = file.location(node.start_byte());
        match qualified.as_str() {
            "logging.basicConfig" => {
                let level = match pyast::keyword(file, node, "level") {
                    None => Some(30),
                    Some(value) => level_of(&pyast::eval(file, value, &module, 0)),
                };
                let to_file = pyast::keyword(file, node, "filename").is_some();
                let custom = pyast::keyword(file, node, "handlers").is_some();
                match level {
                    Some(level) if !custom => setup.basic.push((level, !to_file, location)),
                    _ => setup.opaque.push((location, "basicConfig with handlers or a computed level".to_string())),
                }
            }
            "logging.config.dictConfig" => {
                let argument = pyast::positional(node).first().copied();
                match argument.map(|config| pyast::eval(file, config, &module, 0)) {
                    Some(value @ Value::Dict(_)) => setup.dict_configs.push((value, location)),
                    // `dictConfig(LOGGING)` with `LOGGING_CONFIG = None`: the settings' LOGGING,
                    // which is judged as Django's.
                    _ if argument.is_some_and(|a| file.text(a) == "LOGGING" || file.text(a) == "settings.LOGGING") => {
                        setup.applies_settings_logging = true;
                    }
                    _ => setup.opaque.push((location, format!("`{}`", file.line_text(node.start_byte())))),
                }
            }
            "logging.config.fileConfig" => {
                setup.opaque.push((location, format!("`{}` (an ini file)", file.line_text(node.start_byte()))))
            }
            _ if qualified.ends_with(".addHandler") => {
                let handler = pyast::positional(node).first().and_then(|h| {
                    let class = if h.kind() == "call" { h.child_by_field_name("function") } else { None }?;
                    bindings.qualify(file, class)
                });
                if handler.is_some_and(|class| class.ends_with("StreamHandler")) {
                    setup.console_by_hand = true;
                } else {
                    setup.opaque.push((location, format!("`{}`", file.line_text(node.start_byte()))));
                }
            }
            _ => {}
        }
    });
    setup
}

/// A consumer file's facts, as the resolver needs them.
#[derive(Debug, Clone)]
pub struct ConsumerLogging {
    pub path: String,
    pub calls: Vec<LogCall>,
    pub setup: Setup,
}

/// One settings module the consumer may run with: its LOGGING once imports are followed,
/// and the logging set-up its files perform.
#[derive(Debug, Clone, Default)]
pub struct Scenario {
    /// The module's dotted name; empty when the tree has no settings.
    pub module: String,
    pub logging: Option<(Value, Location)>,
    /// `LOGGING_CONFIG = None`: Django leaves logging alone.
    pub disabled: bool,
    /// What its LOGGING rests on that could not be followed.
    pub unseen: Vec<String>,
    pub setups: Vec<Setup>,
}

impl Scenario {
    /// A settings module's scenario, its LOGGING evaluated across the tree.
    pub fn of(
        evaluator: &mut super::settings::Evaluator<'_>,
        module: &super::settings::Module,
        setups: Vec<Setup>,
    ) -> Scenario {
        let logging = evaluator.logging(&module.name);
        let location = module.logging_at.clone().unwrap_or(Location { path: module.path.clone(), line: 1, column: 1 });
        Scenario {
            module: module.name.clone(),
            logging: logging.value.map(|value| (value, location)),
            disabled: logging.disabled,
            unseen: logging.unseen,
            setups,
        }
    }
}

/// Everything RD201 weighs besides the consumer's own file.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// The settings modules the consumer may run with (one when the choice is known).
    pub scenarios: Vec<Scenario>,
    /// Set-up in entry points: manage.py, wsgi.py/asgi.py, apps' `ready()`.
    pub entry_setups: Vec<Setup>,
    /// Why the settings module is not known for sure, when it is not.
    pub choice_unseen: Option<String>,
}

/// Where a logging configuration came from, for messages.
enum Config<'a> {
    Dict(&'a Value, &'a Location, &'static str),
    Basic(i64, bool),
}

/// Why a call does not reach a console; `None` when it does (or cannot be known).
fn blocked(call: &LogCall, config: &Config<'_>) -> Option<String> {
    match config {
        Config::Basic(level, console) => {
            if !console {
                Some("basicConfig writes to a file, not to the console".to_string())
            } else if call.level < *level {
                Some(format!("basicConfig sets root to {}", pyast::level_name(*level)))
            } else {
                None
            }
        }
        Config::Dict(dict, location, what) => dict_blocked(call, dict, location, what),
    }
}

const NOT_CONSOLE: [&str; 12] = [
    "FileHandler",
    "RotatingFileHandler",
    "TimedRotatingFileHandler",
    "WatchedFileHandler",
    "SysLogHandler",
    "SMTPHandler",
    "HTTPHandler",
    "AdminEmailHandler",
    "NullHandler",
    "SocketHandler",
    "DatagramHandler",
    "NTEventLogHandler",
];

/// Whether a handler config prints to the console at `level`: `Some(true)` yes, `Some(false)`
/// no, `None` unknown.
fn handler_prints(dict: &Value, handler: &Value, level: i64) -> Option<bool> {
    let class = handler.get("class").and_then(Value::as_str)?;
    let last = class.rsplit('.').next().unwrap_or(class);
    if NOT_CONSOLE.contains(&last) {
        return Some(false);
    }
    let console = last.contains("StreamHandler") || last.contains("RichHandler") || last.contains("Console");
    if !console {
        return None;
    }
    let handler_level = match handler.get("level") {
        None => 0,
        Some(value) => level_of(value)?,
    };
    let debug_only = handler.get("filters").is_some_and(|filters| {
        filters.strings().iter().any(|name| {
            dict.get("filters").and_then(|f| f.get(name)).and_then(|f| f.get("()")).and_then(Value::as_str)
                == Some("django.utils.log.RequireDebugTrue")
        })
    });
    Some(handler_level <= level && !debug_only)
}

fn dict_blocked(call: &LogCall, dict: &Value, location: &Location, what: &str) -> Option<String> {
    if dict.get("incremental") == Some(&Value::Bool(true)) {
        return None;
    }
    let loggers = dict.get("loggers");
    let root = dict.get("root").or_else(|| loggers.and_then(|l| l.get("")));
    let mut chain: Vec<(String, &Value)> = Vec::new();
    let mut name = call.logger.as_str();
    while !name.is_empty() {
        if let Some(config) = loggers.and_then(|l| l.get(name)) {
            chain.push((name.to_string(), config));
        }
        name = name.rsplit_once('.').map_or("", |(parent, _)| parent);
    }
    if let Some(root) = root {
        chain.push(("root".to_string(), root));
    }
    let place = format!("{what} at {}:{}", location.path, location.line);
    // Effective level: the nearest configured level, else root's default WARNING.
    let mut effective = (30, "root (Python's default)".to_string());
    for (name, config) in &chain {
        if let Some(value) = config.get("level") {
            effective = (level_of(value)?, format!("`{name}`"));
            break;
        }
    }
    let call_level = pyast::level_name(call.level);
    if call.level < effective.0 {
        return Some(format!(
            "its effective level is {} (from {} in {place}), so {call_level} lines are dropped",
            pyast::level_name(effective.0),
            effective.1
        ));
    }
    let handlers = dict.get("handlers");
    for (name, config) in &chain {
        for handler_name in config.get("handlers").map(Value::strings).unwrap_or_default() {
            // A handler the dict does not define: the configuration is not what it seems.
            let handler = handlers.and_then(|h| h.get(&handler_name))?;
            match handler_prints(dict, handler, call.level) {
                Some(true) | None => return None,
                Some(false) => {}
            }
        }
        if name != "root" && config.get("propagate") == Some(&Value::Bool(false)) {
            return Some(format!("`{name}` does not propagate and has no console handler at {call_level} in {place}"));
        }
    }
    let logger = if call.logger.is_empty() { "root".to_string() } else { format!("`{}`", call.logger) };
    Some(format!(
        "{place} routes neither {logger} nor root to a console handler at {call_level}; the line falls to Python's last-resort handler, which prints WARNING and above only"
    ))
}

/// The first logging call of a consumer that reaches no console under one scenario, and why.
fn blocked_in<'c>(
    consumer: &'c ConsumerLogging,
    scenario: &Scenario,
    entry_setups: &[Setup],
) -> Option<(&'c LogCall, String, usize)> {
    let setups: Vec<&Setup> =
        std::iter::once(&consumer.setup).chain(scenario.setups.iter()).chain(entry_setups.iter()).collect();
    if setups.iter().any(|s| s.console_by_hand) {
        return None;
    }
    let mut configs: Vec<Config<'_>> = Vec::new();
    let applied_by_hand = setups.iter().any(|s| s.applies_settings_logging);
    if let Some((value, location)) = &scenario.logging
        && (!scenario.disabled || applied_by_hand)
    {
        if *value == Value::Unknown {
            // Not evaluated: what it rests on is in `unseen`; nothing visible routes or blocks.
            return None;
        }
        configs.push(Config::Dict(value, location, "Django's LOGGING"));
    }
    for setup in &setups {
        for (value, location) in &setup.dict_configs {
            configs.push(Config::Dict(value, location, "dictConfig"));
        }
        for (level, console, _) in &setup.basic {
            configs.push(Config::Basic(*level, *console));
        }
    }
    // DEBUG lines dropped by a level are a choice, not the journal's problem: the
    // processing line is logged at INFO or above.
    let mut blocked_calls = consumer.calls.iter().filter(|call| call.level >= 20).filter_map(|call| {
        if configs.is_empty() {
            // Python's defaults: root at WARNING, no handler but the last-resort one.
            return (call.level < 30).then(|| {
                if scenario.module.is_empty() {
                    "nothing configures logging (no Django LOGGING, basicConfig or dictConfig), so Python's last-resort handler prints WARNING and above only".to_string()
                } else if scenario.disabled {
                    format!("`{}` sets LOGGING_CONFIG = None and nothing else configures logging, so Python's last-resort handler prints WARNING and above only", scenario.module)
                } else {
                    "the settings define no LOGGING, and Django's default wires only the `django` logger; the line falls to Python's last-resort handler, which prints WARNING and above only".to_string()
                }
            }).map(|reason| (call, reason));
        }
        let reasons: Vec<String> = configs.iter().map(|config| blocked(call, config)).collect::<Option<Vec<_>>>()?;
        Some((call, reasons.join("; ")))
    });
    let (first, reason) = blocked_calls.next()?;
    Some((first, reason, blocked_calls.count()))
}

/// RD201 findings: for each consumer file, the first logging call that reaches no console
/// under every settings module it may run with. What could not be seen (a set-up that cannot
/// be read, a LOGGING built by code outside the tree, a settings module chosen outside it)
/// makes the finding a warning that names it.
pub fn check(consumers: &[ConsumerLogging], context: &Context) -> Vec<Finding> {
    let no_settings = [Scenario::default()];
    let scenarios: &[Scenario] = if context.scenarios.is_empty() { &no_settings } else { &context.scenarios };
    let mut findings = Vec::new();
    for consumer in consumers {
        let verdicts: Vec<Option<(&LogCall, String, usize)>> =
            scenarios.iter().map(|scenario| blocked_in(consumer, scenario, &context.entry_setups)).collect();
        let mut unseen: Vec<String> = Vec::new();
        for (scenario, verdict) in scenarios.iter().zip(&verdicts) {
            let opaque = std::iter::once(&consumer.setup)
                .chain(scenario.setups.iter())
                .chain(context.entry_setups.iter())
                .flat_map(|s| s.opaque.iter())
                .map(|(location, what)| format!("logging set-up {what} at {}:{}", location.path, location.line));
            if verdict.is_some() || scenario.logging.as_ref().is_some_and(|(v, _)| *v == Value::Unknown) {
                unseen.extend(opaque);
                unseen.extend(scenario.unseen.iter().map(|u| format!("LOGGING in `{}` rests on {u}", scenario.module)));
            }
        }
        let blocked: Vec<&(&LogCall, String, usize)> = verdicts.iter().flatten().collect();
        let Some(&&(first, ref reason, others)) = blocked.first() else {
            // Routed everywhere — unless a LOGGING could not be evaluated at all.
            if let Some(scenario) =
                scenarios.iter().find(|s| s.logging.as_ref().is_some_and(|(v, _)| *v == Value::Unknown))
                && let Some(call) = consumer.calls.iter().find(|c| (20..30).contains(&c.level))
                && !consumer.setup.console_by_hand
            {
                findings.push(unverified(
                    call,
                    &format!("the doctor cannot evaluate LOGGING in `{}`", scenario.module),
                    &unseen,
                ));
            }
            continue;
        };
        if blocked.len() < verdicts.len() {
            // Some settings modules route it, others do not: it depends on the one in use.
            let choice = context
                .choice_unseen
                .clone()
                .unwrap_or_else(|| "which settings module the consumer runs with".to_string());
            let routed: Vec<&str> =
                scenarios.iter().zip(&verdicts).filter(|(_, v)| v.is_none()).map(|(s, _)| s.module.as_str()).collect();
            unseen.push(format!("{choice} (`{}` would route it)", routed.join("`, `")));
        }
        if !unseen.is_empty() {
            findings.push(unverified(first, reason, &unseen));
            continue;
        }
        let logger = logger_label(first);
        let mut finding = Finding::new(
            &RD201,
            format!(
                "consumer code logs at {} on logger {logger}, which never reaches the container's logs: {reason}",
                pyast::level_name(first.level)
            ),
        )
        .with_location(first.location.clone())
        .with_evidence(first.text.clone())
        .with_evidence(format!("logger {logger} from {}", first.origin));
        if scenarios.len() == 1 && !scenarios[0].module.is_empty() {
            finding = finding.with_evidence(format!("settings module `{}`", scenarios[0].module));
        }
        if others > 0 {
            finding =
                finding.with_evidence(format!("{others} more logging call(s) in this file are dropped the same way"));
        }
        findings.push(finding.with_fix(fix(first)));
    }
    findings
}

fn logger_label(call: &LogCall) -> String {
    if call.logger.is_empty() { "root".to_string() } else { format!("`{}`", call.logger) }
}

fn fix(call: &LogCall) -> String {
    format!(
        "Add a console handler to Django's LOGGING and route {} (or root) to it at {}: `\"handlers\": {{\"console\": {{\"class\": \"logging.StreamHandler\"}}}}, \"root\": {{\"handlers\": [\"console\"], \"level\": \"INFO\"}}`.",
        logger_label(call),
        pyast::level_name(call.level)
    )
}

/// A warning for a consumer whose logging the doctor could not follow to the end.
fn unverified(call: &LogCall, reason: &str, unseen: &[String]) -> Finding {
    let logger = logger_label(call);
    let mut finding = Finding::new(
        &RD201,
        format!(
            "consumer code logs at {} on logger {logger}, and nothing the doctor can see routes it to the console ({reason}); it could not see: {}",
            pyast::level_name(call.level),
            unseen.join("; ")
        ),
    )
    .with_certainty(Certainty::Unverified)
    .with_location(call.location.clone())
    .with_evidence(call.text.clone())
    .with_evidence(format!("logger {logger} from {}", call.origin));
    for what in unseen {
        finding = finding.with_evidence(format!("not seen: {what}"));
    }
    let logger_name = if call.logger.is_empty() { String::new() } else { call.logger.clone() };
    finding = finding.with_evidence(format!(
        "check by hand: python manage.py shell -c \"import logging; l = logging.getLogger('{logger_name}'); print(l.getEffectiveLevel(), [h for x in (l, logging.root) for h in x.handlers])\""
    ));
    finding.with_fix(fix(call))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn consumer(source: &str) -> ConsumerLogging {
        let file = pyast::parse("app/management/commands/run_kafka_consumer.py", source.as_bytes()).unwrap();
        let bindings = Bindings::of(&file);
        ConsumerLogging {
            path: file.path.to_string(),
            calls: calls(&file, &bindings, "app.management.commands.run_kafka_consumer"),
            setup: setup(&file, &bindings),
        }
    }

    fn settings_file(source: &str) -> Context {
        let file = pyast::parse("project/settings.py", source.as_bytes()).unwrap();
        let bindings = Bindings::of(&file);
        let modules = vec![super::super::settings::Module::of(&file, "project.settings", true)];
        let mut evaluator = super::super::settings::Evaluator::new(&modules);
        let scenario = Scenario::of(&mut evaluator, &modules[0], vec![setup(&file, &bindings)]);
        Context { scenarios: vec![scenario], ..Context::default() }
    }

    const CONSUMER: &str = "import logging\nlogger = logging.getLogger(__name__)\ndef process(m):\n    logger.info('processed %s', m)\n    logger.error('boom')\n";

    #[test]
    fn django_defaults_drop_info() {
        let findings = check(&[consumer(CONSUMER)], &settings_file("INSTALLED_APPS = []\n"));
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].location.as_ref().unwrap().line, 4);
        assert!(
            findings[0].message.contains("`app.management.commands.run_kafka_consumer`"),
            "{}",
            findings[0].message
        );
    }

    #[test]
    fn a_console_handler_on_root_at_info_routes_it() {
        let routed = "LOGGING = {'version': 1, 'handlers': {'console': {'class': 'logging.StreamHandler'}}, 'root': {'handlers': ['console'], 'level': 'INFO'}}\n";
        assert!(check(&[consumer(CONSUMER)], &settings_file(routed)).is_empty());
        let on_app = "LOGGING = {'version': 1, 'handlers': {'console': {'class': 'logging.StreamHandler'}}, 'loggers': {'app': {'handlers': ['console'], 'level': 'INFO'}}}\n";
        assert!(check(&[consumer(CONSUMER)], &settings_file(on_app)).is_empty());
    }

    #[test]
    fn levels_propagation_and_file_handlers_are_followed() {
        let warning_root = "LOGGING = {'version': 1, 'handlers': {'console': {'class': 'logging.StreamHandler'}}, 'root': {'handlers': ['console'], 'level': 'WARNING'}}\n";
        let found = check(&[consumer(CONSUMER)], &settings_file(warning_root));
        assert!(found[0].message.contains("effective level is WARNING"), "{}", found[0].message);
        let file_only = "LOGGING = {'version': 1, 'handlers': {'f': {'class': 'logging.FileHandler', 'filename': 'x.log'}}, 'root': {'handlers': ['f'], 'level': 'INFO'}}\n";
        assert_eq!(check(&[consumer(CONSUMER)], &settings_file(file_only)).len(), 1);
        let no_propagate = "LOGGING = {'version': 1, 'handlers': {'console': {'class': 'logging.StreamHandler'}}, 'loggers': {'app': {'level': 'INFO', 'propagate': False}}, 'root': {'handlers': ['console'], 'level': 'INFO'}}\n";
        let found = check(&[consumer(CONSUMER)], &settings_file(no_propagate));
        assert!(found[0].message.contains("does not propagate"), "{}", found[0].message);
    }

    #[test]
    fn basic_config_at_info_routes_and_opaque_setups_are_not_guessed() {
        let with_basic = format!("{CONSUMER}logging.basicConfig(level=logging.INFO)\n");
        assert!(check(&[consumer(&with_basic)], &Context::default()).is_empty());
        let with_handler = format!("{CONSUMER}logger.addHandler(logging.StreamHandler())\n");
        assert!(check(&[consumer(&with_handler)], &Context::default()).is_empty());
        assert_eq!(check(&[consumer(CONSUMER)], &Context::default()).len(), 1);
    }
}
