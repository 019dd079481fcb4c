"""The published protocol documents match what the kiosk and the test server speak."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

from kiosk.clock import utcnow
from kiosk.outbox import due_batch
from kiosk.runtime import KioskContext
from kiosk.simulate import simulate
from sync.client.engine import SyncEngine
from sync.protocol import encode_batch
from sync.upstream.target import SyncConfig

SPEC = Path(__file__).resolve().parents[3] / "docs" / "openapi-json-v1.yaml"


def _spec() -> dict[str, object]:
    return dict(yaml.safe_load(SPEC.read_text(encoding="utf-8")))


def test_the_openapi_document_is_valid() -> None:
    validate(_spec())


def test_what_the_kiosk_sends_matches_the_published_schema(kiosk: KioskContext) -> None:
    simulate(kiosk.store, kiosk.campaign, 5)
    engine = SyncEngine(kiosk.store, kiosk.campaign.id, SyncConfig(kind="json", url="http://127.0.0.1:9"))
    rows = due_batch(kiosk.store.read_engine, kiosk.campaign.id, utcnow(), 10)
    outgoing, unreadable = engine.outgoing(rows)
    assert not unreadable and len(outgoing) == 5
    spec = _spec()
    schema = {"$ref": "#/components/schemas/Batch", "components": spec["components"]}
    errors = list(Draft202012Validator(schema).iter_errors(json.loads(encode_batch(outgoing))))
    assert errors == []


def test_every_consent_field_the_kiosk_sends_is_documented_and_the_old_ones_stay(kiosk: KioskContext) -> None:
    from tests.support import valid_signer

    campaign = kiosk.campaign
    kiosk.store.record(valid_signer(campaign, 1, phone="+12135550101"), campaign, "es", True, consent_sms=True)
    engine = SyncEngine(kiosk.store, campaign.id, SyncConfig(kind="json", url="http://127.0.0.1:9"))
    outgoing, _ = engine.outgoing(due_batch(kiosk.store.read_engine, campaign.id, utcnow(), 10))
    sent = json.loads(encode_batch(outgoing))["signatures"][0]["consent"]
    documented = _spec()["components"]["schemas"]["Consent"]  # type: ignore[index]
    assert set(sent) == set(documented["properties"])
    # Backward compatible: a server written for the single consent still gets what it requires.
    assert documented["required"] == ["updates", "text_sha256"]
    assert sent["updates"] is True and sent["sms"] is True
    assert sent["sms_text_sha256"] == campaign.text("es").consent_sms_sha256
