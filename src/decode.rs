//! Turning a final response into the crate's result: the run on a 2xx (corrected where it
//! strays from the spec, see [`crate::Correction`]), [`Error::Api`] for any other status,
//! [`Error::Decode`] when a 2xx body is not a run at all.

use crate::{
    config::REQUEST_ID_HEADER,
    correction::{Correction, Decoded, Problem, Step},
    generated::spec::IDENTITY_PATHS,
    salvage::salvage,
    types, ApiError, DecodeError, Error, ExtractConfig, ExtractOutput, LegacyProcessorOutput,
    LegacyProcessorRunConfig,
};
use bytes::Bytes;
use reqwest::{header::HeaderMap, StatusCode};

/// The body of a cancel endpoint's success response: [`types::ExtractRun`],
/// [`types::ClassifyRun`], [`types::SplitRun`] or [`types::ProcessorRunCancelResponse`].
/// Sealed: implemented by this crate only.
pub trait RunBody: serde::de::DeserializeOwned + Send + Sync + sealed::Sealed + 'static {
    /// The spec's name for this schema.
    #[doc(hidden)]
    const SCHEMA: &'static str;

    /// The run's id.
    fn run_id(&self) -> &str;

    /// Unions that fit none of their shapes and were kept as raw JSON.
    #[doc(hidden)]
    fn unknown_shapes(&self, _out: &mut Vec<Correction>) {}
}

/// Seals this crate's public traits over its response types ([`RunBody`], and
/// [`crate::Endpoint`], which [`crate::CancelledRun`] implements too).
pub(crate) mod sealed {
    pub trait Sealed {}
    impl Sealed for crate::CancelledRun {}
}

/// Decodes a cancel response the way the client does, for responses obtained elsewhere (a
/// proxy, a recorded fixture). `T` is the endpoint's body type, such as
/// [`crate::types::ExtractRun`]. A 2xx body that carries the run's identity decodes, with
/// whatever had to be corrected listed on the result. Never panics, whatever the bytes.
///
/// ```
/// use extend_cancel::{decode_response, types::SplitRun, Error};
/// let error = decode_response::<SplitRun>(
///     reqwest::StatusCode::NOT_FOUND,
///     &Default::default(),
///     r#"{"code":"NOT_FOUND","message":"Run not found","retryable":false}"#.into(),
/// )
/// .unwrap_err();
/// assert_eq!(error.as_api().unwrap().code.as_deref(), Some("NOT_FOUND"));
/// ```
pub fn decode_response<T: RunBody>(
    status: StatusCode,
    headers: &HeaderMap,
    body: Bytes,
) -> Result<Decoded<T>, Error> {
    if !status.is_success() {
        return Err(Error::Api(Box::new(ApiError::from_parts(status, headers.clone(), body))));
    }
    decode_body(status, headers, body)
}

/// Decodes a success body as `T`: the typed decode first, the tolerant pass when it fails.
pub(crate) fn decode_body<T: RunBody>(
    status: StatusCode,
    headers: &HeaderMap,
    body: Bytes,
) -> Result<Decoded<T>, Error> {
    match serde_json::from_slice::<T>(&body) {
        Ok(run) => Ok(finish(Box::new(run), Vec::new())),
        Err(_) => {
            let request_id = headers.get(&REQUEST_ID_HEADER).and_then(|v| v.to_str().ok());
            salvaged(status, request_id.map(str::to_owned), body)
        }
    }
}

/// The tolerant pass over a success body the typed decode refused.
pub(crate) fn salvaged<T: RunBody>(
    status: StatusCode,
    request_id: Option<String>,
    body: Bytes,
) -> Result<Decoded<T>, Error> {
    let identity = IDENTITY_PATHS.iter().find(|(schema, _)| *schema == T::SCHEMA).map_or(&[][..], |(_, p)| p);
    match salvage::<T>(&body, identity) {
        Ok((run, corrections)) => Ok(finish(run, corrections)),
        Err(unreadable) => Err(Error::Decode(Box::new(DecodeError {
            status,
            path: unreadable.path,
            message: unreadable.message,
            request_id,
            body,
        }))),
    }
}

/// Adds the unions kept as raw JSON to the corrections and reports them in one event.
pub(crate) fn finish<T: RunBody>(run: Box<T>, mut corrections: Vec<Correction>) -> Decoded<T> {
    run.unknown_shapes(&mut corrections);
    if !corrections.is_empty() {
        let paths: Vec<String> = corrections.iter().map(|c| format!("{} ({})", c.path, c.problem)).collect();
        tracing::warn!(
            run_id = run.run_id(),
            corrections = corrections.len(),
            paths = %paths.join(", "),
            "the response strayed from the spec; read what could be read (Decoded::corrections)"
        );
    }
    Decoded::new(run, corrections)
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

impl sealed::Sealed for types::ExtractRun {}
impl RunBody for types::ExtractRun {
    const SCHEMA: &'static str = "ExtractRun";

    fn run_id(&self) -> &str {
        &self.id
    }

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

impl sealed::Sealed for types::ClassifyRun {}
impl RunBody for types::ClassifyRun {
    const SCHEMA: &'static str = "ClassifyRun";

    fn run_id(&self) -> &str {
        &self.id
    }
}

impl sealed::Sealed for types::SplitRun {}
impl RunBody for types::SplitRun {
    const SCHEMA: &'static str = "SplitRun";

    fn run_id(&self) -> &str {
        &self.id
    }
}

impl sealed::Sealed for types::ProcessorRunCancelResponse {}
impl RunBody for types::ProcessorRunCancelResponse {
    const SCHEMA: &'static str = "ProcessorRunCancelResponse";

    fn run_id(&self) -> &str {
        &self.processor_run.id
    }

    fn unknown_shapes(&self, out: &mut Vec<Correction>) {
        let run = &self.processor_run;
        if let Some(LegacyProcessorRunConfig::Other(config)) = &run.config {
            let detail = match config.get("type").and_then(|t| t.as_str()) {
                Some(kind) => format!(
                    "type {kind:?} is not one this version of the crate knows; kept as raw JSON (Other)"
                ),
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
}
