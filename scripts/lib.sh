# Shared by scripts/test.sh and scripts/bench.sh. Source it; do not run it.

RENTFLOW_TOOLS_DIR="${RENTFLOW_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/rentflow-doctor}"
export RENTFLOW_TOOLS_DIR

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
