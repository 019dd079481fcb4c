"""The figures the welcome and thank-you screens show: everyone counted so far.

A paired hub's combined count when there is one, else the campaign's starting count plus this
kiosk's signatures. On the first frame, before the store is open, the figure comes from
:mod:`kiosk.first_count` (no SQLAlchemy, no key), or is not shown at all.
"""

from __future__ import annotations

from kiosk.first_count import stored_signature_count
from kiosk.runtime import KioskContext


def signed_count(ctx: KioskContext) -> int:
    """Everyone counted so far (the store is open)."""
    from sync.hub_link import combined_count  # loads sync: kept out of the first paint

    hub = combined_count(ctx.data_dir, ctx.store, ctx.campaign.id)
    if hub is not None:
        return hub
    return ctx.campaign.starting_count + ctx.store.counts(ctx.campaign.id).total


def welcome_count(ctx: KioskContext) -> int | None:
    """The welcome screen's counter: None while the first frame cannot know it."""
    if ctx.store_is_open:
        return signed_count(ctx)
    stored = stored_signature_count(ctx.data_dir, ctx.campaign.id)
    return None if stored is None else ctx.campaign.starting_count + stored
