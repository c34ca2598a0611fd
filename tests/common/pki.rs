//! Certificates made for a test: a CA, a server certificate it signed for the names the test
//! gives (the broker, the lease service, the OAuth 2 server), a client certificate, and a
//! second CA that signed none of them, as PEM files in a temporary directory.

use std::path::PathBuf;

use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair, SanType};

/// `ca.pem`, `other-ca.pem`, `server.pem`/`server.key`, `client.pem`/`client.key`, and each
/// key and certificate together as Kafka's PEM keystore (`server-keystore.pem`, …).
pub struct Pki {
    dir: tempfile::TempDir,
}

impl Pki {
    /// The server certificate names `server_names` (DNS names or IP addresses).
    pub fn new(server_names: &[&str]) -> Pki {
        let dir = tempfile::tempdir().unwrap();
        let (ca_cert, issuer) = ca("rentflow test CA");
        std::fs::write(dir.path().join("ca.pem"), ca_cert.pem()).unwrap();
        let (other_ca, _) = ca("some other CA");
        std::fs::write(dir.path().join("other-ca.pem"), other_ca.pem()).unwrap();
        for (name, sans) in [("server", server_names), ("client", &[][..])] {
            let key = KeyPair::generate().unwrap();
            let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
            params.distinguished_name.push(DnType::CommonName, name);
            for san in sans {
                params.subject_alt_names.push(match san.parse() {
                    Ok(ip) => SanType::IpAddress(ip),
                    Err(_) => SanType::DnsName((*san).try_into().unwrap()),
                });
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

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// `key=<path of name>`, a librdkafka property naming one of the files.
    pub fn arg(&self, key: &str, name: &str) -> String {
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
