//! The integration suite's harness: a real broker process (nisshi) on a free port, the
//! reference service and consumer as processes (the crate's examples), and the real
//! `rentflow-doctor` binary run as a user runs it, in a scrubbed environment.
//!
//! The broker is installed by `scripts/test.sh` (cached); a missing broker fails the test
//! with that instruction rather than skipping it.

#![allow(dead_code)]

pub mod groups;

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

pub const NISSHI_VERSION: &str = "0.8.1";

/// The nisshi binary: `$NISSHI_BIN`, else the cache `scripts/test.sh` installs into.
pub fn nisshi_bin() -> PathBuf {
    if let Some(path) = std::env::var_os("NISSHI_BIN") {
        return PathBuf::from(path);
    }
    let cache = std::env::var_os("RENTFLOW_TOOLS_DIR").map(PathBuf::from).unwrap_or_else(|| {
        let base = std::env::var_os("XDG_CACHE_HOME")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cache"));
        base.join("rentflow-doctor")
    });
    let path = cache.join(format!("nisshi-{NISSHI_VERSION}")).join("bin").join("nisshi");
    assert!(
        path.is_file(),
        "the test broker is not installed at {}: run scripts/test.sh, which installs nisshi {NISSHI_VERSION} once",
        path.display()
    );
    path
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Waits until something accepts TCP connections on `address`.
pub fn wait_listening(address: &str, timeout: Duration) {
    let deadline = Instant::now() + timeout;
    while Instant::now() < deadline {
        if std::net::TcpStream::connect(address).is_ok() {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("nothing listening on {address} after {timeout:?}");
}

/// A record to produce: key and value, either may be absent.
pub type Record<'a> = (Option<&'a [u8]>, Option<&'a [u8]>);

/// A nisshi broker process on a free loopback port, killed on drop.
pub struct Broker {
    child: Child,
    pub address: String,
}

impl Broker {
    pub fn start() -> Broker {
        let port = free_port();
        let address = format!("127.0.0.1:{port}");
        let url = format!("tcp://{address}");
        let child = Command::new(nisshi_bin())
            .args(["broker", "--listener-url", &url, "--advertised-listener-url", &url])
            .args(["--storage-engine", "memory://nisshi/", "--silent"])
            // Kafka's group.initial.rebalance.delay.ms, lowered as test clusters do.
            .args(["--group-initial-rebalance-delay", "100ms"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start nisshi");
        wait_listening(&address, Duration::from_secs(20));
        Broker { child, address }
    }

    /// Creates a topic (CreateTopics through rdkafka's admin client).
    pub fn create_topic(&self, topic: &str, partitions: i32) {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        runtime
            .block_on(rentflow_doctor::pipeline::ensure_topic(
                &self.address,
                topic,
                partitions,
                Duration::from_secs(10),
            ))
            .expect("create topic");
    }

    /// Produces records with a plain producer (for backlogs and unrelated traffic).
    pub fn produce(&self, topic: &str, records: &[Record<'_>]) {
        use rdkafka::config::ClientConfig;
        use rdkafka::producer::{BaseProducer, BaseRecord, Producer};
        let producer: BaseProducer =
            ClientConfig::new().set("bootstrap.servers", &self.address).set("linger.ms", "0").create().unwrap();
        for (key, value) in records {
            let mut record: BaseRecord<'_, [u8], [u8]> = BaseRecord::to(topic);
            if let Some(key) = key {
                record = record.key(*key);
            }
            if let Some(value) = value {
                record = record.payload(*value);
            }
            producer.send(record).map_err(|(err, _)| err).expect("enqueue");
            producer.poll(Duration::ZERO);
        }
        producer.flush(Duration::from_secs(10)).expect("flush");
    }

    /// Freezes the broker (SIGSTOP): connections are accepted, nothing answers.
    pub fn pause(&self) {
        signal(&self.child, libc::SIGSTOP);
    }

    pub fn resume(&self) {
        signal(&self.child, libc::SIGCONT);
    }

    /// Kills the broker (SIGKILL) and waits for it.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Broker {
    fn drop(&mut self) {
        self.kill();
    }
}

/// Sends a signal to a child process (SIGSTOP makes a real hang: the kernel still accepts
/// connections, nothing answers).
pub fn signal(child: &Child, signal: i32) {
    // SAFETY: signalling our own child process.
    unsafe {
        libc::kill(child.id() as i32, signal);
    }
}

fn example(name: &str) -> PathBuf {
    let doctor = PathBuf::from(env!("CARGO_BIN_EXE_rentflow-doctor"));
    let path = doctor.parent().unwrap().join("examples").join(name);
    assert!(
        path.is_file(),
        "example {} is not built: run `cargo build --examples` (scripts/test.sh does)",
        path.display()
    );
    path
}

/// Spawns a process and waits for a line containing `ready` on the chosen stream.
fn spawn_until(mut command: Command, ready: &str, on_stdout: bool, timeout: Duration) -> (Child, String) {
    command.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = command.spawn().expect("spawn example");
    let stream: Box<dyn std::io::Read + Send> =
        if on_stdout { Box::new(child.stdout.take().unwrap()) } else { Box::new(child.stderr.take().unwrap()) };
    let (sender, receiver) = mpsc::channel();
    let wanted = ready.to_string();
    std::thread::spawn(move || {
        for line in BufReader::new(stream).lines().map_while(Result::ok) {
            if line.contains(&wanted) {
                let _ = sender.send(line);
            }
        }
    });
    match receiver.recv_timeout(timeout) {
        Ok(line) => (child, line),
        Err(_) => {
            let _ = child.kill();
            panic!("example did not print `{ready}` within {timeout:?}");
        }
    }
}

/// The reference lease service (examples/lease_service.rs), killed on drop.
pub struct Service {
    child: Child,
    pub url: String,
}

impl Service {
    pub fn start(broker: &Broker, topic: &str, fault: &str) -> Service {
        Service::start_with(broker, topic, &["--fault", fault], "http")
    }

    /// Serves TLS with the given certificate chain and key files.
    pub fn start_tls(broker: &Broker, topic: &str, cert: &Path, key: &Path) -> Service {
        let (cert, key) = (cert.to_str().unwrap(), key.to_str().unwrap());
        Service::start_with(broker, topic, &["--tls-cert", cert, "--tls-key", key], "https")
    }

    /// Requires a bearer token, and quotes a wrong one in its error (as careless services do).
    pub fn start_requiring_token(broker: &Broker, topic: &str, token: &str) -> Service {
        Service::start_with(broker, topic, &["--require-token", token], "http")
    }

    fn start_with(broker: &Broker, topic: &str, extra: &[&str], scheme: &str) -> Service {
        let mut command = Command::new(example("lease_service"));
        command.args(["--brokers", &broker.address, "--listen", "127.0.0.1:0", "--topic", topic]).args(extra);
        let (child, line) = spawn_until(command, "listening on", true, Duration::from_secs(20));
        let address = line.trim().trim_start_matches("listening on ").to_string();
        Service { child, url: format!("{scheme}://{address}") }
    }

    /// Freezes the service (SIGSTOP): it accepts connections and never answers.
    pub fn pause(&self) {
        signal(&self.child, libc::SIGSTOP);
    }

    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Service {
    fn drop(&mut self) {
        self.kill();
    }
}

/// The reference lease consumer (examples/lease_consumer.rs), killed on drop.
pub struct Consumer {
    child: Child,
    pub log_file: PathBuf,
}

impl Consumer {
    /// Starts the consumer and waits until it is fetching its assigned partitions.
    pub fn start(broker: &Broker, topic: &str, group: &str, fault: &str, log_file: &Path) -> Consumer {
        let mut command = Command::new(example("lease_consumer"));
        command.args(["--brokers", &broker.address, "--topic", topic, "--group", group, "--fault", fault]);
        command.arg("--log-file").arg(log_file);
        let (child, _) = spawn_until(command, "fetching", false, Duration::from_secs(60));
        Consumer { child, log_file: log_file.to_path_buf() }
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log_file).unwrap_or_default()
    }

    /// Kills the consumer without letting it leave the group (SIGKILL), as a crash does.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Stops the consumer cleanly (SIGINT): it leaves the group.
    pub fn stop(&mut self) {
        let pid = self.child.id() as i32;
        // SAFETY: signalling our own child process.
        unsafe {
            libc::kill(pid, libc::SIGINT);
        }
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        self.kill();
    }
}

impl Drop for Consumer {
    fn drop(&mut self) {
        self.kill();
    }
}

/// The result of running the doctor.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|err| panic!("stdout is not JSON ({err}):\n{}\nstderr:\n{}", self.stdout, self.stderr))
    }

    /// The finding codes of a JSON report, in order.
    pub fn codes(&self) -> Vec<String> {
        self.json()["findings"]
            .as_array()
            .map(|findings| findings.iter().map(|f| f["code"].as_str().unwrap_or_default().to_string()).collect())
            .unwrap_or_default()
    }

    /// `name → status` of a JSON trace report's hops.
    pub fn hop_statuses(&self) -> Vec<(String, String)> {
        self.json()["hops"]
            .as_array()
            .map(|hops| {
                hops.iter()
                    .map(|h| (h["name"].as_str().unwrap().to_string(), h["status"].as_str().unwrap().to_string()))
                    .collect()
            })
            .unwrap_or_default()
    }

    pub fn hop(&self, name: &str) -> String {
        self.hop_statuses().into_iter().find(|(n, _)| n == name).map(|(_, s)| s).unwrap_or_default()
    }
}

impl From<Output> for Run {
    fn from(output: Output) -> Run {
        Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

/// The doctor binary in a scrubbed environment: no RENTFLOW_* variables, no CI, no colour,
/// a temporary home and working directory (so no config file is picked up).
pub fn doctor_command(cwd: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_rentflow-doctor"));
    command.env_clear();
    if let Some(path) = std::env::var_os("PATH") {
        command.env("PATH", path);
    }
    command.env("HOME", cwd).env("NO_COLOR", "1").env("COLUMNS", "120").current_dir(cwd);
    command
}

/// Runs the doctor with `args` in `cwd` and collects its output.
pub fn doctor_in(cwd: &Path, args: &[&str]) -> Run {
    doctor_command(cwd).args(args).output().expect("run rentflow-doctor").into()
}

/// Runs the doctor with `args` in a fresh temporary directory.
pub fn doctor(args: &[&str]) -> Run {
    let dir = tempfile::tempdir().unwrap();
    doctor_in(dir.path(), args)
}

/// A pipeline on its own broker: topic created, service and consumer started as asked.
pub struct Pipeline {
    pub broker: Broker,
    pub service: Option<Service>,
    pub consumer: Option<Consumer>,
    pub topic: String,
    pub group: String,
    pub dir: tempfile::TempDir,
}

impl Pipeline {
    pub fn start(service_fault: &str, consumer_fault: &str) -> Pipeline {
        let broker = Broker::start();
        let topic = "lease-events".to_string();
        let group = "rentflow-django-consumer".to_string();
        broker.create_topic(&topic, 3);
        let dir = tempfile::tempdir().unwrap();
        let service = Some(Service::start(&broker, &topic, service_fault));
        let consumer = (consumer_fault != "stopped")
            .then(|| Consumer::start(&broker, &topic, &group, consumer_fault, &dir.path().join("consumer.log")));
        Pipeline { broker, service, consumer, topic, group, dir }
    }

    /// The journal's problem 2.2: events on every partition before any consumer exists, then
    /// a consumer with auto.offset.reset=latest that starts after them.
    pub fn start_with_late_latest_consumer() -> Pipeline {
        let mut pipeline = Pipeline::start("none", "stopped");
        let backlog: Vec<Record<'_>> =
            (0..12).map(|_| (None, Some(&br#"{"event_type":"LeaseTerminated","lease_id":"old"}"#[..]))).collect();
        pipeline.broker.produce(&pipeline.topic, &backlog);
        let log = pipeline.dir.path().join("consumer.log");
        let consumer = Consumer::start(&pipeline.broker, &pipeline.topic, &pipeline.group, "offset-reset-latest", &log);
        pipeline.consumer = Some(consumer);
        pipeline
    }

    pub fn grpc_url(&self) -> String {
        self.service.as_ref().map(|s| s.url.clone()).unwrap_or_else(|| format!("http://127.0.0.1:{}", free_port()))
    }

    /// `trace -o json` against this pipeline, plus `extra` arguments.
    pub fn trace(&self, extra: &[&str]) -> Run {
        let url = self.grpc_url();
        let mut args = vec!["trace", "-o", "json", "--brokers", &self.broker.address, "--grpc-url", &url];
        // The pipeline's topic and group unless the test names its own.
        if !extra.contains(&"--topic") {
            args.extend(["--topic", &self.topic]);
        }
        if !extra.contains(&"--group") {
            args.extend(["--group", &self.group]);
        }
        args.extend(extra);
        doctor_in(self.dir.path(), &args)
    }
}
