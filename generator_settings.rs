// The progenitor settings shared by `build.rs` and `cargo xtask regen`, so that the client the
// build compiles and the snapshot that review reads come from one definition.
// Included with `include!`, so it may only use items both includers import.

/// Component schemas the API documents as growing (or as unions typify cannot decode leniently).
/// Each is replaced by a handwritten type in `src/` that keeps unknown values.
pub const REPLACEMENTS: &[(&str, &str)] = &[
    ("ProcessorRunStatus", "crate::ProcessorRunStatus"),
    ("LegacyProcessorStatus", "crate::LegacyProcessorStatus"),
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
];

/// The generator settings: builder-style operations, one merged `Client`, hooks that the
/// wrapper must implement (a missing `ClientHooks` impl is a compile error, not a silent
/// fallback to no retries), and the wrapper's shared state as the client's inner value.
pub fn generation_settings() -> progenitor::GenerationSettings {
    let mut settings = progenitor::GenerationSettings::default();
    settings
        .with_interface(progenitor::InterfaceStyle::Builder)
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

/// The spec as progenitor reads it for the Rust client, and the properties that reading
/// changed, as `(schema, property)`.
///
/// The spec marks a property the API documents as "present, but may be null" as `required`
/// and `nullable`, exactly as documented. typify would make such a key mandatory when
/// decoding; the Rust client reads it as optional instead, so that a response leaving the key
/// out decodes as `None` rather than failing the whole run (the reference pages'
/// "Availability: present when ..." may mean exactly that). Only the properties of component
/// schemas are relaxed. The sandbox uses the list to write `null` for such keys, as the spec
/// requires of a server.
pub fn rust_view(spec: &mut openapiv3::OpenAPI) -> Vec<(String, String)> {
    let mut relaxed = Vec::new();
    let Some(components) = spec.components.as_mut() else { return relaxed };
    for (schema_name, schema) in components.schemas.iter_mut() {
        let openapiv3::ReferenceOr::Item(schema) = schema else { continue };
        let openapiv3::SchemaKind::Type(openapiv3::Type::Object(object)) = &mut schema.schema_kind else {
            continue;
        };
        let properties = &object.properties;
        object.required.retain(|name| {
            let nullable = matches!(
                properties.get(name),
                Some(openapiv3::ReferenceOr::Item(property)) if property.schema_data.nullable
            );
            if nullable {
                relaxed.push((schema_name.clone(), name.clone()));
            }
            !nullable
        });
    }
    relaxed
}
