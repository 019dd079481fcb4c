"""Many kiosks, faults between kiosk and hub, and two hubs on one PostgreSQL: each signature
exactly once, on the embedded SQLite and on a real PostgreSQL the tests start."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.models import SyncState
from kiosk.runtime import KioskContext, open_kiosk
from kiosk.simulate import simulate
from sync.client.engine import DrainReport
from sync.client.pairing import pair
from tests.sync.helpers import PETITION, TOKEN, rows
from tests.sync.hub.support import (
    FaultProxy,
    HubProcess,
    alive,
    forward_to,
    hub_engine,
    hub_uuids,
    spawned_children,
    upstream_states,
    wait_for,
)
from tests.sync.servers.osdi_server import start_osdi_server

KIOSKS = 10
EACH = 30


@pytest.fixture
def hub_on(tmp_path: Path, hub_database: str | None) -> Iterator[HubProcess]:
    process = HubProcess(tmp_path / "hub", database=hub_database).start()
    yield process
    process.stop()


@pytest.fixture
def kiosks(tmp_path: Path) -> Iterator[list[KioskContext]]:
    opened = [open_kiosk(tmp_path / f"kiosk-{i}") for i in range(KIOSKS)]
    for index, kiosk in enumerate(opened):
        simulate(kiosk.store, kiosk.campaign, EACH, seed=100 + index)
    yield opened
    for kiosk in opened:
        kiosk.close()


def _pair_all(kiosks: list[KioskContext], hub: HubProcess, url: str | None = None) -> None:
    for index, kiosk in enumerate(kiosks):
        pair(kiosk.data_dir, url or hub.url, hub.pair_code(), f"Tablet {index}", kiosk.key_store,
             kiosk.store.kiosk_id)


def _sync_all(kiosks: list[KioskContext], budget_s: float = 90.0) -> list[DrainReport]:
    """Every kiosk's real engine at once, each on its own thread (as each tablet has its own)."""
    reports: list[DrainReport] = [DrainReport()] * len(kiosks)

    def run(index: int) -> None:
        reports[index] = hub_engine(kiosks[index], batch_size=10).run_until_idle(budget_s)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(kiosks))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return reports


def _assert_exactly_once(hub: HubProcess, kiosks: list[KioskContext]) -> None:
    on_hub = hub_uuids(hub)
    assert len(on_hub) == len(set(on_hub)), "a signature is on the hub twice"
    assert sorted(on_hub) == sorted(u for k in kiosks for u in k.store.all_uuids())
    for kiosk in kiosks:
        assert {row.state for row in rows(kiosk)} == {SyncState.SYNCED}


def test_ten_kiosks_upload_at_once(hub_on: HubProcess, kiosks: list[KioskContext]) -> None:
    _pair_all(kiosks, hub_on)
    reports = _sync_all(kiosks)
    assert all(r.pending == 0 for r in reports)
    assert sum(r.confirmed for r in reports) == KIOSKS * EACH
    _assert_exactly_once(hub_on, kiosks)


def test_hub_killed_mid_batch_loses_nothing_and_doubles_nothing(hub_on: HubProcess,
                                                                kiosks: list[KioskContext]) -> None:
    _pair_all(kiosks, hub_on)
    total = KIOSKS * EACH
    killed = threading.Event()

    def kill_when_busy() -> None:
        if wait_for(lambda: 0 < len(hub_uuids(hub_on)) < total, 60, 0.02):
            hub_on.kill()
            killed.set()
            time.sleep(0.5)
            hub_on.start()

    killer = threading.Thread(target=kill_when_busy)
    killer.start()
    reports = _sync_all(kiosks, 120)
    killer.join()
    assert killed.is_set()
    assert all(r.pending == 0 for r in reports)
    _assert_exactly_once(hub_on, kiosks)


HELD_ANSWER_TIMEOUT_S = 5.0
LOST_ANSWER_TIMEOUT_S = 20.0


@pytest.mark.parametrize("mode", ["drop", "hang"])
def test_a_lost_or_held_answer_is_sent_again_and_counted_once(hub_on: HubProcess, kiosks: list[KioskContext],
                                                              mode: str) -> None:
    proxy = FaultProxy(hub_on.port)
    try:
        _pair_all(kiosks[:3], hub_on, proxy.url)
        proxy.mode = mode
        # The kiosk must give up only because of the fault: a held answer needs the kiosk's own
        # timeout, a lost one does not, and a timeout shorter than a loaded hub's commit would
        # cut the upload before the hub heard it (another case than the one named here).
        timeout_s = HELD_ANSWER_TIMEOUT_S if mode == "hang" else LOST_ANSWER_TIMEOUT_S
        for kiosk in kiosks[:3]:
            report = hub_engine(kiosk, batch_size=10, read_timeout_s=timeout_s).drain()
            assert report.confirmed == 0 and report.pending == EACH
        # The hub stored what it heard, though no kiosk heard back.
        assert wait_for(lambda: len(hub_uuids(hub_on)) >= 3 * 10, 30)
        proxy.mode = None
        reports = _sync_all(kiosks[:3])
        assert all(r.pending == 0 for r in reports)
        _assert_exactly_once(hub_on, kiosks[:3])
        assert any(row.server_receipt == "duplicate" for k in kiosks[:3] for row in rows(k))
    finally:
        proxy.close()


def test_a_database_outage_answers_503_and_the_kiosks_keep_their_copies(
        tmp_path: Path, postgres_cluster: object, kiosks: list[KioskContext]) -> None:
    cluster = postgres_cluster
    hub = HubProcess(tmp_path / "hub", database=cluster.new_database()).start()  # type: ignore[attr-defined]
    try:
        _pair_all(kiosks[:2], hub)
        hub.context.close()  # the test's own connections would block a fast shutdown
        cluster.stop_server()  # type: ignore[attr-defined]
        try:
            from sync.upstream.errors import SyncCode

            report = hub_engine(kiosks[0]).drain()
            assert report.halt == SyncCode.SERVER_ERROR and report.pending == EACH and report.rejected == 0
        finally:
            cluster.start_server()  # type: ignore[attr-defined]
        reports = _sync_all(kiosks[:2])
        assert all(r.pending == 0 for r in reports)
        _assert_exactly_once(hub, kiosks[:2])
    finally:
        hub.stop()


def test_two_hub_processes_on_one_postgresql_forward_each_signature_once(
        tmp_path: Path, postgres_cluster: object, kiosks: list[KioskContext]) -> None:
    database = postgres_cluster.new_database()  # type: ignore[attr-defined]
    first = HubProcess(tmp_path / "hub-a", database=database).start()
    second = HubProcess(tmp_path / "hub-b", database=database).start()
    with start_osdi_server(tmp_path / "osdi.sqlite3", TOKEN, PETITION) as osdi:
        try:
            _pair_all(kiosks[:5], first)
            forward_to(first, "osdi", osdi.url, TOKEN, PETITION)
            _sync_all(kiosks[:5])
            # Half the kiosks' signatures also reach the second process (they share the database).
            count = 5 * EACH
            assert wait_for(lambda: upstream_states(first).get("synced", 0) >= count, 120)
            upstream = osdi.app.kiosk_ids()  # type: ignore[attr-defined]
            assert len(upstream) == count and sorted(upstream) == sorted(hub_uuids(first))
            # No row went out from two processes at once: every request the server saw is an attempt
            # recorded by the lease holder (a retry after a timeout on a loaded machine is one too),
            # and the shared clock kept both processes under the rate limit.
            from sqlalchemy import func, select
            from sqlalchemy.orm import Session

            from sync.hub.models import UpstreamItem

            with Session(first.context.engine) as session:
                attempts = int(session.scalar(select(func.sum(UpstreamItem.attempts))) or 0)
            # Counted at the signature helper: a row sent by a process that did not hold its lease
            # would be a signature request no attempt records. (A decliner's attempt may stop at its
            # person signup, e.g. a 429 there, so an attempt may also have no signature request.)
            sent = osdi.app.signature_requests  # type: ignore[attr-defined]
            assert count <= sent <= attempts <= sent + len(osdi.app.signups)  # type: ignore[attr-defined]
            assert osdi.app.too_many_requests() == 0  # type: ignore[attr-defined]
        finally:
            first.stop()
            second.stop()


def test_a_postgresql_hub_serves_from_several_workers_and_a_kill_takes_them_all(
        tmp_path: Path, postgres_cluster: object, kiosks: list[KioskContext]) -> None:
    """``kill -9`` of the hub leaves no worker behind holding the port and answering uploads:
    the hub started again on the same port serves, and every signature lands once."""
    hub = HubProcess(tmp_path / "hub", database=postgres_cluster.new_database(),  # type: ignore[attr-defined]
                     workers=3).start()
    try:
        assert hub.process is not None
        supervisor = hub.process.pid
        assert wait_for(lambda: len(spawned_children(supervisor)) == 3, 30)
        workers = spawned_children(supervisor)
        assert "web workers: 3 processes" in hub.log_path.read_text()
        _pair_all(kiosks[:3], hub)
        assert all(r.pending == 0 for r in _sync_all(kiosks[:2]))
        hub.kill()
        assert wait_for(lambda: not any(alive(pid) for pid in workers), 10), "a worker outlived its hub"
        hub.start()
        assert all(r.pending == 0 for r in _sync_all(kiosks[:3]))
        _assert_exactly_once(hub, kiosks[:3])
    finally:
        hub.stop()
