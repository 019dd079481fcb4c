"""A signature's one shape, and the one reader and writer of its sealed payload.

Every hop from the form to Action Network speaks in these types (DESIGN.md, "The
signature's one shape"):

- :class:`Person`: who signed (names, email, phone, address);
- :class:`Consent`: what they agreed to, per channel, each with the SHA-256 of the wording
  they were shown;
- :class:`ClearColumns`: what is kept in clear beside the sealed part (UUID, campaign,
  event, kiosk, signed-at, language, postal code);
- :class:`PersonalData`: the sealed part opened (the person and the drawn strokes).

The sealed payload is compact UTF-8 JSON. :func:`encode_payload` writes it and
:func:`decode_payload` is the only code that reads it, in every form ever sealed:

- the kiosk's (since the second release): the person's five fields, ``strokes`` as one JSON
  string and ``svg``, the drawing's SVG made once when the signature was recorded;
- the first release's: ``strokes`` as nested arrays and no ``svg``;
- a hub's from before it kept records as sealed (``sync/hub``): ``svg`` only and a
  ``consent`` object, the json v1 wire form of :class:`Consent`.

Adding a field is a change here (and to the wire codec in ``sync/protocol``), nowhere else.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from kiosk.errors import KioskError
from kiosk.strokes import Signature, svg_from_json


def _orjson_reader() -> Callable[[bytes], object] | None:
    """orjson's reader, where the hub's extra installed it (see :func:`_parse_json`)."""
    try:
        import orjson
    except ImportError:  # a kiosk installed without the hub's extra reads with json
        return None
    return orjson.loads


_orjson_loads = _orjson_reader()

PERSON_FIELDS = ("given_name", "family_name", "email", "phone", "address")
# Longer than any field kiosk/validation.py lets through: a payload holding more was not
# made by a kiosk, and is refused rather than carried to every export.
MAX_FIELD_CHARS = 500


class PayloadUnreadable(KioskError, code="payload_unreadable"):
    """A sealed payload that opened but is not a signature's (damaged, or not ours)."""


@dataclass(frozen=True)
class Person:
    """Who signed, as they typed it and validation cleaned it."""

    given_name: str
    family_name: str
    email: str
    phone: str  # E.164, or empty
    address: str


NOBODY = Person("", "", "", "", "")


@dataclass(frozen=True)
class Consent:
    """Each channel's answer and the hash of its wording (None: that box was not shown)."""

    email: bool
    email_text_sha256: str | None
    sms: bool
    sms_text_sha256: str | None


NO_CONSENT = Consent(email=False, email_text_sha256=None, sms=False, sms_text_sha256=None)


@dataclass(frozen=True)
class ClearColumns:
    """What a signature keeps in clear: enough for tallies and for routing, nobody's identity."""

    uuid: str
    campaign_id: str
    kiosk_id: str
    signed_at: datetime
    event: str
    language: str
    postal_code: str
    #: The kiosk's name in reports (its label; empty: the kiosk id names it) and the event's
    #: place: what a coordinator reads upstream to trace a signature (sync/upstream/adapters/osdi_body.py).
    kiosk_label: str = ""
    event_place: str = ""


@dataclass(frozen=True)
class PersonalData:
    """The sealed part of one signature, opened: the person and the drawn strokes."""

    person: Person
    #: The strokes as stored (a JSON string, or the first release's nested arrays); None when
    #: nothing was drawn, or when only an SVG came (a hub's records).
    strokes: str | list[object] | None
    #: The drawing's SVG as the sync protocol sends it (drawn once, when recorded).
    svg: str | None

    @classmethod
    def of(cls, person: Person, signature: Signature | None) -> PersonalData:
        """The sealed part of a signer as recorded: the strokes and their SVG, each made once."""
        drawing = signature.encoded if signature is not None else None
        return cls(person, drawing.strokes_json if drawing else None, drawing.svg if drawing else None)

    @property
    def given_name(self) -> str:
        """The signer's given name (reports print it on its own)."""
        return self.person.given_name

    @property
    def family_name(self) -> str:
        """The signer's family name."""
        return self.person.family_name

    @property
    def email(self) -> str:
        """The signer's email, or empty."""
        return self.person.email

    @property
    def phone(self) -> str:
        """The signer's phone (E.164), or empty."""
        return self.person.phone

    @property
    def address(self) -> str:
        """The signer's street address, or empty."""
        return self.person.address

    def _stroke_list(self) -> list[object] | None:
        strokes = json.loads(self.strokes) if isinstance(self.strokes, str) else self.strokes
        if strokes is not None and not isinstance(strokes, list):
            raise PayloadUnreadable("bad strokes")
        return strokes or None

    @cached_property
    def signature(self) -> Signature | None:
        """The strokes parsed (only when asked: a sheet needs them, an upload does not)."""
        try:
            strokes = self._stroke_list()
            return Signature.from_json(strokes) if strokes else None
        except (ValueError, TypeError, KeyError, IndexError):  # JSON errors are ValueErrors
            raise PayloadUnreadable("bad strokes") from None

    @cached_property
    def signature_svg(self) -> str | None:
        """The SVG to send: the one stored, else drawn from the first release's strokes."""
        if self.svg:
            return self.svg
        try:
            strokes = self._stroke_list()
            return svg_from_json(strokes) if strokes else None
        except (ValueError, TypeError, KeyError, IndexError):
            raise PayloadUnreadable("bad strokes") from None


@dataclass(frozen=True)
class OpenedPayload:
    """What :func:`decode_payload` read: the personal part, and the consent a hub sealed with it."""

    personal: PersonalData
    #: Only in what a hub sealed before it kept records as received: the consent travelled
    #: inside the payload then. None in every kiosk payload (the consent is a clear column).
    consent: Consent | None = None


def encode_payload(personal: PersonalData) -> bytes:
    """The compact UTF-8 JSON that is sealed (what :func:`decode_payload` reads back)."""
    person = personal.person
    document = {
        "given_name": person.given_name, "family_name": person.family_name, "email": person.email,
        "phone": person.phone, "address": person.address,
        "strokes": personal.strokes, "svg": personal.svg,
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _text(document: dict[str, object], name: str) -> str:
    value = document.get(name) or ""
    if not isinstance(value, str) or len(value) > MAX_FIELD_CHARS:
        raise PayloadUnreadable(f"bad {name}")
    return value


def _optional_text(value: object, name: str) -> str | None:
    if value is None or isinstance(value, str):
        return value or None
    raise PayloadUnreadable(f"bad {name}")


def _hub_consent(value: object) -> Consent | None:
    """The json v1 consent object a hub once sealed inside the payload."""
    if not isinstance(value, dict):
        return None
    email = value.get("email", value.get("updates")) is True
    email_hash = _optional_text(value.get("email_text_sha256", value.get("text_sha256")), "consent")
    return Consent(email, email_hash, value.get("sms") is True,
                   _optional_text(value.get("sms_text_sha256"), "consent"))


def _parse_json(plaintext: bytes) -> object:
    """``plaintext`` as JSON: what json reads, read by orjson where the hub's extra brings it.

    The hub reads every record of every upload, and orjson reads one in a quarter of json's
    time. It is the stricter of the two (no NaN, no integer over 64 bits), so whatever it
    refuses is read again by json: a payload any kiosk ever wrote reads the same either way.
    """
    if _orjson_loads is not None:
        try:
            return _orjson_loads(plaintext)
        except ValueError:  # orjson.JSONDecodeError is one
            pass
    return json.loads(plaintext)


def decode_payload(plaintext: bytes) -> OpenedPayload:
    """Read any sealed payload ever written (see the module docstring); raises :class:`PayloadUnreadable`."""
    try:
        document = _parse_json(plaintext)
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        raise PayloadUnreadable("not JSON") from None
    if not isinstance(document, dict):
        raise PayloadUnreadable("not an object")
    person = Person(*(_text(document, name) for name in PERSON_FIELDS))
    strokes = document.get("strokes")
    if strokes is not None and not isinstance(strokes, str | list):
        raise PayloadUnreadable("bad strokes")
    svg = _optional_text(document.get("svg"), "svg")
    return OpenedPayload(PersonalData(person, strokes or None, svg), _hub_consent(document.get("consent")))
