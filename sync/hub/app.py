"""The hub's web app (FastAPI): the json protocol v1, enrollment, totals and receipts.

Kiosk-facing routes take a device's bearer token. What a device token may do is exactly:
upload (``POST /v1/signatures:batch``), read the receipts of its own signatures and the
campaign totals. It can read no signature and cannot reach the dashboard, which wants a
coordinator's session cookie (:mod:`sync.hub.dashboard`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import orjson
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy.exc import DBAPIError, OperationalError
from starlette.concurrency import run_in_threadpool

from sync.hub.clear_columns import screen_batch
from sync.hub.context import HubContext
from sync.hub.devices import PairingRefused, device_for_token, enroll
from sync.hub.error_answers import add_error_handlers, error
from sync.hub.ingest import prepare_batch
from sync.hub.key_binding import enroll_sealing
from sync.hub.models import Device
from sync.hub.opening import SEALED_UNREADABLE, SealedRecordRefused
from sync.hub.params import BadParameter, enrollment, receipt_uuids, waiting_count
from sync.hub.protocol import MAX_SIGNATURES, batch_problem
from sync.hub.receipts import device_counts, receipts_for
from sync.hub.relay_link import RelayKeyUnverified
from sync.hub.summary import summarize
from sync.hub.throttle import enrollment_doorman, source_of
from sync.hub.writer import BatchWriter

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 32 * 1024 * 1024  # 500 signatures with large drawings fit well inside
MAX_SMALL_BODY_BYTES = 64 * 1024  # enrollment and receipt queries (500 UUIDs take 20 kB)
RETRY_AFTER_S = "5"
USER_AGENT_PREFIX = "petition-kiosk/"


def _bearer(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


async def _small_body(request: Request) -> bytes | None:
    """The body, or None when it is larger than any enrollment or receipt query."""
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_SMALL_BODY_BYTES:
            return None
    return body


def _app_version(request: Request) -> str:
    agent = request.headers.get("user-agent", "")
    return agent.removeprefix(USER_AGENT_PREFIX) if agent.startswith(USER_AGENT_PREFIX) else ""


def create_app(hub: HubContext) -> FastAPI:
    """The hub's ASGI app over ``hub`` (no other state: several processes may serve one DB)."""
    app = FastAPI(title="petition-kiosk hub", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.hub = hub
    add_error_handlers(app)
    # Enrollment tries allowed per source and overall (this process's memory, sync/hub/throttle.py).
    doorman = enrollment_doorman()
    # The one writer of this process's uploads (sync/hub/writer.py); ``hub serve`` closes it.
    writer = app.state.batch_writer = BatchWriter(hub.engine)

    async def device_of(request: Request) -> Device | None:
        token = _bearer(request)
        return await run_in_threadpool(device_for_token, hub.engine, token) if token else None

    async def guarded(work: Callable[[], Any]) -> Any:
        try:
            return await run_in_threadpool(work)
        except (OperationalError, DBAPIError) as exc:
            # Full disk, database down, lock timeout: the kiosks keep their copies and retry.
            log.warning("hub storage unavailable: %s", type(exc.orig).__name__ if exc.orig else type(exc).__name__)
            return error(503, "storage_unavailable", {"Retry-After": RETRY_AFTER_S})
        except Exception as exc:
            # Only the type and place: a traceback's text could carry a signer's values.
            log.error("hub request failed: %s", type(exc).__name__)
            return error(500, "internal_error")

    @app.get("/healthz")
    async def healthz() -> dict[str, bool]:
        return {"ok": True}

    @app.post("/v1/signatures:batch")
    async def upload(request: Request) -> Response:
        device = await device_of(request)
        if device is None:
            return error(401, "unauthorized")
        declared = request.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
            return error(413, "body_too_large")
        body = await request.body()
        if len(body) > MAX_BODY_BYTES:
            return error(413, "body_too_large")
        try:
            # orjson: a 500-signature body parses in a third of json's time (same JSON, stricter:
            # no NaN, no lone surrogates, nesting capped), on the event loop's thread.
            document = orjson.loads(body)
        except orjson.JSONDecodeError:
            return error(400, "invalid_json")
        if isinstance(document, dict) and isinstance(document.get("signatures"), list) \
                and len(document["signatures"]) > MAX_SIGNATURES:
            return error(413, "too_many_signatures")
        problem = batch_problem(document)
        if problem is not None:
            return error(400, problem)
        if document["campaign"] != hub.campaign.id:
            return error(404, "unknown_campaign")
        # Clear columns of the wrong shape (free text in a postal code): rejected, never stored.
        document, refused = screen_batch(document, hub.campaign.country)
        def work() -> Response:
            # On the worker thread, like every database read: the event loop keeps reading
            # the other kiosks' uploads meanwhile.
            if not document["signatures"]:
                return Response(orjson.dumps({"results": refused}), media_type="application/json")
            try:
                batch = prepare_batch(hub.engine, hub.sealer, device, document, app_version=_app_version(request))
            except SealedRecordRefused:
                # Sealed to another key, or moved to another UUID: the kiosk narrows it down to
                # the one record and keeps it as rejected with this reason.
                return error(400, SEALED_UNREADABLE)
            # Blocks until the transaction holding this batch has committed.
            received = writer.store(batch)
            return Response(orjson.dumps({"results": received.results + refused}), media_type="application/json")

        answer: Response = await guarded(work)
        return answer

    @app.post("/v1/devices:enroll")
    async def enroll_device(request: Request) -> Response:
        # Every try counts against the allowances before anything is read; a valid code's
        # try is given back below (it was no guess).
        source = source_of(request.client.host if request.client else None)
        wait = doorman.admit(source)
        if wait:
            return error(429, "too_many_requests", {"Retry-After": str(wait)})
        body = await _small_body(request)
        if body is None:
            return error(413, "body_too_large")
        try:
            secret, label = enrollment(body)
        except BadParameter as bad:
            return error(400, bad.code)

        def work() -> Response:
            try:
                sealing = enroll_sealing(hub)  # before the code is used up: a relay key failing its pin stops here
            except RelayKeyUnverified:
                return error(503, RelayKeyUnverified.code)
            try:
                device_id, token = enroll(hub.engine, secret, label, _app_version(request))
            except PairingRefused as refused:
                return error(403, refused.code)
            doorman.refund(source)
            return JSONResponse({
                "device_id": device_id, "token": token, "hub_id": hub.hub_id,
                "campaign": {"id": hub.campaign.id, "goal": hub.campaign.goal,
                             "starting_count": hub.campaign.starting_count},
                **sealing,
            })

        answer: Response = await guarded(work)
        return answer

    @app.get("/v1/totals")
    async def totals(request: Request) -> Response:
        device = await device_of(request)
        if device is None:
            return error(401, "unauthorized")
        try:
            waiting = waiting_count(request.query_params.get("waiting"))
        except BadParameter as bad:
            return error(400, bad.code)

        def work() -> Response:
            if waiting is not None:
                from sync.hub.devices import report_waiting

                report_waiting(hub.engine, device.id, waiting, _app_version(request))
            summary = summarize(hub.engine, hub.campaign)
            # Signatures, never people: a device token must not learn whether a person signed before.
            return JSONResponse({"campaign": summary.campaign, "total": summary.signatures,
                                 "combined": summary.signed, "goal": summary.goal,
                                 "device": device_counts(hub.engine, device.id)})

        answer: Response = await guarded(work)
        return answer

    @app.post("/v1/receipts:query")
    async def receipts(request: Request) -> Response:
        device = await device_of(request)
        if device is None:
            return error(401, "unauthorized")
        body = await _small_body(request)
        if body is None:
            return error(413, "body_too_large")
        try:
            uuids = receipt_uuids(body)
        except BadParameter as bad:
            return error(400, bad.code)

        def work() -> Response:
            return JSONResponse({"receipts": receipts_for(hub.engine, device.id, uuids)})

        answer: Response = await guarded(work)
        return answer

    from sync.hub.dashboard import add_dashboard

    add_dashboard(app, hub)
    return app
