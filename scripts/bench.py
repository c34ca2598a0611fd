#!/usr/bin/env python3
"""End-to-end benchmarks: rentflow-doctor side by side with the tools people use today.

Run it through scripts/bench.sh, which builds the release binaries and installs the peers
(Apache Kafka with its kafka-consumer-groups, kcat, jq, confluent-kafka). Every row is the median of at least --runs runs; the
ratio is doctor / peer (below 1 means the doctor is faster). Results also go to
target/bench/results.json.
"""

import argparse
import json
import os
import select
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RELEASE = ROOT / "target" / "release"
DOCTOR = RELEASE / "rentflow-doctor"
EXAMPLES = RELEASE / "examples"
# Apache Kafka's own kafka-consumer-groups, a JVM per call as users run it.
KCG = ["bash", str(ROOT / "scripts" / "kafka.sh"), "kcg"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_listening(port, timeout=20):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.02)
    raise RuntimeError(f"nothing listening on {port}")


class Processes:
    """Starts the broker, the service and the consumer; kills them all at the end."""

    def __init__(self):
        self.children = []

    def spawn(self, args, **kwargs):
        child = subprocess.Popen(args, **kwargs)
        self.children.append(child)
        return child

    def wait_line(self, child, stream, needle, timeout=60):
        found = threading.Event()
        line_holder = []

        def read():
            for raw in iter(stream.readline, b""):
                line = raw.decode(errors="replace")
                if needle in line and not found.is_set():
                    line_holder.append(line.strip())
                    found.set()

        threading.Thread(target=read, daemon=True).start()
        if not found.wait(timeout):
            raise RuntimeError(f"{child.args[0]} did not print {needle!r}")
        return line_holder[0]

    def close(self):
        for child in self.children:
            child.kill()
            child.wait()


def start_broker(procs):
    """One Apache Kafka node (scripts/kafka.sh run) on free loopback ports."""
    port, controller = free_port(), free_port()
    data = Path(tempfile.mkdtemp(prefix="rentflow-bench-kafka-"))
    procs.spawn(
        ["bash", ROOT / "scripts" / "kafka.sh", "run", "--port", str(port), "--controller-port", str(controller),
         "--dir", str(data)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_listening(port, timeout=120)
    return f"127.0.0.1:{port}"


def start_pipeline(procs):
    broker = start_broker(procs)
    service = procs.spawn(
        [EXAMPLES / "lease_service", "--brokers", broker, "--listen", "127.0.0.1:0", "--create-topic", "3"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    address = procs.wait_line(service, service.stdout, "listening on").split()[-1]
    consumer = procs.spawn(
        [EXAMPLES / "lease_consumer", "--brokers", broker, "--log-file", os.devnull],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    procs.wait_line(consumer, consumer.stderr, "fetching")
    return broker, f"http://{address}"


def timed(args, env=None, check=True):
    started = time.perf_counter()
    done = subprocess.run(args, capture_output=True, env=env)
    elapsed = (time.perf_counter() - started) * 1000
    if check and done.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, args))} exited {done.returncode}: {done.stderr.decode()[-500:]}")
    return elapsed, done


def median(values):
    return statistics.median(values) if values else None


class Table:
    def __init__(self):
        self.rows = []

    def add(self, name, doctor, peer_name=None, peer=None, unit="ms", target=None, note=""):
        self.rows.append({"row": name, "doctor": doctor, "peer_name": peer_name, "peer": peer,
                          "unit": unit, "target": target, "note": note})
        print(f"  {name}: {fmt(doctor)} {unit}" + (f"  ({peer_name}: {fmt(peer)} {unit})" if peer_name else ""),
              file=sys.stderr)

    def render(self):
        header = ["row", "doctor", "peer", "peer value", "ratio", "target", "met"]
        lines = []
        for r in self.rows:
            ratio = (r["doctor"] / r["peer"]) if r["doctor"] is not None and r["peer"] else None
            met = ""
            if r["target"] is not None and r["doctor"] is not None:
                met = "yes" if r["doctor"] <= r["target"] else "NO"
            lines.append([r["row"], f"{fmt(r['doctor'])} {r['unit']}", r["peer_name"] or "—",
                          f"{fmt(r['peer'])} {r['unit']}" if r["peer"] is not None else "—",
                          f"{ratio:.2f}" if ratio is not None else "—",
                          f"≤ {fmt(r['target'])} {r['unit']}" if r["target"] is not None else "—", met])
        widths = [max(len(str(x)) for x in col) for col in zip(header, *lines)]
        out = [" | ".join(h.ljust(w) for h, w in zip(header, widths)),
               "-|-".join("-" * w for w in widths)]
        out += [" | ".join(str(c).ljust(w) for c, w in zip(line, widths)) for line in lines]
        return "\n".join(out)

    def markdown(self):
        """The rows as the Markdown table of docs/performance.md and the README."""
        out = ["| row | rentflow-doctor | peer | ratio | target |", "|---|---|---|---|---|"]
        for r in self.rows:
            ratio = (r["doctor"] / r["peer"]) if r["doctor"] is not None and r["peer"] else None
            target = ""
            if r["target"] is not None and r["doctor"] is not None:
                target = f"≤ {fmt(r['target'])} {r['unit']} " + ("✓" if r["doctor"] <= r["target"] else "✗")
            peer = f"{r['peer_name']}: {fmt(r['peer'])} {r['unit']}" if r["peer"] is not None else ""
            out.append(f"| {r['row']} | {fmt(r['doctor'])} {r['unit']} | {peer} | "
                       f"{f'{ratio:.2f}' if ratio is not None else ''} | {target} |")
        return "\n".join(out)


def fmt(value):
    if value is None:
        return "—"
    if value >= 100:
        return f"{value:.0f}"
    return f"{value:.1f}" if value >= 10 else f"{value:.2f}"


def kcat_env():
    """kcat from Debian links librdkafka 2.0.2; run it on the librdkafka 2.x that
    confluent-kafka's wheel ships, so both sides use a current client library."""
    import confluent_kafka
    libs = Path(confluent_kafka.__file__).resolve().parent.parent / "confluent_kafka.libs"
    found = sorted(libs.glob("librdkafka*.so*"))
    if not found:
        return None
    shim = Path(tempfile.mkdtemp(prefix="kcat-lib-"))
    (shim / "librdkafka.so.1").symlink_to(found[0])
    env = dict(os.environ, LD_LIBRARY_PATH=str(shim))
    return env


def bench_startup(table, runs, kcat, env):
    for flag, peer_flag, target in (("--version", "-V", 10), ("--help", "-h", 10)):
        doctor = [timed([DOCTOR, flag])[0] for _ in range(runs * 4)]
        peer = [timed([kcat, peer_flag], env=env, check=False)[0] for _ in range(runs * 4)] if kcat else []
        table.add(f"{flag} start-up", median(doctor), "kcat " + peer_flag if kcat else None, median(peer),
                  target=target)
    table.add("binary size", DOCTOR.stat().st_size / 1e6, unit="MB",
              note="release, stripped of nothing")


def trace_once(broker, url, extra=()):
    wall, done = timed([DOCTOR, "trace", "--no-config", "-o", "json", "--brokers", broker, "--grpc-url", url, *extra])
    return wall, json.loads(done.stdout)


def bench_trace(table, runs, broker, url):
    walls, overheads, setups = [], [], []
    for _ in range(runs):
        wall, report = trace_once(broker, url)
        hops = {h["name"]: h for h in report["hops"]}
        walls.append(wall)
        overheads.append(wall - hops["total"]["latency_ms"])
        setups.append(report["setup_ms"])
    table.add("trace wall time", median(walls))
    table.add("trace overhead (wall − sent→commit)", median(overheads), target=30)
    table.add("start → probe on the wire", median(setups), target=150)


def watch_side_by_side(broker, url, kcat, env, runs):
    """The watch hop of `trace` and kcat (`-C -o end -c 1`) reading the same probe record.

    For each run kcat waits at the end of the topic, then `trace` sends its probe; both are
    timed from the record's own timestamp (the lease service's producer set it) to the moment
    each sees the record: the doctor's watch hop, and kcat's line arriving here. Returns the
    two medians.
    """
    doctor, peer = [], []
    for _ in range(runs):
        child = subprocess.Popen([kcat, "-C", "-b", broker, "-t", "lease-events", "-o", "end", "-c", "1",
                                  "-f", "%T\n", "-q"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
        try:
            # kcat has no ready signal: give it time to resolve `end` on every partition.
            time.sleep(1.5)
            trace = subprocess.Popen([DOCTOR, "trace", "--no-config", "-o", "json", "--brokers", broker,
                                      "--grpc-url", url], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            ready, _, _ = select.select([child.stdout], [], [], 10)
            line = child.stdout.readline() if ready else b""
            seen = time.time() * 1000
            report = json.loads(trace.communicate(timeout=60)[0])
            hops = {h["name"]: h for h in report["hops"]}
            if line.strip() and hops["watch"].get("latency_ms") is not None:
                peer.append(seen - int(line))
                doctor.append(hops["watch"]["latency_ms"])
        finally:
            child.kill()
            child.wait(5)
    return (median(doctor), median(peer)) if doctor else (float("nan"), float("nan"))


def bench_burst(table, runs, broker, url):
    walls, cpus, mems, p99s = [], [], [], []
    for _ in range(runs):
        wall, report = trace_once(broker, url, ("--count", "1000", "--concurrency", "32", "--timeout", "120s"))
        assert report["completed"] == 1000, report["outcomes"]
        walls.append(wall)
        cpus.append(report["resources"]["cpu_ms"])
        mems.append(report["resources"]["peak_rss_mib"])
        p99s.append(next(h for h in report["hops"] if h["name"] == "total")["p99_ms"])
    table.add("burst 1000×32 wall time", median(walls))
    table.add("burst 1000×32 doctor CPU", median(cpus))
    table.add("burst 1000×32 peak memory", median(mems), unit="MiB")
    table.add("burst 1000×32 total p99", median(p99s))


PY_DESCRIBE = """
import sys
from confluent_kafka import Consumer, TopicPartition
broker, group, topic = sys.argv[1:4]
c = Consumer({"bootstrap.servers": broker, "group.id": group, "enable.auto.commit": False})
md = c.list_topics(topic, timeout=10)
tps = [TopicPartition(topic, p) for p in sorted(md.topics[topic].partitions)]
committed = c.committed(tps, timeout=10)
lag = 0
for tp in committed:
    low, high = c.get_watermark_offsets(tp, timeout=10)
    lag += high - (tp.offset if tp.offset >= 0 else low)
print(len(committed), lag)
"""

PY_RESET = """
import sys
from confluent_kafka import Consumer, TopicPartition
broker, group, topic, to = sys.argv[1:5]
c = Consumer({"bootstrap.servers": broker, "group.id": group, "enable.auto.commit": False})
md = c.list_topics(topic, timeout=10)
tps = [TopicPartition(topic, p) for p in sorted(md.topics[topic].partitions)]
before = c.committed(tps, timeout=10)
target = []
for tp in tps:
    low, high = c.get_watermark_offsets(tp, timeout=10)
    target.append(TopicPartition(topic, tp.partition, low if to == "earliest" else high))
c.commit(offsets=target, asynchronous=False)
after = c.committed(tps, timeout=10)
assert [t.offset for t in after] == [t.offset for t in target]
print(len(after))
"""


def bench_groups(table, runs, broker):
    from confluent_kafka import Consumer, Producer, TopicPartition
    from confluent_kafka.admin import AdminClient, NewTopic
    topic, group, partitions = "bench-1000", "bench-group", 1000
    admin = AdminClient({"bootstrap.servers": broker})
    admin.create_topics([NewTopic(topic, partitions, 1)])["bench-1000"].result(30)
    producer = Producer({"bootstrap.servers": broker, "linger.ms": 5})
    for p in range(partitions):
        for n in range(4):
            producer.produce(topic, value=b"x", partition=p)
    producer.flush(30)
    consumer = Consumer({"bootstrap.servers": broker, "group.id": group, "enable.auto.commit": False})
    consumer.commit(offsets=[TopicPartition(topic, p, 2) for p in range(partitions)], asynchronous=False)
    consumer.close()

    describe = [timed([DOCTOR, "group", "describe", "--no-config", "-o", "json", "--brokers", broker,
                       "--group", group, "--topic", topic])[0] for _ in range(runs)]
    py_describe = [timed([sys.executable, "-c", PY_DESCRIBE, broker, group, topic])[0] for _ in range(runs)]
    kcg_describe = [timed(KCG + ["--bootstrap-server", broker, "--describe", "--offsets", "--group", group])[0]
                    for _ in range(runs)]
    table.add("group describe, 1,000 partitions", median(describe), "kafka-consumer-groups --describe --offsets",
              median(kcg_describe), target=300)
    table.add("group describe, 1,000 partitions (vs a script)", median(describe), "confluent-kafka script",
              median(py_describe))

    backup = Path(tempfile.mkdtemp(prefix="bench-reset-"))
    resets, py_resets, kcg_resets = [], [], []
    for n in range(runs):
        to = "earliest" if n % 2 == 0 else "latest"
        resets.append(timed([DOCTOR, "reset-group", "--no-config", "-o", "json", "--brokers", broker, "--group", group,
                             "--topic", topic, "--to", to, "--execute", "--yes",
                             "--backup", str(backup / f"{n}.json")])[0])
        py_resets.append(timed([sys.executable, "-c", PY_RESET, broker, group, topic, to])[0])
        # kafka-consumer-groups applies without a snapshot or a read-back: less work than the doctor does.
        kcg_resets.append(timed(KCG + ["--bootstrap-server", broker, "--reset-offsets", "--group", group,
                                       "--topic", topic, f"--to-{to}", "--execute"])[0])
    table.add("reset-group plan+execute+verify, 1,000 partitions", median(resets),
              "kafka-consumer-groups --reset-offsets --execute", median(kcg_resets), target=1000)
    table.add("reset-group, 1,000 partitions (vs a script)", median(resets), "confluent-kafka script",
              median(py_resets))
    shutil.rmtree(backup, ignore_errors=True)


def bench_find(table, runs, broker, kcat, env, records):
    """`find` against kcat piped into jq on a topic of `records` records (3 partitions), from a
    timestamp before the first record to the end, the same matches on both sides."""
    from confluent_kafka import Producer
    from confluent_kafka.admin import AdminClient, NewTopic
    topic, lease = "bench-find", "L-bench-find-42"
    admin = AdminClient({"bootstrap.servers": broker})
    admin.create_topics([NewTopic(topic, 3, 1)])[topic].result(30)
    since_ms = int(time.time() * 1000) - 1000
    producer = Producer({"bootstrap.servers": broker, "linger.ms": 20, "batch.size": 1 << 20,
                         "queue.buffering.max.messages": 1_000_000, "compression.type": "none"})
    wanted = {records // 7, records // 2, records - 3}
    for n in range(records):
        lease_id = lease if n in wanted else f"L-{n}"
        value = ('{"event_type":"LeaseTerminated","event_id":"%032x","lease_id":"%s","reason":"moved out",'
                 '"occurred_at":"2026-11-30T12:00:00.000Z"}' % (n, lease_id)).encode()
        while True:
            try:
                producer.produce(topic, key=lease_id.encode(), value=value, partition=n % 3)
                break
            except BufferError:
                producer.poll(0.05)
        if n % 10000 == 0:
            producer.poll(0)
    producer.flush(120)
    since = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(since_ms / 1000)) + "Z"

    def doctor():
        wall, done = timed([DOCTOR, "find", "--no-config", "-o", "json", "--brokers", broker, "--topic", topic,
                            "--group", "bench-find-group", "--lease-id", lease, "--from", since,
                            "--timeout", "300s"])
        report = json.loads(done.stdout)
        assert len(report["matches"]) == len(wanted) and report["records_read"] == records, report["summary"]
        return wall

    def peer():
        pipeline = (f"{kcat} -C -b {broker} -t {topic} -o s@{since_ms} -e -q -f '%s\\n' "
                    f"-X isolation.level=read_committed | jq -c 'select(.lease_id==\"{lease}\")'")
        wall, done = timed(["bash", "-o", "pipefail", "-c", pipeline], env=env)
        assert len(done.stdout.splitlines()) == len(wanted), done.stdout[-300:]
        return wall

    doctor()  # warm the page cache for both sides
    walls, peers = [], []
    for _ in range(runs):
        walls.append(doctor())
        if kcat:
            peers.append(peer())
    table.add(f"find, {records:,} records from a timestamp", median(walls),
              "kcat -o s@<ts> -e | jq select(.lease_id)" if kcat else None, median(peers))
    table.add("find throughput", records / (median(walls) / 1000) / 1e6, unit="M records/s")


def make_tree(root, files):
    """A project tree of `files` files: Python services and consumers, compose files,
    Dockerfiles, with a few planted problems."""
    module = (
        "import logging\nfrom kafka import KafkaProducer\n\nlogger = logging.getLogger(__name__)\n"
        "producer = KafkaProducer(bootstrap_servers='kafka:9092')\n\n"
        "def handle(request):\n    payload = {'lease_id': request.lease_id, 'path': r'C:\\\\Users\\\\x'}\n"
        "    logger.info('sent %s', payload)\n    return producer.send('lease-events', payload)\n"
    ) * 8
    total = 0
    for n in range(files):
        folder = root / f"svc{n // 100}"
        folder.mkdir(parents=True, exist_ok=True)
        if n % 50 == 0:
            path, text = folder / "docker-compose.yml", (
                "services:\n  consumer:\n    image: rentflow\n    command: python manage.py run_kafka_consumer\n")
        elif n % 50 == 1:
            path, text = folder / "Dockerfile", "FROM python:3.11\nCOPY . /app\nCMD [\"python\", \"-u\", \"app.py\"]\n"
        else:
            path, text = folder / f"module_{n}.py", module
        path.write_text(text)
        total += len(text)
    return total


def bench_check(table, runs, files):
    tree = Path(tempfile.mkdtemp(prefix="bench-tree-"))
    size = make_tree(tree, files)
    doctor = [timed([DOCTOR, "check", "--no-config", "--static-only", "-o", "json", "--project-dir", str(tree)],
                    check=False)[0] for _ in range(runs)]
    pycache = Path(tempfile.mkdtemp(prefix="bench-pycache-"))
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(pycache))
    peer = [timed([sys.executable, "-m", "compileall", "-q", "-f", "-j", "0", str(tree)], env=env,
                  check=False)[0] for _ in range(runs)]
    table.add(f"check --static-only, {files:,} files ({size / 1e6:.1f} MB)", median(doctor),
              "python -m compileall", median(peer), target=1000)
    table.add("check --static-only throughput", size / 1e6 / (median(doctor) / 1000), unit="MB/s")
    shutil.rmtree(tree, ignore_errors=True)
    shutil.rmtree(pycache, ignore_errors=True)


def proc_cpu_rss(pid):
    """CPU seconds (user + system) and resident memory (MiB) of a running process."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    cpu = (int(fields[11]) + int(fields[12])) / ticks
    rss_kib = next(int(line.split()[1]) for line in Path(f"/proc/{pid}/status").read_text().splitlines()
                   if line.startswith("VmRSS:"))
    return cpu, rss_kib / 1024


def bench_monitor(table, broker, url, probes, interval="1ms"):
    """`monitor` at a short interval: CPU per probe between the 100th probe and the last,
    and resident memory along the way (it must stay flat)."""
    topic_args = ["--brokers", broker, "--grpc-url", url]
    child = subprocess.Popen(
        [DOCTOR, "monitor", "--no-config", "-o", "json", "--interval", interval, "--listen", "127.0.0.1:0", *topic_args],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    samples = {}
    healthy = 0
    checkpoints = {100, probes // 10, probes // 2, probes}
    started = time.perf_counter()
    try:
        for count, line in enumerate(iter(child.stdout.readline, b""), start=1):
            healthy += json.loads(line)["summary"]["status"] == "healthy"
            if count in checkpoints:
                samples[count] = (*proc_cpu_rss(child.pid), time.perf_counter() - started)
            if count >= probes:
                break
    finally:
        child.terminate()
        child.wait()
    (cpu_100, _, t_100), (cpu_end, rss_end, t_end) = samples[100], samples[probes]
    per_probe_ms = (cpu_end - cpu_100) * 1000 / (probes - 100)
    rss = "  ".join(f"{n}: {samples[n][1]:.1f} MiB" for n in sorted(samples))
    print(f"monitor: {probes} probes ({healthy} healthy) at --interval {interval} in {t_end:.0f} s, "
          f"{(probes - 100) / (t_end - t_100):.0f} probes/s; CPU {per_probe_ms:.3f} ms/probe; RSS {rss}",
          file=sys.stderr)
    table.add(f"monitor CPU per probe ({probes} probes)", per_probe_ms, unit="ms", target=2)
    table.add(f"monitor RSS after {probes} probes", rss_end, unit="MiB", target=40)
    return per_probe_ms, samples


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per row (the median is reported); at least 5")
    parser.add_argument("--files", type=int, default=10_000, help="files in the generated project tree")
    parser.add_argument("--records", type=int, default=1_000_000, help="records in the find row's topic")
    parser.add_argument("--only", nargs="*", default=[], help="startup trace watch burst groups find check monitor")
    parser.add_argument("--monitor-probes", type=int, default=10_000, help="probes in the monitor row")
    args = parser.parse_args()
    runs = max(args.runs, 5)
    wanted = set(args.only) or {"startup", "trace", "watch", "burst", "groups", "find", "check", "monitor"}
    kcat = shutil.which("kcat")
    env = kcat_env() if kcat else None
    table = Table()
    procs = Processes()
    try:
        print("starting Apache Kafka, the lease service and the consumer", file=sys.stderr)
        broker, url = start_pipeline(procs)
        trace_once(broker, url)  # warm the broker's group and topic state
        if "startup" in wanted:
            bench_startup(table, runs, kcat, env)
        if "trace" in wanted:
            bench_trace(table, max(runs, 15), broker, url)
        if "watch" in wanted and kcat:
            watch, peer = watch_side_by_side(broker, url, kcat, env, max(runs, 15))
            table.add("watch latency (record timestamp → seen), same records", watch, "kcat -C -o end -c 1", peer,
                      target=10)
        if "burst" in wanted:
            bench_burst(table, runs, broker, url)
        if "groups" in wanted:
            bench_groups(table, runs, broker)
        if "find" in wanted:
            bench_find(table, runs, broker, kcat, env, args.records)
        if "check" in wanted:
            bench_check(table, runs, args.files)
        if "monitor" in wanted:
            bench_monitor(table, broker, url, args.monitor_probes)
    finally:
        procs.close()
    print(table.render())
    print()
    print(table.markdown())
    out = ROOT / "target" / "bench"
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.json").write_text(json.dumps({"runs": runs, "rows": table.rows}, indent=2))
    (out / "table.md").write_text(table.markdown() + "\n")


if __name__ == "__main__":
    main()
