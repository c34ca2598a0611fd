//! The `--sarif` file: SARIF 2.1.0 for code-scanning UIs. Every catalogue entry is a rule
//! (with its docs page as help text, and as `helpUri` when a docs URL is known); every
//! finding with a location in the project is a result with its region. Live findings have no
//! place in a source file and are left to the JSON and JUnit reports.

use std::path::Path;

use serde_json::{Value, json};

use super::report::CheckBody;
use crate::findings::{CATALOGUE, Severity};
use crate::report::Report;

/// The page under `docs/checks/` for each code, compiled in so the help travels with the file.
pub fn page(code: &str) -> &'static str {
    match code {
        "RD101" => include_str!("../../docs/checks/RD101.md"),
        "RD102" => include_str!("../../docs/checks/RD102.md"),
        "RD103" => include_str!("../../docs/checks/RD103.md"),
        "RD104" => include_str!("../../docs/checks/RD104.md"),
        "RD105" => include_str!("../../docs/checks/RD105.md"),
        "RD106" => include_str!("../../docs/checks/RD106.md"),
        "RD201" => include_str!("../../docs/checks/RD201.md"),
        "RD202" => include_str!("../../docs/checks/RD202.md"),
        "RD301" => include_str!("../../docs/checks/RD301.md"),
        "RD401" => include_str!("../../docs/checks/RD401.md"),
        "RD501" => include_str!("../../docs/checks/RD501.md"),
        "RD502" => include_str!("../../docs/checks/RD502.md"),
        "RD503" => include_str!("../../docs/checks/RD503.md"),
        "RD504" => include_str!("../../docs/checks/RD504.md"),
        "RD701" => include_str!("../../docs/checks/RD701.md"),
        "RD901" => include_str!("../../docs/checks/RD901.md"),
        "RD902" => include_str!("../../docs/checks/RD902.md"),
        "RD903" => include_str!("../../docs/checks/RD903.md"),
        "RD904" => include_str!("../../docs/checks/RD904.md"),
        _ => "",
    }
}

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
                "help": { "text": kind.fix, "markdown": page(kind.code) },
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
    fn every_catalogue_code_has_its_page() {
        for kind in CATALOGUE {
            let page = page(kind.code);
            assert!(page.starts_with(&format!("# {} {}", kind.code, kind.name)), "docs/checks/{}.md", kind.code);
        }
    }

    #[test]
    fn paths_are_percent_encoded() {
        assert_eq!(uri_path("/a b/c#d.py"), "/a%20b/c%23d.py");
    }
}
