//! Secured listeners on Apache Kafka: SASL/SCRAM-SHA-512, TLS with a CA made here (and a
//! client certificate), and GSSAPI with tickets from a real MIT Kerberos KDC
//! (`common::kdc`); OAUTHBEARER/OIDC is in tests/oidc.rs. The doctor connects with `-X` and
//! with the config file's `[kafka]` table, reads a group through the secured listener, and
//! reports a wrong password, an untrusted certificate or a rotated keytab as an
//! authentication failure naming the broker (exit 3) well before its deadline, with the
//! secret in no output.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::kdc::{self, Kdc};
use common::pki::Pki;
use common::secured::{CONNECT_TIMEOUT, assert_described, assert_no_secret, assert_refused, describe, seed, x_flags};
use common::{Broker, NodeSpec, Run, doctor_command, free_port};

const SCRAM_USER: &str = "doctor";
const SCRAM_PASSWORD: &str = "scram-pw-5e1b-do-not-print";
const WRONG_PASSWORD: &str = "wrong-pw-90c4-do-not-print";

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

/// A broker whose SASL listener takes GSSAPI, its service key in a keytab from `kdc`; over
/// TLS (SASL_SSL) with the PKI's server certificate when given one.
fn gssapi_broker(kdc: &Kdc, tls: Option<&Pki>) -> (Broker, String) {
    let keytab = kdc.principal_with_keytab(KERBEROS_SERVICE);
    let mut spec = NodeSpec::single();
    let sasl_port = free_port();
    let (protocol, listener) =
        if tls.is_some() { ("SASL_SSL", "sasl_ssl") } else { ("SASL_PLAINTEXT", "sasl_plaintext") };
    let keystore = tls.map_or(String::new(), |pki| {
        format!(
            "listener.name.{listener}.ssl.keystore.type=PEM\nlistener.name.{listener}.ssl.keystore.location={}\n",
            pki.path("server-keystore.pem").display()
        )
    });
    spec.extra_properties = format!(
        "listeners=PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{controller},{protocol}://127.0.0.1:{sasl_port}\n\
         advertised.listeners=PLAINTEXT://127.0.0.1:{port},{protocol}://127.0.0.1:{sasl_port}\n\
         sasl.enabled.mechanisms=GSSAPI\n\
         sasl.kerberos.service.name=kafka\n\
         listener.name.{listener}.gssapi.sasl.jaas.config=com.sun.security.auth.module.Krb5LoginModule required \
         useKeyTab=true storeKey=true keyTab=\"{keytab}\" principal=\"{KERBEROS_SERVICE}@{realm}\";\n{keystore}",
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

/// The doctor's side as for any librdkafka client: a keytab that `kinit` turns into tickets,
/// and over TLS the CA that signed the broker's certificate.
fn gssapi_args(keytab: &Path, tls: Option<&Pki>) -> Vec<String> {
    let protocol = if tls.is_some() { "SASL_SSL" } else { "SASL_PLAINTEXT" };
    let properties = [
        format!("security.protocol={protocol}"),
        "sasl.mechanism=GSSAPI".to_string(),
        "sasl.kerberos.service.name=kafka".to_string(),
        format!("sasl.kerberos.keytab={}", keytab.display()),
        format!("sasl.kerberos.principal={KERBEROS_CLIENT}@{}", kdc::REALM),
    ];
    x_flags(properties.into_iter().chain(tls.map(|pki| pki.arg("ssl.ca.location", "ca.pem"))))
}

/// `group describe` through a GSSAPI listener (over TLS when `tls`) with a keytab for the
/// doctor (its key rotated since when `rotated`), the realm's krb5.conf and a ticket cache
/// of its own.
fn describe_with_kerberos(rotated: bool, tls: bool) -> (Run, Duration, String) {
    let kdc = Kdc::start();
    let pki = tls.then(|| Pki::new(&["127.0.0.1"]));
    let (broker, sasl) = gssapi_broker(&kdc, pki.as_ref());
    let seeded = seed(&broker);
    let keytab = kdc.principal_with_keytab(KERBEROS_CLIENT);
    if rotated {
        kdc.rotate_key(KERBEROS_CLIENT);
    }
    let dir = tempfile::tempdir().unwrap();
    let args = gssapi_args(&keytab, pki.as_ref());
    let (config, cache) = (kdc.krb5_conf(), format!("FILE:{}", dir.path().join("ccache").display()));
    let env = [("KRB5_CONFIG", config.to_str().unwrap()), ("KRB5CCNAME", cache.as_str())];
    let (run, elapsed) = describe(dir.path(), &sasl, &seeded, &args, &env);
    (run, elapsed, sasl)
}

#[test]
fn gssapi_with_a_keytab_and_tickets_from_a_real_kdc() {
    let (run, _, _) = describe_with_kerberos(false, false);
    assert_described(&run);
}

#[test]
fn gssapi_over_tls_as_production_clusters_offer_it() {
    let (run, _, _) = describe_with_kerberos(false, true);
    assert_described(&run);
}

#[test]
fn a_keytab_whose_key_was_rotated_is_an_authentication_failure() {
    let (run, elapsed, sasl) = describe_with_kerberos(true, false);
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
        keystore = pki.path("server-keystore.pem").display(),
        ca = pki.path("ca.pem").display(),
    );
    let mut broker = Broker::dedicated_with(spec);
    broker.wait_listening_on(ssl_port);
    (broker, format!("127.0.0.1:{ssl_port}"))
}

/// The doctor's side of mutual TLS: the client certificate, and `ca` as the CA it trusts.
fn tls_args(pki: &Pki, ca: &str) -> Vec<String> {
    x_flags([
        "security.protocol=SSL".to_string(),
        pki.arg("ssl.ca.location", ca),
        pki.arg("ssl.certificate.location", "client.pem"),
        pki.arg("ssl.key.location", "client.key"),
    ])
}

#[test]
fn tls_with_a_ca_and_a_client_certificate_made_here() {
    let pki = Pki::new(&["127.0.0.1"]);
    let (broker, ssl) = tls_broker(&pki);
    let seeded = seed(&broker);
    let dir = tempfile::tempdir().unwrap();
    let args = tls_args(&pki, "ca.pem");
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
    let (run, _) = describe(dir.path(), &ssl, &seeded, &[] as &[&str], &[]);
    assert_described(&run);
}

#[test]
fn a_broker_certificate_from_another_ca_is_refused_naming_the_broker() {
    let pki = Pki::new(&["127.0.0.1"]);
    let (broker, ssl) = tls_broker(&pki);
    let seeded = seed(&broker);
    let dir = tempfile::tempdir().unwrap();
    let args = tls_args(&pki, "other-ca.pem");
    let (run, elapsed) = describe(dir.path(), &ssl, &seeded, &args, &[]);
    assert_refused(&run, elapsed, &ssl);
    assert!(run.stderr.contains("certificate verify failed"), "the reason says why:\n{}", run.stderr);
}
