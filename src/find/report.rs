//! What `find` reports: the window it read, every matching event with where the group stands
//! on it, and the text rendering. Keys, headers and values come from whoever wrote to the
//! topic: the JSON carries them exactly (bytes that are not UTF-8 as hex), the text escapes
//! them so that no record can move the cursor, clear the screen or fake a line of the report.

use std::fmt::Write as _;

use comfy_table::Cell;
use serde::{Deserialize, Serialize};

use crate::cli::AutoOffsetReset;
use crate::report::text::{Mark, Style};
use crate::trace::matching::MatchedBy;
use crate::units::count;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct FindBody {
    pub brokers: String,
    pub topic: String,
    pub group: String,
    /// What was looked for.
    pub search: Search,
    /// The time window read; `None` ends mean the log start and the log end at the scan's start.
    pub window: Window,
    pub auto_offset_reset: AutoOffsetReset,
    /// The policy was not given (`--auto-offset-reset`); librdkafka's default is assumed.
    pub auto_offset_reset_assumed: bool,
    pub partitions: Vec<PartitionScan>,
    /// Records read over all partitions (records of aborted transactions are never read).
    pub records_read: u64,
    pub records_per_second: f64,
    /// Every partition was read to the end of its window.
    pub complete: bool,
    /// `max-records` or `timeout` when the scan stopped early.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stopped_by: Option<String>,
    /// What the consumer's logs say, when they were given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consumer_logs: Option<LogEvidence>,
    pub matches: Vec<EventMatch>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Search {
    /// The id or value compared.
    pub value: String,
    /// The JSON pointer compared in the record's value.
    pub match_field: String,
    /// Whether a key equal to the value matches too (`--lease-id`; not with `--value`).
    pub key: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Window {
    /// RFC 3339; `None`: from the log start.
    pub from: Option<String>,
    /// RFC 3339; `None`: to the log end as it was when the scan started.
    pub until: Option<String>,
}

/// One partition's part of the scan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct PartitionScan {
    pub partition: i32,
    pub log_start: i64,
    pub log_end: i64,
    /// First offset of the window (ListOffsets by timestamp, or the log start).
    pub from_offset: i64,
    /// The window ends before this offset.
    pub until_offset: i64,
    /// Records read in this partition.
    pub records: u64,
    /// Read to the end of the window.
    pub complete: bool,
    /// The group's committed offset, `None` where it has none.
    pub committed: Option<i64>,
}

/// The consumer's logs as evidence of processing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct LogEvidence {
    pub source: String,
    /// Some line names the searched value.
    pub mentions: bool,
    /// Lines read.
    pub lines: usize,
}

/// Where the group stands on one event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// The committed offset is beyond the event: the group has moved past it (which is not
    /// proof that it processed it — journal problem 2.2).
    CommittedPast,
    /// The group will reach it from where it stands.
    NotYetReached,
    /// From its current position the group never reads it.
    NeverReached,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "FoundGroupPosition")]
pub struct GroupPosition {
    pub verdict: Verdict,
    pub committed: Option<i64>,
    /// Records the group reads before this one (`not-yet-reached` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lag_before: Option<i64>,
    /// Why, in words.
    pub reason: String,
    /// Committed past and the consumer's logs mention the value: processed.
    pub processed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Header {
    pub name: String,
    /// The value when it is UTF-8, exactly.
    pub value: Option<String>,
    /// The value as hex when it is not UTF-8.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_hex: Option<String>,
}

/// One record that matched.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct EventMatch {
    pub partition: i32,
    pub offset: i64,
    /// RFC 3339 with milliseconds.
    pub timestamp: Option<String>,
    pub timestamp_ms: Option<i64>,
    /// `create-time` (the producer's clock) or `log-append-time` (the broker's).
    pub timestamp_type: String,
    /// The key when it is UTF-8, exactly.
    pub key: Option<String>,
    /// The key as hex when it is not UTF-8.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_hex: Option<String>,
    pub headers: Vec<Header>,
    /// The value's `event_id`, when it has one.
    pub event_id: Option<String>,
    pub matched_by: MatchedBy,
    pub group: GroupPosition,
}

/// Bytes from a record: exact text when UTF-8, else hex.
pub fn text_or_hex(bytes: &[u8]) -> (Option<String>, Option<String>) {
    match std::str::from_utf8(bytes) {
        Ok(text) => (Some(text.to_string()), None),
        Err(_) => (None, Some(bytes.iter().map(|b| format!("{b:02x}")).collect())),
    }
}

/// Untrusted text made safe for a terminal: control characters, quotes and backslashes
/// escaped (`\n`, `\u{1b}`), everything else as it is.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            c if c.is_control()
                || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}') =>
            {
                out.extend(c.escape_default())
            }
            c => out.push(c),
        }
    }
    out
}

/// Hex bytes shown as `\xff` escapes, for keys and header values that are not UTF-8.
fn escaped_hex(hex: &str) -> String {
    hex.as_bytes().chunks(2).map(|pair| format!("\\x{}", String::from_utf8_lossy(pair))).collect()
}

fn shown(text: &Option<String>, hex: &Option<String>) -> String {
    match (text, hex) {
        (Some(text), _) => format!("\"{}\"", escape(text)),
        (None, Some(hex)) => format!("b\"{}\"", escaped_hex(hex)),
        (None, None) => "-".to_string(),
    }
}

impl GroupPosition {
    fn mark(&self) -> Mark {
        match self.verdict {
            Verdict::CommittedPast if self.processed => Mark::Ok,
            Verdict::CommittedPast => Mark::Info,
            Verdict::NotYetReached => Mark::Warning,
            Verdict::NeverReached => Mark::Failed,
        }
    }

    pub fn label(&self) -> &'static str {
        match self.verdict {
            Verdict::CommittedPast if self.processed => "processed",
            Verdict::CommittedPast => "committed past",
            Verdict::NotYetReached => "not yet reached",
            Verdict::NeverReached => "never to be reached",
        }
    }
}

impl FindBody {
    pub fn render_text(&self, style: &Style) -> String {
        let mut out = String::new();
        let what = if self.search.key {
            format!("lease {} (key, or {} in the value)", escape(&self.search.value), self.search.match_field)
        } else {
            format!("{} = \"{}\"", self.search.match_field, escape(&self.search.value))
        };
        let window = format!(
            "{} → {}",
            self.window.from.as_deref().unwrap_or("log start"),
            self.window.until.as_deref().unwrap_or("log end")
        );
        let _ = writeln!(out, "{} {}", style.bold("find"), what);
        let _ = writeln!(
            out,
            "{}",
            style.dim(&format!(
                "topic {} · {} partition(s) · {window} · group {} · brokers {}",
                self.topic,
                self.partitions.len(),
                self.group,
                self.brokers
            ))
        );
        let _ = writeln!(
            out,
            "{}",
            style.dim(&format!(
                "read {} committed record(s) ({:.0} records/s){}",
                count(self.records_read as i128),
                self.records_per_second,
                match &self.stopped_by {
                    Some(reason) => format!(" · stopped early by {reason}"),
                    None => String::new(),
                }
            ))
        );
        out.push('\n');
        if self.matches.is_empty() {
            let _ =
                writeln!(out, "{} no matching event in the window", style.paint(Mark::Warning, Mark::Warning.symbol()));
        } else {
            let mut table = style.table(&["", "PARTITION", "OFFSET", "TIMESTAMP", "KEY", "EVENT ID", "GROUP"]);
            for found in &self.matches {
                let mark = found.group.mark();
                table.add_row(vec![
                    style.mark_cell(mark),
                    Cell::new(found.partition),
                    Cell::new(found.offset),
                    Cell::new(found.timestamp.as_deref().unwrap_or("-")),
                    Cell::new(shown(&found.key, &found.key_hex)),
                    Cell::new(found.event_id.as_deref().map_or("-".to_string(), escape)),
                    Cell::new(found.group.label()),
                ]);
            }
            out.push_str(&style.table_text(&table));
            out.push('\n');
            for found in &self.matches {
                let _ = writeln!(
                    out,
                    "{} {}:{} · {} · matched by {}",
                    style.paint(found.group.mark(), found.group.mark().symbol()),
                    found.partition,
                    found.offset,
                    found.timestamp_type,
                    match found.matched_by {
                        MatchedBy::Key => "key",
                        MatchedBy::Field => "field",
                    }
                );
                let _ = writeln!(out, "    group: {} — {}", found.group.label(), found.group.reason);
                if !found.headers.is_empty() {
                    let headers: Vec<String> = found
                        .headers
                        .iter()
                        .map(|h| format!("{}={}", escape(&h.name), shown(&h.value, &h.value_hex)))
                        .collect();
                    let _ = writeln!(out, "    headers: {}", headers.join(", "));
                }
            }
        }
        match &self.consumer_logs {
            Some(logs) if logs.mentions => {
                let _ = writeln!(
                    out,
                    "\nconsumer logs ({}, {} line(s)) mention {}",
                    logs.source,
                    logs.lines,
                    escape(&self.search.value)
                );
            }
            Some(logs) => {
                let _ = writeln!(
                    out,
                    "\nconsumer logs ({}, {} line(s)) do not mention {}: \"committed past\" is not proof of processing",
                    logs.source,
                    logs.lines,
                    escape(&self.search.value)
                );
            }
            None if self.matches.iter().any(|m| m.group.verdict == Verdict::CommittedPast) => {
                let _ = writeln!(
                    out,
                    "\n{}",
                    style.dim("\"committed past\" is not proof of processing; give --consumer-logs or --consumer-log-file to check")
                );
            }
            None => {}
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn untrusted_text_cannot_drive_the_terminal() {
        assert_eq!(escape("L-1\x1b[2J\nfake ✓ line"), "L-1\\u{1b}[2J\\nfake ✓ line");
        assert_eq!(escape("a\"b\\c"), "a\\\"b\\\\c");
        assert_eq!(escape("\u{202e}evil"), "\\u{202e}evil");
    }

    #[test]
    fn bytes_that_are_not_utf8_become_hex_and_escapes() {
        assert_eq!(text_or_hex(b"L-1"), (Some("L-1".to_string()), None));
        let (text, hex) = text_or_hex(&[0xff, 0x00, b'a']);
        assert_eq!((text.clone(), hex.as_deref()), (None, Some("ff0061")));
        assert_eq!(shown(&text, &hex), "b\"\\xff\\x00\\x61\"");
    }
}
