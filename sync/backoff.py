"""Retry timing: exponential backoff with full jitter, capped, and ``Retry-After`` parsing.

Full jitter (a uniform delay between zero and the exponential ceiling) spreads a fleet of
kiosks that lost the same Wi-Fi so they do not all hit the server again in the same second.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

DEFAULT_BASE_S = 2.0
DEFAULT_CAP_S = 300.0
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
