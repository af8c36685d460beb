// Drives Extend's official TypeScript SDK (npm extend-ai, pinned in contract/sdk/package-lock.json)
// against `extend-cancel sandbox`, for each of the four kinds of run:
//   - retrieve (`retrieve`, `get` for processor runs): the run as it is now, and NotFoundError for
//     an unknown id;
//   - list (extract, classify and split runs; the sandbox, like the spec, lists no legacy processor
//     runs): every seeded run of the kind across pages of two, and a status filter;
//   - cancel: the run for a PROCESSING run, and the SDK's documented error class for a run in
//     another status (400), an unknown id (404), a wrong key (401) and a wrong workspace (403). The
//     processor-run endpoint documents 400, 401 and 404 only: the SDK throws its base ExtendError
//     for a 403 there, as for every status an endpoint does not document.
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

// [kind, id prefix, the client's resource, its retrieve method, the run object's `object`, whether
// it is listed]
const KINDS = [
  ["extract", "exr_", "extractRuns", "retrieve", "extract_run", true],
  ["classify", "clr_", "classifyRuns", "retrieve", "classify_run", true],
  ["split", "splr_", "splitRuns", "retrieve", "split_run", true],
  ["processor", "dpr_", "processorRun", "get", "document_processor_run", false],
];
const STATUSES = ["PENDING", "PROCESSING", "PROCESSED", "FAILED", "CANCELLED"];
const PAGE_SIZE = 2;

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

// List pages whose runs (summaries of `object`) are exactly `ids`, in this many pages.
function pagesOf(object, ids, count) {
  return (pages) => {
    if (pages instanceof Error) return `threw ${pages.constructor.name}: ${pages.message}`;
    if (pages.some((page) => page.object !== "list")) return "a page's object is not \"list\"";
    const runs = pages.flatMap((page) => page.data);
    if (runs.some((run) => run.object !== object)) return `a run's object is not ${object}`;
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

for (const [kind, prefix, resource, retrieve, object, listed] of KINDS) {
  const processing = `${prefix}processing`;
  const processed = `${prefix}processed`;
  const unknown = `${prefix}does_not_exist`;
  await check(`${resource}.${retrieve}("${processed}")`, () => client[resource][retrieve](processed),
    runIn(kind, object, processed, "PROCESSED"));
  await check(`${resource}.${retrieve}("${unknown}")`, () => client[resource][retrieve](unknown),
    expectError(Extend.NotFoundError, 404));
  if (listed) {
    const seeded = STATUSES.map((status) => `${prefix}${status.toLowerCase()}`);
    await check(`${resource}.list({maxPageSize: ${PAGE_SIZE}, nextPageToken}) over every page`,
      () => listAll(client[resource], { maxPageSize: PAGE_SIZE }), pagesOf(object, seeded, 3));
    await check(`${resource}.list({status: "PROCESSING"})`,
      () => listAll(client[resource], { status: "PROCESSING" }), pagesOf(object, [processing], 1));
    await check(`${resource}.list() with a wrong key`, () => wrongKey[resource].list(),
      expectError(Extend.UnauthorizedError, 401));
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

console.log(`${NAME}: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
