"""The error answers each route declares, with the Error body (what the contract publishes)."""

from __future__ import annotations

from typing import Any

from sync.hub.api_models import Error

RETRY_AFTER_HEADER = {"Retry-After": {"description": "Seconds to wait, or an HTTP date.",
                                      "schema": {"type": "string"}}}


def refusal(description: str, retry_after: bool = False) -> dict[str, Any]:
    """One error status's entry: its meaning for a client, the Error body, and Retry-After if it waits."""
    entry: dict[str, Any] = {"model": Error, "description": description}
    if retry_after:
        entry["headers"] = RETRY_AFTER_HEADER
    return entry


UNAUTHORIZED = refusal("Missing, wrong or revoked token. The kiosk pauses sync and tells the coordinator.")
UNAVAILABLE = refusal("Storage unavailable (full disk, database down). The kiosk retries with backoff, "
                      "no sooner than Retry-After.", retry_after=True)
TOO_LARGE = refusal("The body is too large.")


def json_body(schema: str, description: str) -> dict[str, Any]:
    """``openapi_extra`` declaring a JSON request body of ``components/schemas/<schema>``.

    The body is read by the route itself (a size limit first, then the contract's check),
    so FastAPI must not parse it; the schema still comes from the model (sync/hub/contract.py).
    """
    return {"requestBody": {"required": True, "description": description, "content": {
        "application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}}}
