//! The human rendering: doctor-style ✓ / ! / ✗ lines, comfy-table tables, a hint under
//! each problem and a one-line summary. Colour is decided before rendering and passed in;
//! nothing here looks at the environment.

use std::fmt::Write as _;
use std::time::Duration;

use comfy_table::{Cell, Color, ContentArrangement, Table, TableComponent, presets};

use super::{Body, Report};
use crate::findings::{Finding, Severity};
use crate::untrusted::{escape, escape_lines};

/// Rendering choices made once per run.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
}

/// Marks and colours for statuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Ok,
    Warning,
    Failed,
    Skipped,
    Info,
}

impl Mark {
    pub fn symbol(self) -> &'static str {
        match self {
            Mark::Ok => "✓",
            Mark::Warning => "!",
            Mark::Failed => "✗",
            Mark::Skipped => "-",
            Mark::Info => "i",
        }
    }

    fn color(self) -> Color {
        match self {
            Mark::Ok => Color::Green,
            Mark::Warning => Color::Yellow,
            Mark::Failed => Color::Red,
            Mark::Skipped => Color::DarkGrey,
            Mark::Info => Color::Cyan,
        }
    }

    fn ansi(self) -> &'static str {
        match self {
            Mark::Ok => "32",
            Mark::Warning => "33",
            Mark::Failed => "31",
            Mark::Skipped => "90",
            Mark::Info => "36",
        }
    }

    pub fn of_severity(severity: Severity) -> Mark {
        match severity {
            Severity::Error => Mark::Failed,
            Severity::Warning => Mark::Warning,
            Severity::Info => Mark::Info,
        }
    }
}

impl Style {
    /// `text` in the mark's colour (when colour is on).
    pub fn paint(&self, mark: Mark, text: &str) -> String {
        if self.color { format!("\x1b[{}m{text}\x1b[0m", mark.ansi()) } else { text.to_string() }
    }

    pub fn bold(&self, text: &str) -> String {
        if self.color { format!("\x1b[1m{text}\x1b[0m") } else { text.to_string() }
    }

    pub fn dim(&self, text: &str) -> String {
        if self.color { format!("\x1b[2m{text}\x1b[0m") } else { text.to_string() }
    }

    /// A table in the house style, with the colour decision applied.
    pub fn table(&self, header: &[&str]) -> Table {
        let mut table = Table::new();
        table.load_preset(presets::UTF8_HORIZONTAL_ONLY).set_content_arrangement(ContentArrangement::Disabled);
        // Rules above and below the header only; rows stay dense.
        table.remove_style(TableComponent::HorizontalLines);
        table.remove_style(TableComponent::MiddleIntersections);
        table.remove_style(TableComponent::LeftBorderIntersections);
        table.remove_style(TableComponent::RightBorderIntersections);
        if self.color {
            table.enforce_styling();
        } else {
            table.force_no_tty();
        }
        table.set_header(header.iter().map(|h| Cell::new(h).add_attribute(comfy_table::Attribute::Bold)));
        table
    }

    /// A table as text, without the padding comfy-table leaves at the end of each line.
    pub fn table_text(&self, table: &Table) -> String {
        let mut out = String::new();
        for line in table.to_string().lines() {
            out.push_str(line.trim_end());
            out.push('\n');
        }
        out
    }

    /// A status cell: the mark, coloured.
    pub fn mark_cell(&self, mark: Mark) -> Cell {
        let cell = Cell::new(mark.symbol());
        if self.color { cell.fg(mark.color()) } else { cell }
    }
}

/// `5s`, `250ms`, `1m30s`.
pub fn duration(d: Duration) -> String {
    // A deadline's remaining time is a few ms short of the configured one; show the setting.
    let ms = match d.as_millis() {
        ms if ms < 1000 => ms,
        ms => (ms + 50) / 100 * 100,
    };
    let d = Duration::from_millis(ms as u64);
    if ms < 1000 {
        format!("{ms}ms")
    } else if ms.is_multiple_of(1000) && ms < 60_000 {
        format!("{}s", ms / 1000)
    } else if ms < 60_000 {
        format!("{:.1}s", d.as_secs_f64())
    } else {
        let secs = d.as_secs();
        if secs.is_multiple_of(60) { format!("{}m", secs / 60) } else { format!("{}m{}s", secs / 60, secs % 60) }
    }
}

/// A latency in milliseconds for people: `0.84 ms`, `12.3 ms`, `1.52 s`.
pub fn millis(ms: f64) -> String {
    if ms < 10.0 {
        format!("{ms:.2} ms")
    } else if ms < 1000.0 {
        format!("{ms:.1} ms")
    } else {
        format!("{:.2} s", ms / 1000.0)
    }
}

/// Thousands separators for counts: `12,345`.
pub fn count(n: impl Into<i128>) -> String {
    let n: i128 = n.into();
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}

/// The findings block: a mark, code and name, the message, evidence and the fix.
pub fn findings(style: &Style, findings: &[Finding]) -> String {
    let mut out = String::new();
    for finding in findings {
        let mark = Mark::of_severity(finding.severity);
        let _ = writeln!(
            out,
            "{} {} {}",
            style.paint(mark, mark.symbol()),
            style.bold(&finding.code),
            style.paint(mark, &finding.name)
        );
        if let Some(location) = &finding.location {
            let _ = writeln!(out, "    at {}:{}:{}", escape(&location.path), location.line, location.column);
        }
        // Messages and fixes quote names, status messages and log text from outside.
        let _ = writeln!(out, "    {}", escape_lines(&finding.message));
        for line in &finding.evidence {
            let _ = writeln!(out, "    {} {}", style.dim("│"), escape(line));
        }
        let _ = writeln!(out, "    {} {}", style.bold("fix:"), escape_lines(&finding.fix));
    }
    out
}

/// The closing line: status, counts and time.
pub fn summary(style: &Style, report: &Report) -> String {
    let summary = &report.summary;
    let mark = match summary.status.as_str() {
        "healthy" if summary.warnings > 0 => Mark::Warning,
        "healthy" => Mark::Ok,
        _ => Mark::Failed,
    };
    format!(
        "{} {} — {} error{}, {} warning{} ({})\n",
        style.paint(mark, mark.symbol()),
        style.bold(&summary.status),
        summary.errors,
        if summary.errors == 1 { "" } else { "s" },
        summary.warnings,
        if summary.warnings == 1 { "" } else { "s" },
        millis(report.duration_ms)
    )
}

/// Renders a whole report.
pub fn render(report: &Report, style: &Style) -> String {
    let mut out = match &report.body {
        Body::Trace(body) => body.render_text(style),
        Body::Burst(body) => body.render_text(style),
        Body::GroupList(body) => body.render_text(style),
        Body::Describe(body) => body.render_text(style),
        Body::Reset(body) => body.render_text(style),
        Body::Check(body) => body.render_text(style),
    };
    if !report.findings.is_empty() {
        out.push('\n');
        out.push_str(&findings(style, &report.findings));
    }
    out.push('\n');
    out.push_str(&summary(style, report));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_naturally() {
        assert_eq!(duration(Duration::from_millis(250)), "250ms");
        assert_eq!(duration(Duration::from_secs(5)), "5s");
        assert_eq!(duration(Duration::from_millis(1500)), "1.5s");
        assert_eq!(duration(Duration::from_secs(90)), "1m30s");
        assert_eq!(duration(Duration::from_secs(120)), "2m");
        assert_eq!(duration(Duration::from_millis(1997)), "2s");
    }

    #[test]
    fn latencies_and_counts_read_naturally() {
        assert_eq!(millis(0.844), "0.84 ms");
        assert_eq!(millis(12.34), "12.3 ms");
        assert_eq!(millis(1520.0), "1.52 s");
        assert_eq!(count(1234567), "1,234,567");
        assert_eq!(count(-1200), "-1,200");
        assert_eq!(count(12), "12");
    }

    #[test]
    fn without_colour_there_are_no_escape_codes() {
        let style = Style { color: false };
        assert_eq!(style.paint(Mark::Failed, "x"), "x");
        let mut table = style.table(&["A"]);
        table.add_row(vec![style.mark_cell(Mark::Ok)]);
        assert!(!table.to_string().contains('\x1b'));
        let coloured = Style { color: true };
        assert!(coloured.paint(Mark::Failed, "x").contains('\x1b'));
    }
}
