"""Starting, reading and stopping `extend-cancel sandbox` from Python.

The sandbox is the offline Extend look-alike that the `extend-cancel` command serves on
127.0.0.1. It prints three machine-readable lines first (``EXTEND_BASE_URL=...``,
``EXTEND_API_KEY=...``, ``EXTEND_WORKSPACE_ID=...``), then one line per request it answers:
``METHOD PATH[?QUERY] STATUS REQUEST_ID api-version=VERSION`` (`` (response dropped)`` after it
when a fault dropped the response). :class:`Sandbox` starts the command, reads both of its
output streams continuously in background threads (so that it never blocks on a full pipe),
and parses the request lines into :class:`LoggedRequest` records.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import sysconfig
import threading
import time
import urllib.parse
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType, TracebackType
from typing import IO, Any, Union

#: The name of the command the ``extend-cancel`` wheel installs.
BINARY_NAME = "extend-cancel"

#: The environment variable that names the command to run instead of the installed one (for
#: example a ``cargo build`` of it: ``EXTEND_CANCEL_BIN=target/debug/extend-cancel``).
BINARY_ENV = "EXTEND_CANCEL_BIN"

#: The kinds of run, each with its id prefix: extract, classify, split and legacy processor
#: runs, then workflow, parse and verify runs.
KINDS: Mapping[str, str] = MappingProxyType(
    {
        "extract": "exr_",
        "classify": "clr_",
        "split": "splr_",
        "processor": "dpr_",
        "workflow": "workflow_run_",
        "parse": "pr_",
        "verify": "vr_",
    }
)

#: The statuses extract, classify, split, legacy processor and parse runs are seeded in (and
#: have). Workflow and verify runs have others: see :data:`SEEDED_STATUSES`.
STATUSES: Sequence[str] = ("PENDING", "PROCESSING", "PROCESSED", "FAILED", "CANCELLED")

#: The statuses each kind of run has, in the order the sandbox seeds one run in each: the five
#: of :data:`STATUSES`; workflow runs also ``CANCELLING`` (being cancelled), ``NEEDS_REVIEW``
#: and ``REJECTED``; verify runs are never ``PENDING``. A kind's list filter ``status`` takes
#: these values.
SEEDED_STATUSES: Mapping[str, Sequence[str]] = MappingProxyType(
    {
        **{kind: STATUSES for kind in ("extract", "classify", "split", "processor")},
        "workflow": (*STATUSES, "CANCELLING", "NEEDS_REVIEW", "REJECTED"),
        "parse": STATUSES,
        "verify": ("PROCESSING", "PROCESSED", "FAILED", "CANCELLED"),
    }
)

#: The API path of each kind's runs (``/{path}/{id}/cancel``, ``/{path}/{id}``, ``/{path}``).
PATHS: Mapping[str, str] = MappingProxyType({kind: f"{kind}_runs" for kind in KINDS})

#: The kinds whose runs :meth:`Sandbox.list_run_ids` lists: every kind (the legacy processor
#: runs through ``GET /processor_runs``, whose pages are ``{success, processorRuns,
#: nextPageToken}``).
LISTED_KINDS: Sequence[str] = tuple(KINDS)

# The path of the request that `Sandbox.sync` sends: no such endpoint (404), and left out of
# `Sandbox.log`.
_SYNC_PATH = "/_extend_cancel_sandbox/sync/"

_LOG_LINE = re.compile(
    r"^(?P<method>[A-Z]+) (?P<target>\S+) (?P<status>\d{3}) (?P<request_id>\S+)"
    r" api-version=(?P<api_version>\S+)(?P<dropped> \(response dropped\))?$"
)

Seed = Union[str, "os.PathLike[str]"]


def seeded_run_id(kind: str, status: str) -> str:
    """The id of the run every sandbox holds for this kind and status: the kind's prefix and
    the status in lowercase, such as ``exr_processing``, ``dpr_failed`` or
    ``workflow_run_needs_review``.

    :raises ValueError: an unknown kind, or a status the kind does not have
        (:data:`SEEDED_STATUSES`; a verify run is never ``PENDING``).
    """
    try:
        prefix = KINDS[kind]
    except KeyError:
        raise ValueError(f"unknown kind of run {kind!r}; one of {', '.join(KINDS)}") from None
    if status.upper() not in SEEDED_STATUSES[kind]:
        raise ValueError(f"{kind} runs have no status {status!r}; one of {', '.join(SEEDED_STATUSES[kind])}")
    return prefix + status.lower()


#: The runs every sandbox holds, whatever it is seeded with: kind -> status -> id, one run of
#: each kind in each status it has (37 runs), such as ``SEEDED_RUN_IDS["split"]["FAILED"] ==
#: "splr_failed"``, ``SEEDED_RUN_IDS["workflow"]["NEEDS_REVIEW"] == "workflow_run_needs_review"``
#: or ``SEEDED_RUN_IDS["verify"]["PROCESSED"] == "vr_processed"``. The workflow runs are of the
#: workflow ``workflow_sandbox_invoices`` in the batch ``batch_sandbox``, the parse runs in the
#: batch parse ``bpar_sandbox``. ``workflow_run_cancelling`` becomes ``CANCELLED`` 300 ms after
#: the sandbox started (when it is next asked).
SEEDED_RUN_IDS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        kind: MappingProxyType({status: seeded_run_id(kind, status) for status in SEEDED_STATUSES[kind]})
        for kind in KINDS
    }
)


class SandboxError(RuntimeError):
    """The sandbox could not be started, or did not answer as expected."""


@dataclass(frozen=True)
class LoggedRequest:
    """One request the sandbox answered, from its log line."""

    #: ``GET`` or ``POST`` (or whatever the client sent).
    method: str
    #: The path, percent-encoded as sent, such as ``/extract_runs/exr_processing/cancel``.
    path: str
    #: The query string without the ``?``, or ``None``.
    query: str | None
    #: The HTTP status the sandbox answered with.
    status: int
    #: The request id the sandbox gave it (``req_sandbox_N``, also in its ``x-extend-request-id`` header).
    request_id: str
    #: The ``x-extend-api-version`` header the client sent, or ``None``.
    api_version: str | None
    #: Whether an injected fault dropped the response.
    dropped: bool = False

    @property
    def target(self) -> str:
        """The path and query as the log shows them."""
        return self.path if self.query is None else f"{self.path}?{self.query}"

    @classmethod
    def parse(cls, line: str) -> LoggedRequest | None:
        """The request a log line describes, or ``None`` for any other line."""
        match = _LOG_LINE.match(line.rstrip("\r\n"))
        if match is None:
            return None
        path, _, query = match["target"].partition("?")
        version = match["api_version"]
        return cls(
            method=match["method"],
            path=path,
            query=query if "?" in match["target"] else None,
            status=int(match["status"]),
            request_id=match["request_id"],
            api_version=None if version == "-" else version,
            dropped=match["dropped"] is not None,
        )


def find_binary() -> str:
    """The ``extend-cancel`` command to run: ``$EXTEND_CANCEL_BIN`` if set, else the one this
    package's wheel installed (in the environment's scripts directory, beside the Python
    executable), else the first on ``PATH``.

    Raises :class:`SandboxError` if there is none.
    """
    configured = os.environ.get(BINARY_ENV)
    if configured:
        return configured
    names = [BINARY_NAME + ".exe", BINARY_NAME] if sys.platform == "win32" else [BINARY_NAME]
    directories = []
    for scheme in (None, f"{os.name}_user"):
        try:
            directories.append(
                sysconfig.get_path("scripts") if scheme is None else sysconfig.get_path("scripts", scheme)
            )
        except KeyError:
            pass
    directories.append(str(Path(sys.executable).parent))
    for directory in directories:
        for name in names:
            candidate = Path(directory) / name
            if candidate.is_file() and os.access(candidate, os.X_OK):
                return str(candidate)
    found = shutil.which(BINARY_NAME)
    if found:
        return found
    raise SandboxError(
        f"no `{BINARY_NAME}` command: install the extend-cancel package in this environment "
        f"(pip install extend-cancel), or set {BINARY_ENV} to the path of the command"
    )


class Sandbox:
    """A running ``extend-cancel sandbox``: its address, key and workspace, and its request log.

    Start one with :meth:`start` (or use it as a context manager); stop it with :meth:`stop`.
    Cancelling changes its runs: a run cancelled is ``CANCELLED`` for every later test that
    shares the sandbox.
    """

    #: ``http://127.0.0.1:PORT``: the base URL to give a client.
    base_url: str
    #: The API key the sandbox accepts (any other gets a 401).
    api_key: str
    #: The workspace the key belongs to (any other gets a 403).
    workspace_id: str
    #: The ``--seed`` values it was started with.
    seeds: Sequence[str]
    #: The command's process.
    process: subprocess.Popen[str]

    def __init__(self, process: subprocess.Popen[str], seeds: Sequence[str], startup_timeout: float) -> None:
        """Reads the first lines of an already started ``extend-cancel sandbox``; use
        :meth:`start` instead."""
        self.process = process
        self.seeds = tuple(seeds)
        self._lock = threading.Condition()
        self._settings: dict[str, str] = {}
        self._requests: list[LoggedRequest] = []
        self._stdout_lines: list[str] = []
        self._stderr_lines: list[str] = []
        self._syncs = 0
        assert process.stdout is not None and process.stderr is not None
        self._readers = [
            threading.Thread(
                target=self._read_stdout, args=(process.stdout,), name="extend-sandbox-stdout", daemon=True
            ),
            threading.Thread(
                target=self._read_stderr, args=(process.stderr,), name="extend-sandbox-stderr", daemon=True
            ),
        ]
        for reader in self._readers:
            reader.start()
        try:
            self._wait_for_settings(startup_timeout)
        except BaseException:
            self.stop()
            raise
        self.base_url = self._settings["EXTEND_BASE_URL"]
        self.api_key = self._settings["EXTEND_API_KEY"]
        self.workspace_id = self._settings["EXTEND_WORKSPACE_ID"]

    @classmethod
    def start(
        cls,
        seeds: Iterable[Seed] = (),
        *,
        port: int | None = None,
        binary: str | None = None,
        startup_timeout: float = 30.0,
        cwd: str | os.PathLike[str] | None = None,
    ) -> Sandbox:
        """Starts ``extend-cancel sandbox`` on 127.0.0.1 and waits for its first lines.

        :param seeds: ``"demo"`` (552 runs of every kind, most in batches) or paths of JSON seed
            files, each passed as ``--seed``; the 37 runs of :data:`SEEDED_RUN_IDS` are always
            there.
        :param port: the port to listen on; by default a free one the sandbox picks.
        :param binary: the command to run; by default :func:`find_binary`.
        :param startup_timeout: seconds to wait for the first lines.
        :param cwd: the directory relative seed file paths are read from; by default the
            current one.
        :raises SandboxError: the command is missing, exits (a bad seed file, a port in use) or
            prints nothing in time; the message has what it printed on standard error.
        """
        seed_args = [os.fspath(seed) for seed in seeds]
        command = [binary or find_binary(), "sandbox"]
        if port is not None:
            command += ["--port", str(port)]
        for seed in seed_args:
            command += ["--seed", seed]
        try:
            process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                encoding="utf-8",
                errors="replace",
                bufsize=1,
                cwd=cwd,
            )
        except OSError as error:
            raise SandboxError(f"could not run {command[0]}: {error}") from error
        return cls(process, seed_args, startup_timeout)

    # -- reading the output ---------------------------------------------------------------

    def _read_stdout(self, stream: IO[str]) -> None:
        for line in stream:
            line = line.rstrip("\r\n")
            with self._lock:
                self._stdout_lines.append(line)
                name, equals, value = line.partition("=")
                if equals and name.startswith("EXTEND_") and len(self._settings) < 3:
                    self._settings[name] = value
                else:
                    request = LoggedRequest.parse(line)
                    if request is not None:
                        self._requests.append(request)
                self._lock.notify_all()
        with self._lock:
            self._lock.notify_all()

    def _read_stderr(self, stream: IO[str]) -> None:
        for line in stream:
            with self._lock:
                self._stderr_lines.append(line.rstrip("\r\n"))

    def _wait_for_settings(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        with self._lock:
            while len(self._settings) < 3 and self.process.poll() is None:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._lock.wait(min(left, 0.1))
            if len(self._settings) == 3:
                return
        if self.process.poll() is not None:
            # What it printed before exiting (a bad seed file, a port in use) is the reason.
            for reader in self._readers:
                reader.join(2)
            raise SandboxError(self._describe(f"extend-cancel sandbox exited with status {self.process.returncode}"))
        raise SandboxError(self._describe(f"extend-cancel sandbox printed no address within {timeout:g} s"))

    def _describe(self, problem: str) -> str:
        with self._lock:
            stderr = "\n".join(self._stderr_lines).strip()
        return f"{problem}: {stderr}" if stderr else problem

    @property
    def stderr(self) -> str:
        """What the sandbox printed on standard error so far."""
        with self._lock:
            return "\n".join(self._stderr_lines)

    @property
    def stdout_lines(self) -> list[str]:
        """Every line the sandbox printed on standard output so far (its settings and its log)."""
        with self._lock:
            return list(self._stdout_lines)

    # -- the request log --------------------------------------------------------------------

    def sync(self, timeout: float = 5.0) -> None:
        """Waits until every request the sandbox answered so far is in :meth:`log`.

        The sandbox writes a request's log line before it sends the response, but the line
        reaches this process through a pipe: this sends one more request (to a path that is no
        endpoint, left out of the log) and waits for its line, which comes after every earlier
        one. It takes a request id (``req_sandbox_N``) of its own.
        """
        with self._lock:
            self._syncs += 1
            marker = f"{_SYNC_PATH}{self._syncs}"
        parsed = urllib.parse.urlsplit(self.base_url)
        connection = http.client.HTTPConnection(parsed.hostname or "127.0.0.1", parsed.port, timeout=timeout)
        try:
            connection.request("GET", marker, headers={"Authorization": f"Bearer {self.api_key}"})
            connection.getresponse().read()
        except OSError as error:
            raise SandboxError(self._describe(f"the sandbox at {self.base_url} did not answer: {error}")) from error
        finally:
            connection.close()
        deadline = time.monotonic() + timeout
        with self._lock:
            while not any(r.path == marker for r in reversed(self._requests)):
                left = deadline - time.monotonic()
                if left <= 0:
                    raise SandboxError(f"the sandbox's log line for {marker} did not arrive within {timeout:g} s")
                self._lock.wait(left)

    def log(self, since: int = 0, *, sync: bool = True) -> list[LoggedRequest]:
        """The requests the sandbox answered, in the order it logged them, from the
        ``since``-th on (a value from :meth:`mark`).

        With ``sync`` (the default), first waits until every request answered so far is in
        (see :meth:`sync`).
        """
        if sync:
            self.sync()
        with self._lock:
            requests = [r for r in self._requests if not r.path.startswith(_SYNC_PATH)]
        return requests[since:]

    def mark(self) -> int:
        """The number of requests logged so far: pass it to :meth:`log` as ``since`` to get the
        requests made after this call."""
        return len(self.log())

    # -- the runs -------------------------------------------------------------------------

    @property
    def seeded_run_ids(self) -> Mapping[str, Mapping[str, str]]:
        """The runs every sandbox holds: kind -> status -> id (see :data:`SEEDED_RUN_IDS`)."""
        return SEEDED_RUN_IDS

    def list_run_ids(self, kind: str, status: str | None = None, **filters: str) -> list[str]:
        """The ids of the runs of ``kind`` (any of :data:`LISTED_KINDS`: every kind) the sandbox
        lists now (every page), optionally in ``status`` and with the list's other filters, as
        the API names them (``batchId="bpr_demo_invoices"``, ``workflowId=...``,
        ``processorId=...``...). A filter the kind's list does not take raises
        :class:`SandboxError` (the sandbox answers 400).

        The list requests are logged like any other. Legacy processor runs are listed in their
        2025-04-21 shape (``{success, processorRuns, nextPageToken}``).

        :raises ValueError: an unknown kind.
        """
        if kind not in LISTED_KINDS:
            raise ValueError(f"unknown kind of run {kind!r}; one of {', '.join(LISTED_KINDS)}")
        items = "processorRuns" if kind == "processor" else "data"
        query: dict[str, str] = {"maxPageSize": "1000", **filters}
        if status is not None:
            query["status"] = status
        ids: list[str] = []
        while True:
            page = self._get_json(f"/{PATHS[kind]}?{urllib.parse.urlencode(query)}")
            ids += [run["id"] for run in page.get(items) or []]
            token = page.get("nextPageToken")
            if not token:
                return ids
            query["nextPageToken"] = token

    def _get_json(self, target: str) -> dict[str, Any]:
        parsed = urllib.parse.urlsplit(self.base_url)
        connection = http.client.HTTPConnection(parsed.hostname or "127.0.0.1", parsed.port, timeout=30)
        try:
            connection.request("GET", target, headers={"Authorization": f"Bearer {self.api_key}"})
            response = connection.getresponse()
            body = response.read()
        except OSError as error:
            raise SandboxError(self._describe(f"the sandbox at {self.base_url} did not answer: {error}")) from error
        finally:
            connection.close()
        if response.status != 200:
            raise SandboxError(f"GET {target} answered {response.status}: {body.decode('utf-8', 'replace')}")
        page: dict[str, Any] = json.loads(body)
        return page

    # -- the environment --------------------------------------------------------------------

    @property
    def env(self) -> dict[str, str]:
        """``EXTEND_BASE_URL``, ``EXTEND_API_KEY`` and ``EXTEND_WORKSPACE_ID``, for
        ``monkeypatch.setenv`` or a subprocess's environment."""
        return {
            "EXTEND_BASE_URL": self.base_url,
            "EXTEND_API_KEY": self.api_key,
            "EXTEND_WORKSPACE_ID": self.workspace_id,
        }

    # -- stopping -----------------------------------------------------------------------------

    def stop(self, timeout: float = 10.0) -> int | None:
        """Stops the sandbox: Ctrl-C (SIGINT; ``terminate`` on Windows), then waits up to
        ``timeout`` seconds, then kills it. Returns its exit status: 0 after a clean stop; the
        negative signal number if the signal ended it (a stop in the instant after its first
        lines, before it handles Ctrl-C, gives -2) or it had to be killed. Safe to call twice."""
        process = self.process
        if process.poll() is None:
            try:
                if sys.platform == "win32":
                    process.terminate()
                else:
                    process.send_signal(signal.SIGINT)
            except OSError:
                pass
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        for reader in getattr(self, "_readers", []):
            reader.join(5)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()
        return process.returncode

    @property
    def running(self) -> bool:
        """Whether the sandbox's process is still running."""
        return self.process.poll() is None

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = "running" if self.running else f"exited {self.process.returncode}"
        return f"<Sandbox {self.base_url} {state}>"
