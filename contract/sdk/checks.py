"""What the Python checks of .ci/sdk-check share: the sandbox they talk to, the runs of each
kind, and the bookkeeping of passed and failed checks.

The sandbox is `extend-cancel sandbox`, started by .ci/sdk-check with its default seed: one run
of every kind in every status, with ids `<prefix><status>` (`exr_processing`, `dpr_processed`).
"""

from __future__ import annotations

import os
import sys
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

# Runs per page when listing: the five seeded runs of a kind then take three pages.
PAGE_SIZE = 2


def seeded_ids(prefix: str) -> list[str]:
    """The ids of the seeded runs of one kind, sorted."""
    return sorted(f"{prefix}{status.lower()}" for status in STATUSES)


def list_all(list_page: Callable[[str | None], Any], next_token: Callable[[Any], str | None]) -> list[Any]:
    """Every page of a listing: `list_page(token)` fetches one, `next_token(page)` reads the
    token of the next (None on the last). Stops after 10 pages: five runs take three."""
    pages, token = [], None
    for _ in range(10):
        page = list_page(token)
        pages.append(page)
        token = next_token(page)
        if token is None:
            return pages
    raise AssertionError("more than 10 pages for five runs")


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
