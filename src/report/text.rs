//! The human rendering: doctor-style ✓ / ! / ✗ lines, comfy-table tables, a hint under
//! each problem and a one-line summary. Colour is decided before rendering and passed in;
//! nothing here looks at the environment.

use comfy_table::{Cell, Color, ContentArrangement, Table, TableComponent, presets};
use std::fmt::Write as _;

use super::{Context, Report};
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

/// A command's own body as text.
pub trait TextBody {
    fn render_text(&self, style: &Style) -> String;
}

/// The header line: which config file, profile and cluster the report is about.
pub fn context(style: &Style, context: &Context) -> String {
    let file = match (&context.config_file, context.config_source.as_str()) {
        (None, _) => "config: none".to_string(),
        (Some(path), "implicit") => format!("config: {path} (found in the working directory)"),
        (Some(path), _) => format!("config: {path}"),
    };
    let mut parts = vec![file];
    if let Some(profile) = &context.profile {
        parts.push(format!("profile: {profile}"));
    }
    parts.push(format!("cluster: {}", context.cluster_id.as_deref().unwrap_or("unknown")));
    // A path, a profile name and the brokers' cluster id: none of them written by the doctor.
    format!("{}\n", style.dim(&escape(&parts.join(" · "))))
}

/// The closing line: status, counts and time.
pub fn summary<B>(style: &Style, report: &Report<B>) -> String {
    let summary = &report.summary;
    let mark = match summary.status.as_str() {
        "healthy" if summary.warnings > 0 => Mark::Warning,
        "healthy" => Mark::Ok,
        "not found" => Mark::Warning,
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
        crate::units::millis(report.duration_ms)
    )
}

/// Renders a whole report.
pub fn render<B: TextBody>(report: &Report<B>, style: &Style) -> String {
    let mut out = context(style, &report.context);
    out.push_str(&report.body.render_text(style));
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
