//! The `--sarif` file: SARIF 2.1.0 for code-scanning UIs. Every catalogue entry is a rule
//! (with its docs page, from the catalogue, as help text, and as `helpUri` when a docs URL is known); every
//! finding with a location in the project is a result with its region. Live findings have no
//! place in a source file and are left to the JSON and JUnit reports.

use std::path::Path;

use serde_json::{Value, json};

use super::CheckBody;
use crate::checks::catalog;
use crate::findings::{CATALOGUE, Severity};
use crate::report::Report;

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// Percent-encodes a path for a URI, keeping `/`.
fn uri_path(path: &str) -> String {
    let mut out = String::new();
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The SARIF document for a report; `root` is the project directory the locations are
/// relative to.
pub fn render(report: &Report<CheckBody>, root: &Path, docs_url: Option<&str>) -> String {
    let rules: Vec<Value> = CATALOGUE
        .iter()
        .map(|kind| {
            let mut rule = json!({
                "id": kind.code,
                "name": kind.name,
                "shortDescription": { "text": kind.summary },
                "fullDescription": { "text": kind.summary },
                "help": { "text": kind.fix, "markdown": catalog::page(kind.code).unwrap_or(kind.summary) },
                "defaultConfiguration": { "level": level(kind.severity) },
                "properties": { "tags": ["rentflow"] },
            });
            if let Some(base) = docs_url {
                rule["helpUri"] = json!(format!("{base}/{}.md", kind.code));
            }
            rule
        })
        .collect();
    let results: Vec<Value> = report
        .findings
        .iter()
        .filter_map(|finding| {
            let location = finding.location.as_ref()?;
            let index = CATALOGUE.iter().position(|k| k.code == finding.code)?;
            let mut region = json!({ "startLine": location.line.max(1), "startColumn": location.column.max(1) });
            if let Some(snippet) = finding.evidence.first() {
                region["snippet"] = json!({ "text": snippet });
            }
            Some(json!({
                "ruleId": finding.code,
                "ruleIndex": index,
                "level": level(finding.severity),
                "properties": { "certainty": finding.certainty },
                "message": { "text": format!("{} Fix: {}", finding.message, finding.fix) },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": uri_path(&location.path), "uriBaseId": "SRCROOT" },
                        "region": region,
                    }
                }],
            }))
        })
        .collect();
    let mut root_uri = format!("file://{}", uri_path(&root.to_string_lossy()));
    if !root_uri.ends_with('/') {
        root_uri.push('/');
    }
    let mut driver = json!({
        "name": "rentflow-doctor",
        "version": env!("CARGO_PKG_VERSION"),
        "semanticVersion": env!("CARGO_PKG_VERSION"),
        "rules": rules,
    });
    if let Some(base) = docs_url {
        driver["informationUri"] = json!(base);
    }
    let document = json!({
        "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": driver },
            "originalUriBaseIds": { "SRCROOT": { "uri": root_uri } },
            "columnKind": "unicodeCodePoints",
            "invocations": [{
                "executionSuccessful": true,
                "exitCode": report.summary.exit_code,
                "startTimeUtc": report.started_at,
            }],
            "results": results,
        }],
    });
    format!("{document:#}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_percent_encoded() {
        assert_eq!(uri_path("/a b/c#d.py"), "/a%20b/c%23d.py");
    }
}
