#!/usr/bin/env node
// The drift check: the spec's response schemas and request parameters against the official
// TypeScript SDK's types (npm extend-ai, pinned in contract/drift/package-lock.json). Run it through `bash .ci/drift-check`,
// which installs the pins; see contract/drift/README.md.
//
//   node contract/drift/check.mjs --modules DIR [--spec PATH] [--allow PATH] [--mapping PATH]
//                        [--py-site DIR] [--list] [--self-test]
//
//   --modules DIR   node_modules with extend-ai and typescript
//   --spec PATH     the spec's JSON copy (default openapi/extend-cancel.json)
//   --allow PATH    the allow-list (default contract/drift/allow.txt)
//   --mapping PATH  spec schema -> TS type mapping (default contract/drift/mapping.json)
//   --py-site DIR   where contract/drift/requirements.txt is installed (pip --target); the allow-list's
//                   [PyPI extend-ai X: ...] citations are verified against it
//   --list          print every difference as an allow-list line (reason to fill in), exit 0
//   --self-test     run the self-test (selftest.mjs) instead of the check
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { loadTs, findApiDir, TsModel } from "./lib/ts-model.mjs";
import { SpecModel } from "./lib/spec-model.mjs";
import { compareAll, judge, allowLineFor, describeDiff, pythonOnlyOperations } from "./lib/compare.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
// The repository root: this folder is contract/drift/.
const ROOT = path.resolve(HERE, "../..");

export function parseArgs(argv) {
  const o = {
    spec: path.join(ROOT, "openapi/extend-cancel.json"),
    allow: path.join(HERE, "allow.txt"),
    mapping: path.join(HERE, "mapping.json"),
    modules: null,
    pySite: null,
    list: false,
    selfTest: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === "--spec") o.spec = path.resolve(val());
    else if (a === "--allow") o.allow = path.resolve(val());
    else if (a === "--mapping") o.mapping = path.resolve(val());
    else if (a === "--modules") o.modules = path.resolve(val());
    else if (a === "--py-site") o.pySite = path.resolve(val());
    else if (a === "--list") o.list = true;
    else if (a === "--self-test") o.selfTest = true;
    else throw new Error(`unknown argument ${a}`);
  }
  if (!o.modules) throw new Error("--modules DIR is required (bash .ci/drift-check passes it)");
  return o;
}

// Loads the SDK once; the self-test reuses it.
export function loadSdk(modules) {
  const ts = loadTs(modules);
  const pkgDir = path.join(modules, "extend-ai");
  const version = JSON.parse(fs.readFileSync(path.join(pkgDir, "package.json"), "utf8")).version;
  const tsm = new TsModel(ts, findApiDir(pkgDir));
  return { tsm, version, tsVersion: ts.version };
}

// The whole check on in-memory inputs. Returns {ok, out: [lines], diffs, errors, verdict}.
export function runCheck({ specDoc, tsm, mapping, allowText, pySite, sdkVersion, specLabel, pyCheck = verifyPyPi }) {
  const out = [];
  const spec = new SpecModel(specDoc);
  const { diffs, errors, pairs } = compareAll({ spec, tsm, mapping });
  const verdict = judge(diffs, allowText);
  let ok = true;
  out.push(
    `drift-check: ${specLabel} against npm extend-ai ${sdkVersion}: ${pairs.length} schema pairs compared, ` +
      `${diffs.length} differences, ${verdict.matched.size} of them allow-listed`,
  );
  if (errors.length) {
    ok = false;
    out.push("", `MAPPING ERRORS (${errors.length}), fix contract/drift/mapping.json or the spec; these cannot be allow-listed:`);
    for (const e of errors) out.push(`  - ${e}`);
  }
  if (verdict.malformed.length) {
    ok = false;
    out.push("", `MALFORMED ALLOW-LIST LINES (${verdict.malformed.length}):`);
    for (const m of verdict.malformed) out.push(`  - line ${m.no}: ${m.why}: ${m.line}`);
  }
  if (verdict.unlisted.length) {
    ok = false;
    out.push("", `UNLISTED DIFFERENCES (${verdict.unlisted.length}): fix the spec, or add the line shown (with a reason) to contract/drift/allow.txt:`);
    for (const d of verdict.unlisted) {
      out.push(`  - ${describeDiff(d)}`);
      out.push(`      allow-list line: ${allowLineFor(d)}`);
    }
  }
  if (verdict.stale.length) {
    ok = false;
    out.push("", `STALE ALLOW-LIST LINES (${verdict.stale.length}), matching no difference any more: remove them:`);
    for (const l of verdict.stale) out.push(`  - line ${l.no}: ${l.line}`);
  }
  // PyPI citations in the reasons (the allow-list's, and mapping.json's notes and "unmapped"
  // reasons), and the Python SDK methods of the operations npm lacks
  const py = pyCheck([...verdict.lines, ...mappingTexts(mapping)], pySite, pythonMethodClaims(spec, mapping));
  if (py.problems.length) {
    ok = false;
    out.push("", `PyPI CITATIONS THAT DO NOT HOLD (${py.problems.length}):`);
    for (const p of py.problems) out.push(`  - ${p}`);
  }
  if (py.checked) out.push(`drift-check: ${py.checked} PyPI citations verified against ${py.label}`);
  out.push(ok ? "drift-check: OK" : "drift-check: FAILED");
  return { ok, out, diffs, errors, verdict };
}

// The free texts of mapping.json that may cite the Python SDK, as {where, line}: the reasons of
// "unmapped", the notes of "schemas" and of "operations".
export function mappingTexts(mapping) {
  const out = [];
  for (const [a, why] of Object.entries(mapping.unmapped || {})) {
    if (!a.startsWith("_")) out.push({ where: `mapping.json unmapped.${a}`, line: String(why) });
  }
  for (const [a, v] of Object.entries(mapping.schemas || {})) {
    if (!a.startsWith("_") && v && typeof v === "object" && !Array.isArray(v) && v.note) {
      out.push({ where: `mapping.json schemas.${a}`, line: String(v.note) });
    }
  }
  for (const [id, op] of Object.entries(mapping.operations || {})) {
    if (!id.startsWith("_") && op && op.note) out.push({ where: `mapping.json operations.${id}`, line: String(op.note) });
  }
  return out;
}

// For each operation only the Python SDK has (mapping.json "operations" {pypi: {resource,
// method, returns}}): the claim that extend_ai/<resource>/client.py has that method, returning
// that type, and sending exactly the spec operation's query parameters and headers (their wire
// names; without x-extend-api-version, which the client sets).
export function pythonMethodClaims(spec, mapping) {
  const requests = new Map(spec.requests().map((r) => [r.operationId, r.schema]));
  return pythonOnlyOperations(mapping).map((op) => {
    const req = requests.get(op.operationId);
    const shape = req ? spec.shapeOf(req) : null;
    return {
      kind: "method",
      cls: op.resource,
      resource: op.resource,
      method: op.method,
      returns: op.returns,
      params: shape && shape.props ? [...shape.props.keys()].sort() : [],
      where: `mapping.json operations.${op.operationId}`,
      text: `${op.operationId}: ${op.resource}.${op.method}() -> ${op.returns}`,
    };
  });
}

// [PyPI extend-ai 1.20.0: Class.wireName] (`?` after it: optional, `!`: required),
// [... Class lacks .wireName], [... Enum = "value"], [... Enum lacks "value"] and [... Type]
// (the SDK declares that class or alias) in a reason are claims about the pinned Python SDK;
// contract/drift/pycheck.py verifies them, and the method claims of pythonMethodClaims(). A
// reason that mentions PyPI without such a citation is a problem too: every PyPI claim is checked.
export function verifyPyPi(lines, pySite, methods = []) {
  const problems = [];
  const claims = [...methods];
  const re = /\[PyPI extend-ai ([^:\]]+): ([^\]]+)\]/g;
  const pinned = pinnedPyVersion();
  for (const l of lines) {
    const where = l.where || `line ${l.no}`;
    const found = [...l.line.matchAll(re)];
    if (!found.length) {
      if (/pypi/i.test(l.line)) problems.push(`${where} mentions PyPI without a [PyPI extend-ai ${pinned}: ...] citation: ${l.line}`);
      continue;
    }
    for (const m of found) {
      if (m[1].trim() !== pinned) {
        problems.push(`${where} cites PyPI extend-ai ${m[1]}, but contract/drift/requirements.txt pins ${pinned}`);
        continue;
      }
      const c = m[2].trim();
      let claim;
      let mm;
      if ((mm = /^([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_]*)([?!]?)$/.exec(c))) {
        claim = { kind: { "": "field", "?": "optfield", "!": "reqfield" }[mm[3]], cls: mm[1], name: mm[2] };
      }
      else if ((mm = /^([A-Za-z_][A-Za-z0-9_]*) = "([^"]*)"$/.exec(c))) claim = { kind: "value", cls: mm[1], value: mm[2] };
      else if ((mm = /^([A-Za-z_][A-Za-z0-9_]*) lacks "([^"]*)"$/.exec(c))) claim = { kind: "novalue", cls: mm[1], value: mm[2] };
      else if ((mm = /^([A-Za-z_][A-Za-z0-9_]*) lacks \.([A-Za-z_][A-Za-z0-9_]*)$/.exec(c))) claim = { kind: "nofield", cls: mm[1], name: mm[2] };
      else if ((mm = /^([A-Za-z_][A-Za-z0-9_]*)$/.exec(c))) claim = { kind: "type", cls: mm[1] };
      else {
        problems.push(`${where}: citation [${m[0]}] is not Class.field (or Class.field? optional, Class.field! required), Class = "value", Class lacks .field, Class lacks "value" or Type`);
        continue;
      }
      claim.line = l.no;
      claim.where = where;
      claim.text = m[0];
      claims.push(claim);
    }
  }
  if (!claims.length) return { problems, checked: 0 };
  if (!pySite) {
    problems.push(`${claims.length} PyPI citations, but no --py-site to verify them against (bash .ci/drift-check passes it)`);
    return { problems, checked: 0 };
  }
  const r = spawnSync("python3", [path.join(HERE, "pycheck.py"), "--site", pySite], {
    input: JSON.stringify(claims),
    encoding: "utf8",
  });
  if (r.status !== 0) {
    problems.push(`contract/drift/pycheck.py failed: ${r.stderr || r.stdout}`);
    return { problems, checked: 0 };
  }
  const res = JSON.parse(r.stdout);
  for (const x of res.results) if (!x.ok) problems.push(`${x.where || `line ${x.line}`}: ${x.text} does not hold: ${x.why}`);
  return { problems, checked: claims.length, label: `PyPI extend-ai ${res.version} (${res.files} type files)` };
}

export function pinnedPyVersion() {
  const txt = fs.readFileSync(path.join(HERE, "requirements.txt"), "utf8");
  const m = /^extend-ai==([0-9][^\s\\]*)/m.exec(txt);
  if (!m) throw new Error("contract/drift/requirements.txt does not pin extend-ai==X");
  return m[1];
}

function main() {
  const o = parseArgs(process.argv.slice(2));
  if (o.selfTest) {
    return import("./selftest.mjs").then((m) => m.selfTest(o));
  }
  const sdk = loadSdk(o.modules);
  const specDoc = JSON.parse(fs.readFileSync(o.spec, "utf8"));
  const mapping = JSON.parse(fs.readFileSync(o.mapping, "utf8"));
  if (o.list) {
    const spec = new SpecModel(specDoc);
    const { diffs, errors } = compareAll({ spec, tsm: sdk.tsm, mapping });
    for (const e of errors) console.log(`# MAPPING ERROR: ${e}`);
    for (const d of diffs) {
      console.log(`# ${describeDiff(d)}`);
      console.log(allowLineFor(d));
    }
    return;
  }
  const r = runCheck({
    specDoc,
    tsm: sdk.tsm,
    mapping,
    allowText: fs.readFileSync(o.allow, "utf8"),
    pySite: o.pySite,
    sdkVersion: sdk.version,
    specLabel: path.relative(process.cwd(), o.spec) || o.spec,
  });
  console.log(r.out.join("\n"));
  process.exitCode = r.ok ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  Promise.resolve()
    .then(main)
    .catch((e) => {
      console.error(`drift-check: ${e.stack || e.message}`);
      process.exitCode = 2;
    });
}
