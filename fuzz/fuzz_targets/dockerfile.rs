//! Dockerfiles, Procfiles and the shell commands inside them: any text, no panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rentflow_doctor::checks::{deploy, shell};

fuzz_target!(|text: &str| {
    let _ = deploy::dockerfile("Dockerfile", text);
    let _ = deploy::procfile("Procfile", text);
    let _ = shell::python_runs_in_script(text);
});
