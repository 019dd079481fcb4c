"""Network faults, each proven to end with every signature on the server exactly once.

Both adapters meet the same faults from real loopback servers: 500s, a connection reset
after the server committed (the answer is lost), 429 with Retry-After, a hanging server,
a 200 with an empty or malformed body, a revoked token; and the json server is killed (a
real process, SIGKILL-like exit) in the middle of a batch and started again.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from kiosk.models import SyncState
from kiosk.runtime import KioskContext
from kiosk.simulate import simulate
from sync.client.engine import DrainReport
from sync.client.status import META_LAST_ERROR, META_LAST_ERROR_TARGET, sync_status
from sync.upstream.errors import SyncCode
from sync.upstream.target import SyncConfig
from tests.sync.helpers import TOKEN, assert_exactly_once, json_config, make_engine, osdi_config, rows
from tests.sync.servers.base import Fault, RunningServer, free_port

REPO = Path(__file__).resolve().parents[3]
# osdi posts one signature at a time at 4/s: keep its counts small so the suite stays fast.
COUNTS = {"json": 25, "osdi": 6}


@pytest.fixture(params=["json", "osdi"])
def target(request: pytest.FixtureRequest, json_server: RunningServer,
           osdi_server: RunningServer) -> tuple[str, RunningServer]:
    kind = request.param
    return kind, json_server if kind == "json" else osdi_server


def config_for(kind: str, server: RunningServer, **overrides: object) -> SyncConfig:
    if kind == "json":
        return json_config(server.url, batch_size=10, **overrides)
    return osdi_config(server.url, **overrides)


def server_uuids(kind: str, server: RunningServer) -> list[str]:
    app = server.app
    return app.stored_uuids() if kind == "json" else app.kiosk_ids()  # type: ignore[attr-defined, no-any-return]


@pytest.fixture
def errors_seen(kiosk: KioskContext, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every (error, target) the engine recorded in the status while it ran.

    The status keeps only the error still standing (issue 26: a later success clears it), so
    the fault each test injected is read as it was written, not after the recovery.
    """
    seen: list[tuple[str, str]] = []
    real = kiosk.store.record_sync_results

    def recording(now: Any, confirmed: Any, rejected: Any, retries: Any, meta: Mapping[str, str],
                  not_sent: Any = None) -> None:
        if meta.get(META_LAST_ERROR):
            seen.append((meta[META_LAST_ERROR], meta.get(META_LAST_ERROR_TARGET, "")))
        real(now, confirmed, rejected, retries, meta, not_sent)

    monkeypatch.setattr(kiosk.store, "record_sync_results", recording)
    return seen


def assert_recovered_from(kiosk: KioskContext, seen: list[tuple[str, str]], code: SyncCode) -> None:
    """``code`` was recorded while the fault lasted, and the recovered kiosk reports no error."""
    assert code in {error for error, _ in seen}, seen
    status = sync_status(kiosk.store)
    assert status["last_error"] is None and status["last_error_at"] is None, status


def run(kiosk: KioskContext, kind: str, server: RunningServer, **overrides: object) -> DrainReport:
    simulate(kiosk.store, kiosk.campaign, COUNTS[kind])
    engine = make_engine(kiosk, config_for(kind, server, **overrides))
    return engine.run_until_idle(30)


def test_500s_are_retried(kiosk: KioskContext, target: tuple[str, RunningServer],
                          errors_seen: list[tuple[str, str]]) -> None:
    kind, server = target
    server.app.faults.add(Fault.ERROR_500, times=3)
    report = run(kiosk, kind, server)
    assert report.pending == 0
    assert server.app.statuses().count(500) == 3
    assert_exactly_once(server_uuids(kind, server), kiosk)
    assert_recovered_from(kiosk, errors_seen, SyncCode.SERVER_ERROR)
    host = server.url.split("//")[1].split("/")[0]
    assert {target for _, target in errors_seen} == {f"{kind} http://{host}"}  # the error names its target


def test_reset_after_commit_is_not_counted_twice(kiosk: KioskContext, target: tuple[str, RunningServer],
                                                 errors_seen: list[tuple[str, str]]) -> None:
    kind, server = target
    server.app.faults.add(Fault.RESET_AFTER_COMMIT, times=2)
    report = run(kiosk, kind, server)
    assert report.pending == 0
    assert_exactly_once(server_uuids(kind, server), kiosk)
    assert_recovered_from(kiosk, errors_seen, SyncCode.CONNECTION)


def test_429_retry_after_is_honoured(kiosk: KioskContext, target: tuple[str, RunningServer]) -> None:
    kind, server = target
    server.app.retry_after_s = 1
    server.app.faults.add(Fault.RATE_LIMITED)
    report = run(kiosk, kind, server)
    assert report.pending == 0
    log = server.app.log
    refused = next(i for i, entry in enumerate(log) if entry.status == 429)
    assert log[refused + 1].at - log[refused].at >= 1.0, "retried before Retry-After"
    assert_exactly_once(server_uuids(kind, server), kiosk)


def test_a_hanging_server_times_out_and_is_retried(kiosk: KioskContext, target: tuple[str, RunningServer],
                                                   errors_seen: list[tuple[str, str]]) -> None:
    kind, server = target
    server.app.faults.add(Fault.HANG, seconds=1.5)
    started = time.monotonic()
    report = run(kiosk, kind, server, read_timeout_s=0.3)
    assert report.pending == 0
    assert_recovered_from(kiosk, errors_seen, SyncCode.TIMEOUT)
    assert time.monotonic() - started < 20
    time.sleep(1.5)  # let the hung handler finish (it commits late, like a slow real server)
    assert_exactly_once(server_uuids(kind, server), kiosk)


@pytest.mark.parametrize("fault", [Fault.EMPTY_200, Fault.MALFORMED_200])
def test_a_200_without_the_expected_body_is_a_failure(kiosk: KioskContext, target: tuple[str, RunningServer],
                                                      fault: Fault, errors_seen: list[tuple[str, str]]) -> None:
    kind, server = target
    server.app.faults.add(fault, times=2)
    report = run(kiosk, kind, server)
    assert report.pending == 0
    assert_recovered_from(kiosk, errors_seen, SyncCode.BAD_RESPONSE)
    assert_exactly_once(server_uuids(kind, server), kiosk)


def test_a_revoked_token_pauses_without_burning_the_queue(kiosk: KioskContext,
                                                          target: tuple[str, RunningServer]) -> None:
    kind, server = target
    server.app.tokens.clear()  # revoked on the server
    simulate(kiosk.store, kiosk.campaign, COUNTS[kind])
    engine = make_engine(kiosk, config_for(kind, server))
    report = engine.run_until_idle(10)
    assert report.paused == SyncCode.AUTH_FAILED
    assert server.app.statuses() == [401], "sync kept knocking with a revoked token"
    assert all(r.state == SyncState.PENDING and r.attempts == 0 for r in rows(kiosk))
    status = sync_status(kiosk.store)
    assert status["sync_paused"] == "auth_failed" and status["last_error"] == "auth_failed"
    # Still paused on the next background round: no requests.
    engine.run_until_idle(1)
    assert server.app.statuses() == [401]
    # The coordinator sets a new token: sync resumes by itself and finishes.
    server.app.tokens.add("new-token")
    engine.token_holder["token"] = "new-token"  # type: ignore[attr-defined]
    report = engine.run_until_idle(30)
    assert report.pending == 0 and report.paused is None
    status = sync_status(kiosk.store)
    assert status["sync_paused"] is None
    # Issue 26: 'auth_failed' with 0 pending read as a kiosk still refused; the success clears it.
    assert status["last_error"] is None and status["last_error_target"] is None
    assert_exactly_once(server_uuids(kind, server), kiosk)


def _server_process(port: int, db: Path, *extra: str) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.sync.servers.json_server", "--port", str(port), "--db", str(db),
         "--token", TOKEN, *extra], cwd=REPO, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    return process


def test_server_killed_mid_batch_and_restarted(kiosk: KioskContext, tmp_path: Path) -> None:
    port, db = free_port(), tmp_path / "killed-server.sqlite3"
    first = _server_process(port, db, "--die-mid-batch")
    simulate(kiosk.store, kiosk.campaign, 40)
    engine = make_engine(kiosk, json_config(f"http://127.0.0.1:{port}", batch_size=20, backoff_cap_s=0.3))
    reports: list[DrainReport] = []
    worker = threading.Thread(target=lambda: reports.append(engine.run_until_idle(30)))
    worker.start()
    second = None
    try:
        assert first.wait(10) == 17, "the server should have died mid-batch"
        with sqlite3.connect(db) as check:
            assert check.execute("SELECT count(*) FROM signatures").fetchone()[0] == 10  # half the batch
        time.sleep(0.5)  # the kiosk meets a dead port for a while
        second = _server_process(port, db)
        worker.join(30)
        assert not worker.is_alive()
    finally:
        engine.interrupt.set()
        worker.join(5)
        for process in (first, second):
            if process is not None and process.poll() is None:
                process.terminate()
                process.wait(5)
    assert reports and reports[0].pending == 0
    with sqlite3.connect(db) as check:
        stored = [row[0] for row in check.execute("SELECT uuid FROM signatures")]
    assert_exactly_once(stored, kiosk)
    assert any(r.server_receipt == "duplicate" for r in rows(kiosk)), "the committed half came back as duplicates"
