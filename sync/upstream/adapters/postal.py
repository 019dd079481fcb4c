"""A signer's one free-text address line split into Action Network's postal fields.

The form asks for the address on one line. Action Network keeps ``address_lines``,
``locality``, ``region`` and ``postal_code`` apart (and reports and targets by them), so a
US address is parsed with ``usaddress`` (a trained parser, not a hand-written pattern). When
the parser cannot read the line with confidence, or the campaign is not in a country it
knows, the whole line goes into ``address_lines`` and locality and region stay empty: a
wrong city is worse than none.
"""

from __future__ import annotations

from dataclasses import dataclass

import usaddress

# usaddress's labels for what makes up the street part ("123 W Main St Apt 4").
_CITY = "PlaceName"
_STATE = "StateName"
_ZIP = "ZipCode"
_NOT_STREET = {_CITY, _STATE, _ZIP, "CountryName", "Recipient", "NotAddress"}
_READABLE_KINDS = {"Street Address", "PO Box"}


@dataclass(frozen=True)
class SplitAddress:
    """An address in Action Network's fields (empty strings where unknown)."""

    address_lines: tuple[str, ...] = ()
    locality: str = ""
    region: str = ""
    postal_code: str = ""


def split_address(line: str, country: str) -> SplitAddress:
    """``"123 Main St Apt 4, Los Angeles, CA 90011"`` -> lines, locality, region, postal code."""
    line = " ".join(line.split())
    if not line:
        return SplitAddress()
    if country != "US":
        return SplitAddress((line,))
    try:
        tagged, kind = usaddress.tag(line)
    except usaddress.RepeatedLabelError:
        return SplitAddress((line,))
    if kind not in _READABLE_KINDS:
        return SplitAddress((line,))
    street = _street_as_typed(line)
    if not street:
        return SplitAddress((line,))
    return SplitAddress((street,), tagged.get(_CITY, "").strip(" ,"), tagged.get(_STATE, "").strip(" ,"),
                        tagged.get(_ZIP, "").strip(" ,"))


def _street_as_typed(line: str) -> str:
    """The street part as the signer typed it: the text before the first city, state or ZIP
    token, when nothing of the street comes after them (else empty: not a plain split)."""
    offset, cut = 0, None
    for token, label in usaddress.parse(line):
        start = line.find(token, offset)
        if start < 0:
            return ""
        offset = start + len(token)
        if label in _NOT_STREET:
            cut = start if cut is None else cut
        elif cut is not None:
            return ""
    return (line if cut is None else line[:cut]).strip(" ,")
