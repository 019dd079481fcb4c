"""The osdi adapter against an Action Network-like server: what is sent, limits, rejections."""

from __future__ import annotations

import json

from kiosk.models import SyncState
from kiosk.runtime import KioskContext
from kiosk.simulate import simulate
from kiosk.store import SignatureStore
from sync.upstream.target import SyncConfig
from tests.support import valid_signer
from tests.sync.helpers import assert_exactly_once, make_engine, osdi_config, rows
from tests.sync.servers.base import RunningServer


def _record(kiosk: KioskContext, n: int, consent: bool, event: str = "MacArthur Park rally", **fields: str) -> str:
    store: SignatureStore = kiosk.store
    event_id = store.find_or_create_event(event)
    return store.record(valid_signer(kiosk.campaign, n, **fields), kiosk.campaign, "es", consent, event_id=event_id)


def test_the_helper_gets_person_consent_tags_source_and_our_uuid(kiosk: KioskContext,
                                                                 osdi_server: RunningServer) -> None:
    opted_in = _record(kiosk, 1, consent=True)
    not_opted_in = _record(kiosk, 2, consent=False, phone="+12135550123")
    report = make_engine(kiosk, osdi_config(osdi_server.url)).run_until_idle(10)
    assert report.confirmed == 2
    bodies = {b["identifiers"][0].split(":", 1)[1]: b for b in osdi_server.app.bodies}  # type: ignore[attr-defined]
    yes, no = bodies[opted_in], bodies[not_opted_in]
    assert yes["person"]["email_addresses"] == [{"address": "ana1@example.org", "status": "subscribed"}]
    # "unsubscribed" is not valid at the signature helper: a signer who declined is written
    # unsubscribed by the person signup helper first, then signs with no email status.
    (signup,) = osdi_server.app.signup_bodies  # type: ignore[attr-defined]
    assert signup["person"]["email_addresses"] == [{"address": "ana2@example.org", "status": "unsubscribed"}], \
        "subscribed without consent"
    assert no["person"]["email_addresses"] == [{"address": "ana2@example.org"}]
    assert no["person"]["phone_numbers"] == [{"number": "+12135550123"}], "texts without text consent"
    assert signup["person"]["phone_numbers"] == [{"number": "+12135550123"}], "texts without text consent"
    assert yes["person"]["postal_addresses"] == [{"country": "US", "postal_code": "90011"}]
    assert yes["person"]["languages_spoken"] == ["es"]
    assert yes["add_tags"] == ["kiosk", "end-s-comm", "MacArthur Park rally"]
    assert yes["action_network:referrer_data"] == {"source": "kiosk-macarthur-park-rally"}
    assert yes["identifiers"] == [f"petition_kiosk:{opted_in}"]
    assert yes["triggers"]["autoresponse"]["enabled"] is True
    assert no["triggers"]["autoresponse"]["enabled"] is False
    people = {p["email"]: p for p in osdi_server.app.people()}  # type: ignore[attr-defined]
    assert people["ana1@example.org"]["email_status"] == "subscribed"
    assert people["ana2@example.org"]["email_status"] == "unsubscribed"
    assert people["ana2@example.org"]["phone_status"] == "unsubscribed"
    for row in rows(kiosk):
        assert row.server_receipt and row.server_receipt.startswith("action_network:")
    assert_exactly_once(osdi_server.app.kiosk_ids(), kiosk)  # type: ignore[attr-defined]


def test_never_more_than_four_requests_a_second(kiosk: KioskContext, osdi_server: RunningServer) -> None:
    simulate(kiosk.store, kiosk.campaign, 10)
    report = make_engine(kiosk, osdi_config(osdi_server.url)).run_until_idle(20)
    assert report.pending == 0
    assert 429 not in osdi_server.app.statuses()
    assert_exactly_once(osdi_server.app.kiosk_ids(), kiosk)  # type: ignore[attr-defined]


def test_a_server_that_limits_harder_is_waited_out(kiosk: KioskContext, osdi_server: RunningServer) -> None:
    # Configured too fast on purpose: the server's 429s (Retry-After) must slow us down.
    simulate(kiosk.store, kiosk.campaign, 8)
    config: SyncConfig = osdi_config(osdi_server.url, rate_per_s=50.0)
    report = make_engine(kiosk, config).run_until_idle(30)
    assert report.pending == 0
    assert 429 in osdi_server.app.statuses()
    assert_exactly_once(osdi_server.app.kiosk_ids(), kiosk)  # type: ignore[attr-defined]


def test_a_4xx_about_one_signer_rejects_only_that_one_without_their_data(kiosk: KioskContext,
                                                                          osdi_server: RunningServer) -> None:
    good = _record(kiosk, 1, consent=True)
    bad = _record(kiosk, 2, consent=True, email="ana.bad@bounce.example.net")
    report = make_engine(kiosk, osdi_config(osdi_server.url)).run_until_idle(10)
    assert report.pending == 0 and report.rejected == 1
    by_uuid = {r.uuid: r for r in rows(kiosk)}
    assert by_uuid[good].state == SyncState.SYNCED
    assert by_uuid[bad].state == SyncState.REJECTED
    # The server's message names the email; only a code is kept.
    assert by_uuid[bad].last_error == "http_400"


def test_a_wrong_petition_pauses_sync(kiosk: KioskContext, osdi_server: RunningServer) -> None:
    simulate(kiosk.store, kiosk.campaign, 3)
    report = make_engine(kiosk, osdi_config(osdi_server.url, petition_id="no-such-petition")).run_until_idle(5)
    assert report.paused == "petition_not_found"
    assert osdi_server.app.statuses() == [404]
    assert all(r.state == SyncState.PENDING and r.attempts == 0 for r in rows(kiosk))


def test_bodies_are_valid_json_with_unicode_names(kiosk: KioskContext, osdi_server: RunningServer) -> None:
    _record(kiosk, 1, consent=False, given_name="Íñigo", family_name="Núñez")
    make_engine(kiosk, osdi_config(osdi_server.url)).run_until_idle(10)
    people = osdi_server.app.people()  # type: ignore[attr-defined]
    assert people[0]["given_name"] == "Íñigo" and people[0]["family_name"] == "Núñez"
    assert json.loads(people[0]["languages"]) == ["es"]
