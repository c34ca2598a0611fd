//! A Kerberos realm for the GSSAPI tests: MIT Kerberos' own KDC (`krb5kdc`, from Debian's
//! krb5-kdc, with krb5-admin-server's `kadmin.local` and krb5-user's `kinit`; scripts/test.sh
//! installs them) on a loopback port, with its database, configuration and keytabs in a
//! temporary directory. Nothing reads the machine's /etc/krb5.conf: the KDC, the broker's JVM
//! and the doctor are each pointed at the realm's own krb5.conf.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::free_port;

pub const REALM: &str = "RENTFLOW.TEST";

/// A running KDC for [`REALM`], stopped on drop.
pub struct Kdc {
    child: Child,
    dir: tempfile::TempDir,
}

impl Kdc {
    /// Creates the realm's database and starts the KDC on a free loopback port (TCP and UDP);
    /// returns once it accepts connections.
    pub fn start() -> Kdc {
        let dir = tempfile::tempdir().unwrap();
        let port = free_port();
        let root = dir.path().display();
        // TCP only (udp_preference_limit = 1): the JVM and the C library behave alike, and a
        // lost UDP datagram cannot stall a test. No DNS: the principal names the address.
        std::fs::write(
            dir.path().join("krb5.conf"),
            format!(
                "[libdefaults]\n default_realm = {REALM}\n dns_lookup_kdc = false\n dns_lookup_realm = false\n \
                 rdns = false\n dns_canonicalize_hostname = false\n udp_preference_limit = 1\n\
                 [realms]\n {REALM} = {{\n  kdc = 127.0.0.1:{port}\n }}\n"
            ),
        )
        .unwrap();
        std::fs::write(
            dir.path().join("kdc.conf"),
            format!(
                "[kdcdefaults]\n kdc_listen = 127.0.0.1:{port}\n kdc_tcp_listen = 127.0.0.1:{port}\n\
                 [realms]\n {REALM} = {{\n  database_name = {root}/principal\n  key_stash_file = {root}/stash\n  \
                 acl_file = {root}/kadm5.acl\n }}\n[logging]\n kdc = FILE:{root}/kdc.log\n"
            ),
        )
        .unwrap();
        admin_tool(dir.path(), "kdb5_util", &["create", "-s", "-r", REALM, "-P", "master-password-for-tests"]);
        let child = realm_command(dir.path(), "krb5kdc")
            .args(["-n", "-r", REALM])
            // Its log file says everything; a failed start shows its tail.
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|err| panic!("cannot start krb5kdc ({err}): {INSTALL_HINT}"));
        let mut kdc = Kdc { child, dir };
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            if let Ok(Some(status)) = kdc.child.try_wait() {
                panic!("krb5kdc exited with {status}: {}", kdc.log_tail());
            }
            assert!(Instant::now() < deadline, "krb5kdc did not listen within 20 s: {}", kdc.log_tail());
            std::thread::sleep(Duration::from_millis(50));
        }
        kdc
    }

    /// The realm's krb5.conf, for `KRB5_CONFIG` and the JVM's `java.security.krb5.conf`.
    pub fn krb5_conf(&self) -> PathBuf {
        self.dir.path().join("krb5.conf")
    }

    /// Adds `principal` (without the realm) with a random key and writes its keytab; returns
    /// the keytab's path.
    pub fn principal_with_keytab(&self, principal: &str) -> PathBuf {
        let keytab = self.dir.path().join(format!("{}.keytab", principal.replace('/', "_")));
        self.kadmin(&format!("addprinc -randkey {principal}"));
        self.kadmin(&format!("ktadd -k {} {principal}", keytab.display()));
        keytab
    }

    /// Gives `principal` a new random key without writing it anywhere: every keytab written
    /// before holds a key the KDC no longer accepts, as after a rotation elsewhere.
    pub fn rotate_key(&self, principal: &str) {
        self.kadmin(&format!("cpw -randkey {principal}"));
    }

    fn kadmin(&self, query: &str) {
        admin_tool(self.dir.path(), "kadmin.local", &["-r", REALM, "-q", query]);
    }

    fn log_tail(&self) -> String {
        let log = std::fs::read_to_string(self.dir.path().join("kdc.log")).unwrap_or_default();
        let lines: Vec<&str> = log.lines().collect();
        lines[lines.len().saturating_sub(10)..].join("\n")
    }
}

/// One of the realm's server-side tools, configured for the realm in `dir`.
fn realm_command(dir: &Path, tool: &str) -> Command {
    // The KDC and its administration tools live in /usr/sbin, which a non-root PATH may lack.
    let mut command = Command::new(Path::new("/usr/sbin").join(tool));
    command.env("KRB5_CONFIG", dir.join("krb5.conf")).env("KRB5_KDC_PROFILE", dir.join("kdc.conf"));
    command
}

fn admin_tool(dir: &Path, tool: &str, args: &[&str]) {
    let output = realm_command(dir, tool)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|err| panic!("cannot run {tool} ({err}): {INSTALL_HINT}"));
    let stderr = String::from_utf8_lossy(&output.stderr);
    // kadmin.local reports a failed query on stderr and still exits 0.
    assert!(output.status.success() && !stderr.contains(" while "), "{tool} {args:?} failed:\n{stderr}");
}

const INSTALL_HINT: &str = "the GSSAPI tests need MIT Kerberos' KDC and tools: run scripts/test.sh, or \
     `apt-get install krb5-kdc krb5-admin-server krb5-user`";

impl Drop for Kdc {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
