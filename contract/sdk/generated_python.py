"""Drives the Python client generated from openapi/extend-cancel.yaml (openapi-python-client,
pinned in contract/sdk/requirements.txt) against `extend-cancel sandbox`, for each of the four
kinds of run (extract, classify, split, legacy processor):

  * retrieve: the typed run as it is now (200), and the spec's `ErrorBody` for an unknown id
    (404);
  * list: typed pages, every seeded run of the kind across pages of two, a status filter, and
    `ErrorBody` for a wrong key (401); for legacy processor runs (`list_processor_runs`, the
    `{success, processorRuns}` shape) a processor filter too;
  * cancel: the typed run for a PROCESSING run (200), and `ErrorBody` for a run in another
    status (400), an unknown id (404) and a wrong key (401); for a wrong workspace (403),
    `ErrorBody` on the three endpoints whose spec lists 403, and `errors.UnexpectedStatus`
    (with `raise_on_unexpected_status`) on the processor-run endpoint, whose spec lists 400,
    401 and 404 only, as Extend documents it;

then for workflow, parse and verify runs: retrieve, list (every seeded run across pages of
two, a status filter; parse runs by batch too) and cancel as the official Python SDK's check
does (CANCELLING then CANCELLED for a workflow run, 200 unchanged for a finished verify run,
`ErrorBody` 400 for every other status), with `ErrorBody` for 404, 401 and 403; and the batch
lookup (`retrieve_batch_run`): the typed `BatchRun` with its run count, `ErrorBody` for an
unknown batch.

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
    CANCELS,
    KINDS,
    PAGE_SIZE,
    PARSE,
    PARSE_BATCH,
    UNKNOWN_BATCH,
    VERIFY,
    WORKFLOW,
    WORKFLOW_BATCH,
    WRONG_KEY,
    WRONG_WORKSPACE,
    Checks,
    list_all,
    pages_for,
    seeded_ids,
    settle,
    status_of,
)

# kind -> the model the cancel's 200 parses to, the retrieve's, and the list page's. The
# operations are named after the spec's operationIds: cancel_extract_run, retrieve_extract_run,
# list_extract_runs...
MODELS = {
    "extract": ("ExtractRun", "ExtractRun", "ExtractRunsListResponse"),
    "classify": ("ClassifyRun", "ClassifyRun", "ClassifyRunsListResponse"),
    "split": ("SplitRun", "SplitRun", "SplitRunsListResponse"),
    "processor": ("ProcessorRunCancelResponse", "ProcessorRunGetResponse", "ProcessorRunsListResponse"),
}

# The kinds added later: kind -> the model of a run (cancel and retrieve answer the same) and of
# a list page.
LATER_MODELS = {
    "workflow": ("WorkflowRun", "WorkflowRunsListResponse"),
    "parse": ("ParseRun", "ParseRunsListResponse"),
    "verify": ("VerifyRun", "VerifyRunsListResponse"),
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
            if any(r.parsed.success is not True for r in responses if type(r.parsed) is models.ProcessorRunsListResponse):
                return "a legacy page's success is not true"
            got = sorted(run.id for r in responses for run in items_of(r.parsed))
            if got != ids:
                return f"expected {ids}, got {got}"
            return None if len(responses) == count else f"expected {count} pages, got {len(responses)}"

        return verify

    def items_of(page: Any) -> list[Any]:
        # A list page's runs: `data`, or the legacy processor list's `processor_runs`.
        return page.processor_runs if type(page) is models.ProcessorRunsListResponse else page.data

    def settled_in(model: type, run_id: str, status: str):
        """Responses of retrieves until settled (`settle`): each 200 and the model with this id,
        CANCELLING or `status`, the last `status`."""

        def verify(responses: Any) -> str | None:
            if isinstance(responses, BaseException):
                return f"raised {type(responses).__name__}: {responses}"
            if any(r.status_code != 200 or type(r.parsed) is not model for r in responses):
                return f"expected 200 {model.__name__} each time, got {[(r.status_code, type(r.parsed).__name__) for r in responses]}"
            seen = [status_of(r.parsed) for r in responses]
            if any(r.parsed.id != run_id for r in responses) or set(seen) - {"CANCELLING", status} or seen[-1] != status:
                return f"expected {run_id} to end {status} (through CANCELLING only), saw {seen}"
            return None

        return verify

    def unchanged(model: type, run_id: str, status: str):
        """A (retrieved before, answered by the cancel) pair of responses: both 200 and the model
        with this id and status, the cancel's run equal to the one retrieved before it."""

        def verify(result: Any) -> str | None:
            if isinstance(result, BaseException):
                return f"raised {type(result).__name__}: {result}"
            before, answered = result
            problem = run_in(model, run_id, status)(before) or run_in(model, run_id, status)(answered)
            if problem is not None:
                return problem
            if answered.parsed.to_dict() != before.parsed.to_dict():
                return f"the run changed: before {before.parsed.to_dict()}, answered {answered.parsed.to_dict()}"[:1000]
            return None

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
        cancel_model, retrieve_model, page_model = (getattr(models, m) for m in MODELS[kind])
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
            error_body(401, None if legacy else "UNAUTHORIZED"),
        )
        if legacy:
            # The seeded runs share one processor: its id lists them all, another none.
            def by_processor() -> list[Any]:
                processor_id = retrieve.sync_detailed(processed, client=client).parsed.processor_run.processor_id
                return list_all(
                    lambda token: listing.sync_detailed(
                        client=client, processor_id=processor_id, max_page_size=PAGE_SIZE, **({"next_page_token": token} if token else {})
                    ),
                    next_token,
                )

            checks.check(
                f"{list_name}(processor_id=<{processed}'s>, max_page_size={PAGE_SIZE}, next_page_token=...) over every page",
                by_processor,
                pages_of(page_model, seeded_ids(prefix), 3),
            )
            checks.check(
                f"{list_name}(processor_id='dp_not_a_processor')",
                lambda: [listing.sync_detailed(client=client, processor_id="dp_not_a_processor")],
                pages_of(page_model, [], 1),
            )
            checks.check(
                f"{list_name}(x_extend_workspace_id={WRONG_WORKSPACE!r})",
                lambda: listing.sync_detailed(client=client, x_extend_workspace_id=WRONG_WORKSPACE),
                unexpected_status(403),
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

    for kind, prefix, statuses in (WORKFLOW, PARSE, VERIFY):
        run_model, page_model = (getattr(models, m) for m in LATER_MODELS[kind])
        cancel_name, retrieve_name, list_name = f"cancel_{kind}_run", f"retrieve_{kind}_run", f"list_{kind}_runs"
        cancel, retrieve, listing = operation_module(cancel_name), operation_module(retrieve_name), operation_module(list_name)
        processing, processed, unknown = f"{prefix}processing", f"{prefix}processed", f"{prefix}does_not_exist"
        seeded = seeded_ids(prefix, statuses)

        checks.check(
            f"{retrieve_name}({processed!r})",
            lambda: retrieve.sync_detailed(processed, client=client),
            run_in(run_model, processed, "PROCESSED"),
        )
        checks.check(f"{retrieve_name}({unknown!r})", lambda: retrieve.sync_detailed(unknown, client=client), error_body(404, "NOT_FOUND"))
        checks.check(
            f"{retrieve_name}({processed!r}, x_extend_workspace_id={WRONG_WORKSPACE!r})",
            lambda: retrieve.sync_detailed(processed, client=client, x_extend_workspace_id=WRONG_WORKSPACE),
            error_body(403, "FORBIDDEN"),
        )
        checks.check(
            f"{list_name}(max_page_size={PAGE_SIZE}, next_page_token=...) over every page",
            lambda: list_all(
                lambda token: listing.sync_detailed(client=client, max_page_size=PAGE_SIZE, **({"next_page_token": token} if token else {})),
                next_token,
            ),
            pages_of(page_model, seeded, pages_for(len(seeded))),
        )
        checks.check(
            f"{list_name}(status='PROCESSING')",
            lambda: [listing.sync_detailed(client=client, status="PROCESSING")],
            pages_of(page_model, [processing], 1),
        )
        # The seeded parse and workflow runs are all in one batch each.
        batch = {"parse": PARSE_BATCH, "workflow": WORKFLOW_BATCH}.get(kind)
        if batch is not None:
            checks.check(
                f"{list_name}(batch_id={batch!r}, max_page_size={PAGE_SIZE}, next_page_token=...) over every page",
                lambda: list_all(
                    lambda token: listing.sync_detailed(
                        client=client, batch_id=batch, max_page_size=PAGE_SIZE, **({"next_page_token": token} if token else {})
                    ),
                    next_token,
                ),
                pages_of(page_model, seeded, pages_for(len(seeded))),
            )
            checks.check(
                f"{list_name}(batch_id={UNKNOWN_BATCH!r})",
                lambda: [listing.sync_detailed(client=client, batch_id=UNKNOWN_BATCH)],
                pages_of(page_model, [], 1),
            )
        checks.check(f"{list_name}() with a wrong key", lambda: listing.sync_detailed(client=wrong_key), error_body(401, "UNAUTHORIZED"))
        checks.check(
            f"{list_name}(x_extend_workspace_id={WRONG_WORKSPACE!r})",
            lambda: listing.sync_detailed(client=client, x_extend_workspace_id=WRONG_WORKSPACE),
            error_body(403, "FORBIDDEN"),
        )

        # As in official_python.py: the cancels answered 200 (a no-op answers the run unchanged;
        # any other, cancelled again at once, is refused unless its final status is itself a
        # no-op), then each run retrieved until it is no longer CANCELLING.
        for status, (answered, final) in CANCELS[kind].items():
            run_id = f"{prefix}{status.lower()}"
            if answered == status:
                checks.check(
                    f"{cancel_name}({run_id!r}) of a finished run: 200, unchanged",
                    lambda: (retrieve.sync_detailed(run_id, client=client), cancel.sync_detailed(run_id, client=client)),
                    unchanged(run_model, run_id, status),
                )
            else:
                checks.check(f"{cancel_name}({run_id!r})", lambda: cancel.sync_detailed(run_id, client=client), run_in(run_model, run_id, answered))
                checks.check(
                    f"{cancel_name}({run_id!r}) again",
                    lambda: cancel.sync_detailed(run_id, client=client),
                    run_in(run_model, run_id, final) if final in CANCELS[kind] else error_body(400, "INVALID_REQUEST"),
                )
        for status, (answered, final) in CANCELS[kind].items():
            if answered == status:
                continue
            run_id = f"{prefix}{status.lower()}"
            checks.check(
                f"{retrieve_name}({run_id!r}) after, until not CANCELLING",
                lambda: settle(lambda: retrieve.sync_detailed(run_id, client=client), lambda response: status_of(response.parsed)),
                settled_in(run_model, run_id, final),
            )
        for status in statuses:
            if status not in CANCELS[kind]:
                run_id = f"{prefix}{status.lower()}"
                checks.check(f"{cancel_name}({run_id!r})", lambda: cancel.sync_detailed(run_id, client=client), error_body(400, "INVALID_REQUEST"))

        checks.check(f"{cancel_name}({unknown!r})", lambda: cancel.sync_detailed(unknown, client=client), error_body(404, "NOT_FOUND"))
        checks.check(
            f"{cancel_name}({processed!r}) with a wrong key",
            lambda: cancel.sync_detailed(processed, client=wrong_key),
            error_body(401, "UNAUTHORIZED"),
        )
        checks.check(
            f"{cancel_name}({processed!r}, x_extend_workspace_id={WRONG_WORKSPACE!r})",
            lambda: cancel.sync_detailed(processed, client=client, x_extend_workspace_id=WRONG_WORKSPACE),
            error_body(403, "FORBIDDEN"),
        )

    # The batch lookup: the parse batch holds the five seeded parse runs, one still PENDING, so
    # the batch is PROCESSING.
    lookup = operation_module("retrieve_batch_run")

    def batch_run(batch_id: str, run_count: int, status: str):
        def verify(response: Any) -> str | None:
            if isinstance(response, BaseException):
                return f"raised {type(response).__name__}: {response}"
            batch = response.parsed
            if response.status_code != 200 or type(batch) is not models.BatchRun:
                return f"expected 200 BatchRun, got {response.status_code} {type(batch).__name__}"
            got = (batch.id, batch.run_count, status_of(batch))
            return None if got == (batch_id, run_count, status) else f"expected {(batch_id, run_count, status)}, got {got}"

        return verify

    checks.check(f"retrieve_batch_run({PARSE_BATCH!r})", lambda: lookup.sync_detailed(PARSE_BATCH, client=client), batch_run(PARSE_BATCH, len(PARSE[2]), "PROCESSING"))
    checks.check(f"retrieve_batch_run({UNKNOWN_BATCH!r})", lambda: lookup.sync_detailed(UNKNOWN_BATCH, client=client), error_body(404, "NOT_FOUND"))
    checks.check(
        f"retrieve_batch_run({WORKFLOW_BATCH!r}) (a workflow batch has no batch run)",
        lambda: lookup.sync_detailed(WORKFLOW_BATCH, client=client),
        error_body(404, "NOT_FOUND"),
    )
    checks.check(f"retrieve_batch_run({PARSE_BATCH!r}) with a wrong key", lambda: lookup.sync_detailed(PARSE_BATCH, client=wrong_key), error_body(401, "UNAUTHORIZED"))
    checks.check(
        f"retrieve_batch_run({PARSE_BATCH!r}, x_extend_workspace_id={WRONG_WORKSPACE!r})",
        lambda: lookup.sync_detailed(PARSE_BATCH, client=client, x_extend_workspace_id=WRONG_WORKSPACE),
        error_body(403, "FORBIDDEN"),
    )
    checks.finish()


if __name__ == "__main__":
    main()
