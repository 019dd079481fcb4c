"""The json protocol's OpenAPI document, generated from the hub's routers and models.

The hub serves it at ``/openapi.json``; ``docs/openapi-json-v1.yaml`` is the same document,
published (``python -m sync.hub.contract`` rewrites it; tests/sync/hub/test_contract_served.py
holds the two equal). It covers the four kiosk-facing operations (upload, enrollment,
totals, receipts) and every status each answers, each refusal with the Error body; the
dashboard's pages are not part of the protocol and are left out.

What the generator says on its own and the hub does not do is taken out: FastAPI's 422
answers (the hub answers a request it cannot read with 400 and a reason code).
"""

from __future__ import annotations

import copy
import functools
import sys
from pathlib import Path
from typing import Any

import yaml
from fastapi.openapi.utils import get_openapi

from sync.hub.api_models import Error, component_schemas
from sync.hub.routes import enrollment, protocol

PUBLISHED = Path(__file__).resolve().parents[2] / "docs" / "openapi-json-v1.yaml"
TITLE = "Petition Kiosk sync protocol (json, v1)"
VERSION = "1.2.0"  # 1.2: event_place beside event
SUMMARY = "How a petition kiosk pairs with a hub and uploads signatures to it, exactly once."
DESCRIPTION = """\
A kiosk collects signatures offline and uploads them in batches whenever it has a
connection. Every signature carries a client-generated UUID that is its idempotency key:
the kiosk sends the same UUID on every retry, and the server must store each UUID at most
once, answering "duplicate" for a UUID it already has. The kiosk marks a signature synced
only when the answer names its UUID with "accepted" or "duplicate". See
docs/sync-protocol.md for the full contract (retries, backoff, errors).

Schemas are read with JSON Schema 2020-12 semantics: `format` and `contentEncoding` are
annotations. Every refusal (any 4xx or 5xx) carries the Error body, whose code is one of
the protocol's reason codes (sync/protocol/reasons.py); a method a path does not take is
answered 405 with the Error body (components/responses/MethodNotAllowed).
"""
_FRAMEWORK_SCHEMAS = ("HTTPValidationError", "ValidationError")


def _without_framework_answers(document: dict[str, Any]) -> None:
    for operations in document["paths"].values():
        for operation in operations.values():
            operation["responses"].pop("422", None)


@functools.cache
def _contract() -> dict[str, Any]:
    document = get_openapi(
        title=TITLE, version=VERSION, summary=SUMMARY, description=DESCRIPTION,
        routes=[*protocol.router.routes, *enrollment.router.routes],
        servers=[{"url": "https://petitions.example.org",
                  "description": "Any HTTPS base URL; the kiosk appends the paths below"}],
        license_info={"name": "AGPL-3.0-or-later"}, separate_input_output_schemas=False)
    _without_framework_answers(document)
    components = document["components"]
    # The request bodies are read by the routes themselves (a size limit, then the contract's
    # check), so FastAPI saw no model for them: every schema comes from the models' list.
    components["schemas"] = component_schemas()
    for name in _FRAMEWORK_SCHEMAS:
        components["schemas"].pop(name, None)
    components["responses"] = {"MethodNotAllowed": {
        "description": "A method this path does not take; the Allow header names the one it does.",
        "headers": {"Allow": {"schema": {"type": "string"}}},
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{Error.__name__}"}}}}}
    document["security"] = [{"bearerToken": []}]
    return document


def contract() -> dict[str, Any]:
    """The OpenAPI 3.1 document of the json protocol v1 (a fresh copy; the caller may change it)."""
    return copy.deepcopy(_contract())


class _Dumper(yaml.SafeDumper):
    """YAML with multi-line text as literal blocks, as a person would write it."""


def _text(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style="|" if "\n" in text else None)


_Dumper.add_representer(str, _text)


def published_text() -> str:
    """The document as docs/openapi-json-v1.yaml holds it."""
    header = "# Generated from the hub's models (sync/hub/api_models.py): python -m sync.hub.contract\n"
    return header + yaml.dump(contract(), Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


if __name__ == "__main__":
    PUBLISHED.write_text(published_text(), encoding="utf-8")
    sys.stdout.write(f"wrote {PUBLISHED}\n")
