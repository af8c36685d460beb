"""What the Python checks of .ci/sdk-check share: the sandbox they talk to, the runs of each
kind, and the bookkeeping of passed and failed checks.

The sandbox is `extend-cancel sandbox`, started by .ci/sdk-check with its default seed: one run
of every kind in every status, with ids `<prefix><status>` (`exr_processing`, `dpr_processed`,
`workflow_run_needs_review`, `vr_processed`).
"""

from __future__ import annotations

import os
import sys
import time
import traceback
from typing import Any, Callable

BASE_URL = os.environ["EXTEND_BASE_URL"]
API_KEY = os.environ["EXTEND_API_KEY"]
WORKSPACE_ID = os.environ["EXTEND_WORKSPACE_ID"]
WRONG_KEY = "sk_not_the_sandbox_key"
WRONG_WORKSPACE = "ws_not_the_sandbox_workspace"

# (kind, id prefix): the four kinds of run, each served by its own endpoints.
KINDS = [("extract", "exr_"), ("classify", "clr_"), ("split", "splr_"), ("processor", "dpr_")]

# The statuses the sandbox seeds one run of each kind in.
STATUSES = ["PENDING", "PROCESSING", "PROCESSED", "FAILED", "CANCELLED"]

# The kinds whose cancel was added later, each with the statuses the sandbox seeds one run in:
# (kind, id prefix, statuses). Workflow runs have eight statuses (CANCELLING: being cancelled);
# verify runs are never PENDING.
WORKFLOW = ("workflow", "workflow_run_", ["PENDING", "PROCESSING", "PROCESSED", "FAILED", "CANCELLED", "CANCELLING", "NEEDS_REVIEW", "REJECTED"])
PARSE = ("parse", "pr_", STATUSES)
VERIFY = ("verify", "vr_", ["PROCESSING", "PROCESSED", "FAILED", "CANCELLED"])

# What a cancel does, by kind and status: (the status the 200 answers, the status the run ends
# in). Workflow runs are cancelled while PENDING or PROCESSING, and answer CANCELLING (the run
# becomes CANCELLED a moment later); the others while PROCESSING. A verify run that has
# finished answers 200 with the run unchanged (a documented no-op). Every other cancel is 400.
CANCELS = {
    "workflow": {"PENDING": ("CANCELLING", "CANCELLED"), "PROCESSING": ("CANCELLING", "CANCELLED")},
    "parse": {"PROCESSING": ("CANCELLED", "CANCELLED")},
    "verify": {
        "PROCESSING": ("CANCELLED", "CANCELLED"),
        "PROCESSED": ("PROCESSED", "PROCESSED"),
        "FAILED": ("FAILED", "FAILED"),
        "CANCELLED": ("CANCELLED", "CANCELLED"),
    },
}

# The batches of the default seed: every seeded parse run is in the parse batch PARSE_BATCH,
# which the batch lookup (`GET /batch_runs/{id}`) answers for with the parse runs' count; every
# seeded workflow run is in the workflow batch WORKFLOW_BATCH, which has no batch run (404, as on
# Extend).
PARSE_BATCH = "bpar_sandbox"
WORKFLOW_BATCH = "batch_sandbox"
UNKNOWN_BATCH = "bpr_does_not_exist"

# How long a run may stay CANCELLING before the check gives up (the sandbox's delay is about
# 300 ms), and how often it is retrieved meanwhile.
SETTLE_TIMEOUT = 10.0
SETTLE_POLL = 0.05

# Runs per page when listing: the five seeded runs of a kind then take three pages.
PAGE_SIZE = 2


def seeded_ids(prefix: str, statuses: list[str] = STATUSES) -> list[str]:
    """The ids of the seeded runs of one kind, sorted."""
    return sorted(f"{prefix}{status.lower()}" for status in statuses)


def pages_for(count: int) -> int:
    """How many pages of PAGE_SIZE a listing of `count` runs takes (an empty one takes one)."""
    return max(1, -(-count // PAGE_SIZE))


def list_all(list_page: Callable[[str | None], Any], next_token: Callable[[Any], str | None]) -> list[Any]:
    """Every page of a listing: `list_page(token)` fetches one, `next_token(page)` reads the
    token of the next (None on the last). Stops after 10 pages: the eight seeded workflow runs,
    the most of any kind, take four."""
    pages, token = [], None
    for _ in range(10):
        page = list_page(token)
        pages.append(page)
        token = next_token(page)
        if token is None:
            return pages
    raise AssertionError("more than 10 pages for at most eight runs")


def status_of(run: Any) -> str:
    """A run's status as its wire string. The clients parse a status into an enumeration, and
    keep one the enumeration lacks (such as a parse run's CANCELLED in the official Python SDK,
    whose ParseRunStatusEnum stops at FAILED) in a catch-all member whose `value` is the
    string: compare the value, never the member."""
    return getattr(run.status, "value", run.status)


def settle(retrieve: Callable[[], Any], status: Callable[[Any], str], passing: str = "CANCELLING") -> list[Any]:
    """Retrieves a run until its status (`status(result)`) is no longer `passing`, for at most
    SETTLE_TIMEOUT seconds; returns every result (the last is the settled run, or the last seen)."""
    deadline = time.monotonic() + SETTLE_TIMEOUT
    seen = [retrieve()]
    while status(seen[-1]) == passing and time.monotonic() < deadline:
        time.sleep(SETTLE_POLL)
        seen.append(retrieve())
    return seen


class Checks:
    """Runs named checks, prints one line per check, and a closing count."""

    def __init__(self, client_name: str):
        self.client_name = client_name
        self.passed = 0
        self.failed = 0

    def check(self, name: str, call: Callable[[], Any], verify: Callable[[Any], str | None]) -> None:
        """Runs `call`; `verify` gets its result (or the exception it raised) and returns None
        when it is what the check expects, or what is wrong."""
        try:
            outcome: Any = call()
        except Exception as error:  # noqa: BLE001 - the exception is the outcome under test
            outcome = error
        try:
            problem = verify(outcome)
        except Exception:  # noqa: BLE001 - a verifier that trips is a failed check
            problem = "the check itself failed:\n" + traceback.format_exc()
        if problem is None:
            self.passed += 1
            print(f"ok     {self.client_name}: {name}")
        else:
            self.failed += 1
            print(f"FAILED {self.client_name}: {name}: {problem}")
            if isinstance(outcome, BaseException):
                traceback.print_exception(outcome, file=sys.stdout)

    def finish(self) -> None:
        print(f"{self.client_name}: {self.passed} passed, {self.failed} failed")
        sys.exit(1 if self.failed or not self.passed else 0)


def expect_error(error_class: type, status: int) -> Callable[[Any], str | None]:
    """The call raised exactly `error_class` (not a subclass, nor its base) for `status`."""

    def verify(outcome: Any) -> str | None:
        if not isinstance(outcome, BaseException):
            return f"expected {error_class.__name__} ({status}), got a result: {outcome!r}"[:500]
        if type(outcome) is not error_class:
            return f"expected {error_class.__name__}, got {type(outcome).__name__}: {outcome}"
        got = getattr(outcome, "status_code", None)
        return None if got == status else f"expected HTTP {status}, got {got}"

    return verify
