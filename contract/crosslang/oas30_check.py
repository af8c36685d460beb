"""Validates JSON against openapi/extend-cancel.yaml with openapi-schema-validator's OAS30Validator
(PyPI openapi-schema-validator), which reads the schemas by the letter of OpenAPI 3.0.3: for
example, `nullable: true` only admits `null` next to a `type`. It is a validator no one here wrote,
so it checks the spec's own reading (spec-check, used by `cargo xtask regen` and the Rust tests).

    python oas30_check.py --spec openapi/extend-cancel.yaml
        validates every example embedded in the spec: each media type's `example` and
        `examples.*.value` (under paths and components.responses) against its schema, each
        parameter's `example` against the parameter's schema, and each schema's own `example`;
    python oas30_check.py --spec ... --bodies DUMP.jsonl --min-bodies N
        also validates each line `{schema, location, body}` of DUMP.jsonl (the bodies the
        sandbox serves, written by tests/it/sandbox/spec.rs when EXTEND_CANCEL_DUMP_BODIES is set)
        against `#/components/schemas/<schema>`; fails when there are fewer than N.

Formats are checked (`oas30_format_checker`: `date-time` among them). Exits 1 on any failure.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml
from openapi_schema_validator import OAS30Validator, oas30_format_checker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

SPEC_URI = "urn:extend-cancel-spec"


class Checker:
    def __init__(self, spec_path: Path):
        self.doc = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
        # The whole document is one resource, so `#/components/schemas/X` resolves inside it.
        resource = Resource.from_contents(self.doc, default_specification=DRAFT4)
        self.registry = Registry().with_resource(SPEC_URI, resource)
        self.failures: list[str] = []
        self.checked = 0

    def pointer(self, node) -> str | None:
        """The `$ref` of `node` made absolute, or None for an inline schema."""
        ref = node.get("$ref") if isinstance(node, dict) else None
        return f"{SPEC_URI}{ref}" if ref else None

    def validate(self, schema, instance, where: str) -> None:
        """Validates `instance` against `schema` (a schema object; its `$ref`s resolve in the spec)."""
        ref = self.pointer(schema)
        wrapped = {"$ref": ref} if ref else {"allOf": [schema]}
        if not ref:
            # An inline schema's references are relative to the document.
            wrapped = json.loads(json.dumps(wrapped).replace('"$ref": "#/', f'"$ref": "{SPEC_URI}#/'))
        validator = OAS30Validator(wrapped, registry=self.registry, format_checker=oas30_format_checker)
        errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
        self.checked += 1
        for error in errors[:5]:
            path = "/" + "/".join(map(str, error.absolute_path))
            self.failures.append(f"{where}: {path}: {error.message[:300]}")

    def resolve(self, node):
        while isinstance(node, dict) and "$ref" in node:
            target = self.doc
            for part in node["$ref"][2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def media_examples(self, where: str, response) -> None:
        response = self.resolve(response)
        for media, media_object in (response.get("content") or {}).items():
            schema = media_object.get("schema")
            if schema is None:
                continue
            if "example" in media_object:
                self.validate(schema, media_object["example"], f"{where} {media} example")
            for name, example in (media_object.get("examples") or {}).items():
                example = self.resolve(example)
                if "value" in example:
                    self.validate(schema, example["value"], f"{where} {media} examples.{name}")

    def schema_examples(self, where: str, schema) -> None:
        """Every `example` of a schema object and of the schemas nested in it."""
        if isinstance(schema, dict):
            if "example" in schema and "$ref" not in schema:
                self.validate(schema, schema["example"], f"{where} example")
            for key, value in schema.items():
                if key in ("properties",) and isinstance(value, dict):
                    for name, sub in value.items():
                        self.schema_examples(f"{where}.{name}", sub)
                elif key in ("items", "additionalProperties", "not"):
                    self.schema_examples(f"{where}.{key}", value)
                elif key in ("allOf", "anyOf", "oneOf") and isinstance(value, list):
                    for i, sub in enumerate(value):
                        self.schema_examples(f"{where}.{key}[{i}]", sub)

    def embedded_examples(self) -> int:
        before = self.checked
        for path, item in self.doc.get("paths", {}).items():
            for method, op in item.items():
                if not isinstance(op, dict) or "responses" not in op:
                    continue
                where = f"{op.get('operationId', method)} {method.upper()} {path}"
                for status, response in op["responses"].items():
                    self.media_examples(f"{where} {status}", response)
                for param in op.get("parameters", []):
                    param = self.resolve(param)
                    if "example" in param:
                        self.validate(param["schema"], param["example"], f"{where} parameter {param['name']} example")
        components = self.doc.get("components", {})
        for name, response in components.get("responses", {}).items():
            self.media_examples(f"components.responses.{name}", response)
        for name, param in components.get("parameters", {}).items():
            if "example" in param:
                self.validate(param["schema"], param["example"], f"components.parameters.{name} example")
        for name, schema in components.get("schemas", {}).items():
            self.schema_examples(f"components.schemas.{name}", schema)
        return self.checked - before

    def dumped_bodies(self, dump: Path) -> int:
        count = 0
        for number, line in enumerate(dump.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            record = json.loads(line)
            schema = record["schema"]
            if schema not in self.doc["components"]["schemas"]:
                self.failures.append(f"{dump.name}:{number}: no component schema {schema!r}")
                continue
            ref = {"$ref": f"#/components/schemas/{schema}"}
            self.validate(ref, record["body"], f"{dump.name}:{number} {record.get('location', '')} as {schema}")
            count += 1
        return count


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--spec", type=Path, required=True)
    parser.add_argument("--bodies", type=Path, help="a JSON-lines dump of {schema, location, body}")
    parser.add_argument("--min-bodies", type=int, default=1)
    args = parser.parse_args()

    checker = Checker(args.spec)
    examples = checker.embedded_examples()
    if examples == 0:
        checker.failures.append("the spec embeds no example at all: nothing was checked")
    print(f"OAS30Validator: {examples} embedded example(s) checked")
    if args.bodies:
        if not args.bodies.is_file():
            checker.failures.append(f"{args.bodies}: no dump (was EXTEND_CANCEL_DUMP_BODIES honoured?)")
        else:
            bodies = checker.dumped_bodies(args.bodies)
            print(f"OAS30Validator: {bodies} sandbox bodies checked")
            if bodies < args.min_bodies:
                checker.failures.append(f"{args.bodies}: {bodies} bodies, expected at least {args.min_bodies}")
    if checker.failures:
        print(f"OAS30Validator check FAILED ({len(checker.failures)} problem(s)):", file=sys.stderr)
        for failure in checker.failures:
            print(f"  {failure}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
