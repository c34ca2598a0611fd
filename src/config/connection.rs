//! How to reach Kafka and the lease service, which topic and group, and how a trace probes:
//! resolved from flags, environment, the config file and the defaults — with the rules that
//! keep a config file found in the working directory from acting on the user's behalf.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

use super::{ConfigError, Layers, Result, Source, Sourced};
use crate::cli;
use crate::kafka::{KafkaConfig, PropertyValue};
use crate::secrets::{self, Secret};

pub const DEFAULT_BROKERS: &str = "127.0.0.1:9092";
pub const DEFAULT_GRPC_URL: &str = "http://127.0.0.1:50051";
pub const DEFAULT_TOPIC: &str = "lease-events";
pub const DEFAULT_GROUP: &str = "rentflow-django-consumer";
pub const DEFAULT_MATCH_FIELD: &str = "/lease_id";
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
pub const DEFAULT_GRPC_TIMEOUT: Duration = Duration::from_secs(5);
pub const DEFAULT_EVENT_TIMEOUT: Duration = Duration::from_secs(10);
pub const DEFAULT_CONSUME_TIMEOUT: Duration = Duration::from_secs(15);
/// Environment variable holding `-X` properties, `;`-separated.
pub const KAFKA_PROPERTIES_ENV: &str = "RENTFLOW_KAFKA_PROPERTIES";

/// librdkafka properties a config file found in the working directory may never set: they
/// load code, run commands, switch off certificate checks or send credentials to a token
/// endpoint the file chooses.
const UNTRUSTED_FORBIDDEN: [&str; 9] = [
    "plugin.library.paths",
    "ssl.engine.location",
    "ssl.engine.id",
    "ssl.providers",
    "sasl.kerberos.kinit.cmd",
    "sasl.kerberos.keytab",
    "enable.sasl.oauthbearer.unsecure.jwt",
    "https.ca.location",
    "https.ca.pem",
];

/// Property prefixes forbidden the same way (every OAUTHBEARER/OIDC setting names where a
/// token comes from or goes to).
const UNTRUSTED_FORBIDDEN_PREFIXES: [&str; 1] = ["sasl.oauthbearer."];

/// Properties that decide whom the client trusts, forbidden in an untrusted file when the
/// credentials come from the user: they would let the file redirect them.
const TRUST_ANCHORS: [&str; 4] = ["ssl.ca.location", "ssl.ca.pem", "ssl.ca.certificate.stores", "ssl.ca.directory"];

/// How to reach the lease service.
#[derive(Debug, Clone)]
pub struct GrpcConfig {
    pub url: String,
    pub ca: Option<PathBuf>,
    pub cert: Option<PathBuf>,
    pub key: Option<PathBuf>,
    pub domain: Option<String>,
    pub token: Option<Secret>,
    pub connect_timeout: Duration,
    pub call_timeout: Duration,
}

/// What every network command shares.
#[derive(Debug, Clone)]
pub struct Connection {
    pub kafka: KafkaConfig,
    pub grpc: GrpcConfig,
    pub topic: String,
    pub group: String,
    /// The whole command's deadline.
    pub timeout: Duration,
}

impl Connection {
    /// The defaults, with the given brokers and service (the demo's own pipeline).
    pub fn local(brokers: &str, grpc_url: &str, topic: &str, group: &str) -> Connection {
        Connection {
            kafka: KafkaConfig {
                brokers: brokers.to_string(),
                properties: Vec::new(),
                connect_timeout: DEFAULT_CONNECT_TIMEOUT,
                config_file: None,
                profile: None,
            },
            grpc: GrpcConfig {
                url: grpc_url.to_string(),
                ca: None,
                cert: None,
                key: None,
                domain: None,
                token: None,
                connect_timeout: DEFAULT_CONNECT_TIMEOUT,
                call_timeout: DEFAULT_GRPC_TIMEOUT,
            },
            topic: topic.to_string(),
            group: group.to_string(),
            timeout: DEFAULT_TIMEOUT,
        }
    }
}

/// How a trace probes and waits.
#[derive(Debug, Clone)]
pub struct ProbeConfig {
    pub lease_id: Option<String>,
    pub match_field: String,
    pub reason: String,
    pub requested_by: String,
    pub event_timeout: Duration,
    pub consume_timeout: Duration,
    pub count: u32,
    pub concurrency: u32,
}

impl Default for ProbeConfig {
    fn default() -> Self {
        ProbeConfig {
            lease_id: None,
            match_field: DEFAULT_MATCH_FIELD.to_string(),
            reason: "rentflow-doctor probe".to_string(),
            requested_by: "rentflow-doctor".to_string(),
            event_timeout: DEFAULT_EVENT_TIMEOUT,
            consume_timeout: DEFAULT_CONSUME_TIMEOUT,
            count: 1,
            concurrency: 1,
        }
    }
}

/// Splits `key=value` and registers secret values.
fn property(text: &str) -> Result<(String, PropertyValue)> {
    let (key, value) = text.split_once('=').ok_or_else(|| {
        // Never echo the text: it may be `sasl.password` with a typo in the `=`.
        ConfigError("-X expects KEY=VALUE (for example security.protocol=SASL_SSL)".to_string())
    })?;
    let key = key.trim().to_string();
    if key.is_empty() {
        return Err(ConfigError("-X expects KEY=VALUE; the key is empty".to_string()));
    }
    let value = if secrets::is_secret_property(&key) {
        PropertyValue::Secret(Secret::new(value))
    } else {
        PropertyValue::Plain(value.to_string())
    };
    Ok((key, value))
}

/// A merged librdkafka property and where it came from.
struct Property {
    value: PropertyValue,
    source: Source,
    detail: String,
}

/// Merges `-X` (flag, then env) over the config file's `[kafka]` tables.
fn kafka_properties(layers: &Layers<'_>, flags: &[String]) -> Result<BTreeMap<String, Property>> {
    let mut merged: BTreeMap<String, Property> = BTreeMap::new();
    for (key, (value, detail)) in layers.file.kafka() {
        let text = match value {
            toml::Value::String(text) => text,
            other => other.to_string(),
        };
        let (key, value) = property(&format!("{key}={text}"))?;
        merged.insert(key, Property { value, source: layers.file.source(), detail });
    }
    if let Ok(env) = std::env::var(KAFKA_PROPERTIES_ENV) {
        for item in env.split(';').map(str::trim).filter(|item| !item.is_empty()) {
            let (key, value) = property(item)?;
            merged.insert(key, Property { value, source: Source::Environment, detail: KAFKA_PROPERTIES_ENV.into() });
        }
    }
    for item in flags {
        let (key, value) = property(item)?;
        merged.insert(key, Property { value, source: Source::Flag, detail: String::new() });
    }
    if merged.contains_key("bootstrap.servers") {
        return Err(ConfigError("set the brokers with --brokers, not -X bootstrap.servers".to_string()));
    }
    Ok(merged)
}

fn is_false(value: &str) -> bool {
    matches!(value.trim().to_ascii_lowercase().as_str(), "false" | "0" | "no" | "off")
}

/// What a config file found in the working directory may not do with librdkafka properties.
fn untrusted_property(key: &str, value: &str, user_credentials: bool) -> Option<&'static str> {
    let key = key.to_ascii_lowercase();
    if UNTRUSTED_FORBIDDEN.contains(&key.as_str()) || UNTRUSTED_FORBIDDEN_PREFIXES.iter().any(|p| key.starts_with(p)) {
        return Some("loads code, runs a command or chooses where credentials and tokens go");
    }
    if key == "enable.ssl.certificate.verification" && is_false(value) {
        return Some("switches off the broker certificate check");
    }
    if key == "ssl.endpoint.identification.algorithm" && value.trim().eq_ignore_ascii_case("none") {
        return Some("switches off the broker host name check");
    }
    if user_credentials {
        if TRUST_ANCHORS.contains(&key.as_str()) {
            return Some("chooses whom the credentials you gave are sent to");
        }
        if key == "security.protocol" && !value.to_ascii_lowercase().contains("ssl") {
            return Some("would send the credentials you gave without TLS");
        }
    }
    None
}

/// Whether `url`'s host is this machine.
pub fn is_loopback_url(url: &str) -> bool {
    let Some((_, rest)) = url.split_once("://") else { return false };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let authority = authority.rsplit_once('@').map_or(authority, |(_, host)| host);
    let host = if let Some(bracketed) = authority.strip_prefix('[') {
        bracketed.split(']').next().unwrap_or_default()
    } else {
        authority.rsplit_once(':').map_or(authority, |(host, _)| host)
    };
    if host.eq_ignore_ascii_case("localhost") {
        return true;
    }
    host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

#[allow(clippy::ptr_arg)] // passed where a `Fn(&PathBuf)` is expected
fn show_path(path: &PathBuf) -> String {
    path.display().to_string()
}

/// Resolves the connection settings: `grpc` is `None` for commands that never reach the
/// service (its settings are defaults then, and unused).
pub fn connection(
    layers: &Layers<'_>,
    kafka: &cli::KafkaArgs,
    grpc: Option<&cli::GrpcArgs>,
    pipeline: &cli::PipelineArgs,
) -> Result<Connection> {
    let file = layers.file;
    let connect_timeout =
        layers.duration("connect_timeout", &kafka.connect_timeout, |v| &v.connect_timeout, DEFAULT_CONNECT_TIMEOUT)?;
    let brokers = layers.pick("brokers", &kafka.brokers, |v| &v.brokers, || DEFAULT_BROKERS.to_string(), String::clone);
    if brokers.value.split(',').all(|b| b.trim().is_empty()) {
        return Err(ConfigError("--brokers is empty".to_string()));
    }
    let properties = kafka_properties(layers, &kafka.properties)?;
    let kafka_credentials_from_user =
        properties.iter().any(|(key, p)| p.source.is_user() && secrets::is_secret_property(key));
    for (key, property) in &properties {
        let shown = match &property.value {
            PropertyValue::Secret(_) => secrets::MASK.to_string(),
            PropertyValue::Plain(value) => value.clone(),
        };
        layers.record(&format!("kafka.{key}"), shown, property.source, property.detail.clone());
        if property.source == Source::ImplicitFile
            && let Some(why) = untrusted_property(key, property.value.expose(), kafka_credentials_from_user)
        {
            return Err(file.refuse(&format!("[kafka] {key}"), why));
        }
    }
    if brokers.source == Source::ImplicitFile && kafka_credentials_from_user {
        return Err(file.refuse(
            "brokers",
            "names the brokers that would receive the Kafka credentials given on the command line or in the environment",
        ));
    }
    let kafka_config = KafkaConfig {
        brokers: brokers.value,
        properties: properties.into_iter().map(|(key, p)| (key, p.value)).collect(),
        connect_timeout: connect_timeout.value,
        config_file: if file.source() == Source::ExplicitFile { file.path.clone() } else { None },
        profile: file.profile_name().map(str::to_string),
    };
    // librdkafka checks every property's name and value here, before anything connects: a
    // typo in -X is a usage error, not an unreachable broker.
    crate::kafka::client_config(&kafka_config, 0).create_native_config().map_err(|err| match err {
        // librdkafka's message quotes the name; the error also carries the value, which
        // a mistyped secret property (`sasl.pasword`) would not have registered: leave it out.
        rdkafka::error::KafkaError::ClientConfig(_, description, key, _) => {
            ConfigError(format!("-X / [kafka] property `{key}`: {description}"))
        }
        other => ConfigError(format!("-X / [kafka] properties: {other}")),
    })?;
    let grpc_config = match grpc {
        Some(grpc) => grpc_settings(layers, grpc, connect_timeout.value)?,
        None => Connection::local("", DEFAULT_GRPC_URL, "", "").grpc,
    };
    let topic = layers.pick("topic", &pipeline.topic, |v| &v.topic, || DEFAULT_TOPIC.to_string(), String::clone);
    let group = layers.pick("group", &pipeline.group, |v| &v.group, || DEFAULT_GROUP.to_string(), String::clone);
    let timeout = layers.duration("timeout", &kafka.timeout, |v| &v.timeout, DEFAULT_TIMEOUT)?;
    Ok(Connection {
        kafka: kafka_config,
        grpc: grpc_config,
        topic: topic.value,
        group: group.value,
        timeout: timeout.value,
    })
}

fn grpc_settings(layers: &Layers<'_>, grpc: &cli::GrpcArgs, connect_timeout: Duration) -> Result<GrpcConfig> {
    let file = layers.file;
    let url = layers.pick("grpc_url", &grpc.grpc_url, |v| &v.grpc_url, || DEFAULT_GRPC_URL.to_string(), String::clone);
    let url_text = url.value.clone();
    if !(url_text.starts_with("http://") || url_text.starts_with("https://")) {
        return Err(ConfigError(format!("--grpc-url `{url_text}` must start with http:// or https://")));
    }
    if tonic::transport::Endpoint::from_shared(url_text.clone()).is_err() {
        return Err(ConfigError(format!("--grpc-url `{url_text}` is not a valid URL")));
    }
    let ca = layers.pick_optional("grpc_ca", &grpc.grpc_ca, |v| &v.grpc_ca, show_path);
    let cert = layers.pick_optional("grpc_cert", &grpc.grpc_cert, |v| &v.grpc_cert, show_path);
    let key = layers.pick_optional("grpc_key", &grpc.grpc_key, |v| &v.grpc_key, show_path);
    for (flag, path) in [("--grpc-ca", &ca), ("--grpc-cert", &cert), ("--grpc-key", &key)] {
        let Some(path) = path else { continue };
        if !url_text.starts_with("https://") {
            return Err(ConfigError(format!("{flag} needs an https:// --grpc-url, but it is {url_text}")));
        }
        if !path.value.is_file() {
            return Err(ConfigError(format!("{flag} {}: no such file", path.value.display())));
        }
    }
    if cert.is_some() != key.is_some() {
        return Err(ConfigError("--grpc-cert and --grpc-key go together (mutual TLS)".to_string()));
    }
    let domain = layers.pick_optional("grpc_domain", &grpc.grpc_domain, |v| &v.grpc_domain, String::clone);
    let token: Option<Sourced<String>> =
        layers.pick_optional("grpc_token", &grpc.grpc_token, |v| &v.grpc_token, |_| secrets::MASK.to_string());
    if let Some(token) = &token {
        secrets::register(&token.value);
        if url_text.starts_with("http://") && !is_loopback_url(&url_text) {
            return Err(ConfigError(format!(
                "--grpc-token would be sent in clear text to {url_text}: a bearer token needs an https:// --grpc-url (http:// is allowed only to this machine: localhost, 127.0.0.1, ::1)"
            )));
        }
        if token.source.is_user() {
            if url.source == Source::ImplicitFile {
                return Err(file.refuse(
                    "grpc-url",
                    "names the service that would receive the --grpc-token given on the command line or in the environment",
                ));
            }
            for (name, source) in
                [("grpc-ca", ca.as_ref().map(|c| c.source)), ("grpc-domain", domain.as_ref().map(|d| d.source))]
            {
                if source == Some(Source::ImplicitFile) {
                    return Err(file.refuse(name, "chooses whom the --grpc-token you gave is sent to"));
                }
            }
        }
    }
    let call_timeout =
        layers.duration("grpc_timeout", &grpc.grpc_timeout, |v| &v.grpc_timeout, DEFAULT_GRPC_TIMEOUT)?;
    Ok(GrpcConfig {
        url: url_text,
        ca: ca.map(|c| c.value),
        cert: cert.map(|c| c.value),
        key: key.map(|k| k.value),
        domain: domain.map(|d| d.value),
        token: token.map(|t| Secret::new(t.value)),
        connect_timeout,
        call_timeout: call_timeout.value,
    })
}

pub fn probe(layers: &Layers<'_>, args: &cli::ProbeArgs) -> Result<ProbeConfig> {
    let defaults = ProbeConfig::default();
    let match_field = layers.pick(
        "match_field",
        &args.match_field,
        |v| &v.match_field,
        || defaults.match_field.clone(),
        String::clone,
    );
    let match_field = match_field.value;
    if !match_field.is_empty() && !match_field.starts_with('/') {
        return Err(ConfigError(format!("--match-field `{match_field}` must be a JSON pointer such as /lease_id")));
    }
    let count = layers.pick("count", &args.count, |v| &v.count, || 1, u32::to_string).value;
    let concurrency = layers.pick("concurrency", &args.concurrency, |v| &v.concurrency, || 1, u32::to_string).value;
    if count == 0 || concurrency == 0 {
        return Err(ConfigError("--count and --concurrency must be at least 1".to_string()));
    }
    let lease_id = layers.pick_optional("lease_id", &args.lease_id, |v| &v.lease_id, String::clone).map(|l| l.value);
    if lease_id.is_some() && count > 1 {
        return Err(ConfigError("--lease-id names one lease; it cannot be combined with --count above 1".to_string()));
    }
    let reason = layers.pick("reason", &args.reason, |v| &v.reason, || defaults.reason.clone(), String::clone);
    let requested_by = layers.pick(
        "requested_by",
        &args.requested_by,
        |v| &v.requested_by,
        || defaults.requested_by.clone(),
        String::clone,
    );
    let event_timeout =
        layers.duration("event_timeout", &args.event_timeout, |v| &v.event_timeout, DEFAULT_EVENT_TIMEOUT)?;
    let consume_timeout =
        layers.duration("consume_timeout", &args.consume_timeout, |v| &v.consume_timeout, DEFAULT_CONSUME_TIMEOUT)?;
    Ok(ProbeConfig {
        lease_id,
        match_field,
        reason: reason.value,
        requested_by: requested_by.value,
        event_timeout: event_timeout.value,
        consume_timeout: consume_timeout.value,
        count,
        concurrency: concurrency.min(count),
    })
}

/// Registers every secret the command line and the environment carry (`-X` secret
/// properties, `RENTFLOW_KAFKA_PROPERTIES`, the gRPC token) before anything else runs —
/// before clap has even judged the command line, so that its usage errors cannot carry
/// them. `-X sasl.password= hunter2` (a stray space) takes the next word as the secret too.
pub fn register_secrets_in(argv: &[String]) {
    let env = std::env::var(KAFKA_PROPERTIES_ENV).ok();
    let mut items: Vec<&str> = env.iter().flat_map(|e| e.split(';')).collect();
    let mut words = argv.iter().map(String::as_str).peekable();
    while let Some(word) = words.next() {
        let property = if word == "-X" {
            words.next()
        } else {
            word.strip_prefix("-X").map(|glued| glued.trim_start_matches('='))
        };
        if let Some(property) = property {
            items.push(property);
            if let Some((key, "")) = property.split_once('=')
                && secrets::is_secret_property(key.trim())
                && let Some(next) = words.peek()
            {
                secrets::register(next);
            }
            continue;
        }
        if word == "--grpc-token" {
            if let Some(token) = words.next() {
                secrets::register(token);
            }
        } else if let Some(token) = word.strip_prefix("--grpc-token=") {
            secrets::register(token);
        }
    }
    for item in items {
        // Malformed items are reported (without their text) when the settings are resolved.
        if let Some((key, value)) = item.split_once('=')
            && secrets::is_secret_property(key.trim())
        {
            secrets::register(value);
        }
    }
    if let Ok(token) = std::env::var(super::env_name("grpc_token")) {
        secrets::register(&token);
    }
}

#[cfg(test)]
mod tests {
    use super::super::{CommandConfig, resolve_for_test};
    use super::*;

    fn trace(argv: &[&str], file: Option<(&str, bool)>) -> Result<Connection> {
        let mut full = vec!["rentflow-doctor", "trace"];
        full.extend(argv);
        match resolve_for_test(&full, file)?.command {
            CommandConfig::Trace { connection, .. } => Ok(connection),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn flag_beats_file_beats_default() {
        let file = "brokers = \"file:9092\"\ntopic = \"file-topic\"\ntimeout = \"7s\"";
        let connection = trace(&["--brokers", "flag:9092"], Some((file, true))).unwrap();
        assert_eq!(connection.kafka.brokers, "flag:9092");
        assert_eq!(connection.topic, "file-topic");
        assert_eq!(connection.timeout, Duration::from_secs(7));
        assert_eq!(connection.group, DEFAULT_GROUP);
        assert_eq!(connection.grpc.url, DEFAULT_GRPC_URL);
        assert_eq!(connection.kafka.connect_timeout, DEFAULT_CONNECT_TIMEOUT);
    }

    #[test]
    fn flag_properties_override_file_properties_and_secrets_are_masked() {
        let file = "[kafka]\n\"security.protocol\" = \"SSL\"\n\"sasl.password\" = \"file-pass-4711\"";
        let connection = trace(&["-X", "security.protocol=SASL_SSL"], Some((file, true))).unwrap();
        let merged = &connection.kafka.properties;
        let protocol = merged.iter().find(|(k, _)| k == "security.protocol").unwrap();
        assert_eq!(protocol.1.expose(), "SASL_SSL");
        let password = merged.iter().find(|(k, _)| k == "sasl.password").unwrap();
        assert!(matches!(password.1, PropertyValue::Secret(_)));
        assert!(!format!("{merged:?}").contains("file-pass-4711"));
        let masked = secrets::redact("before file-pass-4711 after");
        assert!(!masked.contains("file-pass-4711") && masked.contains("***"), "{masked}");
    }

    #[test]
    fn malformed_property_errors_do_not_echo_the_value() {
        let err = property("sasl.password:hunter3").unwrap_err();
        assert!(!err.0.contains("hunter3"));
    }

    #[test]
    fn probe_settings_are_validated() {
        for argv in [&["--match-field", "lease_id"][..], &["--count", "0"], &["--count", "3", "--lease-id", "L-1"]] {
            let mut full = vec!["rentflow-doctor", "trace"];
            full.extend(argv);
            assert!(resolve_for_test(&full, None).is_err(), "{argv:?}");
        }
        let resolved = resolve_for_test(&["rentflow-doctor", "trace", "-n", "3", "-c", "8"], None).unwrap();
        let CommandConfig::Trace { probe, .. } = resolved.command else { panic!() };
        assert_eq!(probe.concurrency, 3);
    }

    #[test]
    fn an_implicit_file_cannot_load_code_or_lower_security() {
        for (line, key) in [
            ("\"plugin.library.paths\" = \"./evil.so\"", "plugin.library.paths"),
            ("\"enable.ssl.certificate.verification\" = \"false\"", "enable.ssl.certificate.verification"),
            ("\"enable.ssl.certificate.verification\" = false", "enable.ssl.certificate.verification"),
            ("\"ssl.endpoint.identification.algorithm\" = \"none\"", "ssl.endpoint.identification.algorithm"),
            ("\"sasl.oauthbearer.token.endpoint.url\" = \"https://evil/token\"", "sasl.oauthbearer.token.endpoint.url"),
            ("\"sasl.oauthbearer.method\" = \"oidc\"", "sasl.oauthbearer.method"),
            ("\"ssl.engine.location\" = \"./engine.so\"", "ssl.engine.location"),
            ("\"sasl.kerberos.kinit.cmd\" = \"touch /tmp/x\"", "sasl.kerberos.kinit.cmd"),
        ] {
            let file = format!("[kafka]\n{line}\n");
            let err = trace(&[], Some((&file, false))).unwrap_err().0;
            assert!(err.contains(key) && err.contains("--config"), "{err}");
            // The same file named with --config is the user's own.
            let trusted = trace(&[], Some((&file, true)));
            assert!(trusted.as_ref().map_or_else(|e| !e.0.contains("not trusted"), |_| true), "{key}: {trusted:?}");
        }
        // Harmless properties are data.
        assert!(trace(&[], Some(("[kafka]\n\"client.rack\" = \"eu-1\"\n", false))).is_ok());
    }

    #[test]
    fn an_implicit_file_cannot_receive_credentials_given_elsewhere() {
        let brokers = "brokers = \"evil.example:9092\"\n";
        let err = trace(&["-X", "sasl.password=from-flag-5521"], Some((brokers, false))).unwrap_err().0;
        assert!(err.contains("`brokers`") && err.contains("--config"), "{err}");
        assert!(!err.contains("from-flag-5521"));
        assert!(trace(&["-X", "sasl.password=from-flag-5521"], Some((brokers, true))).is_ok());
        // Brokers from the flag, credentials from the flag: the file decides nothing.
        assert!(trace(&["-X", "sasl.password=pw-anchor-5562", "--brokers", "k:9092"], Some((brokers, false))).is_ok());
        let url = "grpc-url = \"https://evil.example\"\n";
        let err = trace(&["--grpc-token", "tok-8812"], Some((url, false))).unwrap_err().0;
        assert!(err.contains("`grpc-url`"), "{err}");
        let anchor = "[kafka]\n\"ssl.ca.location\" = \"./their-ca.pem\"\n";
        assert!(trace(&["-X", "sasl.password=pw-anchor-5562"], Some((anchor, false))).is_err());
        assert!(trace(&[], Some((anchor, false))).is_ok());
        let plaintext = "[kafka]\n\"security.protocol\" = \"SASL_PLAINTEXT\"\n";
        assert!(trace(&["-X", "sasl.password=pw-anchor-5562"], Some((plaintext, false))).is_err());
    }

    #[test]
    fn a_bearer_token_is_never_sent_in_clear_text_off_this_machine() {
        let err = trace(&["--grpc-url", "http://10.1.2.3:50051", "--grpc-token", "tok-991"], None).unwrap_err().0;
        assert!(err.contains("https://") && !err.contains("tok-991"), "{err}");
        for url in ["http://127.0.0.1:50051", "http://localhost:1", "http://[::1]:50051", "https://leases.example"] {
            assert!(trace(&["--grpc-url", url, "--grpc-token", "tok-loopback-5561"], None).is_ok(), "{url}");
        }
        assert!(!is_loopback_url("http://127.0.0.1.evil.example:1"));
        assert!(!is_loopback_url("http://localhost@evil.example:1"));
    }

    #[test]
    fn a_stray_space_after_a_secret_property_is_registered_before_parsing() {
        let argv: Vec<String> =
            ["rentflow-doctor", "trace", "-X", "sasl.password=", "stray-5531", "--grpc-token=tok-5532"]
                .iter()
                .map(|s| s.to_string())
                .collect();
        register_secrets_in(&argv);
        assert_eq!(secrets::redact("stray-5531 tok-5532"), "*** ***");
    }
}
