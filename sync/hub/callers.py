"""Who is calling, and what they sent: the hub's FastAPI dependencies.

One dependency per kind of caller: :func:`current_device` (a paired kiosk's bearer token)
and :func:`current_coordinator` (the dashboard's session cookie). Each refuses before a
route runs, so no route checks a credential itself: with the Error body (401), or, for a
coordinator's page, by sending the browser to the login page. Bodies are
read by :func:`small_body` / :func:`batch_body` within a size limit (413 beyond it) and by
:func:`read_model` into a typed request model, whose first problem becomes a reason code
naming the field (``invalid:secret``), never the value.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Annotated, TypeVar

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ValidationError
from sqlalchemy.exc import DBAPIError, OperationalError
from starlette.concurrency import run_in_threadpool

from sync.hub.auth import session_valid
from sync.hub.context import HubContext
from sync.hub.devices import device_for_token
from sync.hub.error_answers import LoginRequired, Refused
from sync.hub.live import LiveFigures
from sync.hub.models import Device
from sync.hub.preparing import UploadPreparer
from sync.hub.writer import BatchWriter
from sync.protocol.reasons import Reason, invalid_field

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 32 * 1024 * 1024  # 500 signatures with large drawings fit well inside
MAX_SMALL_BODY_BYTES = 64 * 1024  # enrollment and receipt queries (500 UUIDs take 20 kB)
RETRY_AFTER_S = "5"
USER_AGENT_PREFIX = "petition-kiosk/"
SESSION_COOKIE = "hub_session"  # the dashboard's login cookie (sync/hub/routes/login.py sets it)

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)


def hub_of(request: Request) -> HubContext:
    """The hub this app serves (set by :func:`sync.hub.app.create_app`)."""
    hub: HubContext = request.app.state.hub
    return hub


Hub = Annotated[HubContext, Depends(hub_of)]


def writer_of(request: Request) -> BatchWriter:
    """This process's one writer of uploads (sync/hub/writer.py; ``hub serve`` closes it)."""
    writer: BatchWriter = request.app.state.batch_writer
    return writer


Writer = Annotated[BatchWriter, Depends(writer_of)]


def preparer_of(request: Request) -> UploadPreparer:
    """This process's preparer of uploads (sync/hub/preparing.py; ``hub serve`` starts and closes it)."""
    preparer: UploadPreparer = request.app.state.upload_preparer
    return preparer


Preparer = Annotated[UploadPreparer, Depends(preparer_of)]


def live_of(request: Request) -> LiveFigures:
    """This process's live figures (sync/hub/live.py): one change feed for every open page."""
    live: LiveFigures = request.app.state.live_figures
    return live


Live = Annotated[LiveFigures, Depends(live_of)]


async def on_worker(work: Callable[[], T]) -> T:
    """``work`` on the worker threads; a storage failure becomes a 503 the kiosks retry."""
    try:
        return await run_in_threadpool(work)
    except (OperationalError, DBAPIError) as exc:
        # Full disk, database down, lock timeout: the kiosks keep their copies and retry.
        log.warning("hub storage unavailable: %s", type(exc.orig).__name__ if exc.orig else type(exc).__name__)
        raise Refused(503, Reason.STORAGE_UNAVAILABLE, {"Retry-After": RETRY_AFTER_S}) from None


bearer_token = HTTPBearer(auto_error=False, scheme_name="bearerToken",
                          description="The per-device token a kiosk got at pairing (or set with "
                                      "`petition-kiosk token set`).")


async def current_device(hub: Hub, credentials: Annotated[HTTPAuthorizationCredentials | None,
                                                          Depends(bearer_token)]) -> Device:
    """The live device whose bearer token came with the request; else a 401."""
    token = credentials.credentials.strip() if credentials is not None else ""
    device = await on_worker(lambda: device_for_token(hub.engine, token)) if token else None
    if device is None:
        raise Refused(401, Reason.UNAUTHORIZED)
    return device


CurrentDevice = Annotated[Device, Depends(current_device)]


async def current_coordinator(hub: Hub, request: Request) -> None:
    """Passes only with a live dashboard session cookie (an Authorization header counts for nothing).

    Without one it raises :class:`~sync.hub.error_answers.LoginRequired`: a data route answers
    401 with the Error body, a page sends the browser to the login page.
    """
    cookie = request.cookies.get(SESSION_COOKIE, "")
    valid = bool(cookie) and await on_worker(lambda: session_valid(hub.engine, cookie))
    if not valid:
        raise LoginRequired()


#: Every coordinator's router says ``APIRouter(dependencies=[Coordinator])``, so none of its
#: routes can forget the check (test_hub_routes_guarded.py walks every route's dependencies).
Coordinator = Depends(current_coordinator)


def app_version(request: Request) -> str:
    """The kiosk's version, from its User-Agent (``petition-kiosk/<version>``), else empty."""
    agent = request.headers.get("user-agent", "")
    return agent.removeprefix(USER_AGENT_PREFIX) if agent.startswith(USER_AGENT_PREFIX) else ""


AppVersion = Annotated[str, Depends(app_version)]


async def _body_within(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise Refused(413, Reason.BODY_TOO_LARGE)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise Refused(413, Reason.BODY_TOO_LARGE)
        chunks.append(chunk)
    return b"".join(chunks)


async def batch_body(request: Request) -> bytes:
    """An upload's body, at most :data:`MAX_BODY_BYTES`."""
    return await _body_within(request, MAX_BODY_BYTES)


async def small_body(request: Request) -> bytes:
    """An enrollment's or a receipt query's body, at most :data:`MAX_SMALL_BODY_BYTES`."""
    return await _body_within(request, MAX_SMALL_BODY_BYTES)


BatchBody = Annotated[bytes, Depends(batch_body)]
SmallBody = Annotated[bytes, Depends(small_body)]


def read_model(model: type[M], body: bytes) -> M:
    """``body`` as ``model``; a 400 whose code names the first field at fault.

    Not JSON, or JSON that is not an object: ``invalid_json``. Otherwise ``invalid:<field>``.
    """
    try:
        return model.model_validate_json(body)
    except ValidationError as exc:
        first = exc.errors(include_url=False, include_input=False)[0]
        if first["type"] in ("json_invalid", "model_type", "model_attributes_type") or not first["loc"]:
            raise Refused(400, Reason.INVALID_JSON) from None
        raise Refused(400, invalid_field(".".join(str(part) for part in first["loc"]))) from None
    except RecursionError:
        raise Refused(400, Reason.INVALID_JSON) from None
