// Drives Extend's official TypeScript SDK (npm extend-ai, pinned in contract/sdk/package-lock.json)
// against `extend-cancel sandbox`: for each of the four kinds of run, the SDK's cancel gives the run
// for a PROCESSING run, and throws the SDK's documented error class for a run in another status
// (400), an unknown id (404), a wrong key (401) and a wrong workspace (403).
//
// The processor-run endpoint documents 400, 401 and 404 only: the SDK throws its base ExtendError
// for a 403 there, as it does for every status an endpoint does not document. TypeScript types are
// erased at run time, so a result is checked by its `object` discriminator and fields.
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

// [kind, id prefix, the client's resource, the run object's `object`]
const KINDS = [
  ["extract", "exr_", "extractRuns", "extract_run"],
  ["classify", "clr_", "classifyRuns", "classify_run"],
  ["split", "splr_", "splitRuns", "split_run"],
  ["processor", "dpr_", "processorRun", "document_processor_run"],
];

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

function cancelled(kind, id, object) {
  return (result) => {
    if (result instanceof Error) return `threw ${result.constructor.name}: ${result.message}`;
    let run = result;
    if (kind === "processor") {
      if (result.success !== true) return `success is ${JSON.stringify(result.success)}`;
      run = result.processorRun;
    }
    if (run.object !== object || run.id !== id || run.status !== "CANCELLED") {
      return `expected ${object} ${id} CANCELLED, got ${run.object} ${run.id} ${run.status}`;
    }
    return undefined;
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

for (const [kind, prefix, resource, object] of KINDS) {
  const processing = `${prefix}processing`;
  const processed = `${prefix}processed`;
  const unknown = `${prefix}does_not_exist`;
  await check(`${resource}.cancel("${processing}")`, () => client[resource].cancel(processing),
    cancelled(kind, processing, object));
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
