// Reads the type declarations of the official TypeScript SDK (npm extend-ai) with the TypeScript
// compiler API and turns each declared type into a shape (see shapes.mjs). Only the syntax of the
// `.d.ts` files is used, not the type checker: the checker would reduce the forward-compatible
// enums `"A" | "B" | string` to plain `string` and lose the listed values.
//
// Understood: interfaces (with `extends`), type aliases, unions, `| null`, optional `?`, string
// literals, keywords, `T[]`, `Array<T>`, `Record<string, T>`, inline object types, references
// `Extend.X` and namespace members `Extend.X.Y`, and Fern's enum pattern
//   export declare const X: { readonly A: "a"; ... };
//   export type X = (typeof X)[keyof typeof X] (| string)?;
// Anything else is an error (so that a new construct in a new SDK is noticed, not misread).
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { simplifyUnion } from "./shapes.mjs";

export function loadTs(modulesDir) {
  const require = createRequire(path.join(modulesDir, "noop.js"));
  return require("typescript");
}

// The folders of the package that hold the API types: api/types and api/resources/*/types, and
// the clients (api/resources/*/client/Client.d.ts). The package has put them under dist/cjs/ in
// some versions and at its root in others, so look for them.
export function findApiDir(pkgDir) {
  for (const cand of ["api", "dist/cjs/api", "dist/api", "dist/esm/api"]) {
    const dir = path.join(pkgDir, cand);
    if (fs.existsSync(path.join(dir, "types"))) return dir;
  }
  // elsewhere: the shallowest folder named api/ whose types/ holds .d.ts files
  const queue = [[pkgDir, 0]];
  while (queue.length) {
    const [dir, depth] = queue.shift();
    if (depth > 4) continue;
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (!e.isDirectory() || e.name === "node_modules") continue;
      const sub = path.join(dir, e.name);
      const types = path.join(sub, "types");
      if (e.name === "api" && fs.existsSync(types) && fs.readdirSync(types).some((f) => f.endsWith(".d.ts"))) return sub;
      queue.push([sub, depth + 1]);
    }
  }
  throw new Error(`no api/types folder with .d.ts files found under ${pkgDir}`);
}

function listDts(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".d.ts") && f !== "index.d.ts")
    .map((f) => path.join(dir, f));
}

export class TsModel {
  constructor(ts, apiDir) {
    this.ts = ts;
    this.apiDir = apiDir;
    this.decls = new Map(); // name -> {kind: 'interface'|'alias'|'const', node, file}
    this.files = [];
    const dirs = [path.join(apiDir, "types")];
    const resDir = path.join(apiDir, "resources");
    if (fs.existsSync(resDir)) {
      for (const r of fs.readdirSync(resDir).sort()) {
        dirs.push(path.join(resDir, r, "types"));
        // the request interfaces of the client methods (query parameters and headers)
        dirs.push(path.join(resDir, r, "client", "requests"));
      }
    }
    for (const d of dirs) for (const f of listDts(d)) this.#readFile(f);
    this.cache = new Map();
  }

  #readFile(file) {
    const ts = this.ts;
    const text = fs.readFileSync(file, "utf8");
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    this.files.push(file);
    const visit = (stmts, prefix) => {
      for (const st of stmts) {
        if (ts.isInterfaceDeclaration(st)) this.#add(prefix + st.name.text, "interface", st, file);
        else if (ts.isTypeAliasDeclaration(st)) this.#add(prefix + st.name.text, "alias", st, file);
        else if (ts.isVariableStatement(st)) {
          for (const d of st.declarationList.declarations) {
            if (d.type) this.#add(prefix + d.name.text, "const", d, file);
          }
        } else if (ts.isModuleDeclaration(st) && st.body && ts.isModuleBlock(st.body)) {
          visit(st.body.statements, prefix + st.name.text + ".");
        }
      }
    };
    visit(sf.statements, "");
  }

  #add(name, kind, node, file) {
    const key = kind === "const" ? "const:" + name : name;
    if (this.decls.has(key)) {
      const prev = this.decls.get(key);
      throw new Error(`TypeScript type ${name} declared twice: ${prev.file} and ${file}`);
    }
    this.decls.set(key, { kind, node, file });
  }

  has(name) {
    return this.decls.has(name);
  }

  rel(file) {
    return path.relative(path.dirname(this.apiDir), file);
  }

  // The shape of a named type: {k:'object', ...} for an interface, the aliased shape for an alias.
  shapeOf(name) {
    if (this.cache.has(name)) return this.cache.get(name);
    const d = this.decls.get(name);
    if (!d) throw new Error(`TypeScript type ${name} not found`);
    let shape;
    if (d.kind === "interface") shape = this.#interfaceShape(name, d.node);
    else shape = this.#typeShape(d.node.type, name);
    this.cache.set(name, shape);
    return shape;
  }

  kindOf(name) {
    const d = this.decls.get(name);
    return d ? d.kind : undefined;
  }

  #interfaceShape(name, node) {
    const ts = this.ts;
    const props = new Map();
    const bases = [];
    for (const h of node.heritageClauses || []) {
      for (const t of h.types) {
        const base = this.#refName(t.expression, name);
        bases.push(base);
        const bs = this.shapeOf(base);
        if (bs.k !== "object") throw new Error(`${name} extends ${base}, which is not an interface`);
        for (const [p, v] of bs.props) props.set(p, v);
      }
    }
    for (const m of node.members) {
      if (ts.isPropertySignature(m)) {
        const pname = ts.isIdentifier(m.name) || ts.isStringLiteral(m.name) ? m.name.text : m.name.getText();
        props.set(pname, { shape: this.#typeShape(m.type, `${name}.${pname}`), required: !m.questionToken });
      } else if (ts.isIndexSignatureDeclaration(m)) {
        throw new Error(`${name}: index signature not understood`);
      } else {
        throw new Error(`${name}: member kind ${ts.SyntaxKind[m.kind]} not understood`);
      }
    }
    return { k: "object", props, bases, name };
  }

  // `Extend.X`, `Extend.X.Y` or `X` -> "X" / "X.Y"
  #refName(expr, where) {
    const ts = this.ts;
    const parts = [];
    let e = expr;
    while (ts.isPropertyAccessExpression(e) || ts.isQualifiedName(e)) {
      parts.unshift(ts.isQualifiedName(e) ? e.right.text : e.name.text);
      e = ts.isQualifiedName(e) ? e.left : e.expression;
    }
    if (!ts.isIdentifier(e)) throw new Error(`${where}: reference not understood`);
    parts.unshift(e.text);
    if (parts[0] === "Extend" && parts.length > 1) parts.shift();
    return parts.join(".");
  }

  #typeShape(node, where) {
    const ts = this.ts;
    const K = ts.SyntaxKind;
    if (!node) throw new Error(`${where}: no type`);
    switch (node.kind) {
      case K.StringKeyword:
        return { k: "prim", t: "string" };
      case K.NumberKeyword:
        return { k: "prim", t: "number" };
      case K.BooleanKeyword:
        return { k: "prim", t: "boolean" };
      case K.UnknownKeyword:
      case K.AnyKeyword:
        return { k: "unknown" };
      case K.NullKeyword:
        return { k: "null" };
      case K.ParenthesizedType:
        return this.#typeShape(node.type, where);
      case K.LiteralType: {
        const l = node.literal;
        if (l.kind === K.NullKeyword) return { k: "null" };
        if (ts.isStringLiteral(l)) return { k: "lit", v: l.text };
        if (l.kind === K.TrueKeyword || l.kind === K.FalseKeyword) return { k: "prim", t: "boolean" };
        throw new Error(`${where}: literal ${l.getText()} not understood`);
      }
      case K.ArrayType:
        return { k: "array", items: this.#typeShape(node.elementType, where + "[]") };
      case K.UnionType:
        return simplifyUnion(node.types.map((t) => this.#typeShape(t, where)));
      case K.TypeLiteral: {
        const props = new Map();
        for (const m of node.members) {
          if (ts.isPropertySignature(m)) {
            props.set(m.name.text, { shape: this.#typeShape(m.type, `${where}.${m.name.text}`), required: !m.questionToken });
          } else if (ts.isIndexSignatureDeclaration(m)) {
            if (node.members.length !== 1) throw new Error(`${where}: index signature with properties`);
            return { k: "record", values: this.#typeShape(m.type, where + "{}") };
          } else {
            throw new Error(`${where}: type-literal member ${K[m.kind]} not understood`);
          }
        }
        return { k: "object", props, bases: [], name: null };
      }
      case K.IndexedAccessType: {
        // (typeof X)[keyof typeof X]
        let obj = node.objectType;
        while (obj.kind === K.ParenthesizedType) obj = obj.type;
        const idx = node.indexType;
        if (
          obj.kind === K.TypeQuery &&
          idx.kind === K.TypeOperator &&
          idx.operator === K.KeyOfKeyword &&
          idx.type.kind === K.TypeQuery
        ) {
          const a = this.#refName(obj.exprName, where);
          const b = this.#refName(idx.type.exprName, where);
          if (a !== b) throw new Error(`${where}: (typeof ${a})[keyof typeof ${b}] not understood`);
          return { k: "enum", values: this.constValues(a, where), open: false, constName: a };
        }
        throw new Error(`${where}: indexed access type not understood`);
      }
      case K.TypeReference: {
        const name = this.#refName(node.typeName, where);
        const args = node.typeArguments || [];
        if (name === "Record" && args.length === 2) {
          if (args[0].kind !== K.StringKeyword) throw new Error(`${where}: Record key not string`);
          return { k: "record", values: this.#typeShape(args[1], where + "{}") };
        }
        if (name === "Array" && args.length === 1) return { k: "array", items: this.#typeShape(args[0], where + "[]") };
        if (args.length) throw new Error(`${where}: generic ${name}<...> not understood`);
        if (!this.decls.has(name)) throw new Error(`${where}: reference to unknown type ${name}`);
        return { k: "ref", name };
      }
      default:
        throw new Error(`${where}: type syntax ${K[node.kind]} not understood`);
    }
  }

  // The string values of `declare const X: { readonly A: "a"; ... }`.
  constValues(name, where) {
    const ts = this.ts;
    const d = this.decls.get("const:" + name);
    if (!d) throw new Error(`${where}: no const ${name} for the enum pattern`);
    const t = d.node.type;
    if (!ts.isTypeLiteralNode(t)) throw new Error(`${where}: const ${name} is not an object type`);
    return t.members.map((m) => {
      if (!ts.isPropertySignature(m) || !m.type || !ts.isLiteralTypeNode(m.type) || !ts.isStringLiteral(m.type.literal)) {
        throw new Error(`${where}: const ${name} has a member that is not a string literal`);
      }
      return m.type.literal.text;
    });
  }

  // The return type `X` of `method(...): core.HttpResponsePromise<Extend.X>` in
  // api/resources/<resource>/client/Client.d.ts.
  clientReturnType(resource, method) {
    const m = this.#clientMethod(resource, method);
    const t = m.type;
    if (t && this.ts.isTypeReferenceNode(t) && t.typeArguments && t.typeArguments.length === 1) {
      const a = t.typeArguments[0];
      if (this.ts.isTypeReferenceNode(a)) return this.#refName(a.typeName, `${resource}.${method}`);
    }
    throw new Error(`method ${method} of ${resource} does not return HttpResponsePromise<T>`);
  }

  // The type `X` of the method's `request?: Extend.X` parameter (Fern's interface of the query
  // parameters and per-request headers), or null when the method takes none.
  clientRequestType(resource, method) {
    const m = this.#clientMethod(resource, method);
    const p = m.parameters.find((q) => q.name.getText() === "request");
    if (!p) return null;
    if (!p.type || !this.ts.isTypeReferenceNode(p.type)) throw new Error(`${resource}.${method}: request parameter type not understood`);
    return this.#refName(p.type.typeName, `${resource}.${method}`);
  }

  #clientMethod(resource, method) {
    const ts = this.ts;
    const file = path.join(this.apiDir, "resources", resource, "client", "Client.d.ts");
    if (!fs.existsSync(file)) throw new Error(`no client file ${file}`);
    const sf = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    let found = null;
    const visit = (n) => {
      if (ts.isMethodDeclaration(n) && n.name && n.name.getText() === method && n.type) found = n;
      ts.forEachChild(n, visit);
    };
    visit(sf);
    if (!found) throw new Error(`no method ${method} in ${file}`);
    return found;
  }
}
