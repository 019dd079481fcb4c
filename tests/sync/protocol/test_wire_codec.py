"""The json v1 codec (sync/protocol/v1.py): what a kiosk encodes, the hub decodes to the same signature."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.signature import ClearColumns, Consent, Person
from sync.protocol import Outgoing, decode_signature, encode_batch, encode_signature

COLUMNS = ClearColumns("0b6f2a4e-3c1d-4e5f-8a9b-1c2d3e4f5a6b", "end-s-comm", "k-1",
                       datetime(2026, 12, 1, 18, 30, 5, 123000, tzinfo=UTC), "Misa", "es", "90011")


def _through_the_wire(item: Outgoing) -> Outgoing:
    document = json.loads(encode_batch([item]))
    return decode_signature(document["signatures"][0], document["kiosk_id"], document["campaign"])


def test_a_sealed_signature_crosses_with_its_blob_byte_for_byte() -> None:
    item = Outgoing.of(replace(COLUMNS, event_place="Iglesia de la Placita"), Consent(True, "a" * 64, True, "b" * 64),
                       sealed=b"\x02" + bytes(range(256)))
    assert _through_the_wire(item) == item


def test_the_email_consent_is_one_concept_however_an_old_client_names_it() -> None:
    first_protocol = {"uuid": COLUMNS.uuid, "signed_at": "2026-12-01T18:30:05Z", "event": "", "language": "es",
                      "postal_code": "", "consent": {"updates": True, "text_sha256": "a" * 64},
                      "person": {"given_name": "A", "family_name": "", "email": "", "phone": "", "address": ""},
                      "signature_svg": None}
    decoded = decode_signature(first_protocol, "k-1", "end-s-comm")
    assert decoded.consent == Consent(True, "a" * 64, False, None)
    assert decoded.columns.event_place == ""  # no place from a kiosk that does not send one
    # What a kiosk sends says it under both the old and the per-channel names, the same answer.
    sent = encode_signature(decoded)["consent"]
    assert isinstance(sent, dict) and sent["updates"] == sent["email"] is True
    assert sent["text_sha256"] == sent["email_text_sha256"] == "a" * 64


_text = st.text(max_size=60)
_hash = st.none() | st.just("c" * 64)


@settings(max_examples=50, deadline=None)
@given(st.builds(Person, _text, _text, _text, _text, _text), st.builds(Consent, st.booleans(), _hash, st.booleans(),
                                                                        _hash),
       st.none() | st.text(min_size=1, max_size=60), _text, _text)
def test_any_clear_signature_crosses_unchanged(person: Person, consent: Consent, svg: str | None, event: str,
                                               place: str) -> None:
    columns = ClearColumns(COLUMNS.uuid, COLUMNS.campaign_id, COLUMNS.kiosk_id, COLUMNS.signed_at, event, "es", "90011",
                           event_place=place)
    item = Outgoing(columns, consent, person, svg)
    assert _through_the_wire(item) == item


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=64), st.sampled_from(["", "=", "==", "===", "\n", "-", "A", "AA="]))
def test_a_sealed_value_decodes_as_the_standard_librarys_strict_base64_would(blob: bytes, tail: str) -> None:
    # The hub decodes sealed values with SIMD base64 (pybase64); for any text, right or damaged,
    # the blob or the refusal must be the one the standard library's strict decoder gives.
    import base64
    import binascii

    from sync.protocol.v1 import WireProblem

    text = base64.b64encode(blob).decode("ascii") + tail
    item = {**json.loads(encode_batch([Outgoing.of(COLUMNS, Consent(False, None, False, None), sealed=b"x")]))[
        "signatures"][0], "sealed": text}
    try:
        expected: bytes | None = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        expected = None
    try:
        decoded = decode_signature(item, "k-1", "end-s-comm").sealed
    except WireProblem as problem:
        assert problem.code == "sealed_not_base64"
        decoded = None
    assert decoded == expected
