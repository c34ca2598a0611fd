//! Reading start commands: shell words, command lists, and whether a command runs Python
//! with unbuffered output (`-u`, or `PYTHONUNBUFFERED` set in front of it).

/// Splits a shell command line into simple commands of words: quotes and backslashes as a
/// POSIX shell reads them, `&&`, `||`, `;`, `|`, `&` and newlines as separators. Expansions
/// are left as text.
pub fn commands(script: &str) -> Vec<Vec<String>> {
    let mut commands = Vec::new();
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut chars = script.chars().peekable();
    let end_word = |word: &mut String, in_word: &mut bool, words: &mut Vec<String>| {
        if *in_word {
            words.push(std::mem::take(word));
            *in_word = false;
        }
    };
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                in_word = true;
                for q in chars.by_ref() {
                    if q == '\'' {
                        break;
                    }
                    word.push(q);
                }
            }
            '"' => {
                in_word = true;
                while let Some(q) = chars.next() {
                    match q {
                        '"' => break,
                        '\\' => match chars.peek() {
                            Some(&next @ ('"' | '\\' | '$' | '`')) => {
                                word.push(next);
                                chars.next();
                            }
                            Some('\n') => {
                                chars.next();
                            }
                            _ => word.push('\\'),
                        },
                        _ => word.push(q),
                    }
                }
            }
            '\\' => match chars.next() {
                Some('\n') | None => {}
                Some(next) => {
                    in_word = true;
                    word.push(next);
                }
            },
            '#' if !in_word => {
                // A comment runs to the end of the line.
                for q in chars.by_ref() {
                    if q == '\n' {
                        break;
                    }
                }
                end_word(&mut word, &mut in_word, &mut words);
                if !words.is_empty() {
                    commands.push(std::mem::take(&mut words));
                }
            }
            ';' | '&' | '|' | '\n' | '(' | ')' => {
                end_word(&mut word, &mut in_word, &mut words);
                if !words.is_empty() {
                    commands.push(std::mem::take(&mut words));
                }
            }
            c if c.is_whitespace() => end_word(&mut word, &mut in_word, &mut words),
            c => {
                in_word = true;
                word.push(c);
            }
        }
    }
    end_word(&mut word, &mut in_word, &mut words);
    if !words.is_empty() {
        commands.push(words);
    }
    commands
}

/// Words as a shell would need them written: quoted where they hold spaces or quotes.
pub fn display(words: &[String]) -> String {
    words
        .iter()
        .map(|word| {
            if !word.is_empty() && !word.contains(|c: char| c.is_whitespace() || "'\"\\$;&|".contains(c)) {
                word.clone()
            } else if !word.contains('"') {
                format!("\"{word}\"")
            } else {
                format!("'{}'", word.replace('\'', "'\\''"))
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A Python start found in a command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PythonRun {
    /// The words from the interpreter (or script) on, for messages.
    pub command: String,
    /// `-u` given, or PYTHONUNBUFFERED set in front of the command.
    pub unbuffered: bool,
    /// Runs a `*.py` file directly (its shebang picks the interpreter; no flag can be added).
    pub via_shebang: bool,
}

fn is_python(program: &str) -> bool {
    let base = program.rsplit('/').next().unwrap_or(program);
    base.strip_prefix("python").is_some_and(|rest| rest.chars().all(|c| c.is_ascii_digit() || c == '.'))
}

fn sets_unbuffered(assignment: &str) -> Option<bool> {
    let (name, value) = assignment.split_once('=')?;
    if !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') || name.is_empty() {
        return None;
    }
    Some(name == "PYTHONUNBUFFERED" && !value.is_empty())
}

/// The Python runs in an argument vector (exec form) — recursing into `sh -c SCRIPT`.
pub fn python_runs(argv: &[String]) -> Vec<PythonRun> {
    let mut runs = Vec::new();
    let mut index = 0;
    let mut env_unbuffered = false;
    // Wrappers and assignments in front of the real program.
    while let Some(word) = argv.get(index) {
        let base = word.rsplit('/').next().unwrap_or(word);
        if let Some(unbuffered) = sets_unbuffered(word) {
            env_unbuffered |= unbuffered;
            index += 1;
        } else if matches!(base, "exec" | "env" | "tini" | "dumb-init" | "--" | "nice" | "nohup" | "time")
            || (base.starts_with('-') && index > 0 && argv[index - 1].ends_with("env"))
        {
            index += 1;
        } else if matches!(base, "gosu" | "su-exec" | "chpst")
            || (matches!(base, "uv" | "poetry" | "pipenv" | "pdm" | "hatch")
                && argv.get(index + 1).is_some_and(|w| w == "run"))
        {
            // A wrapper and its one argument (the user, or `run`).
            index += 2;
        } else {
            break;
        }
    }
    let Some(program) = argv.get(index) else { return runs };
    let base = program.rsplit('/').next().unwrap_or(program);
    if matches!(base, "sh" | "bash" | "dash" | "ash" | "zsh") {
        if let Some(position) = argv.iter().skip(index + 1).position(|w| w.starts_with('-') && w.contains('c'))
            && let Some(script) = argv.get(index + 2 + position)
        {
            for command in commands(script) {
                for mut run in python_runs(&command) {
                    run.unbuffered |= env_unbuffered;
                    runs.push(run);
                }
            }
        }
        return runs;
    }
    let command = argv[index..].join(" ");
    if is_python(program) {
        let mut unbuffered = env_unbuffered;
        let mut options = argv[index + 1..].iter();
        while let Some(option) = options.next() {
            if option == "--" || !option.starts_with('-') || option == "-" {
                break;
            }
            if option.starts_with("--") {
                continue;
            }
            if option == "-W" || option == "-X" {
                options.next();
                continue;
            }
            let mut stop = false;
            for letter in option[1..].chars() {
                match letter {
                    'u' => unbuffered = true,
                    // The rest of the word is the option's value.
                    'W' | 'X' => break,
                    'c' | 'm' => {
                        stop = true;
                        break;
                    }
                    _ => {}
                }
            }
            if stop {
                break;
            }
        }
        runs.push(PythonRun { command, unbuffered, via_shebang: false });
    } else if program.ends_with(".py") {
        runs.push(PythonRun { command, unbuffered: env_unbuffered, via_shebang: true });
    }
    runs
}

/// The Python runs of a shell command line.
pub fn python_runs_in_script(script: &str) -> Vec<PythonRun> {
    commands(script).iter().flat_map(|argv| python_runs(argv)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs(script: &str) -> Vec<(String, bool)> {
        python_runs_in_script(script).into_iter().map(|r| (r.command, r.unbuffered)).collect()
    }

    #[test]
    fn words_and_separators() {
        assert_eq!(
            commands("cd /app && python 'a b.py' \"x\\\"y\"; echo $HOME # note\nls"),
            vec![vec!["cd", "/app"], vec!["python", "a b.py", "x\"y"], vec!["echo", "$HOME"], vec!["ls"]]
        );
    }

    #[test]
    fn words_display_with_quotes_where_needed() {
        let words: Vec<String> = ["sh", "-c", "python manage.py run", "it's"].iter().map(|s| s.to_string()).collect();
        assert_eq!(display(&words), "sh -c \"python manage.py run\" \"it's\"");
    }

    #[test]
    fn unbuffered_python_is_recognised() {
        assert_eq!(
            runs("python manage.py run_kafka_consumer"),
            [("python manage.py run_kafka_consumer".to_string(), false)]
        );
        assert!(runs("python -u manage.py run")[0].1);
        assert!(runs("python3.12 -Bu manage.py run")[0].1);
        assert!(runs("PYTHONUNBUFFERED=1 python manage.py run")[0].1);
        assert!(runs("env PYTHONUNBUFFERED=1 python manage.py run")[0].1);
        assert!(!runs("python -W default manage.py")[0].1);
        assert!(runs("python -W ignore -u manage.py")[0].1);
        assert!(!runs("python -m -u")[0].1, "after -m the rest belongs to the module");
        assert!(runs("sh -c \"python -u manage.py migrate && exec python -u manage.py run\"").iter().all(|r| r.1));
        assert_eq!(runs("sh -c 'python manage.py migrate && python -u manage.py run'").len(), 2);
        assert!(runs("gunicorn app.wsgi").is_empty());
        assert_eq!(runs("./manage.py run_kafka_consumer").len(), 1);
    }
}
