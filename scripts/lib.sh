# Shared by scripts/test.sh and scripts/bench.sh. Source it; do not run it.

NISSHI_VERSION=0.8.1
RENTFLOW_TOOLS_DIR="${RENTFLOW_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/rentflow-doctor}"
export RENTFLOW_TOOLS_DIR

# Installs the test broker (nisshi) into the tools cache unless it is already there, and
# exports NISSHI_BIN for the tests and benchmarks.
ensure_nisshi() {
  local root="$RENTFLOW_TOOLS_DIR/nisshi-$NISSHI_VERSION"
  export NISSHI_BIN="$root/bin/nisshi"
  if ! "$NISSHI_BIN" --version 2>/dev/null | grep -q "$NISSHI_VERSION"; then
    echo "installing the test broker nisshi $NISSHI_VERSION into $root (once; 10-15 minutes on 2 cores)"
    cargo install "nisshi@$NISSHI_VERSION" --locked --ignore-rust-version \
      --no-default-features --features dynostore --root "$root"
  fi
  "$NISSHI_BIN" --version
}

# Installs a Debian package unless the command it provides is on PATH:
#   ensure_command xmllint libxml2-utils
ensure_command() {
  local command=$1 package=$2
  if ! command -v "$command" >/dev/null 2>&1; then
    echo "installing $command (Debian package $package)"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$package"
  fi
}
