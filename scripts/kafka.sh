#!/usr/bin/env bash
# Apache Kafka for tests, benchmarks and by hand: the broker and its tools resolved from Maven
# Central into the tools cache, run as plain `java` processes in KRaft mode on 127.0.0.1.
#
#   scripts/kafka.sh install [--version V]      resolve broker + tools once (default: newest 4.x
#                                               known to resolve; --version 3.9.1 for the 3.x line)
#   scripts/kafka.sh start [--nodes 1|3] [--port 9092] [--version V]
#                                               fresh KRaft storage in a temporary directory, the
#                                               node(s) in the background; prints the bootstrap list
#   scripts/kafka.sh stop                       ends only the processes `start` started (by pid)
#   scripts/kafka.sh status                     says what runs
#   scripts/kafka.sh kcg ARGS...                Apache Kafka's own kafka-consumer-groups
#   scripts/kafka.sh run --port P --controller-port C [--node-id N] [--voters V] [--nodes N]
#                    [--cluster-id ID] [--dir D] [--props FILE] [--format-arg ARG]... [--version V]
#                                               one node in the foreground (`exec java`): what the
#                                               test harness spawns, and what `start` backgrounds
#
# Environment: RENTFLOW_KAFKA_VERSION picks the version for every subcommand (the 3.9
# compatibility pass sets it); RENTFLOW_TOOLS_DIR the cache (default ~/.cache/rentflow-doctor).
set -euo pipefail

SCRIPTS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/lib.sh
source "$SCRIPTS_DIR/lib.sh"

# The newest 4.x that resolves from Maven Central with its dependencies, and the last 3.x line.
KAFKA_DEFAULT_VERSION=4.4.0
KAFKA_COMPAT_VERSION=3.9.1
KAFKA_VERSION="${RENTFLOW_KAFKA_VERSION:-$KAFKA_DEFAULT_VERSION}"
STATE_DIR="${RENTFLOW_KAFKA_STATE:-${TMPDIR:-/tmp}/rentflow-kafka-$(id -u)}"

die() {
  echo "kafka.sh: $*" >&2
  exit 1
}

kafka_home() { echo "$RENTFLOW_TOOLS_DIR/kafka-$KAFKA_VERSION"; }

# --- install -------------------------------------------------------------------------------

install_kafka() {
  local home
  home=$(kafka_home)
  if [ -f "$home/.complete" ]; then
    return 0
  fi
  command -v mvn >/dev/null || die "Maven (mvn) is needed to resolve Apache Kafka from Maven Central"
  command -v java >/dev/null || die "a Java 17+ runtime (java) is needed to run Apache Kafka"
  echo "kafka.sh: resolving Apache Kafka $KAFKA_VERSION from Maven Central into $home (once)" >&2
  rm -rf "$home"
  mkdir -p "$home"
  # Kafka 4 logs through log4j 2 and ships no SLF4J binding; 3.x brings reload4j's.
  local binding=""
  case "$KAFKA_VERSION" in
    3.*) ;;
    *) binding="<dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-slf4j-impl</artifactId><version>2.24.3</version></dependency>" ;;
  esac
  cat >"$home/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>rentflow-doctor</groupId><artifactId>kafka-runtime</artifactId><version>$KAFKA_VERSION</version>
  <dependencies>
    <dependency><groupId>org.apache.kafka</groupId><artifactId>kafka_2.13</artifactId><version>$KAFKA_VERSION</version></dependency>
    <dependency><groupId>org.apache.kafka</groupId><artifactId>kafka-tools</artifactId><version>$KAFKA_VERSION</version></dependency>
    $binding
  </dependencies>
</project>
EOF
  if ! (cd "$home" && mvn -B -q -Dstyle.color=never dependency:copy-dependencies -DoutputDirectory=libs -DincludeScope=runtime); then
    die "Maven could not resolve org.apache.kafka:kafka_2.13:$KAFKA_VERSION (see the error above)"
  fi
  # Quiet logs: warnings and errors of the broker go to its node directory's broker.log.
  cat >"$home/log4j2.properties" <<'EOF'
rootLogger.level = WARN
rootLogger.appenderRef.stderr.ref = STDERR
appender.stderr.type = Console
appender.stderr.name = STDERR
appender.stderr.target = SYSTEM_ERR
appender.stderr.layout.type = PatternLayout
appender.stderr.layout.pattern = [%d] %p %m (%c)%n
EOF
  cat >"$home/log4j.properties" <<'EOF'
log4j.rootLogger=WARN, stderr
log4j.appender.stderr=org.apache.log4j.ConsoleAppender
log4j.appender.stderr.Target=System.err
log4j.appender.stderr.layout=org.apache.log4j.PatternLayout
log4j.appender.stderr.layout.ConversionPattern=[%d] %p %m (%c)%n
EOF
  touch "$home/.complete"
  echo "kafka.sh: Apache Kafka $KAFKA_VERSION installed in $home" >&2
}

require_installed() {
  [ -f "$(kafka_home)/.complete" ] ||
    die "Apache Kafka $KAFKA_VERSION is not installed: run scripts/kafka.sh install --version $KAFKA_VERSION (scripts/test.sh does)"
}

java_logging_opts() {
  local home
  home=$(kafka_home)
  echo "-Dlog4j2.configurationFile=$home/log4j2.properties -Dlog4j.configuration=file:$home/log4j.properties"
}

# A KRaft cluster id: 16 random bytes, base64url without padding (what `random-uuid` prints).
# (The id may start with `-`: it is passed as `--cluster-id=ID`, never as a separate word.)
new_cluster_id() { head -c 16 /dev/urandom | base64 | tr "+/" "-_" | tr -d "=\n"; }

# --- run one node in the foreground --------------------------------------------------------

run_node() {
  local port="" controller_port="" node_id=1 voters="" nodes=1 dir="" props="" cluster_id="" format_args=()
  while [ $# -gt 0 ]; do
    case "$1" in
      --port) port=$2; shift 2 ;;
      --controller-port) controller_port=$2; shift 2 ;;
      --node-id) node_id=$2; shift 2 ;;
      --voters) voters=$2; shift 2 ;;
      --nodes) nodes=$2; shift 2 ;;
      --dir) dir=$2; shift 2 ;;
      --cluster-id) cluster_id=$2; shift 2 ;;
      --props) props=$2; shift 2 ;;
      --format-arg) format_args+=("$2"); shift 2 ;;
      --version) KAFKA_VERSION=$2; shift 2 ;;
      *) die "run: unknown argument $1" ;;
    esac
  done
  [ -n "$port" ] && [ -n "$controller_port" ] || die "run needs --port and --controller-port"
  require_installed
  [ -n "$voters" ] || voters="$node_id@127.0.0.1:$controller_port"
  [ -n "$dir" ] || dir=$(mktemp -d "${TMPDIR:-/tmp}/rentflow-kafka-node-XXXXXX")
  mkdir -p "$dir"
  local replication=$((nodes < 3 ? nodes : 3))
  local min_isr=$((nodes < 2 ? 1 : 2))
  # Settings for a small, fast test broker: no initial rebalance delay, internal topics that
  # fit the node count, few partitions for them, bounded heap.
  cat >"$dir/server.properties" <<EOF
process.roles=broker,controller
node.id=$node_id
controller.quorum.voters=$voters
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$controller_port
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,SSL:SSL,SASL_PLAINTEXT:SASL_PLAINTEXT,SASL_SSL:SASL_SSL
log.dirs=$dir/data
num.partitions=1
default.replication.factor=1
offsets.topic.replication.factor=$replication
offsets.topic.num.partitions=5
transaction.state.log.replication.factor=$replication
transaction.state.log.min.isr=$min_isr
transaction.state.log.num.partitions=5
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=true
delete.topic.enable=true
EOF
  case "$KAFKA_VERSION" in
    # Kafka 3.9 serves the consumer group protocol (KIP-848) only when asked to.
    3.*) echo "group.coordinator.rebalance.protocols=classic,consumer" >>"$dir/server.properties" ;;
  esac
  if [ -n "$props" ]; then
    # Later lines win in a Java properties file: the extra file overrides the defaults above.
    cat "$props" >>"$dir/server.properties"
  fi
  local home cp
  home=$(kafka_home)
  cp="$home/libs/*"
  # shellcheck disable=SC2046
  if [ ! -f "$dir/data/meta.properties" ]; then
    [ -n "$cluster_id" ] || cluster_id=$(new_cluster_id)
    java -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 $(java_logging_opts) -cp "$cp" \
      kafka.tools.StorageTool format --ignore-formatted --cluster-id="$cluster_id" -c "$dir/server.properties" \
      "${format_args[@]}" >"$dir/format.log" 2>&1 ||
      { cat "$dir/format.log" >&2; die "formatting KRaft storage in $dir failed"; }
  fi
  # shellcheck disable=SC2046
  exec java -Xmx512m -Xms64m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData \
    -Djava.awt.headless=true $(java_logging_opts) ${KAFKA_JAVA_OPTS:-} \
    -cp "$cp" kafka.Kafka "$dir/server.properties"
}

# --- start / stop / status -----------------------------------------------------------------

wait_port() {
  local port=$1 deadline=$((SECONDS + 90))
  while [ $SECONDS -lt $deadline ]; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      return 0
    fi
    sleep 0.2
  done
  return 1
}

start_cluster() {
  local nodes=1 port=9092
  while [ $# -gt 0 ]; do
    case "$1" in
      --nodes) nodes=$2; shift 2 ;;
      --port) port=$2; shift 2 ;;
      --version) KAFKA_VERSION=$2; shift 2 ;;
      *) die "start: unknown argument $1" ;;
    esac
  done
  case "$nodes" in 1 | 3) ;; *) die "start: --nodes is 1 or 3" ;; esac
  require_installed
  if [ -f "$STATE_DIR/pids" ] && status_quiet; then
    die "a cluster started by this script still runs (scripts/kafka.sh status; stop it first)"
  fi
  rm -rf "$STATE_DIR"
  mkdir -p "$STATE_DIR"
  local root voters="" bootstrap="" i cluster_id
  cluster_id=$(new_cluster_id)
  root=$(mktemp -d "${TMPDIR:-/tmp}/rentflow-kafka-XXXXXX")
  echo "$root" >"$STATE_DIR/root"
  # Controllers listen 1000 ports above their broker: 9092 → 10092.
  for i in $(seq 1 "$nodes"); do
    voters="$voters${voters:+,}$i@127.0.0.1:$((port + i - 1 + 1000))"
    bootstrap="$bootstrap${bootstrap:+,}127.0.0.1:$((port + i - 1))"
  done
  for i in $(seq 1 "$nodes"); do
    local p=$((port + i - 1))
    nohup "$SCRIPTS_DIR/kafka.sh" run --version "$KAFKA_VERSION" --node-id "$i" --port "$p" \
      --controller-port $((p + 1000)) --voters "$voters" --nodes "$nodes" --cluster-id "$cluster_id" --dir "$root/node-$i" \
      >"$root/node-$i.log" 2>&1 &
    echo "$! $p" >>"$STATE_DIR/pids"
  done
  for i in $(seq 1 "$nodes"); do
    local p=$((port + i - 1))
    wait_port "$p" || die "node $i did not listen on 127.0.0.1:$p within 90 s; see $root/node-$i.log"
  done
  echo "$bootstrap" >"$STATE_DIR/bootstrap"
  echo "kafka.sh: Apache Kafka $KAFKA_VERSION, $nodes node(s), data in $root" >&2
  echo "$bootstrap"
}

status_quiet() {
  local pid _port
  [ -f "$STATE_DIR/pids" ] || return 1
  while read -r pid _port; do
    kill -0 "$pid" 2>/dev/null && return 0
  done <"$STATE_DIR/pids"
  return 1
}

status_cluster() {
  if [ ! -f "$STATE_DIR/pids" ]; then
    echo "no cluster started by scripts/kafka.sh"
    return 0
  fi
  local pid port
  while read -r pid port; do
    if kill -0 "$pid" 2>/dev/null; then
      echo "running: pid $pid, 127.0.0.1:$port"
    else
      echo "stopped: pid $pid, 127.0.0.1:$port"
    fi
  done <"$STATE_DIR/pids"
  [ -f "$STATE_DIR/bootstrap" ] && echo "bootstrap: $(cat "$STATE_DIR/bootstrap")"
}

stop_cluster() {
  [ -f "$STATE_DIR/pids" ] || { echo "no cluster started by scripts/kafka.sh"; return 0; }
  local pid _port
  while read -r pid _port; do
    kill "$pid" 2>/dev/null || true
  done <"$STATE_DIR/pids"
  local deadline=$((SECONDS + 20))
  while status_quiet && [ $SECONDS -lt $deadline ]; do sleep 0.2; done
  while read -r pid _port; do
    kill -9 "$pid" 2>/dev/null || true
  done <"$STATE_DIR/pids"
  [ -f "$STATE_DIR/root" ] && rm -rf "$(cat "$STATE_DIR/root")"
  rm -rf "$STATE_DIR"
  echo "stopped"
}

# --- kafka-consumer-groups -----------------------------------------------------------------

run_kcg() {
  require_installed
  local home
  home=$(kafka_home)
  # kafka-run-class.sh's defaults for a tool: 256 MiB heap and G1, a fresh JVM per call.
  # shellcheck disable=SC2046
  exec java -Xmx256M -server -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 \
    -XX:+ExplicitGCInvokesConcurrent -XX:MaxInlineLevel=15 -Djava.awt.headless=true \
    $(java_logging_opts) -cp "$home/libs/*" org.apache.kafka.tools.consumer.group.ConsumerGroupCommand "$@"
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
  install)
    while [ $# -gt 0 ]; do
      case "$1" in
        --version) KAFKA_VERSION=$2; shift 2 ;;
        *) die "install: unknown argument $1" ;;
      esac
    done
    install_kafka
    ;;
  start) start_cluster "$@" ;;
  stop) stop_cluster ;;
  status) status_cluster ;;
  kcg) run_kcg "$@" ;;
  run) run_node "$@" ;;
  home) echo "$(kafka_home)" ;;
  *) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
