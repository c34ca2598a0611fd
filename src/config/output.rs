//! How to print: format, colour, progress and verbosity, decided once from the flags, the
//! environment (`NO_COLOR`, `CI`), the config file and the terminal.

use super::{ConfigError, Layers, Result};
use crate::cli::{self, ColorChoice, OutputFormat};

/// How to print.
#[derive(Debug, Clone, Copy)]
pub struct OutputConfig {
    pub format: OutputFormat,
    pub color: bool,
    pub progress: bool,
    pub verbose: u8,
}

impl OutputConfig {
    pub fn json(&self) -> bool {
        self.format == OutputFormat::Json
    }
}

/// Facts about the process's surroundings that decide colour and progress.
#[derive(Debug, Clone, Copy)]
pub struct Terminal {
    pub stdout_is_tty: bool,
    pub stderr_is_tty: bool,
    pub no_color: bool,
    pub ci: bool,
}

impl Terminal {
    pub fn detect() -> Terminal {
        use std::io::IsTerminal;
        let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
        Terminal {
            stdout_is_tty: std::io::stdout().is_terminal(),
            stderr_is_tty: std::io::stderr().is_terminal(),
            no_color: set("NO_COLOR"),
            ci: set("CI"),
        }
    }
}

/// Colour is decided once: `--color always|never` wins, then NO_COLOR, then whether stdout
/// is a terminal. JSON is never coloured.
pub fn use_color(choice: ColorChoice, format: OutputFormat, terminal: Terminal) -> bool {
    if format == OutputFormat::Json {
        return false;
    }
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => !terminal.no_color && terminal.stdout_is_tty,
    }
}

/// Spinners only help a person watching a terminal: never in CI, in JSON mode or when
/// stderr is redirected.
pub fn show_progress(format: OutputFormat, terminal: Terminal) -> bool {
    format == OutputFormat::Text && terminal.stderr_is_tty && !terminal.ci
}

fn value_enum<T: clap::ValueEnum>(key: &str, text: &str, allowed: &str) -> Result<T> {
    T::from_str(text, true).map_err(|_| ConfigError(format!("config file: {key} `{text}` is not {allowed}")))
}

pub fn resolve(global: &cli::GlobalArgs, layers: &Layers<'_>, terminal: Terminal) -> Result<OutputConfig> {
    let show_format = |f: &OutputFormat| format!("{f:?}").to_ascii_lowercase();
    let format = match layers.pick_optional("output", &global.output, |_| &None, show_format) {
        Some(flag) => flag.value,
        None => match layers.pick_optional("output", &None, |v| &v.output, |t: &String| t.clone()) {
            Some(text) => value_enum("output", &text.value, "text or json")?,
            None => {
                layers.record("output", "text", super::Source::Default, "");
                OutputFormat::Text
            }
        },
    };
    let show_color = |c: &ColorChoice| format!("{c:?}").to_ascii_lowercase();
    let color = match layers.pick_optional("color", &global.color, |_| &None, show_color) {
        Some(flag) => flag.value,
        None => match layers.pick_optional("color", &None, |v| &v.color, |t: &String| t.clone()) {
            Some(text) => value_enum("color", &text.value, "auto, always or never")?,
            None => ColorChoice::Auto,
        },
    };
    Ok(OutputConfig {
        format,
        color: use_color(color, format, terminal),
        progress: show_progress(format, terminal),
        verbose: global.verbose,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terminal(stdout_is_tty: bool, stderr_is_tty: bool, no_color: bool, ci: bool) -> Terminal {
        Terminal { stdout_is_tty, stderr_is_tty, no_color, ci }
    }

    #[test]
    fn colour_is_decided_once_from_flag_no_color_and_terminal() {
        use ColorChoice::*;
        let tty = terminal(true, true, false, false);
        assert!(use_color(Auto, OutputFormat::Text, tty));
        assert!(!use_color(Auto, OutputFormat::Text, terminal(true, true, true, false)));
        assert!(!use_color(Auto, OutputFormat::Text, terminal(false, true, false, false)));
        assert!(use_color(Always, OutputFormat::Text, terminal(false, false, true, false)));
        assert!(!use_color(Never, OutputFormat::Text, tty));
        assert!(!use_color(Always, OutputFormat::Json, tty));
    }

    #[test]
    fn progress_only_on_an_interactive_terminal() {
        assert!(show_progress(OutputFormat::Text, terminal(false, true, false, false)));
        assert!(!show_progress(OutputFormat::Text, terminal(true, false, false, false)));
        assert!(!show_progress(OutputFormat::Text, terminal(true, true, false, true)));
        assert!(!show_progress(OutputFormat::Json, terminal(true, true, false, false)));
    }
}
