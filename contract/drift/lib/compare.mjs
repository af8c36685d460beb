// Compares the spec's response schemas with the TypeScript SDK's types, property by property.
//
// The walk starts at every operation: the spec schema of each 200 response is paired with the
// return type of the SDK method named in mapping.json "operations", and the operation's query
// parameters and headers (one object, `<operationId>(request)`, spec-model.mjs requests()) with
// the type of that method's `request` parameter. Comparing a pair (spec schema A, TS type B)
// pairs every named spec schema met at a position with the named TS type at the same position;
// each such pair must be listed in mapping.json, and is then compared in its turn. So the
// mapping is not trusted, it is checked: a pair met that mapping.json does not list, a listed
// pair never met, a reachable schema listed nowhere, are errors (not allow-listable).
//
// Differences are reported as {key, kind, ...}: `key` is `Schema.property` (with `[]` for
// array items, `{}` for map values, `Schema` alone for the schema itself, and `Schema~TsType`
// when the spec schema is compared with a TS type other than its first counterpart); `kind` is
// one of a fixed set of phrases (see README.md), the allow-list line is `key: kind: reason`.
import { show, simplifyUnion } from "./shapes.mjs";

export function normalizeMapping(mapping) {
  const schemas = new Map();
  for (const [a, v] of Object.entries(mapping.schemas || {})) {
    if (a.startsWith("_")) continue;
    let ts;
    if (typeof v === "string") ts = [v];
    else if (Array.isArray(v)) ts = v;
    else if (v && Array.isArray(v.ts)) ts = v.ts;
    else if (v && typeof v.ts === "string") ts = [v.ts];
    else throw new Error(`mapping.json: schemas.${a} must be a TS name, a list of them, or {ts, note}`);
    schemas.set(a, ts);
  }
  const unmapped = new Map(Object.entries(mapping.unmapped || {}).filter(([a]) => !a.startsWith("_")));
  for (const a of unmapped.keys()) {
    if (schemas.has(a)) throw new Error(`mapping.json: ${a} is both mapped and unmapped`);
    if (!String(unmapped.get(a)).trim()) throw new Error(`mapping.json: unmapped.${a} needs a reason`);
  }
  const operations = {};
  for (const [id, op] of Object.entries(mapping.operations || {})) {
    if (id.startsWith("_")) continue;
    if (op && typeof op.resource === "string" && typeof op.method === "string") operations[id] = op;
    else if (op && op.pypi && !op.resource) {
      // An operation the npm SDK does not have: named by its Python SDK method (verified by
      // pycheck.py) and a reason; it is not compared, so its schemas are listed as unmapped.
      const py = op.pypi;
      if (typeof py.resource !== "string" || typeof py.method !== "string" || typeof py.returns !== "string") {
        throw new Error(`mapping.json: operations.${id}.pypi must be {resource, method, returns}`);
      }
      if (!String(op.note || "").trim()) throw new Error(`mapping.json: operations.${id} has no TS method, so it needs a "note" saying why`);
      operations[id] = op;
    } else throw new Error(`mapping.json: operations.${id} must be {resource, method} (the TS client method) or {pypi: {resource, method, returns}, note}`);
  }
  return { schemas, unmapped, operations };
}

// The operations of mapping.json that only the Python SDK has: [{operationId, resource, method, returns}]
export function pythonOnlyOperations(mapping) {
  const { operations } = normalizeMapping(mapping);
  return Object.entries(operations)
    .filter(([, op]) => !op.resource)
    .map(([operationId, op]) => ({ operationId, ...op.pypi }));
}

export function compareAll({ spec, tsm, mapping }) {
  const map = normalizeMapping(mapping);
  const diffs = [];
  const errors = [];
  const queue = [];
  const done = new Set(); // "A~B"
  const metPairs = new Map(); // "A~B" -> first position
  const expanded = new Set(); // spec schemas compared in place (no TS counterpart at that position)

  const prefixFor = (a, b) => {
    if (spec.isRequest(a)) return a;
    const ts = map.schemas.get(a);
    return ts && ts[0] === b ? a : `${a}~${b}`;
  };

  const ctx = {
    diff(key, kind, s, t, detail) {
      diffs.push({ key, kind, spec: s ? describe(s) : undefined, ts: t ? describe(t) : undefined, detail });
    },
    pair(a, b, where) {
      const id = `${a}~${b}`;
      if (!metPairs.has(id)) metPairs.set(id, where);
      if (map.unmapped.has(a)) {
        errors.push(
          `${where}: spec schema ${a} meets TS type ${b}, but mapping.json lists ${a} as unmapped ` +
            `("${map.unmapped.get(a)}"): move it to "schemas" with ${b} as a counterpart`,
        );
        return;
      }
      const ts = map.schemas.get(a);
      if (!ts) {
        errors.push(`${where}: spec schema ${a} meets TS type ${b}, and mapping.json has no entry for ${a}: add "${a}": ["${b}"]`);
        return;
      }
      if (!ts.includes(b)) {
        errors.push(
          `${where}: spec schema ${a} meets TS type ${b}, but mapping.json maps ${a} to ${JSON.stringify(ts)}: ` +
            `add ${b} to its list if it is a counterpart, else fix the spec`,
        );
        return;
      }
      if (!done.has(id)) {
        done.add(id);
        queue.push([a, b]);
      }
    },
    // Would this spec branch and TS branch be paired by the mapping?
    mapped(a, b) {
      const ts = map.schemas.get(a);
      return !!ts && ts.includes(b);
    },
  };

  // 1. the roots: each operation's 200 response against the SDK method's return type
  const roots = spec.roots();
  const ops = map.operations;
  for (const r of roots) {
    const op = ops[r.operationId];
    if (!op) {
      errors.push(`operation ${r.operationId} (${r.method.toUpperCase()} ${r.path}) has no entry in mapping.json "operations"`);
      continue;
    }
    // Only in the Python SDK: nothing to compare with (the schemas it reaches are "unmapped").
    if (!op.resource) continue;
    let tsRoot;
    try {
      tsRoot = tsm.clientReturnType(op.resource, op.method);
    } catch (e) {
      errors.push(`operation ${r.operationId}: ${e.message}`);
      continue;
    }
    ctx.pair(r.schema, tsRoot, `${r.operationId} 200 response`);
  }
  for (const id of Object.keys(ops)) {
    if (id.startsWith("_")) continue;
    if (!roots.some((r) => r.operationId === id)) errors.push(`mapping.json "operations" lists ${id}, which the spec does not have`);
  }

  // 1b. each operation's request object (query parameters and headers) against the request
  // interface the SDK method takes (`request?: Extend.ExtractRunsListRequest`). The pair comes
  // from the operation's entry, so it needs none of its own in mapping.json.
  const requests = spec.requests();
  for (const r of requests) {
    const op = ops[r.operationId];
    if (!op || !op.resource) continue; // reported above, or only in the Python SDK
    let tsReq;
    try {
      tsReq = tsm.clientRequestType(op.resource, op.method);
    } catch (e) {
      errors.push(`operation ${r.operationId}: ${e.message}`);
      continue;
    }
    if (!tsReq) {
      // The SDK method takes no request object (batchRuns.get): it sends no query parameter and
      // no per-request header, so each of the spec's is a difference ("absent from TS").
      metPairs.set(`${r.schema}~(no request object)`, `${r.operationId} request`);
      cmp(spec.shapeOf(r.schema), { k: "object", props: new Map(), name: null }, r.schema, ctx, spec, tsm, expanded);
      continue;
    }
    const id = `${r.schema}~${tsReq}`;
    metPairs.set(id, `${r.operationId} request`);
    done.add(id);
    queue.push([r.schema, tsReq]);
  }

  // 2. the pairs, breadth first
  while (queue.length) {
    const [a, b] = queue.shift();
    const s = spec.shapeOf(a);
    const t = tsm.shapeOf(b);
    cmp(s, t, prefixFor(a, b), ctx, spec, tsm, expanded);
  }

  // 3. the mapping against what was met
  const reachable = spec.reachable([...roots, ...requests].map((r) => r.schema));
  for (const a of [...reachable].sort()) {
    if (spec.isRequest(a)) continue;
    if (!map.schemas.has(a) && !map.unmapped.has(a)) {
      errors.push(
        `spec schema ${a} is reachable from an operation's response or parameters but is neither in mapping.json "schemas" nor in "unmapped" (with a reason)`,
      );
    }
  }
  for (const [a, tsList] of map.schemas) {
    if (!reachable.has(a)) {
      errors.push(`mapping.json maps ${a}, which is not reachable from an operation's response or parameters (stale entry?)`);
      continue;
    }
    for (const b of tsList) {
      if (!tsm.has(b)) errors.push(`mapping.json maps ${a} to TS ${b}, which the SDK does not declare`);
      else if (!metPairs.has(`${a}~${b}`)) {
        errors.push(`mapping.json pairs ${a} with TS ${b}, but no position of the walk pairs them (stale entry?)`);
      }
    }
  }
  for (const a of map.unmapped.keys()) {
    if (!reachable.has(a)) errors.push(`mapping.json lists ${a} as unmapped, but it is not reachable from an operation's response or parameters (stale entry?)`);
  }

  // deduplicate and sort
  const seen = new Set();
  const out = [];
  for (const d of diffs) {
    const id = `${d.key}\u0000${d.kind}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(d);
  }
  out.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : 0));
  return { diffs: out, errors, pairs: [...metPairs.entries()], expanded };
}

function describe(s) {
  let d = show(s);
  if (s.k === "enum") d += ` [${s.values.join(", ")}]`;
  if (s.nullable) d += " | null";
  return d;
}

// Built-in normalization (README.md, "Built-in rules"): OpenAPI integer is TS number; a string's
// format (date-time, ...) is not compared; a one-value string enum is a literal.
function norm(s) {
  if (s.k === "prim") {
    const out = { k: "prim", t: s.t === "integer" ? "number" : s.t };
    if (s.nullable) out.nullable = true;
    return out;
  }
  return s;
}

function withNullable(shape, nullable) {
  if (!nullable || shape.nullable) return shape;
  return { ...shape, nullable: true };
}

const isStringy = (s) => s.k === "lit" || s.k === "enum";
const valuesOf = (s) => (s.k === "lit" ? [s.v] : s.values);
const openOf = (s) => (s.k === "lit" ? false : s.open);

function cmp(s, t, key, ctx, spec, tsm, expanded) {
  // resolve references: two named types are a pair; otherwise expand the named side
  for (let guard = 0; ; guard++) {
    if (guard > 50) throw new Error(`${key}: reference loop`);
    if (s.k === "ref" && t.k === "ref") {
      if (!!s.nullable !== !!t.nullable) nullDiff(s, t, key, ctx);
      ctx.pair(s.name, t.name, key);
      return;
    }
    // a named non-union type against a union: a union of one branch, so that the branches are
    // compared (and named) rather than the whole
    if (t.k === "ref") {
      const e = tsm.shapeOf(t.name);
      if (s.k === "union" && e.k !== "union") {
        t = { k: "union", branches: [{ k: "ref", name: t.name }], ...(t.nullable ? { nullable: true } : {}) };
        break;
      }
      t = withNullable(e, t.nullable);
      continue;
    }
    if (s.k === "ref") {
      const e = spec.shapeOf(s.name);
      if (t.k === "union" && e.k !== "union") {
        s = { k: "union", branches: [{ k: "ref", name: s.name }], ...(s.nullable ? { nullable: true } : {}) };
        break;
      }
      expanded.add(s.name);
      s = withNullable(e, s.nullable);
      continue;
    }
    break;
  }
  s = norm(s);
  t = norm(t);
  if (!!s.nullable !== !!t.nullable) nullDiff(s, t, key, ctx);

  if (isStringy(s) && isStringy(t)) {
    if (s.k === "lit" && t.k === "lit") {
      if (s.v !== t.v) ctx.diff(key, `type differs (spec ${show(s)}, TS ${show(t)})`, s, t);
      return;
    }
    const sv = valuesOf(s);
    const tv = valuesOf(t);
    const onlyS = sv.filter((v) => !tv.includes(v)).sort();
    const onlyT = tv.filter((v) => !sv.includes(v)).sort();
    if (onlyS.length) ctx.diff(key, `enum values only in spec (${onlyS.join(", ")})`, s, t);
    if (onlyT.length) ctx.diff(key, `enum values only in TS (${onlyT.join(", ")})`, s, t);
    if (openOf(s) !== openOf(t)) {
      ctx.diff(key, openOf(s) ? "enum open in spec, closed in TS" : "enum closed in spec, open in TS", s, t);
    }
    return;
  }
  if (s.k !== t.k) {
    ctx.diff(key, `type differs (spec ${show(s)}, TS ${show(t)})`, s, t);
    return;
  }
  switch (s.k) {
    case "prim":
      if (s.t !== t.t) ctx.diff(key, `type differs (spec ${s.t}, TS ${t.t})`, s, t);
      return;
    case "unknown":
    case "null":
      return;
    case "array":
      cmp(s.items, t.items, key + "[]", ctx, spec, tsm, expanded);
      return;
    case "record":
      cmp(s.values, t.values, key + "{}", ctx, spec, tsm, expanded);
      return;
    case "object": {
      const names = [...s.props.keys()];
      for (const p of t.props.keys()) if (!s.props.has(p)) names.push(p);
      for (const p of names) {
        const sp = s.props.get(p);
        const tp = t.props.get(p);
        const pk = `${key}.${p}`;
        if (!tp) {
          ctx.diff(pk, "absent from TS", null, null, `spec: ${describe(sp.shape)}, ${sp.required ? "required" : "optional"}`);
          continue;
        }
        if (!sp) {
          ctx.diff(pk, "absent from spec", null, null, `TS: ${describe(tp.shape)}, ${tp.required ? "required" : "optional (?)"}`);
          continue;
        }
        if (sp.required !== tp.required) {
          ctx.diff(pk, sp.required ? "required in spec, optional in TS" : "optional in spec, required in TS", sp.shape, tp.shape);
        }
        cmp(sp.shape, tp.shape, pk, ctx, spec, tsm, expanded);
      }
      return;
    }
    case "union":
      cmpUnion(s, t, key, ctx, spec, tsm, expanded);
      return;
    default:
      throw new Error(`${key}: shape ${s.k} not understood`);
  }
}

function nullDiff(s, t, key, ctx) {
  ctx.diff(key, s.nullable ? "nullable in spec, not in TS" : "nullable in TS, not in spec", s, t);
}

// Union branches: a spec branch $ref A and a TS branch reference B are the same branch when
// mapping.json pairs them; a TS (or spec) branch that names a union alias is flattened into its
// members when that makes it pair. Other branches are the same when they compare without a
// difference. Branch order is not compared.
function cmpUnion(s, t, key, ctx, spec, tsm, expanded) {
  const flatten = (branches, model, other, otherIsSpec) => {
    const out = [];
    for (const b of branches) {
      const pairsDirectly =
        b.k === "ref" &&
        other.some((o) => o.k === "ref" && (otherIsSpec ? ctx.mapped(o.name, b.name) : ctx.mapped(b.name, o.name)));
      if (b.k === "ref" && !pairsDirectly) {
        const inner = model.shapeOf(b.name);
        if (inner.k === "union" && !inner.nullable) {
          out.push(...inner.branches);
          continue;
        }
      }
      out.push(b);
    }
    return out;
  };
  const sb = flatten(s.branches, spec, t.branches, false);
  const tb = flatten(t.branches, tsm, sb, true);
  const usedT = new Set();
  const unmatchedS = [];
  for (const b of sb) {
    let idx = -1;
    if (b.k === "ref") idx = tb.findIndex((o, i) => !usedT.has(i) && o.k === "ref" && ctx.mapped(b.name, o.name));
    if (idx < 0) {
      idx = tb.findIndex((o, i) => {
        if (usedT.has(i)) return false;
        const scratch = { diffs: 0, diff() { this.diffs++; }, pair() {}, mapped: ctx.mapped };
        try {
          cmp(b, o, key, scratch, spec, tsm, new Set());
        } catch {
          return false;
        }
        return scratch.diffs === 0 && !(b.k === "ref" && o.k === "ref");
      });
    }
    if (idx < 0) {
      unmatchedS.push(b);
      continue;
    }
    usedT.add(idx);
    cmp(b, tb[idx], key, ctx, spec, tsm, expanded);
  }
  for (const b of unmatchedS) ctx.diff(key, `union branch only in spec (${show(b)})`, b, null);
  tb.forEach((b, i) => {
    if (!usedT.has(i)) ctx.diff(key, `union branch only in TS (${show(b)})`, null, b);
  });
}

// Checks a list of differences against the allow-list text.
// Returns {unlisted: [diff], stale: [line], malformed: [line], matched: Map(lineNo -> diff)}
export function judge(diffs, allowText) {
  const lines = [];
  const malformed = [];
  allowText.split("\n").forEach((raw, i) => {
    const line = raw.trimEnd();
    if (!line.trim() || line.trimStart().startsWith("#")) return;
    const m = /^(\S+): (.+)$/.exec(line);
    if (!m) {
      malformed.push({ no: i + 1, line, why: "not `Schema.property: kind: reason`" });
      return;
    }
    lines.push({ no: i + 1, line, key: m[1], rest: m[2] });
  });
  const seen = new Map();
  for (const l of lines) {
    if (seen.has(l.line)) malformed.push({ no: l.no, line: l.line, why: `duplicate of line ${seen.get(l.line)}` });
    else seen.set(l.line, l.no);
  }
  const matched = new Map();
  const unlisted = [];
  for (const d of diffs) {
    const prefix = d.kind + ": ";
    const hit = lines.find((l) => l.key === d.key && l.rest.startsWith(prefix) && l.rest.slice(prefix.length).trim().length > 0);
    if (hit) matched.set(hit.no, d);
    else unlisted.push(d);
  }
  // a line naming a kind without a reason
  for (const l of lines) {
    if (!matched.has(l.no)) {
      const d = diffs.find((x) => x.key === l.key && (l.rest === x.kind || l.rest === x.kind + ":"));
      if (d) malformed.push({ no: l.no, line: l.line, why: "no reason after the kind" });
    }
  }
  const stale = lines.filter((l) => !matched.has(l.no) && !malformed.some((m) => m.no === l.no));
  return { unlisted, stale, malformed, matched, lines };
}

export function allowLineFor(d) {
  return `${d.key}: ${d.kind}: <reason>`;
}

export function describeDiff(d) {
  const [head, ...rest] = d.key.split(".");
  const [schema, tsName] = head.split("~");
  const prop = rest.length ? rest.join(".") : "(the schema itself)";
  const against = tsName ? ` (compared with TS ${tsName})` : "";
  const parts = [`schema ${schema}${against}, property ${prop}: ${d.kind}`];
  if (d.detail) parts.push(d.detail);
  else {
    if (d.spec) parts.push(`spec has ${d.spec}`);
    if (d.ts) parts.push(`TS has ${d.ts}`);
  }
  return parts.join("; ");
}

export { simplifyUnion };
