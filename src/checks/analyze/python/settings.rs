//! Django settings across modules: what `LOGGING` (and `LOGGING_CONFIG`) end up being in a
//! settings module once its imports are followed — named and star imports, relative and
//! absolute, of modules and packages — and its module-level statements run in order:
//! assignments, `LOGGING["loggers"]["x"] = …`, `LOGGING.update(…)`, `deepcopy(…)`, and
//! calls of functions defined in the tree that build and return the dict.
//!
//! Each file's module-level statements are turned into an owned form during the walk
//! ([`Module::of`]); the cross-file evaluation runs afterwards ([`Evaluator`]). Nothing is
//! executed: what cannot be evaluated (an environment lookup, a call into code outside the
//! tree, a change made under a condition) is recorded as a reason, so that a check can say
//! what it could not see. Expressions are converted at most [`MAX_DEPTH`] deep and attribute
//! chains at most [`MAX_CHAIN`] long; imports are followed at most [`MAX_IMPORTS`] deep.
//!
//! One file on purpose (about 800 lines of code): the owned module form and the evaluator
//! are two halves of one interpreter, and every rule of one is read against the other.

use std::collections::HashMap;

use tree_sitter::Node;

use super::pyast::{self, PyFile, Value};
use crate::findings::Location;

pub const MAX_DEPTH: usize = 48;
pub const MAX_CHAIN: usize = 32;
pub const MAX_IMPORTS: usize = 16;

/// An expression, owned.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    Literal(Value),
    List(Vec<Expr>),
    /// Entries; a `None` key is a `**spread` of the value.
    Dict(Vec<(Option<Expr>, Expr)>),
    /// A dotted name: `LOGGING`, `logging.INFO`, `logging_conf.LOGGING`.
    Name(Vec<String>),
    Subscript(Box<Expr>, Box<Expr>),
    Call {
        function: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<(String, Expr)>,
    },
    /// Not followed; the source text says what.
    Opaque(String),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Stmt {
    /// `from module import a as b` (names empty with `star`).
    ImportFrom {
        module: String,
        names: Vec<(String, String)>,
        star: bool,
    },
    /// `import a.b` binds `a`; `import a.b as c` binds `c` to `a.b`.
    Import {
        module: String,
        alias: Option<String>,
    },
    Assign {
        name: String,
        keys: Vec<Expr>,
        value: Expr,
    },
    /// `NAME[...].update(value)`.
    Update {
        name: String,
        keys: Vec<Expr>,
        value: Expr,
    },
    Return(Expr),
    /// A name changed in a way that is not followed (under a condition, in a loop…).
    Changed {
        name: String,
        why: String,
    },
}

/// A function defined at module level: its parameters (with defaults) and body, in order.
#[derive(Debug, Clone, PartialEq)]
pub struct Function {
    pub parameters: Vec<(String, Option<Expr>)>,
    pub body: Vec<Stmt>,
}

/// One Python module's facts for settings resolution.
#[derive(Debug, Clone)]
pub struct Module {
    pub name: String,
    pub path: String,
    pub body: Vec<Stmt>,
    pub functions: HashMap<String, Function>,
    /// Where `LOGGING` is assigned, for messages.
    pub logging_at: Option<Location>,
    /// `os.environ.setdefault("DJANGO_SETTINGS_MODULE", "x")`.
    pub settings_default: Option<String>,
    /// A Django settings module (by name or content).
    pub is_settings: bool,
}

fn chain(file: &PyFile<'_>, node: Node<'_>) -> Option<Vec<String>> {
    let mut parts = Vec::new();
    let mut current = node;
    loop {
        if parts.len() > MAX_CHAIN {
            return None;
        }
        match current.kind() {
            "identifier" => {
                parts.push(file.text(current).to_string());
                break;
            }
            "attribute" => {
                parts.push(file.text(current.child_by_field_name("attribute")?).to_string());
                current = current.child_by_field_name("object")?;
            }
            _ => return None,
        }
    }
    parts.reverse();
    Some(parts)
}

fn opaque(file: &PyFile<'_>, node: Node<'_>) -> Expr {
    let text: String = file.text(node).chars().take(80).collect();
    Expr::Opaque(text)
}

/// Converts an expression node, at most [`MAX_DEPTH`] deep.
pub fn expr(file: &PyFile<'_>, node: Node<'_>, depth: usize) -> Expr {
    if depth > MAX_DEPTH {
        return opaque(file, node);
    }
    match node.kind() {
        "string" | "concatenated_string" => {
            pyast::string_literal(file, node).map_or_else(|| opaque(file, node), |s| Expr::Literal(Value::Str(s)))
        }
        "integer" => file
            .text(node)
            .replace('_', "")
            .parse()
            .map_or_else(|_| opaque(file, node), |n| Expr::Literal(Value::Int(n))),
        "true" => Expr::Literal(Value::Bool(true)),
        "false" => Expr::Literal(Value::Bool(false)),
        "none" => Expr::Literal(Value::None),
        "parenthesized_expression" => pyast::children(node)
            .into_iter()
            .next()
            .map_or_else(|| opaque(file, node), |inner| expr(file, inner, depth + 1)),
        "list" | "tuple" | "set" => {
            Expr::List(pyast::children(node).into_iter().map(|i| expr(file, i, depth + 1)).collect())
        }
        "dictionary" => Expr::Dict(
            pyast::children(node)
                .into_iter()
                .filter(|item| item.kind() != "comment")
                .map(|item| match item.kind() {
                    "pair" => (
                        Some(
                            item.child_by_field_name("key")
                                .map_or(Expr::Opaque(String::new()), |k| expr(file, k, depth + 1)),
                        ),
                        item.child_by_field_name("value")
                            .map_or(Expr::Opaque(String::new()), |v| expr(file, v, depth + 1)),
                    ),
                    "dictionary_splat" => (
                        None,
                        pyast::children(item)
                            .into_iter()
                            .next()
                            .map_or(Expr::Opaque(String::new()), |v| expr(file, v, depth + 1)),
                    ),
                    _ => (Some(opaque(file, item)), opaque(file, item)),
                })
                .collect(),
        ),
        "identifier" | "attribute" => chain(file, node).map_or_else(|| opaque(file, node), Expr::Name),
        "subscript" => match (node.child_by_field_name("value"), node.child_by_field_name("subscript")) {
            (Some(value), Some(key)) => {
                Expr::Subscript(Box::new(expr(file, value, depth + 1)), Box::new(expr(file, key, depth + 1)))
            }
            _ => opaque(file, node),
        },
        "call" => {
            let Some(function) = node.child_by_field_name("function") else { return opaque(file, node) };
            let mut args = Vec::new();
            let mut keywords = Vec::new();
            for argument in node.child_by_field_name("arguments").map(pyast::children).unwrap_or_default() {
                match argument.kind() {
                    "keyword_argument" => {
                        if let (Some(name), Some(value)) =
                            (argument.child_by_field_name("name"), argument.child_by_field_name("value"))
                        {
                            keywords.push((file.text(name).to_string(), expr(file, value, depth + 1)));
                        }
                    }
                    "comment" => {}
                    _ => args.push(expr(file, argument, depth + 1)),
                }
            }
            Expr::Call { function: Box::new(expr(file, function, depth + 1)), args, keywords }
        }
        _ => opaque(file, node),
    }
}

/// `a["x"]["y"]` → (`a`, [`"x"`, `"y"`]).
fn target(file: &PyFile<'_>, node: Node<'_>) -> Option<(String, Vec<Expr>)> {
    let mut keys = Vec::new();
    let mut current = node;
    while current.kind() == "subscript" {
        if keys.len() > MAX_CHAIN {
            return None;
        }
        keys.push(expr(file, current.child_by_field_name("subscript")?, 0));
        current = current.child_by_field_name("value")?;
    }
    keys.reverse();
    (current.kind() == "identifier").then(|| (file.text(current).to_string(), keys))
}

/// The absolute module a `from` import names, from the importing module's name.
pub fn absolute(module: &str, is_package: bool, relative: &str) -> String {
    let dots = relative.chars().take_while(|c| *c == '.').count();
    if dots == 0 {
        return relative.to_string();
    }
    let mut parts: Vec<&str> = if module.is_empty() { Vec::new() } else { module.split('.').collect() };
    if !is_package {
        parts.pop();
    }
    for _ in 1..dots {
        parts.pop();
    }
    let rest = &relative[dots..];
    if !rest.is_empty() {
        parts.push(rest);
    }
    parts.join(".")
}

fn names_assigned(file: &PyFile<'_>, block: Node<'_>, out: &mut Vec<String>) {
    pyast::walk(block, |node| {
        if node.kind() == "assignment" || node.kind() == "augmented_assignment" {
            if let Some(left) = node.child_by_field_name("left")
                && let Some((name, _)) = target(file, left)
            {
                out.push(name);
            }
        } else if node.kind() == "call"
            && let Some(function) = node.child_by_field_name("function")
            && function.kind() == "attribute"
            && let Some(object) = function.child_by_field_name("object")
            && let Some((name, _)) = target(file, object)
        {
            out.push(name);
        }
    });
}

fn statements(file: &PyFile<'_>, block: Node<'_>, module: &str, is_package: bool, out: &mut Vec<Stmt>) {
    for statement in pyast::children(block) {
        match statement.kind() {
            "import_from_statement" => {
                let Some(name) = statement.child_by_field_name("module_name") else { continue };
                let from = absolute(module, is_package, file.text(name));
                let star = pyast::children(statement).iter().any(|c| c.kind() == "wildcard_import");
                let mut names = Vec::new();
                let mut cursor = statement.walk();
                for child in statement.children_by_field_name("name", &mut cursor) {
                    match child.kind() {
                        "dotted_name" => names.push((file.text(child).to_string(), file.text(child).to_string())),
                        "aliased_import" => {
                            if let (Some(n), Some(a)) =
                                (child.child_by_field_name("name"), child.child_by_field_name("alias"))
                            {
                                names.push((file.text(n).to_string(), file.text(a).to_string()));
                            }
                        }
                        _ => {}
                    }
                }
                out.push(Stmt::ImportFrom { module: from, names, star });
            }
            "import_statement" => {
                for child in pyast::children(statement) {
                    match child.kind() {
                        "dotted_name" => out.push(Stmt::Import { module: file.text(child).to_string(), alias: None }),
                        "aliased_import" => {
                            if let (Some(n), Some(a)) =
                                (child.child_by_field_name("name"), child.child_by_field_name("alias"))
                            {
                                out.push(Stmt::Import {
                                    module: file.text(n).to_string(),
                                    alias: Some(file.text(a).to_string()),
                                });
                            }
                        }
                        _ => {}
                    }
                }
            }
            "expression_statement" => {
                for expression in pyast::children(statement) {
                    match expression.kind() {
                        "assignment" => {
                            let (Some(left), Some(right)) =
                                (expression.child_by_field_name("left"), expression.child_by_field_name("right"))
                            else {
                                continue;
                            };
                            match target(file, left) {
                                Some((name, keys)) => {
                                    out.push(Stmt::Assign { name, keys, value: expr(file, right, 0) })
                                }
                                None => {
                                    let mut names = Vec::new();
                                    names_assigned(file, expression, &mut names);
                                    out.extend(names.into_iter().map(|name| Stmt::Changed {
                                        name,
                                        why: "an assignment that is not followed".into(),
                                    }));
                                }
                            }
                        }
                        "augmented_assignment" => {
                            if let Some((name, _)) =
                                expression.child_by_field_name("left").and_then(|l| target(file, l))
                            {
                                out.push(Stmt::Changed {
                                    name,
                                    why: format!("`{}`", file.line_text(expression.start_byte())),
                                });
                            }
                        }
                        "call" => {
                            let Some(function) = expression.child_by_field_name("function") else { continue };
                            if function.kind() == "attribute"
                                && let (Some(object), Some(method)) =
                                    (function.child_by_field_name("object"), function.child_by_field_name("attribute"))
                                && let Some((name, keys)) = target(file, object)
                            {
                                let method = file.text(method);
                                let argument = pyast::positional(expression).first().map(|a| expr(file, *a, 0));
                                match (method, argument) {
                                    ("update", Some(value)) => out.push(Stmt::Update { name, keys, value }),
                                    ("setdefault", _) if name == "environ" || file.text(object) == "os.environ" => {}
                                    _ => out.push(Stmt::Changed {
                                        name,
                                        why: format!("`{}`", file.line_text(expression.start_byte())),
                                    }),
                                }
                            }
                        }
                        _ => {}
                    }
                }
            }
            "return_statement" => {
                if let Some(value) = pyast::children(statement).into_iter().next() {
                    out.push(Stmt::Return(expr(file, value, 0)));
                }
            }
            // Imports in `try` are the `local_settings` pattern: followed when the module is in the tree.
            "try_statement" => {
                if let Some(body) = statement.child_by_field_name("body") {
                    statements(file, body, module, is_package, out);
                }
            }
            "if_statement" | "for_statement" | "while_statement" | "with_statement" | "match_statement" => {
                let mut names = Vec::new();
                names_assigned(file, statement, &mut names);
                let why = format!(
                    "changed under `{}` at line {}",
                    file.line_text(statement.start_byte()),
                    file.line_col(statement.start_byte()).0
                );
                out.extend(names.into_iter().map(|name| Stmt::Changed { name, why: why.clone() }));
            }
            _ => {}
        }
    }
}

impl Module {
    /// The facts of one parsed file whose dotted module name is `name`.
    pub fn of(file: &PyFile<'_>, name: &str, is_settings: bool) -> Module {
        let is_package = file.path.ends_with("__init__.py");
        let mut body = Vec::new();
        statements(file, file.root(), name, is_package, &mut body);
        let mut functions = HashMap::new();
        for statement in pyast::children(file.root()) {
            let definition = if statement.kind() == "decorated_definition" {
                statement.child_by_field_name("definition")
            } else {
                Some(statement)
            };
            if let Some(definition) = definition.filter(|d| d.kind() == "function_definition")
                && let Some(block) = definition.child_by_field_name("body")
            {
                let mut function = Vec::new();
                statements(file, block, name, is_package, &mut function);
                let parameters = definition
                    .child_by_field_name("parameters")
                    .map(pyast::children)
                    .unwrap_or_default()
                    .into_iter()
                    .filter_map(|parameter| match parameter.kind() {
                        "identifier" => Some((file.text(parameter).to_string(), None)),
                        "default_parameter" | "typed_default_parameter" => Some((
                            file.text(parameter.child_by_field_name("name")?).to_string(),
                            parameter.child_by_field_name("value").map(|v| expr(file, v, 0)),
                        )),
                        _ => None,
                    })
                    .collect();
                functions.insert(pyast::name_of(file, definition).to_string(), Function { parameters, body: function });
            }
        }
        let scope = pyast::assignments(file, file.root());
        let logging_at = scope.get("LOGGING").map(|node| file.location(node.start_byte()));
        let mut settings_default = None;
        pyast::walk(file.root(), |node| {
            if node.kind() == "call"
                && node.child_by_field_name("function").is_some_and(|f| file.text(f).ends_with("environ.setdefault"))
                && let [key, value, ..] = pyast::positional(node).as_slice()
                && pyast::string_literal(file, *key).as_deref() == Some("DJANGO_SETTINGS_MODULE")
            {
                settings_default = pyast::string_literal(file, *value);
            }
        });
        Module {
            name: name.to_string(),
            path: file.path.to_string(),
            body,
            functions,
            logging_at,
            settings_default,
            is_settings,
        }
    }
}

/// A name's binding while a module runs.
#[derive(Debug, Clone)]
enum Binding {
    Value(Value),
    Module(String),
    Function(String, String),
}

type Namespace = HashMap<String, Binding>;

/// What a settings module's logging comes to.
#[derive(Debug, Clone, Default)]
pub struct Logging {
    /// `LOGGING`'s value (`Value::Unknown` when it could not be evaluated).
    pub value: Option<Value>,
    pub disabled: bool,
    /// What could not be followed, for messages.
    pub unseen: Vec<String>,
}

/// Runs modules' statements across the tree.
pub struct Evaluator<'a> {
    modules: HashMap<&'a str, &'a Module>,
    done: HashMap<String, Namespace>,
    running: Vec<String>,
    unseen: Vec<String>,
    /// Calls that could not be followed, named when LOGGING ends up unknown.
    calls: Vec<String>,
}

impl<'a> Evaluator<'a> {
    pub fn new(modules: &'a [Module]) -> Evaluator<'a> {
        Evaluator {
            modules: modules.iter().map(|m| (m.name.as_str(), m)).collect(),
            done: HashMap::new(),
            running: Vec::new(),
            unseen: Vec::new(),
            calls: Vec::new(),
        }
    }

    /// The module named so, or one whose name ends with it (a `src/` layout).
    pub fn find(&self, name: &str) -> Option<&'a Module> {
        self.modules.get(name).copied().or_else(|| {
            let suffix = format!(".{name}");
            let mut found = self.modules.values().filter(|m| m.name.ends_with(&suffix));
            let first = found.next()?;
            found.next().is_none().then_some(*first)
        })
    }

    fn namespace(&mut self, name: &str) -> Option<Namespace> {
        let module = self.find(name)?;
        if let Some(done) = self.done.get(&module.name) {
            return Some(done.clone());
        }
        if self.running.contains(&module.name) || self.running.len() >= MAX_IMPORTS {
            self.unseen.push(format!("the import of `{}` (a cycle or too deep)", module.name));
            return Some(Namespace::new());
        }
        self.running.push(module.name.clone());
        let mut namespace = Namespace::new();
        let body = module.body.clone();
        let _ = self.run(&module.name, &body, &mut namespace);
        self.running.pop();
        self.done.insert(module.name.clone(), namespace.clone());
        Some(namespace)
    }

    /// Runs statements; returns the value of a `return`.
    fn run(&mut self, module: &str, body: &[Stmt], namespace: &mut Namespace) -> Option<Value> {
        for statement in body {
            match statement {
                Stmt::ImportFrom { module: from, names, star } => {
                    let imported = self.namespace(from);
                    if *star {
                        match &imported {
                            Some(ns) => namespace.extend(
                                ns.iter().filter(|(k, _)| !k.starts_with('_')).map(|(k, v)| (k.clone(), v.clone())),
                            ),
                            None => {
                                // Only modules that can matter: a star import outside the tree.
                                if !is_stdlib_or_django(from) {
                                    self.unseen.push(format!("`from {from} import *` (not in the tree)"));
                                }
                            }
                        }
                    }
                    for (name, alias) in names {
                        let submodule = format!("{from}.{name}");
                        let binding =
                            if self.find(&submodule).is_some() && self.modules.contains_key(submodule.as_str()) {
                                Some(Binding::Module(submodule))
                            } else if let Some(module_facts) = self.find(from) {
                                if module_facts.functions.contains_key(name) {
                                    Some(Binding::Function(module_facts.name.clone(), name.clone()))
                                } else {
                                    imported.as_ref().and_then(|ns| ns.get(name).cloned())
                                }
                            } else {
                                None
                            };
                        match binding {
                            Some(binding) => {
                                namespace.insert(alias.clone(), binding);
                            }
                            None => {
                                namespace.remove(alias);
                                if alias.contains("LOGGING") {
                                    self.unseen
                                        .push(format!("`{name}` imported from `{from}`, which is not in the tree"));
                                }
                            }
                        }
                    }
                }
                Stmt::Import { module: imported, alias } => match alias {
                    Some(alias) => {
                        namespace.insert(alias.clone(), Binding::Module(imported.clone()));
                    }
                    None => {
                        let first = imported.split('.').next().unwrap_or(imported);
                        namespace.insert(first.to_string(), Binding::Module(first.to_string()));
                    }
                },
                Stmt::Assign { name, keys, value } => {
                    let value = self.eval(module, value, namespace, 0);
                    if keys.is_empty() {
                        namespace.insert(name.clone(), Binding::Value(value));
                    } else {
                        let keys: Vec<Value> = keys.iter().map(|k| self.eval(module, k, namespace, 0)).collect();
                        if let Some(Binding::Value(root)) = namespace.get_mut(name) {
                            set_path(root, &keys, value);
                        }
                    }
                }
                Stmt::Update { name, keys, value } => {
                    let value = self.eval(module, value, namespace, 0);
                    let keys: Vec<Value> = keys.iter().map(|k| self.eval(module, k, namespace, 0)).collect();
                    if let Some(Binding::Value(root)) = namespace.get_mut(name) {
                        update_path(root, &keys, value);
                    }
                }
                Stmt::Return(value) => return Some(self.eval(module, value, namespace, 0)),
                Stmt::Changed { name, why } => {
                    if let Some(Binding::Value(_)) = namespace.get(name) {
                        if name.contains("LOGGING") {
                            self.unseen.push(format!("`{name}` {why} in `{module}`"));
                        }
                        namespace.insert(name.clone(), Binding::Value(Value::Unknown));
                    }
                }
            }
        }
        None
    }

    fn eval(&mut self, module: &str, expr: &Expr, namespace: &Namespace, depth: usize) -> Value {
        if depth > MAX_DEPTH {
            return Value::Unknown;
        }
        match expr {
            Expr::Literal(value) => value.clone(),
            Expr::List(items) => {
                Value::List(items.iter().map(|i| self.eval(module, i, namespace, depth + 1)).collect())
            }
            Expr::Dict(entries) => {
                let mut out = Vec::new();
                for (key, value) in entries {
                    let value = self.eval(module, value, namespace, depth + 1);
                    match key {
                        Some(key) => out.push((self.eval(module, key, namespace, depth + 1), value)),
                        None => match value {
                            Value::Dict(spread) => out.extend(spread),
                            _ => out.push((Value::Unknown, Value::Unknown)),
                        },
                    }
                }
                Value::Dict(out)
            }
            Expr::Name(parts) => self.lookup(parts, namespace),
            Expr::Subscript(value, key) => {
                let value = self.eval(module, value, namespace, depth + 1);
                match self.eval(module, key, namespace, depth + 1) {
                    Value::Str(key) => value.get(&key).cloned().unwrap_or(Value::Unknown),
                    _ => Value::Unknown,
                }
            }
            Expr::Call { function, args, keywords } => {
                let Expr::Name(parts) = function.as_ref() else { return Value::Unknown };
                let last = parts.last().map(String::as_str).unwrap_or_default();
                if matches!(last, "deepcopy" | "copy") && parts.len() <= 2 && args.len() == 1 {
                    return self.eval(module, &args[0], namespace, depth + 1);
                }
                if parts.len() == 1 && last == "dict" {
                    let mut entries = match args.first() {
                        Some(arg) => match self.eval(module, arg, namespace, depth + 1) {
                            Value::Dict(entries) => entries,
                            _ => return Value::Unknown,
                        },
                        None => Vec::new(),
                    };
                    for (key, value) in keywords {
                        entries.push((Value::Str(key.clone()), self.eval(module, value, namespace, depth + 1)));
                    }
                    return Value::Dict(entries);
                }
                if parts.len() >= 2 && last == "copy" {
                    return self.lookup(&parts[..parts.len() - 1], namespace);
                }
                let target = match parts.as_slice() {
                    [name] => match namespace.get(name) {
                        Some(Binding::Function(m, f)) => Some((m.clone(), f.clone())),
                        _ => self
                            .modules
                            .get(module)
                            .filter(|m| m.functions.contains_key(name))
                            .map(|_| (module.to_string(), name.clone())),
                    },
                    [object, name] => match namespace.get(object) {
                        Some(Binding::Module(m)) => self
                            .find(m)
                            .filter(|m| m.functions.contains_key(name))
                            .map(|m| (m.name.clone(), name.clone())),
                        _ => None,
                    },
                    _ => None,
                };
                let Some((home, name)) = target else {
                    self.calls.push(parts.join("."));
                    return Value::Unknown;
                };
                if self.running.len() >= MAX_IMPORTS {
                    return Value::Unknown;
                }
                let Some(function) = self.find(&home).and_then(|m| m.functions.get(&name)).cloned() else {
                    return Value::Unknown;
                };
                // The function sees its module's names; its own assignments are local.
                let mut local =
                    if home == module { namespace.clone() } else { self.namespace(&home).unwrap_or_default() };
                // Arguments by position, then by keyword, then the defaults.
                for (index, (parameter, default)) in function.parameters.iter().enumerate() {
                    let given = args
                        .get(index)
                        .or_else(|| keywords.iter().find(|(name, _)| name == parameter).map(|(_, value)| value));
                    let value = match (given, default) {
                        (Some(value), _) => self.eval(module, value, namespace, depth + 1),
                        (None, Some(default)) => self.eval(&home, default, &local.clone(), depth + 1),
                        (None, None) => Value::Unknown,
                    };
                    local.insert(parameter.clone(), Binding::Value(value));
                }
                self.running.push(format!("{home}.{name}()"));
                let result = self.run(&home, &function.body, &mut local);
                self.running.pop();
                result.unwrap_or(Value::Unknown)
            }
            // Only what LOGGING itself cannot be evaluated for is worth naming (below).
            Expr::Opaque(_) => Value::Unknown,
        }
    }

    fn lookup(&mut self, parts: &[String], namespace: &Namespace) -> Value {
        let Some(first) = parts.first() else { return Value::Unknown };
        if parts.len() == 2 && first == "logging" && !matches!(namespace.get("logging"), Some(Binding::Value(_))) {
            return pyast::level_number(&parts[1]).map_or(Value::Unknown, Value::Int);
        }
        let mut binding = namespace.get(first).cloned();
        for part in &parts[1..] {
            binding = match binding {
                Some(Binding::Module(name)) => {
                    let submodule = format!("{name}.{part}");
                    if self.modules.contains_key(submodule.as_str()) {
                        Some(Binding::Module(submodule))
                    } else {
                        self.namespace(&name).and_then(|ns| ns.get(part).cloned())
                    }
                }
                _ => None,
            };
        }
        match binding {
            Some(Binding::Value(value)) => value,
            _ => Value::Unknown,
        }
    }

    /// `LOGGING` and `LOGGING_CONFIG` of a settings module once it has run.
    pub fn logging(&mut self, name: &str) -> Logging {
        self.unseen.clear();
        self.calls.clear();
        let namespace = self.namespace(name).unwrap_or_default();
        let value = match namespace.get("LOGGING") {
            Some(Binding::Value(value)) => Some(value.clone()),
            Some(_) => Some(Value::Unknown),
            None => None,
        };
        let disabled = matches!(namespace.get("LOGGING_CONFIG"), Some(Binding::Value(Value::None)));
        let calls = std::mem::take(&mut self.calls);
        if value == Some(Value::Unknown) && self.unseen.is_empty() {
            match calls.last() {
                Some(call) => {
                    self.unseen.push(format!("the value returned by `{call}(…)`, which the doctor cannot evaluate"))
                }
                None => self.unseen.push("a value the doctor cannot evaluate".to_string()),
            }
        }
        let mut unseen = std::mem::take(&mut self.unseen);
        unseen.dedup();
        Logging { value, disabled, unseen }
    }
}

fn is_stdlib_or_django(module: &str) -> bool {
    let first = module.split('.').next().unwrap_or(module);
    matches!(first, "django" | "os" | "sys" | "pathlib" | "logging" | "environ" | "decouple" | "dj_database_url")
}

fn entry_mut<'v>(value: &'v mut Value, key: &Value) -> Option<&'v mut Value> {
    let Value::Dict(entries) = value else { return None };
    let index = match entries.iter().rposition(|(k, _)| k == key) {
        Some(index) => index,
        None => {
            entries.push((key.clone(), Value::Dict(Vec::new())));
            entries.len() - 1
        }
    };
    Some(&mut entries[index].1)
}

fn set_path(root: &mut Value, keys: &[Value], value: Value) {
    let Some((last, path)) = keys.split_last() else { return };
    let mut current = root;
    for key in path {
        match entry_mut(current, key) {
            Some(next) => current = next,
            None => return,
        }
    }
    if let Some(slot) = entry_mut(current, last) {
        *slot = value;
    }
}

fn update_path(root: &mut Value, keys: &[Value], value: Value) {
    let mut current = root;
    for key in keys {
        match entry_mut(current, key) {
            Some(next) => current = next,
            None => return,
        }
    }
    match (current, value) {
        (Value::Dict(entries), Value::Dict(more)) => entries.extend(more),
        (current, _) => *current = Value::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn module(path: &str, name: &str, source: &str) -> Module {
        let file = pyast::parse(path, source.as_bytes()).unwrap();
        Module::of(&file, name, true)
    }

    #[test]
    fn relative_imports_resolve() {
        assert_eq!(absolute("rentflow.settings.prod", false, ".base"), "rentflow.settings.base");
        assert_eq!(absolute("rentflow.settings", true, ".base"), "rentflow.settings.base");
        assert_eq!(absolute("rentflow.settings.prod", false, "..logging_conf"), "rentflow.logging_conf");
        assert_eq!(absolute("x", false, "rentflow.conf"), "rentflow.conf");
    }

    #[test]
    fn split_settings_imports_updates_and_builders_are_followed() {
        let modules = vec![
            module(
                "rentflow/logging_conf.py",
                "rentflow.logging_conf",
                "def build(level):\n    config = {'version': 1, 'handlers': {}}\n    config['handlers']['console'] = {'class': 'logging.StreamHandler'}\n    return config\nLOGGING = build('INFO')\nLOGGING['root'] = {'handlers': ['console'], 'level': 'INFO'}\n",
            ),
            module(
                "rentflow/settings/base.py",
                "rentflow.settings.base",
                "from ..logging_conf import LOGGING\nDEBUG = False\n",
            ),
            module(
                "rentflow/settings/prod.py",
                "rentflow.settings.prod",
                "from .base import *\nimport copy\nLOGGING = copy.deepcopy(LOGGING)\nLOGGING['loggers'] = {}\nLOGGING['loggers']['leases'] = {'level': 'DEBUG'}\nLOGGING['root'].update({'level': logging.WARNING})\n",
            ),
        ];
        let mut evaluator = Evaluator::new(&modules);
        let logging = evaluator.logging("rentflow.settings.prod");
        let value = logging.value.unwrap();
        assert_eq!(
            value.get("handlers").and_then(|h| h.get("console")).and_then(|c| c.get("class")),
            Some(&Value::Str("logging.StreamHandler".into()))
        );
        assert_eq!(value.get("root").and_then(|r| r.get("level")), Some(&Value::Int(30)));
        assert_eq!(
            value.get("loggers").and_then(|l| l.get("leases")).and_then(|l| l.get("level")),
            Some(&Value::Str("DEBUG".into()))
        );
        assert!(logging.unseen.is_empty(), "{:?}", logging.unseen);
    }

    #[test]
    fn what_cannot_be_evaluated_is_named() {
        let modules = vec![module(
            "s.py",
            "s",
            "import os\nfrom vendor.conf import LOGGING\nif os.getenv('X'):\n    LOGGING['root'] = {}\n",
        )];
        let logging = Evaluator::new(&modules).logging("s");
        assert!(logging.unseen.iter().any(|u| u.contains("vendor.conf")), "{:?}", logging.unseen);
        let modules = vec![module("s.py", "s", "LOGGING = {'version': 1}\nif DEBUG:\n    LOGGING['root'] = {}\n")];
        let logging = Evaluator::new(&modules).logging("s");
        assert_eq!(logging.value, Some(Value::Unknown));
        assert!(logging.unseen[0].contains("changed under `if DEBUG:`"), "{:?}", logging.unseen);
    }

    #[test]
    fn long_attribute_chains_and_deep_nesting_are_bounded() {
        let chain = format!("LOGGING = a{}\n", ".b".repeat(10_000));
        let nested = format!("LOGGING = {}1{}\n", "[".repeat(5_000), "]".repeat(5_000));
        for source in [chain, nested] {
            let handle = std::thread::Builder::new()
                .stack_size(256 * 1024)
                .spawn(move || {
                    let modules = vec![module("s.py", "s", &source)];
                    Evaluator::new(&modules).logging("s").value
                })
                .unwrap();
            // Finished, with the chain unknown and the nesting cut off where the bound is.
            let value = handle.join().unwrap();
            assert!(matches!(value, Some(Value::Unknown | Value::List(_))), "{value:?}");
        }
    }
}
