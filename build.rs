//! Generates the client from `openapi/extend-cancel.yaml` into `OUT_DIR`:
//! - `codegen.rs`: the progenitor client (types, builders, `Client`);
//! - `spec_defaults.rs`: the API-version default of each operation and the servers,
//!   read from the spec so that no second table is kept by hand.

use std::{fmt::Write as _, path::Path};

include!("generator_settings.rs");

const SPEC: &str = "openapi/extend-cancel.yaml";

fn main() {
    println!("cargo:rerun-if-changed={SPEC}");
    println!("cargo:rerun-if-changed=generator_settings.rs");
    if let Err(message) = run() {
        // A panic would bury the reason under a backtrace; this names the file and the fault.
        eprintln!("error: {SPEC}: {message}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), String> {
    let text = std::fs::read_to_string(SPEC).map_err(|e| format!("cannot read: {e}"))?;
    let spec: openapiv3::OpenAPI =
        serde_yaml::from_str(&text).map_err(|e| format!("not a valid OpenAPI 3.0 document: {e}"))?;
    let out_dir = std::env::var("OUT_DIR").map_err(|e| format!("OUT_DIR: {e}"))?;

    whole_only_in_arrays(&serde_yaml::from_str(&text).map_err(|e| format!("not YAML: {e}"))?)?;
    let mut rust = spec.clone();
    rust_view(&mut rust);
    let mut generator = progenitor::Generator::new(&generation_settings());
    let tokens =
        generator.generate_tokens(&rust).map_err(|e| format!("progenitor rejected the spec: {e}"))?;
    let file = syn::parse2(tokens).map_err(|e| format!("generated code does not parse: {e}"))?;
    write(&out_dir, "codegen.rs", &prettyplease::unparse(&file))?;
    let mut defaults = spec_defaults(&spec)?;
    defaults.push_str(&identity_paths(&spec)?);
    write(&out_dir, "spec_defaults.rs", &defaults)
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
                            "{} refers to {name}, which WHOLE (generator_settings.rs) lists: it may only be an array's items",
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
        "\n/// `(schema, paths)`: the strings that identify a response of that schema (generator_settings.rs,\n/// `IDENTITY`).\n#[allow(dead_code)]\npub(crate) const IDENTITY_PATHS: &[(&str, &[&[&str]])] = &[\n",
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

fn write(out_dir: &str, name: &str, contents: &str) -> Result<(), String> {
    let path = Path::new(out_dir).join(name);
    std::fs::write(&path, contents).map_err(|e| format!("cannot write {}: {e}", path.display()))
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
