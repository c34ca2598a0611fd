//! RD401 python-syntax-error: a Python file that does not compile.
//!
//! The grammar comes from tree-sitter (ERROR and MISSING nodes); what tree-sitter accepts but
//! CPython rejects is checked here by hand: escape sequences in non-raw string literals (the
//! journal's `C:\Users\…` pasted as a string, which fails with `SyntaxError: (unicode
//! error) 'unicodeescape' codec can't decode bytes`), Python 2 `print`/`exec` statements,
//! NUL bytes and invalid UTF-8. Like CPython, one error is reported per file: the first.

use tree_sitter::Node;

use super::pyast::{self, PyFile};
use crate::findings::{Finding, RD401};

/// A syntax problem at a byte offset of the file.
#[derive(Debug, Clone)]
struct Problem {
    at: usize,
    message: String,
    /// What CPython says about it.
    python: String,
}

/// The first reason the file does not compile, as an RD401 finding.
pub fn check(file: &PyFile<'_>) -> Option<Finding> {
    let mut problems: Vec<Problem> = Vec::new();
    if let Some(problem) = encoding_problem(file.source) {
        problems.push(problem);
    }
    if memchr::memchr(b'\\', file.source).is_some()
        && let Some(problem) = escape_problem(file)
    {
        problems.push(problem);
    }
    if file.root().has_error()
        && let Some(problem) = grammar_problem(file)
    {
        problems.push(problem);
    }
    if let Some(problem) = python2_statement(file) {
        problems.push(problem);
    }
    let first = problems.into_iter().min_by_key(|p| p.at)?;
    Some(
        Finding::new(&RD401, first.message)
            .with_location(file.location(first.at))
            .with_evidence(file.line_text(first.at))
            .with_evidence(format!("Python: {}", first.python)),
    )
}

fn has_coding_declaration(source: &[u8]) -> bool {
    // PEP 263: a comment matching `coding[:=]` on the first or second line.
    source.split(|&b| b == b'\n').take(2).any(|line| {
        let text = String::from_utf8_lossy(line);
        let trimmed = text.trim_start();
        trimmed.starts_with('#') && (trimmed.contains("coding:") || trimmed.contains("coding="))
    })
}

fn encoding_problem(source: &[u8]) -> Option<Problem> {
    if let Some(at) = memchr::memchr(0, source) {
        return Some(Problem {
            at,
            message: "the file contains a NUL byte; it is binary or corrupted".to_string(),
            python: "SyntaxError: source code cannot contain null bytes".to_string(),
        });
    }
    if let Err(err) = std::str::from_utf8(source)
        && !has_coding_declaration(source)
    {
        let at = err.valid_up_to();
        return Some(Problem {
            at,
            message: format!(
                "byte 0x{:02x} is not valid UTF-8, and no coding declaration names another encoding",
                source[at]
            ),
            python: format!(
                "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {at}: invalid start byte",
                source[at]
            ),
        });
    }
    None
}

/// Looks like a Windows path: `C:\…`, `\\server\share`, or a `\Users\` segment.
fn looks_like_windows_path(text: &str) -> bool {
    let bytes = text.trim_start().as_bytes();
    (bytes.len() > 2 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':' && bytes[2] == b'\\')
        || text.trim_start().starts_with("\\\\")
        || text.contains("\\Users\\")
        || text.contains("\\users\\")
}

/// The first invalid escape in a non-raw string literal.
fn escape_problem(file: &PyFile<'_>) -> Option<Problem> {
    let mut checked = std::collections::HashSet::new();
    for backslash in memchr::memchr_iter(b'\\', file.source) {
        let Some(node) = file.root().descendant_for_byte_range(backslash, backslash + 1) else { continue };
        // The backslash is a token inside a string's content (or an escape sequence); the
        // string literal is a few levels up.
        let mut string = None;
        let mut current = Some(node);
        for _ in 0..4 {
            let Some(n) = current else { break };
            if n.kind() == "string" {
                string = Some(n);
                break;
            }
            if n.kind() == "interpolation" {
                break;
            }
            current = n.parent();
        }
        let Some(string) = string else { continue };
        if !checked.insert(string.id()) {
            continue;
        }
        if let Some(problem) = string_problem(file, string) {
            return Some(problem);
        }
    }
    None
}

fn hex_digits(bytes: &[u8], max: usize) -> usize {
    bytes.iter().take(max).take_while(|b| b.is_ascii_hexdigit()).count()
}

/// Checks one string literal's escapes as CPython's decoder would.
fn string_problem(file: &PyFile<'_>, string: Node<'_>) -> Option<Problem> {
    let parts = pyast::children(string);
    let start = parts.iter().find(|p| p.kind() == "string_start")?;
    let prefix: String = file.text(*start).chars().take_while(|c| c.is_ascii_alphabetic()).collect();
    let prefix = prefix.to_ascii_lowercase();
    if prefix.contains('r') {
        return None;
    }
    let is_bytes = prefix.contains('b');
    let is_format = prefix.contains('f') || prefix.contains('t');
    let body_start = start.end_byte();
    for (index, part) in parts.iter().enumerate() {
        if part.kind() != "string_content" {
            continue;
        }
        let followed_by_interpolation = parts.get(index + 1).is_some_and(|n| n.kind() == "interpolation");
        let bytes = &file.source[part.byte_range()];
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] != b'\\' {
                i += 1;
                continue;
            }
            let Some(&next) = bytes.get(i + 1) else { break };
            let at = part.start_byte() + i;
            let position = at - body_start;
            let rest = &bytes[i + 2..];
            let (wanted, name) = match next {
                b'x' => (2, "\\xXX"),
                b'u' if !is_bytes => (4, "\\uXXXX"),
                b'U' if !is_bytes => (8, "\\UXXXXXXXX"),
                b'N' if !is_bytes => {
                    let well_formed = rest.first() == Some(&b'{')
                        && rest.iter().position(|&b| b == b'}').is_some_and(|close| {
                            close > 1 && rest[1..close].iter().all(|b| b.is_ascii_alphanumeric() || b" -".contains(b))
                        });
                    // In an f-string tree-sitter reads `{NAME}` after `\N` as a replacement field.
                    let split_by_fstring = is_format && rest.is_empty() && followed_by_interpolation;
                    if !well_formed && !split_by_fstring {
                        return Some(escape(
                            file,
                            string,
                            at,
                            position,
                            position + 1,
                            "malformed \\N character escape",
                        ));
                    }
                    i += 2;
                    continue;
                }
                _ => {
                    i += 2;
                    continue;
                }
            };
            let digits = hex_digits(rest, wanted);
            if digits < wanted {
                if is_bytes {
                    return Some(Problem {
                        at,
                        message: format!(
                            "invalid \\x escape in a bytes literal: `\\x` needs two hex digits{}",
                            raw_hint()
                        ),
                        python: format!("SyntaxError: (value error) invalid \\x escape at position {position}"),
                    });
                }
                let reason = format!("truncated {name} escape");
                return Some(escape(file, string, at, position, position + 1 + digits, &reason));
            }
            if next == b'U' {
                let value = u32::from_str_radix(std::str::from_utf8(&rest[..8]).unwrap_or("0"), 16).unwrap_or(0);
                if value > 0x10FFFF {
                    return Some(escape(file, string, at, position, position + 9, "illegal Unicode character"));
                }
            }
            i += 2 + wanted;
        }
    }
    None
}

fn raw_hint() -> &'static str {
    "; write it as a raw string (r\"…\") or double the backslash"
}

fn escape(file: &PyFile<'_>, string: Node<'_>, at: usize, from: usize, to: usize, reason: &str) -> Problem {
    let literal = file.text(string);
    let escape_text: String = String::from_utf8_lossy(&file.source[at..(at + 2).min(file.source.len())]).into_owned();
    let message = if looks_like_windows_path(
        literal.trim_start_matches(|c: char| c.is_ascii_alphabetic()).trim_start_matches(['"', '\'']),
    ) {
        format!(
            "a pasted Windows path in a non-raw string: Python reads `{escape_text}` as the start of an escape sequence ({reason}){}",
            raw_hint()
        )
    } else {
        format!("`{escape_text}` starts an invalid escape sequence in a non-raw string ({reason}){}", raw_hint())
    };
    Problem {
        at,
        message,
        python: format!(
            "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position {from}-{to}: {reason}"
        ),
    }
}

/// The first ERROR or MISSING node.
fn grammar_problem(file: &PyFile<'_>) -> Option<Problem> {
    let mut cursor = file.root().walk();
    let mut found: Option<Node<'_>> = None;
    'outer: loop {
        let node = cursor.node();
        if node.is_error() || node.is_missing() {
            found = Some(node);
            break;
        }
        if node.has_error() && cursor.goto_first_child() {
            continue;
        }
        loop {
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                break 'outer;
            }
        }
    }
    let node = found?;
    let at = node.start_byte();
    let line = file.line_text(at);
    if looks_like_windows_path(&line) {
        let (line_no, _) = file.line_col(at);
        let line_start = file.source.split(|&b| b == b'\n').take(line_no as usize - 1).map(|l| l.len() + 1).sum();
        let indent = file.source[line_start..].iter().take_while(|b| **b == b' ' || **b == b'\t').count();
        return Some(Problem {
            at: line_start + indent,
            message: format!(
                "a pasted Windows path line: `{}` is not Python; remove the line (or make it a comment)",
                line.trim()
            ),
            python: "SyntaxError: unexpected character after line continuation character".to_string(),
        });
    }
    if node.is_missing() {
        let expected = node.kind();
        return Some(Problem {
            at,
            message: format!("invalid syntax: `{expected}` expected here"),
            python: format!("SyntaxError: expected '{expected}'"),
        });
    }
    let text: String = file.text(node).chars().take(40).collect();
    let text = text.lines().next().unwrap_or_default().to_string();
    Some(Problem {
        at,
        message: if text.trim().is_empty() {
            "invalid syntax".to_string()
        } else {
            format!("invalid syntax at `{}`", text.trim())
        },
        python: "SyntaxError: invalid syntax".to_string(),
    })
}

/// Python 2's `print x` and `exec code`, which tree-sitter accepts for old code. Only the
/// places where the words occur are looked at, not the whole tree.
fn python2_statement(file: &PyFile<'_>) -> Option<Problem> {
    let mut first: Option<(usize, &str)> = None;
    for keyword in ["print", "exec"] {
        for at in memchr::memmem::find_iter(file.source, keyword.as_bytes()) {
            if first.is_some_and(|(earliest, _)| earliest <= at) {
                break;
            }
            let Some(node) = file.root().descendant_for_byte_range(at, at + keyword.len()) else { continue };
            let statement = [Some(node), node.parent()]
                .into_iter()
                .flatten()
                .find(|n| matches!(n.kind(), "print_statement" | "exec_statement") && n.start_byte() == at);
            if statement.is_some() {
                first = Some((at, keyword));
                break;
            }
        }
    }
    let (at, keyword) = first?;
    Some(Problem {
        at,
        message: format!("a Python 2 `{keyword}` statement; Python 3 needs `{keyword}(…)`"),
        python: format!("SyntaxError: Missing parentheses in call to '{keyword}'. Did you mean {keyword}(...)?"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_source(source: &str) -> Option<Finding> {
        let file = pyast::parse("x.py", source.as_bytes()).unwrap();
        check(&file)
    }

    #[test]
    fn a_pasted_windows_path_string_is_the_journal_case() {
        let finding = check_source("\"C:\\Users\\dev\\rentflow\\run_kafka_consumer.py\"\nimport os\n").unwrap();
        assert!(finding.message.contains("Windows path"), "{}", finding.message);
        let location = finding.location.unwrap();
        assert_eq!((location.line, location.column), (1, 4));
        assert!(finding.evidence[1].contains("position 2-3: truncated \\UXXXXXXXX escape"), "{:?}", finding.evidence);
    }

    #[test]
    fn a_bare_windows_path_line_is_named() {
        let finding = check_source("import os\nC:\\Users\\dev\\consumer.py\nx = 1\n").unwrap();
        assert!(finding.message.contains("pasted Windows path line"), "{}", finding.message);
        assert_eq!(finding.location.unwrap().line, 2);
    }

    #[test]
    fn invalid_escapes_are_found_and_valid_ones_are_not() {
        for bad in ["x = '\\N'\n", "x = 'a\\x4g'\n", "x = '\\u12'\n", "x = '\\U00110000'\n", "x = b'\\xz1'\n"] {
            assert!(check_source(bad).is_some(), "{bad}");
        }
        for good in [
            "x = r'C:\\Users\\new'\n",
            "x = 'C:\\\\Users\\\\new'\n",
            "x = b'\\N\\U'\n",
            "x = '\\N{BULLET} \\x41 \\u00e9 \\U0001F600 \\d'\n",
            "# C:\\Users\\dev\\path in a comment\nx = 1\n",
            "x = rb'\\x'\n",
            "x = f'{1}\\N{BULLET}'\n",
            "x = Rb'\\U'\n",
        ] {
            assert!(check_source(good).is_none(), "{good}: {:?}", check_source(good));
        }
    }

    #[test]
    fn grammar_errors_and_python2_are_reported() {
        assert!(check_source("def f(:\n    pass\n").is_some());
        let finding = check_source("print 'hello'\n").unwrap();
        assert!(finding.message.contains("print"), "{}", finding.message);
        assert!(check_source("x = (1,\n").is_some());
        assert!(check_source("def f():\n    return 1\n").is_none());
    }

    #[test]
    fn nul_bytes_and_bad_utf8_do_not_compile() {
        let file = pyast::parse("x.py", b"x = 1\x00\n").unwrap();
        assert!(check(&file).is_some());
        let file = pyast::parse("x.py", b"x = '\xff'\n").unwrap();
        assert!(check(&file).is_some());
        let file = pyast::parse("x.py", b"# -*- coding: latin-1 -*-\nx = '\xff'\n").unwrap();
        assert!(check(&file).is_none());
    }
}
