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

// Exact type equality (not mere assignability), for the nullable and optional properties.
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

// Each cancel path answers 200 with its run type, and errors with ErrorBody.
type Ok200<Op> = Op extends { responses: { 200: { content: { "application/json": infer Body } } } } ? Body : never;
type Ok<P extends keyof paths> = Ok200<paths[P]["post"]>;
type GetOk<P extends keyof paths> = Ok200<paths[P]["get"]>;
const extractOk: Ok<"/extract_runs/{id}/cancel"> extends ExtractRun ? true : false = true;
const classifyOk: Ok<"/classify_runs/{id}/cancel"> extends ClassifyRun ? true : false = true;
const splitOk: Ok<"/split_runs/{id}/cancel"> extends SplitRun ? true : false = true;
const processorOk: Ok<"/processor_runs/{id}/cancel"> extends ProcessorRunCancelResponse ? true : false = true;

// Retrieving a run (its final state after a cancel) answers the same run types; the legacy
// processor run its own ProcessorRunGetResponse, of the same shape as the cancel response.
const retrieveOk: [
  Equals<GetOk<"/extract_runs/{id}">, ExtractRun>,
  Equals<GetOk<"/classify_runs/{id}">, ClassifyRun>,
  Equals<GetOk<"/split_runs/{id}">, SplitRun>,
  Equals<GetOk<"/processor_runs/{id}">, Schemas["ProcessorRunGetResponse"]>,
] = [true, true, true, true];
const getResponse: Schemas["ProcessorRunGetResponse"] = { success: true, processorRun: {} as Schemas["LegacyProcessorRun"] };
const sameShape: ProcessorRunCancelResponse = getResponse;
const retrieveHeaders: operations["retrieveProcessorRun"]["parameters"]["header"] = { "x-extend-api-version": "2025-04-21" };

// Listing runs (to find the ones to cancel): a page of summaries, and its query filters.
type ExtractPage = Schemas["ExtractRunsListResponse"];
type ExtractSummary = Schemas["ExtractRunSummary"];
type ListQuery = NonNullable<operations["listExtractRuns"]["parameters"]["query"]>;
const listOk: [
  Equals<GetOk<"/extract_runs">, ExtractPage>,
  Equals<GetOk<"/classify_runs">, Schemas["ClassifyRunsListResponse"]>,
  Equals<GetOk<"/split_runs">, Schemas["SplitRunsListResponse"]>,
  Equals<ExtractPage["data"], ExtractSummary[]>,
  Equals<ExtractPage["nextPageToken"], string | null | undefined>,
  Equals<ExtractSummary["usage"], Schemas["RunUsageSummary"] | null | undefined>,
  Equals<Schemas["ClassifyRunSummary"]["classifier"], Schemas["ClassifierSummary"] | null | undefined>,
  Equals<Schemas["SplitRunSummary"]["file"], Schemas["FileSummary"] | null>,
] = [true, true, true, true, true, true, true, true];
// A summary with only the required keys, on a last page (no nextPageToken).
const summary: ExtractSummary = {
  object: "extract_run",
  id: "exr_listed",
  status: "PROCESSING",
  reviewed: false,
  edited: false,
  file: null,
  dashboardUrl: "https://dashboard.extend.ai/runs/exr_listed",
  createdAt: "2024-03-21T16:45:00Z",
  updatedAt: "2024-03-21T16:45:00Z",
};
const lastPage: ExtractPage = { object: "list", data: [summary] };
const midPage: Schemas["SplitRunsListResponse"] = { object: "list", data: [], nextPageToken: null };
// Every filter, with values the spec does not list for the growing enumerations.
const query: ListQuery = {
  status: "PROCESSING",
  extractorId: "ex_BMdfq_yWM3sT-ZzvCnA3f",
  batchId: "bpr_Xj8mK2pL9nR4vT7qY5wZ",
  sourceId: "workflow_run_123",
  source: "SOURCE_ADDED_LATER",
  fileNameContains: "invoice",
  sortBy: "createdAt",
  sortDir: "desc",
  nextPageToken: "xK9mLPqRtN3vS8wF5hB2cQ==",
  maxPageSize: 50,
};
const knownSource: ListQuery["source"] = "BATCH_PROCESSOR_RUN";
const listHeaders: operations["listSplitRuns"]["parameters"]["header"] = { "x-extend-api-version": "2026-02-09" };
// The ids of a page's runs that can still be cancelled, and the query of the next page.
function cancellable(page: ExtractPage): string[] {
  return page.data.filter((run) => run.status === "PROCESSING").map((run) => run.id);
}
function nextQuery(page: ExtractPage, current: ListQuery): ListQuery | undefined {
  return page.nextPageToken ? { ...current, nextPageToken: page.nextPageToken } : undefined;
}
// @ts-expect-error maxPageSize is a number
const badPageSize: ListQuery = { maxPageSize: "50" };
// @ts-expect-error a classify run is filtered by classifierId, not extractorId
const wrongFilter: NonNullable<operations["listClassifyRuns"]["parameters"]["query"]> = { extractorId: "ex_1" };
// @ts-expect-error a summary has no output (retrieve the run for it)
const summaryOutput = summary.output;
// @ts-expect-error a page requires its data
const noData: ExtractPage = { object: "list" };
type NotFound = operations["cancelExtractRun"]["responses"][404]["content"]["application/json"];
const notFound: NotFound extends ErrorBody ? true : false = true;

// The other kinds Extend cancels: workflow, parse and verify runs (cancel and retrieve answer the
// run), their lists, the legacy processor list (API 2025-04-21) and the batch lookup.
type WorkflowRun = Schemas["WorkflowRun"];
type ParseRun = Schemas["ParseRun"];
type VerifyRun = Schemas["VerifyRun"];
const otherKindsOk: [
  Equals<Ok<"/workflow_runs/{id}/cancel">, WorkflowRun>,
  Equals<Ok<"/parse_runs/{id}/cancel">, ParseRun>,
  Equals<Ok<"/verify_runs/{id}/cancel">, VerifyRun>,
  Equals<GetOk<"/workflow_runs/{id}">, WorkflowRun>,
  Equals<GetOk<"/parse_runs/{id}">, ParseRun>,
  Equals<GetOk<"/verify_runs/{id}">, VerifyRun>,
  Equals<GetOk<"/workflow_runs">, Schemas["WorkflowRunsListResponse"]>,
  Equals<GetOk<"/parse_runs">, Schemas["ParseRunsListResponse"]>,
  Equals<GetOk<"/verify_runs">, Schemas["VerifyRunsListResponse"]>,
  Equals<GetOk<"/processor_runs">, Schemas["ProcessorRunsListResponse"]>,
  Equals<GetOk<"/batch_runs/{id}">, Schemas["BatchRun"]>,
  Equals<Schemas["ProcessorRunsListResponse"]["processorRuns"], Schemas["LegacyProcessorRunSummary"][]>,
  // a parse run's file is typed present but may be null (a batch run whose ingestion failed)
  Equals<ParseRun["file"], Schemas["FileSummary"] | null>,
  Equals<ParseRun["usage"], Schemas["RunUsage"] | null | undefined>,
  Equals<WorkflowRun["batchId"], string | null>,
  Equals<Schemas["WorkflowRunSummary"]["endTime"], string | null>,
  Equals<Schemas["VerifyRunSummary"]["riskLevel"], Schemas["VerifyRiskLevel"] | null | undefined>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];
// A workflow run being cancelled: CANCELLING is a known status, offered as a literal; the run is
// followed until it is CANCELLED. Every key of a workflow run is present (most may be null).
const cancelling: WorkflowRun = {
  object: "workflow_run",
  id: "workflow_run_xKm9pNv3qWsY_jL2tR5Dh",
  workflow: {
    object: "workflow",
    id: "workflow_BMdfq_yWM3sT-ZzvCnA3f",
    name: "Invoice Processing",
    createdAt: "2024-03-21T15:29:55Z",
    updatedAt: "2024-03-21T15:29:55Z",
    createdBy: null,
  },
  workflowVersion: {
    object: "workflow_version",
    id: "workflow_version_Zk9mNP12Qw4-yTv8BdR3H",
    version: "draft",
    name: null,
    createdAt: "2024-03-21T15:29:55Z",
    createdBy: { type: "user", email: "jane.doe@example.com" },
  },
  dashboardUrl: "https://dashboard.extend.ai/workflows/workflow_run_xKm9pNv3qWsY_jL2tR5Dh",
  status: "CANCELLING",
  metadata: {},
  batchId: null,
  files: [],
  failureReason: null,
  failureMessage: null,
  initialRunAt: "2024-03-21T16:45:00Z",
  reviewedByUser: null,
  reviewed: false,
  rejectionNote: null,
  reviewedAt: null,
  startTime: "2024-03-21T16:45:01Z",
  endTime: null,
  stepRuns: [{ stepType: "PARSE", anything: ["a step run is any object here"] }],
};
function stillCancelling(run: WorkflowRun): boolean {
  switch (run.status) {
    case "PENDING":
    case "PROCESSING":
    case "CANCELLING":
      return true;
    default:
      return false;
  }
}
// A cancelled parse run: the published parse statuses have no CANCELLED, the open enumeration
// takes it. Only what every parse run carries is required.
const cancelledParse: ParseRun = {
  object: "parse_run",
  id: "pr_xK9mLPqRtN3vS8wF5hB2cQ",
  file: null,
  status: "CANCELLED",
  config: { target: "markdown" },
};
const parseStatus: Schemas["ParseRunStatus"] = "PENDING";
const verifyRun: VerifyRun = {
  object: "verify_run",
  id: "vr_xK9mLPqRtN3vS8wF5hB2cQ",
  file: null,
  status: "CANCELLED",
  config: { engine: "verify_engine_added_later" },
  source: "API",
  createdAt: "2024-03-21T16:45:00Z",
  updatedAt: "2024-03-21T16:45:00Z",
};
const batch: Schemas["BatchRun"] = {
  object: "batch_run",
  id: "bpr_Xj8mK2pL9nR4vT7qY5wZ",
  status: "PROCESSING",
  runCount: 25,
  createdAt: "2024-03-21T16:45:00Z",
};
// Each list's own filters, a growing enumeration with a value the spec does not list.
const workflowQuery: NonNullable<operations["listWorkflowRuns"]["parameters"]["query"]> = {
  status: "CANCELLING",
  workflowId: "workflow_BMdfq_yWM3sT-ZzvCnA3f",
  batchId: "batch_7Ws31-F5",
  fileNameContains: "invoice",
  sortBy: "updatedAt",
  sortDir: "asc",
  nextPageToken: "xK9mLPqRtN3vS8wF5hB2cQ==",
  maxPageSize: 50,
};
const parseQuery: NonNullable<operations["listParseRuns"]["parameters"]["query"]> = {
  status: "PROCESSING",
  batchId: "bpar_Xj8mK2pL9nR4vT7qY5wZ",
  source: "BATCH_PARSER_RUN",
  sourceId: "workflow_run_123",
  fileNameContains: "invoice",
};
const verifyQuery: NonNullable<operations["listVerifyRuns"]["parameters"]["query"]> = {
  status: "PROCESSING",
  source: "STUDIO",
  riskLevel: "RISK_LEVEL_ADDED_LATER",
  sortBy: "createdAt",
};
const processorQuery: NonNullable<operations["listProcessorRuns"]["parameters"]["query"]> = {
  status: "PROCESSING",
  processorId: "ex_BMdfq_yWM3sT-ZzvCnA3f",
  processorType: "EXTRACT",
  source: "WORKFLOW_RUN",
};
const processorListHeaders: operations["listProcessorRuns"]["parameters"]["header"] = { "x-extend-api-version": "2025-04-21" };
// The legacy processor list's runs to cancel, and its next page.
function cancellableLegacy(page: Schemas["ProcessorRunsListResponse"]): string[] {
  return page.processorRuns.filter((run) => run.status === "PROCESSING").map((run) => run.id);
}
const legacyPage: Schemas["ProcessorRunsListResponse"] = { success: true, processorRuns: [] };
// @ts-expect-error parse runs have no sorting
const parseSort: NonNullable<operations["listParseRuns"]["parameters"]["query"]> = { sortBy: "createdAt" };
// @ts-expect-error the workflow list has no source filter
const workflowSource: NonNullable<operations["listWorkflowRuns"]["parameters"]["query"]> = { source: "API" };
// @ts-expect-error the legacy list's runs are under processorRuns, not data
const legacyData: Schemas["ProcessorRunsListResponse"] = { success: true, data: [] };
// @ts-expect-error a workflow run carries its step runs (as JSON objects)
const noStepRuns: WorkflowRun = (({ stepRuns, ...rest }) => rest)(cancelling);
// @ts-expect-error a batch run counts its runs with a number
const badCount: Schemas["BatchRun"] = { ...batch, runCount: "25" };

// The path parameter is a string.
const params: operations["cancelSplitRun"]["parameters"]["path"] = { id: "splr_Xj8mK2pL9nR4vT7qY5wZ" };

// An extract run, with a status and a failure reason the spec does not list: growing
// enumerations are `known | string`, so a value added later still type-checks. A property the
// reference documents as "Present when ..." is optional and may also hold null.
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

// Only what every response carries is required: this is a complete extract run.
const minimal: ExtractRun = {
  object: "extract_run",
  id: "exr_minimal",
  status: "PROCESSING",
  reviewed: false,
  edited: false,
  config: { fields: [{ id: "total", name: "total", type: "number", description: "The total." }] },
  file: null,
  dashboardUrl: "https://dashboard.extend.ai/runs/exr_minimal",
  createdAt: "2024-03-21T16:45:00Z",
  updatedAt: "2024-03-21T16:45:00Z",
};
const minimalClassify: ClassifyRun = {
  object: "classify_run",
  id: "clr_minimal",
  status: "PENDING",
  reviewed: false,
  edited: false,
  config: { classifications: [{ id: "other", type: "other", description: "Anything else." }] },
  file: null,
  dashboardUrl: "https://dashboard.extend.ai/runs/clr_minimal",
  createdAt: "2024-03-21T16:45:00Z",
  updatedAt: "2024-03-21T16:45:00Z",
};
const minimalSplit: SplitRun = {
  object: "split_run",
  id: "splr_minimal",
  status: "PROCESSING",
  reviewed: false,
  edited: false,
  config: {
    splitClassifications: [{ id: "other", type: "other", description: "Anything else." }],
    advancedOptions: { strictIdentifierModeEnabled: true },
  },
  file: null,
  dashboardUrl: "https://dashboard.extend.ai/runs/splr_minimal",
  createdAt: "2024-03-21T16:45:00Z",
  updatedAt: "2024-03-21T16:45:00Z",
};

// A nullable reference is exactly `T | null`; an optional one is `T | null`, or absent.
const fileIsNullable: Equals<ExtractRun["file"], Schemas["FileSummary"] | null> = true;
const outputIsOptional: Equals<ExtractRun["output"], Schemas["ExtractOutput"] | null | undefined> = true;
const classifierIsOptional: Equals<
  ClassifyRun["classifier"],
  Schemas["ClassifierSummary"] | null | undefined
> = true;
const splitUsageIsOptional: Equals<SplitRun["usage"], Schemas["RunUsage"] | null | undefined> = true;
const legacyUsageIsOptional: Equals<
  Schemas["LegacyProcessorRun"]["usage"],
  Schemas["Credits"] | undefined
> = true;

// Reading the now-optional properties: absent and null are both handled.
function creditsOf(run: ExtractRun | ClassifyRun | SplitRun): number {
  return run.usage?.credits ?? 0;
}
function failureOf(run: ExtractRun | ClassifyRun | SplitRun): string {
  return run.failureReason ?? run.failureMessage ?? "no failure";
}
function fileTypeOf(run: ExtractRun): string {
  return run.file?.type ?? run.files?.[0]?.parentFileId ?? "unknown";
}

// createdBy: a union tagged by `type`, narrowed on it; null before attribution, or absent.
type VersionSummary =
  | Schemas["ExtractorVersionSummary"]
  | Schemas["ClassifierVersionSummary"]
  | Schemas["SplitterVersionSummary"];
function creator(version: VersionSummary): string {
  const createdBy = version.createdBy;
  if (createdBy === undefined || createdBy === null) {
    return "unknown";
  }
  switch (createdBy.type) {
    case "user":
      return createdBy.email;
    case "api_key":
      // @ts-expect-error an API key has a name, not an email
      return createdBy.email ?? createdBy.name;
  }
}
const createdByUnion: Equals<
  Schemas["CreatedBy"],
  Schemas["CreatedByUser"] | Schemas["CreatedByApiKey"]
> = true;
const byKey: Schemas["ExtractorVersionSummary"] = {
  object: "extractor_version",
  id: "exv_1",
  description: null,
  version: "1.0",
  extractorId: "ex_1",
  createdAt: "2024-03-21T16:45:00Z",
  createdBy: { type: "api_key", name: "ci" },
};
// @ts-expect-error a user carries an email
const userWithoutEmail: Schemas["CreatedBy"] = { type: "user" };

// The new fields: cellRange on both citation shapes, optional logprobsConfidence, ReturnOcr.lines,
// the extraction_operator base processor.
const citation: Schemas["Citation"] = { cellRange: "B2:C4" };
const legacyCitation: Schemas["LegacyCitation"] = { page: 1, cellRange: "A1" };
const cellRange: string | undefined = citation.cellRange;
const withoutLogprobs: Schemas["ExtractOutputMetadataValue"] = { ocrConfidence: 0.9 };
const logprobs: number | null | undefined = withoutLogprobs.logprobsConfidence;
// @ts-expect-error the legacy metadata value still requires logprobsConfidence
const legacyWithoutLogprobs: Schemas["LegacyExtractionMetadataValue"] = {};
const ocr: Schemas["ReturnOcr"] = { words: false, lines: true };
const operator: Schemas["ExtractBaseProcessor"] = "extraction_operator";

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
// @ts-expect-error `file` may be null but not left out
const noFile: ExtractRun = (({ file, ...rest }) => rest)(future);
// @ts-expect-error an optional property may be absent, but not undefined (exactOptionalPropertyTypes)
const undefinedUsage: ExtractRun = { ...minimal, usage: undefined };
// @ts-expect-error the legacy response wraps the run in `processorRun`
const unwrapped: ProcessorRunCancelResponse = { success: true };

export const checks = [
  extractOk,
  classifyOk,
  splitOk,
  processorOk,
  retrieveOk,
  sameShape,
  retrieveHeaders,
  listOk,
  lastPage,
  midPage,
  query,
  knownSource,
  listHeaders,
  cancellable(lastPage),
  nextQuery(lastPage, query),
  badPageSize,
  wrongFilter,
  summaryOutput,
  noData,
  notFound,
  params,
  isFinished(future),
  badId,
  missing,
  noFile,
  undefinedUsage,
  unwrapped,
  minimal,
  minimalClassify,
  minimalSplit,
  fileIsNullable,
  outputIsOptional,
  classifierIsOptional,
  splitUsageIsOptional,
  legacyUsageIsOptional,
  creditsOf(minimal),
  failureOf(minimalClassify),
  fileTypeOf(future),
  creator(byKey),
  createdByUnion,
  userWithoutEmail,
  legacyCitation,
  cellRange,
  logprobs,
  legacyWithoutLogprobs,
  ocr,
  operator,
  otherKindsOk,
  stillCancelling(cancelling),
  cancelledParse,
  parseStatus,
  verifyRun,
  batch,
  workflowQuery,
  parseQuery,
  verifyQuery,
  processorQuery,
  processorListHeaders,
  cancellableLegacy(legacyPage),
  parseSort,
  workflowSource,
  legacyData,
  noStepRuns,
  badCount,
];
