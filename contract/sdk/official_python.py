"""Drives Extend's official Python SDK (PyPI extend-ai, pinned in contract/sdk/requirements.txt)
against `extend-cancel sandbox`: for each of the four kinds of run, the SDK's cancel gives its
typed result for a PROCESSING run, and raises the SDK's documented error class for a run in
another status (400), an unknown id (404), a wrong key (401) and a wrong workspace (403).

The processor-run endpoint documents 400, 401 and 404 only: the SDK raises its base `ApiError`
for a 403 there, as it does for every status an endpoint does not document.

Usage (by .ci/sdk-check): EXTEND_BASE_URL=... EXTEND_API_KEY=... EXTEND_WORKSPACE_ID=... \
    python official_python.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from extend_ai import Extend
from extend_ai.core.api_error import ApiError
from extend_ai.errors import BadRequestError, ForbiddenError, NotFoundError, UnauthorizedError
from extend_ai.processor_run import ProcessorRunCancelResponse
from extend_ai.types import ClassifyRun, ExtractRun, SplitRun

sys.path.insert(0, str(Path(__file__).resolve().parent))
from checks import API_KEY, BASE_URL, KINDS, WRONG_KEY, WRONG_WORKSPACE, Checks, expect_error  # noqa: E402

VERSION = "1.20.0"
client = Extend(token=API_KEY, base_url=BASE_URL)
wrong_key = Extend(token=WRONG_KEY, base_url=BASE_URL)

# kind -> (the SDK's resource attribute, the type its cancel returns)
RESOURCES = {
    "extract": ("extract_runs", ExtractRun),
    "classify": ("classify_runs", ClassifyRun),
    "split": ("split_runs", SplitRun),
    "processor": ("processor_run", ProcessorRunCancelResponse),
}


def cancelled(run_type: type, run_id: str):
    """The typed run, with this id, now CANCELLED."""

    def verify(result: Any) -> str | None:
        if isinstance(result, BaseException):
            return f"raised {type(result).__name__}: {result}"
        if type(result) is not run_type:
            return f"expected {run_type.__name__}, got {type(result).__name__}"
        run = result.processor_run if run_type is ProcessorRunCancelResponse else result
        if run_type is ProcessorRunCancelResponse and result.success is not True:
            return f"success is {result.success!r}"
        if (run.id, run.status) != (run_id, "CANCELLED"):
            return f"expected {run_id} CANCELLED, got {run.id} {run.status}"
        return None

    return verify


checks = Checks(f"official Python SDK extend-ai {VERSION}")
for kind, prefix in KINDS:
    attribute, run_type = RESOURCES[kind]
    resource = getattr(client, attribute)
    processing, processed, unknown = f"{prefix}processing", f"{prefix}processed", f"{prefix}does_not_exist"
    checks.check(f"{attribute}.cancel({processing!r})", lambda: resource.cancel(processing), cancelled(run_type, processing))
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
