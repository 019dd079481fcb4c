"""A hub database from before records were kept as sealed: the upgrade loses no record and
every old row still opens to be forwarded, text-message consent included."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from kiosk.crypto import Sealer, new_data_key
from kiosk.signature import Consent, Person
from sync.hub.context import HubSealer
from sync.hub.database import make_hub_engine, migrate_hub
from sync.hub.models import Device, HubSignature
from sync.hub.opening import stored_clear_columns, stored_outgoing


def test_rows_the_hub_sealed_under_its_aes_key_survive_the_upgrade_and_forward_whole(tmp_path: Path) -> None:
    engine = make_hub_engine(f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    data_key = new_data_key()
    noon = datetime(2026, 11, 28, 12, tzinfo=UTC)
    record_id = str(uuid.uuid4())
    # What the hub of the previous release stored: the person, the SVG and the json v1 consent,
    # sealed under AES-GCM with its data key.
    old_payload = {"given_name": "María", "family_name": "López", "email": "maria@example.org",
                   "phone": "+12135550147", "address": "", "svg": "<svg/>",
                   "consent": {"updates": True, "text_sha256": "a" * 64, "email": True, "email_text_sha256": "a" * 64,
                               "sms": True, "sms_text_sha256": "b" * 64}}
    try:
        migrate_hub(engine, "h0003_login_source")
        with engine.begin() as connection:
            connection.execute(insert(Device), [{"id": "tablet-1", "label": "Tablet 1", "token_sha256": "t" * 64,
                                                 "created_at": noon, "app_version": "", "waiting": 0}])
            connection.execute(insert(HubSignature), [{
                "uuid": record_id, "campaign_id": "end-s-comm", "device_id": "tablet-1", "kiosk_id": "k",
                "event": "Rally", "language": "es", "postal_code": "90057", "signed_at": noon, "received_at": noon,
                "consent_updates": True, "consent_sha256": "a" * 64, "has_drawing": True,
                "sealed": Sealer(data_key).seal(record_id, json.dumps(old_payload).encode()),
                "email_hash": "e" * 64, "phone_hash": None, "counted": True}])
        migrate_hub(engine)
        with Session(engine) as session:
            record = session.scalars(select(HubSignature)).one()
            outgoing = stored_outgoing(HubSealer(data_key), *stored_clear_columns(record), record.sealed)
        assert outgoing is not None
        assert outgoing.person == Person("María", "López", "maria@example.org", "+12135550147", "")
        assert outgoing.signature_svg == "<svg/>"
        # The text-message consent lived only inside the old payload: it is still sent upstream.
        assert outgoing.consent == Consent(True, "a" * 64, True, "b" * 64)
        assert outgoing.columns.event == "Rally" and outgoing.uuid == record_id
    finally:
        engine.dispose()
