//! `monitor`: the trace's probe, always on.
//!
//! Every `--interval` one probe — the same connect-first machinery, settings and findings
//! as a single `trace` ([`crate::trace::Prober`]) — goes through the real service, topic
//! and consumer group. Each result is counted in Prometheus metrics (`metrics`), kept as
//! the last report for `/healthz` and `/report` (`http`), exported as an OpenTelemetry trace
//! (`otlp`) and printed as one line (`line`) or one JSON document per line.

pub mod http;
pub mod line;
pub mod metrics;
pub mod otlp;
pub mod schedule;

use std::pin::pin;
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::signal::unix::{SignalKind, signal};

use crate::Body;
use crate::clock::Started;
use crate::config::{MonitorConfig, OutputConfig};
use crate::error::Failure;
use crate::exit;
use crate::findings::Severity;
use crate::output;
use crate::report::text::Style;
use crate::report::{Context, Report, Summary};
use crate::trace::Prober;

use http::Shared;
use line::{State, Tally};
use schedule::Schedule;

/// How long a probe in flight may still take after SIGINT/SIGTERM before it is abandoned.
const STOP_GRACE: Duration = Duration::from_millis(500);

/// Resolves when SIGINT or SIGTERM arrives.
async fn stop_signal() -> std::io::Result<impl Future<Output = ()>> {
    let mut interrupt = signal(SignalKind::interrupt())?;
    let mut terminate = signal(SignalKind::terminate())?;
    Ok(async move {
        tokio::select! {
            _ = interrupt.recv() => {}
            _ = terminate.recv() => {}
        }
    })
}

/// What each probe is handed to.
struct Sinks {
    shared: Arc<Shared>,
    exporter: Option<otlp::Exporter>,
    output: OutputConfig,
    /// The header of every report: config file and profile.
    context: Context,
    previous: Option<State>,
    tally: Tally,
}

impl Sinks {
    /// Counts, keeps, exports and prints one probe; returns its exit code.
    async fn probe(&mut self, prober: &mut Prober, config: &MonitorConfig) -> u8 {
        let started = Started::now();
        let probed = prober.probe(&config.connection, &config.probe).await;
        let summary = Summary::of(&probed.findings, Severity::Error);
        self.shared.metrics.record(&probed.body, &probed.findings, &summary.status, &probed.lag);
        if let Some(exporter) = &self.exporter
            && let Err(err) = exporter.export(&probed.body, &probed.findings, &summary.status, probed.sent_at).await
        {
            self.shared.metrics.otlp_failed();
            output::stderr(&format!("warning: the OTLP endpoint did not take the probe's spans: {err}"));
        }
        let state = State::of(&summary.status, &probed.findings);
        let changed = self.previous.as_ref().is_some_and(|previous| *previous != state);
        self.tally.add(&probed.body, &state, changed);
        let text = (!self.output.json()).then(|| {
            let time = format!("{}Z", jiff::Timestamp::now().strftime("%H:%M:%S"));
            line::probe_line(&Style { color: self.output.color }, &time, &probed.body, &state, self.previous.as_ref())
        });
        let report = Report::new(
            "monitor",
            &started,
            self.context.clone(),
            Body::Trace(probed.body),
            probed.findings,
            Severity::Error,
        );
        let json = serde_json::to_string(&report).unwrap_or_else(|err| {
            serde_json::json!({ "version": crate::report::REPORT_VERSION, "error": err.to_string() }).to_string()
        });
        let json = crate::secrets::redact(&json).into_owned();
        self.shared.set_last(json.clone(), summary.status == "healthy");
        // Text may carry the broker's or the service's words: escaped as every report's text is.
        match text {
            Some(text) => output::stdout_text(&text, self.output.color),
            None => output::stdout(&(json + "\n")),
        }
        self.previous = Some(state);
        report.exit_code()
    }
}

/// Runs until `--count` probes are done or a signal arrives; returns the exit code.
pub async fn run(config: &MonitorConfig, context: Context, output: &OutputConfig) -> Result<u8, Failure> {
    let stop = stop_signal().await.map_err(|err| Failure::Failed(format!("cannot watch for signals: {err}")))?;
    let mut stop = pin!(stop);
    let shared = Arc::new(Shared::default());
    let bound = match config.listen {
        Some(address) => Some(
            http::serve(address, shared.clone())
                .await
                .map_err(|err| Failure::Usage(format!("cannot listen on {address} (--listen): {err}")))?,
        ),
        None => None,
    };
    let exporter = match &config.otlp_endpoint {
        Some(endpoint) => {
            Some(otlp::Exporter::new(endpoint, config.connection.kafka.connect_timeout).map_err(Failure::Usage)?)
        }
        None => None,
    };
    let target = format!(
        "{} → {} → {} every {}",
        config.connection.grpc.url,
        config.connection.topic,
        config.connection.group,
        crate::units::duration(config.interval)
    );
    let serving = bound
        .map(|address| format!("metrics on http://{address}/metrics"))
        .unwrap_or_else(|| "no HTTP endpoint".to_string());
    if output.json() {
        output::stderr(&format!("monitor {target}; {serving}"));
    } else {
        let style = Style { color: output.color };
        output::stdout_text(&format!("{} {target}; {}\n", style.bold("monitor"), style.dim(&serving)), output.color);
    }
    let mut sinks =
        Sinks { shared: shared.clone(), exporter, output: *output, context, previous: None, tally: Tally::default() };
    let mut prober = Prober::new(output.verbose);
    let mut schedule = Schedule::new(Instant::now(), config.interval);
    let mut worst = exit::HEALTHY;
    let mut stopped = false;
    while !stopped {
        tokio::select! {
            _ = tokio::time::sleep_until(schedule.due().into()) => {}
            _ = &mut stop => break,
        }
        let code = {
            let mut probe = pin!(sinks.probe(&mut prober, config));
            tokio::select! {
                code = &mut probe => Some(code),
                _ = &mut stop => {
                    // Finish the probe if it is about to, else abandon it: the process ends.
                    stopped = true;
                    tokio::time::timeout(STOP_GRACE, &mut probe).await.ok()
                }
            }
        };
        if let Some(code) = code {
            worst = worst.max(code);
        }
        shared.metrics.skipped(schedule.finished(Instant::now()));
        if config.count.is_some_and(|count| sinks.tally.probes >= u64::from(count)) {
            break;
        }
    }
    if !output.json() {
        output::stdout_text(&sinks.tally.summary(schedule.skipped()), output.color);
    }
    // A stop by signal is the normal end of a service; a counted run answers like `trace`.
    Ok(if config.count.is_some() && !stopped { worst } else { exit::HEALTHY })
}
