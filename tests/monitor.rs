//! `monitor` against the reference pipeline on a real broker: the health endpoint and the
//! metrics follow the consumer going away and coming back; the exposition passes
//! `promtool check metrics` and is scraped by a real Prometheus server; each probe's spans
//! reach a real OpenTelemetry Collector in the trace the probe sent to the service.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use common::{Consumer, Pipeline, free_port, signal, wait_listening};
use serde_json::Value;

/// A running `monitor -o json`: its NDJSON reports arrive on a channel.
struct Monitor {
    child: Child,
    reports: Receiver<Value>,
    listen: String,
}

impl Monitor {
    fn start(pipeline: &Pipeline, extra: &[&str]) -> Monitor {
        let listen = format!("127.0.0.1:{}", free_port());
        let mut command = pipeline.command(&[&["monitor", "-o", "json", "--listen", &listen], extra].concat());
        command.stdout(Stdio::piped()).stderr(Stdio::inherit());
        let mut child = command.spawn().expect("start rentflow-doctor monitor");
        let stdout = child.stdout.take().unwrap();
        let (sender, reports) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                let report: Value = serde_json::from_str(&line)
                    .unwrap_or_else(|err| panic!("not one JSON report per line ({err}): {line}"));
                let _ = sender.send(report);
            }
        });
        wait_listening(&listen, Duration::from_secs(10));
        Monitor { child, reports, listen }
    }

    /// Waits for the next report that satisfies `wanted`.
    fn until(&self, what: &str, timeout: Duration, wanted: impl Fn(&Value) -> bool) -> Value {
        let deadline = Instant::now() + timeout;
        let mut last = Value::Null;
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            match self.reports.recv_timeout(left) {
                Ok(report) if wanted(&report) => return report,
                Ok(report) => last = report,
                Err(_) => break,
            }
        }
        panic!("no report {what} within {timeout:?}; last one: {last:#}");
    }

    fn get(&self, path: &str, accept: Option<&str>) -> (u16, String, String) {
        http_get(&self.listen, path, accept)
    }

    /// SIGTERM; returns the exit code and how long the monitor took to stop.
    fn terminate(self) -> (i32, Duration) {
        self.stop_with(libc::SIGTERM)
    }

    /// Sends `signal`; returns the exit code and how long the monitor took to stop.
    fn stop_with(mut self, sent: i32) -> (i32, Duration) {
        let asked = Instant::now();
        signal(&self.child, sent);
        let deadline = asked + Duration::from_secs(10);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return (status.code().unwrap_or(-1), asked.elapsed());
            }
            assert!(Instant::now() < deadline, "monitor still running 10 s after signal {sent}");
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for Monitor {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A plain HTTP/1.1 GET: status, content type and body.
fn http_get(address: &str, path: &str, accept: Option<&str>) -> (u16, String, String) {
    let mut stream = TcpStream::connect(address).expect("connect to the monitor");
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let accept = accept.map(|a| format!("Accept: {a}\r\n")).unwrap_or_default();
    write!(stream, "GET {path} HTTP/1.1\r\nHost: {address}\r\n{accept}Connection: close\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("read the response");
    let (head, body) = response.split_once("\r\n\r\n").expect("an HTTP response");
    let status = head.split(' ').nth(1).and_then(|s| s.parse().ok()).expect("a status code");
    let content_type = head
        .lines()
        .find_map(|line| line.to_ascii_lowercase().strip_prefix("content-type: ").map(str::to_string))
        .unwrap_or_default();
    (status, content_type, body.to_string())
}

/// The value of one sample (`name{labels}`) in a classic exposition.
fn sample(exposition: &str, series: &str) -> Option<f64> {
    exposition.lines().find_map(|line| line.strip_prefix(series)?.strip_prefix(' ')?.parse().ok())
}

fn codes(report: &Value) -> Vec<String> {
    report["findings"].as_array().unwrap().iter().map(|f| f["code"].as_str().unwrap().to_string()).collect()
}

fn status(report: &Value) -> &str {
    report["summary"]["status"].as_str().unwrap()
}

/// Runs promtool from Debian's prometheus package (installed by scripts/test.sh).
fn promtool(args: &[&str], stdin: Option<&str>) -> std::process::Output {
    let mut child = Command::new("promtool")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("promtool is not installed: run scripts/test.sh, which installs Debian's prometheus package");
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.unwrap_or_default().as_bytes()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

#[test]
fn monitor_follows_the_consumer_away_and_back_in_healthz_and_metrics() {
    let mut pipeline = Pipeline::start("none", "none");
    let monitor = Monitor::start(&pipeline, &["--interval", "1s", "--consume-timeout", "2s"]);

    let first = monitor.until("that is healthy", Duration::from_secs(30), |r| status(r) == "healthy");
    assert_eq!(first["version"], 1);
    assert_eq!(first["command"], "monitor");
    let lease = first["probe"]["lease_id"].as_str().unwrap();
    assert!(lease.starts_with("rentflow-doctor-probe-"), "{lease}");
    let hops: Vec<&str> = first["hops"].as_array().unwrap().iter().map(|h| h["status"].as_str().unwrap()).collect();
    assert_eq!(hops, ["ok"; 5]);
    let (code, content_type, body) = monitor.get("/healthz", None);
    assert_eq!(code, 200, "{body}");
    assert!(content_type.starts_with("application/json"));
    let healthz: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(healthz["summary"]["status"], "healthy");
    let (code, _, body) = monitor.get("/report", None);
    assert_eq!(code, 200);
    assert_eq!(serde_json::from_str::<Value>(&body).unwrap()["command"], "monitor");

    // From the second probe on, the group has committed where the first one went: its lag
    // is known there.
    monitor.until("that is healthy again", Duration::from_secs(30), |r| status(r) == "healthy");
    let (code, content_type, metrics) = monitor.get("/metrics", None);
    assert_eq!(code, 200);
    assert!(content_type.starts_with("text/plain; version=0.0.4"), "{content_type}");
    assert!(sample(&metrics, "rentflow_doctor_probes_total{result=\"healthy\"}").unwrap() >= 1.0, "{metrics}");
    assert_eq!(sample(&metrics, "rentflow_doctor_last_probe_healthy"), Some(1.0), "{metrics}");
    for hop in ["grpc", "publish", "watch", "consume", "total"] {
        let count = sample(&metrics, &format!("rentflow_doctor_hop_duration_seconds_count{{hop=\"{hop}\"}}"));
        assert!(count.unwrap_or(0.0) >= 1.0, "no {hop} latency in\n{metrics}");
    }
    assert!(
        metrics.contains(&format!("rentflow_doctor_group_lag{{topic=\"{}\",partition=", pipeline.topic)),
        "{metrics}"
    );
    assert!(metrics.contains("rentflow_doctor_build_info{version="), "{metrics}");
    let checked = promtool(&["check", "metrics"], Some(&metrics));
    assert!(
        checked.status.success(),
        "promtool check metrics:\n{}{}\n{metrics}",
        String::from_utf8_lossy(&checked.stdout),
        String::from_utf8_lossy(&checked.stderr)
    );
    let (_, content_type, openmetrics) = monitor.get("/metrics", Some("application/openmetrics-text;version=1.0.0"));
    assert!(content_type.starts_with("application/openmetrics-text"), "{content_type}");
    assert!(openmetrics.ends_with("# EOF\n"));

    // The consumer stops (and leaves its group): the next probes see RD103.
    pipeline.consumer.take().unwrap().stop();
    let down = monitor.until("with RD103", Duration::from_secs(40), |r| codes(r).contains(&"RD103".to_string()));
    assert_eq!(status(&down), "unhealthy");
    let (code, _, body) = monitor.get("/healthz", None);
    assert_eq!(code, 503, "{body}");
    let healthz: Value = serde_json::from_str(&body).unwrap();
    assert!(codes(&healthz).contains(&"RD103".to_string()), "{healthz:#}");
    let (_, _, metrics) = monitor.get("/metrics", None);
    assert!(sample(&metrics, "rentflow_doctor_findings_total{code=\"RD103\"}").unwrap() >= 1.0, "{metrics}");
    assert!(sample(&metrics, "rentflow_doctor_probes_total{result=\"unhealthy\"}").unwrap() >= 1.0, "{metrics}");
    assert_eq!(sample(&metrics, "rentflow_doctor_last_probe_healthy"), Some(0.0), "{metrics}");

    // It comes back: healthy again.
    let log = pipeline.dir.path().join("consumer-again.log");
    pipeline.consumer = Some(Consumer::start(&pipeline.broker, &pipeline.topic, &pipeline.group, "none", &log));
    monitor.until("healthy again", Duration::from_secs(60), |r| status(r) == "healthy");
    let (code, _, _) = monitor.get("/healthz", None);
    assert_eq!(code, 200);

    let (code, took) = monitor.terminate();
    assert_eq!(code, 0, "a monitor stopped by SIGTERM exits 0");
    assert!(took < Duration::from_secs(3), "SIGTERM took {took:?} to stop the monitor");
}

#[test]
fn count_stops_after_n_probes_with_one_json_report_per_line() {
    let pipeline = Pipeline::start("none", "none");
    let url = pipeline.grpc_url();
    let run = pipeline.doctor(&["monitor", "-o", "json", "--count", "3", "--interval", "200ms", "--listen", "off"]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    // Each line is the same versioned document as `trace -o json`, schema and all.
    let reports = run.json_lines();
    assert_eq!(reports.len(), 3, "{}", run.stdout);
    let leases: std::collections::HashSet<&str> =
        reports.iter().map(|r| r["probe"]["lease_id"].as_str().unwrap()).collect();
    assert_eq!(leases.len(), 3, "each probe has its own lease id");
    assert!(reports.iter().all(|r| status(r) == "healthy"), "{}", run.stdout);

    // In text mode: a header, one line per probe like `ping`, and a closing summary.
    let run = pipeline.doctor(&["monitor", "--count", "2", "--interval", "200ms", "--listen", "off"]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 5, "{}", run.stdout);
    assert!(lines[0].starts_with(&format!("monitor {url} → {} → {} every 200ms", pipeline.topic, pipeline.group)));
    for probe in &lines[1..3] {
        for hop in ["grpc", "publish", "watch", "consume", "total"] {
            assert!(probe.contains(&format!("  {hop} ")), "{probe}");
        }
        assert!(probe.ends_with(" healthy"), "{probe}");
    }
    // (A first probe slower than two intervals, connecting on a loaded machine, skips a tick.)
    assert!(
        lines[3].starts_with("--- 2 probes: 2 healthy, 0 unhealthy, 0 unreachable; 0 state changes; "),
        "{}",
        lines[3]
    );
    assert!(lines[3].contains(" skipped tick"), "{}", lines[3]);
    assert!(lines[4].starts_with("total p50 "), "{}", lines[4]);
}

#[test]
fn sigint_abandons_a_probe_that_is_still_waiting_for_the_consumer() {
    let mut pipeline = Pipeline::start("none", "none");
    pipeline.consumer.take().unwrap().stop();
    // The first probe goes out at once and waits up to 60 s for a commit that cannot come.
    let monitor = Monitor::start(&pipeline, &["--consume-timeout", "60s", "--timeout", "90s"]);
    std::thread::sleep(Duration::from_secs(3));
    let (code, body) = {
        let (code, _, body) = monitor.get("/healthz", None);
        (code, body)
    };
    assert_eq!(code, 503, "no probe has finished yet: {body}");
    assert!(body.contains("no probe has finished yet"), "{body}");
    let (code, took) = monitor.stop_with(libc::SIGINT);
    assert_eq!(code, 0, "a monitor stopped by SIGINT exits 0");
    assert!(took < Duration::from_secs(3), "SIGINT took {took:?} to stop a monitor with a probe in flight");
}

/// The test collector `scripts/test.sh` builds from tests/otelcol.
fn otelcol_bin() -> PathBuf {
    let path = std::env::var_os("OTELCOL_BIN").map(PathBuf::from).unwrap_or_else(|| {
        let sum = std::fs::read("tests/otelcol/go.sum").expect("tests/otelcol/go.sum");
        let digest = sha256_prefix(&sum);
        common::tools_dir().join(format!("otelcol-{digest}")).join("rentflow-otelcol")
    });
    assert!(
        path.is_file(),
        "the test OpenTelemetry Collector is not built at {}: run scripts/test.sh, which builds tests/otelcol once",
        path.display()
    );
    path
}

/// The first 12 hex digits of a SHA-256, as scripts/lib.sh names the collector's cache.
fn sha256_prefix(bytes: &[u8]) -> String {
    let output = Command::new("sha256sum")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            child.stdin.take().unwrap().write_all(bytes)?;
            child.wait_with_output()
        })
        .expect("sha256sum");
    String::from_utf8_lossy(&output.stdout)[..12].to_string()
}

/// An OpenTelemetry Collector receiving OTLP/gRPC and writing what it gets to a file.
struct Collector {
    child: Child,
    endpoint: String,
    file: PathBuf,
}

impl Collector {
    fn start(dir: &Path) -> Collector {
        let port = free_port();
        let file = dir.join("spans.json");
        let config = dir.join("otelcol.yaml");
        std::fs::write(
            &config,
            format!(
                "receivers:\n  otlp:\n    protocols:\n      grpc:\n        endpoint: 127.0.0.1:{port}\n\
                 exporters:\n  file:\n    path: {}\n    flush_interval: 100ms\n\
                 service:\n  telemetry:\n    metrics:\n      level: none\n  pipelines:\n    traces:\n      receivers: [otlp]\n      exporters: [file]\n",
                file.display()
            ),
        )
        .unwrap();
        let child = Command::new(otelcol_bin())
            .arg("--config")
            .arg(&config)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start the collector");
        let address = format!("127.0.0.1:{port}");
        wait_listening(&address, Duration::from_secs(30));
        Collector { child, endpoint: format!("http://{address}"), file }
    }

    /// Every span received so far, from the file exporter's OTLP/JSON lines.
    fn spans(&self) -> Vec<Value> {
        let text = std::fs::read_to_string(&self.file).unwrap_or_default();
        // The collector may be writing a batch right now: only whole lines are read.
        let complete = &text[..text.rfind('\n').map_or(0, |end| end + 1)];
        let mut spans = Vec::new();
        for line in complete.lines().filter(|l| !l.trim().is_empty()) {
            let batch: Value = serde_json::from_str(line).unwrap();
            for resource in batch["resourceSpans"].as_array().into_iter().flatten() {
                let attributes = resource["resource"]["attributes"].as_array().cloned().unwrap_or_default();
                assert!(
                    attributes
                        .iter()
                        .any(|a| a["key"] == "service.name" && a["value"]["stringValue"] == "rentflow-doctor"),
                    "{resource}"
                );
                for scope in resource["scopeSpans"].as_array().into_iter().flatten() {
                    spans.extend(scope["spans"].as_array().into_iter().flatten().cloned());
                }
            }
        }
        spans
    }
}

impl Drop for Collector {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn each_probe_reaches_a_real_collector_as_one_trace_with_the_traceparent_it_sent() {
    let pipeline = Pipeline::start("none", "none");
    let collector = Collector::start(pipeline.dir.path());
    let monitor = ["monitor", "-o", "json", "--count", "2", "--interval", "200ms", "--listen", "off"];
    let run = pipeline.doctor(&[&monitor[..], &["--otlp-endpoint", &collector.endpoint]].concat());
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert!(!run.stderr.contains("OTLP endpoint did not take"), "{}", run.stderr);
    let reports = run.json_lines();
    assert_eq!(reports.len(), 2);
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut spans = collector.spans();
    while spans.len() < 10 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
        spans = collector.spans();
    }
    for report in &reports {
        // 00-<trace id>-<parent id>-01, as sent to the service.
        let traceparent = report["probe"]["traceparent"].as_str().unwrap();
        let parts: Vec<&str> = traceparent.split('-').collect();
        let (trace_id, sent_parent) = (parts[1], parts[2]);
        let trace: Vec<&Value> = spans.iter().filter(|s| s["traceId"] == trace_id).collect();
        let names: Vec<&str> = trace.iter().map(|s| s["name"].as_str().unwrap()).collect();
        assert_eq!(trace.len(), 5, "spans of trace {trace_id}: {names:?}");
        let root =
            trace.iter().find(|s| s["parentSpanId"].as_str().unwrap_or_default().is_empty()).expect("a root span");
        assert_eq!(root["name"], "rentflow-doctor probe");
        let root_id = root["spanId"].as_str().unwrap();
        for child in trace.iter().filter(|s| s["spanId"] != root["spanId"]) {
            assert_eq!(child["parentSpanId"], root_id, "{child}");
        }
        let mut children: Vec<&str> =
            trace.iter().filter(|s| s["spanId"] != root["spanId"]).map(|s| s["name"].as_str().unwrap()).collect();
        children.sort();
        assert_eq!(children, ["TerminateLease", "consume", "publish", "watch"]);
        // The service's spans, parented by the traceparent it received, hang under the call.
        let call = trace.iter().find(|s| s["name"] == "TerminateLease").unwrap();
        assert_eq!(call["spanId"], sent_parent, "{call}");
        let lease = report["probe"]["lease_id"].as_str().unwrap();
        assert!(root["attributes"].to_string().contains(lease), "{root}");
    }
}

#[test]
fn a_real_prometheus_server_scrapes_the_monitor() {
    let pipeline = Pipeline::start("none", "none");
    let monitor = Monitor::start(&pipeline, &["--interval", "500ms"]);
    monitor.until("that is healthy", Duration::from_secs(30), |r| status(r) == "healthy");
    let port = free_port();
    let dir = pipeline.dir.path();
    let config = dir.join("prometheus.yml");
    std::fs::write(
        &config,
        format!(
            "global:\n  scrape_interval: 1s\nscrape_configs:\n  - job_name: rentflow-doctor\n    static_configs:\n      - targets: ['{}']\n",
            monitor.listen
        ),
    )
    .unwrap();
    let mut prometheus = Command::new("prometheus")
        .arg(format!("--config.file={}", config.display()))
        .arg(format!("--storage.tsdb.path={}", dir.join("tsdb").display()))
        .arg(format!("--web.listen-address=127.0.0.1:{port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("prometheus is not installed: run scripts/test.sh, which installs Debian's prometheus package");
    let api = format!("127.0.0.1:{port}");
    wait_listening(&api, Duration::from_secs(30));
    let query = "/api/v1/query?query=rentflow_doctor_probes_total%7Bresult%3D%22healthy%22%7D";
    let deadline = Instant::now() + Duration::from_secs(30);
    let scraped = loop {
        let (code, _, body) = http_get(&api, query, None);
        if code == 200 {
            let answer: Value = serde_json::from_str(&body).unwrap();
            let value = answer["data"]["result"][0]["value"][1].as_str().and_then(|v| v.parse::<f64>().ok());
            if let Some(value) = value.filter(|v| *v >= 1.0) {
                break value;
            }
        }
        assert!(Instant::now() < deadline, "Prometheus has no healthy probe count after 30 s: {body}");
        std::thread::sleep(Duration::from_millis(250));
    };
    assert!(scraped >= 1.0);
    let (_, _, up) = http_get(&api, "/api/v1/query?query=up%7Bjob%3D%22rentflow-doctor%22%7D", None);
    let up: Value = serde_json::from_str(&up).unwrap();
    assert_eq!(up["data"]["result"][0]["value"][1], "1", "{up}");
    let _ = prometheus.kill();
    let _ = prometheus.wait();
}

#[test]
fn the_documented_alert_rules_pass_promtool() {
    let checked = promtool(&["check", "rules", "docs/monitoring/alerts.yml"], None);
    assert!(
        checked.status.success(),
        "{}{}",
        String::from_utf8_lossy(&checked.stdout),
        String::from_utf8_lossy(&checked.stderr)
    );
}
