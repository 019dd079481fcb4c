"""The figures every count of signatures by sync state shows, computed in one place.

The admin area's live numbers (:mod:`kiosk.reports.dashboard`), the kiosk's tally
(:mod:`kiosk.reports.tally_data`) and the hub's (:mod:`sync.hub.export`) each count their
signatures grouped by state; this turns such a count into their shared figures.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypedDict

from kiosk.models import SyncState


class StateFigures(TypedDict):
    """Signatures in all, the people among them, and how many are in each sync state."""

    total: int
    people: int
    waiting: int
    synced: int
    rejected: int
    not_sent: int


def state_figures(by_state: Mapping[str, int], repeats: int = 0) -> StateFigures:
    """The figures of ``by_state`` (signatures per state); ``repeats`` are not people again."""
    total = sum(by_state.values())
    return StateFigures(
        total=total,
        people=total - repeats,
        waiting=by_state.get(SyncState.PENDING, 0),
        synced=by_state.get(SyncState.SYNCED, 0),
        rejected=by_state.get(SyncState.REJECTED, 0),
        not_sent=by_state.get(SyncState.NOT_SENT, 0),
    )
