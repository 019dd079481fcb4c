"""``/healthz``: the process answers (for a supervisor or a load balancer; says nothing else)."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()


@router.get("/healthz", include_in_schema=False)
async def healthz() -> dict[str, bool]:
    """Always ``{"ok": true}`` while the process serves requests."""
    return {"ok": True}
