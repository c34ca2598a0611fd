//! A Kerberos ticket for SASL/GSSAPI, obtained before the first connection.
//!
//! librdkafka gets its tickets by running `sasl.kerberos.kinit.cmd` through the shell each
//! time a client is created, and lets the command write to the doctor's terminal. A keytab
//! whose key was rotated, a keytab that is not there, or a machine without `kinit` then
//! shows as a few raw `kinit:` lines followed by the broker's "No Kerberos credentials
//! available". The doctor runs the same command once first — librdkafka's own template,
//! filled in from the same configuration — within the connect timeout, and reports a failure
//! as one authentication failure that quotes `kinit`. When it succeeds, librdkafka's own
//! runs only renew the ticket it left in the cache, and the process does not run it again.

use std::process::Stdio;
use std::sync::{Arc, Mutex};

use tokio::sync::OnceCell;

use rdkafka::config::NativeClientConfig;

use super::{KafkaConfig, KafkaFailure, bootstrap_addresses, client_config, failure};

/// At most this much of kinit's own words goes into the report.
const QUOTED_CHARS: usize = 400;

/// What a shell says when it cannot find the command.
const COMMAND_NOT_FOUND: i32 = 127;

/// The ticket commands that got a ticket in this process, and those running now: the
/// command and the cluster-id lookup ask at the same moment, and `monitor` asks every probe.
type Obtained = Arc<OnceCell<()>>;
static OBTAINED: Mutex<Vec<(String, Obtained)>> = Mutex::new(Vec::new());

/// On a SASL/GSSAPI connection whose client refreshes tickets (librdkafka's default), runs
/// the ticket command unless it already got a ticket in this process, and fails with
/// [`KafkaFailure::Rejected`] when it gets none; otherwise returns at once. A failure is not
/// remembered: the next call tries again.
pub async fn obtain_ticket(kafka: &KafkaConfig) -> Result<(), KafkaFailure> {
    let brokers = bootstrap_addresses(&kafka.brokers).join(",");
    // librdkafka's view of the configuration (its defaults included), read and let go before
    // any waiting: the native handle may not cross threads.
    let (command, principal) = {
        let native = client_config(kafka, 0).create_native_config().map_err(|err| {
            failure("reading the Kafka client configuration", &brokers, std::time::Duration::ZERO, &err)
        })?;
        let Some(command) = ticket_command(&native) else {
            return Ok(());
        };
        (command, native.get("sasl.kerberos.principal").unwrap_or_default())
    };
    let cell = {
        let mut obtained = OBTAINED.lock().unwrap_or_else(|poison| poison.into_inner());
        match obtained.iter().find(|(known, _)| *known == command) {
            Some((_, cell)) => cell.clone(),
            None => {
                let cell = Obtained::default();
                obtained.push((command.clone(), cell.clone()));
                cell
            }
        }
    };
    cell.get_or_try_init(|| run_ticket_command(&command, &principal, brokers, kafka.connect_timeout)).await.map(|_| ())
}

/// Runs the rendered command through the shell, as librdkafka does, within `timeout`.
async fn run_ticket_command(
    command: &str,
    principal: &str,
    brokers: String,
    timeout: std::time::Duration,
) -> Result<(), KafkaFailure> {
    // librdkafka runs the command with system(3), that is /bin/sh whatever PATH says.
    let child = tokio::process::Command::new("/bin/sh")
        .arg("-c")
        .arg(command)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .map_err(|err| KafkaFailure::Rejected {
            broker: brokers.clone(),
            reason: format!("no Kerberos ticket for {principal}: cannot run sasl.kerberos.kinit.cmd: {err}"),
        })?;
    let output = match tokio::time::timeout(timeout, child.wait_with_output()).await {
        Ok(Ok(output)) => output,
        Ok(Err(err)) => {
            return Err(KafkaFailure::Rejected {
                broker: brokers,
                reason: format!("no Kerberos ticket for {principal}: sasl.kerberos.kinit.cmd failed: {err}"),
            });
        }
        Err(_) => {
            return Err(KafkaFailure::TimedOut {
                operation: format!("getting a Kerberos ticket for {principal} (sasl.kerberos.kinit.cmd)"),
                brokers,
                timeout,
            });
        }
    };
    if output.status.success() {
        return Ok(());
    }
    let said = quoted(&String::from_utf8_lossy(&output.stderr));
    let said = if said.is_empty() { format!("it ended with {}", output.status) } else { said };
    let hint = if output.status.code() == Some(COMMAND_NOT_FOUND) {
        " (install the Kerberos client tools, set sasl.kerberos.kinit.cmd, or set \
         sasl.kerberos.min.time.before.relogin=0 to use the ticket cache as it is)"
    } else {
        ""
    };
    Err(KafkaFailure::Rejected { broker: brokers, reason: format!("no Kerberos ticket for {principal}: {said}{hint}") })
}

/// librdkafka's ticket command with every `%{property}` filled in, when the client would run
/// one: SASL security, the GSSAPI mechanism, a command, and refresh not turned off.
fn ticket_command(native: &NativeClientConfig) -> Option<String> {
    let get = |key: &str| native.get(key).unwrap_or_default();
    let is_sasl = get("security.protocol").to_ascii_lowercase().starts_with("sasl");
    let is_gssapi = get("sasl.mechanisms").eq_ignore_ascii_case("GSSAPI");
    let template = get("sasl.kerberos.kinit.cmd");
    if !is_sasl || !is_gssapi || template.trim().is_empty() || get("sasl.kerberos.min.time.before.relogin") == "0" {
        return None;
    }
    Some(render(&template, get))
}

/// Replaces each `%{name}` with `value(name)`, as librdkafka renders the command.
fn render(template: &str, value: impl Fn(&str) -> String) -> String {
    let mut rendered = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find("%{") {
        rendered.push_str(&rest[..start]);
        match rest[start + 2..].find('}') {
            Some(length) => {
                rendered.push_str(&value(&rest[start + 2..start + 2 + length]));
                rest = &rest[start + 2 + length + 1..];
            }
            None => {
                rendered.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    rendered.push_str(rest);
    rendered
}

/// kinit's distinct lines, in order, joined and cut to [`QUOTED_CHARS`]: its fallback runs it
/// twice and each run says the same.
fn quoted(stderr: &str) -> String {
    let mut lines: Vec<&str> = Vec::new();
    for line in stderr.lines().map(str::trim).filter(|line| !line.is_empty()) {
        if !lines.contains(&line) {
            lines.push(line);
        }
    }
    let joined = lines.join("; ");
    match joined.char_indices().nth(QUOTED_CHARS) {
        Some((cut, _)) => format!("{}…", &joined[..cut]),
        None => joined,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn properties_are_filled_in_as_librdkafka_does() {
        let value = |key: &str| match key {
            "sasl.kerberos.keytab" => "/etc/doctor.keytab".to_string(),
            "sasl.kerberos.principal" => "doctor@EXAMPLE.COM".to_string(),
            _ => String::new(),
        };
        assert_eq!(
            render(
                r#"kinit -R -t "%{sasl.kerberos.keytab}" -k %{sasl.kerberos.principal} || x%{unknown}y %{open"#,
                value
            ),
            r#"kinit -R -t "/etc/doctor.keytab" -k doctor@EXAMPLE.COM || xy %{open"#
        );
    }

    #[test]
    fn kinit_is_quoted_once_per_distinct_line_and_cut() {
        let twice = "kinit: Password incorrect while getting initial credentials\n\
                     kinit: Password incorrect while getting initial credentials\n";
        assert_eq!(quoted(twice), "kinit: Password incorrect while getting initial credentials");
        let long = "é".repeat(QUOTED_CHARS + 10);
        assert_eq!(quoted(&long).chars().count(), QUOTED_CHARS + 1);
    }

    fn kafka(properties: &[(&str, &str)]) -> KafkaConfig {
        KafkaConfig {
            brokers: "127.0.0.1:9092".to_string(),
            properties: properties
                .iter()
                .map(|(key, value)| (key.to_string(), super::super::PropertyValue::Plain(value.to_string())))
                .collect(),
            connect_timeout: std::time::Duration::from_secs(5),
            config_file: None,
            profile: None,
        }
    }

    fn command_for(properties: &[(&str, &str)]) -> Option<String> {
        ticket_command(&client_config(&kafka(properties), 0).create_native_config().unwrap())
    }

    #[test]
    fn only_a_gssapi_client_that_refreshes_tickets_runs_kinit() {
        let gssapi = [("security.protocol", "SASL_PLAINTEXT"), ("sasl.kerberos.principal", "doctor@EXAMPLE.COM")];
        let command = command_for(&gssapi).expect("GSSAPI is librdkafka's default SASL mechanism");
        assert!(command.contains("kinit") && command.contains("-k doctor@EXAMPLE.COM"), "{command}");
        assert_eq!(command_for(&[]), None, "plaintext");
        assert_eq!(command_for(&[("security.protocol", "SASL_SSL"), ("sasl.mechanism", "SCRAM-SHA-512")]), None);
        assert_eq!(command_for(&[gssapi[0], ("sasl.kerberos.min.time.before.relogin", "0")]), None);
    }

    #[tokio::test]
    async fn a_command_that_fails_is_an_authentication_failure_quoting_it() {
        let wrong_password = kafka(&[
            ("security.protocol", "SASL_PLAINTEXT"),
            ("sasl.kerberos.principal", "doctor@EXAMPLE.COM"),
            ("sasl.kerberos.kinit.cmd", "echo 'kinit: Password incorrect' >&2; echo again >&2; exit 1"),
        ]);
        let failure = obtain_ticket(&wrong_password).await.unwrap_err();
        assert_eq!(
            failure.to_string(),
            "authentication failed at broker 127.0.0.1:9092: no Kerberos ticket for doctor@EXAMPLE.COM: \
             kinit: Password incorrect; again"
        );
        let missing =
            kafka(&[("security.protocol", "SASL_PLAINTEXT"), ("sasl.kerberos.kinit.cmd", "no-such-kinit-anywhere -k")]);
        let failure = obtain_ticket(&missing).await.unwrap_err().to_string();
        assert!(failure.contains("not found") && failure.contains("install the Kerberos client tools"), "{failure}");
    }
}
