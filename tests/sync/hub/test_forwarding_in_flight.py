"""A request in flight when the hub dies is not sent again (issue 26: every signer arrives exactly
once, counted by the double, not by relying on Action Network's dedupe).

A real hub process on 127.0.0.1 forwards to the Action Network double; the double stores one
signature and holds its answer, the hub is killed (kill -9) with that request in flight, and a
new hub process starts on the same database. The row was marked "in doubt" before its request
went out, so the new process reads the petition's signatures back (25 a page) and finds it there
instead of posting it again: the double counts one POST per signer. Likewise when the answer
never comes (a read timeout). The same on PostgreSQL, with a second hub process taking over:
tests/sync/hub/test_forwarding_two_processes.py; a json upstream: test_forwarding_json_in_flight.py.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.runtime import KioskContext
from kiosk.simulate import simulate
from sync.hub.leases import LEASE_ENV
from sync.hub.models import UpstreamItem
from tests.sync.helpers import PETITION, TOKEN
from tests.sync.hub.support import HubProcess, forward_to, hub_engine, paired, upstream_states, wait_for
from tests.sync.servers.base import RunningServer
from tests.sync.servers.counting_upstream import CountingUpstream, start_counting_upstream

LEASE_S = 1.0
SIGNERS = 8
SENT_BEFORE_THE_KILL = 3
# The kill lands within milliseconds of the hold; from then on the answer reaches nobody.
STALL_S = 2.0
# forward_to() gives the hub a 2 s read timeout: a stall this long outlasts it.
TIMEOUT_STALL_S = 3.0


@pytest.fixture
def upstream(tmp_path: Path) -> Iterator[RunningServer]:
    with start_counting_upstream(tmp_path / "an.sqlite3", TOKEN, PETITION) as server:
        yield server


def _double(server: RunningServer) -> CountingUpstream:
    app = server.app
    assert isinstance(app, CountingUpstream)
    return app


def _rows(hub: HubProcess) -> dict[str, UpstreamItem]:
    with Session(hub.context.engine) as session:
        return {row.uuid: row for row in session.scalars(select(UpstreamItem))}


def _signers_at_the_hub(kiosk: KioskContext, hub: HubProcess) -> set[str]:
    paired(kiosk, hub, "Tablet 1")
    simulate(kiosk.store, kiosk.campaign, SIGNERS, seed=26)
    assert hub_engine(kiosk).run_until_idle(30).pending == 0
    everyone = set(kiosk.store.all_uuids())
    assert len(everyone) == SIGNERS
    return everyone


def test_requests_in_flight_at_a_timeout_and_at_a_kill_are_read_back_not_posted_again(
        kiosk: KioskContext, upstream: RunningServer, tmp_path: Path) -> None:
    double = _double(upstream)
    hub = HubProcess(tmp_path / "hub", extra_env={LEASE_ENV: str(LEASE_S)}).start()
    try:
        everyone = _signers_at_the_hub(kiosk, hub)
        # The first signature is stored and its answer outlasts the hub's read timeout: in doubt.
        double.stall_next(TIMEOUT_STALL_S)
        forward_to(hub, "osdi", upstream.url, TOKEN, PETITION)
        assert double.stalled.wait(30), "no signature was stalled"
        assert wait_for(lambda: len(double.arrived_once()) >= SENT_BEFORE_THE_KILL, 30, poll_s=0.02)
        # Another is stored and held, and the hub is killed (SIGKILL) with that request in flight.
        double.stall_next(STALL_S)
        assert double.stalled.wait(30), "no signature was stalled"
        hub.kill()
        stalled = double.stalled_uuids[-1]
        rows = _rows(hub)
        unanswered = set(double.arrived_once()) - {u for u, row in rows.items() if row.state == "synced"}
        # Upstream but not known to the hub: only the two stalled ones (the first may still be
        # waiting its backoff), both marked in doubt before their requests went out.
        assert stalled in unanswered and unanswered <= set(double.stalled_uuids)
        assert all(rows[u].attempt_started_at is not None for u in unanswered)

        hub.start()
        assert wait_for(lambda: upstream_states(hub).get("synced", 0) == len(everyone), 60)
        # Counted by the double: one POST per signer, both stalled ones included.
        assert set(double.posted) == everyone
        assert double.posted_more_than_once() == [], f"answers upstream: {Counter(double.statuses())}"
        assert double.arrived_twice() == []
        assert double.signature_reads >= 1  # found by reading back (one page can answer for both)
        row = _rows(hub)[stalled]
        assert row.receipt is not None and row.receipt.startswith("action_network:")
        assert row.attempt_started_at is None
    finally:
        hub.stop()
