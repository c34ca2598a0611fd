//! A docker-compose file: the YAML reader and the compose model answer for any text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rentflow_doctor::checks::deploy;

fuzz_target!(|text: &str| {
    let _ = deploy::compose("docker-compose.yml", text);
});
