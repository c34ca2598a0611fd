//! A snapshot file handed to `reset-group --from-file`: checked, never trusted, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rentflow_doctor::group::snapshot::Snapshot;

fuzz_target!(|text: &str| {
    let _ = Snapshot::parse(text, std::path::Path::new("fuzzed.offsets.json"));
});
