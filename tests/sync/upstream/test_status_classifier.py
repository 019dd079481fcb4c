"""One reading of HTTP statuses for both adapters: what each status does to the queue."""

from __future__ import annotations

import pytest

from sync.upstream.adapters.base import StatusKind, classify_status
from sync.upstream.adapters.osdi import OSDI_SUCCESS
from sync.upstream.errors import PAUSING_CODES, SyncCode


@pytest.mark.parametrize(("status", "kind", "code"), [
    (401, StatusKind.PAUSE, SyncCode.AUTH_FAILED),
    (403, StatusKind.PAUSE, SyncCode.AUTH_FAILED),
    (404, StatusKind.PAUSE, SyncCode.NOT_FOUND),
    (429, StatusKind.RATE_LIMITED, SyncCode.RATE_LIMITED),
    (500, StatusKind.RETRY, SyncCode.SERVER_ERROR),
    (503, StatusKind.RETRY, SyncCode.SERVER_ERROR),
    (408, StatusKind.RETRY, SyncCode.SERVER_ERROR),
    (422, StatusKind.REJECT, SyncCode.REJECTED),
    (413, StatusKind.REJECT, SyncCode.REJECTED),
    (302, StatusKind.UNEXPECTED, SyncCode.BAD_RESPONSE),
])
def test_each_status_means_the_same_for_both_adapters(status: int, kind: StatusKind, code: SyncCode) -> None:
    for success in ((200,), OSDI_SUCCESS):
        verdict = classify_status(status, success)
        assert (verdict.kind, verdict.code) == (kind, code)
        # Pausing (a person must act) is exactly 401/403/404: never a 5xx or a 429.
        assert (verdict.code in PAUSING_CODES) == (status in (401, 403, 404))


def test_only_the_adapters_success_statuses_carry_a_result() -> None:
    assert classify_status(200).kind is StatusKind.SUCCESS
    assert classify_status(201).kind is StatusKind.UNEXPECTED  # the json protocol answers 200 only
    assert classify_status(201, OSDI_SUCCESS).kind is StatusKind.SUCCESS
    assert classify_status(429).waits and classify_status(502).waits and not classify_status(401).waits
