"""The hub's side of sealed records: opening what a sealed-mode kiosk uploads.

A kiosk in sealed mode (kiosk/hpke_seal.py) sends each signature's personal part sealed to
the hub's HPKE public key, in the ``sealed`` field instead of ``person`` and
``signature_svg``. The hub's private key is derived from its data key (sync/hub/context.py),
so the hub keeps one secret and the recovery kit that saves the data key saves this key too.

:func:`in_clear` gives ingest the same upload for either form, so everything
after it — the hub's own seal, its contact hashes (a repeat signer counted once), forwarding
upstream, sheets and CSV — works as it does for a clear upload.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from kiosk.hpke_seal import HubPrivateKey, SealedForHub
from kiosk.strokes import svg_from_json

#: The reject reason a sealed record that does not open gets (sync/sanitize.py lists it).
SEALED_UNREADABLE = "sealed_unreadable"
PERSON_FIELDS = ("given_name", "family_name", "email", "phone", "address")
# The same bounds the clear form's fields meet in practice (kiosk/validation.py's longest).
_MAX_FIELD_CHARS = 500


class SealedRecordRefused(SealedForHub):
    """An uploaded sealed record that does not open here, or holds something unexpected."""

    code = SEALED_UNREADABLE


def _drawing(payload: dict[str, Any]) -> str | None:
    svg = payload.get("svg")
    if isinstance(svg, str) and svg:
        return svg
    strokes = payload.get("strokes")
    if isinstance(strokes, str) and strokes:
        try:
            return svg_from_json(json.loads(strokes))
        except (ValueError, TypeError, KeyError, IndexError):
            raise SealedRecordRefused("drawing unreadable") from None
    return None


def open_upload(key: HubPrivateKey, uuid: str, sealed_b64: str) -> tuple[dict[str, str], str | None]:
    """(person, signature SVG) from one sealed upload bound to ``uuid`` as the kiosk sent it."""
    try:
        blob = base64.b64decode(sealed_b64, validate=True)
    except (binascii.Error, ValueError):
        raise SealedRecordRefused("not base64") from None
    try:
        payload = key.open(uuid, blob)
    except SealedForHub:
        raise SealedRecordRefused("does not open") from None
    if not isinstance(payload, dict):
        raise SealedRecordRefused("not an object")
    person: dict[str, str] = {}
    for name in PERSON_FIELDS:
        value = payload.get(name) or ""
        if not isinstance(value, str) or len(value) > _MAX_FIELD_CHARS:
            raise SealedRecordRefused(f"bad {name}")
        person[name] = value
    return person, _drawing(payload)


def in_clear(item: dict[str, Any], key: HubPrivateKey) -> dict[str, Any]:
    """One validated upload with ``person`` and ``signature_svg`` as the clear form has them.

    A clear upload is returned as it is; a sealed one is opened (raises
    :class:`SealedRecordRefused` when it does not open with ``key``).
    """
    sealed = item.get("sealed")
    if sealed is None:
        return item
    person, svg = open_upload(key, item["uuid"], sealed)
    return {**item, "person": person, "signature_svg": svg}
