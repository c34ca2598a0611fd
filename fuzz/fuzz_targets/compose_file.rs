//! A docker-compose file or a Kubernetes manifest: the bounded YAML reader (alias expansion,
//! nesting depth) and the launch model answer for any text, never panic or recurse away.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rentflow_doctor::checks::analyze::deploy;

fuzz_target!(|text: &str| {
    let mut project = deploy::Deploy::default();
    if let Ok(compose) = deploy::compose::parse("docker-compose.yml", text) {
        project.merge(compose);
    }
    if let Ok(manifest) = deploy::kubernetes::parse("k8s/deployment.yaml", text, &|_| None) {
        project.merge(manifest);
    }
    let _ = deploy::check(&deploy::resolve(std::path::Path::new("/nonexistent"), project));
});
