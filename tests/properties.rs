//! Properties over untrusted input, run in the normal suite: whatever config file, record,
//! assignment bytes, snapshot or `--to` value arrives, parsing answers (Ok or a clear Err)
//! and never panics; and what the doctor computes from valid input holds its invariants.
//! The same inputs are fuzzed without bounds by the targets in `fuzz/`.

use std::time::Duration;

use proptest::prelude::*;
use rentflow_doctor::clock::Started;
use rentflow_doctor::config::file::FileConfig;
use rentflow_doctor::group::csv_plan;
use rentflow_doctor::group::snapshot::Snapshot;
use rentflow_doctor::group::target::{self, Target, TopicScope};
use rentflow_doctor::kafka::PartitionOffsets;
use rentflow_doctor::trace::latency::{self, Latency, Moments};
use rentflow_doctor::trace::matching::{MatchedBy, Pending};

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn any_config_file_parses_or_errors(text in ".{0,400}") {
        let _ = FileConfig::parse(&text);
    }

    #[test]
    fn config_files_made_of_known_keys_parse_or_name_the_problem(
        key in prop::sample::select(vec!["brokers", "grpc-url", "timeout", "count", "color", "kafka", "check", "bogus"]),
        value in prop_oneof![".{0,20}".prop_map(|s| format!("{s:?}")), any::<i64>().prop_map(|n| n.to_string()), Just("[1, 2]".to_string())],
    ) {
        match FileConfig::parse(&format!("{key} = {value}\n")) {
            Ok(_) => {}
            Err(message) => prop_assert!(!message.is_empty()),
        }
    }

    #[test]
    fn any_record_is_handled_without_panic(key in prop::collection::vec(any::<u8>(), 0..64), value in prop::collection::vec(any::<u8>(), 0..512)) {
        let mut pending: Pending<()> = Pending::new("/lease_id");
        pending.insert("L-1", ());
        let _ = pending.take_match(Some(&key), Some(&value));
        let _ = pending.take_match(None, Some(&value));
    }

    #[test]
    fn a_waiting_lease_id_is_found_by_key_or_field_among_any_other_fields(
        lease_id in "[A-Za-z0-9-]{1,40}",
        others in prop::collection::btree_map("[a-z_]{1,8}", "[ -~]{0,20}", 0..6),
        by_key in any::<bool>(),
    ) {
        let mut pending: Pending<u8> = Pending::new("/lease_id");
        pending.insert(&lease_id, 7);
        let mut value = serde_json::Map::new();
        for (name, text) in &others {
            if name != "lease_id" {
                value.insert(name.clone(), serde_json::Value::String(text.clone()));
            }
        }
        value.insert("lease_id".to_string(), serde_json::Value::String(lease_id.clone()));
        let bytes = serde_json::to_vec(&value).unwrap();
        let key = if by_key { lease_id.as_bytes().to_vec() } else { b"another-key".to_vec() };
        let found = pending.take_match(Some(&key), Some(&bytes));
        prop_assert_eq!(found, Some((if by_key { MatchedBy::Key } else { MatchedBy::Field }, 7)));
        prop_assert!(pending.is_empty());
    }

    #[test]
    fn a_record_for_another_lease_never_matches(
        waiting in "[A-Z]-[0-9]{1,6}",
        other in "[a-z]-[0-9]{1,6}",
    ) {
        let mut pending: Pending<()> = Pending::new("/lease_id");
        pending.insert(&waiting, ());
        let value = serde_json::json!({ "lease_id": other, "note": format!("not {waiting}") });
        prop_assert_eq!(pending.take_match(Some(other.as_bytes()), Some(&serde_json::to_vec(&value).unwrap())), None);
        prop_assert_eq!(pending.len(), 1);
    }

    #[test]
    fn any_text_as_a_reset_plan_parses_without_panic(text in "[a-z0-9,\"\r\n -]{0,256}") {
        let _ = csv_plan::parse(&text);
    }

    #[test]
    fn written_reset_plans_read_back(
        group in "[ -~]{1,20}",
        offsets in prop::collection::btree_map(("[a-z.-]{1,20}", 0i32..10_000), 0i64..1_000_000, 1..20),
    ) {
        let lines = csv_plan::parse(&csv_plan::write_with_group(&group, &offsets)).unwrap();
        let read: std::collections::BTreeMap<(String, i32), i64> =
            lines.iter().map(|line| ((line.topic.clone(), line.partition), line.offset)).collect();
        prop_assert!(lines.iter().all(|line| line.group.as_deref() == Some(group.as_str())));
        prop_assert_eq!(read, offsets);
    }

    #[test]
    fn any_snapshot_text_is_checked_without_panic(text in ".{0,300}") {
        let _ = Snapshot::parse(&text, std::path::Path::new("x.offsets.json"));
    }

    #[test]
    fn any_target_or_scope_text_parses_or_errors(text in ".{0,40}") {
        let _ = Target::parse(&text);
        let _ = TopicScope::parse(&text);
        let _ = rentflow_doctor::units::parse_duration(&text);
    }

    #[test]
    fn any_number_as_a_duration_parses_or_errors(text in "-?[0-9]{1,30}(\\.[0-9]{0,8})?(e[0-9]{1,3})?") {
        let _ = rentflow_doctor::units::parse_duration(&text);
    }

    #[test]
    fn clamped_targets_stay_inside_the_log(start in 0i64..1_000_000, len in 0i64..1_000_000, requested in any::<i64>()) {
        let log = PartitionOffsets { partition: 0, log_start: start, log_end: start + len };
        let planned = target::clamp(&log, requested);
        let offset = planned.offset.unwrap();
        prop_assert!(log.log_start <= offset && offset <= log.log_end);
        prop_assert_eq!(planned.adjustment.is_none(), offset == requested);
    }

    #[test]
    fn hops_never_go_negative_and_add_up_or_report_skew(
        record_offset_ms in -10_000.0f64..10_000.0,
        answer_ms in 0u64..500,
        seen_ms in 0u64..500,
        commit_ms in 0u64..5_000,
    ) {
        let anchor = Started::now();
        let sent = anchor.instant() + Duration::from_millis(5);
        let seen = sent + Duration::from_millis(seen_ms);
        let moments = Moments {
            sent,
            answered: sent + Duration::from_millis(answer_ms),
            record_timestamp_ms: Some((anchor.wall_ms_at(sent) + record_offset_ms).floor() as i64),
            seen: Some(seen),
            committed: Some(seen + Duration::from_millis(commit_ms)),
        };
        let hops = latency::record_hops(&anchor, &moments).unwrap();
        match (hops.publish, hops.watch, hops.consume) {
            (Latency::Measured(publish), Some(Latency::Measured(watch)), Some(Latency::Measured(consume))) => {
                prop_assert!(publish >= 0.0 && watch >= 0.0 && consume >= 0.0);
                prop_assert!((publish + consume - latency::total_ms(&moments)).abs() < 1e-6);
                prop_assert!(watch <= consume + 1e-6);
            }
            (Latency::ClockSkew(skew), Some(Latency::ClockSkew(_)), Some(Latency::ClockSkew(_))) => {
                prop_assert!(skew.abs() > latency::TIMESTAMP_TOLERANCE_MS);
            }
            other => prop_assert!(false, "mixed hops {:?}", other),
        }
    }
}
