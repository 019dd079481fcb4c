"""What the ``osdi`` adapter tells Action Network about one signer: the request bodies.

Two documented helpers are used (shared/reference/action-network.md, docs/sync-protocol.md
"Action Network: consent"):

- the **record-signature helper**, whose only valid email status is ``subscribed``;
- the **person signup helper** (``POST /people/``), which also documents ``unsubscribed``.

A signer who declined email is first written with the person signup helper and
``unsubscribed`` (:func:`signup_body`), then the signature is recorded with *no* email status
(:func:`signature_body`), which leaves the status just written alone. A signer who said yes
goes in one request with ``subscribed``. The mobile list subscribes nobody new without
``subscribed``, which is sent only with the text-message consent.

Every signature also carries its signing time (``action_date``), the kiosk's name, the event
and its place, the consent answers with the hashes of the wordings shown (custom fields named
in :data:`CUSTOM_FIELDS`), a readable referrer source code, and the address in Action
Network's own fields.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC
from typing import Any

from anyascii import anyascii

from sync.protocol import Outgoing

IDENTIFIER_SYSTEM = "petition_kiosk"
EMAIL_SUBSCRIBED = "subscribed"
EMAIL_UNSUBSCRIBED = "unsubscribed"
MOBILE_SUBSCRIBED = "subscribed"
SOURCE_PREFIX = "kiosk"
SOURCE_MAX_CHARS = 64  # a source code is a short label in Action Network's reports

#: The custom fields each signature sets on the person (docs/sync-protocol.md lists them).
FIELD_EVENT = "kiosk_event"
FIELD_EVENT_PLACE = "kiosk_event_place"
FIELD_KIOSK = "kiosk_name"
FIELD_EMAIL_CONSENT = "kiosk_email_consent"
FIELD_EMAIL_WORDING = "kiosk_email_consent_sha256"
FIELD_TEXT_CONSENT = "kiosk_text_consent"
FIELD_TEXT_WORDING = "kiosk_text_consent_sha256"
CUSTOM_FIELDS = (FIELD_EVENT, FIELD_EVENT_PLACE, FIELD_KIOSK, FIELD_EMAIL_CONSENT, FIELD_EMAIL_WORDING,
                 FIELD_TEXT_CONSENT, FIELD_TEXT_WORDING)
# A consent answer in words a coordinator can filter on; "not_asked" when the box was not shown.
ANSWER_YES, ANSWER_NO, ANSWER_NOT_ASKED = "yes", "no", "not_asked"

_SLUG_DROP = re.compile(r"[^a-z0-9]+")


def event_slug(event: str) -> str:
    """``Plácita Olvera rally`` -> ``placita-olvera-rally``; Hangul and other scripts are
    romanised (anyascii) rather than dropped, so every event keeps a readable code."""
    return _SLUG_DROP.sub("-", anyascii(event).lower()).strip("-")


def source_code(event: str) -> str:
    """The referrer source code of a signature made at ``event`` (``kiosk`` without one)."""
    slug = event_slug(event)
    return f"{SOURCE_PREFIX}-{slug}"[:SOURCE_MAX_CHARS].rstrip("-") if slug else SOURCE_PREFIX


@dataclass(frozen=True)
class TargetFacts:
    """What the campaign says about every signature sent to one target."""

    tags: tuple[str, ...] = ()
    country: str = "US"
    language: str = "en"


def needs_signup_first(item: Outgoing) -> bool:
    """Whether the signer declined email: then the person signup helper writes them
    ``unsubscribed`` before the signature (the signature helper ignores that status)."""
    return bool(item.person.email) and not item.consent.email


def _answer(given: bool, wording: str | None) -> str:
    if wording is None and not given:
        return ANSWER_NOT_ASKED
    return ANSWER_YES if given else ANSWER_NO


def custom_fields(item: Outgoing) -> dict[str, str]:
    """Where, by which kiosk, and under which wordings the signer answered (no empty values:
    Action Network would store them as blanks over an earlier answer)."""
    columns, consent = item.columns, item.consent
    fields = {
        FIELD_EVENT: columns.event,
        FIELD_EVENT_PLACE: columns.event_place,
        FIELD_KIOSK: columns.kiosk_label or columns.kiosk_id,
        FIELD_EMAIL_CONSENT: _answer(consent.email, consent.email_text_sha256) if item.person.email else "",
        FIELD_EMAIL_WORDING: consent.email_text_sha256 or "",
        FIELD_TEXT_CONSENT: _answer(consent.sms, consent.sms_text_sha256) if item.person.phone else "",
        FIELD_TEXT_WORDING: consent.sms_text_sha256 or "",
    }
    return {name: value for name, value in fields.items() if value}


def _postal_address(item: Outgoing, facts: TargetFacts) -> dict[str, Any]:
    from sync.upstream.adapters.postal import split_address

    postal: dict[str, Any] = {"country": facts.country}
    split = split_address(item.person.address, facts.country)
    if split.address_lines:
        postal["address_lines"] = list(split.address_lines)
    if split.locality:
        postal["locality"] = split.locality
    if split.region:
        postal["region"] = split.region
    postal_code = item.columns.postal_code or split.postal_code
    if postal_code:
        postal["postal_code"] = postal_code
    return postal


def _person(item: Outgoing, facts: TargetFacts, email_status: str | None) -> dict[str, Any]:
    signer, consent = item.person, item.consent
    person: dict[str, Any] = {
        "given_name": signer.given_name,
        "family_name": signer.family_name,
        "languages_spoken": [item.columns.language or facts.language],
        "postal_addresses": [_postal_address(item, facts)],
    }
    if signer.email:
        email: dict[str, str] = {"address": signer.email}
        if email_status is not None:
            email["status"] = email_status
        person["email_addresses"] = [email]
    if signer.phone:
        phone: dict[str, str] = {"number": signer.phone}
        if consent.sms:
            # Only the text-message consent subscribes to texts; without it, no status: a new
            # person then stays off the mobile list and an existing one keeps their choice.
            phone.update(number_type="Mobile", status=MOBILE_SUBSCRIBED)
        person["phone_numbers"] = [phone]
    fields = custom_fields(item)
    if fields:
        person["custom_fields"] = fields
    return person


def signature_tags(item: Outgoing, tags: Sequence[str]) -> list[str]:
    """The campaign's tags, then the event's name (each once, in that order)."""
    return list(dict.fromkeys([*tags, *([item.columns.event] if item.columns.event else [])]))


def signup_body(item: Outgoing, facts: TargetFacts) -> dict[str, Any]:
    """The person signup helper's body for a signer who declined email: ``unsubscribed``,
    documented there, so a person new to the list is added off it and an existing one is
    taken off it (the kiosk's answer is the latest)."""
    return {"person": _person(item, facts, EMAIL_UNSUBSCRIBED), "add_tags": signature_tags(item, facts.tags),
            "triggers": {"autoresponse": {"enabled": False}}}


def signature_body(item: Outgoing, facts: TargetFacts) -> dict[str, Any]:
    """The record-signature helper's body. The email goes with ``subscribed`` only with the
    email consent; without it, with no status at all, after :func:`signup_body` has written
    the person ``unsubscribed`` (a status other than ``subscribed`` is not valid here)."""
    status = EMAIL_SUBSCRIBED if item.consent.email else None
    return {
        "person": _person(item, facts, status),
        "identifiers": [f"{IDENTIFIER_SYSTEM}:{item.uuid}"],
        "action_date": item.columns.signed_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "add_tags": signature_tags(item, facts.tags),
        # The thank-you email goes only to people who asked to hear from the campaign.
        "triggers": {"autoresponse": {"enabled": bool(item.consent.email and item.person.email)}},
        "action_network:referrer_data": {"source": source_code(item.columns.event)},
    }
