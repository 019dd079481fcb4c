"""Request slots: the one rate limiter, given to an adapter by whoever makes it.

A limiter spaces request *starts* at least ``1 / rate`` seconds apart. Where the slots are
kept is a :class:`SlotBook`: in memory for one kiosk (:class:`LocalSlots`), or in a database
row shared by every hub process (``sync/hub/request_slots.py``), so several processes
together stay under Action Network's 4 requests per second. The limiter itself is the same
class in both places, injected into the adapter (``make_adapter(..., limiter=...)``).

A slot is a promise about when a request starts; on a busy machine a thread can wake from its
wait late. The next slots then count from when the request really started, or five requests
could land upstream inside one second (a 429) although their slots were spaced.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Protocol

# For a shared book (a database row), a request must start this much after its slot before the
# next slots are pushed back: a write per request is spared for lateness that cannot matter.
LATE_WAKE_S = 0.01


class SlotBook(Protocol):
    """Where the next free request slot is kept."""

    def reserve(self, earliest: float, spacing: float) -> float:
        """The next free slot at or after ``earliest``; the slot after it becomes ``spacing`` later."""


class LocalSlots:
    """Slots kept in this process (one kiosk, one account)."""

    def __init__(self) -> None:
        self._next = 0.0
        self._lock = threading.Lock()

    def reserve(self, earliest: float, spacing: float) -> float:
        """See :meth:`SlotBook.reserve`."""
        with self._lock:
            slot = max(self._next, earliest)
            self._next = slot + spacing
            return slot


class RateLimiter:
    """Spaces request starts at least ``1 / rate_per_s`` seconds apart, slots drawn from ``book``.

    ``clock`` must be the book's clock: wall time for a book shared between processes
    (``time.time``), any monotonic clock for one in memory. A request that starts more than
    ``late_wake_s`` after its slot pushes the next slots back.
    """

    def __init__(self, rate_per_s: float, book: SlotBook | None = None,
                 clock: Callable[[], float] = time.monotonic, late_wake_s: float = 0.0) -> None:
        self.interval = 1.0 / rate_per_s
        self._book: SlotBook = book if book is not None else LocalSlots()
        self._clock = clock
        self._late_wake_s = late_wake_s

    def wait(self, interrupt: threading.Event | None = None) -> bool:
        """Block until the next request may start; False if interrupted."""
        slot = self._book.reserve(self._clock(), self.interval)
        delay = slot - self._clock()
        if delay > 0:
            if interrupt is None:
                time.sleep(delay)
            elif interrupt.wait(delay):
                return False
        started = self._clock()
        if started - slot > self._late_wake_s:
            # Woken late (a busy machine): the next slot counts from when this request really starts.
            self._book.reserve(started + self.interval, 0.0)
        return True

    def hold(self, seconds: float) -> None:
        """No request before ``seconds`` from now (after a 429)."""
        self._book.reserve(self._clock() + seconds, 0.0)


__all__ = ["LATE_WAKE_S", "LocalSlots", "RateLimiter", "SlotBook"]
