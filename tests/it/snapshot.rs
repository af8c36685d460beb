//! The committed snapshot `build/snapshot/` is exactly what build.rs generated for this
//! build, so a change of the spec, of `build/settings.rs` or of progenitor shows up as a
//! reviewable diff. `cargo xtask regen` rewrites the snapshot; both it and build.rs call
//! `build/generate.rs`.

/// `(file name, committed snapshot, what build.rs wrote to OUT_DIR)`.
const FILES: [(&str, &str, &str); 3] = [
    (
        "client.rs",
        include_str!("../../build/snapshot/client.rs"),
        include_str!(concat!(env!("OUT_DIR"), "/client.rs")),
    ),
    // The tests build the crate with `test-util`, so build.rs generated the mock helpers too.
    (
        "mock.rs",
        include_str!("../../build/snapshot/mock.rs"),
        include_str!(concat!(env!("OUT_DIR"), "/mock.rs")),
    ),
    (
        "spec_defaults.rs",
        include_str!("../../build/snapshot/spec_defaults.rs"),
        include_str!(concat!(env!("OUT_DIR"), "/spec_defaults.rs")),
    ),
];
const EMITTED: &str = FILES[0].2;
const PREAMBLE: &str = "// Generated from openapi/extend-cancel.yaml by build/generate.rs; do not edit.";

#[test]
fn committed_snapshot_matches_what_build_rs_emits() {
    for (name, snapshot, emitted) in FILES {
        let snapshot = snapshot.replace("\r\n", "\n");
        assert!(
            snapshot.starts_with(PREAMBLE),
            "build/snapshot/{name} must start with its preamble; run `cargo xtask regen`"
        );
        if snapshot == emitted {
            continue;
        }
        let (line, committed, emitted) = snapshot
            .lines()
            .map(Some)
            .chain(std::iter::repeat(None))
            .zip(emitted.lines().map(Some).chain(std::iter::repeat(None)))
            .enumerate()
            .find(|(_, (a, b))| a != b)
            .map(|(i, (a, b))| (i + 1, a.unwrap_or("<end of file>"), b.unwrap_or("<end of file>")))
            .unwrap_or((0, "<trailing newline>", "<trailing newline>"));
        panic!(
            "build/snapshot/{name} is out of date with what build.rs generates.\n\
             First difference at line {line}:\n  committed: {committed}\n  generated: {emitted}\n\
             Run `cargo xtask regen` and commit the result."
        );
    }
}

/// Every `format: date-time` property is `crate::Timestamp` (build/settings.rs). typify
/// matches a conversion's schema exactly, so a date-time property written differently (say,
/// `nullable`) would silently come out as chrono's slower-to-decode `DateTime` instead.
#[test]
fn every_date_time_property_is_a_timestamp() {
    assert!(EMITTED.contains("crate::Timestamp"), "no property was converted to crate::Timestamp");
    let stray: Vec<&str> = EMITTED.lines().filter(|line| line.contains("chrono::")).collect();
    assert!(
        stray.is_empty(),
        "properties generated as chrono types instead of crate::Timestamp:\n{stray:#?}"
    );
}
