"""The coordinator's paired devices: a pairing code shown on asking, and revoking a device.

Every route here takes the coordinator's session (:data:`~sync.hub.callers.Coordinator`, on
the router). The device list itself travels with the dashboard's figures
(sync/hub/routes/dashboard.py).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header
from fastapi.responses import JSONResponse, RedirectResponse, Response

from sync.hub.callers import Coordinator, Hub, on_worker
from sync.hub.dashboard import Language, pairing_code_shown
from sync.hub.dashboard_models import PairingCodeShown
from sync.hub.devices import revoke
from sync.hub.routes.responses import NO_STORE

router = APIRouter(dependencies=[Coordinator])


@router.post("/api/pair-code", response_model=PairingCodeShown)
async def pair_code(hub: Hub, lang: Language, host: Annotated[str, Header()] = "") -> Response:
    """A fresh pairing code, with the hub's address and its QR."""
    # Shown only when asked for (a photo of the screen must not pair a device for 15 minutes);
    # the page hides it again after pairing or PAIR_CODE_SHOWN_S. SameSite=Strict keeps other sites out.
    shown = await on_worker(lambda: pairing_code_shown(hub, host, lang))
    return JSONResponse(shown.model_dump(), headers=NO_STORE)


@router.post("/devices/{device_id}/revoke", response_class=RedirectResponse, status_code=303)
async def revoke_device(device_id: str, hub: Hub) -> Response:
    """Revoke a device's token (the dashboard's form), then back to the dashboard."""
    await on_worker(lambda: revoke(hub.engine, device_id))
    return RedirectResponse("/dashboard", status_code=303)
