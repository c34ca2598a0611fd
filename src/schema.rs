//! The JSON report's schema, generated from the report types themselves.
//!
//! `docs/schema/report.schema.json` is this module's output, committed so that scripts can
//! validate against it without building the doctor. A unit test fails when the committed file
//! differs from what the types say (`RENTFLOW_WRITE_SCHEMA=1 cargo test --lib schema` writes it
//! anew), and the integration tests validate every JSON document the real binary prints
//! against the committed file. Every object is closed (`additionalProperties: false`): a field
//! the types do not declare is an error, so the schema cannot drift behind the model.

use schemars::Schema;
use schemars::generate::SchemaSettings;
use schemars::transform::{Transform, transform_subschemas};
use serde_json::{Value, json};

use crate::checks::catalog::CheckList;
use crate::checks::report::CheckBody;
use crate::find::report::FindBody;
use crate::group::report::{DescribeBody, GroupListBody, ResetBody};
use crate::report::{FailureReport, REPORT_VERSION, Report};
use crate::trace::report::{BurstBody, TraceBody};

/// Where the schema is committed, relative to the project root.
pub const PATH: &str = "docs/schema/report.schema.json";

/// The whole schema: one report per command's body (its `command` names fixed), the list of
/// checks, or the failure document.
pub fn document() -> Value {
    let mut generator = SchemaSettings::draft2020_12().for_serialize().with_transform(Closed).into_generator();
    let reports: Vec<(&[&str], Schema)> = vec![
        (&["trace", "demo"], generator.subschema_for::<Report<TraceBody>>()),
        (&["trace", "demo"], generator.subschema_for::<Report<BurstBody>>()),
        (&["group list"], generator.subschema_for::<Report<GroupListBody>>()),
        (&["group describe"], generator.subschema_for::<Report<DescribeBody>>()),
        (&["reset-group"], generator.subschema_for::<Report<ResetBody>>()),
        (&["check"], generator.subschema_for::<Report<CheckBody>>()),
        (&["find"], generator.subschema_for::<Report<FindBody>>()),
        (&["check"], generator.subschema_for::<CheckList>()),
    ];
    let mut any_of: Vec<Value> = reports
        .into_iter()
        .map(|(commands, schema)| {
            json!({
                "allOf": [schema],
                "properties": { "command": { "enum": commands } },
            })
        })
        .collect();
    any_of.push(generator.subschema_for::<FailureReport>().to_value());
    let mut definitions = generator.take_definitions(true);
    for (name, definition) in definitions.iter_mut() {
        let Some(properties) = definition.get_mut("properties").and_then(Value::as_object_mut) else { continue };
        if name.starts_with("Report_of_") || name == "FailureReport" || name == "CheckList" {
            // The one version this build writes, not any integer.
            properties.insert("version".to_string(), json!({ "const": REPORT_VERSION }));
        }
        if let Some(started_at) = properties.get_mut("started_at").and_then(Value::as_object_mut) {
            started_at.insert("format".to_string(), json!("date-time"));
        }
    }
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://rentflow-doctor.invalid/schema/report.schema.json",
        "title": format!("rentflow-doctor JSON report (version {REPORT_VERSION})"),
        "description": "What `rentflow-doctor <command> --output json` prints on stdout: a report of one of the commands, or a failure document when the command could not make one. Generated from the report types; every object is closed.",
        "anyOf": any_of,
        "$defs": definitions,
    })
}

/// The document as committed: pretty-printed, with a final newline.
pub fn text() -> String {
    let mut text = serde_json::to_string_pretty(&document()).unwrap_or_default();
    text.push('\n');
    text
}

/// Closes every object schema that lists its properties: an undeclared field is an error.
#[derive(Debug, Clone, Copy)]
struct Closed;

impl Transform for Closed {
    fn transform(&mut self, schema: &mut Schema) {
        if let Some(object) = schema.as_object_mut()
            && object.contains_key("properties")
            && !object.contains_key("additionalProperties")
        {
            object.insert("additionalProperties".to_string(), Value::Bool(false));
        }
        transform_subschemas(self, schema);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_committed_schema_is_the_generated_one() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(PATH);
        let generated = text();
        if std::env::var_os("RENTFLOW_WRITE_SCHEMA").is_some() {
            std::fs::write(&path, &generated).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "{PATH} is not what the report types say; write it anew with RENTFLOW_WRITE_SCHEMA=1 cargo test --lib schema"
        );
    }

    #[test]
    fn every_object_is_closed() {
        fn walk(value: &Value, at: &str) {
            match value {
                Value::Object(object) => {
                    // A command's branch only narrows `command` on the closed report it combines.
                    if object.contains_key("properties") && !object.contains_key("allOf") {
                        assert_eq!(object.get("additionalProperties"), Some(&Value::Bool(false)), "{at}");
                    }
                    for (key, child) in object {
                        walk(child, &format!("{at}/{key}"));
                    }
                }
                Value::Array(items) => {
                    for (index, child) in items.iter().enumerate() {
                        walk(child, &format!("{at}/{index}"));
                    }
                }
                _ => {}
            }
        }
        walk(&document(), "#");
    }
}
