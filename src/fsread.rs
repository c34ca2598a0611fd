//! Bounded reading of files the doctor did not write: project files and the files they point
//! to, snapshots, config files, consumer log files.
//!
//! A path a repository or a user hands over may name a FIFO (an open for reading blocks until
//! a writer appears, and a read until it closes), a device (`/dev/zero` never ends), a
//! symlink loop, or a file that grows while it is read. Every reader here opens without
//! blocking (`O_NONBLOCK`), asks the open file — not the path, which may change in between —
//! whether it is a regular file, and reads no more than a stated number of bytes. Anything
//! else is refused with a [`Refused`] that says what the path turned out to be, so the caller
//! can skip it with a note instead of hanging.

use std::fmt;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;

/// Why a file was not read.
#[derive(Debug)]
pub enum Refused {
    NotFound,
    /// A FIFO, socket, device or directory: nothing a regular read can finish on.
    NotRegular(&'static str),
    /// A chain of symbolic links that never ends (or is too long to follow).
    SymlinkLoop,
    /// Larger than the limit the caller set.
    TooLarge {
        size: u64,
        limit: u64,
    },
    Io(std::io::Error),
}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refused::NotFound => write!(f, "not found"),
            Refused::NotRegular(kind) => write!(f, "{kind}, not a regular file; not read"),
            Refused::SymlinkLoop => write!(f, "a symbolic link loop; not read"),
            Refused::TooLarge { size, limit } => {
                write!(f, "{size} bytes, over the limit of {limit} bytes; not read")
            }
            Refused::Io(err) => write!(f, "{err}"),
        }
    }
}

impl std::error::Error for Refused {}

impl From<std::io::Error> for Refused {
    fn from(err: std::io::Error) -> Self {
        match err.kind() {
            std::io::ErrorKind::NotFound => Refused::NotFound,
            _ if is_loop(&err) => Refused::SymlinkLoop,
            _ => Refused::Io(err),
        }
    }
}

#[cfg(unix)]
fn is_loop(err: &std::io::Error) -> bool {
    err.raw_os_error() == Some(libc::ELOOP)
}

#[cfg(not(unix))]
fn is_loop(_: &std::io::Error) -> bool {
    false
}

/// What a file is, in words, from its type.
fn kind_name(file_type: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if file_type.is_socket() {
            return "a socket";
        }
        if file_type.is_char_device() {
            return "a character device";
        }
        if file_type.is_block_device() {
            return "a block device";
        }
    }
    if file_type.is_dir() { "a directory" } else { "not a regular file" }
}

/// Opens a regular file for reading without ever blocking on the open, and returns it with
/// its size.
pub fn open(path: &Path) -> Result<(File, u64), Refused> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // A FIFO opened for reading would wait for a writer; O_NONBLOCK returns at once, and
        // the type check below refuses it before any read.
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    let file = options.open(path)?;
    let metadata = file.metadata()?;
    if !metadata.file_type().is_file() {
        return Err(Refused::NotRegular(kind_name(metadata.file_type())));
    }
    Ok((file, metadata.len()))
}

/// Reads a whole regular file of at most `limit` bytes; a larger one is refused.
pub fn read(path: &Path, limit: u64) -> Result<Vec<u8>, Refused> {
    let (file, size) = open(path)?;
    if size > limit {
        return Err(Refused::TooLarge { size, limit });
    }
    let mut bytes = Vec::with_capacity(size as usize);
    // The file may grow after fstat: the read stops at the limit whatever happens.
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(Refused::TooLarge { size: bytes.len() as u64, limit });
    }
    Ok(bytes)
}

/// [`read`] as UTF-8 text (invalid sequences replaced).
pub fn read_text(path: &Path, limit: u64) -> Result<String, Refused> {
    read(path, limit).map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
}

/// Reads at most the last `limit` bytes of a regular file, from `from` on (a log file that
/// keeps growing); returns the bytes and the offset they start at.
pub fn read_tail(path: &Path, from: u64, limit: u64) -> Result<(Vec<u8>, u64), Refused> {
    let (mut file, size) = open(path)?;
    let start = from.min(size).max(size.saturating_sub(limit));
    file.seek(SeekFrom::Start(start))?;
    let mut bytes = Vec::new();
    file.take(limit.min(size - start)).read_to_end(&mut bytes)?;
    Ok((bytes, start))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_files_are_read_within_their_limit() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "hello").unwrap();
        assert_eq!(read(&path, 5).unwrap(), b"hello");
        assert!(matches!(read(&path, 4), Err(Refused::TooLarge { size: 5, limit: 4 })));
        assert!(matches!(read(&dir.path().join("missing"), 4), Err(Refused::NotFound)));
        assert!(matches!(read(dir.path(), 4), Err(Refused::NotRegular("a directory"))));
        assert_eq!(read_tail(&path, 1, 3).unwrap(), (b"llo".to_vec(), 2));
        assert_eq!(read_tail(&path, 4, 3).unwrap(), (b"o".to_vec(), 4));
    }

    #[cfg(unix)]
    #[test]
    fn fifos_devices_and_symlink_loops_are_refused_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("fifo");
        let name = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: a valid NUL-terminated path; mkfifo has no other preconditions.
        assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0);
        assert!(matches!(read(&fifo, 1 << 20), Err(Refused::NotRegular("a FIFO (named pipe)"))));
        assert!(matches!(read(Path::new("/dev/zero"), 1 << 20), Err(Refused::NotRegular("a character device"))));
        let a = dir.path().join("a");
        let b = dir.path().join("b");
        std::os::unix::fs::symlink(&b, &a).unwrap();
        std::os::unix::fs::symlink(&a, &b).unwrap();
        assert!(matches!(read(&a, 10), Err(Refused::SymlinkLoop)));
        assert!(read(&a, 10).unwrap_err().to_string().contains("loop"));
    }
}
