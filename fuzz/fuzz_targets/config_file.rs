//! `rentflow-doctor.toml` as anyone may write it: parsing never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rentflow_doctor::config::file::FileConfig;

fuzz_target!(|text: &str| {
    let _ = FileConfig::parse(text);
});
