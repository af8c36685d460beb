"""Extend's official Python SDK (PyPI extend-ai 1.20.0) against the `extend_sandbox` fixture of
the installed `extend-cancel` wheel: for each of the four kinds of run, a cancel of a PROCESSING
run returns the run CANCELLED, a cancel of a run in another status raises the SDK's class for a
400, a cancel of an unknown id its class for a 404, and the sandbox's log shows exactly those
requests. Run by .ci/wheel-check.
"""

from __future__ import annotations

from typing import Any, Callable, NamedTuple

import pytest
from extend_ai import Extend
from extend_ai.errors import BadRequestError, NotFoundError

from extend_cancel_sandbox import Sandbox


class Kind(NamedTuple):
    """A kind of run: its sandbox name, the SDK's resource attribute and retrieve method, and
    its API path."""

    name: str
    attribute: str
    retrieve: str
    path: str


KINDS = [
    Kind("extract", "extract_runs", "retrieve", "extract_runs"),
    Kind("classify", "classify_runs", "retrieve", "classify_runs"),
    Kind("split", "split_runs", "retrieve", "split_runs"),
    # The legacy processor runs: `processor_run.cancel` returns `{success, processorRun}`.
    Kind("processor", "processor_run", "get", "processor_runs"),
]


def run_of(result: Any) -> Any:
    """The run in a cancel's or retrieve's result (the processor endpoints wrap it)."""
    return result.processor_run if hasattr(result, "processor_run") else result


@pytest.fixture(scope="module")
def client(extend_sandbox: Sandbox) -> Extend:
    """The official SDK's client, pointed at the sandbox."""
    return Extend(token=extend_sandbox.api_key, base_url=extend_sandbox.base_url)


@pytest.mark.parametrize("kind", KINDS, ids=[kind.name for kind in KINDS])
def test_cancel_each_kind(extend_sandbox: Sandbox, client: Extend, kind: Kind) -> None:
    resource = getattr(client, kind.attribute)
    retrieve: Callable[[str], Any] = getattr(resource, kind.retrieve)
    ids = extend_sandbox.seeded_run_ids[kind.name]
    processing, processed = ids["PROCESSING"], ids["PROCESSED"]
    unknown = f"{ids['PROCESSING'].split('_')[0]}_does_not_exist"
    mark = extend_sandbox.mark()

    cancelled = resource.cancel(processing)
    if kind.name == "processor":
        assert cancelled.success is True
    assert (run_of(cancelled).id, run_of(cancelled).status) == (processing, "CANCELLED")
    assert run_of(retrieve(processing)).status == "CANCELLED"

    with pytest.raises(BadRequestError) as bad_request:
        resource.cancel(processed)
    assert bad_request.value.status_code == 400
    assert run_of(retrieve(processed)).status == "PROCESSED"

    with pytest.raises(NotFoundError) as not_found:
        resource.cancel(unknown)
    assert not_found.value.status_code == 404

    logged = extend_sandbox.log(since=mark)
    assert [(r.method, r.path, r.status) for r in logged] == [
        ("POST", f"/{kind.path}/{processing}/cancel", 200),
        ("GET", f"/{kind.path}/{processing}", 200),
        ("POST", f"/{kind.path}/{processed}/cancel", 400),
        ("GET", f"/{kind.path}/{processed}", 200),
        ("POST", f"/{kind.path}/{unknown}/cancel", 404),
    ]
    assert all(r.request_id.startswith("req_sandbox_") and not r.dropped for r in logged)
    # The error carries the request id the sandbox logged (in its headers; the 2026 error body
    # has it too).
    assert bad_request.value.headers is not None
    assert bad_request.value.headers["x-extend-request-id"] == logged[2].request_id


def test_cancelled_runs_stay_cancelled(extend_sandbox: Sandbox, client: Extend) -> None:
    """The session's sandbox is shared: a second cancel of a cancelled run is a 400."""
    with pytest.raises(BadRequestError):
        client.extract_runs.cancel(extend_sandbox.seeded_run_ids["extract"]["CANCELLED"])
