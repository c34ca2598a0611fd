//! Read-only questions to the cluster, and offset commits for a group the doctor never joins.
//!
//! One librdkafka handle answers metadata and log offsets; a second, configured with the
//! target group's id but never subscribed, answers OffsetFetch and sends OffsetCommit. Never
//! subscribing means the doctor never joins the group: no rebalance for the real consumers,
//! no three-second join for the doctor.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::{Offset, TopicPartitionList};

use super::KafkaConfig;
use super::commit::{self, PartitionResults, TopicPartition};
use super::groups::{self, GroupDescription};
use super::{Closer, DoctorContext, KafkaFailure, blocking, client_config, failure};

/// Start and end of one partition's log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartitionOffsets {
    pub partition: i32,
    /// The first offset still in the log.
    pub log_start: i64,
    /// The offset the next record will get (the high watermark).
    pub log_end: i64,
}

impl PartitionOffsets {
    pub fn records(&self) -> i64 {
        (self.log_end - self.log_start).max(0)
    }
}

/// A cluster connection for metadata, log offsets and group questions.
#[derive(Clone)]
pub struct Admin {
    pub(super) consumer: Arc<BaseConsumer<DoctorContext>>,
    config: KafkaConfig,
    verbose: u8,
    /// Closes the handle off the command's path when the last clone is dropped.
    _closer: Arc<Closer<BaseConsumer<DoctorContext>>>,
}

impl Admin {
    /// Creates the handle; it connects lazily, on the first question.
    pub fn new(config: &KafkaConfig, verbose: u8) -> Result<Admin, KafkaFailure> {
        let mut settings = client_config(config, verbose);
        // Log-end offsets as kafka-consumer-groups reports them: the high watermark.
        settings.set("isolation.level", "read_uncommitted").set("enable.auto.commit", "false");
        let consumer: BaseConsumer<DoctorContext> =
            super::create_client(&settings, "creating a Kafka client", &config.brokers, verbose)?;
        let consumer = Arc::new(consumer);
        super::serve_logs(&consumer, verbose);
        let _closer = Arc::new(Closer::new(&consumer));
        Ok(Admin { consumer, config: config.clone(), verbose, _closer })
    }

    pub fn brokers(&self) -> &str {
        &self.config.brokers
    }

    pub fn config(&self) -> &KafkaConfig {
        &self.config
    }

    pub fn verbose(&self) -> u8 {
        self.verbose
    }

    /// The topic's partition ids, in order. Fails with `TopicMissing` when the cluster does
    /// not know the topic.
    pub async fn partitions(&self, topic: &str, deadline: Instant) -> Result<Vec<i32>, KafkaFailure> {
        let consumer = self.consumer.clone();
        let brokers = self.config.brokers.clone();
        let topic = topic.to_string();
        blocking(deadline, move |left| {
            let metadata = consumer
                .fetch_metadata(Some(&topic), left)
                .map_err(|err| failure("fetching metadata", &brokers, left, &err))?;
            let Some(found) = metadata.topics().iter().find(|t| t.name() == topic) else {
                return Err(KafkaFailure::TopicMissing { topic, brokers });
            };
            if let Some(err) = found.error() {
                use rdkafka::types::RDKafkaRespErr;
                let code: rdkafka::types::RDKafkaErrorCode = err.into();
                if err == RDKafkaRespErr::RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART
                    || code == rdkafka::types::RDKafkaErrorCode::UnknownTopicOrPartition
                {
                    return Err(KafkaFailure::TopicMissing { topic, brokers });
                }
                return Err(KafkaFailure::Failed {
                    operation: format!("fetching metadata of topic `{topic}`"),
                    brokers,
                    reason: code.to_string(),
                });
            }
            let mut partitions: Vec<i32> = found.partitions().iter().map(|p| p.id()).collect();
            partitions.sort_unstable();
            if partitions.is_empty() {
                return Err(KafkaFailure::TopicMissing { topic, brokers });
            }
            Ok(partitions)
        })
        .await
    }

    /// The cluster's id from metadata (`None` when the cluster does not say before the
    /// deadline): what a snapshot records so that it is never restored on another cluster by
    /// mistake.
    pub async fn cluster_id(&self, deadline: Instant) -> Option<String> {
        let consumer = self.consumer.clone();
        blocking(deadline, move |left| consumer.client().fetch_cluster_id(left)).await
    }

    /// Every offset the group has committed, on every topic, whatever metadata shows.
    pub async fn group_committed_everywhere(
        &self,
        group: &str,
        deadline: Instant,
    ) -> Result<BTreeMap<TopicPartition, i64>, KafkaFailure> {
        let consumer = self.consumer.clone();
        let brokers = self.config.brokers.clone();
        let group = group.to_string();
        blocking(deadline, move |left| groups::all_committed(&consumer, &group, left, &brokers)).await
    }

    /// The timestamp (ms since the epoch) of the newest record of each non-empty partition:
    /// the record just below the log end, fetched for every partition at once by a short-lived
    /// consumer that assigns (never joins a group, never commits). A partition whose last
    /// offset holds no record (a transaction marker, compaction) or that does not answer
    /// before the deadline is left out: this is a description, not a check.
    pub async fn newest_timestamps(
        &self,
        topic: &str,
        logs: &[PartitionOffsets],
        deadline: Instant,
    ) -> Result<BTreeMap<i32, i64>, KafkaFailure> {
        use rdkafka::message::Message;
        let wanted: Vec<PartitionOffsets> = logs.iter().copied().filter(|log| log.log_end > log.log_start).collect();
        if wanted.is_empty() {
            return Ok(BTreeMap::new());
        }
        let brokers = self.config.brokers.clone();
        let topic = topic.to_string();
        let mut settings = client_config(&self.config, self.verbose);
        settings
            // librdkafka's assign() needs a group id: a throw-away one, never the target group's.
            .set("group.id", format!("rentflow-doctor-peek-{}", uuid::Uuid::new_v4().simple()))
            .set("enable.auto.commit", "false")
            .set("enable.auto.offset.store", "false")
            .set("enable.partition.eof", "true")
            .set("isolation.level", "read_uncommitted")
            .set("fetch.wait.max.ms", "10")
            // If retention removed the last record meanwhile, go to the end and report EOF.
            .set("auto.offset.reset", "latest");
        let consumer: BaseConsumer<DoctorContext> =
            super::create_client(&settings, "creating a Kafka client", &brokers, self.verbose)?;
        let mut list = TopicPartitionList::with_capacity(wanted.len());
        for log in &wanted {
            list.add_partition_offset(&topic, log.partition, Offset::Offset(log.log_end - 1))
                .map_err(|err| failure("reading the newest records", &brokers, Duration::ZERO, &err))?;
        }
        blocking(deadline, move |left| {
            // A fresh handle knows no leaders: ask now rather than after assign(), where
            // librdkafka's first metadata refresh waits ~100 ms.
            consumer
                .fetch_metadata(Some(&topic), left)
                .map_err(|err| failure("reading the newest records", &brokers, left, &err))?;
            consumer.assign(&list).map_err(|err| failure("reading the newest records", &brokers, left, &err))?;
            let mut pending: std::collections::BTreeSet<i32> = wanted.iter().map(|log| log.partition).collect();
            let mut found = BTreeMap::new();
            while !pending.is_empty() {
                let left = deadline.saturating_duration_since(Instant::now());
                if left.is_zero() {
                    break;
                }
                match consumer.poll(left) {
                    Some(Ok(message)) => {
                        if pending.remove(&message.partition())
                            && let Some(ms) = message.timestamp().to_millis()
                        {
                            found.insert(message.partition(), ms);
                        }
                    }
                    Some(Err(rdkafka::error::KafkaError::PartitionEOF(partition))) => {
                        pending.remove(&partition);
                    }
                    Some(Err(_)) | None => {}
                }
            }
            super::dispose(consumer);
            Ok(found)
        })
        .await
    }

    /// Log start and end of each partition: one ListOffsets round per leader and kind,
    /// however many partitions there are.
    pub async fn log_offsets(
        &self,
        topic: &str,
        partitions: &[i32],
        deadline: Instant,
    ) -> Result<Vec<PartitionOffsets>, KafkaFailure> {
        let starts = self.offsets_for(topic, partitions, Offset::Beginning, deadline);
        let ends = self.offsets_for(topic, partitions, Offset::End, deadline);
        let (starts, ends) = tokio::try_join!(starts, ends)?;
        Ok(partitions
            .iter()
            .map(|&partition| {
                let log_end = ends.get(&partition).copied().unwrap_or(0);
                let log_start = starts.get(&partition).copied().unwrap_or(0).min(log_end);
                PartitionOffsets { partition, log_start, log_end }
            })
            .collect())
    }

    /// The offset of the first record at or after `timestamp_ms` in each partition, or
    /// `None` where no record is that new.
    pub async fn offsets_for_time(
        &self,
        topic: &str,
        partitions: &[i32],
        timestamp_ms: i64,
        deadline: Instant,
    ) -> Result<BTreeMap<i32, Option<i64>>, KafkaFailure> {
        let found = self.offsets_for(topic, partitions, Offset::Offset(timestamp_ms), deadline).await?;
        Ok(partitions.iter().map(|p| (*p, found.get(p).copied().filter(|o| *o >= 0))).collect())
    }

    /// ListOffsets for every partition with the same query (a timestamp, or the special
    /// beginning/end values) through librdkafka's batched `offsets_for_times`.
    async fn offsets_for(
        &self,
        topic: &str,
        partitions: &[i32],
        query: Offset,
        deadline: Instant,
    ) -> Result<BTreeMap<i32, i64>, KafkaFailure> {
        let consumer = self.consumer.clone();
        let brokers = self.config.brokers.clone();
        let mut list = TopicPartitionList::with_capacity(partitions.len());
        for &partition in partitions {
            list.add_partition_offset(topic, partition, query)
                .map_err(|err| failure("listing offsets", &brokers, Duration::ZERO, &err))?;
        }
        blocking(deadline, move |left| {
            let answered = consumer
                .offsets_for_times(list, left)
                .map_err(|err| failure("listing offsets", &brokers, left, &err))?;
            let mut offsets = BTreeMap::new();
            for element in answered.elements() {
                if let Err(err) = element.error() {
                    return Err(failure(
                        &format!("listing offsets of partition {}", element.partition()),
                        &brokers,
                        left,
                        &err,
                    ));
                }
                let offset = match element.offset() {
                    Offset::Offset(offset) => offset,
                    // No record at or after a timestamp: librdkafka answers End.
                    Offset::End => -1,
                    _ => -1,
                };
                offsets.insert(element.partition(), offset);
            }
            Ok(offsets)
        })
        .await
    }

    /// Describes one group (state, coordinator, members), or `None` when the broker does not
    /// know it.
    pub async fn describe_group(
        &self,
        group: &str,
        deadline: Instant,
    ) -> Result<Option<GroupDescription>, KafkaFailure> {
        let consumer = self.consumer.clone();
        let brokers = self.config.brokers.clone();
        let group = group.to_string();
        blocking(deadline, move |left| {
            let found = groups::describe(&consumer, std::slice::from_ref(&group), left, &brokers)?;
            Ok(found.into_iter().find(|described| described.state != groups::GroupState::NotFound))
        })
        .await
    }

    /// All groups the cluster knows.
    pub async fn list_groups(&self, deadline: Instant) -> Result<Vec<GroupDescription>, KafkaFailure> {
        let consumer = self.consumer.clone();
        let brokers = self.config.brokers.clone();
        blocking(deadline, move |left| groups::list(&consumer, left, &brokers)).await
    }

    /// Deletes a group's committed offsets and metadata (DeleteGroups).
    pub async fn delete_group(&self, group: &str, deadline: Instant) -> Result<(), KafkaFailure> {
        use rdkafka::admin::{AdminClient, AdminOptions};
        let brokers = self.config.brokers.clone();
        let admin: AdminClient<DoctorContext> = super::create_client(
            &client_config(&self.config, self.verbose),
            "creating an admin client",
            &brokers,
            self.verbose,
        )?;
        let left = deadline.saturating_duration_since(Instant::now());
        let options = AdminOptions::new().request_timeout(Some(left)).operation_timeout(Some(left));
        let answer = tokio::time::timeout(left, admin.delete_groups(&[group], &options)).await;
        super::dispose(admin);
        let deleted = answer
            .map_err(|_| KafkaFailure::TimedOut {
                operation: format!("deleting group `{group}`"),
                brokers: brokers.clone(),
                timeout: left,
            })?
            .map_err(|err| failure(&format!("deleting group `{group}`"), &brokers, left, &err))?;
        for outcome in deleted {
            if let Err((_, code)) = outcome {
                return Err(KafkaFailure::Failed {
                    operation: format!("deleting group `{group}`"),
                    brokers,
                    reason: code.to_string(),
                });
            }
        }
        Ok(())
    }
}

/// OffsetFetch and OffsetCommit for one group, from a handle that never joins it.
#[derive(Clone)]
pub struct GroupOffsets {
    consumer: Arc<BaseConsumer<DoctorContext>>,
    brokers: String,
    group: String,
    /// Closes the handle off the command's path when the last clone is dropped (a monitor
    /// hands a clone to each probe's commit tracker).
    _closer: Arc<Closer<BaseConsumer<DoctorContext>>>,
}

/// A committed offset per partition; `None` where the group has committed nothing.
pub type Committed = BTreeMap<i32, Option<i64>>;

impl GroupOffsets {
    pub fn new(config: &KafkaConfig, group: &str, verbose: u8) -> Result<GroupOffsets, KafkaFailure> {
        let mut settings = client_config(config, verbose);
        settings
            .set("group.id", group)
            // Never commit on our own: only an explicit, planned reset writes offsets.
            .set("enable.auto.commit", "false")
            .set("enable.auto.offset.store", "false");
        let consumer: BaseConsumer<DoctorContext> =
            super::create_client(&settings, "creating a Kafka client", &config.brokers, verbose)?;
        let consumer = Arc::new(consumer);
        super::serve_logs(&consumer, verbose);
        let _closer = Arc::new(Closer::new(&consumer));
        Ok(GroupOffsets { consumer, brokers: config.brokers.clone(), group: group.to_string(), _closer })
    }

    pub fn group(&self) -> &str {
        &self.group
    }

    /// The group's committed offsets for these partitions (one OffsetFetch).
    pub async fn committed(
        &self,
        topic: &str,
        partitions: &[i32],
        deadline: Instant,
    ) -> Result<Committed, KafkaFailure> {
        let wanted: Vec<TopicPartition> = partitions.iter().map(|&p| (topic.to_string(), p)).collect();
        let found = self.committed_of(&wanted, deadline).await?;
        Ok(found.into_iter().map(|((_, partition), offset)| (partition, offset)).collect())
    }

    /// The group's committed offsets for partitions of any number of topics (one OffsetFetch).
    pub async fn committed_of(
        &self,
        partitions: &[TopicPartition],
        deadline: Instant,
    ) -> Result<BTreeMap<TopicPartition, Option<i64>>, KafkaFailure> {
        let consumer = self.consumer.clone();
        let brokers = self.brokers.clone();
        let operation = format!("fetching the committed offsets of group `{}`", self.group);
        let mut list = TopicPartitionList::with_capacity(partitions.len());
        for (topic, partition) in partitions {
            list.add_partition(topic, *partition);
        }
        blocking(deadline, move |left| {
            if left.is_zero() {
                return Err(KafkaFailure::TimedOut { operation, brokers, timeout: left });
            }
            let answered =
                consumer.committed_offsets(list, left).map_err(|err| failure(&operation, &brokers, left, &err))?;
            let mut committed = BTreeMap::new();
            for element in answered.elements() {
                if let Err(err) = element.error() {
                    return Err(failure(
                        &format!("{operation} on {}:{}", element.topic(), element.partition()),
                        &brokers,
                        left,
                        &err,
                    ));
                }
                let offset = match element.offset() {
                    Offset::Offset(offset) if offset >= 0 => Some(offset),
                    _ => None,
                };
                committed.insert((element.topic().to_string(), element.partition()), offset);
            }
            Ok(committed)
        })
        .await
    }

    /// Commits these offsets for the group: a "simple" commit from outside the group, which
    /// Kafka accepts only while the group has no members (the caller decides that from the
    /// group's state, never from the broker refusing). Returns the broker's answer per
    /// partition; a request that fails as a whole gives each partition its reason.
    pub async fn commit(
        &self,
        offsets: &BTreeMap<TopicPartition, i64>,
        deadline: Instant,
    ) -> Result<PartitionResults, KafkaFailure> {
        let consumer = self.consumer.clone();
        let offsets = offsets.clone();
        let brokers = self.brokers.clone();
        blocking(deadline, move |_| {
            commit::commit(&consumer, &offsets, deadline).map_err(|err| with_brokers(err, &brokers))
        })
        .await
    }
}

/// Fills in the broker list of a failure raised where it was not at hand.
fn with_brokers(failure: KafkaFailure, brokers: &str) -> KafkaFailure {
    match failure {
        KafkaFailure::TimedOut { operation, timeout, .. } => {
            KafkaFailure::TimedOut { operation, brokers: brokers.to_string(), timeout }
        }
        KafkaFailure::Failed { operation, reason, .. } => {
            KafkaFailure::Failed { operation, brokers: brokers.to_string(), reason }
        }
        other => other,
    }
}
