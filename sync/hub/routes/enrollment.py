"""Pairing a kiosk: ``POST /v1/devices:enroll`` trades a pairing code's secret for a device token.

No credential: the secret is the credential. So every try counts against a per-source and an
overall allowance (sync/hub/throttle.py) before anything is read, and a valid code's try is
given back (it was no guess).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, Response

from sync.hub.api_models import Enrolled, Enrollment
from sync.hub.callers import AppVersion, Hub, SmallBody, on_worker, read_model
from sync.hub.devices import PairingRefused, enroll
from sync.hub.error_answers import Refused
from sync.hub.key_binding import enroll_sealing
from sync.hub.relay_link import RelayKeyUnverified
from sync.hub.routes.responses import TOO_LARGE, UNAVAILABLE, json_body, refusal
from sync.hub.throttle import Doorman, source_of
from sync.protocol.reasons import Reason

router = APIRouter()


def admitted_source(request: Request) -> str:
    """The caller's source, once its try was counted (a dependency: it runs before the body is read)."""
    doorman: Doorman = request.app.state.enrollment_doorman
    source = source_of(request.client.host if request.client else None)
    wait = doorman.admit(source)
    if wait:
        raise Refused(429, Reason.TOO_MANY_REQUESTS, {"Retry-After": str(wait)})
    return source


AdmittedSource = Annotated[str, Depends(admitted_source)]


@router.post(
    "/v1/devices:enroll", operation_id="enrollDevice", summary="Pair a kiosk with this hub",
    response_model=Enrolled, openapi_extra={**json_body(
        "Enrollment", "The pairing code's secret, a label and the kiosk's id."),
                                            "security": []},
    responses={
        400: refusal("Not a JSON object (invalid_json), or a secret or label the hub cannot read "
                     "(invalid:secret, invalid:label, invalid:kiosk_id)."),
        403: refusal("The pairing code is wrong, used, cancelled (pairing_code_invalid) or expired "
                     "(pairing_code_expired)."),
        413: TOO_LARGE,
        429: refusal("Too many tries from this address or overall. Wait at least Retry-After.", retry_after=True),
        503: UNAVAILABLE,
    })
async def enroll_device(source: AdmittedSource, body: SmallBody, request: Request, hub: Hub,
                        version: AppVersion) -> Response:
    """A device id and token, the hub's identity and sealing key, and the campaign's settings."""
    doorman: Doorman = request.app.state.enrollment_doorman
    asked = read_model(Enrollment, body)

    def work() -> Response:
        try:
            sealing = enroll_sealing(hub)  # before the code is used up: a relay key failing its pin stops here
        except RelayKeyUnverified:
            raise Refused(503, RelayKeyUnverified.code) from None
        try:
            device_id, token = enroll(hub.engine, asked.secret, asked.shown_label(), version,
                                      kiosk_id=asked.kiosk_id)
        except PairingRefused as refused:
            raise Refused(403, refused.code) from None
        doorman.refund(source)
        return JSONResponse({
            "device_id": device_id, "token": token, "hub_id": hub.hub_id,
            "campaign": {"id": hub.campaign.id, "goal": hub.campaign.goal,
                         "starting_count": hub.campaign.starting_count},
            # Sealed mode: the key every new record is sealed to, signed so the kiosk pins it (a relay
            # hub's: its campaign hub's, with this hub's vouch; sync/hub/key_binding.py).
            **sealing,
        })

    return await on_worker(work)
