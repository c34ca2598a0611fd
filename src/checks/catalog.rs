//! The checks `check` can run, and how a selection (`check RD301 consumer-logs`) maps onto
//! them.
//!
//! Static checks are one per finding code and read the project's files. Live checks are
//! steps against the running system; each reports a fixed set of codes, and a later step may
//! need an earlier one (the consumer's logs are read for the probe the trace sent).

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::findings::{self, Scope};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Phase {
    Static,
    Live,
}

/// One check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Check {
    /// The code for static checks, the step name for live ones.
    pub id: &'static str,
    pub name: &'static str,
    pub phase: Phase,
    /// The finding codes this check reports.
    pub codes: &'static [&'static str],
    pub summary: &'static str,
}

pub const CHECKS: [Check; 9] = [
    Check {
        id: "RD101",
        name: "producer-per-request",
        phase: Phase::Static,
        codes: &["RD101"],
        summary: "a Kafka producer constructed in a gRPC servicer method, a view or any per-call function",
    },
    Check {
        id: "RD201",
        name: "consumer-logging-unconfigured",
        phase: Phase::Static,
        codes: &["RD201"],
        summary: "consumer code logs through a logger that LOGGING routes to no console handler at that level",
    },
    Check {
        id: "RD202",
        name: "consumer-offset-skipped",
        phase: Phase::Static,
        codes: &["RD202"],
        summary: "a consumer with auto.offset.reset=latest, set or left at the client default",
    },
    Check {
        id: "RD301",
        name: "stdout-buffered",
        phase: Phase::Static,
        codes: &["RD301"],
        summary: "compose command, Dockerfile CMD/ENTRYPOINT or Procfile line running python without -u or PYTHONUNBUFFERED",
    },
    Check {
        id: "RD401",
        name: "python-syntax-error",
        phase: Phase::Static,
        codes: &["RD401"],
        summary: "a Python file that does not compile (a pasted Windows path, an invalid \\U \\N \\x escape)",
    },
    Check {
        id: "connect",
        name: "connect",
        phase: Phase::Live,
        codes: &["RD901", "RD902", "RD903", "RD904"],
        summary: "the brokers, the lease service, the topic and the group answer",
    },
    Check {
        id: "trace",
        name: "trace",
        phase: Phase::Live,
        codes: &["RD101", "RD102", "RD104", "RD105", "RD106", "RD202"],
        summary: "a TerminateLease probe reaches the topic and the group commits past its event",
    },
    Check {
        id: "group",
        name: "group",
        phase: Phase::Live,
        codes: &["RD103"],
        summary: "the consumer group has active members",
    },
    Check {
        id: "consumer-logs",
        name: "consumer-logs",
        phase: Phase::Live,
        codes: &["RD201", "RD301", "RD401"],
        summary: "the consumer's logs name the probe's lease and hold no syntax error",
    },
];

pub fn by_id(id: &str) -> Option<&'static Check> {
    CHECKS.iter().find(|check| check.id == id)
}

/// What a command line selected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    /// Check ids to run (prerequisites included).
    pub run: Vec<&'static str>,
    /// Codes to report; `None` for all. Reachability codes are always reported.
    pub codes: Option<HashSet<&'static str>>,
}

impl Selection {
    pub fn runs(&self, id: &str) -> bool {
        self.run.contains(&id)
    }

    pub fn static_codes(&self) -> HashSet<&'static str> {
        self.run.iter().filter_map(|id| by_id(id)).filter(|c| c.phase == Phase::Static).map(|c| c.id).collect()
    }

    pub fn any(&self, phase: Phase) -> bool {
        self.run.iter().filter_map(|id| by_id(id)).any(|c| c.phase == phase)
    }

    /// Whether a finding with this code is reported.
    pub fn reports(&self, code: &str) -> bool {
        let reachability = findings::lookup(code).is_some_and(|k| k.scope == Scope::Reachability);
        reachability || self.codes.as_ref().is_none_or(|codes| codes.contains(code))
    }
}

/// Resolves `check RD301 consumer-logs …` (codes, finding names or live check names).
pub fn select(items: &[String]) -> Result<Selection, String> {
    if items.is_empty() {
        return Ok(Selection { run: CHECKS.iter().map(|c| c.id).collect(), codes: None });
    }
    let mut run: HashSet<&'static str> = HashSet::new();
    let mut codes: HashSet<&'static str> = HashSet::new();
    for item in items.iter().flat_map(|i| i.split(',')).map(str::trim).filter(|i| !i.is_empty()) {
        if let Some(check) = CHECKS.iter().find(|c| c.phase == Phase::Live && c.id == item) {
            run.insert(check.id);
            codes.extend(check.codes.iter().copied());
            continue;
        }
        let Some(kind) = findings::lookup(item) else {
            let known: Vec<&str> = CHECKS.iter().filter(|c| c.phase == Phase::Live).map(|c| c.id).collect();
            return Err(format!(
                "`{item}` is not a check: give a code (RD301), a finding name (stdout-buffered) or a live check ({}); see --list-checks",
                known.join(", ")
            ));
        };
        if !CHECKS.iter().any(|c| c.codes.contains(&kind.code)) {
            return Err(format!("{} {} is reported by `reset-group`, not by `check`", kind.code, kind.name));
        }
        codes.insert(kind.code);
        for check in CHECKS.iter().filter(|c| c.codes.contains(&kind.code)) {
            run.insert(check.id);
        }
    }
    // Live steps need the ones before them: the logs are read for the trace's probe.
    if run.contains("consumer-logs") {
        run.insert("trace");
    }
    if run.iter().any(|id| by_id(id).is_some_and(|c| c.phase == Phase::Live)) {
        run.insert("connect");
    }
    let ordered = CHECKS.iter().map(|c| c.id).filter(|id| run.contains(id)).collect();
    Ok(Selection { run: ordered, codes: Some(codes) })
}

/// The `--list-checks` text.
pub fn list_text() -> String {
    let second =
        |check: &Check| if check.phase == Phase::Static { check.name.to_string() } else { check.codes.join(" ") };
    let width = CHECKS.iter().map(|c| second(c).len()).max().unwrap_or(0);
    let mut out = String::from("Static checks (the project's files; `--static-only` runs only these):\n");
    for check in CHECKS.iter().filter(|c| c.phase == Phase::Static) {
        out.push_str(&format!("  {:<14} {:<width$}  {}\n", check.id, second(check), check.summary));
    }
    out.push_str("\nLive checks (the running pipeline; `--live-only` runs only these):\n");
    for check in CHECKS.iter().filter(|c| c.phase == Phase::Live) {
        out.push_str(&format!("  {:<14} {:<width$}  {}\n", check.id, second(check), check.summary));
    }
    out.push_str("\nSelect by code, finding name or live check name: `rentflow-doctor check RD301 RD401`.\n");
    out
}

/// The `--list-checks -o json` document.
pub fn list_json() -> serde_json::Value {
    let checks: Vec<serde_json::Value> = CHECKS
        .iter()
        .map(|check| {
            serde_json::json!({
                "id": check.id,
                "name": check.name,
                "phase": check.phase,
                "codes": check.codes,
                "summary": check.summary,
            })
        })
        .collect();
    serde_json::json!({ "version": crate::report::REPORT_VERSION, "command": "check", "checks": checks })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalogue_code_is_reported_by_some_check_except_the_group_commands_own() {
        for kind in findings::CATALOGUE {
            // RD5xx are reset-group's own findings; RD7xx the group commands' view of the cluster.
            let reported = CHECKS.iter().any(|c| c.codes.contains(&kind.code));
            let own = kind.code.starts_with("RD5") || kind.code.starts_with("RD7");
            assert_eq!(reported, !own, "{}", kind.code);
        }
        for check in CHECKS.iter().filter(|c| c.phase == Phase::Static) {
            assert_eq!(findings::lookup(check.id).map(|k| k.name), Some(check.name));
        }
    }

    #[test]
    fn selection_by_code_name_or_live_check() {
        let all = select(&[]).unwrap();
        assert_eq!(all.run.len(), CHECKS.len());
        assert!(all.reports("RD301"));
        let some = select(&["RD301".into(), "python-syntax-error".into()]).unwrap();
        assert_eq!(some.run, ["RD301", "RD401", "connect", "trace", "consumer-logs"]);
        assert!(some.reports("RD401") && some.reports("RD902") && !some.reports("RD101"));
        let live = select(&["group".into()]).unwrap();
        assert_eq!(live.run, ["connect", "group"]);
        assert!(select(&["RD999".into()]).unwrap_err().contains("RD999"));
        assert!(select(&["group-active".into()]).unwrap_err().contains("reset-group"));
        assert_eq!(select(&["RD101,RD202".into()]).unwrap().static_codes().len(), 2);
    }
}
