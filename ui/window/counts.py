"""The figures the welcome and thank-you screens show: every signature collected so far.

A paired hub's count of signatures when there is one, else the campaign's starting count plus
this kiosk's signatures. Signatures, never people: a repeat signer's signature moves the count
by one like anyone's, so the count says nothing about who signed before (issue 22). On the
first frame, before the store is open, the figure comes from :mod:`kiosk.first_count` (no
SQLAlchemy, no key), or is not shown at all. :class:`NeverDown` keeps what the screen shows
from ever going down, whatever the hub's figure does.
"""

from __future__ import annotations

from kiosk.first_count import stored_hub_figure, stored_signature_count
from kiosk.runtime import KioskContext


def signed_count(ctx: KioskContext) -> int:
    """Everyone counted so far (the store is open)."""
    from sync.client.hub_link import combined_count  # loads sync: kept out of the first paint

    hub = combined_count(ctx.data_dir, ctx.store, ctx.campaign.id)
    if hub is not None:
        return hub
    return ctx.campaign.starting_count + ctx.store.counts(ctx.campaign.id).total


def welcome_count(ctx: KioskContext) -> int | None:
    """The welcome screen's counter: None while the first frame cannot know it."""
    if ctx.store_is_open:
        return signed_count(ctx)
    hub = stored_hub_figure(ctx.data_dir, ctx.campaign.id)
    if hub is not None:
        return hub
    stored = stored_signature_count(ctx.data_dir, ctx.campaign.id)
    return None if stored is None else ctx.campaign.starting_count + stored


class NeverDown:
    """What the counters show: the highest figure so far, so a count seen never goes down.

    The figures only grow (a row is never deleted, the hub's count of signatures only grows),
    but a hub heard a moment late or a signature the hub refused could make one step back:
    a count that went down would be read as news about a signer.
    """

    def __init__(self) -> None:
        self._highest: int | None = None

    def shown(self, figure: int | None) -> int | None:
        """The figure to show for ``figure`` (None: not known yet, unless one was shown)."""
        if figure is None:
            return self._highest
        self._highest = figure if self._highest is None else max(self._highest, figure)
        return self._highest
