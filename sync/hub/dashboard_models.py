"""The coordinator's and the big-number page's JSON, typed (pydantic): what the dashboard's
routes answer and their live streams push.

Not part of the json protocol v1 (docs/openapi-json-v1.yaml is the kiosk-facing contract
only): these are read by the hub's own pages (sync/hub/web/*.js). The figures a coordinator
reads are already written the reader's way (Babel), so they travel as text; the big number's
are plain integers (counts only, never a name).
"""

from __future__ import annotations

from pydantic import BaseModel


class KioskCount(BaseModel):
    """Signatures (people) from one paired kiosk."""

    label: str
    count: str


class EventCount(BaseModel):
    """Signatures (people) at one event ("no event" in the reader's words when none was named)."""

    event: str
    count: str


class HourCount(BaseModel):
    """Signatures (people) in one hour, labelled in the hub machine's zone."""

    hour: str
    count: str


class Charts(BaseModel):
    """The per-hour and per-event bar charts, as SVG drawn by the hub."""

    hour: str
    event: str


class TargetBacklog(BaseModel):
    """One upstream target's backlog and its last error (a code, never a signer's value)."""

    target: str
    pending: str
    synced: str
    last_error: str


class DeviceRow(BaseModel):
    """One paired device as the dashboard lists it."""

    id: str
    label: str
    last_seen: str
    waiting: str
    version: str
    revoked: bool


class DashboardFigures(BaseModel):
    """``GET /api/summary`` and each ``summary`` event of its stream: the dashboard's figures."""

    signed: str
    goal: str
    signatures: str
    people: str
    #: The counted phrases' forms for these counts (sync/hub/counted.py), with ``{count}`` where
    #: the number (``signatures``, ``people``) goes: chosen by the hub with Babel, as the page opened.
    here_phrase: str
    people_phrase: str
    per_kiosk: list[KioskCount]
    per_event: list[EventCount]
    per_hour: list[HourCount]
    charts: Charts
    zone: str
    now: str
    upstream: list[TargetBacklog]
    devices: list[DeviceRow]
    active_devices: int


class BigNumber(BaseModel):
    """``GET /api/big`` and each ``big`` event of its stream: signatures toward the goal, nothing else."""

    combined: int
    goal: int


class PairingCodeShown(BaseModel):
    """``POST /api/pair-code``: a fresh pairing code, the hub's address, its QR (SVG) and until when it holds."""

    code: str
    url: str
    qr: str
    expires: str
    shown_s: int
