"""Validation of what a signer typed.

Returns cleaned values and a map of field → :class:`~kiosk.errors.FieldError` code. The UI
turns codes into messages in the signer's language next to each field. Names in any script
are accepted; they are normalised (NFC), trimmed, limited in length and stripped of control
and bidirectional-override characters that could disguise text in reports.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from kiosk.campaign import Campaign, FieldRule
from kiosk.errors import FieldError
from kiosk.strokes import Signature

NAME_MAX = 80
EMAIL_MAX = 254
ADDRESS_MAX = 200
US_ZIP = re.compile(r"^\d{5}(?:-\d{4})?$")
# Bidi embedding/override/isolate controls: legitimate RTL names never need them, and they
# can reorder what a report shows.
_BIDI_CONTROLS = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}


@dataclass(frozen=True)
class SignerInput:
    """Raw form values as typed, plus the drawn signature."""

    given_name: str = ""
    family_name: str = ""
    email: str = ""
    phone: str = ""
    postal_code: str = ""
    address: str = ""
    signature: Signature | None = None


@dataclass(frozen=True)
class CleanSigner:
    """Validated, normalised signer data ready to seal."""

    given_name: str
    family_name: str
    email: str
    phone: str  # E.164 or empty
    postal_code: str
    address: str
    signature: Signature | None


def clean_text(value: str, limit: int) -> str:
    """NFC-normalise, drop control/format/bidi-override characters, collapse spaces, trim."""
    value = unicodedata.normalize("NFC", value)
    kept = []
    for ch in value:
        if ch in _BIDI_CONTROLS:
            continue
        category = unicodedata.category(ch)
        if category == "Cc" or (category == "Cf" and ch not in "\u200c\u200d"):
            # ZWNJ/ZWJ stay: Persian, Indic and emoji names need them.
            kept.append(" " if ch in "\t\n\r" else "")
            continue
        kept.append(" " if category == "Zs" else ch)
    text = " ".join("".join(kept).split())
    return text[:limit] if len(text) > limit else text


def warm_up() -> None:
    """Import the validators now (an idle moment after start) rather than on the first submit.

    email-validator and phonenumbers take a tenth of a second to import; they are loaded
    lazily so the welcome screen appears sooner.
    """
    for module in ("email_validator", "phonenumbers"):
        importlib.import_module(module)


def normalize_email(value: str) -> str | None:
    """The email in canonical form, or None if it is not a deliverable-looking address."""
    from email_validator import EmailNotValidError, validate_email

    try:
        info = validate_email(value.strip(), check_deliverability=False)
    except EmailNotValidError:
        return None
    return info.normalized


def normalize_phone(value: str, country: str) -> str | None:
    """The phone number in E.164, or None if it is not a valid number."""
    import phonenumbers

    try:
        parsed = phonenumbers.parse(value, country)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def normalize_postal_code(value: str, country: str) -> str | None:
    """The postal code as the post office writes it, or None if invalid for ``country``."""
    value = "".join(value.split())
    if country == "US":
        return value if US_ZIP.match(value) and value.isascii() else None
    return value or None


def validate_signer(raw: SignerInput, campaign: Campaign, require_signature: bool = True,
                    ) -> tuple[CleanSigner | None, dict[str, FieldError]]:
    """Validate the form against the campaign's rules.

    Returns ``(clean, {})`` when everything is acceptable, else ``(None, errors)`` with one
    code per offending field. ``require_signature=False`` checks the typed fields only (the
    form step, before anything is drawn).
    """
    errors: dict[str, FieldError] = {}

    def text_field(name: str, value: str, limit: int) -> str:
        rule = campaign.rule(name)
        if rule is FieldRule.HIDDEN:
            return ""
        too_long = len(unicodedata.normalize("NFC", value).strip()) > limit
        cleaned = clean_text(value, limit)
        if too_long:
            errors[name] = FieldError.TOO_LONG
        elif rule is FieldRule.REQUIRED and not cleaned:
            errors[name] = FieldError.REQUIRED
        return cleaned

    given = text_field("given_name", raw.given_name, NAME_MAX)
    family = text_field("family_name", raw.family_name, NAME_MAX)
    address = text_field("address", raw.address, ADDRESS_MAX)

    def normalized_field(name: str, value: str, normalize: Callable[[str], str | None], invalid: FieldError,
                         limit: int | None = None) -> str:
        # Email, phone and ZIP: what a library puts in canonical form, or refuses.
        rule = campaign.rule(name)
        if rule is FieldRule.HIDDEN or not value.strip():
            if rule is FieldRule.REQUIRED:
                errors[name] = FieldError.REQUIRED
            return ""
        if limit is not None and len(value.strip()) > limit:
            errors[name] = FieldError.TOO_LONG
            return ""
        cleaned = normalize(value) or ""
        if not cleaned:
            errors[name] = invalid
        return cleaned

    email = normalized_field("email", raw.email, normalize_email, FieldError.INVALID_EMAIL, EMAIL_MAX)
    phone = normalized_field("phone", raw.phone, partial(normalize_phone, country=campaign.country),
                             FieldError.INVALID_PHONE)
    if (campaign.contact_required and not raw.email.strip() and not raw.phone.strip()
            and "email" not in errors and "phone" not in errors):
        errors["contact"] = FieldError.CONTACT_REQUIRED
    postal = normalized_field("postal_code", raw.postal_code, partial(normalize_postal_code, country=campaign.country),
                              FieldError.INVALID_POSTAL_CODE)

    signature = raw.signature if raw.signature and not raw.signature.is_empty else None
    if require_signature and campaign.signature_required and signature is None:
        errors["signature"] = FieldError.SIGNATURE_REQUIRED

    if errors:
        return None, errors
    return CleanSigner(given, family, email, phone, postal, address, signature), {}
