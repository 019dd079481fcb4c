"""What the hub keeps in clear beside a sealed signature: only values of the right shape.

``postal_code``, ``event`` and ``event_place`` travel outside the seal (the tallies count by
the first two; the place tells a coordinator upstream where a signature was made) and are
stored in clear columns, which the hub's key does not protect. A kiosk fills them from its
own checks, but a hub cannot trust that: a postal code or a place of "Maria Lopez 555-1234"
would put a person's name and phone in clear. So each signature's three columns are checked
here, and one of the wrong shape is answered "rejected" with a reason the kiosk keeps
(``invalid_postal_code``, ``invalid_event`` or ``invalid_event_place``, all in
sync/protocol/reasons.py's list) and is never stored. The rules:

- **postal_code**: empty (the campaign did not ask), or exactly as the kiosk writes one for
  the campaign's country (kiosk/validation.py; for the US a ZIP or ZIP+4). For a country the
  kiosk has no rule for, a conservative shape: one or two groups of letters and digits with
  at least one digit, ten characters at most ("SW1A 1AA", "75008", "K1A 0B1").
- **event**: the hub cannot know a kiosk's events in advance (the admin area names them), so
  it takes a name with the shape of one: at most 200 printable characters on one line, with
  no email address and no phone-like run of seven or more digits (a date such as 2026-11-28
  aside).
- **event_place**: the same shape as an event (a place such as "MacArthur Park, 2230 W 6th
  St, Los Angeles, CA 90057" passes; "Maria Lopez 555-1234" does not); absent is empty.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from kiosk.validation import normalize_postal_code
from sync.protocol.reasons import Reason

INVALID_POSTAL_CODE = Reason.INVALID_POSTAL_CODE.value
INVALID_EVENT = Reason.INVALID_EVENT.value
INVALID_EVENT_PLACE = Reason.INVALID_EVENT_PLACE.value
MAX_EVENT_CHARS = 200  # the kiosk's events.name and events.place, and the hub's columns
COUNTRIES_WITH_RULES = frozenset({"US"})  # those kiosk/validation.py checks itself
_OTHER_POSTAL_CODE = re.compile(r"(?=[A-Z0-9 -]*[0-9])[A-Z0-9]{1,8}(?:[ -][A-Z0-9]{1,8})?", re.ASCII)
MAX_OTHER_POSTAL_CHARS = 10
_EMAIL_LIKE = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+")
_DATE_LIKE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}:\d{2}")
_PHONE_LIKE = re.compile(r"\+?\d(?:[\s().-]*\d){6,}")


def postal_code_ok(value: str, country: str) -> bool:
    """Whether ``value`` is a postal code the hub may keep in clear for ``country``."""
    if value == "":
        return True
    if country in COUNTRIES_WITH_RULES:
        return normalize_postal_code(value, country) == value
    return len(value) <= MAX_OTHER_POSTAL_CHARS and _OTHER_POSTAL_CODE.fullmatch(value.upper()) is not None


def event_ok(value: str) -> bool:
    """Whether ``value`` has the shape of a kiosk's event name or place (see the module docstring)."""
    if len(value) > MAX_EVENT_CHARS or not value.isprintable():
        return False
    if _EMAIL_LIKE.search(value):
        return False
    return _PHONE_LIKE.search(_DATE_LIKE.sub(" ", value)) is None


def clear_column_problem(signature: dict[str, Any], country: str) -> str | None:
    """None if the signature's clear columns may be stored; else the reason to reject it."""
    if not postal_code_ok(signature["postal_code"], country):
        return INVALID_POSTAL_CODE
    if not event_ok(signature["event"]):
        return INVALID_EVENT
    if not event_ok(signature.get("event_place", "")):  # absent: a kiosk from before the place travelled
        return INVALID_EVENT_PLACE
    return None


def screen_batch(document: dict[str, Any], country: str) -> tuple[dict[str, Any], list[dict[str, str]]]:
    """A valid Batch split in two: the batch of signatures that may be stored, and the
    "rejected" results (the protocol's Result objects) of those that may not."""
    kept: list[dict[str, Any]] = []
    refused: list[dict[str, str]] = []
    signatures: Sequence[dict[str, Any]] = document["signatures"]
    # One kiosk's upload holds a few events and places and a handful of postal codes, so each
    # shape is judged once an upload (the regular expressions cost 9 µs a signature). Kept for
    # this call only: a value refused because it looked like a person's contact does not outlive it.
    judged: dict[tuple[Any, Any, Any], str | None] = {}
    for signature in signatures:
        shape = (signature["postal_code"], signature["event"], signature.get("event_place", ""))
        if shape in judged:
            problem = judged[shape]
        else:
            problem = judged[shape] = clear_column_problem(signature, country)
        if problem is None:
            kept.append(signature)
        else:
            refused.append({"uuid": signature["uuid"], "status": "rejected", "reason": problem})
    if not refused:
        return document, refused
    return {**document, "signatures": kept}, refused
