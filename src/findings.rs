//! The findings catalogue: every problem the doctor can name, with a stable code.
//!
//! Codes never change meaning once released; scripts, suppression lists and dashboards key
//! on them. `docs/findings.md` documents each entry and a test checks that every code here
//! has its section there (and, for static checks, its page under `docs/checks/`).

use serde::{Deserialize, Serialize};

/// How bad a finding is. Ordered: `Info < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// Where a finding's problem lives: a running system or a place in the project's files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Found by looking at the running pipeline (trace, group inspection, logs).
    Live,
    /// Found in the project's files before deploy (and, for some, also live).
    Static,
    /// The doctor could not reach something it needs; these map to exit code 3.
    Reachability,
}

/// One entry of the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kind {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    pub scope: Scope,
    /// One line: what the problem is.
    pub summary: &'static str,
    /// The default fix; a finding may replace it with a more precise one.
    pub fix: &'static str,
}

pub const RD101: Kind = Kind {
    code: "RD101",
    name: "producer-per-request",
    severity: Severity::Error,
    scope: Scope::Static,
    summary: "TerminateLease failed with INTERNAL (or its event never reached the topic): the service builds a Kafka producer per request",
    fix: "Create the producer once at start-up (module scope or FastAPI `lifespan`) and share it; close it on shutdown.",
};

pub const RD102: Kind = Kind {
    code: "RD102",
    name: "event-not-published",
    severity: Severity::Error,
    scope: Scope::Live,
    summary: "TerminateLease succeeded but no matching LeaseTerminated record reached the topic before the deadline",
    fix: "Make the handler publish the event and answer only after the broker acknowledged it (await the delivery report / `producer.flush()`); check the topic name the service uses.",
};

pub const RD103: Kind = Kind {
    code: "RD103",
    name: "consumer-not-running",
    severity: Severity::Error,
    scope: Scope::Live,
    summary: "the consumer group has no active members and its committed offset does not move",
    fix: "Start the consumer (`docker start rentflow-django-consumer`) and read its logs for the reason it stopped.",
};

pub const RD104: Kind = Kind {
    code: "RD104",
    name: "consumer-stalled",
    severity: Severity::Error,
    scope: Scope::Live,
    summary: "the consumer group has members but its committed offset does not pass the event",
    fix: "Read the consumer's logs for an exception in `process_message`; check that it commits after processing (enable.auto.commit or an explicit commit).",
};

pub const RD105: Kind = Kind {
    code: "RD105",
    name: "grpc-call-failed",
    severity: Severity::Error,
    scope: Scope::Live,
    summary: "TerminateLease failed with a gRPC status other than INTERNAL (deadline, unavailable, unimplemented…)",
    fix: "Check the service's logs for the request; for DEADLINE_EXCEEDED, find what the handler waits on (the broker acknowledgement, a lock) or raise --grpc-timeout.",
};

pub const RD106: Kind = Kind {
    code: "RD106",
    name: "clock-skew",
    severity: Severity::Warning,
    scope: Scope::Live,
    summary: "the event's record timestamp lies outside the window in which it can have been written; clocks disagree",
    fix: "Synchronise the clocks of the service host, the broker and this host (chrony/NTP); until then read the per-hop latencies that use the record timestamp as approximate.",
};

pub const RD107: Kind = Kind {
    code: "RD107",
    name: "run-deadline",
    severity: Severity::Warning,
    scope: Scope::Live,
    summary: "the run's own deadline (--timeout) stopped probes before they reached a verdict: they say nothing about the pipeline",
    fix: "Raise --timeout, or send fewer probes (-n) or more at a time (-c), so that every probe gets its --grpc-timeout, --event-timeout and --consume-timeout.",
};

pub const RD201: Kind = Kind {
    code: "RD201",
    name: "consumer-logging-unconfigured",
    severity: Severity::Error,
    scope: Scope::Static,
    summary: "the consumer logs through `logging` but Django's LOGGING routes neither that logger nor root at that level to a console handler",
    fix: "Add a console (StreamHandler) handler to Django's LOGGING and attach it to the consumer's logger or to root at INFO.",
};

pub const RD202: Kind = Kind {
    code: "RD202",
    name: "consumer-offset-skipped",
    severity: Severity::Error,
    scope: Scope::Static,
    summary: "a consumer with auto.offset.reset=latest skips every record produced before its group first commits",
    fix: "Use auto.offset.reset=earliest for the consumer; to re-process skipped records stop the consumer and reset the group to earliest.",
};

pub const RD301: Kind = Kind {
    code: "RD301",
    name: "stdout-buffered",
    severity: Severity::Error,
    scope: Scope::Static,
    summary: "python runs without -u and PYTHONUNBUFFERED is not set: the container's stdout is block-buffered and its logs stay empty",
    fix: "Run `python -u …` or set `PYTHONUNBUFFERED=1` in the service's environment or Dockerfile.",
};

pub const RD401: Kind = Kind {
    code: "RD401",
    name: "python-syntax-error",
    severity: Severity::Error,
    scope: Scope::Static,
    summary: "a Python file does not compile (the journal's case: a pasted Windows path, `SyntaxError: (unicode error) 'unicodeescape'`)",
    fix: "Remove the stray line, or write the path as a raw string (r\"C:\\Users\\…\") or with doubled backslashes.",
};

pub const RD501: Kind = Kind {
    code: "RD501",
    name: "group-active",
    severity: Severity::Error,
    scope: Scope::Live,
    summary: "a reset or delete was refused: the consumer group has active members, and offsets may only change while it is Empty",
    fix: "Stop every consumer of the group (for the rentflow setup `docker stop rentflow-django-consumer`), then run the command again, or add `--wait-empty 60s` to wait for them to leave.",
};

pub const RD502: Kind = Kind {
    code: "RD502",
    name: "offset-clamped",
    severity: Severity::Warning,
    scope: Scope::Live,
    summary: "a reset target lay outside a partition's log and was moved to the nearest end of it",
    fix: "Check the target: offsets before the log start were deleted by retention, offsets past the log end do not exist yet; `group describe` shows each partition's log.",
};

pub const RD503: Kind = Kind {
    code: "RD503",
    name: "reset-incomplete",
    severity: Severity::Error,
    scope: Scope::Live,
    summary: "an executed reset, restore or delete did not land everywhere: the broker refused part of it or the offsets read back differ from the plan",
    fix: "Read the per-partition status; fix the cause and run the same command again (partitions already moved stay as they are), or restore the snapshot written before the change with the command printed.",
};

pub const RD504: Kind = Kind {
    code: "RD504",
    name: "partition-left-as-is",
    severity: Severity::Warning,
    scope: Scope::Live,
    summary: "partitions were left as they are: `shift`/`current` have no committed offset to start from, or a restore cannot commit \"no offset\"",
    fix: "Move those partitions with an absolute target (`--topic TOPIC:P --to earliest|latest|offset:N`), or delete the whole group (`reset-group --delete`) to return every partition to \"no committed offset\".",
};

pub const RD901: Kind = Kind {
    code: "RD901",
    name: "grpc-unreachable",
    severity: Severity::Error,
    scope: Scope::Reachability,
    summary: "the lease service's gRPC endpoint could not be reached",
    fix: "Check the service is running and listening on that address (`docker ps`, the port mapping), or pass the right --grpc-url.",
};

pub const RD902: Kind = Kind {
    code: "RD902",
    name: "broker-unreachable",
    severity: Severity::Error,
    scope: Scope::Reachability,
    summary: "no Kafka broker answered",
    fix: "Check the broker is running and the address is reachable from here (advertised listeners, port mapping), or pass the right --brokers.",
};

pub const RD903: Kind = Kind {
    code: "RD903",
    name: "topic-missing",
    severity: Severity::Error,
    scope: Scope::Reachability,
    summary: "the topic does not exist on the cluster",
    fix: "Create the topic (or let the service create it at start-up), or pass the right --topic.",
};

pub const RD601: Kind = Kind {
    code: "RD601",
    name: "find-incomplete",
    severity: Severity::Warning,
    scope: Scope::Live,
    summary: "`find` stopped before the end of its window (--max-records or --timeout): a missing match is not proof of absence",
    fix: "Narrow the window (--since/--from/--until) or raise --max-records / --timeout and run again.",
};

pub const RD602: Kind = Kind {
    code: "RD602",
    name: "event-never-reached",
    severity: Severity::Warning,
    scope: Scope::Live,
    summary: "a found event lies where the group will never read it from its current position (no committed offset or one before the log start, with auto.offset.reset=latest)",
    fix: "If the event must be processed, stop the consumer and move the group back to it: `rentflow-doctor reset-group --topic TOPIC:P --to offset:N --execute`.",
};

pub const RD701: Kind = Kind {
    code: "RD701",
    name: "broker-down",
    severity: Severity::Warning,
    scope: Scope::Live,
    summary: "a broker of the cluster does not answer; the doctor worked through the others",
    fix: "Check the broker named (its process, its log, its disk); while it is down its partitions are led by the other replicas, and a partition with no other in-sync replica is offline until it returns.",
};

/// The whole catalogue, in code order.
pub const CATALOGUE: [Kind; 22] = [
    RD101, RD102, RD103, RD104, RD105, RD106, RD107, RD201, RD202, RD301, RD401, RD501, RD502, RD503, RD504, RD601,
    RD602, RD701, RD901, RD902, RD903, RD904,
];

pub const RD904: Kind = Kind {
    code: "RD904",
    name: "group-unknown",
    severity: Severity::Error,
    scope: Scope::Reachability,
    summary: "the consumer group is unknown to the broker: no members and no committed offsets",
    fix: "Check the group id (the consumer's `group.id`), or start the consumer once so that the group exists.",
};

/// Looks a code (`RD301`) or a name (`stdout-buffered`) up in the catalogue.
pub fn lookup(code_or_name: &str) -> Option<&'static Kind> {
    CATALOGUE.iter().find(|kind| kind.code.eq_ignore_ascii_case(code_or_name) || kind.name == code_or_name)
}

/// How sure a finding is: whether every fact it rests on was seen.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Certainty {
    /// Every fact was read or observed (the evidence lists them).
    #[default]
    Certain,
    /// It rests on something the doctor could not see (named in the message and evidence,
    /// with how to check it by hand); such a finding is at most a warning.
    Unverified,
}

/// Where in a file a finding points. Lines and columns count from 1.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Location {
    pub path: String,
    pub line: u32,
    pub column: u32,
}

/// One problem found, in the shape every command's JSON carries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Finding {
    pub code: String,
    pub name: String,
    pub severity: Severity,
    pub message: String,
    pub fix: String,
    #[serde(default)]
    pub certainty: Certainty,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    /// Supporting facts: a gRPC status message, log lines, the offending source text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<String>,
}

impl Finding {
    pub fn new(kind: &Kind, message: impl Into<String>) -> Self {
        Finding {
            code: kind.code.to_string(),
            name: kind.name.to_string(),
            severity: kind.severity,
            message: message.into(),
            fix: kind.fix.to_string(),
            certainty: Certainty::Certain,
            location: None,
            evidence: Vec::new(),
        }
    }

    pub fn with_fix(mut self, fix: impl Into<String>) -> Self {
        self.fix = fix.into();
        self
    }

    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    /// Marks the finding as resting on facts outside what the doctor saw: never an error.
    pub fn with_certainty(mut self, certainty: Certainty) -> Self {
        self.certainty = certainty;
        if certainty == Certainty::Unverified {
            self.severity = self.severity.min(Severity::Warning);
        }
        self
    }

    pub fn with_location(mut self, location: Location) -> Self {
        self.location = Some(location);
        self
    }

    pub fn with_evidence(mut self, line: impl Into<String>) -> Self {
        self.evidence.push(line.into());
        self
    }

    pub fn kind(&self) -> Option<&'static Kind> {
        lookup(&self.code)
    }

    /// Whether this finding means the doctor could not reach what it needs (exit code 3).
    pub fn is_reachability(&self) -> bool {
        self.kind().is_some_and(|kind| kind.scope == Scope::Reachability)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_are_unique_and_well_formed() {
        let mut codes: Vec<_> = CATALOGUE.iter().map(|k| k.code).collect();
        let mut names: Vec<_> = CATALOGUE.iter().map(|k| k.name).collect();
        codes.sort();
        names.sort();
        codes.dedup();
        names.dedup();
        assert_eq!(codes.len(), CATALOGUE.len());
        assert_eq!(names.len(), CATALOGUE.len());
        for kind in CATALOGUE {
            assert!(kind.code.starts_with("RD") && kind.code.len() == 5, "{}", kind.code);
            assert!(kind.name.chars().all(|c| c.is_ascii_lowercase() || c == '-'));
        }
    }

    #[test]
    fn lookup_accepts_code_or_name() {
        assert_eq!(lookup("rd301").map(|k| k.name), Some("stdout-buffered"));
        assert_eq!(lookup("stdout-buffered").map(|k| k.code), Some("RD301"));
        assert!(lookup("RD999").is_none());
    }

    #[test]
    fn every_code_has_its_section_in_the_findings_page_and_nothing_else_does() {
        let page = include_str!("../docs/findings.md");
        let headings: Vec<&str> = page.lines().filter_map(|line| line.strip_prefix("## RD")).collect();
        let codes: Vec<String> = CATALOGUE.iter().map(|kind| kind.code.trim_start_matches("RD").to_string()).collect();
        assert_eq!(headings, codes, "docs/findings.md sections must follow the catalogue, in order");
        for kind in CATALOGUE {
            let row = format!("| {} | {} |", kind.code, kind.name);
            assert!(page.contains(&row), "docs/findings.md has no table row for {}", kind.code);
        }
    }

    #[test]
    fn reachability_findings_are_the_rd9xx_family() {
        for kind in CATALOGUE {
            let finding = Finding::new(&kind, "x");
            assert_eq!(finding.is_reachability(), kind.code.starts_with("RD9"));
        }
    }
}
