//! `monitor`'s settings: the trace's connection and probe settings, resolved the same way,
//! plus the schedule and where to serve and export. The monitor's own options (interval,
//! listen address, OTLP endpoint, probe count) come from flags and the environment only: a
//! config file shared with `trace` must not turn a one-shot command into a service.

use std::net::SocketAddr;
use std::time::Duration;

use super::{ConfigError, Connection, Layers, ProbeConfig, Result, Source, connection};
use crate::cli::{MonitorArgs, ProbeArgs};

pub const DEFAULT_INTERVAL: Duration = Duration::from_secs(30);
pub const DEFAULT_LISTEN: &str = "127.0.0.1:9464";

/// The config file holds none of the monitor's own options.
static NOT_IN_FILE: Option<String> = None;

/// `monitor`.
#[derive(Debug, Clone)]
pub struct MonitorConfig {
    pub connection: Connection,
    /// One probe at a time, each with a new lease id.
    pub probe: ProbeConfig,
    pub interval: Duration,
    /// Stop after this many probes; `None`: until a signal.
    pub count: Option<u32>,
    /// Where to serve HTTP; `None` with `--listen off`.
    pub listen: Option<SocketAddr>,
    pub otlp_endpoint: Option<String>,
}

pub fn resolve(layers: &Layers<'_>, args: &MonitorArgs) -> Result<MonitorConfig> {
    if args.probe.lease_id.is_some() {
        return Err(ConfigError(
            "monitor sends a new rentflow-doctor-probe-<uuid> lease id with every probe; --lease-id is for trace"
                .to_string(),
        ));
    }
    if args.probe.concurrency.is_some_and(|c| c != 1) {
        return Err(ConfigError("monitor never runs two probes at once; --concurrency is for trace".to_string()));
    }
    if args.probe.count == Some(0) {
        return Err(ConfigError("--count must be at least 1".to_string()));
    }
    let connection = connection::connection(layers, &args.kafka, Some(&args.grpc), &args.pipeline)?;
    // The trace's probe settings, without the burst and the fixed lease: a config file's
    // `count` or `lease-id` is the trace's, not the monitor's.
    let probe_args = ProbeArgs { count: None, concurrency: None, lease_id: None, ..args.probe.clone() };
    let mut probe = connection::probe(layers, &probe_args)?;
    (probe.count, probe.concurrency, probe.lease_id) = (1, 1, None);
    let count = args.probe.count;
    match count {
        Some(count) => layers.record("count", count.to_string(), layers.given("count").unwrap_or(Source::Flag), ""),
        None => layers.record("count", "until stopped", Source::Default, ""),
    }
    layers.record("concurrency", "1", Source::Default, "");
    layers.record("lease-id", "rentflow-doctor-probe-<uuid> per probe", Source::Default, "");
    let interval = layers.duration("interval", &args.interval, |_| &NOT_IN_FILE, DEFAULT_INTERVAL)?.value;
    let listen_text =
        layers.pick("listen", &args.listen, |_| &NOT_IN_FILE, || DEFAULT_LISTEN.to_string(), String::clone);
    let listen = match listen_text.value.as_str() {
        "off" => None,
        text => Some(text.parse::<SocketAddr>().map_err(|_| {
            ConfigError(format!("--listen `{text}` is not an address such as 127.0.0.1:9464 or [::]:9464 (or `off`)"))
        })?),
    };
    let otlp_endpoint =
        layers.pick_optional("otlp_endpoint", &args.otlp_endpoint, |_| &NOT_IN_FILE, String::clone).map(|e| e.value);
    Ok(MonitorConfig { connection, probe, interval, count, listen, otlp_endpoint })
}
