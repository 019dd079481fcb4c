"""When nothing answers, signatures are retried within seconds; a server that answers is spared.

A kiosk at a rally loses the Wi-Fi for an hour. When the network is back its signatures must
go out within a minute, not after a 5-minute backoff; but a server that answers "500" or
"slow down" keeps being backed off as before. These tests use the real default timings
(2 s base, 300 s cap, 15 s connection cap) against real loopback ports: one that refuses, one
whose handshakes are dropped (a dead network: the connect times out), and a real server.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session

from kiosk.clock import utcnow
from kiosk.models import SignatureRecord, SyncState
from kiosk.runtime import KioskContext
from kiosk.simulate import simulate
from sync.client.engine import SyncEngine
from sync.upstream.errors import SyncCode
from sync.upstream.target import SyncConfig
from tests.sync.helpers import TOKEN, assert_exactly_once, json_config, make_engine, rows
from tests.sync.servers.base import Fault, RunningServer, free_port
from tests.sync.servers.json_server import start_json_server

COUNT = 25
# The kiosk's own defaults, not the tiny ones the fault tests use.
REAL_TIMINGS = {"backoff_base_s": 2.0, "backoff_cap_s": 300.0, "connection_cap_s": 15.0}


def _config(url: str) -> SyncConfig:
    return json_config(url, batch_size=1, **REAL_TIMINGS)


def _failing_for_an_hour(kiosk: KioskContext) -> None:
    """Signatures that have already been retried many times (their backoff ceiling is high)."""
    simulate(kiosk.store, kiosk.campaign, COUNT)
    with Session(kiosk.store.engine) as session, session.begin():
        session.execute(update(SignatureRecord).values(attempts=20))


def _seconds_until_each_retry(kiosk: KioskContext) -> list[float]:
    now = utcnow()
    return [(r.next_attempt_at - now).total_seconds() for r in rows(kiosk) if r.next_attempt_at is not None]


def _drain_once_each(engine: SyncEngine) -> None:
    """One try per signature: batches of one, and "Sync now" between tries lifts the gate
    (each signature's own schedule, the thing checked, comes from its attempts)."""
    for _ in range(COUNT):
        engine.resume()
        engine.drain()


def test_a_refused_connection_is_retried_within_fifteen_seconds(kiosk: KioskContext) -> None:
    _failing_for_an_hour(kiosk)
    engine = make_engine(kiosk, _config(f"http://127.0.0.1:{free_port()}"))  # nothing listens
    _drain_once_each(engine)
    waits = _seconds_until_each_retry(kiosk)
    assert len(waits) == COUNT
    assert all(r.last_error == SyncCode.CONNECTION and r.state == SyncState.PENDING for r in rows(kiosk))
    assert max(waits) <= 15.0, "a signature waits longer than the short cap after a refused connection"
    assert engine.seconds_until_due() is not None and engine.seconds_until_due() <= 15.0  # type: ignore[operator]


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port where a connection is never completed, like a dead network: the listener's accept
    queue is full, so the kernel drops every new handshake and the client's connect times out."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = int(listener.getsockname()[1])
    queued = []
    for _ in range(4):
        filler = socket.socket()
        filler.setblocking(False)
        filler.connect_ex(("127.0.0.1", port))
        queued.append(filler)
    time.sleep(0.2)
    try:
        yield port
    finally:
        for filler in queued:
            filler.close()
        listener.close()


def test_a_dead_network_that_times_out_connecting_is_a_connection_failure(kiosk: KioskContext,
                                                                          silent_port: int) -> None:
    _failing_for_an_hour(kiosk)
    engine = make_engine(kiosk, json_config(f"http://127.0.0.1:{silent_port}", connect_timeout_s=0.5,
                                            **REAL_TIMINGS))
    engine.drain()
    tried = [r for r in rows(kiosk) if r.last_error is not None]
    assert tried and all(r.last_error == SyncCode.CONNECTION for r in tried), {r.last_error for r in tried}
    assert max(_seconds_until_each_retry(kiosk)) <= 15.0  # retried soon, not after minutes


def test_a_server_answering_500_is_still_backed_off_up_to_minutes(kiosk: KioskContext,
                                                                  json_server: RunningServer) -> None:
    _failing_for_an_hour(kiosk)
    json_server.app.faults.add(Fault.ERROR_500, times=COUNT)
    engine = make_engine(kiosk, _config(json_server.url))
    _drain_once_each(engine)
    waits = _seconds_until_each_retry(kiosk)
    assert json_server.app.statuses().count(500) == COUNT
    assert len(waits) == COUNT and max(waits) <= 300.0
    # Full jitter over [0, 300]: most of them wait well past the short connection cap.
    assert sum(w > 15.0 for w in waits) > COUNT // 2


def test_the_network_coming_back_sends_at_once(kiosk: KioskContext, tmp_path: Path) -> None:
    port = free_port()
    _failing_for_an_hour(kiosk)
    engine = make_engine(kiosk, json_config(f"http://127.0.0.1:{port}", **REAL_TIMINGS))
    engine.drain()  # refused: every signature is rescheduled a few seconds ahead
    assert min(_seconds_until_each_retry(kiosk)) > 0
    with start_json_server(tmp_path / "back.sqlite3", TOKEN, port=port) as server:
        assert engine.network_returned() == COUNT  # what Qt's reachability signal calls
        assert engine.seconds_until_due() == 0
        report = engine.drain()
        assert report.pending == 0
        assert_exactly_once(server.app.stored_uuids(), kiosk)  # type: ignore[attr-defined]


def test_the_network_coming_back_does_not_override_a_servers_retry_after(kiosk: KioskContext,
                                                                         json_server: RunningServer) -> None:
    _failing_for_an_hour(kiosk)
    json_server.app.retry_after_s = 120
    json_server.app.faults.add(Fault.RATE_LIMITED)
    engine = make_engine(kiosk, json_config(json_server.url, **REAL_TIMINGS))
    engine.drain()
    assert json_server.app.statuses() == [429]
    assert engine.network_returned() == 0
    waits = _seconds_until_each_retry(kiosk)
    assert min(waits) >= 119 and engine.seconds_until_due() >= 119  # type: ignore[operator]
    assert json_server.app.stored_uuids() == []  # type: ignore[attr-defined]
