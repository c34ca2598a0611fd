//! Consumer groups: `group list`, `group describe` and `reset-group`.

pub mod report;

use crate::cli::{GroupDescribeArgs, GroupListArgs, ResetGroupArgs};
use crate::error::Failure;
use crate::report::Body;
use crate::settings::{FileConfig, OutputConfig};

pub async fn list(
    _args: &GroupListArgs,
    _file: &FileConfig,
    _output: &OutputConfig,
) -> Result<(Body, Vec<crate::findings::Finding>), Failure> {
    Err(Failure::Failed("group list: not built yet".to_string()))
}

pub async fn describe(
    _args: &GroupDescribeArgs,
    _file: &FileConfig,
    _output: &OutputConfig,
) -> Result<(Body, Vec<crate::findings::Finding>), Failure> {
    Err(Failure::Failed("group describe: not built yet".to_string()))
}

pub async fn reset(
    _args: &ResetGroupArgs,
    _file: &FileConfig,
    _output: &OutputConfig,
) -> Result<(Body, Vec<crate::findings::Finding>), Failure> {
    Err(Failure::Failed("reset-group: not built yet".to_string()))
}
