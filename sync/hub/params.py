"""Reading the kiosk-facing endpoints' query parameters: a bad one is a 400 with a short code.

(Bodies are read into the typed models of sync/hub/api_models.py by sync/hub/callers.py.)

Each reader returns the value or raises :class:`BadParameter`, whose code names the field,
never the value (it may be anything a client sent). Nothing a client sends reaches the
database without passing one of these, so no odd value (a digit from another script, a
number past the database's integers, a lone surrogate) turns into a server error.
"""

from __future__ import annotations

import re

MAX_WAITING_DIGITS = 9  # a kiosk's backlog: far below a billion, and within every database's integer
MAX_RECEIPT_QUERY = 500
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
