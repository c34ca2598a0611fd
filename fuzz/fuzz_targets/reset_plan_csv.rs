//! A kafka-consumer-groups CSV plan as a user hands it to `--from-file`: parsing never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rentflow_doctor::group::csv_plan;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(text) = std::str::from_utf8(bytes) {
        let _ = csv_plan::parse(text);
    }
});
