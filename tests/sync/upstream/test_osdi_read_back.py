"""Reading Action Network's signatures back (sync/upstream/adapters/osdi_read_back.py), against the double
that pages at 25, oldest first: a signature on the last page is found with the receipt its POST
was answered with, one that was never sent is not, a page refused for the rate is asked again,
and a read that fails finds nothing (so the hub sends again rather than believing a signature
is there)."""

from __future__ import annotations

from datetime import timedelta

from kiosk.clock import utcnow
from kiosk.runtime import KioskContext
from kiosk.simulate import simulate
from sync.upstream.adapters.osdi import OsdiAdapter
from sync.upstream.adapters.osdi_read_back import PAGE_SIZE, READ_BACK_MARGIN
from tests.sync.helpers import TOKEN, make_engine, osdi_config, rows
from tests.sync.servers.base import RunningServer
from tests.sync.servers.osdi_server import OsdiApp

SIGNERS = 36
FAST = 500.0  # requests per second: the double's limit is lifted, this test is about reading


def test_a_signature_on_the_last_page_is_found_and_one_never_sent_is_not(
        kiosk: KioskContext, osdi_server: RunningServer) -> None:
    app = osdi_server.app
    assert isinstance(app, OsdiApp)
    app.rate_limit = 10_000
    before = utcnow()
    simulate(kiosk.store, kiosk.campaign, SIGNERS, seed=3)
    config = osdi_config(osdi_server.url, rate_per_s=FAST)
    assert make_engine(kiosk, config).run_until_idle(30).pending == 0
    upstream = app.kiosk_ids()  # oldest first, as the collection pages them
    assert len(upstream) > PAGE_SIZE, "the last signature must be on a page of its own"
    receipts = {row.uuid: row.server_receipt for row in rows(kiosk)}
    first, last = upstream[0], upstream[-1]
    never_sent = "00000000-0000-4000-8000-000000000000"

    adapter = OsdiAdapter(config, TOKEN)
    try:
        found = adapter.recorded([last, first, never_sent], before)
        assert found == {first: receipts[first], last: receipts[last]}
        assert app.signature_reads == 2  # 25 a page: the last one was on page two

        # A page refused for the rate is asked again after the wait the double names.
        app.refuse_reads = 1
        assert adapter.recorded([first], before) == {first: receipts[first]}
        assert app.too_many_requests() == 1 and app.signature_reads == 3

        # Asked about a moment after everything was recorded (past the margin), nothing is there.
        assert adapter.recorded([last], utcnow() + READ_BACK_MARGIN + timedelta(seconds=2)) == {}
    finally:
        adapter.close()

    refused = OsdiAdapter(config, "not-the-key")
    try:
        assert refused.recorded([last], before) == {}  # a 401: it cannot say, so it says nothing
    finally:
        refused.close()
