"""Slowing down guessers at the hub's doors: token buckets per source address and overall.

Used by enrollment (:func:`sync.hub.app.create_app`), where a guess is a try at a pairing
code's 40-bit secret. The buckets live in the web process's memory: a flood is turned away
before any database work, which is the point (a refused try costs microseconds). A hub with
several worker processes (PostgreSQL) therefore allows each worker its own rates; the limits
below are low enough that even four times them leaves a 40-bit secret unguessable within a
code's fifteen minutes. The coordinator's login keeps its failures in the database instead
(:mod:`sync.hub.auth`), so every worker sees the same ones.

A source is the client's IP address, or for IPv6 its /64 network (one machine on a LAN can
hold a whole /64). ``X-Forwarded-For`` is never read: anyone can write it.
"""

from __future__ import annotations

import ipaddress
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

IPV6_SOURCE_PREFIX = 64
MAX_TRACKED_SOURCES = 4096  # past this the least recently seen source is forgotten (memory stays bounded)


def source_of(host: str | None) -> str:
    """The key one client's tries are counted under: its IPv4 address or its IPv6 /64."""
    if not host:
        return "unknown"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host[:64]
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.IPv6Network((address, IPV6_SOURCE_PREFIX), strict=False))
    return str(address)


@dataclass
class _Bucket:
    tokens: float
    at: float

    def spend(self, now: float, burst: float, per_second: float) -> float:
        """Refill for the time gone by, then spend a token: 0, or the seconds until one is there."""
        self.tokens = min(burst, self.tokens + (now - self.at) * per_second)
        self.at = now
        if self.tokens >= 1:
            self.tokens -= 1
            return 0.0
        return (1 - self.tokens) / per_second


class TokenBucket:
    """``burst`` tries at once, then ``per_second`` on average; thread-safe."""

    def __init__(self, burst: float, per_second: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.burst = burst
        self.per_second = per_second
        self._clock = clock
        self._lock = threading.Lock()
        self._state = _Bucket(burst, clock())

    def take(self) -> float:
        """0 if a try may go ahead (a token spent); else the seconds to wait for one."""
        with self._lock:
            return self._state.spend(self._clock(), self.burst, self.per_second)

    def give_back(self) -> None:
        """Return one token (a try that turned out to be no guess), never above the burst."""
        with self._lock:
            self._state.tokens = min(self.burst, self._state.tokens + 1)


class SourceBuckets:
    """One token bucket per source, at most :data:`MAX_TRACKED_SOURCES` of them; thread-safe.

    Forgetting a source gives it a full bucket again, so the overall bucket stays the bound.
    """

    def __init__(self, burst: float, per_second: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.burst = burst
        self.per_second = per_second
        self._clock = clock
        self._lock = threading.Lock()
        self._sources: OrderedDict[str, _Bucket] = OrderedDict()

    def take_for(self, source: str) -> float:
        """0 if ``source`` may try now (a token spent); else the seconds it must wait."""
        with self._lock:
            now = self._clock()
            state = self._sources.pop(source, None) or _Bucket(self.burst, now)
            self._sources[source] = state  # most recently seen last
            while len(self._sources) > MAX_TRACKED_SOURCES:
                self._sources.popitem(last=False)
            return state.spend(now, self.burst, self.per_second)

    def give_back_for(self, source: str) -> None:
        """Return one of ``source``'s tokens."""
        with self._lock:
            state = self._sources.get(source)
            if state is not None:
                state.tokens = min(self.burst, state.tokens + 1)


class Doorman:
    """Per source first, then overall: a guesser at one address spends only its own tries, so
    it cannot use up the hub's overall allowance and keep everyone else out."""

    def __init__(self, per_source: SourceBuckets, overall: TokenBucket) -> None:
        self.per_source = per_source
        self.overall = overall

    def admit(self, source: str) -> int:
        """0 if a try from ``source`` may go ahead; else the whole seconds to send as Retry-After."""
        wait = self.per_source.take_for(source)
        if wait == 0:
            wait = self.overall.take()
            if wait > 0:
                self.per_source.give_back_for(source)  # refused overall: not this source's fault
        return math.ceil(wait) if wait > 0 else 0

    def refund(self, source: str) -> None:
        """A try that was no guess (a valid code): it costs neither allowance."""
        self.per_source.give_back_for(source)
        self.overall.give_back()


# Enrollment: a kiosk pairs with one request, and a person types codes far slower than this.
ENROLL_SOURCE_BURST, ENROLL_SOURCE_PER_S = 10.0, 0.5
ENROLL_OVERALL_BURST, ENROLL_OVERALL_PER_S = 30.0, 2.0


def enrollment_doorman(clock: Callable[[], float] = time.monotonic) -> Doorman:
    """The limits on ``/v1/devices:enroll`` tries (one per web process)."""
    return Doorman(SourceBuckets(ENROLL_SOURCE_BURST, ENROLL_SOURCE_PER_S, clock),
                   TokenBucket(ENROLL_OVERALL_BURST, ENROLL_OVERALL_PER_S, clock))
