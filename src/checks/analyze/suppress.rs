//! Inline suppression: `# rentflow-doctor: ignore[RD301]` on the offending line or alone on
//! the line above it, `# rentflow-doctor: ignore` for every code, and
//! `# rentflow-doctor: ignore-file[RD401]` anywhere in a file for the whole file. Codes or
//! names, comma-separated. Works in every file kind the checks read (Python, YAML,
//! Dockerfile, Procfile), all of which comment with `#`.

use std::collections::HashMap;

use crate::findings::{self, Finding};

const MARKER: &[u8] = b"rentflow-doctor:";

/// Which codes are ignored where; `None` in a set means every code.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Suppressions {
    /// Line → codes, for directives that apply to their own line.
    same_line: HashMap<u32, Option<Vec<String>>>,
    /// Line → codes, for directives alone on their line (they cover the next line).
    next_line: HashMap<u32, Option<Vec<String>>>,
    file: Option<Option<Vec<String>>>,
    /// Codes written in directives that the catalogue does not know.
    pub unknown: Vec<(u32, String)>,
}

impl Suppressions {
    /// Reads the directives of a file; `None` when it has none (the common case, found with
    /// one substring search).
    pub fn parse(source: &[u8]) -> Option<Suppressions> {
        memchr::memmem::find(source, MARKER)?;
        let mut found = Suppressions::default();
        for (index, line) in source.split(|&b| b == b'\n').enumerate() {
            let Some(at) = memchr::memmem::find(line, MARKER) else { continue };
            let before = &line[..at];
            let Some(hash) = before.iter().rposition(|&b| b == b'#') else { continue };
            let own_line = line[..hash].iter().all(u8::is_ascii_whitespace);
            let rest = String::from_utf8_lossy(&line[at + MARKER.len()..]);
            let rest = rest.trim();
            let (whole_file, rest) = if let Some(rest) = rest.strip_prefix("ignore-file") {
                (true, rest)
            } else if let Some(rest) = rest.strip_prefix("ignore") {
                (false, rest)
            } else {
                continue;
            };
            let line_number = index as u32 + 1;
            let codes = match rest.strip_prefix('[').and_then(|r| r.split_once(']')) {
                Some((list, _)) => {
                    let mut codes = Vec::new();
                    for item in list.split(',').map(str::trim).filter(|c| !c.is_empty()) {
                        match findings::lookup(item) {
                            Some(kind) => codes.push(kind.code.to_string()),
                            None => found.unknown.push((line_number, item.to_string())),
                        }
                    }
                    Some(codes)
                }
                None => None,
            };
            if whole_file {
                found.file = Some(codes);
            } else if own_line {
                found.next_line.insert(line_number, codes);
            } else {
                found.same_line.insert(line_number, codes);
            }
        }
        Some(found)
    }

    /// Whether a finding at `line` with `code` is suppressed.
    pub fn covers(&self, code: &str, line: u32) -> bool {
        let matches = |codes: &Option<Vec<String>>| codes.as_ref().is_none_or(|codes| codes.iter().any(|c| c == code));
        self.file.as_ref().is_some_and(matches)
            || self.same_line.get(&line).is_some_and(matches)
            || line > 1 && self.next_line.get(&(line - 1)).is_some_and(matches)
    }
}

/// Splits findings into kept and suppressed, using each file's directives.
pub fn apply(findings: Vec<Finding>, directives: &HashMap<String, Suppressions>) -> (Vec<Finding>, Vec<Finding>) {
    findings.into_iter().partition(|finding| {
        let Some(location) = &finding.location else { return true };
        !directives.get(&location.path).is_some_and(|d| d.covers(&finding.code, location.line))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directives_cover_their_line_the_next_line_or_the_file() {
        let source = b"a = 1  # rentflow-doctor: ignore[RD401, stdout-buffered]\n# rentflow-doctor: ignore\nb = 2\nc = 3 # rentflow-doctor: ignore[RD999]\n";
        let found = Suppressions::parse(source).unwrap();
        assert!(found.covers("RD401", 1));
        assert!(found.covers("RD301", 1));
        assert!(!found.covers("RD101", 1));
        assert!(found.covers("RD101", 3));
        assert!(!found.covers("RD101", 4));
        assert_eq!(found.unknown, [(4, "RD999".to_string())]);
        let whole = Suppressions::parse(b"# rentflow-doctor: ignore-file[RD401]\n").unwrap();
        assert!(whole.covers("RD401", 90));
        assert!(!whole.covers("RD301", 90));
        assert!(Suppressions::parse(b"nothing here").is_none());
    }
}
