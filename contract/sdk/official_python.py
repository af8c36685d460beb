"""Drives Extend's official Python SDK (PyPI extend-ai, pinned in contract/sdk/requirements.txt)
against `extend-cancel sandbox`, for each of the four kinds of run:

  * retrieve (`retrieve`, `get` for processor runs): the typed run as it is now, and
    `NotFoundError` for an unknown id;
  * list (extract, classify and split runs; the sandbox, like the spec, lists no legacy
    processor runs): typed pages, every seeded run of the kind across pages of two, and a
    status filter;
  * cancel: the typed result for a PROCESSING run, and the SDK's documented error class for a
    run in another status (400), an unknown id (404), a wrong key (401) and a wrong workspace
    (403). The processor-run endpoint documents 400, 401 and 404 only: the SDK raises its base
    `ApiError` for a 403 there, as for every status an endpoint does not document.

Usage (by .ci/sdk-check): EXTEND_BASE_URL=... EXTEND_API_KEY=... EXTEND_WORKSPACE_ID=... \
    python official_python.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from extend_ai import Extend
from extend_ai.classify_runs import ClassifyRunsListResponse
from extend_ai.core.api_error import ApiError
from extend_ai.errors import BadRequestError, ForbiddenError, NotFoundError, UnauthorizedError
from extend_ai.extract_runs import ExtractRunsListResponse
from extend_ai.processor_run import ProcessorRunCancelResponse, ProcessorRunGetResponse
from extend_ai.split_runs import SplitRunsListResponse
from extend_ai.types import (
    ClassifyRun,
    ClassifyRunSummary,
    ExtractRun,
    ExtractRunSummary,
    SplitRun,
    SplitRunSummary,
)

sys.path.insert(0, str(Path(__file__).resolve().parent))
from checks import (  # noqa: E402
    API_KEY,
    BASE_URL,
    KINDS,
    PAGE_SIZE,
    WRONG_KEY,
    WRONG_WORKSPACE,
    Checks,
    expect_error,
    list_all,
    seeded_ids,
)

VERSION = "1.20.0"
client = Extend(token=API_KEY, base_url=BASE_URL)
wrong_key = Extend(token=WRONG_KEY, base_url=BASE_URL)

# kind -> the SDK's resource attribute, its retrieve method, and the types of the cancel's and
# the retrieve's results, of a list page and of a page's item (None: not listed).
RESOURCES = {
    "extract": ("extract_runs", "retrieve", ExtractRun, ExtractRun, ExtractRunsListResponse, ExtractRunSummary),
    "classify": ("classify_runs", "retrieve", ClassifyRun, ClassifyRun, ClassifyRunsListResponse, ClassifyRunSummary),
    "split": ("split_runs", "retrieve", SplitRun, SplitRun, SplitRunsListResponse, SplitRunSummary),
    "processor": ("processor_run", "get", ProcessorRunCancelResponse, ProcessorRunGetResponse, None, None),
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
        if (run.id, run.status) != (run_id, status):
            return f"expected {run_id} {status}, got {run.id} {run.status}"
        return None

    return verify


def pages_of(page_type: type, item_type: type, ids: list[str], pages: int | None):
    """Pages of `page_type` whose items, all `item_type`, are exactly `ids` (in any order)."""

    def verify(result: Any) -> str | None:
        if isinstance(result, BaseException):
            return f"raised {type(result).__name__}: {result}"
        if any(type(page) is not page_type for page in result):
            return f"expected {page_type.__name__} pages, got {[type(p).__name__ for p in result]}"
        items = [item for page in result for item in page.data]
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
            lambda: list_all(lambda token: resource.list(max_page_size=PAGE_SIZE, next_page_token=token), lambda page: page.next_page_token),
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
checks.finish()
