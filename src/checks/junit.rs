//! The `--junit` file: one testsuite per phase (static, live), one testcase per check, a
//! `failure` element listing the findings of a check that fails the run, `skipped` for a
//! check that did not run and `error` for one that could not finish. Warnings fail a
//! testcase only under `--fail-on warning`; otherwise they are listed in its `system-out`.

use std::fmt::Write as _;

use super::catalog::Phase;
use super::report::{CheckBody, CheckResult, Status};
use crate::findings::{Finding, Severity};
use crate::report::Report;

/// Escapes text for XML attributes and content, dropping characters XML 1.0 cannot hold.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

fn seconds(ms: f64) -> String {
    format!("{:.3}", ms.max(0.0) / 1000.0)
}

fn finding_text(finding: &Finding) -> String {
    let mut text = String::new();
    let at = finding.location.as_ref().map(|l| format!(" at {}:{}:{}", l.path, l.line, l.column)).unwrap_or_default();
    let _ = writeln!(text, "{} {} [{}]{at}", finding.code, finding.name, finding.severity.as_str());
    let _ = writeln!(text, "  {}", finding.message);
    for line in &finding.evidence {
        let _ = writeln!(text, "  | {line}");
    }
    let _ = writeln!(text, "  fix: {}", finding.fix);
    text
}

fn testcase(check: &CheckResult, findings: &[Finding], fail_on: Severity, suite: &str) -> (String, bool, bool, bool) {
    let own: Vec<&Finding> = check.findings.iter().filter_map(|i| findings.get(*i)).collect();
    let failing: Vec<&&Finding> = own.iter().filter(|f| f.severity >= fail_on).collect();
    let title = if check.name == check.id { check.id.clone() } else { format!("{} {}", check.id, check.name) };
    let mut out = format!(
        "    <testcase name=\"{}\" classname=\"{suite}\" time=\"{}\">\n",
        escape(&title),
        seconds(check.duration_ms)
    );
    let (mut failed, mut errored, mut skipped) = (false, false, false);
    match check.status {
        Status::Skipped => {
            skipped = true;
            let _ = writeln!(out, "      <skipped message=\"{}\"/>", escape(&check.detail));
        }
        Status::Error => {
            errored = true;
            let _ = writeln!(
                out,
                "      <error type=\"check-error\" message=\"{}\">{}</error>",
                escape(&check.detail),
                escape(&check.detail)
            );
        }
        _ if !failing.is_empty() => {
            failed = true;
            let text: String = failing.iter().map(|f| finding_text(f)).collect();
            let codes: Vec<&str> = failing.iter().map(|f| f.code.as_str()).collect();
            let _ = writeln!(
                out,
                "      <failure type=\"{}\" message=\"{} finding(s): {}\">{}</failure>",
                escape(&codes.join(" ")),
                failing.len(),
                escape(&failing[0].message),
                escape(&text)
            );
        }
        _ => {}
    }
    let below: Vec<&&Finding> = own.iter().filter(|f| f.severity < fail_on).collect();
    if !below.is_empty() {
        let text: String = below.iter().map(|f| finding_text(f)).collect();
        let _ = writeln!(out, "      <system-out>{}</system-out>", escape(&text));
    }
    out.push_str("    </testcase>\n");
    (out, failed, errored, skipped)
}

/// The JUnit XML document for a `check` report.
pub fn render(report: &Report<CheckBody>, fail_on: Severity) -> String {
    let body = &report.body;
    let mut suites = String::new();
    let (mut total, mut total_failures, mut total_errors) = (0, 0, 0);
    for (phase, suite) in [(Phase::Static, "rentflow-doctor.static"), (Phase::Live, "rentflow-doctor.live")] {
        let checks: Vec<&CheckResult> = body.checks.iter().filter(|c| c.phase == phase).collect();
        if checks.is_empty() {
            continue;
        }
        let (mut cases, mut failures, mut errors, mut skipped, mut time) = (String::new(), 0, 0, 0, 0.0);
        for check in &checks {
            let (case, failed, errored, was_skipped) = testcase(check, &report.findings, fail_on, suite);
            cases.push_str(&case);
            failures += usize::from(failed);
            errors += usize::from(errored);
            skipped += usize::from(was_skipped);
            time += check.duration_ms;
        }
        total += checks.len();
        total_failures += failures;
        total_errors += errors;
        let _ = write!(
            suites,
            "  <testsuite name=\"{suite}\" tests=\"{}\" failures=\"{failures}\" errors=\"{errors}\" skipped=\"{skipped}\" time=\"{}\" timestamp=\"{}\">\n{cases}  </testsuite>\n",
            checks.len(),
            seconds(time),
            escape(&report.started_at)
        );
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"rentflow-doctor check\" tests=\"{total}\" failures=\"{total_failures}\" errors=\"{total_errors}\" time=\"{}\">\n{suites}</testsuites>\n",
        seconds(report.duration_ms)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_special_and_control_characters_are_escaped() {
        assert_eq!(escape("a<b & \"c\" 'd'>\u{1b}[0m"), "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;[0m");
    }
}
