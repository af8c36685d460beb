//! Validates JSON instances against the component schemas of `openapi/extend-cancel.yaml`.
//!
//! OpenAPI 3.0 schemas are not JSON Schema, so [`Spec::load`] converts them (draft 7):
//! - `nullable: true` allows `null` (`type: [T, "null"]`, `null` added to an `enum`, or an
//!   `anyOf` with `{type: "null"}` around schemas that have no `type` of their own);
//! - `#/components/schemas/X` references become `#/definitions/X`;
//! - the OpenAPI-only keywords (`example`, `discriminator`, `xml`, `externalDocs`, `x-*`)
//!   are dropped; `discriminator` only narrows a `oneOf` that the members already decide.
//!
//! `format: date-time` is checked (the Rust client decodes those fields with chrono).
//! The growing enumerations of the spec are `anyOf: [{type: string, enum: [...]}, {type: string}]`,
//! so a value the spec does not list validates, as it must.
//!
//! ```no_run
//! let spec = spec_check::Spec::load_default()?;
//! for example in spec.response_examples() {
//!     if let Err(errors) = spec.validate(&example.schema_name, &example.value) {
//!         panic!("{}: {}", example.location, errors.join("; "));
//!     }
//! }
//! # Ok::<(), String>(())
//! ```

#![deny(missing_docs)]

use serde_json::{Map, Value};
use std::path::{Path, PathBuf};

/// The spec file, relative to the workspace root.
pub const SPEC_PATH: &str = "openapi/extend-cancel.yaml";

/// A loaded spec: the document as JSON and its component schemas converted to JSON Schema.
#[derive(Debug)]
pub struct Spec {
    path: PathBuf,
    document: Value,
    definitions: Map<String, Value>,
    /// Compiled validators by schema name: compiling one takes far longer than using it.
    validators: std::sync::Mutex<std::collections::HashMap<String, std::sync::Arc<jsonschema::Validator>>>,
}

/// An example embedded in the spec for a response body.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    /// Where the example sits, e.g.
    /// `cancelProcessorRun: POST /processor_runs/{id}/cancel 200 application/json examples.seed003`.
    pub location: String,
    /// The component schema the example must satisfy (`ClassifyRun`), or, for an inline
    /// schema, a JSON pointer into the document (`#/paths/...`) that [`Spec::validate`] accepts.
    pub schema_name: String,
    /// The example value.
    pub value: Value,
}

impl Clone for Spec {
    fn clone(&self) -> Self {
        Spec {
            path: self.path.clone(),
            document: self.document.clone(),
            definitions: self.definitions.clone(),
            validators: Default::default(),
        }
    }
}

impl Spec {
    /// Reads and converts the spec at `path` (YAML or JSON).
    pub fn load(path: impl AsRef<Path>) -> Result<Spec, String> {
        let path = path.as_ref();
        let text =
            std::fs::read_to_string(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
        Spec::parse(&text).map_err(|e| format!("{}: {e}", path.display())).map(|mut spec| {
            spec.path = path.to_path_buf();
            spec
        })
    }

    /// Loads `openapi/extend-cancel.yaml` of this workspace (two folders above spec-check's,
    /// `contract/spec-check`).
    pub fn load_default() -> Result<Spec, String> {
        Spec::load(workspace_root().join(SPEC_PATH))
    }

    /// Parses a spec from YAML (or JSON, which is YAML) text.
    pub fn parse(text: &str) -> Result<Spec, String> {
        let yaml: serde_yaml::Value =
            serde_yaml::from_str(text).map_err(|e| format!("not valid YAML: {e}"))?;
        let document = yaml_to_json(yaml)?;
        let schemas = document
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .ok_or("the spec has no components.schemas")?;
        let definitions = schemas.iter().map(|(name, schema)| (name.clone(), convert(schema))).collect();
        Ok(Spec { path: PathBuf::new(), document, definitions, validators: Default::default() })
    }

    /// The file the spec was loaded from (empty for [`Spec::parse`]).
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The whole document as JSON.
    pub fn document(&self) -> &Value {
        &self.document
    }

    /// Validates `instance` against the component schema `schema_name` (or against the schema
    /// a `#/...` JSON pointer into the document names). Each error starts with the instance
    /// path of the offending value (`/status: ...`; `(root)` for the value itself).
    pub fn validate(&self, schema_name: &str, instance: &Value) -> Result<(), Vec<String>> {
        let target = if let Some(pointer) = schema_name.strip_prefix('#') {
            let schema = self
                .document
                .pointer(pointer)
                .ok_or_else(|| vec![format!("the spec has nothing at {schema_name}")])?;
            convert(schema)
        } else if self.definitions.contains_key(schema_name) {
            serde_json::json!({ "$ref": format!("#/definitions/{}", escape_pointer(schema_name)) })
        } else {
            return Err(vec![format!("the spec has no component schema named {schema_name:?}")]);
        };
        let cached = self.validators.lock().unwrap_or_else(|e| e.into_inner()).get(schema_name).cloned();
        let validator = match cached {
            Some(validator) => validator,
            None => {
                let root = serde_json::json!({
                    "$schema": "http://json-schema.org/draft-07/schema#",
                    "definitions": self.definitions,
                    "allOf": [target],
                });
                let validator = jsonschema::draft7::options()
                    .should_validate_formats(true)
                    .build(&root)
                    .map_err(|e| vec![format!("schema {schema_name} does not compile: {e}")])?;
                let validator = std::sync::Arc::new(validator);
                self.validators
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .insert(schema_name.to_owned(), std::sync::Arc::clone(&validator));
                validator
            }
        };
        let mut errors = Vec::new();
        for error in validator.iter_errors(instance) {
            describe(&error, &mut errors);
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// Every response example of the spec (`examples.*.value` and `example` of each media type
    /// of each response, under `paths` and under `components.responses`), in document order.
    pub fn response_examples(&self) -> Vec<Example> {
        let mut out = Vec::new();
        if let Some(paths) = self.document.get("paths").and_then(Value::as_object) {
            for (path, item) in paths {
                let Some(item) = item.as_object() else { continue };
                for (method, op) in item {
                    let Some(responses) = op.get("responses").and_then(Value::as_object) else { continue };
                    let op_id = op.get("operationId").and_then(Value::as_str).unwrap_or("(no operationId)");
                    let prefix = format!("{op_id}: {} {path}", method.to_uppercase());
                    for (status, response) in responses {
                        self.media_examples(&prefix, status, response, &mut out);
                    }
                }
            }
        }
        if let Some(responses) = self.document.pointer("/components/responses").and_then(Value::as_object) {
            for (name, response) in responses {
                self.media_examples(&format!("components.responses.{name}"), "", response, &mut out);
            }
        }
        out
    }

    fn media_examples(&self, prefix: &str, status: &str, response: &Value, out: &mut Vec<Example>) {
        let Some(content) = response.get("content").and_then(Value::as_object) else { return };
        for (media, media_object) in content {
            let schema_name = match media_object.get("schema") {
                Some(schema) => match schema.get("$ref").and_then(Value::as_str) {
                    Some(reference) => reference.trim_start_matches("#/components/schemas/").to_owned(),
                    None => self.pointer_to(schema).unwrap_or_default(),
                },
                None => continue,
            };
            let location = |what: &str| {
                let status = if status.is_empty() { String::new() } else { format!(" {status}") };
                format!("{prefix}{status} {media} {what}")
            };
            if let Some(value) = media_object.get("example") {
                out.push(Example {
                    location: location("example"),
                    schema_name: schema_name.clone(),
                    value: value.clone(),
                });
            }
            let Some(examples) = media_object.get("examples").and_then(Value::as_object) else { continue };
            for (name, example) in examples {
                let example = match example.get("$ref").and_then(Value::as_str) {
                    Some(reference) => {
                        match reference.strip_prefix('#').and_then(|p| self.document.pointer(p)) {
                            Some(resolved) => resolved,
                            None => continue,
                        }
                    }
                    None => example,
                };
                // An example with only `externalValue` has nothing to check here.
                let Some(value) = example.get("value") else { continue };
                out.push(Example {
                    location: location(&format!("examples.{name}")),
                    schema_name: schema_name.clone(),
                    value: value.clone(),
                });
            }
        }
    }

    /// The JSON pointer (`#/...`) of `needle`, found by identity inside the document.
    fn pointer_to(&self, needle: &Value) -> Option<String> {
        fn walk(value: &Value, needle: &Value, path: &mut String) -> bool {
            if std::ptr::eq(value, needle) {
                return true;
            }
            let len = path.len();
            let found = match value {
                Value::Object(map) => map.iter().any(|(key, child)| {
                    path.truncate(len);
                    path.push('/');
                    path.push_str(&escape_pointer(key));
                    walk(child, needle, path)
                }),
                Value::Array(items) => items.iter().enumerate().any(|(i, child)| {
                    path.truncate(len);
                    path.push_str(&format!("/{i}"));
                    walk(child, needle, path)
                }),
                _ => false,
            };
            if !found {
                path.truncate(len);
            }
            found
        }
        let mut path = String::from("#");
        walk(&self.document, needle, &mut path).then_some(path)
    }
}

/// Appends `"{instance path}: {message}"` for `error`. The `anyOf` that wraps a nullable
/// schema would only say "not valid under any of the schemas"; when every branch but one
/// failed only for not being `null`, the errors of that one branch are reported instead.
fn describe(error: &jsonschema::ValidationError<'_>, out: &mut Vec<String>) {
    use jsonschema::error::{TypeKind, ValidationErrorKind};
    if let ValidationErrorKind::AnyOf { context } = error.kind() {
        // The null branch is `{type: "null"}` (a converted `nullable`) or the spec's own
        // `{enum: [null]}` (its nullable references are `anyOf: [{$ref}, {enum: [null]}]`).
        let only_not_null = |branch: &Vec<jsonschema::ValidationError<'static>>| {
            matches!(branch.as_slice(), [e] if match e.kind() {
                ValidationErrorKind::Type { kind: TypeKind::Single(t) } => *t == jsonschema::types::JsonType::Null,
                ValidationErrorKind::Enum { options } => **options == serde_json::json!([null]),
                _ => false,
            })
        };
        let mut rest = context.iter().filter(|branch| !only_not_null(branch));
        if let (Some(branch), None) = (rest.next(), rest.next()) {
            if !branch.is_empty() {
                for inner in branch {
                    describe(inner, out);
                }
                return;
            }
        }
    }
    let path = error.instance_path().to_string();
    let path = if path.is_empty() { "(root)".to_owned() } else { path };
    out.push(format!("{path}: {error}"));
}

/// The workspace root: two folders above this crate's (`contract/spec-check`).
fn workspace_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.ancestors().nth(2).unwrap_or(manifest).to_path_buf()
}

fn escape_pointer(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// YAML to JSON, with map keys turned into strings (an unquoted `200:` is a YAML number).
fn yaml_to_json(yaml: serde_yaml::Value) -> Result<Value, String> {
    use serde_yaml::Value as Y;
    Ok(match yaml {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(b),
        Y::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::from(i)
            } else if let Some(u) = n.as_u64() {
                Value::from(u)
            } else {
                let f = n.as_f64().ok_or("a number that is neither integer nor float")?;
                serde_json::Number::from_f64(f).map(Value::Number).ok_or(format!("{f} has no JSON form"))?
            }
        }
        Y::String(s) => Value::String(s),
        Y::Sequence(items) => Value::Array(items.into_iter().map(yaml_to_json).collect::<Result<_, _>>()?),
        Y::Mapping(map) => {
            let mut out = Map::new();
            for (key, value) in map {
                let key = match key {
                    Y::String(s) => s,
                    Y::Number(n) => n.to_string(),
                    Y::Bool(b) => b.to_string(),
                    other => return Err(format!("unsupported map key {other:?}")),
                };
                out.insert(key, yaml_to_json(value)?);
            }
            Value::Object(out)
        }
        Y::Tagged(tagged) => return Err(format!("YAML tags are not allowed here ({})", tagged.tag)),
    })
}

/// Converts one OpenAPI 3.0 schema object to JSON Schema draft 7, recursing only into the
/// positions that hold schemas (so a property called `example` is kept).
fn convert(schema: &Value) -> Value {
    let Some(object) = schema.as_object() else { return schema.clone() };
    if let Some(reference) = object.get("$ref").and_then(Value::as_str) {
        // In OpenAPI 3.0 the siblings of `$ref` are ignored.
        let target = match reference.strip_prefix("#/components/schemas/") {
            Some(name) => format!("#/definitions/{name}"),
            None => reference.to_owned(),
        };
        return serde_json::json!({ "$ref": target });
    }
    let mut out = Map::new();
    for (key, value) in object {
        let converted = match key.as_str() {
            "example" | "discriminator" | "xml" | "externalDocs" | "nullable" => continue,
            k if k.starts_with("x-") => continue,
            "properties" => match value.as_object() {
                Some(properties) => {
                    Value::Object(properties.iter().map(|(name, s)| (name.clone(), convert(s))).collect())
                }
                None => value.clone(),
            },
            "items" | "not" => convert(value),
            "additionalProperties" if value.is_object() => convert(value),
            "allOf" | "anyOf" | "oneOf" => match value.as_array() {
                Some(items) => Value::Array(items.iter().map(convert).collect()),
                None => value.clone(),
            },
            _ => value.clone(),
        };
        out.insert(key.clone(), converted);
    }
    if object.get("nullable").and_then(Value::as_bool) != Some(true) {
        return Value::Object(out);
    }
    match out.get("type").and_then(Value::as_str).map(str::to_owned) {
        Some(ty) if !["allOf", "anyOf", "oneOf", "not"].iter().any(|k| out.contains_key(*k)) => {
            out.insert("type".into(), serde_json::json!([ty, "null"]));
            if let Some(Value::Array(values)) = out.get_mut("enum") {
                if !values.contains(&Value::Null) {
                    values.push(Value::Null);
                }
            }
            Value::Object(out)
        }
        _ => serde_json::json!({ "anyOf": [{ "type": "null" }, Value::Object(out)] }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn nullable_type_and_enum_allow_null() {
        let converted = convert(&json!({"type": "string", "enum": ["A"], "nullable": true, "example": "A"}));
        assert_eq!(converted, json!({"type": ["string", "null"], "enum": ["A", null]}));
    }

    #[test]
    fn nullable_composition_is_wrapped_and_refs_are_rewritten() {
        let converted = convert(&json!({"allOf": [{"$ref": "#/components/schemas/X"}], "nullable": true}));
        assert_eq!(converted, json!({"anyOf": [{"type": "null"}, {"allOf": [{"$ref": "#/definitions/X"}]}]}));
    }

    #[test]
    fn a_property_named_example_is_kept() {
        let converted = convert(&json!({"type": "object", "properties": {"example": {"type": "string"}}}));
        assert_eq!(converted["properties"]["example"], json!({"type": "string"}));
    }
}
