//! The one function that turns the spec into the client's text: build.rs writes its output to
//! `OUT_DIR` and `cargo xtask regen` compares it with the committed snapshot
//! (`build/snapshot/`), so the two cannot differ. Both load this file as a module
//! (`#[path = ...] mod generate;`) next to `build/settings.rs` (`mod settings;`).

use crate::settings::{generation_settings, rust_view, IDENTITY, WHOLE};
use std::fmt::Write as _;

/// The first line of every generated file.
pub const PREAMBLE: &str =
    "// Generated from openapi/extend-cancel.yaml by build/generate.rs; do not edit.\n";

/// Where the httpmock helpers reach the generated types (`src/generated.rs`).
const MOCK_CRATE_PATH: &str = "crate::generated";

/// The generated files, each starting with [`PREAMBLE`].
pub struct Generated {
    /// The progenitor client: `Client`, one method per operation, `types`.
    pub client: String,
    /// progenitor's typed httpmock helpers (the crate's `test-util` feature).
    pub mock: String,
    /// `API_VERSION_DEFAULTS`, `SERVERS` and `IDENTITY_PATHS`, read from the spec.
    pub spec_defaults: String,
}

impl Generated {
    /// `(file name, contents)` of every generated file.
    pub fn files(&self) -> [(&'static str, &str); 3] {
        [("client.rs", &self.client), ("mock.rs", &self.mock), ("spec_defaults.rs", &self.spec_defaults)]
    }
}

/// Generates every file from the spec's text. `with_mock: false` skips the httpmock helpers
/// (left empty), which a build without the `test-util` feature does not compile.
pub fn generate(spec_text: &str, with_mock: bool) -> Result<Generated, String> {
    let spec: openapiv3::OpenAPI =
        serde_yaml::from_str(spec_text).map_err(|e| format!("not a valid OpenAPI 3.0 document: {e}"))?;
    whole_only_in_arrays(&serde_yaml::from_str(spec_text).map_err(|e| format!("not YAML: {e}"))?)?;
    // progenitor validates the document (3.0.x, operationIds, no $ref path items, one
    // response type per operation) while generating.
    let mut rust = spec.clone();
    rust_view(&mut rust);
    let client = progenitor::Generator::new(&generation_settings())
        .generate_tokens(&rust)
        .map_err(|e| format!("progenitor rejected the spec: {e}"))?;
    let mock = if with_mock {
        let tokens = progenitor::Generator::new(&generation_settings())
            .httpmock(&rust, MOCK_CRATE_PATH)
            .map_err(|e| format!("progenitor's httpmock generator rejected the spec: {e}"))?;
        unparse(tokens)?
    } else {
        String::new()
    };
    let mut spec_defaults = spec_defaults(&spec)?;
    spec_defaults.push_str(&identity_paths(&spec)?);
    Ok(Generated { client: unparse(client)?, mock, spec_defaults: format!("{PREAMBLE}{spec_defaults}") })
}

/// Formats tokens with prettyplease (no rustfmt, which a build cannot count on).
fn unparse(tokens: proc_macro2::TokenStream) -> Result<String, String> {
    let file = syn::parse2(tokens).map_err(|e| format!("generated code does not parse: {e}"))?;
    Ok(format!("{PREAMBLE}{}", prettyplease::unparse(&file)))
}

/// Checks that every reference to a [`WHOLE`] schema is an array's `items`: only there can
/// the tolerant pass leave a malformed one out, since its fields have no absent state.
fn whole_only_in_arrays(spec: &serde_yaml::Value) -> Result<(), String> {
    fn walk(value: &serde_yaml::Value, key: &str, at: &mut Vec<String>) -> Result<(), String> {
        match value {
            serde_yaml::Value::Mapping(map) => {
                if let Some(reference) = map.get("$ref").and_then(|r| r.as_str()) {
                    let name = reference.trim_start_matches("#/components/schemas/");
                    if WHOLE.contains(&name) && key != "items" {
                        return Err(format!(
                            "{} refers to {name}, which WHOLE (build/settings.rs) lists: it may only be an array's items",
                            at.join(".")
                        ));
                    }
                }
                for (k, v) in map {
                    let k = k.as_str().unwrap_or_default().to_owned();
                    at.push(k.clone());
                    walk(v, &k, at)?;
                    at.pop();
                }
            }
            serde_yaml::Value::Sequence(items) => {
                for item in items {
                    walk(item, key, at)?;
                }
            }
            _ => {}
        }
        Ok(())
    }
    walk(spec, "", &mut Vec::new())
}

/// Emits `IDENTITY_PATHS`: for each schema with identity properties ([`IDENTITY`]), the paths
/// of the strings that identify it, following an identity property into its own schema
/// (`processorRun` then `id`).
fn identity_paths(spec: &openapiv3::OpenAPI) -> Result<String, String> {
    fn paths(spec: &openapiv3::OpenAPI, schema: &str) -> Result<Vec<Vec<String>>, String> {
        let mut out = Vec::new();
        for (_, property) in IDENTITY.iter().filter(|(name, _)| *name == schema) {
            let target = spec
                .components
                .as_ref()
                .and_then(|c| c.schemas.get(schema))
                .and_then(|s| s.as_item())
                .and_then(|s| match &s.schema_kind {
                    openapiv3::SchemaKind::Type(openapiv3::Type::Object(object)) => {
                        object.properties.get(*property)
                    }
                    _ => None,
                })
                .ok_or_else(|| format!("IDENTITY names {schema}.{property}, which the spec does not have"))?;
            let nested = match target {
                openapiv3::ReferenceOr::Reference { reference } => {
                    let name = reference.trim_start_matches("#/components/schemas/");
                    if IDENTITY.iter().any(|(s, _)| *s == name) {
                        paths(spec, name)?
                    } else {
                        Vec::new()
                    }
                }
                openapiv3::ReferenceOr::Item(_) => Vec::new(),
            };
            if nested.is_empty() {
                out.push(vec![property.to_string()]);
            }
            for mut path in nested {
                path.insert(0, property.to_string());
                out.push(path);
            }
        }
        Ok(out)
    }
    let mut out = String::from(
        "\n/// `(schema, paths)`: the strings that identify a response of that schema (build/settings.rs,\n/// `IDENTITY`).\n#[allow(dead_code)]\npub(crate) const IDENTITY_PATHS: &[(&str, &[&[&str]])] = &[\n",
    );
    let mut schemas: Vec<&str> = IDENTITY.iter().map(|(schema, _)| *schema).collect();
    schemas.dedup();
    for schema in schemas {
        let paths: Vec<String> = paths(spec, schema)?.iter().map(|path| format!("&{path:?}")).collect();
        writeln!(out, "    ({schema:?}, &[{}]),", paths.join(", ")).expect("writing to a String");
    }
    out.push_str("];\n");
    Ok(out)
}

/// Emits `API_VERSION_DEFAULTS` (operationId, default of its `x-extend-api-version` header) and
/// `SERVERS` (the `servers` URLs in order).
fn spec_defaults(spec: &openapiv3::OpenAPI) -> Result<String, String> {
    use openapiv3::{Parameter, ParameterSchemaOrContent, ReferenceOr};
    let mut out = String::from(
        "/// `(operationId, progenitor's snake_case operation id, default x-extend-api-version)`\n/// for every operation, from the spec.\n",
    );
    out.push_str("pub(crate) const API_VERSION_DEFAULTS: &[(&str, &str, &str)] = &[\n");
    for (path, method, op) in spec.operations() {
        let op_id =
            op.operation_id.as_deref().ok_or_else(|| format!("{method} {path} has no operationId"))?;
        let mut default = None;
        for param in &op.parameters {
            let param = match param {
                ReferenceOr::Item(p) => p,
                ReferenceOr::Reference { reference } => {
                    let name = reference.trim_start_matches("#/components/parameters/");
                    spec.components
                        .as_ref()
                        .and_then(|c| c.parameters.get(name))
                        .and_then(|p| p.as_item())
                        .ok_or_else(|| format!("{op_id}: unresolved parameter {reference}"))?
                }
            };
            let Parameter::Header { parameter_data, .. } = param else { continue };
            if !parameter_data.name.eq_ignore_ascii_case("x-extend-api-version") {
                continue;
            }
            if let ParameterSchemaOrContent::Schema(ReferenceOr::Item(schema)) = &parameter_data.format {
                default = schema.schema_data.default.as_ref().and_then(|v| v.as_str()).map(str::to_owned);
            }
        }
        let default = default.ok_or_else(|| {
            format!("{op_id}: the x-extend-api-version header parameter needs a string schema.default")
        })?;
        let snake = snake_case(op_id);
        writeln!(out, "    ({op_id:?}, {snake:?}, {default:?}),").expect("writing to a String");
    }
    out.push_str("];\n\n/// The `servers` of the spec, in order.\npub(crate) const SERVERS: &[&str] = &[\n");
    for server in &spec.servers {
        writeln!(out, "    {:?},", server.url).expect("writing to a String");
    }
    out.push_str("];\n");
    Ok(out)
}

/// progenitor names operations (and `OperationInfo::operation_id`) in snake_case.
fn snake_case(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_uppercase() {
            if !out.is_empty() {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}
