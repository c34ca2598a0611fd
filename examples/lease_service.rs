//! The reference lease service as a process: a tonic gRPC server whose TerminateLease
//! publishes a LeaseTerminated event to Kafka.
//!
//! ```text
//! cargo run --example lease_service -- --brokers 127.0.0.1:9092 --listen 127.0.0.1:50051
//! cargo run --example lease_service -- --fault per-request-producer
//! ```
//! Prints `listening on ADDR` once it accepts calls (use `--listen 127.0.0.1:0` for a free port).

use clap::Parser;
use rentflow_doctor::pipeline::{self, ServiceFault, service};

#[derive(Parser)]
struct Args {
    /// Kafka bootstrap brokers
    #[arg(long, env = "RENTFLOW_BROKERS", default_value = "127.0.0.1:9092")]
    brokers: String,
    /// Address to serve gRPC on
    #[arg(long, default_value = "127.0.0.1:50051")]
    listen: String,
    /// Topic to publish to
    #[arg(long, env = "RENTFLOW_TOPIC", default_value = "lease-events")]
    topic: String,
    /// Create the topic with this many partitions first (when missing)
    #[arg(long)]
    create_topic: Option<i32>,
    /// Reproduce one of the journal's service faults
    #[arg(long, value_enum, default_value = "none")]
    fault: ServiceFault,
    /// Serve TLS with this certificate chain (PEM); needs --tls-key
    #[arg(long, requires = "tls_key")]
    tls_cert: Option<std::path::PathBuf>,
    /// Private key (PEM) of --tls-cert
    #[arg(long, requires = "tls_cert")]
    tls_key: Option<std::path::PathBuf>,
    /// Require `authorization: Bearer <TOKEN>` on every call
    #[arg(long, env = "LEASE_SERVICE_TOKEN", hide_env_values = true)]
    require_token: Option<String>,
}

#[tokio::main]
async fn main() -> Result<(), String> {
    let args = Args::parse();
    if let Some(partitions) = args.create_topic {
        pipeline::ensure_topic(&args.brokers, &args.topic, partitions, std::time::Duration::from_secs(10)).await?;
    }
    let listener =
        tokio::net::TcpListener::bind(&args.listen).await.map_err(|err| format!("binding {}: {err}", args.listen))?;
    let mut config = service::ServiceConfig::new(&args.brokers, &args.topic, args.fault);
    if let (Some(cert), Some(key)) = (&args.tls_cert, &args.tls_key) {
        let read =
            |path: &std::path::Path| std::fs::read(path).map_err(|err| format!("reading {}: {err}", path.display()));
        config.tls = Some(service::ServerTls { cert_pem: read(cert)?, key_pem: read(key)? });
    }
    config.required_token = args.require_token;
    let running = service::start(config, listener).await?;
    println!("listening on {}", running.address);
    let _ = tokio::signal::ctrl_c().await;
    running.stop().await;
    Ok(())
}
