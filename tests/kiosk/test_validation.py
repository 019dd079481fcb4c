"""Validation: codes for bad fields, clean values for good ones, names in any script."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from kiosk.campaign import load_campaign
from kiosk.errors import FieldError
from kiosk.validation import NAME_MAX, SignerInput, clean_text, validate_signer
from tests.support import drawn_signature

CAMPAIGN = load_campaign()


def form(**fields: str) -> SignerInput:
    base = {"given_name": "José", "family_name": "Peña", "email": "jose@example.org", "phone": "",
            "postal_code": "90011"}
    base.update(fields)
    return SignerInput(**base, signature=drawn_signature())


def test_a_complete_spanish_signer_is_accepted_and_normalised() -> None:
    clean, errors = validate_signer(form(given_name="  Íñigo\u00a0 ", phone="(213) 555-0147",
                                         email="Jose@Example.ORG"), CAMPAIGN)
    assert errors == {}
    assert clean is not None
    assert clean.given_name == "Íñigo"
    assert clean.phone == "+12135550147"
    assert clean.email == "Jose@example.org"  # domain lower-cased, local part kept


def test_each_bad_field_gets_its_code_and_nothing_is_returned() -> None:
    clean, errors = validate_signer(form(email="not-an-email", postal_code="9001", given_name="",
                                         phone="12"), CAMPAIGN)
    assert clean is None
    assert errors == {"email": FieldError.INVALID_EMAIL, "postal_code": FieldError.INVALID_POSTAL_CODE,
                      "given_name": FieldError.REQUIRED, "phone": FieldError.INVALID_PHONE}


def test_email_or_phone_is_required_by_the_demo_campaign() -> None:
    _, errors = validate_signer(form(email="", phone=""), CAMPAIGN)
    assert errors == {"contact": FieldError.CONTACT_REQUIRED}
    clean, errors = validate_signer(form(email="", phone="213-555-0147"), CAMPAIGN)
    assert errors == {} and clean is not None and clean.phone == "+12135550147"


def test_zip_plus_four_is_accepted_and_letters_are_not() -> None:
    assert validate_signer(form(postal_code="90011-1234"), CAMPAIGN)[1] == {}
    assert validate_signer(form(postal_code="9OO11"), CAMPAIGN)[1] == {"postal_code": FieldError.INVALID_POSTAL_CODE}


def test_missing_drawing_is_refused_when_the_campaign_requires_it() -> None:
    raw = SignerInput("Ana", "Muñoz", "ana@example.org", "", "90011")
    assert validate_signer(raw, CAMPAIGN)[1] == {"signature": FieldError.SIGNATURE_REQUIRED}


def test_bidi_override_and_controls_are_removed_from_names() -> None:
    assert clean_text("Ana\u202eoinotnA\u202c\x07", NAME_MAX) == "AnaoinotnA"
    assert clean_text("محمد\u200cعلي", NAME_MAX) == "محمد\u200cعلي"  # ZWNJ kept: Persian/Arabic need it


def test_overlong_name_is_an_error_not_silently_cut() -> None:
    assert validate_signer(form(family_name="x" * (NAME_MAX + 1)), CAMPAIGN)[1] == {"family_name": FieldError.TOO_LONG}


@given(st.text(max_size=200))
def test_clean_text_output_is_safe_for_any_input(value: str) -> None:
    cleaned = clean_text(value, NAME_MAX)
    assert len(cleaned) <= NAME_MAX
    assert cleaned == cleaned.strip()
    assert unicodedata.is_normalized("NFC", cleaned) or len(cleaned) == NAME_MAX
    assert not any(unicodedata.category(ch) == "Cc" for ch in cleaned)
    assert not any(0x202A <= ord(ch) <= 0x202E or 0x2066 <= ord(ch) <= 0x2069 for ch in cleaned)


@given(st.text(max_size=60), st.text(max_size=60), st.text(max_size=60), st.text(max_size=30), st.text(max_size=12))
def test_validation_never_crashes_and_either_cleans_or_explains(given_name: str, family: str, email: str,
                                                                 phone: str, postal: str) -> None:
    clean, errors = validate_signer(SignerInput(given_name, family, email, phone, postal, "", drawn_signature()),
                                    CAMPAIGN)
    assert (clean is None) == bool(errors)
    assert all(isinstance(code, FieldError) for code in errors.values())
    if clean is not None:
        assert clean.given_name and clean.family_name
        assert clean.email or clean.phone
        assert clean.phone == "" or clean.phone.startswith("+")


def test_a_signature_only_campaign_takes_name_zip_and_drawing_and_never_contact_details() -> None:
    from kiosk.campaign import parse_campaign
    from tests.support import signature_only_campaign_toml

    campaign = parse_campaign(signature_only_campaign_toml().encode(), "sig-only.toml")
    clean, errors = validate_signer(form(email="", phone=""), campaign)
    assert errors == {} and clean is not None
    assert (clean.given_name, clean.postal_code, clean.email, clean.phone) == ("José", "90011", "", "")
    # Whatever a form might still carry, a hidden contact field is never kept.
    clean, _ = validate_signer(form(email="jose@example.org", phone="213-555-0147"), campaign)
    assert clean is not None and (clean.email, clean.phone) == ("", "")
    _, errors = validate_signer(SignerInput("José", "Peña", postal_code="90011"), campaign)
    assert errors == {"signature": FieldError.SIGNATURE_REQUIRED}
