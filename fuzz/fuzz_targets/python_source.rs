//! A Python file from a project tree: the tokenizer, tree-sitter and every Python check
//! answer for any bytes, never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rentflow_doctor::checks::{consumers, lex, logging, producers, pyast, suppress, syntax};

fuzz_target!(|source: &[u8]| {
    let _ = lex::lex(source);
    let _ = suppress::Suppressions::parse(source);
    if let Some(file) = pyast::parse("fuzz.py", source) {
        let _ = syntax::check(&file);
        let bindings = pyast::Bindings::of(&file);
        let _ = producers::check(&file, &bindings);
        let _ = consumers::check(&file, &bindings);
        let calls = logging::calls(&file, &bindings, "fuzz");
        let setup = logging::setup(&file, &bindings);
        let settings = logging::settings(&file);
        let consumer = logging::ConsumerLogging { path: "fuzz.py".into(), calls, setup: setup.clone() };
        let settings = logging::SettingsFile { path: "settings.py".into(), settings, setup };
        let _ = logging::check(&[consumer], &[settings], &[]);
    }
});
