//! The response bodies of the cancel endpoints, and what each reports of the unions it kept
//! as raw JSON.

use crate::{
    decode::correction::{Correction, Problem, Step},
    types, ExtractConfig, ExtractOutput, LegacyProcessorOutput, LegacyProcessorRunConfig,
};

/// The body of a success response the client decodes: a run ([`types::ExtractRun`],
/// [`types::ClassifyRun`], [`types::SplitRun`], the processor responses) or a list page.
/// Sealed: implemented by this crate only.
pub trait RunBody: serde::de::DeserializeOwned + Send + Sync + sealed::Body + 'static {
    /// The run's id.
    fn run_id(&self) -> &str;
}

/// What the decoding needs of a body type beyond [`RunBody`]; in a private module, so that
/// only this crate can implement [`RunBody`] and these items stay out of its public API.
mod sealed {
    use crate::Correction;

    pub trait Body {
        /// The spec's name for this schema.
        const SCHEMA: &'static str;

        /// Unions that fit none of their shapes and were kept as raw JSON.
        fn unknown_shapes(&self, _out: &mut Vec<Correction>) {}
    }
}

fn unknown_shape(out: &mut Vec<Correction>, path: &[&str], detail: &str) {
    let steps: Vec<Step> = path.iter().map(|key| Step::Key((*key).to_owned())).collect();
    out.push(Correction::new(&steps, Problem::UnknownShape, detail));
}

const KEPT_RAW: &str = "fits none of the known shapes; kept as raw JSON (Other)";

fn legacy_outputs(out: &mut Vec<Correction>, outputs: [(&str, &Option<LegacyProcessorOutput>); 3]) {
    for (name, output) in outputs {
        if let Some(LegacyProcessorOutput::Other(_)) = output {
            unknown_shape(out, &["processorRun", name], KEPT_RAW);
        }
    }
}

impl RunBody for types::ExtractRun {
    fn run_id(&self) -> &str {
        &self.id
    }
}

impl sealed::Body for types::ExtractRun {
    const SCHEMA: &'static str = "ExtractRun";

    fn unknown_shapes(&self, out: &mut Vec<Correction>) {
        if let Some(ExtractConfig::Other(_)) = &self.config {
            unknown_shape(out, &["config"], KEPT_RAW);
        }
        let outputs = [
            ("output", &self.output),
            ("initialOutput", &self.initial_output),
            ("reviewedOutput", &self.reviewed_output),
        ];
        for (name, output) in outputs {
            if let Some(ExtractOutput::Other(_)) = output {
                unknown_shape(out, &[name], KEPT_RAW);
            }
        }
    }
}

impl RunBody for types::ClassifyRun {
    fn run_id(&self) -> &str {
        &self.id
    }
}

impl sealed::Body for types::ClassifyRun {
    const SCHEMA: &'static str = "ClassifyRun";
}

impl RunBody for types::SplitRun {
    fn run_id(&self) -> &str {
        &self.id
    }
}

impl sealed::Body for types::SplitRun {
    const SCHEMA: &'static str = "SplitRun";
}

/// A run body identified by its own `id`, with no union to report.
macro_rules! plain_run {
    ($run:ty, $schema:literal) => {
        impl RunBody for $run {
            fn run_id(&self) -> &str {
                &self.id
            }
        }

        impl sealed::Body for $run {
            const SCHEMA: &'static str = $schema;
        }
    };
}

plain_run!(types::WorkflowRun, "WorkflowRun");
plain_run!(types::ParseRun, "ParseRun");
plain_run!(types::VerifyRun, "VerifyRun");
plain_run!(types::BatchRun, "BatchRun");

impl RunBody for types::ProcessorRunCancelResponse {
    fn run_id(&self) -> &str {
        &self.processor_run.id
    }
}

impl sealed::Body for types::ProcessorRunCancelResponse {
    const SCHEMA: &'static str = "ProcessorRunCancelResponse";

    fn unknown_shapes(&self, out: &mut Vec<Correction>) {
        legacy_run_shapes(&self.processor_run, out);
    }
}

impl RunBody for types::ProcessorRunGetResponse {
    fn run_id(&self) -> &str {
        &self.processor_run.id
    }
}

impl sealed::Body for types::ProcessorRunGetResponse {
    const SCHEMA: &'static str = "ProcessorRunGetResponse";

    fn unknown_shapes(&self, out: &mut Vec<Correction>) {
        legacy_run_shapes(&self.processor_run, out);
    }
}

/// The unions of a legacy processor run kept as raw JSON.
fn legacy_run_shapes(run: &types::LegacyProcessorRun, out: &mut Vec<Correction>) {
    if let Some(LegacyProcessorRunConfig::Other(config)) = &run.config {
        let detail = match config.get("type").and_then(|t| t.as_str()) {
            Some(kind) => {
                format!("type {kind:?} is not one this version of the crate knows; kept as raw JSON (Other)")
            }
            None => "has no `type`; kept as raw JSON (Other)".to_owned(),
        };
        unknown_shape(out, &["processorRun", "config"], &detail);
    }
    legacy_outputs(
        out,
        [
            ("output", &run.output),
            ("initialOutput", &run.initial_output),
            ("reviewedOutput", &run.reviewed_output),
        ],
    );
}

/// A list page: a body of its own, identified by nothing (a summary that cannot be read is left
/// out of its page, with a correction).
macro_rules! list_page {
    ($page:ty, $schema:literal) => {
        impl RunBody for $page {
            fn run_id(&self) -> &str {
                ""
            }
        }

        impl sealed::Body for $page {
            const SCHEMA: &'static str = $schema;
        }
    };
}

list_page!(types::ExtractRunsListResponse, "ExtractRunsListResponse");
list_page!(types::ClassifyRunsListResponse, "ClassifyRunsListResponse");
list_page!(types::SplitRunsListResponse, "SplitRunsListResponse");
list_page!(types::WorkflowRunsListResponse, "WorkflowRunsListResponse");
list_page!(types::ParseRunsListResponse, "ParseRunsListResponse");
list_page!(types::VerifyRunsListResponse, "VerifyRunsListResponse");
list_page!(types::ProcessorRunsListResponse, "ProcessorRunsListResponse");
