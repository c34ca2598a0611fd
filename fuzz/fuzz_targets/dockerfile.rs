//! Dockerfiles, Procfiles and the shell commands inside them: any text, no panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rentflow_doctor::checks::analyze::deploy::{self, shell};

fuzz_target!(|text: &str| {
    let dockerfile = deploy::dockerfile::dockerfile("Dockerfile", text);
    let mut launches = deploy::procfile::parse("Procfile", text);
    launches.extend(deploy::systemd::parse("deploy/consumer.service", text));
    launches.extend(deploy::supervisord::parse("supervisord.conf", text));
    let project = deploy::Deploy { launches, dockerfiles: vec![dockerfile], ..deploy::Deploy::default() };
    let _ = deploy::check(&deploy::resolve(std::path::Path::new("/nonexistent"), project));
    let _ = shell::python_runs_in_script(text);
});
