//! Secrets never reach output: every value that came from a secret setting is registered
//! here, and everything the doctor writes (stdout, stderr, report files) passes through
//! [`redact`] at the edge.
//!
//! Redacting at the edge, rather than trusting each message to leave secrets out, also
//! covers text the doctor does not control: librdkafka's error strings can quote a
//! configuration value verbatim.

use std::borrow::Cow;
use std::sync::{Mutex, OnceLock};

/// What a secret is replaced with.
pub const MASK: &str = "***";

/// librdkafka properties whose values are secret. A Kerberos ticket command may carry a
/// password (`echo … | kinit`), so `sasl.kerberos.kinit.cmd` is one.
const SECRET_PROPERTY_MARKERS: [&str; 7] =
    ["password", "secret", "token", "ssl.key.pem", "sasl.oauthbearer.config", "ssl_key", "kinit.cmd"];

fn registry() -> &'static Mutex<Vec<String>> {
    static SECRETS: OnceLock<Mutex<Vec<String>>> = OnceLock::new();
    SECRETS.get_or_init(|| Mutex::new(Vec::new()))
}

/// Properties that match a marker but name a place, not a secret: an error that says which
/// token endpoint failed must be able to show it. A password in such a URL's `user:password@`
/// is still masked by [`redact`].
const NOT_SECRET_PROPERTIES: [&str; 1] = ["sasl.oauthbearer.token.endpoint.url"];

/// Whether a librdkafka property (`sasl.password`, `ssl.key.password`, …) holds a secret.
pub fn is_secret_property(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    !NOT_SECRET_PROPERTIES.contains(&key.as_str()) && SECRET_PROPERTY_MARKERS.iter().any(|marker| key.contains(marker))
}

/// Registers a secret value so that [`redact`] masks it from now on.
/// Values shorter than 3 characters are masked too, but only as whole words would be
/// guesswork; they are registered like any other.
pub fn register(value: &str) {
    if value.is_empty() {
        return;
    }
    let mut secrets = registry().lock().unwrap_or_else(|poison| poison.into_inner());
    // Redaction runs on rendered text: a secret with `"`, `\\` or `&` in it is written
    // escaped in JSON, SARIF and JUnit, so its escaped forms are secrets too.
    for form in [value.to_string(), json_escaped(value), xml_escaped(value)] {
        if !secrets.contains(&form) {
            secrets.push(form);
        }
    }
    // Longest first, so a secret that contains another is masked whole.
    secrets.sort_by_key(|s| std::cmp::Reverse(s.len()));
}

fn json_escaped(value: &str) -> String {
    let quoted = serde_json::to_string(value).unwrap_or_default();
    quoted.trim_matches('"').to_string()
}

/// The form the JUnit writer (quick-junit, through quick-xml) gives the value in XML.
fn xml_escaped(value: &str) -> String {
    quick_xml::escape::escape(value).into_owned()
}

/// Replaces every registered secret in `text` with [`MASK`].
pub fn redact(text: &str) -> Cow<'_, str> {
    let secrets = registry().lock().unwrap_or_else(|poison| poison.into_inner());
    if !secrets.iter().any(|secret| text.contains(secret.as_str())) {
        return Cow::Borrowed(text);
    }
    let mut out = text.to_string();
    for secret in secrets.iter() {
        out = out.replace(secret.as_str(), MASK);
    }
    Cow::Owned(out)
}

/// Words that, as an option or a `key=value` name, introduce a credential.
const CREDENTIAL_WORDS: [&str; 8] =
    ["password", "passwd", "secret", "token", "apikey", "api-key", "api_key", "credential"];

fn names_a_credential(name: &str) -> bool {
    let name = name.trim_start_matches('-').to_ascii_lowercase();
    !name.is_empty() && CREDENTIAL_WORDS.iter().any(|word| name.contains(word))
}

/// The credentials a free-form text (a command line, a log line) carries: values of
/// `--password X`, `--token=X`, `password=X`, `secret: X`, `Bearer X`, and the password of
/// a URL's `user:password@`.
pub fn credentials_in(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let words: Vec<&str> = text.split_whitespace().collect();
    for (index, word) in words.iter().enumerate() {
        let word = word.trim_matches(|c| c == '"' || c == '\'' || c == ',');
        if let Some((name, value)) = word.split_once(['=', ':'])
            && names_a_credential(name)
            && !value.is_empty()
            && !value.starts_with("//")
        {
            found.push(value.trim_matches(|c| c == '"' || c == '\'').to_string());
            continue;
        }
        let next = words.get(index + 1).map(|w| w.trim_matches(|c| c == '"' || c == '\''));
        let is_option = word.starts_with('-') || word.ends_with(':') || word.eq_ignore_ascii_case("bearer");
        if is_option
            && (names_a_credential(word.trim_end_matches(':')) || word.eq_ignore_ascii_case("bearer"))
            && let Some(next) = next
            && !next.is_empty()
            && !next.starts_with('-')
        {
            found.push(next.to_string());
        }
        if let Some((_, rest)) = word.split_once("://")
            && let Some((userinfo, _)) = rest.split_once('@')
            && let Some((_, password)) = userinfo.split_once(':')
            && !password.is_empty()
        {
            found.push(password.to_string());
        }
    }
    found
}

/// Registers the credentials a text carries (see [`credentials_in`]).
pub fn register_credentials_in(text: &str) {
    for credential in credentials_in(text) {
        register(&credential);
    }
}

/// `text` with the credentials it carries masked, and every registered secret too.
pub fn mask_credentials(text: &str) -> Cow<'_, str> {
    let found = credentials_in(text);
    if found.is_empty() {
        return redact(text);
    }
    let mut out = text.to_string();
    for credential in found {
        out = out.replace(&credential, MASK);
    }
    Cow::Owned(redact(&out).into_owned())
}

/// A secret value: usable by the code that needs it, masked in `Debug` and `Display`.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps and registers a secret.
    pub fn new(value: impl Into<String>) -> Secret {
        let value = value.into();
        register(&value);
        Secret(value)
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(MASK)
    }
}

impl std::fmt::Display for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(MASK)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registered_values_are_masked_everywhere_in_a_text() {
        register("hunter2-redact-test");
        let text = "Invalid value \"hunter2-redact-test\" for property sasl.password (hunter2-redact-test)";
        let redacted = redact(text);
        // Other tests register secrets in the same process-wide registry, so only this
        // test's own value is asserted on.
        assert!(!redacted.contains("hunter2"), "{redacted}");
        assert!(redacted.contains(MASK), "{redacted}");
    }

    #[test]
    fn escaped_forms_are_masked_too() {
        register("pa\"ss&\\word-escape-test");
        let json = serde_json::json!({ "message": "login with pa\"ss&\\word-escape-test failed" }).to_string();
        assert!(!redact(&json).contains("escape-test"), "{json}");
        let xml = "<failure message=\"pa&quot;ss&amp;\\word-escape-test\"/>";
        assert!(!redact(xml).contains("escape-test"), "{xml}");
    }

    #[test]
    fn credentials_in_commands_and_log_lines_are_found() {
        for (text, secret) in [
            ("kubectl logs --token=kt-1 deploy/x", "kt-1"),
            ("curl -H 'Authorization: Bearer bt-2' https://x", "bt-2"),
            ("docker logs --password pw-3 c", "pw-3"),
            ("connecting with sasl.password=pw-4 to kafka", "pw-4"),
            ("fetch https://user:up-5@logs.example/consumer", "up-5"),
            ("api_key: ak-6", "ak-6"),
        ] {
            assert!(credentials_in(text).contains(&secret.to_string()), "{text}: {:?}", credentials_in(text));
            assert!(!mask_credentials(text).contains(secret), "{text}");
        }
        assert!(credentials_in("docker logs rentflow-django-consumer --since 5m").is_empty());
    }

    #[test]
    fn text_without_secrets_is_not_copied() {
        // Every character is a secret only if a test registered one; a text of a character
        // no test uses stays borrowed.
        assert!(matches!(redact("§§§"), Cow::Borrowed(_)));
    }

    #[test]
    fn secret_debug_and_display_are_masked() {
        let secret = Secret::new("s3cr3t-debug-test");
        assert_eq!(format!("{secret:?} {secret}"), "*** ***");
        assert_eq!(secret.expose(), "s3cr3t-debug-test");
    }

    #[test]
    fn secret_properties_are_recognised() {
        let secret = ["sasl.password", "ssl.key.password", "SASL.PASSWORD", "sasl.oauthbearer.config", "ssl.key.pem"];
        for key in secret.into_iter().chain(["sasl.oauthbearer.client.secret", "sasl.kerberos.kinit.cmd"]) {
            assert!(is_secret_property(key), "{key}");
        }
        for key in ["sasl.username", "security.protocol", "bootstrap.servers", "sasl.oauthbearer.token.endpoint.url"] {
            assert!(!is_secret_property(key), "{key}");
        }
    }
}
