"""Drives the Python client generated from openapi/extend-cancel.yaml (openapi-python-client,
pinned in contract/sdk/requirements.txt) against `extend-cancel sandbox`, for each of the four
kinds of run:

  * retrieve: the typed run as it is now (200), and the spec's `ErrorBody` for an unknown id
    (404);
  * list (extract, classify and split runs, as the spec describes): typed pages, every seeded
    run of the kind across pages of two, a status filter, and `ErrorBody` for a wrong key (401);
  * cancel: the typed run for a PROCESSING run (200), and `ErrorBody` for a run in another
    status (400), an unknown id (404) and a wrong key (401); for a wrong workspace (403),
    `ErrorBody` on the three endpoints whose spec lists 403, and `errors.UnexpectedStatus`
    (with `raise_on_unexpected_status`) on the processor-run endpoint, whose spec lists 400,
    401 and 404 only, as Extend documents it.

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
from checks import (  # noqa: E402
    API_KEY,
    BASE_URL,
    KINDS,
    PAGE_SIZE,
    WRONG_KEY,
    WRONG_WORKSPACE,
    Checks,
    list_all,
    seeded_ids,
)

# kind -> the model the cancel's 200 parses to, the retrieve's, and the list page's (None: the
# spec lists no such runs). The operations are named after the spec's operationIds:
# cancel_extract_run, retrieve_extract_run, list_extract_runs...
MODELS = {
    "extract": ("ExtractRun", "ExtractRun", "ExtractRunsListResponse"),
    "classify": ("ClassifyRun", "ClassifyRun", "ClassifyRunsListResponse"),
    "split": ("SplitRun", "SplitRun", "SplitRunsListResponse"),
    "processor": ("ProcessorRunCancelResponse", "ProcessorRunGetResponse", None),
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

    def run_in(model: type, run_id: str, status: str):
        """200, the model, and the run (in the processor wrapper) with this id and status."""

        def verify(response: Any) -> str | None:
            if isinstance(response, BaseException):
                return f"raised {type(response).__name__}: {response}"
            parsed = response.parsed
            if response.status_code != 200 or type(parsed) is not model:
                return f"expected 200 {model.__name__}, got {response.status_code} {type(parsed).__name__}"
            run = getattr(parsed, "processor_run", parsed)
            if (run.id, status_of(run)) != (run_id, status):
                return f"expected {run_id} {status}, got {run.id} {status_of(run)}"
            return None

        return verify

    def pages_of(model: type, ids: list[str], count: int):
        """200 pages of the model whose runs are exactly `ids`, in `count` pages."""

        def verify(responses: Any) -> str | None:
            if isinstance(responses, BaseException):
                return f"raised {type(responses).__name__}: {responses}"
            if any(r.status_code != 200 or type(r.parsed) is not model for r in responses):
                return f"expected 200 {model.__name__} pages, got {[(r.status_code, type(r.parsed).__name__) for r in responses]}"
            got = sorted(run.id for r in responses for run in r.parsed.data)
            if got != ids:
                return f"expected {ids}, got {got}"
            return None if len(responses) == count else f"expected {count} pages, got {len(responses)}"

        return verify

    def next_token(response: Any) -> str | None:
        token = response.parsed.next_page_token
        return token if isinstance(token, str) else None

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
        cancel_model, retrieve_model, page_model = (getattr(models, m) if m else None for m in MODELS[kind])
        cancel_name, retrieve_name, list_name = f"cancel_{kind}_run", f"retrieve_{kind}_run", f"list_{kind}_runs"
        cancel, retrieve = operation_module(cancel_name), operation_module(retrieve_name)
        legacy = kind == "processor"
        processing, processed, unknown = f"{prefix}processing", f"{prefix}processed", f"{prefix}does_not_exist"

        checks.check(
            f"{retrieve_name}({processed!r})",
            lambda: retrieve.sync_detailed(processed, client=client),
            run_in(retrieve_model, processed, "PROCESSED"),
        )
        checks.check(
            f"{retrieve_name}({unknown!r})",
            lambda: retrieve.sync_detailed(unknown, client=client),
            error_body(404, None if legacy else "NOT_FOUND"),
        )
        if page_model is not None:
            listing = operation_module(list_name)
            checks.check(
                f"{list_name}(max_page_size={PAGE_SIZE}, next_page_token=...) over every page",
                lambda: list_all(
                    lambda token: listing.sync_detailed(client=client, max_page_size=PAGE_SIZE, **({"next_page_token": token} if token else {})),
                    next_token,
                ),
                pages_of(page_model, seeded_ids(prefix), 3),
            )
            checks.check(
                f"{list_name}(status='PROCESSING')",
                lambda: [listing.sync_detailed(client=client, status="PROCESSING")],
                pages_of(page_model, [processing], 1),
            )
            checks.check(
                f"{list_name}() with a wrong key",
                lambda: listing.sync_detailed(client=wrong_key),
                error_body(401, "UNAUTHORIZED"),
            )

        checks.check(
            f"{cancel_name}({processing!r})",
            lambda: cancel.sync_detailed(processing, client=client),
            run_in(cancel_model, processing, "CANCELLED"),
        )
        checks.check(
            f"{retrieve_name}({processing!r}) after",
            lambda: retrieve.sync_detailed(processing, client=client),
            run_in(retrieve_model, processing, "CANCELLED"),
        )
        checks.check(
            f"{cancel_name}({processed!r})",
            lambda: cancel.sync_detailed(processed, client=client),
            error_body(400, None if legacy else "INVALID_REQUEST"),
        )
        checks.check(
            f"{cancel_name}({unknown!r})",
            lambda: cancel.sync_detailed(unknown, client=client),
            error_body(404, None if legacy else "NOT_FOUND"),
        )
        checks.check(
            f"{cancel_name}({processed!r}) with a wrong key",
            lambda: cancel.sync_detailed(processed, client=wrong_key),
            error_body(401, None if legacy else "UNAUTHORIZED"),
        )
        checks.check(
            f"{cancel_name}({processed!r}, x_extend_workspace_id={WRONG_WORKSPACE!r})",
            lambda: cancel.sync_detailed(processed, client=client, x_extend_workspace_id=WRONG_WORKSPACE),
            unexpected_status(403) if legacy else error_body(403, "FORBIDDEN"),
        )
    checks.finish()


if __name__ == "__main__":
    main()
