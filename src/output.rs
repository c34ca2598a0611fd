//! Writing to the terminal: reports to stdout, progress and notes to stderr, everything
//! through the secret redactor.

use std::io::Write;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};

use crate::config::OutputConfig;
use crate::secrets::redact;

/// Writes a report (or any result) to stdout.
pub fn stdout(text: &str) {
    let mut out = std::io::stdout().lock();
    // A closed pipe (`| head`) is not an error worth a panic.
    let _ = out.write_all(redact(text).as_bytes());
    let _ = out.flush();
}

/// Writes a note, warning or error to stderr.
pub fn stderr(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(redact(text).as_bytes());
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
    pub fn new(output: &OutputConfig) -> Progress {
        let bar = output.progress.then(|| {
            let bar = ProgressBar::new_spinner();
            bar.set_style(
                ProgressStyle::with_template("{spinner} {msg} {elapsed}")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            bar.enable_steady_tick(Duration::from_millis(80));
            bar
        });
        Progress { bar, verbose: output.verbose > 0 }
    }

    /// No output at all (library use, tests, the demo's inner steps).
    pub fn hidden() -> Progress {
        Progress { bar: None, verbose: false }
    }

    pub fn step(&self, message: &str) {
        if let Some(bar) = &self.bar {
            bar.set_message(redact(message).into_owned());
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
