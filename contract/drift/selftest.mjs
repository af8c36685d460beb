// The drift check's self-test (`node contract/drift/check.mjs --self-test --modules DIR --py-site DIR`,
// run by .ci/drift-check). It uses the committed spec, mapping and allow-list, and proves:
//   1. the committed inputs pass;
//   2. for EVERY allow-list line: without it the check fails, and the failure names the
//      line's schema and property and prints the exact allow-list line to add (plus one run of
//      the command line itself, with a line removed, to prove the exit code and output);
//   3. a stale line, a malformed line and a line without a reason fail;
//   4. the nullable reference forms are read alike: rewriting every `anyOf [$ref, {enum: [null]}]`
//      (the spec's form) as `nullable + allOf [$ref]`, anyOf/oneOf [$ref, {nullable: true, enum:
//      [null]}], or `type: object` + nullable + allOf, gives exactly the same differences;
//   5. planted spec changes (an enum value, required, nullable, a type, a union branch, a new
//      property, a new unmapped schema; on the request side a query parameter removed, added,
//      retyped or made required, a query enum's value, a header; the same in the workflow and
//      parse runs' schemas and lists, and a parameter added where the SDK method takes no
//      request object) are each reported as the difference they are;
//   6. the mapping is checked: a missing entry, a wrong counterpart, a stale entry fail, and so
//      does an operation only the Python SDK has without its reason;
//   7. the PyPI citations are verified: a false one fails, in allow.txt and in mapping.json; so
//      does an operation only the Python SDK has (verify runs) whose method, return type or
//      parameters the Python SDK does not have.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { loadSdk, runCheck } from "./check.mjs";
import { SpecModel } from "./lib/spec-model.mjs";
import { compareAll } from "./lib/compare.mjs";

/** The `$ref` branch of a nullable reference in the spec's form (anyOf [$ref, {enum: [null]}]) or
 * the older one (nullable: true beside allOf [$ref], no type); otherwise undefined. */
function nullableRef(o) {
  if (o.nullable === true && Array.isArray(o.allOf) && o.allOf.length === 1 && o.allOf[0].$ref && !o.type) return o.allOf[0];
  if (Array.isArray(o.anyOf) && o.anyOf.length === 2 && o.anyOf[0].$ref && JSON.stringify(o.anyOf[1]) === '{"enum":[null]}') return o.anyOf[0];
  return undefined;
}

const HERE = path.dirname(fileURLToPath(import.meta.url));
// The repository root: this folder is contract/drift/.
const ROOT = path.resolve(HERE, "../..");

export async function selfTest(o) {
  const t0 = Date.now();
  const specPath = path.join(ROOT, "openapi/extend-cancel.json");
  const specText = fs.readFileSync(specPath, "utf8");
  const mapping = JSON.parse(fs.readFileSync(path.join(HERE, "mapping.json"), "utf8"));
  const allowText = fs.readFileSync(path.join(HERE, "allow.txt"), "utf8");
  const sdk = loadSdk(o.modules);
  const fresh = () => JSON.parse(specText);
  const noPy = () => ({ problems: [], checked: 0 });
  let passed = 0;
  let failed = 0;
  const ok = (cond, what) => {
    if (cond) passed++;
    else {
      failed++;
      console.log(`  FAIL: ${what}`);
    }
  };
  const run = (over = {}) =>
    runCheck({
      specDoc: fresh(),
      tsm: sdk.tsm,
      mapping,
      allowText,
      pySite: o.pySite,
      sdkVersion: sdk.version,
      specLabel: "self-test",
      pyCheck: noPy,
      ...over,
    });
  const diffsOf = (doc, m = mapping) => compareAll({ spec: new SpecModel(doc), tsm: sdk.tsm, mapping: m });
  const keyKinds = (r) => r.diffs.map((d) => `${d.key}: ${d.kind}`).join("\n");

  // 1
  const base = run({ pyCheck: undefined });
  ok(base.ok, `the committed spec, mapping and allow-list pass:\n${base.out.join("\n")}`);
  const baseDiffs = keyKinds(base);

  // 2
  const lines = allowText.split("\n");
  let removed = 0;
  for (const [no, d] of base.verdict.matched) {
    const text = lines.filter((_, i) => i !== no - 1).join("\n");
    const r = run({ allowText: text });
    const out = r.out.join("\n");
    const [head, ...rest] = d.key.split(".");
    const schema = head.split("~")[0];
    const prop = rest.length ? rest.join(".") : "(the schema itself)";
    const want = `${d.key}: ${d.kind}: <reason>`;
    ok(
      !r.ok && out.includes(`schema ${schema}`) && out.includes(`property ${prop}`) && out.includes(`allow-list line: ${want}`),
      `without allow-list line ${no} (${d.key}: ${d.kind}) the check must fail naming ${schema} and ${prop} and printing "${want}"; got:\n${out}`,
    );
    removed++;
  }
  ok(removed === base.verdict.matched.size && removed > 0, "every allow-list line was removed once");
  // ... and through the command line, once
  {
    const [no] = [...base.verdict.matched.keys()];
    const d = base.verdict.matched.get(no);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "drift-"));
    const f = path.join(tmp, "allow.txt");
    fs.writeFileSync(f, lines.filter((_, i) => i !== no - 1).join("\n"));
    const r = spawnSync(process.execPath, [path.join(HERE, "check.mjs"), "--modules", o.modules, "--allow", f, ...(o.pySite ? ["--py-site", o.pySite] : [])], {
      encoding: "utf8",
    });
    ok(
      r.status === 1 && r.stdout.includes(`allow-list line: ${d.key}: ${d.kind}: <reason>`),
      `the command line with line ${no} removed must exit 1 and print its allow-list line; exit ${r.status}, output:\n${r.stdout}${r.stderr}`,
    );
    fs.rmSync(tmp, { recursive: true, force: true });
  }

  // 3
  {
    const r = run({ allowText: allowText + "\nExtractRun.id: absent from TS: planted stale line\n" });
    ok(!r.ok && r.out.join("\n").includes("STALE") && r.out.join("\n").includes("ExtractRun.id: absent from TS: planted stale line"), "a stale line fails and is shown");
    const r2 = run({ allowText: allowText + "\nthis is not an allow-list line\n" });
    ok(!r2.ok && r2.out.join("\n").includes("MALFORMED"), "a malformed line fails");
    const [no, d] = [...base.verdict.matched][0];
    const noReason = lines.map((l, i) => (i === no - 1 ? `${d.key}: ${d.kind}:` : l)).join("\n");
    const r3 = run({ allowText: noReason });
    ok(!r3.ok && r3.out.join("\n").includes("no reason"), "a line without a reason fails");
    const dup = run({ allowText: allowText + "\n" + lines[no - 1] + "\n" });
    ok(!dup.ok && dup.out.join("\n").includes("duplicate"), "a duplicated line fails");
  }

  // 4
  {
    // The spec's own form is anyOf [$ref, {enum: [null]}]; each nullable reference is rewritten
    // into every other form, and the result must not change.
    const forms = {
      "nullable: true, allOf [$ref] (no type)": (x) => ({ nullable: true, allOf: [x] }),
      "anyOf [$ref, {nullable: true, enum: [null]}]": (x) => ({ anyOf: [x, { nullable: true, enum: [null] }] }),
      "oneOf [$ref, {nullable: true, enum: [null]}]": (x) => ({ oneOf: [x, { nullable: true, enum: [null] }] }),
      "anyOf [{type: object, nullable: true, enum: [null]}, $ref]": (x) => ({ anyOf: [{ type: "object", nullable: true, enum: [null] }, x] }),
      "type: object, nullable: true, allOf [$ref]": (x) => ({ type: "object", nullable: true, allOf: [x] }),
    };
    for (const [name, make] of Object.entries(forms)) {
      const doc = fresh();
      let n = 0;
      const walk = (o) => {
        if (Array.isArray(o)) return o.map(walk);
        if (!o || typeof o !== "object") return o;
        const out = {};
        for (const [k, v] of Object.entries(o)) out[k] = k === "example" || k === "examples" ? v : walk(v);
        const target = nullableRef(out);
        if (target) {
          n++;
          const { nullable, allOf, anyOf, ...restKeys } = out;
          return { ...restKeys, ...make(target) };
        }
        return out;
      };
      doc.components.schemas = walk(doc.components.schemas);
      const r = diffsOf(doc);
      const same = keyKinds(r) === baseDiffs && r.errors.length === 0;
      ok(n > 10 && same, `nullable references written as ${name} (${n} rewritten) give the same differences`);
    }
  }

  // 5
  const plant = (what, change, expectKey, expectKind) => {
    const doc = fresh();
    change(doc.components.schemas);
    const r = run({ specDoc: doc });
    const out = r.out.join("\n");
    ok(
      !r.ok && out.includes(`allow-list line: ${expectKey}: ${expectKind}: <reason>`),
      `${what}: expected an unlisted "${expectKey}: ${expectKind}"; got:\n${out}`,
    );
  };
  const S = (s) => s;
  plant("a growing enum loses a value", (s) => (S(s).ProcessorRunStatus.anyOf[0].enum = s.ProcessorRunStatus.anyOf[0].enum.filter((v) => v !== "CANCELLED")),
    "ProcessorRunStatus", "enum values only in TS (CANCELLED)");
  plant("a growing enum gains a value", (s) => s.FileType.anyOf[0].enum.push("ZIP"), "FileType", "enum values only in spec (ZIP)");
  plant("a growing enum is closed", (s) => (s.FileType.anyOf = [s.FileType.anyOf[0]]), "FileType", "enum closed in spec, open in TS");
  plant("a required property becomes optional", (s) => (s.ExtractRun.required = s.ExtractRun.required.filter((p) => p !== "id")),
    "ExtractRun.id", "optional in spec, required in TS");
  plant("a nullable reference loses nullable", (s) => {
    const { anyOf, allOf, nullable, ...rest } = s.ClassifyRun.properties.output;
    s.ClassifyRun.properties.output = { ...rest, allOf: [nullableRef(s.ClassifyRun.properties.output)] };
  }, "ClassifyRun.output", "nullable in TS, not in spec");
  plant("a plain property becomes nullable", (s) => (s.SplitRun.properties.dashboardUrl.nullable = true), "SplitRun.dashboardUrl", "nullable in spec, not in TS");
  plant("a type changes", (s) => (s.ParentSplit.properties.startPage = { type: "string" }), "ParentSplit.startPage", "type differs (spec string, TS number)");
  plant("an array item type changes", (s) => (s.RunUsageBreakdownCharge.properties.pages.items = { type: "string" }),
    "RunUsageBreakdownCharge.pages[]", "type differs (spec string, TS number)");
  plant("a property is added", (s) => (s.RunUsage.properties.planted = { type: "string" }), "RunUsage.planted", "absent from TS");
  plant("a property is removed", (s) => {
    delete s.FileSummary.properties.parentFileId;
    s.FileSummary.required = s.FileSummary.required.filter((p) => p !== "parentFileId");
  }, "FileSummary.parentFileId", "absent from spec");
  plant("a union gains a branch", (s) => s.ExtractOutput.anyOf.push({ type: "string" }), "ExtractOutput", "union branch only in spec (string)");
  plant("a union loses a branch", (s) => (s.ExtractConfig.anyOf = s.ExtractConfig.anyOf.slice(0, 1)), "ExtractConfig", "union branch only in TS (ExtractConfigJson)");
  plant("a literal changes", (s) => (s.ExtractRun.properties.object.enum = ["extraction_run"]), "ExtractRun.object", 'type differs (spec "extraction_run", TS "extract_run")');
  // the same in the schemas of the workflow and parse runs, the processor list and the batch lookup
  plant("a workflow run status loses a value", (s) => (s.WorkflowRunStatus.anyOf[0].enum = s.WorkflowRunStatus.anyOf[0].enum.filter((v) => v !== "CANCELLING")),
    "WorkflowRunStatus", "enum values only in TS (CANCELLING)");
  plant("a parse run status gains a value", (s) => s.ParseRunStatus.anyOf[0].enum.push("CANCELLED"), "ParseRunStatus", "enum values only in spec (CANCELLED)");
  plant("a parse run's config becomes optional", (s) => (s.ParseRun.required = s.ParseRun.required.filter((p) => p !== "config")),
    "ParseRun.config", "optional in spec, required in TS");
  plant("a workflow run summary's nullable property loses nullable", (s) => delete s.WorkflowRunSummary.properties.rejectionNote.nullable,
    "WorkflowRunSummary.rejectionNote", "nullable in TS, not in spec");
  plant("a property is added to a legacy run summary", (s) => (s.LegacyProcessorRunSummary.properties.planted = { type: "string" }),
    "LegacyProcessorRunSummary.planted", "absent from TS");
  plant("a batch run's runCount changes type", (s) => (s.BatchRun.properties.runCount = { type: "string" }), "BatchRun.runCount", "type differs (spec string, TS number)");

  // 5b: the request side (query parameters and headers against the SDK's request interfaces)
  const plantDoc = (what, change, expectKey, expectKind) => {
    const doc = fresh();
    change(doc);
    const r = run({ specDoc: doc });
    const out = r.out.join("\n");
    ok(
      !r.ok && out.includes(`allow-list line: ${expectKey}: ${expectKind}: <reason>`),
      `${what}: expected an unlisted "${expectKey}: ${expectKind}"; got:\n${out}`,
    );
  };
  plantDoc("a query parameter is removed", (d) => {
    const op = d.paths["/extract_runs"].get;
    op.parameters = op.parameters.filter((p) => p.$ref !== "#/components/parameters/BatchIdFilter");
  }, "listExtractRuns(request).batchId", "absent from spec");
  plantDoc("a query parameter is added", (d) => {
    d.paths["/split_runs"].get.parameters.push({ name: "planted", in: "query", required: false, schema: { type: "string" } });
  }, "listSplitRuns(request).planted", "absent from TS");
  plantDoc("a query parameter's type changes", (d) => (d.components.parameters.MaxPageSizeParam.schema = { type: "string" }),
    "listClassifyRuns(request).maxPageSize", "type differs (spec string, TS number)");
  plantDoc("a query parameter becomes required", (d) => (d.components.parameters.FileNameContainsFilter.required = true),
    "listExtractRuns(request).fileNameContains", "required in spec, optional in TS");
  plantDoc("a query enum loses a value", (d) => (d.components.schemas.SortDir.anyOf[0].enum = ["asc"]), "SortDir", "enum values only in TS (desc)");
  plantDoc("the workspace header is removed from an operation", (d) => {
    const op = d.paths["/processor_runs/{id}"].get;
    op.parameters = op.parameters.filter((p) => p.$ref !== "#/components/parameters/WorkspaceId");
  }, "retrieveProcessorRun(request).x-extend-workspace-id", "absent from spec");
  plantDoc("a workflow list filter is removed", (d) => {
    const op = d.paths["/workflow_runs"].get;
    op.parameters = op.parameters.filter((p) => p.name !== "workflowId");
  }, "listWorkflowRuns(request).workflowId", "absent from spec");
  plantDoc("a parse list filter is added", (d) => {
    d.paths["/parse_runs"].get.parameters.push({ name: "sortBy", in: "query", required: false, schema: { type: "string" } });
  }, "listParseRuns(request).sortBy", "absent from TS");
  plantDoc("a processor list filter changes type", (d) => {
    const op = d.paths["/processor_runs"].get;
    op.parameters = op.parameters.map((p) => (p.name === "processorId" ? { ...p, schema: { type: "integer" } } : p));
  }, "listProcessorRuns(request).processorId", "type differs (spec number, TS string)");
  plantDoc("a query parameter is added where the SDK method takes no request object", (d) => {
    d.paths["/batch_runs/{id}"].get.parameters.push({ name: "planted", in: "query", required: false, schema: { type: "string" } });
  }, "retrieveBatchRun(request).planted", "absent from TS");

  // 6
  {
    const doc = fresh();
    doc.components.schemas.Planted = { type: "object", properties: { a: { type: "string" } } };
    doc.components.schemas.RunUsage.properties.planted = { $ref: "#/components/schemas/Planted" };
    const r = run({ specDoc: doc });
    ok(!r.ok && r.out.join("\n").includes("spec schema Planted is reachable from an operation's response or parameters but is neither"), "a new reachable schema listed nowhere fails");
    const m2 = structuredClone(mapping);
    delete m2.schemas.FileSummary;
    const r2 = run({ mapping: m2 });
    ok(!r2.ok && r2.out.join("\n").includes("mapping.json has no entry for FileSummary"), "a missing mapping entry fails");
    const m3 = structuredClone(mapping);
    m3.schemas.FileSummary = ["File_"];
    const r3 = run({ mapping: m3 });
    ok(!r3.ok && r3.out.join("\n").includes("meets TS type FileSummary, but mapping.json maps FileSummary to"), "a wrong counterpart fails");
    const m4 = structuredClone(mapping);
    m4.schemas.FileSummary = ["FileSummary", "File_"];
    const r4 = run({ mapping: m4 });
    ok(!r4.ok && r4.out.join("\n").includes("pairs FileSummary with TS File_, but no position"), "a counterpart never met fails");
    const m5 = structuredClone(mapping);
    m5.unmapped.FileSummary = "planted";
    delete m5.schemas.FileSummary;
    const r5 = run({ mapping: m5 });
    ok(!r5.ok && r5.out.join("\n").includes("lists FileSummary as unmapped"), "an 'unmapped' schema that has a counterpart fails");
    const m6 = structuredClone(mapping);
    delete m6.operations.listWorkflowRuns;
    const r6 = run({ mapping: m6 });
    ok(!r6.ok && r6.out.join("\n").includes("operation listWorkflowRuns (GET /workflow_runs) has no entry"), "an operation without a mapping entry fails");
    const m7 = structuredClone(mapping);
    delete m7.operations.cancelVerifyRun.note;
    let threw = "";
    try {
      run({ mapping: m7 });
    } catch (e) {
      threw = e.message;
    }
    ok(threw.includes("operations.cancelVerifyRun has no TS method"), `an operation only the Python SDK has needs a note; got: ${threw || "no error"}`);
    const m8 = structuredClone(mapping);
    delete m8.unmapped.VerifyRunSummary;
    const r8 = run({ mapping: m8 });
    ok(!r8.ok && r8.out.join("\n").includes("spec schema VerifyRunSummary is reachable"), "a schema only a Python-only operation reaches must still be listed");
  }

  // 7
  if (o.pySite) {
    const [no, d] = [...base.verdict.matched][0];
    const falseCite = lines
      .map((l, i) => (i === no - 1 ? `${d.key}: ${d.kind}: planted [PyPI extend-ai 1.20.0: Citation.noSuchField]` : l))
      .join("\n");
    const r = run({ allowText: falseCite, pyCheck: undefined });
    ok(!r.ok && r.out.join("\n").includes("Citation.noSuchField] does not hold"), "a false PyPI field citation fails");
    const falseVal = lines
      .map((l, i) => (i === no - 1 ? `${d.key}: ${d.kind}: planted [PyPI extend-ai 1.20.0: ExtractBaseProcessor lacks "extraction_operator"]` : l))
      .join("\n");
    const r2 = run({ allowText: falseVal, pyCheck: undefined });
    ok(!r2.ok && r2.out.join("\n").includes("does not hold"), "a false PyPI value citation fails");
    const wrongOpt = lines
      .map((l, i) => (i === no - 1 ? `${d.key}: ${d.kind}: planted [PyPI extend-ai 1.20.0: CitationPage.number?]` : l))
      .join("\n");
    const r4 = run({ allowText: wrongOpt, pyCheck: undefined });
    ok(!r4.ok && r4.out.join("\n").includes("has a required field with wire name number"), "a false 'optional' PyPI citation fails");
    const rightReq = lines
      .map((l, i) => (i === no - 1 ? `${d.key}: ${d.kind}: planted [PyPI extend-ai 1.20.0: CitationPage.number!] [PyPI extend-ai 1.20.0: CitationPage.width?]` : l))
      .join("\n");
    const r5 = run({ allowText: rightReq, pyCheck: undefined });
    ok(r5.ok, `true 'required' and 'optional' PyPI citations hold:\n${r5.out.join("\n")}`);
    const bare = lines.map((l, i) => (i === no - 1 ? `${d.key}: ${d.kind}: as in PyPI, uncited` : l)).join("\n");
    const r3 = run({ allowText: bare, pyCheck: undefined });
    ok(!r3.ok && r3.out.join("\n").includes("mentions PyPI without"), "a PyPI mention without a citation fails");
    // mapping.json's notes and "unmapped" reasons are verified as the allow-list is
    const m1 = structuredClone(mapping);
    m1.unmapped.VerifyRunMetrics = "planted [PyPI extend-ai 1.20.0: VerifyRunMetricz]";
    const r6 = run({ mapping: m1, pyCheck: undefined });
    ok(!r6.ok && r6.out.join("\n").includes("mapping.json unmapped.VerifyRunMetrics: [PyPI extend-ai 1.20.0: VerifyRunMetricz] does not hold"), `a false type citation in mapping.json fails:\n${r6.out.join("\n")}`);
    const m2 = structuredClone(mapping);
    m2.unmapped.VerifyRunMetrics = "as in PyPI, uncited";
    const r7 = run({ mapping: m2, pyCheck: undefined });
    ok(!r7.ok && r7.out.join("\n").includes("mapping.json unmapped.VerifyRunMetrics mentions PyPI without"), "a PyPI mention without a citation in mapping.json fails");
    // the Python-only operations: method, return type and parameters are checked
    const m3 = structuredClone(mapping);
    m3.operations.retrieveVerifyRun.pypi.method = "get";
    const r8 = run({ mapping: m3, pyCheck: undefined });
    ok(!r8.ok && r8.out.join("\n").includes("the client has no method get"), `a Python method that does not exist fails:\n${r8.out.join("\n")}`);
    const m4 = structuredClone(mapping);
    m4.operations.cancelVerifyRun.pypi.returns = "VerifyRunSummary";
    const r9 = run({ mapping: m4, pyCheck: undefined });
    ok(!r9.ok && r9.out.join("\n").includes("cancel() returns VerifyRun, not VerifyRunSummary"), `a wrong Python return type fails:\n${r9.out.join("\n")}`);
    const doc = fresh();
    doc.paths["/verify_runs"].get.parameters.push({ name: "batchId", in: "query", required: false, schema: { type: "string" } });
    const r10 = run({ specDoc: doc, pyCheck: undefined });
    ok(!r10.ok && r10.out.join("\n").includes("the spec operation has ['batchId'], which it does not send"), `a verify list filter the Python SDK does not send fails:\n${r10.out.join("\n")}`);
    const doc2 = fresh();
    const vop = doc2.paths["/verify_runs"].get;
    vop.parameters = vop.parameters.filter((p) => p.name !== "riskLevel");
    const r11 = run({ specDoc: doc2, pyCheck: undefined });
    ok(!r11.ok && r11.out.join("\n").includes("it sends ['riskLevel'], which the spec operation does not have"), `a verify list filter missing from the spec fails:\n${r11.out.join("\n")}`);
  } else {
    console.log("  (no --py-site: the PyPI citation tests were skipped)");
  }

  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(`drift self-test: ${removed} allow-list lines each proved necessary; ${secs}s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}
