"""The hub's request and response models (pydantic): the json protocol v1, typed.

These models are the contract. The hub's ``/openapi.json`` is generated from them
(sync/hub/contract.py), ``docs/openapi-json-v1.yaml`` is that document as published (a test
holds the two equal), and the batch check (sync/hub/protocol.py) compiles their schema.
They describe exactly what sync/protocol/v1.py's codec writes and reads: the same field
names, the consent's six fields, the clear and the sealed form of a signature.

The schemas are read with JSON Schema 2020-12 semantics (OpenAPI 3.1): ``format`` and
``contentEncoding`` are annotations, so a ``sealed`` value that fits the pattern but does not
decode is valid against the contract and is refused after it, with its own reason code
(``sealed_not_base64``).
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic.config import JsonDict, JsonValue
from pydantic.json_schema import SkipJsonSchema, models_json_schema

from sync.protocol.reasons import INVALID_FIELD_PATTERN, Reason, is_reason

MAX_SIGNATURES = 500
MAX_LABEL_CHARS = 100
SHA256_HEX = "^[0-9a-f]{64}$"
UUID_TEXT = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"


def _tidy(schema: JsonDict) -> None:
    """Drop what the generator adds and the contract does not say: titles, and the null
    default of a field that is simply optional (its schema does not admit null)."""
    schema.pop("title", None)
    properties = schema.get("properties")
    if isinstance(properties, dict):
        for field in properties.values():
            if isinstance(field, dict):
                field.pop("title", None)
                if field.get("default", 0) is None:
                    del field["default"]


class Wire(BaseModel):
    """A model of the protocol: its schema says only what the contract says, and it is strict
    like the schema (no "yes" taken for true, no number for a string)."""

    model_config = ConfigDict(json_schema_extra=_tidy, strict=True)


def _not_null(value: object) -> object:
    """An optional field may be left out, but not sent as null (its schema does not admit null)."""
    if value is None:
        raise ValueError("null where the contract wants a value, or nothing")
    return value


def _reason_code_schema(schema: JsonDict) -> None:
    codes: list[JsonValue] = [code for code in sorted(reason.value for reason in Reason)]
    schema.clear()
    schema.update({
        "type": "string",
        "description": "A code from the protocol's one list (sync/protocol/reasons.py), or invalid:<field>.",
        "anyOf": [{"enum": codes}, {"pattern": INVALID_FIELD_PATTERN}],
    })


def _listed(code: str) -> str:
    if not is_reason(code):
        raise ValueError("not a reason code of the protocol's list")
    return code


ReasonCode = Annotated[str, AfterValidator(_listed), Field(json_schema_extra=_reason_code_schema)]


class Person(Wire):
    """The signer, in clear (a record from before pairing, or another json client)."""

    given_name: str
    family_name: str
    email: str = Field(description="Empty string when not given.")
    phone: str = Field(description="E.164 when given, else empty.")
    address: str = Field(description="Street address; empty unless the campaign asks for it.")


class Consent(Wire):
    """What the signer agreed to, per channel, with the SHA-256 of each wording shown.

    ``updates``/``text_sha256`` are the first protocol's single consent; they carry the email
    consent, so a server written for them keeps working. Kiosks since the two-consent release
    always send all six fields; a server must not treat ``updates`` as consent to texts.
    """

    updates: bool = Field(description="The signer opted in to email updates (same value as `email`).")
    text_sha256: str = Field(pattern="^([0-9a-f]{64})?$", description=(
        "SHA-256 of the exact email consent wording the signer saw (same as `email_text_sha256`); "
        "empty when the form asked no consent (a signature-only campaign)."))
    email: bool | SkipJsonSchema[None] = Field(None, description="The signer ticked the email-updates box.")
    email_text_sha256: str | None = Field(None, pattern=SHA256_HEX, description=(
        "SHA-256 of the email consent wording shown; null when that box was not shown."))
    sms: bool | SkipJsonSchema[None] = Field(None, description=(
        "The signer ticked the separate text-message box (express consent to texts). Only ever "
        "true when a phone number was given."))
    sms_text_sha256: str | None = Field(None, pattern=SHA256_HEX, description=(
        "SHA-256 of the text-message consent wording shown; null when that box was not shown "
        "(no phone number was given, or the campaign does not text)."))

    _present = field_validator("email", "sms", mode="before")(_not_null)


def _one_form(schema: JsonDict) -> None:
    _tidy(schema)
    # Clear or sealed, never both: what the codec writes, and what a server must refuse to mix.
    schema["oneOf"] = [
        {"required": ["person", "signature_svg"], "not": {"required": ["sealed"]}},
        {"required": ["sealed"], "not": {"anyOf": [{"required": ["person"]}, {"required": ["signature_svg"]}]}},
    ]


SEALED_PATTERN = "^[A-Za-z0-9+/]+={0,2}$"  # base64's alphabet and padding (sync/hub/protocol.py checks it fast)
SealedText = Annotated[str, Field(min_length=4, pattern=SEALED_PATTERN)]


class Signature(Wire):
    """Either in clear (`person` and `signature_svg`) or sealed to the hub (`sealed`, with
    `person` and `signature_svg` absent), never both. A kiosk in sealed mode sends the sealed
    form; a server that cannot open it refuses the batch with 400."""

    model_config = ConfigDict(json_schema_extra=_one_form, strict=True)

    uuid: str = Field(json_schema_extra={"format": "uuid"}, description="Idempotency key; identical on every retry.")
    signed_at: str = Field(json_schema_extra={"format": "date-time", "examples": ["2026-11-28T17:04:05.123Z"]},
                           description='RFC 3339, UTC ("Z"), millisecond precision.')
    event: str = Field(description="Name of the event (rally, canvass shift); empty when none.")
    event_place: str | SkipJsonSchema[None] = Field(None, json_schema_extra={"examples": ["MacArthur Park"]},
                                                    description=(
        "Where the event is held, as the kiosk's admin area names it; empty when it names none. Optional: "
        "kiosks from before it was added leave it out. Kept in clear like `event`, so it must have the "
        "same shape (at most 200 printable characters, no email address, no phone-like run of digits); "
        'a signature whose place does not is rejected with "invalid_event_place".'))
    language: str = Field(json_schema_extra={"examples": ["es"]},
                          description="Two-letter code of the language the signer read the petition in.")
    postal_code: str
    person: Person | SkipJsonSchema[None] = None
    consent: Consent
    signature_svg: str | None = Field(None, description=(
        "The drawn signature as an SVG document; null when none was drawn."))
    sealed: SealedText | SkipJsonSchema[None] = Field(None, json_schema_extra={"contentEncoding": "base64"},
                                                      description=(
        "The personal part (the Person fields and the drawing) sealed to the hub's HPKE public key, base64: "
        "the version byte 0x02, then the HPKE (ML-KEM-768 + X25519, HKDF-SHA256, AES-256-GCM) single-shot "
        'ciphertext, with the UUID bound in the HPKE info. See docs/sync-protocol.md, "Sealed records". '
        "contentEncoding is an annotation (JSON Schema 2020-12): a value that does not decode is refused "
        "with 400 sealed_not_base64."))


    _present = field_validator("person", "sealed", "event_place", mode="before")(_not_null)

    @model_validator(mode="after")
    def _clear_or_sealed(self) -> Signature:
        # The schema's oneOf, checked the same way: the keys sent decide, whatever their values.
        sent = self.model_fields_set
        clear = {"person", "signature_svg"} <= sent and "sealed" not in sent
        sealed = "sealed" in sent and not sent & {"person", "signature_svg"}
        if clear == sealed:
            raise ValueError("a signature is either in clear or sealed, never both, never neither")
        return self


class Batch(Wire):
    """Up to 500 signatures from one kiosk, for one campaign."""

    kiosk_id: str = Field(description="The kiosk's own UUID (stable for the life of its database).")
    campaign: str = Field(description='The campaign id, e.g. "end-s-comm".')
    signatures: list[Signature] = Field(min_length=1, max_length=MAX_SIGNATURES)


class Result(Wire):
    """What became of one signature of a batch."""

    uuid: str = Field(json_schema_extra={"format": "uuid"})
    status: Literal["accepted", "duplicate", "rejected"]
    reason: ReasonCode | SkipJsonSchema[None] = Field(None, description=(
        'For "rejected": a short code from the protocol\'s list, such as "invalid_postal_code". The kiosk '
        'keeps it only if it is one of the list, else it stores "unknown", so no personal data ends up in '
        "its database."))
    receipt: str | SkipJsonSchema[None] = Field(None, description=(
        "Optional server-side id, kept by the kiosk as the signature's receipt only if it is an identifier "
        "(1-128 of A-Z a-z 0-9 : _ - . with no phone-like digit run and nothing the signer sent in it); "
        'otherwise the kiosk keeps "withheld".'))

    _present = field_validator("reason", "receipt", mode="before")(_not_null)


class BatchResults(Wire):
    """One result per signature sent (in any order)."""

    results: list[Result]


class Error(Wire):
    """Every refusal's body: the same reason code under both keys a client may read."""

    error: ReasonCode
    reason: ReasonCode | SkipJsonSchema[None] = None

    _present = field_validator("reason", mode="before")(_not_null)


class Enrollment(Wire):
    """A kiosk asking to pair: the pairing code's secret part, a label for the dashboard, and the
    kiosk's own id (sent as is: every batch already carries it, so a hash would hide nothing)."""

    secret: str = Field(min_length=1, max_length=32, description=(
        "The secret part of the pairing code, as typed (ASCII; dashes and spaces allowed)."))
    label: str | None = Field(None, description="The kiosk's name on the dashboard (printable; cut at 100).")
    kiosk_id: str | SkipJsonSchema[None] = Field(
        None, json_schema_extra={"format": "uuid", "pattern": UUID_TEXT}, description=(
        "The kiosk's own UUID, the `kiosk_id` of its batches (a relay event hub's: its hub id). A kiosk that "
        "pairs again gets its device back, with its name when it sends no label, instead of a second one."))

    _present = field_validator("kiosk_id", mode="before")(_not_null)

    @field_validator("kiosk_id")
    @classmethod
    def _uuid_shape(cls, kiosk_id: str | None) -> str | None:
        # Checked here rather than as a constrained type, so a refusal names the field itself.
        if kiosk_id is not None and not re.fullmatch(UUID_TEXT, kiosk_id):
            raise ValueError("not a UUID")
        return kiosk_id

    @field_validator("secret")
    @classmethod
    def _ascii(cls, secret: str) -> str:
        if not secret.isascii():
            raise ValueError("not ASCII")
        return secret

    @field_validator("label")
    @classmethod
    def _printable(cls, label: str | None) -> str | None:
        # JSON may carry a lone surrogate ("\ud800"), which no database column takes.
        if label is not None and (not label.isprintable() or not _encodable(label)):
            raise ValueError("not printable")
        return label

    def shown_label(self) -> str:
        """The label as the dashboard shows it: at most :data:`MAX_LABEL_CHARS` characters."""
        return (self.label or "")[:MAX_LABEL_CHARS]


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class EnrolledCampaign(Wire):
    """The campaign settings a newly paired kiosk adopts."""

    id: str
    goal: int
    starting_count: int


class KeyBinding(Wire):
    """A sealing key signed with a hub certificate's key (sync/hub/key_binding.py)."""

    certificate: str = Field(description="The signing hub's certificate, DER, base64.")
    signature: str = Field(description="ECDSA P-256 SHA-256 over 'petition-kiosk hub sealing key v1', 0, the key.")


class RelayVouch(Wire):
    """A relay event hub's signature: "my campaign hub is this certificate, and this is its key"."""

    campaign_hub_id: str
    campaign_certificate_sha256: str = Field(description="SHA-256 (hex) of the certificate that signed the key.")
    certificate: str = Field(description="The relay hub's own certificate, DER, base64.")
    signature: str = Field(description="ECDSA P-256 SHA-256 over 'petition-kiosk relay campaign hub v1', 0, "
                           "the campaign certificate's SHA-256, the key's SHA-256.")


class Enrolled(Wire):
    """A paired kiosk's credentials and what it pins."""

    device_id: str
    token: str = Field(description="The device's bearer token: upload, read its receipts and the totals.")
    hub_id: str
    campaign: EnrolledCampaign
    hpke_public_key: str = Field(description="The HPKE public key, base64, every new record is sealed to: the "
                                 "hub's own, or a relay event hub's campaign hub's.")
    hpke_public_key_binding: KeyBinding = Field(description="The HPKE key signed with the key of the certificate "
                                                "of the hub that opens records.")
    relay: RelayVouch | None = Field(default=None, description="Only from a relay event hub: its vouch for the "
                                     "campaign hub whose key this is (docs/hub.md, Relay mode).")


class DeviceCounts(Wire):
    """How many of this device's signatures the hub holds, and how many went upstream."""

    on_hub: int
    delivered_upstream: int


class Totals(Wire):
    """The campaign's counts a device may read: signatures, never people."""

    campaign: str
    total: int = Field(description="Signatures this hub holds (a repeat signer's too).")
    combined: int = Field(description="The total plus the campaign's starting count.")
    goal: int
    device: DeviceCounts


class ReceiptQuery(Wire):
    """The UUIDs a kiosk asks about (the first 500 are answered)."""

    uuids: list[Annotated[str, Field(json_schema_extra={"format": "uuid"})]]


class Receipts(Wire):
    """Per UUID this device uploaded: still on the hub, or delivered to every upstream target."""

    receipts: dict[str, Literal["on_hub", "delivered_upstream"]]


#: Every model of the contract; their schemas are ``components/schemas`` of the OpenAPI document.
CONTRACT_MODELS: tuple[type[BaseModel], ...] = (
    Batch, Signature, Person, Consent, BatchResults, Result, Error, Enrollment, Enrolled, EnrolledCampaign,
    Totals, DeviceCounts, ReceiptQuery, Receipts,
)


def component_schemas() -> dict[str, JsonDict]:
    """The contract's schemas by name, each referring to the others as ``#/components/schemas/<name>``."""
    _, document = models_json_schema([(model, "validation") for model in CONTRACT_MODELS],
                                     ref_template="#/components/schemas/{model}")
    definitions = document.get("$defs", {})
    assert isinstance(definitions, dict)
    return {name: schema for name, schema in sorted(definitions.items()) if isinstance(schema, dict)}
