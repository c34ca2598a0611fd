//! Snapshots of a group's committed offsets: written durably before any change, read back by
//! `reset-group --from-file`.
//!
//! The file is JSON (`docs/groups.md` documents it): one entry per partition with the
//! committed offset, `null` where the group had none. It is written to a temporary file in
//! the same directory, flushed to disk, published under its name without ever replacing an
//! existing file, and the directory entry is flushed too — so once `write` returns, a crash
//! or power loss cannot leave a reset without its way back.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// What the `format` field says, so that a random JSON file is not taken for a snapshot.
pub const FORMAT: &str = "rentflow-doctor/offsets";
/// The snapshot format's version; readers refuse versions they do not know.
pub const VERSION: u32 = 1;
/// The largest snapshot or plan file `--from-file` reads: far above any real group's
/// offsets (a million partitions fit), far below what `/dev/zero` would cost.
pub const MAX_FILE_BYTES: u64 = 256 << 20;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    pub format: String,
    pub version: u32,
    pub group: String,
    /// When the offsets were read, RFC 3339 UTC.
    pub created_at: String,
    /// The bootstrap brokers they were read from.
    pub brokers: String,
    /// The id of the cluster they were read from (from metadata); absent in snapshots
    /// written before it was recorded, or when the cluster did not say.
    #[serde(default)]
    pub cluster_id: Option<String>,
    /// The group's state when they were read.
    pub group_state: String,
    /// The command that took the snapshot (`reset-group --to earliest`).
    pub taken_before: String,
    pub offsets: Vec<SavedOffset>,
}

/// One partition's committed offset, with its log for reference.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedOffset {
    pub topic: String,
    pub partition: i32,
    /// The committed offset; `null`: the group had none (its consumer's auto.offset.reset
    /// decided where it started).
    pub offset: Option<i64>,
    pub log_start: i64,
    pub log_end: i64,
}

impl Snapshot {
    /// Reads and checks a snapshot file.
    pub fn read(path: &Path) -> Result<Snapshot, String> {
        Snapshot::parse(&read_text(path)?, path)
    }

    /// Parses and checks a snapshot's text; `path` names it in errors.
    pub fn parse(text: &str, path: &Path) -> Result<Snapshot, String> {
        let snapshot: Snapshot = serde_json::from_str(text)
            .map_err(|err| format!("{} is not an offsets snapshot: {err}", path.display()))?;
        if snapshot.format != FORMAT {
            return Err(format!("{} is not an offsets snapshot (format `{}`)", path.display(), snapshot.format));
        }
        if snapshot.version != VERSION {
            return Err(format!(
                "{} is a version {} snapshot; this rentflow-doctor reads version {VERSION}",
                path.display(),
                snapshot.version
            ));
        }
        if snapshot.group.is_empty() {
            return Err(format!("{} names no group", path.display()));
        }
        let mut seen = std::collections::BTreeSet::new();
        for entry in &snapshot.offsets {
            if !seen.insert((entry.topic.as_str(), entry.partition)) {
                return Err(format!("{} lists {}:{} twice", path.display(), entry.topic, entry.partition));
            }
            if entry.offset.is_some_and(|offset| offset < 0) || entry.partition < 0 {
                return Err(format!("{} has a negative offset or partition for {}", path.display(), entry.topic));
            }
        }
        Ok(snapshot)
    }

    /// The topics it covers, in order.
    pub fn topics(&self) -> Vec<String> {
        let mut topics: Vec<String> = self.offsets.iter().map(|entry| entry.topic.clone()).collect();
        topics.sort();
        topics.dedup();
        topics
    }
}

/// The text of a snapshot or plan file: a regular file of at most [`MAX_FILE_BYTES`].
pub fn read_text(path: &Path) -> Result<String, String> {
    crate::fsread::read_text(path, MAX_FILE_BYTES).map_err(|err| format!("cannot read {}: {err}", path.display()))
}

/// `./<group>-<UTC time>.offsets.json`, with a counter if that name is taken.
pub fn default_path(dir: &Path, group: &str, now: jiff::Timestamp) -> PathBuf {
    let safe: String = group
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') { c } else { '_' })
        .collect();
    let stamp = now.strftime("%Y%m%dT%H%M%SZ").to_string();
    let mut path = dir.join(format!("{safe}-{stamp}.offsets.json"));
    let mut n = 2;
    while path.exists() {
        path = dir.join(format!("{safe}-{stamp}-{n}.offsets.json"));
        n += 1;
    }
    path
}

/// Writes the snapshot durably to `path`, which must not exist. Returns the absolute path.
pub fn write(path: &Path, snapshot: &Snapshot) -> io::Result<PathBuf> {
    let mut text = serde_json::to_string_pretty(snapshot).map_err(io::Error::other)?;
    text.push('\n');
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path.file_name().ok_or_else(|| io::Error::other("the snapshot path names no file"))?;
    let temporary = dir.join(format!(".{}.{}.tmp", name.to_string_lossy(), std::process::id()));
    let written = (|| {
        let mut file = OpenOptions::new().write(true).create_new(true).open(&temporary)?;
        file.write_all(text.as_bytes())?;
        file.sync_all()
    })();
    if let Err(err) = written {
        let _ = fs::remove_file(&temporary);
        return Err(err);
    }
    // Publish without replacing anything: a hard link fails if the name exists. Filesystems
    // without hard links get a rename after an existence check.
    let published = match fs::hard_link(&temporary, path) {
        Ok(()) => fs::remove_file(&temporary),
        Err(err) if err.kind() == io::ErrorKind::AlreadyExists => Err(err),
        Err(_) if path.exists() => Err(io::Error::new(io::ErrorKind::AlreadyExists, "the file exists")),
        Err(_) => fs::rename(&temporary, path),
    };
    if let Err(err) = published {
        let _ = fs::remove_file(&temporary);
        return Err(err);
    }
    // The new directory entry must reach the disk too.
    File::open(&dir)?.sync_all()?;
    Ok(fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Snapshot {
        Snapshot {
            format: FORMAT.to_string(),
            version: VERSION,
            group: "rentflow-django-consumer".to_string(),
            created_at: "2025-11-03T09:30:00.000Z".to_string(),
            brokers: "127.0.0.1:9092".to_string(),
            cluster_id: Some("MkU3OEVBNTcwNTJENDM2Qk".to_string()),
            group_state: "Empty".to_string(),
            taken_before: "reset-group --to earliest".to_string(),
            offsets: vec![
                SavedOffset { topic: "lease-events".into(), partition: 0, offset: Some(12), log_start: 0, log_end: 12 },
                SavedOffset { topic: "lease-events".into(), partition: 1, offset: None, log_start: 0, log_end: 3 },
            ],
        }
    }

    #[test]
    fn a_written_snapshot_reads_back_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("g.offsets.json");
        let written = write(&path, &sample()).unwrap();
        assert!(written.is_absolute());
        assert_eq!(Snapshot::read(&path).unwrap(), sample());
        let names: Vec<_> = fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, vec![std::ffi::OsString::from("g.offsets.json")]);
        let json: serde_json::Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(json["offsets"][1]["offset"], serde_json::Value::Null, "no committed offset is null");
    }

    #[test]
    fn a_snapshot_never_replaces_an_existing_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("taken.json");
        fs::write(&path, "precious").unwrap();
        assert_eq!(write(&path, &sample()).unwrap_err().kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read_to_string(&path).unwrap(), "precious");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_snapshot_in_a_missing_directory_fails() {
        let dir = tempfile::tempdir().unwrap();
        assert!(write(&dir.path().join("no/such/dir/s.json"), &sample()).is_err());
    }

    #[test]
    fn default_names_carry_group_and_utc_time_and_do_not_collide() {
        let dir = tempfile::tempdir().unwrap();
        let now: jiff::Timestamp = "2025-11-03T09:30:05Z".parse().unwrap();
        let first = default_path(dir.path(), "team/consumer", now);
        assert_eq!(first.file_name().unwrap(), "team_consumer-20251103T093005Z.offsets.json");
        fs::write(&first, "x").unwrap();
        let second = default_path(dir.path(), "team/consumer", now);
        assert_eq!(second.file_name().unwrap(), "team_consumer-20251103T093005Z-2.offsets.json");
    }

    #[test]
    fn reading_refuses_what_is_not_a_snapshot() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.json");
        fs::write(&path, "{\"hello\": 1}").unwrap();
        assert!(Snapshot::read(&path).unwrap_err().contains("not an offsets snapshot"));
        let mut other = sample();
        other.version = 9;
        fs::write(&path, serde_json::to_string(&other).unwrap()).unwrap();
        assert!(Snapshot::read(&path).unwrap_err().contains("version 9"));
        let mut twice = sample();
        twice.offsets.push(twice.offsets[0].clone());
        fs::write(&path, serde_json::to_string(&twice).unwrap()).unwrap();
        assert!(Snapshot::read(&path).unwrap_err().contains("twice"));
        assert!(Snapshot::read(&dir.path().join("missing.json")).unwrap_err().contains("cannot read"));
        // Not a file: refused at once rather than read until memory runs out.
        let err = Snapshot::read(Path::new("/dev/zero")).unwrap_err();
        assert!(err.contains("not a regular file"), "{err}");
    }

    #[test]
    fn snapshots_without_a_cluster_id_still_read() {
        let mut json: serde_json::Value = serde_json::to_value(sample()).unwrap();
        json.as_object_mut().unwrap().remove("cluster_id");
        let parsed = Snapshot::parse(&json.to_string(), Path::new("old.json")).unwrap();
        assert_eq!(parsed.cluster_id, None);
    }
}
