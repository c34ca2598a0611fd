#!/usr/bin/env bash
# The project's test command: installs the test broker (cached) and xmllint when missing,
# then runs formatting, lints and the whole suite. CI runs exactly this (see .ci/run).
#
#   scripts/test.sh              everything
#   scripts/test.sh --test trace  extra arguments go to `cargo test`
set -euo pipefail
cd "$(dirname "$0")/.."

NISSHI_VERSION=0.8.1
tools_dir="${RENTFLOW_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/rentflow-doctor}"
nisshi_root="$tools_dir/nisshi-$NISSHI_VERSION"
export NISSHI_BIN="$nisshi_root/bin/nisshi"

if ! "$NISSHI_BIN" --version 2>/dev/null | grep -q "$NISSHI_VERSION"; then
  echo "test.sh: installing the test broker nisshi $NISSHI_VERSION into $nisshi_root (once; 10-15 minutes on 2 cores)"
  cargo install "nisshi@$NISSHI_VERSION" --locked --ignore-rust-version \
    --no-default-features --features dynostore --root "$nisshi_root"
fi
"$NISSHI_BIN" --version

# The JUnit report tests validate against tests/schemas/junit-10.xsd with xmllint.
if ! command -v xmllint >/dev/null 2>&1; then
  echo "test.sh: installing xmllint (Debian package libxml2-utils) for the JUnit schema tests"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libxml2-utils
fi
xmllint --version 2>&1 | head -n 1

echo "test.sh: cargo fmt --check"
cargo fmt --check
echo "test.sh: cargo clippy"
cargo clippy --all-targets -- -D warnings
echo "test.sh: cargo test"
cargo test --all-targets "$@"
cargo test --doc
