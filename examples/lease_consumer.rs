//! The reference lease consumer as a process: joins the consumer group, logs one line per
//! LeaseTerminated event (naming its lease id) and commits after processing.
//!
//! ```text
//! cargo run --example lease_consumer -- --brokers 127.0.0.1:9092
//! cargo run --example lease_consumer -- --fault offset-reset-latest --log-file consumer.log
//! cargo run --example lease_consumer -- --group-protocol consumer   # KIP-848's protocol
//! ```
//! Event lines go to stdout (or `--log-file`); status lines (`assigned …`, `fetching`) to stderr.

use std::time::Duration;

use clap::Parser;
use rentflow_doctor::pipeline::ConsumerFault;
use rentflow_doctor::pipeline::consumer::{self, ConsumerConfig, LogSink};

#[derive(Parser)]
struct Args {
    /// Kafka bootstrap brokers
    #[arg(long, env = "RENTFLOW_BROKERS", default_value = "127.0.0.1:9092")]
    brokers: String,
    /// Topic to consume
    #[arg(long, env = "RENTFLOW_TOPIC", default_value = "lease-events")]
    topic: String,
    /// Consumer group id
    #[arg(long, env = "RENTFLOW_GROUP", default_value = "rentflow-django-consumer")]
    group: String,
    /// Reproduce one of the journal's consumer faults
    #[arg(long, value_enum, default_value = "none")]
    fault: ConsumerFault,
    /// Append event lines to this file instead of stdout
    #[arg(long)]
    log_file: Option<std::path::PathBuf>,
    /// The consumer group protocol: `classic`, or `consumer` for KIP-848's (Kafka 4.x)
    #[arg(long, default_value = "classic", value_parser = ["classic", "consumer"])]
    group_protocol: String,
}

#[tokio::main]
async fn main() -> Result<(), String> {
    let args = Args::parse();
    let log = args.log_file.map_or(LogSink::Stdout, LogSink::File);
    let mut config = ConsumerConfig::new(&args.brokers, &args.topic, &args.group, args.fault, log);
    config.properties.push(("group.protocol".to_string(), args.group_protocol));
    let Some(mut running) = consumer::start(config)? else {
        eprintln!("not running (fault: stopped)");
        return Ok(());
    };
    let partitions = running.wait_assigned(Duration::from_secs(60)).await?;
    eprintln!("assigned {} {partitions:?}", args.topic);
    running.wait_fetching(Duration::from_secs(30)).await?;
    eprintln!("fetching");
    let _ = tokio::signal::ctrl_c().await;
    running.stop();
    Ok(())
}
