"""Drives Extend's official Python SDK (PyPI extend-ai, pinned in contract/sdk/requirements.txt)
against `extend-cancel sandbox`, for each of the four kinds of run (extract, classify, split,
legacy processor):

  * retrieve (`retrieve`, `get` for processor runs): the typed run as it is now, and
    `NotFoundError` for an unknown id;
  * list: typed pages, every seeded run of the kind across pages of two, and a status filter;
    for legacy processor runs (`processor_run.list`, the `{success, processorRuns}` shape) a
    processor filter too;
  * cancel: the typed result for a PROCESSING run, and the SDK's documented error class for a
    run in another status (400), an unknown id (404), a wrong key (401) and a wrong workspace
    (403). The processor-run endpoint documents 400, 401 and 404 only: the SDK raises its base
    `ApiError` for a 403 there, as for every status an endpoint does not document;

then for workflow, parse and verify runs (verify runs are in this SDK only):

  * retrieve, list (every seeded run across pages of two, a status filter; parse runs by batch
    too), with `NotFoundError`, `UnauthorizedError` and `ForbiddenError` where they apply;
  * cancel: a workflow run PENDING or PROCESSING answers the typed `WorkflowRun` CANCELLING,
    and is retrieved until it is CANCELLED; a parse or verify run PROCESSING answers CANCELLED;
    a verify run that has finished answers 200 with the run unchanged (a documented no-op);
    every other status is `BadRequestError` (400);

and the batch lookup (`batch_runs.get`): the typed `BatchRun` with its run count, and
`NotFoundError` for an unknown batch.

Last, since the SDK builds its models without validating them (a missing field is None, a
value of the wrong type is kept), the body of each retrieve, list and batch endpoint is
validated against the SDK's model as pydantic does with validation on (every seeded workflow and
parse run's among them), and the typed workflow and parse runs show the two fields the spec
leaves free-form but the SDK requires filled: each step run's `files`, each chunk's `blocks`.

Usage (by .ci/sdk-check): EXTEND_BASE_URL=... EXTEND_API_KEY=... EXTEND_WORKSPACE_ID=... \
    python official_python.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import httpx
import pydantic
from extend_ai import Extend
from extend_ai.classify_runs import ClassifyRunsListResponse
from extend_ai.core.api_error import ApiError
from extend_ai.errors import BadRequestError, ForbiddenError, NotFoundError, UnauthorizedError
from extend_ai.extract_runs import ExtractRunsListResponse
from extend_ai.parse_runs import ParseRunsListResponse
from extend_ai.processor_run import ProcessorRunCancelResponse, ProcessorRunGetResponse, ProcessorRunListResponse
from extend_ai.split_runs import SplitRunsListResponse
from extend_ai.types import (
    BatchRun,
    Block,
    ClassifyRun,
    ClassifyRunSummary,
    ExtractRun,
    ExtractRunSummary,
    FileSummary,
    LegacyProcessorRunSummary,
    ParseRun,
    ParseRunSummary,
    SplitRun,
    SplitRunSummary,
    VerifyRun,
    VerifyRunSummary,
    WorkflowRun,
    WorkflowRunSummary,
)
from extend_ai.verify_runs import VerifyRunsListResponse
from extend_ai.workflow_runs import WorkflowRunsListResponse

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
    expect_error,
    list_all,
    pages_for,
    seeded_ids,
    settle,
    status_of,
)

VERSION = "1.20.0"
client = Extend(token=API_KEY, base_url=BASE_URL)
wrong_key = Extend(token=WRONG_KEY, base_url=BASE_URL)

# kind -> the SDK's resource attribute, its retrieve method, and the types of the cancel's and
# the retrieve's results, of a list page and of a page's item.
RESOURCES = {
    "extract": ("extract_runs", "retrieve", ExtractRun, ExtractRun, ExtractRunsListResponse, ExtractRunSummary),
    "classify": ("classify_runs", "retrieve", ClassifyRun, ClassifyRun, ClassifyRunsListResponse, ClassifyRunSummary),
    "split": ("split_runs", "retrieve", SplitRun, SplitRun, SplitRunsListResponse, SplitRunSummary),
    "processor": (
        "processor_run",
        "get",
        ProcessorRunCancelResponse,
        ProcessorRunGetResponse,
        ProcessorRunListResponse,
        LegacyProcessorRunSummary,
    ),
}

# The kinds added later: kind -> the SDK's resource attribute, and the types of a run (cancel
# and retrieve answer the same), of a list page and of a page's item.
LATER_RESOURCES = {
    "workflow": ("workflow_runs", WorkflowRun, WorkflowRunsListResponse, WorkflowRunSummary),
    "parse": ("parse_runs", ParseRun, ParseRunsListResponse, ParseRunSummary),
    "verify": ("verify_runs", VerifyRun, VerifyRunsListResponse, VerifyRunSummary),
}


def run_in(run_type: type, run_id: str, status: str):
    """The typed run (for processor runs, the `{success, processorRun}` wrapper), with this id
    and status."""

    def verify(result: Any) -> str | None:
        if isinstance(result, BaseException):
            return f"raised {type(result).__name__}: {result}"
        if type(result) is not run_type:
            return f"expected {run_type.__name__}, got {type(result).__name__}"
        run = result
        if hasattr(result, "processor_run"):
            if result.success is not True:
                return f"success is {result.success!r}"
            run = result.processor_run
        if (run.id, status_of(run)) != (run_id, status):
            return f"expected {run_id} {status}, got {run.id} {status_of(run)}"
        return None

    return verify


def settled_in(run_type: type, run_id: str, status: str):
    """Runs retrieved until settled (`settle`): every one typed, each CANCELLING or `status`,
    and the last `status`."""

    def verify(result: Any) -> str | None:
        if isinstance(result, BaseException):
            return f"raised {type(result).__name__}: {result}"
        seen = [status_of(run) for run in result]
        if any(type(run) is not run_type for run in result):
            return f"expected {run_type.__name__} each time, got {[type(run).__name__ for run in result]}"
        if any(run.id != run_id for run in result) or set(seen) - {"CANCELLING", status} or seen[-1] != status:
            return f"expected {run_id} to end {status} (through CANCELLING only), saw {seen}"
        return None

    return verify


def unchanged(run_type: type, run_id: str, status: str):
    """A (retrieved before, answered by the cancel) pair: both the typed run with this id and
    status, and the cancel's run equal to the one retrieved before it."""

    def verify(result: Any) -> str | None:
        if isinstance(result, BaseException):
            return f"raised {type(result).__name__}: {result}"
        before, answered = result
        problem = run_in(run_type, run_id, status)(before) or run_in(run_type, run_id, status)(answered)
        if problem is not None:
            return problem
        if answered.dict() != before.dict():
            return f"the run changed: before {before.dict()}, answered {answered.dict()}"[:1000]
        return None

    return verify


def batch_run(batch_id: str, run_count: int, status: str):
    """The typed BatchRun with this id, run count and status."""

    def verify(result: Any) -> str | None:
        if isinstance(result, BaseException):
            return f"raised {type(result).__name__}: {result}"
        if type(result) is not BatchRun:
            return f"expected BatchRun, got {type(result).__name__}"
        got = (result.object, result.id, result.run_count, status_of(result))
        expected = ("batch_run", batch_id, run_count, status)
        return None if got == expected else f"expected (object, id, run_count, status) {expected}, got {got}"

    return verify


def items_of(page: Any) -> list[Any]:
    """A list page's runs: `data`, or the legacy processor list's `processor_runs`."""
    return page.processor_runs if isinstance(page, ProcessorRunListResponse) else page.data


def next_token(page: Any) -> str | None:
    return page.next_page_token


def pages_of(page_type: type, item_type: type, ids: list[str], pages: int | None):
    """Pages of `page_type` whose items, all `item_type`, are exactly `ids` (in any order)."""

    def verify(result: Any) -> str | None:
        if isinstance(result, BaseException):
            return f"raised {type(result).__name__}: {result}"
        if any(type(page) is not page_type for page in result):
            return f"expected {page_type.__name__} pages, got {[type(p).__name__ for p in result]}"
        if any(page.success is not True for page in result if isinstance(page, ProcessorRunListResponse)):
            return "a legacy page's success is not true"
        items = [item for page in result for item in items_of(page)]
        if any(type(item) is not item_type for item in items):
            return f"expected {item_type.__name__} items, got {sorted({type(i).__name__ for i in items})}"
        if sorted(item.id for item in items) != ids:
            return f"expected {ids}, got {sorted(item.id for item in items)}"
        if pages is not None and len(result) != pages:
            return f"expected {pages} pages, got {len(result)}"
        return None

    return verify


checks = Checks(f"official Python SDK extend-ai {VERSION}")
for kind, prefix in KINDS:
    attribute, retrieve, cancel_type, retrieve_type, page_type, item_type = RESOURCES[kind]
    resource = getattr(client, attribute)
    fetch = getattr(resource, retrieve)
    processing, processed, unknown = f"{prefix}processing", f"{prefix}processed", f"{prefix}does_not_exist"

    checks.check(f"{attribute}.{retrieve}({processed!r})", lambda: fetch(processed), run_in(retrieve_type, processed, "PROCESSED"))
    checks.check(f"{attribute}.{retrieve}({unknown!r})", lambda: fetch(unknown), expect_error(NotFoundError, 404))
    if page_type is not None:
        checks.check(
            f"{attribute}.list(max_page_size={PAGE_SIZE}, next_page_token=...) over every page",
            lambda: list_all(lambda token: resource.list(max_page_size=PAGE_SIZE, next_page_token=token), next_token),
            pages_of(page_type, item_type, seeded_ids(prefix), 3),
        )
        checks.check(
            f"{attribute}.list(status='PROCESSING')",
            lambda: [resource.list(status="PROCESSING")],
            pages_of(page_type, item_type, [processing], 1),
        )
        checks.check(
            f"{attribute}.list() with a wrong key",
            lambda: getattr(wrong_key, attribute).list(),
            expect_error(UnauthorizedError, 401),
        )
        if kind == "processor":
            # The seeded runs share one processor: its id lists them all, another none.
            def by_processor() -> list[Any]:
                processor_id = fetch(processed).processor_run.processor_id
                return list_all(
                    lambda token: resource.list(processor_id=processor_id, max_page_size=PAGE_SIZE, next_page_token=token),
                    next_token,
                )

            checks.check(
                f"{attribute}.list(processor_id=<{processed}'s>, max_page_size={PAGE_SIZE}, next_page_token=...) over every page",
                by_processor,
                pages_of(page_type, item_type, seeded_ids(prefix), 3),
            )
            checks.check(
                f"{attribute}.list(processor_id='dp_not_a_processor')",
                lambda: [resource.list(processor_id="dp_not_a_processor")],
                pages_of(page_type, item_type, [], 1),
            )

    checks.check(f"{attribute}.cancel({processing!r})", lambda: resource.cancel(processing), run_in(cancel_type, processing, "CANCELLED"))
    checks.check(f"{attribute}.{retrieve}({processing!r}) after", lambda: fetch(processing), run_in(retrieve_type, processing, "CANCELLED"))
    checks.check(f"{attribute}.cancel({processed!r})", lambda: resource.cancel(processed), expect_error(BadRequestError, 400))
    checks.check(f"{attribute}.cancel({unknown!r})", lambda: resource.cancel(unknown), expect_error(NotFoundError, 404))
    checks.check(
        f"{attribute}.cancel({processed!r}) with a wrong key",
        lambda: getattr(wrong_key, attribute).cancel(processed),
        expect_error(UnauthorizedError, 401),
    )
    checks.check(
        f"{attribute}.cancel({processed!r}, extend_workspace_id={WRONG_WORKSPACE!r})",
        lambda: resource.cancel(processed, extend_workspace_id=WRONG_WORKSPACE),
        expect_error(ApiError if kind == "processor" else ForbiddenError, 403),
    )

for kind, prefix, statuses in (WORKFLOW, PARSE, VERIFY):
    attribute, run_type, page_type, item_type = LATER_RESOURCES[kind]
    resource = getattr(client, attribute)
    processing, processed, unknown = f"{prefix}processing", f"{prefix}processed", f"{prefix}does_not_exist"
    seeded = seeded_ids(prefix, statuses)

    checks.check(f"{attribute}.retrieve({processed!r})", lambda: resource.retrieve(processed), run_in(run_type, processed, "PROCESSED"))
    checks.check(f"{attribute}.retrieve({unknown!r})", lambda: resource.retrieve(unknown), expect_error(NotFoundError, 404))
    checks.check(
        f"{attribute}.retrieve({processed!r}, extend_workspace_id={WRONG_WORKSPACE!r})",
        lambda: resource.retrieve(processed, extend_workspace_id=WRONG_WORKSPACE),
        expect_error(ForbiddenError, 403),
    )
    checks.check(
        f"{attribute}.list(max_page_size={PAGE_SIZE}, next_page_token=...) over every page",
        lambda: list_all(lambda token: resource.list(max_page_size=PAGE_SIZE, next_page_token=token), next_token),
        pages_of(page_type, item_type, seeded, pages_for(len(seeded))),
    )
    checks.check(
        f"{attribute}.list(status='PROCESSING')",
        lambda: [resource.list(status="PROCESSING")],
        pages_of(page_type, item_type, [processing], 1),
    )
    # The seeded parse and workflow runs are all in one batch each.
    batch = {"parse": PARSE_BATCH, "workflow": WORKFLOW_BATCH}.get(kind)
    if batch is not None:
        checks.check(
            f"{attribute}.list(batch_id={batch!r}, max_page_size={PAGE_SIZE}, next_page_token=...) over every page",
            lambda: list_all(lambda token: resource.list(batch_id=batch, max_page_size=PAGE_SIZE, next_page_token=token), next_token),
            pages_of(page_type, item_type, seeded, pages_for(len(seeded))),
        )
        checks.check(
            f"{attribute}.list(batch_id={UNKNOWN_BATCH!r})",
            lambda: [resource.list(batch_id=UNKNOWN_BATCH)],
            pages_of(page_type, item_type, [], 1),
        )
    checks.check(f"{attribute}.list() with a wrong key", lambda: getattr(wrong_key, attribute).list(), expect_error(UnauthorizedError, 401))
    checks.check(
        f"{attribute}.list(extend_workspace_id={WRONG_WORKSPACE!r})",
        lambda: resource.list(extend_workspace_id=WRONG_WORKSPACE),
        expect_error(ForbiddenError, 403),
    )

    # The cancels answered 200. A no-op (the status answered is the run's own) answers the run
    # unchanged; any other answers its status and, cancelled again at once, is refused (400),
    # unless its final status is itself a no-op (a verify run); it is then retrieved until it
    # is no longer CANCELLING.
    for status, (answered, final) in CANCELS[kind].items():
        run_id = f"{prefix}{status.lower()}"
        if answered == status:
            checks.check(
                f"{attribute}.cancel({run_id!r}) of a finished run: 200, unchanged",
                lambda: (resource.retrieve(run_id), resource.cancel(run_id)),
                unchanged(run_type, run_id, status),
            )
        else:
            checks.check(f"{attribute}.cancel({run_id!r})", lambda: resource.cancel(run_id), run_in(run_type, run_id, answered))
            checks.check(
                f"{attribute}.cancel({run_id!r}) again",
                lambda: resource.cancel(run_id),
                run_in(run_type, run_id, final) if final in CANCELS[kind] else expect_error(BadRequestError, 400),
            )
    for status, (answered, final) in CANCELS[kind].items():
        if answered == status:
            continue
        run_id = f"{prefix}{status.lower()}"
        checks.check(
            f"{attribute}.retrieve({run_id!r}) after, until not CANCELLING",
            lambda: settle(lambda: resource.retrieve(run_id), status_of),
            settled_in(run_type, run_id, final),
        )
    for status in statuses:
        if status not in CANCELS[kind]:
            run_id = f"{prefix}{status.lower()}"
            checks.check(f"{attribute}.cancel({run_id!r})", lambda: resource.cancel(run_id), expect_error(BadRequestError, 400))

    checks.check(f"{attribute}.cancel({unknown!r})", lambda: resource.cancel(unknown), expect_error(NotFoundError, 404))
    checks.check(
        f"{attribute}.cancel({processed!r}) with a wrong key",
        lambda: getattr(wrong_key, attribute).cancel(processed),
        expect_error(UnauthorizedError, 401),
    )
    checks.check(
        f"{attribute}.cancel({processed!r}, extend_workspace_id={WRONG_WORKSPACE!r})",
        lambda: resource.cancel(processed, extend_workspace_id=WRONG_WORKSPACE),
        expect_error(ForbiddenError, 403),
    )

# The batch lookup. The parse batch holds the five seeded parse runs; one of them is still
# PENDING, so the batch is PROCESSING. `batch_runs.get` takes no workspace parameter: the
# header goes in the request options.
checks.check(f"batch_runs.get({PARSE_BATCH!r})", lambda: client.batch_runs.get(PARSE_BATCH), batch_run(PARSE_BATCH, len(PARSE[2]), "PROCESSING"))
checks.check(f"batch_runs.get({UNKNOWN_BATCH!r})", lambda: client.batch_runs.get(UNKNOWN_BATCH), expect_error(NotFoundError, 404))
checks.check(
    f"batch_runs.get({WORKFLOW_BATCH!r}) (a workflow batch has no batch run)",
    lambda: client.batch_runs.get(WORKFLOW_BATCH),
    expect_error(NotFoundError, 404),
)
checks.check(f"batch_runs.get({PARSE_BATCH!r}) with a wrong key", lambda: wrong_key.batch_runs.get(PARSE_BATCH), expect_error(UnauthorizedError, 401))
checks.check(
    f"batch_runs.get({PARSE_BATCH!r}) with x-extend-workspace-id {WRONG_WORKSPACE!r}",
    lambda: client.batch_runs.get(PARSE_BATCH, request_options={"additional_headers": {"x-extend-workspace-id": WRONG_WORKSPACE}}),
    expect_error(ForbiddenError, 403),
)

# Strict validation. The SDK's models are UncheckedBaseModel: the SDK builds them without
# validating, so a body lacking a required field still gives a typed result, with None for the
# field. Here each body, fetched as it is, must validate against the SDK's model, the fields the
# spec (openapi/extend-cancel.yaml) leaves free-form included: a workflow run's `stepRuns`
# (the SDK's StepRun_* require `files`) and a parse run's `output` (its Chunk requires `blocks`).
def strictly(model: type, path: str, api_version: str = "2026-02-09"):
    """Fetches `path` (a GET) and returns its HTTP status and what validating its body against
    `model` found."""

    def call() -> tuple[int, str | None]:
        response = httpx.get(
            f"{BASE_URL}{path}",
            headers={"Authorization": f"Bearer {API_KEY}", "x-extend-api-version": api_version},
        )
        try:
            model.model_validate(response.json())
            problem = None
        except pydantic.ValidationError as error:
            problem = str(error)
        return response.status_code, problem

    return call


def validates(result: Any) -> str | None:
    if isinstance(result, BaseException):
        return f"raised {type(result).__name__}: {result}"
    status, problem = result
    if status != 200:
        return f"expected HTTP 200, got {status}"
    return None if problem is None else problem[:3000]


STRICT = [
    (ExtractRun, "/extract_runs/exr_processed", "2026-02-09"),
    (ExtractRunsListResponse, "/extract_runs", "2026-02-09"),
    (ClassifyRun, "/classify_runs/clr_processed", "2026-02-09"),
    (ClassifyRunsListResponse, "/classify_runs", "2026-02-09"),
    (SplitRun, "/split_runs/splr_processed", "2026-02-09"),
    (SplitRunsListResponse, "/split_runs", "2026-02-09"),
    (ProcessorRunGetResponse, "/processor_runs/dpr_processed", "2025-04-21"),
    (ProcessorRunListResponse, "/processor_runs", "2025-04-21"),
    # Every seeded workflow and parse run (the cancelled ones as the cancels above left them):
    # step runs in every status, and a parse run's output with its chunks and their blocks.
    *((WorkflowRun, f"/workflow_runs/{run_id}", "2026-02-09") for run_id in seeded_ids(WORKFLOW[1], WORKFLOW[2])),
    (WorkflowRunsListResponse, "/workflow_runs", "2026-02-09"),
    *((ParseRun, f"/parse_runs/{run_id}", "2026-02-09") for run_id in seeded_ids(PARSE[1], PARSE[2])),
    (ParseRunsListResponse, "/parse_runs", "2026-02-09"),
    (VerifyRun, "/verify_runs/vr_processed", "2026-02-09"),
    (VerifyRun, "/verify_runs/vr_processing", "2026-02-09"),
    (VerifyRunsListResponse, "/verify_runs", "2026-02-09"),
    (BatchRun, f"/batch_runs/{PARSE_BATCH}", "2026-02-09"),
]
for model, path, api_version in STRICT:
    checks.check(
        f"GET {path} validates as {model.__name__} (pydantic, validation on)",
        strictly(model, path, api_version),
        validates,
    )


# The two fields the spec leaves free-form but the SDK's types require, read as an SDK user
# reads them: not only present, but filled.
def step_files_are_the_runs(run: Any) -> str | None:
    if isinstance(run, BaseException):
        return f"raised {type(run).__name__}: {run}"
    steps = run.step_runs or []
    if not steps or not run.files:
        return f"expected step runs and files, got {len(steps)} step runs and files {run.files!r}"
    for step in steps:
        if step.files != run.files or any(type(file) is not FileSummary for file in step.files):
            return f"step run {step.id}'s files {step.files!r} are not the run's {run.files!r}"[:1000]
    return None


def chunks_have_blocks(run: Any) -> str | None:
    if isinstance(run, BaseException):
        return f"raised {type(run).__name__}: {run}"
    chunks = run.output.chunks if run.output is not None else []
    if not chunks:
        return "expected the output's chunks, got none"
    for chunk in chunks:
        blocks = chunk.blocks or []
        if not blocks or any(type(block) is not Block for block in blocks):
            return f"expected a chunk's blocks (Block), got {blocks!r}"[:1000]
        if any(block.content not in chunk.content for block in blocks):
            return f"a block's content is not in its chunk's {chunk.content!r}"
    return None


checks.check(
    "workflow_runs.retrieve('workflow_run_processed'): each step run's files are the run's (FileSummary)",
    lambda: client.workflow_runs.retrieve("workflow_run_processed"),
    step_files_are_the_runs,
)
checks.check(
    "parse_runs.retrieve('pr_processed'): each chunk of the output has its blocks (Block)",
    lambda: client.parse_runs.retrieve("pr_processed"),
    chunks_have_blocks,
)
checks.finish()
