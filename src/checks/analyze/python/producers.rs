//! RD101 producer-per-request: a Kafka producer constructed where it runs per call.
//!
//! Every construction of kafka-python's `KafkaProducer`, confluent_kafka's `Producer` /
//! `SerializingProducer` or aiokafka's `AIOKafkaProducer` (resolved through the file's
//! imports and aliases) is judged by where it stands: at module or class scope, in a FastAPI
//! `lifespan` or startup hook, in a cached factory (`functools.lru_cache`/`cache`), behind a
//! module-level singleton guard, or in an entry point that runs once (`main`, `serve`, a
//! Django command's `handle`, `AppConfig.ready`, a servicer's `__init__`) it is built once
//! and fine. Inside a gRPC servicer method, a FastAPI route or a Django view it is built per
//! request (error); in any other function it is built on every call (warning).

use std::collections::HashSet;

use tree_sitter::Node;

use super::pyast::{self, Bindings, PyFile};
use crate::findings::{Finding, RD101, Severity};

/// The producer classes, by qualified name.
const PRODUCERS: [(&str, &str); 9] = [
    ("kafka.KafkaProducer", "kafka-python KafkaProducer"),
    ("kafka.producer.KafkaProducer", "kafka-python KafkaProducer"),
    ("kafka.producer.kafka.KafkaProducer", "kafka-python KafkaProducer"),
    ("confluent_kafka.Producer", "confluent_kafka Producer"),
    ("confluent_kafka.cimpl.Producer", "confluent_kafka Producer"),
    ("confluent_kafka.SerializingProducer", "confluent_kafka SerializingProducer"),
    ("confluent_kafka.serializing_producer.SerializingProducer", "confluent_kafka SerializingProducer"),
    ("aiokafka.AIOKafkaProducer", "aiokafka AIOKafkaProducer"),
    ("aiokafka.producer.AIOKafkaProducer", "aiokafka AIOKafkaProducer"),
];

/// Names distinctive enough to recognise without an import (a star import, a re-export).
const DISTINCTIVE: [(&str, &str); 3] = [
    ("KafkaProducer", "kafka-python KafkaProducer"),
    ("AIOKafkaProducer", "aiokafka AIOKafkaProducer"),
    ("SerializingProducer", "confluent_kafka SerializingProducer"),
];

/// Functions that run once per process by convention.
const ENTRY_POINTS: [&str; 14] = [
    "main",
    "serve",
    "run_server",
    "start_server",
    "startup",
    "on_startup",
    "lifespan",
    "create_app",
    "setup",
    "setUp",
    "setUpClass",
    "__enter__",
    "__aenter__",
    "init_app",
];

const HTTP_METHODS: [&str; 12] =
    ["get", "post", "put", "patch", "delete", "head", "options", "dispatch", "list", "create", "retrieve", "update"];

/// What the library is, when `function` constructs a producer.
pub fn producer_class(file: &PyFile<'_>, bindings: &Bindings, function: Node<'_>) -> Option<&'static str> {
    let qualified = bindings.qualify(file, function)?;
    if let Some((_, label)) = PRODUCERS.iter().find(|(name, _)| *name == qualified) {
        return Some(label);
    }
    if function.kind() == "identifier" && !bindings.is_bound(&qualified) {
        return DISTINCTIVE.iter().find(|(name, _)| *name == qualified).map(|(_, label)| *label);
    }
    None
}

/// How a function is run.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Runs {
    /// Once per process (or per server): construction here is fine.
    Once,
    /// Per request: the handler's description.
    PerRequest(String),
    /// On every call of an ordinary function.
    PerCall(String),
}

/// Facts about the file needed to classify functions.
struct FileFacts {
    /// Functions passed as `lifespan=` or listed in `on_startup=[…]`.
    hooks: HashSet<String>,
    /// Functions called at module level or under `if __name__ == "__main__":`.
    called_at_module_level: HashSet<String>,
}

fn file_facts(file: &PyFile<'_>) -> FileFacts {
    let mut hooks = HashSet::new();
    let mut called_at_module_level = HashSet::new();
    pyast::walk(file.root(), |node| {
        if node.kind() == "keyword_argument"
            && let (Some(name), Some(value)) = (node.child_by_field_name("name"), node.child_by_field_name("value"))
        {
            match file.text(name) {
                "lifespan" => {
                    hooks.insert(file.text(value).to_string());
                }
                "on_startup" => {
                    for item in pyast::children(value) {
                        hooks.insert(file.text(item).to_string());
                    }
                }
                _ => {}
            }
        }
        if node.kind() == "call"
            && pyast::enclosing_function(node).is_none()
            && let Some(function) = node.child_by_field_name("function")
        {
            let name = file.text(function);
            called_at_module_level.insert(name.rsplit('.').next().unwrap_or(name).to_string());
        }
        // `app.add_event_handler("startup", connect)`
        if node.kind() == "call"
            && node.child_by_field_name("function").is_some_and(|f| file.text(f).ends_with("add_event_handler"))
        {
            let arguments = pyast::positional(node);
            if arguments.first().and_then(|a| pyast::string_literal(file, *a)).as_deref() == Some("startup")
                && let Some(handler) = arguments.get(1)
            {
                hooks.insert(file.text(*handler).to_string());
            }
        }
    });
    FileFacts { hooks, called_at_module_level }
}

fn is_cache_decorator(decorator: &str) -> bool {
    let name = decorator.split('(').next().unwrap_or(decorator).trim();
    let last = name.rsplit('.').next().unwrap_or(name);
    matches!(last, "lru_cache" | "cache" | "cached_property" | "fixture" | "singleton")
}

fn is_startup_decorator(decorator: &str) -> bool {
    let compact: String = decorator.chars().filter(|c| !c.is_whitespace()).collect();
    compact.contains("on_event(\"startup\")")
        || compact.contains("on_event('startup')")
        || compact.ends_with("on_startup")
}

fn route_decorator(decorator: &str) -> Option<&'static str> {
    let name = decorator.split('(').next().unwrap_or(decorator).trim();
    let (_, method) = name.rsplit_once('.')?;
    match method {
        "get" | "post" | "put" | "patch" | "delete" | "head" | "options" | "api_route" | "websocket" => {
            Some("FastAPI route")
        }
        "route" => Some("route handler"),
        _ => None,
    }
}

/// How the function holding a construction is run.
fn classify(file: &PyFile<'_>, facts: &FileFacts, function: Node<'_>) -> Runs {
    let name = pyast::name_of(file, function);
    let qualified = pyast::qualified_function_name(file, function);
    let decorators = pyast::decorators(file, function);
    if decorators.iter().any(|d| is_cache_decorator(d) || is_startup_decorator(d)) {
        return Runs::Once;
    }
    if let Some(kind) = decorators.iter().find_map(|d| route_decorator(d)) {
        return Runs::PerRequest(format!("{kind} `{qualified}`"));
    }
    if decorators.iter().any(|d| d.starts_with("api_view")) {
        return Runs::PerRequest(format!("Django view `{qualified}`"));
    }
    if facts.hooks.contains(name) || ENTRY_POINTS.contains(&name) || facts.called_at_module_level.contains(name) {
        return Runs::Once;
    }
    if let Some(class) = pyast::enclosing_class(function) {
        let bases = pyast::superclasses(file, class);
        let base_is = |suffix: &str| bases.iter().any(|b| b.rsplit('.').next().unwrap_or(b).ends_with(suffix));
        if base_is("Servicer") && name != "__init__" {
            return Runs::PerRequest(format!("gRPC servicer method `{qualified}`"));
        }
        let is_view = base_is("View") || base_is("ViewSet") || base_is("APIView");
        if is_view && (HTTP_METHODS.contains(&name) || name == "__init__") {
            return Runs::PerRequest(format!("Django view `{qualified}`"));
        }
        if base_is("Consumer") && matches!(name, "connect" | "receive" | "receive_json") {
            return Runs::PerRequest(format!("Channels consumer method `{qualified}`"));
        }
        if (name == "handle" && base_is("Command")) || (name == "ready" && base_is("AppConfig")) || name == "__init__" {
            return Runs::Once;
        }
        return Runs::PerCall(format!("method `{qualified}`"));
    }
    let first_parameter = function
        .child_by_field_name("parameters")
        .and_then(|p| pyast::children(p).into_iter().next())
        .map(|p| file.text(p).split([':', '=']).next().unwrap_or_default().trim().to_string());
    if first_parameter.as_deref() == Some("request") {
        return Runs::PerRequest(format!("Django view `{qualified}`"));
    }
    Runs::PerCall(format!("function `{qualified}`"))
}

/// `global NAME` / `ClassName.NAME` assignment under an `if` that tests NAME: a singleton guard.
fn is_singleton_guard(file: &PyFile<'_>, call: Node<'_>, function: Node<'_>) -> bool {
    let Some(assignment) = call.parent().filter(|p| p.kind() == "assignment") else { return false };
    let Some(target) = assignment.child_by_field_name("left") else { return false };
    let target_text = file.text(target);
    let name = target_text.rsplit('.').next().unwrap_or(target_text);
    let declared_global = {
        let mut found = false;
        pyast::walk(function, |node| {
            if matches!(node.kind(), "global_statement" | "nonlocal_statement")
                && pyast::children(node).iter().any(|n| file.text(*n) == name)
            {
                found = true;
            }
        });
        found
    };
    let class_attribute = target.kind() == "attribute" && !target_text.starts_with("self.");
    if !(class_attribute || declared_global && target.kind() == "identifier") {
        return false;
    }
    let mut current = assignment.parent();
    while let Some(node) = current {
        if node.id() == function.id() {
            return false;
        }
        if node.kind() == "if_statement"
            && node.child_by_field_name("condition").is_some_and(|c| file.text(c).contains(name))
        {
            return true;
        }
        current = node.parent();
    }
    false
}

/// Request handlers in the file that call a per-call function by name.
fn callers_in_handlers(file: &PyFile<'_>, facts: &FileFacts, name: &str) -> Option<String> {
    let mut found = None;
    pyast::walk(file.root(), |node| {
        if found.is_some() || node.kind() != "call" {
            return;
        }
        let Some(function) = node.child_by_field_name("function") else { return };
        let text = file.text(function);
        if text.rsplit('.').next() != Some(name) {
            return;
        }
        if let Some(caller) = pyast::enclosing_function(node)
            && let Runs::PerRequest(handler) = classify(file, facts, caller)
        {
            found = Some(handler);
        }
    });
    found
}

/// "a kafka-python KafkaProducer", "an aiokafka AIOKafkaProducer".
fn article(class: &str) -> String {
    let vowel = class.starts_with(['a', 'e', 'i', 'o', 'u']);
    format!("{} {class}", if vowel { "an" } else { "a" })
}

/// RD101 findings for one file.
pub fn check(file: &PyFile<'_>, bindings: &Bindings) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut facts = None;
    pyast::walk(file.root(), |node| {
        if node.kind() != "call" {
            return;
        }
        let Some(function) = node.child_by_field_name("function") else { return };
        let Some(class) = producer_class(file, bindings, function) else { return };
        let Some(enclosing) = pyast::enclosing_function(node) else { return };
        let facts = facts.get_or_insert_with(|| file_facts(file));
        if is_singleton_guard(file, node, enclosing) {
            return;
        }
        let at = node.start_byte();
        let finding = match classify(file, facts, enclosing) {
            Runs::Once => return,
            Runs::PerRequest(handler) => Finding::new(
                &RD101,
                format!(
                    "{} is constructed inside {handler}: every request builds (and drops) its own producer",
                    article(class)
                ),
            ),
            Runs::PerCall(function) => {
                let name = pyast::name_of(file, enclosing);
                match callers_in_handlers(file, facts, name) {
                    Some(handler) => Finding::new(
                        &RD101,
                        format!("{} is constructed in {function}, which {handler} calls: every request builds its own producer", article(class)),
                    ),
                    None => Finding::new(
                        &RD101,
                        format!("{} is constructed in {function}, which builds a new producer on every call; if it runs per request, every request pays for a producer", article(class)),
                    )
                    .with_severity(Severity::Warning),
                }
            }
        };
        findings.push(
            finding
                .with_location(file.location(at))
                .with_evidence(file.line_text(at))
                .with_evidence(format!("enclosing function: {}", file.line_text(enclosing.start_byte())))
                .with_fix("Create the producer once at start-up — at module scope, in FastAPI's `lifespan` (close it on shutdown) or in a `functools.lru_cache` factory — and use that one instance in the handler."),
        );
    });
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_source(source: &str) -> Vec<(u32, Severity, String)> {
        let file = pyast::parse("svc.py", source.as_bytes()).unwrap();
        let bindings = Bindings::of(&file);
        check(&file, &bindings).into_iter().map(|f| (f.location.unwrap().line, f.severity, f.message)).collect()
    }

    #[test]
    fn a_producer_in_a_servicer_method_is_an_error_naming_the_handler() {
        let found = check_source(
            "from kafka import KafkaProducer\nclass LeaseService(pb2_grpc.LeaseServiceServicer):\n    def TerminateLease(self, request, context):\n        producer = KafkaProducer(bootstrap_servers='kafka:9092')\n",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, 4);
        assert_eq!(found[0].1, Severity::Error);
        assert!(found[0].2.contains("gRPC servicer method `LeaseService.TerminateLease`"), "{}", found[0].2);
    }

    #[test]
    fn once_contexts_are_fine() {
        for source in [
            "from kafka import KafkaProducer\nproducer = KafkaProducer()\n",
            "from aiokafka import AIOKafkaProducer\n@asynccontextmanager\nasync def lifespan(app):\n    p = AIOKafkaProducer()\n    yield\n",
            "import functools\nfrom confluent_kafka import Producer\n@functools.lru_cache(maxsize=None)\ndef get_producer():\n    return Producer({})\n",
            "from confluent_kafka import Producer\n_p = None\ndef get_producer():\n    global _p\n    if _p is None:\n        _p = Producer({})\n    return _p\n",
            "from kafka import KafkaProducer\ndef main():\n    p = KafkaProducer()\n",
            "from kafka import KafkaProducer\nclass Svc(pb2_grpc.LeaseServiceServicer):\n    def __init__(self):\n        self.p = KafkaProducer()\n",
            "from mylib import Producer\ndef handler(request):\n    return Producer()\n",
        ] {
            assert!(check_source(source).is_empty(), "{source}: {:?}", check_source(source));
        }
    }

    #[test]
    fn views_routes_and_helpers_called_from_handlers_are_errors() {
        let route = check_source(
            "import confluent_kafka as ck\n@app.post('/leases/{id}/terminate')\nasync def terminate(id: str):\n    p = ck.Producer({'bootstrap.servers': 'k'})\n",
        );
        assert!(route[0].2.contains("FastAPI route `terminate`"), "{route:?}");
        let view = check_source("from kafka import KafkaProducer\ndef terminate(request, pk):\n    KafkaProducer()\n");
        assert!(view[0].2.contains("Django view `terminate`"), "{view:?}");
        let helper = check_source(
            "from kafka import KafkaProducer\ndef make():\n    return KafkaProducer()\nclass S(pb2.LeaseServicer):\n    def TerminateLease(self, request, context):\n        make().send('t', b'x')\n",
        );
        assert_eq!(helper[0].1, Severity::Error);
        assert!(helper[0].2.contains("which gRPC servicer method `S.TerminateLease` calls"), "{helper:?}");
        let plain = check_source(
            "from kafka import KafkaProducer\ndef publish(event):\n    KafkaProducer().send('t', event)\n",
        );
        assert_eq!(plain[0].1, Severity::Warning);
    }
}
