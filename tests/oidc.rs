//! OAUTHBEARER with OIDC on Apache Kafka: tokens from a real OAuth 2 server on loopback
//! (npm's oauth2-mock-server, tests/fixtures/oidc/server.mjs) that the broker validates
//! against the server's JWKS, issuer and audience, over HTTP and over HTTPS with a CA made
//! here. The doctor reads a group through the SASL listener, and reports a wrong client
//! secret or a token endpoint whose certificate it does not trust as an authentication
//! failure (exit 3) with the secret in no output.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::Duration;

use common::pki::Pki;
use common::secured::{assert_described, assert_no_secret, describe, seed, x_flags};
use common::{Broker, NodeSpec, Run, free_port};

const CLIENT_ID: &str = "rentflow-doctor";
const CLIENT_SECRET: &str = "oidc-secret-77ad-do-not-print";
const WRONG_SECRET: &str = "oidc-wrong-3c19-do-not-print";

/// npm's oauth2-mock-server, installed by scripts/test.sh into the tools cache.
fn oauth2_mock_server_dir() -> PathBuf {
    let dir = common::tools_dir().join("node").join("node_modules").join("oauth2-mock-server");
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
    /// Serves HTTPS with the PKI's loopback certificate when given one, else HTTP.
    fn start(pki: Option<&Pki>) -> OidcServer {
        let port = free_port();
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/oidc/server.mjs");
        let mut command = Command::new("node");
        command.arg(script).arg(oauth2_mock_server_dir()).args([&port.to_string(), CLIENT_ID, CLIENT_SECRET, "kafka"]);
        if let Some(pki) = pki {
            command.arg(pki.path("server.key")).arg(pki.path("server.pem"));
        }
        let mut child = command
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::inherit())
            .spawn()
            .expect("node is needed for the OIDC tests (scripts/test.sh installs it)");
        let mut line = String::new();
        std::io::BufRead::read_line(&mut std::io::BufReader::new(child.stdout.take().unwrap()), &mut line).unwrap();
        let issuer = line.trim().strip_prefix("listening on ").map(str::to_string);
        let issuer = issuer.unwrap_or_else(|| panic!("the OAuth 2 server did not start: {line:?}"));
        OidcServer { child, issuer }
    }
}

impl Drop for OidcServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A broker whose SASL_PLAINTEXT listener takes OAUTHBEARER and validates the JWTs: the
/// issuer's signature (JWKS, fetched over HTTPS trusting the PKI's CA when given one),
/// issuer and audience.
fn oidc_broker(oidc: &OidcServer, pki: Option<&Pki>) -> (Broker, String) {
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
    // The JWKS is fetched with the JVM's default trust: a PKCS#12 trust store holding the CA
    // (the listener's JAAS options cannot carry one: the broker's own login rejects them).
    if let Some(pki) = pki {
        let store = pki.path("trust.p12");
        let keytool = Command::new("keytool")
            .args(["-importcert", "-noprompt", "-alias", "ca", "-storetype", "PKCS12", "-storepass", "changeit"])
            .arg("-file")
            .arg(pki.path("ca.pem"))
            .arg("-keystore")
            .arg(&store)
            .output()
            .expect("keytool comes with the JDK that runs Kafka");
        assert!(keytool.status.success(), "keytool: {}", String::from_utf8_lossy(&keytool.stderr));
        spec.java_opts += &format!(
            " -Djavax.net.ssl.trustStore={} -Djavax.net.ssl.trustStoreType=PKCS12 -Djavax.net.ssl.trustStorePassword=changeit",
            store.display()
        );
    }
    let mut broker = Broker::dedicated_with(spec);
    broker.wait_listening_on(sasl_port);
    (broker, format!("127.0.0.1:{sasl_port}"))
}

/// `group describe` through an OAUTHBEARER listener, the doctor asking the OAuth 2 server
/// for tokens with `secret`; over HTTPS when `https_ca` names the PKI file the doctor trusts
/// for the token endpoint (`https.ca.location`).
/// Returns the run, how long it took, the listener's address and the token endpoint.
fn describe_with_oidc(secret: &str, https_ca: Option<&str>) -> (Run, Duration, String, String) {
    let pki = https_ca.map(|_| Pki::new(&["127.0.0.1"]));
    let oidc = OidcServer::start(pki.as_ref());
    assert_eq!(oidc.issuer.starts_with("https://"), pki.is_some(), "{}", oidc.issuer);
    let (broker, sasl) = oidc_broker(&oidc, pki.as_ref());
    let seeded = seed(&broker);
    let dir = tempfile::tempdir().unwrap();
    let mut properties = vec![
        "security.protocol=SASL_PLAINTEXT".to_string(),
        "sasl.mechanism=OAUTHBEARER".to_string(),
        "sasl.oauthbearer.method=oidc".to_string(),
        format!("sasl.oauthbearer.client.id={CLIENT_ID}"),
        format!("sasl.oauthbearer.client.secret={secret}"),
        format!("sasl.oauthbearer.token.endpoint.url={}/token", oidc.issuer),
    ];
    if let (Some(pki), Some(ca)) = (&pki, https_ca) {
        properties.push(pki.arg("https.ca.location", ca));
    }
    let (run, elapsed) = describe(dir.path(), &sasl, &seeded, &x_flags(properties), &[]);
    (run, elapsed, sasl, format!("{}/token", oidc.issuer))
}

/// A refusal at the token endpoint: exit 3 as an authentication failure at the broker,
/// naming the endpoint and quoting `why`, long before the connect timeout, with the secret
/// in no output.
fn assert_token_refused((run, elapsed, sasl, endpoint): (Run, Duration, String, String), why: &str, secret: &str) {
    assert_eq!(run.code, 3, "stdout:\n{}\nstderr:\n{}", run.stdout, run.stderr);
    assert!(run.stderr.contains(&format!("authentication failed at broker {sasl}: ")), "{}", run.stderr);
    assert!(run.stderr.contains(&format!("from \"{endpoint}\"")), "the token endpoint is named:\n{}", run.stderr);
    assert!(run.stderr.contains(why), "the token endpoint's failure is quoted ({why}):\n{}", run.stderr);
    assert!(elapsed < Duration::from_secs(20), "waited {elapsed:?} for the deadline");
    assert_no_secret(&run, &[secret]);
}

#[test]
fn oauthbearer_oidc_tokens_from_a_real_server_are_accepted_by_kafka() {
    let (run, ..) = describe_with_oidc(CLIENT_SECRET, None);
    assert_described(&run);
    assert_no_secret(&run, &[CLIENT_SECRET]);
}

#[test]
fn a_wrong_oidc_client_secret_is_an_authentication_failure() {
    assert_token_refused(describe_with_oidc(WRONG_SECRET, None), "401", WRONG_SECRET);
}

#[test]
fn an_https_token_endpoint_is_trusted_through_its_ca() {
    let (run, ..) = describe_with_oidc(CLIENT_SECRET, Some("ca.pem"));
    assert_described(&run);
    assert_no_secret(&run, &[CLIENT_SECRET]);
}

#[test]
fn an_https_token_endpoint_signed_by_another_ca_is_refused() {
    let refused = describe_with_oidc(CLIENT_SECRET, Some("other-ca.pem"));
    assert_token_refused(refused, "SSL certificate OpenSSL verify result", CLIENT_SECRET);
}
