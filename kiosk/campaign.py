"""Campaign files: the petition, its translations, required fields and sync target.

A campaign is a TOML file (``resources/campaigns/*.toml`` or any path the operator gives).
Loading checks every field and reports the first problem as a :class:`CampaignError` that
names the file, the field and what is wrong, so an organizer editing the file by hand can
fix it without reading code.
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass, field
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Any

from kiosk.errors import KioskError
from kiosk.languages import is_language_code

DEFAULT_CAMPAIGN_ID = "end-s-comm"
SUPPORTED_COUNTRIES = ("US",)
SYNC_KINDS = ("osdi", "json", "none")
# Carriers act on the English keyword in every language, so every text-message consent names it.
SMS_STOP_WORD = "STOP"


class CampaignProblem(StrEnum):
    """What is wrong with a campaign field."""

    UNREADABLE = "unreadable"
    SYNTAX = "syntax"
    MISSING = "missing"
    WRONG_TYPE = "wrong_type"
    BAD_VALUE = "bad_value"
    NOT_FOUND = "not_found"


class CampaignError(KioskError, code="campaign_error"):
    """A campaign file is missing, unparsable or has an invalid field."""

    def __init__(self, file: str, field_name: str, problem: CampaignProblem, hint: str = "") -> None:
        super().__init__(f"{file}: {field_name}: {problem.value}{': ' + hint if hint else ''}")
        self.file = file
        self.field_name = field_name
        self.problem = problem
        self.hint = hint


class FieldRule(StrEnum):
    """Whether the form asks for a field."""

    REQUIRED = "required"
    OPTIONAL = "optional"
    HIDDEN = "hidden"


FORM_FIELDS = ("given_name", "family_name", "email", "phone", "postal_code", "address")
CONTACT_FIELDS = ("email", "phone")
# ``[fields] contact``: at least one way to reach the signer, or none at all ("signature
# only": name, ZIP and the drawn signature, for petitions delivered as sheets).
CONTACT_EMAIL_OR_PHONE = "email_or_phone"
CONTACT_NONE = "none"


def text_sha256(text: str) -> str:
    """The SHA-256 (hex) of a text exactly as shown: a changed wording is a new version."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class CampaignText:
    """Everything a signer reads, in one language.

    The two consents are asked separately: email updates, and text messages (which US law
    and the carriers' rules require to be its own express consent).
    """

    title: str
    summary: str
    petition: str
    letter: str
    consent_email: str
    consent_sms: str
    target: str

    @property
    def consent_email_sha256(self) -> str:
        """Hash stored with every signature: proves which email consent wording was shown."""
        return text_sha256(self.consent_email)

    @property
    def consent_sms_sha256(self) -> str:
        """Hash stored with a signature whose form showed the text-message consent."""
        return text_sha256(self.consent_sms)

    @property
    def consent(self) -> str:
        """The email consent under its first name (one consent for "updates")."""
        return self.consent_email

    @property
    def consent_sha256(self) -> str:
        """The email consent's hash under its first name (``consent_sha256`` column)."""
        return self.consent_email_sha256


@dataclass(frozen=True)
class SyncTarget:
    """Where signatures go: the adapter kind, base URL and petition id."""

    kind: str = "none"
    url: str = ""
    petition_id: str = ""
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Campaign:
    """A loaded, validated campaign."""

    id: str
    organization: str
    goal: int
    starting_count: int
    country: str
    default_language: str
    fields: dict[str, FieldRule]
    contact_required: bool
    signature_required: bool
    texts: dict[str, CampaignText]
    sync: SyncTarget = field(default_factory=SyncTarget)
    source: str = ""
    #: ``[sealing] public_key``: records are sealed to it (sealed mode, kiosk/hpke_seal.py).
    sealing_public_key: str = ""
    #: ``target_language``: the language the target reads; the signature sheets delivered to
    #: them are printed in it (signers' names stay in their own scripts).
    target_language: str = "en"

    @property
    def languages(self) -> tuple[str, ...]:
        """Languages offered to signers: the default first, then in the campaign file's order."""
        others = [lang for lang in self.texts if lang != self.default_language]
        return (self.default_language, *others)

    def text(self, language: str) -> CampaignText:
        """The campaign text in ``language``, falling back to the default language."""
        return self.texts.get(language) or self.texts[self.default_language]

    def rule(self, form_field: str) -> FieldRule:
        """How the form treats ``form_field``."""
        return self.fields.get(form_field, FieldRule.HIDDEN)

    @property
    def signature_only(self) -> bool:
        """Whether the form asks for no contact details at all (``contact = "none"``, both hidden)."""
        return all(self.rule(name) is FieldRule.HIDDEN for name in CONTACT_FIELDS)

    def asks_email_consent(self) -> bool:
        """Whether the form shows the email-updates box (it does wherever an email can be given)."""
        return self.rule("email") is not FieldRule.HIDDEN

    def asks_sms_consent(self, language: str, phone: str) -> bool:
        """Whether the form shows the text-message box: only once a phone number is given,
        and only if the campaign has a text-message consent wording."""
        return bool(phone.strip()) and self.rule("phone") is not FieldRule.HIDDEN and bool(
            self.text(language).consent_sms)


def _bundled_campaigns() -> Any:
    return resources.files("resources").joinpath("campaigns")


def bundled_campaign_ids() -> list[str]:
    """Ids of the campaigns shipped with the app."""
    return sorted(
        entry.name.removesuffix(".toml")
        for entry in _bundled_campaigns().iterdir()
        if entry.name.endswith(".toml")
    )


def load_campaign(id_or_path: str = DEFAULT_CAMPAIGN_ID) -> Campaign:
    """Load a bundled campaign by id, or a campaign file by path."""
    candidate = Path(id_or_path)
    if candidate.suffix == ".toml" or _present_here(candidate):
        return _load_file(candidate)
    bundled = _bundled_campaigns().joinpath(f"{id_or_path}.toml")
    if not bundled.is_file():
        raise CampaignError(id_or_path, "id", CampaignProblem.NOT_FOUND, ", ".join(bundled_campaign_ids()))
    return parse_campaign(bundled.read_bytes(), source=f"{id_or_path}.toml")


def _present_here(candidate: Path) -> bool:
    """Whether a campaign file of this name can be seen from here.

    A kiosk started from a folder its user cannot read (``runuser`` from an admin's home, a
    service whose working directory is locked down) gets ``PermissionError`` for any relative
    path. That folder holds no campaign the kiosk could load, so the bundled id is meant.
    """
    try:
        return candidate.exists()
    except PermissionError:
        return False


def _load_file(path: Path) -> Campaign:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CampaignError(str(path), "-", CampaignProblem.NOT_FOUND) from None
    except OSError as exc:
        raise CampaignError(str(path), "-", CampaignProblem.UNREADABLE, exc.strerror or "") from None
    return parse_campaign(data, source=str(path))


def parse_campaign(data: bytes, source: str = "<campaign>") -> Campaign:
    """Parse and validate campaign TOML; raise :class:`CampaignError` on the first problem."""
    try:
        doc = tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise CampaignError(source, "-", CampaignProblem.UNREADABLE, "not UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise CampaignError(source, "-", CampaignProblem.SYNTAX, str(exc)) from None
    reader = _Reader(source, doc)
    texts_table = reader.table("text")
    if not texts_table:
        raise CampaignError(source, "text", CampaignProblem.MISSING, "at least one language")
    texts = {lang: _parse_text(reader, lang) for lang in texts_table}
    default_language = reader.string("default_language", default="en")
    if default_language not in texts:
        raise CampaignError(source, "default_language", CampaignProblem.BAD_VALUE, f"no [text.{default_language}]")
    fields_doc = reader.table("fields")
    contact = fields_doc.get("contact", CONTACT_EMAIL_OR_PHONE)
    if contact not in (CONTACT_EMAIL_OR_PHONE, CONTACT_NONE):
        raise CampaignError(source, "fields.contact", CampaignProblem.BAD_VALUE, "email_or_phone or none")
    rules: dict[str, FieldRule] = {}
    for name in FORM_FIELDS:
        hidden_by_default = name == "address" or (contact == CONTACT_NONE and name in CONTACT_FIELDS)
        raw = fields_doc.get(name, "hidden" if hidden_by_default else "optional")
        try:
            rules[name] = FieldRule(raw)
        except ValueError:
            hint = "required, optional or hidden"
            raise CampaignError(source, f"fields.{name}", CampaignProblem.BAD_VALUE, hint) from None
        if contact == CONTACT_NONE and name in CONTACT_FIELDS and rules[name] is FieldRule.REQUIRED:
            # "Signature only" promises the signer that no way to reach them is asked for.
            raise CampaignError(source, f"fields.{name}", CampaignProblem.BAD_VALUE,
                                'optional or hidden when contact = "none"')
    unknown = set(fields_doc) - set(FORM_FIELDS) - {"contact", "signature"}
    if unknown:
        raise CampaignError(source, f"fields.{sorted(unknown)[0]}", CampaignProblem.BAD_VALUE, "unknown field")
    signature = fields_doc.get("signature", "required")
    if signature not in ("required", "optional"):
        raise CampaignError(source, "fields.signature", CampaignProblem.BAD_VALUE, "required or optional")
    country = reader.string("country", default="US")
    if country not in SUPPORTED_COUNTRIES:
        raise CampaignError(source, "country", CampaignProblem.BAD_VALUE, ", ".join(SUPPORTED_COUNTRIES))
    target_language = reader.string("target_language", default="en")
    if not is_language_code(target_language):
        raise CampaignError(source, "target_language", CampaignProblem.BAD_VALUE, "language code like en or es")
    goal = reader.integer("goal")
    starting = reader.integer("starting_count", default=0)
    if goal <= 0:
        raise CampaignError(source, "goal", CampaignProblem.BAD_VALUE, "must be positive")
    if starting < 0:
        raise CampaignError(source, "starting_count", CampaignProblem.BAD_VALUE, "must not be negative")
    return Campaign(
        id=reader.string("id"),
        organization=reader.string("organization"),
        goal=goal,
        starting_count=starting,
        country=country,
        default_language=default_language,
        fields=rules,
        contact_required=contact == CONTACT_EMAIL_OR_PHONE,
        signature_required=signature == "required",
        texts=texts,
        sync=_parse_sync(reader),
        source=source,
        sealing_public_key=_parse_sealing(reader),
        target_language=target_language,
    )


def _parse_text(reader: _Reader, lang: str) -> CampaignText:
    prefix = f"text.{lang}"
    table = _Reader(reader.source, reader.table("text").get(lang), prefix)
    if not is_language_code(lang):
        raise CampaignError(reader.source, prefix, CampaignProblem.BAD_VALUE, "language code like es or zh-Hant")
    email_key = "consent" if "consent" in table.raw and "consent_email" not in table.raw else "consent_email"
    # No text-message consent (an older file, or a campaign that never texts): the form then
    # offers no text-message box and nobody is subscribed to texts.
    sms = table.string("consent_sms", default="")
    if sms and SMS_STOP_WORD not in sms:
        raise CampaignError(reader.source, f"{prefix}.consent_sms", CampaignProblem.BAD_VALUE,
                            f"must say how to stop: reply {SMS_STOP_WORD}")
    return CampaignText(
        title=table.string("title"),
        summary=table.string("summary"),
        petition=table.string("petition"),
        letter=table.string("letter"),
        # Campaign files from before the two consents have one ``consent``: it was asked as
        # "updates" and is read as the email consent.
        consent_email=table.string(email_key),
        consent_sms=sms,
        target=table.string("target"),
    )


def _parse_sealing(reader: _Reader) -> str:
    """The campaign's sealing public key (base64), checked now so a typo never reaches a signer."""
    key = _Reader(reader.source, reader.table("sealing"), "sealing").string("public_key", default="")
    if key:
        # Loaded only for a campaign that names a key: the cipher is not on the first frame's path.
        from kiosk.hpke_seal import BadPublicKey, public_key_from_b64

        try:
            public_key_from_b64(key)
        except BadPublicKey:
            raise CampaignError(reader.source, "sealing.public_key", CampaignProblem.BAD_VALUE,
                                "base64 of an ML-KEM-768 + X25519 public key") from None
    return key


def _parse_sync(reader: _Reader) -> SyncTarget:
    table = _Reader(reader.source, reader.table("sync"), "sync")
    kind = table.string("kind", default="none")
    if kind not in SYNC_KINDS:
        raise CampaignError(reader.source, "sync.kind", CampaignProblem.BAD_VALUE, " or ".join(SYNC_KINDS))
    tags = table.raw.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise CampaignError(reader.source, "sync.tags", CampaignProblem.WRONG_TYPE, "list of strings")
    return SyncTarget(
        kind=kind,
        url=table.string("url", default=""),
        petition_id=table.string("petition_id", default=""),
        tags=tuple(tags),
    )


class _Reader:
    """Typed access to one TOML table that reports problems with the full field path."""

    def __init__(self, source: str, raw: Any, prefix: str = "") -> None:
        if raw is None:
            raw = {}
        if not isinstance(raw, dict):
            raise CampaignError(source, prefix or "-", CampaignProblem.WRONG_TYPE, "table")
        self.source = source
        self.raw: dict[str, Any] = raw
        self.prefix = prefix

    def _path(self, key: str) -> str:
        return f"{self.prefix}.{key}" if self.prefix else key

    def string(self, key: str, default: str | None = None) -> str:
        value = self.raw.get(key, default)
        if value is None:
            raise CampaignError(self.source, self._path(key), CampaignProblem.MISSING)
        if not isinstance(value, str):
            raise CampaignError(self.source, self._path(key), CampaignProblem.WRONG_TYPE, "text")
        if not value.strip() and default is None:
            raise CampaignError(self.source, self._path(key), CampaignProblem.BAD_VALUE, "empty")
        return value.strip()

    def integer(self, key: str, default: int | None = None) -> int:
        value = self.raw.get(key, default)
        if value is None:
            raise CampaignError(self.source, self._path(key), CampaignProblem.MISSING)
        if not isinstance(value, int) or isinstance(value, bool):
            raise CampaignError(self.source, self._path(key), CampaignProblem.WRONG_TYPE, "whole number")
        return value

    def table(self, key: str) -> dict[str, Any]:
        value = self.raw.get(key, {})
        if not isinstance(value, dict):
            raise CampaignError(self.source, self._path(key), CampaignProblem.WRONG_TYPE, "table")
        return value
