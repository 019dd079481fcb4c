"""Retry timing: exponential backoff with full jitter, capped, and ``Retry-After`` parsing.

Full jitter (a uniform delay between zero and the exponential ceiling) spreads a fleet of
kiosks that lost the same Wi-Fi so they do not all hit the server again in the same second.

Two kinds of failure back off differently (:class:`RetryPolicy`):
- *nothing answered* (connection refused or reset, host unreachable, DNS failure, a connect
  timeout on a dead network): the server is not being asked anything, so there is no load to
  spare it; the network or server may be back any second, and signatures must go out within
  a minute of that. These retry on a short cap (:data:`CONNECTION_CAP_S`).
- *the server answered* (5xx, 429, 503, a read timeout, a reply we cannot use): the server is
  up but struggling, so back off exponentially to the long cap and honour ``Retry-After``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from sync.upstream.errors import SyncCode

DEFAULT_BASE_S = 2.0
DEFAULT_CAP_S = 300.0
# The longest wait between tries while nothing answers: with full jitter a kiosk tries again
# on average 7.5 s, at most 15 s, after the network or the server is back.
CONNECTION_CAP_S = 15.0
# Failures where no server answered (see the module docstring).
CONNECTION_CODES = frozenset({SyncCode.CONNECTION})
# A server asking for more than a day is almost certainly wrong; do not go dark that long.
MAX_RETRY_AFTER_S = 24 * 3600.0


@dataclass
class Backoff:
    """Delay before retry number ``attempt`` (0-based): uniform in [0, min(cap, base * 2**attempt)]."""

    base_s: float = DEFAULT_BASE_S
    cap_s: float = DEFAULT_CAP_S
    rng: random.Random = field(default_factory=random.Random)

    def ceiling(self, attempt: int) -> float:
        """The upper bound of the jittered delay for this attempt."""
        # Cap the exponent too, so a record that failed a thousand times does not overflow.
        return float(min(self.cap_s, self.base_s * (2 ** min(max(attempt, 0), 32))))

    def delay(self, attempt: int) -> float:
        """A jittered delay in seconds."""
        return self.rng.uniform(0.0, self.ceiling(attempt))


@dataclass
class RetryPolicy:
    """Which backoff a failure gets: the short one when nothing answered, else the long one."""

    server: Backoff
    connection: Backoff

    @classmethod
    def make(cls, base_s: float = DEFAULT_BASE_S, cap_s: float = DEFAULT_CAP_S,
             connection_cap_s: float = CONNECTION_CAP_S, rng: random.Random | None = None) -> RetryPolicy:
        """Both backoffs from one base; the connection cap never exceeds the server cap."""
        shared = rng or random.Random()
        return cls(Backoff(base_s, cap_s, shared), Backoff(base_s, min(cap_s, connection_cap_s), shared))

    def for_code(self, code: SyncCode | str) -> Backoff:
        """The backoff for a failure with this code."""
        return self.connection if code in CONNECTION_CODES else self.server

    def delay(self, code: SyncCode | str, attempt: int) -> float:
        """A jittered delay in seconds before retry number ``attempt`` after ``code``."""
        return self.for_code(code).delay(attempt)


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP-date), or None."""
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    if text.isdigit():
        return min(float(text), MAX_RETRY_AFTER_S)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    seconds = (when - (now or datetime.now(UTC))).total_seconds()
    return min(max(seconds, 0.0), MAX_RETRY_AFTER_S)
