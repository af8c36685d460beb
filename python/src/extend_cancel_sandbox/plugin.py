"""The pytest plugin of the ``extend-cancel`` package (entry point ``pytest11``:
``extend_sandbox``), loaded by pytest wherever the package is installed.

Fixtures:

* ``extend_sandbox`` (session): one ``extend-cancel sandbox`` for the whole test run, seeded
  with ``--extend-sandbox-seed`` / the ``extend_sandbox_seed`` ini option; a :class:`Sandbox`.
* ``extend_sandbox_factory`` (function): starts sandboxes of a test's own, each stopped at the
  end of that test: ``extend_sandbox_factory(seeds=["demo"])``.

Options:

* ``--extend-sandbox-seed demo|FILE`` (repeatable), or the ini option ``extend_sandbox_seed``
  (one value a line; a relative file path is read from the ini file's directory);
* ``--extend-sandbox-bin PATH``: the command to run (default: ``$EXTEND_CANCEL_BIN``, else the
  one this package installed, else ``extend-cancel`` on ``PATH``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Callable

import pytest

from ._sandbox import Sandbox, Seed


def pytest_addoption(parser: pytest.Parser) -> None:
    """Adds ``--extend-sandbox-seed``, ``--extend-sandbox-bin`` and the ini option
    ``extend_sandbox_seed``."""
    group = parser.getgroup("extend-sandbox", "the Extend sandbox (extend-cancel sandbox)")
    group.addoption(
        "--extend-sandbox-seed",
        action="append",
        default=None,
        metavar="demo|FILE",
        help="seed the extend_sandbox fixture's sandbox: 'demo' or a JSON seed file (repeatable); "
        "overrides the extend_sandbox_seed ini option",
    )
    group.addoption(
        "--extend-sandbox-bin",
        default=None,
        metavar="PATH",
        help="the extend-cancel command to run (default: $EXTEND_CANCEL_BIN, else the installed one)",
    )
    parser.addini(
        "extend_sandbox_seed",
        type="linelist",
        default=[],
        help="seeds for the extend_sandbox fixture's sandbox: 'demo' or JSON seed files, one a line",
    )


def configured_seeds(config: pytest.Config) -> list[str]:
    """The seeds the options give: ``--extend-sandbox-seed`` values as given (relative paths
    read from the current directory), else the ini option's (relative paths read from the ini
    file's directory)."""
    seeds: Sequence[str] | None = config.getoption("extend_sandbox_seed")
    if seeds:
        return list(seeds)
    base = Path(config.inipath).parent if config.inipath is not None else Path(config.rootpath)
    return [seed if seed == "demo" else str(base / seed) for seed in config.getini("extend_sandbox_seed")]


@pytest.fixture(scope="session")
def extend_sandbox(pytestconfig: pytest.Config) -> Iterator[Sandbox]:
    """One ``extend-cancel sandbox`` for the whole test run, stopped at its end.

    Gives ``base_url``, ``api_key`` and ``workspace_id`` for the client under test,
    ``seeded_run_ids`` (kind -> status -> id for every kind, such as ``exr_processing``,
    ``workflow_run_needs_review`` or ``vr_processed``), ``list_run_ids`` (any kind, legacy
    processor runs included), and the request log: ``mark()`` before, ``log(since=mark)`` after. Every test of the run
    shares it, so a run cancelled by one test stays ``CANCELLED`` for the next; use
    ``extend_sandbox_factory`` for a sandbox of a test's own.
    """
    sandbox = Sandbox.start(configured_seeds(pytestconfig), binary=pytestconfig.getoption("extend_sandbox_bin"))
    try:
        yield sandbox
    finally:
        sandbox.stop()


SandboxFactory = Callable[..., Sandbox]


@pytest.fixture
def extend_sandbox_factory(pytestconfig: pytest.Config) -> Iterator[SandboxFactory]:
    """Starts sandboxes of the test's own: ``extend_sandbox_factory(seeds=["demo"], port=None)``
    (keywords as :meth:`Sandbox.start`; by default without seeds). Each is stopped at the end of
    the test."""
    started: list[Sandbox] = []
    binary = pytestconfig.getoption("extend_sandbox_bin")

    def start(seeds: Sequence[Seed] = (), **options: object) -> Sandbox:
        options.setdefault("binary", binary)
        sandbox = Sandbox.start(seeds, **options)  # type: ignore[arg-type]
        started.append(sandbox)
        return sandbox

    try:
        yield start
    finally:
        for sandbox in started:
            sandbox.stop()
