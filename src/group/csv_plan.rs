//! kafka-consumer-groups' CSV reset plans, read and written as that tool does: one line per
//! partition, no header — `topic,partition,offset` for one group, or
//! `group,topic,partition,offset` when the plan covers several (its `--export` and
//! `--from-file`).
//!
//! Topic names cannot hold a comma or a quote; a group id can, and is quoted as CSV quotes
//! it (`"a,b"`, with `""` for a quote inside).

use std::collections::BTreeMap;

/// One line of a plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanLine {
    /// `None` in the three-column form.
    pub group: Option<String>,
    pub topic: String,
    pub partition: i32,
    pub offset: i64,
}

/// Whether `text` looks like a CSV plan rather than a JSON snapshot.
pub fn looks_like_csv(text: &str) -> bool {
    !text.trim_start().starts_with('{')
}

/// Parses a plan; line numbers in errors count from 1.
pub fn parse(text: &str) -> Result<Vec<PlanLine>, String> {
    let mut lines = Vec::new();
    let mut columns = None;
    for (index, raw) in text.lines().enumerate() {
        let number = index + 1;
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let fields = split(line).map_err(|err| format!("line {number}: {err}"))?;
        match columns {
            None => columns = Some(fields.len()),
            Some(n) if n != fields.len() => {
                return Err(format!("line {number} has {} columns, the first line {n}", fields.len()));
            }
            Some(_) => {}
        }
        let (group, rest) = match fields.len() {
            3 => (None, &fields[..]),
            4 => (Some(fields[0].clone()), &fields[1..]),
            n => {
                return Err(format!(
                    "line {number} has {n} columns; expected topic,partition,offset or group,topic,partition,offset"
                ));
            }
        };
        let topic = rest[0].trim().to_string();
        if topic.is_empty() {
            return Err(format!("line {number} names no topic"));
        }
        let partition: i32 = rest[1]
            .trim()
            .parse()
            .ok()
            .filter(|p| *p >= 0)
            .ok_or_else(|| format!("line {number}: `{}` is not a partition number", rest[1].trim()))?;
        let offset: i64 = rest[2]
            .trim()
            .parse()
            .ok()
            .filter(|o| *o >= 0)
            .ok_or_else(|| format!("line {number}: `{}` is not an offset", rest[2].trim()))?;
        lines.push(PlanLine { group, topic, partition, offset });
    }
    if lines.is_empty() {
        return Err("the plan has no lines".to_string());
    }
    let mut seen = std::collections::BTreeSet::new();
    for line in &lines {
        if !seen.insert((line.group.clone(), line.topic.clone(), line.partition)) {
            return Err(format!("the plan lists {}:{} twice", line.topic, line.partition));
        }
    }
    Ok(lines)
}

/// Splits one CSV line, honouring double quotes.
fn split(line: &str) -> Result<Vec<String>, String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut chars = line.chars().peekable();
    let mut quoted = false;
    let mut was_quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() && !was_quoted => {
                quoted = true;
                was_quoted = true;
            }
            (false, ',') => {
                fields.push(std::mem::take(&mut field));
                was_quoted = false;
            }
            (false, c) => field.push(c),
        }
    }
    if quoted {
        return Err("a quoted field does not end".to_string());
    }
    fields.push(field);
    Ok(fields)
}

fn quote(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) || field.starts_with(' ') || field.ends_with(' ') {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

/// Writes a plan for one group (`topic,partition,offset`), as kafka-consumer-groups
/// `--reset-offsets --export` does for a single `--group`.
pub fn write(offsets: &BTreeMap<(String, i32), i64>) -> String {
    offsets.iter().map(|((topic, partition), offset)| format!("{},{partition},{offset}\n", quote(topic))).collect()
}

/// Writes a plan naming its group on every line (`group,topic,partition,offset`).
pub fn write_with_group(group: &str, offsets: &BTreeMap<(String, i32), i64>) -> String {
    offsets
        .iter()
        .map(|((topic, partition), offset)| format!("{},{},{partition},{offset}\n", quote(group), quote(topic)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_forms_read_and_the_written_form_reads_back() {
        let lines = parse("lease-events,0,12\nlease-events,1,3\n\n").unwrap();
        assert_eq!(lines[1], PlanLine { group: None, topic: "lease-events".into(), partition: 1, offset: 3 });
        let lines = parse("\"team,a\"\"b\",audit,2,7\r\n").unwrap();
        assert_eq!(lines[0].group.as_deref(), Some("team,a\"b"));
        assert_eq!((lines[0].topic.as_str(), lines[0].partition, lines[0].offset), ("audit", 2, 7));
        let offsets: BTreeMap<(String, i32), i64> = [(("t".to_string(), 1), 5), (("t".to_string(), 0), 9)].into();
        assert_eq!(write(&offsets), "t,0,9\nt,1,5\n");
        let written = write_with_group("team,a\"b", &offsets);
        assert_eq!(written, "\"team,a\"\"b\",t,0,9\n\"team,a\"\"b\",t,1,5\n");
        assert_eq!(parse(&written).unwrap()[0].group.as_deref(), Some("team,a\"b"));
    }

    #[test]
    fn malformed_plans_name_the_line() {
        for (text, expected) in [
            ("t,0\n", "2 columns"),
            ("t,0,1\ng,t,0,1\n", "line 2 has 4 columns"),
            ("t,x,1\n", "line 1: `x` is not a partition"),
            ("t,0,-1\n", "not an offset"),
            (",0,1\n", "names no topic"),
            ("t,0,1\nt,0,2\n", "twice"),
            ("\"g,t,0,1\n", "does not end"),
            ("\n\n", "no lines"),
        ] {
            let err = parse(text).unwrap_err();
            assert!(err.contains(expected), "{text:?}: {err}");
        }
        assert!(looks_like_csv("t,0,1") && !looks_like_csv("  {\"format\": 1}"));
    }
}
