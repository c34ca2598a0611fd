//! The `rentflow-doctor` binary: parse, run, exit. Everything else lives in the library.

fn main() -> std::process::ExitCode {
    rentflow_doctor::main_entry()
}
