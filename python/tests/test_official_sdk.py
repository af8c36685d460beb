"""Extend's official Python SDK (PyPI extend-ai 1.20.0) against the `extend_sandbox` fixture of
the installed `extend-cancel` wheel, for every kind of run. Extract, classify, split and legacy
processor runs: a cancel of a PROCESSING run returns the run CANCELLED, a cancel of a run in
another status raises the SDK's class for a 400, a cancel of an unknown id its class for a 404,
and the sandbox's log shows exactly those requests. Workflow runs: a cancel answers CANCELLING,
and the run is CANCELLED on a retrieve once the sandbox's delay (300 ms) is over. Parse runs: a
cancel of a PROCESSING run answers CANCELLED, any other status 400. Verify runs: PROCESSING is
cancelled, and a cancel of a finished run is a no-op that answers 200 with the run unchanged.
Run by .ci/wheel-check.
"""

from __future__ import annotations

import time
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


def status_of(run: Any) -> str:
    """A run's status as its wire string. The SDK keeps a status its enumeration lacks (a parse
    run's CANCELLED: ParseRunStatusEnum stops at FAILED) in a catch-all member whose `value` is
    the string but which is not equal to it: compare the value."""
    return run.status.value


def test_cancel_a_workflow_run(extend_sandbox: Sandbox, client: Extend) -> None:
    """A workflow run is answered CANCELLING, and is CANCELLED on a retrieve once the sandbox's
    cancelling delay (300 ms) is over; cancelled again meanwhile, it is a 400."""
    ids = extend_sandbox.seeded_run_ids["workflow"]
    processing = ids["PROCESSING"]
    mark = extend_sandbox.mark()
    started = time.monotonic()

    answered = client.workflow_runs.cancel(processing)
    assert (answered.id, status_of(answered)) == (processing, "CANCELLING")
    assert answered.end_time is None
    with pytest.raises(BadRequestError) as again:
        client.workflow_runs.cancel(processing)
    assert again.value.status_code == 400

    seen = [client.workflow_runs.retrieve(processing)]
    while status_of(seen[-1]) == "CANCELLING" and time.monotonic() - started < 10:
        time.sleep(0.05)
        seen.append(client.workflow_runs.retrieve(processing))
    settled = time.monotonic() - started
    statuses = [status_of(run) for run in seen]
    assert statuses[-1] == "CANCELLED" and set(statuses) <= {"CANCELLING", "CANCELLED"}, statuses
    # Not before the delay: the clock started before the cancel was sent.
    assert settled >= 0.3, f"CANCELLED after {settled:.3f} s"
    run = seen[-1]
    assert run.end_time is not None
    # The step that was still running is cancelled with the run; the finished one stays
    # PROCESSED. Each step names the run's file.
    assert [(step.step_type, status_of(step)) for step in run.step_runs] == [
        ("PARSE", "PROCESSED"),
        ("EXTRACT", "CANCELLED"),
    ]
    assert all(step.files == run.files for step in run.step_runs)

    # A PENDING workflow run can be cancelled too; a finished one cannot.
    assert status_of(client.workflow_runs.cancel(ids["PENDING"])) == "CANCELLING"
    with pytest.raises(BadRequestError):
        client.workflow_runs.cancel(ids["NEEDS_REVIEW"])

    logged = extend_sandbox.log(since=mark)
    path = f"/workflow_runs/{processing}"
    assert [(r.method, r.path, r.status) for r in logged] == [
        ("POST", f"{path}/cancel", 200),
        ("POST", f"{path}/cancel", 400),
        *[("GET", path, 200)] * len(seen),
        ("POST", f"/workflow_runs/{ids['PENDING']}/cancel", 200),
        ("POST", f"/workflow_runs/{ids['NEEDS_REVIEW']}/cancel", 400),
    ]


def test_cancel_a_parse_run(extend_sandbox: Sandbox, client: Extend) -> None:
    """A PROCESSING parse run is CANCELLED at once; a run in any other status is a 400."""
    ids = extend_sandbox.seeded_run_ids["parse"]
    processing = ids["PROCESSING"]

    answered = client.parse_runs.cancel(processing)
    assert (answered.id, status_of(answered)) == (processing, "CANCELLED")
    # The SDK's catch-all member: its value is the string, the member is not equal to it.
    assert answered.status != "CANCELLED"
    assert status_of(client.parse_runs.retrieve(processing)) == "CANCELLED"
    for status in ("PENDING", "PROCESSED", "FAILED", "CANCELLED"):
        with pytest.raises(BadRequestError) as bad_request:
            client.parse_runs.cancel(ids[status])
        assert bad_request.value.status_code == 400, status
    with pytest.raises(NotFoundError):
        client.parse_runs.cancel("pr_does_not_exist")
    # The processed run is untouched, its parsed chunks with their blocks.
    processed = client.parse_runs.retrieve(ids["PROCESSED"])
    assert status_of(processed) == "PROCESSED"
    assert processed.output is not None and all(chunk.blocks for chunk in processed.output.chunks)


def test_cancel_a_verify_run_and_the_no_op(extend_sandbox: Sandbox, client: Extend) -> None:
    """A PROCESSING verify run is CANCELLED; a cancel of a finished one answers 200 with the run
    unchanged: the run's status, not the HTTP status, says whether it was cancelled."""
    ids = extend_sandbox.seeded_run_ids["verify"]
    assert "PENDING" not in ids
    answered = client.verify_runs.cancel(ids["PROCESSING"])
    assert (answered.id, status_of(answered)) == (ids["PROCESSING"], "CANCELLED")
    assert status_of(client.verify_runs.retrieve(ids["PROCESSING"])) == "CANCELLED"

    for status in ("PROCESSED", "FAILED", "CANCELLED"):
        before = client.verify_runs.retrieve(ids[status])
        mark = extend_sandbox.mark()
        after = client.verify_runs.cancel(ids[status])
        assert status_of(after) == status
        assert after.dict() == before.dict()
        [request] = extend_sandbox.log(since=mark)
        assert (request.method, request.path, request.status) == ("POST", f"/verify_runs/{ids[status]}/cancel", 200)
