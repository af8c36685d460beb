#!/usr/bin/env python3
"""Verifies the allow-list's citations of the Python SDK (PyPI extend-ai, pinned in
contract/drift/requirements.txt) against its pydantic type files, read with `ast` (nothing is imported).

Reads a JSON list of claims on stdin, each one of
  {"kind": "field",   "cls": C, "name": N}    class C has a field whose wire name is N
  {"kind": "nofield", "cls": C, "name": N}    class C has no such field
  {"kind": "optfield"|"reqfield", ...}        ... has it, optional (it has a default) / required
  {"kind": "value",   "cls": C, "value": V}   enum (or Literal alias) C has the value V
  {"kind": "novalue", "cls": C, "value": V}   ... has not
  {"kind": "type",    "cls": C}               the SDK declares a class or a type alias C
  {"kind": "method",  "resource": R, "method": M, "returns": T, "params": [P, ...]}
                                              extend_ai/R/client.py's client has a method M whose
                                              return annotation is T, and whose request (in
                                              extend_ai/R/raw_client.py) sends exactly the query
                                              parameters and headers P (their wire names)
(plus "line", "where" and "text", echoed back), and prints {"version", "files", "results": [...]}.

The wire name of a field is the `alias="..."` of its FieldMetadata / pydantic.Field, else its
Python name. The values of an enum are the string constants assigned in its class body (not
Fern's `_UNKNOWN` placeholder); of a type alias, the strings inside its `typing.Literal[...]`.
"""

import argparse
import ast
import json
import pathlib
import sys


def has_default(node: ast.AnnAssign) -> bool:
    """Fern writes a required field `x: T = pydantic.Field()` (or bare `x: T`), an optional one
    with `= None` or `pydantic.Field(..., default=None)`."""
    v = node.value
    if v is None:
        return False
    if isinstance(v, ast.Call):
        return bool(v.args) or any(kw.arg in ("default", "default_factory") for kw in v.keywords)
    return True


def wire_names(node: ast.AnnAssign) -> str:
    for sub in ast.walk(node):
        if isinstance(sub, ast.Call):
            for kw in sub.keywords:
                if kw.arg == "alias" and isinstance(kw.value, ast.Constant) and isinstance(kw.value.value, str):
                    return kw.value.value
    return node.target.id


def literal_strings(node: ast.AST) -> list:
    out = []
    for sub in ast.walk(node):
        if isinstance(sub, ast.Subscript):
            v = sub.value
            name = v.attr if isinstance(v, ast.Attribute) else (v.id if isinstance(v, ast.Name) else "")
            if name == "Literal":
                for c in ast.walk(sub.slice):
                    if isinstance(c, ast.Constant) and isinstance(c.value, str):
                        out.append(c.value)
    return out


def index(site: pathlib.Path):
    pkg = site / "extend_ai"
    if not pkg.is_dir():
        raise SystemExit(f"pycheck: no extend_ai package under {site}")
    # The shared types, and each resource's own (Fern puts a resource's response types, such as
    # ExtractRunsListResponse, in extend_ai/<resource>/types/).
    files = sorted((pkg / "types").glob("*.py")) + sorted(pkg.glob("*/types/*.py"))
    classes = {}  # name -> {"fields": set, "values": set, "bases": [names], "file": path}
    aliases = {}  # name -> set of literal values
    names = {}  # every class and top-level alias -> its file
    for f in files:
        tree = ast.parse(f.read_text(encoding="utf-8"), filename=str(f))
        for st in tree.body:
            if isinstance(st, ast.ClassDef):
                fields, values, optional = set(), set(), set()
                for b in st.body:
                    if isinstance(b, ast.AnnAssign) and isinstance(b.target, ast.Name):
                        if b.target.id != "model_config":
                            fields.add(wire_names(b))
                            if has_default(b):
                                optional.add(wire_names(b))
                    elif isinstance(b, ast.Assign) and len(b.targets) == 1 and isinstance(b.targets[0], ast.Name):
                        if (
                            isinstance(b.value, ast.Constant)
                            and isinstance(b.value.value, str)
                            and b.targets[0].id != "_UNKNOWN"
                        ):
                            values.add(b.value.value)
                bases = [x.id if isinstance(x, ast.Name) else getattr(x, "attr", "") for x in st.bases]
                classes[st.name] = {"fields": fields, "optional": optional, "values": values, "bases": bases, "file": f}
                names[st.name] = f
            elif isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name):
                names.setdefault(st.targets[0].id, f)
                lits = literal_strings(st.value)
                if lits:
                    aliases[st.targets[0].id] = set(lits)
    return files, classes, aliases, names


def annotation_name(node) -> str:
    """`X`, `module.X` or `"X"` -> X; anything else -> its source text."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return ast.unparse(node) if node is not None else "(none)"


def first_class_method(path: pathlib.Path, method: str):
    """The method `method` of the first class in `path` (Fern's sync client), or None."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for st in tree.body:
        if isinstance(st, ast.ClassDef):
            for b in st.body:
                if isinstance(b, ast.FunctionDef) and b.name == method:
                    return b
            return None
    return None


def request_wire_names(fn: ast.FunctionDef) -> set:
    """The keys of the `params={...}` and `headers={...}` dicts the raw client's method passes to
    its request (without content-type)."""
    out = set()
    for sub in ast.walk(fn):
        if isinstance(sub, ast.Call):
            for kw in sub.keywords:
                if kw.arg in ("params", "headers") and isinstance(kw.value, ast.Dict):
                    for k in kw.value.keys:
                        if isinstance(k, ast.Constant) and isinstance(k.value, str) and k.value.lower() != "content-type":
                            out.add(k.value)
    return out


def check_method(site: pathlib.Path, c: dict, r: dict) -> None:
    pkg = site / "extend_ai" / c["resource"]
    client, raw = pkg / "client.py", pkg / "raw_client.py"
    if not client.is_file() or not raw.is_file():
        r["why"] = f"no extend_ai/{c['resource']}/client.py and raw_client.py"
        return
    fn = first_class_method(client, c["method"])
    if fn is None:
        r["why"] = f"extend_ai/{c['resource']}/client.py: the client has no method {c['method']}"
        return
    returns = annotation_name(fn.returns)
    raw_fn = first_class_method(raw, c["method"])
    sent = request_wire_names(raw_fn) if raw_fn is not None else set()
    want = set(c.get("params", []))
    problems = []
    if returns != c["returns"]:
        problems.append(f"{c['method']}() returns {returns}, not {c['returns']}")
    if raw_fn is None:
        problems.append(f"extend_ai/{c['resource']}/raw_client.py has no method {c['method']}")
    elif sent != want:
        if sent - want:
            problems.append(f"it sends {sorted(sent - want)}, which the spec operation does not have")
        if want - sent:
            problems.append(f"the spec operation has {sorted(want - sent)}, which it does not send")
    r["ok"] = not problems
    r["why"] = "; ".join(problems) or f"{c['resource']}.{c['method']}() -> {returns}, sends {sorted(sent)}"


def all_fields(classes, name, key="fields", seen=None):
    seen = seen or set()
    if name in seen or name not in classes:
        return set()
    seen.add(name)
    c = classes[name]
    out = set(c[key])
    for b in c["bases"]:
        out |= all_fields(classes, b, key, seen)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--site", required=True, help="the pip --target folder holding extend_ai/")
    a = ap.parse_args()
    site = pathlib.Path(a.site)
    files, classes, aliases, names = index(site)
    version = "?"
    for d in site.glob("extend_ai-*.dist-info"):
        version = d.name[len("extend_ai-") : -len(".dist-info")]
    claims = json.load(sys.stdin)
    results = []
    for c in claims:
        cls = c.get("cls")
        r = {"line": c.get("line"), "where": c.get("where"), "text": c.get("text"), "ok": False, "why": ""}
        if c["kind"] == "method":
            check_method(site, c, r)
        elif c["kind"] == "type":
            r["ok"] = cls in names
            r["why"] = f"{cls} is declared in {names[cls].relative_to(site)}" if cls in names else f"no class or alias {cls} in extend_ai/types or extend_ai/*/types"
        elif c["kind"] in ("field", "nofield", "optfield", "reqfield"):
            if cls not in classes:
                r["why"] = f"no class {cls} in extend_ai/types or extend_ai/*/types"
            else:
                has = c["name"] in all_fields(classes, cls)
                opt = c["name"] in all_fields(classes, cls, "optional")
                r["ok"] = {
                    "field": has,
                    "nofield": not has,
                    "optfield": has and opt,
                    "reqfield": has and not opt,
                }[c["kind"]]
                where = classes[cls]["file"].relative_to(site)
                what = ("an optional" if opt else "a required") if has else "no"
                r["why"] = f"{cls} ({where}) has {what} field with wire name {c['name']}"
        elif c["kind"] in ("value", "novalue"):
            if cls in classes:
                vals = classes[cls]["values"]
                where = classes[cls]["file"].relative_to(site)
            elif cls in aliases:
                vals = aliases[cls]
                where = "a Literal alias"
            else:
                vals = None
            if vals is None:
                r["why"] = f"no enum or Literal alias {cls} in extend_ai/types or extend_ai/*/types"
            else:
                has = c["value"] in vals
                r["ok"] = has if c["kind"] == "value" else not has
                r["why"] = f"{cls} ({where}) values are {sorted(vals)}"
        else:
            r["why"] = f"unknown claim kind {c['kind']}"
        results.append(r)
    json.dump({"version": version, "files": len(files), "results": results}, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
