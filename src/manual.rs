//! Shell completion scripts and man pages, generated from the clap definition in `cli` so
//! that they can never describe another command line than the one the binary parses.

use std::io;
use std::path::Path;

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;

/// The binary's name as users type it; completions register for this word.
const BIN_NAME: &str = "rentflow-doctor";

/// The completion script for `shell`.
pub fn completions(shell: Shell) -> String {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, BIN_NAME, &mut script);
    String::from_utf8_lossy(&script).into_owned()
}

/// The main man page, rentflow-doctor(1), as roff.
pub fn man_page() -> io::Result<String> {
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut page)?;
    Ok(String::from_utf8_lossy(&page).into_owned())
}

/// Writes rentflow-doctor(1) and one page per subcommand (rentflow-doctor-trace(1), …) into
/// `dir`; returns the file names written, sorted.
pub fn write_man_pages(dir: &Path) -> io::Result<Vec<String>> {
    std::fs::create_dir_all(dir)?;
    clap_mangen::generate_to(Cli::command(), dir)?;
    let mut written = list_pages(dir)?;
    written.sort();
    Ok(written)
}

fn list_pages(dir: &Path) -> io::Result<Vec<String>> {
    let mut pages = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if name.starts_with(BIN_NAME) && name.ends_with(".1") {
            pages.push(name);
        }
    }
    Ok(pages)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shell_gets_a_script_naming_the_subcommands() {
        for shell in [Shell::Bash, Shell::Zsh, Shell::Fish, Shell::PowerShell, Shell::Elvish] {
            let script = completions(shell);
            for word in ["trace", "reset-group", "group", "completions"] {
                assert!(script.contains(word), "{shell} script lacks {word}");
            }
        }
    }

    #[test]
    fn the_man_page_is_roff_with_the_commands() {
        let page = man_page().unwrap();
        assert!(page.starts_with(".ie"), "{}", &page[..80.min(page.len())]);
        assert!(page.contains(".TH rentflow-doctor 1"));
        assert!(page.contains("reset\\-group"));
    }
}
