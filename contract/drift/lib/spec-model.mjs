// Reads the OpenAPI 3.0.3 spec (its JSON copy) into the shape language of shapes.mjs.
//
// Nullable references are read as "a nullable reference to X", whichever way they are written:
//   {nullable: true, allOf: [{$ref: X}]}
//   {type: object, nullable: true, allOf: [{$ref: X}]}
//   {anyOf|oneOf: [{$ref: X}, <null only>]}  where <null only> is a schema whose enum is [null]
//                                            (e.g. {nullable: true, enum: [null]}) or {type: 'null'}
// The growing enumerations anyOf: [{type: string, enum: [...]}, {type: string}] become an open enum.
import { simplifyUnion } from "./shapes.mjs";

const REF = "#/components/schemas/";
const PARAM_REF = "#/components/parameters/";
// The suffix of an operation's request object (requests()): `listExtractRuns(request)`.
export const REQUEST = "(request)";

export class SpecModel {
  constructor(doc) {
    this.doc = doc;
    this.schemas = (doc.components && doc.components.schemas) || {};
    this.virtual = new Map(); // `<operationId>(request)` -> object schema (requests())
    this.cache = new Map();
  }

  has(name) {
    return this.virtual.has(name) || Object.prototype.hasOwnProperty.call(this.schemas, name);
  }

  isRequest(name) {
    return this.virtual.has(name);
  }

  #schema(name) {
    return this.virtual.has(name) ? this.virtual.get(name) : this.schemas[name];
  }

  // The 200 responses' schemas: [{operationId, path, schema}]
  roots() {
    const out = [];
    for (const [p, item] of Object.entries(this.doc.paths || {})) {
      for (const [method, op] of Object.entries(item)) {
        if (!op || typeof op !== "object" || !op.responses) continue;
        const r = op.responses["200"];
        if (!r) continue;
        const resp = r.$ref ? this.#resolveResponse(r.$ref) : r;
        const media = resp.content && resp.content["application/json"];
        if (!media || !media.schema || !media.schema.$ref) {
          throw new Error(`${op.operationId}: the 200 response is not a $ref to a schema`);
        }
        out.push({ operationId: op.operationId, path: p, method, schema: refName(media.schema.$ref, op.operationId) });
      }
    }
    return out;
  }

  // The request side of each operation, read as one object named `<operationId>(request)`
  // whose properties are its query parameters and headers, as Fern's `<Resource><Method>Request`
  // interfaces hold them: without the path parameters (the SDK methods take them positionally)
  // and without x-extend-api-version (the SDKs set it per client or per request option).
  // [{operationId, path, method, schema}]
  requests() {
    const out = [];
    for (const [p, item] of Object.entries(this.doc.paths || {})) {
      for (const [method, op] of Object.entries(item)) {
        if (!op || typeof op !== "object" || !op.responses) continue;
        const properties = {};
        const required = [];
        for (const raw of op.parameters || []) {
          const prm = raw.$ref ? this.#resolveParameter(raw.$ref, op.operationId) : raw;
          if (prm.in === "path") continue;
          if (prm.in === "header" && prm.name.toLowerCase() === "x-extend-api-version") continue;
          if (prm.in !== "query" && prm.in !== "header") {
            throw new Error(`${op.operationId}: parameter ${prm.name} in ${prm.in} not understood`);
          }
          if (!prm.schema) throw new Error(`${op.operationId}: parameter ${prm.name} has no schema`);
          properties[prm.name] = prm.schema;
          if (prm.required) required.push(prm.name);
        }
        const schema = `${op.operationId}${REQUEST}`;
        const empty = Object.keys(properties).length === 0;
        this.virtual.set(schema, { type: "object", properties, required, ...(empty ? { additionalProperties: false } : {}) });
        out.push({ operationId: op.operationId, path: p, method, schema });
      }
    }
    return out;
  }

  #resolveParameter(ref, where) {
    if (!ref.startsWith(PARAM_REF)) throw new Error(`${where}: $ref ${ref} is not a components parameter`);
    const prm = this.doc.components.parameters[ref.slice(PARAM_REF.length)];
    if (!prm) throw new Error(`${where}: $ref to a parameter that does not exist: ${ref}`);
    return prm;
  }

  #resolveResponse(ref) {
    const name = ref.replace("#/components/responses/", "");
    return this.doc.components.responses[name];
  }

  // Every schema name reachable by $ref from the given names.
  reachable(names) {
    const seen = new Set();
    const queue = [...names];
    const walk = (o) => {
      if (Array.isArray(o)) o.forEach(walk);
      else if (o && typeof o === "object") {
        for (const [k, v] of Object.entries(o)) {
          if (k === "$ref" && typeof v === "string") queue.push(refName(v, "?"));
          else if (k !== "example" && k !== "examples") walk(v);
        }
      }
    };
    while (queue.length) {
      const n = queue.shift();
      if (seen.has(n)) continue;
      if (!this.has(n)) throw new Error(`$ref to a schema that does not exist: ${n}`);
      seen.add(n);
      walk(this.#schema(n));
    }
    return seen;
  }

  shapeOf(name) {
    if (this.cache.has(name)) return this.cache.get(name);
    if (!this.has(name)) throw new Error(`spec schema ${name} not found`);
    const s = this.shape(this.#schema(name), name);
    this.cache.set(name, s);
    return s;
  }

  shape(sch, where) {
    if (sch === true || sch === undefined) return { k: "unknown" };
    if (typeof sch !== "object" || sch === null) throw new Error(`${where}: schema not understood`);
    if (sch.$ref) {
      if (sch.nullable !== undefined) {
        // OpenAPI 3.0.3 ignores every sibling of $ref; reading it either way would be a guess
        throw new Error(`${where}: nullable next to $ref (ignored by OpenAPI 3.0.3); write nullable: true with allOf: [$ref]`);
      }
      return { k: "ref", name: refName(sch.$ref, where) };
    }
    const nullable = sch.nullable === true;
    const withNull = (s) => (nullable ? { ...s, nullable: true } : s);

    if (isNullOnly(sch)) return { k: "null" };

    if (sch.allOf) {
      if (sch.allOf.length !== 1) throw new Error(`${where}: allOf with ${sch.allOf.length} members not understood`);
      if (sch.properties || sch.additionalProperties !== undefined || sch.items) {
        throw new Error(`${where}: allOf next to properties/items not understood`);
      }
      if (sch.type && sch.type !== "object") throw new Error(`${where}: allOf next to type ${sch.type} not understood`);
      return withNull(this.shape(sch.allOf[0], where));
    }
    const alt = sch.anyOf || sch.oneOf;
    if (alt) {
      if (sch.anyOf && sch.oneOf) throw new Error(`${where}: both anyOf and oneOf`);
      const branches = alt.map((b, i) => this.shape(b, `${where}|${i}`));
      const u = simplifyUnion(branches);
      return nullable ? { ...u, nullable: true } : u;
    }
    if (sch.enum) {
      const vals = sch.enum.filter((v) => v !== null);
      const hasNull = vals.length !== sch.enum.length;
      if (sch.type && sch.type !== "string") throw new Error(`${where}: enum of type ${sch.type} not understood`);
      if (!vals.every((v) => typeof v === "string")) throw new Error(`${where}: non-string enum not understood`);
      const s = vals.length === 1 ? { k: "lit", v: vals[0] } : { k: "enum", values: vals, open: false };
      return nullable || hasNull ? { ...s, nullable: true } : s;
    }
    switch (sch.type) {
      case "string":
      case "number":
      case "integer":
      case "boolean":
        return withNull(sch.format ? { k: "prim", t: sch.type, format: sch.format } : { k: "prim", t: sch.type });
      case "array":
        return withNull({ k: "array", items: this.shape(sch.items, where + "[]") });
      case "object":
      case undefined: {
        const hasProps = sch.properties && Object.keys(sch.properties).length > 0;
        const ap = sch.additionalProperties;
        if (!hasProps) {
          if (sch.type === undefined && ap === undefined) return withNull({ k: "unknown" });
          if (ap === undefined || ap === true || (typeof ap === "object" && Object.keys(ap).length === 0)) {
            return withNull({ k: "record", values: { k: "unknown" } });
          }
          if (ap === false) return withNull({ k: "object", props: new Map(), name: null });
          return withNull({ k: "record", values: this.shape(ap, where + "{}") });
        }
        const req = new Set(sch.required || []);
        const props = new Map();
        for (const [p, ps] of Object.entries(sch.properties)) {
          props.set(p, { shape: this.shape(ps, `${where}.${p}`), required: req.has(p) });
        }
        for (const r of req) if (!props.has(r)) throw new Error(`${where}: required ${r} is not a property`);
        return withNull({ k: "object", props, name: null });
      }
      default:
        throw new Error(`${where}: type ${sch.type} not understood`);
    }
  }
}

// A schema that only admits null: enum [null] (with or without nullable/type) or type 'null'.
function isNullOnly(sch) {
  if (sch.type === "null") return true;
  return Array.isArray(sch.enum) && sch.enum.length === 1 && sch.enum[0] === null;
}

function refName(ref, where) {
  if (!ref.startsWith(REF)) throw new Error(`${where}: $ref ${ref} is not a components schema`);
  return ref.slice(REF.length);
}
