//! The static side of `check`: reading one file of each kind, and scanning a whole tree.
//! Files are the shapes a rentflow project holds: Django and FastAPI modules, compose files,
//! Dockerfiles.

use std::collections::HashSet;
use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use rentflow_doctor::checks::analyze::deploy;
use rentflow_doctor::checks::analyze::python::{lex, pyast, syntax};
use rentflow_doctor::checks::{analyze, catalog};

const MODULE: &str = r#"import logging
from kafka import KafkaProducer
from fastapi import FastAPI

logger = logging.getLogger(__name__)
app = FastAPI()
producer = KafkaProducer(bootstrap_servers="kafka:9092")


@app.post("/leases/{lease_id}/terminate")
def terminate(lease_id: str, reason: str = "moved out"):
    payload = {"lease_id": lease_id, "reason": reason, "path": r"C:\Users\ops\exports"}
    logger.info("terminating %s", lease_id)
    producer.send("lease-events", key=lease_id.encode(), value=payload)
    return {"accepted": True}
"#;

const COMPOSE: &str = r#"services:
  lease-service:
    build: ./lease_service
    command: uvicorn app:app --host 0.0.0.0
    environment:
      PYTHONUNBUFFERED: "1"
  rentflow-django-consumer:
    build:
      context: ./consumer
      target: runtime
    command: sh -c "python manage.py run_kafka_consumer"
    env_file: [.env]
    depends_on: [kafka]
"#;

const DOCKERFILE: &str = "FROM python:3.11-slim AS base\nENV PIP_NO_CACHE_DIR=1\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt \\\n    && rm -rf /root/.cache\nFROM base AS runtime\nCOPY . .\nCMD [\"python\", \"manage.py\", \"run_kafka_consumer\"]\n";

fn files(c: &mut Criterion) {
    let mut group = c.benchmark_group("read one file");
    group.throughput(Throughput::Bytes(MODULE.len() as u64));
    group.bench_function("tokenize a Python module", |b| b.iter(|| black_box(lex::lex(black_box(MODULE.as_bytes())))));
    group.bench_function("parse a Python module and check its syntax", |b| {
        b.iter(|| {
            let file = pyast::parse("app.py", black_box(MODULE.as_bytes())).unwrap();
            black_box(syntax::check(&file))
        })
    });
    group.throughput(Throughput::Bytes(COMPOSE.len() as u64));
    group.bench_function("read a compose file", |b| {
        b.iter(|| black_box(deploy::compose::parse("docker-compose.yml", black_box(COMPOSE))))
    });
    group.throughput(Throughput::Bytes(DOCKERFILE.len() as u64));
    group.bench_function("read a Dockerfile", |b| {
        b.iter(|| black_box(deploy::dockerfile::dockerfile("Dockerfile", black_box(DOCKERFILE))))
    });
    group.finish();
}

/// A tree of `count` files: mostly Python modules, a compose file and a Dockerfile per folder.
fn make_tree(root: &Path, count: usize) -> u64 {
    let mut bytes = 0;
    for n in 0..count {
        let folder = root.join(format!("svc{}", n / 100));
        std::fs::create_dir_all(&folder).unwrap();
        let (name, text) = match n % 100 {
            0 => ("docker-compose.yml".to_string(), COMPOSE),
            1 => ("Dockerfile".to_string(), DOCKERFILE),
            _ => (format!("module_{n}.py"), MODULE),
        };
        std::fs::write(folder.join(name), text).unwrap();
        bytes += text.len() as u64;
    }
    bytes
}

fn tree(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let bytes = make_tree(dir.path(), 2_000);
    let selected: HashSet<&'static str> = catalog::select(&[]).unwrap().static_codes();
    let mut group = c.benchmark_group("scan a tree");
    group.sample_size(20);
    group.throughput(Throughput::Bytes(bytes));
    group.bench_function("2,000 files, every static check", |b| {
        b.iter(|| black_box(analyze::scan(dir.path(), &selected)))
    });
    group.finish();
}

criterion_group!(benches, files, tree);
criterion_main!(benches);
