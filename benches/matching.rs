//! The watcher's per-record work: deciding whether a record is a probe's event. Every record
//! on the topic passes through it while a trace watches, so unrelated traffic must be cheap.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use rentflow_doctor::trace::matching::Pending;

fn pending(waiting: usize) -> Pending<usize> {
    let mut pending = Pending::new("/lease_id");
    for n in 0..waiting {
        pending.insert(&format!("rentflow-doctor-probe-{n:08}-4c1e-9d1a-2f0e5b7c3a10"), n);
    }
    pending
}

fn records(c: &mut Criterion) {
    let unrelated_json =
        br#"{"event_type":"LeaseTerminated","event_id":"0b6f","lease_id":"L-88812","reason":"moved out","occurred_at":"2026-11-25T10:00:00Z"}"#;
    let not_json = b"plain text that is not JSON at all, with some length to it".repeat(4);
    let big = vec![b'x'; 1 << 20];
    let mut group = c.benchmark_group("take_match");
    for waiting in [1, 32] {
        let mut p = pending(waiting);
        group.throughput(Throughput::Bytes(unrelated_json.len() as u64));
        group.bench_function(format!("unrelated JSON record, {waiting} waiting"), |b| {
            b.iter(|| black_box(p.take_match(Some(b"L-88812"), Some(black_box(unrelated_json)))))
        });
        group.throughput(Throughput::Bytes(not_json.len() as u64));
        group.bench_function(format!("non-JSON record, {waiting} waiting"), |b| {
            b.iter(|| black_box(p.take_match(Some(&[0xff, 0xfe]), Some(black_box(&not_json)))))
        });
        group.throughput(Throughput::Bytes(big.len() as u64));
        group.bench_function(format!("1 MiB record, {waiting} waiting"), |b| {
            b.iter(|| black_box(p.take_match(None, Some(black_box(&big)))))
        });
    }
    group.throughput(Throughput::Elements(1));
    group.bench_function("the probe's record, matched by field", |b| {
        b.iter_batched(
            || pending(32),
            |mut p| {
                let value = br#"{"event_type":"LeaseTerminated","lease_id":"rentflow-doctor-probe-00000007-4c1e-9d1a-2f0e5b7c3a10"}"#;
                black_box(p.take_match(Some(b"other-key"), Some(value)))
            },
            criterion::BatchSize::SmallInput,
        )
    });
    group.finish();
}

criterion_group!(benches, records);
criterion_main!(benches);
