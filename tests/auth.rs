//! Secured listeners on Apache Kafka: SASL/SCRAM-SHA-512, TLS with a CA made here (and a
//! client certificate), OAUTHBEARER with OIDC tokens from a real OAuth 2 server on loopback
//! (npm's oauth2-mock-server, tests/fixtures/oidc/server.mjs) that the broker validates
//! against the server's JWKS, and GSSAPI with tickets from a real MIT Kerberos KDC
//! (`common::kdc`). The doctor connects with `-X` and with the config file's `[kafka]` table,
//! reads a group through the secured listener, and reports a wrong password, client secret or
//! rotated keytab as an authentication failure naming the broker (exit 3) well before its
//! deadline, with the secret in no output.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

use common::kdc::{self, Kdc};
use common::{Broker, NodeSpec, Run, doctor_command, free_port, unique};
use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair, SanType};

const SCRAM_USER: &str = "doctor";
const SCRAM_PASSWORD: &str = "scram-pw-5e1b-do-not-print";
const WRONG_PASSWORD: &str = "wrong-pw-90c4-do-not-print";
const CLIENT_ID: &str = "rentflow-doctor";
const CLIENT_SECRET: &str = "oidc-secret-77ad-do-not-print";
const WRONG_SECRET: &str = "oidc-wrong-3c19-do-not-print";
/// Far above how long a refusal takes; a run that reaches it waited for a timeout instead.
const CONNECT_TIMEOUT: &str = "20s";

/// A topic with three records and a group that committed offset 1, made through the
/// broker's plaintext listener; the doctor must read them through the secured one.
struct Seeded {
    topic: String,
    group: String,
}

fn seed(broker: &Broker) -> Seeded {
    broker.wait_serving();
    let (topic, group) = (unique("secured-events"), unique("secured-group"));
    broker.create_topic(&topic, 1);
    let record: common::Record<'_> = (None, Some(&b"{}"[..]));
    broker.produce(&topic, &[record, record, record]);
    common::groups::seed(broker, &group, &topic, &[(0, 1)]);
    Seeded { topic, group }
}

/// `group describe -o json` through `bootstrap`, with extra arguments and environment.
fn describe(dir: &Path, bootstrap: &str, seeded: &Seeded, args: &[&str], env: &[(&str, &str)]) -> (Run, Duration) {
    let mut command = doctor_command(dir);
    command.args(["group", "describe", "-o", "json", "--brokers", bootstrap]);
    command.args(["--topic", &seeded.topic, "--group", &seeded.group, "--connect-timeout", CONNECT_TIMEOUT]);
    command.args(["--timeout", "60s"]).args(args);
    for (key, value) in env {
        command.env(key, value);
    }
    let started = Instant::now();
    let run: Run = command.output().expect("run rentflow-doctor").into();
    (run, started.elapsed())
}

/// The group read through the secured listener: committed 1 of 3 records.
fn assert_described(run: &Run) {
    assert_eq!(run.code, 0, "stdout:\n{}\nstderr:\n{}", run.stdout, run.stderr);
    let partition = &run.json()["groups"][0]["partitions"][0];
    assert_eq!((partition["committed"].as_i64(), partition["lag"].as_i64()), (Some(1), Some(2)), "{}", run.stdout);
}

/// A refusal: exit 3, named as an authentication failure at `broker`, long before the
/// connect timeout, and in JSON too.
fn assert_refused(run: &Run, elapsed: Duration, broker: &str) {
    assert_eq!(run.code, 3, "stdout:\n{}\nstderr:\n{}", run.stdout, run.stderr);
    assert!(
        run.stderr.contains(&format!("authentication failed at broker {broker}")),
        "not an authentication failure naming {broker}:\n{}",
        run.stderr
    );
    assert!(!run.stderr.contains("did not answer within"), "reported as a timeout:\n{}", run.stderr);
    assert!(elapsed < Duration::from_secs(20), "waited {elapsed:?}: the refusal was not seen, the deadline was");
    let error = &run.json()["error"];
    assert!(error["message"].as_str().unwrap().contains("authentication failed"), "{error}");
}

fn assert_no_secret(run: &Run, secrets: &[&str]) {
    for secret in secrets {
        assert!(!run.stdout.contains(secret), "secret on stdout:\n{}", run.stdout);
        assert!(!run.stderr.contains(secret), "secret on stderr:\n{}", run.stderr);
    }
}

// --- SASL/SCRAM-SHA-512 --------------------------------------------------------------------

/// A broker with a SASL_PLAINTEXT listener taking SCRAM-SHA-512, the user created at format
/// time; returns it with the listener's address.
fn scram_broker() -> (Broker, String) {
    let mut spec = NodeSpec::single();
    let sasl_port = free_port();
    spec.extra_properties = format!(
        "listeners=PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{controller},SASL_PLAINTEXT://127.0.0.1:{sasl_port}\n\
         advertised.listeners=PLAINTEXT://127.0.0.1:{port},SASL_PLAINTEXT://127.0.0.1:{sasl_port}\n\
         sasl.enabled.mechanisms=SCRAM-SHA-512\n\
         listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;\n",
        port = spec.port,
        controller = spec.controller_port,
    );
    spec.format_args =
        vec!["--add-scram".to_string(), format!("SCRAM-SHA-512=[name={SCRAM_USER},password={SCRAM_PASSWORD}]")];
    let mut broker = Broker::dedicated_with(spec);
    broker.wait_listening_on(sasl_port);
    (broker, format!("127.0.0.1:{sasl_port}"))
}

const SCRAM_ARGS: [&str; 6] =
    ["-X", "security.protocol=SASL_PLAINTEXT", "-X", "sasl.mechanism=SCRAM-SHA-512", "-X", "sasl.username=doctor"];

#[test]
fn scram_sha_512_by_flag_environment_and_config_file() {
    let (broker, sasl) = scram_broker();
    let seeded = seed(&broker);
    let dir = tempfile::tempdir().unwrap();

    let password = format!("sasl.password={SCRAM_PASSWORD}");
    let (by_flag, _) = describe(dir.path(), &sasl, &seeded, &[&SCRAM_ARGS[..], &["-X", &password]].concat(), &[]);
    assert_described(&by_flag);
    assert_no_secret(&by_flag, &[SCRAM_PASSWORD]);

    let (by_env, _) = describe(dir.path(), &sasl, &seeded, &SCRAM_ARGS, &[("RENTFLOW_KAFKA_PROPERTIES", &password)]);
    assert_described(&by_env);
    assert_no_secret(&by_env, &[SCRAM_PASSWORD]);

    // The config file's [kafka] table alone, as the README recommends (no secret on argv).
    let config = dir.path().join("rentflow-doctor.toml");
    std::fs::write(
        &config,
        format!(
            "[kafka]\n\"security.protocol\" = \"SASL_PLAINTEXT\"\n\"sasl.mechanism\" = \"SCRAM-SHA-512\"\n\
             \"sasl.username\" = \"{SCRAM_USER}\"\n\"sasl.password\" = \"{SCRAM_PASSWORD}\"\n"
        ),
    )
    .unwrap();
    let (by_file, _) = describe(dir.path(), &sasl, &seeded, &["-vv"], &[]);
    assert_described(&by_file);
    assert_no_secret(&by_file, &[SCRAM_PASSWORD]);
    assert!(by_file.stderr.contains("librdkafka"), "-vv shows librdkafka's security log:\n{}", by_file.stderr);
}

#[test]
fn a_wrong_scram_password_is_an_authentication_failure_naming_the_broker() {
    let (broker, sasl) = scram_broker();
    let seeded = seed(&broker);
    let dir = tempfile::tempdir().unwrap();
    let wrong = format!("sasl.password={WRONG_PASSWORD}");
    let args = [&SCRAM_ARGS[..], &["-X", &wrong]].concat();

    let (run, elapsed) = describe(dir.path(), &sasl, &seeded, &args, &[]);
    assert_refused(&run, elapsed, &sasl);
    assert!(run.stderr.contains("SCRAM-SHA-512"), "the reason names the mechanism:\n{}", run.stderr);
    assert_no_secret(&run, &[WRONG_PASSWORD]);

    // Every command connects the same way: a trace and a reset refuse just as early, and
    // librdkafka's own logs at -vvv do not leak the password either.
    let mut trace = doctor_command(dir.path());
    trace.args(["trace", "--brokers", &sasl, "--topic", &seeded.topic, "--group", &seeded.group]);
    trace.args(["--connect-timeout", CONNECT_TIMEOUT, "-vvv"]).args(&args);
    let started = Instant::now();
    let traced: Run = trace.output().unwrap().into();
    assert_eq!(traced.code, 3, "{}\n{}", traced.stdout, traced.stderr);
    assert!(traced.stdout.contains(&format!("authentication failed at broker {sasl}")), "{}", traced.stdout);
    assert!(started.elapsed() < Duration::from_secs(20));
    assert_no_secret(&traced, &[WRONG_PASSWORD]);

    let mut reset = doctor_command(dir.path());
    reset.args(["reset-group", "-o", "json", "--brokers", &sasl, "--topic", &seeded.topic, "--group", &seeded.group]);
    reset.args(["--to", "earliest", "--connect-timeout", CONNECT_TIMEOUT]).args(&args);
    let reset: Run = reset.output().unwrap().into();
    assert_eq!(reset.code, 3, "{}\n{}", reset.stdout, reset.stderr);
    assert!(reset.stderr.contains("authentication failed"), "{}", reset.stderr);
    assert_no_secret(&reset, &[WRONG_PASSWORD]);
}

// --- SASL/GSSAPI (Kerberos) ----------------------------------------------------------------

/// The broker's service principal: librdkafka asks for `<service name>/<broker host>`.
const KERBEROS_SERVICE: &str = "kafka/127.0.0.1";
const KERBEROS_CLIENT: &str = "doctor";

/// A broker whose SASL_PLAINTEXT listener takes GSSAPI, its service key in a keytab from `kdc`.
fn gssapi_broker(kdc: &Kdc) -> (Broker, String) {
    let keytab = kdc.principal_with_keytab(KERBEROS_SERVICE);
    let mut spec = NodeSpec::single();
    let sasl_port = free_port();
    spec.extra_properties = format!(
        "listeners=PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{controller},SASL_PLAINTEXT://127.0.0.1:{sasl_port}\n\
         advertised.listeners=PLAINTEXT://127.0.0.1:{port},SASL_PLAINTEXT://127.0.0.1:{sasl_port}\n\
         sasl.enabled.mechanisms=GSSAPI\n\
         sasl.kerberos.service.name=kafka\n\
         listener.name.sasl_plaintext.gssapi.sasl.jaas.config=com.sun.security.auth.module.Krb5LoginModule required \
         useKeyTab=true storeKey=true keyTab=\"{keytab}\" principal=\"{KERBEROS_SERVICE}@{realm}\";\n",
        port = spec.port,
        controller = spec.controller_port,
        keytab = keytab.display(),
        realm = kdc::REALM,
    );
    spec.java_opts = format!("-Djava.security.krb5.conf={}", kdc.krb5_conf().display());
    let mut broker = Broker::dedicated_with(spec);
    broker.wait_listening_on(sasl_port);
    (broker, format!("127.0.0.1:{sasl_port}"))
}

/// The doctor's side as for any librdkafka client: a keytab that `kinit` turns into tickets.
fn gssapi_args(keytab: &Path) -> Vec<String> {
    [
        "security.protocol=SASL_PLAINTEXT".to_string(),
        "sasl.mechanism=GSSAPI".to_string(),
        "sasl.kerberos.service.name=kafka".to_string(),
        format!("sasl.kerberos.keytab={}", keytab.display()),
        format!("sasl.kerberos.principal={KERBEROS_CLIENT}@{}", kdc::REALM),
    ]
    .into_iter()
    .flat_map(|property| ["-X".to_string(), property])
    .collect()
}

/// `group describe` through a GSSAPI listener with a keytab for the doctor (its key rotated
/// since when `rotated`), the realm's krb5.conf and a ticket cache of its own.
fn describe_with_kerberos(rotated: bool) -> (Run, Duration, String) {
    let kdc = Kdc::start();
    let (broker, sasl) = gssapi_broker(&kdc);
    let seeded = seed(&broker);
    let keytab = kdc.principal_with_keytab(KERBEROS_CLIENT);
    if rotated {
        kdc.rotate_key(KERBEROS_CLIENT);
    }
    let dir = tempfile::tempdir().unwrap();
    let args = gssapi_args(&keytab);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (config, cache) = (kdc.krb5_conf(), format!("FILE:{}", dir.path().join("ccache").display()));
    let env = [("KRB5_CONFIG", config.to_str().unwrap()), ("KRB5CCNAME", cache.as_str())];
    let (run, elapsed) = describe(dir.path(), &sasl, &seeded, &args, &env);
    (run, elapsed, sasl)
}

#[test]
fn gssapi_with_a_keytab_and_tickets_from_a_real_kdc() {
    let (run, _, _) = describe_with_kerberos(false);
    assert_described(&run);
}

#[test]
fn a_keytab_whose_key_was_rotated_is_an_authentication_failure() {
    let (run, elapsed, sasl) = describe_with_kerberos(true);
    assert_refused(&run, elapsed, &sasl);
    // kinit's own words, once, inside the error: not raw lines of its own before the report.
    assert!(
        run.stderr.contains(&format!("no Kerberos ticket for {KERBEROS_CLIENT}@{}: kinit: ", kdc::REALM)),
        "the reason quotes kinit:\n{}",
        run.stderr
    );
    assert_eq!(run.stderr.matches("kinit:").count(), 1, "{}", run.stderr);
}

// --- TLS -----------------------------------------------------------------------------------

/// A CA, and certificates it signed: the broker's for 127.0.0.1, and a client's.
struct Pki {
    dir: tempfile::TempDir,
}

impl Pki {
    fn new() -> Pki {
        let dir = tempfile::tempdir().unwrap();
        let (ca_cert, issuer) = ca("rentflow test CA");
        std::fs::write(dir.path().join("ca.pem"), ca_cert.pem()).unwrap();
        let (other_ca, _) = ca("some other CA");
        std::fs::write(dir.path().join("other-ca.pem"), other_ca.pem()).unwrap();
        for (name, san) in [("broker", Some("127.0.0.1")), ("client", None)] {
            let key = KeyPair::generate().unwrap();
            let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
            params.distinguished_name.push(DnType::CommonName, name);
            if let Some(ip) = san {
                params.subject_alt_names.push(SanType::IpAddress(ip.parse().unwrap()));
            }
            let cert = params.signed_by(&key, &issuer).unwrap();
            std::fs::write(dir.path().join(format!("{name}.pem")), cert.pem()).unwrap();
            std::fs::write(dir.path().join(format!("{name}.key")), key.serialize_pem()).unwrap();
            // Kafka's PEM keystore: the (PKCS#8) key and the certificate chain in one file.
            std::fs::write(
                dir.path().join(format!("{name}-keystore.pem")),
                format!("{}{}", key.serialize_pem(), cert.pem()),
            )
            .unwrap();
        }
        Pki { dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn arg(&self, key: &str, name: &str) -> String {
        format!("{key}={}", self.path(name).display())
    }
}

fn ca(name: &str) -> (rcgen::Certificate, Issuer<'static, KeyPair>) {
    let key = KeyPair::generate().unwrap();
    let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params.distinguished_name.push(DnType::CommonName, name);
    let cert = params.self_signed(&key).unwrap();
    (cert, Issuer::new(params, key))
}

/// A broker with an SSL listener that requires a client certificate signed by the CA.
fn tls_broker(pki: &Pki) -> (Broker, String) {
    let mut spec = NodeSpec::single();
    let ssl_port = free_port();
    spec.extra_properties = format!(
        "listeners=PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{controller},SSL://127.0.0.1:{ssl_port}\n\
         advertised.listeners=PLAINTEXT://127.0.0.1:{port},SSL://127.0.0.1:{ssl_port}\n\
         listener.name.ssl.ssl.keystore.type=PEM\n\
         listener.name.ssl.ssl.keystore.location={keystore}\n\
         listener.name.ssl.ssl.truststore.type=PEM\n\
         listener.name.ssl.ssl.truststore.location={ca}\n\
         listener.name.ssl.ssl.client.auth=required\n",
        port = spec.port,
        controller = spec.controller_port,
        keystore = pki.path("broker-keystore.pem").display(),
        ca = pki.path("ca.pem").display(),
    );
    let mut broker = Broker::dedicated_with(spec);
    broker.wait_listening_on(ssl_port);
    (broker, format!("127.0.0.1:{ssl_port}"))
}

#[test]
fn tls_with_a_ca_and_a_client_certificate_made_here() {
    let pki = Pki::new();
    let (broker, ssl) = tls_broker(&pki);
    let seeded = seed(&broker);
    let dir = tempfile::tempdir().unwrap();
    let (ca, cert, key) = (
        pki.arg("ssl.ca.location", "ca.pem"),
        pki.arg("ssl.certificate.location", "client.pem"),
        pki.arg("ssl.key.location", "client.key"),
    );
    let args = ["-X", "security.protocol=SSL", "-X", &ca, "-X", &cert, "-X", &key];
    let (run, _) = describe(dir.path(), &ssl, &seeded, &args, &[]);
    assert_described(&run);

    // The same through the config file.
    std::fs::write(
        dir.path().join("rentflow-doctor.toml"),
        format!(
            "[kafka]\n\"security.protocol\" = \"SSL\"\n\"ssl.ca.location\" = {:?}\n\"ssl.certificate.location\" = {:?}\n\"ssl.key.location\" = {:?}\n",
            pki.path("ca.pem"),
            pki.path("client.pem"),
            pki.path("client.key")
        ),
    )
    .unwrap();
    let (run, _) = describe(dir.path(), &ssl, &seeded, &[], &[]);
    assert_described(&run);
}

#[test]
fn a_broker_certificate_from_another_ca_is_refused_naming_the_broker() {
    let pki = Pki::new();
    let (broker, ssl) = tls_broker(&pki);
    let seeded = seed(&broker);
    let dir = tempfile::tempdir().unwrap();
    let (ca, cert, key) = (
        pki.arg("ssl.ca.location", "other-ca.pem"),
        pki.arg("ssl.certificate.location", "client.pem"),
        pki.arg("ssl.key.location", "client.key"),
    );
    let (run, elapsed) =
        describe(dir.path(), &ssl, &seeded, &["-X", "security.protocol=SSL", "-X", &ca, "-X", &cert, "-X", &key], &[]);
    assert_refused(&run, elapsed, &ssl);
    assert!(run.stderr.contains("certificate verify failed"), "the reason says why:\n{}", run.stderr);
}

// --- OAUTHBEARER with OIDC -----------------------------------------------------------------

/// npm's oauth2-mock-server, installed by scripts/test.sh into the tools cache.
fn oauth2_mock_server_dir() -> PathBuf {
    let tools = std::env::var_os("RENTFLOW_TOOLS_DIR").map(PathBuf::from).unwrap_or_else(|| {
        let cache = std::env::var_os("XDG_CACHE_HOME")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").unwrap()).join(".cache"));
        cache.join("rentflow-doctor")
    });
    let dir = tools.join("node").join("node_modules").join("oauth2-mock-server");
    assert!(
        dir.join("package.json").is_file(),
        "oauth2-mock-server is not installed in {}: run scripts/test.sh, or \
         `source scripts/lib.sh; ensure_npm_package oauth2-mock-server 7.2.1`",
        dir.display()
    );
    dir
}

/// The OAuth 2 server as a node process, killed on drop.
struct OidcServer {
    child: Child,
    issuer: String,
}

impl OidcServer {
    fn start() -> OidcServer {
        let port = free_port();
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/oidc/server.mjs");
        let mut child = Command::new("node")
            .arg(script)
            .arg(oauth2_mock_server_dir())
            .args([&port.to_string(), CLIENT_ID, CLIENT_SECRET, "kafka"])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::inherit())
            .spawn()
            .expect("node is needed for the OIDC tests (scripts/test.sh installs it)");
        let mut line = String::new();
        std::io::BufRead::read_line(&mut std::io::BufReader::new(child.stdout.take().unwrap()), &mut line).unwrap();
        assert!(line.starts_with("listening on "), "the OAuth 2 server did not start: {line:?}");
        OidcServer { child, issuer: format!("http://127.0.0.1:{port}") }
    }
}

impl Drop for OidcServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A broker whose SASL_PLAINTEXT listener takes OAUTHBEARER and validates the JWTs: the
/// issuer's signature (JWKS), issuer and audience.
fn oidc_broker(oidc: &OidcServer) -> (Broker, String) {
    let mut spec = NodeSpec::single();
    let sasl_port = free_port();
    let issuer = &oidc.issuer;
    spec.extra_properties = format!(
        "listeners=PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{controller},SASL_PLAINTEXT://127.0.0.1:{sasl_port}\n\
         advertised.listeners=PLAINTEXT://127.0.0.1:{port},SASL_PLAINTEXT://127.0.0.1:{sasl_port}\n\
         sasl.enabled.mechanisms=OAUTHBEARER\n\
         listener.name.sasl_plaintext.oauthbearer.sasl.jaas.config=org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required;\n\
         listener.name.sasl_plaintext.oauthbearer.sasl.server.callback.handler.class=org.apache.kafka.common.security.oauthbearer.OAuthBearerValidatorCallbackHandler\n\
         sasl.oauthbearer.jwks.endpoint.url={issuer}/jwks\n\
         sasl.oauthbearer.expected.issuer={issuer}\n\
         sasl.oauthbearer.expected.audience=kafka\n",
        port = spec.port,
        controller = spec.controller_port,
    );
    // Kafka 4 fetches only URLs it is told to trust.
    spec.java_opts = format!("-Dorg.apache.kafka.sasl.oauthbearer.allowed.urls={issuer}/jwks,{issuer}/token");
    let mut broker = Broker::dedicated_with(spec);
    broker.wait_listening_on(sasl_port);
    (broker, format!("127.0.0.1:{sasl_port}"))
}

fn oidc_args(oidc: &OidcServer, secret: &str) -> Vec<String> {
    [
        "security.protocol=SASL_PLAINTEXT".to_string(),
        "sasl.mechanism=OAUTHBEARER".to_string(),
        "sasl.oauthbearer.method=oidc".to_string(),
        format!("sasl.oauthbearer.client.id={CLIENT_ID}"),
        format!("sasl.oauthbearer.client.secret={secret}"),
        format!("sasl.oauthbearer.token.endpoint.url={}/token", oidc.issuer),
    ]
    .into_iter()
    .flat_map(|property| ["-X".to_string(), property])
    .collect()
}

#[test]
fn oauthbearer_oidc_tokens_from_a_real_server_are_accepted_by_kafka() {
    let oidc = OidcServer::start();
    let (broker, sasl) = oidc_broker(&oidc);
    let seeded = seed(&broker);
    let dir = tempfile::tempdir().unwrap();
    let args = oidc_args(&oidc, CLIENT_SECRET);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (run, _) = describe(dir.path(), &sasl, &seeded, &args, &[]);
    assert_described(&run);
    assert_no_secret(&run, &[CLIENT_SECRET]);
}

#[test]
fn a_wrong_oidc_client_secret_is_an_authentication_failure() {
    let oidc = OidcServer::start();
    let (broker, sasl) = oidc_broker(&oidc);
    let seeded = seed(&broker);
    let dir = tempfile::tempdir().unwrap();
    let args = oidc_args(&oidc, WRONG_SECRET);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (run, elapsed) = describe(dir.path(), &sasl, &seeded, &args, &[]);
    assert_eq!(run.code, 3, "stdout:\n{}\nstderr:\n{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("authentication failed"), "{}", run.stderr);
    assert!(run.stderr.contains("401"), "the token endpoint's refusal is quoted:\n{}", run.stderr);
    assert!(elapsed < Duration::from_secs(20), "waited {elapsed:?} for the deadline");
    assert_no_secret(&run, &[WRONG_SECRET]);
}
