// Drives Extend's official TypeScript SDK (npm extend-ai, pinned in contract/sdk/package-lock.json)
// against `extend-cancel sandbox`, for each of the four kinds of run (extract, classify, split,
// legacy processor):
//   - retrieve (`retrieve`, `get` for processor runs): the run as it is now, and NotFoundError for
//     an unknown id;
//   - list: every seeded run of the kind across pages of two, and a status filter; for legacy
//     processor runs (`processorRun.list`, the `{success, processorRuns}` shape) a processor
//     filter too;
//   - cancel: the run for a PROCESSING run, and the SDK's documented error class for a run in
//     another status (400), an unknown id (404), a wrong key (401) and a wrong workspace (403). The
//     processor-run endpoint documents 400, 401 and 404 only: the SDK throws its base ExtendError
//     for a 403 there, as for every status an endpoint does not document;
// then for workflow and parse runs (this SDK has no verify runs):
//   - retrieve, list (every seeded run across pages of two, a status filter; parse runs by batch
//     too), with NotFoundError, UnauthorizedError and ForbiddenError where they apply;
//   - cancel: a workflow run PENDING or PROCESSING answers the run CANCELLING, and is retrieved
//     until it is CANCELLED; a parse run PROCESSING answers CANCELLED; every other status is
//     BadRequestError (400);
// and the batch lookup (`batchRuns.get`): the BatchRun with its run count, and NotFoundError for
// an unknown batch.
// TypeScript types are erased at run time, so a result is checked by its `object` discriminator
// and fields.
//
// Usage (by .ci/sdk-check, from the folder holding node_modules/extend-ai):
//   EXTEND_BASE_URL=... EXTEND_API_KEY=... node official_typescript.mjs
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { ExtendClient, Extend, ExtendError } = require("extend-ai");
const VERSION = require("extend-ai/package.json").version;

const BASE_URL = process.env.EXTEND_BASE_URL;
const API_KEY = process.env.EXTEND_API_KEY;
const WRONG_KEY = "sk_not_the_sandbox_key";
const WRONG_WORKSPACE = "ws_not_the_sandbox_workspace";
const NAME = `official TypeScript SDK extend-ai ${VERSION}`;

// No retries: every status here is final, and a retried 5xx would hide a sandbox fault.
const client = new ExtendClient({ token: API_KEY, baseUrl: BASE_URL, maxRetries: 0 });
const wrongKey = new ExtendClient({ token: WRONG_KEY, baseUrl: BASE_URL, maxRetries: 0 });

// [kind, id prefix, the client's resource, its retrieve method, the run object's `object`]
const KINDS = [
  ["extract", "exr_", "extractRuns", "retrieve", "extract_run"],
  ["classify", "clr_", "classifyRuns", "retrieve", "classify_run"],
  ["split", "splr_", "splitRuns", "retrieve", "split_run"],
  ["processor", "dpr_", "processorRun", "get", "document_processor_run"],
];
const STATUSES = ["PENDING", "PROCESSING", "PROCESSED", "FAILED", "CANCELLED"];
const PAGE_SIZE = 2;

// The kinds added later: [kind, id prefix, the client's resource, the run object's `object`, the
// statuses the sandbox seeds one run in (ids `<prefix><status in lowercase>`)]. Verify runs are not
// in this SDK.
const LATER_KINDS = [
  ["workflow", "workflow_run_", "workflowRuns", "workflow_run",
    ["PENDING", "PROCESSING", "PROCESSED", "FAILED", "CANCELLED", "CANCELLING", "NEEDS_REVIEW", "REJECTED"]],
  ["parse", "pr_", "parseRuns", "parse_run", STATUSES],
];
// What a cancel does, by kind and status: [the status the 200 answers, the status the run ends in].
// Workflow runs are cancelled while PENDING or PROCESSING and answer CANCELLING (the run becomes
// CANCELLED a moment later); parse runs while PROCESSING. Every other cancel is 400.
const CANCELS = {
  workflow: { PENDING: ["CANCELLING", "CANCELLED"], PROCESSING: ["CANCELLING", "CANCELLED"] },
  parse: { PROCESSING: ["CANCELLED", "CANCELLED"] },
};
// The batches of the default seed: every seeded parse run is in the parse batch PARSE_BATCH, which
// the batch lookup answers for with the parse runs' count; every seeded workflow run is in the
// workflow batch WORKFLOW_BATCH, which has no batch run (404, as on Extend).
const BATCHES = { parse: "bpar_sandbox", workflow: "batch_sandbox" };
const UNKNOWN_BATCH = "bpr_does_not_exist";
// How long a run may stay CANCELLING (the sandbox's delay is about 300 ms), and how often it is
// retrieved meanwhile, in milliseconds.
const SETTLE_TIMEOUT = 10000;
const SETTLE_POLL = 50;

let passed = 0;
let failed = 0;

async function check(name, call, verify) {
  let outcome;
  try {
    outcome = await call();
  } catch (error) {
    outcome = error;
  }
  let problem;
  try {
    problem = verify(outcome);
  } catch (error) {
    problem = `the check itself failed: ${error.stack}`;
  }
  if (problem === undefined) {
    passed += 1;
    console.log(`ok     ${NAME}: ${name}`);
  } else {
    failed += 1;
    console.log(`FAILED ${NAME}: ${name}: ${problem}`);
    if (outcome instanceof Error) console.log(outcome.stack);
  }
}

// The run (for processor runs, in the `{success, processorRun}` wrapper), with this id and status.
function runIn(kind, object, id, status) {
  return (result) => {
    if (result instanceof Error) return `threw ${result.constructor.name}: ${result.message}`;
    let run = result;
    if (kind === "processor") {
      if (result.success !== true) return `success is ${JSON.stringify(result.success)}`;
      run = result.processorRun;
    }
    if (run.object !== object || run.id !== id || run.status !== status) {
      return `expected ${object} ${id} ${status}, got ${run.object} ${run.id} ${run.status}`;
    }
    return undefined;
  };
}

// A run retrieved until its status is no longer CANCELLING, for at most SETTLE_TIMEOUT: every run
// retrieved (the last is the settled one, or the last seen).
async function settle(retrieve) {
  const deadline = Date.now() + SETTLE_TIMEOUT;
  const seen = [await retrieve()];
  while (seen.at(-1).status === "CANCELLING" && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_POLL));
    seen.push(await retrieve());
  }
  return seen;
}

// Runs retrieved until settled: each of `object` with this id, CANCELLING or `status`, the last
// `status`.
function settledIn(object, id, status) {
  return (runs) => {
    if (runs instanceof Error) return `threw ${runs.constructor.name}: ${runs.message}`;
    const seen = runs.map((run) => run.status);
    if (runs.some((run) => run.object !== object || run.id !== id)) return `expected ${object} ${id} each time`;
    if (seen.some((s) => s !== "CANCELLING" && s !== status) || seen.at(-1) !== status) {
      return `expected ${id} to end ${status} (through CANCELLING only), saw ${seen}`;
    }
    return undefined;
  };
}

// Every page of a listing, following nextPageToken (at most 10 pages: five runs take three).
async function listAll(resource, request) {
  const pages = [];
  let nextPageToken;
  for (let n = 0; n < 10; n += 1) {
    const page = await resource.list({ ...request, ...(nextPageToken ? { nextPageToken } : {}) });
    pages.push(page);
    nextPageToken = page.nextPageToken;
    if (!nextPageToken) return pages;
  }
  throw new Error("more than 10 pages for five runs");
}

// List pages whose runs (summaries of `object`) are exactly `ids`, in this many pages. The legacy
// processor list has its own shape, `{success, processorRuns, nextPageToken}`, and summaries
// without `object` (each has its processor's id).
function pagesOf(object, ids, count) {
  return (pages) => {
    if (pages instanceof Error) return `threw ${pages.constructor.name}: ${pages.message}`;
    const legacy = object === "document_processor_run";
    if (legacy && pages.some((page) => page.success !== true || !Array.isArray(page.processorRuns))) {
      return "a page is not {success: true, processorRuns}";
    }
    if (!legacy && pages.some((page) => page.object !== "list")) return "a page's object is not \"list\"";
    const runs = pages.flatMap((page) => (legacy ? page.processorRuns : page.data));
    if (legacy && runs.some((run) => typeof run.processorId !== "string")) return "a run has no processorId";
    if (!legacy && runs.some((run) => run.object !== object)) return `a run's object is not ${object}`;
    const got = runs.map((run) => run.id).sort();
    if (JSON.stringify(got) !== JSON.stringify([...ids].sort())) return `expected ${ids}, got ${got}`;
    return pages.length === count ? undefined : `expected ${count} pages, got ${pages.length}`;
  };
}

// The call threw exactly this class (not a subclass, nor its base) for this status.
function expectError(errorClass, status) {
  return (outcome) => {
    if (!(outcome instanceof Error)) return `expected ${errorClass.name} (${status}), got a result`;
    if (outcome.constructor !== errorClass) {
      return `expected ${errorClass.name}, got ${outcome.constructor.name}: ${outcome.message}`;
    }
    return outcome.statusCode === status ? undefined : `expected HTTP ${status}, got ${outcome.statusCode}`;
  };
}

for (const [kind, prefix, resource, retrieve, object] of KINDS) {
  const processing = `${prefix}processing`;
  const processed = `${prefix}processed`;
  const unknown = `${prefix}does_not_exist`;
  await check(`${resource}.${retrieve}("${processed}")`, () => client[resource][retrieve](processed),
    runIn(kind, object, processed, "PROCESSED"));
  await check(`${resource}.${retrieve}("${unknown}")`, () => client[resource][retrieve](unknown),
    expectError(Extend.NotFoundError, 404));
  const seeded = STATUSES.map((status) => `${prefix}${status.toLowerCase()}`);
  await check(`${resource}.list({maxPageSize: ${PAGE_SIZE}, nextPageToken}) over every page`,
    () => listAll(client[resource], { maxPageSize: PAGE_SIZE }), pagesOf(object, seeded, 3));
  await check(`${resource}.list({status: "PROCESSING"})`,
    () => listAll(client[resource], { status: "PROCESSING" }), pagesOf(object, [processing], 1));
  await check(`${resource}.list() with a wrong key`, () => wrongKey[resource].list(),
    expectError(Extend.UnauthorizedError, 401));
  if (kind === "processor") {
    // The seeded runs share one processor: its id lists them all, another none.
    await check(`${resource}.list({processorId: <${processed}'s>, maxPageSize: ${PAGE_SIZE}, nextPageToken}) over every page`,
      async () => {
        const { processorRun } = await client[resource][retrieve](processed);
        return listAll(client[resource], { processorId: processorRun.processorId, maxPageSize: PAGE_SIZE });
      },
      pagesOf(object, seeded, 3));
    await check(`${resource}.list({processorId: "dp_not_a_processor"})`,
      () => listAll(client[resource], { processorId: "dp_not_a_processor" }), pagesOf(object, [], 1));
  }
  await check(`${resource}.cancel("${processing}")`, () => client[resource].cancel(processing),
    runIn(kind, object, processing, "CANCELLED"));
  await check(`${resource}.${retrieve}("${processing}") after`, () => client[resource][retrieve](processing),
    runIn(kind, object, processing, "CANCELLED"));
  await check(`${resource}.cancel("${processed}")`, () => client[resource].cancel(processed),
    expectError(Extend.BadRequestError, 400));
  await check(`${resource}.cancel("${unknown}")`, () => client[resource].cancel(unknown),
    expectError(Extend.NotFoundError, 404));
  await check(`${resource}.cancel("${processed}") with a wrong key`, () => wrongKey[resource].cancel(processed),
    expectError(Extend.UnauthorizedError, 401));
  await check(`${resource}.cancel("${processed}", {"x-extend-workspace-id": "${WRONG_WORKSPACE}"})`,
    () => client[resource].cancel(processed, { "x-extend-workspace-id": WRONG_WORKSPACE }),
    expectError(kind === "processor" ? ExtendError : Extend.ForbiddenError, 403));
}

for (const [kind, prefix, resource, object, statuses] of LATER_KINDS) {
  const processing = `${prefix}processing`;
  const processed = `${prefix}processed`;
  const unknown = `${prefix}does_not_exist`;
  const wrongWorkspace = { "x-extend-workspace-id": WRONG_WORKSPACE };
  const seeded = statuses.map((status) => `${prefix}${status.toLowerCase()}`);
  await check(`${resource}.retrieve("${processed}")`, () => client[resource].retrieve(processed),
    runIn(kind, object, processed, "PROCESSED"));
  await check(`${resource}.retrieve("${unknown}")`, () => client[resource].retrieve(unknown),
    expectError(Extend.NotFoundError, 404));
  await check(`${resource}.retrieve("${processed}", {"x-extend-workspace-id": "${WRONG_WORKSPACE}"})`,
    () => client[resource].retrieve(processed, wrongWorkspace), expectError(Extend.ForbiddenError, 403));
  await check(`${resource}.list({maxPageSize: ${PAGE_SIZE}, nextPageToken}) over every page`,
    () => listAll(client[resource], { maxPageSize: PAGE_SIZE }),
    pagesOf(object, seeded, Math.ceil(seeded.length / PAGE_SIZE)));
  await check(`${resource}.list({status: "PROCESSING"})`,
    () => listAll(client[resource], { status: "PROCESSING" }), pagesOf(object, [processing], 1));
  // The seeded parse and workflow runs are all in one batch each.
  await check(`${resource}.list({batchId: "${BATCHES[kind]}", maxPageSize: ${PAGE_SIZE}, nextPageToken}) over every page`,
    () => listAll(client[resource], { batchId: BATCHES[kind], maxPageSize: PAGE_SIZE }),
    pagesOf(object, seeded, Math.ceil(seeded.length / PAGE_SIZE)));
  await check(`${resource}.list({batchId: "${UNKNOWN_BATCH}"})`,
    () => listAll(client[resource], { batchId: UNKNOWN_BATCH }), pagesOf(object, [], 1));
  await check(`${resource}.list() with a wrong key`, () => wrongKey[resource].list(),
    expectError(Extend.UnauthorizedError, 401));
  await check(`${resource}.list({"x-extend-workspace-id": "${WRONG_WORKSPACE}"})`,
    () => client[resource].list(wrongWorkspace), expectError(Extend.ForbiddenError, 403));

  // The cancels answered 200, each cancelled again at once (refused), then retrieved until the
  // run is no longer CANCELLING.
  for (const [status, [answered]] of Object.entries(CANCELS[kind])) {
    const id = `${prefix}${status.toLowerCase()}`;
    await check(`${resource}.cancel("${id}")`, () => client[resource].cancel(id), runIn(kind, object, id, answered));
    await check(`${resource}.cancel("${id}") again`, () => client[resource].cancel(id),
      expectError(Extend.BadRequestError, 400));
  }
  for (const [status, [, final]] of Object.entries(CANCELS[kind])) {
    const id = `${prefix}${status.toLowerCase()}`;
    await check(`${resource}.retrieve("${id}") after, until not CANCELLING`,
      () => settle(() => client[resource].retrieve(id)), settledIn(object, id, final));
  }
  for (const status of statuses.filter((status) => !(status in CANCELS[kind]))) {
    const id = `${prefix}${status.toLowerCase()}`;
    await check(`${resource}.cancel("${id}")`, () => client[resource].cancel(id), expectError(Extend.BadRequestError, 400));
  }

  await check(`${resource}.cancel("${unknown}")`, () => client[resource].cancel(unknown),
    expectError(Extend.NotFoundError, 404));
  await check(`${resource}.cancel("${processed}") with a wrong key`, () => wrongKey[resource].cancel(processed),
    expectError(Extend.UnauthorizedError, 401));
  await check(`${resource}.cancel("${processed}", {"x-extend-workspace-id": "${WRONG_WORKSPACE}"})`,
    () => client[resource].cancel(processed, wrongWorkspace), expectError(Extend.ForbiddenError, 403));
}

// The batch lookup. The parse batch holds the five seeded parse runs; one of them is still PENDING,
// so the batch is PROCESSING. `batchRuns.get` takes no request object: the workspace header goes in
// the request options.
function batchRun(id, runCount, status) {
  return (batch) => {
    if (batch instanceof Error) return `threw ${batch.constructor.name}: ${batch.message}`;
    const got = JSON.stringify([batch.object, batch.id, batch.runCount, batch.status]);
    const expected = JSON.stringify(["batch_run", id, runCount, status]);
    return got === expected ? undefined : `expected [object, id, runCount, status] ${expected}, got ${got}`;
  };
}
await check(`batchRuns.get("${BATCHES.parse}")`, () => client.batchRuns.get(BATCHES.parse),
  batchRun(BATCHES.parse, STATUSES.length, "PROCESSING"));
await check(`batchRuns.get("${UNKNOWN_BATCH}")`, () => client.batchRuns.get(UNKNOWN_BATCH),
  expectError(Extend.NotFoundError, 404));
await check(`batchRuns.get("${BATCHES.workflow}") (a workflow batch has no batch run)`,
  () => client.batchRuns.get(BATCHES.workflow), expectError(Extend.NotFoundError, 404));
await check(`batchRuns.get("${BATCHES.parse}") with a wrong key`, () => wrongKey.batchRuns.get(BATCHES.parse),
  expectError(Extend.UnauthorizedError, 401));
await check(`batchRuns.get("${BATCHES.parse}", {headers: {"x-extend-workspace-id": "${WRONG_WORKSPACE}"}})`,
  () => client.batchRuns.get(BATCHES.parse, { headers: { "x-extend-workspace-id": WRONG_WORKSPACE } }),
  expectError(Extend.ForbiddenError, 403));

console.log(`${NAME}: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
