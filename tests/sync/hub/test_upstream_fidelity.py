"""What reaches Action Network is what each signer chose and what the coordinator expects (issue 23).

80 mixed signers go through a real hub process to the Action Network double, and 80 go
direct from a kiosk's engine. The double models both helpers strictly (the signature helper
ignores any email status but ``subscribed``, and subscribes a new person by default), so
these tests fail whenever a decliner could end up subscribed, new or already on the list.
The double's rate limit and the targets' rate are raised so the file stays quick; the real
4 requests a second are measured in tests/bench/test_osdi_rate_bench.py.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from kiosk.runtime import KioskContext
from sync.hub.models import HubSignature
from sync.upstream.adapters.osdi_body import (
    FIELD_EMAIL_CONSENT,
    FIELD_EMAIL_WORDING,
    FIELD_EVENT,
    FIELD_EVENT_PLACE,
    FIELD_KIOSK,
    FIELD_TEXT_CONSENT,
    FIELD_TEXT_WORDING,
)
from tests.support import valid_signer
from tests.sync.helpers import PETITION, TOKEN, make_engine, osdi_config, rows
from tests.sync.hub.support import HubProcess, hub_engine, paired, upstream_states, wait_for
from tests.sync.servers.base import RunningServer
from tests.sync.servers.osdi_server import OsdiApp, start_osdi_server

SIGNERS = 80
FAST_LIMIT = 40  # the double's requests a second for these tests (Action Network's is 4)
FAST_RATE = 30.0
ACCENTED = ("Plácita Olvera vigil", "Olvera St, Los Angeles")
KOREAN = ("광화문 집회", "Koreatown, Los Angeles")
PLACES = dict((ACCENTED, KOREAN))
READABLE_SOURCES = {ACCENTED[0]: "kiosk-placita-olvera-vigil", KOREAN[0]: "kiosk-gwanghwamun-jibhoe"}
KIOSK_LABEL = "Tablet 3"
FREE_TEXT_PLACE = "Maria Lopez 555-1234"
USER_KEY = "user-key-cannot-make-tags"


@dataclass(frozen=True)
class Signed:
    """What one simulated signer gave and ticked."""

    uuid: str
    email: str
    phone: str
    email_consent: bool
    sms_consent: bool
    event: str


@pytest.fixture
def double(tmp_path: Path) -> Iterator[RunningServer]:
    with start_osdi_server(tmp_path / "an.sqlite3", TOKEN, PETITION) as server:
        app: OsdiApp = server.app  # type: ignore[assignment]
        app.rate_limit = FAST_LIMIT
        app.add_tag("kiosk")  # a coordinator made this one; "end-s-comm" and the events' are missing
        yield server


def _sign_mixed(kiosk: KioskContext, app: OsdiApp, prefix: str, seed: int) -> list[Signed]:
    """80 signers at two events, some already on the group's lists, with every mix of answers."""
    rng = random.Random(seed)
    events = [kiosk.store.find_or_create_event(name, place) for name, place in (ACCENTED, KOREAN)]
    signed = []
    for n in range(SIGNERS):
        kind = rng.choice(("email", "phone", "both"))
        email = f"{prefix}{n}@example.org" if kind != "phone" else ""
        phone = f"+1213{seed % 10}55{n:04d}" if kind != "email" else ""
        email_consent, sms_consent = rng.random() < 0.5, rng.random() < 0.4
        if n % 5 == 0 and email:
            # Already on the list and subscribed: a "no" at the kiosk is the latest answer.
            app.add_person(email=email, email_status="subscribed")
        signer = dataclasses.replace(valid_signer(kiosk.campaign, n, email=email, phone=phone),
                                     address="123 W 3rd St Apt 4, Los Angeles, CA 90013")
        event_index = n % 2
        uuid = kiosk.store.record(signer, kiosk.campaign, rng.choice(("es", "en")), email_consent,
                                  event_id=events[event_index], kiosk_label=KIOSK_LABEL, consent_sms=sms_consent)
        signed.append(Signed(uuid, email, phone, email_consent, sms_consent and bool(phone),
                             (ACCENTED, KOREAN)[event_index][0]))
    return signed


def _check_what_arrived(kiosk: KioskContext, app: OsdiApp, signed: list[Signed], kiosk_name: str) -> None:
    arrived = {row["uuid"]: row for row in app.signature_rows()}
    assert set(arrived) == {s.uuid for s in signed}
    local = {row.uuid: row for row in rows(kiosk)}
    campaign_tags = set(kiosk.campaign.sync.tags)
    declined = 0
    for s in signed:
        got = arrived[s.uuid]
        if s.email:
            # Nobody who declined email is subscribed to it, new or already on the list.
            assert got["email_status"] == ("subscribed" if s.email_consent else "unsubscribed"), s
            declined += not s.email_consent
        if s.phone:
            assert (got["phone_status"] == "subscribed") is s.sms_consent, s
        assert campaign_tags | {s.event} <= set(got["tags"]), got["tags"]
        record = local[s.uuid]
        assert got["action_date"] == record.signed_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        fields: dict[str, Any] = got["custom_fields"]
        assert fields[FIELD_KIOSK] == kiosk_name and fields[FIELD_EVENT] == s.event
        assert fields[FIELD_EVENT_PLACE] == PLACES[s.event]
        if s.email:
            assert fields[FIELD_EMAIL_CONSENT] == ("yes" if s.email_consent else "no")
            assert fields[FIELD_EMAIL_WORDING] == record.consent_email_sha256
        if s.phone and record.consent_sms_sha256:
            assert fields[FIELD_TEXT_CONSENT] == ("yes" if s.sms_consent else "no")
            assert fields[FIELD_TEXT_WORDING] == record.consent_sms_sha256
        assert got["source"] == READABLE_SOURCES[s.event]
        postal = got["postal"]
        assert (postal["address_lines"], postal["locality"], postal["region"], postal["postal_code"],
                postal["country"]) == (["123 W 3rd St Apt 4"], "Los Angeles", "CA", "90011", "US")
    assert declined > 10, "the mix really holds decliners"
    assert campaign_tags | set(READABLE_SOURCES) <= set(app.tag_names())
    assert "kiosk" not in app.tags_created and "end-s-comm" in app.tags_created, "the missing tag was created"
    print(f"\n{SIGNERS} signers, {declined} declined email: {len(app.signups)} person signups, "
          f"{len(app.sent)} signatures, {app.too_many_requests()} answers 429; tags created: {app.tags_created}")


def test_80_signers_sent_direct_arrive_as_chosen_tagged_and_traceable(kiosk: KioskContext,
                                                                      double: RunningServer) -> None:
    app: OsdiApp = double.app  # type: ignore[assignment]
    signed = _sign_mixed(kiosk, app, "direct", seed=23)
    report = make_engine(kiosk, osdi_config(double.url, rate_per_s=FAST_RATE)).run_until_idle(60)
    assert report.pending == 0 and report.confirmed == SIGNERS
    _check_what_arrived(kiosk, app, signed, KIOSK_LABEL)


def test_80_signers_through_the_hub_arrive_as_chosen_and_a_key_without_tag_rights_is_named(
        kiosk: KioskContext, hub: HubProcess, double: RunningServer) -> None:
    from sync.hub.forwarder import set_target_token
    from sync.hub.upstream import UpstreamTarget, check_tags_now, save_target, tags_to_create

    app: OsdiApp = double.app  # type: ignore[assignment]
    paired(kiosk, hub, label="Tablet 1")
    signed = _sign_mixed(kiosk, app, "hub", seed=24)
    assert hub_engine(kiosk).run_until_idle(60).pending == 0
    campaign = hub.context.campaign
    set_target_token(hub.context.hub_id, "action-network", TOKEN)
    target = UpstreamTarget("action-network", "osdi", double.url, PETITION, tags=tuple(campaign.sync.tags),
                            country=campaign.country, language=campaign.default_language, rate_per_s=FAST_RATE,
                            backoff_base_s=0.05, backoff_cap_s=0.5, connect_timeout_s=2.0, read_timeout_s=2.0)
    save_target(hub.context.engine, target)
    assert check_tags_now(hub.context.engine, hub.context.hub_id, target) == set(), "a group key creates them"
    assert wait_for(lambda: upstream_states(hub).get("synced", 0) >= SIGNERS, 60)
    # Through the hub the kiosk is named as it was paired, and the event's place travels in the
    # json protocol (event_place) and is kept in the hub's clear column on its way.
    _check_what_arrived(kiosk, app, signed, "Tablet 1")
    with Session(hub.context.engine) as session:
        kept = dict(session.execute(select(HubSignature.uuid, HubSignature.event_place)).all())
    assert kept == {s.uuid: PLACES[s.event] for s in signed}

    # A user's key cannot create tags: before its first forward, the hub names them.
    app.add_user_key(USER_KEY)
    set_target_token(hub.context.hub_id, "user-key", USER_KEY)
    mine = dataclasses.replace(target, name="user-key", tags=("kiosk", "door-knock-2026"))
    save_target(hub.context.engine, mine)
    assert check_tags_now(hub.context.engine, hub.context.hub_id, mine) == {"door-knock-2026"}
    assert tags_to_create(hub.context.engine) == {"user-key": ["door-knock-2026"]}
    from sync.hub.auth import set_password

    set_password(hub.context.engine, "correct horse battery")
    browser = hub.session()
    assert browser.post(hub.url + "/login", data={"password": "correct horse battery"}, timeout=10).ok
    page = browser.get(hub.url + "/dashboard?lang=en", timeout=10).text
    assert 'id="tags-to-create"' in page and "door-knock-2026" in page and "user-key" in page


def test_a_place_of_free_text_is_refused_with_its_reason_and_never_stored_or_sent(
        kiosk: KioskContext, hub: HubProcess, double: RunningServer) -> None:
    from sync.hub.forwarder import set_target_token
    from sync.hub.upstream import UpstreamTarget, save_target

    app: OsdiApp = double.app  # type: ignore[assignment]
    paired(kiosk, hub, label="Tablet 1")
    # A coordinator typed a person's name and phone where the event's place goes: it would be
    # kept in clear at the hub and sent to Action Network as a custom field.
    smuggled = kiosk.store.find_or_create_event("Door knock", FREE_TEXT_PLACE)
    vigil = kiosk.store.find_or_create_event(*ACCENTED)
    refused = [kiosk.store.record(valid_signer(kiosk.campaign, n), kiosk.campaign, "es", True, event_id=smuggled)
               for n in range(3)]
    kept = kiosk.store.record(valid_signer(kiosk.campaign, 3), kiosk.campaign, "es", True, event_id=vigil)
    assert hub_engine(kiosk).run_until_idle(30).pending == 0
    local = {row.uuid: row for row in rows(kiosk)}
    assert [(local[u].state, local[u].last_error) for u in refused] == [("rejected", "invalid_event_place")] * 3
    assert local[kept].state == "synced"
    with Session(hub.context.engine) as session:
        stored = dict(session.execute(select(HubSignature.uuid, HubSignature.event_place)).all())
        maria = session.scalar(select(func.count()).select_from(HubSignature).where(or_(
            *(column.like("%Maria%") | column.like("%555%")
              for column in (HubSignature.event_place, HubSignature.event, HubSignature.postal_code)))))
    assert stored == {kept: ACCENTED[1]} and maria == 0
    # Forwarded, only the good one reaches Action Network, with its place.
    set_target_token(hub.context.hub_id, "action-network", TOKEN)
    save_target(hub.context.engine, UpstreamTarget(
        "action-network", "osdi", double.url, PETITION, rate_per_s=FAST_RATE, backoff_base_s=0.05,
        backoff_cap_s=0.5, connect_timeout_s=2.0, read_timeout_s=2.0))
    assert wait_for(lambda: upstream_states(hub).get("synced", 0) >= 1, 30)
    arrived = {row["uuid"]: row for row in app.signature_rows()}
    assert set(arrived) == {kept} and arrived[kept]["custom_fields"][FIELD_EVENT_PLACE] == ACCENTED[1]


def test_targets_kept_as_json_before_h0007_come_through_the_upgrade_in_order(tmp_path: Path) -> None:
    import json

    from sqlalchemy import insert

    from sync.hub.database import make_hub_engine, migrate_hub
    from sync.hub.models import HubMeta
    from sync.hub.upstream import load_targets

    engine = make_hub_engine(f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    try:
        migrate_hub(engine, "h0005_retention_purge")
        stored = [{"name": "main", "kind": "osdi", "url": "https://an.example/api/v2", "petition_id": "p-1",
                   "ca_bundle": "", "tags": ["kiosk"], "backoff_base_s": 2.0, "backoff_cap_s": 300.0,
                   "connect_timeout_s": 10.0, "read_timeout_s": 30.0},
                  {"name": "backup", "kind": "json", "url": "https://hub.example", "tags": []}]
        with engine.begin() as connection:
            connection.execute(insert(HubMeta).values(key="upstream.targets", value=json.dumps(stored)))
        migrate_hub(engine)
        targets = load_targets(engine)
        assert [(t.name, t.kind, t.petition_id, t.tags, t.country) for t in targets] == [
            ("main", "osdi", "p-1", ("kiosk",), "US"), ("backup", "json", "", (), "US")]
        with Session(engine) as session:
            assert session.scalar(select(HubMeta.value).where(HubMeta.key == "upstream.targets")) is None
    finally:
        engine.dispose()


def test_a_hub_from_before_the_place_travelled_upgrades_and_back_with_its_rows_and_counts(tmp_path: Path) -> None:
    from datetime import datetime

    from alembic import command
    from alembic.config import Config
    from sqlalchemy import insert

    from sync.hub.aggregates import totals, triggers_present
    from sync.hub.database import MIGRATIONS, make_hub_engine, migrate_hub
    from sync.hub.models import Device

    engine = make_hub_engine(f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    noon = datetime(2026, 11, 28, 12, tzinfo=UTC)
    row = {"campaign_id": "end-s-comm", "device_id": "tablet-1", "kiosk_id": "k", "event": "Rally", "language": "es",
           "postal_code": "90057", "signed_at": noon, "received_at": noon, "consent_updates": False,
           "consent_sha256": "", "has_drawing": False, "sealed": b"x", "counted": True}
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        migrate_hub(engine, "h0008_dashboard_aggregates")
        with engine.begin() as connection:
            connection.execute(insert(Device), [{"id": "tablet-1", "label": "Tablet 1", "token_sha256": "t" * 64,
                                                 "created_at": noon, "app_version": "", "waiting": 0}])
            connection.execute(insert(HubSignature), [{**row, "uuid": "before"}])
        migrate_hub(engine)
        with engine.begin() as connection:
            connection.execute(insert(HubSignature), [{**row, "uuid": "after", "event_place": "MacArthur Park"}])
            assert triggers_present(connection)
        with Session(engine) as session:
            assert dict(session.execute(select(HubSignature.uuid, HubSignature.event_place)).all()) == {
                "before": "", "after": "MacArthur Park"}
        with engine.connect() as connection:  # the dashboard's counters saw the row written after the upgrade
            assert connection.scalar(select(func.sum(totals.c.n))) == 2
        with engine.begin() as connection:  # and back: the rows and the counters' triggers stay
            config.attributes["connection"] = connection
            command.downgrade(config, "h0008_dashboard_aggregates")
            assert triggers_present(connection)
            assert connection.scalar(select(func.count()).select_from(HubSignature.__table__)) == 2
    finally:
        engine.dispose()
