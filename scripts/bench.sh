#!/usr/bin/env bash
# End-to-end benchmarks on Apache Kafka and the reference pipeline, side by side with kcat,
# kcat piped into jq, Apache Kafka's kafka-consumer-groups, a Python confluent-kafka script
# and python -m compileall. Prints one table of medians
# (at least 5 runs each) with the ratio doctor / peer; see docs/performance.md.
#
#   scripts/bench.sh                      every row
#   scripts/bench.sh --only trace watch   some rows (startup trace watch burst groups find check)
#   scripts/bench.sh --records 200000     a smaller topic for the find row
#   scripts/bench.sh --runs 9             more runs per row
# In-process parts (matching, parsing, the static scan) are measured by `cargo bench`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

scripts/kafka.sh install
ensure_command kcat kcat
ensure_command jq jq
if ! python3 -c "import confluent_kafka" 2>/dev/null; then
  echo "bench.sh: installing confluent-kafka (PyPI)"
  python3 -m pip install --quiet confluent-kafka
fi
cargo build --release --bin rentflow-doctor --examples
exec python3 scripts/bench.py "$@"
