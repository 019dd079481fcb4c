"""Records sealed by the first release (strokes as nested arrays, no stored SVG) still upload whole."""

from __future__ import annotations

import json

from sqlalchemy import update
from sqlalchemy.orm import Session

from kiosk.clock import utcnow
from kiosk.models import SignatureRecord
from kiosk.outbox import due_batch
from kiosk.runtime import KioskContext
from sync.client.engine import SyncEngine
from sync.upstream.target import KIND_JSON, SyncConfig
from tests.support import valid_signer


def test_first_release_payload_opens_with_its_drawing(kiosk: KioskContext) -> None:
    signer = valid_signer(kiosk.campaign)
    record_id = kiosk.store.record(signer, kiosk.campaign, "es", False)
    assert signer.signature is not None
    old_payload = {"given_name": "Ana", "family_name": "Muñoz", "email": signer.email, "phone": "",
                   "address": "", "strokes": signer.signature.to_json()}
    with Session(kiosk.store.engine) as session, session.begin():
        session.execute(update(SignatureRecord).where(SignatureRecord.uuid == record_id)
                        .values(sealed=kiosk.store.sealer.seal(record_id, json.dumps(old_payload).encode())))

    personal = kiosk.store.personal(record_id)
    assert personal is not None and personal.signature is not None
    assert personal.signature.to_json() == signer.signature.to_json()

    engine = SyncEngine(kiosk.store, kiosk.campaign.id, SyncConfig(kind=KIND_JSON, url="http://127.0.0.1:9"),
                        token_source=lambda: "t")
    outgoing, unreadable = engine.outgoing(due_batch(kiosk.store.read_engine, kiosk.campaign.id, utcnow(), 10))
    assert unreadable == []
    assert [o.uuid for o in outgoing] == [record_id]
    assert outgoing[0].signature_svg == signer.signature.to_svg()
    assert outgoing[0].signature_svg.count("<path") == len(signer.signature.strokes)
