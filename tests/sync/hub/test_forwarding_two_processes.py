"""Two hub processes on one PostgreSQL database forward to one Action Network double (issue 26).

Process A takes a batch and works on it far longer than its lease (the double answers slowly):
its lease is renewed all along, and process B, polling the same outbox, never takes one of A's
rows while A lives. A is killed (kill -9) with a request in flight; B takes A's rows within a
lease, asks the double about the one in doubt instead of posting it again, and sends the rest.
The double counts one POST per signer.
"""

from __future__ import annotations

import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.clock import utcnow
from kiosk.runtime import KioskContext
from kiosk.simulate import simulate
from sync.hub.forwarder import IDLE_POLL_S
from sync.hub.leases import LEASE_ENV
from sync.hub.models import UpstreamItem
from tests.sync.helpers import PETITION, TOKEN
from tests.sync.hub.postgres import PostgresCluster
from tests.sync.hub.support import HubProcess, forward_to, hub_engine, paired, upstream_states, wait_for
from tests.sync.servers.counting_upstream import CountingUpstream, start_counting_upstream

LEASE_S = 2.0
SIGNERS = 10
ANSWER_DELAY_S = 0.5  # A's batch of ten takes about 5 s: two and a half leases
SENT_BEFORE_THE_KILL = 6  # 3 s into the batch: past one full lease
STALL_S = 2.0  # the kill lands within milliseconds of the hold
# B polls the outbox every IDLE_POLL_S; a loaded machine may add a little to anything.
SLACK_S = 1.5


def _leases(hub: HubProcess) -> list[tuple[str, str, float]]:
    """Every pending row's (uuid, lease owner, seconds since its lease ran out; < 0 if running)."""
    with Session(hub.context.engine) as session:
        rows = list(session.execute(select(UpstreamItem.uuid, UpstreamItem.lease_owner, UpstreamItem.lease_until)
                                    .where(UpstreamItem.state == "pending", UpstreamItem.lease_until.is_not(None))))
    now = utcnow()
    return [(uuid, owner or "", (now - until) / timedelta(seconds=1)) for uuid, owner, until in rows]


def _owned_by(owner: str, hub: HubProcess) -> bool:
    assert hub.process is not None
    return f":{hub.process.pid}:" in owner  # the forwarder's owner is host:pid:random


def test_a_slow_batch_keeps_its_lease_and_a_killed_processs_rows_go_to_the_other_once(
        kiosk: KioskContext, tmp_path: Path, postgres_cluster: PostgresCluster) -> None:
    database = postgres_cluster.new_database()
    env = {LEASE_ENV: str(LEASE_S)}
    with start_counting_upstream(tmp_path / "an.sqlite3", TOKEN, PETITION) as upstream:
        double = upstream.app
        assert isinstance(double, CountingUpstream)
        double.answer_delay_s = ANSWER_DELAY_S
        first = HubProcess(tmp_path / "hub", database=database, workers=1, extra_env=env).start()
        second = HubProcess(tmp_path / "hub", database=database, workers=1, extra_env=env).start()
        try:
            paired(kiosk, first, "Tablet 1")
            simulate(kiosk.store, kiosk.campaign, SIGNERS, seed=27)
            assert hub_engine(kiosk).run_until_idle(30).pending == 0
            everyone = set(kiosk.store.all_uuids())
            forward_to(first, "osdi", upstream.url, TOKEN, PETITION)
            # Both processes poll the outbox; one takes the whole batch (it fits in one): A.
            assert wait_for(lambda: len(_leases(first)) == SIGNERS, 30, poll_s=0.02), "nobody took the batch"
            started = time.monotonic()
            owners = {owner for _, owner, _ in _leases(first)}
            assert len(owners) == 1
            a, b = (first, second) if _owned_by(owners.pop(), first) else (second, first)

            # A works on its batch longer than a lease: it keeps every row, B takes none.
            while len(double.arrived_once()) < SENT_BEFORE_THE_KILL:
                leases = _leases(a)
                assert all(_owned_by(owner, a) for _, owner, _ in leases), "B took a row A was working on"
                assert max((late for _, _, late in leases), default=-1.0) < 0.5, "A's lease ran out while it worked"
                assert time.monotonic() - started < 30, "A stopped sending"
                time.sleep(0.05)
            assert time.monotonic() - started > LEASE_S  # the batch did outlast a lease

            double.stall_next(STALL_S)
            assert double.stalled.wait(30), "no signature was stalled"
            a.kill()  # SIGKILL, with one signature stored upstream and its answer in flight
            killed = time.monotonic()
            assert wait_for(lambda: any(_owned_by(owner, b) for _, owner, _ in _leases(b))
                            or upstream_states(b).get("pending", 0) == 0, 30, poll_s=0.05)
            taken_after = time.monotonic() - killed
            assert taken_after <= LEASE_S + IDLE_POLL_S + SLACK_S, f"B took A's rows {taken_after:.1f} s after the kill"

            assert wait_for(lambda: upstream_states(b).get("synced", 0) == SIGNERS, 60)
            assert set(double.posted) == everyone
            assert double.posted_more_than_once() == [], f"posted twice; answers: {Counter(double.statuses())}"
            assert double.arrived_twice() == []
            assert double.signature_reads >= 1  # the one in flight was looked up, not posted again
        finally:
            second.stop()
            first.stop()
