//! gRPC over TLS: a custom CA works; a wrong CA or a name the certificate does not carry
//! fails before any probe is sent, with a message that says so. Certificates are made here.

mod common;

use std::path::Path;

use common::pki::Pki;
use common::{Broker, Service, doctor};

fn trace_tls(broker: &Broker, url: &str, ca: &Path, extra: &[&str]) -> common::Run {
    let mut args = vec!["trace", "-o", "json", "--brokers", &broker.address, "--grpc-url", url];
    let ca = ca.to_str().unwrap();
    args.extend(["--grpc-ca", ca, "--consume-timeout", "1s"]);
    args.extend(extra);
    doctor(&args)
}

fn service(pki: &Pki) -> (Broker, Service) {
    let broker = Broker::start();
    broker.create_topic("lease-events", 1);
    let service = Service::start_tls(&broker, "lease-events", &pki.path("server.pem"), &pki.path("server.key"));
    (broker, service)
}

#[test]
fn a_service_certificate_signed_by_the_given_ca_is_trusted() {
    let pki = Pki::new(&["127.0.0.1"]);
    let (broker, service) = service(&pki);
    let run = trace_tls(&broker, &service.url, &pki.path("ca.pem"), &[]);
    // No consumer runs here: the call and the event are what TLS is about.
    assert_eq!(run.hop("grpc"), "ok", "{}", run.stdout);
    assert_eq!(run.hop("publish"), "ok");
}

#[test]
fn a_certificate_from_another_ca_fails_and_says_so() {
    let pki = Pki::new(&["127.0.0.1"]);
    let other = Pki::new(&["127.0.0.1"]);
    let (broker, service) = service(&pki);
    let run = trace_tls(&broker, &service.url, &other.path("ca.pem"), &[]);
    assert_eq!(run.code, 3, "{}", run.stdout);
    assert_eq!(run.codes(), ["RD901"]);
    let message = run.json()["findings"][0]["message"].as_str().unwrap().to_string();
    assert!(message.contains("TLS handshake"), "{message}");
    assert!(message.contains("invalid peer certificate"), "{message}");
    assert!(message.contains("not signed by the CA given with --grpc-ca"), "{message}");
    assert!(run.json()["findings"][0]["fix"].as_str().unwrap().contains("--grpc-ca"));
}

#[test]
fn a_certificate_for_another_name_fails_and_says_so() {
    let pki = Pki::new(&["lease-service.internal"]);
    let (broker, service) = service(&pki);
    let run = trace_tls(&broker, &service.url, &pki.path("ca.pem"), &[]);
    assert_eq!(run.code, 3, "{}", run.stdout);
    let message = run.json()["findings"][0]["message"].as_str().unwrap().to_string();
    assert!(message.contains("not valid for name"), "{message}");
    assert!(message.contains("--grpc-domain"), "{message}");
}

#[test]
fn grpc_domain_names_the_certificate_to_expect() {
    let pki = Pki::new(&["lease-service.internal"]);
    let (broker, service) = service(&pki);
    let run = trace_tls(&broker, &service.url, &pki.path("ca.pem"), &["--grpc-domain", "lease-service.internal"]);
    assert_eq!(run.hop("grpc"), "ok", "{}", run.stdout);
}

#[test]
fn tls_material_with_a_plaintext_url_is_a_usage_error() {
    let pki = Pki::new(&["127.0.0.1"]);
    let ca = pki.path("ca.pem");
    let run = doctor(&[
        "trace",
        "--grpc-url",
        "http://127.0.0.1:1",
        "--grpc-ca",
        ca.to_str().unwrap(),
        "--brokers",
        "127.0.0.1:1",
    ]);
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("needs an https://"), "{}", run.stderr);
}
