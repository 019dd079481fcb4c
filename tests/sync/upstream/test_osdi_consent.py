"""Nobody who said no is subscribed upstream, on either channel (issue 14).

Action Network subscribes a person new to the email list when a POST carries no email
status, and adds a new person to the mobile list unsubscribed unless ``subscribed`` is sent
(shared/reference/action-network.md, "Subscription status"). The double models both lists
and their defaults; these tests sign 80 people with mixed answers, sync them over loopback
and read the double's lists and its log of what was sent.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

from kiosk.campaign import parse_campaign
from kiosk.models import NOT_SENT_NO_CONTACT, SyncState
from kiosk.runtime import KioskContext
from tests.support import signature_only_campaign_toml, valid_signer
from tests.sync.helpers import make_engine, osdi_config, rows
from tests.sync.servers.base import RunningServer
from tests.sync.servers.osdi_server import OsdiApp

SIGNERS = 80


@dataclass(frozen=True)
class Signed:
    """What one simulated signer gave and ticked."""

    uuid: str
    email: str
    phone: str
    email_consent: bool
    sms_consent: bool


def _sign_mixed(kiosk: KioskContext, count: int, seed: int = 14) -> list[Signed]:
    rng = random.Random(seed)
    signed = []
    for n in range(count):
        kind = rng.choice(("email", "phone", "both"))
        email = f"signer{n}@example.org" if kind != "phone" else ""
        phone = f"+1213555{n:04d}" if kind != "email" else ""
        email_consent, sms_consent = rng.random() < 0.5, rng.random() < 0.4
        signer = valid_signer(kiosk.campaign, n, email=email, phone=phone)
        uuid = kiosk.store.record(signer, kiosk.campaign, rng.choice(("es", "en")), email_consent,
                                  consent_sms=sms_consent)
        # A text consent without a phone cannot be recorded: the box was never shown.
        signed.append(Signed(uuid, email, phone, email_consent, sms_consent and bool(phone)))
    return signed


def test_of_80_mixed_signers_nobody_who_declined_is_subscribed_on_either_channel(
        kiosk: KioskContext, osdi_server: RunningServer) -> None:
    app: OsdiApp = osdi_server.app  # type: ignore[assignment]
    signed = _sign_mixed(kiosk, SIGNERS)
    report = make_engine(kiosk, osdi_config(osdi_server.url)).run_until_idle(60)
    assert report.pending == 0 and report.confirmed == SIGNERS
    sent = {entry.identifier.split(":", 1)[1]: entry for entry in app.sent}
    assert set(sent) == {s.uuid for s in signed}
    signups = {entry.identifier: entry for entry in app.signups}

    print(f"\n{'signer':>6} {'email?':6} {'sent email status':18} {'text?':6} {'sent phone status':18} "
          "lists after")
    declined_email = declined_sms = 0
    for n, s in enumerate(signed):
        person = app.person_by_kiosk_id(s.uuid)
        entry = sent[s.uuid]
        if s.email:
            assert person["email_status"] == ("subscribed" if s.email_consent else "unsubscribed"), n
            # A decliner's "unsubscribed" goes to the person signup helper, which documents it;
            # the signature helper, which does not, gets no email status for them.
            assert entry.email_status == ("subscribed" if s.email_consent else None), n
            if not s.email_consent:
                assert signups[f"person:{s.email}"].email_status == "unsubscribed", n
            declined_email += not s.email_consent
        if s.phone:
            assert person["phone_status"] == ("subscribed" if s.sms_consent else "unsubscribed"), n
            # Without text consent no status at all is sent (never "subscribed").
            assert entry.phone_status == ("subscribed" if s.sms_consent else None), n
            declined_sms += not s.sms_consent
        if (s.email and not s.email_consent) or (s.phone and not s.sms_consent):
            email_answer = ("yes" if s.email_consent else "no") if s.email else "-"
            sms_answer = ("yes" if s.sms_consent else "no") if s.phone else "-"
            print(f"{n:>6} {email_answer:6} {entry.email_status if s.email else '-'!s:18} "
                  f"{sms_answer:6} {entry.phone_status if s.phone else '-'!s:18} "
                  f"email={person['email_status'] or '-'} mobile={person['phone_status'] or '-'}")
    declining_emails = [e for e in app.signups if e.email_sent]
    text_subscriptions = [e for e in app.sent if e.phone_status == "subscribed"]
    print(f"{declined_email} signers declined email: all {len(declining_emails)} sent as "
          f"{sorted({e.email_status for e in declining_emails})}; "
          f"{declined_sms} phones without text consent; {len(text_subscriptions)} text subscriptions sent, "
          f"{sum(1 for s in signed if s.sms_consent)} signers gave text consent")
    assert declined_email > 10 and declined_sms > 10  # the mix really has both kinds of "no"
    assert len(declining_emails) == declined_email, "one person signup per decliner, none for a yes"
    assert all(e.email_status == "unsubscribed" for e in declining_emails)
    consented_phones = {s.uuid for s in signed if s.sms_consent}
    assert {e.identifier.split(":", 1)[1] for e in text_subscriptions} == consented_phones
    # Nobody on either list is subscribed without having ticked that box.
    by_uuid = {s.uuid: s for s in signed}
    for uuid in by_uuid:
        person = app.person_by_kiosk_id(uuid)
        assert person["email_status"] != "subscribed" or by_uuid[uuid].email_consent
        assert person["phone_status"] != "subscribed" or by_uuid[uuid].sms_consent


def test_people_already_on_the_lists_take_the_kiosk_answer_for_email_and_keep_texts(
        kiosk: KioskContext, osdi_server: RunningServer) -> None:
    """The documented trade: an unticked email box unsubscribes someone already subscribed;
    the mobile list is left alone unless the text box was ticked."""
    app: OsdiApp = osdi_server.app  # type: ignore[assignment]
    app.add_person(email="ana1@example.org", email_status="subscribed")
    app.add_person(email="ana2@example.org", phone="+12135550102", email_status="unsubscribed",
                   phone_status="subscribed")
    app.add_person(phone="+12135550103", phone_status="unsubscribed")
    campaign = kiosk.campaign
    declined = kiosk.store.record(valid_signer(campaign, 1), campaign, "es", False)
    texts_kept = kiosk.store.record(valid_signer(campaign, 2, phone="+12135550102"), campaign, "es", True)
    texts_now = kiosk.store.record(valid_signer(campaign, 3, email="", phone="+12135550103"), campaign, "en",
                                   False, consent_sms=True)
    assert make_engine(kiosk, osdi_config(osdi_server.url)).run_until_idle(10).confirmed == 3
    assert app.person_by_kiosk_id(declined)["email_status"] == "unsubscribed"
    kept = app.person_by_kiosk_id(texts_kept)
    assert (kept["email_status"], kept["phone_status"]) == ("subscribed", "subscribed")
    assert app.person_by_kiosk_id(texts_now)["phone_status"] == "subscribed"
    assert len(app.people()) == 3, "a matched person is updated, never duplicated"


def test_a_signer_with_no_contact_is_kept_as_not_sent_never_posted(kiosk: KioskContext,
                                                                    osdi_server: RunningServer) -> None:
    campaign = parse_campaign(signature_only_campaign_toml().encode(), "sig-only.toml")
    kiosk.campaign = campaign
    sheet_only = kiosk.store.record(valid_signer(campaign, 1, email="", phone=""), campaign, "es", False)
    report = make_engine(kiosk, osdi_config(osdi_server.url)).run_until_idle(10)
    assert report.pending == 0 and report.not_sent == 1 and report.confirmed == 0
    assert osdi_server.app.statuses() == []  # nothing went over the wire
    (row,) = rows(kiosk)
    assert row.uuid == sheet_only and row.state == SyncState.NOT_SENT and row.last_error == NOT_SENT_NO_CONTACT
    assert row.sealed is not None, "kept, never lost"
    assert kiosk.store.counts(campaign.id).not_sent == 1


def test_status_json_shows_signature_only_signers_kept_as_not_sent_after_an_osdi_sync(
        tmp_path: Path, data_dir: Path, osdi_server: RunningServer) -> None:
    from kiosk.runtime import open_kiosk
    from tests.kiosk.test_cli import cli
    from tests.sync.helpers import PETITION, TOKEN

    campaign_file = tmp_path / "sig-only.toml"
    campaign_file.write_text(signature_only_campaign_toml(), encoding="utf-8")
    ctx = open_kiosk(data_dir, str(campaign_file))
    try:
        for n in range(3):
            ctx.store.record(valid_signer(ctx.campaign, n, email="", phone=""), ctx.campaign, "es", False)
    finally:
        ctx.close()
    env = {"PETITION_KIOSK_SYNC_TOKEN": TOKEN}
    synced = cli("--campaign", str(campaign_file), "sync", "--once", "--kind", "osdi", "--url", osdi_server.url,
                 "--petition", PETITION, env=env)
    assert synced.returncode == 0, synced.stderr
    status = cli("--campaign", str(campaign_file), "status", "--json")
    report = json.loads(status.stdout)
    assert (report["total"], report["pending"], report["rejected"], report["not_sent"]) == (3, 0, 0, 3)
    assert osdi_server.app.statuses() == []
    human = cli("--campaign", str(campaign_file), "status")
    assert "3 not sent upstream (no contact)" in human.stdout
