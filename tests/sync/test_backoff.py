"""Backoff and Retry-After parsing."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

from sync.backoff import Backoff, parse_retry_after


def test_full_jitter_stays_under_a_capped_exponential_ceiling() -> None:
    backoff = Backoff(base_s=1.0, cap_s=60.0, rng=random.Random(3))
    assert [backoff.ceiling(n) for n in range(8)] == [1, 2, 4, 8, 16, 32, 60, 60]
    delays = [backoff.delay(10) for _ in range(500)]
    assert all(0 <= d <= 60 for d in delays)
    assert min(delays) < 10 and max(delays) > 50, "not jittered over the whole range"
    assert backoff.ceiling(10_000) == 60


def test_retry_after_in_seconds_or_as_a_date() -> None:
    now = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
    assert parse_retry_after("7") == 7
    assert parse_retry_after(format_datetime(now + timedelta(seconds=30), usegmt=True), now) == 30
    assert parse_retry_after(format_datetime(now - timedelta(seconds=30), usegmt=True), now) == 0
    assert parse_retry_after("soon") is None
    assert parse_retry_after("") is None
    assert parse_retry_after(None) is None
    assert parse_retry_after("99999999") == 24 * 3600
