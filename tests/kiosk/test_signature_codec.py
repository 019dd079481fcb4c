"""The sealed payload's codec (kiosk/signature.py): every form ever sealed reads back whole."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.signature import (
    MAX_FIELD_CHARS,
    Consent,
    PayloadUnreadable,
    Person,
    PersonalData,
    decode_payload,
    encode_payload,
)
from kiosk.strokes import svg_from_json
from tests.support import drawn_signature

ANA = Person("Ana María", "Núñez", "ana@example.org", "+12135550123", "1 Main St, Apt 2")


def test_a_kiosk_payload_reads_back_as_it_was_sealed() -> None:
    signature = drawn_signature()
    sealed = PersonalData.of(ANA, signature)
    opened = decode_payload(encode_payload(sealed))
    assert opened.personal.person == ANA
    assert opened.personal.signature is not None
    assert opened.personal.signature.to_json() == signature.to_json()
    assert opened.personal.signature_svg == signature.to_svg()
    assert opened.consent is None  # a kiosk keeps the consent in clear columns, not in the payload


def test_a_first_release_payload_reads_with_its_drawing() -> None:
    signature = drawn_signature()
    # The first release: strokes as nested arrays, no SVG stored.
    old = {"given_name": "Ana", "family_name": "Muñoz", "email": "a@example.org", "phone": "", "address": "",
           "strokes": signature.to_json()}
    opened = decode_payload(json.dumps(old).encode())
    assert opened.personal.person == Person("Ana", "Muñoz", "a@example.org", "", "")
    assert opened.personal.signature is not None
    assert opened.personal.signature.to_json() == signature.to_json()
    assert opened.personal.signature_svg == svg_from_json(signature.to_json())
    assert opened.personal.signature_svg.count("<path") == len(signature.strokes)


def test_a_hub_payload_from_before_it_kept_records_sealed_keeps_its_consent() -> None:
    old = {"given_name": "Ana", "family_name": "", "email": "", "phone": "+12135550123", "address": "",
           "svg": "<svg/>", "consent": {"updates": True, "text_sha256": "a" * 64, "email": True,
                                        "email_text_sha256": "a" * 64, "sms": True, "sms_text_sha256": "b" * 64}}
    opened = decode_payload(json.dumps(old).encode())
    assert opened.personal.signature_svg == "<svg/>" and opened.personal.signature is None
    assert opened.consent == Consent(True, "a" * 64, True, "b" * 64)
    first_protocol = {**old, "consent": {"updates": True, "text_sha256": "a" * 64}}
    assert decode_payload(json.dumps(first_protocol).encode()).consent == Consent(True, "a" * 64, False, None)


@pytest.mark.parametrize("plaintext", [
    b"not json", b"[1, 2]", b'{"given_name": 5}', json.dumps({"email": "x" * (MAX_FIELD_CHARS + 1)}).encode(),
    b'{"strokes": 7}', b'{"svg": ["no"]}',
])
def test_what_is_not_a_signature_is_refused(plaintext: bytes) -> None:
    with pytest.raises(PayloadUnreadable):
        decode_payload(plaintext)


def test_strokes_that_do_not_read_are_refused_when_drawn() -> None:
    opened = decode_payload(b'{"given_name": "A", "strokes": "[3.0, [[1]]]"}')
    with pytest.raises(PayloadUnreadable):
        opened.personal.signature_svg


_field = st.text(max_size=MAX_FIELD_CHARS)


@settings(max_examples=50, deadline=None)
@given(st.builds(Person, _field, _field, _field, _field, _field), st.booleans())
def test_any_person_survives_the_round_trip(person: Person, drawn: bool) -> None:
    signature = drawn_signature() if drawn else None
    opened = decode_payload(encode_payload(PersonalData.of(person, signature))).personal
    assert opened.person == person
    assert (opened.signature_svg is not None) == drawn
