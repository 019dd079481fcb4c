"""The Action Network double, failing some requests and counting every arrival itself.

:class:`CountingUpstream` is the osdi double (tests/sync/servers/osdi_server.py) with two
additions for the forwarding-through-faults tests and benchmark:
- it fails a share of the signature POSTs with a 500 *before* recording anything (every
  ``fail_every``-th POST, or each with probability ``fail_rate`` from a seeded generator);
- it counts how many times each of our identifiers (``petition_kiosk:<uuid>``) reached the
  recording step (:attr:`CountingUpstream.arrivals`), so "exactly once" is checked by the
  double itself, not inferred from Action Network's one-signature-per-person dedupe, and how
  many signature POSTs carried it at all, whatever the answer (:attr:`CountingUpstream.posted`);
- :meth:`CountingUpstream.stall_next` makes the next recorded signature's answer wait: the
  signature is stored, its request still in flight, for a test to kill the hub right then;
  :attr:`CountingUpstream.answer_delay_s` slows every answer alike (a slow upstream).
"""

from __future__ import annotations

import json
import random
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

from tests.sync.servers.base import Fault, RequestHandler, RunningServer
from tests.sync.servers.osdi_server import API_PREFIX, OsdiApp

OURS = "petition_kiosk:"


class CountingUpstream(OsdiApp):
    """An Action Network double that injects 500s and counts each signer's arrivals."""

    def __init__(self, db_path: Path, token: str, petition_id: str, fail_every: int = 0,
                 fail_rate: float = 0.0, seed: int = 26) -> None:
        super().__init__(db_path, token, petition_id)
        self.fail_every = fail_every
        self.fail_rate = fail_rate
        self._rng = random.Random(seed)
        self._count_lock = threading.Lock()
        self.posts = 0
        self.injected = 0
        #: Our UUID -> how many POSTs carrying it were recorded.
        self.arrivals: Counter[str] = Counter()
        #: Set after each recorded arrival (a test waits on it to act between two requests).
        self.arrived = threading.Event()
        #: Our UUID -> how many signature POSTs carried it (failed ones included).
        self.posted: Counter[str] = Counter()
        self._stall_s = 0.0
        #: Set once a stalled signature is stored and its answer is being held.
        self.stalled = threading.Event()
        #: Our UUIDs whose answers were held, in order.
        self.stalled_uuids: list[str] = []
        #: Every recorded signature's answer waits this long (a slow upstream).
        self.answer_delay_s = 0.0

    def stall_next(self, seconds: float) -> None:
        """Hold the answer to the next recorded signature for ``seconds`` (after storing it)."""
        with self._count_lock:
            self.stalled.clear()
            self._stall_s = seconds

    def handle_post(self, handler: RequestHandler, path: str, headers: dict[str, str], body: bytes) -> None:
        with self._count_lock:
            self.posts += 1
            if path.endswith("/signatures/"):
                self.posted.update(_ours(body))
            fail = bool(self.fail_every and self.posts % self.fail_every == 0) or (
                self.fail_rate > 0 and self._rng.random() < self.fail_rate)
            if fail:
                self.injected += 1
                self.faults.add(Fault.ERROR_500)
        super().handle_post(handler, path, headers, body)

    def _record_signature(self, document: dict[str, Any], person: dict[str, Any], email: str,
                          phone: str) -> dict[str, Any]:
        signature = super()._record_signature(document, person, email, phone)
        with self._count_lock:
            ours = [i[len(OURS):] for i in document.get("identifiers", []) if isinstance(i, str) and i.startswith(OURS)]
            self.arrivals.update(ours)
            stall, self._stall_s = self._stall_s, 0.0
            if stall:
                self.stalled_uuids.extend(ours)
        self.arrived.set()
        if stall:
            self.stalled.set()
            time.sleep(stall)  # stored; the answer waits (the hub is killed meanwhile)
        elif self.answer_delay_s:
            time.sleep(self.answer_delay_s)
        return signature

    def posted_more_than_once(self) -> list[str]:
        """UUIDs carried by more than one signature POST."""
        with self._count_lock:
            return sorted(uuid for uuid, times in self.posted.items() if times > 1)

    def arrived_twice(self) -> list[str]:
        """UUIDs that reached the double more than once."""
        with self._count_lock:
            return sorted(uuid for uuid, times in self.arrivals.items() if times > 1)

    def arrived_once(self) -> set[str]:
        """UUIDs that reached the double (at least once)."""
        with self._count_lock:
            return set(self.arrivals)


def _ours(body: bytes) -> list[str]:
    """Our UUIDs named in a POST's body (none when it is not JSON)."""
    try:
        identifiers = json.loads(body).get("identifiers", [])
    except (ValueError, AttributeError):
        return []
    return [i[len(OURS):] for i in identifiers if isinstance(i, str) and i.startswith(OURS)]


def start_counting_upstream(db_path: Path, token: str, petition_id: str = "petition-1", **faults: Any) -> RunningServer:
    """A :class:`CountingUpstream` on a thread; ``.url`` ends in ``/api/v2``."""
    return RunningServer(CountingUpstream(db_path, token, petition_id, **faults), path_prefix=API_PREFIX)
