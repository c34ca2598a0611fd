//! Process exit codes: a documented contract for scripts and CI jobs.
//!
//! The README's "Exit codes" table mirrors these constants; a test keeps the two in step.

/// Everything checked is healthy (warnings and infos may have been reported).
pub const HEALTHY: u8 = 0;
/// At least one finding of error severity (or of the severity chosen with `--fail-on`).
pub const FINDINGS: u8 = 1;
/// The command line, a setting or the config file is wrong; nothing was attempted.
pub const USAGE: u8 = 2;
/// The doctor could not reach what it needs: a broker, the gRPC service, the topic or a file.
pub const UNREACHABLE: u8 = 3;

/// `find` searched and found no matching event.
pub const NOT_FOUND: u8 = 4;

/// All codes with their meaning, in order; used by `--help` texts and the README test.
pub const ALL: [(u8, &str); 5] = [
    (HEALTHY, "healthy"),
    (FINDINGS, "a finding of error severity"),
    (USAGE, "usage or configuration error"),
    (UNREACHABLE, "could not reach what it needs"),
    (NOT_FOUND, "find: no matching event"),
];
