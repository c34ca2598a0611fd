//! Records on the watched topic: any key and value bytes, matched against waiting probes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rentflow_doctor::trace::matching::{Pending, field_at};

fuzz_target!(|input: (&[u8], &[u8], &str)| {
    let (key, value, pointer) = input;
    let pointer = if pointer.starts_with('/') { pointer } else { "/lease_id" };
    let mut pending: Pending<u8> = Pending::new(pointer);
    pending.insert("rentflow-doctor-probe-1", 1);
    pending.insert("L-1", 2);
    let _ = pending.take_match(Some(key), Some(value));
    let _ = pending.take_match(None, Some(value));
    let _ = field_at(value, pointer);
});
