"""Reading the kiosk-facing endpoints' parameters: a bad one is a 400 with a short code.

Each reader returns the value or raises :class:`BadParameter`, whose code names the field,
never the value (it may be anything a client sent). Nothing a client sends reaches the
database without passing one of these, so no odd value (a digit from another script, a
number past the database's integers, a lone surrogate) turns into a server error.
"""

from __future__ import annotations

import json
import re
from typing import Any

MAX_WAITING_DIGITS = 9  # a kiosk's backlog: far below a billion, and within every database's integer
MAX_RECEIPT_QUERY = 500
MAX_SECRET_CHARS = 32  # a pairing code's secret is 8 characters; room for spaces and dashes
MAX_LABEL_CHARS = 100
_ASCII_DIGITS = re.compile(r"[0-9]+")
_UUID_TEXT = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


class BadParameter(ValueError):
    """A request parameter the hub will not read; ``code`` is the answer's ``error``."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def waiting_count(value: str | None) -> int | None:
    """``?waiting=``: the kiosk's backlog (ASCII digits), or None when it sent none."""
    if value is None or value == "":
        return None
    if not _ASCII_DIGITS.fullmatch(value) or len(value.lstrip("0")) > MAX_WAITING_DIGITS:
        raise BadParameter("invalid:waiting")
    return int(value)


def is_uuid_text(text: str) -> bool:
    """Whether ``text`` is a UUID written as 8-4-4-4-12 hex digits (what the contract's "uuid" admits)."""
    return _UUID_TEXT.fullmatch(text) is not None


def _json_object(body: bytes) -> dict[str, Any]:
    try:
        document = json.loads(body)
    except (ValueError, RecursionError):
        raise BadParameter("invalid_json") from None
    if not isinstance(document, dict):
        raise BadParameter("invalid_json")
    return document


def _encodable(text: str) -> bool:
    # JSON may carry a lone surrogate ("\ud800"), which no database column takes.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def receipt_uuids(body: bytes) -> list[str]:
    """``{"uuids": [...]}``: the UUIDs asked about (the first :data:`MAX_RECEIPT_QUERY`)."""
    uuids = _json_object(body).get("uuids")
    if not isinstance(uuids, list):
        raise BadParameter("invalid_json")
    wanted = uuids[:MAX_RECEIPT_QUERY]
    if not all(isinstance(u, str) and _UUID_TEXT.fullmatch(u) for u in wanted):
        raise BadParameter("invalid:uuids")
    return wanted


def enrollment(body: bytes) -> tuple[str, str]:
    """``{"secret": ..., "label": ...}``: the pairing secret and the kiosk's label."""
    document = _json_object(body)
    secret, label = document.get("secret"), document.get("label") or ""
    if not isinstance(secret, str) or not secret.isascii() or not 0 < len(secret) <= MAX_SECRET_CHARS:
        raise BadParameter("invalid:secret")
    if not isinstance(label, str) or not _encodable(label) or not label.isprintable():
        raise BadParameter("invalid:label")
    return secret, label[:MAX_LABEL_CHARS]
