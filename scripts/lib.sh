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

# Installs an npm package at an exact version into the tools cache (once) and prints its
# directory; tests run it with `node`, nothing is installed globally:
#   ensure_npm_package oauth2-mock-server 7.2.1
ensure_npm_package() {
  local package=$1 version=$2
  local prefix="$RENTFLOW_TOOLS_DIR/node"
  local dir="$prefix/node_modules/$package"
  ensure_command node nodejs
  ensure_command npm npm
  if [ "$(node -p "try { require('$dir/package.json').version } catch { '' }")" != "$version" ]; then
    echo "installing $package@$version (npm) into $prefix" >&2
    mkdir -p "$prefix"
    npm install --prefix "$prefix" --no-audit --no-fund --loglevel=error "$package@$version" >&2
  fi
  echo "$dir"
}
