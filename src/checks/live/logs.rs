//! The live side of `check`: a trace of one probe, the group's members, and the consumer's
//! own logs read back — where the journal's silent failures show.
//!
//! A consumer that committed past the probe's event but wrote no log line naming its lease
//! works, silently: RD201 (its logger is not routed) or RD301 (its stdout is buffered), with
//! the static evidence when the project tree was scanned. A SyntaxError in the logs is RD401;
//! a group without members is RD103 with the last log lines.

use std::time::{Duration, Instant};

use crate::config::check::LogSource;
use crate::findings::{Finding, RD103, RD201, RD301, RD401};

/// How long a `--consumer-logs` command may run.
pub const LOG_COMMAND_TIMEOUT: Duration = Duration::from_secs(10);
/// At most this much log output is kept (the end of it).
const MAX_LOG_BYTES: usize = 8 << 20;
/// Log lines shown with RD103.
const TAIL_LINES: usize = 10;
/// When the consumer is not running, the command's `{since}` reaches this far back to find
/// why it stopped.
const CRASH_WINDOW: Duration = Duration::from_secs(3600);

/// The consumer's log lines as the live checks see them.
#[derive(Debug, Clone, Default)]
pub struct ConsumerLog {
    /// Lines written since the probe started.
    pub new_lines: Vec<String>,
    /// The last lines before that too, for a consumer that stopped (its crash).
    pub tail: Vec<String>,
    /// Where they were read from, for evidence.
    pub source: String,
}

/// A position in a log file, taken before the probe.
#[derive(Debug, Clone, Copy)]
pub struct FileMark(u64);

pub fn mark(source: &LogSource) -> Option<FileMark> {
    match source {
        // The size of the open file, and only of a regular one: a FIFO is not stat'ed by path.
        LogSource::File(path) => Some(FileMark(crate::fsread::open(path).map_or(0, |(_, size)| size))),
        LogSource::Command(_) => None,
    }
}

fn lines(bytes: &[u8]) -> Vec<String> {
    let start = bytes.len().saturating_sub(MAX_LOG_BYTES);
    // A log line may carry a credential (a connection string, a token): mask it on the way in.
    String::from_utf8_lossy(&bytes[start..])
        .lines()
        .map(|line| crate::secrets::mask_credentials(line).into_owned())
        .collect()
}

fn tail(lines: &[String], n: usize) -> Vec<String> {
    lines[lines.len().saturating_sub(n)..].to_vec()
}

/// Reads a log file: the lines after `mark`, and the file's last lines — through the bounded
/// reader, so a FIFO or a device given as the log file is refused at once, never read forever.
pub fn read_file(path: &std::path::Path, mark: Option<FileMark>) -> Result<ConsumerLog, String> {
    use crate::fsread::{self, Refused};
    let (bytes, start) = match fsread::read_tail(path, 0, MAX_LOG_BYTES as u64) {
        Ok(read) => read,
        // A consumer that never wrote a line never created its log file.
        Err(Refused::NotFound) => {
            return Ok(ConsumerLog {
                source: format!("{} (not created yet)", path.display()),
                ..ConsumerLog::default()
            });
        }
        Err(err) => return Err(format!("cannot read {}: {err}", path.display())),
    };
    let length = start + bytes.len() as u64;
    // A file that shrank was rotated or truncated: everything in it is new.
    let from = mark.map_or(0, |m| if m.0 <= length { m.0 } else { 0 });
    let split = (from.max(start) - start) as usize;
    let (before, after) = bytes.split_at(split.min(bytes.len()));
    let before = lines(before);
    Ok(ConsumerLog { new_lines: lines(after), tail: tail(&before, 200), source: path.display().to_string() })
}

/// Reads a stream to its end, keeping its last `limit` bytes.
async fn read_tail(stream: Option<impl tokio::io::AsyncRead + Unpin>, limit: usize) -> Vec<u8> {
    use tokio::io::AsyncReadExt;
    let Some(mut stream) = stream else { return Vec::new() };
    let mut kept = Vec::new();
    let mut chunk = vec![0u8; 64 * 1024];
    while let Ok(read @ 1..) = stream.read(&mut chunk).await {
        kept.extend_from_slice(&chunk[..read]);
        if kept.len() > 2 * limit {
            kept.drain(..kept.len() - limit);
        }
    }
    if kept.len() > limit {
        kept.drain(..kept.len() - limit);
    }
    kept
}

/// Runs the `--consumer-logs` template with `{since}` through `sh -c`, within a deadline.
/// stdout and stderr both count: `docker logs` replays the container's stderr on stderr.
pub async fn run_command(template: &str, since: jiff::Timestamp, timeout: Duration) -> Result<Vec<String>, String> {
    let since = since.strftime("%Y-%m-%dT%H:%M:%SZ").to_string();
    let command = template.replace("{since}", &since);
    let mut child = tokio::process::Command::new("sh");
    child
        .arg("-c")
        .arg(&command)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .process_group(0)
        .kill_on_drop(true);
    let mut child = child.spawn().map_err(|err| format!("cannot run `{command}`: {err}"))?;
    let pid = child.id();
    // Keep only the last MAX_LOG_BYTES of each stream while reading: an hour of a chatty
    // consumer's logs must not be held in memory whole.
    let (stdout, stderr) = (child.stdout.take(), child.stderr.take());
    let finished = async {
        let (out, err) = tokio::join!(read_tail(stdout, MAX_LOG_BYTES), read_tail(stderr, MAX_LOG_BYTES));
        child.wait().await.map(|status| (status, out, err))
    };
    match tokio::time::timeout(timeout, finished).await {
        Ok(Ok((status, out, err))) => {
            let mut all = lines(&out);
            all.extend(lines(&err));
            if status.success() {
                Ok(all)
            } else {
                let reason = all.last().cloned().unwrap_or_default();
                Err(format!("`{command}` exited with {status}: {reason}"))
            }
        }
        Ok(Err(err)) => Err(format!("`{command}` failed: {err}")),
        Err(_) => {
            if let Some(pid) = pid {
                // SAFETY: signalling the process group this command started.
                unsafe {
                    libc::kill(-(pid as i32), libc::SIGKILL);
                }
            }
            Err(format!("`{command}` did not finish within {}", crate::units::duration(timeout)))
        }
    }
}

/// Reads the consumer's logs after the trace. `since` is the probe's start; `running` says
/// whether the group has members (when not, the command looks further back for the crash).
pub async fn read(
    source: &LogSource,
    mark: Option<FileMark>,
    since: jiff::Timestamp,
    running: bool,
    deadline: Instant,
) -> Result<ConsumerLog, String> {
    match source {
        LogSource::File(path) => {
            let path = path.clone();
            tokio::task::spawn_blocking(move || read_file(&path, mark))
                .await
                .map_err(|err| format!("reading the log file failed: {err}"))?
        }
        LogSource::Command(template) => {
            let left = || {
                LOG_COMMAND_TIMEOUT.min(deadline.saturating_duration_since(Instant::now()).max(Duration::from_secs(1)))
            };
            // Docker's --since has one-second resolution; a second earlier loses nothing.
            let new_lines = run_command(template, since - jiff::SignedDuration::from_secs(1), left()).await?;
            let tail = if running {
                Vec::new()
            } else {
                let earlier = since - jiff::SignedDuration::try_from(CRASH_WINDOW).unwrap_or_default();
                let all = run_command(template, earlier, left()).await.unwrap_or_default();
                tail_before(&all, &new_lines)
            };
            Ok(ConsumerLog { new_lines, tail, source: source.describe() })
        }
    }
}

fn tail_before(all: &[String], new_lines: &[String]) -> Vec<String> {
    let older = &all[..all.len().saturating_sub(new_lines.len())];
    tail(older, 200)
}

/// The live check of a working consumer's logs: it committed past the probe's event, so it
/// processed it, yet no log line names the lease. The code is the static cause found in the
/// project (RD201 and/or RD301, with their locations as evidence); without one, RD301 when
/// the logs are empty altogether (nothing reaches stdout), else RD201 (other lines arrive,
/// the processing line does not).
/// `consumed` are the lease ids of the probes whose events the group committed past (one for
/// a trace, any number for a burst).
pub fn silent_consumer(consumed: &[String], log: &ConsumerLog, static_findings: &[Finding]) -> Vec<Finding> {
    if consumed.is_empty() {
        return Vec::new();
    }
    if log.new_lines.iter().any(|line| consumed.iter().any(|lease| line.contains(lease.as_str()))) {
        return Vec::new();
    }
    let message = match consumed {
        [lease] => format!(
            "the consumer committed past the probe's event but no line of its logs names lease `{lease}`: it works, silently"
        ),
        many => format!(
            "the consumer committed past {} probes' events but no line of its logs names any of their leases: it works, silently",
            many.len()
        ),
    };
    let read = format!("{} log line(s) read from {} since the probe started", log.new_lines.len(), log.source);
    let mut findings = Vec::new();
    for kind in [&RD201, &RD301] {
        let causes: Vec<&Finding> = static_findings.iter().filter(|f| f.code == kind.code).collect();
        if causes.is_empty() {
            continue;
        }
        let mut finding = Finding::new(kind, message.clone()).with_evidence(read.clone());
        for cause in causes.iter().take(3) {
            let at = cause.location.as_ref().map(|l| format!("{}:{}:{}", l.path, l.line, l.column)).unwrap_or_default();
            finding = finding.with_evidence(format!("static {} at {at}: {}", cause.code, cause.message));
        }
        findings.push(finding.with_fix(causes[0].fix.clone()));
    }
    if findings.is_empty() {
        let kind = if log.new_lines.is_empty() { &RD301 } else { &RD201 };
        let fix = "Run python with -u (or set PYTHONUNBUFFERED=1) for the consumer (RD301), and give Django's LOGGING a console handler for its logger at INFO (RD201); `rentflow-doctor check --project-dir <consumer project>` finds which.";
        let why = if log.new_lines.is_empty() {
            "the logs are empty altogether, as when stdout is block-buffered"
        } else {
            "other lines arrive but not the processing line, as when the logger is not routed to the console"
        };
        findings.push(Finding::new(kind, format!("{message}; {why}")).with_evidence(read).with_fix(fix));
    }
    findings
}

/// A Python SyntaxError (or its IndentationError/TabError forms) in the log lines: RD401
/// with the error line, the file line and the offending source line.
pub fn syntax_error(lines: &[String], source: &str) -> Option<Finding> {
    let position = lines.iter().position(|line| {
        let trimmed = line.trim_start();
        ["SyntaxError:", "IndentationError:", "TabError:"].iter().any(|kind| trimmed.contains(kind))
    })?;
    let error = lines[position].trim().to_string();
    let mut finding =
        Finding::new(&RD401, format!("the consumer's logs hold a Python syntax error, so it cannot start: {error}"));
    // The `File "…", line N` line and what follows it, above the error line.
    let context_start = lines[..position]
        .iter()
        .rposition(|line| line.trim_start().starts_with("File \""))
        .filter(|index| position - index <= 4);
    if let Some(start) = context_start {
        for line in &lines[start..position] {
            finding = finding.with_evidence(line.trim_end().to_string());
        }
    }
    finding = finding.with_evidence(error).with_evidence(format!("read from {source}"));
    Some(finding)
}

/// The last exception line of a traceback, for the evidence of RD103/RD104.
pub fn last_exception(lines: &[String]) -> Option<String> {
    let start = lines.iter().rposition(|line| line.contains("Traceback (most recent call last):"))?;
    lines[start + 1..]
        .iter()
        .find(|line| !line.starts_with(' ') && !line.starts_with('\t') && line.contains(':'))
        .map(|line| line.trim().to_string())
}

/// RD103 for a group without members, or evidence added to the trace's RD103.
pub fn not_running(findings: &mut Vec<Finding>, group: &str, detail: &str, log: Option<&ConsumerLog>) {
    let index = match findings.iter().position(|f| f.code == RD103.code) {
        Some(index) => index,
        None => {
            findings.push(
                Finding::new(&RD103, format!("group `{group}` has no active members: no consumer is running"))
                    .with_evidence(detail.to_string()),
            );
            findings.len() - 1
        }
    };
    let Some(log) = log else { return };
    let mut lines: Vec<String> = log.tail.clone();
    lines.extend(log.new_lines.iter().cloned());
    let last = tail(&lines, TAIL_LINES);
    let finding = &mut findings[index];
    if let Some(exception) = last_exception(&lines) {
        finding.evidence.push(format!("last exception in the consumer's logs: {exception}"));
    }
    if last.is_empty() {
        finding.evidence.push(format!("the consumer's logs ({}) are empty", log.source));
    } else {
        finding.evidence.push(format!("last {} line(s) of the consumer's logs ({}):", last.len(), log.source));
        finding.evidence.extend(last.into_iter().map(|line| format!("  {line}")));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::trace::report::{Hop, HopStatus, ProbeInfo, Target, TraceBody};

    fn trace(consume: HopStatus) -> TraceBody {
        TraceBody {
            target: Target::default(),
            probe: ProbeInfo { lease_id: "lease-42".to_string(), ..Default::default() },
            hops: vec![Hop {
                name: "consume".into(),
                status: consume,
                latency_ms: None,
                clock_skew_ms: None,
                detail: String::new(),
            }],
            grpc: None,
            event: None,
            group: None,
            records_watched: 0,
            setup_ms: None,
        }
    }

    fn consumed(consume: HopStatus) -> Vec<String> {
        crate::trace::Traced::Single { body: trace(consume), findings: Vec::new() }.consumed()
    }

    fn log(lines: &[&str]) -> ConsumerLog {
        ConsumerLog {
            new_lines: lines.iter().map(|l| l.to_string()).collect(),
            tail: Vec::new(),
            source: "test".into(),
        }
    }

    #[test]
    fn a_consumer_that_names_the_lease_is_not_silent() {
        assert!(silent_consumer(&consumed(HopStatus::Ok), &log(&["processed lease_id=lease-42"]), &[]).is_empty());
        assert!(silent_consumer(&consumed(HopStatus::Failed), &log(&[]), &[]).is_empty());
    }

    #[test]
    fn silence_is_rd301_when_empty_rd201_when_other_lines_arrive_and_static_evidence_wins() {
        assert_eq!(silent_consumer(&consumed(HopStatus::Ok), &log(&[]), &[])[0].code, "RD301");
        assert_eq!(silent_consumer(&consumed(HopStatus::Ok), &log(&["WARNING other"]), &[])[0].code, "RD201");
        let cause = Finding::new(&RD201, "logger not routed").with_location(crate::findings::Location {
            path: "app/x.py".into(),
            line: 7,
            column: 5,
        });
        let found = silent_consumer(&consumed(HopStatus::Ok), &log(&[]), &[cause]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code, "RD201");
        assert!(found[0].evidence.iter().any(|e| e.contains("app/x.py:7:5")), "{:?}", found[0].evidence);
    }

    #[test]
    fn a_syntax_error_in_the_logs_is_rd401_with_its_lines() {
        let lines: Vec<String> = [
            "Traceback (most recent call last):",
            "  File \"/app/manage.py\", line 22, in <module>",
            "  File \"/app/consumer/management/commands/run_kafka_consumer.py\", line 1",
            "    \"C:\\Users\\dev\\run_kafka_consumer.py\"",
            "    ^",
            "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 2-3: truncated \\UXXXXXXXX escape",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let finding = syntax_error(&lines, "consumer.log").unwrap();
        assert_eq!(finding.code, "RD401");
        assert!(finding.evidence[0].contains("run_kafka_consumer.py\", line 1"), "{:?}", finding.evidence);
        assert!(finding.message.contains("unicodeescape"));
        assert!(syntax_error(&["all good".to_string()], "x").is_none());
    }

    #[test]
    fn log_files_split_at_the_mark() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.log");
        std::fs::write(&path, "old 1\nold 2\n").unwrap();
        let mark = mark(&LogSource::File(path.clone()));
        std::fs::write(&path, "old 1\nold 2\nnew 3\n").unwrap();
        let read = read_file(&path, mark).unwrap();
        assert_eq!(read.new_lines, ["new 3"]);
        assert_eq!(read.tail, ["old 1", "old 2"]);
    }

    #[tokio::test]
    async fn commands_get_since_and_a_deadline() {
        let since = jiff::Timestamp::from_second(1_700_000_000).unwrap();
        let out = run_command("echo since={since}; echo err >&2", since, Duration::from_secs(5)).await.unwrap();
        assert_eq!(out, ["since=2023-11-14T22:13:20Z", "err"]);
        let started = Instant::now();
        let err = run_command("sleep 30", since, Duration::from_millis(300)).await.unwrap_err();
        assert!(err.contains("did not finish"), "{err}");
        assert!(started.elapsed() < Duration::from_secs(5));
        assert!(run_command("exit 3", since, Duration::from_secs(5)).await.is_err());
    }
}
