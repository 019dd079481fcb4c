"""The json adapter against a real protocol v1 server: delivery, receipts, dedup, 413, rejections."""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from kiosk.models import SignatureRecord, SyncState
from kiosk.runtime import KioskContext
from kiosk.simulate import simulate
from sync.client.status import sync_status
from tests.sync.helpers import assert_exactly_once, json_config, make_engine, rows
from tests.sync.servers.base import RunningServer


def test_every_signature_arrives_once_with_its_receipt(kiosk: KioskContext, json_server: RunningServer) -> None:
    simulate(kiosk.store, kiosk.campaign, 30)
    engine = make_engine(kiosk, json_config(json_server.url, batch_size=10))
    report = engine.run_until_idle(10)
    assert report.confirmed == 30 and report.pending == 0
    assert json_server.app.statuses() == [200, 200, 200]
    assert_exactly_once(json_server.app.stored_uuids(), kiosk)
    assert all(r.server_receipt and r.server_receipt.startswith("accepted:srv-") for r in rows(kiosk))
    assert sync_status(kiosk.store)["last_success_at"]


def test_the_server_gets_the_signer_as_recorded(kiosk: KioskContext, json_server: RunningServer) -> None:
    simulate(kiosk.store, kiosk.campaign, 3)
    make_engine(kiosk, json_config(json_server.url)).run_until_idle(10)
    for row in rows(kiosk):
        personal = kiosk.store.personal(row.uuid)
        assert personal is not None
        sent = json_server.app.stored(row.uuid)
        assert sent["person"]["given_name"] == personal.given_name
        assert sent["person"]["email"] == personal.email
        assert sent["postal_code"] == row.postal_code
        assert sent["consent"] == {"updates": row.consent_updates, "text_sha256": row.consent_sha256,
                                   "email": row.consent_email, "email_text_sha256": row.consent_email_sha256,
                                   "sms": row.consent_sms, "sms_text_sha256": row.consent_sms_sha256}
        assert sent["signature_svg"].startswith("<svg")
        assert sent["signed_at"].endswith("Z")


def test_duplicate_answers_count_as_synced(kiosk: KioskContext, json_server: RunningServer) -> None:
    simulate(kiosk.store, kiosk.campaign, 12)
    make_engine(kiosk, json_config(json_server.url)).run_until_idle(10)
    # As if the kiosk crashed after the server stored them but before it recorded that.
    with Session(kiosk.store.engine) as session, session.begin():
        session.execute(update(SignatureRecord).values(state=SyncState.PENDING, synced_at=None))
    report = make_engine(kiosk, json_config(json_server.url)).run_until_idle(10)
    assert report.confirmed == 12
    assert_exactly_once(json_server.app.stored_uuids(), kiosk)
    assert all(r.server_receipt == "duplicate" for r in rows(kiosk))


def test_413_makes_batches_smaller_until_they_fit(kiosk: KioskContext, json_server: RunningServer) -> None:
    json_server.app.max_batch = 7  # type: ignore[attr-defined]
    simulate(kiosk.store, kiosk.campaign, 40)
    report = make_engine(kiosk, json_config(json_server.url, batch_size=20)).run_until_idle(10)
    assert report.pending == 0
    assert 413 in json_server.app.statuses()
    assert_exactly_once(json_server.app.stored_uuids(), kiosk)


def test_a_rejected_record_is_the_only_one_rejected(kiosk: KioskContext, json_server: RunningServer) -> None:
    simulate(kiosk.store, kiosk.campaign, 10)
    victim = sorted(kiosk.store.all_uuids())[3]
    json_server.app.reject_uuids.add(victim)  # type: ignore[attr-defined]
    report = make_engine(kiosk, json_config(json_server.url)).run_until_idle(10)
    assert report.rejected == 1 and report.pending == 0
    by_uuid = {r.uuid: r for r in rows(kiosk)}
    assert by_uuid[victim].state == SyncState.REJECTED
    assert by_uuid[victim].last_error == "blocked_by_server"
    assert sum(r.state == SyncState.SYNCED for r in by_uuid.values()) == 9
    assert victim not in json_server.app.stored_uuids()


def test_nothing_pending_means_no_request(kiosk: KioskContext, json_server: RunningServer) -> None:
    report = make_engine(kiosk, json_config(json_server.url)).run_until_idle(5)
    assert report.requests == 0 and json_server.app.statuses() == []


def test_both_consents_and_signature_only_signers_reach_a_json_server(kiosk: KioskContext,
                                                                       json_server: RunningServer) -> None:
    from kiosk.campaign import parse_campaign
    from tests.support import signature_only_campaign_toml, valid_signer

    campaign = kiosk.campaign
    es = campaign.text("es")
    texts = kiosk.store.record(valid_signer(campaign, 1, phone="+12135550101"), campaign, "es", False,
                               consent_sms=True)
    sheet_only_campaign = parse_campaign(signature_only_campaign_toml().encode(), "sig-only.toml")
    sheet_only = kiosk.store.record(valid_signer(sheet_only_campaign, 2, email="", phone=""),
                                    sheet_only_campaign, "en", False)
    report = make_engine(kiosk, json_config(json_server.url)).run_until_idle(10)
    assert report.confirmed == 2 and report.not_sent == 0
    assert json_server.app.stored(texts)["consent"] == {
        "updates": False, "text_sha256": es.consent_email_sha256, "email": False,
        "email_text_sha256": es.consent_email_sha256, "sms": True, "sms_text_sha256": es.consent_sms_sha256}
    sent = json_server.app.stored(sheet_only)
    assert sent["consent"] == {"updates": False, "text_sha256": "", "email": False, "email_text_sha256": None,
                               "sms": False, "sms_text_sha256": None}
    assert (sent["person"]["email"], sent["person"]["phone"], sent["postal_code"]) == ("", "", "90011")
    assert sent["signature_svg"].startswith("<svg")
