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

/// librdkafka properties whose values are secret.
const SECRET_PROPERTY_MARKERS: [&str; 6] =
    ["password", "secret", "token", "ssl.key.pem", "sasl.oauthbearer.config", "ssl_key"];

fn registry() -> &'static Mutex<Vec<String>> {
    static SECRETS: OnceLock<Mutex<Vec<String>>> = OnceLock::new();
    SECRETS.get_or_init(|| Mutex::new(Vec::new()))
}

/// Whether a librdkafka property (`sasl.password`, `ssl.key.password`, …) holds a secret.
pub fn is_secret_property(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    SECRET_PROPERTY_MARKERS.iter().any(|marker| key.contains(marker))
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

fn xml_escaped(value: &str) -> String {
    value.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&apos;")
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
        assert!(!redacted.contains("hunter2"));
        assert_eq!(redacted.matches(MASK).count(), 2);
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
    fn text_without_secrets_is_not_copied() {
        assert!(matches!(redact("nothing to hide here"), Cow::Borrowed(_)));
    }

    #[test]
    fn secret_debug_and_display_are_masked() {
        let secret = Secret::new("s3cr3t-debug-test");
        assert_eq!(format!("{secret:?} {secret}"), "*** ***");
        assert_eq!(secret.expose(), "s3cr3t-debug-test");
    }

    #[test]
    fn secret_properties_are_recognised() {
        for key in ["sasl.password", "ssl.key.password", "SASL.PASSWORD", "sasl.oauthbearer.config", "ssl.key.pem"] {
            assert!(is_secret_property(key), "{key}");
        }
        for key in ["sasl.username", "security.protocol", "bootstrap.servers"] {
            assert!(!is_secret_property(key), "{key}");
        }
    }
}
