"""The coordinator's dashboard: the page, its figures, and their live stream.

Every route here takes the coordinator's session (:data:`~sync.hub.callers.Coordinator`, on
the router): without one, the page sends the browser to the login page and the data is
refused 401. The figures are the coordinator's own (people, per kiosk, per event, per hour,
the upstream backlog, the devices); a device token opens none of them.
"""

from __future__ import annotations

from collections.abc import Callable

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from sync.hub.callers import Coordinator, Hub, Live, on_worker
from sync.hub.context import HubContext
from sync.hub.dashboard import Language, dashboard_page, remember_language, texts
from sync.hub.dashboard_models import DashboardFigures
from sync.hub.dashboard_view import dashboard_document
from sync.hub.routes.responses import NO_STORE, EventStream

router = APIRouter(dependencies=[Coordinator])


def figures(hub: HubContext, lang: str) -> Callable[[], bytes]:
    """How to build the figures for a reader of ``lang``, as sent (built once per change for every open page)."""
    return lambda: dashboard_document(hub, texts()[lang], lang).model_dump_json().encode()


@router.get("/dashboard", response_class=HTMLResponse)
async def dashboard(request: Request, hub: Hub, lang: Language) -> Response:
    """The dashboard page, in the reader's language."""
    page = await on_worker(lambda: dashboard_page(hub, lang))
    return remember_language(HTMLResponse(page), request, lang)


@router.get("/api/summary", response_model=DashboardFigures)
async def summary(hub: Hub, lang: Language) -> Response:
    """The dashboard's figures, written the reader's way (the page's polling fallback)."""
    # Built afresh (the counters make it cheap): a read right after an upload sees it, which
    # the streams' shared copy, rebuilt a moment after each commit, would not promise.
    return Response(await on_worker(figures(hub, lang)), media_type="application/json", headers=NO_STORE)


@router.get("/api/summary/stream", response_class=EventStream)
async def summary_stream(hub: Hub, live: Live, lang: Language) -> Response:
    """The same figures now and at each change (event ``summary``)."""
    return EventStream(live.stream("summary", figures(hub, lang), f"summary:{lang}"))
