// The shape language both sides are read into, and how a shape is written in messages.
//
//   {k:'prim', t:'string'|'number'|'integer'|'boolean', format?}
//   {k:'unknown'}                      any JSON value (TS unknown/any, OpenAPI {})
//   {k:'null'}
//   {k:'lit', v}                       one string value (TS "x", OpenAPI enum: [x])
//   {k:'enum', values, open}           string values; open: any other string is valid too
//   {k:'array', items}
//   {k:'record', values}               string keys (TS Record<string,T>, additionalProperties)
//   {k:'object', props: Map(name -> {shape, required}), name?}
//   {k:'ref', name}                    a named type of the same side
//   {k:'union', branches}
//   any shape may carry nullable: true (a union with null is rewritten so)

export function show(s) {
  if (!s) return "?";
  let out;
  switch (s.k) {
    case "prim":
      out = s.t;
      break;
    case "unknown":
      out = "unknown";
      break;
    case "null":
      out = "null";
      break;
    case "lit":
      out = JSON.stringify(s.v);
      break;
    case "enum":
      out = `enum(${s.open ? "open" : "closed"})`;
      break;
    case "array":
      out = `array of ${show(s.items)}`;
      break;
    case "record":
      out = `map of ${show(s.values)}`;
      break;
    case "object":
      out = s.name ? `object ${s.name}` : "inline object";
      break;
    case "ref":
      out = s.name;
      break;
    case "union":
      out = `union(${s.branches.map(show).join(" | ")})`;
      break;
    default:
      out = JSON.stringify(s);
  }
  return out;
}

// A union's null branch becomes nullable; a union of string literals (with or without `string`)
// becomes an enum; a union of one branch becomes that branch. Nested unions are flattened.
export function simplifyUnion(branches, extra = {}) {
  const flat = [];
  let nullable = false;
  const push = (b) => {
    if (b.k === "union") b.branches.forEach(push);
    else if (b.k === "null") nullable = true;
    else {
      if (b.nullable) {
        nullable = true;
        b = { ...b, nullable: false };
      }
      flat.push(b);
    }
  };
  branches.forEach(push);
  let out;
  const strLike = flat.every((b) => b.k === "lit" || b.k === "enum" || (b.k === "prim" && b.t === "string"));
  const hasValues = flat.some((b) => b.k === "lit" || b.k === "enum");
  if (flat.length === 0) out = { k: "null" };
  else if (flat.length === 1) out = { ...flat[0] };
  else if (strLike && hasValues) {
    const values = [];
    let open = false;
    for (const b of flat) {
      if (b.k === "lit") values.push(b.v);
      else if (b.k === "enum") {
        values.push(...b.values);
        open = open || b.open;
      } else open = true;
    }
    out = { k: "enum", values: [...new Set(values)], open };
  } else out = { k: "union", branches: flat };
  if (nullable) out.nullable = true;
  return Object.assign(out, extra);
}
