//! The generator settings: how the spec becomes Rust (progenitor's settings, the types replaced
//! by handwritten ones, the properties that stay strict). `build/generate.rs` reads them, for
//! build.rs and `cargo xtask regen` alike.

/// Component schemas the API documents as growing (or as unions typify cannot decode leniently).
/// Each is replaced by a handwritten type in `src/` that keeps unknown values.
pub const REPLACEMENTS: &[(&str, &str)] = &[
    ("ProcessorRunStatus", "crate::RunStatus"),
    ("LegacyProcessorStatus", "crate::RunStatus"),
    // One status type for every kind (and for batch runs): a batch decides outcomes across
    // kinds. It knows the union of the values of the schemas it replaces.
    ("WorkflowRunStatus", "crate::RunStatus"),
    ("ParseRunStatus", "crate::RunStatus"),
    ("VerifyRunStatus", "crate::RunStatus"),
    ("BatchRunStatus", "crate::RunStatus"),
    ("FailureReason", "crate::FailureReason"),
    ("FileType", "crate::FileType"),
    ("ExtractBaseProcessor", "crate::ExtractBaseProcessor"),
    ("ClassifyBaseProcessor", "crate::ClassifyBaseProcessor"),
    ("SplitBaseProcessor", "crate::SplitBaseProcessor"),
    ("InsightType", "crate::InsightType"),
    ("LegacyProcessorType", "crate::LegacyProcessorType"),
    ("UsageObjectType", "crate::UsageObjectType"),
    ("ExtractionFieldType", "crate::ExtractionFieldType"),
    ("ExtractOutput", "crate::ExtractOutput"),
    ("ExtractOutputJson", "crate::ExtractOutputJson"),
    ("ExtractConfig", "crate::ExtractConfig"),
    ("LegacyProcessorRunConfig", "crate::LegacyProcessorRunConfig"),
    ("LegacyProcessorOutput", "crate::LegacyProcessorOutput"),
    // The list endpoints' query filters: open in the SDKs too, so a caller can send a value
    // added later.
    ("RunSource", "crate::RunSource"),
    ("ParseRunSource", "crate::RunSource"),
    ("VerifyRunSource", "crate::RunSource"),
    ("VerifyRiskLevel", "crate::VerifyRiskLevel"),
    ("SortBy", "crate::SortBy"),
    ("SortDir", "crate::SortDir"),
];

/// The generator settings: positional operations (one method per operation taking its
/// parameters; the builder style would add a builder struct per operation and per schema that
/// nothing uses, most of the generated text), one merged `Client`, hooks that the wrapper must
/// implement (a missing `ClientHooks` impl is a compile error, not a silent
/// fallback to no retries), and the wrapper's shared state as the client's inner value.
pub fn generation_settings() -> progenitor::GenerationSettings {
    let mut settings = progenitor::GenerationSettings::default();
    settings
        .with_interface(progenitor::InterfaceStyle::Positional)
        .with_tag(progenitor::TagStyle::Merged)
        .with_hooks(progenitor::HooksMode::Expected)
        .with_inner_type("crate::ClientState".parse().expect("a valid type path"))
        .with_derive("PartialEq");
    for (schema, rust_type) in REPLACEMENTS {
        settings.with_replacement(*schema, *rust_type, std::iter::empty());
    }
    // Every `format: date-time` string becomes `crate::Timestamp` (a chrono `DateTime<Utc>`
    // that decodes with chrono's strict RFC 3339 parser first, several times faster than the
    // lenient one `DateTime`'s own `Deserialize` uses). typify matches the schema ignoring its
    // description.
    let date_time = schemars::schema::SchemaObject {
        instance_type: Some(schemars::schema::InstanceType::String.into()),
        format: Some("date-time".to_owned()),
        ..Default::default()
    };
    settings.with_conversion(
        date_time,
        "crate::Timestamp",
        [progenitor::TypeImpl::Display, progenitor::TypeImpl::FromStr].into_iter(),
    );
    settings
}

/// The properties that identify a run: `(schema, property)`. They are the only properties the
/// Rust types keep as the spec has them (required, never `null`), because without them a
/// response cannot be matched to the run that was cancelled. Every other property may be
/// absent in the Rust types (see [`rust_view`]).
pub const IDENTITY: &[(&str, &str)] = &[
    ("ExtractRun", "id"),
    ("ExtractRun", "status"),
    ("ClassifyRun", "id"),
    ("ClassifyRun", "status"),
    ("SplitRun", "id"),
    ("SplitRun", "status"),
    ("ProcessorRunCancelResponse", "processorRun"),
    ("ProcessorRunGetResponse", "processorRun"),
    ("LegacyProcessorRun", "id"),
    ("LegacyProcessorRun", "status"),
    ("WorkflowRun", "id"),
    ("WorkflowRun", "status"),
    ("ParseRun", "id"),
    ("ParseRun", "status"),
    ("VerifyRun", "id"),
    ("VerifyRun", "status"),
    ("BatchRun", "id"),
    ("BatchRun", "status"),
    // A listed run is identified as a full one is. A page's `data` is not identity: one
    // malformed summary is left out of it, the page is still read.
    ("ExtractRunSummary", "id"),
    ("ExtractRunSummary", "status"),
    ("ClassifyRunSummary", "id"),
    ("ClassifyRunSummary", "status"),
    ("SplitRunSummary", "id"),
    ("SplitRunSummary", "status"),
    ("WorkflowRunSummary", "id"),
    ("WorkflowRunSummary", "status"),
    ("ParseRunSummary", "id"),
    ("ParseRunSummary", "status"),
    ("VerifyRunSummary", "id"),
    ("VerifyRunSummary", "status"),
    ("LegacyProcessorRunSummary", "id"),
    ("LegacyProcessorRunSummary", "status"),
];

/// Schemas read whole or not at all: their required properties stay required in Rust, so a
/// malformed one is left out of the array it is in (the tolerant pass drops array elements).
/// Only for small value objects that mean nothing partly filled (a polygon's vertex without
/// one coordinate, an insight without its type or text) and that appear only as array items
/// (build.rs checks that). Both are hot spots of large extract outputs, where an `Option` per
/// field made the decode slower and a `Point` twice its size.
pub const WHOLE: &[&str] = &["Point", "Insight"];

/// Turns the spec into the view progenitor reads for the Rust client.
///
/// A response the server sent successfully must decode even when it strays from the spec
/// (`src/decode/salvage/`), so every property but the run's identity ([`IDENTITY`]) is an
/// `Option` in Rust. A property the spec requires stays required for the decoder, but as
/// nullable: typify then reads it as an `Option` whose key must be present, so that a
/// response leaving it out fails the fast decode and the tolerant pass records the missing
/// key instead of it passing unseen. Only the properties of component schemas are changed.
/// Serializing, such an `Option` writes `null` for `None`, so a server built on these types
/// (the sandbox) still sends every key the spec requires.
pub fn rust_view(spec: &mut openapiv3::OpenAPI) {
    use openapiv3::{ReferenceOr, Schema, SchemaData, SchemaKind, Type};
    let Some(components) = spec.components.as_mut() else { return };
    for (schema_name, schema) in components.schemas.iter_mut() {
        let ReferenceOr::Item(schema) = schema else { continue };
        let SchemaKind::Type(Type::Object(object)) = &mut schema.schema_kind else { continue };
        if WHOLE.contains(&schema_name.as_str()) {
            continue;
        }
        for name in &object.required {
            if IDENTITY.contains(&(schema_name.as_str(), name.as_str())) {
                continue;
            }
            let Some(property) = object.properties.get_mut(name) else { continue };
            match property {
                ReferenceOr::Item(property) => property.schema_data.nullable = true,
                ReferenceOr::Reference { reference } => {
                    // A nullable reference, written the way the spec writes its own.
                    let target = ReferenceOr::Reference { reference: std::mem::take(reference) };
                    *property = ReferenceOr::boxed_item(Schema {
                        schema_data: SchemaData { nullable: true, ..Default::default() },
                        schema_kind: SchemaKind::AllOf { all_of: vec![target] },
                    });
                }
            }
        }
    }
}
