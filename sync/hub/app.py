"""The hub's web app (FastAPI): the json protocol v1, enrollment, the contract, the dashboard.

The app is wiring only. The routes live in routers per area: the protocol a paired kiosk
speaks (sync/hub/routes/protocol.py: upload, totals, receipts), pairing
(sync/hub/routes/enrollment.py), and the coordinator's dashboard and exports
(sync/hub/dashboard.py). Who may call what is said once, by the dependencies of
sync/hub/callers.py; every refusal is the contract's Error body (sync/hub/error_answers.py).
The contract itself is served at ``/openapi.json`` (sync/hub/contract.py), the same document
as docs/openapi-json-v1.yaml.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from sync.hub.context import HubContext
from sync.hub.contract import contract
from sync.hub.error_answers import add_error_handlers
from sync.hub.routes import enrollment, protocol
from sync.hub.static import add_static_files
from sync.hub.throttle import enrollment_doorman
from sync.hub.writer import BatchWriter

OPENAPI_PATH = "/openapi.json"


class HubApp(FastAPI):
    """The hub's app: its OpenAPI document is the protocol's contract, not FastAPI's view of every route."""

    def openapi(self) -> dict[str, Any]:
        """The json protocol v1's contract (sync/hub/contract.py), as published in docs/."""
        return contract()


def create_app(hub: HubContext) -> FastAPI:
    """The hub's ASGI app over ``hub`` (no other state: several processes may serve one DB)."""
    app = HubApp(title="petition-kiosk hub", docs_url=None, redoc_url=None, openapi_url=OPENAPI_PATH)
    app.state.hub = hub
    # Enrollment tries allowed per source and overall (this process's memory, sync/hub/throttle.py).
    app.state.enrollment_doorman = enrollment_doorman()
    # The one writer of this process's uploads (sync/hub/writer.py); ``hub serve`` closes it.
    app.state.batch_writer = BatchWriter(hub.engine)
    add_error_handlers(app)

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> dict[str, bool]:
        return {"ok": True}

    app.include_router(protocol.router)
    app.include_router(enrollment.router)
    add_static_files(app)

    from sync.hub.dashboard import add_dashboard  # the dashboard's routes (engineer "dash"'s module)

    add_dashboard(app, hub)
    return app
