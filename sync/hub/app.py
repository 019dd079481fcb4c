"""The hub's web app (FastAPI): the json protocol v1, enrollment, the contract, the dashboard.

The app is wiring only. The routes live in routers per area (sync/hub/routes/): the protocol
a paired kiosk speaks (protocol.py: upload, totals, receipts), pairing (enrollment.py), the
coordinator's login (login.py), dashboard (dashboard.py), devices (devices.py) and exports
(exports.py), the public big-number page (big_number.py), and the static files
(sync/hub/static.py). Who may call what is said once, by the dependencies of
sync/hub/callers.py: a device's routes take :data:`~sync.hub.callers.CurrentDevice`, a
coordinator's routers :data:`~sync.hub.callers.Coordinator` (test_hub_routes_guarded.py
holds every other route to a named list of public ones). Every refusal is the contract's
Error body (sync/hub/error_answers.py). The contract itself is served at ``/openapi.json``
(sync/hub/contract.py), the same document as docs/openapi-json-v1.yaml: the kiosk-facing
protocol only, not the coordinator's pages.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI

from sync.hub.context import HubContext
from sync.hub.contract import contract
from sync.hub.error_answers import add_error_handlers
from sync.hub.live import live_figures
from sync.hub.preparing import IngestSetting, UploadPreparer
from sync.hub.routes import big_number, dashboard, devices, enrollment, exports, health, login, protocol
from sync.hub.static import router as static_files
from sync.hub.static import static_assets
from sync.hub.throttle import enrollment_doorman
from sync.hub.writer import BatchWriter

OPENAPI_PATH = "/openapi.json"


class HubApp(FastAPI):
    """The hub's app: its OpenAPI document is the protocol's contract, not FastAPI's view of every route."""

    def openapi(self) -> dict[str, Any]:
        """The json protocol v1's contract (sync/hub/contract.py), as published in docs/."""
        return contract()


@asynccontextmanager
async def _preparing_processes(app: FastAPI) -> AsyncIterator[None]:
    """The upload preparer's processes, started with the server (so the first uploads do not
    wait for them) and stopped with it."""
    preparer: UploadPreparer = app.state.upload_preparer
    preparer.start()
    try:
        yield
    finally:
        preparer.close()


def create_app(hub: HubContext, preparing_processes: int = 0) -> FastAPI:
    """The hub's ASGI app over ``hub`` (no other state: several processes may serve one DB).

    ``preparing_processes``: how many processes check, open and hash its uploads
    (sync/hub/preparing.py); 0, the default, prepares them on the request's worker thread.
    ``hub serve`` gives each web process its share of the cores, and starts and closes them.
    """
    app = HubApp(title="petition-kiosk hub", docs_url=None, redoc_url=None, openapi_url=OPENAPI_PATH,
                 lifespan=_preparing_processes)
    app.state.hub = hub
    # Enrollment tries allowed per source and overall (this process's memory, sync/hub/throttle.py).
    app.state.enrollment_doorman = enrollment_doorman()
    # The one writer of this process's uploads (sync/hub/writer.py); ``hub serve`` closes it.
    app.state.batch_writer = BatchWriter(hub.engine)
    setting = IngestSetting(hub.campaign.id, hub.campaign.country, hub.sealer.ingest_keys(),
                            hub.engine.url.drivername)
    app.state.upload_preparer = UploadPreparer(setting, preparing_processes)
    # One change feed for every open page of this process (sync/hub/live.py).
    live_figures(app.state, hub.engine)
    static_assets()  # the static files, read now, once (sync/hub/static.py)
    add_error_handlers(app)
    for router in (health.router, protocol.router, enrollment.router, static_files, login.router,
                   dashboard.router, devices.router, exports.router, big_number.router):
        app.include_router(router)
    return app
