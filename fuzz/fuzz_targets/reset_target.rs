//! `--to` and `--topic T[:P,…]` values: parsing never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rentflow_doctor::group::target::{Target, TopicScope};

fuzz_target!(|text: &str| {
    let _ = Target::parse(text);
    let _ = TopicScope::parse(text);
    let _ = rentflow_doctor::units::parse_duration(text);
});
