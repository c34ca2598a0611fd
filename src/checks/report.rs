//! The check command's part of the report.

use serde::{Deserialize, Serialize};

use crate::report::text::Style;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CheckBody {
    pub checks: Vec<String>,
}

impl CheckBody {
    pub fn render_text(&self, _style: &Style) -> String {
        String::new()
    }
}
