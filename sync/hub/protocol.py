"""Checking an upload against the protocol's contract (the models of sync/hub/api_models.py).

The request schema is the models' own (the one docs/openapi-json-v1.yaml publishes and
``/openapi.json`` serves), so the hub refuses exactly what the published contract forbids,
read as JSON Schema 2020-12: ``contentEncoding`` is an annotation, so a ``sealed`` value is
decoded after the check and refused with its own code (``sealed_not_base64``), never as an
invalid body. Errors become short codes naming the field (``invalid:signatures.3.uuid``, from
sync/protocol/reasons.py), never the value, which may be personal.
"""

from __future__ import annotations

import binascii
import copy
import functools
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import fastjsonschema
import pybase64
from jsonschema import Draft202012Validator, FormatChecker

from sync.hub.api_models import MAX_SIGNATURES, SEALED_PATTERN, component_schemas
from sync.protocol.reasons import invalid_field

OPENAPI = Path(__file__).resolve().parents[2] / "docs" / "openapi-json-v1.yaml"  # the published copy
__all__ = ["MAX_SIGNATURES", "OPENAPI", "batch_problem", "schema", "validator"]


@functools.cache
def _document() -> dict[str, Any]:
    return {"components": {"schemas": component_schemas()}}


def schema(name: str) -> dict[str, Any]:
    """A self-contained JSON Schema for ``components/schemas/<name>`` (refs resolve inside)."""
    return {"$ref": f"#/components/schemas/{name}", "components": _document()["components"]}


@functools.cache
def validator(name: str) -> Draft202012Validator:
    """A validator for one of the contract's schemas (formats such as uuid checked)."""
    return Draft202012Validator(schema(name), format_checker=FormatChecker())


def _path_code(path: Any) -> str:
    return invalid_field(".".join(str(part) for part in path))


DRAFT_07 = "http://json-schema.org/draft-07/schema#"


_NULL = {"type": "null"}
_STRING_ONLY_KEYWORDS = {"type", "pattern", "minLength", "maxLength", "format", "description", "examples"}


def _annotations_only(node: Any) -> Any:
    """``node`` without ``contentEncoding``: draft-07 (fastjsonschema's newest) enforces it,
    JSON Schema 2020-12 (the contract's, OpenAPI 3.1) makes it an annotation.

    Also, a nullable string (``anyOf: [{type: string, …}, {type: null}]``, how pydantic writes
    ``str | None``) becomes ``{type: [string, null], …}``: the same values pass (the string
    keywords apply to strings only), but fastjsonschema tries an ``anyOf``'s branches by
    raising and catching an exception each, which was a fifth of the check's time.
    """
    if isinstance(node, dict):
        branches = node.get("anyOf")
        if isinstance(branches, list) and len(branches) == 2 and branches[1] == _NULL \
                and branches[0].get("type") == "string" and set(branches[0]) <= _STRING_ONLY_KEYWORDS:
            rest = {key: value for key, value in node.items() if key != "anyOf"}
            return _annotations_only({**rest, **branches[0], "type": ["string", "null"]})
        return {key: _annotations_only(value) for key, value in node.items() if key != "contentEncoding"}
    if isinstance(node, list):
        return [_annotations_only(value) for value in node]
    return node


def _compiled(document: dict[str, Any]) -> Callable[[Any], Any]:
    # The contract compiled to Python (fastjsonschema): fifty times faster than walking it,
    # which matters at 500 signatures a batch. It checks structure and types; the formats
    # (uuid, date-time) are checked below, and any failure is re-examined by jsonschema for
    # a precise reason code.
    return fastjsonschema.compile({**_annotations_only(document), "$schema": DRAFT_07})


@functools.cache
def _batch_shell_check() -> Callable[[Any], Any]:
    """The Batch schema with its signatures left unchecked (they are checked one by one below)."""
    batch = copy.deepcopy(_document()["components"]["schemas"]["Batch"])
    batch["properties"]["signatures"]["items"] = True
    return _compiled(batch)


@functools.cache
def _signature_check(sealed: bool) -> Callable[[Any], Any]:
    """The Signature schema with its ``oneOf`` narrowed to the sealed or the clear form.

    The clear form requires ``person`` and forbids ``sealed``; the sealed form requires
    ``sealed``. So a signature object holding ``sealed`` can only be valid by the sealed
    branch and one without it only by the clear branch: checking the one branch its keys
    point to is exactly the contract's ``oneOf``, without trying both. (Trying both raised
    and caught two exceptions a signature, half the time of the whole check.)
    """
    signature = copy.deepcopy(_document()["components"]["schemas"]["Signature"])
    branches = signature.pop("oneOf")
    assert len(branches) == 2 and branches[1]["required"] == ["sealed"], "the contract's Signature changed"
    # The sealed value's pattern is checked by _is_base64_text instead (see there).
    sealed_value = signature["properties"]["sealed"]
    assert sealed_value.pop("pattern") == SEALED_PATTERN, "the contract's sealed pattern changed"
    # The sealed form's "neither person nor signature_svg" (``not: {anyOf: [required, required]}``)
    # as the same rule without branches to raise through: each of the two may not be present.
    forbidden = branches[1].pop("not")
    assert forbidden == {"anyOf": [{"required": ["person"]}, {"required": ["signature_svg"]}]}, \
        "the contract's sealed form changed"
    branches[1]["properties"] = {"person": False, "signature_svg": False}
    return _compiled({"allOf": [signature, branches[1 if sealed else 0]],
                      "components": _document()["components"]})


_BASE64_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _is_base64_text(text: str) -> bool:
    """Whether ``text`` fits :data:`SEALED_PATTERN`, the contract's pattern for ``sealed``.

    A record's sealed value is 4 to 7 KB, and the regular expression walked it at about
    12 µs a record. Whatever pybase64 decodes, validating, fits the pattern (the one
    exception, the empty text, does not reach here: minLength is 4), and it decides in one
    SIMD pass, about 1 µs; only what it refuses is walked by deleting the alphabet in C
    (about 4 µs), which tells apart a value that fits but does not decode (a wrong length).
    Read as the contract reads it (ECMA 262): ``$`` is the end of the text, so a value ending
    in a line break does not fit (Python's ``re`` would let one through).
    """
    if text:
        try:
            pybase64.b64decode(text, validate=True)
            return True
        except (binascii.Error, ValueError):
            pass
    if not text.isascii():
        return False
    raw = text.encode("ascii")
    body = raw.rstrip(b"=")
    return bool(body) and len(raw) - len(body) <= 2 and not body.translate(None, _BASE64_ALPHABET)


def _fast_check(document: Any) -> None:
    """Raise fastjsonschema's error if ``document`` is not a valid Batch."""
    _batch_shell_check()(document)
    clear, sealed = _signature_check(False), _signature_check(True)
    for item in document["signatures"]:
        (sealed if isinstance(item, dict) and "sealed" in item else clear)(item)


# What jsonschema's "uuid" format accepts (UUID() parses it, 36 characters, hyphens where
# RFC 4122 puts them) comes to exactly this; one C-level match instead of a UUID object each.
_UUID_TEXT = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def _is_uuid(text: str) -> bool:
    return _UUID_TEXT.fullmatch(text) is not None


def batch_problem(document: Any) -> str | None:
    """None when ``document`` is a valid Batch; else a short code for the first problem."""
    try:
        _fast_check(document)
    except fastjsonschema.JsonSchemaException:
        error = next(iter(validator("Batch").iter_errors(document)), None)
        return _path_code(error.absolute_path) if error is not None else invalid_field("body")
    for index, item in enumerate(document["signatures"]):
        if not _is_uuid(item["uuid"]):
            return invalid_field(f"signatures.{index}.uuid")
        if "sealed" in item and not _is_base64_text(item["sealed"]):
            return invalid_field(f"signatures.{index}.sealed")
        try:
            moment = datetime.fromisoformat(item["signed_at"].replace("Z", "+00:00"))
        except ValueError:
            return invalid_field(f"signatures.{index}.signed_at")
        if moment.tzinfo is None:
            return invalid_field(f"signatures.{index}.signed_at")
    return None
