//! The open enums of `src/model/open_enum.rs` against the spec: each handwritten enum that
//! replaces a spec schema (`REPLACEMENTS` in `build/settings.rs`) must know exactly the values
//! the schema's `enum:` lists, in its order. The generated client does not check this: a
//! replaced schema is not generated at all, so a value added to the spec would otherwise reach
//! users only as `Other(...)`.

use std::collections::BTreeMap;
use syn::{parse::ParseStream, Attribute, Ident, LitStr, Token};

/// The file the open enums are written in, relative to the workspace root.
pub const FILE: &str = "src/model/open_enum.rs";

/// One `open_enum!` invocation: the enum's name and its known wire strings, in order.
struct OpenEnum {
    name: Ident,
    values: Vec<String>,
}

impl syn::parse::Parse for OpenEnum {
    /// `#[doc] Name { #[doc] Variant => "wire", ... }`, as the macro takes it.
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        Attribute::parse_outer(input)?;
        let name: Ident = input.parse()?;
        let body;
        syn::braced!(body in input);
        let mut values = Vec::new();
        while !body.is_empty() {
            Attribute::parse_outer(&body)?;
            body.parse::<Ident>()?;
            body.parse::<Token![=>]>()?;
            values.push(body.parse::<LitStr>()?.value());
            body.parse::<Token![,]>()?;
        }
        Ok(OpenEnum { name, values })
    }
}

/// Checks the open enums in `rust` (the text of [`FILE`]) against `spec`; `replacements` are
/// `(schema, Rust type)` pairs. Returns how many enums were checked, or every difference.
pub fn check(spec: &openapiv3::OpenAPI, replacements: &[(&str, &str)], rust: &str) -> Result<usize, String> {
    let enums = parse(rust)?;
    let schemas = spec.components.as_ref().map(|c| &c.schemas);
    let mut problems = Vec::new();
    let mut replaced = Vec::new();
    // Each Rust enum, with the schemas it replaces and the union of their values, in the order
    // of first appearance (REPLACEMENTS order): one Rust type may stand for several schemas
    // (the status of every kind of run), and must then know every value of each.
    let mut unions: Vec<(&str, Vec<&str>, Vec<String>)> = Vec::new();
    for (schema, rust_type) in replacements {
        let name = rust_type.strip_prefix("crate::").unwrap_or(rust_type);
        let Some(schema_value) = schemas.and_then(|s| s.get(*schema)) else {
            problems.push(format!("{schema} (replaced by {name}) is not a schema of the spec"));
            continue;
        };
        let spec_values = enum_values(schema_value);
        match (enums.get(name), spec_values.is_empty()) {
            (None, true) => continue,
            (None, false) => problems.push(format!(
                "{schema} lists values in the spec, but {name} is not an open_enum! in {FILE}"
            )),
            (Some(_), true) => {
                problems.push(format!("{name} is an open enum, but {schema} lists no values in the spec"))
            }
            (Some(_), false) => {
                let index = match unions.iter().position(|(n, _, _)| *n == name) {
                    Some(index) => index,
                    None => {
                        unions.push((name, Vec::new(), Vec::new()));
                        unions.len() - 1
                    }
                };
                let (_, schemas_of, values) = &mut unions[index];
                schemas_of.push(schema);
                for value in spec_values {
                    if !values.contains(&value) {
                        values.push(value);
                    }
                }
            }
        }
        replaced.push(name);
    }
    for (name, schemas_of, values) in &unions {
        if let Some(known) = enums.get(*name) {
            problems.extend(compare(&schemas_of.join(" + "), name, values, known));
        }
    }
    for name in enums.keys().filter(|name| !replaced.contains(&name.as_str())) {
        problems.push(format!("{name} in {FILE} replaces no schema (build/settings.rs, REPLACEMENTS)"));
    }
    if problems.is_empty() {
        Ok(enums.len())
    } else {
        Err(format!("{FILE} differs from the spec's enums:\n  {}", problems.join("\n  ")))
    }
}

/// Every `open_enum!` of `rust`, by name.
fn parse(rust: &str) -> Result<BTreeMap<String, Vec<String>>, String> {
    let file = syn::parse_file(rust).map_err(|e| format!("{FILE}: {e}"))?;
    let mut out = BTreeMap::new();
    for item in file.items {
        let syn::Item::Macro(item) = item else { continue };
        if !item.mac.path.is_ident("open_enum") {
            continue;
        }
        let parsed: OpenEnum = item.mac.parse_body().map_err(|e| format!("{FILE}: an open_enum!: {e}"))?;
        out.insert(parsed.name.to_string(), parsed.values);
    }
    Ok(out)
}

/// The values a schema's `enum:` lists: its own, or those of the `anyOf` / `oneOf` members
/// written in it (`anyOf: [{enum: [...]}, {type: string}]` is how the spec marks an enum open).
fn enum_values(schema: &openapiv3::ReferenceOr<openapiv3::Schema>) -> Vec<String> {
    use openapiv3::{ReferenceOr, SchemaKind, Type};
    let ReferenceOr::Item(schema) = schema else { return Vec::new() };
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(string)) => string.enumeration.iter().flatten().cloned().collect(),
        SchemaKind::AnyOf { any_of: members } | SchemaKind::OneOf { one_of: members } => {
            members.iter().flat_map(enum_values).collect()
        }
        _ => Vec::new(),
    }
}

/// What `name` lacks of the spec's values, what it has beyond them, or, when the two are the
/// same values, whether it lists them in another order (`KNOWN` keeps the spec's).
fn compare(schema: &str, name: &str, spec: &[String], known: &[String]) -> Option<String> {
    let missing: Vec<&str> = spec.iter().filter(|v| !known.contains(v)).map(String::as_str).collect();
    let extra: Vec<&str> = known.iter().filter(|v| !spec.contains(v)).map(String::as_str).collect();
    let mut differences = Vec::new();
    if !missing.is_empty() {
        differences.push(format!("lacks {}", missing.join(", ")));
    }
    if !extra.is_empty() {
        differences.push(format!("has {}, which the spec does not list", extra.join(", ")));
    }
    if differences.is_empty() && spec != known {
        differences.push(format!("lists its values in another order than the spec ({})", spec.join(", ")));
    }
    (!differences.is_empty()).then(|| format!("{name} (schema {schema}) {}", differences.join("; ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two enum schemas (one open, one closed) and an object.
    const SPEC: &str = "openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Status:
      anyOf:
        - type: string
          enum: [PENDING, PROCESSING, CANCELLED]
        - type: string
    Order:
      type: string
      enum: [asc, desc]
    Shape:
      type: object
";

    /// Open enums that match `SPEC`: the tests plant their faults in it.
    const RUST: &str = r#"
open_enum! {
    /// A status.
    Status {
        /// Waiting.
        Pending => "PENDING",
        /// Going.
        Processing => "PROCESSING",
        /// Stopped.
        Cancelled => "CANCELLED",
    }
}

open_enum! {
    /// An order.
    SortOrder {
        /// Ascending.
        Asc => "asc",
        /// Descending.
        Desc => "desc",
    }
}
"#;

    /// `(schema, Rust type)` as in build/settings.rs; `Shape` is replaced but no enum.
    const REPLACEMENTS: &[(&str, &str)] =
        &[("Status", "crate::Status"), ("Order", "crate::SortOrder"), ("Shape", "crate::Shape")];

    /// `SPEC`, parsed.
    fn spec() -> openapiv3::OpenAPI {
        serde_yaml::from_str(SPEC).expect("a valid spec")
    }

    /// One Rust enum replacing two schemas must know the union of their values, in the order
    /// they first appear; the message names both schemas.
    #[test]
    fn an_enum_replacing_two_schemas_knows_the_union() {
        let spec_text = SPEC.replace(
            "    Order:",
            "    WorkflowStatus:\n      anyOf:\n        - type: string\n          enum: [PENDING, CANCELLING]\n        - type: string\n    Order:",
        );
        let spec: openapiv3::OpenAPI = serde_yaml::from_str(&spec_text).expect("a valid spec");
        let replacements: &[(&str, &str)] = &[
            ("Status", "crate::Status"),
            ("WorkflowStatus", "crate::Status"),
            ("Order", "crate::SortOrder"),
        ];
        assert_eq!(
            check(&spec, replacements, RUST).unwrap_err(),
            "src/model/open_enum.rs differs from the spec's enums:\n  \
             Status (schema Status + WorkflowStatus) lacks CANCELLING"
        );
        let union = RUST.replace(
            "        Cancelled => \"CANCELLED\",\n",
            "        Cancelled => \"CANCELLED\",\n        /// Stopping.\n        Cancelling => \"CANCELLING\",\n",
        );
        assert_eq!(check(&spec, replacements, &union), Ok(2));
    }

    /// The unplanted enums pass.
    #[test]
    fn enums_that_match_the_spec_pass() {
        assert_eq!(check(&spec(), REPLACEMENTS, RUST), Ok(2));
    }

    /// A renamed value and a changed order fail, naming the enum, the schema and the values.
    #[test]
    fn a_planted_mismatch_names_the_enum_and_the_values() {
        // A value renamed, and two swapped.
        let planted = RUST.replace("\"CANCELLED\"", "\"PROCESSED\"").replace("\"asc\"", "\"x\"");
        let planted = planted.replace("\"desc\"", "\"asc\"").replace("\"x\"", "\"desc\"");
        assert_eq!(
            check(&spec(), REPLACEMENTS, &planted).unwrap_err(),
            "src/model/open_enum.rs differs from the spec's enums:\n  \
             Status (schema Status) lacks CANCELLED; has PROCESSED, which the spec does not list\n  \
             SortOrder (schema Order) lists its values in another order than the spec (asc, desc)"
        );
    }

    /// A spec enum with no open enum, and an open enum replacing no schema, fail.
    #[test]
    fn an_enum_without_a_schema_and_a_schema_without_an_enum_fail() {
        assert_eq!(
            check(&spec(), &[("Order", "crate::Order"), ("Status", "crate::Status")], RUST).unwrap_err(),
            "src/model/open_enum.rs differs from the spec's enums:\n  \
             Order lists values in the spec, but Order is not an open_enum! in src/model/open_enum.rs\n  \
             SortOrder in src/model/open_enum.rs replaces no schema (build/settings.rs, REPLACEMENTS)"
        );
    }
}
