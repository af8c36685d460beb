"""Calls the four cancel functions of a Python client generated from openapi/extend-cancel.yaml
(openapi-python-client) against a loopback server, and checks the parsed objects.

The server serves, per endpoint:
  * the seed example embedded in the spec (classify: seed004, processor: seed003), or, for
    extract and split runs, which have no embedded example, a minimal body built from the
    schema's required properties;
  * the same run with a `status` and a `failureReason` the spec does not list ("ARCHIVED",
    "QUOTA_EXCEEDED") and a property the spec does not know: a value the API adds later must
    not break a client generated from the spec.

  * the same run with every nullable property `null`, as the API sends them for a run that is
    still processing.

Each served body is first validated against the spec's schema, so the test never serves
something the contract forbids. The schemas are converted to JSON Schema the way
spec-check (the Rust crate) does: `nullable: true` admits `null` also next to `allOf: [$ref]`
without a `type`, which is how progenitor, openapi-python-client and openapi-typescript read
it. (openapi-schema-validator's OAS30Validator follows the stricter OAS 3.0.3 wording, under
which such a `nullable` has no effect; see openapi/README.md.)

Usage: python python_client_check.py --spec openapi/extend-cancel.yaml --client DIR
where DIR is the package folder written by `openapi-python-client generate --meta none`.
Standard library plus what openapi-python-client and its generated client already need.
"""

from __future__ import annotations

import argparse
import copy
import importlib
import json
import re
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import yaml
from jsonschema import Draft7Validator

API_KEY = "sk_test_crosslang"
UNKNOWN_STATUS = "ARCHIVED"
UNKNOWN_FAILURE_REASON = "QUOTA_EXCEEDED"
UNKNOWN_PROPERTY = ("someFieldAddedLater", {"nested": [1, 2, 3]})

# (path segment, operationId, generated module, response schema, id prefix, seed example)
ENDPOINTS = [
    ("extract_runs", "cancelExtractRun", "cancel_extract_run", "ExtractRun", "exr_", None),
    ("classify_runs", "cancelClassifyRun", "cancel_classify_run", "ClassifyRun", "clr_", "seed004"),
    ("split_runs", "cancelSplitRun", "cancel_split_run", "SplitRun", "splr_", None),
    (
        "processor_runs",
        "cancelProcessorRun",
        "cancel_processor_run",
        "ProcessorRunCancelResponse",
        "dpr_",
        "seed003",
    ),
]


class Spec:
    def __init__(self, path: Path):
        self.doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        self.schemas = self.doc["components"]["schemas"]

    def resolve(self, node: dict) -> dict:
        while "$ref" in node:
            ref = node["$ref"]
            if not ref.startswith("#/"):
                raise ValueError(f"external $ref {ref}")
            target = self.doc
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def operation(self, operation_id: str) -> tuple[str, dict]:
        for path, item in self.doc["paths"].items():
            for op in item.values():
                if isinstance(op, dict) and op.get("operationId") == operation_id:
                    return path, op
        raise KeyError(operation_id)

    def example(self, operation_id: str, name: str) -> dict:
        _, op = self.operation(operation_id)
        media = self.resolve(op["responses"]["200"])["content"]["application/json"]
        return copy.deepcopy(self.resolve(media["examples"][name])["value"])

    def api_version_default(self, operation_id: str) -> str:
        _, op = self.operation(operation_id)
        for param in op.get("parameters", []):
            param = self.resolve(param)
            if param["in"] == "header" and param["name"].lower() == "x-extend-api-version":
                return param["schema"]["default"]
        raise KeyError(f"{operation_id} has no x-extend-api-version header")

    def minimal(self, node: dict):
        """The smallest instance with every required property, for schemas of this spec."""
        node = self.resolve(node)
        for key in ("allOf", "anyOf", "oneOf"):
            if key in node:
                return self.minimal(node[key][0])
        if "enum" in node:
            return node["enum"][0]
        kind = node.get("type")
        if kind == "object":
            props = node.get("properties", {})
            return {name: self.minimal(props[name]) for name in node.get("required", [])}
        if kind == "array":
            return []
        if kind == "string":
            return "2024-03-21T16:45:00Z" if node.get("format") == "date-time" else "string"
        if kind == "integer":
            return 1
        if kind == "number":
            return 1.5
        if kind == "boolean":
            return False
        raise ValueError(f"cannot build a minimal instance of {node}")

    def nullable_properties(self, schema_name: str) -> list[str]:
        props = self.schemas[schema_name].get("properties", {})
        return [name for name, node in props.items() if node.get("nullable") is True]

    def validate(self, schema_name: str, instance) -> None:
        definitions = {name: to_json_schema(node) for name, node in self.schemas.items()}
        schema = {"definitions": definitions, "allOf": [{"$ref": f"#/definitions/{schema_name}"}]}
        validator = Draft7Validator(schema, format_checker=Draft7Validator.FORMAT_CHECKER)
        errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.path))
        if errors:
            lines = "\n".join(f"  /{'/'.join(map(str, e.path))}: {e.message}" for e in errors[:10])
            raise AssertionError(f"the served {schema_name} body does not match the spec:\n{lines}")


def to_json_schema(node):
    """An OpenAPI 3.0 schema as JSON Schema draft 7 (the rules of spec-check/src/lib.rs)."""
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        return {"$ref": node["$ref"].replace("#/components/schemas/", "#/definitions/")}
    out = {}
    for key, value in node.items():
        if key in ("example", "discriminator", "xml", "externalDocs", "nullable") or key.startswith("x-"):
            continue
        if key == "properties":
            value = {name: to_json_schema(sub) for name, sub in value.items()}
        elif key in ("items", "not") or (key == "additionalProperties" and isinstance(value, dict)):
            value = to_json_schema(value)
        elif key in ("allOf", "anyOf", "oneOf"):
            value = [to_json_schema(sub) for sub in value]
        out[key] = value
    return {"anyOf": [{"type": "null"}, out]} if node.get("nullable") is True else out


def run_of(body: dict, schema: str) -> dict:
    """The run object inside a response body (the processor endpoint wraps it)."""
    return body["processorRun"] if schema == "ProcessorRunCancelResponse" else body


def bodies(spec: Spec) -> dict[str, dict]:
    """`{path: body}` for every request the client will make."""
    out = {}
    for segment, operation_id, _, schema, prefix, seed in ENDPOINTS:
        body = spec.example(operation_id, seed) if seed else spec.minimal({"$ref": f"#/components/schemas/{schema}"})
        run = run_of(body, schema)
        if not seed:
            run["id"] = f"{prefix}Xj8mK2pL9nR4vT7qY5wZ"
            run["status"] = "PROCESSING"
        out[f"/{segment}/{run['id']}/cancel"] = body

        future = copy.deepcopy(body)
        future_run = run_of(future, schema)
        future_run["id"] = f"{prefix}future"
        future_run["status"] = UNKNOWN_STATUS
        future_run["failureReason"] = UNKNOWN_FAILURE_REASON
        future_run[UNKNOWN_PROPERTY[0]] = UNKNOWN_PROPERTY[1]
        out[f"/{segment}/{future_run['id']}/cancel"] = future

        served_bodies = [body, future]
        run_schema = "LegacyProcessorRun" if schema == "ProcessorRunCancelResponse" else schema
        nullable = spec.nullable_properties(run_schema)
        if nullable:  # the legacy run has no nullable property
            nulls = copy.deepcopy(body)
            nulls_run = run_of(nulls, schema)
            nulls_run["id"] = f"{prefix}nulls"
            for name in nullable:
                nulls_run[name] = None
            out[f"/{segment}/{nulls_run['id']}/cancel"] = nulls
            served_bodies.append(nulls)

        for served in served_bodies:
            spec.validate(schema, served)
    return out


def serve(responses: dict[str, dict]):
    requests = []

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self):
            length = int(self.headers.get("content-length") or 0)
            if length:
                self.rfile.read(length)
            requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
            body = responses.get(self.path)
            status = 200 if body is not None else 404
            payload = json.dumps(body if body is not None else {"code": "NOT_FOUND"}).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, requests


def plain(value):
    """An enum member's value, or the value itself (unknown values parse as `str`)."""
    return getattr(value, "value", value)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--spec", type=Path, required=True)
    parser.add_argument("--client", type=Path, required=True, help="the generated package folder")
    args = parser.parse_args()

    spec = Spec(args.spec)
    responses = bodies(spec)
    sys.path.insert(0, str(args.client.resolve().parent))
    package = args.client.resolve().name
    client_module = importlib.import_module(f"{package}.client")
    models = importlib.import_module(f"{package}.models")

    server, requests = serve(responses)
    base_url = f"http://127.0.0.1:{server.server_address[1]}"
    client = client_module.AuthenticatedClient(base_url=base_url, token=API_KEY, raise_on_unexpected_status=True)
    checked = []
    try:
        for segment, operation_id, module_name, schema, prefix, _ in ENDPOINTS:
            function = importlib.import_module(f"{package}.api.runs.{module_name}")
            model = getattr(models, schema)
            for path, body in responses.items():
                if not path.startswith(f"/{segment}/"):
                    continue
                served = run_of(body, schema)
                run_id = served["id"]
                where = f"{module_name}.sync_detailed({run_id!r})"

                response = function.sync_detailed(run_id, client=client)
                assert int(response.status_code) == 200, f"{where}: status {response.status_code}"
                parsed = response.parsed
                assert isinstance(parsed, model), f"{where}: parsed {type(parsed).__name__}, not {schema}"
                run = parsed.processor_run if schema == "ProcessorRunCancelResponse" else parsed
                if schema == "ProcessorRunCancelResponse":
                    assert parsed.success is body["success"], f"{where}: success {parsed.success!r}"
                assert run.id == run_id, f"{where}: id {run.id!r}"
                assert plain(run.status) == served["status"], f"{where}: status {run.status!r}"
                if "failureReason" in served:
                    got = plain(run.failure_reason)
                    assert got == served["failureReason"], f"{where}: failureReason {got!r}"
                for name, value in served.items():
                    if value is None:
                        attribute = re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
                        got = getattr(run, attribute)
                        assert got is None, f"{where}: {name} served as null parsed as {got!r}"
                if UNKNOWN_PROPERTY[0] in served:
                    extra = run.additional_properties.get(UNKNOWN_PROPERTY[0])
                    assert extra == UNKNOWN_PROPERTY[1], f"{where}: unknown property kept as {extra!r}"

                sent_path, headers = requests[-1]
                assert sent_path == path, f"{where}: requested {sent_path}"
                assert headers.get("authorization") == f"Bearer {API_KEY}", f"{where}: no bearer token"
                version = spec.api_version_default(operation_id)
                assert headers.get("x-extend-api-version") == version, (
                    f"{where}: x-extend-api-version {headers.get('x-extend-api-version')!r}, spec default {version!r}"
                )
                nulls = sum(1 for value in served.values() if value is None)
                checked.append(f"{where} -> {schema}(status={served['status']}, {nulls} null properties)")
    finally:
        server.shutdown()

    for line in checked:
        print(f"  ok  {line}")
    print(
        f"python client: {len(checked)} cancel calls parsed as served (incl. values the spec does not list and nulls)"
    )
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except AssertionError as error:
        print(f"python client check FAILED: {error}", file=sys.stderr)
        sys.exit(1)
