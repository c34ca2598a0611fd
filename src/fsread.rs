//! Reading files the doctor is handed without trusting them: a size cap, and only regular
//! files — a FIFO, a device or `/dev/zero` is refused with a clear error, never read until
//! memory or patience runs out.

use std::fs::{File, OpenOptions};
use std::io::{self, Read};
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

/// Reads the whole of `path` if it is a regular file of at most `max_bytes`.
///
/// The file is opened non-blocking, so that opening a FIFO without a writer cannot hang,
/// and its type is checked on the open handle (no race with a swap of the path). The read
/// stops one byte past the cap, so a file that grows while read is refused too.
pub fn read_bounded(path: &Path, max_bytes: u64) -> io::Result<Vec<u8>> {
    let file: File = OpenOptions::new().read(true).custom_flags(libc::O_NONBLOCK).open(path)?;
    let metadata = file.metadata()?;
    if !metadata.is_file() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("not a regular file ({}); refusing to read it", kind(&metadata)),
        ));
    }
    if metadata.len() > max_bytes {
        return Err(too_large(max_bytes));
    }
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    file.take(max_bytes + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max_bytes {
        return Err(too_large(max_bytes));
    }
    Ok(bytes)
}

/// [`read_bounded`] as UTF-8 text.
pub fn read_bounded_text(path: &Path, max_bytes: u64) -> io::Result<String> {
    String::from_utf8(read_bounded(path, max_bytes)?)
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "not UTF-8 text"))
}

fn too_large(max_bytes: u64) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, format!("larger than {} MiB; refusing to read it", max_bytes >> 20))
}

fn kind(metadata: &std::fs::Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let kind = metadata.file_type();
    if kind.is_dir() {
        "a directory"
    } else if kind.is_fifo() {
        "a FIFO"
    } else if kind.is_char_device() || kind.is_block_device() {
        "a device"
    } else if kind.is_socket() {
        "a socket"
    } else {
        "not a file"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn devices_fifos_and_directories_are_refused_without_reading() {
        let err = read_bounded(Path::new("/dev/zero"), 1 << 20).unwrap_err();
        assert!(err.to_string().contains("a device"), "{err}");
        let dir = tempfile::tempdir().unwrap();
        assert!(read_bounded(dir.path(), 1 << 20).unwrap_err().to_string().contains("a directory"));
        let fifo = dir.path().join("fifo");
        let name = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: creating a FIFO at a path in our own temporary directory.
        assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0);
        // Opening it for reading without a writer would block forever without O_NONBLOCK.
        assert!(read_bounded(&fifo, 1 << 20).unwrap_err().to_string().contains("a FIFO"));
    }

    #[test]
    fn files_over_the_cap_are_refused_and_others_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        std::fs::write(&path, vec![b'x'; 2 << 20]).unwrap();
        assert!(read_bounded(&path, 1 << 20).unwrap_err().to_string().contains("larger than 1 MiB"));
        assert_eq!(read_bounded(&path, 2 << 20).unwrap().len(), 2 << 20);
        std::fs::write(&path, "hello").unwrap();
        assert_eq!(read_bounded_text(&path, 5).unwrap(), "hello");
    }
}
