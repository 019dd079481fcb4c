"""What routes answer besides their models: the error answers each protocol route declares,
with the Error body (what the contract publishes), and the live pages' event streams."""

from __future__ import annotations

from collections.abc import AsyncIterable
from typing import Any

from starlette.responses import StreamingResponse

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
NO_STORE = {"Cache-Control": "no-store"}  # figures and codes that are stale a moment later
# No caching, no buffering by a reverse proxy (nginx honours X-Accel-Buffering).
STREAM_HEADERS = {"Cache-Control": "no-store", "X-Accel-Buffering": "no"}


def json_body(schema: str, description: str) -> dict[str, Any]:
    """``openapi_extra`` declaring a JSON request body of ``components/schemas/<schema>``.

    The body is read by the route itself (a size limit first, then the contract's check),
    so FastAPI must not parse it; the schema still comes from the model (sync/hub/contract.py).
    """
    return {"requestBody": {"required": True, "description": description, "content": {
        "application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}}}


class EventStream(StreamingResponse):
    """Server-sent events (sync/hub/live.py): never cached, never held back by a reverse proxy."""

    media_type = "text/event-stream"

    def __init__(self, events: AsyncIterable[bytes], status_code: int = 200) -> None:
        super().__init__(events, status_code, headers=STREAM_HEADERS)
