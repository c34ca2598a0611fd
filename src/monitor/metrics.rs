//! The monitor's Prometheus metrics, kept with the official `prometheus-client` crate and
//! served in the format the scraper asks for.
//!
//! The crate writes OpenMetrics text. A scraper that does not ask for OpenMetrics gets the
//! classic text format (0.0.4), which differs for our metrics only in three places: no
//! `# EOF` and no `# UNIT` lines, and a counter's `# HELP`/`# TYPE` name carries the
//! `_total` suffix its samples have.

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::sync::atomic::AtomicU64;
use std::time::{SystemTime, UNIX_EPOCH};

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::{Registry, Unit};

use crate::findings::{CATALOGUE, Finding, Scope};
use crate::trace::report::{HopStatus, TraceBody};

/// What Prometheus sends when it prefers OpenMetrics.
pub const OPENMETRICS_TYPE: &str = "application/openmetrics-text; version=1.0.0; charset=utf-8";
pub const CLASSIC_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";

/// The results a probe can have (the report's `summary.status`).
pub const RESULTS: [&str; 3] = ["healthy", "unhealthy", "unreachable"];

/// Hop latency buckets, in seconds: a healthy hop takes milliseconds, a stuck consumer up
/// to the consume timeout.
const HOP_BUCKETS: [f64; 15] =
    [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 15.0, 30.0];

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct HopLabels {
    hop: String,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ResultLabels {
    result: String,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct CodeLabels {
    code: String,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct LagLabels {
    topic: String,
    partition: String,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct BuildLabels {
    version: String,
}

fn hop_histogram() -> Histogram {
    Histogram::new(HOP_BUCKETS)
}

/// The registry and handles to each metric in it.
pub struct Metrics {
    registry: Registry,
    hop_duration: Family<HopLabels, Histogram, fn() -> Histogram>,
    probes: Family<ResultLabels, Counter>,
    findings: Family<CodeLabels, Counter>,
    last_probe_timestamp: Gauge<f64, AtomicU64>,
    last_probe_healthy: Gauge,
    group_lag: Family<LagLabels, Gauge>,
    skipped_ticks: Counter,
    otlp_failures: Counter,
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics::new()
    }
}

impl Metrics {
    pub fn new() -> Metrics {
        let mut registry = Registry::default();
        let hop_duration = Family::<HopLabels, Histogram, fn() -> Histogram>::new_with_constructor(hop_histogram);
        registry.register_with_unit(
            "rentflow_doctor_hop_duration",
            "Latency of each hop of the probes that got through it (hop: grpc, publish, watch, consume, total)",
            Unit::Seconds,
            hop_duration.clone(),
        );
        let probes = Family::<ResultLabels, Counter>::default();
        registry.register(
            "rentflow_doctor_probes",
            "Probes by result (healthy, unhealthy, unreachable)",
            probes.clone(),
        );
        let findings = Family::<CodeLabels, Counter>::default();
        registry.register("rentflow_doctor_findings", "Findings of the probes, by code", findings.clone());
        let last_probe_timestamp = Gauge::<f64, AtomicU64>::default();
        registry.register_with_unit(
            "rentflow_doctor_last_probe_timestamp",
            "When the last probe ended, Unix time",
            Unit::Seconds,
            last_probe_timestamp.clone(),
        );
        let last_probe_healthy = Gauge::default();
        registry.register(
            "rentflow_doctor_last_probe_healthy",
            "1 when the last probe was healthy, else 0",
            last_probe_healthy.clone(),
        );
        let group_lag = Family::<LagLabels, Gauge>::default();
        registry.register(
            "rentflow_doctor_group_lag",
            "Log end offset minus the group's committed offset before the last probe, per partition the group has committed on",
            group_lag.clone(),
        );
        let skipped_ticks = Counter::default();
        registry.register(
            "rentflow_doctor_skipped_ticks",
            "Ticks that found the previous probe still running",
            skipped_ticks.clone(),
        );
        let otlp_failures = Counter::default();
        registry.register(
            "rentflow_doctor_otlp_export_failures",
            "Probes whose spans the OTLP endpoint did not accept",
            otlp_failures.clone(),
        );
        let build_info = Family::<BuildLabels, Gauge>::default();
        build_info.get_or_create(&BuildLabels { version: env!("CARGO_PKG_VERSION").to_string() }).set(1);
        registry.register("rentflow_doctor_build_info", "The doctor's version; always 1", build_info);
        // Every series an alert may ask about exists from the start, at zero: `increase()`
        // cannot see the first probe of a series that appears with it.
        for result in RESULTS {
            let _ = probes.get_or_create(&ResultLabels { result: result.to_string() });
        }
        for kind in CATALOGUE.iter().filter(|kind| kind.scope != Scope::Static || kind.code == "RD101") {
            let _ = findings.get_or_create(&CodeLabels { code: kind.code.to_string() });
        }
        Metrics {
            registry,
            hop_duration,
            probes,
            findings,
            last_probe_timestamp,
            last_probe_healthy,
            group_lag,
            skipped_ticks,
            otlp_failures,
        }
    }

    /// Counts one probe.
    pub fn record(&self, body: &TraceBody, findings: &[Finding], result: &str, lag: &BTreeMap<i32, i64>) {
        for hop in body.hops.iter().filter(|hop| hop.status == HopStatus::Ok) {
            if let Some(ms) = hop.latency_ms {
                self.hop_duration.get_or_create(&HopLabels { hop: hop.name.clone() }).observe(ms / 1000.0);
            }
        }
        self.probes.get_or_create(&ResultLabels { result: result.to_string() }).inc();
        let codes: HashSet<&str> = findings.iter().map(|f| f.code.as_str()).collect();
        for code in codes {
            self.findings.get_or_create(&CodeLabels { code: code.to_string() }).inc();
        }
        let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs_f64()).unwrap_or(0.0);
        self.last_probe_timestamp.set(now);
        self.last_probe_healthy.set(i64::from(result == "healthy"));
        // Only the partitions read this time: a partition the group no longer has, or an
        // unreachable cluster, leaves no stale series behind.
        self.group_lag.clear();
        for (partition, lag) in lag {
            let labels = LagLabels { topic: body.target.topic.clone(), partition: partition.to_string() };
            self.group_lag.get_or_create(&labels).set(*lag);
        }
    }

    pub fn skipped(&self, ticks: u64) {
        self.skipped_ticks.inc_by(ticks);
    }

    pub fn otlp_failed(&self) {
        self.otlp_failures.inc();
    }

    /// The exposition as OpenMetrics text.
    pub fn openmetrics(&self) -> String {
        let mut text = String::new();
        // Writing into a String cannot fail.
        let _ = prometheus_client::encoding::text::encode(&mut text, &self.registry);
        text
    }

    /// The exposition in the classic Prometheus text format.
    pub fn classic(&self) -> String {
        classic_from_openmetrics(&self.openmetrics())
    }

    /// The exposition and its content type, for an `Accept` header.
    pub fn negotiate(&self, accept: Option<&str>) -> (String, &'static str) {
        if accept.is_some_and(|accept| accept.contains("application/openmetrics-text")) {
            (self.openmetrics(), OPENMETRICS_TYPE)
        } else {
            (self.classic(), CLASSIC_TYPE)
        }
    }
}

/// Rewrites an OpenMetrics exposition of counters, gauges and histograms as classic text.
fn classic_from_openmetrics(openmetrics: &str) -> String {
    let counters: HashSet<&str> =
        openmetrics.lines().filter_map(|line| line.strip_prefix("# TYPE ")?.strip_suffix(" counter")).collect();
    let mut out = String::with_capacity(openmetrics.len());
    for line in openmetrics.lines() {
        if line == "# EOF" || line.starts_with("# UNIT ") {
            continue;
        }
        let described =
            ["# HELP ", "# TYPE "].iter().find_map(|prefix| line.strip_prefix(prefix).map(|rest| (*prefix, rest)));
        match described {
            Some((prefix, rest)) => {
                let (name, tail) = rest.split_once(' ').unwrap_or((rest, ""));
                let suffix = if counters.contains(name) { "_total" } else { "" };
                let _ = writeln!(out, "{prefix}{name}{suffix} {tail}");
            }
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters_are_named_with_total_in_the_classic_format() {
        let metrics = Metrics::new();
        let classic = metrics.classic();
        assert!(classic.contains("# TYPE rentflow_doctor_probes_total counter\n"), "{classic}");
        assert!(classic.contains("# HELP rentflow_doctor_probes_total Probes by result"), "{classic}");
        assert!(classic.contains("rentflow_doctor_probes_total{result=\"healthy\"} 0\n"), "{classic}");
        assert!(!classic.contains("# EOF") && !classic.contains("# UNIT"), "{classic}");
        let openmetrics = metrics.openmetrics();
        assert!(openmetrics.contains("# TYPE rentflow_doctor_probes counter\n"), "{openmetrics}");
        assert!(openmetrics.ends_with("# EOF\n"));
    }

    #[test]
    fn openmetrics_only_when_asked() {
        let metrics = Metrics::new();
        assert_eq!(metrics.negotiate(None).1, CLASSIC_TYPE);
        assert_eq!(metrics.negotiate(Some("text/plain;version=0.0.4;q=0.5,*/*;q=0.1")).1, CLASSIC_TYPE);
        let prometheus = "application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1";
        assert_eq!(metrics.negotiate(Some(prometheus)).1, OPENMETRICS_TYPE);
    }
}

#[cfg(test)]
mod docs_tests {
    use super::*;

    /// Every `rentflow_doctor_…` series the alert rules and the dashboard query exists.
    #[test]
    fn the_documented_queries_name_metrics_that_exist() {
        // A family without series is not exposed: give the labelled ones one series each.
        let metrics = Metrics::new();
        metrics.hop_duration.get_or_create(&HopLabels { hop: "total".to_string() }).observe(0.1);
        metrics.group_lag.get_or_create(&LagLabels { topic: "t".to_string(), partition: "0".to_string() }).set(0);
        let exposition = metrics.openmetrics();
        let families: Vec<&str> =
            exposition.lines().filter_map(|line| line.strip_prefix("# TYPE ")?.split(' ').next()).collect();
        let known = |name: &str| {
            families.iter().any(|family| {
                ["", "_total", "_bucket", "_sum", "_count"].iter().any(|suffix| name == format!("{family}{suffix}"))
            })
        };
        for (file, text) in [
            ("docs/monitoring/alerts.yml", include_str!("../../docs/monitoring/alerts.yml")),
            ("docs/monitoring/grafana-dashboard.json", include_str!("../../docs/monitoring/grafana-dashboard.json")),
        ] {
            let mut rest = text;
            let mut seen = 0;
            while let Some(at) = rest.find("rentflow_doctor_") {
                let name: String = rest[at..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                assert!(known(&name), "{file} queries `{name}`, which the monitor does not export");
                rest = &rest[at + name.len()..];
                seen += 1;
            }
            assert!(seen > 0, "{file} queries no metric");
        }
        serde_json::from_str::<serde_json::Value>(include_str!("../../docs/monitoring/grafana-dashboard.json"))
            .expect("the dashboard is JSON");
    }
}
