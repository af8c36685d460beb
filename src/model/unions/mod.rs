//! The spec's untagged and tagged unions, decoded by looking at which keys are present rather
//! than by trial and error: every shape of the API allows unknown keys, so a trial decode picks
//! the first shape whose required keys happen to be there (Extend's Go SDK reads every legacy
//! extract output as an empty JSON output that way). A body that fits no known shape is kept as
//! raw JSON instead of failing the whole run.

mod extract_config;
mod extract_output;
mod legacy;
mod shape;
#[cfg(test)]
mod tests;

pub use extract_config::ExtractConfig;
pub use extract_output::{ExtractOutput, ExtractOutputJson};
pub use legacy::{LegacyProcessorOutput, LegacyProcessorRunConfig};
