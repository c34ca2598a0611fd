//! The group commands' part of the report.

use serde::{Deserialize, Serialize};

use crate::report::text::Style;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GroupListBody {
    pub groups: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeBody {
    pub group: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ResetBody {
    pub group: String,
}

impl GroupListBody {
    pub fn render_text(&self, _style: &Style) -> String {
        String::new()
    }
}

impl DescribeBody {
    pub fn render_text(&self, _style: &Style) -> String {
        String::new()
    }
}

impl ResetBody {
    pub fn render_text(&self, _style: &Style) -> String {
        String::new()
    }
}
