//! A member's assignment bytes as a broker reports them: parsing never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rentflow_doctor::kafka::groups::parse_assignment;

fuzz_target!(|bytes: &[u8]| {
    let _ = parse_assignment(bytes);
});
