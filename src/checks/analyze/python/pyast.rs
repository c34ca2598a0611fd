//! A parsed Python file and the small amount of evaluation the checks need: node text,
//! positions, import bindings (what `KafkaProducer` or `ck.Producer` refers to), module-level
//! assignments, and literal values (dicts, strings, numbers, `logging.INFO`).
//!
//! Nothing here executes code: a value that is not a literal (a call, an f-string, an
//! environment lookup) evaluates to [`Value::Unknown`], and each check decides what an
//! unknown means for it — never a finding by guesswork.
//!
//! Over 500 lines on purpose: binding, assignment and literal evaluation share one walk
//! and one notion of scope; split, each would carry the others' state.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use tree_sitter::{Node, Parser, Tree};

use crate::findings::Location;

/// Python files larger than this are generated or vendored code; they are counted, not parsed.
pub const MAX_PYTHON_BYTES: usize = 4 * 1024 * 1024;
/// Attribute chains longer than this (`a.b.c…`) are not qualified: no import binds such a name.
pub const MAX_ATTRIBUTE_CHAIN: usize = 32;
/// Literal nesting followed at most this deep.
pub const MAX_NESTING: usize = 48;
/// Error recovery on pathological input is bounded: a parse that takes longer is abandoned
/// (and the file noted as not checked).
const PARSE_BUDGET: Duration = Duration::from_secs(10);

/// One parsed file.
pub struct PyFile<'a> {
    pub path: &'a str,
    pub source: &'a [u8],
    pub tree: Tree,
    /// Byte offset of the start of each line.
    line_starts: Vec<usize>,
}

thread_local! {
    static PARSER: std::cell::RefCell<Option<Parser>> = const { std::cell::RefCell::new(None) };
}

/// Parses Python source with the thread's parser; `None` when the parse was abandoned.
pub fn parse<'a>(path: &'a str, source: &'a [u8]) -> Option<PyFile<'a>> {
    let tree = PARSER.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.is_none() {
            let mut parser = Parser::new();
            parser.set_language(&tree_sitter_python::LANGUAGE.into()).ok()?;
            *slot = Some(parser);
        }
        let parser = slot.as_mut()?;
        let started = Instant::now();
        let mut cancel = |_: &tree_sitter::ParseState| started.elapsed() > PARSE_BUDGET;
        let options = tree_sitter::ParseOptions::new().progress_callback(&mut cancel);
        let len = source.len();
        let mut read = |offset: usize, _| if offset < len { &source[offset..] } else { &[][..] };
        let tree = parser.parse_with_options(&mut read, None, Some(options));
        if tree.is_none() {
            parser.reset();
        }
        tree
    })?;
    let mut line_starts = vec![0];
    line_starts.extend(memchr::memchr_iter(b'\n', source).map(|i| i + 1));
    Some(PyFile { path, source, tree, line_starts })
}

impl<'a> PyFile<'a> {
    pub fn root(&self) -> Node<'_> {
        self.tree.root_node()
    }

    pub fn text(&self, node: Node<'_>) -> &'a str {
        std::str::from_utf8(&self.source[node.byte_range()]).unwrap_or("")
    }

    /// The 1-based line and character column of a byte offset.
    pub fn line_col(&self, byte: usize) -> (u32, u32) {
        let byte = byte.min(self.source.len());
        let line = self.line_starts.partition_point(|&start| start <= byte).max(1);
        let start = self.line_starts[line - 1];
        let column = String::from_utf8_lossy(&self.source[start..byte]).chars().count() + 1;
        (line as u32, column as u32)
    }

    pub fn location(&self, byte: usize) -> Location {
        let (line, column) = self.line_col(byte);
        Location { path: self.path.to_string(), line, column }
    }

    /// The whole source line holding `byte`, trimmed: the evidence a finding quotes.
    pub fn line_text(&self, byte: usize) -> String {
        let (line, _) = self.line_col(byte);
        let start = self.line_starts[line as usize - 1];
        let end = self.line_starts.get(line as usize).copied().unwrap_or(self.source.len());
        let text = String::from_utf8_lossy(&self.source[start..end]);
        let trimmed = text.trim();
        if trimmed.chars().count() > 200 {
            format!("{}…", trimmed.chars().take(200).collect::<String>())
        } else {
            trimmed.to_string()
        }
    }
}

/// Iterates over every node of a tree in document order, without recursion.
pub fn walk<'t>(root: Node<'t>, mut visit: impl FnMut(Node<'t>)) {
    let mut cursor = root.walk();
    loop {
        visit(cursor.node());
        if cursor.goto_first_child() {
            continue;
        }
        loop {
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return;
            }
        }
    }
}

/// Named children of a node.
pub fn children<'t>(node: Node<'t>) -> Vec<Node<'t>> {
    let mut cursor = node.walk();
    node.named_children(&mut cursor).collect()
}

/// What local names refer to, from the file's imports: `KafkaProducer` →
/// `kafka.KafkaProducer`, `ck` → `confluent_kafka`.
#[derive(Debug, Default)]
pub struct Bindings {
    names: HashMap<String, String>,
    /// Modules imported with `from module import *`.
    star: Vec<String>,
}

impl Bindings {
    pub fn of(file: &PyFile<'_>) -> Bindings {
        let mut bindings = Bindings::default();
        walk(file.root(), |node| match node.kind() {
            "import_statement" => {
                for child in children(node) {
                    match child.kind() {
                        "dotted_name" => {
                            let module = file.text(child);
                            let first = module.split('.').next().unwrap_or(module);
                            bindings.names.insert(first.to_string(), first.to_string());
                        }
                        "aliased_import" => {
                            if let (Some(name), Some(alias)) =
                                (child.child_by_field_name("name"), child.child_by_field_name("alias"))
                            {
                                bindings.names.insert(file.text(alias).to_string(), file.text(name).to_string());
                            }
                        }
                        _ => {}
                    }
                }
            }
            "import_from_statement" => {
                let Some(module) = node.child_by_field_name("module_name") else { return };
                let module = file.text(module).to_string();
                let mut cursor = node.walk();
                for child in node.children_by_field_name("name", &mut cursor) {
                    match child.kind() {
                        "dotted_name" => {
                            let name = file.text(child);
                            bindings.names.insert(name.to_string(), format!("{module}.{name}"));
                        }
                        "aliased_import" => {
                            if let (Some(name), Some(alias)) =
                                (child.child_by_field_name("name"), child.child_by_field_name("alias"))
                            {
                                bindings
                                    .names
                                    .insert(file.text(alias).to_string(), format!("{module}.{}", file.text(name)));
                            }
                        }
                        _ => {}
                    }
                }
                if children(node).iter().any(|c| c.kind() == "wildcard_import") {
                    bindings.star.push(module);
                }
            }
            _ => {}
        });
        bindings
    }

    /// The qualified name an expression refers to (`ck.Producer` → `confluent_kafka.Producer`),
    /// or its own dotted text when its root is not imported. `None` for anything that is
    /// not a name or an attribute chain.
    pub fn qualify(&self, file: &PyFile<'_>, node: Node<'_>) -> Option<String> {
        match node.kind() {
            "identifier" => {
                let name = file.text(node);
                Some(self.names.get(name).cloned().unwrap_or_else(|| name.to_string()))
            }
            "attribute" => {
                // Iteratively, and only so long: a generated chain of thousands of attributes
                // must not exhaust the stack.
                let mut parts = Vec::new();
                let mut current = node;
                while current.kind() == "attribute" {
                    if parts.len() >= MAX_ATTRIBUTE_CHAIN {
                        return None;
                    }
                    parts.push(file.text(current.child_by_field_name("attribute")?));
                    current = current.child_by_field_name("object")?;
                }
                let mut qualified = match current.kind() {
                    "identifier" => self.qualify(file, current)?,
                    _ => return None,
                };
                for part in parts.iter().rev() {
                    qualified.push('.');
                    qualified.push_str(part);
                }
                Some(qualified)
            }
            _ => None,
        }
    }

    /// Whether a bare name is bound by an import (or could come from a star import of one
    /// of `modules`).
    pub fn is_bound(&self, name: &str) -> bool {
        self.names.contains_key(name)
    }

    pub fn star_imports(&self) -> &[String] {
        &self.star
    }
}

/// A literal value, as far as it can be known without running code.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Str(String),
    Int(i64),
    Bool(bool),
    None,
    List(Vec<Value>),
    Dict(Vec<(Value, Value)>),
    Unknown,
}

impl Value {
    pub fn as_str(&self) -> Option<&str> {
        if let Value::Str(text) = self { Some(text) } else { None }
    }

    /// A dict entry by string key.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Dict(entries) => entries.iter().rev().find(|(k, _)| k.as_str() == Some(key)).map(|(_, v)| v),
            _ => None,
        }
    }

    /// Whether a dict holds a `**spread` (or keys that are not literals): its keys are not all known.
    pub fn is_open(&self) -> bool {
        match self {
            Value::Dict(entries) => entries.iter().any(|(k, _)| *k == Value::Unknown),
            _ => true,
        }
    }

    pub fn strings(&self) -> Vec<String> {
        match self {
            Value::List(items) => items.iter().filter_map(|v| v.as_str().map(str::to_string)).collect(),
            Value::Str(text) => vec![text.clone()],
            _ => Vec::new(),
        }
    }
}

/// The text of a plain string literal (no interpolation), or `None`.
pub fn string_literal(file: &PyFile<'_>, node: Node<'_>) -> Option<String> {
    string_literal_within(file, node, 0)
}

fn string_literal_within(file: &PyFile<'_>, node: Node<'_>, depth: usize) -> Option<String> {
    if depth > MAX_NESTING {
        return None;
    }
    match node.kind() {
        "string" => {
            let mut text = String::new();
            for child in children(node) {
                match child.kind() {
                    "string_content" => text.push_str(file.text(child)),
                    "interpolation" => return None,
                    _ => {}
                }
            }
            Some(text)
        }
        "concatenated_string" => {
            let mut text = String::new();
            for part in children(node) {
                text.push_str(&string_literal_within(file, part, depth + 1)?);
            }
            Some(text)
        }
        "parenthesized_expression" => string_literal_within(file, children(node).into_iter().next()?, depth + 1),
        _ => None,
    }
}

/// Module-level (or block-level) assignments `NAME = expression`, last one wins.
pub fn assignments<'t>(file: &PyFile<'_>, block: Node<'t>) -> HashMap<String, Node<'t>> {
    let mut found = HashMap::new();
    for statement in children(block) {
        if statement.kind() != "expression_statement" {
            continue;
        }
        for expression in children(statement) {
            if expression.kind() == "assignment"
                && let (Some(left), Some(right)) =
                    (expression.child_by_field_name("left"), expression.child_by_field_name("right"))
                && left.kind() == "identifier"
            {
                found.insert(file.text(left).to_string(), right);
            }
        }
    }
    found
}

/// Python's numeric logging levels by name.
pub fn level_number(name: &str) -> Option<i64> {
    Some(match name.to_ascii_uppercase().as_str() {
        "NOTSET" => 0,
        "DEBUG" => 10,
        "INFO" => 20,
        "WARNING" | "WARN" => 30,
        "ERROR" => 40,
        "CRITICAL" | "FATAL" => 50,
        _ => return None,
    })
}

pub fn level_name(level: i64) -> String {
    match level {
        0 => "NOTSET".to_string(),
        10 => "DEBUG".to_string(),
        20 => "INFO".to_string(),
        30 => "WARNING".to_string(),
        40 => "ERROR".to_string(),
        50 => "CRITICAL".to_string(),
        other => format!("level {other}"),
    }
}

/// Evaluates a literal expression; names are looked up in `scope` (module-level assignments)
/// at most a few levels deep.
pub fn eval(file: &PyFile<'_>, node: Node<'_>, scope: &HashMap<String, Node<'_>>, depth: u8) -> Value {
    if depth > 8 {
        return Value::Unknown;
    }
    match node.kind() {
        "string" | "concatenated_string" => string_literal(file, node).map_or(Value::Unknown, Value::Str),
        "integer" => file.text(node).replace('_', "").parse().map_or(Value::Unknown, Value::Int),
        "true" => Value::Bool(true),
        "false" => Value::Bool(false),
        "none" => Value::None,
        "parenthesized_expression" => {
            children(node).into_iter().next().map_or(Value::Unknown, |inner| eval(file, inner, scope, depth + 1))
        }
        "list" | "tuple" | "set" => {
            Value::List(children(node).into_iter().map(|item| eval(file, item, scope, depth + 1)).collect())
        }
        "dictionary" => {
            let mut entries = Vec::new();
            for item in children(node) {
                match item.kind() {
                    "pair" => {
                        let key =
                            item.child_by_field_name("key").map_or(Value::Unknown, |k| eval(file, k, scope, depth + 1));
                        let value = item
                            .child_by_field_name("value")
                            .map_or(Value::Unknown, |v| eval(file, v, scope, depth + 1));
                        entries.push((key, value));
                    }
                    "comment" => {}
                    _ => entries.push((Value::Unknown, Value::Unknown)),
                }
            }
            Value::Dict(entries)
        }
        "identifier" => match scope.get(file.text(node)) {
            Some(target) if target.id() != node.id() => eval(file, *target, scope, depth + 1),
            _ => Value::Unknown,
        },
        "attribute" => {
            // logging.INFO and friends.
            let text = file.text(node);
            match text.rsplit_once('.') {
                Some(("logging", name)) => level_number(name).map_or(Value::Unknown, Value::Int),
                _ => Value::Unknown,
            }
        }
        "call" => {
            // dict(key=value, …)
            let function = node.child_by_field_name("function").map(|f| file.text(f));
            let Some(arguments) = node.child_by_field_name("arguments") else { return Value::Unknown };
            if function == Some("dict") {
                let mut entries = Vec::new();
                for argument in children(arguments) {
                    if argument.kind() == "keyword_argument"
                        && let (Some(name), Some(value)) =
                            (argument.child_by_field_name("name"), argument.child_by_field_name("value"))
                    {
                        entries.push((Value::Str(file.text(name).to_string()), eval(file, value, scope, depth + 1)));
                    } else {
                        entries.push((Value::Unknown, Value::Unknown));
                    }
                }
                return Value::Dict(entries);
            }
            Value::Unknown
        }
        _ => Value::Unknown,
    }
}

/// The call's keyword argument `name`, if given.
pub fn keyword<'t>(file: &PyFile<'_>, call: Node<'t>, name: &str) -> Option<Node<'t>> {
    let arguments = call.child_by_field_name("arguments")?;
    children(arguments).into_iter().find_map(|argument| {
        (argument.kind() == "keyword_argument"
            && argument.child_by_field_name("name").is_some_and(|n| file.text(n) == name))
        .then(|| argument.child_by_field_name("value"))
        .flatten()
    })
}

/// The call's positional arguments.
pub fn positional<'t>(call: Node<'t>) -> Vec<Node<'t>> {
    call.child_by_field_name("arguments")
        .map(|arguments| {
            children(arguments)
                .into_iter()
                .filter(|a| !matches!(a.kind(), "keyword_argument" | "dictionary_splat" | "list_splat" | "comment"))
                .collect()
        })
        .unwrap_or_default()
}

/// Whether the call passes `**kwargs` or `*args`: its arguments are not all visible.
pub fn has_splat(call: Node<'_>) -> bool {
    call.child_by_field_name("arguments").is_some_and(|arguments| {
        children(arguments).iter().any(|a| matches!(a.kind(), "dictionary_splat" | "list_splat"))
    })
}

/// The function definition a node sits in (innermost), if any.
pub fn enclosing_function(node: Node<'_>) -> Option<Node<'_>> {
    let mut current = node.parent();
    while let Some(n) = current {
        if n.kind() == "function_definition" {
            return Some(n);
        }
        current = n.parent();
    }
    None
}

/// The class a function definition is a method of.
pub fn enclosing_class(function: Node<'_>) -> Option<Node<'_>> {
    let mut parent = function.parent()?;
    if parent.kind() == "decorated_definition" {
        parent = parent.parent()?;
    }
    if parent.kind() != "block" {
        return None;
    }
    let class = parent.parent()?;
    (class.kind() == "class_definition").then_some(class)
}

/// The decorators of a function or class definition, as source text without the `@`.
pub fn decorators<'a>(file: &PyFile<'a>, definition: Node<'_>) -> Vec<&'a str> {
    let Some(parent) = definition.parent() else { return Vec::new() };
    if parent.kind() != "decorated_definition" {
        return Vec::new();
    }
    children(parent)
        .into_iter()
        .filter(|c| c.kind() == "decorator")
        .map(|d| file.text(d).trim_start_matches('@').trim())
        .collect()
}

/// The superclass expressions of a class, as text.
pub fn superclasses<'a>(file: &PyFile<'a>, class: Node<'_>) -> Vec<&'a str> {
    class
        .child_by_field_name("superclasses")
        .map(|list| {
            children(list).into_iter().filter(|c| c.kind() != "keyword_argument").map(|c| file.text(c)).collect()
        })
        .unwrap_or_default()
}

pub fn name_of<'a>(file: &PyFile<'a>, definition: Node<'_>) -> &'a str {
    definition.child_by_field_name("name").map_or("", |n| file.text(n))
}

/// `Class.method` or `function`.
pub fn qualified_function_name(file: &PyFile<'_>, function: Node<'_>) -> String {
    let name = name_of(file, function);
    match enclosing_class(function) {
        Some(class) => format!("{}.{name}", name_of(file, class)),
        None => name.to_string(),
    }
}

/// The dotted module path of a file: `rentflow/consumer/management/commands/run.py` →
/// `consumer.management.commands.run` when `rentflow/` holds no `__init__.py`. Packages are
/// found by their `__init__.py` files, given the set of package directories.
pub fn module_path(path: &str, is_package: impl Fn(&str) -> bool) -> String {
    let path = path.strip_suffix(".py").unwrap_or(path);
    let mut parts: Vec<&str> = path.split('/').collect();
    let stem = parts.pop().unwrap_or_default();
    let mut module = Vec::new();
    while !parts.is_empty() {
        let dir = parts.join("/");
        if !is_package(&dir) {
            break;
        }
        module.push(parts.pop().unwrap_or_default());
    }
    module.reverse();
    if stem != "__init__" {
        module.push(stem);
    }
    module.join(".")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_evaluate_and_names_resolve() {
        let source = b"BASE = 'console'\nLOGGING = {'version': 1, 'handlers': {BASE: {'class': 'logging.StreamHandler', 'level': logging.INFO}}, **X}\n";
        let file = parse("settings.py", source).unwrap();
        let scope = assignments(&file, file.root());
        let value = eval(&file, scope["LOGGING"], &scope, 0);
        assert_eq!(value.get("version"), Some(&Value::Int(1)));
        let handler = value.get("handlers").and_then(|h| h.get("console")).unwrap();
        assert_eq!(handler.get("level"), Some(&Value::Int(20)));
        assert!(value.is_open());
    }

    #[test]
    fn imports_bind_local_names() {
        let source = b"import confluent_kafka as ck\nfrom kafka import KafkaProducer as KP\nimport aiokafka\n";
        let file = parse("x.py", source).unwrap();
        let bindings = Bindings::of(&file);
        assert!(bindings.is_bound("KP"));
        let probe = parse("y.py", b"ck.Producer\nKP\n").unwrap();
        let mut names = Vec::new();
        walk(probe.root(), |n| {
            if n.kind() == "expression_statement" {
                names.push(bindings.qualify(&probe, children(n)[0]).unwrap());
            }
        });
        assert_eq!(names, ["confluent_kafka.Producer", "kafka.KafkaProducer"]);
    }

    #[test]
    fn module_paths_follow_packages() {
        let packages = ["app", "app/management", "app/management/commands"];
        let is_package = |dir: &str| packages.contains(&dir);
        assert_eq!(module_path("app/management/commands/run.py", is_package), "app.management.commands.run");
        assert_eq!(module_path("src/app/x.py", |d| d == "src/app"), "app.x");
        assert_eq!(module_path("app/__init__.py", is_package), "app");
        assert_eq!(module_path("manage.py", is_package), "manage");
    }

    #[test]
    fn lines_and_columns_count_characters() {
        let file = parse("x.py", "é = 1\nx = 'ü'\n".as_bytes()).unwrap();
        assert_eq!(file.line_col(0), (1, 1));
        let quote = "é = 1\nx = ".len();
        assert_eq!(file.line_col(quote), (2, 5));
        assert_eq!(file.line_text(quote), "x = 'ü'");
    }
}
