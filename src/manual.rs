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
    let script = String::from_utf8_lossy(&script).into_owned();
    match shell {
        Shell::Bash => fix_bash_state_names(script),
        _ => script,
    }
}

/// clap_complete's bash script walks the words into a state named `rentflow__doctor__subcmd__group`
/// but labels the branch for it `rentflow__subcmd__doctor__subcmd__group` (a hyphen in the
/// binary's name is escaped twice, clap-rs/clap#6421), so nothing after the first subcommand
/// would complete. The labels are spelled as the walk spells them; once clap_complete is fixed
/// this replaces nothing.
fn fix_bash_state_names(script: String) -> String {
    let walked = BIN_NAME.replace('-', "__");
    let labelled = BIN_NAME.replace('-', "__subcmd__");
    script.replace(&format!("{labelled}__subcmd__"), &format!("{walked}__subcmd__"))
}

/// The main man page, rentflow-doctor(1), as roff.
pub fn man_page() -> io::Result<String> {
    render(clap_mangen::Man::new(Cli::command()))
}

/// Writes rentflow-doctor(1) and one page per subcommand (rentflow-doctor-trace(1), …) into
/// `dir`, as `clap_mangen::generate_to` names them; returns the file names written, sorted.
pub fn write_man_pages(dir: &Path) -> io::Result<Vec<String>> {
    std::fs::create_dir_all(dir)?;
    let mut command = Cli::command().disable_help_subcommand(true);
    // Building names every subcommand after its parents: `rentflow-doctor-group-describe`.
    command.build();
    let mut written = Vec::new();
    write_pages(command, dir, &mut written)?;
    written.sort();
    Ok(written)
}

fn write_pages(command: clap::Command, dir: &Path, written: &mut Vec<String>) -> io::Result<()> {
    for sub in command.get_subcommands().filter(|sub| !sub.is_hide_set()).cloned() {
        write_pages(sub, dir, written)?;
    }
    let man = clap_mangen::Man::new(command);
    let name = man.get_filename();
    std::fs::write(dir.join(&name), render(man)?)?;
    written.push(name);
    Ok(())
}

/// Renders a page. Help texts use a few non-ASCII characters (→, …, ✓); roff input is ASCII,
/// so each becomes groff's `\[uXXXX]` escape, which man renders as the character.
fn render(man: clap_mangen::Man) -> io::Result<String> {
    let mut page = Vec::new();
    man.render(&mut page)?;
    let page = String::from_utf8_lossy(&page);
    let mut ascii = String::with_capacity(page.len());
    for c in page.chars() {
        if c.is_ascii() {
            ascii.push(c);
        } else {
            ascii.push_str(&format!("\\[u{:04X}]", u32::from(c)));
        }
    }
    Ok(ascii)
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

    /// Every state the bash script's word walk can reach has a branch that completes in it.
    #[test]
    fn every_bash_state_has_its_branch() {
        let script = completions(Shell::Bash);
        let states: Vec<&str> =
            script.lines().filter_map(|line| line.trim().strip_prefix("cmd=\"")?.strip_suffix('"')).collect();
        // `cmd=""` is the walk's start, before the binary's own word.
        let states: Vec<&str> = states.into_iter().filter(|state| !state.is_empty()).collect();
        assert!(states.contains(&"rentflow__doctor__subcmd__group__subcmd__describe"), "{states:?}");
        for state in states {
            assert!(script.lines().any(|line| line.trim() == format!("{state})")), "no branch for {state}");
        }
    }

    #[test]
    fn the_man_page_is_roff_with_the_commands() {
        let page = man_page().unwrap();
        assert!(page.starts_with(".ie"), "{}", &page[..80.min(page.len())]);
        assert!(page.contains(".TH rentflow-doctor 1"));
        assert!(page.contains("reset\\-group"));
        assert!(page.is_ascii(), "roff input is ASCII");
        assert!(page.contains("\\[u2192]"), "the arrow of the description is escaped");
    }
}
