"""Backoff and Retry-After parsing, and which failures get the short connection cap."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

from sync.upstream.backoff import CONNECTION_CAP_S, Backoff, RetryPolicy, parse_retry_after
from sync.upstream.errors import SyncCode


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


def test_nothing_answering_retries_within_fifteen_seconds_while_server_errors_back_off_long() -> None:
    policy = RetryPolicy.make(rng=random.Random(5))
    refused = [policy.delay(SyncCode.CONNECTION, attempt) for attempt in range(60)]
    assert max(refused) <= CONNECTION_CAP_S == 15
    assert max(refused) > 10, "not jittered up to the short cap"
    # A server that answers 5xx, 429 or slowly is spared: its ceiling climbs to the long cap.
    for code in (SyncCode.SERVER_ERROR, SyncCode.RATE_LIMITED, SyncCode.TIMEOUT, SyncCode.BAD_RESPONSE):
        assert policy.for_code(code).ceiling(10) == 300
    assert policy.for_code(SyncCode.CONNECTION).ceiling(10) == 15


def test_the_short_cap_never_exceeds_a_smaller_configured_cap() -> None:
    policy = RetryPolicy.make(base_s=0.01, cap_s=0.2)
    assert policy.for_code(SyncCode.CONNECTION).cap_s == 0.2
