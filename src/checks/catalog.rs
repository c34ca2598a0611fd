//! The checks `check` can run, and how a selection (`check RD301 consumer-logs`) maps onto
//! them.
//!
//! Static checks are one per finding code and read the project's files. Live checks are
//! steps against the running system; each reports a fixed set of codes, and a later step may
//! need an earlier one (the consumer's logs are read for the probe the trace sent).

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::findings::{self, Kind, Scope};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Phase {
    Static,
    Live,
}

/// One check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Check {
    /// The code for static checks, the step name for live ones.
    pub id: &'static str,
    pub name: &'static str,
    pub phase: Phase,
    /// The finding codes this check reports.
    pub codes: &'static [&'static str],
    pub summary: &'static str,
}

/// A static check: one per finding code, named after it.
const fn static_check(kind: &'static Kind, summary: &'static str) -> Check {
    Check { id: kind.code, name: kind.name, phase: Phase::Static, codes: std::slice::from_ref(&kind.code), summary }
}

/// The static checks, in report order.
pub const STATIC_CHECKS: [Check; 5] = [
    static_check(
        &findings::RD101,
        "a Kafka producer constructed in a gRPC servicer method, a view or any per-call function",
    ),
    static_check(
        &findings::RD201,
        "consumer code logs through a logger that LOGGING (imports followed, the settings module in use) routes to no console handler at that level",
    ),
    static_check(&findings::RD202, "a consumer with auto.offset.reset=latest, set or left at the client default"),
    static_check(
        &findings::RD301,
        "python without -u or PYTHONUNBUFFERED in compose, Dockerfiles, Procfiles, Kubernetes manifests, systemd units, supervisord programs and the scripts they start",
    ),
    static_check(
        &findings::RD401,
        "a Python file that does not compile (a pasted Windows path, an invalid \\U \\N \\x escape)",
    ),
];

/// The live checks, in the order they run.
pub const LIVE_CHECKS: [Check; 4] = [
    Check {
        id: "connect",
        name: "connect",
        phase: Phase::Live,
        codes: &[findings::RD901.code, findings::RD902.code, findings::RD903.code, findings::RD904.code],
        summary: "the brokers, the lease service, the topic and the group answer",
    },
    Check {
        id: "trace",
        name: "trace",
        phase: Phase::Live,
        codes: &[
            findings::RD101.code,
            findings::RD102.code,
            findings::RD104.code,
            findings::RD105.code,
            findings::RD106.code,
            findings::RD107.code,
            findings::RD202.code,
        ],
        summary: "a TerminateLease probe reaches the topic and the group commits past its event",
    },
    Check {
        id: "group",
        name: "group",
        phase: Phase::Live,
        codes: &[findings::RD103.code],
        summary: "the consumer group has active members",
    },
    Check {
        id: "consumer-logs",
        name: "consumer-logs",
        phase: Phase::Live,
        codes: &[findings::RD201.code, findings::RD301.code, findings::RD401.code],
        summary: "the consumer's logs name the probe's lease and hold no syntax error",
    },
];

/// Every check: static first, then live.
pub const CHECKS: [Check; 9] = {
    let mut all = [STATIC_CHECKS[0]; 9];
    let mut index = 0;
    while index < 9 {
        all[index] = if index < 5 { STATIC_CHECKS[index] } else { LIVE_CHECKS[index - 5] };
        index += 1;
    }
    all
};

/// The live check a live finding belongs to: the first whose entry lists its code (the
/// trace for anything else it reports).
pub fn live_step(code: &str) -> &'static str {
    LIVE_CHECKS.iter().find(|check| check.codes.contains(&code)).map_or("trace", |check| check.id)
}

mod pages {
    include!(concat!(env!("OUT_DIR"), "/check_pages.rs"));
}

/// The page under `docs/checks/` for a code, compiled in.
pub fn page(code: &str) -> Option<&'static str> {
    pages::PAGES.iter().find(|(page, _)| *page == code).map(|(_, text)| *text)
}

/// How a page's third line names where a code is found, from the catalogue.
pub fn found_by(code: &str) -> String {
    let statics: Vec<String> =
        STATIC_CHECKS.iter().filter(|c| c.codes.contains(&code)).map(|c| format!("static check `{}`", c.id)).collect();
    let lives: Vec<String> =
        LIVE_CHECKS.iter().filter(|c| c.codes.contains(&code)).map(|c| format!("`{}`", c.id)).collect();
    let mut parts = statics;
    match lives.len() {
        0 => {}
        1 => parts.push(format!("live check {}", lives[0])),
        _ => parts.push(format!("live checks {}", lives.join(" and "))),
    }
    if parts.is_empty() {
        let command = match code.get(..3).unwrap_or_default() {
            "RD6" => "find",
            "RD7" => "group describe",
            _ => "reset-group",
        };
        format!("reported by `{command}`")
    } else {
        format!("found by: {}", parts.join(", "))
    }
}

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
            let command = if kind.code.starts_with("RD6") { "find" } else { "reset-group" };
            return Err(format!("{} {} is reported by `{command}`, not by `check`", kind.code, kind.name));
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
/// What `check --list-checks --output json` prints: every check, static and live.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct CheckList {
    pub version: u32,
    /// Always `check`.
    pub command: &'static str,
    pub checks: &'static [Check],
}

pub fn list_json() -> serde_json::Value {
    let list = CheckList { version: crate::report::REPORT_VERSION, command: "check", checks: &CHECKS };
    serde_json::to_value(list).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalogue_code_is_reported_by_some_check_except_the_reset_family() {
        for kind in findings::CATALOGUE {
            // RD5xx are reset-group's own findings, RD6xx find's, RD7xx the group commands' view
            // of the cluster.
            let reported = CHECKS.iter().any(|c| c.codes.contains(&kind.code));
            let own = ["RD5", "RD6", "RD7"].iter().any(|family| kind.code.starts_with(family));
            assert_eq!(reported, !own, "{}", kind.code);
        }
        for check in CHECKS.iter().filter(|c| c.phase == Phase::Static) {
            assert_eq!(findings::lookup(check.id).map(|k| k.name), Some(check.name));
        }
    }

    #[test]
    fn live_findings_belong_to_their_step() {
        assert_eq!(live_step("RD902"), "connect");
        assert_eq!(live_step("RD103"), "group");
        assert_eq!(live_step("RD401"), "consumer-logs");
        assert_eq!(live_step("RD102"), "trace");
        assert_eq!(live_step("RD999"), "trace");
    }

    /// The pages under docs/checks/ follow the catalogue: one per code and no other, each
    /// headed by its code and name, with its severity and the checks that find it.
    #[test]
    fn the_pages_follow_the_catalogue() {
        let mut codes: Vec<&str> = pages::PAGES.iter().map(|(code, _)| *code).collect();
        codes.sort();
        let catalogue: Vec<&str> = findings::CATALOGUE.iter().map(|k| k.code).collect();
        let mut expected = catalogue.clone();
        expected.sort();
        assert_eq!(codes, expected, "docs/checks/*.md must be exactly the catalogue's codes");
        for kind in findings::CATALOGUE {
            let page = page(kind.code).unwrap();
            let mut lines = page.lines();
            assert_eq!(
                lines.next(),
                Some(format!("# {} {}", kind.code, kind.name).as_str()),
                "docs/checks/{}.md title",
                kind.code
            );
            let line = lines.nth(1).unwrap_or_default();
            let severity = kind.severity.as_str();
            assert!(
                line.starts_with(&format!("Severity: {severity}"))
                    || line.starts_with(&format!("Severity: **{severity}**")),
                "docs/checks/{}.md: `{line}` does not state severity {severity}",
                kind.code
            );
            let found = found_by(kind.code);
            assert!(
                line.contains(&format!(" · {found}")),
                "docs/checks/{}.md: `{line}` should say `{found}`",
                kind.code
            );
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
