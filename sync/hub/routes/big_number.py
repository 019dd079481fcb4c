"""The public big-number page, for a screen at the rally: signatures toward the goal, nothing else.

Public on purpose (no login): the page, its JSON and its live stream give counts only, never
a name, a kiosk or an event; and signatures, never people, so the public cannot learn
whether a person signed before.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from sync.hub.callers import Hub, Live, on_worker
from sync.hub.context import HubContext
from sync.hub.dashboard import Language, big_page, remember_language
from sync.hub.dashboard_models import BigNumber
from sync.hub.database import reader_engine
from sync.hub.routes.responses import NO_STORE, EventStream
from sync.hub.summary import summarize

router = APIRouter()


def big_number(hub: HubContext) -> bytes:
    """The page's document, as sent (the same bytes to every open page of this process)."""
    summary = summarize(reader_engine(hub.engine), hub.campaign)
    # Counts only: nothing here may ever name a signer, a kiosk or an event. Signatures,
    # never people: the public must not learn whether a person signed before.
    return BigNumber(combined=summary.signed, goal=summary.goal).model_dump_json().encode()


@router.get("/big", response_class=HTMLResponse)
async def big(request: Request, hub: Hub, lang: Language) -> Response:
    """The page, in the reader's language."""
    page = await on_worker(lambda: big_page(hub, lang))  # it reads the count as it opens
    return remember_language(HTMLResponse(page), request, lang)


@router.get("/api/big", response_model=BigNumber)
async def big_figures(hub: Hub) -> Response:
    """Signatures toward the goal, and the goal (the page's polling fallback)."""
    return Response(await on_worker(lambda: big_number(hub)), media_type="application/json", headers=NO_STORE)


@router.get("/api/big/stream", response_class=EventStream)
async def big_stream(hub: Hub, live: Live) -> Response:
    """The same document now and at each change (event ``big``)."""
    return EventStream(live.stream("big", lambda: big_number(hub)))
