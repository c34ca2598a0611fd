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

# A Go toolchain for building test tools: the `go` on PATH when it can switch toolchains
# itself (1.21+), else the toolchain module from the Go module proxy, in the tools cache.
GO_TOOLCHAIN=go1.26.0
ensure_go() {
  if command -v go >/dev/null 2>&1 && go version | grep -qE 'go1\.(2[1-9]|[3-9][0-9])'; then
    GO=go
    return
  fi
  local root="$RENTFLOW_TOOLS_DIR/$GO_TOOLCHAIN"
  GO="$root/bin/go"
  if [ ! -x "$GO" ]; then
    ensure_command curl curl
    ensure_command unzip unzip
    echo "installing the Go toolchain $GO_TOOLCHAIN into $root (Go module proxy)"
    local zip="$RENTFLOW_TOOLS_DIR/$GO_TOOLCHAIN.zip" unpacked="$RENTFLOW_TOOLS_DIR/$GO_TOOLCHAIN.unpack"
    mkdir -p "$RENTFLOW_TOOLS_DIR"
    local arch
    case "$(uname -m)" in
      x86_64) arch=amd64 ;;
      aarch64 | arm64) arch=arm64 ;;
      *) echo "no Go toolchain for $(uname -m): install Go 1.21 or newer" >&2; return 1 ;;
    esac
    curl -fsSL -o "$zip" "https://proxy.golang.org/golang.org/toolchain/@v/v0.0.1-$GO_TOOLCHAIN.linux-$arch.zip"
    rm -rf "$unpacked" && unzip -q "$zip" -d "$unpacked"
    mv "$unpacked"/golang.org/toolchain@*/ "$root" && rm -rf "$unpacked" "$zip"
  fi
}

# Builds the test OpenTelemetry Collector (tests/otelcol: OTLP receiver and file exporter)
# once per go.sum, and exports OTELCOL_BIN for the OTLP tests.
ensure_otelcol() {
  local sum
  sum=$(sha256sum tests/otelcol/go.sum | cut -c1-12)
  export OTELCOL_BIN="$RENTFLOW_TOOLS_DIR/otelcol-$sum/rentflow-otelcol"
  if [ ! -x "$OTELCOL_BIN" ]; then
    ensure_go
    echo "building the test OpenTelemetry Collector into $OTELCOL_BIN (once; several minutes on 2 cores)"
    (cd tests/otelcol && GOTOOLCHAIN=auto "$GO" build -o "$OTELCOL_BIN" .)
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
