//! A Python file from a project tree: the tokenizer, tree-sitter and every Python check
//! answer for any bytes, never panic — deep nesting and long attribute chains included.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rentflow_doctor::checks::analyze::python::{consumers, lex, logging, producers, pyast, settings, syntax};
use rentflow_doctor::checks::analyze::suppress;

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
        let modules = vec![settings::Module::of(&file, "fuzz.settings", true)];
        let mut evaluator = settings::Evaluator::new(&modules);
        let scenario = logging::Scenario::of(&mut evaluator, &modules[0], vec![setup.clone()]);
        let consumer = logging::ConsumerLogging { path: "fuzz.py".into(), calls, setup };
        let context = logging::Context { scenarios: vec![scenario], ..logging::Context::default() };
        let _ = logging::check(&[consumer], &context);
    }
});
