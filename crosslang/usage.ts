// Compiled by .ci/spec-checks with `tsc --noEmit --strict` next to the types that
// openapi-typescript generates from openapi/extend-cancel.json (schema.d.ts). It proves that the
// generated types exist, are precise (not `any`), and accept values the API may add later.
import type { components, operations, paths } from "./schema";

type Schemas = components["schemas"];
type ExtractRun = Schemas["ExtractRun"];
type ClassifyRun = Schemas["ClassifyRun"];
type SplitRun = Schemas["SplitRun"];
type ProcessorRunCancelResponse = Schemas["ProcessorRunCancelResponse"];
type ErrorBody = Schemas["ErrorBody"];

// Each cancel path answers 200 with its run type, and errors with ErrorBody.
type Ok<P extends keyof paths> = paths[P]["post"]["responses"][200]["content"]["application/json"];
const extractOk: Ok<"/extract_runs/{id}/cancel"> extends ExtractRun ? true : false = true;
const classifyOk: Ok<"/classify_runs/{id}/cancel"> extends ClassifyRun ? true : false = true;
const splitOk: Ok<"/split_runs/{id}/cancel"> extends SplitRun ? true : false = true;
const processorOk: Ok<"/processor_runs/{id}/cancel"> extends ProcessorRunCancelResponse ? true : false = true;
type NotFound = operations["cancelExtractRun"]["responses"][404]["content"]["application/json"];
const notFound: NotFound extends ErrorBody ? true : false = true;

// The path parameter is a string.
const params: operations["cancelSplitRun"]["parameters"]["path"] = { id: "splr_Xj8mK2pL9nR4vT7qY5wZ" };

// A minimal extract run, with a status and a failure reason the spec does not list: growing
// enumerations are `known | string`, so a value added later still type-checks. The properties
// the reference documents as "present, may be null" are required keys that may hold null.
const future: ExtractRun = {
  object: "extract_run",
  id: "exr_future",
  status: "ARCHIVED",
  output: null,
  initialOutput: null,
  reviewedOutput: null,
  failureReason: "QUOTA_EXCEEDED",
  failureMessage: null,
  metadata: null,
  reviewed: false,
  edited: false,
  edits: { total: null },
  config: { schema: {} },
  extractor: null,
  extractorVersion: null,
  file: null,
  files: null,
  parseRunId: null,
  dashboardUrl: "https://dashboard.extend.ai/runs/exr_future",
  usage: null,
  createdAt: "2024-03-21T16:45:00Z",
  updatedAt: "2024-03-21T16:45:00Z",
};

// Known values are still offered (and checked) as literals.
function isFinished(run: ExtractRun | ClassifyRun | SplitRun): boolean {
  switch (run.status) {
    case "PROCESSED":
    case "FAILED":
    case "CANCELLED":
      return true;
    default:
      return false;
  }
}

// The types are not `any`: each of these lines must be a type error.
// @ts-expect-error the run id is a string
const badId: ExtractRun["id"] = 42;
// @ts-expect-error `reviewed` is required
const missing: ClassifyRun = { ...(future as unknown as ClassifyRun), reviewed: undefined };
// @ts-expect-error `usage` may be null but not left out
const noUsage: ExtractRun = (({ usage, ...rest }) => rest)(future);
// @ts-expect-error the legacy response wraps the run in `processorRun`
const unwrapped: ProcessorRunCancelResponse = { success: true };

export const checks = [
  extractOk,
  classifyOk,
  splitOk,
  processorOk,
  notFound,
  params,
  isFinished(future),
  badId,
  missing,
  noUsage,
  unwrapped,
];
