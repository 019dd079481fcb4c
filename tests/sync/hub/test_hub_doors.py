"""The hub's doors, tried as an attacker would (issue 22): enrollment guessed in a loop, an old
pairing code, the hub's log read for a code, free text sent as a postal code, odd parameters.

One real hub on 127.0.0.1 serves the whole module (conftest's ``module_hub``) (each test comes from its own loopback
address where the address matters, so one test's spent allowance is not the next one's).
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from kiosk.clock import utcnow
from sync.hub.auth import (
    GLOBAL_WINDOW,
    HARD_GLOBAL_FAILURES,
    SOFT_GLOBAL_FAILURES,
    login_wait,
    note_failure,
)
from sync.hub.database import make_hub_engine, migrate_hub
from sync.hub.devices import parse_code
from sync.hub.models import HubSignature, LoginAttempt
from sync.hub.throttle import ENROLL_SOURCE_BURST
from tests.sync.hub.support import HubProcess


@pytest.fixture
def hub(module_hub: HubProcess) -> HubProcess:
    return module_hub


@pytest.fixture
def token(module_device_token: str) -> str:
    return module_device_token


def _enroll(session: requests.Session, hub: HubProcess, code: str) -> requests.Response:
    parsed = parse_code(code)
    assert parsed is not None
    return session.post(hub.url + "/v1/devices:enroll", data=json.dumps({"secret": parsed.secret, "label": "Tablet"}),
                        headers={"Content-Type": "application/json"}, timeout=10)


def _is_error_body(answer: requests.Response) -> bool:
    document = answer.json()
    return isinstance(document, dict) and isinstance(document.get("error"), str) and "detail" not in document


# -- enrollment ------------------------------------------------------------------------------


def test_guessing_pairing_codes_in_a_loop_is_slowed_to_a_trickle(hub: HubProcess) -> None:
    guesser = hub.session(source="127.0.0.3")
    statuses = []
    for attempt in range(40):
        answer = guesser.post(hub.url + "/v1/devices:enroll", data=json.dumps({"secret": f"ZZ{attempt:06d}"}),
                              headers={"Content-Type": "application/json"}, timeout=10)
        statuses.append(answer.status_code)
        if answer.status_code == 429:
            assert int(answer.headers["Retry-After"]) >= 1
            assert answer.json()["error"] == "too_many_requests"
    # The first tries are checked (and refused); the rest are turned away unread.
    assert statuses[: int(ENROLL_SOURCE_BURST)] == [403] * int(ENROLL_SOURCE_BURST)
    assert statuses.count(429) >= 40 - ENROLL_SOURCE_BURST - 2  # a token or two refills meanwhile
    # A kiosk at another address pairs meanwhile: the guesser spent only its own allowance.
    assert _enroll(hub.session(source="127.0.0.4"), hub, hub.pair_code()).status_code == 200


def test_a_kiosk_that_meets_the_limit_is_told_to_wait(hub: HubProcess, tmp_path: Path) -> None:
    from sync.client.pairing import HUB_BUSY, PairingError, pair

    flood = hub.session(source="127.0.0.1")  # where the kiosk's own requests come from
    while flood.post(hub.url + "/v1/devices:enroll", json={"secret": "ZZZZZZZZ"}, timeout=10).status_code != 429:
        pass
    with pytest.raises(PairingError) as refused:
        pair(tmp_path, hub.url, hub.pair_code(), "Tablet", "keyring", "kiosk-1")
    assert refused.value.code == HUB_BUSY


def test_a_new_pairing_code_cancels_the_old_one(hub: HubProcess) -> None:
    session = hub.session(source="127.0.0.5")
    old = hub.pair_code()
    new = hub.pair_code()
    refused = _enroll(session, hub, old)
    assert refused.status_code == 403 and refused.json()["error"] == "pairing_code_invalid"
    assert _enroll(session, hub, new).status_code == 200


def test_no_code_secret_or_token_reaches_the_hubs_log(hub: HubProcess, token: str) -> None:
    session = hub.session(source="127.0.0.6")
    code = hub.pair_code()
    answer = _enroll(session, hub, code)
    assert answer.status_code == 200
    wrong = _enroll(session, hub, code)  # used already: refused
    assert wrong.status_code == 403
    log = hub.log_path.read_text("utf-8")
    parsed = parse_code(code)
    assert parsed is not None
    for secret in (code, parsed.secret, answer.json()["token"], token):
        assert secret not in log
    # What the operator reads there instead (a log is not a terminal).
    assert "pairing code: on the dashboard, or from 'petition-kiosk hub pair-code'" in log


# -- login's overall cap (the per-address slowing is in test_dashboard.py) --------------------


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    made = make_hub_engine(f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    migrate_hub(made)
    yield made
    made.dispose()


def _failures_from_many(engine: Engine, count: int) -> None:
    for index in range(count):
        note_failure(engine, f"10.0.{index // 250}.{index % 250 + 1}")


def test_past_the_soft_cap_only_a_source_that_has_not_failed_is_checked(engine: Engine) -> None:
    _failures_from_many(engine, SOFT_GLOBAL_FAILURES)
    # A source that failed in the window waits until the window holds fewer failures than the cap…
    wait = login_wait(engine, "10.0.0.1")
    assert 0 < wait <= GLOBAL_WINDOW.total_seconds()
    # …while the coordinator's browser, which has not failed, is checked at once.
    assert login_wait(engine, "192.168.1.20") == 0


def test_at_the_hard_cap_nobody_is_checked_until_the_window_frees(engine: Engine) -> None:
    _failures_from_many(engine, HARD_GLOBAL_FAILURES)
    wait = login_wait(engine, "192.168.1.20")
    assert 0 < wait <= GLOBAL_WINDOW.total_seconds()
    # Not for ever: once those failures are older than the window, the coordinator gets in.
    assert login_wait(engine, "192.168.1.20", now=utcnow() + GLOBAL_WINDOW + timedelta(seconds=1)) == 0
    with Session(engine) as session:
        sources = set(session.scalars(select(LoginAttempt.source)))
    assert not any("10.0." in source for source in sources)  # hashed, not kept as typed


# -- clear columns ---------------------------------------------------------------------------


def _signature(**clear: str) -> dict[str, Any]:
    return {"uuid": str(uuid.uuid4()), "signed_at": "2026-11-28T17:04:05.123Z", "event": "MacArthur Park rally",
            "language": "en", "postal_code": "90057",
            "person": {"given_name": "Ana", "family_name": "Muñoz", "email": "ana@example.org", "phone": "",
                       "address": ""},
            "consent": {"updates": False, "text_sha256": ""}, "signature_svg": None, **clear}


def _upload(hub: HubProcess, token: str, signatures: list[dict[str, Any]]) -> requests.Response:
    body = {"kiosk_id": str(uuid.uuid4()), "campaign": hub.context.campaign.id, "signatures": signatures}
    return hub.session().post(hub.url + "/v1/signatures:batch", json=body, timeout=30,
                              headers={"Authorization": f"Bearer {token}"})


def test_free_text_in_a_clear_column_is_rejected_and_never_stored(hub: HubProcess, token: str) -> None:
    good = _signature(postal_code="90057-1234")
    free_text = _signature(postal_code="Maria Lopez 555-1234")
    email_event = _signature(event="maria.lopez@example.org")
    phone_event = _signature(event="call Maria (213) 555-0142")
    answer = _upload(hub, token, [good, free_text, email_event, phone_event])
    assert answer.status_code == 200
    results = {r["uuid"]: r for r in answer.json()["results"]}
    assert results[good["uuid"]]["status"] == "accepted"
    assert results[free_text["uuid"]] == {"uuid": free_text["uuid"], "status": "rejected",
                                          "reason": "invalid_postal_code"}
    assert results[email_event["uuid"]]["reason"] == results[phone_event["uuid"]]["reason"] == "invalid_event"
    with Session(hub.context.engine) as session:
        stored = {u: (p, e) for u, p, e in session.execute(
            select(HubSignature.uuid, HubSignature.postal_code, HubSignature.event))}
        maria = session.scalar(select(func.count()).select_from(HubSignature).where(
            (HubSignature.postal_code.like("%Maria%")) | (HubSignature.event.like("%Maria%"))))
    assert stored[good["uuid"]] == ("90057-1234", "MacArthur Park rally")
    assert not {free_text["uuid"], email_event["uuid"], phone_event["uuid"]} & set(stored)
    assert maria == 0
    # A batch of nothing but refused signatures is answered too, and stores nothing.
    alone = _signature(postal_code="Maria")
    answer = _upload(hub, token, [alone])
    assert answer.status_code == 200 and answer.json()["results"][0]["status"] == "rejected"


# -- bad parameters --------------------------------------------------------------------------


@pytest.mark.parametrize("waiting", ["99999999999999999999", "²", "-1", "1.5", "١٢", " 3"])
def test_an_odd_waiting_count_is_a_400_not_a_500(hub: HubProcess, token: str, waiting: str) -> None:
    answer = hub.session().get(hub.url + "/v1/totals", params={"waiting": waiting}, timeout=10,
                               headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 400 and answer.json()["error"] == "invalid:waiting"
    fine = hub.session().get(hub.url + "/v1/totals", params={"waiting": "12"}, timeout=10,
                             headers={"Authorization": f"Bearer {token}"})
    assert fine.status_code == 200


@pytest.mark.parametrize("body", [
    b'{"uuids": ["not-a-uuid"]}', b'{"uuids": ["\\ud800"]}', b'{"uuids": [{"a": 1}]}', b'{"uuids": "abc"}',
    b'["uuids"]', b"[" * 5000, b"\xff\xfe", b"",
])
def test_an_odd_receipt_query_is_a_400(hub: HubProcess, token: str, body: bytes) -> None:
    answer = hub.session().post(hub.url + "/v1/receipts:query", data=body, timeout=10,
                                headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    assert answer.status_code == 400 and _is_error_body(answer)


@pytest.mark.parametrize("body", [
    b'{"secret": "\\ud800"}', b'{"secret": "ABCD", "label": "\\ud800"}', b'{"secret": 12}', b'{"label": "x"}',
    b'{"secret": "ABCD", "label": ["x"]}', b'"secret"', b"[" * 5000,
])
def test_an_odd_enrollment_is_a_400(hub: HubProcess, body: bytes) -> None:
    source = f"127.0.1.{abs(hash(body)) % 250 + 1}"  # each its own allowance
    answer = hub.session(source=source).post(hub.url + "/v1/devices:enroll", data=body, timeout=10,
                                             headers={"Content-Type": "application/json"})
    assert answer.status_code == 400 and _is_error_body(answer)


def test_the_frameworks_own_errors_have_the_error_body(hub: HubProcess, token: str) -> None:
    session = hub.session()
    wrong_method = session.get(hub.url + "/v1/signatures:batch", timeout=10,
                               headers={"Authorization": f"Bearer {token}"})
    assert wrong_method.status_code == 405 and wrong_method.json() == {"error": "method_not_allowed",
                                                                       "reason": "method_not_allowed"}
    assert "POST" in wrong_method.headers["allow"]
    unknown = session.get(hub.url + "/v1/nothing-here", timeout=10)
    assert unknown.status_code == 404 and _is_error_body(unknown)


@pytest.mark.parametrize("query", ["since=2026-13-45", "until=yesterday", "since=%00", "event=" + "x" * 5000,
                                   "since=99999-01-01", "since=2026-12-01&until=2026-11-01", "lang=%ff&since=%ff"])
def test_odd_export_filters_are_a_4xx(hub: HubProcess, query: str) -> None:
    from sync.hub.auth import set_password

    set_password(hub.context.engine, "la-lucha-sigue-2026")
    session = hub.session(source="127.0.0.7")
    assert session.post(hub.url + "/login", data={"password": "la-lucha-sigue-2026"}, timeout=10,
                        allow_redirects=False).status_code == 303
    for kind in ("tally", "csv", "nothing"):
        answer = session.get(f"{hub.url}/export/{kind}?{query}", timeout=30)
        assert 400 <= answer.status_code < 500, (kind, query, answer.status_code)


# -- the coordinator's doors, without a session ----------------------------------------------


def test_without_a_session_a_page_goes_to_the_login_and_data_is_refused(hub: HubProcess, token: str) -> None:
    session = hub.session(source="127.0.0.10")
    for method, path in (("GET", "/dashboard"), ("POST", "/devices/any-device/revoke")):
        answer = session.request(method, hub.url + path, timeout=10, allow_redirects=False)
        assert (answer.status_code, answer.headers["location"]) == (303, "/login"), path
    for method, path in (("GET", "/api/summary"), ("GET", "/api/summary/stream"), ("POST", "/api/pair-code"),
                         ("GET", "/export/csv"), ("GET", "/export/sheets")):
        for headers in ({}, {"Authorization": f"Bearer {token}"}, {"Cookie": "hub_session=forged"}):
            answer = session.request(method, hub.url + path, headers=headers, timeout=10, allow_redirects=False)
            assert answer.status_code == 401, (path, headers)
            assert answer.json() == {"error": "login_required", "reason": "login_required"}
    # The public number needs none.
    assert session.get(hub.url + "/api/big", timeout=10).json().keys() == {"combined", "goal"}


def test_with_a_session_the_dashboards_data_reads_as_its_models(hub: HubProcess) -> None:
    from sync.hub.auth import set_password
    from sync.hub.dashboard_models import BigNumber, DashboardFigures, PairingCodeShown

    set_password(hub.context.engine, "la-lucha-sigue-2026")
    session = hub.session(source="127.0.0.11")
    assert session.post(hub.url + "/login", data={"password": "la-lucha-sigue-2026"}, timeout=10,
                        allow_redirects=False).status_code == 303
    figures = DashboardFigures.model_validate_json(session.get(hub.url + "/api/summary?lang=es", timeout=10).content)
    assert figures.active_devices >= 1 and figures.zone
    shown = PairingCodeShown.model_validate_json(session.post(hub.url + "/api/pair-code", timeout=10).content)
    assert shown.code.count("-") == 5 and shown.url == hub.url and "<svg" in shown.qr
    assert BigNumber.model_validate_json(session.get(hub.url + "/api/big", timeout=10).content).goal > 0


def test_nothing_the_module_did_left_a_server_error_in_the_log(hub: HubProcess) -> None:
    log = hub.log_path.read_text("utf-8")
    assert "hub request failed" not in log and "Traceback" not in log, log[-2000:]
    assert os.path.getsize(hub.log_path) < 10_000

