//! Deciding whether a record on the topic is the probe's event.
//!
//! A record matches when its key is the lease id, or when its JSON value holds the lease id
//! at the configured JSON pointer. Real topics carry other services' records, extra fields,
//! headers, non-UTF-8 keys and values that are not JSON; none of that may stop the watcher.
//!
//! Every record on the topic passes through here while a trace watches, so the cost must
//! not grow with the number of probes in flight: the key is one hash lookup, and a value is
//! parsed only when it contains the pointer's field name (one SIMD scan with a searcher
//! built once); the field's value is then one more hash lookup.

use std::collections::HashMap;

use serde_json::Value;

/// How a record was recognised as the event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum MatchedBy {
    Key,
    Field,
}

/// The lease ids being waited for, each with what to do on a match.
pub struct Pending<T> {
    pointer: String,
    /// Finds `"<last pointer token>"`: a value without it cannot hold the field.
    field_name: Option<memchr::memmem::Finder<'static>>,
    waiting: HashMap<Vec<u8>, T>,
}

impl<T> std::fmt::Debug for Pending<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pending").field("pointer", &self.pointer).field("waiting", &self.waiting.len()).finish()
    }
}

/// The quoted last token of a JSON pointer (`/data/lease_id` → `"lease_id"`), unescaped.
/// A producer could write the key with JSON escapes (`"lease\u005fid"`); none do for
/// plain ASCII names, and the prefilter would only miss such a record, never mis-match.
fn quoted_last_token(pointer: &str) -> Option<Vec<u8>> {
    let token = pointer.rsplit('/').next()?.replace("~1", "/").replace("~0", "~");
    if token.is_empty() || token.parse::<usize>().is_ok() {
        // An array index is not a key: no prefilter.
        return None;
    }
    Some(format!("\"{token}\"").into_bytes())
}

impl<T> Pending<T> {
    /// `pointer` is a JSON pointer (`/lease_id`); empty means match by key only.
    pub fn new(pointer: &str) -> Pending<T> {
        let field_name = quoted_last_token(pointer).map(|needle| memchr::memmem::Finder::new(&needle).into_owned());
        Pending { pointer: pointer.to_string(), field_name, waiting: HashMap::new() }
    }

    pub fn insert(&mut self, lease_id: &str, value: T) {
        self.waiting.insert(lease_id.as_bytes().to_vec(), value);
    }

    pub fn remove(&mut self, lease_id: &str) -> Option<T> {
        self.waiting.remove(lease_id.as_bytes())
    }

    pub fn is_empty(&self) -> bool {
        self.waiting.is_empty()
    }

    pub fn len(&self) -> usize {
        self.waiting.len()
    }

    /// Takes out the entry this record matches, if any.
    pub fn take_match(&mut self, key: Option<&[u8]>, value: Option<&[u8]>) -> Option<(MatchedBy, T)> {
        if let Some(key) = key
            && let Some(found) = self.waiting.remove(key)
        {
            return Some((MatchedBy::Key, found));
        }
        let value = value?;
        if self.pointer.is_empty() || self.waiting.is_empty() {
            return None;
        }
        if let Some(field_name) = &self.field_name
            && field_name.find(value).is_none()
        {
            return None;
        }
        let field = field_at(value, &self.pointer)?;
        self.waiting.remove(field.as_bytes()).map(|found| (MatchedBy::Field, found))
    }
}

/// The value at a JSON pointer, as text (strings as they are, numbers as written), or
/// `None` when the value is not JSON or has nothing there.
pub fn field_at(value: &[u8], pointer: &str) -> Option<String> {
    let parsed: Value = serde_json::from_slice(value).ok()?;
    match parsed.pointer(pointer)? {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pending(ids: &[&str]) -> Pending<usize> {
        let mut pending = Pending::new("/lease_id");
        for (n, id) in ids.iter().enumerate() {
            pending.insert(id, n);
        }
        pending
    }

    #[test]
    fn a_key_equal_to_the_lease_id_matches() {
        let mut p = pending(&["L-1"]);
        assert_eq!(p.take_match(Some(b"L-1"), Some(b"not json")), Some((MatchedBy::Key, 0)));
        assert!(p.is_empty());
    }

    #[test]
    fn the_json_field_matches_when_the_key_does_not() {
        let mut p = pending(&["L-1", "L-2"]);
        let value = br#"{"event_type":"LeaseTerminated","lease_id":"L-2","extra":{"nested":[1,2]}}"#;
        assert_eq!(p.take_match(Some(b"other"), Some(value)), Some((MatchedBy::Field, 1)));
        assert_eq!(p.len(), 1);
    }

    #[test]
    fn the_id_elsewhere_in_the_value_is_not_a_match() {
        let mut p = pending(&["L-1"]);
        let value = br#"{"lease_id":"L-9","reason":"replaces L-1"}"#;
        assert_eq!(p.take_match(None, Some(value)), None);
        assert_eq!(p.len(), 1);
    }

    #[test]
    fn a_custom_pointer_reaches_nested_fields() {
        let mut p: Pending<()> = Pending::new("/data/lease/id");
        p.insert("77", ());
        assert!(p.take_match(None, Some(br#"{"data":{"lease":{"id":77}}}"#)).is_some());
    }

    #[test]
    fn hostile_records_are_tolerated() {
        let mut p = pending(&["L-1"]);
        assert_eq!(p.take_match(Some(&[0xff, 0xfe, 0x00]), Some(&[0x80, 0x81])), None);
        assert_eq!(p.take_match(None, Some(b"L-1 but not json {")), None);
        assert_eq!(p.take_match(None, None), None);
        assert_eq!(p.take_match(None, Some(b"")), None);
        let big = vec![b'x'; 1 << 20];
        assert_eq!(p.take_match(None, Some(&big)), None);
        assert_eq!(p.len(), 1);
    }

    #[test]
    fn key_only_matching_ignores_values() {
        let mut p: Pending<()> = Pending::new("");
        p.insert("L-1", ());
        assert!(p.take_match(None, Some(br#"{"lease_id":"L-1"}"#)).is_none());
    }

    #[test]
    fn the_prefilter_names_the_pointers_last_key() {
        assert_eq!(quoted_last_token("/lease_id"), Some(b"\"lease_id\"".to_vec()));
        assert_eq!(quoted_last_token("/data/a~1b"), Some(b"\"a/b\"".to_vec()));
        assert_eq!(quoted_last_token("/items/0"), None);
        let mut p: Pending<()> = Pending::new("/items/0");
        p.insert("L-5", ());
        assert!(p.take_match(None, Some(br#"{"items":["L-5"]}"#)).is_some());
    }
}
