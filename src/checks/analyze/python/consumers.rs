//! RD202 consumer-offset-skipped, and what makes a file "consumer code" for RD201.
//!
//! kafka-python's `KafkaConsumer`, aiokafka's `AIOKafkaConsumer` (keyword
//! `auto_offset_reset`) and confluent_kafka's `Consumer` / `DeserializingConsumer` (config
//! key `auto.offset.reset`, also under the legacy `default.topic.config`) all default to
//! `latest`. A consumer that sets `latest` (or `largest`/`end`), or leaves the setting out of
//! a configuration that is fully visible, is reported. A configuration that is not a literal
//! (a `**spread`, a value read at run time) is not guessed at — except an environment lookup
//! whose fallback is `latest`, reported as a warning.

use std::collections::HashMap;

use tree_sitter::Node;

use super::pyast::{self, Bindings, PyFile, Value};
use crate::findings::{Finding, RD202, Severity};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    /// `auto_offset_reset=` keyword.
    Keyword,
    /// A config dict with `auto.offset.reset`.
    Dict,
}

const CONSUMERS: [(&str, &str, Style); 10] = [
    ("kafka.KafkaConsumer", "kafka-python KafkaConsumer", Style::Keyword),
    ("kafka.consumer.KafkaConsumer", "kafka-python KafkaConsumer", Style::Keyword),
    ("kafka.consumer.group.KafkaConsumer", "kafka-python KafkaConsumer", Style::Keyword),
    ("aiokafka.AIOKafkaConsumer", "aiokafka AIOKafkaConsumer", Style::Keyword),
    ("aiokafka.consumer.AIOKafkaConsumer", "aiokafka AIOKafkaConsumer", Style::Keyword),
    ("confluent_kafka.Consumer", "confluent_kafka Consumer", Style::Dict),
    ("confluent_kafka.cimpl.Consumer", "confluent_kafka Consumer", Style::Dict),
    ("confluent_kafka.DeserializingConsumer", "confluent_kafka DeserializingConsumer", Style::Dict),
    (
        "confluent_kafka.deserializing_consumer.DeserializingConsumer",
        "confluent_kafka DeserializingConsumer",
        Style::Dict,
    ),
    ("confluent_kafka.aio.AIOConsumer", "confluent_kafka AIOConsumer", Style::Dict),
];

const DISTINCTIVE: [(&str, &str, Style); 3] = [
    ("KafkaConsumer", "kafka-python KafkaConsumer", Style::Keyword),
    ("AIOKafkaConsumer", "aiokafka AIOKafkaConsumer", Style::Keyword),
    ("DeserializingConsumer", "confluent_kafka DeserializingConsumer", Style::Dict),
];

fn consumer_class(file: &PyFile<'_>, bindings: &Bindings, function: Node<'_>) -> Option<(&'static str, Style)> {
    let qualified = bindings.qualify(file, function)?;
    if let Some((_, label, style)) = CONSUMERS.iter().find(|(name, _, _)| *name == qualified) {
        return Some((label, *style));
    }
    if function.kind() == "identifier" && !bindings.is_bound(&qualified) {
        return DISTINCTIVE.iter().find(|(name, _, _)| *name == qualified).map(|(_, label, style)| (*label, *style));
    }
    None
}

/// Whether the file constructs a Kafka consumer anywhere.
pub fn constructs_consumer(file: &PyFile<'_>, bindings: &Bindings) -> bool {
    let mut found = false;
    pyast::walk(file.root(), |node| {
        if !found
            && node.kind() == "call"
            && node.child_by_field_name("function").is_some_and(|f| consumer_class(file, bindings, f).is_some())
        {
            found = true;
        }
    });
    found
}

/// Assignments visible at a call: the module's, overridden by the enclosing function's.
fn scope_at<'t>(file: &PyFile<'_>, call: Node<'t>, module: &HashMap<String, Node<'t>>) -> HashMap<String, Node<'t>> {
    let mut scope = module.clone();
    if let Some(body) = pyast::enclosing_function(call).and_then(|f| f.child_by_field_name("body")) {
        scope.extend(pyast::assignments(file, body));
    }
    scope
}

/// `os.getenv("X", "latest")` / `os.environ.get("X", "latest")`: the variable and fallback.
fn environment_fallback(file: &PyFile<'_>, node: Node<'_>) -> Option<(String, String)> {
    if node.kind() != "call" {
        return None;
    }
    let function = file.text(node.child_by_field_name("function")?);
    if !matches!(function, "os.getenv" | "os.environ.get" | "getenv" | "environ.get") {
        return None;
    }
    let arguments = pyast::positional(node);
    let variable = pyast::string_literal(file, *arguments.first()?)?;
    let fallback = pyast::string_literal(file, *arguments.get(1)?)?;
    Some((variable, fallback))
}

enum Setting<'t> {
    Latest(Node<'t>, String),
    LatestUnlessEnvironment(Node<'t>, String, String),
    Absent,
    Fine,
    Unknown,
}

fn judge<'t>(file: &PyFile<'_>, node: Node<'t>, scope: &HashMap<String, Node<'t>>) -> Setting<'t> {
    let mut target = node;
    // Follow a name to its assignment once, for the environment-fallback form.
    if node.kind() == "identifier"
        && let Some(assigned) = scope.get(file.text(node))
    {
        target = *assigned;
    }
    if let Some((variable, fallback)) = environment_fallback(file, target) {
        return if is_latest(&fallback) {
            Setting::LatestUnlessEnvironment(target, variable, fallback)
        } else {
            Setting::Fine
        };
    }
    match pyast::eval(file, node, scope, 0) {
        Value::Str(text) if is_latest(&text) => Setting::Latest(target, text),
        Value::Str(_) => Setting::Fine,
        _ => Setting::Unknown,
    }
}

fn is_latest(value: &str) -> bool {
    matches!(value.trim().to_ascii_lowercase().as_str(), "latest" | "largest" | "end")
}

/// The `auto.offset.reset` entry of a config dict literal (also under `default.topic.config`).
fn dict_setting<'t>(file: &PyFile<'_>, dict: Node<'t>, scope: &HashMap<String, Node<'t>>, depth: usize) -> Setting<'t> {
    if depth > pyast::MAX_NESTING {
        return Setting::Unknown;
    }
    let mut open = false;
    let mut found = None;
    for item in pyast::children(dict) {
        match item.kind() {
            "pair" => {
                let (Some(key), Some(value)) = (item.child_by_field_name("key"), item.child_by_field_name("value"))
                else {
                    continue;
                };
                match pyast::eval(file, key, scope, 0).as_str() {
                    Some("auto.offset.reset") => found = Some(value),
                    Some("default.topic.config") if value.kind() == "dictionary" => {
                        if let setting @ (Setting::Latest(..) | Setting::LatestUnlessEnvironment(..) | Setting::Fine) =
                            dict_setting(file, value, scope, depth + 1)
                        {
                            return setting;
                        }
                    }
                    Some(_) => {}
                    None => open = true,
                }
            }
            "comment" => {}
            _ => open = true,
        }
    }
    match (found, open) {
        (Some(value), _) => judge(file, value, scope),
        (None, true) => Setting::Unknown,
        (None, false) => Setting::Absent,
    }
}

/// `NAME["auto.offset.reset"] = value` anywhere in the file.
fn subscript_assignment<'t>(file: &PyFile<'t>, root: Node<'t>, name: &str) -> Option<Node<'t>> {
    let mut found = None;
    pyast::walk(root, |node| {
        if node.kind() == "assignment"
            && let (Some(left), Some(right)) = (node.child_by_field_name("left"), node.child_by_field_name("right"))
            && left.kind() == "subscript"
            && left.child_by_field_name("value").is_some_and(|v| file.text(v) == name)
            && left
                .child_by_field_name("subscript")
                .and_then(|s| pyast::string_literal(file, s))
                .is_some_and(|key| key == "auto.offset.reset")
        {
            found = Some(right);
        }
    });
    found
}

/// RD202 findings for one file.
pub fn check(file: &PyFile<'_>, bindings: &Bindings) -> Vec<Finding> {
    let module = pyast::assignments(file, file.root());
    let mut findings = Vec::new();
    pyast::walk(file.root(), |call| {
        if call.kind() != "call" {
            return;
        }
        let Some(function) = call.child_by_field_name("function") else { return };
        let Some((class, style)) = consumer_class(file, bindings, function) else { return };
        let scope = scope_at(file, call, &module);
        let setting = match style {
            Style::Keyword => match pyast::keyword(file, call, "auto_offset_reset") {
                Some(value) => judge(file, value, &scope),
                None if pyast::has_splat(call) => Setting::Unknown,
                None => Setting::Absent,
            },
            Style::Dict => {
                let config = pyast::positional(call).into_iter().next().or_else(|| pyast::keyword(file, call, "conf"));
                match config {
                    None if pyast::has_splat(call) => Setting::Unknown,
                    None => Setting::Absent,
                    Some(config) => {
                        let overridden = (config.kind() == "identifier")
                            .then(|| subscript_assignment(file, file.root(), file.text(config)))
                            .flatten();
                        let literal = match config.kind() {
                            "dictionary" => Some(config),
                            "identifier" => scope.get(file.text(config)).copied().filter(|n| n.kind() == "dictionary"),
                            _ => None,
                        };
                        match (overridden, literal) {
                            (Some(value), _) => judge(file, value, &scope),
                            (None, Some(dict)) => dict_setting(file, dict, &scope, 0),
                            (None, None) => Setting::Unknown,
                        }
                    }
                }
            }
        };
        let key = if style == Style::Keyword { "auto_offset_reset" } else { "auto.offset.reset" };
        let finding = match setting {
            Setting::Latest(node, value) => Finding::new(
                &RD202,
                format!(
                    "{class} sets {key}='{value}': while its group has no committed offset it starts at the end of the topic, and every event produced before is skipped"
                ),
            )
            .with_location(file.location(node.start_byte()))
            .with_evidence(file.line_text(node.start_byte())),
            Setting::LatestUnlessEnvironment(node, variable, value) => Finding::new(
                &RD202,
                format!(
                    "{class} takes {key} from ${variable} and falls back to '{value}': unless the deployment sets it, events produced before the group first commits are skipped"
                ),
            )
            .with_severity(Severity::Warning)
            .with_location(file.location(node.start_byte()))
            .with_evidence(file.line_text(node.start_byte())),
            Setting::Absent => Finding::new(
                &RD202,
                format!(
                    "{class} leaves {key} at the client default, which is 'latest': while its group has no committed offset it starts at the end of the topic, and every event produced before is skipped"
                ),
            )
            .with_location(file.location(call.start_byte()))
            .with_evidence(file.line_text(call.start_byte())),
            Setting::Fine | Setting::Unknown => return,
        };
        findings.push(finding.with_fix(format!(
            "Set {key}='earliest' on the consumer; to re-process what was skipped, stop the consumer and run `rentflow-doctor reset-group --to earliest --execute`."
        )));
    });
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(source: &str) -> Vec<(u32, Severity)> {
        let file = pyast::parse("c.py", source.as_bytes()).unwrap();
        let bindings = Bindings::of(&file);
        check(&file, &bindings).into_iter().map(|f| (f.location.unwrap().line, f.severity)).collect()
    }

    #[test]
    fn latest_explicit_or_by_default_is_found() {
        assert_eq!(
            lines("from kafka import KafkaConsumer\nc = KafkaConsumer('t', auto_offset_reset='latest')\n"),
            [(2, Severity::Error)]
        );
        assert_eq!(
            lines("from kafka import KafkaConsumer\nc = KafkaConsumer('t', group_id='g')\n"),
            [(2, Severity::Error)]
        );
        assert_eq!(
            lines(
                "from confluent_kafka import Consumer\nconf = {\n  'group.id': 'g',\n  'auto.offset.reset': 'largest',\n}\nc = Consumer(conf)\n"
            ),
            [(4, Severity::Error)]
        );
        assert_eq!(
            lines("from confluent_kafka import Consumer\nc = Consumer({'group.id': 'g'})\n"),
            [(2, Severity::Error)]
        );
        assert_eq!(
            lines(
                "import os\nfrom aiokafka import AIOKafkaConsumer\nc = AIOKafkaConsumer('t', auto_offset_reset=os.getenv('RESET', 'latest'))\n"
            ),
            [(3, Severity::Warning)]
        );
    }

    #[test]
    fn earliest_and_unknowable_configs_are_not_reported() {
        for source in [
            "from kafka import KafkaConsumer\nc = KafkaConsumer('t', auto_offset_reset='earliest')\n",
            "from confluent_kafka import Consumer\nc = Consumer({'group.id': 'g', 'auto.offset.reset': 'earliest'})\n",
            "from confluent_kafka import Consumer\nc = Consumer({**BASE})\n",
            "from confluent_kafka import Consumer\nc = Consumer(settings.KAFKA)\n",
            "from kafka import KafkaConsumer\nc = KafkaConsumer('t', **opts)\n",
            "from confluent_kafka import Consumer\nconf = {'group.id': 'g'}\nconf['auto.offset.reset'] = 'earliest'\nc = Consumer(conf)\n",
            "from confluent_kafka import Consumer\nc = Consumer({'default.topic.config': {'auto.offset.reset': 'smallest'}})\n",
        ] {
            assert!(lines(source).is_empty(), "{source}");
        }
    }
}
