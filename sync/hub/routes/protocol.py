"""The json protocol v1 for paired kiosks: upload a batch, read the totals, ask for receipts.

Every route takes a device's bearer token (:data:`~sync.hub.callers.CurrentDevice`). What a
device token may do is exactly this: upload, read the receipts of its own signatures, and
read the campaign totals. It can read no signature.
"""

from __future__ import annotations

from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse, Response

from sync.hub.api_models import BatchResults, ReceiptQuery, Receipts, Totals
from sync.hub.callers import (
    AppVersion,
    BatchBody,
    CurrentDevice,
    Hub,
    Preparer,
    SmallBody,
    Writer,
    on_worker,
    read_model,
)
from sync.hub.devices import report_waiting
from sync.hub.error_answers import Refused
from sync.hub.params import MAX_RECEIPT_QUERY, BadParameter, is_uuid_text, waiting_count
from sync.hub.preparing import UploadRefused
from sync.hub.receipts import device_counts, receipts_for
from sync.hub.routes.responses import TOO_LARGE, UNAUTHORIZED, UNAVAILABLE, json_body, refusal
from sync.hub.summary import summarize
from sync.protocol.reasons import invalid_field

router = APIRouter(responses={401: UNAUTHORIZED, 503: UNAVAILABLE})


def _json(document: Any) -> Response:
    # orjson: a 500-signature answer is written at a fraction of json's cost.
    return Response(orjson.dumps(document), media_type="application/json")


@router.post(
    "/v1/signatures:batch", operation_id="uploadSignatureBatch", summary="Upload up to 500 signatures",
    response_model=BatchResults, response_description="One result per signature sent (in any order).",
    openapi_extra=json_body("Batch", "Up to 500 signatures, each with its UUID (the idempotency key)."),
    responses={
        400: refusal("The request as a whole was refused. The kiosk splits a multi-signature batch in halves "
                     "to find the signature concerned, and rejects a single signature that still draws a 400 "
                     "with the reason code."),
        403: refusal("A server may refuse a token to upload to this campaign (this hub answers 401 instead). "
                     "The kiosk pauses sync."),
        404: refusal("Unknown campaign (unknown_campaign). The kiosk pauses sync."),
        413: refusal("Batch too large (body_too_large, too_many_signatures). The kiosk halves its batch size "
                     "and resends."),
        429: refusal("A server may ask to slow down (this hub does not limit uploads). The kiosk waits at "
                     "least Retry-After before any request.",
                     retry_after=True),
    })
async def upload(device: CurrentDevice, preparer: Preparer, writer: Writer, body: BatchBody,
                 version: AppVersion) -> Response:
    """Store each signature once (its UUID is the idempotency key) and say what became of each."""
    # Checked, opened and hashed on a preparing process (sync/hub/preparing.py): the event
    # loop keeps reading the other kiosks' uploads meanwhile, and the writer keeps its core.
    prepared = await preparer.prepare(body, device.id, version)
    if isinstance(prepared, UploadRefused):
        raise Refused(prepared.status, prepared.reason)
    batch = prepared.batch
    if batch is None:
        return _json({"results": prepared.refused})
    # On the worker thread, like every database call; it blocks until the transaction
    # holding the batch has committed.
    received = await on_worker(lambda: writer.store(batch))
    return _json({"results": received.results + prepared.refused})


@router.get(
    "/v1/totals", operation_id="readTotals", summary="The campaign's totals (signatures, never people)",
    response_model=Totals, responses={400: refusal("A waiting count that is not ASCII digits (invalid:waiting).")})
async def totals(device: CurrentDevice, hub: Hub, version: AppVersion,
                 waiting: Annotated[str, Query(description=(
                     "The kiosk's backlog (ASCII digits, at most 9), shown on the dashboard."))] = "") -> Response:
    """Signatures the hub holds toward the goal, and this device's own counts."""
    try:
        backlog = waiting_count(waiting)
    except BadParameter as bad:
        raise Refused(400, bad.code) from None

    def work() -> Response:
        if backlog is not None:
            report_waiting(hub.engine, device.id, backlog, version)
        summary = summarize(hub.engine, hub.campaign)
        # Signatures, never people: a device token must not learn whether a person signed before.
        return JSONResponse({"campaign": summary.campaign, "total": summary.signatures,
                             "combined": summary.signed, "goal": summary.goal,
                             "device": device_counts(hub.engine, device.id)})

    return await on_worker(work)


@router.post(
    "/v1/receipts:query", operation_id="queryReceipts", summary="What became of this device's signatures",
    response_model=Receipts, openapi_extra=json_body("ReceiptQuery", "The UUIDs asked about."),
    responses={400: refusal("Not a JSON object (invalid_json), or a UUID that is not one (invalid:uuids)."),
               413: TOO_LARGE})
async def receipts(device: CurrentDevice, hub: Hub, body: SmallBody) -> Response:
    """Per UUID this device uploaded: ``on_hub`` or ``delivered_upstream`` (others are left out)."""
    query = read_model(ReceiptQuery, body)
    wanted = query.uuids[:MAX_RECEIPT_QUERY]
    if not all(is_uuid_text(uuid) for uuid in wanted):
        raise Refused(400, invalid_field("uuids"))
    return await on_worker(lambda: JSONResponse({"receipts": receipts_for(hub.engine, device.id, wanted)}))
