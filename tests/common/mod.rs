//! The integration suite's harness: Apache Kafka in KRaft mode (a `java` process started
//! through `scripts/kafka.sh run`), the reference service and consumer as processes (the
//! crate's examples), Apache Kafka's own `kafka-consumer-groups`, and the real
//! `rentflow-doctor` binary run as a user runs it, in a scrubbed environment.
//!
//! One broker serves the whole test binary ([`Broker::start`]), so every test names its own
//! topics and groups ([`unique`]); a test that stops, pauses or kills a broker starts its own
//! ([`Broker::dedicated`], [`Cluster::start`]). Brokers die with the test process
//! (`PR_SET_PDEATHSIG`), so a failed or aborted run leaves no JVM behind.
//!
//! Kafka is installed by `scripts/test.sh` (`scripts/kafka.sh install`, cached); a missing
//! install fails the test with that instruction rather than skipping it.

#![allow(dead_code)]

pub mod groups;
pub mod kdc;
pub mod pki;
pub mod secured;

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{OnceLock, mpsc};
use std::time::{Duration, Instant};

/// How long a broker may take from `java` to serving metadata (a loaded 2-core CI machine).
const BROKER_START_TIMEOUT: Duration = Duration::from_secs(120);

/// `scripts/kafka.sh` in this checkout.
pub fn kafka_script() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts").join("kafka.sh")
}

/// The Kafka version under test: `RENTFLOW_KAFKA_VERSION` (the 3.9 compatibility pass sets
/// it), else the script's default.
pub fn kafka_version() -> String {
    std::env::var("RENTFLOW_KAFKA_VERSION").unwrap_or_else(|_| "default".to_string())
}

/// True on the 4.x line (the default): features that 3.9 lacks are tested only there.
pub fn kafka_is_4x() -> bool {
    !kafka_version().starts_with("3.")
}

/// Where scripts/lib.sh caches the test tools (Kafka, npm packages, the test collector).
pub fn tools_dir() -> PathBuf {
    std::env::var_os("RENTFLOW_TOOLS_DIR").map(PathBuf::from).unwrap_or_else(|| {
        let base = std::env::var_os("XDG_CACHE_HOME")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cache"));
        base.join("rentflow-doctor")
    })
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A name no other test of this run uses: `<prefix>-<pid>-<n>`.
pub fn unique(prefix: &str) -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    format!("{prefix}-{}-{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed))
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

/// Where a node keeps its data: under the target directory, cleared by `scripts/test.sh`.
fn node_dir() -> PathBuf {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("kafka");
    let dir = root.join(format!("{}-{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed)));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// One Kafka node's settings, as `scripts/kafka.sh run` takes them.
#[derive(Clone, Debug, Default)]
pub struct NodeSpec {
    pub node_id: u32,
    pub port: u16,
    pub controller_port: u16,
    pub voters: String,
    pub nodes: u32,
    pub cluster_id: String,
    /// Extra `server.properties` lines (listeners, SASL, SSL), appended last so they win.
    pub extra_properties: String,
    /// Extra arguments for `kafka-storage format` (for example `--add-scram …`).
    pub format_args: Vec<String>,
    /// Extra JVM options (for example a JAAS file or an allowed-URL list).
    pub java_opts: String,
    /// The node's log, once spawned.
    pub log: Option<PathBuf>,
}

impl NodeSpec {
    /// A single combined broker/controller on free ports.
    pub fn single() -> NodeSpec {
        let (port, controller_port) = (free_port(), free_port());
        NodeSpec {
            node_id: 1,
            port,
            controller_port,
            voters: format!("1@127.0.0.1:{controller_port}"),
            nodes: 1,
            ..NodeSpec::default()
        }
    }

    /// Spawns the node. With `detached`, the process is spawned from a thread that never ends,
    /// because `PR_SET_PDEATHSIG` fires when the spawning *thread* ends, not the process.
    fn spawn(&mut self, detached: bool) -> Child {
        let dir = node_dir();
        self.log = Some(dir.join("node.log"));
        let mut command = Command::new("bash");
        command.arg(kafka_script()).arg("run");
        command.args(["--node-id", &self.node_id.to_string(), "--port", &self.port.to_string()]);
        command.args(["--controller-port", &self.controller_port.to_string(), "--voters", &self.voters]);
        command.args(["--nodes", &self.nodes.max(1).to_string()]);
        command.arg("--dir").arg(&dir);
        if !self.cluster_id.is_empty() {
            command.args(["--cluster-id", &self.cluster_id]);
        }
        if !self.extra_properties.is_empty() {
            let props = dir.join("extra.properties");
            std::fs::write(&props, &self.extra_properties).unwrap();
            command.arg("--props").arg(props);
        }
        for arg in &self.format_args {
            command.args(["--format-arg", arg]);
        }
        if !self.java_opts.is_empty() {
            command.env("KAFKA_JAVA_OPTS", &self.java_opts);
        }
        let log = std::fs::File::create(dir.join("node.log")).unwrap();
        command.stdout(log.try_clone().unwrap()).stderr(log).stdin(Stdio::null());
        // SAFETY: prctl is async-signal-safe; it asks the kernel to kill the broker when the
        // thread that spawned it ends, so no JVM outlives the test process.
        unsafe {
            command.pre_exec(|| {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                Ok(())
            });
        }
        if !detached {
            return command.spawn().expect("start scripts/kafka.sh run");
        }
        let (sender, receiver) = mpsc::channel();
        std::thread::spawn(move || {
            let _ = sender.send(command.spawn());
            loop {
                std::thread::park();
            }
        });
        receiver.recv().unwrap().expect("start scripts/kafka.sh run")
    }
}

/// Waits until `address` answers a metadata request listing `nodes` brokers.
pub fn wait_serving(address: &str, nodes: usize, log_hint: &str) {
    use rdkafka::config::ClientConfig;
    use rdkafka::consumer::{BaseConsumer, Consumer as _};
    let deadline = Instant::now() + BROKER_START_TIMEOUT;
    let client: BaseConsumer = ClientConfig::new().set("bootstrap.servers", address).create().unwrap();
    loop {
        if let Ok(metadata) = client.fetch_metadata(None, Duration::from_secs(2))
            && metadata.brokers().len() >= nodes
        {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "Apache Kafka at {address} did not serve metadata for {nodes} broker(s) within {BROKER_START_TIMEOUT:?}; \
             is it installed (scripts/kafka.sh install)? see {log_hint}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// An Apache Kafka broker: the one shared by this test binary, or one of the test's own.
pub struct Broker {
    child: Option<Child>,
    pub address: String,
    pub spec: NodeSpec,
}

impl Broker {
    /// The broker shared by every test of this binary (started on first use).
    pub fn start() -> Broker {
        static SHARED: OnceLock<(String, NodeSpec)> = OnceLock::new();
        let (address, spec) = SHARED.get_or_init(|| {
            let mut spec = NodeSpec::single();
            let child = spec.spawn(true);
            let address = format!("127.0.0.1:{}", spec.port);
            wait_serving(&address, 1, &format!("the node log of pid {}", child.id()));
            std::mem::forget(child);
            (address, spec)
        });
        Broker { child: None, address: address.clone(), spec: spec.clone() }
    }

    /// A broker of this test's own, stopped on drop: for tests that pause or kill it.
    pub fn dedicated() -> Broker {
        Broker::dedicated_with(NodeSpec::single())
    }

    /// A broker of this test's own with extra settings (secured listeners and the like).
    /// `address` is the first listener; tests with other listeners read `spec`.
    pub fn dedicated_with(mut spec: NodeSpec) -> Broker {
        let child = spec.spawn(false);
        let address = format!("127.0.0.1:{}", spec.port);
        let mut broker = Broker { child: Some(child), address, spec };
        broker.wait_listening_on(broker.spec.port);
        broker
    }

    /// Waits until the node accepts connections on `port` (for listeners metadata cannot
    /// reach without credentials). A node that exits instead fails at once, with its log.
    pub fn wait_listening_on(&mut self, port: u16) {
        let address = format!("127.0.0.1:{port}");
        let deadline = Instant::now() + BROKER_START_TIMEOUT;
        while std::net::TcpStream::connect(&address).is_err() {
            if let Some(status) = self.child.as_mut().and_then(|child| child.try_wait().ok().flatten()) {
                let log = std::fs::read_to_string(self.spec.log.as_ref().unwrap()).unwrap_or_default();
                let tail: Vec<&str> = log.lines().rev().take(30).collect();
                let tail: Vec<&str> = tail.into_iter().rev().collect();
                panic!("Apache Kafka exited ({status}) before listening on {address}:\n{}", tail.join("\n"));
            }
            assert!(
                Instant::now() < deadline,
                "Apache Kafka did not listen on {address} within {BROKER_START_TIMEOUT:?}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Waits until the plaintext listener serves metadata.
    pub fn wait_serving(&self) {
        wait_serving(&self.address, 1, "the node log under target/tmp/kafka");
    }

    /// Creates a topic with replication factor 1 (CreateTopics through rdkafka's admin client).
    pub fn create_topic(&self, topic: &str, partitions: i32) {
        create_topic(&self.address, topic, partitions, 1, &[]);
    }

    /// Produces records with a plain producer (for backlogs and unrelated traffic).
    pub fn produce(&self, topic: &str, records: &[Record<'_>]) {
        produce(&self.address, topic, records);
    }

    fn own_child(&self) -> &Child {
        self.child.as_ref().expect("the shared broker is never paused or killed: use Broker::dedicated()")
    }

    /// Freezes the broker (SIGSTOP): connections are accepted, nothing answers.
    pub fn pause(&self) {
        signal(self.own_child(), libc::SIGSTOP);
    }

    pub fn resume(&self) {
        signal(self.own_child(), libc::SIGCONT);
    }

    /// Kills the broker (SIGKILL) and waits for it.
    pub fn kill(&mut self) {
        self.own_child();
        if let Some(child) = self.child.as_mut() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for Broker {
    fn drop(&mut self) {
        if let Some(child) = self.child.as_mut() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// Creates a topic with `replication` replicas and topic-level `configs`; an existing topic
/// is left as it is.
pub fn create_topic(bootstrap: &str, topic: &str, partitions: i32, replication: i32, configs: &[(&str, &str)]) {
    use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
    use rdkafka::client::DefaultClientContext;
    use rdkafka::config::ClientConfig;
    use rdkafka::types::RDKafkaErrorCode;
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let admin: AdminClient<DefaultClientContext> =
        ClientConfig::new().set("bootstrap.servers", bootstrap).create().unwrap();
    let mut new_topic = NewTopic::new(topic, partitions, TopicReplication::Fixed(replication));
    for (key, value) in configs {
        new_topic = new_topic.set(key, value);
    }
    let timeout = Duration::from_secs(30);
    let options = AdminOptions::new().operation_timeout(Some(timeout)).request_timeout(Some(timeout));
    let results = runtime.block_on(admin.create_topics([&new_topic], &options)).expect("create topic");
    for result in results {
        match result {
            Ok(_) | Err((_, RDKafkaErrorCode::TopicAlreadyExists)) => {}
            Err((name, code)) => panic!("creating topic {name}: {code}"),
        }
    }
    // Kafka answers CreateTopics before every partition has a leader; wait for them.
    let client: rdkafka::consumer::BaseConsumer =
        ClientConfig::new().set("bootstrap.servers", bootstrap).create().unwrap();
    let deadline = Instant::now() + timeout;
    loop {
        use rdkafka::consumer::Consumer as _;
        if let Ok(metadata) = client.fetch_metadata(Some(topic), Duration::from_secs(5))
            && let Some(found) = metadata.topics().first()
            && found.error().is_none()
            && found.partitions().len() == partitions as usize
            && found.partitions().iter().all(|p| p.leader() >= 0 && p.error().is_none())
        {
            return;
        }
        assert!(Instant::now() < deadline, "topic {topic} has no leader for every partition after {timeout:?}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Produces records with a plain producer.
pub fn produce(bootstrap: &str, topic: &str, records: &[Record<'_>]) {
    use rdkafka::config::ClientConfig;
    use rdkafka::producer::{BaseProducer, BaseRecord, Producer};
    let producer: BaseProducer =
        ClientConfig::new().set("bootstrap.servers", bootstrap).set("linger.ms", "0").create().unwrap();
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
    producer.flush(Duration::from_secs(30)).expect("flush");
}

/// A three-node Kafka cluster (one KRaft quorum, every node broker and controller) of this
/// test's own.
pub struct Cluster {
    pub nodes: Vec<Broker>,
}

impl Cluster {
    pub fn start(count: u32) -> Cluster {
        let ports: Vec<(u16, u16)> = (0..count).map(|_| (free_port(), free_port())).collect();
        let voters = ports
            .iter()
            .enumerate()
            .map(|(i, (_, controller))| format!("{}@127.0.0.1:{controller}", i + 1))
            .collect::<Vec<_>>()
            .join(",");
        // One cluster id for the quorum: 16 bytes, base64url, as `kafka-storage random-uuid`.
        let cluster_id = {
            let bytes = *uuid::Uuid::new_v4().as_bytes();
            base64url(&bytes)
        };
        let nodes: Vec<Broker> = ports
            .iter()
            .enumerate()
            .map(|(i, (port, controller_port))| {
                let mut spec = NodeSpec {
                    node_id: i as u32 + 1,
                    port: *port,
                    controller_port: *controller_port,
                    voters: voters.clone(),
                    nodes: count,
                    cluster_id: cluster_id.clone(),
                    ..NodeSpec::default()
                };
                let child = spec.spawn(false);
                Broker { child: Some(child), address: format!("127.0.0.1:{port}"), spec }
            })
            .collect();
        let cluster = Cluster { nodes };
        wait_serving(&cluster.bootstrap(), count as usize, "the node logs under target/tmp/kafka");
        cluster
    }

    /// Every node's address, comma-separated.
    pub fn bootstrap(&self) -> String {
        self.nodes.iter().map(|n| n.address.clone()).collect::<Vec<_>>().join(",")
    }

    /// The node with broker id `id` (1-based, as Kafka numbers them here).
    pub fn node(&mut self, id: i32) -> &mut Broker {
        &mut self.nodes[(id - 1) as usize]
    }
}

fn base64url(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |acc, (i, b)| acc | (u32::from(*b) << (16 - 8 * i)));
        let chars = chunk.len() + 1;
        for i in 0..chars {
            out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

/// Runs Apache Kafka's own `kafka-consumer-groups` (a fresh JVM, as users run it).
pub fn kafka_consumer_groups(bootstrap: &str, args: &[&str]) -> Run {
    let output = Command::new("bash")
        .arg(kafka_script())
        .arg("kcg")
        .args(["--bootstrap-server", bootstrap])
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run scripts/kafka.sh kcg");
    output.into()
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
        Consumer::start_with_args(broker, topic, group, fault, log_file, &[])
    }

    /// As [`Consumer::start`], with more of the example's flags (`--group-protocol consumer`).
    pub fn start_with_args(
        broker: &Broker,
        topic: &str,
        group: &str,
        fault: &str,
        log_file: &Path,
        extra: &[&str],
    ) -> Consumer {
        let mut command = Command::new(example("lease_consumer"));
        command.args(["--brokers", &broker.address, "--topic", topic, "--group", group, "--fault", fault]);
        command.arg("--log-file").arg(log_file).args(extra);
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

/// The committed report schema, compiled once per test binary.
fn report_schema() -> &'static jsonschema::Validator {
    static SCHEMA: OnceLock<jsonschema::Validator> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(rentflow_doctor::schema::PATH);
        let schema: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        jsonschema::options().should_validate_formats(true).build(&schema).unwrap()
    })
}

impl Run {
    /// The JSON document on stdout, which must follow the report schema: every test that
    /// reads a command's JSON checks the contract too.
    pub fn json(&self) -> serde_json::Value {
        self.report(&self.stdout)
    }

    /// One JSON report per line of stdout (`monitor -o json`), each following the schema.
    pub fn json_lines(&self) -> Vec<serde_json::Value> {
        self.stdout.lines().map(|line| self.report(line)).collect()
    }

    /// `text` as a JSON document that follows the report schema.
    fn report(&self, text: &str) -> serde_json::Value {
        let document: serde_json::Value = serde_json::from_str(text)
            .unwrap_or_else(|err| panic!("stdout is not JSON ({err}):\n{text}\nstderr:\n{}", self.stderr));
        let errors: Vec<String> =
            report_schema().iter_errors(&document).map(|e| format!("{e} at {}", e.instance_path())).collect();
        assert!(
            errors.is_empty(),
            "the JSON does not follow {}:\n{}\n{text}",
            rentflow_doctor::schema::PATH,
            errors.join("\n"),
        );
        document
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

/// `args` as one line for `sh -c`, each word single-quoted, the doctor's binary first.
pub fn shell_line(args: &[&str]) -> String {
    std::iter::once(env!("CARGO_BIN_EXE_rentflow-doctor"))
        .chain(args.iter().copied())
        .map(|word| format!("'{}'", word.replace('\'', r"'\''")))
        .collect::<Vec<_>>()
        .join(" ")
}

/// `line` run by util-linux `script` on a pseudo-terminal, as a person runs the doctor: in
/// the scrubbed environment of [`doctor_command`] but with colour left to the terminal.
pub fn terminal_command(cwd: &Path, line: &str) -> Command {
    let mut command = Command::new("script");
    command.env_clear();
    if let Some(path) = std::env::var_os("PATH") {
        command.env("PATH", path);
    }
    command.env("HOME", cwd).env("TERM", "xterm-256color").env("COLUMNS", "120").current_dir(cwd);
    command.args(["-q", "-e", "-c", line, "/dev/null"]);
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
        Pipeline::start_on(Broker::start(), service_fault, consumer_fault)
    }

    /// A pipeline on a broker of its own, for tests that pause or kill the broker.
    pub fn start_dedicated(service_fault: &str, consumer_fault: &str) -> Pipeline {
        let broker = Broker::dedicated();
        broker.wait_serving();
        Pipeline::start_on(broker, service_fault, consumer_fault)
    }

    pub fn start_on(broker: Broker, service_fault: &str, consumer_fault: &str) -> Pipeline {
        let topic = unique("lease-events");
        let group = unique("rentflow-django-consumer");
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
        // Partition by partition: records without a key go where librdkafka's sticky
        // partitioner puts them, often all on one, and a probe on an empty partition has no
        // earlier events to skip.
        groups::backlog(&pipeline.broker, &pipeline.topic, 3, 4, "old");
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
        self.doctor(&[&["trace", "-o", "json"], extra].concat())
    }

    /// The doctor with `args`, in the pipeline's directory, pointed at the pipeline: its
    /// broker, service, topic and group, each unless `args` names its own.
    pub fn doctor(&self, args: &[&str]) -> Run {
        self.command(args).output().expect("run rentflow-doctor").into()
    }

    /// [`Pipeline::doctor`]'s command, for a test that spawns it and reads it as it runs.
    pub fn command(&self, args: &[&str]) -> Command {
        let url = self.grpc_url();
        let mut args = args.to_vec();
        for (flag, value) in [
            ("--brokers", &self.broker.address),
            ("--grpc-url", &url),
            ("--topic", &self.topic),
            ("--group", &self.group),
        ] {
            if !args.contains(&flag) {
                args.extend([flag, value.as_str()]);
            }
        }
        let mut command = doctor_command(self.dir.path());
        command.args(args);
        command
    }
}
