#!/usr/bin/env bash
# The project's test command: installs the test broker (cached) and xmllint when missing,
# then runs formatting, lints and the whole suite. CI runs exactly this (see .ci/run).
#
#   scripts/test.sh               everything
#   scripts/test.sh --test trace  extra arguments go to `cargo test`
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

ensure_nisshi
# The JUnit report tests validate against tests/schemas/junit-10.xsd with xmllint.
ensure_command xmllint libxml2-utils
# The monitor tests scrape with a real Prometheus server and check with promtool (both in
# Debian's prometheus package), and receive spans with a real OpenTelemetry Collector.
ensure_command prometheus prometheus
ensure_command promtool prometheus
ensure_otelcol

echo "test.sh: cargo fmt --check"
cargo fmt --check
echo "test.sh: cargo clippy"
cargo clippy --all-targets -- -D warnings
echo "test.sh: cargo build --examples"
# The integration tests run the reference service and consumer as processes; with
# --all-targets, `cargo test` builds examples as test harnesses only, so build them first.
cargo build --examples
echo "test.sh: cargo test"
cargo test --all-targets "$@"
cargo test --doc
