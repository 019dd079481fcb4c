"""The hub's fast contract check refuses exactly what the published contract refuses.

The hub checks each signature against the one ``oneOf`` branch its keys point to (sealed
or clear, sync/hub/protocol.py) instead of trying both. Here hypothesis builds signatures
with every mix of the clear and the sealed form's fields, right and wrong types, and the
verdict must match jsonschema's walk of the whole contract, docs/openapi-json-v1.yaml; so must
the typed model the contract is generated from (sync/hub/api_models.py).
"""

from __future__ import annotations

import base64
import uuid
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from sync.hub.api_models import Batch
from sync.hub.protocol import batch_problem, validator

PERSON = {"given_name": "Ana", "family_name": "Ruiz", "email": "", "phone": "", "address": ""}
CONSENT = {"updates": False, "text_sha256": "a" * 64}
# Each optional field: absent, its right value, or a value of the wrong type.
CHOICES: dict[str, list[Any]] = {
    "person": [PERSON, {"given_name": "Ana"}, "Ana", None],
    "signature_svg": ["<svg/>", None, 7],
    # Base64's alphabet with up to two "=" at the end fits the contract's pattern, whatever its length
    # (a length that does not decode is the hub's own later refusal, sealed_not_base64).
    "sealed": ["AAAA", "AAAAA", "AAA=", "AA==", "AAAA==", "A===", "=AAA", "AA=A", "AAAA-_AA", "ÀAAA", "not base64!",
               "", 5],
    "consent": [CONSENT, {"updates": "yes", "text_sha256": ""}, [],
                # The nullable hashes: null, a hash, one that is not a hash, the wrong type.
                {**CONSENT, "email": True, "email_text_sha256": None, "sms": False, "sms_text_sha256": None},
                {**CONSENT, "email_text_sha256": "b" * 64, "sms_text_sha256": "c" * 64},
                {**CONSENT, "sms_text_sha256": "not a hash"}, {**CONSENT, "email_text_sha256": 5}],
    "event": ["Rally", 3],
    "event_place": ["MacArthur Park", 3, None],  # optional: absent is valid, null is not
}
ABSENT = object()


@st.composite
def signatures(draw: st.DrawFn) -> dict[str, Any]:
    item: dict[str, Any] = {"uuid": str(uuid.UUID(int=draw(st.integers(0, 2**128 - 1)))),
                            "signed_at": "2026-11-28T17:04:05.123Z", "language": "es", "postal_code": "90057"}
    for field, values in CHOICES.items():
        value = draw(st.sampled_from([ABSENT, *values]))
        if value is not ABSENT:
            item[field] = value
    return item


@settings(max_examples=400, deadline=None)
@given(st.lists(signatures(), min_size=1, max_size=3))
def test_the_fast_check_agrees_with_the_contract(items: list[dict[str, Any]]) -> None:
    document = {"kiosk_id": "k", "campaign": "end-s-comm", "signatures": items}
    contract_says_valid = not any(validator("Batch").iter_errors(document))
    assert (batch_problem(document) is None) == contract_says_valid


def test_both_forms_and_a_mix_are_told_apart() -> None:
    base = {"uuid": str(uuid.uuid4()), "signed_at": "2026-11-28T17:04:05.123Z", "event": "", "language": "es",
            "postal_code": "90057", "consent": CONSENT}
    clear = {**base, "person": PERSON, "signature_svg": None}
    sealed = {**base, "sealed": "AAAA"}
    batch = {"kiosk_id": "k", "campaign": "end-s-comm"}
    assert batch_problem({**batch, "signatures": [clear, sealed]}) is None
    assert batch_problem({**batch, "signatures": [clear, {**sealed, "signature_svg": None}]}) == "invalid:signatures.1"
    assert batch_problem({**batch, "signatures": [{**clear, "sealed": "AAAA"}]}) == "invalid:signatures.0"


@settings(max_examples=300, deadline=None)
@given(st.lists(signatures(), min_size=1, max_size=3))
def test_the_typed_model_agrees_with_the_contract(items: list[dict[str, Any]]) -> None:
    # The pydantic model the contract is generated from says what its schema says (formats aside,
    # which 2020-12 makes annotations and the strategy keeps valid).
    document = {"kiosk_id": "k", "campaign": "end-s-comm", "signatures": items}
    contract_says_valid = not any(validator("Batch").iter_errors(document))
    try:
        Batch.model_validate(document)
    except ValidationError:
        model_says_valid = False
    else:
        model_says_valid = True
    assert model_says_valid == contract_says_valid


def test_each_sealed_value_is_judged_as_the_contract_judges_it() -> None:
    # The hub checks the sealed value's pattern without a regular expression (sync/hub/protocol.py):
    # every shape of base64 and of not-base64, each in an otherwise valid signature.
    base = {"uuid": str(uuid.uuid4()), "signed_at": "2026-11-28T17:04:05.123Z", "event": "", "language": "es",
            "postal_code": "90057", "consent": CONSENT}
    for sealed in [value for value in CHOICES["sealed"] if isinstance(value, str)] + ["A" * 6001 + "==", "AAAA\x00"]:
        document = {"kiosk_id": "k", "campaign": "end-s-comm", "signatures": [{**base, "sealed": sealed}]}
        contract_says_valid = not any(validator("Batch").iter_errors(document))
        assert (batch_problem(document) is None) == contract_says_valid, sealed


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(alphabet="AZaz09+/=\n\x00 -_é", max_size=16),
                 st.binary(min_size=1, max_size=64).map(lambda raw: base64.b64encode(raw).decode()),
                 st.binary(min_size=1, max_size=64).map(lambda raw: base64.b64encode(raw).decode() + "=")))
def test_any_sealed_text_is_judged_as_the_contract_judges_it(sealed: str) -> None:
    # The usual record is settled by a validating base64 decode, the rest by the alphabet walk.
    base = {"uuid": str(uuid.uuid4()), "signed_at": "2026-11-28T17:04:05.123Z", "event": "", "language": "es",
            "postal_code": "90057", "consent": CONSENT, "sealed": sealed}
    document = {"kiosk_id": "k", "campaign": "end-s-comm", "signatures": [base]}
    if sealed.endswith("\n"):
        # The contract's "$" is the end of the text (ECMA 262); jsonschema's Python "re" also
        # lets a final line break through, so here the hub's reading is the contract's.
        assert batch_problem(document) is not None, repr(sealed)
        return
    contract_says_valid = not any(validator("Batch").iter_errors(document))
    assert (batch_problem(document) is None) == contract_says_valid, repr(sealed)
