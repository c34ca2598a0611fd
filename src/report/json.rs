//! The JSON rendering: the report model serialised as one pretty-printed document.

use super::Report;

pub fn render<B: serde::Serialize>(report: &Report<B>) -> String {
    let mut text = serde_json::to_string_pretty(report).unwrap_or_else(|err| {
        // The model holds only strings, numbers and maps; this cannot fail in practice,
        // but a broken document must still be valid JSON for the script reading it.
        serde_json::json!({ "version": super::REPORT_VERSION, "error": err.to_string() }).to_string()
    });
    text.push('\n');
    text
}
