"""Drives the Python client generated from openapi/extend-cancel.yaml (openapi-python-client,
pinned in contract/sdk/requirements.txt) against `extend-cancel sandbox`: for each of the four
kinds of run, the cancel function parses the typed run for a PROCESSING run (200), and the
spec's `ErrorBody` for a run in another status (400), an unknown id (404) and a wrong key (401);
for a wrong workspace (403), `ErrorBody` on the three endpoints whose spec lists 403, and
`errors.UnexpectedStatus` (with `raise_on_unexpected_status`) on the processor-run endpoint,
whose spec lists 400, 401 and 404 only, as Extend documents it.

Usage (by .ci/sdk-check): EXTEND_BASE_URL=... EXTEND_API_KEY=... EXTEND_WORKSPACE_ID=... \
    python generated_python.py --client DIR
where DIR is the package folder written by `openapi-python-client generate --meta none`.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from checks import API_KEY, BASE_URL, KINDS, WRONG_KEY, WRONG_WORKSPACE, Checks  # noqa: E402

# kind -> (the generated module of its cancel, the model its 200 parses to)
OPERATIONS = {
    "extract": ("cancel_extract_run", "ExtractRun"),
    "classify": ("cancel_classify_run", "ClassifyRun"),
    "split": ("cancel_split_run", "SplitRun"),
    "processor": ("cancel_processor_run", "ProcessorRunCancelResponse"),
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--client", type=Path, required=True, help="the generated package's folder")
    args = parser.parse_args()
    sys.path.insert(0, str(args.client.parent))
    package = args.client.name
    generated = importlib.import_module(package)
    errors = importlib.import_module(f"{package}.errors")
    models = importlib.import_module(f"{package}.models")

    def operation_module(name: str) -> Any:
        # Grouped by the operation's tag (api/<tag>/<operation>.py); the tag is not the contract.
        api = importlib.import_module(f"{package}.api")
        for group in pkgutil.iter_modules(api.__path__):
            if (Path(api.__path__[0]) / group.name / f"{name}.py").exists():
                return importlib.import_module(f"{package}.api.{group.name}.{name}")
        raise LookupError(f"the generated client has no operation module {name}")

    client = generated.AuthenticatedClient(base_url=BASE_URL, token=API_KEY, raise_on_unexpected_status=True)
    wrong_key = generated.AuthenticatedClient(base_url=BASE_URL, token=WRONG_KEY, raise_on_unexpected_status=True)

    def status_of(run: Any) -> str:
        # A growing enumeration parses to the enum's member, or to the string for a new value.
        return getattr(run.status, "value", run.status)

    def cancelled(model: type, run_id: str):
        def verify(response: Any) -> str | None:
            if isinstance(response, BaseException):
                return f"raised {type(response).__name__}: {response}"
            parsed = response.parsed
            if response.status_code != 200 or type(parsed) is not model:
                return f"expected 200 {model.__name__}, got {response.status_code} {type(parsed).__name__}"
            run = parsed.processor_run if model.__name__ == "ProcessorRunCancelResponse" else parsed
            if (run.id, status_of(run)) != (run_id, "CANCELLED"):
                return f"expected {run_id} CANCELLED, got {run.id} {status_of(run)}"
            return None

        return verify

    def error_body(status: int, code: str | None):
        """The spec's ErrorBody, with the 2026 `code`, or for the 2025 shape `success: false` and
        an `error` message."""

        def verify(response: Any) -> str | None:
            if isinstance(response, BaseException):
                return f"raised {type(response).__name__}: {response}"
            body = response.parsed
            if response.status_code != status or type(body) is not models.ErrorBody:
                return f"expected {status} ErrorBody, got {response.status_code} {type(body).__name__}"
            if code is not None and body.code != code:
                return f"expected code {code}, got {body.code!r}"
            if code is None and (body.success is not False or not isinstance(body.error, str)):
                return f"expected the 2025 shape {{success: false, error}}, got {body.to_dict()}"
            return None

        return verify

    def unexpected_status(status: int):
        def verify(outcome: Any) -> str | None:
            if type(outcome) is not errors.UnexpectedStatus:
                return f"expected UnexpectedStatus, got {type(outcome).__name__}: {outcome}"
            return None if outcome.status_code == status else f"expected {status}, got {outcome.status_code}"

        return verify

    checks = Checks("Python client generated from openapi/extend-cancel.yaml")
    for kind, prefix in KINDS:
        module_name, model_name = OPERATIONS[kind]
        operation = operation_module(module_name)
        model = getattr(models, model_name)
        legacy = kind == "processor"
        processing, processed, unknown = f"{prefix}processing", f"{prefix}processed", f"{prefix}does_not_exist"
        checks.check(
            f"{module_name}({processing!r})",
            lambda: operation.sync_detailed(processing, client=client),
            cancelled(model, processing),
        )
        checks.check(
            f"{module_name}({processed!r})",
            lambda: operation.sync_detailed(processed, client=client),
            error_body(400, None if legacy else "INVALID_REQUEST"),
        )
        checks.check(
            f"{module_name}({unknown!r})",
            lambda: operation.sync_detailed(unknown, client=client),
            error_body(404, None if legacy else "NOT_FOUND"),
        )
        checks.check(
            f"{module_name}({processed!r}) with a wrong key",
            lambda: operation.sync_detailed(processed, client=wrong_key),
            error_body(401, None if legacy else "UNAUTHORIZED"),
        )
        checks.check(
            f"{module_name}({processed!r}, x_extend_workspace_id={WRONG_WORKSPACE!r})",
            lambda: operation.sync_detailed(processed, client=client, x_extend_workspace_id=WRONG_WORKSPACE),
            unexpected_status(403) if legacy else error_body(403, "FORBIDDEN"),
        )
    checks.finish()


if __name__ == "__main__":
    main()
