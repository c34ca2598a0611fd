//! Consumer-group descriptions from ListGroups + DescribeGroups.
//!
//! rdkafka's safe `fetch_group_list` hides the answering broker (the group's coordinator)
//! and each group's error code, and panics on non-UTF-8 strings. This module calls
//! `rd_kafka_list_groups` itself, copies everything out lossily and frees the list.

use std::ffi::{CStr, CString, c_char};
use std::time::Duration;

use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka_sys as sys;
use serde::{Deserialize, Serialize};

use super::{DoctorContext, KafkaFailure};

/// A group as its coordinator describes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupDescription {
    pub group: String,
    /// Stable, Empty, Dead, PreparingRebalance, CompletingRebalance, or what the broker says.
    pub state: String,
    pub protocol_type: String,
    /// The assignor (range, roundrobin, cooperative-sticky…).
    pub protocol: String,
    /// The broker that answered: the group's coordinator, as `id@host:port`.
    pub coordinator: String,
    pub members: Vec<Member>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    pub member_id: String,
    pub client_id: String,
    pub host: String,
    /// Partitions assigned to this member, per topic; empty when the broker does not say.
    pub assignment: Vec<(String, Vec<i32>)>,
}

impl GroupDescription {
    /// Whether offsets may be changed from outside (see [`offsets_may_change`]).
    pub fn is_inactive(&self) -> bool {
        offsets_may_change(&self.state, self.members.len())
    }
}

/// Kafka accepts a commit from a non-member only while the group has no members and is
/// Empty, or Dead / unknown to the coordinator (`unknown` is how the doctor reports a group
/// the coordinator does not know). Every decision to change offsets uses this one rule.
pub fn offsets_may_change(state: &str, members: usize) -> bool {
    members == 0 && matches!(state, "Empty" | "Dead" | "" | "unknown")
}

fn lossy(ptr: *const c_char) -> String {
    if ptr.is_null() {
        return String::new();
    }
    // SAFETY: librdkafka hands out NUL-terminated strings that live as long as the list.
    unsafe { CStr::from_ptr(ptr) }.to_string_lossy().into_owned()
}

fn bytes<'a>(ptr: *const std::ffi::c_void, len: i32) -> &'a [u8] {
    if ptr.is_null() || len <= 0 {
        return &[];
    }
    // SAFETY: librdkafka's member arrays are `len` bytes long and live as long as the list.
    unsafe { std::slice::from_raw_parts(ptr as *const u8, len as usize) }
}

/// Lists (and describes) groups; with `only`, just that group (an empty result means the
/// cluster does not know it).
pub fn list(
    consumer: &BaseConsumer<DoctorContext>,
    only: Option<&str>,
    timeout: Duration,
    brokers: &str,
) -> Result<Vec<GroupDescription>, KafkaFailure> {
    let operation = match only {
        Some(group) => format!("describing group `{group}`"),
        None => "listing groups".to_string(),
    };
    let wanted = only.map(CString::new).transpose().map_err(|_| KafkaFailure::Failed {
        operation: operation.clone(),
        brokers: brokers.to_string(),
        reason: "group id contains a NUL byte".to_string(),
    })?;
    let mut raw: *const sys::rd_kafka_group_list = std::ptr::null();
    let timeout_ms = i32::try_from(timeout.as_millis()).unwrap_or(i32::MAX).max(1);
    // SAFETY: the handle is valid for the call; `raw` is only read when librdkafka set it.
    let code = unsafe {
        sys::rd_kafka_list_groups(
            consumer.client().native_ptr(),
            wanted.as_ref().map_or(std::ptr::null(), |c| c.as_ptr()),
            &mut raw,
            timeout_ms,
        )
    };
    let partial = code == sys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR__PARTIAL;
    if code != sys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR && !partial {
        let error = rdkafka::error::KafkaError::GroupListFetch(code.into());
        return Err(super::failure(&operation, brokers, timeout, &error));
    }
    if raw.is_null() {
        return Ok(Vec::new());
    }
    let mut groups = Vec::new();
    let mut refused = None;
    // SAFETY: `raw` points to a list librdkafka allocated; destroyed below, after copying.
    unsafe {
        let list = &*raw;
        let entries: &[sys::rd_kafka_group_info] = if list.groups.is_null() || list.group_cnt <= 0 {
            &[]
        } else {
            std::slice::from_raw_parts(list.groups, list.group_cnt as usize)
        };
        for entry in entries {
            if entry.err == sys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_GROUP_ID_NOT_FOUND {
                // Newer coordinators answer an unknown group this way: it is absent.
                continue;
            }
            if entry.err != sys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
                // The coordinator would not describe it (loading, moved, another protocol).
                // Never mistake that for "unknown": an unknown group may be reset, this one
                // may have members.
                let code: rdkafka::types::RDKafkaErrorCode = entry.err.into();
                refused = Some(format!("group `{}`: {code}", lossy(entry.group)));
                continue;
            }
            let members: &[sys::rd_kafka_group_member_info] = if entry.members.is_null() || entry.member_cnt <= 0 {
                &[]
            } else {
                std::slice::from_raw_parts(entry.members, entry.member_cnt as usize)
            };
            groups.push(GroupDescription {
                group: lossy(entry.group),
                state: lossy(entry.state),
                protocol_type: lossy(entry.protocol_type),
                protocol: lossy(entry.protocol),
                coordinator: format!("{}@{}:{}", entry.broker.id, lossy(entry.broker.host), entry.broker.port),
                members: members
                    .iter()
                    .map(|m| Member {
                        member_id: lossy(m.member_id),
                        client_id: lossy(m.client_id),
                        host: lossy(m.client_host),
                        assignment: parse_assignment(bytes(m.member_assignment, m.member_assignment_size)),
                    })
                    .collect(),
            });
        }
        sys::rd_kafka_group_list_destroy(raw);
    }
    if partial && groups.is_empty() {
        return Err(KafkaFailure::TimedOut { operation, brokers: brokers.to_string(), timeout });
    }
    if let (Some(reason), Some(_)) = (refused, only)
        && groups.is_empty()
    {
        return Err(KafkaFailure::Failed { operation, brokers: brokers.to_string(), reason });
    }
    groups.sort_by(|a, b| a.group.cmp(&b.group));
    Ok(groups)
}

/// Every offset the group has committed, on every topic (ListConsumerGroupOffsets with no
/// partition list: OffsetFetch for all of the group's partitions). Unlike reading offsets
/// for the partitions metadata lists, this also covers topics the doctor may not describe —
/// exactly what deleting the group would remove.
pub fn all_committed(
    consumer: &BaseConsumer<DoctorContext>,
    group: &str,
    timeout: Duration,
    brokers: &str,
) -> Result<std::collections::BTreeMap<(String, i32), i64>, KafkaFailure> {
    let operation = format!("listing every committed offset of group `{group}`");
    let failed =
        |reason: String| KafkaFailure::Failed { operation: operation.clone(), brokers: brokers.to_string(), reason };
    let group_c = CString::new(group).map_err(|_| failed("group id contains a NUL byte".to_string()))?;
    let timeout_ms = i32::try_from(timeout.as_millis()).unwrap_or(i32::MAX).max(1);
    let rk = consumer.client().native_ptr();
    let mut found = std::collections::BTreeMap::new();
    // SAFETY: every object created here is destroyed before returning; the result's strings
    // and lists are read only while the event that owns them lives.
    unsafe {
        let mut request = sys::rd_kafka_ListConsumerGroupOffsets_new(group_c.as_ptr(), std::ptr::null());
        let options =
            sys::rd_kafka_AdminOptions_new(rk, sys::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPOFFSETS);
        let mut errstr = [0 as c_char; 256];
        sys::rd_kafka_AdminOptions_set_request_timeout(options, timeout_ms, errstr.as_mut_ptr(), errstr.len());
        let queue = sys::rd_kafka_queue_new(rk);
        sys::rd_kafka_ListConsumerGroupOffsets(rk, &mut request, 1, options, queue);
        sys::rd_kafka_ListConsumerGroupOffsets_destroy(request);
        sys::rd_kafka_AdminOptions_destroy(options);
        let event = sys::rd_kafka_queue_poll(queue, timeout_ms);
        sys::rd_kafka_queue_destroy(queue);
        if event.is_null() {
            return Err(KafkaFailure::TimedOut { operation, brokers: brokers.to_string(), timeout });
        }
        let outcome = (|| {
            if sys::rd_kafka_event_error(event) != sys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
                return Err(failed(lossy(sys::rd_kafka_event_error_string(event))));
            }
            let result = sys::rd_kafka_event_ListConsumerGroupOffsets_result(event);
            if result.is_null() {
                return Err(failed("the broker's answer carried no result".to_string()));
            }
            let mut count = 0usize;
            let groups = sys::rd_kafka_ListConsumerGroupOffsets_result_groups(result, &mut count);
            let groups: &[*const sys::rd_kafka_group_result_t] =
                if groups.is_null() || count == 0 { &[] } else { std::slice::from_raw_parts(groups, count) };
            for &group_result in groups {
                let error = sys::rd_kafka_group_result_error(group_result);
                if !error.is_null() {
                    return Err(failed(lossy(sys::rd_kafka_error_string(error))));
                }
                let list = sys::rd_kafka_group_result_partitions(group_result);
                if list.is_null() {
                    continue;
                }
                let list = &*list;
                let elements: &[sys::rd_kafka_topic_partition_t] = if list.elems.is_null() || list.cnt <= 0 {
                    &[]
                } else {
                    std::slice::from_raw_parts(list.elems, list.cnt as usize)
                };
                for element in elements {
                    if element.err != sys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
                        let code: rdkafka::types::RDKafkaErrorCode = element.err.into();
                        return Err(failed(format!("{}:{}: {code}", lossy(element.topic), element.partition)));
                    }
                    if element.offset >= 0 {
                        found.insert((lossy(element.topic), element.partition), element.offset);
                    }
                }
            }
            Ok(())
        })();
        sys::rd_kafka_event_destroy(event);
        outcome?;
    }
    Ok(found)
}

/// Parses a consumer protocol assignment (version, [topic, [partition]], user data).
/// Anything malformed yields what was read so far: the description is informational.
pub fn parse_assignment(bytes: &[u8]) -> Vec<(String, Vec<i32>)> {
    let mut reader = Reader { bytes, at: 0 };
    let mut topics = Vec::new();
    let Some(_version) = reader.i16() else { return topics };
    let Some(count) = reader.i32() else { return topics };
    for _ in 0..count.clamp(0, 10_000) {
        let Some(topic) = reader.string() else { break };
        let Some(partitions) = reader.i32() else { break };
        let mut ids = Vec::new();
        for _ in 0..partitions.clamp(0, 100_000) {
            match reader.i32() {
                Some(id) => ids.push(id),
                None => break,
            }
        }
        topics.push((topic, ids));
    }
    topics
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        let end = self.at.checked_add(n)?;
        let slice = self.bytes.get(self.at..end)?;
        self.at = end;
        Some(slice)
    }
    fn i16(&mut self) -> Option<i16> {
        self.take(2).map(|b| i16::from_be_bytes([b[0], b[1]]))
    }
    fn i32(&mut self) -> Option<i32> {
        self.take(4).map(|b| i32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn string(&mut self) -> Option<String> {
        let len = usize::try_from(self.i16()?).ok()?;
        self.take(len).map(|b| String::from_utf8_lossy(b).into_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assignment_bytes_parse_into_topics_and_partitions() {
        let mut bytes = vec![0, 1, 0, 0, 0, 1, 0, 12];
        bytes.extend_from_slice(b"lease-events");
        bytes.extend_from_slice(&[0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0]);
        assert_eq!(parse_assignment(&bytes), vec![("lease-events".to_string(), vec![0, 2])]);
    }

    #[test]
    fn malformed_assignment_bytes_do_not_panic() {
        assert!(parse_assignment(&[]).is_empty());
        assert!(parse_assignment(&[0, 1, 0, 0, 0, 9, 0, 200]).is_empty());
        assert_eq!(
            parse_assignment(&[0, 1, 0, 0, 0, 1, 0, 1, b'x', 0, 0, 0, 5, 0, 0]),
            vec![("x".to_string(), vec![])]
        );
    }

    #[test]
    fn only_empty_or_dead_groups_without_members_are_inactive() {
        let mut group = GroupDescription {
            group: "g".into(),
            state: "Empty".into(),
            protocol_type: "consumer".into(),
            protocol: String::new(),
            coordinator: String::new(),
            members: vec![],
        };
        assert!(group.is_inactive());
        group.state = "Stable".into();
        assert!(!group.is_inactive());
        group.state = "Dead".into();
        assert!(group.is_inactive());
        group.members.push(Member {
            member_id: "m".into(),
            client_id: String::new(),
            host: String::new(),
            assignment: vec![],
        });
        assert!(!group.is_inactive());
    }
}
