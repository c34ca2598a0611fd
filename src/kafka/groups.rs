//! Consumer groups as their coordinators describe them: ListConsumerGroups and
//! DescribeConsumerGroups through librdkafka's admin API, which covers both the classic
//! protocol (DescribeGroups) and the consumer protocol of KIP-848 (ConsumerGroupDescribe).
//!
//! rdkafka's safe wrappers have neither call, so this module calls librdkafka itself, copies
//! every string out lossily (a client id need not be UTF-8) and frees what it created.

use std::ffi::{CStr, CString, c_char};
use std::fmt;
use std::time::Duration;

use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka_sys as sys;
use serde::{Deserialize, Serialize};

use super::{DoctorContext, KafkaFailure};

/// A group's state, as the coordinator names it; what the doctor cannot name is kept as
/// said and never taken for an inactive group.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(from = "String", into = "String")]
pub enum GroupState {
    Stable,
    Empty,
    PreparingRebalance,
    CompletingRebalance,
    /// The group is gone (or, on older coordinators, was never there).
    Dead,
    /// The coordinator does not know the group: no members, no committed offsets.
    NotFound,
    /// A state the doctor does not know (the consumer protocol's Assigning or Reconciling,
    /// which librdkafka reports as `Unknown`): treated as active.
    Other(String),
}

impl GroupState {
    pub fn parse(text: &str) -> GroupState {
        match text {
            "Stable" => GroupState::Stable,
            "Empty" => GroupState::Empty,
            "PreparingRebalance" => GroupState::PreparingRebalance,
            "CompletingRebalance" => GroupState::CompletingRebalance,
            "Dead" => GroupState::Dead,
            "unknown" => GroupState::NotFound,
            other => GroupState::Other(other.to_string()),
        }
    }

    /// Kafka accepts a commit from a non-member only while the group has no members and is
    /// Empty, or Dead / unknown to the coordinator. Every decision to change offsets uses
    /// this one rule, whatever a broker would accept.
    pub fn allows_offset_changes(&self, members: usize) -> bool {
        members == 0 && matches!(self, GroupState::Empty | GroupState::Dead | GroupState::NotFound)
    }

    /// Whether the coordinator knows the group (it has members or committed offsets).
    pub fn is_known(&self) -> bool {
        !matches!(self, GroupState::Dead | GroupState::NotFound)
    }
}

impl fmt::Display for GroupState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            GroupState::Stable => "Stable",
            GroupState::Empty => "Empty",
            GroupState::PreparingRebalance => "PreparingRebalance",
            GroupState::CompletingRebalance => "CompletingRebalance",
            GroupState::Dead => "Dead",
            GroupState::NotFound => "unknown",
            GroupState::Other(text) => text,
        };
        f.write_str(text)
    }
}

impl From<String> for GroupState {
    fn from(text: String) -> GroupState {
        GroupState::parse(&text)
    }
}

impl From<GroupState> for String {
    fn from(state: GroupState) -> String {
        state.to_string()
    }
}

/// A group as its coordinator describes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupDescription {
    pub group: String,
    pub state: GroupState,
    /// `consumer` for groups of Kafka consumers; empty for groups that only ever had offsets
    /// committed (simple groups).
    pub protocol_type: String,
    /// Which rebalance protocol the group runs: `classic` or `consumer` (KIP-848).
    pub group_protocol: String,
    /// The assignor (range, roundrobin, cooperative-sticky, uniform…).
    pub protocol: String,
    /// The group's coordinator, as `id@host:port`.
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
    /// Whether offsets may be changed from outside (see [`GroupState::allows_offset_changes`]).
    pub fn is_inactive(&self) -> bool {
        self.state.allows_offset_changes(self.members.len())
    }
}

fn lossy(ptr: *const c_char) -> String {
    if ptr.is_null() {
        return String::new();
    }
    // SAFETY: librdkafka hands out NUL-terminated strings that live as long as their result.
    unsafe { CStr::from_ptr(ptr) }.to_string_lossy().into_owned()
}

/// Runs one admin request on its own queue and hands the result event to `read`, which
/// answers the value, or why not (`None`: the request timed out).
///
/// SAFETY (for callers): `send` must enqueue exactly one request on the queue it is given,
/// with the options it is given; `read` may only use the event while it runs.
unsafe fn admin_call<T>(
    consumer: &BaseConsumer<DoctorContext>,
    op: sys::rd_kafka_admin_op_t,
    timeout: Duration,
    operation: &str,
    brokers: &str,
    send: impl FnOnce(*mut sys::rd_kafka_t, *mut sys::rd_kafka_AdminOptions_t, *mut sys::rd_kafka_queue_t),
    read: impl FnOnce(*mut sys::rd_kafka_event_t) -> Result<T, Option<String>>,
) -> Result<T, KafkaFailure> {
    let timeout_ms = i32::try_from(timeout.as_millis()).unwrap_or(i32::MAX).max(1);
    let rk = consumer.client().native_ptr();
    // SAFETY: every object created here is destroyed before returning.
    unsafe {
        let options = sys::rd_kafka_AdminOptions_new(rk, op);
        let mut errstr = [0 as c_char; 256];
        sys::rd_kafka_AdminOptions_set_request_timeout(options, timeout_ms, errstr.as_mut_ptr(), errstr.len());
        let queue = sys::rd_kafka_queue_new(rk);
        send(rk, options, queue);
        sys::rd_kafka_AdminOptions_destroy(options);
        let event = sys::rd_kafka_queue_poll(queue, timeout_ms);
        sys::rd_kafka_queue_destroy(queue);
        if event.is_null() {
            return Err(KafkaFailure::TimedOut {
                operation: operation.to_string(),
                brokers: brokers.to_string(),
                timeout,
            });
        }
        let outcome = if sys::rd_kafka_event_error(event) != sys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
            let code = sys::rd_kafka_event_error(event);
            let reason = lossy(sys::rd_kafka_event_error_string(event));
            if code == sys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR__TIMED_OUT { Err(None) } else { Err(Some(reason)) }
        } else {
            read(event)
        };
        sys::rd_kafka_event_destroy(event);
        outcome.map_err(|reason| match reason {
            None => KafkaFailure::TimedOut { operation: operation.to_string(), brokers: brokers.to_string(), timeout },
            Some(reason) => {
                KafkaFailure::Failed { operation: operation.to_string(), brokers: brokers.to_string(), reason }
            }
        })
    }
}

/// Every group the cluster knows, of either protocol, described.
pub fn list(
    consumer: &BaseConsumer<DoctorContext>,
    timeout: Duration,
    brokers: &str,
) -> Result<Vec<GroupDescription>, KafkaFailure> {
    let started = std::time::Instant::now();
    // SAFETY: one ListConsumerGroups request; the listings are copied while the event lives.
    let ids = unsafe {
        admin_call(
            consumer,
            sys::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPS,
            timeout,
            "listing groups",
            brokers,
            |rk, options, queue| sys::rd_kafka_ListConsumerGroups(rk, options, queue),
            |event| {
                let result = sys::rd_kafka_event_ListConsumerGroups_result(event);
                if result.is_null() {
                    return Err(Some("the broker's answer carried no result".to_string()));
                }
                let mut count = 0usize;
                let listings = sys::rd_kafka_ListConsumerGroups_result_valid(result, &mut count);
                let listings: &[*const sys::rd_kafka_ConsumerGroupListing_t] =
                    if listings.is_null() || count == 0 { &[] } else { std::slice::from_raw_parts(listings, count) };
                Ok(listings
                    .iter()
                    .map(|&listing| lossy(sys::rd_kafka_ConsumerGroupListing_group_id(listing)))
                    .collect::<Vec<_>>())
            },
        )?
    };
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut groups = describe(consumer, &ids, timeout.saturating_sub(started.elapsed()), brokers)?;
    groups.sort_by(|a, b| a.group.cmp(&b.group));
    Ok(groups)
}

/// Describes groups (classic or consumer protocol). A group the coordinator does not know is
/// returned with state [`GroupState::NotFound`]; one it will not describe is an error — never
/// mistaken for unknown: an unknown group may be reset, this one may have members.
pub fn describe(
    consumer: &BaseConsumer<DoctorContext>,
    ids: &[String],
    timeout: Duration,
    brokers: &str,
) -> Result<Vec<GroupDescription>, KafkaFailure> {
    let operation = match ids {
        [one] => format!("describing group `{one}`"),
        _ => format!("describing {} groups", ids.len()),
    };
    let names: Vec<CString> =
        ids.iter().map(|id| CString::new(id.as_str())).collect::<Result<_, _>>().map_err(|_| KafkaFailure::Failed {
            operation: operation.clone(),
            brokers: brokers.to_string(),
            reason: "group id contains a NUL byte".to_string(),
        })?;
    let pointers: Vec<*const c_char> = names.iter().map(|name| name.as_ptr()).collect();
    // SAFETY: one DescribeConsumerGroups request for `pointers`, which outlive the call;
    // every description is copied while the event lives.
    unsafe {
        admin_call(
            consumer,
            sys::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_DESCRIBECONSUMERGROUPS,
            timeout,
            &operation,
            brokers,
            |rk, options, queue| {
                sys::rd_kafka_DescribeConsumerGroups(rk, pointers.as_ptr() as *mut _, pointers.len(), options, queue)
            },
            |event| {
                let result = sys::rd_kafka_event_DescribeConsumerGroups_result(event);
                if result.is_null() {
                    return Err(Some("the broker's answer carried no result".to_string()));
                }
                let mut count = 0usize;
                let found = sys::rd_kafka_DescribeConsumerGroups_result_groups(result, &mut count);
                let found: &[*const sys::rd_kafka_ConsumerGroupDescription_t] =
                    if found.is_null() || count == 0 { &[] } else { std::slice::from_raw_parts(found, count) };
                found.iter().map(|&group| copy_description(group)).collect()
            },
        )
    }
}

/// Copies one description out of librdkafka's result.
///
/// SAFETY: `group` must point into a result event that is still alive.
unsafe fn copy_description(
    group: *const sys::rd_kafka_ConsumerGroupDescription_t,
) -> Result<GroupDescription, Option<String>> {
    // SAFETY: per the function's contract.
    unsafe {
        let id = lossy(sys::rd_kafka_ConsumerGroupDescription_group_id(group));
        let error = sys::rd_kafka_ConsumerGroupDescription_error(group);
        if !error.is_null() {
            let code = sys::rd_kafka_error_code(error);
            if code == sys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_GROUP_ID_NOT_FOUND {
                return Ok(GroupDescription {
                    group: id,
                    state: GroupState::NotFound,
                    protocol_type: String::new(),
                    group_protocol: String::new(),
                    protocol: String::new(),
                    coordinator: String::new(),
                    members: Vec::new(),
                });
            }
            if code == sys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR__TIMED_OUT {
                // The coordinator did not answer in time (it may still be loading): a
                // deadline, not a description.
                return Err(None);
            }
            return Err(Some(format!("group `{id}`: {}", lossy(sys::rd_kafka_error_string(error)))));
        }
        let state = lossy(sys::rd_kafka_consumer_group_state_name(sys::rd_kafka_ConsumerGroupDescription_state(group)));
        let kind = sys::rd_kafka_ConsumerGroupDescription_type(group);
        let group_protocol = match kind {
            sys::rd_kafka_consumer_group_type_t::RD_KAFKA_CONSUMER_GROUP_TYPE_CONSUMER => "consumer",
            sys::rd_kafka_consumer_group_type_t::RD_KAFKA_CONSUMER_GROUP_TYPE_CLASSIC => "classic",
            _ => "",
        };
        let coordinator = sys::rd_kafka_ConsumerGroupDescription_coordinator(group);
        let coordinator = if coordinator.is_null() {
            String::new()
        } else {
            format!(
                "{}@{}:{}",
                sys::rd_kafka_Node_id(coordinator),
                lossy(sys::rd_kafka_Node_host(coordinator)),
                sys::rd_kafka_Node_port(coordinator)
            )
        };
        let simple = sys::rd_kafka_ConsumerGroupDescription_is_simple_consumer_group(group) != 0;
        let members = (0..sys::rd_kafka_ConsumerGroupDescription_member_count(group))
            .map(|index| {
                let member = sys::rd_kafka_ConsumerGroupDescription_member(group, index);
                let assignment = sys::rd_kafka_MemberDescription_assignment(member);
                let partitions = if assignment.is_null() {
                    std::ptr::null()
                } else {
                    sys::rd_kafka_MemberAssignment_partitions(assignment)
                };
                Member {
                    member_id: lossy(sys::rd_kafka_MemberDescription_consumer_id(member)),
                    client_id: lossy(sys::rd_kafka_MemberDescription_client_id(member)),
                    host: lossy(sys::rd_kafka_MemberDescription_host(member)),
                    assignment: by_topic(partitions),
                }
            })
            .collect();
        Ok(GroupDescription {
            group: id,
            // librdkafka names the consumer protocol's Assigning and Reconciling `Unknown`:
            // kept as said, which counts as active.
            state: if state.is_empty() { GroupState::Other("Unknown".to_string()) } else { GroupState::parse(&state) },
            protocol_type: if simple { String::new() } else { "consumer".to_string() },
            group_protocol: group_protocol.to_string(),
            protocol: lossy(sys::rd_kafka_ConsumerGroupDescription_partition_assignor(group)),
            coordinator,
            members,
        })
    }
}

/// A partition list grouped by topic, in order.
///
/// SAFETY: `list` is null or a live librdkafka partition list.
unsafe fn by_topic(list: *const sys::rd_kafka_topic_partition_list_t) -> Vec<(String, Vec<i32>)> {
    if list.is_null() {
        return Vec::new();
    }
    // SAFETY: per the function's contract.
    let elements: &[sys::rd_kafka_topic_partition_t] = unsafe {
        let list = &*list;
        if list.elems.is_null() || list.cnt <= 0 {
            &[]
        } else {
            std::slice::from_raw_parts(list.elems, list.cnt as usize)
        }
    };
    let mut topics: std::collections::BTreeMap<String, Vec<i32>> = std::collections::BTreeMap::new();
    for element in elements {
        topics.entry(lossy(element.topic)).or_default().push(element.partition);
    }
    topics
        .into_iter()
        .map(|(topic, mut partitions)| {
            partitions.sort_unstable();
            (topic, partitions)
        })
        .collect()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_empty_or_dead_groups_without_members_are_inactive() {
        let mut group = GroupDescription {
            group: "g".into(),
            state: GroupState::Empty,
            protocol_type: "consumer".into(),
            group_protocol: "classic".into(),
            protocol: String::new(),
            coordinator: String::new(),
            members: vec![],
        };
        assert!(group.is_inactive());
        group.state = GroupState::Stable;
        assert!(!group.is_inactive());
        group.state = GroupState::Dead;
        assert!(group.is_inactive());
        // A state the doctor cannot name (the consumer protocol's Reconciling) is active.
        group.state = GroupState::Other("Unknown".into());
        assert!(!group.is_inactive());
        group.state = GroupState::NotFound;
        assert!(group.is_inactive());
        group.members.push(Member {
            member_id: "m".into(),
            client_id: String::new(),
            host: String::new(),
            assignment: vec![],
        });
        assert!(!group.is_inactive());
    }

    #[test]
    fn states_read_and_print_as_the_coordinator_names_them() {
        for text in ["Stable", "Empty", "PreparingRebalance", "CompletingRebalance", "Dead", "unknown", "Assigning"] {
            assert_eq!(GroupState::parse(text).to_string(), text);
        }
        assert_eq!(serde_json::to_string(&GroupState::NotFound).unwrap(), "\"unknown\"");
        assert!(!GroupState::Dead.is_known() && GroupState::Empty.is_known());
    }
}
