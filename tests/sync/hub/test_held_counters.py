"""A device's ``/v1/totals`` figures and the dashboard's kept/purged figure come from counters
(sync/hub/held_counters.py) that agree with a count of the rows, on SQLite and PostgreSQL.

A real hub process, two kiosks uploading over HTTPS and reading their totals as a kiosk does,
through: uploads before and after an upstream target is set up, a repeat signer, deliveries
(one target, then a second that queues what the hub holds), a rejection, a row waiting
again, retention's purge, a deleted row, and a restart after the triggers were lost (the
start puts them back and counts once). A repeat moves a device's figures exactly as a new
signer does: a device token learns nothing about who signed before.
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path

from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.orm import Session

from kiosk.clock import utcnow
from sync.hub.aggregates import drop_triggers
from sync.hub.devices import device_for_token
from sync.hub.models import HubSignature, UpstreamItem
from sync.hub.retention import exposure, purge_delivered
from sync.hub.upstream import UpstreamTarget, configured_targets, save_target
from tests.sync.hub.support import HubProcess, enroll_over_http
from tests.sync.hub.test_hub_protocol import _signature


def _counted_from_rows(engine: Engine, device_id: str) -> dict[str, int]:
    """What /v1/totals said before the counters: the device's rows, counted (a scan)."""
    with Session(engine) as session:
        on_hub = int(session.scalar(select(func.count()).select_from(HubSignature).where(
            HubSignature.device_id == device_id)) or 0)
        undelivered = int(session.scalar(select(func.count(func.distinct(UpstreamItem.uuid))).join(
            HubSignature, HubSignature.uuid == UpstreamItem.uuid).where(
            HubSignature.device_id == device_id, UpstreamItem.state != "synced")) or 0)
    return {"on_hub": on_hub, "delivered_upstream": max(0, on_hub - undelivered) if configured_targets(engine) else 0}


def _kept_from_rows(engine: Engine) -> tuple[int, int]:
    with Session(engine) as session:
        kept = dict(session.execute(select(HubSignature.purged_at.is_(None), func.count())
                                    .group_by(HubSignature.purged_at.is_(None))).all())
    return int(kept.get(True, 0)), int(kept.get(False, 0))


def _deliver(engine: Engine, target: str, uuids: list[str]) -> None:
    with Session(engine) as session, session.begin():
        session.execute(update(UpstreamItem).where(UpstreamItem.target == target, UpstreamItem.uuid.in_(uuids))
                        .values(state="synced", delivered_at=utcnow() - timedelta(seconds=1)))


def test_a_devices_totals_follow_uploads_deliveries_a_repeat_and_a_restart(tmp_path: Path,
                                                                          hub_database: str | None) -> None:
    hub = HubProcess(tmp_path / "hub", database=hub_database).start()
    try:
        engine = hub.context.engine
        campaign = hub.context.campaign.id
        tokens = [enroll_over_http(hub, "127.0.0.5", "Tablet 1"), enroll_over_http(hub, "127.0.0.6", "Tablet 2")]
        devices = []
        for token in tokens:
            device = device_for_token(engine, token)
            assert device is not None
            devices.append(device.id)
        session = hub.session()

        def upload(tablet: int, *emails: str) -> list[str]:
            signatures = [_signature(person={"given_name": "Ana", "family_name": "Ruiz", "email": email,
                                             "phone": "", "address": ""}) for email in emails]
            answer = session.post(hub.url + "/v1/signatures:batch", timeout=30,
                                  headers={"Authorization": f"Bearer {tokens[tablet]}"},
                                  json={"kiosk_id": str(uuid.uuid4()), "campaign": campaign,
                                        "signatures": signatures})
            assert answer.status_code == 200
            return [s["uuid"] for s in signatures]

        def totals() -> list[dict[str, int]]:
            """Each tablet's figures as its kiosk reads them, checked against a count of the rows."""
            figures = []
            for token, device in zip(tokens, devices, strict=True):
                answer = session.get(hub.url + "/v1/totals", headers={"Authorization": f"Bearer {token}"}, timeout=30)
                assert answer.status_code == 200
                figures.append(answer.json()["device"])
                assert figures[-1] == _counted_from_rows(engine, device)
            seen = exposure(engine)
            assert (seen.openable, seen.purged) == _kept_from_rows(engine)
            return figures

        first = upload(0, "a@example.org")  # before any target: on the hub, nothing delivered
        assert totals() == [{"on_hub": 1, "delivered_upstream": 0}, {"on_hub": 0, "delivered_upstream": 0}]
        save_target(engine, UpstreamTarget("action-network", "osdi", "https://127.0.0.1:9/api/v2/"))
        first += upload(0, "b@example.org", "c@example.org")
        # A repeat (a@ signed on tablet 1) and a new signer move tablet 2's figures alike.
        second = upload(1, "a@example.org")
        after_repeat = totals()[1]
        second += upload(1, "d@example.org")
        assert after_repeat == {"on_hub": 1, "delivered_upstream": 0}
        assert totals() == [{"on_hub": 3, "delivered_upstream": 0}, {"on_hub": 2, "delivered_upstream": 0}]

        _deliver(engine, "action-network", first + second)  # the repeat rides its batch: delivered with it
        assert totals() == [{"on_hub": 3, "delivered_upstream": 3}, {"on_hub": 2, "delivered_upstream": 2}]

        # A second target queues what the hub holds: delivered again once both have confirmed.
        save_target(engine, UpstreamTarget("other-hub", "json", "https://127.0.0.1:9/"))
        assert totals() == [{"on_hub": 3, "delivered_upstream": 0}, {"on_hub": 2, "delivered_upstream": 0}]
        _deliver(engine, "other-hub", first[:2])
        assert totals()[0] == {"on_hub": 3, "delivered_upstream": 2}
        with Session(engine) as db, db.begin():  # refused by one target; waiting again at the other
            db.execute(update(UpstreamItem).where(UpstreamItem.target == "other-hub",
                                                  UpstreamItem.uuid == second[0]).values(state="rejected"))
            db.execute(update(UpstreamItem).where(UpstreamItem.target == "action-network",
                                                  UpstreamItem.uuid == first[0]).values(state="pending"))
        assert totals()[0] == {"on_hub": 3, "delivered_upstream": 1}
        _deliver(engine, "action-network", first[:1])
        _deliver(engine, "other-hub", first + second[1:])
        assert totals() == [{"on_hub": 3, "delivered_upstream": 3}, {"on_hub": 2, "delivered_upstream": 1}]

        # Retention destroys the delivered blobs: the dashboard's exposure figures follow.
        assert purge_delivered(engine) == 4
        assert exposure(engine).purged == 4
        with Session(engine) as db, db.begin():  # a row removed with its outbox
            db.execute(delete(UpstreamItem).where(UpstreamItem.uuid == second[0]))
            db.execute(delete(HubSignature).where(HubSignature.uuid == second[0]))
        assert totals() == [{"on_hub": 3, "delivered_upstream": 3}, {"on_hub": 1, "delivered_upstream": 1}]

        # Triggers lost (a SQLite table rebuilt by a migration, a bulk load without them): the
        # next start puts them back and counts once.
        with engine.begin() as connection:
            drop_triggers(connection)
        upload(1, "e@example.org")
        session.close()  # no idle keep-alive connection for the hub's shutdown to wait on
        hub.stop()
        hub.start()
        engine = hub.context.engine
        assert totals() == [{"on_hub": 3, "delivered_upstream": 3}, {"on_hub": 2, "delivered_upstream": 1}]
        session.close()
    finally:
        hub.stop()
