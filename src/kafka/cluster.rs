//! Which brokers of the cluster do not answer, while the doctor works through the others.
//!
//! A stopped broker shows in two ways, depending on how long it has been gone: at first the
//! cluster's metadata still lists it (with its address) and its port refuses connections;
//! once the controller fences it, metadata drops it, and only the replica lists still name
//! its id. Bootstrap addresses that refuse connections are named too, since a user's list
//! of three is how they know their brokers. The answer is a warning, never a failure: the
//! report the user asked for was made through the brokers that answer.

use std::collections::{BTreeMap, BTreeSet};
use std::time::{Duration, Instant};

use rdkafka::consumer::Consumer;

use super::{Admin, KafkaFailure, blocking, bootstrap_addresses, failure};
use crate::findings::{Finding, RD701};

/// A broker the cluster's metadata lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedBroker {
    pub id: i32,
    pub address: String,
}

/// What metadata says about the brokers: who is listed, and which broker ids hold replicas
/// of the cluster's partitions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BrokerView {
    pub listed: Vec<ListedBroker>,
    /// Broker id → the partitions (`topic:partition`) it holds a replica of.
    pub replicas: BTreeMap<i32, Vec<String>>,
}

impl Admin {
    /// The brokers metadata lists, and the replica holders of every topic's partitions (a
    /// group may cover several topics; a fenced broker shows only in replica lists).
    pub async fn broker_view(&self, deadline: Instant) -> Result<BrokerView, KafkaFailure> {
        let consumer = self.consumer.clone();
        let brokers = self.brokers().to_string();
        blocking(deadline, move |left| {
            let metadata = consumer
                .fetch_metadata(None, left)
                .map_err(|err| failure("fetching metadata", &brokers, left, &err))?;
            let listed = metadata
                .brokers()
                .iter()
                .map(|b| ListedBroker { id: b.id(), address: format!("{}:{}", b.host(), b.port()) })
                .collect();
            let mut replicas: BTreeMap<i32, Vec<String>> = BTreeMap::new();
            for found in metadata.topics() {
                for partition in found.partitions() {
                    for replica in partition.replicas() {
                        replicas.entry(*replica).or_default().push(format!("{}:{}", found.name(), partition.id()));
                    }
                }
            }
            Ok(BrokerView { listed, replicas })
        })
        .await
    }
}

/// The brokers that do not answer: listed ones whose port refuses, replica holders metadata
/// no longer lists, and bootstrap addresses that refuse. `None` when every broker answers.
pub async fn brokers_down(bootstrap: &str, view: &BrokerView, timeout: Duration) -> Option<Finding> {
    let connect = |address: String| async move {
        let refusal = crate::reach::listening(&address, timeout).await.err();
        (address, refusal)
    };
    let listed: BTreeMap<String, i32> = view.listed.iter().map(|b| (b.address.clone(), b.id)).collect();
    let mut addresses: BTreeSet<String> = listed.keys().cloned().collect();
    addresses.extend(bootstrap_addresses(bootstrap));
    let answers = futures::future::join_all(addresses.into_iter().map(connect)).await;
    let mut named = Vec::new();
    let mut evidence = Vec::new();
    let mut listed_down = 0;
    for (address, refusal) in answers {
        let Some(reason) = refusal else { continue };
        match listed.get(&address) {
            Some(id) => {
                listed_down += 1;
                named.push(format!("broker {id} at {address}"));
                evidence.push(format!("broker {id} at {reason}"));
            }
            None => {
                named.push(format!("bootstrap broker {address}"));
                evidence.push(format!("bootstrap broker {reason}"));
            }
        }
    }
    let listed_ids: BTreeSet<i32> = view.listed.iter().map(|b| b.id).collect();
    for (id, partitions) in view.replicas.iter().filter(|(id, _)| !listed_ids.contains(id)) {
        named.push(format!("broker {id}"));
        // A cluster's worth of partitions would drown the line: the first few say enough.
        const SHOWN: usize = 8;
        let more = partitions.len().saturating_sub(SHOWN);
        let mut replicas = partitions.iter().take(SHOWN).cloned().collect::<Vec<_>>().join(", ");
        if more > 0 {
            replicas.push_str(&format!(" and {more} more"));
        }
        evidence.push(format!(
            "broker {id}: missing from the cluster's metadata (stopped or fenced), yet a replica of {replicas}"
        ));
    }
    if named.is_empty() {
        return None;
    }
    let answering = view.listed.len() - listed_down;
    let message = format!(
        "not answering: {}; this report was made through the {answering} broker(s) that answer",
        named.join(", ")
    );
    Some(evidence.into_iter().fold(Finding::new(&RD701, message), Finding::with_evidence))
}
