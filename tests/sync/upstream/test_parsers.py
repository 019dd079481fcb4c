"""Response parsers against arbitrary bytes and arbitrary JSON: no crash, no false "synced"."""

from __future__ import annotations

import json
import random
import uuid as uuid_module

from hypothesis import given, settings
from hypothesis import strategies as st

from sync.upstream.adapters.json_batch import parse_batch_response
from sync.upstream.adapters.osdi import parse_signature_response

SENT = [str(uuid_module.UUID(int=i)) for i in range(1, 6)]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20)
    | st.sampled_from(SENT),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5),
    max_leaves=20,
)
result_entries = st.fixed_dictionaries(
    {"uuid": st.sampled_from([*SENT, "not-sent", 7, None])},
    optional={"status": st.sampled_from(["accepted", "duplicate", "rejected", "ACCEPTED", "ok", 1]),
              "reason": json_values, "receipt": json_values},
)


@settings(max_examples=200)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_never_confirm_anything(body: bytes) -> None:
    parsed = parse_batch_response(body, SENT)
    assert parsed is None or not parsed.confirmed
    assert parse_signature_response(body) is None or b"action_network:" in body


@settings(max_examples=200)
@given(st.lists(result_entries, max_size=12), json_values)
def test_only_uuids_named_as_stored_are_confirmed(entries: list[dict[str, object]], noise: object) -> None:
    body = json.dumps({"results": entries, "noise": noise}).encode()
    parsed = parse_batch_response(body, SENT)
    assert parsed is not None
    confirmed_by_server = {e["uuid"] for e in entries if e.get("status") in ("accepted", "duplicate")}
    rejected_by_server = {e["uuid"] for e in entries if e.get("status") == "rejected"}
    for uuid in parsed.confirmed:
        assert uuid in SENT
        assert uuid in confirmed_by_server
        assert uuid not in rejected_by_server, "an ambiguous answer confirmed a record"
    assert set(parsed.confirmed).isdisjoint(parsed.rejected)
    for reason in parsed.rejected.values():
        assert len(reason) <= 64


@given(json_values)
def test_any_json_document_is_read_without_crashing(document: object) -> None:
    body = json.dumps(document).encode()
    parsed = parse_batch_response(body, SENT)
    if parsed is not None:
        assert set(parsed.confirmed) <= set(SENT)
    receipt = parse_signature_response(body)
    assert receipt is None or receipt.startswith("action_network:")


def test_a_plain_answer_is_read() -> None:
    body = json.dumps({"results": [{"uuid": SENT[0], "status": "accepted", "receipt": "r1"},
                                   {"uuid": SENT[1], "status": "duplicate"},
                                   {"uuid": SENT[2], "status": "rejected", "reason": "invalid_postal_code"},
                                   {"uuid": SENT[3], "status": "rejected", "reason": "ana@example.org is bad"},
                                   {"uuid": SENT[4], "status": "rejected", "reason": "2135550142"}]})
    parsed = parse_batch_response(body.encode(), SENT)
    assert parsed is not None
    assert parsed.confirmed == {SENT[0]: "accepted:r1", SENT[1]: "duplicate"}
    # Only reasons from the fixed list are kept (issue 13: a phone number passed the old filter).
    assert parsed.rejected == {SENT[2]: "invalid_postal_code", SENT[3]: "unknown", SENT[4]: "unknown"}
    assert parse_signature_response(b'{"identifiers": ["x:1", "action_network:abc"]}') == "action_network:abc"
    assert parse_signature_response(b'{"identifiers": ["action_network:"]}') is None


def test_the_svg_sent_is_the_drawing_of_the_stored_strokes() -> None:
    from kiosk.signature import Person, PersonalData, decode_payload, encode_payload
    from kiosk.simulate import synthetic_signature
    from kiosk.strokes import svg_from_json
    from tests.support import drawn_signature

    rng = random.Random(5)
    for signature in [drawn_signature(), *(synthetic_signature(rng) for _ in range(20))]:
        payload = json.loads(encode_payload(PersonalData.of(Person("A", "B", "a@example.org", "", ""), signature)))
        back = decode_payload(json.dumps(payload).encode()).personal.signature
        assert back is not None
        assert payload["svg"] == back.to_svg() == svg_from_json(signature.to_json())
        assert payload["svg"].count("<path") == len(signature.strokes)
    assert svg_from_json([]) is None


def test_batch_body_is_protocol_json() -> None:
    from datetime import UTC, datetime

    from kiosk.signature import ClearColumns, Consent, Person
    from sync.protocol import Outgoing, encode_batch

    item = Outgoing(ClearColumns("u-1", "end-s-comm", "k-1", datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC), "Misa", "es",
                                 "90011"),
                    Consent(True, "ab" * 32, False, None), Person("José", "Núñez", "j@example.org", "", ""), None)
    document = json.loads(encode_batch([item, item]))
    assert document["kiosk_id"] == "k-1" and document["campaign"] == "end-s-comm"
    assert len(document["signatures"]) == 2
    assert document["signatures"][0]["person"]["given_name"] == "José"
    assert document["signatures"][0]["signed_at"] == "2026-01-02T03:04:05.000Z"


@settings(max_examples=150)
@given(st.text(), st.text(max_size=30), st.booleans(), st.none() | st.text(max_size=50), st.booleans(),
       st.none() | st.just("cd" * 32), st.sampled_from(("ab" * 32, "")))
def test_the_fast_batch_encoding_is_the_protocol_document(name: str, event: str, consent: bool,
                                                          svg: str | None, sms: bool, sms_hash: str | None,
                                                          email_hash: str) -> None:
    from datetime import UTC, datetime

    from kiosk.signature import ClearColumns, Consent, Person
    from sync.protocol import Outgoing, encode_batch, encode_signature

    item = Outgoing(ClearColumns("u-\"1\\", "end-s-comm", "k\n1", datetime(2026, 5, 6, 7, 8, 9, 123456, tzinfo=UTC),
                                 event, "es", "90011"),
                    Consent(consent, email_hash or None, sms, sms_hash),
                    Person(name, "Ñ\u2028\x00", "a@example.org", "+1213", "1 Main\tSt"), svg)
    document = json.loads(encode_batch([item]))
    assert document["kiosk_id"] == "k\n1" and document["campaign"] == "end-s-comm"
    assert document["signatures"] == [encode_signature(item)]
