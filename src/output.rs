//! Writing to the terminal: reports to stdout, progress and notes to stderr, everything
//! through the secret redactor, and all text (not JSON) through the untrusted-text guard.

use std::io::Write;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};

use crate::secrets::redact;
use crate::untrusted::escape_rendered;

/// Writes rendered text for people to stdout: control characters that a field carried in
/// are shown escaped; only the doctor's own colours (with `color`) reach the terminal.
pub fn stdout_text(text: &str, color: bool) {
    // Redacted first: a secret holding a control character is still recognised.
    write_stdout(&escape_rendered(&redact(text), color));
}

/// Writes a report as it is (JSON, whose strings stay exact; CSV) to stdout.
pub fn stdout(text: &str) {
    write_stdout(&redact(text));
}

fn write_stdout(text: &str) {
    let mut out = std::io::stdout().lock();
    // A closed pipe (`| head`) is not an error worth a panic.
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
}

/// Writes a note, warning or error to stderr (never coloured: every control character a
/// message carried in is shown escaped).
pub fn stderr(text: &str) {
    let redacted = redact(text);
    let text = escape_rendered(&redacted, false);
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes());
    if !text.ends_with('\n') {
        let _ = err.write_all(b"\n");
    }
    let _ = err.flush();
}

/// A spinner on stderr when a person is watching, else nothing; `-v` turns steps into lines.
pub struct Progress {
    bar: Option<ProgressBar>,
    verbose: bool,
}

impl Progress {
    /// A spinner when `spinner` (a person watches stderr), else silent; with `verbose`, each
    /// step is written as a line instead.
    pub fn new(spinner: bool, verbose: bool) -> Progress {
        let bar = spinner.then(|| {
            let bar = ProgressBar::new_spinner();
            bar.set_style(
                ProgressStyle::with_template("{spinner} {msg} {elapsed}")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            bar.enable_steady_tick(Duration::from_millis(80));
            bar
        });
        Progress { bar, verbose }
    }

    /// No output at all (library use, tests, the demo's inner steps).
    pub fn hidden() -> Progress {
        Progress { bar: None, verbose: false }
    }

    pub fn step(&self, message: &str) {
        if let Some(bar) = &self.bar {
            bar.set_message(crate::untrusted::escape(&redact(message)).into_owned());
        } else if self.verbose {
            stderr(&format!("· {message}"));
        }
    }

    /// Turns the spinner into a bar of `total` items with their rate (`records/s`), for work
    /// whose size is known; `None` when no progress is shown. The bar is shared with the
    /// threads doing the work, which advance it.
    pub fn items_bar(&self, total: u64, unit: &str) -> Option<ProgressBar> {
        let bar = self.bar.as_ref()?;
        let template =
            format!("{{spinner}} {{msg}} [{{bar:30}}] {{human_pos}}/{{human_len}} {unit} · {{per_sec}} {{elapsed}}");
        bar.set_style(ProgressStyle::with_template(&template).unwrap_or_else(|_| ProgressStyle::default_spinner()));
        bar.set_length(total);
        bar.set_position(0);
        Some(bar.clone())
    }

    /// Runs `f` with the spinner hidden (a prompt, a preview printed mid-run).
    pub fn suspend<T>(&self, f: impl FnOnce() -> T) -> T {
        match &self.bar {
            Some(bar) => bar.suspend(f),
            None => f(),
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}
