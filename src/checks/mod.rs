//! `check`: the problem journal as automated checks, over the project's files and the
//! running system.

pub mod report;

use crate::cli::CheckArgs;
use crate::error::Failure;
use crate::report::Body;
use crate::settings::{FileConfig, OutputConfig};

pub async fn run(
    _args: &CheckArgs,
    _file: &FileConfig,
    _output: &OutputConfig,
) -> Result<(Body, Vec<crate::findings::Finding>), Failure> {
    Err(Failure::Failed("check: not built yet".to_string()))
}
