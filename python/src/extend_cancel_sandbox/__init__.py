"""The offline Extend sandbox for Python tests, from the ``extend-cancel`` package.

The package installs the ``extend-cancel`` command (built from Rust; no toolchain needed) and
this module, whose pytest plugin gives the ``extend_sandbox`` fixture::

    from extend_ai import Extend

    def test_cancel(extend_sandbox):
        client = Extend(token=extend_sandbox.api_key, base_url=extend_sandbox.base_url)
        mark = extend_sandbox.mark()
        assert client.extract_runs.cancel("exr_processing").status == "CANCELLED"
        [request] = extend_sandbox.log(since=mark)
        assert (request.method, request.path, request.status) == ("POST", "/extract_runs/exr_processing/cancel", 200)

The sandbox holds a run of every kind (extract, classify, split, legacy processor, workflow,
parse, verify) in every status it has: :data:`SEEDED_RUN_IDS`, :data:`SEEDED_STATUSES`.

Outside pytest, :class:`Sandbox` starts and stops one: ``with Sandbox.start(["demo"]) as sandbox: ...``.
"""

from ._sandbox import (
    BINARY_ENV,
    BINARY_NAME,
    KINDS,
    LISTED_KINDS,
    PATHS,
    SEEDED_RUN_IDS,
    SEEDED_STATUSES,
    STATUSES,
    LoggedRequest,
    Sandbox,
    SandboxError,
    find_binary,
    seeded_run_id,
)

__all__ = [
    "BINARY_ENV",
    "BINARY_NAME",
    "KINDS",
    "LISTED_KINDS",
    "PATHS",
    "SEEDED_RUN_IDS",
    "SEEDED_STATUSES",
    "STATUSES",
    "LoggedRequest",
    "Sandbox",
    "SandboxError",
    "find_binary",
    "seeded_run_id",
]
