"""The dashboard's counters (sync/hub/aggregates.py) agree with a full recount of the rows.

On SQLite and PostgreSQL through every writer a hub has: uploads with repeat signers, a new
upstream target queueing what the hub holds, deliveries, rejections and errors, a deleted row.
And through a kill -9 of a real hub process in the middle of uploads from four kiosks at once,
then a restart: what the coordinator's dashboard shows is what the rows say.
"""

from __future__ import annotations

import threading
import time
import uuid
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from sync.hub.context import HubContext, open_hub
from sync.hub.devices import device_for_token, enroll, new_pairing_code, parse_code
from sync.hub.ingest import prepare_batch
from sync.hub.models import Device, HubSignature, UpstreamItem
from sync.hub.summary import counters, recount, summarize
from sync.hub.upstream import UpstreamTarget, save_target
from sync.hub.writer import BatchWriter
from tests.sync.hub.support import HubProcess, enroll_over_http
from tests.sync.hub.test_hub_protocol import _signature


def _device(hub: HubContext, label: str) -> Device:
    code, _ = new_pairing_code(hub.engine, hub.certificate.sha256)
    parsed = parse_code(code)
    assert parsed is not None
    device = device_for_token(hub.engine, enroll(hub.engine, parsed.secret, label, "test")[1])
    assert device is not None
    return device


def _batch(campaign: str, count: int, event: str = "Rally", hour: int = 17, repeat_of: int | None = None
           ) -> dict[str, Any]:
    signatures = []
    for index in range(count):
        person = {"given_name": f"Ana{index}", "family_name": "Ruiz", "email": f"ana{index}@example.org",
                  "phone": "", "address": ""}
        if repeat_of is not None:  # the same people as another batch: repeats, kept but not counted
            person["given_name"] = f"Ana{index % repeat_of}"
            person["email"] = f"ana{index % repeat_of}@example.org"
        signatures.append(_signature(person=person, event=event, signed_at=f"2026-11-28T{hour:02d}:04:05.123Z"))
    return {"kiosk_id": str(uuid.uuid4()), "campaign": campaign, "signatures": signatures}


def test_counters_agree_with_a_recount_through_every_writer(tmp_path: Path, hub_database: str | None) -> None:
    hub = open_hub(tmp_path / "hub", hub_database)
    writer = BatchWriter(hub.engine)
    try:
        save_target(hub.engine, UpstreamTarget("action-network", "osdi", "https://127.0.0.1:9/api/v2/"))
        tablets = [_device(hub, "Tablet 1"), _device(hub, "Tablet 2")]
        campaign = hub.campaign.id
        writer.store(prepare_batch(hub.engine.dialect, hub.sealer, tablets[0].id, _batch(campaign, 30, "Rally", 17)))
        writer.store(prepare_batch(hub.engine.dialect, hub.sealer, tablets[1].id, _batch(campaign, 12, "March", 18, 5)))
        # A second target queues everything the hub already holds (sync/hub/upstream.py).
        save_target(hub.engine, UpstreamTarget("other-hub", "json", "https://127.0.0.1:9/"))
        with Session(hub.engine) as session, session.begin():
            some = list(session.scalars(select(UpstreamItem.uuid).where(UpstreamItem.target == "action-network")
                                        .order_by(UpstreamItem.uuid).limit(9)))
            session.execute(update(UpstreamItem).where(UpstreamItem.uuid.in_(some[:5]),
                                                       UpstreamItem.target == "action-network")
                            .values(state="synced"))
            session.execute(update(UpstreamItem).where(UpstreamItem.uuid == some[5]).values(
                state="rejected", last_error="http_422"))
            session.execute(update(UpstreamItem).where(UpstreamItem.uuid == some[6],
                                                       UpstreamItem.target == "other-hub").values(
                last_error="timeout"))
            session.execute(delete(UpstreamItem).where(UpstreamItem.uuid == some[7]))
            session.execute(delete(HubSignature).where(HubSignature.uuid == some[7]))
        expected = recount(hub.engine, hub.campaign)
        assert expected["signatures"] == 41 and expected["people"] in (29, 30)  # 12 repeats of 30; 1 deleted
        assert counters(hub.engine, hub.campaign) == expected
        summary = summarize(hub.engine, hub.campaign, detail=True)
        by_name = {t.name: t for t in summary.targets}
        assert by_name["other-hub"].last_error == "timeout"
        assert by_name["action-network"].synced == expected["upstream"][("action-network", "synced")] > 0
    finally:
        writer.close()
        hub.engine.dispose()


def _upload_until_refused(hub: HubProcess, token: str, campaign: str, stop: threading.Event,
                          accepted: list[int]) -> None:
    session = hub.session()
    while not stop.is_set():
        try:
            answer = session.post(hub.url + "/v1/signatures:batch", json=_batch(campaign, 100, "Rally"),
                                  headers={"Authorization": f"Bearer {token}"}, timeout=10)
        except requests.exceptions.RequestException:
            return  # the hub is gone
        if answer.status_code == 200:
            accepted.append(sum(r["status"] == "accepted" for r in answer.json()["results"]))


def test_counters_agree_with_a_recount_after_kill_9_mid_upload_and_a_restart(tmp_path: Path) -> None:
    hub = HubProcess(tmp_path / "hub").start()
    try:
        campaign = hub.context.campaign.id
        tokens = [enroll_over_http(hub, f"127.0.0.{10 + i}", f"Tablet {i}") for i in range(4)]
        stop, accepted = threading.Event(), []  # type: ignore[var-annotated]
        kiosks = [threading.Thread(target=_upload_until_refused, args=(hub, t, campaign, stop, accepted))
                  for t in tokens]
        for kiosk in kiosks:
            kiosk.start()
        deadline = time.monotonic() + 30
        while len(accepted) < 6 and time.monotonic() < deadline:
            time.sleep(0.05)
        hub.kill()  # SIGKILL, with four uploads in flight
        stop.set()
        for kiosk in kiosks:
            kiosk.join(30)
        assert len(accepted) >= 6
        hub.start()
        figures = counters(hub.context.engine, hub.context.campaign)
        assert figures == recount(hub.context.engine, hub.context.campaign)
        # Every batch answered "accepted" is in the figures (others may have committed unanswered).
        assert figures["signatures"] >= sum(accepted)
    finally:
        hub.stop()
