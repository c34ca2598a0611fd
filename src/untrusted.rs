//! Text the doctor did not write — client ids, hosts, group and topic names, record keys
//! and headers, gRPC status messages, consumer log lines, file excerpts — made safe to print.
//!
//! Such text may hold terminal control sequences (`ESC ] 0 ; title BEL` retitles the window,
//! `ESC [ 2 J` clears it) or bidirectional overrides that make a line read differently from
//! what it holds. Text output shows every such character as a visible escape (`\x1b`,
//! `\u{202e}`); the JSON output keeps the exact string, since serde escapes what JSON needs.
//!
//! One rule, three entry points: [`escape`] for a single field (a table cell, a name inside a
//! sentence), [`escape_lines`] for text whose line breaks are meant (a log excerpt, an error
//! message), and [`escape_rendered`] as the last guard on a whole rendered report, which keeps
//! only the doctor's own colour codes.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Whether `c` must not reach a terminal raw: C0 controls, DEL, C1 controls, and the
/// invisible characters that reorder or break lines (bidi embeddings, overrides, isolates,
/// marks; line and paragraph separators).
pub fn is_unsafe(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{061c}' // Arabic letter mark
        | '\u{200e}' | '\u{200f}' // left-to-right and right-to-left marks
        | '\u{2028}' | '\u{2029}' // line and paragraph separators
        | '\u{202a}'..='\u{202e}' // embeddings and overrides
        | '\u{2066}'..='\u{2069}' // isolates
    )
}

/// A single field: every unsafe character, line breaks included, shown escaped.
pub fn escape(text: &str) -> Cow<'_, str> {
    escape_with(text, false, false)
}

/// Multi-line text: line feeds stay, every other unsafe character is shown escaped.
pub fn escape_lines(text: &str) -> Cow<'_, str> {
    escape_with(text, true, false)
}

/// A whole rendered report or message: line feeds stay, and with `color` the doctor's own
/// SGR colour codes (`ESC [ digits ; … m`) stay; everything else unsafe is shown escaped.
/// A field that reached the renderer unescaped can then at most change a colour.
pub fn escape_rendered(text: &str, color: bool) -> Cow<'_, str> {
    escape_with(text, true, color)
}

fn escape_with(text: &str, keep_newlines: bool, keep_sgr: bool) -> Cow<'_, str> {
    let needs = |c: char| is_unsafe(c) && !(keep_newlines && c == '\n');
    if !text.chars().any(needs) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if keep_sgr && c == '\x1b' {
            let sgr = sgr_length(rest);
            if sgr > 0 {
                out.push_str(&rest[..sgr]);
                rest = &rest[sgr..];
                continue;
            }
        }
        if needs(c) {
            push_escaped(&mut out, c);
        } else {
            out.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    Cow::Owned(out)
}

/// The length of a Select Graphic Rendition sequence at the start of `text`, or 0.
fn sgr_length(text: &str) -> usize {
    let bytes = text.as_bytes();
    if !bytes.starts_with(b"\x1b[") {
        return 0;
    }
    let params = bytes[2..].iter().take_while(|b| b.is_ascii_digit() || **b == b';').count();
    if bytes.get(2 + params) == Some(&b'm') { 3 + params } else { 0 }
}

fn push_escaped(out: &mut String, c: char) {
    match c {
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        c if (c as u32) < 0x80 => {
            let _ = write!(out, "\\x{:02x}", c as u32);
        }
        c => {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_sequences_are_shown_not_obeyed() {
        let title = "\x1b]0;pwned\x07\x1b[2J";
        assert_eq!(escape(title), r"\x1b]0;pwned\x07\x1b[2J");
        assert_eq!(escape("a\u{9b}31m\u{7f}"), r"a\u{9b}31m\x7f");
        assert_eq!(escape("line\nforged\r\t"), r"line\nforged\r\t");
    }

    #[test]
    fn bidi_controls_are_shown() {
        assert_eq!(escape("lease-\u{202e}txt.exe"), r"lease-\u{202e}txt.exe");
        for c in ['\u{202a}', '\u{202d}', '\u{2066}', '\u{2069}', '\u{200f}', '\u{061c}', '\u{2028}'] {
            assert!(!escape(&c.to_string()).contains(c), "{c:?}");
        }
    }

    #[test]
    fn ordinary_text_is_borrowed_unchanged() {
        for text in ["rentflow-django-consumer", "127.0.0.1:9092", "Zürich → 東京 ✓", r"C:\path"] {
            assert!(matches!(escape(text), Cow::Borrowed(t) if t == text));
        }
    }

    #[test]
    fn lines_keep_their_breaks() {
        assert_eq!(escape_lines("one\ntwo\x1b[2J"), "one\ntwo\\x1b[2J");
    }

    #[test]
    fn rendered_text_keeps_only_the_doctors_colours() {
        let rendered = "\x1b[32m✓\x1b[0m client \x1b]0;pwned\x07 \x1b[1m\n";
        assert_eq!(escape_rendered(rendered, true), "\x1b[32m✓\x1b[0m client \\x1b]0;pwned\\x07 \x1b[1m\n");
        assert_eq!(escape_rendered(rendered, false), "\\x1b[32m✓\\x1b[0m client \\x1b]0;pwned\\x07 \\x1b[1m\n");
        // A CSI that is not SGR (cursor movement, erase) never passes.
        assert_eq!(escape_rendered("\x1b[2J", true), "\\x1b[2J");
    }
}
