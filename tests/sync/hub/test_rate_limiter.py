"""The hub's shared request clock toward Action Network (4 per second from every hub process).

A slot is a promise about when a request starts; on a busy machine a process can wake from its
wait late. The next slots must then count from when the request really started, or five
requests could land upstream inside one second (a 429) although their slots were spaced.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from sync.hub.context import get_meta
from sync.hub.database import make_hub_engine, migrate_hub
from sync.hub.request_slots import shared_limiter


def test_a_request_that_starts_late_pushes_the_next_slots_back(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    engine = make_hub_engine(f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    migrate_hub(engine)
    limiter = shared_limiter(engine, "an", 4.0)
    try:
        assert limiter.wait()  # the first slot is now
        real_sleep = time.sleep
        monkeypatch.setattr(time, "sleep", lambda seconds: real_sleep(seconds + 0.2))  # wakes 200 ms late
        assert limiter.wait()
        started = time.time()
        next_slot = float(get_meta(engine, "rate.an") or 0)
        # The next request may start a whole interval after this one really started (give or take
        # the few milliseconds between the limiter's clock reading and ours), not after its slot.
        assert next_slot >= started - 0.02 + limiter.interval
    finally:
        engine.dispose()
