"""Calls every operation of a Python client generated from openapi/extend-cancel.yaml
(openapi-python-client) against a loopback server, and checks the parsed objects: the cancel
functions of the seven kinds (extract, classify, split, workflow, parse, verify, legacy
processor), their retrieve functions (the run's final state after a cancel) and the batch
lookup, and the list functions (the runs to cancel; the legacy processor list too), whose every
query filter is checked on the wire.

The server serves, per operation (for a list, the run is the page's one summary):
  * the example embedded in the spec (cancel classify: seed004, cancel processor: seed003, each
    list but the verify runs': `processing`, the batch lookup: `processing`), or, where there is
    none, a minimal body built from the schema's required properties;
  * the same run with a `status` and a `failureReason` the spec does not list ("ARCHIVED",
    "QUOTA_EXCEEDED"; the failure reason where the run has one) and a property the spec does
    not know: a value the API adds later must not break a client generated from the spec;
  * the same run in the statuses a cancel of that kind may answer beyond PROCESSING
    (EXTRA_STATUSES: a workflow run `CANCELLING`, a parse run `CANCELLED`, which the parse
    status enumeration does not list, a verify run `CANCELLED`);
  * the same run with every nullable property `null`, as the API sends them for a run that is
    still processing;
  * "full" bodies, derived from the schema: every property present, optional ones included,
    all the way down (one body taking the first member of each union of schemas, one the last,
    so that both shapes of the extract output and config, all legacy outputs and configs, and
    both kinds of `createdBy` are served);
  * for each optional property of each object in those full bodies (top-level and nested), the
    full body without that one key (not for a retrieve, whose model is its cancel's);
  * the full bodies with an unknown value in every growing enumeration
    (`anyOf: [{type: string, enum}, {type: string}]`), and with an unknown property in every
    object that has declared properties.

Each served body is first validated against the spec with openapi-schema-validator's
OAS30Validator (strict OpenAPI 3.0.3; see oas30_check.py), so the test never serves something
the contract forbids. For every body the parsed object must give back what was served:
`to_dict()` equals the body (timestamps compared as instants), so a key left out parses as
UNSET, an unknown value is kept as a string and an unknown property in `additional_properties`;
a top-level key left out is also checked to be UNSET on the parsed run.

Usage: python python_client_check.py --spec openapi/extend-cancel.yaml --client DIR
where DIR is the package folder written by `openapi-python-client generate --meta none`.
Standard library plus what openapi-python-client and its generated client already need, and
openapi-schema-validator (contract/crosslang/requirements.in).
"""

from __future__ import annotations

import argparse
import copy
import datetime
import enum
import importlib
import json
import re
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import NamedTuple
from urllib.parse import parse_qs, urlsplit

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from oas30_check import Checker  # the OAS30Validator wrapper next to this file

API_KEY = "sk_test_crosslang"
UNKNOWN_STATUS = "ARCHIVED"
UNKNOWN_FAILURE_REASON = "QUOTA_EXCEEDED"
UNKNOWN_ENUM_VALUE = "VALUE_ADDED_LATER"
UNKNOWN_PROPERTY = ("someFieldAddedLater", {"nested": [1, 2, 3]})
TIMESTAMP = "2024-03-21T16:45:00Z"
NULL_BRANCH = {"enum": [None]}



class Endpoint(NamedTuple):
    kind: str  # "cancel" (POST /{segment}/{id}/cancel), "retrieve" (GET /{segment}/{id}), "list" (GET /{segment})
    segment: str
    operation_id: str
    module: str  # the generated module under api/ (its tag, then the operation)
    schema: str  # of the 200 response
    prefix: str  # of the run ids
    seed: str | None  # the embedded example served first

    def key(self, run_id: str) -> str:
        """The request that asks for the run `run_id` (a list page is asked for by its token)."""
        if self.kind == "cancel":
            return f"POST /{self.segment}/{run_id}/cancel"
        if self.kind == "retrieve":
            return f"GET /{self.segment}/{run_id}"
        return f"GET /{self.segment}?nextPageToken={run_id}"


ENDPOINTS = [
    Endpoint("cancel", "extract_runs", "cancelExtractRun", "runs.cancel_extract_run", "ExtractRun", "exr_", None),
    Endpoint("cancel", "classify_runs", "cancelClassifyRun", "runs.cancel_classify_run", "ClassifyRun", "clr_", "seed004"),
    Endpoint("cancel", "split_runs", "cancelSplitRun", "runs.cancel_split_run", "SplitRun", "splr_", None),
    Endpoint(
        "cancel", "processor_runs", "cancelProcessorRun", "runs.cancel_processor_run", "ProcessorRunCancelResponse", "dpr_", "seed003"
    ),
    Endpoint("cancel", "workflow_runs", "cancelWorkflowRun", "runs.cancel_workflow_run", "WorkflowRun", "workflow_run_", None),
    Endpoint("cancel", "parse_runs", "cancelParseRun", "runs.cancel_parse_run", "ParseRun", "pr_", None),
    Endpoint("cancel", "verify_runs", "cancelVerifyRun", "runs.cancel_verify_run", "VerifyRun", "vr_", None),
    Endpoint("retrieve", "extract_runs", "retrieveExtractRun", "lookup.retrieve_extract_run", "ExtractRun", "exr_", None),
    Endpoint("retrieve", "classify_runs", "retrieveClassifyRun", "lookup.retrieve_classify_run", "ClassifyRun", "clr_", None),
    Endpoint("retrieve", "split_runs", "retrieveSplitRun", "lookup.retrieve_split_run", "SplitRun", "splr_", None),
    Endpoint(
        "retrieve", "processor_runs", "retrieveProcessorRun", "lookup.retrieve_processor_run", "ProcessorRunGetResponse", "dpr_", None
    ),
    Endpoint("retrieve", "workflow_runs", "retrieveWorkflowRun", "lookup.retrieve_workflow_run", "WorkflowRun", "workflow_run_", None),
    Endpoint("retrieve", "parse_runs", "retrieveParseRun", "lookup.retrieve_parse_run", "ParseRun", "pr_", None),
    Endpoint("retrieve", "verify_runs", "retrieveVerifyRun", "lookup.retrieve_verify_run", "VerifyRun", "vr_", None),
    Endpoint("retrieve", "batch_runs", "retrieveBatchRun", "lookup.retrieve_batch_run", "BatchRun", "bpr_", "processing"),
    Endpoint("list", "extract_runs", "listExtractRuns", "lookup.list_extract_runs", "ExtractRunsListResponse", "exr_", "processing"),
    Endpoint("list", "classify_runs", "listClassifyRuns", "lookup.list_classify_runs", "ClassifyRunsListResponse", "clr_", "processing"),
    Endpoint("list", "split_runs", "listSplitRuns", "lookup.list_split_runs", "SplitRunsListResponse", "splr_", "processing"),
    Endpoint("list", "workflow_runs", "listWorkflowRuns", "lookup.list_workflow_runs", "WorkflowRunsListResponse", "workflow_run_", "processing"),
    Endpoint("list", "parse_runs", "listParseRuns", "lookup.list_parse_runs", "ParseRunsListResponse", "pr_", "processing"),
    Endpoint("list", "verify_runs", "listVerifyRuns", "lookup.list_verify_runs", "VerifyRunsListResponse", "vr_", None),
    Endpoint("list", "processor_runs", "listProcessorRuns", "lookup.list_processor_runs", "ProcessorRunsListResponse", "dpr_", "processing"),
]

# The value every list call sends for each of its query filters (by wire name; the Python
# argument is its snake_case): a growing enumeration with a value the spec does not list too,
# which must reach the server unchanged. Each list sends every filter its operation declares
# (list_filters), and the page token.
FILTER_VALUES = {
    "status": "PROCESSING",
    "extractorId": "ex_BMdfq_yWM3sT-ZzvCnA3f",
    "classifierId": "cl_BMdfq_yWM3sT-ZzvCnA3f",
    "splitterId": "spl_BMdfq_yWM3sT-ZzvCnA3f",
    "workflowId": "workflow_BMdfq_yWM3sT-ZzvCnA3f",
    "processorId": "ex_BMdfq_yWM3sT-ZzvCnA3f",
    "processorType": "EXTRACT",
    "batchId": "bpr_Xj8mK2pL9nR4vT7qY5wZ",
    "sourceId": "workflow_run_123",
    "source": UNKNOWN_ENUM_VALUE,
    "riskLevel": UNKNOWN_ENUM_VALUE,
    "fileNameContains": "invoice",
    "sortBy": "createdAt",
    "sortDir": "desc",
    "maxPageSize": 50,
}

# The statuses a cancel may answer beyond PROCESSING, served once each (cancel and retrieve): a
# workflow run being cancelled, a parse run cancelled although the published parse status
# enumeration has no CANCELLED (an open enumeration keeps it), a cancelled verify run.
EXTRA_STATUSES = {
    "workflow_runs": ["CANCELLING", "CANCELLED"],
    "parse_runs": ["CANCELLED"],
    "verify_runs": ["CANCELLED"],
}

# The key of a page's runs: `data`, or `processorRuns` on the legacy processor list.
PAGE_ITEMS = ("data", "processorRuns")


class Spec:
    def __init__(self, path: Path):
        self.doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        self.schemas = self.doc["components"]["schemas"]
        self.checker = Checker(path)

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

    @staticmethod
    def is_null_branch(node) -> bool:
        return node == NULL_BRANCH

    def branches(self, node: dict) -> list[dict]:
        """The non-null members of a node's anyOf/oneOf (a nullable reference has one)."""
        for key in ("anyOf", "oneOf"):
            if key in node:
                return [sub for sub in node[key] if not self.is_null_branch(sub)]
        return []

    @staticmethod
    def is_growing_enum(node: dict) -> bool:
        members = node.get("anyOf", [])
        return (
            len(members) == 2
            and "enum" in members[0]
            and members[1] == {"type": "string"}
        )

    def is_nullable(self, node: dict) -> bool:
        return node.get("nullable") is True or any(self.is_null_branch(s) for s in node.get("anyOf", []))

    def minimal(self, node: dict):
        """The smallest instance with every required property, for schemas of this spec."""
        node = self.resolve(node)
        for key in ("allOf", "anyOf", "oneOf"):
            if key in node:
                return self.minimal(self.branches(node)[0] if key != "allOf" else node[key][0])
        if "enum" in node:
            return node["enum"][0]
        kind = node.get("type")
        if kind == "object":
            props = node.get("properties", {})
            return {name: self.minimal(props[name]) for name in node.get("required", [])}
        if kind == "array":
            return []
        if kind == "string":
            return TIMESTAMP if node.get("format") == "date-time" else "string"
        if kind == "integer":
            return 1
        if kind == "number":
            return 1.5
        if kind == "boolean":
            return False
        raise ValueError(f"cannot build a minimal instance of {node}")

    def full(self, node: dict, last: bool, stack: tuple = ()):
        """An instance with every property (optional ones too), recursively. A union of schemas
        takes its first member (or, with `last`, its last); a growing enumeration its first known
        value; a map one entry; an array one item. A schema that contains itself is built
        minimal the second time."""
        if "$ref" in node:
            if node["$ref"] in stack:
                return self.minimal(node)
            stack = (*stack, node["$ref"])
            node = self.resolve(node)
        if self.is_growing_enum(node):
            return node["anyOf"][0]["enum"][0]
        members = self.branches(node)
        if members:
            refs_only = all("$ref" in m for m in members)
            return self.full(members[-1] if last and refs_only else members[0], last, stack)
        if "allOf" in node:
            return self.full(node["allOf"][0], last, stack)
        if "enum" in node:
            return node["enum"][0]
        kind = node.get("type")
        if kind == "object" or "properties" in node:
            out = {name: self.full(sub, last, stack) for name, sub in node.get("properties", {}).items()}
            extra = node.get("additionalProperties")
            if isinstance(extra, dict) and "properties" not in node:
                out["entry"] = self.full(extra, last, stack)
            return out
        if kind == "array":
            return [self.full(node["items"], last, stack)]
        if kind == "boolean":
            return True
        if kind is None:
            return "any JSON value"
        return self.minimal(node)

    def walk(self, node: dict, instance, path: tuple, visit, last: bool) -> None:
        """Calls `visit(path, object_schema, instance)` for each object in `instance` (built by
        `full` with the same `last`), descending the way `full` built it."""
        if "$ref" in node:
            node = self.resolve(node)
        if self.is_growing_enum(node):
            return
        members = self.branches(node)
        if members:
            refs_only = all("$ref" in m for m in members)
            self.walk(members[-1] if last and refs_only else members[0], instance, path, visit, last)
            return
        if "allOf" in node:
            self.walk(node["allOf"][0], instance, path, visit, last)
            return
        if isinstance(instance, dict):
            props = node.get("properties", {})
            if props:
                visit(path, node, instance)
            for key, value in instance.items():
                if key in props:
                    self.walk(props[key], value, (*path, key), visit, last)
                elif isinstance(node.get("additionalProperties"), dict):
                    self.walk(node["additionalProperties"], value, (*path, key), visit, last)
        elif isinstance(instance, list) and "items" in node:
            for i, value in enumerate(instance):
                self.walk(node["items"], value, (*path, i), visit, last)

    def optional_paths(self, top: dict, instance, last: bool) -> list[tuple]:
        """The path of every optional property present in `instance`, at any depth."""
        out: list[tuple] = []

        def visit(path, node, value):
            out.extend((*path, name) for name in value if name not in node.get("required", []))

        self.walk(top, instance, (), visit, last)
        return out

    def object_paths(self, top: dict, instance, last: bool) -> list[tuple]:
        """The path of every object with declared properties in `instance`."""
        out: list[tuple] = []
        self.walk(top, instance, (), lambda path, node, value: out.append(path), last)
        return out

    def growing_enum_paths(self, node: dict, instance, path: tuple, last: bool, out: list) -> None:
        """The paths of `instance` that hold a growing enumeration's value."""
        if "$ref" in node:
            node = self.resolve(node)
        if self.is_growing_enum(node):
            out.append(path)
            return
        members = self.branches(node)
        if members:
            refs_only = all("$ref" in m for m in members)
            self.growing_enum_paths(members[-1] if last and refs_only else members[0], instance, path, last, out)
        elif "allOf" in node:
            self.growing_enum_paths(node["allOf"][0], instance, path, last, out)
        elif isinstance(instance, dict):
            props = node.get("properties", {})
            for key, value in instance.items():
                sub = props.get(key, node.get("additionalProperties") if isinstance(node.get("additionalProperties"), dict) else None)
                if sub is not None:
                    self.growing_enum_paths(sub, value, (*path, key), last, out)
        elif isinstance(instance, list) and "items" in node:
            for i, value in enumerate(instance):
                self.growing_enum_paths(node["items"], value, (*path, i), last, out)

    def run_schema(self, schema_name: str) -> str:
        """The schema of the run in a response: the wrapped legacy run, a page's summaries, or the
        response itself."""
        props = self.schemas[schema_name].get("properties", {})
        if "processorRun" in props:
            return props["processorRun"]["$ref"].rsplit("/", 1)[-1]
        for items in PAGE_ITEMS:
            if items in props:
                return props[items]["items"]["$ref"].rsplit("/", 1)[-1]
        return schema_name

    def status_values(self, schema_name: str) -> list[str]:
        """The values a run schema's growing `status` enumeration lists."""
        node = self.resolve(self.schemas[schema_name]["properties"]["status"])
        return node["anyOf"][0]["enum"] if self.is_growing_enum(node) else []

    def list_filters(self, operation_id: str) -> list[tuple[str, str, object]]:
        """(Python argument, wire name, value) of every query filter of a list operation but the
        page token, which every call sends too."""
        _, op = self.operation(operation_id)
        out = []
        for param in op.get("parameters", []):
            param = self.resolve(param)
            if param["in"] == "query" and param["name"] != "nextPageToken":
                wire = param["name"]
                out.append((re.sub(r"(?<!^)(?=[A-Z])", "_", wire).lower(), wire, FILTER_VALUES[wire]))
        return out

    def nullable_properties(self, schema_name: str) -> list[str]:
        props = self.schemas[schema_name].get("properties", {})
        return [name for name, node in props.items() if self.is_nullable(node)]

    def validate(self, schema_name: str, instance, what: str) -> None:
        before = len(self.checker.failures)
        self.checker.validate({"$ref": f"#/components/schemas/{schema_name}"}, instance, what)
        if len(self.checker.failures) > before:
            lines = "\n".join(f"  {f}" for f in self.checker.failures[before:])
            raise AssertionError(f"the served {schema_name} body does not match the spec:\n{lines}")


def get(instance, path: tuple):
    for key in path:
        instance = instance[key]
    return instance


def page_items(body: dict) -> str:
    """The key of a page's runs."""
    return next(items for items in PAGE_ITEMS if items in body)


def run_of(body: dict, endpoint: Endpoint) -> dict:
    """The run object inside a response body (the processor endpoints wrap it, a list page holds
    it as its one summary)."""
    if "processorRun" in body:
        return body["processorRun"]
    return body[page_items(body)][0] if endpoint.kind == "list" else body


class Bodies:
    """`{request key: (body, what, endpoint)}` for every request the client will make."""

    def __init__(self):
        self.served: dict[str, tuple[dict, str, Endpoint]] = {}

    def add(self, endpoint: Endpoint, body: dict, run_id: str, what: str) -> None:
        run_of(body, endpoint)["id"] = run_id
        key = endpoint.key(run_id)
        assert key not in self.served, key
        self.served[key] = (body, what, endpoint)


def bodies(spec: Spec) -> dict[str, tuple[dict, str, Endpoint]]:
    out = Bodies()
    for endpoint in ENDPOINTS:
        schema, prefix, seed = endpoint.schema, endpoint.prefix, endpoint.seed
        run_schema = spec.run_schema(schema)
        if seed:
            body = spec.example(endpoint.operation_id, seed)
        else:
            body = spec.minimal({"$ref": f"#/components/schemas/{schema}"})
            if endpoint.kind == "list":  # a minimal page has no run; give it one minimal summary
                body[page_items(body)] = [spec.minimal({"$ref": f"#/components/schemas/{run_schema}"})]
        run = run_of(body, endpoint)
        if not seed:
            run["status"] = "PROCESSING"
        out.add(endpoint, body, run.get("id") if seed else f"{prefix}Xj8mK2pL9nR4vT7qY5wZ", seed or "minimal")

        future = copy.deepcopy(body)
        future_run = run_of(future, endpoint)
        future_run["status"] = UNKNOWN_STATUS
        if "failureReason" in spec.schemas[run_schema]["properties"]:
            future_run["failureReason"] = UNKNOWN_FAILURE_REASON
        future_run[UNKNOWN_PROPERTY[0]] = UNKNOWN_PROPERTY[1]
        out.add(endpoint, future, f"{prefix}future", "unknown status, failure reason and property")

        # The statuses a cancel of this kind may answer besides PROCESSING.
        if endpoint.kind != "list":
            for status in EXTRA_STATUSES.get(endpoint.segment, []):
                other = copy.deepcopy(body)
                run_of(other, endpoint)["status"] = status
                out.add(endpoint, other, f"{prefix}{status.lower()}", f"status {status}")

        # The run's nullable properties, and the response's own (a page's nextPageToken).
        nullable = spec.nullable_properties(run_schema)
        outer = spec.nullable_properties(schema) if run_schema != schema else []
        if nullable or outer:  # the legacy run has no nullable property
            nulls = copy.deepcopy(body)
            for name in nullable:
                run_of(nulls, endpoint)[name] = None
            for name in outer:
                nulls[name] = None
            out.add(endpoint, nulls, f"{prefix}nulls", f"{len(nullable) + len(outer)} nullable properties null")

        for last in (False, True):
            shape = "last" if last else "first"
            top = {"$ref": f"#/components/schemas/{schema}"}
            full = spec.full(top, last)
            run_of(full, endpoint)["status"] = "PROCESSING"
            out.add(endpoint, full, f"{prefix}full_{shape}", f"every property ({shape} union members)")

            # One body per optional property: the full body without that key. Not again for a
            # retrieve of a run that a cancel returns too: it parses with the same generated model
            # of the run as that cancel (the check asserts the model), which has already been
            # served each of these. The batch lookup has no cancel: it gets them.
            covered = endpoint.kind == "retrieve" and any(
                e.kind == "cancel" and spec.run_schema(e.schema) == run_schema for e in ENDPOINTS
            )
            paths = spec.optional_paths(top, full, last) if not covered else []
            for i, path in enumerate(paths):
                without = copy.deepcopy(full)
                del get(without, path[:-1])[path[-1]]
                out.add(endpoint, without, f"{prefix}{shape}_without_{i}", "without " + "/".join(map(str, path)))

            # Every growing enumeration with a value the spec does not list.
            enums: list[tuple] = []
            spec.growing_enum_paths(top, full, (), last, enums)
            unknown = copy.deepcopy(full)
            for path in enums:
                get(unknown, path[:-1])[path[-1]] = UNKNOWN_ENUM_VALUE
            out.add(endpoint, unknown, f"{prefix}{shape}_unknown_enums", f"{len(enums)} unknown enum values")

            # Every object with declared properties gets a property the spec does not know.
            objects = spec.object_paths(top, full, last)
            extra = copy.deepcopy(full)
            for path in objects:
                get(extra, path)[UNKNOWN_PROPERTY[0]] = copy.deepcopy(UNKNOWN_PROPERTY[1])
            out.add(endpoint, extra, f"{prefix}{shape}_unknown_fields", f"{len(objects)} unknown properties")

    for key, (body, what, endpoint) in out.served.items():
        spec.validate(endpoint.schema, body, f"{key} ({what})")
    return out.served


def request_key(method: str, target: str) -> tuple[str, dict[str, list[str]]]:
    """The key of a request (Endpoint.key), and its query parameters."""
    url = urlsplit(target)
    query = parse_qs(url.query, keep_blank_values=True)
    token = query.get("nextPageToken")
    return (f"{method} {url.path}?nextPageToken={token[0]}" if token else f"{method} {url.path}"), query


def serve(responses: dict[str, tuple[dict, str, Endpoint]]):
    requests = []

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):
            self.answer("GET")

        def do_POST(self):
            self.answer("POST")

        def answer(self, method: str):
            length = int(self.headers.get("content-length") or 0)
            if length:
                self.rfile.read(length)
            key, query = request_key(method, self.path)
            requests.append((key, query, {k.lower(): v for k, v in self.headers.items()}))
            body = responses.get(key)
            status = 200 if body is not None else 404
            payload = json.dumps(body[0] if body is not None else {"code": "NOT_FOUND"}).encode()
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


RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def normalized(value):
    """JSON with timestamps as instants, so that `Z` and `+00:00` compare equal."""
    if isinstance(value, dict):
        return {k: normalized(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalized(v) for v in value]
    if isinstance(value, str) and RFC3339.match(value):
        return datetime.datetime.fromisoformat(value)  # Python 3.11 reads a trailing Z
    return value


def difference(served, parsed, path="") -> str | None:
    """The first place where `parsed` (to_dict of the parsed object) differs from `served`."""
    if isinstance(served, dict) and isinstance(parsed, dict):
        for key in sorted(set(served) | set(parsed)):
            if key not in parsed:
                return f"{path}/{key}: served, missing after parsing"
            if key not in served:
                return f"{path}/{key}: not served, present after parsing as {parsed[key]!r}"
            found = difference(served[key], parsed[key], f"{path}/{key}")
            if found:
                return found
        return None
    if isinstance(served, list) and isinstance(parsed, list) and len(served) == len(parsed):
        for i, (a, b) in enumerate(zip(served, parsed)):
            found = difference(a, b, f"{path}/{i}")
            if found:
                return found
        return None
    return None if served == parsed else f"{path or '/'}: served {served!r}, parsed {parsed!r}"


def attribute(instance, name: str):
    """The attribute of a generated model for the JSON property `name` (`object` -> `object_`)."""
    python = re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
    return getattr(instance, python) if hasattr(instance, python) else getattr(instance, f"{python}_")


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
    unset = importlib.import_module(f"{package}.types").UNSET

    server, requests = serve(responses)
    base_url = f"http://127.0.0.1:{server.server_address[1]}"
    client = client_module.AuthenticatedClient(base_url=base_url, token=API_KEY, raise_on_unexpected_status=True)
    checked: dict[str, int] = {}
    try:
        for endpoint in ENDPOINTS:
            module_name, schema = endpoint.module, endpoint.schema
            function = importlib.import_module(f"{package}.api.{module_name}")
            model = getattr(models, schema)
            declared = spec.schemas[spec.run_schema(schema)]["properties"]
            known_statuses = spec.status_values(spec.run_schema(schema))
            filters = spec.list_filters(endpoint.operation_id) if endpoint.kind == "list" else []
            for key, (body, what, served_by) in responses.items():
                if served_by is not endpoint:
                    continue
                served = run_of(body, endpoint)
                run_id = served["id"]
                where = f"{module_name}.sync_detailed({run_id!r}) [{what}]"

                try:
                    if endpoint.kind == "list":
                        arguments = {name: value for name, _, value in filters}
                        response = function.sync_detailed(client=client, next_page_token=run_id, **arguments)
                    else:
                        response = function.sync_detailed(run_id, client=client)
                except Exception as error:  # the generated parser raises KeyError, TypeError, ...
                    raise AssertionError(f"{where}: the client cannot parse the body: {error!r}") from error
                assert int(response.status_code) == 200, f"{where}: status {response.status_code}"
                parsed = response.parsed
                assert isinstance(parsed, model), f"{where}: parsed {type(parsed).__name__}, not {schema}"
                if "success" in body:
                    assert parsed.success is body["success"], f"{where}: success {parsed.success!r}"
                if "processorRun" in body:
                    run = parsed.processor_run
                elif endpoint.kind == "list":
                    items = attribute(parsed, page_items(body))
                    assert len(items) == 1, f"{where}: {len(items)} summaries parsed"
                    run = items[0]
                else:
                    run = parsed
                assert run.id == run_id, f"{where}: id {run.id!r}"
                assert plain(run.status) == served["status"], f"{where}: status {run.status!r}"
                # A value the spec lists parses as its enum member; any other stays a plain string.
                known = served["status"] in known_statuses
                assert isinstance(run.status, enum.Enum) == known, (
                    f"{where}: status {served['status']!r} parsed as {type(run.status).__name__}"
                )
                if "failureReason" in served:
                    got = plain(run.failure_reason)
                    assert got == served["failureReason"], f"{where}: failureReason {got!r}"
                for name in declared:
                    got = attribute(run, name)
                    if name not in served:
                        assert got is unset, f"{where}: {name} left out parsed as {got!r}, not UNSET"
                    elif served[name] is None:
                        assert got is None, f"{where}: {name} served as null parsed as {got!r}"
                if UNKNOWN_PROPERTY[0] in served:
                    extra = run.additional_properties.get(UNKNOWN_PROPERTY[0])
                    assert extra == UNKNOWN_PROPERTY[1], f"{where}: unknown property kept as {extra!r}"
                # The parsed object holds exactly what was served, nested objects included.
                found = difference(normalized(body), normalized(parsed.to_dict()))
                assert found is None, f"{where}: parsed object differs from the body: {found}"

                sent_key, query, headers = requests[-1]
                assert sent_key == key, f"{where}: requested {sent_key}"
                if endpoint.kind == "list":  # every filter on the wire, by its wire name
                    expected = {wire: [str(value)] for _, wire, value in filters} | {"nextPageToken": [run_id]}
                    assert query == expected, f"{where}: query {query}, expected {expected}"
                else:
                    assert not query, f"{where}: unexpected query {query}"
                assert headers.get("authorization") == f"Bearer {API_KEY}", f"{where}: no bearer token"
                version = spec.api_version_default(endpoint.operation_id)
                assert headers.get("x-extend-api-version") == version, (
                    f"{where}: x-extend-api-version {headers.get('x-extend-api-version')!r}, spec default {version!r}"
                )
                kind = re.sub(r"_\d+$", "", what.split(" ")[0]) if what.startswith("without") else what
                checked[f"{endpoint.operation_id}: {kind}"] = checked.get(f"{endpoint.operation_id}: {kind}", 0) + 1
    finally:
        server.shutdown()

    for line, count in checked.items():
        print(f"  ok  {count:4d} x {line}")
    print(
        f"python client: {sum(checked.values())} cancel, retrieve and list calls of {len(ENDPOINTS)} operations parsed "
        "as served (seeds and examples, minimal and full runs and pages, each optional key left out, unknown enum values "
        "and properties, nulls, the statuses a cancel may answer; every list filter checked on the wire)"
    )
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except AssertionError as error:
        print(f"python client check FAILED: {error}", file=sys.stderr)
        sys.exit(1)
