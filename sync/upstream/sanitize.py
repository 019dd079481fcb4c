"""What a server says back is kept only in shapes that cannot carry a person's data.

Receipts and reject reasons land in clear columns (``server_receipt``, ``last_error``), the
CSV and the admin screens, which the sealing does not protect. A server that echoes what it
was sent ("accepted: Ana Muñoz <ana@example.org> 2135550142", a reason of "2135550142")
would otherwise plant personal data there (issue 13). So:

- a **receipt** is kept only if it is an identifier: 1–128 of ``A-Z a-z 0-9 : _ - .``, no
  run of seven or more digits outside a UUID (a phone number), and nothing the signer sent
  (name parts, email, address words) inside it. Real receipts pass: Action Network's
  ``action_network:<uuid>``, our json servers' ``srv-81`` or ``4711``. Anything else becomes
  the neutral :data:`WITHHELD` — the signature still counts as confirmed.
- a **reject reason** is kept only if it is a code of the protocol's list
  (:mod:`sync.protocol.reasons`, the hub's ``invalid:<field>`` codes included) or our own
  ``http_<4xx>`` fallback, else it is ``unknown``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from sync.protocol import Outgoing
from sync.protocol.reasons import Reason, is_reason

WITHHELD = "withheld"
UNKNOWN = "unknown"
MAX_RECEIPT_CHARS = 128
_IDENTIFIER = re.compile(rf"[A-Za-z0-9:_\-.]{{1,{MAX_RECEIPT_CHARS}}}")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_PHONE_LIKE = re.compile(r"\d{7,}")
_HTTP_FALLBACK = re.compile(r"http_4\d\d")
_WORDS = re.compile(r"[^\W_]+")
MIN_ECHO_CHARS = 3

#: Every fixed reject reason the kiosk stores: the protocol's one list (sync/protocol/reasons.py),
#: which also admits ``invalid:<contract field>``; docs/openapi-json-v1.yaml publishes it.
REJECT_REASONS = frozenset(reason.value for reason in Reason)


def receipt(value: object) -> str:
    """``value`` as a receipt if it is an identifier (see the module docstring), else :data:`WITHHELD`."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return WITHHELD
    text = str(value)
    if not _IDENTIFIER.fullmatch(text) or _PHONE_LIKE.search(_UUID.sub("-", text)):
        return WITHHELD
    return text


def reject_reason(value: object, missing: str = "rejected") -> str:
    """A reason from the fixed list; ``missing`` when the server gave none; else ``unknown``."""
    if value is None or value == "":
        return missing
    if isinstance(value, str) and (is_reason(value) or _HTTP_FALLBACK.fullmatch(value)):
        return value
    return UNKNOWN


def _echo_tokens(item: Outgoing) -> set[str]:
    """What the signer sent that must not come back in a receipt (casefolded)."""
    person = item.person
    tokens = {person.email.casefold(), person.email.partition("@")[0].casefold()}
    for text in (person.given_name, person.family_name, person.address, person.email.partition("@")[0]):
        tokens.update(word.casefold() for word in _WORDS.findall(text))
    return {t for t in tokens if len(t) >= MIN_ECHO_CHARS}


def without_echoes(details: Mapping[str, str], items: Iterable[Outgoing]) -> dict[str, str]:
    """Confirmation details (``<prefix>:<receipt>``) with any receipt that contains what its
    signer sent replaced by :data:`WITHHELD` (the prefix — ``accepted``, ``action_network`` — stays)."""
    cleaned = dict(details)
    for item in items:
        detail = cleaned.get(item.uuid)
        if detail is None:
            continue
        prefix, separator, rest = detail.partition(":")
        if separator and rest != WITHHELD and any(token in rest.casefold() for token in _echo_tokens(item)):
            cleaned[item.uuid] = f"{prefix}:{WITHHELD}"
    return cleaned
