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

from sync.hub.api_models import MAX_SIGNATURES, BatchResults, ReceiptQuery, Receipts, Totals
from sync.hub.callers import AppVersion, BatchBody, CurrentDevice, Hub, SmallBody, Writer, on_worker, read_model
from sync.hub.clear_columns import screen_batch
from sync.hub.devices import report_waiting
from sync.hub.error_answers import Refused
from sync.hub.ingest import prepare_batch
from sync.hub.opening import SealedRecordRefused
from sync.hub.params import MAX_RECEIPT_QUERY, BadParameter, is_uuid_text, waiting_count
from sync.hub.protocol import batch_problem
from sync.hub.receipts import device_counts, receipts_for
from sync.hub.routes.responses import TOO_LARGE, UNAUTHORIZED, UNAVAILABLE, json_body, refusal
from sync.hub.summary import summarize
from sync.protocol.reasons import Reason, invalid_field
from sync.protocol.v1 import WireProblem

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
async def upload(device: CurrentDevice, hub: Hub, writer: Writer, body: BatchBody, version: AppVersion) -> Response:
    """Store each signature once (its UUID is the idempotency key) and say what became of each."""
    try:
        # orjson: a 500-signature body parses in a third of json's time (same JSON, stricter:
        # no NaN, no lone surrogates, nesting capped), on the event loop's thread.
        document = orjson.loads(body)
    except orjson.JSONDecodeError:
        raise Refused(400, Reason.INVALID_JSON) from None
    if isinstance(document, dict) and isinstance(document.get("signatures"), list) \
            and len(document["signatures"]) > MAX_SIGNATURES:
        raise Refused(413, Reason.TOO_MANY_SIGNATURES)
    # The contract's own check, compiled from the same models (sync/hub/protocol.py): a
    # 500-signature batch in milliseconds, where a pydantic walk of the same data costs more.
    problem = batch_problem(document)
    if problem is not None:
        raise Refused(400, problem)
    if document["campaign"] != hub.campaign.id:
        raise Refused(404, Reason.UNKNOWN_CAMPAIGN)
    # Clear columns of the wrong shape (free text in a postal code): rejected, never stored.
    document, refused = screen_batch(document, hub.campaign.country)
    if not document["signatures"]:
        return _json({"results": refused})
    def work() -> Response:
        # On the worker thread, like every database read: the event loop keeps reading the
        # other kiosks' uploads meanwhile.
        try:
            batch = prepare_batch(hub.engine, hub.sealer, device, document, app_version=version)
        except WireProblem as problem:
            # Fits the contract (contentEncoding is an annotation) but does not decode.
            raise Refused(400, problem.code) from None
        except SealedRecordRefused:
            # Sealed to another key, or moved to another UUID: the kiosk narrows it down to
            # the one record and keeps it as rejected with this reason.
            raise Refused(400, Reason.SEALED_UNREADABLE) from None
        received = writer.store(batch)  # blocks until the transaction holding it has committed
        return _json({"results": received.results + refused})

    return await on_worker(work)


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
