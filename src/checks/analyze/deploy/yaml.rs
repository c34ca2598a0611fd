//! Reading YAML deploy files (compose, Kubernetes manifests, Kustomize) with spans, tags,
//! `<<` merge keys and aliases followed — and bounded: alias expansion is capped by the
//! parser's node budget, and block nesting deeper than [`MAX_DEPTH`] is refused before the
//! parser (which recurses once per level) is given the text.

use saphyr::{LoadableYamlNode, MarkedYaml, Scalar, YamlData};

use crate::findings::Location;

/// Deeper block nesting than any deploy file needs; the parser's recursion stays far from the
/// walker threads' stack limit. Flow collections (`[[[…`) are bounded by the parser itself.
pub const MAX_DEPTH: usize = 64;

/// An estimate from above of the block nesting depth: open indentation levels plus compact
/// `- `/`? ` indicators on a line.
fn block_depth(text: &str) -> usize {
    let mut open: Vec<usize> = Vec::new();
    let mut deepest = 0;
    for line in text.lines() {
        let content = line.trim_start_matches(' ');
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        let indent = line.len() - content.len();
        while open.last().is_some_and(|&top| top > indent) {
            open.pop();
        }
        if open.last() != Some(&indent) {
            open.push(indent);
        }
        let mut rest = content;
        let mut compact = 0;
        while let Some(after) = rest.strip_prefix("- ").or_else(|| rest.strip_prefix("? ")) {
            compact += 1;
            rest = after.trim_start_matches(' ');
        }
        deepest = deepest.max(open.len() + compact);
    }
    deepest
}

/// Parses every document of a YAML text; `Err` with the reason when it is not YAML or nests
/// too deeply.
pub fn load(text: &str) -> Result<Vec<MarkedYaml<'_>>, String> {
    let depth = block_depth(text);
    if depth > MAX_DEPTH {
        return Err(format!("nested {depth} levels deep, more than the {MAX_DEPTH} read"));
    }
    MarkedYaml::load_from_str(text).map_err(|err| err.to_string())
}

pub fn unwrap_tag<'a, 'b>(node: &'a MarkedYaml<'b>) -> &'a MarkedYaml<'b> {
    let mut node = node;
    while let YamlData::Tagged(_, inner) = &node.data {
        node = inner;
    }
    node
}

pub fn scalar(node: &MarkedYaml<'_>) -> Option<String> {
    match &unwrap_tag(node).data {
        YamlData::Value(Scalar::String(text)) => Some(text.to_string()),
        YamlData::Value(Scalar::Integer(n)) => Some(n.to_string()),
        YamlData::Value(Scalar::Boolean(b)) => Some(b.to_string()),
        YamlData::Value(Scalar::FloatingPoint(f)) => Some(f.to_string()),
        YamlData::Representation(text, _, _) => Some(text.to_string()),
        _ => None,
    }
}

pub fn is_null(node: &MarkedYaml<'_>) -> bool {
    matches!(unwrap_tag(node).data, YamlData::Value(Scalar::Null))
}

/// A mapping's entry by key, following `<<` merge keys (a merge chain is followed at most
/// [`MAX_DEPTH`] deep).
pub fn get<'a, 'b>(node: &'a MarkedYaml<'b>, key: &str) -> Option<&'a MarkedYaml<'b>> {
    get_bounded(node, key, 0)
}

fn get_bounded<'a, 'b>(node: &'a MarkedYaml<'b>, key: &str, depth: usize) -> Option<&'a MarkedYaml<'b>> {
    if depth > MAX_DEPTH {
        return None;
    }
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
        YamlData::Sequence(items) => items.iter().find_map(|item| get_bounded(item, key, depth + 1)),
        _ => get_bounded(merged, key, depth + 1),
    }
}

/// The string at a path of keys.
pub fn get_str(node: &MarkedYaml<'_>, path: &[&str]) -> Option<String> {
    let mut current = node;
    for key in path {
        current = get(current, key)?;
    }
    scalar(current)
}

pub fn entries<'a, 'b>(node: &'a MarkedYaml<'b>) -> Vec<(String, &'a MarkedYaml<'b>)> {
    match &unwrap_tag(node).data {
        YamlData::Mapping(map) => map.iter().filter_map(|(k, v)| Some((scalar(k)?, v))).collect(),
        _ => Vec::new(),
    }
}

pub fn items<'a, 'b>(node: &'a MarkedYaml<'b>) -> Option<&'a Vec<MarkedYaml<'b>>> {
    match &unwrap_tag(node).data {
        YamlData::Sequence(items) => Some(items),
        _ => None,
    }
}

/// A sequence's items, or the node itself as a one-item list.
pub fn one_or_many<'a, 'b>(node: &'a MarkedYaml<'b>) -> Vec<&'a MarkedYaml<'b>> {
    match items(node) {
        Some(items) => items.iter().collect(),
        None => vec![node],
    }
}

pub fn location(path: &str, node: &MarkedYaml<'_>) -> Location {
    Location {
        path: path.to_string(),
        line: node.span.start.line().max(1) as u32,
        column: node.span.start.col() as u32 + 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alias_expansion_is_bounded() {
        // The "billion laughs": nine levels of ten aliases each would be 10⁹ nodes.
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for level in 1..9 {
            let previous = format!("*a{}", level - 1);
            let list = [previous.as_str(); 10].join(", ");
            text.push_str(&format!("a{level}: &a{level} [{list}]\n"));
        }
        let error = load(&text).unwrap_err();
        assert!(error.contains("alias expansion"), "{error}");
    }

    #[test]
    fn deep_block_nesting_is_refused_before_parsing() {
        let deep = "- ".repeat(100_000) + "x\n";
        assert!(load(&deep).unwrap_err().contains("nested"));
        let indented: String = (0..200).map(|i| format!("{}k{i}:\n", " ".repeat(i))).collect();
        assert!(load(&indented).unwrap_err().contains("nested"));
        let flow = "[".repeat(100_000);
        assert!(load(&flow).is_err());
        assert!(load("services:\n  app:\n    command: [python, -u, x.py]\n").is_ok());
    }
}
