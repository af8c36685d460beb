"""The plugin itself, from the installed wheel: the seeded ids it documents are the sandbox's,
seeds (option, ini, factory), the request log, a bad seed, and stopping. Run by .ci/wheel-check.
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path

import pytest

from extend_cancel_sandbox import (
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


def test_the_package_and_command_are_the_installed_ones() -> None:
    import extend_cancel_sandbox

    # The module from the wheel, not from python/src.
    assert "site-packages" in Path(extend_cancel_sandbox.__file__).parts
    binary = Path(find_binary())
    assert binary.name.startswith("extend-cancel")
    # Installed beside this environment's Python, and so on its PATH once activated.
    assert binary.parent.samefile(Path(sys.executable).parent)
    assert shutil.which("extend-cancel") is not None


def test_settings(extend_sandbox: Sandbox) -> None:
    assert extend_sandbox.base_url.startswith("http://127.0.0.1:")
    assert extend_sandbox.api_key and extend_sandbox.workspace_id
    assert extend_sandbox.env == {
        "EXTEND_BASE_URL": extend_sandbox.base_url,
        "EXTEND_API_KEY": extend_sandbox.api_key,
        "EXTEND_WORKSPACE_ID": extend_sandbox.workspace_id,
    }
    assert extend_sandbox.running


def test_seeded_run_ids_are_the_sandboxs(extend_sandbox_factory) -> None:
    sandbox = extend_sandbox_factory()
    assert set(LISTED_KINDS) == set(KINDS) == set(SEEDED_RUN_IDS) == set(PATHS)
    assert sum(len(ids) for ids in SEEDED_RUN_IDS.values()) == 37
    # workflow_run_cancelling becomes CANCELLED 300 ms after the sandbox started.
    time.sleep(0.3)
    now = {
        ("workflow", "CANCELLING"): [],
        ("workflow", "CANCELLED"): ["workflow_run_cancelled", "workflow_run_cancelling"],
    }
    for kind in LISTED_KINDS:
        assert list(SEEDED_RUN_IDS[kind]) == list(SEEDED_STATUSES[kind])
        assert sorted(sandbox.list_run_ids(kind)) == sorted(SEEDED_RUN_IDS[kind].values())
        for status in SEEDED_STATUSES[kind]:
            run_id = SEEDED_RUN_IDS[kind][status]
            assert run_id == KINDS[kind] + status.lower() == seeded_run_id(kind, status)
            assert sorted(sandbox.list_run_ids(kind, status)) == now.get((kind, status), [run_id])
    assert SEEDED_RUN_IDS["processor"]["PENDING"] == "dpr_pending"
    assert SEEDED_RUN_IDS["workflow"]["NEEDS_REVIEW"] == "workflow_run_needs_review"
    assert SEEDED_STATUSES["workflow"][5:] == ("CANCELLING", "NEEDS_REVIEW", "REJECTED")
    assert "PENDING" not in SEEDED_RUN_IDS["verify"]
    assert STATUSES == SEEDED_STATUSES["parse"] == SEEDED_STATUSES["extract"]
    # Each list's own filters, as the API names them.
    processor_ids = sorted(SEEDED_RUN_IDS["processor"].values())
    assert sorted(sandbox.list_run_ids("processor", processorId="dp_sandbox_invoices")) == processor_ids
    assert sandbox.list_run_ids("processor", processorType="CLASSIFY") == []
    assert len(sandbox.list_run_ids("workflow", workflowId="workflow_sandbox_invoices")) == 8
    assert len(sandbox.list_run_ids("parse", batchId="bpar_sandbox")) == 5
    assert sandbox.list_run_ids("verify", riskLevel="HIGH") == ["vr_processed"]
    # A filter the list does not take is refused, not ignored.
    with pytest.raises(SandboxError, match="400"):
        sandbox.list_run_ids("verify", batchId="bpar_sandbox")
    with pytest.raises(ValueError, match="unknown kind"):
        sandbox.list_run_ids("edit")
    assert seeded_run_id("workflow", "needs_review") == "workflow_run_needs_review"
    with pytest.raises(ValueError, match="verify runs have no status 'PENDING'"):
        seeded_run_id("verify", "PENDING")


def test_factory_seeds_and_log(extend_sandbox_factory, tmp_path: Path) -> None:
    seed = tmp_path / "runs.json"
    seed.write_text(json.dumps([{"id": "exr_mine", "status": "PROCESSING", "batchId": "bpr_mine"}]))
    sandbox = extend_sandbox_factory(seeds=["demo", seed])
    assert sandbox.seeds == ("demo", str(seed))
    mark = sandbox.mark()
    assert sandbox.list_run_ids("extract", batchId="bpr_mine") == ["exr_mine"]
    assert len(sandbox.list_run_ids("extract", batchId="bpr_demo_invoices")) == 240
    logged = sandbox.log(since=mark)
    assert [(r.method, r.path, r.query, r.status) for r in logged] == [
        ("GET", "/extract_runs", "maxPageSize=1000&batchId=bpr_mine", 200),
        ("GET", "/extract_runs", "maxPageSize=1000&batchId=bpr_demo_invoices", 200),
    ]
    assert logged[0].api_version is None
    # Nothing else was logged, and the log is the same read twice.
    assert sandbox.log(since=mark) == logged


def test_a_bad_seed_file_says_why(tmp_path: Path) -> None:
    seed = tmp_path / "bad.json"
    seed.write_text('[{"id": "exr_1", "status": "RUNNING"}]')
    with pytest.raises(SandboxError, match=r"exited with status 2: .*--seed .*bad\.json"):
        Sandbox.start([seed])


def test_stop_is_clean_and_idempotent() -> None:
    sandbox = Sandbox.start()
    with sandbox:
        assert sandbox.running
        # Served a request: long enough after its first lines to have set up its Ctrl-C
        # handling (a SIGINT in the instant before that ends it by the signal, -2).
        assert sandbox.log() == []
    assert not sandbox.running
    assert sandbox.process.returncode == 0
    assert sandbox.stop() == 0


def test_log_line_parsing() -> None:
    assert LoggedRequest.parse(
        "GET /extract_runs?status=PROCESSING&batchId=b 200 req_sandbox_2 api-version=2026-02-09"
    ) == LoggedRequest("GET", "/extract_runs", "status=PROCESSING&batchId=b", 200, "req_sandbox_2", "2026-02-09")
    dropped = LoggedRequest.parse(
        "POST /processor_runs/dpr_1/cancel 200 req_sandbox_9 api-version=- (response dropped)"
    )
    assert dropped == LoggedRequest("POST", "/processor_runs/dpr_1/cancel", None, 200, "req_sandbox_9", None, True)
    assert dropped.target == "/processor_runs/dpr_1/cancel"
    assert LoggedRequest.parse("EXTEND_API_KEY=sk_sandbox") is None


def test_seed_option_and_ini(pytester: pytest.Pytester) -> None:
    """`--extend-sandbox-seed` and the `extend_sandbox_seed` ini option seed the session's
    sandbox, in a pytest run of its own (the plugin loaded from its entry point)."""
    pytester.makefile(".json", runs='[{"id": "clr_from_ini", "status": "PROCESSING"}]')
    pytester.makeini("[pytest]\nextend_sandbox_seed =\n    runs.json\n")
    pytester.makepyfile(
        """
        import json

        def test_seeded(extend_sandbox):
            ids = sorted(extend_sandbox.list_run_ids("classify", "PROCESSING"))
            extract = len(extend_sandbox.list_run_ids("extract"))
            seeded = {"seeds": list(extend_sandbox.seeds), "ids": ids, "extract": extract}
            print("\\nSEEDED " + json.dumps(seeded))
        """
    )

    def seeded(*args: str) -> dict:
        result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-s", *args)
        result.assert_outcomes(passed=1)
        [line] = [line for line in result.outlines if line.startswith("SEEDED ")]
        return json.loads(line[len("SEEDED ") :])

    from_ini = seeded()
    assert [Path(seed).name for seed in from_ini["seeds"]] == ["runs.json"]
    assert (from_ini["ids"], from_ini["extract"]) == (["clr_from_ini", "clr_processing"], 5)
    # The option replaces the ini's seeds: the demo seed's 300 extract runs, no clr_from_ini.
    demo = seeded("--extend-sandbox-seed", "demo")
    assert (demo["seeds"], demo["ids"], demo["extract"]) == (["demo"], ["clr_processing"], 305)
