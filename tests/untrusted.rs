//! Text from outside the doctor — a member's client id, a group name, a gRPC status
//! message, a record key — reaches the terminal with every control character and bidi
//! override shown escaped, and reaches JSON exactly as it was.
//!
//! Each case goes through the real path: a real consumer joins a real group on Apache Kafka,
//! the reference service answers a real gRPC call, the real binary prints.

mod common;

use std::time::{Duration, Instant};

use common::{Broker, Pipeline, Run, Service, doctor, unique};
use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, Consumer as _};

/// A client id that retitles the terminal window and clears the screen when printed raw.
const HOSTILE_CLIENT_ID: &str = "\x1b]0;pwned\x07\x1b[2J";
const HOSTILE_CLIENT_ID_SHOWN: &str = r"\x1b]0;pwned\x07\x1b[2J";

/// No byte of a terminal control sequence, no C1 control, no bidi control in `text`.
fn assert_inert(text: &str) {
    for c in text.chars() {
        assert!(
            c == '\n' || !rentflow_doctor::untrusted::is_unsafe(c),
            "raw {c:?} in text output:\n{}",
            text.escape_debug()
        );
    }
}

/// A consumer with `client_id` that has joined `group` and holds `topic`'s partition.
fn member(broker: &Broker, topic: &str, group: &str, client_id: &str) -> BaseConsumer {
    let consumer: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", &broker.address)
        .set("group.id", group)
        .set("client.id", client_id)
        .set("enable.auto.commit", "false")
        .create()
        .unwrap();
    consumer.subscribe(&[topic]).unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while consumer.assignment().map(|a| a.count()).unwrap_or(0) == 0 {
        assert!(Instant::now() < deadline, "the consumer got no assignment within a minute");
        let _ = consumer.poll(Duration::from_millis(100));
    }
    consumer
}

fn run_text_and_json(args: &[&str]) -> (Run, Run) {
    let text = doctor(args);
    let mut json_args = args.to_vec();
    json_args.extend(["-o", "json"]);
    (text, doctor(&json_args))
}

#[test]
fn a_hostile_client_id_and_group_name_are_shown_escaped_in_text_and_exact_in_json() {
    let broker = Broker::start();
    let topic = unique("lease-events");
    // Kafka takes any string as a group id; this one reverses the line after it.
    let group = format!("{}-\u{202e}txt.exe\x1b[31m", unique("rentflow"));
    broker.create_topic(&topic, 1);
    let consumer = member(&broker, &topic, &group, HOSTILE_CLIENT_ID);

    let describe = ["group", "describe", "--brokers", &broker.address, "--group", &group, "--topic", &topic];
    let (text, json) = run_text_and_json(&describe);
    assert_eq!(text.code, 0, "{}{}", text.stdout, text.stderr);
    assert_inert(&text.stdout);
    assert_inert(&text.stderr);
    assert!(text.stdout.contains(HOSTILE_CLIENT_ID_SHOWN), "{}", text.stdout);
    assert!(text.stdout.contains(r"\u{202e}txt.exe\x1b[31m"), "{}", text.stdout);
    let described = json.json()["groups"][0]["group"].clone();
    assert_eq!(described["members"][0]["client_id"], HOSTILE_CLIENT_ID, "{described:#}");
    assert_eq!(described["group"], group.as_str());

    let list = ["group", "list", "--brokers", &broker.address];
    let (text, json) = run_text_and_json(&list);
    assert_eq!(text.code, 0, "{}{}", text.stdout, text.stderr);
    assert_inert(&text.stdout);
    assert!(text.stdout.contains(r"\u{202e}txt.exe\x1b[31m"), "{}", text.stdout);
    let listed = json.json()["groups"].as_array().unwrap().iter().any(|g| g["group"] == group.as_str());
    assert!(listed, "{}", json.stdout);

    // The same name in an error message (stderr) is escaped too.
    let missing = format!("{topic}-\x1b[2J");
    let run = doctor(&["group", "describe", "--brokers", &broker.address, "--group", &group, "--topic", &missing]);
    assert_ne!(run.code, 0);
    assert_inert(&run.stdout);
    assert_inert(&run.stderr);
    assert!(format!("{}{}", run.stdout, run.stderr).contains(r"\x1b[2J"), "{}{}", run.stdout, run.stderr);
    drop(consumer);
}

#[test]
fn a_status_message_with_control_characters_is_shown_escaped() {
    let broker = Broker::start();
    let topic = unique("lease-events");
    broker.create_topic(&topic, 1);
    // The service publishes to a topic whose name carries a screen-clearing sequence; its
    // per-request producer fails and the INTERNAL status message quotes that name.
    let hostile_topic = format!("{topic}\x1b[2J\x1b]0;pwned\x07");
    let service = Service::start(&broker, &hostile_topic, "per-request-producer");
    let grpc_url = service.url.clone();
    let group = unique("nobody");
    let trace = [
        "trace",
        "--brokers",
        &broker.address,
        "--grpc-url",
        &grpc_url,
        "--topic",
        &topic,
        "--group",
        &group,
        "--consume-timeout",
        "1s",
    ];
    let (text, json) = run_text_and_json(&trace);
    assert_ne!(text.code, 0, "{}{}", text.stdout, text.stderr);
    assert_inert(&text.stdout);
    assert_inert(&text.stderr);
    assert!(text.stdout.contains(r"\x1b[2J\x1b]0;pwned\x07"), "{}", text.stdout);
    let message = json.json()["grpc"]["message"].as_str().unwrap().to_string();
    assert!(message.contains(&hostile_topic), "{message:?}");
}

#[test]
fn a_record_key_with_a_bidi_override_is_shown_escaped() {
    let pipeline = Pipeline::start("none", "none");
    // The lease id is the event's key: a right-to-left override makes `lease-exe.txt` read
    // as a different name.
    let lease_id = format!("{}-\u{202e}txt.exe", unique("lease"));
    let json = pipeline.trace(&["--lease-id", &lease_id]);
    assert_eq!(json.code, 0, "{}{}", json.stdout, json.stderr);
    assert_eq!(json.json()["event"]["key"], lease_id.as_str());
    let text = pipeline.doctor(&["trace", "--lease-id", &lease_id]);
    assert_eq!(text.code, 0, "{}{}", text.stdout, text.stderr);
    assert_inert(&text.stdout);
    assert!(text.stdout.contains(r"\u{202e}txt.exe"), "{}", text.stdout);
}
